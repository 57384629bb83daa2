package storetest

import (
	"context"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// testStats checks the counts and the span of days; outlets that differ
// only in case are one outlet, and articles without one count for none.
func testStats(t *testing.T, s store.Store) {
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats of an empty store: %v", err)
	}
	if st != (store.Stats{}) {
		t.Errorf("Stats of an empty store = %+v, want zero", st)
	}
	var (
		a = newArticle("stats: Reuters, 2 June")
		b = newArticle("stats: reuters in lower case, timed")
		c = newArticle("stats: AP, undated")
		d = newArticle("stats: no outlet, 1999")
	)
	a.Outlet, a.Published = "Reuters", at(t, "2025-06-02T00:30:00+03:00")
	b.Outlet, b.Published = "reuters", at(t, "2025-06-05T18:00:00-07:00")
	c.Outlet = "AP"
	d.Published = article.OnDay(1999, 12, 31)
	put(t, s, a, b, c, d)
	st, err = s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	want := store.Stats{Articles: 4, Outlets: 2, FirstPublished: "1999-12-31", LastPublished: "2025-06-05"}
	if st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
}
