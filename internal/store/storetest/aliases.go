package storetest

import (
	"cmp"
	"context"
	"slices"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// testEventAliases checks that an event keeps answering to every ID it
// has had: reports of the Istanbul round arrive largest article ID first,
// so the event is renamed as smaller ones join, and every earlier ID must
// still find it under its current one.
func testEventAliases(t *testing.T, s store.Store) {
	ctx := context.Background()
	arts := diplomacy(t)[2:] // the three reports of the Istanbul round
	slices.SortFunc(arts, func(a, b *article.Article) int { return cmp.Compare(b.ID, a.ID) })
	var seen []string
	for _, a := range arts {
		put(t, s, a)
		evs := events(t, s, store.EventFilter{Place: "Istanbul"})
		if len(evs) != 1 {
			t.Fatalf("after %s: %d Istanbul events, want 1:%s", a.ID, len(evs), describe(evs))
		}
		if len(seen) == 0 || seen[len(seen)-1] != evs[0].ID {
			seen = append(seen, evs[0].ID)
		}
	}
	if len(seen) < 2 {
		t.Fatalf("the event was never renamed (IDs %v); the fixture no longer tests aliases", seen)
	}
	final := seen[len(seen)-1]
	for _, id := range seen {
		ev, err := s.Event(ctx, id)
		if err != nil {
			t.Errorf("Event(%s), a former ID of %s: %v", id, final, err)
			continue
		}
		if ev.ID != final || len(ev.Mentions) != 3 {
			t.Errorf("Event(%s) = %s with %d mentions, want %s with 3", id, ev.ID, len(ev.Mentions), final)
		}
	}
}
