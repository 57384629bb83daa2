package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/store"
)

// testHostileQueries feeds Search what users paste and what attackers
// try: query syntax of FTS5, tsquery and SQL, control bytes, broken UTF-8
// and 10 KB queries. None may fail; words among punctuation still match.
func testHostileQueries(t *testing.T, s store.Store) {
	x := newSearchFixture(t, s)
	queries := []string{
		``, ` `, "\t\n", `"`, `""`, `"""`, `*`, `**`, `Lavrov*`, `*Lavrov`, `NEAR(`, `NEAR(Lavrov Rubio, 2)`,
		`NEAR`, `-`, `-Lavrov`, `--`, `AND OR`, `AND`, `OR`, `NOT`, `Lavrov NOT Rubio`, `Lavrov AND`,
		`(`, `)`, `(Lavrov`, `Lavrov)`, `title:Lavrov`, `{title body}:Lavrov`, `^Lavrov`, `+Lavrov`, `:`,
		`'`, `' OR '1'='1`, `'; DROP TABLE articles; --`, `%`, `_`, `\`, `\"`, "\x00", "Lav\x00rov", "\xff\xfe",
		`!@#$%^&*()[]{}<>?/|~`, `&`, `|`, `!`, `<->`, `:*`, `Lavrov:*`, `“Lavrov”`, `…`, "🗳️",
		strings.Repeat("Lavrov ", 1500), strings.Repeat(`"*()-`, 2100), strings.Repeat("a", 10240),
		strings.Repeat("NEAR( AND OR NOT ", 650),
	}
	for _, q := range queries {
		hits, err := s.Search(context.Background(), q, store.Filter{})
		if err != nil {
			t.Errorf("Search(%.40q): %v", q, err)
			continue
		}
		for _, h := range hits {
			if h.Article.ID == "" {
				t.Errorf("Search(%.40q) returned a hit without an article", q)
			}
		}
	}
	// Punctuation around a word does not hide it.
	for _, q := range []string{`"Lavrov"`, `Lavrov,`, `(Lavrov)`, `Lavrov's`} {
		hits := search(t, s, q, store.Filter{})
		if !slices.Contains(hitIDs(hits, false), x.talks.ID) {
			t.Errorf("Search(%q) misses the article about Lavrov", q)
		}
	}
	if n := len(list(t, s, store.Filter{})); n != 4 {
		t.Errorf("after hostile queries List returned %d articles, want 4", n)
	}
}
