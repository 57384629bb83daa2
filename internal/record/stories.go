package record

import (
	"context"
	"sync"

	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/story"
)

// storyCache keeps the stories of the whole record with the store version
// they were clustered at (store.Store.Version). Clustering reads every
// event, and pages ask for it at every view (an event's story, the home
// page's biggest stories); while nothing is stored it cannot change.
type storyCache struct {
	mu      sync.Mutex
	version int64
	valid   bool
	all     []story.Story
}

// allStories returns every story of the record (MinEvents 0), from the
// cache while the store's version stands.
func (r *Record) allStories(ctx context.Context) ([]story.Story, error) {
	version, err := r.st.Version(ctx)
	if err != nil {
		return nil, err
	}
	c := &r.stories
	c.mu.Lock()
	if c.valid && c.version == version {
		all := c.all
		c.mu.Unlock()
		return all, nil
	}
	c.mu.Unlock()
	evs, err := r.all(ctx, store.EventFilter{})
	if err != nil {
		return nil, err
	}
	all := story.ClusterWith(evs, story.Options{StateName: r.stateFor})
	c.mu.Lock()
	// The version was read before the events: a write that landed
	// meanwhile leaves this entry at the older version, to be redone.
	c.version, c.all, c.valid = version, all, true
	c.mu.Unlock()
	return all, nil
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
