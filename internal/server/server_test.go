package server

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// echo stands in for the API and the UI: it reports which one answered,
// reads the whole body, and panics on request.
func echo(name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Has("panic") {
			panic("boom")
		}
		if _, err := io.ReadAll(r.Body); err != nil {
			http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
			return
		}
		if _, ok := r.Context().Deadline(); !ok {
			http.Error(w, "no deadline", http.StatusInternalServerError)
			return
		}
		io.WriteString(w, name)
	})
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestHandler(t *testing.T) {
	h := Handler(echo("api"), echo("ui"), Options{MaxBody: 100, Logger: quiet(), CORSOrigins: []string{"https://dash.example.org"}})
	tests := []struct {
		name, method, path, body string
		header                   map[string]string
		status                   int
		want                     string
		check                    func(t *testing.T, h http.Header)
	}{
		{name: "api", method: "GET", path: "/api/events", status: 200, want: "api"},
		{name: "ui", method: "GET", path: "/timeline", status: 200, want: "ui"},
		{name: "security headers", method: "GET", path: "/", status: 200, check: func(t *testing.T, h http.Header) {
			for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"} {
				if h.Get(k) == "" {
					t.Errorf("no %s header", k)
				}
			}
			if csp := h.Get("Content-Security-Policy"); strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("CSP %q", csp)
			}
		}},
		{name: "body over the limit, declared", method: "POST", path: "/api/ingest", body: strings.Repeat("x", 200), status: 413},
		{name: "body at the limit", method: "POST", path: "/api/ingest", body: strings.Repeat("x", 100), status: 200},
		{name: "panic", method: "GET", path: "/api/x?panic=1", status: 500, want: `{"error":{"status":500,"message":"internal error"}}`},
		{name: "panic in ui", method: "GET", path: "/x?panic=1", status: 500, want: "internal error\n"},
		{name: "cross-site form post", method: "POST", path: "/ingest", header: map[string]string{"Sec-Fetch-Site": "cross-site"}, status: 403},
		{name: "same-origin form post", method: "POST", path: "/ingest", header: map[string]string{"Sec-Fetch-Site": "same-origin"}, status: 200},
		{name: "no CORS for strangers", method: "GET", path: "/api/events", header: map[string]string{"Origin": "https://evil.example"}, status: 200,
			check: func(t *testing.T, h http.Header) {
				if h.Get("Access-Control-Allow-Origin") != "" {
					t.Error("CORS header sent to an origin not configured")
				}
			}},
		{name: "CORS for the configured origin", method: "GET", path: "/api/events", header: map[string]string{"Origin": "https://dash.example.org"}, status: 200,
			check: func(t *testing.T, h http.Header) {
				if h.Get("Access-Control-Allow-Origin") != "https://dash.example.org" {
					t.Errorf("Allow-Origin %q", h.Get("Access-Control-Allow-Origin"))
				}
			}},
		{name: "preflight refused", method: "OPTIONS", path: "/api/ingest", header: map[string]string{"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}, status: 403},
		{name: "preflight allowed", method: "OPTIONS", path: "/api/ingest", header: map[string]string{"Origin": "https://dash.example.org", "Access-Control-Request-Method": "POST"}, status: 204},
		{name: "no CORS on UI pages", method: "GET", path: "/", header: map[string]string{"Origin": "https://dash.example.org"}, status: 200,
			check: func(t *testing.T, h http.Header) {
				if h.Get("Access-Control-Allow-Origin") != "" {
					t.Error("CORS header on a UI page")
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.path, strings.NewReader(tt.body))
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d (%s)", rec.Code, tt.status, rec.Body)
			}
			if tt.want != "" && rec.Body.String() != tt.want {
				t.Errorf("body %q, want %q", rec.Body, tt.want)
			}
			if tt.check != nil {
				tt.check(t, rec.Header())
			}
		})
	}
}

func TestCORSWildcardReadsOnly(t *testing.T) {
	h := Handler(echo("api"), echo("ui"), Options{Logger: quiet(), CORSOrigins: []string{"*"}})
	for _, tt := range []struct {
		method string
		want   bool
	}{{"GET", true}, {"POST", false}} {
		req := httptest.NewRequest(tt.method, "/api/events", nil)
		req.Header.Set("Origin", "https://anyone.example")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if got := rec.Header().Get("Access-Control-Allow-Origin") != ""; got != tt.want {
			t.Errorf("%s: CORS allowed %v, want %v", tt.method, got, tt.want)
		}
	}
}

func TestListenLoopbackByDefault(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, err := Listen(ctx, Handler(echo("api"), echo("ui"), Options{Logger: quiet()}), Options{Addr: "127.0.0.1:0", Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	if !s.Loopback() {
		t.Errorf("%s is not loopback", s.Addr())
	}
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx) }()
	resp, err := http.Get("http://" + s.Addr().String() + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "api" {
		t.Errorf("got %q", b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if DefaultAddr != "127.0.0.1:8080" {
		t.Errorf("DefaultAddr %s is not loopback", DefaultAddr)
	}
}

func TestListenBadAddress(t *testing.T) {
	_, err := Listen(context.Background(), http.NotFoundHandler(), Options{Addr: "256.0.0.1:99999", Logger: quiet()})
	if err == nil || !strings.Contains(err.Error(), "256.0.0.1:99999") {
		t.Errorf("err = %v, want one naming the address", err)
	}
}
