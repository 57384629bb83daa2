package sqlite

import (
	"context"
	"fmt"
	"slices"

	"github.com/chronicle-news/chronicle/internal/dedup"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
)

// nearDup stores the sketch of the article just inserted (row seq, ID id)
// and returns its near-duplicate group: "" while it resembles no stored
// article, else the smallest article ID of the connected set of near-
// identical articles it joins. Groups that the new article joins take that
// label, and the events citing their articles are rebuilt, since an event
// counts each group once as a source.
func nearDup(ctx context.Context, tx txw, seq int64, id, body string) (string, error) {
	sig := dedup.Sketch(body)
	bin, err := sig.MarshalBinary()
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	if _, err := tx.ExecContext(ctx, sqlInsertSketch, seq, bin); err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	bands := sig.Bands()
	if len(bands) == 0 {
		return "", nil
	}
	args := make([]any, 0, len(bands)+1)
	args = append(args, seq)
	for _, b := range bands {
		args = append(args, int64(b))
	}
	rows, err := tx.QueryContext(ctx, `SELECT s.sketch, a.id, COALESCE(a.dup_group, a.id)
		FROM article_sketches s JOIN articles a ON a.seq = s.article_seq
		WHERE s.article_seq IN (SELECT DISTINCT article_seq FROM article_bands WHERE article_seq <> ? AND band IN (`+marks(len(bands))+`))`,
		args...)
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	var members, groups []string
	for rows.Next() {
		var (
			other               []byte
			otherID, otherGroup string
		)
		if err := rows.Scan(&other, &otherID, &otherGroup); err != nil {
			rows.Close()
			return "", fmt.Errorf("near-duplicates: %w", err)
		}
		var osig dedup.Signature
		if err := osig.UnmarshalBinary(other); err != nil {
			rows.Close()
			return "", fmt.Errorf("near-duplicates: sketch of %s: %w", otherID, err)
		}
		if dedup.Similarity(sig, osig) >= dedup.Threshold {
			members = append(members, otherID)
			groups = append(groups, otherGroup)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	for _, b := range args[1:] {
		if _, err := tx.ExecContext(ctx, sqlInsertBand, b, seq); err != nil {
			return "", fmt.Errorf("near-duplicates: %w", err)
		}
	}
	if len(members) == 0 {
		return "", nil
	}
	slices.Sort(groups)
	groups = slices.Compact(groups)
	label := min(id, groups[0])
	// Only the articles whose label changes need their events rebuilt: a
	// copy joining a group under its old label changes no other article,
	// so a wire story reprinted a thousand times costs no more per copy.
	in := make([]any, 0, len(groups)+len(members)+1)
	in = append(in, label)
	for _, g := range groups {
		in = append(in, g)
	}
	for _, m := range members {
		in = append(in, m)
	}
	changed := `(dup_group IN (` + marks(len(groups)) + `) OR id IN (` + marks(len(members)) + `)) AND dup_group IS NOT ?1`
	evRows, err := tx.QueryContext(ctx, `SELECT DISTINCT m.event_id FROM mentions m
		WHERE m.article_seq IN (SELECT seq FROM articles WHERE `+changed+`)`, in...)
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	var events []string
	for evRows.Next() {
		var e string
		if err := evRows.Scan(&e); err != nil {
			evRows.Close()
			return "", fmt.Errorf("near-duplicates: %w", err)
		}
		events = append(events, e)
	}
	evRows.Close()
	if err := evRows.Err(); err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET dup_group = ?1 WHERE `+changed, in...); err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	if _, err := tx.ExecContext(ctx, sqlSetGroup, label, seq); err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	if len(groups) > 1 {
		// Stories that were apart are now one: their mentions are copies
		// of each other and merge on one shared side, as they would have
		// had the bridging article come first.
		if err := replan(ctx, tx, label, seq); err != nil {
			return "", fmt.Errorf("near-duplicates: %w", err)
		}
	}
	if err := rebuild(ctx, tx, events); err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	return label, nil
}

// replan merges the stored mentions of a near-duplicate group again, after
// groups joined: the result then does not depend on whether the article
// that joined them arrived before or after the others. The article just
// inserted (seq) has no mentions stored yet; its own are planned after.
func replan(ctx context.Context, tx txw, group string, seq int64) error {
	ms, err := scanMentions(ctx, tx, &tx.db.decoded, `SELECT `+store.MentionColumns+`
		FROM mentions m JOIN articles a ON a.seq = m.article_seq
		WHERE a.dup_group = ? AND a.seq <> ?`, group, seq)
	if err != nil || len(ms) == 0 {
		return err
	}
	res, err := merge.Plan(ctx, txIndex{q: tx, decoded: &tx.db.decoded}, ms)
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	return writeResult(ctx, tx, res, func(merge.Mention) error { return nil })
}
