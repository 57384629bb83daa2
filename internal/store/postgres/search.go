package postgres

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/store"
)

// maxTerms caps the words of one query: enough for any real search, and
// it keeps a pasted page of text from turning into a costly match.
const maxTerms = 32

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
	words := queryWords(query)
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
		return nil, fmt.Errorf("postgres: search %q: %w", clip(query), err)
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
		return nil, fmt.Errorf("postgres: search %q: %w", clip(query), err)
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

// queryWords splits what a user typed into the words to look for: runs
// of text between spaces, each kept whole (so "Sino-Russian" still needs
// those two words in a row), with control bytes and broken UTF-8 taken as
// spaces. Apostrophes split a word and a lone letter beside one is
// dropped, so "Lavrov's" looks for Lavrov and "l'Élysée" for Élysée. Parts
// with no letter or digit are dropped, as they would match nothing, and so
// are repeats; at most maxTerms words are kept.
func queryWords(q string) []string {
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(q, " "))
	var (
		out  []string
		seen = map[string]bool{}
	)
	for _, w := range strings.Fields(q) {
		parts := strings.FieldsFunc(w, isApostrophe)
		for _, part := range parts {
			if len(out) == maxTerms {
				return out
			}
			if seen[part] || !strings.ContainsFunc(part, isWordRune) || len(parts) > 1 && wordRunes(part) < 2 {
				continue
			}
			seen[part] = true
			out = append(out, part)
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// wordRunes counts the letters and digits of s.
func wordRunes(s string) int {
	n := 0
	for _, r := range s {
		if isWordRune(r) {
			n++
		}
	}
	return n
}

// clip shortens a query for an error message.
func clip(q string) string {
	const n = 80
	if len(q) <= n {
		return q
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(q[cut]) {
		cut--
	}
	return q[:cut] + "…"
}
