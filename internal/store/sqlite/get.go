package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// Get returns the article with the given ID (or full content hash), raw
// input included.
func (db *DB) Get(ctx context.Context, id string) (*article.Article, error) {
	row := db.read.QueryRowContext(ctx,
		`SELECT `+store.SummaryColumns+`, a.body, a.raw FROM articles a WHERE a.id = ?1 OR a.hash = ?1`, id)
	var (
		s    store.Summary
		blob []byte
	)
	if err := row.Scan(append(s.Dest(), &s.A.Body, &blob)...); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("sqlite: article %q: %w", id, store.ErrNotFound)
		}
		return nil, fmt.Errorf("sqlite: get %q: %w", id, err)
	}
	a, err := s.Article()
	if err != nil {
		return nil, fmt.Errorf("sqlite: get %q: %w", id, err)
	}
	if a.Raw, err = store.Decompress(blob); err != nil {
		return nil, fmt.Errorf("sqlite: get %q: %w", id, err)
	}
	if a.Events, err = db.articleEvents(ctx, a.ID); err != nil {
		return nil, fmt.Errorf("sqlite: get %q: %w", id, err)
	}
	return &a, nil
}

// articleEvents returns the event mentions of one article in the order
// the event stage gave them.
func (db *DB) articleEvents(ctx context.Context, id string) ([]article.Event, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT m.data FROM mentions m JOIN articles a ON a.seq = m.article_seq
		WHERE a.id = ? ORDER BY m.idx`, id)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var out []article.Event
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		var e article.Event
		if err := json.Unmarshal([]byte(data), &e); err != nil {
			return nil, fmt.Errorf("stored event: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
