package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/chronicle-news/chronicle/internal/fetch"
)

// ErrDisallowed is the reason logged for a feed robots.txt forbids.
var ErrDisallowed = errors.New("disallowed by robots.txt")

// pollFeed requests one feed and handles its new items. The error is the
// feed's failure, already logged and counted; item failures are not
// returned.
func (w *Watcher) pollFeed(ctx context.Context, f *feedState) error {
	ok, err := w.allowed(ctx, f.parsed)
	if err != nil {
		return w.feedFailed(ctx, f, err)
	}
	if !ok {
		w.count(&w.stats.Disallowed)
		f.next = w.cfg.Now().Add(w.cfg.Interval)
		w.cfg.Logger.Warn("feed skipped", "feed", f.url, "reason", ErrDisallowed)
		return nil
	}
	h := w.hostOf(f.parsed)
	if err := w.wait(ctx, h); err != nil {
		return err
	}
	hdr := http.Header{}
	if f.etag != "" {
		hdr.Set("If-None-Match", f.etag)
	}
	if f.lastModified != "" {
		hdr.Set("If-Modified-Since", f.lastModified)
	}
	w.count(&w.stats.Polls)
	resp, err := w.cfg.Fetcher.Do(ctx, fetch.Request{URL: f.url, Header: hdr, NotModified: true,
		Accept: []fetch.Kind{fetch.KindFeed, fetch.KindJSON}})
	if err != nil {
		w.hold(h, err)
		return w.feedFailed(ctx, f, err)
	}
	if resp.Status == http.StatusNotModified {
		w.count(&w.stats.NotModified)
		w.feedOK(f)
		return nil
	}
	parsed, err := parseFeed(resp.Body)
	if err != nil {
		return w.feedFailed(ctx, f, &fetch.Error{URL: f.url, Err: err})
	}
	f.etag, f.lastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	if vs, ok := w.cfg.Seen.(ValidatorStore); ok {
		if err := vs.SetValidators(ctx, f.url, f.etag, f.lastModified); err != nil {
			// Only the next restart's first poll loses its condition.
			w.cfg.Logger.Warn("feed validators not kept", "feed", f.url, "err", err)
		}
	}
	w.feedOK(f)
	base, _ := url.Parse(resp.URL)
	if base == nil {
		base = f.parsed
	}
	taken := 0
	for _, it := range itemsOf(f.url, base, parsed) {
		if w.cfg.MaxItems > 0 && taken >= w.cfg.MaxItems {
			break
		}
		isNew, err := w.handleItem(ctx, it)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			w.cfg.Logger.Warn("feed item failed", "feed", f.url, "item", it.URL, "err", err)
		}
		if isNew {
			taken++
		}
	}
	return nil
}

// feedOK resets a feed's failures and schedules its next poll.
func (w *Watcher) feedOK(f *feedState) {
	f.failures, f.lastErr = 0, nil
	f.next = w.cfg.Now().Add(w.cfg.Interval)
}

// feedFailed counts, logs and schedules the retry of a failed feed.
func (w *Watcher) feedFailed(ctx context.Context, f *feedState, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var retryAfter = retryAfterOf(err)
	f.failures++
	f.lastErr = err
	d := w.backoff(f.failures, retryAfter)
	f.next = w.cfg.Now().Add(d)
	w.count(&w.stats.FeedErrors)
	w.cfg.Logger.Warn("feed failed", "feed", f.url, "err", err, "failures", f.failures, "retry_in", d)
	return err
}

// retryAfterOf returns the Retry-After of a 429 or 503, else 0.
func retryAfterOf(err error) time.Duration {
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.RetryAfter
	}
	return 0
}

// hold stops all requests to a host that answered 429 or 503 until its
// Retry-After has passed.
func (w *Watcher) hold(h *host, err error) {
	var se *fetch.StatusError
	if errors.As(err, &se) && (se.Code == http.StatusTooManyRequests || se.Code == http.StatusServiceUnavailable) && se.RetryAfter > 0 {
		if until := w.cfg.Now().Add(se.RetryAfter); until.After(h.holdUntil) {
			h.holdUntil = until
		}
	}
}

// parseFeed parses RSS, Atom or JSON Feed. The parser is a third-party
// library fed with bytes from the internet: a panic in it becomes an
// error for this feed instead of ending the watcher.
func parseFeed(body []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	f, err = gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("invalid feed: %w", err)
	}
	return f, nil
}

// itemsOf lists a feed's items oldest first, links made absolute.
func itemsOf(feedURL string, base *url.URL, f *gofeed.Feed) []Item {
	items := make([]Item, 0, len(f.Items))
	dated := true
	for _, gi := range f.Items {
		if gi == nil {
			continue
		}
		it := Item{Feed: feedURL, FeedTitle: strings.TrimSpace(f.Title), GUID: strings.TrimSpace(gi.GUID),
			Title: strings.TrimSpace(gi.Title)}
		link := strings.TrimSpace(gi.Link)
		if link == "" && len(gi.Links) > 0 {
			link = strings.TrimSpace(gi.Links[0])
		}
		if link == "" && strings.HasPrefix(it.GUID, "http") {
			link = it.GUID // an RSS guid with isPermaLink is the item's address
		}
		if link != "" {
			if u, err := base.Parse(link); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
				u.Fragment = ""
				it.URL = u.String()
			}
		}
		switch {
		case gi.PublishedParsed != nil:
			it.Published = *gi.PublishedParsed
		case gi.UpdatedParsed != nil:
			it.Published = *gi.UpdatedParsed
		default:
			dated = false
		}
		for _, p := range gi.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				it.Authors = append(it.Authors, strings.TrimSpace(p.Name))
			}
		}
		items = append(items, it)
	}
	slices.Reverse(items) // feeds list the newest first
	if dated {
		slices.SortStableFunc(items, func(a, b Item) int { return a.Published.Compare(b.Published) })
	}
	return items
}
