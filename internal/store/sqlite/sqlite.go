package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/internal/store"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// busyTimeoutMS is how long a connection waits for another process's lock
// before giving up with SQLITE_BUSY.
const busyTimeoutMS = 10000

// pragmas every connection runs when it opens. journal_mode is persistent
// in the file, the rest are per connection.
var pragmas = []string{
	fmt.Sprintf("busy_timeout(%d)", busyTimeoutMS),
	"journal_mode(WAL)",
	"synchronous(NORMAL)",
	"foreign_keys(ON)",
	"temp_store(MEMORY)",
	"cache_size(-16000)",       // 16 MiB of page cache per connection
	"wal_autocheckpoint(4000)", // checkpoint every 16 MiB of log rather than 4
}

// DB is a SQLite-backed store.Store.
type DB struct {
	write *sql.DB // one connection: writers queue here
	read  *sql.DB // read-only pool; the same handle as write for in-memory databases
	// insert is prepared once on the single write connection, sparing
	// every Put the parse of the statement and its FTS trigger.
	insert *sql.Stmt
	exists *sql.Stmt // on the read pool: is a hash stored?
	zips   store.Zipper
	stmts  stmtCache // the merge's statements, on the write connection
	// decoded keeps stored mentions decoded for the merge and timelines.
	decoded store.DecodeCache
	// events keeps stored events decoded for timelines.
	events store.EventCache

	closeOnce sync.Once
	closeErr  error
}

var _ store.Store = (*DB)(nil)

// Open opens the database at path, creating the file if needed, and brings
// its schema up to date. The path ":memory:" gives a private in-memory
// database, useful for throwaway work; it lives as long as the DB.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: open: empty path")
	}
	memory := path == ":memory:"
	var name string
	if memory {
		name = "file::memory:"
	} else {
		abs, err := filepath.Abs(path)
		if err != nil {
			return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
		}
		name = "file:" + escapePath(abs)
	}

	write, err := sql.Open("sqlite", dsn(name, true))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	write.SetMaxOpenConns(1)
	write.SetMaxIdleConns(1)
	write.SetConnMaxLifetime(0)
	write.SetConnMaxIdleTime(0)
	db := &DB{write: write, read: write}
	if err := migrate(ctx, write); err != nil {
		write.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := db.stmts.prepare(ctx, write, cachedStatements...); err != nil {
		write.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if db.insert, err = write.PrepareContext(ctx, insertArticle); err != nil {
		write.Close()
		return nil, fmt.Errorf("sqlite: open %s: prepare: %w", path, err)
	}
	if !memory {
		read, err := sql.Open("sqlite", dsn(name, false))
		if err != nil {
			db.insert.Close()
			write.Close()
			return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
		}
		n := max(4, runtime.GOMAXPROCS(0))
		read.SetMaxOpenConns(n)
		read.SetMaxIdleConns(n)
		db.read = read
	}
	if db.exists, err = db.read.PrepareContext(ctx, `SELECT 1 FROM articles WHERE hash = ?`); err != nil {
		db.insert.Close()
		db.read.Close()
		write.Close()
		return nil, fmt.Errorf("sqlite: open %s: prepare: %w", path, err)
	}
	return db, nil
}

// dsn builds the driver's connection string. The writer starts its
// transactions IMMEDIATE so that a transaction that reads before it writes
// cannot fail to upgrade its lock; readers are query_only as a guard.
func dsn(name string, writer bool) string {
	q := url.Values{}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	if writer {
		q.Set("_txlock", "immediate")
	} else {
		q.Add("_pragma", "query_only(ON)")
	}
	return name + "?" + q.Encode()
}

// escapePath makes a file path safe inside a SQLite URI, where '?' starts
// the query, '#' the fragment and '%' an escape.
func escapePath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(p))
}

// Close closes both connection pools; the last connection to close
// checkpoints the WAL into the main file. Before that it lets SQLite
// refresh the statistics its query planner uses, as SQLite advises for
// connections that close.
func (db *DB) Close() error {
	db.closeOnce.Do(func() {
		_, err := db.write.ExecContext(context.Background(), `PRAGMA optimize`)
		errs := []error{err, db.stmts.close(), db.insert.Close(), db.exists.Close()}
		if db.read != db.write {
			errs = append(errs, db.read.Close())
		}
		errs = append(errs, db.write.Close())
		if err := errors.Join(errs...); err != nil {
			db.closeErr = fmt.Errorf("sqlite: close: %w", err)
		}
	})
	return db.closeErr
}
