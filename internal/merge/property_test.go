package merge_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// corpusArticles runs the pipeline over examples/corpus once for all tests.
var corpusOnce = sync.OnceValues(func() ([]article.Article, error) {
	return runPipeline(filepath.Join("..", "..", "examples", "corpus"))
})

func corpusArticles(t *testing.T) []article.Article {
	t.Helper()
	arts, err := corpusOnce()
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// addInOrder merges the articles' mentions in the given order, in batches
// of batch articles.
func addInOrder(t *testing.T, ms [][]merge.Mention, order []int, batch int) []merge.Event {
	t.Helper()
	mem := merge.NewMemory()
	for i := 0; i < len(order); i += batch {
		var b []merge.Mention
		for _, j := range order[i:min(i+batch, len(order))] {
			b = append(b, ms[j]...)
		}
		if err := mem.Add(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	return mem.Events()
}

// checkOrderFree merges ms in many orders and batch sizes and requires
// the same events every time, and no change when articles come again.
func checkOrderFree(t *testing.T, ms [][]merge.Mention, orders int) {
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	want := addInOrder(t, ms, order, 1)
	r := rand.New(rand.NewPCG(7, 11))
	for o := range orders {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		batch := []int{1, 1, 3, 17, len(order)}[o%5]
		got := addInOrder(t, ms, order, batch)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("order %d (batches of %d) gave other events: %s", o, batch, diff(got, want))
		}
	}
	// Every article again, one at a time and then all at once.
	mem := merge.NewMemory()
	for _, m := range ms {
		if err := mem.Add(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	for i, m := range ms {
		if err := mem.Add(context.Background(), m); err != nil {
			t.Fatal(err)
		}
		if i%7 == 0 && !reflect.DeepEqual(mem.Events(), want) {
			t.Fatalf("adding article %d again changed the events", i)
		}
	}
	var all []merge.Mention
	for _, m := range ms {
		all = append(all, m...)
	}
	if err := mem.Add(context.Background(), all); err != nil {
		t.Fatal(err)
	}
	if got := mem.Events(); !reflect.DeepEqual(got, want) {
		t.Fatalf("adding everything again changed the events: %s", diff(got, want))
	}
}

func diff(got, want []merge.Event) string {
	if len(got) != len(want) {
		return "event counts " + itoa(len(got)) + " and " + itoa(len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			g, _ := json.Marshal(got[i])
			w, _ := json.Marshal(want[i])
			return "\n" + string(g) + "\n" + string(w)
		}
	}
	return "?"
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestOrderFreeGenerated(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	w := newWorld(r, 12)
	arts := genArticles(r, w, 300, 60)
	ms := mentionsOf(arts)
	events := addInOrder(t, ms, seq(len(ms)), 1)
	joined := 0
	for _, e := range events {
		if e.Sources > 1 {
			joined++
		}
	}
	t.Logf("%d articles, %d events, %d of them from several sources", len(arts), len(events), joined)
	if joined < len(events)/10 {
		t.Fatalf("the generated set hardly merges (%d of %d): it tests nothing", joined, len(events))
	}
	checkOrderFree(t, ms, 20)
}

func TestOrderFreeCorpus(t *testing.T) {
	arts := corpusArticles(t)
	if len(arts) < 40 {
		t.Fatalf("examples/corpus gave %d articles", len(arts))
	}
	checkOrderFree(t, mentionsOf(arts), 30)
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// Every stored mention Compatible with a new one is among the candidates
// its Query finds, so Plan never misses a join for want of a look-up; and
// Compatible is symmetric, so components do not depend on who came first.
func TestQueryFindsEveryCompatible(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 4))
	w := newWorld(r, 8)
	var all []merge.Mention
	for _, ms := range mentionsOf(genArticles(r, w, 80, 30)) {
		all = append(all, ms...)
	}
	for _, ms := range mentionsOf(corpusArticles(t)) {
		all = append(all, ms...)
	}
	mem := merge.NewMemory()
	if err := mem.Add(context.Background(), all); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, m := range all {
		q, ok := merge.QueryOf(m)
		found := map[string]bool{}
		if ok {
			cands, err := mem.Candidates(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cands {
				found[c.ID] = true
			}
		}
		for _, o := range all {
			if o.ID == m.ID || o.Event.Type != m.Event.Type {
				continue // other types never match, whichever order
			}
			yes, why := merge.Compatible(m, o)
			if back, _ := merge.Compatible(o, m); back != yes {
				t.Fatalf("Compatible(%s, %s) = %v but not the other way round", m.ID, o.ID, yes)
			}
			if yes {
				checked++
				if !found[o.ID] {
					t.Fatalf("%s is Compatible with %s (%s) but its query %+v misses it", m.ID, o.ID, why, q)
				}
			}
		}
	}
	t.Logf("%d mentions, %d Compatible pairs, all found", len(all), checked)
}
