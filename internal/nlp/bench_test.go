package nlp_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/pipeline"
)

// BenchmarkAnalyze measures the nlp stage alone (sentences, actors, places,
// dates) over the example corpus, cleaned beforehand.
func BenchmarkAnalyze(b *testing.B) {
	var arts []article.Article
	err := pipeline.Run(context.Background(), []string{filepath.Join("..", "..", "examples", "corpus")}, pipeline.Options{Learn: true},
		func(it pipeline.Item) error {
			if it.Err == nil {
				arts = append(arts, it.Result.Article)
			}
			return nil
		})
	if err != nil || len(arts) == 0 {
		b.Skipf("example corpus unavailable: %v", err)
	}
	k, err := kb.Load()
	if err != nil {
		b.Fatal(err)
	}
	an := nlp.New(k)
	sentences := 0
	b.ResetTimer()
	for b.Loop() {
		for i := range arts {
			sentences += len(an.Analyze(&arts[i]).Sentences)
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
