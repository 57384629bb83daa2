package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store/sqlite"
)

const testToken = "s3cret-token"

var (
	kbOnce sync.Once
	kbVal  *kb.KB
	kbErr  error
)

// loadKB loads the knowledge base once for all tests: it is read-only.
func loadKB(tb testing.TB) *kb.KB {
	tb.Helper()
	kbOnce.Do(func() { kbVal, kbErr = kb.Load() })
	if kbErr != nil {
		tb.Fatal(kbErr)
	}
	return kbVal
}

// newRecord opens an empty SQLite store in a temporary directory.
func newRecord(tb testing.TB) *record.Record {
	tb.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "api.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return record.New(st, loadKB(tb), record.Options{})
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// newAPI returns the handler over an empty record.
func newAPI(tb testing.TB, opt Options) (http.Handler, *record.Record) {
	tb.Helper()
	rec := newRecord(tb)
	if opt.Logger == nil {
		opt.Logger = quietLogger()
	}
	return New(rec, opt), rec
}

// loaded returns the handler over a record holding the test articles,
// ingested through the API itself as one JSON batch.
func loaded(t testing.TB) http.Handler {
	t.Helper()
	h, _ := newAPI(t, Options{Token: testToken})
	var batch batchJSON
	for _, name := range []string{"geneva-summit.txt", "paris-ukraine.html", "hostile.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		batch.Documents = append(batch.Documents, documentJSON{Name: name, Content: string(b)})
	}
	body, _ := json.Marshal(batch)
	res := do(t, h, "POST", "/api/ingest", "application/json", body, testToken)
	if res.Code != http.StatusOK {
		t.Fatalf("ingest: %d %s", res.Code, res.Body)
	}
	var got ingestJSON
	decode(t, res, &got)
	if got.Added != 3 || len(got.Events) == 0 {
		t.Fatalf("ingest = %+v, want 3 articles added and their events", got)
	}
	return h
}

// do sends one request to h.
func do(tb testing.TB, h http.Handler, method, target, contentType string, body []byte, token string) *httptest.ResponseRecorder {
	tb.Helper()
	req := httptest.NewRequest(method, target, bytes.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res := httptest.NewRecorder()
	h.ServeHTTP(res, req)
	return res
}

func get(tb testing.TB, h http.Handler, target string) *httptest.ResponseRecorder {
	tb.Helper()
	return do(tb, h, "GET", target, "", nil, "")
}

func decode(tb testing.TB, res *httptest.ResponseRecorder, v any) {
	tb.Helper()
	if err := json.Unmarshal(res.Body.Bytes(), v); err != nil {
		tb.Fatalf("decode %s: %v", clip(res.Body.String(), 300), err)
	}
}

// errorOf returns the status and message of a JSON error body.
func errorOf(tb testing.TB, res *httptest.ResponseRecorder) (int, string) {
	tb.Helper()
	var e errorBody
	decode(tb, res, &e)
	return e.Error.Status, e.Error.Message
}

func contains(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

func newRecorder() *httptest.ResponseRecorder { return httptest.NewRecorder() }
