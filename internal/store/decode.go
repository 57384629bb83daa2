package store

import (
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// MentionColumns are what both stores select for a stored mention: the
// mention row ("m") and the article it cites ("a").
const MentionColumns = `m.id, m.event_id, m.data, a.id, a.source, a.outlet, a.title, a.published, COALESCE(a.dup_group, '')`

// MentionRow receives one row of MentionColumns.
type MentionRow struct {
	M               merge.Mention
	Data, Published string
}

// Dest returns Scan destinations in the order of MentionColumns.
func (r *MentionRow) Dest() []any {
	return []any{&r.M.ID, &r.M.EventID, &r.Data, &r.M.Article, &r.M.Source.Source, &r.M.Outlet, &r.M.Title,
		&r.Published, &r.M.Group}
}

// Mention decodes the row, the event through the cache.
func (r *MentionRow) Mention(c *DecodeCache) (merge.Mention, error) {
	m := r.M
	var err error
	if m.Event, err = c.Event(m.ID, r.Data); err != nil {
		return m, fmt.Errorf("mention %s: stored event: %w", m.ID, err)
	}
	if m.Published, err = article.ParsePublished(r.Published); err != nil {
		return m, fmt.Errorf("mention %s: stored %w", m.ID, err)
	}
	return m, nil
}

// maxDecoded bounds each decode cache (about 1 KB per entry).
const maxDecoded = 100_000

// DecodeCache keeps stored mentions decoded. A mention's event never
// changes once stored, and merging reads the mentions of a busy event
// again for every new report of it, so decoding its JSON each time was a
// quarter of a Put. The zero value is ready; callers get their own copies
// of the slices.
type DecodeCache struct {
	mu sync.Mutex
	m  map[string]article.Event
}

// Event returns the decoded event of the stored mention id.
func (c *DecodeCache) Event(id, data string) (article.Event, error) {
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

// EventCache keeps stored events decoded: decoding the JSON of an event
// costs more than reading its row, and timelines read the same events
// over and over. An entry is used only while the stored data is the one
// it was decoded from, as merges rewrite events. The zero value is ready.
type EventCache struct {
	mu sync.Mutex
	m  map[string]cachedEvent
}

type cachedEvent struct {
	data string
	ev   merge.Event
}

// Event returns the decoded event id stored as data. The slices of the
// result are its own, so callers may change them.
func (c *EventCache) Event(id, data string) (merge.Event, error) {
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
