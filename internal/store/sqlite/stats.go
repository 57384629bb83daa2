package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/store"
)

// Stats counts the articles and outlets and finds the span of publication
// days.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var (
		s           store.Stats
		first, last sql.NullString
	)
	err := db.read.QueryRowContext(ctx, `SELECT count(*),
		count(DISTINCT nullif(outlet_key, '')), min(published_day), max(published_day) FROM articles`).
		Scan(&s.Articles, &s.Outlets, &first, &last)
	if err != nil {
		return s, fmt.Errorf("sqlite: stats: %w", err)
	}
	s.FirstPublished, s.LastPublished = first.String, last.String
	return s, nil
}
