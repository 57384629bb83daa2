package fetch

import (
	"bytes"
	"context"
	"fmt"
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/source"
)

// Documents turns a fetched body into the raw documents the pipeline
// reads, as if it were a file: an HTML page or a text is one Document
// (the header's charset applied with ToUTF8, the final URL as Hints.URL);
// a JSON body is read as JSON records or JSONL lines by package source.
// origin names the input, normally the URL as the user gave it; records
// of a JSON body are "origin:N". Failures are *source.Error values, as
// source.Read yields them.
func (r *Response) Documents(ctx context.Context, origin string) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		if r.Kind == KindJSON {
			for doc, err := range source.Read(ctx, []string{"-"}, source.Options{Stdin: bytes.NewReader(r.Body)}) {
				if err != nil {
					if se, ok := err.(*source.Error); ok {
						err = &source.Error{Origin: renameOrigin(se.Origin, origin), Err: se.Err}
					}
				} else {
					doc.Origin = renameOrigin(doc.Origin, origin)
				}
				if !yield(doc, err) {
					return
				}
			}
			return
		}
		doc, err := r.Document(origin)
		if err != nil {
			yield(source.Document{}, &source.Error{Origin: origin, Err: err})
			return
		}
		yield(doc, nil)
	}
}

// renameOrigin replaces the "-" that source.Read gives standard input.
func renameOrigin(got, origin string) string {
	if rest, ok := strings.CutPrefix(got, "-"); ok {
		return origin + rest
	}
	return got
}

// Document returns an HTML or text body as one Document. The checks are
// those package source applies to files: not empty, not binary, and valid
// UTF-8 for text once the header's charset is applied.
func (r *Response) Document(origin string) (source.Document, error) {
	doc := source.Document{Origin: origin, Hints: source.Hints{URL: r.URL}}
	data := ToUTF8(r.Body, r.Charset)
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")))) == 0 {
		return doc, source.ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return doc, fmt.Errorf("%w (NUL bytes in a %s body)", source.ErrBinary, r.Kind)
	}
	switch r.Kind {
	case KindHTML:
		doc.Format = article.FormatHTML
	case KindText:
		data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
		if !utf8.Valid(data) {
			return doc, fmt.Errorf("%w (charset %q)", source.ErrEncoding, r.Charset)
		}
		doc.Format = article.FormatText
	default:
		return doc, fmt.Errorf("%w: %s is not a single document", ErrContentType, r.Kind)
	}
	doc.Data = data
	return doc, nil
}
