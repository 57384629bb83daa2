package record

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/fetch"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/source"
	"github.com/chronicle-news/chronicle/internal/source/warc"
)

// Upload is one document handed over whole — pasted text, an uploaded
// file, the body of an API request. Name is what messages call it (a file
// name, "pasted text"); its extension, when it has one, decides the
// format as it does for files (.html, .txt, .json, .jsonl, and their .gz
// forms); otherwise the content is sniffed.
type Upload struct {
	Name string
	Data []byte
	// Hints is metadata the sender knows better than the cleaner would
	// guess (a title, a URL, a publication date, an outlet).
	Hints source.Hints
}

// Outcome is what became of one document: the stored article (Added false
// when an identical article was stored already), or the reason it gave
// none.
type Outcome struct {
	Origin   string
	ID       string
	Title    string
	Added    bool
	Mentions int
	Err      error
}

// Ingest cleans the uploads, finds their events and stores them, merging
// their mentions into the stored events. Each document that yields no
// article has its own Outcome.Err (wrapping ErrInvalid), naming it and the
// reason; the others are stored all the same. The returned error is for
// the store or ctx failing, in which case nothing of the call is kept
// beyond the batches already committed.
func (r *Record) Ingest(ctx context.Context, uploads []Upload) ([]Outcome, error) {
	if len(uploads) == 0 {
		return nil, invalidf(errors.New("ingest: no documents"))
	}
	read := func(ctx context.Context, _ []string, opt source.Options) iter.Seq2[source.Document, error] {
		return func(yield func(source.Document, error) bool) {
			for i, u := range uploads {
				name := strings.TrimSpace(u.Name)
				if name == "" {
					name = fmt.Sprintf("document %d", i+1)
				}
				for doc, err := range source.ReadNamed(ctx, name, bytes.NewReader(u.Data), source.Options{MaxBytes: opt.MaxBytes}) {
					if err != nil {
						err = wrapInvalid(err)
					}
					doc.Hints = mergeHints(doc.Hints, u.Hints)
					if !yield(doc, err) {
						return
					}
				}
			}
		}
	}
	return r.run(ctx, []string{"upload"}, read)
}

// IngestURLs fetches the pages (with the fetcher's timeouts and size cap,
// refusing private addresses unless Options.AllowPrivate) and ingests them
// as Ingest does.
func (r *Record) IngestURLs(ctx context.Context, urls []string) ([]Outcome, error) {
	if len(urls) == 0 {
		return nil, invalidf(errors.New("ingest: no URLs"))
	}
	for _, u := range urls {
		if !IsURL(u) {
			return nil, invalidf(fmt.Errorf("ingest %q: not an http(s) URL", u))
		}
	}
	return r.run(ctx, urls, Reader(r.fetcher, nil))
}

// run cleans what read yields, one article at a time in input order, and
// stores the articles in one batch where the store allows.
func (r *Record) run(ctx context.Context, inputs []string, read func(context.Context, []string, source.Options) iter.Seq2[source.Document, error]) ([]Outcome, error) {
	opt := pipeline.Options{Source: source.Options{MaxBytes: r.opt.MaxBytes}, Read: read, Enrich: r.enrich, Workers: 1}
	var (
		out  []Outcome
		arts []*article.Article
		at   []int
	)
	err := pipeline.Run(ctx, inputs, opt, func(it pipeline.Item) error {
		if it.Err != nil {
			out = append(out, Outcome{Origin: it.Origin, Err: wrapInvalid(it.Err)})
			return nil
		}
		a := it.Result.Article
		at = append(at, len(out))
		arts = append(arts, &a)
		out = append(out, Outcome{Origin: it.Origin, ID: a.ID, Title: a.Title, Mentions: len(a.Events)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return out, nil
	}
	added, err := r.put(ctx, arts)
	if err != nil {
		return nil, err
	}
	for i, ok := range added {
		out[at[i]].Added = ok
	}
	return out, nil
}

// batchPutter is a store that writes several articles in one transaction.
type batchPutter interface {
	PutBatch(ctx context.Context, as []*article.Article) ([]bool, error)
}

func (r *Record) put(ctx context.Context, arts []*article.Article) ([]bool, error) {
	if bp, ok := r.st.(batchPutter); ok {
		return bp.PutBatch(ctx, arts)
	}
	added := make([]bool, len(arts))
	for i, a := range arts {
		ok, err := r.st.Put(ctx, a)
		if err != nil {
			return nil, err
		}
		added[i] = ok
	}
	return added, nil
}

func mergeHints(have, sent source.Hints) source.Hints {
	if have.URL == "" {
		have.URL = sent.URL
	}
	if have.Title == "" {
		have.Title = sent.Title
	}
	if have.Published == "" {
		have.Published = sent.Published
	}
	if have.Outlet == "" {
		have.Outlet = sent.Outlet
	}
	if len(have.Authors) == 0 {
		have.Authors = sent.Authors
	}
	return have
}

// IsURL reports whether an input names a web page rather than a path.
func IsURL(in string) bool {
	return strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://")
}

// Reader returns the document reader of ingest and extract: URLs are
// fetched (politely, and never from private addresses unless allowed),
// WARC files streamed record by record, and everything else read by
// package source, all in the order given. progress, when set, is told the
// bytes of WARC files read so far.
func Reader(f *fetch.Fetcher, progress func(done, total int64)) func(context.Context, []string, source.Options) iter.Seq2[source.Document, error] {
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
				case IsURL(in):
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
