package queue

import (
	"context"
	"fmt"
	"time"
)

// Stats counts the jobs in each state.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	err := q.pool.QueryRow(ctx, `
		SELECT count(*) FILTER (WHERE state = 'queued'),
		       count(*) FILTER (WHERE state = 'running'),
		       count(*) FILTER (WHERE state = 'done'),
		       count(*) FILTER (WHERE state = 'parked'),
		       count(*) FILTER (WHERE state = 'running' AND lease_until < now())
		FROM ingest_jobs`).Scan(&s.Queued, &s.Running, &s.Done, &s.Parked, &s.Expired)
	if err != nil {
		return Stats{}, fmt.Errorf("queue: stats: %w", err)
	}
	return s, nil
}

// Record is a job as the operator sees it.
type Record struct {
	ID       int64
	Input    string
	State    State
	Attempts int
	Worker   string
	// Error is the last failure: why a parked job was parked, or why a
	// queued job is being retried.
	Error string
	// Result is what a done job gave.
	Result  string
	Updated time.Time
}

// List returns the jobs in state, oldest first, at most limit of them (all
// when limit is zero or less).
func (q *Queue) List(ctx context.Context, state State, limit int) ([]Record, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := q.pool.Query(ctx, `
		SELECT id, input, state, attempts, worker, error, result, updated
		FROM ingest_jobs WHERE state = $1 ORDER BY id
		LIMIT CASE WHEN $2::int < 0 THEN NULL ELSE $2::int END`, string(state), limit)
	if err != nil {
		return nil, fmt.Errorf("queue: list %s jobs: %w", state, err)
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		var r Record
		var st string
		if err := rows.Scan(&r.ID, &r.Input, &st, &r.Attempts, &r.Worker, &r.Error, &r.Result, &r.Updated); err != nil {
			return nil, fmt.Errorf("queue: list %s jobs: %w", state, err)
		}
		r.State = State(st)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("queue: list %s jobs: %w", state, err)
	}
	return out, nil
}
