package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
)

// querier is what both *sql.Tx and *sql.DB offer: the index reads inside
// Put's transaction, and the timeline reads from the read pool.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// txIndex answers merge.Plan from the rows of Put's transaction.
type txIndex struct {
	q       querier
	decoded *store.DecodeCache
}

// Candidates implements merge.Index.
func (x txIndex) Candidates(ctx context.Context, q merge.Query) ([]merge.Mention, error) {
	if len(q.Keys) == 0 || q.First == "" || q.Last == "" {
		return nil, nil
	}
	t, err := time.Parse(time.DateOnly, q.First)
	if err != nil {
		return nil, fmt.Errorf("candidates: first day %q: %w", q.First, err)
	}
	// A stored span overlaps [First, Last] when it starts on or before
	// Last and ends on or after First; it starts at most its width before
	// First, so each width class is one index range.
	keys := marks(len(q.Keys))
	part := `SELECT mention_id FROM mention_keys WHERE type = ? AND key IN (` + keys + `) AND wide = ?
		AND first >= ? AND first <= ? AND last >= ?`
	narrow, wide := store.CandidateStarts(t)
	var args []any
	for _, c := range []struct {
		wide  int
		start string
	}{{0, narrow}, {1, wide}} {
		args = append(args, q.Type)
		for _, k := range q.Keys {
			args = append(args, k)
		}
		args = append(args, c.wide, c.start, q.Last, q.First)
	}
	query := `SELECT ` + store.MentionColumns + ` FROM mentions m JOIN articles a ON a.seq = m.article_seq
		WHERE m.id IN (` + part + ` UNION ALL ` + part + `)`
	return scanMentions(ctx, x.q, x.decoded, query, args...)
}

// Mentions implements merge.Index.
func (x txIndex) Mentions(ctx context.Context, eventIDs []string) ([]merge.Mention, error) {
	return mentionsOf(ctx, x.q, x.decoded, eventIDs)
}

// mentionsOf returns every stored mention of the given events.
func mentionsOf(ctx context.Context, q querier, decoded *store.DecodeCache, eventIDs []string) ([]merge.Mention, error) {
	if len(eventIDs) == 0 {
		return nil, nil
	}
	args := make([]any, len(eventIDs))
	for i, id := range eventIDs {
		args[i] = id
	}
	query := `SELECT ` + store.MentionColumns + ` FROM mentions m JOIN articles a ON a.seq = m.article_seq
		WHERE m.event_id IN (` + marks(len(eventIDs)) + `)`
	return scanMentions(ctx, q, decoded, query, args...)
}

// scanMentions runs a query over store.MentionColumns.
func scanMentions(ctx context.Context, q querier, decoded *store.DecodeCache, query string, args ...any) ([]merge.Mention, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("mentions: %w", err)
	}
	defer rows.Close()
	var out []merge.Mention
	for rows.Next() {
		var r store.MentionRow
		if err := rows.Scan(r.Dest()...); err != nil {
			return nil, fmt.Errorf("mentions: %w", err)
		}
		m, err := r.Mention(decoded)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("mentions: %w", err)
	}
	return out, nil
}

// marks returns n comma-separated placeholders.
func marks(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}
