package source

import (
	"context"
	"io"
	"iter"
)

// ReadNamed reads one document that arrives as a stream rather than a file
// — an upload, the body of a request — exactly as a file of that name would
// be read: the extension of name (".html", ".jsonl", ".txt.gz") decides the
// format where it is one Read knows, the content is sniffed otherwise, and
// the same decompression, size limit and checks apply. Origins and errors
// name it by name.
func ReadNamed(ctx context.Context, name string, src io.Reader, opt Options) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		r := &run{ctx: ctx, max: opt.MaxBytes, stdin: src, yield: yield}
		if r.max <= 0 {
			r.max = DefaultMaxBytes
		}
		if !r.alive() {
			return
		}
		k, gz, known := kindOf(name)
		if !known {
			k = kindUnknown
		}
		r.stream(name, src, k, gz, known, -1)
	}
}
