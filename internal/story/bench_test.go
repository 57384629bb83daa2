package story

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// benchEvents generates n events over two years among 150 sides, a few of
// them much more common than the rest (as the United States, Russia and
// Ukraine are in news), three events to an article.
func benchEvents(n int) []merge.Event {
	rng := rand.New(rand.NewPCG(7, 8))
	sides := make([]article.Actor, 150)
	for i := range sides {
		sides[i] = article.Actor{Name: fmt.Sprintf("State %d", i), Country: fmt.Sprintf("S%02d", i)}
	}
	pick := func() article.Actor {
		if rng.IntN(3) == 0 {
			return sides[rng.IntN(3)]
		}
		return sides[rng.IntN(len(sides))]
	}
	types := []string{"CONSULT", "AGREE", "ASSAULT", "RETREAT", "ACCUSE", "REQUEST"}
	events := make([]merge.Event, n)
	for i := range events {
		day := epoch.AddDate(0, 0, 20000+rng.IntN(730)).Format("2006-01-02")
		e := merge.Event{ID: fmt.Sprintf("ev-%08x", rng.Uint32()), Type: types[rng.IntN(len(types))],
			Date: day, First: day, Last: day, Actors: []article.Actor{pick()}, Recipients: []article.Actor{pick()}}
		if rng.IntN(5) == 0 {
			e.Recipients = append(e.Recipients, pick())
		}
		for range 1 + rng.IntN(3) {
			a := fmt.Sprintf("art-%d", (i+rng.IntN(6))/3)
			e.Mentions = append(e.Mentions, merge.Mention{ID: a + ":0", Source: merge.Source{Article: a}})
		}
		events[i] = e
	}
	return events
}

// BenchmarkCluster clusters 100,000 events, keeping every story or only
// those of two events and more.
func BenchmarkCluster(b *testing.B) {
	events := benchEvents(100_000)
	for _, least := range []int{0, 2} {
		b.Run(fmt.Sprintf("min=%d", least), func(b *testing.B) {
			var stories []Story
			for b.Loop() {
				stories = ClusterWith(events, Options{MinEvents: least})
			}
			largest := 0
			for _, s := range stories {
				largest = max(largest, len(s.Events))
			}
			b.ReportMetric(float64(len(stories)), "stories")
			b.ReportMetric(float64(largest), "largest")
		})
	}
}
