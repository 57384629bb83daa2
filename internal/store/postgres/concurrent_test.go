package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/sqlite"
)

// newsWeek makes n articles about a few states over ten days, each
// reporting one or two events, with every fifth article a syndicated copy
// of an earlier one (a near-duplicate with its own outlet). Many events
// are reported by several articles, so merges and regroupings cross.
func newsWeek(n int) []*article.Article {
	rng := rand.New(rand.NewPCG(7, 11))
	states := []article.Actor{
		{Name: "Ruritania", Country: "RUR", Sector: "GOV"}, {Name: "Freedonia", Country: "FRD", Sector: "GOV"},
		{Name: "Sylvania", Country: "SYL", Sector: "GOV"}, {Name: "Latveria", Country: "LAT", Sector: "GOV"},
	}
	types := []string{"CONSULT", "AGREE", "THREATEN"}
	vocab := strings.Fields(`minister talks border trade envoy summit capital ceasefire treaty delegation parliament
		agreement sanctions forces aid grain port pipeline election vote court harbour railway customs tariff loan
		embassy statement spokesman officials reporters morning evening week river valley province coast island
		market currency inflation budget defence navy army drills exercises convoy refugees camp relief mission`)
	var out []*article.Article
	for i := range n {
		if i%5 == 4 {
			orig := out[rng.IntN(len(out))]
			c := newTestArticle(string(orig.Raw) + fmt.Sprintf(" (reprint %d)", i))
			c.Body = orig.Body + "\n\nThis story was first published elsewhere."
			c.Title, c.Outlet, c.Published, c.Events = orig.Title, fmt.Sprintf("Reprints %d", i%3), orig.Published, orig.Events
			out = append(out, c)
			continue
		}
		words := make([]string, 140)
		for j := range words {
			words[j] = vocab[rng.IntN(len(vocab))]
		}
		day := 1 + rng.IntN(10)
		a := newTestArticle(fmt.Sprintf("week article %d: %s", i, strings.Join(words, " ")))
		a.Body, a.Title = strings.Join(words, " "), fmt.Sprintf("Report %d", i)
		a.Outlet, a.Published = fmt.Sprintf("Outlet %d", i%4), article.OnDay(2025, 3, day+1)
		for range 1 + rng.IntN(2) {
			x, y := states[rng.IntN(len(states))], states[rng.IntN(len(states))]
			if x == y {
				continue
			}
			date := fmt.Sprintf("2025-03-%02d", day)
			a.Events = append(a.Events, article.Event{Type: types[rng.IntN(len(types))], Status: "happened",
				Actors: []article.Actor{x}, Recipients: []article.Actor{y}, Date: &date,
				Sentence: fmt.Sprintf("%s and %s, report %d.", x.Name, y.Name, i), Confidence: 0.7})
		}
		out = append(out, a)
	}
	return out
}

// snapshot is everything a store holds about events, as JSON, and its Stats.
func snapshot(t *testing.T, db store.Store) string {
	t.Helper()
	ctx := context.Background()
	evs, err := db.Events(ctx, store.EventFilter{Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(struct {
		Stats  store.Stats
		Events any
	}{st, evs}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestWorkersMatchSerial puts one corpus from three stores on one database
// at once, as three worker processes would, and checks that the merged
// events and near-duplicate groups equal those of a single serial run.
func TestWorkersMatchSerial(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	ctx := context.Background()
	corpus := newsWeek(90)
	serial := openTemp(t)
	for _, a := range corpus {
		if _, err := serial.Put(ctx, a); err != nil {
			t.Fatalf("serial Put: %v", err)
		}
	}
	want := snapshot(t, serial)

	url := newDatabase(t)
	var (
		wg      sync.WaitGroup
		workers [3]*DB
	)
	for w := range workers {
		db, err := Open(ctx, url)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		defer db.Close()
		workers[w] = db
	}
	for w, db := range workers {
		// Every worker gets the whole corpus in its own order: each article
		// is put three times at once, and added exactly once. Two workers
		// put batches that overlap the others' (the deadlock case), one
		// puts article by article.
		order := rand.New(rand.NewPCG(uint64(w), 3)).Perm(len(corpus))
		wg.Go(func() {
			for len(order) > 0 {
				n := min(len(order), 16)
				if w == 2 {
					n = 1
				}
				batch := make([]*article.Article, n)
				for j, i := range order[:n] {
					batch[j] = corpus[i]
				}
				order = order[n:]
				if _, err := db.PutBatch(ctx, batch); err != nil {
					t.Errorf("worker %d: PutBatch: %v", w, err)
					return
				}
			}
		})
	}
	wg.Wait()
	if got := snapshot(t, workers[0]); got != want {
		t.Errorf("concurrent workers stored other events than a serial run:\n%.3000s\nwant\n%.3000s", got, want)
	}
	// The corpus must exercise what is checked: merges across articles
	// and near-duplicate groups.
	st, err := serial.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Events >= st.Mentions || st.DupGroups == 0 {
		t.Errorf("corpus too easy: %+v", st)
	}
	t.Logf("corpus: %+v", st)
}

// TestMatchesSQLite puts one corpus into this store and into the SQLite
// one: the merged events, their citations and the counts must be the same.
func TestMatchesSQLite(t *testing.T) {
	ctx := context.Background()
	corpus := newsWeek(90)
	pg := openTemp(t)
	lite, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	for _, s := range []store.Store{pg, lite} {
		for _, a := range corpus {
			if _, err := s.Put(ctx, a); err != nil {
				t.Fatalf("Put: %v", err)
			}
		}
	}
	if got, want := snapshot(t, pg), snapshot(t, lite); got != want {
		t.Errorf("PostgreSQL and SQLite stored different events:\n%.3000s\nwant\n%.3000s", got, want)
	}
}
