package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/store"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  \t\n", ""},
		{"Lavrov", `"Lavrov"`},
		{"Lavrov Rubio", `"Lavrov" "Rubio"`},
		{"Lavrov lavrov Lavrov", `"Lavrov" "lavrov"`},
		{`"Lavrov"`, `"""Lavrov"""`},
		{`say "hi`, `"say" """hi"`},
		{"*", ""},
		{"Lavrov*", `"Lavrov*"`},
		{"NEAR(a b)", `"NEAR(a" "b)"`},
		{"AND OR NOT", `"AND" "OR" "NOT"`},
		{"- -- ( ) :", ""},
		{"Sino-Russian", `"Sino-Russian"`},
		{"Lavrov's", `"Lavrov"`},
		{"l’Élysée", `"Élysée"`},
		{"O'Brien", `"Brien"`},
		{"'quoted'", `"quoted"`},
		{"a\x00b", `"a" "b"`},
		{"\xff\xfeok", `"ok"`},
		{"переговоры Москва", `"переговоры" "Москва"`},
	}
	for _, tt := range tests {
		if got := ftsQuery(tt.in); got != tt.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	long := strings.Repeat("word ", 10)
	for i := range 100 {
		long += " w" + strings.Repeat("z", i+1)
	}
	if n := strings.Count(ftsQuery(long), `" "`) + 1; n != store.MaxQueryWords {
		t.Errorf("ftsQuery of %d words kept %d terms, want %d", 110, n, store.MaxQueryWords)
	}
}

// FuzzSearch feeds arbitrary user queries to Search: none may fail, since
// a query is plain words and never FTS5 syntax.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"", `"`, "*", "NEAR(", "-x", "AND OR", "a:b", "^x", "{a}:b", "x'y", "\x00", "\xff",
		"Lavrov's", "(((", "переговоры", `"a" OR "b"`, "🗳️"} {
		f.Add(s)
	}
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatalf("Open: %v", err)
	}
	f.Cleanup(func() { db.Close() })
	for _, raw := range []string{"Lavrov met Rubio in Riyadh.", "Переговоры прошли в Москве.", "NEAR the AND gate"} {
		if _, err := db.Put(ctx, newTestArticle(raw)); err != nil {
			f.Fatalf("Put: %v", err)
		}
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := db.Search(ctx, q, store.Filter{}); err != nil {
			t.Fatalf("Search(%q): %v (FTS query %s)", q, err, ftsQuery(q))
		}
	})
}
