package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
)

// querier is what both pgx.Tx and the pool offer: the index reads inside
// Put's transaction, and the timeline reads from the pool.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// txIndex answers merge.Plan from the rows of Put's transaction.
type txIndex struct {
	q       querier
	decoded *store.DecodeCache
}

// Candidates implements merge.Index. A stored span overlaps [First, Last]
// when it starts on or before Last and ends on or after First; it starts
// at most its width before First, so each width class of mention_keys
// (type, key, wide, first) is one index range per key.
func (x txIndex) Candidates(ctx context.Context, q merge.Query) ([]merge.Mention, error) {
	if len(q.Keys) == 0 || q.First == "" || q.Last == "" {
		return nil, nil
	}
	t, err := time.Parse(time.DateOnly, q.First)
	if err != nil {
		return nil, fmt.Errorf("candidates: first day %q: %w", q.First, err)
	}
	part := func(wide, lo string) string {
		return `SELECT k.mention_id FROM mention_keys k WHERE k.type = $1 AND k.key = ANY($2) AND k.wide = ` + wide +
			` AND k.first >= ` + lo + ` AND k.first <= $5 AND k.last >= $6`
	}
	narrow, wide := store.CandidateStarts(t)
	return scanMentions(ctx, x.q, x.decoded, `SELECT `+store.MentionColumns+` FROM mentions m JOIN articles a ON a.seq = m.article_seq
		WHERE m.id IN (`+part("false", "$3")+` UNION ALL `+part("true", "$4")+`)`,
		pgText(q.Type), pgTexts(q.Keys), narrow, wide, q.Last, q.First)
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
	return scanMentions(ctx, q, decoded, `SELECT `+store.MentionColumns+` FROM mentions m JOIN articles a ON a.seq = m.article_seq
		WHERE m.event_id = ANY($1)`, eventIDs)
}

// scanMentions runs a query over store.MentionColumns.
func scanMentions(ctx context.Context, q querier, decoded *store.DecodeCache, query string, args ...any) ([]merge.Mention, error) {
	rows, err := q.Query(ctx, query, args...)
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
