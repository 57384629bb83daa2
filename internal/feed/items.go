package feed

import (
	"context"
	"errors"
	"net/url"

	"github.com/chronicle-news/chronicle/internal/fetch"
)

// itemKeys are the seen-set keys of an item: its GUID within its feed,
// and its link. Either one seen makes the item old, so an item that
// changes its GUID, or appears in two feeds, is not fetched twice.
func itemKeys(it Item) []string {
	var keys []string
	if it.GUID != "" {
		keys = append(keys, "guid "+it.Feed+" "+it.GUID)
	}
	if it.URL != "" {
		keys = append(keys, "url "+it.URL)
	}
	return keys
}

// handleItem fetches a new item's page and hands it over. isNew reports
// whether the item had not been seen; the error is the item's failure.
func (w *Watcher) handleItem(ctx context.Context, it Item) (isNew bool, err error) {
	keys := itemKeys(it)
	if len(keys) == 0 {
		return false, nil
	}
	for _, k := range keys {
		seen, err := w.cfg.Seen.Seen(ctx, k)
		if err != nil {
			return false, err
		}
		if seen {
			return false, nil
		}
	}
	w.count(&w.stats.NewItems)
	if it.URL == "" {
		return true, w.markSeen(ctx, keys) // nothing to fetch, ever
	}
	u, err := url.Parse(it.URL)
	if err != nil {
		return true, w.markSeen(ctx, keys)
	}
	ok, err := w.allowed(ctx, u)
	if err != nil {
		w.count(&w.stats.PageErrors)
		return true, w.retryLater(ctx, keys, err)
	}
	if !ok {
		w.count(&w.stats.Disallowed)
		return true, errors.Join(ErrDisallowed, w.markSeen(ctx, keys))
	}
	h := w.hostOf(u)
	if err := w.wait(ctx, h); err != nil {
		return true, err
	}
	resp, err := w.cfg.Fetcher.Do(ctx, fetch.Request{URL: it.URL, Accept: []fetch.Kind{fetch.KindHTML, fetch.KindText}})
	if err != nil {
		w.count(&w.stats.PageErrors)
		w.hold(h, err)
		if ctx.Err() != nil {
			return true, ctx.Err()
		}
		if fetch.Temporary(err) {
			return true, w.retryLater(ctx, keys, err)
		}
		return true, errors.Join(err, w.markSeen(ctx, keys))
	}
	if err := w.cfg.Handle(ctx, Page{Item: it, Response: resp}); err != nil {
		w.count(&w.stats.PageErrors)
		return true, w.retryLater(ctx, keys, err)
	}
	w.count(&w.stats.Pages)
	return true, w.markSeen(ctx, keys)
}

// markSeen records the keys and forgets their attempts.
func (w *Watcher) markSeen(ctx context.Context, keys []string) error {
	for _, k := range keys {
		delete(w.attempts, k)
	}
	return w.cfg.Seen.MarkSeen(ctx, keys...)
}

// retryLater leaves an item unseen for another poll, unless it has
// failed MaxAttempts times: then it is given up (marked seen) so that a
// page that never works does not cost a request every poll forever.
func (w *Watcher) retryLater(ctx context.Context, keys []string, err error) error {
	k := keys[0]
	w.attempts[k]++
	if w.attempts[k] >= w.cfg.MaxAttempts {
		return errors.Join(err, w.markSeen(ctx, keys))
	}
	return err
}
