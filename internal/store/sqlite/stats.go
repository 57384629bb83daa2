package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/store"
)

// Stats counts the articles, outlets, mentions, events and near-duplicate
// groups and finds the span of publication days.
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
	err = db.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM mentions), (SELECT count(*) FROM events),
		(SELECT count(DISTINCT dup_group) FROM articles WHERE dup_group IS NOT NULL)`).
		Scan(&s.Mentions, &s.Events, &s.DupGroups)
	if err != nil {
		return s, fmt.Errorf("sqlite: stats: %w", err)
	}
	return s, nil
}
