package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
)

// result is one yield of Read, flattened for comparison.
type result struct {
	Origin string
	Format article.Format
	Data   string
	Hints  Hints
	Err    error
}

// collect runs Read to the end and checks the invariants every yield must
// keep: a Document with an origin, a known format and content, or an *Error
// with an origin.
func collect(t testing.TB, inputs []string, opt Options) []result {
	t.Helper()
	var out []result
	for doc, err := range Read(context.Background(), inputs, opt) {
		out = append(out, checkYield(t, doc, err))
	}
	return out
}

func checkYield(t testing.TB, doc Document, err error) result {
	t.Helper()
	if err != nil {
		var se *Error
		if !errors.As(err, &se) {
			t.Fatalf("yield error %v (%T) is not an *Error", err, err)
		}
		if se.Origin == "" {
			t.Fatalf("error %q has no origin", err)
		}
		return result{Origin: se.Origin, Err: err}
	}
	if doc.Origin == "" || len(doc.Data) == 0 {
		t.Fatalf("document without origin or data: %+v", doc)
	}
	if doc.Format != article.FormatText && doc.Format != article.FormatHTML {
		t.Fatalf("%s: unexpected format %q", doc.Origin, doc.Format)
	}
	if doc.Format == article.FormatText && bytes.HasPrefix(doc.Data, bomUTF8) {
		t.Fatalf("%s: text keeps its byte order mark", doc.Origin)
	}
	return result{Origin: doc.Origin, Format: doc.Format, Data: string(doc.Data), Hints: doc.Hints}
}

// writeTree creates files under dir; a nil content makes a folder.
func writeTree(t testing.TB, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if data == nil {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// gz compresses b.
func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readTestdata returns a file of testdata/.
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
