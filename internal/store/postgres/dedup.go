package postgres

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/chronicle-news/chronicle/internal/dedup"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
)

// nearDup stores the sketch of the article just inserted (row seq, ID id)
// and returns its near-duplicate group: "" while it resembles no stored
// article, else the smallest article ID of the connected set of near-
// identical articles it joins. Groups that the new article joins take that
// label, and the events citing the articles whose label changed are
// rebuilt, since an event counts each group once as a source. (A copy that
// joins a group under its label changes no other article, so a wire story
// reprinted a hundred times costs no rebuilds.) It runs under Put's merge lock, so
// two articles never regroup the same rows at once.
func nearDup(ctx context.Context, tx pgx.Tx, decoded *store.DecodeCache, seq int64, id, body string) (string, error) {
	sig := dedup.Sketch(body)
	bin, err := sig.MarshalBinary()
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	bands := sig.Bands()
	keys := make([]int64, len(bands))
	for i, b := range bands {
		keys[i] = int64(b) // the bits as they are: PostgreSQL has no unsigned integers
	}
	batch := &pgx.Batch{}
	batch.Queue(`INSERT INTO article_sketches (article_seq, sketch) VALUES ($1, $2)`, seq, bin)
	if len(keys) == 0 {
		return "", sendBatch(ctx, tx, batch, "near-duplicates")
	}
	var members, groups []string
	batch.Queue(`SELECT s.sketch, a.id, COALESCE(a.dup_group, a.id)
		FROM article_sketches s JOIN articles a ON a.seq = s.article_seq
		WHERE s.article_seq IN (SELECT b.article_seq FROM article_bands b WHERE b.band = ANY($1) AND b.article_seq <> $2)`,
		keys, seq).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var (
				other               []byte
				otherID, otherGroup string
			)
			if err := rows.Scan(&other, &otherID, &otherGroup); err != nil {
				return err
			}
			var osig dedup.Signature
			if err := osig.UnmarshalBinary(other); err != nil {
				return fmt.Errorf("sketch of %s: %w", otherID, err)
			}
			if dedup.Similarity(sig, osig) >= dedup.Threshold {
				members = append(members, otherID)
				groups = append(groups, otherGroup)
			}
		}
		return rows.Err()
	})
	batch.Queue(`INSERT INTO article_bands (band, article_seq)
		SELECT DISTINCT b, $2::bigint FROM unnest($1::bigint[]) AS b ON CONFLICT DO NOTHING`, keys, seq)
	if err := sendBatch(ctx, tx, batch, "near-duplicates"); err != nil {
		return "", err
	}
	if len(members) == 0 {
		return "", nil
	}
	slices.Sort(groups)
	groups = slices.Compact(groups)
	label := min(id, groups[0])
	// Only the events citing an article whose label changed count their
	// sources anew; when the new article just joins a group, none did.
	rows, err := tx.Query(ctx, `UPDATE articles SET dup_group = $1
		WHERE (dup_group = ANY($2) OR id = ANY($3)) AND dup_group IS DISTINCT FROM $1
		RETURNING seq`, label, groups, members)
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	changed, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	if _, err := tx.Exec(ctx, `UPDATE articles SET dup_group = $1 WHERE seq = $2`, label, seq); err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	if len(changed) == 0 {
		return label, nil
	}
	rows, err = tx.Query(ctx, `SELECT DISTINCT event_id FROM mentions WHERE article_seq = ANY($1) ORDER BY event_id`, changed)
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	events, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	if len(groups) > 1 {
		// Stories that were apart are now one: their mentions are copies
		// of each other and merge on one shared side, as they would have
		// had the bridging article come first.
		if err := replan(ctx, tx, decoded, label, seq); err != nil {
			return "", fmt.Errorf("near-duplicates: %w", err)
		}
	}
	if err := rebuild(ctx, tx, decoded, events); err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	return label, nil
}

// replan merges the stored mentions of a near-duplicate group again, after
// groups joined: the result then does not depend on whether the article
// that joined them arrived before or after the others. The article just
// inserted (seq) has no mentions stored yet; its own are planned after.
func replan(ctx context.Context, tx pgx.Tx, decoded *store.DecodeCache, group string, seq int64) error {
	ms, err := scanMentions(ctx, tx, decoded, `SELECT `+store.MentionColumns+`
		FROM mentions m JOIN articles a ON a.seq = m.article_seq
		WHERE a.dup_group = $1 AND a.seq <> $2`, group, seq)
	if err != nil || len(ms) == 0 {
		return err
	}
	res, err := merge.Plan(ctx, txIndex{q: tx, decoded: decoded}, ms)
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	b := &pgx.Batch{}
	if err := queueResult(b, res, func(merge.Mention) error { return nil }); err != nil {
		return err
	}
	return sendBatch(ctx, tx, b, "replan")
}
