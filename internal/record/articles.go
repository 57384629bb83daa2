package record

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
)

// ArticleEvents returns the merged events that the articles report (that
// hold a mention of one of them), each once, in timeline order: what an
// article page lists beside the text, and what an ingest touched.
func (r *Record) ArticleEvents(ctx context.Context, articleIDs ...string) ([]merge.Event, error) {
	var out []merge.Event
	seen := map[string]bool{}
	for _, id := range articleIDs {
		evs, err := r.all(ctx, store.EventFilter{Article: id})
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			if !seen[e.ID] {
				seen[e.ID] = true
				out = append(out, e)
			}
		}
	}
	if len(articleIDs) > 1 {
		slices.SortStableFunc(out, timelineOrder)
	}
	return out, nil
}

// timelineOrder is the stores' order of events: by the last day their date
// may mean, then by ID, undated events last.
func timelineOrder(a, b merge.Event) int {
	if (a.Last == "") != (b.Last == "") {
		if a.Last == "" {
			return 1
		}
		return -1
	}
	return cmp.Or(strings.Compare(a.Last, b.Last), strings.Compare(a.ID, b.ID))
}
