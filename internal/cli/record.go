package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/story"
)

// eventFlags are the filters every command over the merged record takes.
type eventFlags struct {
	actors, types, statuses []string
	place, from, to, story  string
	limit, offset           int
}

// pageSize is how many events the commands read from the store at a time
// when they walk the whole record.
const pageSize = 500

func (ef *eventFlags) register(cmd *cobra.Command, limit int) {
	fl := cmd.Flags()
	fl.StringArrayVar(&ef.actors, "actor", nil, `an actor taking part ("Sergey Lavrov", "Russia", NATO); give it twice for the events between a pair`)
	fl.StringSliceVar(&ef.types, "type", nil, "PLOVER types (CONSULT, AGREE, …), comma-separated or repeated")
	fl.StringSliceVar(&ef.statuses, "status", nil, "statuses: happened, planned, proposed, cancelled")
	fl.StringVar(&ef.place, "place", "", "a place name (Istanbul) or a country code (TUR)")
	fl.StringVar(&ef.from, "from", "", "only events on or after this day (YYYY-MM-DD)")
	fl.StringVar(&ef.to, "to", "", "only events on or before this day (YYYY-MM-DD)")
	fl.StringVar(&ef.story, "story", "", "only the events of this story (an ID from `chronicle stories`)")
	fl.IntVar(&ef.limit, "limit", limit, "at most this many events (0: all)")
	fl.IntVar(&ef.offset, "offset", 0, "skip this many events first")
}

// filter resolves the actors through the knowledge base and checks the
// rest, as the store will read it.
func (ef *eventFlags) filter(k *kb.KB) (store.EventFilter, error) {
	f := store.EventFilter{Types: ef.types, Statuses: ef.statuses, Place: ef.place, From: ef.from, To: ef.to,
		Offset: ef.offset}
	for _, typed := range ef.actors {
		keys, err := actorKeys(k, typed)
		if err != nil {
			return f, err
		}
		f.Actors = append(f.Actors, keys)
	}
	if _, err := f.Normalize(); err != nil {
		return f, usageError{err}
	}
	if ef.limit < 0 {
		return f, usageError{fmt.Errorf("--limit %d: want 0 (all) or more", ef.limit)}
	}
	return f, nil
}

// events reads the events the flags select: every page when --limit is 0.
// With --story it clusters the record into stories first and keeps that
// story's events.
func (a *app) events(ctx context.Context, st store.Store, k *kb.KB, ef *eventFlags) ([]merge.Event, error) {
	f, err := ef.filter(k)
	if err != nil {
		return nil, err
	}
	if ef.story != "" {
		s, err := a.findStory(ctx, st, k, ef.story)
		if err != nil {
			return nil, err
		}
		f.IDs = s.Events
	}
	if ef.limit > 0 {
		f.Limit = ef.limit
		return st.Events(ctx, f)
	}
	return allEvents(ctx, st, f)
}

// allEvents pages through every event f selects.
func allEvents(ctx context.Context, st store.Store, f store.EventFilter) ([]merge.Event, error) {
	var out []merge.Event
	f.Limit = pageSize
	for {
		page, err := st.Events(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if len(page) < pageSize {
			return out, nil
		}
		f.Offset += len(page)
	}
}

// stories clusters the events f selects into stories.
func stories(ctx context.Context, st store.Store, k *kb.KB, f store.EventFilter, minEvents int) ([]story.Story, error) {
	evs, err := allEvents(ctx, st, f)
	if err != nil {
		return nil, err
	}
	return story.ClusterWith(evs, story.Options{StateName: story.StateNames(k), MinEvents: minEvents}), nil
}

// findStory returns the story with the given ID (or ID prefix).
func (a *app) findStory(ctx context.Context, st store.Store, k *kb.KB, id string) (*story.Story, error) {
	all, err := stories(ctx, st, k, store.EventFilter{}, 0)
	if err != nil {
		return nil, err
	}
	for i := range all {
		if all[i].ID == id || (len(id) >= 6 && strings.HasPrefix(all[i].ID, id)) {
			return &all[i], nil
		}
	}
	return nil, usageError{fmt.Errorf("--story %s: no such story (see chronicle stories)", id)}
}

// withRecord opens the knowledge base and the store for a command over the
// merged record, after checking its output format.
func (a *app) withRecord(cmd *cobra.Command, format string, formats []string, fn func(store.Store, *kb.KB) error) error {
	ok := false
	for _, f := range formats {
		ok = ok || f == format
	}
	if !ok {
		return usageError{fmt.Errorf("--format %q: want %s", format, strings.Join(formats, ", "))}
	}
	k, err := a.loadKB()
	if err != nil {
		return err
	}
	st, err := a.openStore(cmd.Context())
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st, k)
}
