package sqlite

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/storetest"
)

// openTemp opens a new database file in the test's temporary directory
// and closes it when the test ends.
func openTemp(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "chronicle.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestConformanceInMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		return db
	})
}

func TestPragmas(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	for _, pool := range []struct {
		name string
		db   *sql.DB
	}{{"write", db.write}, {"read", db.read}} {
		for _, p := range []struct{ pragma, want string }{
			{"journal_mode", "wal"}, {"synchronous", "1"}, {"foreign_keys", "1"},
			{"busy_timeout", strconv.Itoa(busyTimeoutMS)},
		} {
			var got string
			if err := pool.db.QueryRowContext(ctx, "PRAGMA "+p.pragma).Scan(&got); err != nil {
				t.Fatalf("%s: PRAGMA %s: %v", pool.name, p.pragma, err)
			}
			if got != p.want {
				t.Errorf("%s: PRAGMA %s = %s, want %s", pool.name, p.pragma, got, p.want)
			}
		}
	}
	if _, err := db.read.ExecContext(ctx, `DELETE FROM articles`); err == nil {
		t.Errorf("the read pool accepted a write")
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "odd ?name#%.db")
	db, err := Open(ctx, path)
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
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database file not at the path given: %v", err)
	}
	db, err = Open(ctx, path) // migrations already applied: nothing to do
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	if _, err := db.Get(ctx, a.ID); err != nil {
		t.Errorf("Get after reopen: %v", err)
	}
	var version int
	if err := db.read.QueryRowContext(ctx, `SELECT max(version_id) FROM goose_db_version`).Scan(&version); err != nil {
		t.Fatalf("schema version: %v", err)
	}
	if version != 1 {
		t.Errorf("schema version %d, want 1", version)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{"", filepath.Join(t.TempDir(), "missing", "dir", "x.db")} {
		if db, err := Open(ctx, path); err == nil {
			db.Close()
			t.Errorf("Open(%q): nil error", path)
		}
	}
	notDB := filepath.Join(t.TempDir(), "text.db")
	if err := os.WriteFile(notDB, []byte(strings.Repeat("not a database\n", 200)), 0o600); err != nil {
		t.Fatal(err)
	}
	if db, err := Open(ctx, notDB); err == nil {
		db.Close()
		t.Errorf("Open of a text file: nil error")
	}
}

func TestRawCompressed(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	raw := strings.Repeat("<p>Repetitive markup compresses well.</p>\n", 500)
	a := newTestArticle(raw)
	if _, err := db.Put(ctx, a); err != nil {
		t.Fatalf("Put: %v", err)
	}
	var blob []byte
	if err := db.read.QueryRowContext(ctx, `SELECT raw FROM articles WHERE id = ?`, a.ID).Scan(&blob); err != nil {
		t.Fatalf("select raw: %v", err)
	}
	if len(blob) < 2 || blob[0] != 0x1f || blob[1] != 0x8b || len(blob) > len(raw)/4 {
		t.Errorf("raw stored as %d bytes (magic % x), want gzip well under %d", len(blob), blob[:min(2, len(blob))], len(raw))
	}
}

// newTestArticle returns an article made from raw as the cleaner would.
func newTestArticle(raw string) *article.Article {
	hash, id := article.HashOf([]byte(raw))
	return &article.Article{ID: id, Hash: hash, Format: article.FormatText, Body: raw, Raw: []byte(raw)}
}

func TestPutIdentity(t *testing.T) {
	raw := []byte("identity test")
	hash, id := article.HashOf(raw)
	tests := []struct {
		name    string
		a       *article.Article
		wantID  string
		wantErr bool
	}{
		{"complete", &article.Article{ID: id, Hash: hash, Raw: raw}, id, false},
		{"hash from raw", &article.Article{Raw: raw, Title: "second"}, id, false},
		{"ID from hash", &article.Article{Hash: strings.ToUpper(hash)}, id, false},
		{"ID of another hash", &article.Article{ID: "0000000000000000", Hash: hash}, "", true},
		{"no hash, no raw", &article.Article{Title: "nothing to key on"}, "", true},
		{"short hash", &article.Article{Hash: "abc"}, "", true},
		{"nil", nil, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openTemp(t)
			_, err := db.Put(context.Background(), tt.a)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Put: error %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			got, err := db.Get(context.Background(), tt.wantID)
			if err != nil {
				t.Fatalf("Get(%s): %v", tt.wantID, err)
			}
			if got.Hash != hash {
				t.Errorf("stored hash %s, want %s", got.Hash, hash)
			}
		})
	}
}

func TestGetByHash(t *testing.T) {
	db := openTemp(t)
	a := newTestArticle("found by its full hash too")
	if _, err := db.Put(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if got, err := db.Get(context.Background(), a.Hash); err != nil || got.ID != a.ID {
		t.Errorf("Get(hash) = %v, %v", got, err)
	}
}
