package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// repeatReader yields one byte forever; io.LimitReader makes it a stream of
// any size without holding it in memory.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

const fifty = 50 << 20

func TestLargeInputsStopAtTheLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// 50 MB of text; the file is written for real so that a reader that
	// ignored the size would have it all to read.
	w := bufio.NewWriterSize(f, 1<<20)
	if _, err := io.Copy(w, io.LimitReader(repeatReader('a'), fifty)); err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		t.Fatal(err)
	}
	// A gzip bomb: 50 MB that compress to about 50 KB.
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestSpeed)
	if _, err := io.Copy(zw, io.LimitReader(repeatReader('a'), fifty)); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	bombPath := filepath.Join(dir, "bomb.txt.gz")
	if err := os.WriteFile(bombPath, bomb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	const limit = 1 << 20
	tests := []struct {
		name  string
		input string
		stdin io.Reader
		max   int64
		text  string
		alloc uint64 // bytes allocated at most
	}{
		{"file over the default limit", big, nil, 0, fmt.Sprintf("%d bytes (limit %d bytes)", fifty, DefaultMaxBytes), 64 << 10},
		{"file over a small limit", big, nil, limit, fmt.Sprintf("%d bytes (limit %d bytes)", fifty, limit), 64 << 10},
		{"gzip bomb", bombPath, nil, limit, "once decompressed", 4 * limit},
		{"endless stdin", "-", io.LimitReader(repeatReader('a'), fifty), limit, "reading stopped at the limit", 4 * limit},
		{"gzip bomb on stdin", "-", bytes.NewReader(bomb.Bytes()), limit, "once decompressed", 4 * limit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []result
			n := allocated(func() { got = collect(t, []string{tt.input}, Options{MaxBytes: tt.max, Stdin: tt.stdin}) })
			if len(got) != 1 || !errors.Is(got[0].Err, ErrTooLarge) || !strings.Contains(got[0].Err.Error(), tt.text) {
				t.Fatalf("got %+v, want one ErrTooLarge containing %q", got, tt.text)
			}
			if n > tt.alloc {
				t.Errorf("allocated %d bytes reading a %d-byte input, want at most %d", n, fifty, tt.alloc)
			}
		})
	}
}

// TestJSONLStreams reads a JSONL file many times the size of its records and
// checks that the live heap stays flat while it does.
func TestJSONLStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 16 MB file")
	}
	path := filepath.Join(t.TempDir(), "big.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	body := strings.Repeat("Delegations met again to discuss the corridor. ", 80)
	const lines = 4000
	for i := range lines {
		fmt.Fprintf(w, "{\"url\":\"https://example.org/%d\",\"text\":%q}\n", i, body)
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		t.Fatal(err)
	}
	var peak uint64
	docs := 0
	for doc, err := range Read(context.Background(), []string{path}, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		docs++
		_ = doc
		if docs%500 == 0 {
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
	}
	if docs != lines {
		t.Fatalf("read %d documents, want %d", docs, lines)
	}
	if peak > 8<<20 {
		t.Errorf("live heap reached %d bytes while streaming a %d-line file", peak, lines)
	}
}
