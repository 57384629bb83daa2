package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// querier is what both *sql.Tx and *sql.DB offer: the index reads inside
// Put's transaction, and the timeline reads from the read pool.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// mentionColumns select a stored mention with the article it cites, from
// mentions aliased "m" joined to articles aliased "a".
const mentionColumns = `m.id, m.event_id, m.data, a.id, a.source, a.outlet, a.title, a.published, COALESCE(a.dup_group, '')`

// longestSpan bounds how far before a query's first day a stored mention
// may start and still overlap it: a year-precision date is the widest span.
// narrowSpan is the widest span of the common class (a month).
const (
	longestSpan = 366 * 24 * time.Hour
	narrowSpan  = 31 * 24 * time.Hour
)

// txIndex answers merge.Plan from the rows of Put's transaction.
type txIndex struct {
	q       querier
	decoded *decodeCache
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
	var args []any
	for _, c := range []struct {
		wide  int
		width time.Duration
	}{{0, narrowSpan}, {1, longestSpan}} {
		args = append(args, q.Type)
		for _, k := range q.Keys {
			args = append(args, k)
		}
		args = append(args, c.wide, t.Add(-c.width).Format(time.DateOnly), q.Last, q.First)
	}
	query := `SELECT ` + mentionColumns + ` FROM mentions m JOIN articles a ON a.seq = m.article_seq
		WHERE m.id IN (` + part + ` UNION ALL ` + part + `)`
	return scanMentions(ctx, x.q, x.decoded, query, args...)
}

// Mentions implements merge.Index.
func (x txIndex) Mentions(ctx context.Context, eventIDs []string) ([]merge.Mention, error) {
	return mentionsOf(ctx, x.q, x.decoded, eventIDs)
}

// mentionsOf returns every stored mention of the given events.
func mentionsOf(ctx context.Context, q querier, decoded *decodeCache, eventIDs []string) ([]merge.Mention, error) {
	if len(eventIDs) == 0 {
		return nil, nil
	}
	args := make([]any, len(eventIDs))
	for i, id := range eventIDs {
		args[i] = id
	}
	query := `SELECT ` + mentionColumns + ` FROM mentions m JOIN articles a ON a.seq = m.article_seq
		WHERE m.event_id IN (` + marks(len(eventIDs)) + `)`
	return scanMentions(ctx, q, decoded, query, args...)
}

// scanMentions runs a query over mentionColumns.
func scanMentions(ctx context.Context, q querier, decoded *decodeCache, query string, args ...any) ([]merge.Mention, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("mentions: %w", err)
	}
	defer rows.Close()
	var out []merge.Mention
	for rows.Next() {
		var (
			m               merge.Mention
			data, published string
		)
		if err := rows.Scan(&m.ID, &m.EventID, &data, &m.Article, &m.Source.Source, &m.Outlet, &m.Title,
			&published, &m.Group); err != nil {
			return nil, fmt.Errorf("mentions: %w", err)
		}
		if m.Event, err = decoded.event(m.ID, data); err != nil {
			return nil, fmt.Errorf("mention %s: stored event: %w", m.ID, err)
		}
		if m.Published, err = article.ParsePublished(published); err != nil {
			return nil, fmt.Errorf("mention %s: stored %w", m.ID, err)
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

// maxDecoded bounds the decoded-mention cache (about 1 KB per entry).
const maxDecoded = 100_000

// decodeCache keeps stored mentions decoded. A mention's event never
// changes once stored, and merging reads the mentions of a busy event
// again for every new report of it, so decoding its JSON each time was
// a quarter of a Put. Callers get their own copies of the slices.
type decodeCache struct {
	mu sync.Mutex
	m  map[string]article.Event
}

// event returns the decoded event of the stored mention id.
func (c *decodeCache) event(id, data string) (article.Event, error) {
	c.mu.Lock()
	e, ok := c.m[id]
	c.mu.Unlock()
	if !ok {
		if err := json.Unmarshal([]byte(data), &e); err != nil {
			return e, err
		}
		c.mu.Lock()
		if c.m == nil || len(c.m) >= maxDecoded {
			c.m = make(map[string]article.Event, 1024)
		}
		c.m[id] = e
		c.mu.Unlock()
	}
	e.Actors = slices.Clone(e.Actors)
	e.Recipients = slices.Clone(e.Recipients)
	e.Explain = nil
	return e, nil
}

// eventCache keeps stored events decoded: decoding the JSON of an event
// costs more than reading its row, and timelines read the same events
// over and over. An entry is used only while the stored data is the one
// it was decoded from, as merges rewrite events.
type eventCache struct {
	mu sync.Mutex
	m  map[string]cachedEvent
}

type cachedEvent struct {
	data string
	ev   merge.Event
}

// event returns the decoded event id stored as data. The slices of the
// result are its own, so callers may change them.
func (c *eventCache) event(id, data string) (merge.Event, error) {
	c.mu.Lock()
	e, ok := c.m[id]
	c.mu.Unlock()
	if !ok || e.data != data {
		var ev merge.Event
		if err := json.Unmarshal([]byte(data), &ev); err != nil {
			return ev, err
		}
		e = cachedEvent{data: data, ev: ev}
		c.mu.Lock()
		if c.m == nil || len(c.m) >= maxDecoded {
			c.m = make(map[string]cachedEvent, 1024)
		}
		c.m[id] = e
		c.mu.Unlock()
	}
	ev := e.ev
	ev.Actors = slices.Clone(ev.Actors)
	ev.Recipients = slices.Clone(ev.Recipients)
	ev.History = slices.Clone(ev.History)
	ev.Conflicts = slices.Clone(ev.Conflicts)
	ev.Mentions = slices.Clone(ev.Mentions)
	if ev.Location != nil {
		loc := *ev.Location
		ev.Location = &loc
	}
	return ev, nil
}
