package store

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sync"
)

// Zipper compresses the raw input of articles for every backend (stores
// keep it so that a newer pipeline can process an article again). It
// recycles gzip writers, whose allocation costs more than compressing a
// typical article. They use the fastest level: raw pages are
// the bulk of the file, but compressing them must not slow ingest down,
// and the fastest level already gets most of the saving on text and HTML.
type Zipper struct{ p sync.Pool }

// Compress returns raw gzip-compressed, or nil for nil input so that "no
// raw input" stays distinct from an empty one.
func (z *Zipper) Compress(raw []byte) ([]byte, error) {
	if raw == nil {
		return nil, nil
	}
	var buf bytes.Buffer
	buf.Grow(len(raw)/3 + 64)
	w, _ := z.p.Get().(*gzip.Writer)
	if w == nil {
		w, _ = gzip.NewWriterLevel(&buf, gzip.BestSpeed) // a valid level: no error
	} else {
		w.Reset(&buf)
	}
	defer z.p.Put(w)
	if _, err := w.Write(raw); err != nil {
		return nil, fmt.Errorf("compress raw: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("compress raw: %w", err)
	}
	return buf.Bytes(), nil
}

// Decompress reverses Compress; nil stays nil.
func Decompress(blob []byte) ([]byte, error) {
	if blob == nil {
		return nil, nil
	}
	r, err := gzip.NewReader(bytes.NewReader(blob))
	if err != nil {
		return nil, fmt.Errorf("decompress raw: %w", err)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("decompress raw: %w", err)
	}
	if raw == nil {
		raw = []byte{}
	}
	return raw, nil
}
