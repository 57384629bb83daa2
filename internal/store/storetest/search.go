package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// searchFixture stores a small corpus for the search tests.
type searchFixture struct {
	talks, brief, budget, moscow *article.Article
}

func newSearchFixture(t *testing.T, s store.Store) searchFixture {
	var x searchFixture
	x.talks = newArticle("search: talks")
	x.talks.Title = "Lavrov and Rubio hold talks by phone"
	x.talks.Body = "Sergey Lavrov spoke with Marco Rubio on Sunday. Lavrov said the call was useful, " +
		"and Rubio said the two would speak again. The ministers discussed Ukraine."
	x.talks.Outlet, x.talks.Published = "Reuters", article.OnDay(2025, 6, 1)

	x.brief = newArticle("search: brief")
	x.brief.Title = "Markets close higher"
	x.brief.Body = "Stocks rose on Monday as investors weighed earnings reports from several banks. " +
		"Oil prices fell. Separately, the foreign minister Lavrov was due in Ankara later in the week. " +
		"Bond yields were little changed and the dollar eased against the euro."
	x.brief.Outlet, x.brief.Published = "Bloomberg", article.OnDay(2025, 6, 2)

	x.budget = newArticle("search: budget")
	x.budget.Title = "Parliament passes the budget"
	x.budget.Body = "Lawmakers approved the spending plan after a long debate about defence and schools."
	x.budget.Outlet = "AP"

	x.moscow = newArticle("search: Moscow")
	x.moscow.Title = "Переговоры в Москве"
	x.moscow.Body = "Министр иностранных дел провёл переговоры с коллегой. Стороны обсудили торговлю."
	x.moscow.Outlet, x.moscow.Language = "ТАСС", "ru"

	put(t, s, x.talks, x.brief, x.budget, x.moscow)
	return x
}

// search calls Search and fails the test on error.
func search(t *testing.T, s store.Store, q string, f store.Filter) []store.Hit {
	t.Helper()
	hits, err := s.Search(context.Background(), q, f)
	if err != nil {
		t.Fatalf("Search(%q, %+v): %v", q, f, err)
	}
	return hits
}

// hitIDs returns the article IDs of hits, sorted unless ordered is set.
func hitIDs(hits []store.Hit, ordered bool) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.Article.ID
	}
	if !ordered {
		slices.Sort(out)
	}
	return out
}

func testSearch(t *testing.T, s store.Store) {
	x := newSearchFixture(t, s)
	tests := []struct {
		q    string
		f    store.Filter
		want []*article.Article
	}{
		{"budget", store.Filter{}, []*article.Article{x.budget}},
		{"BUDGET", store.Filter{}, []*article.Article{x.budget}},
		{"Rubio", store.Filter{}, []*article.Article{x.talks}},        // title and body
		{"Ankara", store.Filter{}, []*article.Article{x.brief}},       // body only
		{"Lavrov phone", store.Filter{}, []*article.Article{x.talks}}, // every word must match
		{"Lavrov", store.Filter{Outlet: "bloomberg"}, []*article.Article{x.brief}},
		{"Lavrov", store.Filter{To: "2025-06-01"}, []*article.Article{x.talks}},
		{"переговоры", store.Filter{}, []*article.Article{x.moscow}},
		{"ПЕРЕГОВОРЫ", store.Filter{}, []*article.Article{x.moscow}},
		{"Lavrov Ankara elephant", store.Filter{}, nil},
		{"elephant", store.Filter{}, nil},
	}
	for _, tt := range tests {
		got := hitIDs(search(t, s, tt.q, tt.f), false)
		want := idsOf(tt.want...)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("Search(%q, %+v) = %v, want %v", tt.q, tt.f, got, want)
		}
	}
	hits := search(t, s, "Ankara", store.Filter{})
	if len(hits) != 1 {
		t.Fatalf("Search(Ankara) = %d hits, want 1", len(hits))
	}
	checkFields(t, &hits[0].Article, x.brief, false)
	if sn := hits[0].Snippet; !strings.Contains(sn, store.HighlightStart+"Ankara"+store.HighlightEnd) {
		t.Errorf("snippet %q does not highlight Ankara", sn)
	}
	if len(hits[0].Snippet) > len(x.brief.Body) {
		t.Errorf("snippet is longer (%d) than the body (%d)", len(hits[0].Snippet), len(x.brief.Body))
	}
	if got := search(t, s, "Lavrov", store.Filter{Limit: 1, Offset: 1}); len(got) != 1 {
		t.Errorf("Search(Lavrov, limit 1 offset 1) = %d hits, want 1", len(got))
	}
}

func testSearchRanking(t *testing.T, s store.Store) {
	x := newSearchFixture(t, s)
	hits := search(t, s, "Lavrov", store.Filter{})
	got := hitIDs(hits, true)
	if want := idsOf(x.talks, x.brief); !slices.Equal(got, want) {
		t.Fatalf("Search(Lavrov) = %v, want %v (the article about him first)", got, want)
	}
	if hits[0].Rank <= hits[1].Rank {
		t.Errorf("Rank %v of the better hit is not above %v", hits[0].Rank, hits[1].Rank)
	}
	for _, h := range hits {
		if !strings.Contains(h.Snippet, store.HighlightStart) || !strings.Contains(h.Snippet, "Lavrov") {
			t.Errorf("snippet %q has no highlighted Lavrov", h.Snippet)
		}
	}
}
