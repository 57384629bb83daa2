package source

import (
	"context"
	"io"
	"iter"
	"os"

	"github.com/chronicle-news/chronicle/internal/article"
)

// DefaultMaxBytes is the per-document limit when Options.MaxBytes is zero: far
// above any real article page, low enough that a stray video or database
// dump in a crawl folder cannot exhaust memory.
const DefaultMaxBytes int64 = 16 << 20

// Hints carry metadata that arrived with a document (JSON records); the
// cleaner prefers them to guesses from the content.
type Hints struct {
	URL, Title, Published, Outlet string
	Authors                       []string
}

// Document is one raw document, as read and decompressed.
type Document struct {
	// Origin is the path as given; "path:N" for the N-th line (1-based) of a
	// JSONL file or the N-th record (1-based) of a JSON array; "-" for
	// standard input (and "-:N" for its JSONL lines).
	Origin string
	// Format is decided from the extension (or the record field), then
	// sniffed from the content.
	Format article.Format
	// Data is the content, decompressed. Text is valid UTF-8 without a byte
	// order mark; HTML is passed through as bytes because its charset is the
	// HTML cleaner's job (UTF-16 is the exception: it is converted to UTF-8
	// and given a UTF-8 byte order mark so that charset detection agrees).
	Data []byte
	// Hints is the metadata of a JSON record; zero for plain files.
	Hints Hints
}

// Options tune Read. The zero value is ready to use.
type Options struct {
	// MaxBytes caps each document after decompression; 0 means
	// DefaultMaxBytes. A JSONL line may be up to twice as long, to allow
	// for JSON escaping.
	MaxBytes int64
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Read yields every document of every input in order, and an *Error for every
// input (or record) that fails. Folders are walked recursively in sorted
// order, skipping hidden entries. It stops early when ctx is cancelled
// (yielding ctx.Err() once) or when yield returns false.
func Read(ctx context.Context, inputs []string, opt Options) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		r := &run{ctx: ctx, max: opt.MaxBytes, stdin: opt.Stdin, yield: yield}
		if r.max <= 0 {
			r.max = DefaultMaxBytes
		}
		if r.stdin == nil {
			r.stdin = os.Stdin
		}
		for _, in := range inputs {
			if !r.alive() {
				return
			}
			r.input(in)
		}
	}
}

// run is the state of one Read: where results go and whether to stop.
type run struct {
	ctx   context.Context
	max   int64
	stdin io.Reader
	yield func(Document, error) bool
	done  bool
}

// alive reports whether reading should go on, yielding the context's error
// the first time it finds the context done.
func (r *run) alive() bool {
	if r.done {
		return false
	}
	if err := r.ctx.Err(); err != nil {
		r.done = true
		r.yield(Document{}, err)
		return false
	}
	return true
}

// emit yields a document and reports whether to go on.
func (r *run) emit(d Document) bool {
	if r.done {
		return false
	}
	if !r.yield(d, nil) {
		r.done = true
	}
	return !r.done
}

// fail yields an *Error for origin and reports whether to go on.
func (r *run) fail(origin string, err error) bool {
	if r.done {
		return false
	}
	if !r.yield(Document{}, &Error{Origin: origin, Err: err}) {
		r.done = true
	}
	return !r.done
}

// lineMax bounds one JSONL line or one JSON record: the content limit plus
// room for escaping and the metadata fields.
func (r *run) lineMax() int64 { return 2*r.max + 1<<20 }
