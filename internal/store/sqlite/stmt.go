package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// Statements of the merge and near-duplicate steps, prepared once when
// the store opens (see stmtCache).
const (
	sqlInsertMention = `INSERT INTO mentions (id, article_seq, idx, event_id, type, data)
		VALUES (?, ?, ?, ?, ?, ?)`
	sqlInsertMentionKey = `INSERT OR IGNORE INTO mention_keys (type, key, wide, first, last, mention_id)
			VALUES (?, ?, ?, ?, ?, ?)`
	sqlDeleteEvent = `DELETE FROM events WHERE id = ?`
	sqlInsertEvent = `INSERT INTO events
		(id, type, status, mode, date, first, last, location_key, location_country, sources, mentions, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlInsertEventActor = `INSERT OR IGNORE INTO event_actors (key, last, first, event_id) VALUES (?, ?, ?, ?)`
	sqlInsertEventPair  = `INSERT OR IGNORE INTO event_pairs (a, b, last, first, event_id) VALUES (?, ?, ?, ?, ?)`
	sqlInsertSketch     = `INSERT INTO article_sketches (article_seq, sketch) VALUES (?, ?)`
	sqlInsertBand       = `INSERT OR IGNORE INTO article_bands (band, article_seq) VALUES (?, ?)`
	sqlSetGroup         = `UPDATE articles SET dup_group = ? WHERE seq = ?`
)

// cachedStatements lists them for Open.
var cachedStatements = []string{sqlInsertMention, sqlInsertMentionKey, sqlDeleteEvent, sqlInsertEvent, sqlInsertEventActor, sqlInsertEventPair, sqlInsertSketch, sqlInsertBand, sqlSetGroup}

// stmtCache keeps the write transaction's fixed statements prepared on
// the one write connection: Put runs some fifty statements per article,
// and parsing them each time cost a fifth of its time. They are prepared
// when the store opens, since the single write connection is busy inside
// a transaction; statements built per call (IN lists) run unprepared.
type stmtCache struct {
	stmts map[string]*sql.Stmt
}

// prepare prepares every query on db.
func (c *stmtCache) prepare(ctx context.Context, db *sql.DB, queries ...string) error {
	c.stmts = make(map[string]*sql.Stmt, len(queries))
	for _, q := range queries {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		c.stmts[q] = st
	}
	return nil
}

// get returns the prepared statement for query, nil when there is none.
func (c *stmtCache) get(query string) *sql.Stmt { return c.stmts[query] }

// close releases every cached statement.
func (c *stmtCache) close() error {
	var first error
	for _, st := range c.stmts {
		if err := st.Close(); err != nil && first == nil {
			first = err
		}
	}
	c.stmts = nil
	return first
}

// txw is Put's transaction with the store's statement cache: the merge
// and near-duplicate code runs its statements through it.
type txw struct {
	tx *sql.Tx
	db *DB
}

// ExecContext runs a statement in the transaction, prepared once per store.
func (w txw) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st := w.db.stmts.get(query)
	if st == nil {
		return w.tx.ExecContext(ctx, query, args...)
	}
	return w.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}

// QueryContext runs a query in the transaction, prepared once per store.
func (w txw) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st := w.db.stmts.get(query)
	if st == nil {
		return w.tx.QueryContext(ctx, query, args...)
	}
	return w.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
}
