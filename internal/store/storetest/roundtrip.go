package storetest

import (
	"bytes"
	"context"
	"errors"
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

func testIdempotentPut(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := newArticle("The same bytes, ingested twice.")
	a.Title = "First copy"
	put(t, s, a)

	again := *a
	added, err := s.Put(ctx, &again)
	if err != nil || added {
		t.Fatalf("second Put = %v, %v; want false, nil", added, err)
	}
	// Another path to the same bytes, cleaned differently: still the same
	// article, and the first copy stays.
	other := *a
	other.Source, other.Title = "elsewhere/copy.txt", "Second copy"
	if added, err := s.Put(ctx, &other); err != nil || added {
		t.Fatalf("Put of the same hash from another source = %v, %v; want false, nil", added, err)
	}
	got, err := s.Get(ctx, a.ID)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if got.Source != a.Source || got.Title != a.Title {
		t.Errorf("stored copy changed to %q / %q", got.Source, got.Title)
	}
	if n := len(list(t, s, store.Filter{})); n != 1 {
		t.Errorf("List returned %d articles, want 1", n)
	}
}

func testSameTitle(t *testing.T, s store.Store) {
	a := newArticle("One report of the summit.")
	b := newArticle("Another report of the summit, from a different outlet.")
	a.Title, b.Title = "Summit ends", "Summit ends"
	put(t, s, a, b)
	if n := len(list(t, s, store.Filter{})); n != 2 {
		t.Errorf("List returned %d articles, want 2", n)
	}
}

func testGetMissing(t *testing.T, s store.Store) {
	put(t, s, newArticle("Something stored, so that the store is not empty."))
	for _, id := range []string{"0123456789abcdef", "", "'; DROP TABLE articles; --", "\xff"} {
		a, err := s.Get(context.Background(), id)
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Get(%q) = %v, %v; want ErrNotFound", id, a, err)
		}
	}
}

func testCancelledContext(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := newArticle("Put with a cancelled context must not store anything.")
	if _, err := s.Put(ctx, a); err == nil {
		t.Errorf("Put with a cancelled context: nil error")
	}
	if _, err := s.Get(context.Background(), a.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get after a cancelled Put: %v; want ErrNotFound", err)
	}
	if _, err := s.List(ctx, store.Filter{}); err == nil {
		t.Errorf("List with a cancelled context: nil error")
	}
}
