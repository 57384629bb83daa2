package record

import (
	"strings"
	"sync"
)

// maxResolved bounds the memo of actor names: past it the memo starts
// afresh, so that a client sending endless distinct names costs memory
// only up to the bound.
const maxResolved = 4096

// resolver remembers what actor names mean. Resolving a name searches the
// whole knowledge base, the costliest step of a filtered timeline request
// (half of the API's time before it was kept); the knowledge base does not
// change while a Record lives, so a name always gives the same keys.
type resolver struct {
	mu   sync.RWMutex
	keys map[string][]string
}

// actorKeys is ActorKeys through the memo. Errors (an empty name) are not
// kept.
func (r *Record) actorKeys(typed string) ([]string, error) {
	name := strings.TrimSpace(typed)
	r.resolved.mu.RLock()
	keys, ok := r.resolved.keys[name]
	r.resolved.mu.RUnlock()
	if ok {
		return keys, nil
	}
	keys, err := ActorKeys(r.kb, name)
	if err != nil {
		return nil, err
	}
	r.resolved.mu.Lock()
	if r.resolved.keys == nil || len(r.resolved.keys) >= maxResolved {
		r.resolved.keys = make(map[string][]string)
	}
	r.resolved.keys[name] = keys
	r.resolved.mu.Unlock()
	return keys, nil
}
