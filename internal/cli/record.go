package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store"
)

// eventFlags are the filters every command over the merged record takes.
type eventFlags struct {
	actors, types, statuses []string
	place, from, to, story  string
	limit, offset           int
}

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

// query is the question the flags ask of the record.
func (ef *eventFlags) query() record.Query {
	return record.Query{Actors: ef.actors, Types: ef.types, Statuses: ef.statuses, Place: ef.place,
		From: ef.from, To: ef.to, Story: ef.story, Limit: ef.limit, Offset: ef.offset}
}

// storyHint turns an unknown --story into a usage error that says where
// story IDs come from.
func storyHint(err error, ef *eventFlags) error {
	if ef.story != "" && errors.Is(err, store.ErrNotFound) {
		return usageError{fmt.Errorf("--story %s: no such story (see chronicle stories)", ef.story)}
	}
	return err
}

// withRecord opens the knowledge base and the store for a command over the
// merged record, after checking its output format.
func (a *app) withRecord(cmd *cobra.Command, format string, formats []string, fn func(*record.Record) error) error {
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
	return fn(record.New(st, k, record.Options{NoEvents: true}))
}
