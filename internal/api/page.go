package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
)

// nextLink returns the URL of the page after this one, the request's own
// path and query with the offset moved on, or "" when this page is the
// last. It is relative, so that it holds behind any proxy.
func nextLink(r *http.Request, more bool, limit, offset int) string {
	if !more {
		return ""
	}
	q := r.URL.Query()
	q.Set("limit", strconv.Itoa(limit))
	q.Set("offset", strconv.Itoa(offset+limit))
	return r.URL.Path + "?" + q.Encode()
}

// writePageTail ends a paged object: `], "limit": N, "offset": N, "next": …}`.
func writePageTail(buf *bytes.Buffer, limit, offset int, next string) {
	buf.WriteString(`],"limit":`)
	buf.WriteString(strconv.Itoa(limit))
	buf.WriteString(`,"offset":`)
	buf.WriteString(strconv.Itoa(offset))
	buf.WriteString(`,"next":`)
	if next == "" {
		buf.WriteString("null")
	} else {
		b, _ := json.Marshal(next) // a string always encodes
		buf.Write(b)
	}
	buf.WriteString("}\n")
}

// pageOf is a paged list in JSON, for the routes that build their items
// in memory.
type pageOf[T any] struct {
	Items  []T
	Key    string
	Limit  int
	Offset int
	Next   string
}

// MarshalJSON writes {"<key>": [...], "limit", "offset", "next"}.
func (p pageOf[T]) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	key, _ := json.Marshal(p.Key)
	buf.WriteByte('{')
	buf.Write(key)
	buf.WriteString(":[")
	for i := range p.Items {
		if i > 0 {
			buf.WriteByte(',')
		}
		b, err := json.Marshal(p.Items[i])
		if err != nil {
			return nil, err
		}
		buf.Write(b)
	}
	writePageTail(&buf, p.Limit, p.Offset, p.Next)
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// cut pages a list fetched with one item more than limit: it reports
// whether there was more and returns at most limit items.
func cut[T any](items []T, limit int) ([]T, bool) {
	if len(items) > limit {
		return items[:limit], true
	}
	return items, false
}

// window pages a list held whole.
func window[T any](items []T, limit, offset int) ([]T, bool) {
	if offset >= len(items) {
		return []T{}, false
	}
	items = items[offset:]
	return cut(items, limit)
}
