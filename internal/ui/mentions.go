package ui

import (
	"context"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// eventsOf returns the merged events the articles' mentions went into.
func (h *handler) eventsOf(ctx context.Context, arts []*article.Article) ([]merge.Event, error) {
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	return h.rec.ArticleEvents(ctx, ids...)
}
