package store

import (
	"encoding/json"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/article"
)

// SummaryColumns are what List and Search return for each article in both
// stores (their schemas agree on these names): every field but the body and
// the raw input, from the table aliased "a".
const SummaryColumns = `a.id, a.hash, a.source, a.url, a.format, a.title, a.published, a.outlet, a.authors, a.language`

// Summary receives one row of summaryColumns. Scan writes the plain text
// fields into the article directly and the encoded ones beside it.
type Summary struct {
	A                          article.Article
	Format, Published, Authors string
}

// Dest returns Scan destinations in the order of summaryColumns.
func (s *Summary) Dest() []any {
	return []any{&s.A.ID, &s.A.Hash, &s.A.Source, &s.A.URL, &s.Format, &s.A.Title, &s.Published,
		&s.A.Outlet, &s.Authors, &s.A.Language}
}

// Article decodes the encoded columns and returns the finished article.
func (s *Summary) Article() (article.Article, error) {
	a := s.A
	a.Format = article.Format(s.Format)
	p, err := article.ParsePublished(s.Published)
	if err != nil {
		return a, fmt.Errorf("stored %w", err)
	}
	a.Published = p
	if err := json.Unmarshal([]byte(s.Authors), &a.Authors); err != nil {
		return a, fmt.Errorf("stored authors: %w", err)
	}
	return a, nil
}
