package store

import (
	"fmt"
	"slices"
	"strings"
)

// EventFilter narrows the merged events a timeline shows. Every field that
// is set must hold; the zero value asks for every event.
type EventFilter struct {
	// Actors lists the actors that must all take part, each as the
	// identity keys it may match ("n:sergey lavrov" for a person or an
	// organisation, "c:RUS" for a state and everyone acting for it). Two
	// entries ask for the events between a pair.
	Actors [][]string
	// Types and Statuses are PLOVER types and statuses; an event matches
	// when it has one of them.
	Types, Statuses []string
	// Place is a place name (case-insensitive) or an ISO 3166 alpha-3
	// country code that the event's location must have.
	Place string
	// From and To are inclusive YYYY-MM-DD bounds: the days an event's date
	// may mean must overlap them. Undated events never match a bound.
	From, To string
	// IDs restricts the result to these events (a story's, say).
	IDs []string
	// Article keeps the events that the article with this ID reports (has
	// a mention of).
	Article string
	// Limit caps the number of events; 0 means DefaultLimit. Offset skips
	// that many first, for paging.
	Limit, Offset int
}

// plover lists the event types and statuses filters may name.
var (
	ploverTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
	statuses = []string{"happened", "planned", "proposed", "cancelled"}
)

// Normalize checks f and fills in defaults, as Filter.Normalize does:
// types are upper-cased and statuses lower-cased, and each must be one
// PLOVER knows.
func (f EventFilter) Normalize() (EventFilter, error) {
	base, err := Filter{From: f.From, To: f.To, Limit: f.Limit, Offset: f.Offset}.Normalize()
	if err != nil {
		return f, err
	}
	f.Limit = base.Limit
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, fmt.Errorf("filter: from %s is after to %s", f.From, f.To)
	}
	f.Types = slices.Clone(f.Types)
	for i, t := range f.Types {
		f.Types[i] = strings.ToUpper(strings.TrimSpace(t))
		if !slices.Contains(ploverTypes, f.Types[i]) {
			return f, fmt.Errorf("filter: event type %q: want one of %s", t, strings.Join(ploverTypes, ", "))
		}
	}
	f.Statuses = slices.Clone(f.Statuses)
	for i, s := range f.Statuses {
		f.Statuses[i] = strings.ToLower(strings.TrimSpace(s))
		if !slices.Contains(statuses, f.Statuses[i]) {
			return f, fmt.Errorf("filter: status %q: want one of %s", s, strings.Join(statuses, ", "))
		}
	}
	for _, keys := range f.Actors {
		if len(keys) == 0 {
			return f, fmt.Errorf("filter: an actor with no identity keys")
		}
	}
	f.Place = strings.TrimSpace(f.Place)
	return f, nil
}
