package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
)

// Events returns the merged events that f selects, in timeline order, each
// with all its mentions.
func (db *DB) Events(ctx context.Context, f store.EventFilter) ([]merge.Event, error) {
	f, err := f.Normalize()
	if err != nil {
		return nil, fmt.Errorf("postgres: events: %w", err)
	}
	query, args := eventQuery(f)
	rows, err := db.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: events: %w", err)
	}
	var out []merge.Event
	for rows.Next() {
		var data, last, id string
		if err := rows.Scan(&data, &last, &id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("postgres: events: %w", err)
		}
		ev, err := db.events.Event(id, data)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("postgres: events: stored event %s: %w", id, err)
		}
		out = append(out, ev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: events: %w", err)
	}
	if err := db.attachMentions(ctx, out); err != nil {
		return nil, fmt.Errorf("postgres: events: %w", err)
	}
	return out, nil
}

// Event returns one merged event with its mentions, by its ID or by an
// ID it had before merges renamed it.
func (db *DB) Event(ctx context.Context, id string) (*merge.Event, error) {
	if pgText(id) != id {
		return nil, fmt.Errorf("postgres: event %q: %w", id, store.ErrNotFound)
	}
	var data, current string
	err := db.pool.QueryRow(ctx, `SELECT id, data FROM events WHERE id = $1
		UNION ALL SELECT e.id, e.data FROM event_aliases a JOIN events e ON e.id = a.event_id WHERE a.old_id = $1
		LIMIT 1`, id).Scan(&current, &data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("postgres: event %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: event %q: %w", id, err)
	}
	evs := make([]merge.Event, 1)
	if evs[0], err = db.events.Event(current, data); err != nil {
		return nil, fmt.Errorf("postgres: event %q: stored event: %w", id, err)
	}
	if err := db.attachMentions(ctx, evs); err != nil {
		return nil, fmt.Errorf("postgres: event %q: %w", id, err)
	}
	return &evs[0], nil
}

// attachMentions fills in the mentions of events, oldest article first.
func (db *DB) attachMentions(ctx context.Context, evs []merge.Event) error {
	return store.AttachMentions(ctx, evs, func(ctx context.Context, ids []string) ([]merge.Mention, error) {
		return mentionsOf(ctx, db.pool, &db.decoded, ids)
	})
}

// eventQuery builds the timeline query for a normalised filter. Every
// form reads one index in timeline order (by the last day an event's date
// may mean): an actor's rows of event_actors, a pair's rows of
// event_pairs, a type's rows or all events; so a page of a busy actor's
// timeline reads little more than the page. A date range is a range of
// that index: last >= from starts it exactly, and since no date spans more
// than longestSpan, last <= to+longestSpan ends it; first <= to is read
// from the same index entry.
func eventQuery(f store.EventFilter) (string, []any) {
	var (
		where []string
		p     params
	)
	drive, from, order := "e", "events e", "e.last, e.id"
	distinct := ""
	switch {
	case len(f.Actors) >= 2:
		drive, order = "p", "p.last, p.event_id"
		var as, bs []string
		for _, a := range f.Actors[0] {
			for _, b := range f.Actors[1] {
				if a == b {
					continue
				}
				as, bs = append(as, pgText(min(a, b))), append(bs, pgText(max(a, b)))
			}
		}
		from = `event_pairs p JOIN events e ON e.id = p.event_id`
		where = append(where, `(p.a, p.b) IN (SELECT * FROM unnest(`+p.add(as)+`::text[], `+p.add(bs)+`::text[]))`)
		if len(as) > 1 {
			distinct = "DISTINCT "
		}
		for _, keys := range f.Actors[2:] {
			where = append(where, `EXISTS (SELECT 1 FROM event_actors o WHERE o.event_id = e.id AND o.key = ANY(`+
				p.add(pgTexts(keys))+`))`)
		}
	case len(f.Actors) == 1:
		drive, order = "x", "x.last, x.event_id"
		from = `event_actors x JOIN events e ON e.id = x.event_id`
		where = append(where, `x.key = ANY(`+p.add(pgTexts(f.Actors[0]))+`)`)
		if len(f.Actors[0]) > 1 {
			distinct = "DISTINCT "
		}
	}
	in := func(col string, vals []string) {
		if len(vals) > 0 {
			where = append(where, col+` = ANY(`+p.add(pgTexts(vals))+`)`)
		}
	}
	in("e.type", f.Types)
	in("e.status", f.Statuses)
	in("e.id", f.IDs)
	if f.Article != "" {
		where = append(where, `e.id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.seq = m.article_seq WHERE a.id = `+
			p.add(pgText(f.Article))+`)`)
	}
	if f.Place != "" {
		place := pgText(f.Place)
		where = append(where, `(e.location_key = `+p.add(strings.ToLower(place))+
			` OR e.location_country = `+p.add(strings.ToUpper(place))+`)`)
	}
	if f.From != "" {
		where = append(where, drive+`.last >= `+p.add(f.From)+` AND `+drive+`.last <> '`+unknownDay+`'`)
	}
	if f.To != "" {
		where = append(where, drive+`.first <= `+p.add(f.To))
		if t, err := time.Parse(time.DateOnly, f.To); err == nil {
			where = append(where, drive+`.last <= `+p.add(t.Add(store.LongestSpan).Format(time.DateOnly)))
		}
	}
	q := `SELECT ` + distinct + `e.data, ` + order + ` FROM ` + from
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY ` + order + ` LIMIT ` + p.add(f.Limit) + ` OFFSET ` + p.add(f.Offset)
	return q, p
}
