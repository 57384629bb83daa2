package postgres

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/chronicle-news/chronicle/internal/store"
)

// DB is a PostgreSQL-backed store.Store. Its pool of connections serves
// reads and writes alike; PostgreSQL's MVCC lets readers run beside the
// writers without blocking them.
type DB struct {
	pool *pgxpool.Pool
	zips store.Zipper
	// decoded and events keep stored mentions and events decoded for
	// merges and timelines.
	decoded store.DecodeCache
	events  store.EventCache

	closeOnce sync.Once
}

var _ store.Store = (*DB)(nil)

// Open connects to the database at url (a postgres:// or postgresql:// URL
// or a libpq key=value string, as pgx reads them, pool settings such as
// pool_max_conns included) and brings its schema up to date. The database
// must exist; the user needs the right to create tables in it.
func Open(ctx context.Context, url string) (*DB, error) {
	if url == "" {
		return nil, errors.New("postgres: open: empty URL")
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx's message quotes the URL, password included: keep it out.
		return nil, fmt.Errorf("postgres: open %s: invalid connection string", redact(url))
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", redact(url), err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", redact(url), err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", redact(url), err)
	}
	return &DB{pool: pool}, nil
}

// Close closes every connection of the pool, waiting for those in use to
// be released; calling it again does nothing.
func (db *DB) Close() error {
	db.closeOnce.Do(db.pool.Close)
	return nil
}

// redact returns a URL without its password, for messages.
func redact(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return "(connection string)"
	}
	return u.Redacted()
}
