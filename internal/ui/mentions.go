package ui

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/query"
	"github.com/chronicle-news/chronicle/internal/store"
)

// eventsOfLimit bounds the events read per search for the merged events of
// one mention.
const eventsOfLimit = 2000

// eventsOf finds the merged events the articles' mentions went into. The
// store indexes events by actor and type, not by article, so each mention
// is looked up among the events of its type with its first participant,
// and recognised by its mention ID ("article:index").
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
			want[fmt.Sprintf("%s:%d", a.ID, i)] = true
			p := probe{typ: m.Type}
			for _, ac := range append(append([]article.Actor{}, m.Actors...), m.Recipients...) {
				if k := query.NameKey(ac.Name); k != "" {
					p.keys = append(p.keys, k)
				}
				if ac.Country != "" {
					p.keys = append(p.keys, query.CountryKey(ac.Country))
				}
				if len(p.keys) > 0 {
					break
				}
			}
			id := p.typ + "|" + strings.Join(p.keys, "|")
			if !seen[id] {
				seen[id] = true
				probes = append(probes, p)
			}
		}
	}
	var out []merge.Event
	got := map[string]bool{}
	for _, p := range probes {
		f := store.EventFilter{Types: []string{p.typ}, Limit: eventsOfLimit}
		if len(p.keys) > 0 {
			f.Actors = [][]string{p.keys}
		}
		evs, err := h.rec.Store().Events(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			if got[e.ID] {
				continue
			}
			for _, m := range e.Mentions {
				if want[m.ID] {
					got[e.ID] = true
					out = append(out, e)
					break
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b merge.Event) int {
		if (a.Last == "") != (b.Last == "") {
			if a.Last == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(strings.Compare(a.Last, b.Last), strings.Compare(a.ID, b.ID))
	})
	return out, nil
}
