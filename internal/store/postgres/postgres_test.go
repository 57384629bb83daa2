package postgres

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

// newTestArticle returns a text article whose raw input is raw.
func newTestArticle(raw string) *article.Article {
	hash, id := article.HashOf([]byte(raw))
	return &article.Article{ID: id, Hash: hash, Source: "test/" + id, Format: article.FormatText,
		Title: "Test " + id, Body: raw, Language: "en", Raw: []byte(raw)}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	url := newDatabase(t)
	db, err := Open(ctx, url)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	a := newTestArticle("kept across a reopen")
	if _, err := db.Put(ctx, a); err != nil {
		t.Fatalf("Put: %v", err)
	}
	if err := db.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := db.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	db, err = Open(ctx, url) // migrations already applied: nothing to do
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	if _, err := db.Get(ctx, a.ID); err != nil {
		t.Errorf("Get after reopen: %v", err)
	}
	var version int64
	if err := db.pool.QueryRow(ctx, `SELECT max(version_id) FROM goose_db_version`).Scan(&version); err != nil {
		t.Fatalf("schema version: %v", err)
	}
	es, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	if int(version) != len(es) {
		t.Errorf("schema version %d, want %d (one per migration file)", version, len(es))
	}
}

// TestOpenConcurrently opens one new database from several goroutines at
// once, as workers starting together do: the migration lock must let
// exactly one of them create the schema and the others find it done.
func TestOpenConcurrently(t *testing.T) {
	url := newDatabase(t)
	errs := make(chan error, 4)
	dbs := make(chan *DB, 4)
	for range 4 {
		go func() {
			db, err := Open(context.Background(), url)
			errs <- err
			dbs <- db
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Errorf("Open: %v", err)
		}
		if db := <-dbs; db != nil {
			db.Close()
		}
	}
}

func TestOpenErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, url := range []string{
		"",
		"postgres://user:secret@[::1", // malformed
		"postgres://user:secret@/nowhere?host=/nonexistent/dir&connect_timeout=2",
	} {
		db, err := Open(ctx, url)
		if err == nil {
			db.Close()
			t.Errorf("Open(%q): nil error", url)
			continue
		}
		if strings.Contains(err.Error(), "secret") {
			t.Errorf("Open(%q): the error shows the password: %v", url, err)
		}
	}
}

// TestCancelMidPut cancels a Put while it waits for the merge lock, after
// its article row is inserted: nothing of the article may remain, and the
// store must go on working.
func TestCancelMidPut(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, mergeLock); err != nil {
		t.Fatal(err)
	}
	a := newTestArticle("cancelled while waiting for the merge lock")
	a.Events = []article.Event{{Type: "CONSULT", Status: "happened", Sentence: "They met.",
		Actors: []article.Actor{{Name: "Ruritania", Country: "RUR"}}}}
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	if added, err := db.Put(short, a); err == nil || added {
		t.Fatalf("Put with the merge lock held elsewhere = %v, %v; want an error", added, err)
	}
	tx.Rollback(ctx)
	conn.Release()
	if _, err := db.Get(ctx, a.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get after a cancelled Put: %v; want ErrNotFound", err)
	}
	if st, err := db.Stats(ctx); err != nil || st != (store.Stats{}) {
		t.Errorf("Stats after a cancelled Put = %+v, %v; want zero", st, err)
	}
	if added, err := db.Put(ctx, a); err != nil || !added {
		t.Errorf("Put again = %v, %v; want true, nil", added, err)
	}
	if st, err := db.Stats(ctx); err != nil || st.Articles != 1 || st.Mentions != 1 || st.Events != 1 {
		t.Errorf("Stats = %+v, %v; want 1 article, 1 mention, 1 event", st, err)
	}
}

// TestUnstorableText checks that text PostgreSQL cannot hold (NUL bytes,
// broken UTF-8) is stored with U+FFFD in its place rather than failing
// the Put, and that look-ups by such strings find nothing.
func TestUnstorableText(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	a := newTestArticle("raw bytes may hold anything: \x00\xff")
	a.Title, a.Body, a.Outlet = "Title with a NUL\x00 byte", "Body with \xff broken UTF-8 and talks.", "Wire\x00"
	a.Authors = []string{"Ann\x00 Lee"}
	if added, err := db.Put(ctx, a); err != nil || !added {
		t.Fatalf("Put = %v, %v", added, err)
	}
	got, err := db.Get(ctx, a.ID)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if got.Title != "Title with a NUL\uFFFD byte" || got.Body != "Body with \uFFFD broken UTF-8 and talks." ||
		got.Outlet != "Wire\uFFFD" || string(got.Raw) != string(a.Raw) || len(got.Authors) != 1 {
		t.Errorf("stored %+v", got)
	}
	if hits, err := db.Search(ctx, "talks", store.Filter{Outlet: "wire\x00"}); err != nil || len(hits) != 1 {
		t.Errorf("Search with an outlet holding NUL = %d hits, %v", len(hits), err)
	}
	for _, id := range []string{a.ID + "\x00", "\xff"} {
		if _, err := db.Get(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Get(%q) = %v, want ErrNotFound", id, err)
		}
		if _, err := db.Event(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Event(%q) = %v, want ErrNotFound", id, err)
		}
	}
	if _, err := db.Events(ctx, store.EventFilter{Actors: [][]string{{"n:\x00"}}, Place: "\xff"}); err != nil {
		t.Errorf("Events with NUL and broken UTF-8 in the filter: %v", err)
	}
}

// TestIDClash puts two contents whose hashes share the 16 digits of the
// ID: the second must fail loudly, not pass for a duplicate.
func TestIDClash(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	a, b := newTestArticle("first content"), newTestArticle("second content")
	a.Hash = "0123456789abcdef" + strings.Repeat("0", 48)
	b.Hash = "0123456789abcdef" + strings.Repeat("1", 48)
	a.ID, b.ID = "", ""
	if added, err := db.Put(ctx, a); err != nil || !added {
		t.Fatalf("Put(a) = %v, %v", added, err)
	}
	if added, err := db.Put(ctx, b); err == nil || added {
		t.Errorf("Put of a clashing ID = %v, %v; want an error", added, err)
	}
	if added, err := db.Put(ctx, a); err != nil || added {
		t.Errorf("Put(a) again = %v, %v; want false, nil", added, err)
	}
}

// TestPutBatch checks what a batch reports: new articles, one stored
// before, and one given twice, which is added once.
func TestPutBatch(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	old, a, b := newTestArticle("batch: stored before"), newTestArticle("batch: a"), newTestArticle("batch: b")
	if _, err := db.Put(ctx, old); err != nil {
		t.Fatal(err)
	}
	added, err := db.PutBatch(ctx, []*article.Article{b, old, a, b})
	if err != nil {
		t.Fatalf("PutBatch: %v", err)
	}
	if want := []bool{true, false, true, false}; !slices.Equal(added, want) {
		t.Errorf("PutBatch added = %v, want %v", added, want)
	}
	if added, err := db.PutBatch(ctx, nil); err != nil || len(added) != 0 {
		t.Errorf("PutBatch(nil) = %v, %v", added, err)
	}
	// One bad article fails the whole batch and stores none of it.
	c := newTestArticle("batch: c")
	bad := newTestArticle("batch: bad")
	bad.ID = "0000000000000000"
	if _, err := db.PutBatch(ctx, []*article.Article{c, bad}); err == nil {
		t.Error("PutBatch with a bad article: nil error")
	}
	if _, err := db.Get(ctx, c.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get of an article of a failed batch: %v, want ErrNotFound", err)
	}
	if st, err := db.Stats(ctx); err != nil || st.Articles != 3 {
		t.Errorf("Stats = %+v, %v; want 3 articles", st, err)
	}
}
