package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// mergeLock is the advisory lock key that serialises the merge part of
// every Put on a database ("chronmrg" in ASCII). Any process that writes
// events must take it; see the package documentation.
const mergeLock int64 = 0x6368726f6e6d7267

// insertArticle adds a row unless its hash or ID is stored already,
// returning its seq when it did. Both unique indexes must be arbiters:
// with the hash alone, two Puts of one article racing past each other's
// hash check would meet at the ID index, which raises an error instead of
// waiting to do nothing. Put tells a clash on the ID alone (two contents
// with one 16-digit prefix) from a duplicate, and fails loudly on it.
const insertArticle = `INSERT INTO articles
	(id, hash, source, url, format, title, published, published_day, published_at,
	 outlet, outlet_key, authors, language, body, raw, search)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
	 setweight(to_tsvector('chronicle', $16::text), 'A') || setweight(to_tsvector('chronicle', $17::text), 'B'))
	ON CONFLICT DO NOTHING
	RETURNING seq`

// Put stores a in one transaction unless an article with the same content
// hash is stored already: the article, its near-duplicate sketch and its
// event mentions merged into the stored events. When a.Hash is empty it is
// computed from a.Raw; a.ID, when given, must be the hash's prefix as
// article.HashOf makes it. Text that PostgreSQL cannot hold (invalid UTF-8,
// NUL bytes) is stored with U+FFFD in its place.
func (db *DB) Put(ctx context.Context, a *article.Article) (bool, error) {
	added, err := db.PutBatch(ctx, []*article.Article{a})
	if err != nil {
		return false, err
	}
	return added[0], nil
}

// PutBatch stores articles in one transaction, as Put stores each: all of
// them or, on error, none. A commit and the merge lock are what an article
// costs most once the store is shared, so ingest hands articles over in
// batches. added[i] reports whether as[i] was new.
//
// The rows are inserted first, in hash order, and the merge lock is taken
// after the last: two batches that share articles then wait for each other
// in one order only, and a batch holding the merge lock never waits for a
// row another batch holds, so batches cannot deadlock.
func (db *DB) PutBatch(ctx context.Context, as []*article.Article) ([]bool, error) {
	type item struct {
		a        *article.Article
		i        int
		hash, id string
		row      []any
		seq      int64
		inserted bool
	}
	items := make([]item, len(as))
	hashes := make([]string, len(as))
	for i, a := range as {
		if a == nil {
			return nil, errors.New("postgres: put: nil article")
		}
		hash, id, err := store.Identity(a)
		if err != nil {
			return nil, fmt.Errorf("postgres: put: %w", err)
		}
		items[i], hashes[i] = item{a: a, i: i, hash: hash, id: id}, hash
	}
	// Re-ingesting a corpus is routine (jobs are simply run again), so
	// skip the compression and the transaction for what is stored. The
	// inserts below still settle races between concurrent Puts.
	rows, err := db.pool.Query(ctx, `SELECT hash FROM articles WHERE hash = ANY($1)`, hashes)
	if err != nil {
		return nil, fmt.Errorf("postgres: put: %w", err)
	}
	stored, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("postgres: put: %w", err)
	}
	isStored := make(map[string]bool, len(stored))
	for _, h := range stored {
		isStored[h] = true
	}
	added := make([]bool, len(as))
	var todo []*item
	for i := range items {
		it := &items[i]
		if isStored[it.hash] {
			continue
		}
		if it.row, err = db.row(it.a, it.hash, it.id); err != nil {
			return nil, fmt.Errorf("postgres: put %s: %w", it.id, err)
		}
		todo = append(todo, it)
	}
	if len(todo) == 0 {
		return added, nil
	}
	byHash := slices.Clone(todo)
	slices.SortStableFunc(byHash, func(x, y *item) int { return strings.Compare(x.hash, y.hash) })
	err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		for _, it := range byHash {
			switch err := tx.QueryRow(ctx, insertArticle, it.row...).Scan(&it.seq); {
			case errors.Is(err, pgx.ErrNoRows): // stored meanwhile, or twice in the batch
				if err := checkClash(ctx, tx, it.id, it.hash); err != nil {
					return fmt.Errorf("%s: %w", it.id, err)
				}
			case err != nil:
				return fmt.Errorf("%s: %w", it.id, err)
			default:
				it.inserted = true
			}
		}
		if !slices.ContainsFunc(todo, func(it *item) bool { return it.inserted }) {
			return nil
		}
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, mergeLock); err != nil {
			return fmt.Errorf("merge lock: %w", err)
		}
		for _, it := range todo {
			if !it.inserted {
				continue
			}
			group, err := nearDup(ctx, tx, &db.decoded, it.seq, it.id, it.a.Body)
			if err != nil {
				return fmt.Errorf("%s: %w", it.id, err)
			}
			if err := mergeArticle(ctx, tx, &db.decoded, it.seq, it.a, it.id, group); err != nil {
				return fmt.Errorf("%s: %w", it.id, err)
			}
		}
		// Under the merge lock, so versions follow commit order.
		if _, err := tx.Exec(ctx, `UPDATE store_version SET version = version + 1 WHERE id = 1`); err != nil {
			return fmt.Errorf("version: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: put: %w", err)
	}
	for _, it := range todo {
		added[it.i] = it.inserted
	}
	return added, nil
}

// Version returns a number that changes whenever an article is stored, by
// this process or any other: equal versions mean equal records, so an
// answer computed at one version is still true at the same version.
func (db *DB) Version(ctx context.Context) (int64, error) {
	var v int64
	if err := db.pool.QueryRow(ctx, `SELECT version FROM store_version WHERE id = 1`).Scan(&v); err != nil {
		return 0, fmt.Errorf("postgres: version: %w", err)
	}
	return v, nil
}

// checkClash returns an error unless the article stored under id has the
// given hash, after an insert found its ID or hash taken.
func checkClash(ctx context.Context, tx pgx.Tx, id, hash string) error {
	var stored string
	if err := tx.QueryRow(ctx, `SELECT hash FROM articles WHERE id = $1`, id).Scan(&stored); err != nil {
		return fmt.Errorf("check ID clash: %w", err)
	}
	if stored != hash {
		return fmt.Errorf("id %s is taken by another content hash (%s)", id, stored)
	}
	return nil
}

// row turns a into the insert's arguments, in parameter order.
func (db *DB) row(a *article.Article, hash, id string) ([]any, error) {
	authors, err := json.Marshal(a.Authors)
	if err != nil {
		return nil, fmt.Errorf("authors: %w", err)
	}
	raw, err := db.zips.Compress(a.Raw)
	if err != nil {
		return nil, err
	}
	var day, at any // NULL when undated or when the time of day is unknown
	switch a.Published.Precision {
	case article.Day:
		day = a.Published.Day()
	case article.Minute:
		day = a.Published.Day()
		at = a.Published.Time.Unix()
	}
	outlet := pgText(a.Outlet)
	return []any{
		id, hash, pgText(a.Source), pgText(a.URL), pgText(string(a.Format)), pgText(a.Title),
		a.Published.String(), day, at, outlet, strings.ToLower(outlet), string(authors),
		pgText(a.Language), pgText(a.Body), raw, fold(a.Title), fold(clipBytes(a.Body, maxIndexed)),
	}, nil
}
