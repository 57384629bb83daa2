package feed

import (
	"context"
	"net/http"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestConditionalGet(t *testing.T) {
	s := newSite(t)
	var inm, ims []string
	s.handle("/rss", func(w http.ResponseWriter, r *http.Request) {
		inm, ims = append(inm, r.Header.Get("If-None-Match")), append(ims, r.Header.Get("If-Modified-Since"))
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Jun 2025 08:00:00 GMT")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rss(1)))
	})
	rc := &recorder{}
	w := newWatcher(t, s, rc, newClock(), nil, "/rss")
	for range 2 {
		if err := w.Poll(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if !slices.Equal(inm, []string{"", `"v1"`}) || ims[1] != "Mon, 02 Jun 2025 08:00:00 GMT" {
		t.Errorf("conditional headers: %q %q", inm, ims)
	}
	if st := w.Stats(); st.NotModified != 1 || st.Pages != 1 || st.FeedErrors != 0 {
		t.Errorf("stats %+v", st)
	}
}

// TestConditionalGetAfterRestart checks that a watcher started again on
// the same seen-set file asks conditionally from its first poll.
func TestConditionalGetAfterRestart(t *testing.T) {
	s := newSite(t)
	var inm []string
	s.handle("/rss", func(w http.ResponseWriter, r *http.Request) {
		inm = append(inm, r.Header.Get("If-None-Match"))
		if r.Header.Get("If-None-Match") == `"v7"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v7"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rss(1)))
	})
	path := filepath.Join(t.TempDir(), "seen.json")
	for run := range 2 {
		seen, err := OpenFileSeen(path)
		if err != nil {
			t.Fatal(err)
		}
		if run == 1 {
			if etag, _ := seen.Validators(s.srv.URL + "/rss"); etag != `"v7"` {
				t.Errorf("reopened seen-set has ETag %q for the feed", etag)
			}
		}
		w := newWatcher(t, s, &recorder{}, newClock(), func(c *Config) { c.Seen = seen }, "/rss")
		if err := w.Poll(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if !slices.Equal(inm, []string{"", `"v7"`}) {
		t.Errorf("If-None-Match of the two runs' first polls: %q", inm)
	}
}

func TestRobotsHonoured(t *testing.T) {
	s := newSite(t)
	s.robots = "User-agent: *\nDisallow: /news/2\nDisallow: /blocked-feed\nCrawl-delay: 7\n"
	s.setFeed("/rss", "application/rss+xml", rss(1, 2, 3))
	s.setFeed("/blocked-feed", "application/rss+xml", rss(4))
	rc := &recorder{}
	clock := newClock()
	w := newWatcher(t, s, rc, clock, nil, "/rss", "/blocked-feed")
	if err := w.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := rc.urls(); !slices.Equal(got, []string{"/news/1", "/news/3"}) {
		t.Errorf("pages %v", got)
	}
	if got := s.requests(); !slices.Equal(got, []string{"/robots.txt", "/rss", "/news/1", "/news/3"}) {
		t.Errorf("requests %v", got)
	}
	// The crawl-delay (7s) replaces the host interval (1s) between requests.
	if !slices.Equal(clock.sleeps, []time.Duration{7 * time.Second, 7 * time.Second, 7 * time.Second}) {
		t.Errorf("waits %v", clock.sleeps)
	}
	if st := w.Stats(); st.Disallowed != 2 {
		t.Errorf("stats %+v", st)
	}
}

func TestRobotsUnreachable(t *testing.T) {
	s := newSite(t)
	s.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusInternalServerError) })
	s.setFeed("/rss", "application/rss+xml", rss(1))
	rc := &recorder{}
	w := newWatcher(t, s, rc, newClock(), nil, "/rss")
	if err := w.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := s.requests(); !slices.Equal(got, []string{"/robots.txt"}) {
		t.Errorf("with robots.txt failing, only it may be requested: %v", got)
	}
	if st := w.Stats(); st.FeedErrors != 1 || st.Pages != 0 {
		t.Errorf("stats %+v", st)
	}
}

func TestBackoff(t *testing.T) {
	s := newSite(t)
	status := http.StatusInternalServerError
	s.handle("/rss", func(w http.ResponseWriter, r *http.Request) {
		if status == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "3600")
		}
		if status != http.StatusOK {
			w.WriteHeader(status)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rss(1)))
	})
	rc := &recorder{}
	clock := newClock()
	w := newWatcher(t, s, rc, clock, func(c *Config) { c.RetryBase = time.Minute; c.MaxBackoff = 10 * time.Minute }, "/rss")
	ctx := context.Background()
	poll := func() []string {
		t.Helper()
		if err := w.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		var feedReqs []string
		for _, r := range s.requests() {
			if r == "/rss" {
				feedReqs = append(feedReqs, r)
			}
		}
		return feedReqs
	}
	// With the jitter source fixed at 0.5 the n-th delay is 3/4 of
	// 1, 2, 4, 8... minutes, capped at 10.
	for i, wantDelay := range []time.Duration{45 * time.Second, 90 * time.Second, 3 * time.Minute, 6 * time.Minute, 7*time.Minute + 30*time.Second, 7*time.Minute + 30*time.Second} {
		if got := poll(); len(got) != 1 {
			t.Fatalf("failure %d: feed requests %v", i+1, got)
		}
		if got := poll(); len(got) != 0 {
			t.Fatalf("failure %d: polled again while backing off", i+1)
		}
		clock.Advance(wantDelay - time.Second)
		if got := poll(); len(got) != 0 {
			t.Fatalf("failure %d: polled again %s before the end of the backoff", i+1, time.Second)
		}
		clock.Advance(time.Second)
	}
	if st := w.Stats(); st.FeedErrors != 6 || st.BackingOff != 12 {
		t.Errorf("stats %+v", st)
	}
	// A 503's Retry-After (an hour) outlasts the backoff.
	status = http.StatusServiceUnavailable
	poll()
	clock.Advance(59 * time.Minute)
	if got := poll(); len(got) != 0 {
		t.Fatal("polled before Retry-After")
	}
	clock.Advance(time.Minute)
	status = http.StatusOK
	if got := poll(); len(got) != 1 || len(rc.urls()) != 1 {
		t.Fatal("no recovery after Retry-After")
	}
	if got := poll(); len(got) != 1 {
		t.Fatal("a recovered feed is polled normally")
	}
}

func TestHostRateLimit(t *testing.T) {
	s := newSite(t)
	s.setFeed("/rss", "application/rss+xml", rss(1, 2, 3))
	s.setFeed("/atom", "application/atom+xml", atom(s.srv.URL, 4))
	rc := &recorder{}
	clock := newClock()
	w := newWatcher(t, s, rc, clock, func(c *Config) { c.HostInterval = 10 * time.Second }, "/rss", "/atom")
	if err := w.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := s.requests()
	if !slices.Equal(got, []string{"/robots.txt", "/rss", "/news/1", "/news/2", "/news/3", "/atom", "/news/a4"}) {
		t.Errorf("requests %v", got)
	}
	// Every request after the first waited the full interval: the fake
	// clock moves only when the watcher sleeps.
	st := w.Stats()
	if st.Requests != 7 || st.Waits != 6 || st.Waited != 60*time.Second {
		t.Errorf("stats %+v", st)
	}
	for _, d := range clock.sleeps {
		if d != 10*time.Second {
			t.Errorf("waits %v", clock.sleeps)
			break
		}
	}
}

func TestBackoffJitter(t *testing.T) {
	for _, tt := range []struct {
		rand       float64
		n          int
		retryAfter time.Duration
		want       time.Duration
	}{
		{0, 1, 0, 30 * time.Second}, {0.999999, 1, 0, 60 * time.Second}, {0, 3, 0, 2 * time.Minute},
		{0, 40, 0, 30 * time.Minute}, {0.5, 2, 10 * time.Minute, 10 * time.Minute},
	} {
		w := &Watcher{cfg: Config{RetryBase: time.Minute, MaxBackoff: time.Hour, Rand: func() float64 { return tt.rand }}}
		got := w.backoff(tt.n, tt.retryAfter)
		if got.Round(time.Second) != tt.want {
			t.Errorf("backoff(%d, %s) with rand %v = %s, want %s", tt.n, tt.retryAfter, tt.rand, got, tt.want)
		}
	}
}
