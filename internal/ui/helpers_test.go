package ui

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store/sqlite"
)

const testToken = "s3cret-token-for-tests"

// newRecord opens a fresh SQLite store in a temporary directory.
func newRecord(t testing.TB) *record.Record {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ui.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	return record.New(st, k, record.Options{})
}

// ingestFiles stores files read from disk, failing on any document that
// yields no article.
func ingestFiles(t testing.TB, rec *record.Record, paths ...string) []record.Outcome {
	t.Helper()
	var ups []record.Upload
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ups = append(ups, record.Upload{Name: p, Data: data})
	}
	outs, err := rec.Ingest(context.Background(), ups)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outs {
		if o.Err != nil {
			t.Fatalf("ingest %s: %v", o.Origin, o.Err)
		}
	}
	return outs
}

// newHandler returns the UI over rec with the test token and a logger
// that keeps quiet unless the test fails.
func newHandler(t testing.TB, rec *record.Record, token string) http.Handler {
	t.Helper()
	var logs bytes.Buffer
	h, err := New(rec, Options{Token: token, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() && logs.Len() > 0 {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return h
}

// get serves one GET request and returns the status and body.
func get(t testing.TB, h http.Handler, target string) (int, string) {
	t.Helper()
	target, _, _ = strings.Cut(target, "#") // a browser keeps the fragment to itself
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, target, nil))
	body, _ := io.ReadAll(w.Result().Body)
	return w.Code, string(body)
}

// postForm sends the ingest form as a browser does (multipart), with
// optional files, and returns the response.
func postForm(t testing.TB, h http.Handler, fields url.Values, files map[string][]byte, cookie *http.Cookie) *http.Response {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, vs := range fields {
		for _, v := range vs {
			mw.WriteField(k, v)
		}
	}
	for name, data := range files {
		fw, err := mw.CreateFormFile("file", name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(data)
	}
	mw.Close()
	r := httptest.NewRequest(http.MethodPost, "/ingest", &buf)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	if cookie != nil {
		r.AddCookie(cookie)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func readAll(t testing.TB, r io.Reader) string {
	t.Helper()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// between returns the text after the first from and before the next to.
func between(s, from, to string) string {
	_, rest, ok := strings.Cut(s, from)
	if !ok {
		return ""
	}
	in, _, _ := strings.Cut(rest, to)
	return in
}

func serve(h http.Handler, target string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, target, nil))
	return w
}
