package postgres

import (
	"context"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/store"
)

// Stats counts the articles, outlets, mentions, events and near-duplicate
// groups and finds the span of publication days, in one snapshot.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var (
		s           store.Stats
		first, last *string
	)
	err := db.pool.QueryRow(ctx, `SELECT count(*), count(DISTINCT nullif(outlet_key, '')),
		min(published_day), max(published_day),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM events),
		(SELECT count(DISTINCT dup_group) FROM articles WHERE dup_group IS NOT NULL)
		FROM articles`).Scan(&s.Articles, &s.Outlets, &first, &last, &s.Mentions, &s.Events, &s.DupGroups)
	if err != nil {
		return s, fmt.Errorf("postgres: stats: %w", err)
	}
	if first != nil {
		s.FirstPublished = *first
	}
	if last != nil {
		s.LastPublished = *last
	}
	return s, nil
}
