package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/source"
)

func TestRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(page))
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	srv := testServer(t, mux)
	f := local(Options{MaxRedirects: 3})
	ctx := context.Background()

	if _, err := f.Fetch(ctx, srv.URL+"/loop/a"); !errors.Is(err, ErrRedirects) || !strings.Contains(err.Error(), "loop") {
		t.Errorf("loop: %v", err)
	}
	if _, err := f.Fetch(ctx, srv.URL+"/chain/4"); !errors.Is(err, ErrRedirects) {
		t.Errorf("4 redirects with a limit of 3: %v", err)
	}
	resp, err := f.Fetch(ctx, srv.URL+"/chain/3")
	if err != nil || resp.URL != srv.URL+"/chain/0" {
		t.Errorf("3 redirects: %v %+v", err, resp)
	}
	if _, err := f.Fetch(ctx, srv.URL+"/to-file"); !errors.Is(err, ErrScheme) {
		t.Errorf("redirect to file: %v", err)
	}
	if _, err := local(Options{MaxRedirects: -1}).Fetch(ctx, srv.URL+"/chain/1"); !errors.Is(err, ErrRedirects) {
		t.Errorf("no redirects allowed: %v", err)
	}
}

func TestLimits(t *testing.T) {
	release := make(chan struct{})
	big := bytes.Repeat([]byte("<p>filler paragraph</p>\n"), 200) // 4,800 bytes
	mux := http.NewServeMux()
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(big)
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 10 {
			w.Write(big[:1000])
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(bytes.Repeat([]byte(" "), 1<<20))
		zw.Close()
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html>"))
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	srv := testServer(t, mux)
	t.Cleanup(func() { close(release) })
	f := local(Options{MaxBytes: 2048, Timeout: 300 * time.Millisecond})
	ctx := context.Background()
	for _, path := range []string{"/big", "/big-chunked", "/bomb"} {
		if _, err := f.Fetch(ctx, srv.URL+path); !errors.Is(err, source.ErrTooLarge) || Temporary(err) {
			t.Errorf("%s: err = %v, want ErrTooLarge", path, err)
		}
	}
	for _, path := range []string{"/slow", "/slow-body"} {
		start := time.Now()
		_, err := f.Fetch(ctx, srv.URL+path)
		if !errors.Is(err, ErrTimeout) || !Temporary(err) {
			t.Errorf("%s: err = %v, want ErrTimeout", path, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: the timeout took %s", path, d)
		}
	}
}

func TestStatusAndHeaders(t *testing.T) {
	var gotUA, gotINM string
	mux := http.NewServeMux()
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/cond", func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotINM = r.UserAgent(), r.Header.Get("If-None-Match")
		w.WriteHeader(http.StatusNotModified)
	})
	srv := testServer(t, mux)
	f := local(Options{})
	ctx := context.Background()

	var se *StatusError
	_, err := f.Fetch(ctx, srv.URL+"/missing")
	if !errors.As(err, &se) || se.Code != 404 || Temporary(err) {
		t.Errorf("404: %v", err)
	}
	_, err = f.Fetch(ctx, srv.URL+"/busy")
	if !errors.As(err, &se) || se.Code != 503 || se.RetryAfter != 7*time.Second || !Temporary(err) {
		t.Errorf("503: %v", err)
	}
	resp, err := f.Do(ctx, Request{URL: srv.URL + "/cond", Header: http.Header{"If-None-Match": {`"v1"`}}, NotModified: true})
	if err != nil || resp.Status != 304 || resp.Body != nil {
		t.Errorf("304: %v %+v", err, resp)
	}
	if gotUA != UserAgent || gotINM != `"v1"` {
		t.Errorf("request headers: UA %q, If-None-Match %q", gotUA, gotINM)
	}
	if _, err := f.Fetch(ctx, srv.URL+"/cond"); !errors.As(err, &se) || se.Code != 304 {
		t.Errorf("an unasked-for 304 must fail: %v", err)
	}
	for _, u := range []string{"ftp://example.org/x", "mailto:a@b.c", "http:///nohost", "::bad"} {
		if _, err := f.Fetch(ctx, u); err == nil {
			t.Errorf("%s: no error", u)
		}
	}
}
