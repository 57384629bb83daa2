package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// List returns article summaries newest first; see store.Store.
func (db *DB) List(ctx context.Context, f store.Filter) ([]article.Article, error) {
	f, err := f.Normalize()
	if err != nil {
		return nil, fmt.Errorf("postgres: list: %w", err)
	}
	var (
		b strings.Builder
		p params
	)
	b.WriteString(`SELECT ` + store.SummaryColumns + ` FROM articles a WHERE true`)
	filterSQL(&b, &p, f)
	b.WriteString(` ORDER BY ` + orderNewest + ` LIMIT ` + p.add(f.Limit) + ` OFFSET ` + p.add(f.Offset))
	rows, err := db.pool.Query(ctx, b.String(), p...)
	if err != nil {
		return nil, fmt.Errorf("postgres: list: %w", err)
	}
	defer rows.Close()
	out := []article.Article{}
	for rows.Next() {
		var s store.Summary
		if err := rows.Scan(s.Dest()...); err != nil {
			return nil, fmt.Errorf("postgres: list: %w", err)
		}
		a, err := s.Article()
		if err != nil {
			return nil, fmt.Errorf("postgres: list %s: %w", s.A.ID, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: list: %w", err)
	}
	return out, nil
}
