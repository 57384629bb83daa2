package warc

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"

	"github.com/chronicle-news/chronicle/internal/source"
)

// IsWARC reports whether a file name is a WARC file by its extension:
// ".warc", ".warc.gz" (any case).
func IsWARC(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// All yields the reader's pages and errors in order, until the end of the
// input, a fatal error, ctx's cancellation (yielding ctx.Err() once) or
// yield returning false.
func (r *Reader) All(ctx context.Context) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		for {
			if err := ctx.Err(); err != nil {
				yield(Record{}, err)
				return
			}
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			if !yield(rec, err) {
				return
			}
		}
	}
}

// Read opens a WARC file and yields its pages as raw documents, the shape
// source.Read yields for other files: the origin of a page is
// "path@OFFSET", the byte offset of its record (or gzip member), and every
// failure is a *source.Error naming path. progress, when not nil, is
// called after each record with the compressed bytes read so far and the
// file size.
func Read(ctx context.Context, path string, opt Options, progress func(done, total int64)) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		f, err := os.Open(path)
		if err != nil {
			yield(source.Document{}, &source.Error{Origin: path, Err: err})
			return
		}
		defer f.Close()
		var total int64 = -1
		if fi, err := f.Stat(); err == nil {
			total = fi.Size()
		}
		r := NewReader(f, path, opt)
		for rec, err := range r.All(ctx) {
			if progress != nil {
				progress(r.Offset(), total)
			}
			var doc source.Document
			if err == nil {
				doc = rec.Document(fmt.Sprintf("%s@%d", path, rec.Offset))
			}
			if !yield(doc, err) {
				return
			}
		}
	}
}
