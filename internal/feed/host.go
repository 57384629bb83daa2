package feed

import (
	"context"
	"errors"
	"math"
	"net/url"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/fetch"
)

// robotsTTL is how long a host's robots.txt is trusted before it is
// fetched again.
const robotsTTL = 24 * time.Hour

// maxCrawlDelay caps what a robots.txt may ask: beyond a minute the
// watcher could not keep up with any news feed, so such hosts are slow
// rather than stalled.
const maxCrawlDelay = time.Minute

// host is what the watcher knows about one scheme://host.
type host struct {
	last       time.Time // when the last request to it started
	holdUntil  time.Time // a 429 or 503's Retry-After holds the host
	robots     *Robots
	robotsErr  error     // set when robots.txt was unreachable: nothing may be fetched
	robotsTill time.Time // when to fetch robots.txt again
}

// hostKey is the scheme and authority of a URL: robots.txt and rate
// limits are per origin.
func hostKey(u *url.URL) string {
	return strings.ToLower(u.Scheme + "://" + u.Host)
}

// hostOf returns the state of u's host, creating it.
func (w *Watcher) hostOf(u *url.URL) *host {
	k := hostKey(u)
	h := w.hosts[k]
	if h == nil {
		h = &host{}
		w.hosts[k] = h
	}
	return h
}

// wait sleeps until a request to h is allowed: the host interval (or its
// crawl-delay) after the previous request, and past any hold. It records
// the request's start.
func (w *Watcher) wait(ctx context.Context, h *host) error {
	gap := w.cfg.HostInterval
	if d, ok := h.robots.CrawlDelay(w.cfg.Agent); ok && d > gap {
		gap = min(d, maxCrawlDelay)
	}
	now := w.cfg.Now()
	until := h.holdUntil
	if !h.last.IsZero() && h.last.Add(gap).After(until) {
		until = h.last.Add(gap)
	}
	if d := until.Sub(now); d > 0 {
		w.smu.Lock()
		w.stats.Waits++
		w.stats.Waited += d
		w.smu.Unlock()
		if err := w.cfg.Sleep(ctx, d); err != nil {
			return err
		}
	}
	h.last = w.cfg.Now()
	w.count(&w.stats.Requests)
	return nil
}

// errRobotsUnreachable stops fetching from a host whose robots.txt could
// not be read: RFC 9309 asks crawlers to assume the worst.
var errRobotsUnreachable = errors.New("robots.txt unreachable: fetching nothing from the host until it can be read")

// allowed fetches the host's robots.txt when due and reports whether the
// watcher may fetch u.
func (w *Watcher) allowed(ctx context.Context, u *url.URL) (bool, error) {
	h := w.hostOf(u)
	if w.cfg.Now().After(h.robotsTill) || (h.robots == nil && h.robotsErr == nil) {
		if err := w.loadRobots(ctx, u, h); err != nil {
			return false, err
		}
	}
	if h.robotsErr != nil {
		return false, h.robotsErr
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return h.robots.Allowed(w.cfg.Agent, path), nil
}

// loadRobots fetches robots.txt for u's host. A 4xx (or a body that is
// not text) means no rules; a 5xx or a network failure means nothing may
// be fetched, and robots.txt is tried again after the retry delay.
func (w *Watcher) loadRobots(ctx context.Context, u *url.URL, h *host) error {
	if err := w.wait(ctx, h); err != nil {
		return err
	}
	ru := url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	w.count(&w.stats.RobotsFetches)
	resp, err := w.cfg.Fetcher.Do(ctx, fetch.Request{URL: ru.String(), Accept: []fetch.Kind{fetch.KindText, fetch.KindHTML}})
	now := w.cfg.Now()
	var se *fetch.StatusError
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case err == nil:
		h.robots, h.robotsErr, h.robotsTill = ParseRobots(resp.Body), nil, now.Add(robotsTTL)
	case errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != 429:
		h.robots, h.robotsErr, h.robotsTill = &Robots{}, nil, now.Add(robotsTTL)
	case errors.Is(err, fetch.ErrContentType), errors.Is(err, fetch.ErrEmptyBody):
		h.robots, h.robotsErr, h.robotsTill = &Robots{}, nil, now.Add(robotsTTL)
	default:
		h.robots, h.robotsErr = nil, errors.Join(errRobotsUnreachable, err)
		h.robotsTill = now.Add(w.cfg.RetryBase)
		if se != nil && se.RetryAfter > 0 {
			h.holdUntil = now.Add(se.RetryAfter)
		}
	}
	return nil
}

// backoff returns the delay before retrying after the n-th consecutive
// failure: RetryBase doubled each time, capped at MaxBackoff, with "equal
// jitter" (half fixed, half random) so that many watchers that failed
// together do not retry together; and never less than the server's
// Retry-After.
func (w *Watcher) backoff(n int, retryAfter time.Duration) time.Duration {
	d := w.cfg.RetryBase
	if n > 1 {
		f := float64(w.cfg.RetryBase) * math.Pow(2, float64(min(n-1, 30)))
		d = time.Duration(min(f, float64(w.cfg.MaxBackoff)))
	}
	d = min(d, w.cfg.MaxBackoff)
	d = d/2 + time.Duration(w.cfg.Rand()*float64(d/2))
	return max(d, retryAfter)
}
