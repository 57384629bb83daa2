package postgres

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// benchArticle returns a distinct article of about 3 KB of body text, the
// size of a typical news story, with as much raw input and two event
// mentions among a few dozen states over a year, so that Puts merge into
// stored events as real ingest does.
func benchArticle(i int) *article.Article {
	rng := rand.New(rand.NewPCG(uint64(i), 1))
	var b strings.Builder
	for b.Len() < 3072 {
		b.WriteString(benchWords[rng.IntN(len(benchWords))])
		b.WriteByte(' ')
	}
	body := b.String()[:3072]
	raw := []byte("Site header\nMenu\n" + body + "\nFooter")
	hash, id := article.HashOf(raw)
	a := &article.Article{
		ID: id, Hash: hash, Source: fmt.Sprintf("bench/%d.txt", i), Format: article.FormatText,
		Title: fmt.Sprintf("Ministers meet, report %d", i), Published: article.OnDay(2025, time.Month(1+i%12), 1+i%28),
		Outlet: fmt.Sprintf("Bench Wire %d", i%7), Authors: []string{"A. Writer"}, Language: "en", Body: body, Raw: raw,
	}
	for k, typ := range []string{"CONSULT", "AGREE"} {
		x, y := (i+k)%37, (i*7+k+1)%37
		if x == y {
			y = (y + 1) % 37
		}
		date := fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)
		a.Events = append(a.Events, article.Event{Type: typ, Status: "happened", Date: &date,
			Actors:     []article.Actor{{Name: fmt.Sprintf("State %d", x), Country: fmt.Sprintf("S%02d", x), Sector: "GOV"}},
			Recipients: []article.Actor{{Name: fmt.Sprintf("State %d", y), Country: fmt.Sprintf("S%02d", y), Sector: "GOV"}},
			Sentence:   fmt.Sprintf("State %d met State %d.", x, y), Confidence: 0.8})
	}
	return a
}

// benchWords make the bodies of benchmark articles: random text, so that
// articles are distinct rather than near-duplicates of each other.
var benchWords = strings.Fields(`the foreign ministers met in capital on Tuesday and discussed trade security talks
	planned for next month officials said delegation summit border ceasefire agreement sanctions envoy parliament
	vote budget defence army navy exports grain port pipeline treaty statement spokesman reporters week province`)

// BenchmarkPut measures single-article transactions of 3 KB articles with
// two event mentions each, the ingest path of one worker.
func BenchmarkPut(b *testing.B) {
	db := openTemp(b)
	ctx := context.Background()
	arts := make([]*article.Article, b.N)
	for i := range arts {
		arts[i] = benchArticle(i)
	}
	b.SetBytes(3072)
	b.ResetTimer()
	for i := range b.N {
		if _, err := db.Put(ctx, arts[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutBatch measures ingest as the CLI makes it: 64 articles per
// transaction, one commit and one merge lock for all of them.
func BenchmarkPutBatch(b *testing.B) {
	db := openTemp(b)
	ctx := context.Background()
	arts := make([]*article.Article, b.N)
	for i := range arts {
		arts[i] = benchArticle(i)
	}
	b.SetBytes(3072)
	b.ResetTimer()
	for i := 0; i < b.N; i += 64 {
		if _, err := db.PutBatch(ctx, arts[i:min(i+64, b.N)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutParallel measures Puts from several goroutines, as several
// workers make them: the inserts run in parallel, the merges in turn.
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

// BenchmarkReads measures the read paths over 2000 stored articles.
func BenchmarkReads(b *testing.B) {
	db := openTemp(b)
	ctx := context.Background()
	for i := range 2000 {
		if _, err := db.Put(ctx, benchArticle(i)); err != nil {
			b.Fatal(err)
		}
	}
	for _, bb := range []struct {
		name string
		run  func() error
	}{
		{"list", func() error { _, err := db.List(ctx, store.Filter{From: "2025-06-10", To: "2025-06-20"}); return err }},
		{"search all match", func() error {
			_, err := db.Search(ctx, "ministers trade report", store.Filter{Limit: 20})
			return err
		}},
		{"search one match", func() error { _, err := db.Search(ctx, "report 1234", store.Filter{Limit: 20}); return err }},
		{"timeline actor", func() error {
			_, err := db.Events(ctx, store.EventFilter{Actors: [][]string{{"c:S05"}}, Limit: 20})
			return err
		}},
		{"timeline pair", func() error {
			_, err := db.Events(ctx, store.EventFilter{Actors: [][]string{{"c:S05"}, {"c:S13"}}, Limit: 20})
			return err
		}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				if err := bb.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
