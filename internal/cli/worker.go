package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle/internal/record"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/fetch"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/queue"
	"github.com/chronicle-news/chronicle/internal/source"
	"github.com/chronicle-news/chronicle/internal/source/warc"
	"github.com/chronicle-news/chronicle/internal/store"
)

// workerConfig holds the flags of `chronicle worker`.
type workerConfig struct {
	name                 string
	lease, poll, backoff time.Duration
	attempts, workers    int
	maxSize              int64
	once, status         bool
	noLearn, noEvents    bool
	allowPrivate         bool
}

// workerCommand is `chronicle worker`: the scale-out form of ingest, one
// of many processes sharing a PostgreSQL store and its job queue.
func (a *app) workerCommand() *cobra.Command {
	var c workerConfig
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Run the ingest jobs queued in PostgreSQL (see enqueue)",
		Long: `Claims ingest jobs from the queue kept in the PostgreSQL database of --db, one at a
time, and runs each exactly as ingest would run its input (cleaning, events, storing and
merging into that database). Any number of workers, on any machines, can share a queue.
A job is held under a lease that the worker renews while it works; the job of a worker
that dies is taken over by another when the lease runs out, and running it again is
harmless because storing is idempotent. A job whose input fails (any document of it)
is retried after a doubling backoff and parked with its error after --attempts tries;
its good documents are stored all the same. Site furniture is learned within each job,
so a WARC or JSONL file learns from its own pages.
Runs until interrupted (the job in hand is handed back), or with --once until no job is
queued or running. --status prints the queue's counts and parked jobs and exits.
Exit status 1 when this worker parked a job.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			q, pool, err := a.openQueue(ctx, queue.Options{MaxAttempts: c.attempts, Backoff: c.backoff})
			if err != nil {
				return err
			}
			defer pool.Close()
			if c.status {
				return a.printQueue(ctx, q)
			}
			if c.lease < time.Second {
				return usageError{fmt.Errorf("worker: --lease %v is shorter than a second", c.lease)}
			}
			if c.name == "" {
				host, _ := os.Hostname()
				c.name = fmt.Sprintf("%s-%d", host, os.Getpid())
			}
			return a.work(ctx, q, c)
		},
	}
	f := cmd.Flags()
	f.StringVar(&c.name, "name", "", "this worker's name in the queue (default HOST-PID)")
	f.DurationVar(&c.lease, "lease", 2*time.Minute, "how long a job stays this worker's without a heartbeat; renewed every third of it")
	f.DurationVar(&c.poll, "poll", 2*time.Second, "wait between looks at an empty queue")
	f.DurationVar(&c.backoff, "backoff", queue.DefaultBackoff, "wait before a failed job's second attempt; doubles after each failure")
	f.IntVar(&c.attempts, "attempts", queue.DefaultMaxAttempts, "attempts before a failing job is parked")
	f.BoolVar(&c.once, "once", false, "exit when no job is queued or running, instead of waiting for more")
	f.BoolVar(&c.status, "status", false, "print the queue's counts and parked jobs, and exit")
	f.IntVar(&c.workers, "workers", 0, "articles of a job cleaned at once (default: one per CPU)")
	f.Int64Var(&c.maxSize, "max-size", source.DefaultMaxBytes, "largest document accepted, in bytes after decompression")
	f.BoolVar(&c.allowPrivate, "allow-private", false, "let URL jobs reach loopback and private network addresses")
	f.BoolVar(&c.noEvents, "no-events", false, "store the articles only, without finding and merging their events")
	f.BoolVar(&c.noLearn, "no-learn", false, "clean each page on its own evidence, without learning from the job's other pages")
	return cmd
}

// enqueueCommand is `chronicle enqueue`: it splits a backlog into one job
// per file for the workers.
func (a *app) enqueueCommand() *cobra.Command {
	var requeue bool
	cmd := &cobra.Command{
		Use:   "enqueue PATH|URL ...",
		Short: "Queue ingest jobs in PostgreSQL for chronicle worker",
		Long: `Adds one ingest job per input to the queue in the PostgreSQL database of --db: folders
are walked (recursively, hidden names skipped) and give one job per file that ingest
reads there (text, HTML, JSON, JSONL, their .gz forms) and per WARC file; files named
on the command line and http(s) URLs give one job each. Paths are queued absolute,
so workers must see the same file system. An input queued before, in any state, is left
alone, so enqueueing a backlog again adds only what is missing; --requeue puts the
inputs back in the queue with their attempts reset (for parked jobs whose cause is fixed).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			inputs, err := jobInputs(ctx, args)
			if err != nil {
				return err
			}
			q, pool, err := a.openQueue(ctx, queue.Options{})
			if err != nil {
				return err
			}
			defer pool.Close()
			add, verb := q.Enqueue, "new"
			if requeue {
				add, verb = q.Requeue, "requeued"
			}
			n, err := add(ctx, inputs)
			if err != nil {
				return err
			}
			s, err := q.Stats(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "enqueued %d inputs: %d %s; queue: %s\n", len(inputs), n, verb, statsLine(s))
			return nil
		},
	}
	cmd.Flags().BoolVar(&requeue, "requeue", false, "queue the inputs again even if done or parked, attempts reset")
	return cmd
}

// openQueue connects to the PostgreSQL database of --db and makes sure it
// holds the queue's table.
func (a *app) openQueue(ctx context.Context, opt queue.Options) (*queue.Queue, *pgxpool.Pool, error) {
	if !strings.HasPrefix(a.db, postgresTag+"://") && !strings.HasPrefix(a.db, postgresTag+"ql://") {
		return nil, nil, usageError{fmt.Errorf("the job queue lives in PostgreSQL: --db must be a postgres:// URL, not %q", a.db)}
	}
	pool, err := pgxpool.New(ctx, a.db)
	if err != nil {
		return nil, nil, fmt.Errorf("open queue %s: %w", redact(a.db), err)
	}
	if err := queue.Migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, nil, fmt.Errorf("open queue %s: %w", redact(a.db), err)
	}
	return queue.New(pool, opt), pool, nil
}

// jobInputs turns the command line into one job input per file or URL.
func jobInputs(ctx context.Context, args []string) ([]string, error) {
	var out []string
	for _, in := range args {
		if record.IsURL(in) {
			out = append(out, in)
			continue
		}
		if in == "-" {
			return nil, usageError{errors.New("enqueue: standard input cannot be a job; save it to a file")}
		}
		abs, err := filepath.Abs(in)
		if err != nil {
			return nil, fmt.Errorf("enqueue %s: %w", in, err)
		}
		fi, err := os.Stat(abs)
		if err != nil {
			return nil, fmt.Errorf("enqueue: %w", err)
		}
		if !fi.IsDir() {
			out = append(out, abs)
			continue
		}
		err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if p != abs && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && (d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) && jobFile(p) {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("enqueue %s: %w", in, err)
		}
	}
	return out, nil
}

// jobFile reports whether a file found in a folder deserves a job: one
// that ingest reads, or a WARC file (in a folder, the unit a backfill is
// split by).
func jobFile(name string) bool {
	if warc.IsWARC(name) {
		return true
	}
	return source.Readable(name)
}

// printQueue prints the queue's counts and its parked jobs with their errors.
func (a *app) printQueue(ctx context.Context, q *queue.Queue) error {
	s, err := q.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "queue: %s\n", statsLine(s))
	parked, err := q.List(ctx, queue.Parked, 0)
	if err != nil {
		return err
	}
	for _, r := range parked {
		fmt.Fprintf(a.stdout, "parked %s after %d attempts: %s\n", r.Input, r.Attempts, r.Error)
	}
	return nil
}

func statsLine(s queue.Stats) string {
	line := fmt.Sprintf("%d queued, %d running, %d done, %d parked", s.Queued, s.Running, s.Done, s.Parked)
	if s.Expired > 0 {
		line += fmt.Sprintf(" (%d running under an expired lease)", s.Expired)
	}
	return line
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// heartbeat renews j's lease every third of it until stop is closed; when
// the lease turns out lost it cancels the job with queue.ErrLost.
func (a *app) heartbeat(ctx context.Context, q *queue.Queue, j *queue.Job, lease time.Duration, cancel context.CancelCauseFunc, stop <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	t := time.NewTicker(lease / 3)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-ctx.Done():
			return
		case <-t.C:
			err := q.Extend(ctx, j, lease)
			if errors.Is(err, queue.ErrLost) {
				cancel(err)
				return
			}
			if err != nil { // the database is unreachable: try again at the next beat
				a.log.Warn("heartbeat", "job", j.ID, "input", j.Input, "err", err)
			}
		}
	}
}

// jobOptions is the pipeline of a job, as ingest sets it up.
func (a *app) jobOptions(c workerConfig) (pipeline.Options, error) {
	opt := pipeline.Options{
		Source:  source.Options{MaxBytes: c.maxSize},
		Workers: c.workers,
		Learn:   !c.noLearn,
		Read:    record.Reader(fetch.New(fetch.Options{MaxBytes: c.maxSize, AllowPrivate: c.allowPrivate}), nil),
	}
	if !c.noEvents {
		var err error
		if opt.Enrich, err = a.eventStage(); err != nil {
			return opt, err
		}
	}
	return opt, nil
}

// onceRecheck is how often a --once worker looks at a queue that holds
// only running jobs.
const onceRecheck = 250 * time.Millisecond

// work is the worker's loop: claim, run, record the outcome.
func (a *app) work(ctx context.Context, q *queue.Queue, c workerConfig) error {
	opt, err := a.jobOptions(c)
	if err != nil {
		return err
	}
	st, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	var ran, parked int
	for ctx.Err() == nil {
		j, err := q.Claim(ctx, c.name, c.lease)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			a.log.Warn("claim", "worker", c.name, "err", err)
			sleep(ctx, c.poll)
			continue
		}
		if j == nil {
			wait := c.poll
			if c.once {
				s, err := q.Stats(ctx)
				if err == nil && s.Open() == 0 {
					break
				}
				if err == nil && s.Queued == 0 {
					// Only other workers' jobs are left: look again soon,
					// to take one over if its worker dies, or to stop
					// as soon as they are done.
					wait = min(wait, onceRecheck)
				}
			}
			sleep(ctx, wait)
			continue
		}
		ran++
		if a.runJob(ctx, q, st, opt, c, j) {
			parked++
		}
	}
	fmt.Fprintf(a.stderr, "worker %s: %d jobs run, %d parked\n", c.name, ran, parked)
	if parked > 0 {
		return exitError{exitFailed}
	}
	return nil
}

// runJob runs one claimed job under a heartbeat and records its outcome;
// it reports whether it parked the job. A job whose lease was lost is
// left to its new holder; a job interrupted by shutdown is handed back.
func (a *app) runJob(ctx context.Context, q *queue.Queue, st store.Store, opt pipeline.Options, c workerConfig, j *queue.Job) bool {
	jctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go a.heartbeat(jctx, q, j, c.lease, cancel, stop, &wg)
	start := time.Now()
	result, runErr := a.ingestJob(jctx, st, opt, j.Input)
	close(stop)
	wg.Wait()

	// The outcome is recorded even when shutting down.
	rctx, rcancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer rcancel()
	var err error
	parked := false
	switch cause := context.Cause(jctx); {
	case errors.Is(cause, queue.ErrLost):
		fmt.Fprintf(a.stderr, "worker %s: job %d %s: lease lost, left to its new holder\n", c.name, j.ID, j.Input)
		return false
	case runErr == nil: // finished, even if a shutdown began meanwhile
		err = q.Done(rctx, j, result)
		a.log.Info("job done", "worker", c.name, "job", j.ID, "input", j.Input, "result", result, "took", time.Since(start))
	case ctx.Err() != nil:
		err = q.Release(rctx, j)
		fmt.Fprintf(a.stderr, "worker %s: job %d %s: interrupted, handed back\n", c.name, j.ID, j.Input)
	default:
		parked, err = q.Fail(rctx, j, runErr)
		what := "will be retried"
		if parked {
			what = "parked"
		}
		fmt.Fprintf(a.stderr, "worker %s: job %d %s: attempt %d failed, %s: %v\n", c.name, j.ID, j.Input, j.Attempt, what, runErr)
	}
	if err != nil {
		fmt.Fprintf(a.stderr, "worker %s: %v\n", c.name, err)
	}
	return parked
}

// ingestJob runs the ingest pipeline over one input into st and returns a
// summary, or the errors of the documents that failed (the others are
// stored all the same).
func (a *app) ingestJob(ctx context.Context, st store.Store, opt pipeline.Options, input string) (string, error) {
	var t tally
	var errs []error
	batch := newBatcher(st, func(added bool) {
		if added {
			t.added++
		} else {
			t.dup++
		}
	})
	err := pipeline.Run(ctx, []string{input}, opt, func(it pipeline.Item) error {
		switch {
		case it.Err != nil && it.Skipped:
			t.skipped++
		case it.Err != nil:
			t.failed++
			if len(errs) < maxJobErrors {
				errs = append(errs, it.Err)
			}
		default:
			t.docs++
			art := it.Result.Article
			if err := batch.add(ctx, &art); err != nil {
				return fmt.Errorf("store %s: %w", it.Origin, err)
			}
		}
		return nil
	})
	if err == nil {
		err = batch.flush(ctx)
	}
	if err != nil {
		return "", err
	}
	summary := fmt.Sprintf("%d articles: %d new, %d already stored; %d failed, %d skipped", t.docs, t.added, t.dup, t.failed, t.skipped)
	if t.failed > 0 {
		if t.failed > len(errs) {
			errs = append(errs, fmt.Errorf("and %d more failed documents", t.failed-len(errs)))
		}
		return summary, fmt.Errorf("%s: %w", summary, errors.Join(errs...))
	}
	return summary, nil
}

// maxJobErrors bounds the document errors kept with a failed job.
const maxJobErrors = 5
