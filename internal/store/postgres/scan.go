package postgres

import (
	"encoding/json"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/article"
)

// summaryColumns are what List and Search return for each article: every
// field but the body and the raw input, from the table aliased "a".
const summaryColumns = `a.id, a.hash, a.source, a.url, a.format, a.title, a.published, a.outlet, a.authors, a.language`

// summary receives one row of summaryColumns. Scan writes the plain text
// fields into the article directly and the encoded ones beside it.
type summary struct {
	a                          article.Article
	format, published, authors string
}

// dest returns Scan destinations in the order of summaryColumns.
func (s *summary) dest() []any {
	return []any{&s.a.ID, &s.a.Hash, &s.a.Source, &s.a.URL, &s.format, &s.a.Title, &s.published,
		&s.a.Outlet, &s.authors, &s.a.Language}
}

// article decodes the encoded columns and returns the finished article.
func (s *summary) article() (article.Article, error) {
	a := s.a
	a.Format = article.Format(s.format)
	p, err := article.ParsePublished(s.published)
	if err != nil {
		return a, fmt.Errorf("stored %w", err)
	}
	a.Published = p
	if err := json.Unmarshal([]byte(s.authors), &a.Authors); err != nil {
		return a, fmt.Errorf("stored authors: %w", err)
	}
	return a, nil
}
