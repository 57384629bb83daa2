package sqlite

import (
	"context"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// List returns article summaries newest first; see store.Store.
func (db *DB) List(ctx context.Context, f store.Filter) ([]article.Article, error) {
	f, err := f.Normalize()
	if err != nil {
		return nil, fmt.Errorf("sqlite: list: %w", err)
	}
	cond, args := filterSQL(f)
	rows, err := db.read.QueryContext(ctx,
		`SELECT `+store.SummaryColumns+` FROM articles a WHERE 1`+cond+
			` ORDER BY `+orderNewest+` LIMIT ? OFFSET ?`,
		append(args, f.Limit, f.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: list: %w", err)
	}
	defer rows.Close()
	out := []article.Article{}
	for rows.Next() {
		var s store.Summary
		if err := rows.Scan(s.Dest()...); err != nil {
			return nil, fmt.Errorf("sqlite: list: %w", err)
		}
		a, err := s.Article()
		if err != nil {
			return nil, fmt.Errorf("sqlite: list %s: %w", s.A.ID, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: list: %w", err)
	}
	return out, nil
}
