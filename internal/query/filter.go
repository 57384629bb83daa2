package query

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// Filter selects the events of a timeline. Every field that is set must
// hold; the zero Filter keeps every event.
type Filter struct {
	// Actors must each match a participant of the event, on either side:
	// one Matcher asks for an actor, two for a pair.
	Actors []Matcher
	// Types and Statuses keep events of any of the listed values.
	Types    []string
	Statuses []string
	// Place keeps events whose location has this name (compared folded) or
	// lies in the state with this ISO code.
	Place string
	// From and To (YYYY-MM-DD, inclusive, either may be empty) keep events
	// whose day range overlaps them; undated events are then left out.
	From, To string
	// Events, when not nil, keeps only the events whose ID it holds (the
	// events of a story).
	Events map[string]bool
}

// Match reports whether the event passes the filter.
func (f *Filter) Match(e *merge.Event) bool {
	if f.Events != nil && !f.Events[e.ID] {
		return false
	}
	if len(f.Types) > 0 && !containsFold(f.Types, e.Type) {
		return false
	}
	if len(f.Statuses) > 0 && !containsFold(f.Statuses, e.Status) {
		return false
	}
	if f.From != "" || f.To != "" {
		first, last := eventRange(e.First, e.Last, e.Date)
		if first == "" || f.From != "" && last < f.From || f.To != "" && first > f.To {
			return false
		}
	}
	if f.Place != "" {
		if e.Location == nil {
			return false
		}
		if !strings.EqualFold(e.Location.Country, f.Place) && kb.Fold(e.Location.Name) != kb.Fold(strings.TrimSpace(f.Place)) {
			return false
		}
	}
	for _, m := range f.Actors {
		if !m.MatchAny(e.Actors) && !m.MatchAny(e.Recipients) {
			return false
		}
	}
	return true
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}
