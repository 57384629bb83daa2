package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

// eventArticle returns article i of a generated news flow with four event
// mentions: 60 states and 120 officials of theirs, 16 types, dates over
// two years; a quarter of the mentions report an event that an earlier
// article reported (same type, sides and day), as wire copies and
// follow-ups do, so that merges happen at a realistic rate.
func eventArticle(i int) *article.Article {
	a := benchArticle(i)
	r := rand.New(rand.NewPCG(uint64(i), 42))
	// Bodies drawn from a 5,000-word vocabulary with a skewed frequency,
	// as prose is, so that the articles are not near-duplicates of each
	// other as benchArticle's repeated paragraphs are, and the full-text
	// index sees a realistic share of new terms.
	var body strings.Builder
	for body.Len() < 3000 {
		fmt.Fprintf(&body, "w%d ", min(4999, int(r.ExpFloat64()*600)))
	}
	a.Body = body.String()
	types := []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
	actor := func(n int) article.Actor {
		if n%3 == 0 {
			return article.Actor{Name: fmt.Sprintf("Official %d", n), Country: fmt.Sprintf("S%02d", n%60), Sector: "GOV"}
		}
		return article.Actor{Name: fmt.Sprintf("State %02d", n%60), Country: fmt.Sprintf("S%02d", n%60), Sector: "GOV"}
	}
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for j := range 4 {
		seed := r.IntN(1 << 30)
		if r.IntN(4) == 0 && i > 0 {
			seed = rand.New(rand.NewPCG(uint64(r.IntN(i)), 42)).IntN(1 << 30) // an event told before
		}
		g := rand.New(rand.NewPCG(uint64(seed), 7))
		date := day0.AddDate(0, 0, g.IntN(730)).Format(time.DateOnly)
		sentence := fmt.Sprintf("Sentence %d of article %d.", j, i)
		a.Events = append(a.Events, article.Event{
			Type: types[g.IntN(len(types))], Status: "happened", Date: &date,
			Actors: []article.Actor{actor(g.IntN(180))}, Recipients: []article.Actor{actor(g.IntN(180))},
			Sentence: sentence, Span: [2]int{0, len(sentence)}, Confidence: 0.7,
		})
	}
	return a
}

// BenchmarkPutEvents measures what merging costs as the store grows: 3 KB
// articles with four event mentions each, one transaction each and in
// batches of 64 as ingest writes them, into stores that already hold
// 10,000 and 100,000 mentions (kept in the temporary folder between runs;
// filling the larger takes a few minutes).
func BenchmarkPutEvents(b *testing.B) {
	for _, mentions := range []int{10_000, 100_000} {
		for _, batch := range []int{1, 64} {
			b.Run(fmt.Sprintf("stored=%d/batch=%d", mentions, batch), func(b *testing.B) {
				db := mentionsDB(b, mentions/4)
				ctx := context.Background()
				var have int
				db.read.QueryRowContext(ctx, `SELECT max(seq) FROM articles`).Scan(&have)
				arts := make([]*article.Article, b.N)
				for i := range arts {
					arts[i] = eventArticle(1_000_000 + have + i)
				}
				b.ResetTimer()
				cpu0 := cpuTime()
				for i := 0; i < len(arts); i += batch {
					if _, err := db.PutBatch(ctx, arts[i:min(i+batch, len(arts))]); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(4*b.N), "µs/mention")
				if cpu := cpuTime() - cpu0; cpu > 0 {
					b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
				}
			})
		}
	}
}

// mentionsDB opens a store filled by Put with n generated articles,
// kept between runs. Benchmarks that add to it leave it bigger, so it is
// copied to a private file first.
func mentionsDB(b *testing.B, n int) *DB {
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("chronicle-bench-mentions-%d-v1.db", n))
	if _, err := os.Stat(path); err != nil {
		db, err := Open(ctx, path+".tmp")
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		for i := range n {
			if _, err := db.Put(ctx, eventArticle(i)); err != nil {
				b.Fatal(err)
			}
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(path+".tmp", path); err != nil {
			b.Fatal(err)
		}
		b.Logf("filled %d articles (%d mentions) in %s", n, 4*n, time.Since(start).Round(time.Millisecond))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	private := filepath.Join(b.TempDir(), "bench.db")
	if err := os.WriteFile(private, data, 0o644); err != nil {
		b.Fatal(err)
	}
	db, err := Open(ctx, private)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}
