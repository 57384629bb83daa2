package record

import (
	"context"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/query"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/story"
)

// Query is what a user asks of the merged record, in the words the user
// typed: the filters of the timeline.
type Query struct {
	// Actors are names as typed ("Sergey Lavrov", "Russia", "NATO"); two
	// of them select the events between that pair.
	Actors []string
	// Types are PLOVER event types; Statuses are happened, planned,
	// proposed or cancelled.
	Types, Statuses []string
	// Place is a place name or an ISO 3166 alpha-3 country code.
	Place string
	// From and To bound the event day (YYYY-MM-DD, inclusive).
	From, To string
	// Story keeps the events of one story (its ID or an ID prefix of at
	// least six characters).
	Story string
	// Limit is the most events returned (0: all); Offset skips events.
	Limit, Offset int
}

// PageSize is how many events are read from the store at a time when a
// question needs the whole selection.
const PageSize = 500

// ActorKeys turns a name as typed into the identity keys stored events are
// indexed by: a state matches itself and everyone acting for it ("c:RUS"),
// a person or organisation its canonical name ("n:sergey lavrov"). Names
// the knowledge base does not know (a spokesperson found by title) still
// match by their folded spelling.
func ActorKeys(k *kb.KB, typed string) ([]string, error) {
	q := strings.TrimSpace(typed)
	if q == "" {
		return nil, invalidf(fmt.Errorf("actor: empty name"))
	}
	keys := []string{query.NameKey(q)}
	// Search ranks entries that bear the words as their own name first;
	// the best actor among them is what the user meant.
	for _, e := range k.Search(q, 5) {
		switch e.Kind {
		case "state":
			return appendNew(keys, query.CountryKey(e.Code)), nil
		case "person", "org":
			return appendNew(keys, query.NameKey(e.Name)), nil
		}
	}
	return keys, nil
}

func appendNew(keys []string, k string) []string {
	for _, have := range keys {
		if have == k {
			return keys
		}
	}
	return append(keys, k)
}

// Filter resolves the query's actors and checks the rest as the store will
// read it. Story is not resolved here (see Events).
func (r *Record) Filter(q Query) (store.EventFilter, error) {
	f := store.EventFilter{Types: q.Types, Statuses: q.Statuses, Place: q.Place, From: q.From, To: q.To,
		Limit: q.Limit, Offset: q.Offset}
	if len(q.Actors) > 2 {
		return f, invalidf(fmt.Errorf("actor: at most two (a pair), got %d", len(q.Actors)))
	}
	for _, typed := range q.Actors {
		keys, err := r.actorKeys(typed)
		if err != nil {
			return f, err
		}
		f.Actors = append(f.Actors, keys)
	}
	if q.Limit < 0 {
		return f, invalidf(fmt.Errorf("limit %d: want 0 (all) or more", q.Limit))
	}
	if q.Offset < 0 {
		return f, invalidf(fmt.Errorf("offset %d: want 0 or more", q.Offset))
	}
	if _, err := f.Normalize(); err != nil {
		return f, invalidf(err)
	}
	return f, nil
}

// Events returns the events the query selects, in timeline order: every
// one when Limit is 0. With Story set it clusters the record into stories
// first and keeps that story's events.
func (r *Record) Events(ctx context.Context, q Query) ([]merge.Event, error) {
	f, err := r.Filter(q)
	if err != nil {
		return nil, err
	}
	if q.Story != "" {
		s, err := r.Story(ctx, q.Story)
		if err != nil {
			return nil, err
		}
		f.IDs = s.Events
		if len(f.IDs) == 0 {
			return nil, nil
		}
	}
	if f.Limit > 0 {
		return r.st.Events(ctx, f)
	}
	return r.all(ctx, f)
}

// all pages through every event f selects.
func (r *Record) all(ctx context.Context, f store.EventFilter) ([]merge.Event, error) {
	var out []merge.Event
	f.Limit = PageSize
	for {
		page, err := r.st.Events(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if len(page) < PageSize {
			return out, nil
		}
		f.Offset += len(page)
	}
}

// Stories clusters the events the query selects (Limit, Offset and Story
// ignored) into stories, keeping those of at least minEvents events.
func (r *Record) Stories(ctx context.Context, q Query, minEvents int) ([]story.Story, error) {
	if q.Story != "" {
		return nil, invalidf(fmt.Errorf("story: a filter of events, not of stories"))
	}
	q.Limit, q.Offset = 0, 0
	if q.unfiltered() {
		w, err := r.whole(ctx)
		if err != nil {
			return nil, err
		}
		return atLeast(w.stories, minEvents), nil
	}
	evs, err := r.Events(ctx, q)
	if err != nil {
		return nil, err
	}
	return story.ClusterWith(evs, story.Options{StateName: r.stateFor, MinEvents: minEvents}), nil
}

// unfiltered reports whether the query selects every event.
func (q Query) unfiltered() bool {
	return len(q.Actors) == 0 && len(q.Types) == 0 && len(q.Statuses) == 0 && q.Place == "" && q.From == "" &&
		q.To == "" && q.Story == "" && q.Limit == 0 && q.Offset == 0
}

// Story returns the story with the given ID, or the only one whose ID
// starts with it (six characters at least); the error wraps
// store.ErrNotFound when there is none.
func (r *Record) Story(ctx context.Context, id string) (*story.Story, error) {
	id = strings.TrimSpace(id)
	w, err := r.whole(ctx)
	if err != nil {
		return nil, err
	}
	all := w.stories
	for i := range all {
		if all[i].ID == id || (len(id) >= 6 && strings.HasPrefix(all[i].ID, id)) {
			s := all[i] // a copy: the cached stories are shared
			return &s, nil
		}
	}
	return nil, fmt.Errorf("story %q: %w", id, store.ErrNotFound)
}

// StateName names a state by its ISO 3166 alpha-3 code ("RUS" → "Russia"),
// or returns the code when the knowledge base does not know it.
func (r *Record) StateName(iso3 string) string {
	if n := r.stateFor(iso3); n != "" {
		return n
	}
	return iso3
}

// Network builds the actor network of the events the query selects (Limit
// and Offset ignored): one node per actor, or per state when byCountry is
// set, keeping the top heaviest edges when top > 0.
func (r *Record) Network(ctx context.Context, q Query, byCountry bool, top int) (query.Graph, error) {
	q.Limit, q.Offset = 0, 0
	evs, err := r.Events(ctx, q)
	if err != nil {
		return query.Graph{}, err
	}
	var opts []query.NetworkOption
	if byCountry {
		opts = append(opts, query.ByCountry(r.stateFor))
	}
	n := query.NewNetwork(opts...)
	for _, e := range evs {
		n.Add(e)
	}
	g := n.Graph()
	if top > 0 {
		g = g.Top(top)
	}
	return g, nil
}

// Positions lists what the query's one actor requested, rejected, conceded,
// agreed or threatened, and what was demanded of it, in date order.
func (r *Record) Positions(ctx context.Context, q Query) ([]query.Position, error) {
	if len(q.Actors) != 1 {
		return nil, invalidf(fmt.Errorf("positions: give exactly one actor, got %d", len(q.Actors)))
	}
	keys, err := r.actorKeys(q.Actors[0])
	if err != nil {
		return nil, err
	}
	q.Limit, q.Offset = 0, 0
	evs, err := r.Events(ctx, q)
	if err != nil {
		return nil, err
	}
	return query.Positions(evs, query.NewMatcher(keys...)), nil
}

// SplitList reads a filter that may be given several times or as a
// comma-separated list (as --type and --status are, and their query
// parameters), dropping empty entries: a form's "any" option sends one.
func SplitList(values []string) []string {
	var out []string
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}
