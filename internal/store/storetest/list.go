package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// orderFixture stores six articles and returns them in the order List
// must give: newest day first; within a day timed ones by instant, then
// day-only ones; undated last, latest ingested first.
func orderFixture(t *testing.T, s store.Store) []*article.Article {
	var (
		a = newArticle("order: day only, 1 June")
		b = newArticle("order: 2 June 10:00 +02:00, that is 08:00 UTC")
		c = newArticle("order: day only, 2 June")
		d = newArticle("order: undated, ingested first")
		e = newArticle("order: 2 June 09:00 UTC")
		f = newArticle("order: undated, ingested last")
	)
	a.Published = article.OnDay(2025, 6, 1)
	b.Published = at(t, "2025-06-02T10:00:00+02:00")
	c.Published = article.OnDay(2025, 6, 2)
	e.Published = at(t, "2025-06-02T09:00:00Z")
	put(t, s, a, b, c, d, e, f)
	return []*article.Article{e, b, c, a, f, d}
}

func testListOrder(t *testing.T, s store.Store) {
	want := idsOf(orderFixture(t, s)...)
	if got := ids(list(t, s, store.Filter{})); !slices.Equal(got, want) {
		t.Errorf("List order = %v, want %v", got, want)
	}
}

func testListPaging(t *testing.T, s store.Store) {
	all := idsOf(orderFixture(t, s)...)
	tests := []struct {
		limit, offset int
		want          []string
	}{
		{0, 0, all},
		{2, 0, all[:2]},
		{2, 1, all[1:3]},
		{3, 4, all[4:]},
		{10, 6, nil},
		{1, 100, nil},
	}
	for _, tt := range tests {
		got := ids(list(t, s, store.Filter{Limit: tt.limit, Offset: tt.offset}))
		if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("List(limit %d, offset %d) = %v, want %v", tt.limit, tt.offset, got, tt.want)
		}
	}
	// More than the default page stored: Limit 0 gives DefaultLimit.
	for i := range store.DefaultLimit {
		put(t, s, newArticle(fmt.Sprintf("filler article %d", i)))
	}
	if n := len(list(t, s, store.Filter{})); n != store.DefaultLimit {
		t.Errorf("List with Limit 0 returned %d, want the default %d", n, store.DefaultLimit)
	}
}

func testListFilters(t *testing.T, s store.Store) {
	var (
		reuters  = newArticle("filter: Reuters, 1 June")
		reuters2 = newArticle("filter: Reuters in other case, 3 June")
		tass     = newArticle("filter: TASS, 2 June")
		late     = newArticle("filter: 23:30 on 1 June in New York, already 2 June in UTC")
		undated  = newArticle("filter: Reuters, undated")
		noOutlet = newArticle("filter: no outlet, 4 June")
	)
	reuters.Outlet, reuters.Published = "Reuters", article.OnDay(2025, 6, 1)
	reuters2.Outlet, reuters2.Published = "REUTERS", at(t, "2025-06-03T12:00:00+01:00")
	tass.Outlet, tass.Published = "ТАСС", article.OnDay(2025, 6, 2)
	late.Outlet, late.Published = "AP", at(t, "2025-06-01T23:30:00-04:00")
	undated.Outlet = "Reuters"
	noOutlet.Published = article.OnDay(2025, 6, 4)
	put(t, s, reuters, reuters2, tass, late, undated, noOutlet)

	tests := []struct {
		name string
		f    store.Filter
		want []*article.Article
	}{
		{"outlet any case", store.Filter{Outlet: "reuters"}, []*article.Article{reuters2, reuters, undated}},
		{"outlet Cyrillic case", store.Filter{Outlet: "тасс"}, []*article.Article{tass}},
		{"outlet unknown", store.Filter{Outlet: "Reuter"}, nil},
		{"from inclusive", store.Filter{From: "2025-06-02"}, []*article.Article{noOutlet, reuters2, tass}},
		{"to inclusive, own zone", store.Filter{To: "2025-06-01"}, []*article.Article{late, reuters}},
		{"one day", store.Filter{From: "2025-06-02", To: "2025-06-02"}, []*article.Article{tass}},
		{"empty range", store.Filter{From: "2025-06-03", To: "2025-06-02"}, nil},
		{"outlet and dates", store.Filter{Outlet: "Reuters", From: "2025-01-01", To: "2025-12-31"},
			[]*article.Article{reuters2, reuters}},
		{"outlet, paged", store.Filter{Outlet: "Reuters", Limit: 1, Offset: 1}, []*article.Article{reuters}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := ids(list(t, s, tt.f)), idsOf(tt.want...)
			if !slices.Equal(got, want) {
				t.Errorf("List(%+v) = %v, want %v", tt.f, got, want)
			}
		})
	}
}

func testBadFilters(t *testing.T, s store.Store) {
	put(t, s, newArticle("bad filters: one article"))
	for _, f := range []store.Filter{
		{From: "2025-6-1"}, {To: "yesterday"}, {From: "2025-02-30"}, {To: "'; DROP TABLE articles; --"},
		{Limit: -1}, {Offset: -5},
	} {
		if _, err := s.List(context.Background(), f); err == nil {
			t.Errorf("List(%+v): nil error for an invalid filter", f)
		}
		if _, err := s.Search(context.Background(), "filters", f); err == nil {
			t.Errorf("Search(%+v): nil error for an invalid filter", f)
		}
	}
	if n := len(list(t, s, store.Filter{})); n != 1 {
		t.Errorf("after bad filters List returned %d articles, want 1", n)
	}
}
