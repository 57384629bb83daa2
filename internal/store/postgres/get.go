package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// Get returns the article with the given ID (or full content hash), raw
// input included, and its event mentions in the order the event stage
// gave them.
func (db *DB) Get(ctx context.Context, id string) (*article.Article, error) {
	if pgText(id) != id { // no stored ID or hash has bytes PostgreSQL cannot hold
		return nil, fmt.Errorf("postgres: article %q: %w", id, store.ErrNotFound)
	}
	var (
		s    store.Summary
		blob []byte
		evs  []string
	)
	err := db.pool.QueryRow(ctx, `SELECT `+store.SummaryColumns+`, a.body, a.raw,
		ARRAY(SELECT m.data FROM mentions m WHERE m.article_seq = a.seq ORDER BY m.idx)
		FROM articles a WHERE a.id = $1 OR a.hash = $1`, id).Scan(append(s.Dest(), &s.A.Body, &blob, &evs)...)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("postgres: article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: get %q: %w", id, err)
	}
	a, err := s.Article()
	if err != nil {
		return nil, fmt.Errorf("postgres: get %q: %w", id, err)
	}
	if a.Raw, err = store.Decompress(blob); err != nil {
		return nil, fmt.Errorf("postgres: get %q: %w", id, err)
	}
	for _, data := range evs {
		var e article.Event
		if err := json.Unmarshal([]byte(data), &e); err != nil {
			return nil, fmt.Errorf("postgres: get %q: stored event: %w", id, err)
		}
		a.Events = append(a.Events, e)
	}
	return &a, nil
}
