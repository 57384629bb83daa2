package merge_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/dedup"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/pipeline"
)

// shared is where the team's gold data lives, beside the repository.
var shared = filepath.Join("..", "..", "..", "shared")

// loadKB loads the embedded knowledge base once for all tests.
var loadKB = sync.OnceValues(func() (*kb.KB, error) { return kb.Load() })

// extract runs the real pipeline, language and event stages included
// exactly as `chronicle extract` does, and returns the clean articles.
func extract(t testing.TB, inputs ...string) []article.Article {
	t.Helper()
	arts, err := runPipeline(inputs...)
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

func runPipeline(inputs ...string) ([]article.Article, error) {
	k, err := loadKB()
	if err != nil {
		return nil, err
	}
	an, x := nlp.New(k), event.New()
	hook := func(r *clean.Result) {
		doc := an.Analyze(&r.Article)
		r.Article.Events = x.Extract(r.Article.Body, doc)
	}
	var out []article.Article
	err = pipeline.Run(context.Background(), inputs, pipeline.Options{Learn: true, Enrich: hook},
		func(it pipeline.Item) error {
			if it.Err == nil && !it.Skipped {
				out = append(out, it.Result.Article)
			}
			return nil
		})
	return out, err
}

// mergeAll merges the mentions of the articles, one article at a time,
// after finding their near-duplicate groups as ingest does.
func mergeAll(t testing.TB, arts []article.Article) []merge.Event {
	t.Helper()
	dups := dedup.NewIndex()
	for i := range arts {
		dups.Add(arts[i].ID, dedup.Sketch(arts[i].Body))
	}
	mem := merge.NewMemory()
	for i := range arts {
		if err := mem.Add(context.Background(), merge.MentionsOf(&arts[i], dups.Group(arts[i].ID))); err != nil {
			t.Fatal(err)
		}
	}
	return mem.Events()
}
