package ui

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store/sqlite"
)

// A failing store gives the 500 page, which does not repeat the error; the
// log does.
func TestServerErrorHidden(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "closed.db"))
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	h, err := New(record.New(st, k, record.Options{}), Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, target := range []string{"/", "/timeline", "/events/ev-1", "/search?q=talks", "/map"} {
		logs.Reset()
		status, body := get(t, h, target)
		if status != http.StatusInternalServerError {
			t.Errorf("GET %s over a closed store = %d, want 500", target, status)
		}
		if !strings.Contains(body, "Something went wrong") || strings.Contains(strings.ToLower(body), "sql") ||
			strings.Contains(body, "closed") {
			t.Errorf("GET %s: the 500 page must not show the error:\n%s", target, body)
		}
		if !strings.Contains(logs.String(), "err=") {
			t.Errorf("GET %s: the error was not logged", target)
		}
	}
}

func TestMethodsAndHead(t *testing.T) {
	h := newHandler(t, newRecord(t), "")
	w := serve(h, "/")
	if w.Code != http.StatusOK {
		t.Fatalf("GET / = %d", w.Code)
	}
	r, _ := http.NewRequest(http.MethodHead, "/timeline", nil)
	rec := &headRecorder{header: http.Header{}}
	h.ServeHTTP(rec, r)
	if rec.code != http.StatusOK || rec.body.Len() != 0 {
		t.Errorf("HEAD /timeline = %d with %d bytes", rec.code, rec.body.Len())
	}
	r, _ = http.NewRequest(http.MethodDelete, "/timeline", nil)
	rec = &headRecorder{header: http.Header{}}
	h.ServeHTTP(rec, r)
	if rec.code != http.StatusMethodNotAllowed {
		t.Errorf("DELETE /timeline = %d, want 405", rec.code)
	}
}

type headRecorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (r *headRecorder) Header() http.Header { return r.header }
func (r *headRecorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.body.Write(b)
}
func (r *headRecorder) WriteHeader(code int) { r.code = code }
