package feed

import (
	"context"
	"errors"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

func TestPollFormats(t *testing.T) {
	s := newSite(t)
	s.setFeed("/rss", "application/rss+xml", rss(1, 2))
	s.setFeed("/atom", "application/atom+xml", atom(s.srv.URL, 3, 4))
	s.setFeed("/json", "application/feed+json", jsonFeed(s.srv.URL, 5))
	rc := &recorder{}
	w := newWatcher(t, s, rc, newClock(), nil, "/rss", "/atom", "/json")
	if err := w.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := rc.pages
	if len(got) != 5 {
		t.Fatalf("%d pages, want 5", len(got))
	}
	want := []struct{ path, title, author, published string }{
		{"/news/1", "Story 1", "Jane Roe", "2025-06-01T01:00:00Z"},
		{"/news/2", "Story 2", "Jane Roe", "2025-06-01T02:00:00Z"},
		{"/news/a3", "Wire 3", "John Doe", "2025-06-01T03:30:00Z"},
		{"/news/a4", "Wire 4", "John Doe", "2025-06-01T04:30:00Z"},
		{"/news/j5", "Brief 5", "Ann Lee", "2025-06-01T05:15:00+02:00"},
	}
	for i, p := range got {
		doc, err := p.Document()
		if err != nil {
			t.Fatal(err)
		}
		w := want[i]
		if p.Item.URL != s.srv.URL+w.path || doc.Hints.Title != w.title || len(doc.Hints.Authors) != 1 ||
			doc.Hints.Authors[0] != w.author || doc.Hints.Published != w.published || doc.Format != article.FormatHTML ||
			doc.Origin != p.Item.URL || !strings.Contains(string(doc.Data), "Story at "+w.path) {
			t.Errorf("page %d: item %+v hints %+v", i, p.Item, doc.Hints)
		}
	}
	if st := w.Stats(); st.Polls != 3 || st.NewItems != 5 || st.Pages != 5 || st.RobotsFetches != 1 {
		t.Errorf("stats %+v", st)
	}
}

func TestNewItemsOnly(t *testing.T) {
	s := newSite(t)
	s.setFeed("/rss", "application/rss+xml", rss(1, 2))
	seenPath := filepath.Join(t.TempDir(), "seen.json")
	seen, err := OpenFileSeen(seenPath)
	if err != nil {
		t.Fatal(err)
	}
	rc := &recorder{}
	clock := newClock()
	w := newWatcher(t, s, rc, clock, func(c *Config) { c.Seen = seen }, "/rss")
	ctx := context.Background()
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if got := rc.urls(); !slices.Equal(got, []string{"/news/1", "/news/2"}) {
		t.Fatalf("first poll: %v", got)
	}
	s.setFeed("/rss", "application/rss+xml", rss(1, 2, 3))
	s.requests()
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if got := rc.urls(); !slices.Equal(got, []string{"/news/3"}) {
		t.Fatalf("second poll: %v", got)
	}
	if got := s.requests(); !slices.Equal(got, []string{"/rss", "/news/3"}) {
		t.Errorf("second poll requests: %v", got)
	}

	// A new watcher on the same seen-set file starts where the first stopped.
	reopened, err := OpenFileSeen(seenPath)
	if err != nil || reopened.Len() != 6 {
		t.Fatalf("reopened seen-set: %v, %d keys", err, reopened.Len())
	}
	w2 := newWatcher(t, s, rc, clock, func(c *Config) { c.Seen = reopened }, "/rss")
	if err := w2.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if got := rc.urls(); len(got) != 0 {
		t.Errorf("restarted watcher fetched %v again", got)
	}
}

func TestItemFailures(t *testing.T) {
	s := newSite(t)
	s.setFeed("/rss", "application/rss+xml", rss(1, 2, 3))
	fails := 0
	s.handle("/news/2", func(w http.ResponseWriter, r *http.Request) {
		fails++
		w.Header().Set("Retry-After", "30")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	s.handle("/news/3", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4"))
	})
	rc := &recorder{}
	clock := newClock()
	w := newWatcher(t, s, rc, clock, func(c *Config) { c.MaxAttempts = 2 }, "/rss")
	ctx := context.Background()
	for range 4 {
		if err := w.Poll(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if got := rc.urls(); !slices.Equal(got, []string{"/news/1"}) {
		t.Errorf("pages %v", got)
	}
	// The 429 page is tried MaxAttempts times, the PDF once.
	if fails != 2 {
		t.Errorf("429 page requested %d times, want 2", fails)
	}
	// The 429's Retry-After held the host: the next request waited 30s.
	if !slices.Contains(clock.sleeps, 30*time.Second) {
		t.Errorf("waits %v lack the Retry-After hold", clock.sleeps)
	}
	if st := w.Stats(); st.PageErrors != 3 {
		t.Errorf("stats %+v", st)
	}
}

func TestRunStops(t *testing.T) {
	s := newSite(t)
	s.setFeed("/rss", "application/rss+xml", rss(1))
	rc := &recorder{}
	clock := newClock()
	ctx, cancel := context.WithCancel(context.Background())
	polls := 0
	w := newWatcher(t, s, rc, clock, func(c *Config) {
		c.Interval = time.Hour
		c.Sleep = func(ctx context.Context, d time.Duration) error {
			if d >= time.Hour-time.Minute { // the wait between rounds
				polls++
				if polls == 3 {
					cancel()
				}
			}
			return clock.Sleep(ctx, d)
		}
	}, "/rss")
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil on cancellation", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop")
	}
	if st := w.Stats(); st.Polls != 3 || st.Pages != 1 {
		t.Errorf("stats %+v", st)
	}
}

func TestNewErrors(t *testing.T) {
	h := func(context.Context, Page) error { return nil }
	for _, cfg := range []Config{{Feeds: []string{"https://x.example/f"}}, {Handle: h}, {Handle: h, Feeds: []string{"ftp://x/f"}}} {
		if _, err := New(cfg); err == nil {
			t.Errorf("New(%+v) accepted", cfg)
		}
	}
}

func TestFileSeen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "seen.json")
	s, err := OpenFileSeen(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	now := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	if err := s.MarkSeen(ctx, "a", "b"); err != nil {
		t.Fatal(err)
	}
	now = now.Add(100 * 24 * time.Hour)
	if err := s.MarkSeen(ctx, "c"); err != nil {
		t.Fatal(err)
	}
	r, err := OpenFileSeen(path)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]bool{"a": false, "b": false, "c": true, "d": false} {
		if got, _ := r.Seen(ctx, k); got != want {
			t.Errorf("Seen(%s) = %v after reopening, want %v (old keys expire)", k, got, want)
		}
	}
	if err := writeFile(path, "{not json"); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenFileSeen(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("corrupt file: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := r.MarkSeen(cctx, "x"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled MarkSeen: %v", err)
	}
}
