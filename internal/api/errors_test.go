package api

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestErrors checks every refusal is a JSON error with the fitting status.
func TestErrors(t *testing.T) {
	h := loaded(t)
	tests := []struct {
		name, method, target string
		status               int
		msg                  string
	}{
		{"unknown route", "GET", "/api/nothing", 404, "no API route"},
		{"unknown event", "GET", "/api/events/ev-000000000000", 404, "not found"},
		{"unknown article", "GET", "/api/articles/0000000000000000", 404, "not found"},
		{"unknown story", "GET", "/api/stories/st-000000000000", 404, "not found"},
		{"unknown story filter", "GET", "/api/events?story=st-000000000000", 404, "not found"},
		{"unknown actor", "GET", "/api/actors/Qwzxv%20Plkjh", 404, "not in the knowledge base"},
		{"wrong method", "DELETE", "/api/events", 405, "not allowed"},
		{"get on ingest", "GET", "/api/ingest", 405, "POST"},
		{"typo parameter", "GET", "/api/events?actr=Putin", 400, `"actr"`},
		{"parameter of another route", "GET", "/api/stats?limit=5", 400, `"limit"`},
		{"bad date", "GET", "/api/events?from=2025-13-01", 400, "YYYY-MM-DD"},
		{"dates reversed", "GET", "/api/articles?from=2025-02-01&to=2025-01-01", 400, "after"},
		{"bad type", "GET", "/api/timeline?type=HUG", 400, "HUG"},
		{"bad status", "GET", "/api/events?status=rumoured", 400, "rumoured"},
		{"three actors", "GET", "/api/events?actor=a&actor=b&actor=c", 400, "pair"},
		{"empty actor", "GET", "/api/events?actor=", 400, "empty"},
		{"limit too big", "GET", "/api/events?limit=501", 400, "limit"},
		{"timeline limit too big", "GET", "/api/timeline?limit=1001", 400, "limit"},
		{"limit zero", "GET", "/api/events?limit=0", 400, "limit"},
		{"limit not a number", "GET", "/api/events?limit=ten", 400, "whole number"},
		{"negative offset", "GET", "/api/events?offset=-1", 400, "offset"},
		{"place twice", "GET", "/api/events?place=a&place=b", 400, "once"},
		{"bad format", "GET", "/api/timeline?format=xml", 400, "format"},
		{"mentions without csv", "GET", "/api/timeline?mentions=1", 400, "format=csv"},
		{"mentions not a bool", "GET", "/api/timeline?format=csv&mentions=yes", 400, "true or false"},
		{"citations without text", "GET", "/api/timeline?citations=3", 400, "format=text"},
		{"bad network format", "GET", "/api/network?format=svg", 400, "format"},
		{"bad by", "GET", "/api/network?by=city", 400, "actor or country"},
		{"positions without actor", "GET", "/api/positions", 400, "exactly one actor"},
		{"search without words", "GET", "/api/search?q=+%2A%2A+", 400, "words"},
		{"stories with story", "GET", "/api/stories?story=st-1", 400, `"story"`},
		{"broken escape", "GET", "/api/events?actor=%zz", 400, "query string"},
		{"min events zero", "GET", "/api/stories?min_events=0", 400, "min_events"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := do(t, h, tt.method, tt.target, "", nil, "")
			if res.Code != tt.status {
				t.Fatalf("%s %s = %d %s, want %d", tt.method, tt.target, res.Code, res.Body, tt.status)
			}
			if !strings.HasPrefix(res.Header().Get("Content-Type"), "application/json") {
				t.Errorf("Content-Type = %q", res.Header().Get("Content-Type"))
			}
			status, msg := errorOf(t, res)
			if status != tt.status || !strings.Contains(msg, tt.msg) {
				t.Errorf("error = %d %q, want %d with %q", status, msg, tt.status, tt.msg)
			}
			if tt.status == 405 && res.Header().Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
}

// TestTimeout checks a request whose context the server cancelled gets
// 503, not a store error.
func TestTimeout(t *testing.T) {
	h := loaded(t)
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "/api/events", nil)
	res := newRecorder()
	h.ServeHTTP(res, req)
	if res.Code != http.StatusServiceUnavailable {
		t.Fatalf("cancelled request = %d %s, want 503", res.Code, res.Body)
	}
}

// TestHostileQueries sends strange but well-formed queries: they must give
// 200 or 400, never 500, and nothing they hold may come back unescaped.
func TestHostileQueries(t *testing.T) {
	h := loaded(t)
	for _, q := range []string{
		"actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
		"actor=Robert%27%29%3B%20DROP%20TABLE%20events%3B--",
		"place=%25&type=CONSULT",
		"place=%00%01%02",
		"actor=%F0%9F%92%A5&actor=%E2%80%AE",
		"from=0000-01-01&to=9999-12-31",
		"type=,,,&status=,",
		"actor=" + strings.Repeat("a", 5000),
		"place=" + strings.Repeat("%C3", 300),
		"offset=999999999",
		"limit=1e3",
		"limit=%2B5",
	} {
		for _, path := range []string{"/api/events?", "/api/timeline?", "/api/network?", "/api/stories?"} {
			res := get(t, h, path+q)
			if res.Code != 200 && res.Code != 400 {
				t.Errorf("GET %s%s = %d %s", path, clip(q, 60), res.Code, clip(res.Body.String(), 200))
			}
			if bytes.Contains(res.Body.Bytes(), []byte("<script")) {
				t.Errorf("GET %s%s echoes raw markup", path, clip(q, 60))
			}
		}
		res := get(t, h, "/api/search?q=x&"+q)
		if res.Code != 200 && res.Code != 400 {
			t.Errorf("search %s = %d", clip(q, 60), res.Code)
		}
	}
}

// TestStoreFailure checks a broken store gives 500 with a generic message,
// the detail going to the log only.
func TestStoreFailure(t *testing.T) {
	var logged bytes.Buffer
	h, rec := newAPI(t, Options{Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	rec.Store().Close()
	res := get(t, h, "/api/events")
	if res.Code != http.StatusInternalServerError {
		t.Fatalf("closed store = %d %s, want 500", res.Code, res.Body)
	}
	if _, msg := errorOf(t, res); strings.Contains(msg, "sql") || !strings.Contains(msg, "internal error") {
		t.Errorf("500 message = %q", msg)
	}
	if !strings.Contains(logged.String(), "/api/events") {
		t.Errorf("the failure was not logged: %q", logged.String())
	}
}
