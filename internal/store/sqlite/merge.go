package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
)

// unknownDay stands for an unknown first or last day in the events table:
// it sorts after every YYYY-MM-DD, which puts undated events last.
const unknownDay = "~"

// mergeArticle merges the event mentions of the article just inserted
// (row seq) into the stored events, inside Put's transaction.
func mergeArticle(ctx context.Context, tx txw, seq int64, a *article.Article, id, group string) error {
	src := *a
	src.ID = id
	added := merge.MentionsOf(&src, group)
	if len(added) == 0 {
		return nil
	}
	res, err := merge.Plan(ctx, txIndex{q: tx, decoded: &tx.db.decoded}, added)
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	fresh := make(map[string]int, len(added))
	for i, m := range added {
		fresh[m.ID] = i
	}
	return writeResult(ctx, tx, res, func(m merge.Mention) error {
		i, ok := fresh[m.ID]
		if !ok {
			return nil
		}
		return insertMention(ctx, tx, seq, i, m)
	})
}

// insertMention stores a new mention and the keys merge candidates are
// looked up by.
func insertMention(ctx context.Context, tx txw, seq int64, idx int, m merge.Mention) error {
	data, err := json.Marshal(m.Event)
	if err != nil {
		return fmt.Errorf("mention %s: %w", m.ID, err)
	}
	if _, err := tx.ExecContext(ctx, sqlInsertMention, m.ID, seq, idx, m.EventID, m.Event.Type, string(data)); err != nil {
		return fmt.Errorf("mention %s: %w", m.ID, err)
	}
	first, last, ok := merge.Span(m)
	if !ok {
		return nil
	}
	wide := 0
	if store.WideSpan(first, last) {
		wide = 1
	}
	for _, k := range merge.KeysOf(m.Event) {
		if _, err := tx.ExecContext(ctx, sqlInsertMentionKey, m.Event.Type, k, wide, first, last, m.ID); err != nil {
			return fmt.Errorf("mention %s: key %s: %w", m.ID, k, err)
		}
	}
	return nil
}

// writeResult replaces the events a merge touched. Mentions already stored
// move with their renamed events (res.Renamed); newMention stores the
// others.
func writeResult(ctx context.Context, tx txw, res merge.Result, newMention func(merge.Mention) error) error {
	for _, id := range res.Removed {
		if _, err := tx.ExecContext(ctx, sqlDeleteEvent, id); err != nil {
			return fmt.Errorf("remove event %s: %w", id, err)
		}
	}
	for old, id := range res.Renamed {
		// The stored mentions of a renamed event move in one statement;
		// the others stay where they are, so a report joining an event
		// of k mentions costs no k updates.
		if _, err := tx.ExecContext(ctx, `UPDATE mentions SET event_id = ? WHERE event_id = ?`, id, old); err != nil {
			return fmt.Errorf("event %s: mentions of %s: %w", id, old, err)
		}
		// Aliases of the former ID move with it, so chains stay flat.
		if _, err := tx.ExecContext(ctx, `UPDATE event_aliases SET event_id = ? WHERE event_id = ?`, id, old); err != nil {
			return fmt.Errorf("event %s: aliases of %s: %w", id, old, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO event_aliases (old_id, event_id) VALUES (?, ?)
			ON CONFLICT (old_id) DO UPDATE SET event_id = excluded.event_id`, old, id); err != nil {
			return fmt.Errorf("event %s: alias %s: %w", id, old, err)
		}
	}
	for i := range res.Events {
		ev := &res.Events[i]
		if err := putEvent(ctx, tx, ev); err != nil {
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

// putEvent writes one merged event (without its mentions, which live in
// their own table) and its participants' identity keys.
func putEvent(ctx context.Context, tx txw, ev *merge.Event) error {
	row := *ev
	row.Mentions = nil
	data, err := json.Marshal(row)
	if err != nil {
		return fmt.Errorf("event %s: %w", ev.ID, err)
	}
	first, last := orUnknown(ev.First), orUnknown(ev.Last)
	var locKey, locCountry string
	if ev.Location != nil {
		locKey, locCountry = strings.ToLower(ev.Location.Name), ev.Location.Country
	}
	if _, err := tx.ExecContext(ctx, sqlDeleteEvent, ev.ID); err != nil {
		return fmt.Errorf("event %s: %w", ev.ID, err)
	}
	if _, err := tx.ExecContext(ctx, sqlInsertEvent,
		ev.ID, ev.Type, ev.Status, ev.Mode, ev.Date, first, last, locKey, locCountry, ev.Sources,
		len(ev.Mentions), string(data)); err != nil {
		return fmt.Errorf("event %s: %w", ev.ID, err)
	}
	keys := merge.KeysOf(article.Event{Actors: ev.Actors, Recipients: ev.Recipients})
	slices.Sort(keys)
	keys = slices.Compact(keys)
	for i, k := range keys {
		if _, err := tx.ExecContext(ctx, sqlInsertEventActor,
			k, last, first, ev.ID); err != nil {
			return fmt.Errorf("event %s: actor %s: %w", ev.ID, k, err)
		}
		for _, other := range keys[i+1:] {
			if _, err := tx.ExecContext(ctx, sqlInsertEventPair,
				k, other, last, first, ev.ID); err != nil {
				return fmt.Errorf("event %s: pair %s %s: %w", ev.ID, k, other, err)
			}
		}
	}
	return nil
}

func orUnknown(day string) string {
	if day == "" {
		return unknownDay
	}
	return day
}

// rebuild recomputes stored events from their mentions, after something
// their fields derive from changed (an article joined a near-duplicate
// group, so the events citing it count their sources anew).
func rebuild(ctx context.Context, tx txw, eventIDs []string) error {
	ms, err := mentionsOf(ctx, tx, &tx.db.decoded, eventIDs)
	if err != nil {
		return err
	}
	res := merge.Rebuild(ms, eventIDs)
	return writeResult(ctx, tx, res, func(merge.Mention) error { return nil })
}
