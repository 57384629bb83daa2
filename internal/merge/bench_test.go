package merge_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// BenchmarkPlan measures adding one article's mentions to a Memory that
// already holds 10k or 100k mentions: 60 states with three office-holders
// each, the 16 types, dates over two years, every event told by one to
// several articles in its own words. It reports the cost per added
// mention.
func BenchmarkPlan(b *testing.B) {
	for _, stored := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("stored=%dk", stored/1000), func(b *testing.B) {
			r := rand.New(rand.NewPCG(1, uint64(stored)))
			w := newWorld(r, 60)
			// About three mentions an article.
			arts := genArticles(r, w, stored/3+4000, 730)
			ms := mentionsOf(arts)
			mem := merge.NewMemory()
			ctx := context.Background()
			i := 0
			for ; mem.Len() < stored && i < len(ms); i++ {
				if err := mem.Add(ctx, ms[i]); err != nil {
					b.Fatal(err)
				}
			}
			fresh := ms[i:]
			added := 0
			b.ReportAllocs()
			b.ResetTimer()
			cpu := cpuTime()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			for n := 0; n < b.N; n++ {
				batch := fresh[n%len(fresh)]
				if err := mem.Add(ctx, batch); err != nil {
					b.Fatal(err)
				}
				added += len(batch)
			}
			b.StopTimer()
			cpu = cpuTime() - cpu
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			if added > 0 {
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(added), "ns/mention")
				// CPU time includes the collector's work on other cores.
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(added), "cpu-ns/mention")
				b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(added), "allocs/mention")
			}
			b.ReportMetric(float64(mem.Len())/float64(len(mem.Events())), "mentions/event")
		})
	}
}

// BenchmarkBuild measures deriving an event from twenty mentions.
func BenchmarkBuild(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	w := newWorld(r, 4)
	arts := genArticles(r, w, 20, 3)
	var ms []merge.Mention
	for _, m := range mentionsOf(arts) {
		ms = append(ms, m...)
	}
	b.ReportAllocs()
	for b.Loop() {
		merge.Build(ms)
	}
}
