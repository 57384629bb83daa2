package queue

import (
	"errors"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// State is where a job stands.
type State string

// The states of a job. A job is queued until claimed, running while a
// worker holds its lease (or until the lease runs out, when it counts as
// claimable again), and ends done or parked.
const (
	Queued  State = "queued"
	Running State = "running"
	Done    State = "done"
	Parked  State = "parked"
)

// ErrLost is returned when a worker acts on a job it no longer holds: its
// lease ran out and another worker claimed the job, or the job was finished
// or requeued meanwhile. The worker must drop the job; the holder decides
// its outcome.
var ErrLost = errors.New("queue: lease lost")

// Job is a claimed job. Claim is the token the later calls present: it
// grows with every claim of the job and is never reset, so only the
// current claimant's calls take effect.
type Job struct {
	ID    int64
	Input string
	// Attempt counts the tries of the job, this one included.
	Attempt    int
	Claim      int64
	Worker     string
	LeaseUntil time.Time
}

// Options tune retries. The zero value gets the defaults.
type Options struct {
	// MaxAttempts is how many times a job is tried before it is parked
	// (DefaultMaxAttempts when zero or less). A job whose worker died
	// counts that attempt too, so an input that crashes workers ends
	// parked instead of taking them down one after the other.
	MaxAttempts int
	// Backoff is the wait before the second attempt; it doubles after
	// every further failure up to MaxBackoff (defaults when zero).
	Backoff, MaxBackoff time.Duration
}

// Defaults for Options.
const (
	DefaultMaxAttempts = 5
	DefaultBackoff     = 10 * time.Second
	DefaultMaxBackoff  = 30 * time.Minute
)

// Queue is the job queue in one PostgreSQL database. It is safe for
// concurrent use; Migrate must have run on the database.
type Queue struct {
	pool *pgxpool.Pool
	opt  Options
}

// New returns the queue kept in pool's database.
func New(pool *pgxpool.Pool, opt Options) *Queue {
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = DefaultMaxAttempts
	}
	if opt.Backoff <= 0 {
		opt.Backoff = DefaultBackoff
	}
	if opt.MaxBackoff <= 0 {
		opt.MaxBackoff = DefaultMaxBackoff
	}
	if opt.MaxBackoff < opt.Backoff {
		opt.MaxBackoff = opt.Backoff
	}
	return &Queue{pool: pool, opt: opt}
}

// backoff is the wait after the failure of attempt n (1-based).
func (q *Queue) backoff(n int) time.Duration {
	d := q.opt.Backoff
	for i := 1; i < n && d < q.opt.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, q.opt.MaxBackoff)
}

// Stats counts the jobs in each state. Expired counts the running jobs
// whose lease has run out: their worker is most likely dead, and the next
// claim takes them over.
type Stats struct {
	Queued, Running, Done, Parked, Expired int
}

// Open reports whether work remains: jobs queued (perhaps waiting out a
// backoff) or running (perhaps under a lease that will run out).
func (s Stats) Open() int { return s.Queued + s.Running }
