package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	q := New(nil, Options{Backoff: time.Second, MaxBackoff: 5 * time.Second})
	for _, tc := range []struct {
		attempt int
		want    time.Duration
	}{{1, time.Second}, {2, 2 * time.Second}, {3, 4 * time.Second}, {4, 5 * time.Second}, {40, 5 * time.Second}} {
		if got := q.backoff(tc.attempt); got != tc.want {
			t.Errorf("backoff(%d) = %v, want %v", tc.attempt, got, tc.want)
		}
	}
	if d := New(nil, Options{}); d.opt.MaxAttempts != DefaultMaxAttempts || d.backoff(100) != DefaultMaxBackoff {
		t.Errorf("defaults not applied: %+v", d.opt)
	}
}

func TestEnqueueIsIdempotent(t *testing.T) {
	ctx := context.Background()
	q := New(newPool(t), Options{})
	for _, tc := range []struct {
		inputs []string
		want   int
	}{{[]string{"a", "b", "a"}, 2}, {[]string{"b", "c"}, 1}, {nil, 0}, {[]string{"a"}, 0}} {
		n, err := q.Enqueue(ctx, tc.inputs)
		if err != nil || n != tc.want {
			t.Errorf("Enqueue(%q) = %d, %v; want %d", tc.inputs, n, err, tc.want)
		}
	}
	if s, err := q.Stats(ctx); err != nil || s != (Stats{Queued: 3}) {
		t.Errorf("Stats = %+v, %v", s, err)
	}
}

func TestMigrateConcurrently(t *testing.T) {
	pool := newPool(t)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() { errs <- Migrate(context.Background(), pool) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestLifecycle(t *testing.T) {
	ctx := context.Background()
	q := New(newPool(t), Options{})
	if _, err := q.Enqueue(ctx, []string{"first", "second"}); err != nil {
		t.Fatal(err)
	}
	j, err := q.Claim(ctx, "w1", time.Minute)
	if err != nil || j == nil || j.Input != "first" || j.Attempt != 1 || j.Worker != "w1" {
		t.Fatalf("Claim = %+v, %v", j, err)
	}
	before := j.LeaseUntil
	if err := q.Extend(ctx, j, 2*time.Minute); err != nil || !j.LeaseUntil.After(before) {
		t.Fatalf("Extend: %v (lease %v -> %v)", err, before, j.LeaseUntil)
	}
	if s, _ := q.Stats(ctx); s != (Stats{Queued: 1, Running: 1}) || s.Open() != 2 {
		t.Errorf("Stats while running = %+v", s)
	}
	if err := q.Done(ctx, j, "3 articles"); err != nil {
		t.Fatal(err)
	}
	if err := q.Done(ctx, j, "again"); !errors.Is(err, ErrLost) {
		t.Errorf("second Done = %v, want ErrLost", err)
	}
	j2, err := q.Claim(ctx, "w1", time.Minute)
	if err != nil || j2 == nil || j2.Input != "second" {
		t.Fatalf("second Claim = %+v, %v", j2, err)
	}
	if none, err := q.Claim(ctx, "w2", time.Minute); none != nil || err != nil {
		t.Errorf("Claim of an empty queue = %+v, %v", none, err)
	}
	if err := q.Release(ctx, j2); err != nil {
		t.Fatal(err)
	}
	j3, err := q.Claim(ctx, "w2", time.Minute)
	if err != nil || j3 == nil || j3.ID != j2.ID || j3.Attempt != 1 {
		t.Fatalf("Claim after Release = %+v, %v (a released attempt must not count)", j3, err)
	}
	if err := q.Done(ctx, j3, ""); err != nil {
		t.Fatal(err)
	}
	done, err := q.List(ctx, Done, 0)
	if err != nil || len(done) != 2 || done[0].Result != "3 articles" || done[1].Worker != "w2" {
		t.Errorf("List(Done) = %+v, %v", done, err)
	}
	if _, err := q.Claim(ctx, "w", 0); err == nil {
		t.Error("Claim with no lease succeeded")
	}
}

// TestExpiredLease plays a worker that dies: its job comes back when the
// lease runs out, and the dead worker's late calls are refused.
func TestExpiredLease(t *testing.T) {
	ctx := context.Background()
	q := New(newPool(t), Options{})
	q.Enqueue(ctx, []string{"x"})
	dead, err := q.Claim(ctx, "dead", 300*time.Millisecond)
	if err != nil || dead == nil {
		t.Fatalf("Claim = %v, %v", dead, err)
	}
	if j, _ := q.Claim(ctx, "alive", time.Minute); j != nil {
		t.Fatalf("a leased job was claimed again: %+v", j)
	}
	time.Sleep(500 * time.Millisecond)
	if s, _ := q.Stats(ctx); s.Expired != 1 {
		t.Errorf("Stats.Expired = %d, want 1", s.Expired)
	}
	j, err := q.Claim(ctx, "alive", time.Minute)
	if err != nil || j == nil || j.ID != dead.ID || j.Attempt != 2 {
		t.Fatalf("Claim after expiry = %+v, %v", j, err)
	}
	for name, call := range map[string]func() error{
		"Extend":  func() error { return q.Extend(ctx, dead, time.Minute) },
		"Done":    func() error { return q.Done(ctx, dead, "") },
		"Release": func() error { return q.Release(ctx, dead) },
		"Fail":    func() error { _, err := q.Fail(ctx, dead, errors.New("late")); return err },
	} {
		if err := call(); !errors.Is(err, ErrLost) {
			t.Errorf("%s by the dead worker = %v, want ErrLost", name, err)
		}
	}
	if err := q.Done(ctx, j, ""); err != nil {
		t.Fatal(err)
	}
}

func TestFailRetriesThenParks(t *testing.T) {
	ctx := context.Background()
	q := New(newPool(t), Options{MaxAttempts: 3, Backoff: 200 * time.Millisecond})
	q.Enqueue(ctx, []string{"poison"})
	for attempt := 1; attempt <= 3; attempt++ {
		var j *Job
		deadline := time.Now().Add(5 * time.Second)
		for j == nil && time.Now().Before(deadline) {
			var err error
			if j, err = q.Claim(ctx, "w", time.Minute); err != nil {
				t.Fatal(err)
			}
			if j == nil {
				time.Sleep(50 * time.Millisecond)
			}
		}
		if j == nil || j.Attempt != attempt {
			t.Fatalf("attempt %d: Claim = %+v", attempt, j)
		}
		parked, err := q.Fail(ctx, j, fmt.Errorf("bad input %d", attempt))
		if err != nil || parked != (attempt == 3) {
			t.Fatalf("attempt %d: Fail = %v, %v", attempt, parked, err)
		}
		if attempt < 3 {
			if again, _ := q.Claim(ctx, "w", time.Minute); again != nil {
				t.Fatalf("attempt %d: claimed again before the backoff was over", attempt)
			}
		}
	}
	p, err := q.List(ctx, Parked, 10)
	if err != nil || len(p) != 1 || p[0].Error != "bad input 3" || p[0].Attempts != 3 {
		t.Fatalf("List(Parked) = %+v, %v", p, err)
	}
	if n, err := q.Requeue(ctx, []string{"poison"}); n != 1 || err != nil {
		t.Fatalf("Requeue = %d, %v", n, err)
	}
	if j, err := q.Claim(ctx, "w", time.Minute); err != nil || j == nil || j.Attempt != 1 {
		t.Fatalf("Claim after Requeue = %+v, %v", j, err)
	}
}

// TestAbandonedTooOften parks a job whose workers keep dying on it, so
// that an input that crashes workers cannot take them all down.
func TestAbandonedTooOften(t *testing.T) {
	ctx := context.Background()
	q := New(newPool(t), Options{MaxAttempts: 1})
	q.Enqueue(ctx, []string{"crasher"})
	if j, err := q.Claim(ctx, "w1", 200*time.Millisecond); err != nil || j == nil {
		t.Fatalf("Claim = %v, %v", j, err)
	}
	time.Sleep(400 * time.Millisecond)
	if j, err := q.Claim(ctx, "w2", time.Minute); j != nil || err != nil {
		t.Fatalf("Claim = %+v, %v; want the job parked", j, err)
	}
	p, _ := q.List(ctx, Parked, 0)
	if len(p) != 1 || p[0].Worker != "w1" || p[0].Error == "" {
		t.Fatalf("parked = %+v", p)
	}
}

// TestConcurrentClaims has workers race for jobs: each job is handed out
// exactly once.
func TestConcurrentClaims(t *testing.T) {
	ctx := context.Background()
	q := New(newPool(t), Options{})
	const jobs, workers = 60, 6
	var inputs []string
	for i := range jobs {
		inputs = append(inputs, fmt.Sprintf("input-%02d", i))
	}
	q.Enqueue(ctx, inputs)
	var mu sync.Mutex
	seen := map[int64]int{}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for {
				j, err := q.Claim(ctx, fmt.Sprint("w", w), time.Minute)
				if err != nil {
					t.Error(err)
					return
				}
				if j == nil {
					return
				}
				mu.Lock()
				seen[j.ID]++
				mu.Unlock()
				if err := q.Done(ctx, j, ""); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if len(seen) != jobs {
		t.Errorf("%d jobs claimed, want %d", len(seen), jobs)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("job %d claimed %d times", id, n)
		}
	}
	if s, _ := q.Stats(ctx); s != (Stats{Done: jobs}) {
		t.Errorf("Stats = %+v", s)
	}
}

// TestRequeueFencesTheRunningWorker requeues a running job: its worker's
// late Done must not finish the new claim of the job.
func TestRequeueFencesTheRunningWorker(t *testing.T) {
	ctx := context.Background()
	q := New(newPool(t), Options{})
	q.Enqueue(ctx, []string{"x"})
	old, _ := q.Claim(ctx, "old", time.Minute)
	if n, err := q.Requeue(ctx, []string{"x"}); n != 1 || err != nil {
		t.Fatalf("Requeue = %d, %v", n, err)
	}
	cur, err := q.Claim(ctx, "new", time.Minute)
	if err != nil || cur == nil || cur.Attempt != old.Attempt || cur.Claim == old.Claim {
		t.Fatalf("Claim after Requeue = %+v, %v (old %+v)", cur, err, old)
	}
	if err := q.Done(ctx, old, "stale"); !errors.Is(err, ErrLost) {
		t.Errorf("old worker's Done = %v, want ErrLost", err)
	}
	if err := q.Done(ctx, cur, "fresh"); err != nil {
		t.Error(err)
	}
}
