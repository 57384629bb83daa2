package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer the serving goroutine writes while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe starts `chronicle serve` on a free loopback port over an
// ingested store and talks to it as a user would: the UI's pages, the API
// reading, a write refused without the token and taken with the one the
// server printed, and a clean stop.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, stderr := run(t, "", "--db", db, "ingest", corpus); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Execute(ctx, []string{"--db", db, "serve", "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, &stderr)
	}()
	addrRE := regexp.MustCompile(`on http://(127\.0\.0\.1:\d+)/`)
	tokenRE := regexp.MustCompile(`write token: ([0-9a-f]{32})`)
	var base, token string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		out := stderr.String()
		if m, tk := addrRE.FindStringSubmatch(out), tokenRE.FindStringSubmatch(out); m != nil && tk != nil {
			base, token = "http://"+m[1], tk[1]
			break
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("serve did not say where it listens: %s", stderr.String())
	}
	get := func(path string) (int, string, http.Header) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), resp.Header
	}
	for _, tc := range []struct {
		path, want string
		status     int
	}{
		{"/", "Chronicle", 200},
		{"/timeline?actor=Russia&actor=Ukraine", "Istanbul", 200},
		{"/api/stats", `"articles":44`, 200},
		{"/api/timeline?actor=Russia&limit=5", `"events"`, 200},
		{"/api/openapi.json", `"openapi"`, 200},
		{"/api/events?actr=Russia", `"error"`, 400},
		{"/no/such/page", "", 404},
	} {
		status, body, h := get(tc.path)
		if status != tc.status || !strings.Contains(body, tc.want) {
			t.Errorf("GET %s = %d (want %d), body without %q: %.200s", tc.path, status, tc.status, tc.want, body)
		}
		if h.Get("Content-Security-Policy") == "" {
			t.Errorf("GET %s: no Content-Security-Policy", tc.path)
		}
	}

	post := func(tok string) (int, string) {
		req, _ := http.NewRequest("POST", base+"/api/ingest?name=pasted.txt", strings.NewReader(
			"Leaders meet in Oslo\n\nOslo, 3 April 2025\n\nNorwegian Prime Minister Jonas Gahr Store met German Chancellor "+
				"Friedrich Merz in Oslo on Wednesday. The two leaders agreed to expand joint patrols in the North Sea.\n"))
		req.Header.Set("Content-Type", "text/plain")
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if status, body := post(""); status != http.StatusUnauthorized {
		t.Errorf("ingest without the token = %d %s, want 401", status, body)
	}
	if status, body := post(strings.Repeat("0", 32)); status != http.StatusUnauthorized {
		t.Errorf("ingest with a wrong token = %d %s, want 401", status, body)
	}
	status, body := post(token)
	if status != http.StatusOK {
		t.Fatalf("ingest with the token = %d %s", status, body)
	}
	var res struct {
		Documents []struct {
			Added bool
			ID    string
		}
	}
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatalf("ingest answer %s: %v", body, err)
	}
	// The cached answer of before the write must not be served after it.
	if _, body, _ := get("/api/stats"); !strings.Contains(body, `"articles":45`) {
		t.Errorf("stats after the ingest: %s", body)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exit %d: %s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServeRefusesWeakToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	code, _, stderr := run(t, "", "--db", db, "serve", "--addr", "127.0.0.1:0", "--token", "short")
	if code != exitUsage || !strings.Contains(stderr, "--token") {
		t.Errorf("exit %d, %s; want a usage error about --token", code, stderr)
	}
}
