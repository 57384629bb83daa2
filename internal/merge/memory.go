package merge

import (
	"context"
	"slices"
	"strings"
	"time"
)

// bucketDays is the width of the day buckets Memory indexes mentions by:
// a week keeps a month-long span in five buckets and a day's look-up in one
// or two.
const bucketDays = 7

// Memory is an Index held in memory, with the events Plan built: what
// tests, benchmarks and runs without a store merge into. Mentions are
// indexed by type, identity key and week, so a look-up touches only the
// mentions near its days. A Memory is not safe for concurrent use.
type Memory struct {
	// events are held without their mentions, which members lists by ID:
	// each mention is kept once, in mentions.
	events   map[string]*Event
	members  map[string][]string
	mentions map[string]Mention
	index    map[bucket][]string
	spans    map[string]span // of every indexed mention
}

// bucket is one cell of the Memory index.
type bucket struct {
	typ, key string
	week     int64
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory {
	return &Memory{events: map[string]*Event{}, members: map[string][]string{}, mentions: map[string]Mention{},
		index: map[bucket][]string{}, spans: map[string]span{}}
}

// weekOf returns the bucket number of a day.
func weekOf(t time.Time) int64 { return t.Unix() / 86400 / bucketDays }

// Candidates implements Index.
func (m *Memory) Candidates(ctx context.Context, q Query) ([]Mention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	first, err1 := time.Parse(time.DateOnly, q.First)
	last, err2 := time.Parse(time.DateOnly, q.Last)
	if err1 != nil || err2 != nil || last.Before(first) {
		return nil, nil
	}
	// Most look-ups find a handful of mentions: collect IDs first, then
	// copy each mention once.
	var ids []string
	for _, k := range q.Keys {
		for w := weekOf(first); w <= weekOf(last); w++ {
			for _, id := range m.index[bucket{q.Type, k, w}] {
				if s := m.spans[id]; s.last.Before(first) || last.Before(s.first) {
					continue
				}
				ids = append(ids, id)
			}
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := make([]Mention, len(ids))
	for i, id := range ids {
		out[i] = m.mentions[id]
	}
	return out, nil
}

// Mentions implements Index.
func (m *Memory) Mentions(ctx context.Context, eventIDs []string) ([]Mention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []Mention
	for _, id := range eventIDs {
		for _, mid := range m.members[id] {
			out = append(out, m.mentions[mid])
		}
	}
	return out, nil
}

// Apply writes a Plan result, as a store would.
func (m *Memory) Apply(r Result) {
	for _, id := range r.Removed {
		delete(m.events, id)
		delete(m.members, id)
	}
	for i := range r.Events {
		e := r.Events[i]
		ids := make([]string, len(e.Mentions))
		for j, mm := range e.Mentions {
			ids[j] = mm.ID
			_, known := m.mentions[mm.ID]
			m.mentions[mm.ID] = mm
			if !known {
				m.indexMention(mm)
			}
		}
		e.Mentions = nil
		m.events[e.ID] = &e
		m.members[e.ID] = ids
	}
}

// indexMention files a mention under every identity key of its type for
// every week its span touches.
func (m *Memory) indexMention(mm Mention) {
	s, ok := spanOf(mm)
	if !ok {
		return
	}
	m.spans[mm.ID] = s
	for _, k := range KeysOf(mm.Event) {
		for w := weekOf(s.first); w <= weekOf(s.last); w++ {
			b := bucket{mm.Event.Type, k, w}
			m.index[b] = append(m.index[b], mm.ID)
		}
	}
}

// Add merges mentions into the Memory: Plan, then Apply.
func (m *Memory) Add(ctx context.Context, mentions []Mention) error {
	r, err := Plan(ctx, m, mentions)
	if err != nil {
		return err
	}
	m.Apply(r)
	return nil
}

// Events returns every event, by First then ID.
func (m *Memory) Events() []Event {
	out := make([]Event, 0, len(m.events))
	for id, e := range m.events {
		ev := *e
		ev.Mentions = make([]Mention, len(m.members[id]))
		for i, mid := range m.members[id] {
			ev.Mentions[i] = m.mentions[mid]
		}
		out = append(out, ev)
	}
	slices.SortFunc(out, func(a, b Event) int {
		if c := strings.Compare(a.First, b.First); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// Len returns how many mentions the Memory holds.
func (m *Memory) Len() int { return len(m.mentions) }
