package api

import (
	"context"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// eventsOf returns the merged events that the articles report.
func (h *handler) eventsOf(ctx context.Context, arts []*article.Article) ([]merge.Event, error) {
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	return h.rec.ArticleEvents(ctx, ids...)
}

// eventIDs lists the IDs of events.
func eventIDs(evs []merge.Event) []string {
	ids := make([]string, len(evs))
	for i := range evs {
		ids[i] = evs[i].ID
	}
	return ids
}
