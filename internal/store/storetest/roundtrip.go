package storetest

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// roundTripCases are articles whose every field must come back from Get as
// it went in.
func roundTripCases(t *testing.T) []struct {
	name string
	a    *article.Article
} {
	full := newArticle("Ministers met in Geneva on Monday.\n\nThey agreed to talk again in July.")
	full.URL = "https://www.example.org/world/2025/06/02/geneva-talks"
	full.Title = "Ministers meet in Geneva"
	full.Published = at(t, "2025-06-02T02:48:00+05:30")
	full.Outlet = "Devdiscourse"
	full.Authors = []string{"Jane Doe", "John Roe"}

	western := newArticle("A timed article from a zone west of Greenwich.")
	western.Published = at(t, "2024-11-05T21:15:00-05:00")

	utc := newArticle("A timed article in UTC.")
	utc.Published = at(t, "2023-01-31T23:59:00Z")

	day := newArticle("An article that gives only its day.")
	day.Published = article.OnDay(2025, 3, 9)

	undated := newArticle("An article with no date at all.")

	nilAuthors := newArticle("Nobody is credited here: the list is absent.")
	emptyAuthors := newArticle("Nobody is credited here: the list is empty.")
	emptyAuthors.Authors = []string{}

	cyrillic := newArticle("Министр иностранных дел провёл переговоры в Москве.")
	cyrillic.Title = "Переговоры в Москве — «итоги»"
	cyrillic.Outlet = "ТАСС"
	cyrillic.Authors = []string{"Анна Иванова"}
	cyrillic.Language = "ru"
	cyrillic.Published = at(t, "2025-05-20T14:05:00+03:00")

	mixed := newArticle("Emoji 🗳️, CJK 北京, Arabic القاهرة, accents Zürich, and a tab\there.")
	mixed.Title = "Ünïcödé: 北京 / القاهرة / 🗳️"

	html := newArticle("<html><head><title>Page</title></head><body><p>Text.</p></body></html>")
	html.Format = article.FormatHTML
	html.Source = "https://example.com/news/page.html"
	html.URL = "https://example.com/news/page.html"
	html.Body = "Text."
	html.Title = "Page"

	bare := newArticle("Only the required fields are set.")
	bare.Title, bare.Language, bare.Source = "", "", "-"

	big := newArticle(strings.Repeat("raw bytes of a large page ", 45000))
	big.Body = strings.Repeat("A long paragraph about parliamentary procedure and budgets. ", 17500)[:1<<20]

	return []struct {
		name string
		a    *article.Article
	}{
		{"full", full}, {"west of UTC", western}, {"UTC", utc}, {"day only", day}, {"undated", undated},
		{"nil authors", nilAuthors}, {"empty authors", emptyAuthors}, {"Cyrillic", cyrillic},
		{"mixed scripts", mixed}, {"HTML", html}, {"bare", bare}, {"1 MB body", big},
	}
}

func testRoundTrip(t *testing.T, s store.Store) {
	for _, tc := range roundTripCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			put(t, s, tc.a)
			got, err := s.Get(context.Background(), tc.a.ID)
			if err != nil {
				t.Fatalf("Get: %v", err)
			}
			checkFields(t, got, tc.a, true)
		})
	}
}

// checkFields compares got with want field by field; Body and Raw only
// when full is set, otherwise they must be empty as in a summary.
func checkFields(t *testing.T, got, want *article.Article, full bool) {
	t.Helper()
	str := []struct{ name, got, want string }{
		{"ID", got.ID, want.ID}, {"Hash", got.Hash, want.Hash}, {"Source", got.Source, want.Source},
		{"URL", got.URL, want.URL}, {"Format", string(got.Format), string(want.Format)},
		{"Title", got.Title, want.Title}, {"Outlet", got.Outlet, want.Outlet},
		{"Language", got.Language, want.Language},
	}
	for _, f := range str {
		if f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
	if d := samePublished(got.Published, want.Published); d != "" {
		t.Errorf("Published: %s", d)
	}
	if !slices.Equal(got.Authors, want.Authors) || (got.Authors == nil) != (want.Authors == nil) {
		t.Errorf("Authors = %#v, want %#v", got.Authors, want.Authors)
	}
	if !full {
		if got.Body != "" || len(got.Raw) != 0 {
			t.Errorf("summary carries Body (%d bytes) or Raw (%d bytes)", len(got.Body), len(got.Raw))
		}
		return
	}
	if got.Body != want.Body {
		t.Errorf("Body differs: %d bytes, want %d", len(got.Body), len(want.Body))
	}
	if !bytes.Equal(got.Raw, want.Raw) {
		t.Errorf("Raw differs: %d bytes, want %d", len(got.Raw), len(want.Raw))
	}
}

// testSummaryFields checks that List gives every field of the round-trip
// cases but Body and Raw.
func testSummaryFields(t *testing.T, s store.Store) {
	cases := roundTripCases(t)
	want := map[string]*article.Article{}
	for _, tc := range cases {
		put(t, s, tc.a)
		want[tc.a.ID] = tc.a
	}
	got := list(t, s, store.Filter{})
	if len(got) != len(cases) {
		t.Fatalf("List returned %d articles, want %d", len(got), len(cases))
	}
	for i := range got {
		w, ok := want[got[i].ID]
		if !ok {
			t.Errorf("List returned unknown ID %q", got[i].ID)
			continue
		}
		checkFields(t, &got[i], w, false)
	}
}
