package source

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

func smallFolder(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string][]byte{}
	for i := range n {
		files[fmt.Sprintf("d%02d/a%03d.txt", i%7, i)] = []byte(strings.Repeat(fmt.Sprintf("Article %d says the talks went on. ", i), 80))
	}
	writeTree(t, dir, files)
	return dir
}

func TestCancel(t *testing.T) {
	dir := smallFolder(t, 10)
	jsonl := filepath.Join(t.TempDir(), "r.jsonl")
	writeTree(t, filepath.Dir(jsonl), map[string][]byte{"r.jsonl": []byte(strings.Repeat("{\"text\":\"x\"}\n", 10))})
	for _, input := range []string{dir, jsonl} {
		ctx, cancel := context.WithCancel(context.Background())
		var docs, ctxErrs int
		for doc, err := range Read(ctx, []string{input, input}, Options{}) {
			switch {
			case err == nil:
				docs++
				_ = doc
				cancel()
			case errors.Is(err, context.Canceled):
				ctxErrs++
				var se *Error
				if errors.As(err, &se) {
					t.Errorf("cancellation is yielded as ctx.Err(), not wrapped: %v", err)
				}
			default:
				t.Errorf("unexpected error %v", err)
			}
		}
		cancel()
		if docs != 1 || ctxErrs != 1 {
			t.Errorf("%s: %d documents and %d context errors after cancelling, want 1 and 1", input, docs, ctxErrs)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n := 0
	for _, err := range Read(ctx, []string{dir}, Options{}) {
		n++
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled before the start: got %v", err)
		}
	}
	if n != 1 {
		t.Errorf("cancelled before the start: %d yields, want 1", n)
	}
}

// TestEarlyStop breaks out of the loop at every position; the range-over-func
// runtime panics if Read calls yield again after it returned false.
func TestEarlyStop(t *testing.T) {
	dir := smallFolder(t, 5)
	writeTree(t, dir, map[string][]byte{
		"r.jsonl":  []byte("{\"text\":\"a\"}\nbad\n{\"text\":\"b\"}\n"),
		"r.json":   []byte(`[{"text":"a"}, 3, {"text":"b"}]`),
		"x.bin":    []byte("unsupported"),
		"more.txt": []byte("more\n"),
	})
	total := len(collect(t, []string{dir, "-"}, Options{Stdin: strings.NewReader("{\"text\":\"s\"}\n{\"text\":\"t\"}")}))
	for stop := 1; stop <= total; stop++ {
		n := 0
		for range Read(context.Background(), []string{dir, "-"}, Options{Stdin: strings.NewReader("{\"text\":\"s\"}\n{\"text\":\"t\"}")}) {
			n++
			if n == stop {
				break
			}
		}
		if n != stop {
			t.Errorf("stopping at %d: loop ran %d times", stop, n)
		}
	}
}

func TestErrorType(t *testing.T) {
	err := error(&Error{Origin: "dump.jsonl:7", Err: fmt.Errorf("%w: at byte 3", ErrEncoding)})
	if got, want := err.Error(), "dump.jsonl:7: invalid UTF-8: at byte 3"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(err, ErrEncoding) || errors.Is(err, ErrBinary) {
		t.Errorf("errors.Is does not see through *Error")
	}
	wrapped := &Error{Origin: "x", Err: fs.ErrPermission}
	if !errors.Is(wrapped, fs.ErrPermission) {
		t.Errorf("Unwrap lost the reason")
	}
	if (&Error{Origin: "x"}).Error() != "x: unknown error" {
		t.Errorf("nil reason is not reported")
	}
}
