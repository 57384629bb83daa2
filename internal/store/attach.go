package store

import (
	"cmp"
	"context"
	"slices"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// AttachMentions fills in the mentions of events, oldest article first
// (undated articles last, then by mention ID), as every backend's Events
// and Event return them; load reads the stored mentions of the given
// event IDs with their EventID set.
func AttachMentions(ctx context.Context, evs []merge.Event, load func(context.Context, []string) ([]merge.Mention, error)) error {
	if len(evs) == 0 {
		return nil
	}
	ids := make([]string, len(evs))
	at := make(map[string]int, len(evs))
	for i, ev := range evs {
		ids[i], at[ev.ID] = ev.ID, i
	}
	ms, err := load(ctx, ids)
	if err != nil {
		return err
	}
	slices.SortFunc(ms, func(a, b merge.Mention) int {
		if az, bz := a.Published.IsZero(), b.Published.IsZero(); az != bz {
			if az {
				return 1
			}
			return -1
		}
		if c := a.Published.Time.Compare(b.Published.Time); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	for i := range evs {
		evs[i].Mentions = evs[i].Mentions[:0]
	}
	for _, m := range ms {
		if i, ok := at[m.EventID]; ok {
			evs[i].Mentions = append(evs[i].Mentions, m)
		}
	}
	return nil
}
