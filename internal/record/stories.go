package record

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/story"
)

// wholeCache keeps what is computed from every stored event — the
// stories, the participants — with the store version it was computed at
// (store.Store.Version). Pages ask for it at every view (an event's story,
// the home page's biggest stories, the actor names a filter suggests);
// while nothing is stored it cannot change.
type wholeCache struct {
	mu      sync.Mutex
	version int64
	valid   bool
	w       whole
}

// whole is what the cache keeps.
type whole struct {
	stories []story.Story
	names   []string
}

// whole returns the stories and participants of the whole record, from
// the cache while the store's version stands. The slices are shared:
// callers must not change them.
func (r *Record) whole(ctx context.Context) (whole, error) {
	version, err := r.st.Version(ctx)
	if err != nil {
		return whole{}, err
	}
	c := &r.cache
	c.mu.Lock()
	if c.valid && c.version == version {
		w := c.w
		c.mu.Unlock()
		return w, nil
	}
	c.mu.Unlock()
	evs, err := r.all(ctx, store.EventFilter{})
	if err != nil {
		return whole{}, err
	}
	w := whole{stories: story.ClusterWith(evs, story.Options{StateName: r.stateFor}), names: participants(evs)}
	c.mu.Lock()
	// The version was read before the events: a write that landed
	// meanwhile leaves this entry at the older version, to be redone.
	c.version, c.w, c.valid = version, w, true
	c.mu.Unlock()
	return w, nil
}

// Participants returns the names of the actors taking part in stored
// events, those in most events first: what a filter should suggest.
func (r *Record) Participants(ctx context.Context) ([]string, error) {
	w, err := r.whole(ctx)
	if err != nil {
		return nil, err
	}
	return slices.Clone(w.names), nil
}

// participants counts the events of every named participant.
func participants(evs []merge.Event) []string {
	count := map[string]int{}
	for _, e := range evs {
		seen := map[string]bool{}
		for _, a := range slices.Concat(e.Actors, e.Recipients) {
			if a.Name != "" && !seen[a.Name] {
				seen[a.Name] = true
				count[a.Name]++
			}
		}
	}
	names := make([]string, 0, len(count))
	for n := range count {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(count[b]-count[a], cmp.Compare(a, b)) })
	return names
}

// atLeast returns the stories of at least min events, as ClusterWith's
// MinEvents keeps them; the slice is the caller's.
func atLeast(all []story.Story, min int) []story.Story {
	out := make([]story.Story, 0, len(all))
	for _, s := range all {
		if len(s.Events) >= min {
			out = append(out, s)
		}
	}
	return out
}
