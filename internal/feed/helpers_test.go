package feed

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/fetch"
)

// fakeClock is a clock that moves only when the watcher sleeps (or the
// test advances it), so tests check waits without wall-clock timing.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newClock() *fakeClock {
	return &fakeClock{now: time.Date(2025, 6, 2, 9, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	return nil
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// site is a test news site: feeds, pages and robots.txt it serves, and
// the log of requests it received.
type site struct {
	t      *testing.T
	srv    *httptest.Server
	mu     sync.Mutex
	log    []string // "GET /path" in arrival order
	robots string
	feeds  map[string]func(w http.ResponseWriter, r *http.Request)
}

func newSite(t *testing.T) *site {
	s := &site{t: t, feeds: map[string]func(http.ResponseWriter, *http.Request){}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.log = append(s.log, r.URL.RequestURI())
	robots, h := s.robots, s.feeds[r.URL.Path]
	s.mu.Unlock()
	if r.UserAgent() != fetch.UserAgent {
		s.t.Errorf("User-Agent %q", r.UserAgent())
	}
	switch {
	case h != nil:
		h(w, r)
	case r.URL.Path == "/robots.txt":
		if robots == "" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, robots)
	case strings.HasPrefix(r.URL.Path, "/news/"):
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<!doctype html><html><head><title>%s</title></head><body><article><p>Story at %s.</p></article></body></html>", r.URL.Path, r.URL.Path)
	default:
		http.NotFound(w, r)
	}
}

// setFeed serves body with a content type at path.
func (s *site) setFeed(path, ctype, body string) {
	s.handle(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		io.WriteString(w, body)
	})
}

func (s *site) handle(path string, h func(http.ResponseWriter, *http.Request)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feeds[path] = h
}

// requests returns and clears the request log.
func (s *site) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.log
	s.log = nil
	return out
}

// recorder collects the pages a watcher hands over.
type recorder struct {
	mu    sync.Mutex
	pages []Page
}

func (rc *recorder) handle(_ context.Context, p Page) error {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.pages = append(rc.pages, p)
	return nil
}

func (rc *recorder) urls() []string {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	var out []string
	for _, p := range rc.pages {
		out = append(out, p.Item.URL[strings.Index(p.Item.URL, "/news/"):])
	}
	rc.pages = nil
	return out
}

// newWatcher builds a watcher on a fake clock for feeds of s.
func newWatcher(t *testing.T, s *site, rc *recorder, clock *fakeClock, mod func(*Config), feeds ...string) *Watcher {
	t.Helper()
	cfg := Config{
		Handle:       rc.handle,
		Fetcher:      fetch.New(fetch.Options{AllowPrivate: true, Timeout: 5 * time.Second}),
		HostInterval: time.Second,
		Now:          clock.Now,
		Sleep:        clock.Sleep,
		Rand:         func() float64 { return 0.5 },
		Logger:       slog.New(slog.DiscardHandler),
	}
	for _, f := range feeds {
		cfg.Feeds = append(cfg.Feeds, s.srv.URL+f)
	}
	if mod != nil {
		mod(&cfg)
	}
	w, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// rss writes an RSS 2.0 feed of items "/news/N" dated N hours after a
// base time, newest first as feeds list them.
func rss(ns ...int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>World | Example Times</title><link>https://example.org/</link>`)
	for i := len(ns) - 1; i >= 0; i-- {
		n := ns[i]
		fmt.Fprintf(&b, `<item><title>Story %d</title><link>/news/%d</link><guid isPermaLink="false">story-%d</guid><pubDate>%s</pubDate><dc:creator>Jane Roe</dc:creator></item>`,
			n, n, n, time.Date(2025, 6, 1, n, 0, 0, 0, time.UTC).Format(time.RFC1123Z))
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// atom writes an Atom feed with absolute links.
func atom(base string, ns ...int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2025-06-02T00:00:00Z</updated>`)
	for _, n := range ns {
		fmt.Fprintf(&b, `<entry><title>Wire %d</title><id>urn:wire:%d</id><link rel="alternate" href="%s/news/a%d"/><updated>2025-06-01T%02d:30:00Z</updated><author><name>John Doe</name></author></entry>`,
			n, n, base, n, n)
	}
	b.WriteString(`</feed>`)
	return b.String()
}

// jsonFeed writes a JSON Feed 1.1.
func jsonFeed(base string, ns ...int) string {
	var items []string
	for _, n := range ns {
		items = append(items, fmt.Sprintf(`{"id":"j%d","url":"%s/news/j%d","title":"Brief %d","date_published":"2025-06-01T%02d:15:00+02:00","authors":[{"name":"Ann Lee"}]}`, n, base, n, n, n))
	}
	return `{"version":"https://jsonfeed.org/version/1.1","title":"Briefs","items":[` + strings.Join(items, ",") + `]}`
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }
