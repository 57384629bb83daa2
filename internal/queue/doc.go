// Package queue keeps Chronicle's ingest jobs in PostgreSQL so that any
// number of `chronicle worker` processes, on any number of machines, can
// share one backlog.
//
// A job is one input: a file, a WARC file or a URL, the unit DESIGN.md
// splits bulk backfills by. A worker claims a job with SELECT … FOR UPDATE
// SKIP LOCKED, which hands each job to exactly one claimant without
// blocking the others, and holds it under a lease that it extends while it
// works. A worker that dies stops extending; when the lease runs out the
// job is claimable again and the next worker runs it once more. Running a
// job twice is harmless because the store's Put is idempotent (articles are
// keyed by their content), so the queue needs leases, not exactly-once
// delivery.
//
// Every claim counts an attempt and carries a claim number, which acts as
// a fencing token: a worker whose lease was taken over (or whose job was
// requeued) can no longer extend, finish or fail the job. A failed job waits out an exponential
// backoff before it is claimable again; after Options.MaxAttempts it is
// parked with its last error for a human to look at (and Requeue).
//
// All times come from the database's clock, so that workers on machines
// whose clocks disagree still agree on when a lease has run out.
package queue
