package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/chronicle-news/chronicle/internal/store"
)

func testIdempotentPut(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := newArticle("The same bytes, ingested twice.")
	a.Title = "First copy"
	put(t, s, a)

	again := *a
	added, err := s.Put(ctx, &again)
	if err != nil || added {
		t.Fatalf("second Put = %v, %v; want false, nil", added, err)
	}
	// Another path to the same bytes, cleaned differently: still the same
	// article, and the first copy stays.
	other := *a
	other.Source, other.Title = "elsewhere/copy.txt", "Second copy"
	if added, err := s.Put(ctx, &other); err != nil || added {
		t.Fatalf("Put of the same hash from another source = %v, %v; want false, nil", added, err)
	}
	got, err := s.Get(ctx, a.ID)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if got.Source != a.Source || got.Title != a.Title {
		t.Errorf("stored copy changed to %q / %q", got.Source, got.Title)
	}
	if n := len(list(t, s, store.Filter{})); n != 1 {
		t.Errorf("List returned %d articles, want 1", n)
	}
}

func testSameTitle(t *testing.T, s store.Store) {
	a := newArticle("One report of the summit.")
	b := newArticle("Another report of the summit, from a different outlet.")
	a.Title, b.Title = "Summit ends", "Summit ends"
	put(t, s, a, b)
	if n := len(list(t, s, store.Filter{})); n != 2 {
		t.Errorf("List returned %d articles, want 2", n)
	}
}

func testGetMissing(t *testing.T, s store.Store) {
	put(t, s, newArticle("Something stored, so that the store is not empty."))
	for _, id := range []string{"0123456789abcdef", "", "'; DROP TABLE articles; --", "\xff"} {
		a, err := s.Get(context.Background(), id)
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Get(%q) = %v, %v; want ErrNotFound", id, a, err)
		}
	}
}

func testCancelledContext(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := newArticle("Put with a cancelled context must not store anything.")
	if _, err := s.Put(ctx, a); err == nil {
		t.Errorf("Put with a cancelled context: nil error")
	}
	if _, err := s.Get(context.Background(), a.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get after a cancelled Put: %v; want ErrNotFound", err)
	}
	if _, err := s.List(ctx, store.Filter{}); err == nil {
		t.Errorf("List with a cancelled context: nil error")
	}
}
