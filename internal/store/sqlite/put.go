package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// insertArticle adds a row unless its hash is stored already; a clash on
// id alone (two contents with one 16-digit prefix) is left to fail loudly.
const insertArticle = `INSERT INTO articles
	(id, hash, source, url, format, title, published, published_day, published_at,
	 outlet, outlet_key, authors, language, body, raw, ingested_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (hash) DO NOTHING`

// Put stores a in one transaction unless an article with the same content
// hash is stored already: the article, its near-duplicate sketch and its
// event mentions merged into the stored events. When a.Hash is empty it is
// computed from a.Raw; a.ID, when given, must be the hash's prefix as
// article.HashOf makes it.
func (db *DB) Put(ctx context.Context, a *article.Article) (bool, error) {
	if a == nil {
		return false, errors.New("sqlite: put: nil article")
	}
	hash, id, err := store.Identity(a)
	if err != nil {
		return false, fmt.Errorf("sqlite: put: %w", err)
	}
	// Re-ingesting a corpus is routine (jobs are simply run again), so
	// skip the compression and the write lock when the hash is stored.
	// The insert below still settles races between concurrent Puts.
	var one int
	switch err := db.exists.QueryRowContext(ctx, hash).Scan(&one); {
	case err == nil:
		return false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return false, fmt.Errorf("sqlite: put %s: %w", id, err)
	}
	added, err := db.PutBatch(ctx, []*article.Article{a})
	if err != nil {
		return false, err
	}
	return added[0], nil
}

// PutBatch stores articles in one transaction, as Put stores each: all of
// them or, on error, none. A commit is what an article costs most (the
// write-ahead log grows by every page the article, its index entries and
// its merged events touch), so ingest hands articles over in batches.
// added[i] reports whether as[i] was new.
func (db *DB) PutBatch(ctx context.Context, as []*article.Article) (added []bool, err error) {
	type prepared struct {
		row []any
		id  string
	}
	rows := make([]prepared, len(as))
	for i, a := range as {
		if a == nil {
			return nil, errors.New("sqlite: put: nil article")
		}
		hash, id, err := store.Identity(a)
		if err != nil {
			return nil, fmt.Errorf("sqlite: put: %w", err)
		}
		row, err := db.row(a, hash, id)
		if err != nil {
			return nil, fmt.Errorf("sqlite: put %s: %w", id, err)
		}
		rows[i] = prepared{row, id}
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: put: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	w := txw{tx: tx, db: db}
	added = make([]bool, len(as))
	for i, a := range as {
		if added[i], err = db.putTx(ctx, w, a, rows[i].id, rows[i].row); err != nil {
			return nil, fmt.Errorf("sqlite: put %s: %w", rows[i].id, err)
		}
	}
	if slices.Contains(added, true) {
		if _, err := tx.ExecContext(ctx, bumpVersion); err != nil {
			return nil, fmt.Errorf("sqlite: put: version: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: put: commit: %w", err)
	}
	return added, nil
}

// bumpVersion moves the store's version on, in the transaction that
// changes what is stored.
const bumpVersion = `UPDATE store_version SET version = version + 1 WHERE id = 1`

// Version returns a number that changes whenever an article is stored, by
// this process or any other: equal versions mean equal records, so an
// answer computed at one version is still true at the same version.
func (db *DB) Version(ctx context.Context) (int64, error) {
	var v int64
	if err := db.read.QueryRowContext(ctx, `SELECT version FROM store_version WHERE id = 1`).Scan(&v); err != nil {
		return 0, fmt.Errorf("sqlite: version: %w", err)
	}
	return v, nil
}

// putTx inserts one article unless its hash is stored, and merges it.
func (db *DB) putTx(ctx context.Context, w txw, a *article.Article, id string, row []any) (bool, error) {
	res, err := w.tx.StmtContext(ctx, db.insert).ExecContext(ctx, row...)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil || n == 0 {
		return false, err
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return false, err
	}
	group, err := nearDup(ctx, w, seq, id, a.Body)
	if err != nil {
		return false, err
	}
	return true, mergeArticle(ctx, w, seq, a, id, group)
}

// row turns a into the insert's arguments, in column order.
func (db *DB) row(a *article.Article, hash, id string) ([]any, error) {
	authors, err := json.Marshal(a.Authors)
	if err != nil {
		return nil, fmt.Errorf("authors: %w", err)
	}
	raw, err := db.zips.Compress(a.Raw)
	if err != nil {
		return nil, err
	}
	var rawArg any // NULL unless there is raw input
	if raw != nil {
		rawArg = raw
	}
	var day, at any // NULL when undated or when the time of day is unknown
	switch a.Published.Precision {
	case article.Day:
		day = a.Published.Day()
	case article.Minute:
		day = a.Published.Day()
		at = a.Published.Time.Unix()
	}
	return []any{
		id, hash, a.Source, a.URL, string(a.Format), a.Title, a.Published.String(), day, at,
		a.Outlet, strings.ToLower(a.Outlet), string(authors), a.Language, a.Body, rawArg,
		time.Now().UTC().Format(time.RFC3339Nano),
	}, nil
}
