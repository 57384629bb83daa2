package api

import (
	"context"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/record"
)

// maxResolved bounds the cache of actor names: past it the cache starts
// afresh, so that a client sending endless distinct names costs memory
// only up to the bound.
const maxResolved = 4096

// resolver caches what actor names mean. Resolving a name searches the
// whole knowledge base, the costliest step of a filtered timeline request;
// the knowledge base does not change while the server runs, so the same
// name always gives the same keys.
type resolver struct {
	mu   sync.RWMutex
	keys map[string][]string
}

// actorKeys returns record.ActorKeys for a name, from the cache when it
// can. Errors (an empty name) are not cached.
func (h *handler) actorKeys(name string) ([]string, error) {
	name = strings.TrimSpace(name)
	h.resolved.mu.RLock()
	keys, ok := h.resolved.keys[name]
	h.resolved.mu.RUnlock()
	if ok {
		return keys, nil
	}
	keys, err := record.ActorKeys(h.rec.KB(), name)
	if err != nil {
		return nil, err
	}
	h.resolved.mu.Lock()
	if h.resolved.keys == nil || len(h.resolved.keys) >= maxResolved {
		h.resolved.keys = make(map[string][]string)
	}
	h.resolved.keys[name] = keys
	h.resolved.mu.Unlock()
	return keys, nil
}

// queryEvents answers one page of an event query (q.Limit > 0) as
// record.Events does, with the actor names resolved through the cache.
func (h *handler) queryEvents(ctx context.Context, q record.Query) ([]merge.Event, error) {
	actors := q.Actors
	q.Actors = nil
	f, err := h.rec.Filter(q)
	if err != nil {
		return nil, err
	}
	for _, name := range actors {
		keys, err := h.actorKeys(name)
		if err != nil {
			return nil, err
		}
		f.Actors = append(f.Actors, keys)
	}
	if q.Story != "" {
		s, err := h.rec.Story(ctx, q.Story)
		if err != nil {
			return nil, err
		}
		if len(s.Events) == 0 {
			return nil, nil
		}
		f.IDs = s.Events
	}
	return h.rec.Store().Events(ctx, f)
}
