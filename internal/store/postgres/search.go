package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/internal/store"
)

// rankWeights weigh the parts of the index for ts_rank, in PostgreSQL's
// order {D, C, B, A}: a word in the title (A) counts as much as five in
// the body (B), as in the SQLite store.
const rankWeights = `'{0, 0, 0.2, 1.0}'`

// rankNormalization divides a rank by 1 + the logarithm of the document's
// length, so that a long page that says a word in passing does not
// outrank a short one about it.
const rankNormalization = 1

// headlineOptions shape snippets: about 32 words of the body around the
// best cluster of matches, matched words between the highlight markers; a
// hit on the title alone gets the opening words of the body.
var headlineOptions = fmt.Sprintf(`StartSel="%s", StopSel="%s", MaxWords=32, MinWords=16, ShortWord=2`,
	store.HighlightStart, store.HighlightEnd)

// Search finds articles containing every word of query in the title or
// body, best match first; see store.Store.
func (db *DB) Search(ctx context.Context, query string, f store.Filter) ([]store.Hit, error) {
	f, err := f.Normalize()
	if err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	words := store.QueryWords(query)
	if len(words) == 0 {
		return []store.Hit{}, nil
	}
	var (
		b strings.Builder
		p params
	)
	// The inner query ranks every match and keeps the page; only then are
	// the page's bodies read and their snippets made.
	b.WriteString(`SELECT ` + store.SummaryColumns + `, ts_headline('chronicle', a.body, h.query, ` +
		p.add(headlineOptions) + `), h.rank
		FROM (SELECT a.seq, q.query, ts_rank(` + rankWeights + `, a.search, q.query, ` +
		fmt.Sprint(rankNormalization) + `) AS rank
			FROM articles a, (SELECT ` + tsquery(&p, words) + ` AS query) q
			WHERE a.search @@ q.query`)
	filterSQL(&b, &p, f)
	b.WriteString(` ORDER BY rank DESC, a.seq DESC LIMIT ` + p.add(f.Limit) + ` OFFSET ` + p.add(f.Offset) + `) h
		JOIN articles a ON a.seq = h.seq
		ORDER BY h.rank DESC, h.seq DESC`)
	rows, err := db.pool.Query(ctx, b.String(), p...)
	if err != nil {
		return nil, fmt.Errorf("postgres: search %q: %w", store.Clip(query), err)
	}
	defer rows.Close()
	out := []store.Hit{}
	for rows.Next() {
		var (
			s     store.Summary
			h     store.Hit
			score float32
		)
		if err := rows.Scan(append(s.Dest(), &h.Snippet, &score)...); err != nil {
			return nil, fmt.Errorf("postgres: search: %w", err)
		}
		if h.Article, err = s.Article(); err != nil {
			return nil, fmt.Errorf("postgres: search %s: %w", s.A.ID, err)
		}
		h.Rank = float64(score)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: search %q: %w", store.Clip(query), err)
	}
	return out, nil
}

// tsquery returns the SQL of a tsquery that wants every word, each a
// parameter of phraseto_tsquery, which reads its text as plain words
// whatever it holds and wants the parts of a word such as "Sino-Russian"
// in a row. A word is looked for folded, as the index holds it,
// or as typed in lower case: that form never matches the index but lets
// ts_headline, which reads the body unfolded, mark "Zürich" for Zürich.
func tsquery(p *params, words []string) string {
	parts := make([]string, len(words))
	for i, w := range words {
		folded, lower := fold(w), strings.ToLower(w)
		parts[i] = `phraseto_tsquery('chronicle', ` + p.add(folded) + `)`
		if lower != folded {
			parts[i] = `(` + parts[i] + ` || phraseto_tsquery('chronicle', ` + p.add(lower) + `))`
		}
	}
	return strings.Join(parts, ` && `)
}
