package cli

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/chronicle-news/chronicle/internal/queue"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/postgres"
)

// chronicleCmd builds the chronicle binary once for a test and returns a
// maker of commands that run it, as the worker processes of a deployment are.
func chronicleCmd(t *testing.T) func(args ...string) *exec.Cmd {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "chronicle")
	build := exec.Command("go", "build", "-o", bin, "./cmd/chronicle")
	build.Dir = filepath.Join("..", "..")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/chronicle: %v\n%s", err, out)
	}
	return func(args ...string) *exec.Cmd { return exec.Command(bin, args...) }
}

// usePostgres makes sure CHRONICLE_TEST_POSTGRES names a server for the
// test and its subtests: when unset, it starts one with scripts/pgtest.sh
// and stops it when the test ends.
func usePostgres(t *testing.T) string {
	t.Helper()
	admin := os.Getenv("CHRONICLE_TEST_POSTGRES")
	if admin == "" {
		script := filepath.Join("..", "..", "scripts", "pgtest.sh")
		out, err := exec.Command(script, "start").Output()
		if err != nil {
			t.Skipf("no PostgreSQL: set CHRONICLE_TEST_POSTGRES, or install PostgreSQL (apt-get install postgresql): %v", err)
		}
		var dir string
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "dir="); ok {
				dir = v
			}
			if v, ok := strings.CutPrefix(sc.Text(), "CHRONICLE_TEST_POSTGRES="); ok {
				admin = v
			}
		}
		if dir != "" {
			t.Cleanup(func() { exec.Command(script, "stop", dir).Run() })
		}
		if admin == "" {
			t.Fatalf("scripts/pgtest.sh start printed no URL: %s", out)
		}
		t.Setenv("CHRONICLE_TEST_POSTGRES", admin)
	}
	return admin
}

// newPostgres creates an empty database on the server of usePostgres and
// returns its URL.
func newPostgres(t *testing.T, name string) string {
	t.Helper()
	admin := usePostgres(t)
	db := fmt.Sprintf("worker_%s_%d", name, os.Getpid())
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("connect to the test server: %v", err)
	}
	defer conn.Close(ctx)
	for _, sql := range []string{"DROP DATABASE IF EXISTS " + db + " WITH (FORCE)", "CREATE DATABASE " + db} {
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	t.Cleanup(func() {
		if c, err := pgx.Connect(ctx, admin); err == nil {
			c.Exec(ctx, "DROP DATABASE IF EXISTS "+db+" WITH (FORCE)")
			c.Close(ctx)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + db
	return u.String()
}

// TestWorkers runs chronicle worker processes against PostgreSQL: the
// chronicle binary is built once and the server started once (unless
// CHRONICLE_TEST_POSTGRES names one) for all the cases.
func TestWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds chronicle, starts PostgreSQL and worker processes")
	}
	usePostgres(t)
	chronicle := chronicleCmd(t)
	t.Run("SurviveAKill", func(t *testing.T) { testSurviveAKill(t, chronicle) })
	t.Run("ParksBadInputs", func(t *testing.T) { testParksBadInputs(t, chronicle) })
	t.Run("HandsBackOnInterrupt", func(t *testing.T) { testHandsBackOnInterrupt(t, chronicle) })
}

// jobCounts reads the queue of db.
func jobCounts(t *testing.T, db string) queue.Stats {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var s queue.Stats
	err = conn.QueryRow(ctx, `SELECT count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state = 'running'),
		count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'parked') FROM ingest_jobs`).
		Scan(&s.Queued, &s.Running, &s.Done, &s.Parked)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// storeState is what a store holds, for comparing two of them.
type storeState struct {
	stats    store.Stats
	ids      []string
	timeline string
}

func readStore(t *testing.T, chronicle func(...string) *exec.Cmd, db string) storeState {
	t.Helper()
	ctx := context.Background()
	st, err := postgres.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var s storeState
	if s.stats, err = st.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	arts, err := st.List(ctx, store.Filter{Limit: 100000})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		s.ids = append(s.ids, a.ID)
	}
	slices.Sort(s.ids)
	out, err := chronicle("--db", db, "timeline", "--format", "json").Output()
	if err != nil {
		t.Fatalf("timeline: %v", err)
	}
	s.timeline = string(out)
	return s
}

// testSurviveAKill runs three workers over the examples corpus,
// kills one with SIGKILL while it holds a job, and checks that the others
// finish everything (the dead worker's job once its lease runs out) and
// that the store then equals a single-process ingest of the corpus:
// nothing lost, nothing twice.
func testSurviveAKill(t *testing.T, chronicle func(...string) *exec.Cmd) {
	shared := newPostgres(t, "queue")
	single := newPostgres(t, "single")

	if out, err := chronicle("--db", shared, "enqueue", corpus).CombinedOutput(); err != nil {
		t.Fatalf("enqueue: %v\n%s", err, out)
	}
	files := jobCounts(t, shared).Queued
	if files < 30 {
		t.Fatalf("%d jobs queued for the corpus, want one per file", files)
	}

	var logs [3]bytes.Buffer
	workers := make([]*exec.Cmd, 3)
	for i := range workers {
		workers[i] = chronicle("--db", shared, "worker", "--once", "--name", fmt.Sprint("w", i),
			"--lease", "2s", "--poll", "200ms", "--workers", "1")
		workers[i].Stdout, workers[i].Stderr = &logs[i], &logs[i]
		if err := workers[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	// Kill a worker that holds a job, once a few jobs are done.
	victim := -1
	deadline := time.Now().Add(3 * time.Minute)
	for victim < 0 && time.Now().Before(deadline) {
		s := jobCounts(t, shared)
		if s.Open() == 0 {
			break
		}
		if s.Done >= 3 {
			if w := holder(t, shared); w >= 0 {
				if err := workers[w].Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				victim = w
				break
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	if victim < 0 {
		for _, w := range workers {
			w.Process.Kill()
			w.Wait()
		}
		t.Fatalf("no worker held a job once three were done")
	}
	workers[victim].Wait()
	for i, w := range workers {
		if i == victim {
			continue
		}
		done := make(chan error, 1)
		go func() { done <- w.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("worker w%d: %v\n%s", i, err, logs[i].String())
			}
		case <-time.After(4 * time.Minute):
			w.Process.Kill()
			t.Fatalf("worker w%d did not finish:\n%s", i, logs[i].String())
		}
	}

	s := jobCounts(t, shared)
	if s != (queue.Stats{Done: files}) {
		t.Errorf("queue after the run: %+v, want all %d done", s, files)
	}
	if n := takenOver(t, shared); n < 1 {
		t.Errorf("no job was run a second time: the killed worker's job was not taken over")
	}

	// Jobs name their files by absolute path, and the store cites them so.
	abs, err := filepath.Abs(corpus)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := chronicle("--db", single, "ingest", "--no-learn", abs).CombinedOutput(); err != nil {
		t.Fatalf("single ingest: %v\n%s", err, out)
	}
	got, want := readStore(t, chronicle, shared), readStore(t, chronicle, single)
	if got.stats.Articles != 44 || got.stats != want.stats {
		t.Errorf("workers stored %+v, single ingest %+v", got.stats, want.stats)
	}
	if !slices.Equal(got.ids, want.ids) {
		t.Errorf("article IDs differ: %d from the workers, %d from a single ingest", len(got.ids), len(want.ids))
	}
	if got.timeline != want.timeline || len(got.timeline) < 1000 {
		t.Errorf("timelines differ (%d and %d bytes)", len(got.timeline), len(want.timeline))
	}
	t.Logf("%d jobs, %d articles, %d mentions, %d events; w%d killed; worker logs:\n%s%s%s", files, got.stats.Articles,
		got.stats.Mentions, got.stats.Events, victim, &logs[0], &logs[1], &logs[2])
}

// holder returns the number of a worker (w0, w1, w2) that holds a
// running job in db, or -1.
func holder(t *testing.T, db string) int {
	t.Helper()
	return scalar(t, db, `SELECT coalesce(min(substr(worker, 2)::int), -1) FROM ingest_jobs
		WHERE state = 'running' AND worker IN ('w0', 'w1', 'w2')`)
}

// takenOver counts the jobs that needed more than one attempt.
func takenOver(t *testing.T, db string) int {
	return scalar(t, db, `SELECT count(*) FROM ingest_jobs WHERE attempts > 1`)
}

func scalar(t *testing.T, db, sql string, args ...any) int {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, sql, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// testParksBadInputs runs a worker over examples/bad: every input
// that fails is retried and then parked with its error, and the good
// records of a partly broken file are stored all the same.
func testParksBadInputs(t *testing.T, chronicle func(...string) *exec.Cmd) {
	db := newPostgres(t, "bad")
	bad := filepath.Join("..", "..", "examples", "bad")
	if out, err := chronicle("--db", db, "enqueue", bad).CombinedOutput(); err != nil {
		t.Fatalf("enqueue: %v\n%s", err, out)
	}
	queued := jobCounts(t, db).Queued
	out, err := chronicle("--db", db, "worker", "--once", "--attempts", "2", "--backoff", "100ms", "--poll", "100ms").CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitFailed {
		t.Fatalf("worker over bad inputs: %v, want exit status 1\n%s", err, out)
	}
	if s := jobCounts(t, db); s.Parked != queued || s.Open() != 0 {
		t.Errorf("queue %+v, want all %d jobs parked\n%s", s, queued, out)
	}
	if n := scalar(t, db, `SELECT count(*) FROM ingest_jobs WHERE attempts <> 2 OR error = ''`); n != 0 {
		t.Errorf("%d parked jobs without two attempts and an error", n)
	}
	status, err := chronicle("--db", db, "worker", "--status").Output()
	if err != nil {
		t.Fatalf("worker --status: %v", err)
	}
	for _, want := range []string{"empty.txt after 2 attempts: ", "broken-line.jsonl:3: invalid JSON", "corrupt gzip data", "no article"} {
		if !strings.Contains(string(status), want) {
			t.Errorf("worker --status lacks %q:\n%s", want, status)
		}
	}
	st, err := postgres.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if s, err := st.Stats(context.Background()); err != nil || s.Articles != 3 {
		t.Errorf("stored %+v (%v), want the 3 good records of broken-line.jsonl", s, err)
	}
}

func TestJobFile(t *testing.T) {
	for name, want := range map[string]bool{
		"a.txt": true, "b.HTML": true, "c.html.gz": true, "d.jsonl": true, "e.warc.gz": true, "f.warc": true,
		"README.md": false, "g.gz": false, "h": false, "i.tar.gz": false, "j.png": false,
	} {
		if got := jobFile(name); got != want {
			t.Errorf("jobFile(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestQueueCommandsWantPostgres(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	a := &app{db: db}
	if _, _, err := a.openQueue(context.Background(), queue.Options{}); !isUsage(err) {
		t.Errorf("openQueue(%s) = %v, want a usage error", db, err)
	}
	if _, err := jobInputs(context.Background(), []string{"-"}); !isUsage(err) {
		t.Errorf("jobInputs(-) = %v, want a usage error", err)
	}
	got, err := jobInputs(context.Background(), []string{"https://example.org/a", filepath.Join("..", "..", "examples", "bad")})
	if err != nil || len(got) != 7 || got[0] != "https://example.org/a" || !filepath.IsAbs(got[1]) {
		t.Errorf("jobInputs = %q, %v; want the URL and the 6 readable files", got, err)
	}
}

// testHandsBackOnInterrupt interrupts a worker in the middle of a
// job: it exits cleanly and the job is queued again with its attempt not
// counted, for the next worker to take at once.
func testHandsBackOnInterrupt(t *testing.T, chronicle func(...string) *exec.Cmd) {
	db := newPostgres(t, "interrupt")
	if out, err := chronicle("--db", db, "enqueue", corpus).CombinedOutput(); err != nil {
		t.Fatalf("enqueue: %v\n%s", err, out)
	}
	var log bytes.Buffer
	w := chronicle("--db", db, "worker", "--name", "w0", "--poll", "100ms", "--workers", "1")
	w.Stdout, w.Stderr = &log, &log
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for holder(t, db) != 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if err := w.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := w.Wait(); err != nil {
		t.Fatalf("interrupted worker: %v\n%s", err, &log)
	}
	s := jobCounts(t, db)
	if s.Running != 0 || s.Queued == 0 || s.Parked != 0 {
		t.Errorf("queue after the interrupt: %+v\n%s", s, &log)
	}
	if n := scalar(t, db, `SELECT count(*) FROM ingest_jobs WHERE state = 'queued' AND attempts <> 0`); n != 0 {
		t.Errorf("%d queued jobs with an attempt counted\n%s", n, &log)
	}
	t.Logf("worker log:\n%s", &log)
}
