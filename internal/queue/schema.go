package queue

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// migrateLock is the transaction advisory lock key that serialises
// Migrate, so that workers starting together create the schema once.
// (CREATE TABLE IF NOT EXISTS alone races on the catalog's unique index.)
// The number spells "chrqueue" in ASCII.
const migrateLock = 0x6368727175657565

// schema is the queue's table and its indexes. The partial index covers
// only the jobs a claim can pick, so that claims stay cheap however many
// finished jobs the table keeps.
var schema = []string{
	`CREATE TABLE IF NOT EXISTS ingest_jobs (
		id          bigserial PRIMARY KEY,
		input       text NOT NULL UNIQUE,
		state       text NOT NULL DEFAULT 'queued'
		            CHECK (state IN ('queued', 'running', 'done', 'parked')),
		attempts    integer NOT NULL DEFAULT 0,
		claims      bigint NOT NULL DEFAULT 0,
		not_before  timestamptz NOT NULL DEFAULT now(),
		lease_until timestamptz,
		worker      text NOT NULL DEFAULT '',
		error       text NOT NULL DEFAULT '',
		result      text NOT NULL DEFAULT '',
		created     timestamptz NOT NULL DEFAULT now(),
		updated     timestamptz NOT NULL DEFAULT now()
	)`,
	`CREATE INDEX IF NOT EXISTS ingest_jobs_open ON ingest_jobs (id)
		WHERE state IN ('queued', 'running')`,
}

// Migrate creates the queue's table when the database lacks it. It is safe
// to call from many processes at once and again on every start.
func Migrate(ctx context.Context, pool *pgxpool.Pool) error {
	err := pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrateLock)); err != nil {
			return err
		}
		for _, stmt := range schema {
			if _, err := tx.Exec(ctx, stmt); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("queue: migrate: %w", err)
	}
	return nil
}
