package sqlite

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// benchArticle returns a distinct article of about 3 KB of body text, the
// size of a typical news story, and as much raw input.
func benchArticle(i int) *article.Article {
	para := fmt.Sprintf("Paragraph for article %d: the foreign ministers met in the capital on Tuesday and "+
		"discussed trade, security and the talks planned for next month, officials said. ", i)
	body := strings.Repeat(para, 3072/len(para)+1)[:3072]
	raw := []byte("Site header\nMenu\n" + body + "\nFooter")
	hash, id := article.HashOf(raw)
	return &article.Article{
		ID: id, Hash: hash, Source: fmt.Sprintf("bench/%d.txt", i), Format: article.FormatText,
		Title: fmt.Sprintf("Ministers meet, report %d", i), Published: article.OnDay(2025, 6, 1+i%28),
		Outlet: "Bench Wire", Authors: []string{"A. Writer"}, Language: "en", Body: body, Raw: raw,
	}
}

// BenchmarkPut measures single-article transactions of 3 KB articles, the
// ingest path; the articles/s metric is what DESIGN.md's target speaks of.
func BenchmarkPut(b *testing.B) {
	db := openTemp(b)
	ctx := context.Background()
	arts := make([]*article.Article, b.N)
	for i := range arts {
		arts[i] = benchArticle(i)
	}
	b.SetBytes(3072)
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := range b.N {
		if _, err := db.Put(ctx, arts[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	// The machine may be shared: articles per second of CPU time used by
	// this process is the figure that does not depend on other load.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
	}
}

// BenchmarkPutParallel measures Puts from several goroutines, as a
// pipeline with parallel cleaners makes them: compression and the
// duplicate check run in parallel, the transactions one at a time.
func BenchmarkPutParallel(b *testing.B) {
	db := openTemp(b)
	ctx := context.Background()
	var next atomic.Int64
	b.SetBytes(3072)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := db.Put(ctx, benchArticle(int(next.Add(1)))); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutDuplicate measures the cost of re-ingesting what is stored.
func BenchmarkPutDuplicate(b *testing.B) {
	db := openTemp(b)
	ctx := context.Background()
	a := benchArticle(0)
	if _, err := db.Put(ctx, a); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := db.Put(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
}

// benchCorpus fills a database with n articles for the read benchmarks.
func benchCorpus(b *testing.B, n int) *DB {
	db := openTemp(b)
	ctx := context.Background()
	for i := range n {
		if _, err := db.Put(ctx, benchArticle(i)); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

func BenchmarkList(b *testing.B) {
	db := benchCorpus(b, 2000)
	ctx := context.Background()
	for b.Loop() {
		if _, err := db.List(ctx, store.Filter{From: "2025-06-10", To: "2025-06-20"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch ranks a query every article matches (the worst case:
// all matches are scored) and one that a single article matches.
func BenchmarkSearch(b *testing.B) {
	db := benchCorpus(b, 2000)
	ctx := context.Background()
	for _, bb := range []struct {
		name, q string
		f       store.Filter
	}{
		{"all match", "ministers trade report", store.Filter{Limit: 20}},
		{"all match, outlet", "ministers trade report", store.Filter{Outlet: "bench wire", Limit: 20}},
		{"one match", "report 1234", store.Filter{Limit: 20}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := db.Search(ctx, bb.q, bb.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
