package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/internal/store"
)

// rankFunc ranks matches by BM25, a word in the title counting as much
// as five in the body.
const rankFunc = "bm25(5.0, 1.0)"

// snippetTokens is the length of a search snippet, in words. Snippets
// come from the body, as the title is shown beside them anyway; a hit on
// the title alone gets the opening words of the body.
const snippetTokens = 32

// Search finds articles containing every word of query in the title or
// body, best match first; see store.Store.
func (db *DB) Search(ctx context.Context, query string, f store.Filter) ([]store.Hit, error) {
	f, err := f.Normalize()
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	match := ftsQuery(query)
	if match == "" {
		return []store.Hit{}, nil
	}
	cond, fargs := filterSQL(f)
	args := []any{store.HighlightStart, store.HighlightEnd, snippetTokens, match, rankFunc}
	args = append(append(args, fargs...), f.Limit, f.Offset)
	// Ordering by FTS5's own rank column lets FTS5 sort the matches
	// itself, so SQLite stops at the page and makes snippets (which
	// tokenize the body again) for those rows only. The CROSS JOIN keeps
	// the index as the outer loop, as that order needs.
	rows, err := db.read.QueryContext(ctx,
		`SELECT `+store.SummaryColumns+`, snippet(articles_fts, 1, ?, ?, '…', ?), rank
		FROM articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid
		WHERE articles_fts MATCH ? AND rank MATCH ?`+cond+`
		ORDER BY rank LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search %q: %w", store.Clip(query), err)
	}
	defer rows.Close()
	out := []store.Hit{}
	for rows.Next() {
		var (
			s     store.Summary
			h     store.Hit
			score float64
		)
		if err := rows.Scan(append(s.Dest(), &h.Snippet, &score)...); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		if h.Article, err = s.Article(); err != nil {
			return nil, fmt.Errorf("sqlite: search %s: %w", s.A.ID, err)
		}
		h.Rank = -score // bm25 is lower for better matches
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: search %q: %w", store.Clip(query), err)
	}
	return out, nil
}

// ftsQuery turns what a user typed into an FTS5 query that cannot be read
// as syntax: each word of store.QueryWords becomes a quoted string (a
// phrase, so "Sino-Russian" still matches those two words in a row), and
// the phrases are ANDed. It returns "" when no word is left.
func ftsQuery(q string) string {
	var b strings.Builder
	for _, w := range store.QueryWords(q) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(w, `"`, `""`))
		b.WriteByte('"')
	}
	return b.String()
}
