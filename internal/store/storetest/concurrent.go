package storetest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/chronicle-news/chronicle/internal/store"
)

// writers is how many goroutines the concurrency tests run at once.
const writers = 8

func testConcurrentSamePut(t *testing.T, s store.Store) {
	var (
		wg    sync.WaitGroup
		added atomic.Int32
	)
	for range writers {
		wg.Go(func() {
			a := newArticle("concurrent: the same article from every goroutine")
			ok, err := s.Put(context.Background(), a)
			if err != nil {
				t.Errorf("Put: %v", err)
			}
			if ok {
				added.Add(1)
			}
		})
	}
	wg.Wait()
	if n := added.Load(); n != 1 {
		t.Errorf("%d goroutines report added=true, want exactly 1", n)
	}
	if n := len(list(t, s, store.Filter{})); n != 1 {
		t.Errorf("List returned %d articles, want 1", n)
	}
}

func testConcurrentDistinctPuts(t *testing.T, s store.Store) {
	const each = 25
	ctx := context.Background()
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				a := newArticle(fmt.Sprintf("concurrent: article %d of writer %d", i, w))
				a.Outlet = fmt.Sprintf("Outlet %d", w)
				if ok, err := s.Put(ctx, a); err != nil || !ok {
					t.Errorf("Put(%d/%d) = %v, %v; want true, nil", w, i, ok, err)
				}
			}
		})
	}
	// Readers run beside the writers and must never fail or block them.
	for range 2 {
		wg.Go(func() {
			for range each {
				if _, err := s.List(ctx, store.Filter{Limit: 10}); err != nil {
					t.Errorf("List during writes: %v", err)
				}
				if _, err := s.Search(ctx, "concurrent article", store.Filter{Limit: 10}); err != nil {
					t.Errorf("Search during writes: %v", err)
				}
			}
		})
	}
	wg.Wait()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if st.Articles != writers*each || st.Outlets != writers {
		t.Errorf("Stats = %+v, want %d articles from %d outlets", st, writers*each, writers)
	}
}
