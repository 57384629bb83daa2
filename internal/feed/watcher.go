package feed

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle/internal/fetch"
)

// Handler receives each new item's page. An error leaves the item unseen
// so that the next poll offers it again, up to MaxAttempts times.
type Handler func(ctx context.Context, p Page) error

// Defaults for the zero Config.
const (
	DefaultInterval     = 15 * time.Minute
	DefaultHostInterval = 2 * time.Second
	DefaultRetryBase    = time.Minute
	DefaultMaxBackoff   = 6 * time.Hour
	DefaultMaxAttempts  = 3
	DefaultAgent        = "Chronicle"
)

// Config sets up a Watcher. Feeds and Handle are required.
type Config struct {
	// Feeds are the feed URLs.
	Feeds []string
	// Handle receives new pages.
	Handle Handler
	// Fetcher makes every request; nil means fetch.New with its defaults
	// (public addresses only).
	Fetcher *fetch.Fetcher
	// Seen remembers handled items; nil means a MemorySeen.
	Seen SeenStore
	// Agent is the product token matched against robots.txt User-agent
	// lines; "" means DefaultAgent.
	Agent string
	// Interval is the time between two polls of a feed.
	Interval time.Duration
	// HostInterval is the least time between two requests to one host.
	HostInterval time.Duration
	// RetryBase is the first backoff delay; it doubles with each failure
	// up to MaxBackoff.
	RetryBase, MaxBackoff time.Duration
	// MaxAttempts bounds how often an item whose page failed for a
	// passing reason (or whose Handler failed) is tried again.
	MaxAttempts int
	// MaxItems caps the new items taken from one feed in one poll, oldest
	// first; 0 means no cap. The rest wait for the next poll.
	MaxItems int
	// Now, Sleep and Rand replace the clock, the timer and the jitter
	// source; nil means the real ones. Sleep returns ctx.Err() when the
	// context ends first.
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
	Rand  func() float64
	// Logger receives one line per failure; nil means slog.Default().
	Logger *slog.Logger
}

// Stats counts what the watcher did, cumulatively.
type Stats struct {
	Polls         int           // feed requests made
	NotModified   int           // 304 answers
	FeedErrors    int           // feed requests or parses that failed
	BackingOff    int           // feeds skipped because they are backing off
	NewItems      int           // items not seen before
	Pages         int           // pages handed to the Handler
	PageErrors    int           // item pages that failed, or that the Handler refused
	Disallowed    int           // feeds or items robots.txt forbids
	Requests      int           // HTTP requests, robots.txt included
	RobotsFetches int           // robots.txt requests
	Waits         int           // times a request waited for its host
	Waited        time.Duration // total time waited for hosts
}

// feedState is what the watcher knows about one feed.
type feedState struct {
	url          string
	parsed       *url.URL
	etag         string
	lastModified string
	failures     int
	next         time.Time // not polled before this: interval or backoff
	lastErr      error
}

// Watcher polls feeds. Poll and Run must not run at the same time (a
// mutex makes a second call wait); Stats may be called at any time.
type Watcher struct {
	cfg      Config
	mu       sync.Mutex
	feeds    []*feedState
	hosts    map[string]*host
	attempts map[string]int
	smu      sync.Mutex // guards stats, which Stats reads during a round
	stats    Stats
}

// New checks cfg and fills in its defaults.
func New(cfg Config) (*Watcher, error) {
	if cfg.Handle == nil {
		return nil, errors.New("feed watcher: no Handler")
	}
	if len(cfg.Feeds) == 0 {
		return nil, errors.New("feed watcher: no feeds")
	}
	w := &Watcher{hosts: map[string]*host{}, attempts: map[string]int{}}
	for _, f := range cfg.Feeds {
		u, err := url.Parse(f)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("feed watcher: %q is not an http(s) URL", f)
		}
		w.feeds = append(w.feeds, &feedState{url: f, parsed: u})
	}
	if cfg.Fetcher == nil {
		cfg.Fetcher = fetch.New(fetch.Options{})
	}
	if cfg.Seen == nil {
		cfg.Seen = NewMemorySeen()
	}
	if cfg.Agent == "" {
		cfg.Agent = DefaultAgent
	}
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultInterval
	}
	if cfg.HostInterval <= 0 {
		cfg.HostInterval = DefaultHostInterval
	}
	if cfg.RetryBase <= 0 {
		cfg.RetryBase = DefaultRetryBase
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = DefaultMaxBackoff
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = DefaultMaxAttempts
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleep
	}
	if cfg.Rand == nil {
		cfg.Rand = rand.Float64
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	w.cfg = cfg
	if vs, ok := cfg.Seen.(ValidatorStore); ok {
		// Validators from before a restart make the first poll
		// conditional too.
		for _, f := range w.feeds {
			f.etag, f.lastModified = vs.Validators(f.url)
		}
	}
	return w, nil
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Stats returns the counts so far. It may be called while Poll or Run is
// working, for a progress display.
func (w *Watcher) Stats() Stats {
	w.smu.Lock()
	defer w.smu.Unlock()
	return w.stats
}

// count adds one to a counter of w.stats.
func (w *Watcher) count(field *int) {
	w.smu.Lock()
	*field++
	w.smu.Unlock()
}

// Poll makes one round: every feed that is not backing off is requested
// once, whatever its interval, and its new items handed over. It returns
// ctx's error when cancelled, and otherwise nil: failures of feeds and
// pages are logged, counted and retried later.
func (w *Watcher) Poll(ctx context.Context) error {
	return w.round(ctx, false)
}

// Run polls each feed at its interval (later while it backs off) until
// ctx is cancelled, and then returns nil.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		if err := w.round(ctx, true); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if err := w.cfg.Sleep(ctx, w.untilNext()); err != nil {
			return nil
		}
	}
}

// untilNext is the time to the next feed that is due, at least a second.
func (w *Watcher) untilNext() time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	now := w.cfg.Now()
	d := w.cfg.Interval
	for _, f := range w.feeds {
		d = min(d, f.next.Sub(now))
	}
	return max(d, time.Second)
}

// round polls the feeds that are due (dueOnly) or not backing off.
func (w *Watcher) round(ctx context.Context, dueOnly bool) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, f := range w.feeds {
		if err := ctx.Err(); err != nil {
			return err
		}
		now := w.cfg.Now()
		if now.Before(f.next) && (dueOnly || f.failures > 0) {
			if f.failures > 0 {
				w.count(&w.stats.BackingOff)
			}
			continue
		}
		if err := w.pollFeed(ctx, f); err != nil && ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return ctx.Err()
}
