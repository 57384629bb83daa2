package cli

import (
	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/nlp"
)

// eventStage returns the hook that runs the language and event stages on a
// clean article: the knowledge base (with the user's overlays) is loaded
// once, and the hook is safe to call from every pipeline worker.
func (a *app) eventStage() (func(*clean.Result), error) {
	k, err := a.loadKB()
	if err != nil {
		return nil, err
	}
	an, x := nlp.New(k), event.New()
	return func(r *clean.Result) {
		doc := an.Analyze(&r.Article)
		r.Article.Events = x.Extract(r.Article.Body, doc)
	}, nil
}
