package cli

import (
	"context"
	"iter"
	"strings"

	"github.com/chronicle-news/chronicle/internal/fetch"
	"github.com/chronicle-news/chronicle/internal/source"
	"github.com/chronicle-news/chronicle/internal/source/warc"
)

// isURL reports whether an input names a web page rather than a path.
func isURL(in string) bool {
	return strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://")
}

// inputReader returns the document reader of ingest and extract: URLs are
// fetched (politely, and never from private addresses unless allowed),
// WARC files streamed record by record, and everything else read by
// package source, all in the order given. progress, when set, is told the
// bytes of WARC files read so far.
func inputReader(f *fetch.Fetcher, progress func(done, total int64)) func(context.Context, []string, source.Options) iter.Seq2[source.Document, error] {
	return func(ctx context.Context, inputs []string, opt source.Options) iter.Seq2[source.Document, error] {
		return func(yield func(source.Document, error) bool) {
			var plain []string // consecutive ordinary inputs, read together
			flush := func() bool {
				if len(plain) == 0 {
					return true
				}
				for doc, err := range source.Read(ctx, plain, opt) {
					if !yield(doc, err) {
						return false
					}
				}
				plain = plain[:0]
				return true
			}
			for _, in := range inputs {
				var docs iter.Seq2[source.Document, error]
				switch {
				case isURL(in):
					docs = fetched(ctx, f, in)
				case warc.IsWARC(in):
					docs = warc.Read(ctx, in, warc.Options{MaxBodySize: opt.MaxBytes}, progress)
				default:
					plain = append(plain, in)
					continue
				}
				if !flush() {
					return
				}
				for doc, err := range docs {
					if !yield(doc, err) {
						return
					}
				}
			}
			flush()
		}
	}
}

// fetched fetches one URL and yields its documents, or the error that
// names the URL and the reason.
func fetched(ctx context.Context, f *fetch.Fetcher, url string) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		resp, err := f.Fetch(ctx, url)
		if err != nil {
			yield(source.Document{Origin: url}, err)
			return
		}
		for doc, err := range resp.Documents(ctx, url) {
			if !yield(doc, err) {
				return
			}
		}
	}
}
