package postgres

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

func TestQueryWords(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"", nil},
		{"  Lavrov   Rubio ", []string{"Lavrov", "Rubio"}},
		{"Lavrov's talks", []string{"Lavrov", "talks"}},
		{"l’Élysée", []string{"Élysée"}},
		{"Sino-Russian", []string{"Sino-Russian"}},
		{"Lav\x00rov", []string{"Lav", "rov"}},
		{"\xff\xfe", nil},
		{"… -- * 🗳️", nil},
		{"(Lavrov)", []string{"(Lavrov)"}},
		{"talks talks TALKS", []string{"talks", "TALKS"}},
		{strings.Repeat("w ", 10) + strings.Repeat("x", 5), []string{"w", "xxxxx"}},
	}
	for _, tt := range tests {
		if got := store.QueryWords(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("store.QueryWords(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	var many []string
	for i := range 100 {
		many = append(many, strings.Repeat("a", i+1))
	}
	if n := len(store.QueryWords(strings.Join(many, " "))); n != store.MaxQueryWords {
		t.Errorf("queryWords of 100 words kept %d, want %d", n, store.MaxQueryWords)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lavrov", "lavrov"},
		{"Zürich São Paulo Łódź", "zurich sao paulo łodz"},
		{"ПЕРЕГОВОРЫ в Москве, ёлка", "переговоры в москве, елка"},
		{"서울 北京", "서울 北京"},
		{"नमस्ते", "नमस्ते"}, // marks of Devanagari are vowels: kept
		{"a\x00b\xff", "a\uFFFDb\uFFFD"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzQueryWords checks that any input gives words PostgreSQL accepts as
// text, within the term limit, each with a letter or digit.
func FuzzQueryWords(f *testing.F) {
	for _, s := range []string{"Lavrov's talks", "l’Élysée", "\x00\xff", `"*()-`, "NEAR( AND OR NOT", "Zürich"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		words := store.QueryWords(q)
		if len(words) > store.MaxQueryWords {
			t.Fatalf("%d words", len(words))
		}
		for _, w := range words {
			if !utf8.ValidString(w) || strings.IndexByte(w, 0) >= 0 || !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
				t.Fatalf("word %q", w)
			}
			if f := fold(w); !utf8.ValidString(f) || strings.IndexByte(f, 0) >= 0 {
				t.Fatalf("fold(%q) = %q", w, f)
			}
		}
	})
}

// TestSearchFolding checks what the store adds to the conformance suite:
// accents and case do not matter, a hyphenated word wants its parts in a
// row, and the snippet marks the word as the body spells it.
func TestSearchFolding(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	a := newTestArticle("folding: Zürich")
	a.Title, a.Body = "Talks in Zürich", "Delegations met in Zürich on Friday to discuss Sino-Russian trade and the ÉLYSÉE statement."
	b := newTestArticle("folding: other")
	b.Title, b.Body = "Trade figures", "Russian exports to China rose; sino analysts were surprised by the trade data."
	for _, x := range []*article.Article{a, b} {
		if _, err := db.Put(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		q, want, mark string
	}{
		{"zurich", a.ID, ""},
		{"ZÜRICH", a.ID, "**Zürich**"},
		{"Zürich", a.ID, "**Zürich**"},
		{"elysee", a.ID, ""},
		{"Sino-Russian", a.ID, ""},
		{"discussed", a.ID, "**discuss**"}, // stemmed
		{"exports china", b.ID, "**exports**"},
	}
	for _, tt := range tests {
		hits, err := db.Search(ctx, tt.q, store.Filter{})
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.q, err)
		}
		if len(hits) != 1 || hits[0].Article.ID != tt.want {
			t.Errorf("Search(%q) = %d hits, want only %s", tt.q, len(hits), tt.want)
			continue
		}
		if tt.mark != "" && !strings.Contains(hits[0].Snippet, tt.mark) {
			t.Errorf("Search(%q) snippet %q lacks %q", tt.q, hits[0].Snippet, tt.mark)
		}
	}
}
