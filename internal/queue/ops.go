package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Enqueue adds one job per input and returns how many were new. An input
// that already has a job, in any state, is left alone: enqueueing a
// backlog again after a crash adds only what is missing.
func (q *Queue) Enqueue(ctx context.Context, inputs []string) (added int, err error) {
	if len(inputs) == 0 {
		return 0, nil
	}
	tag, err := q.pool.Exec(ctx, `
		INSERT INTO ingest_jobs (input)
		SELECT DISTINCT unnest($1::text[])
		ON CONFLICT (input) DO NOTHING`, inputs)
	if err != nil {
		return 0, fmt.Errorf("queue: enqueue %d inputs: %w", len(inputs), err)
	}
	return int(tag.RowsAffected()), nil
}

// Requeue puts the jobs of inputs back in the queue with no attempts
// counted, whatever their state (a running job's worker loses it), and
// adds those missing; it returns how many jobs it queued.
func (q *Queue) Requeue(ctx context.Context, inputs []string) (int, error) {
	if len(inputs) == 0 {
		return 0, nil
	}
	tag, err := q.pool.Exec(ctx, `
		INSERT INTO ingest_jobs (input)
		SELECT DISTINCT unnest($1::text[])
		ON CONFLICT (input) DO UPDATE SET state = 'queued', attempts = 0,
			not_before = now(), lease_until = NULL, worker = '', error = '',
			result = '', updated = now()`, inputs)
	if err != nil {
		return 0, fmt.Errorf("queue: requeue %d inputs: %w", len(inputs), err)
	}
	return int(tag.RowsAffected()), nil
}

// Claim gives worker the oldest claimable job under a lease of the given
// length, or nil when there is none now. A job is claimable when it is
// queued and its backoff is over, or running under a lease that has run
// out (its worker died). A dead worker's job that has had all its attempts
// is parked rather than claimed.
func (q *Queue) Claim(ctx context.Context, worker string, lease time.Duration) (*Job, error) {
	if lease <= 0 {
		return nil, fmt.Errorf("queue: claim: lease %v is not positive", lease)
	}
	if _, err := q.pool.Exec(ctx, `
		UPDATE ingest_jobs SET state = 'parked', lease_until = NULL, updated = now(),
			error = format('worker %s stopped without finishing attempt %s (lease ran out)', worker, attempts)
		WHERE state = 'running' AND lease_until < now() AND attempts >= $1`, q.opt.MaxAttempts); err != nil {
		return nil, fmt.Errorf("queue: claim: park abandoned jobs: %w", err)
	}
	j := Job{Worker: worker}
	err := q.pool.QueryRow(ctx, `
		WITH next AS (
			SELECT id FROM ingest_jobs
			WHERE state = 'queued' AND not_before <= now()
			   OR state = 'running' AND lease_until < now()
			ORDER BY id
			LIMIT 1
			FOR UPDATE SKIP LOCKED
		)
		UPDATE ingest_jobs j SET state = 'running', attempts = j.attempts + 1, claims = j.claims + 1, worker = $1,
			lease_until = now() + $2::interval, updated = now()
		FROM next WHERE j.id = next.id
		RETURNING j.id, j.input, j.attempts, j.claims, j.lease_until`,
		worker, lease).Scan(&j.ID, &j.Input, &j.Attempt, &j.Claim, &j.LeaseUntil)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("queue: claim: %w", err)
	}
	return &j, nil
}

// Extend renews j's lease for another lease from now: the heartbeat of a
// worker that is still busy. ErrLost means the job is someone else's now.
func (q *Queue) Extend(ctx context.Context, j *Job, lease time.Duration) error {
	var until time.Time
	err := q.pool.QueryRow(ctx, `
		UPDATE ingest_jobs SET lease_until = now() + $3::interval, updated = now()
		WHERE id = $1 AND claims = $2 AND state = 'running'
		RETURNING lease_until`, j.ID, j.Claim, lease).Scan(&until)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("extend job %d (%s): %w", j.ID, j.Input, ErrLost)
	}
	if err != nil {
		return fmt.Errorf("queue: extend job %d: %w", j.ID, err)
	}
	j.LeaseUntil = until
	return nil
}

// Done marks j finished; result is a short note of what it gave, kept
// with the job for the operator.
func (q *Queue) Done(ctx context.Context, j *Job, result string) error {
	return q.finish(ctx, j, "done", `state = 'done', lease_until = NULL, error = '', result = $3`, result)
}

// Fail records that attempt j failed with cause: the job is queued again
// after an exponential backoff, or parked with cause when it has had all
// its attempts. It reports whether the job was parked.
func (q *Queue) Fail(ctx context.Context, j *Job, cause error) (parked bool, err error) {
	msg := "unknown error"
	if cause != nil {
		msg = cause.Error()
	}
	if j.Attempt >= q.opt.MaxAttempts {
		return true, q.finish(ctx, j, "park", `state = 'parked', lease_until = NULL, error = $3`, msg)
	}
	return false, q.finish(ctx, j, "fail", `state = 'queued', lease_until = NULL, error = $3,
		not_before = now() + $4::interval`, msg, q.backoff(j.Attempt))
}

// Release hands j back unfinished, without counting the attempt: for a
// worker that is shutting down and wants another to take the job at once
// rather than after its lease.
func (q *Queue) Release(ctx context.Context, j *Job) error {
	return q.finish(ctx, j, "release", `state = 'queued', lease_until = NULL, attempts = attempts - 1,
		not_before = now(), worker = ''`)
}

// finish applies set to j when j is still the current claim of the job.
func (q *Queue) finish(ctx context.Context, j *Job, what, set string, args ...any) error {
	tag, err := q.pool.Exec(ctx, `UPDATE ingest_jobs SET `+set+`, updated = now()
		WHERE id = $1 AND claims = $2 AND state = 'running'`,
		append([]any{j.ID, j.Claim}, args...)...)
	if err != nil {
		return fmt.Errorf("queue: %s job %d: %w", what, j.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("%s job %d (%s): %w", what, j.ID, j.Input, ErrLost)
	}
	return nil
}
