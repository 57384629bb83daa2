package merge

import (
	"context"
	"time"
)

// Query asks an Index for the stored mentions that may belong with a new
// one: same type, a day range overlapping [First, Last] (YYYY-MM-DD,
// inclusive) and at least one actor identity key in common. Stores answer
// it by filing every mention under its type, each key of KeysOf(m.Event)
// and the days of Span(m); a mention whose Span is not ok can join nothing
// and need not be filed.
type Query struct {
	Type        string
	First, Last string
	Keys        []string
}

// Index is what Plan needs from a store. Implementations answer from what
// they hold, inside the transaction that will write Plan's result, and set
// EventID on every mention they return.
type Index interface {
	// Candidates returns the stored mentions that match q.
	Candidates(ctx context.Context, q Query) ([]Mention, error)
	// Mentions returns every stored mention of the given events.
	Mentions(ctx context.Context, eventIDs []string) ([]Mention, error)
}

// Result is what a store writes after Plan: the events to insert or
// replace, each complete with all its mentions (whose EventID is the
// event's ID), and the IDs of stored events that were absorbed into others
// and must be deleted.
type Result struct {
	Events  []Event
	Removed []string
	// Renamed maps the former ID of every stored event that the result
	// renames (a mention with a smaller ID joined it, or it joined another
	// event) to the ID of the event that now holds its mentions, so that
	// stores can keep links to the former ID working.
	Renamed map[string]string
}

// QueryOf returns the look-up Plan makes for m: its type, its days widened
// by the one-day slack Compatible allows, and its participants' identities
// (a Compatible mention shares one). Every stored mention Compatible with
// m matches it. ok is false when m can join nothing (undated and
// unpublished, or without participants).
func QueryOf(m Mention) (Query, bool) {
	s, ok := spanOf(m)
	if !ok {
		return Query{}, false
	}
	sides := sidesOf(m.Event)
	if len(sides) == 0 {
		return Query{}, false
	}
	keys := make([]string, len(sides))
	for i, id := range sides {
		keys[i] = id.key()
	}
	return Query{
		Type:  m.Event.Type,
		First: s.first.AddDate(0, 0, -1).Format(time.DateOnly),
		Last:  s.last.AddDate(0, 0, 1).Format(time.DateOnly),
		Keys:  keys,
	}, true
}

// Rebuild builds the events eventIDs anew from their stored mentions ms
// (which carry their EventID): what a store writes after something the
// events derive from changed outside a merge, such as an article joining a
// near-duplicate group, so that the events citing it count their sources
// again. Events without mentions in ms are left out.
func Rebuild(ms []Mention, eventIDs []string) Result {
	byEvent := map[string][]Mention{}
	for _, m := range ms {
		byEvent[m.EventID] = append(byEvent[m.EventID], m)
	}
	var res Result
	for _, id := range eventIDs {
		if len(byEvent[id]) > 0 {
			res.Events = append(res.Events, Build(byEvent[id]))
		}
	}
	return res
}
