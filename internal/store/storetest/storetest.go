package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// Run runs the conformance suite against a backend. open must return a
// new, empty store for each call; Run closes it when the subtest ends, and
// a second Close from the caller's own cleanup must be harmless.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"SummaryFields", testSummaryFields},
		{"IdempotentPut", testIdempotentPut},
		{"SameTitle", testSameTitle},
		{"GetMissing", testGetMissing},
		{"CancelledContext", testCancelledContext},
		{"ListOrder", testListOrder},
		{"ListPaging", testListPaging},
		{"ListFilters", testListFilters},
		{"BadFilters", testBadFilters},
		{"Search", testSearch},
		{"SearchRanking", testSearchRanking},
		{"HostileQueries", testHostileQueries},
		{"ConcurrentSamePut", testConcurrentSamePut},
		{"ConcurrentDistinctPuts", testConcurrentDistinctPuts},
		{"Stats", testStats},
		{"EventsMerge", testEventsMerge},
		{"EventsRoundTrip", testEventsRoundTrip},
		{"EventFilters", testEventFilters},
		{"NearDuplicates", testNearDuplicates},
		{"Version", testVersion},
		{"EventAliases", testEventAliases},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tt.run(t, s)
		})
	}
	t.Run("EventsOrder", func(t *testing.T) { testEventsOrder(t, open) })
	t.Run("BridgedCopies", func(t *testing.T) { testBridgedCopies(t, open) })
}

// newArticle returns an article whose raw input is raw, with the ID and
// hash that input gives and plausible text fields that callers override.
func newArticle(raw string) *article.Article {
	hash, id := article.HashOf([]byte(raw))
	return &article.Article{
		ID: id, Hash: hash, Source: "testdata/" + id + ".txt", Format: article.FormatText,
		Title: "Article " + id, Body: raw, Language: "en", Raw: []byte(raw),
	}
}

// at parses an RFC 3339 time for a minute-precision date, failing the test
// on a typo in the fixture.
func at(t *testing.T, s string) article.Published {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("fixture time %q: %v", s, err)
	}
	return article.At(v)
}

// put stores articles in order and fails the test unless each is new.
func put(t *testing.T, s store.Store, as ...*article.Article) {
	t.Helper()
	for _, a := range as {
		added, err := s.Put(context.Background(), a)
		if err != nil {
			t.Fatalf("Put(%s): %v", a.ID, err)
		}
		if !added {
			t.Fatalf("Put(%s): added = false for a new article", a.ID)
		}
	}
}

// list calls List and fails the test on error.
func list(t *testing.T, s store.Store, f store.Filter) []article.Article {
	t.Helper()
	got, err := s.List(context.Background(), f)
	if err != nil {
		t.Fatalf("List(%+v): %v", f, err)
	}
	return got
}

// ids returns the IDs of articles, for comparing orders.
func ids(as []article.Article) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

// idsOf is ids for the fixtures a test stored.
func idsOf(as ...*article.Article) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

// samePublished reports how two publication dates differ, "" when they
// are the same value: same precision, same instant, same zone offset.
func samePublished(got, want article.Published) string {
	if got.Precision != want.Precision {
		return fmt.Sprintf("precision %d, want %d", got.Precision, want.Precision)
	}
	if got.String() != want.String() {
		return fmt.Sprintf("%q, want %q", got.String(), want.String())
	}
	if want.Precision == article.Minute {
		_, go1 := got.Time.Zone()
		_, wo := want.Time.Zone()
		if !got.Time.Equal(want.Time) || go1 != wo {
			return fmt.Sprintf("time %v, want %v", got.Time, want.Time)
		}
	}
	return ""
}
