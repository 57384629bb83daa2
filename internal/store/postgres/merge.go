package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
)

// unknownDay stands for an unknown first or last day in the events table:
// it sorts after every YYYY-MM-DD (in the "C" collation the columns use),
// which puts undated events last.
const unknownDay = "~"

// mergeArticle merges the event mentions of the article just inserted
// (row seq) into the stored events, inside Put's transaction and under
// its merge lock.
func mergeArticle(ctx context.Context, tx pgx.Tx, decoded *store.DecodeCache, seq int64, a *article.Article, id, group string) error {
	src := *a
	src.ID = id
	added := merge.MentionsOf(&src, group)
	if len(added) == 0 {
		return nil
	}
	res, err := merge.Plan(ctx, txIndex{q: tx, decoded: decoded}, added)
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	fresh := make(map[string]int, len(added))
	for i, m := range added {
		fresh[m.ID] = i
	}
	b := &pgx.Batch{}
	err = queueResult(b, res, func(m merge.Mention) error {
		if i, ok := fresh[m.ID]; ok {
			return queueMention(b, seq, i, m)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return sendBatch(ctx, tx, b, "merge")
}

// sendBatch runs the statements of b in one round trip.
func sendBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch, what string) error {
	if b.Len() == 0 {
		return nil
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// queueMention queues the insert of a new mention and of the keys merge
// candidates are looked up by.
func queueMention(b *pgx.Batch, seq int64, idx int, m merge.Mention) error {
	data, err := json.Marshal(m.Event)
	if err != nil {
		return fmt.Errorf("mention %s: %w", m.ID, err)
	}
	b.Queue(`INSERT INTO mentions (id, article_seq, idx, event_id, type, data) VALUES ($1, $2, $3, $4, $5, $6)`,
		m.ID, seq, idx, m.EventID, pgText(m.Event.Type), string(data))
	first, last, ok := merge.Span(m)
	if !ok {
		return nil
	}
	keys := merge.KeysOf(m.Event)
	if len(keys) == 0 {
		return nil
	}
	wide := store.WideSpan(first, last)
	b.Queue(`INSERT INTO mention_keys (type, key, wide, first, last, mention_id)
		SELECT $1, k, $3, $4, $5, $6 FROM unnest($2::text[]) AS k ON CONFLICT DO NOTHING`,
		pgText(m.Event.Type), pgTexts(keys), wide, first, last, m.ID)
	return nil
}

// queueResult queues the replacement of the events a merge touched.
// Mentions already stored move to their new event; newMention queues the
// others.
func queueResult(b *pgx.Batch, res merge.Result, newMention func(merge.Mention) error) error {
	if len(res.Removed) > 0 {
		b.Queue(`DELETE FROM events WHERE id = ANY($1)`, res.Removed)
	}
	for old, id := range res.Renamed {
		// The stored mentions of a renamed event move in one statement;
		// the others stay where they are.
		b.Queue(`UPDATE mentions SET event_id = $1 WHERE event_id = $2`, id, old)
		// Aliases of the former ID move with it, so chains stay flat.
		b.Queue(`UPDATE event_aliases SET event_id = $1 WHERE event_id = $2`, id, old)
		b.Queue(`INSERT INTO event_aliases (old_id, event_id) VALUES ($1, $2)
			ON CONFLICT (old_id) DO UPDATE SET event_id = excluded.event_id`, old, id)
	}
	for i := range res.Events {
		ev := &res.Events[i]
		if err := queueEvent(b, ev); err != nil {
			return err
		}
		for _, m := range ev.Mentions {
			m.EventID = ev.ID
			if err := newMention(m); err != nil {
				return err
			}
		}
	}
	return nil
}

// queueEvent queues the writing of one merged event (without its
// mentions, which live in their own table) and of its participants'
// identity keys, alone and in pairs.
func queueEvent(b *pgx.Batch, ev *merge.Event) error {
	row := *ev
	row.Mentions = nil
	data, err := json.Marshal(row)
	if err != nil {
		return fmt.Errorf("event %s: %w", ev.ID, err)
	}
	first, last := orUnknown(ev.First), orUnknown(ev.Last)
	var locKey, locCountry string
	if ev.Location != nil {
		locKey, locCountry = strings.ToLower(pgText(ev.Location.Name)), pgText(ev.Location.Country)
	}
	b.Queue(`DELETE FROM events WHERE id = $1`, ev.ID)
	b.Queue(`INSERT INTO events
		(id, type, status, mode, date, first, last, location_key, location_country, sources, mentions, data)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
		ev.ID, pgText(ev.Type), pgText(ev.Status), pgText(ev.Mode), pgText(ev.Date), first, last,
		locKey, locCountry, ev.Sources, len(ev.Mentions), string(data))
	keys := pgTexts(merge.KeysOf(article.Event{Actors: ev.Actors, Recipients: ev.Recipients}))
	slices.Sort(keys)
	keys = slices.Compact(keys)
	if len(keys) == 0 {
		return nil
	}
	b.Queue(`INSERT INTO event_actors (key, last, first, event_id)
		SELECT k, $2, $3, $4 FROM unnest($1::text[]) AS k ON CONFLICT DO NOTHING`, keys, last, first, ev.ID)
	var as, bs []string
	for i, k := range keys {
		for _, other := range keys[i+1:] {
			as, bs = append(as, k), append(bs, other)
		}
	}
	if len(as) > 0 {
		b.Queue(`INSERT INTO event_pairs (a, b, last, first, event_id)
			SELECT p.a, p.b, $3, $4, $5 FROM unnest($1::text[], $2::text[]) AS p (a, b) ON CONFLICT DO NOTHING`,
			as, bs, last, first, ev.ID)
	}
	return nil
}

func orUnknown(day string) string {
	if day == "" {
		return unknownDay
	}
	return pgText(day)
}

// pgTexts applies pgText to every string of ss, in a new slice.
func pgTexts(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = pgText(s)
	}
	return out
}

// rebuild recomputes stored events from their mentions, after something
// their fields derive from changed (an article joined a near-duplicate
// group, so the events citing it count their sources anew).
func rebuild(ctx context.Context, tx pgx.Tx, decoded *store.DecodeCache, eventIDs []string) error {
	ms, err := mentionsOf(ctx, tx, decoded, eventIDs)
	if err != nil {
		return err
	}
	res := merge.Rebuild(ms, eventIDs)
	b := &pgx.Batch{}
	if err := queueResult(b, res, func(merge.Mention) error { return nil }); err != nil {
		return err
	}
	return sendBatch(ctx, tx, b, "rebuild events")
}
