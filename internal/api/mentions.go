package api

import (
	"context"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/query"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store"
)

// maxProbePages bounds the pages read per probe in eventsOf: an article's
// mention sits in an event of its own type and actor, and a page of
// record.PageSize such events is already far more than one actor has.
const maxProbePages = 4

// eventsOf returns the merged events that hold the mentions of the
// articles, in the order first met. The store keeps no index from a
// mention to its event, so each distinct (type, first actor) of the
// mentions is asked for and the events are kept whose mentions include one
// of the articles'.
func (h *handler) eventsOf(ctx context.Context, arts []*article.Article) ([]merge.Event, error) {
	want := map[string]bool{}
	type probe struct {
		typ  string
		keys []string
	}
	var probes []probe
	seen := map[string]bool{}
	for _, a := range arts {
		for i, m := range a.Events {
			want[a.ID+":"+strconv.Itoa(i)] = true
			p := probe{typ: m.Type, keys: actorKeys(m)}
			id := p.typ + "\x00" + strings.Join(p.keys, "\x00")
			if !seen[id] {
				seen[id] = true
				probes = append(probes, p)
			}
		}
	}
	var out []merge.Event
	got := map[string]bool{}
	found := 0
	for _, p := range probes {
		if found == len(want) {
			break
		}
		f := store.EventFilter{Types: []string{p.typ}, Limit: record.PageSize}
		if len(p.keys) > 0 {
			f.Actors = [][]string{p.keys}
		}
		for page := 0; page < maxProbePages; page++ {
			evs, err := h.rec.Store().Events(ctx, f)
			if err != nil {
				return nil, err
			}
			for _, e := range evs {
				if got[e.ID] {
					continue
				}
				hit := 0
				for _, m := range e.Mentions {
					if want[m.ID] {
						hit++
					}
				}
				if hit > 0 {
					got[e.ID] = true
					found += hit
					out = append(out, e)
				}
			}
			if len(evs) < f.Limit {
				break
			}
			f.Offset += len(evs)
		}
	}
	return out, nil
}

// actorKeys returns the identity keys of a mention's first named side,
// which any event holding the mention must have among its participants.
func actorKeys(m article.Event) []string {
	for _, sides := range [][]article.Actor{m.Actors, m.Recipients} {
		for _, ac := range sides {
			var keys []string
			if k := query.NameKey(ac.Name); k != "" {
				keys = append(keys, k)
			}
			if ac.Country != "" {
				keys = append(keys, query.CountryKey(ac.Country))
			}
			if len(keys) > 0 {
				return keys
			}
		}
	}
	return nil
}

// eventIDs lists the IDs of events.
func eventIDs(evs []merge.Event) []string {
	ids := make([]string, len(evs))
	for i := range evs {
		ids[i] = evs[i].ID
	}
	return ids
}
