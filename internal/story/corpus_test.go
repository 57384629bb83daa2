package story

import (
	"context"
	"path/filepath"
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

// TestCorpus runs the whole chain over examples/corpus (clean, language,
// events, near-duplicates, merge) and checks the stories: reports of one
// story together, different stories apart, no giant story.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	dir := filepath.Join("..", "..", "examples", "corpus")
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	an, x := nlp.New(k), event.New()
	hook := func(r *clean.Result) {
		r.Article.Events = x.Extract(r.Article.Body, an.Analyze(&r.Article))
	}
	var arts []article.Article
	err = pipeline.Run(context.Background(), []string{dir}, pipeline.Options{Learn: true, Enrich: hook},
		func(it pipeline.Item) error {
			if it.Err == nil && !it.Skipped {
				arts = append(arts, it.Result.Article)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	dups := dedup.NewIndex()
	for _, a := range arts {
		dups.Add(a.ID, dedup.Sketch(a.Body))
	}
	mem := merge.NewMemory()
	idOf := map[string]string{}
	for i := range arts {
		rel, _ := filepath.Rel(dir, arts[i].Source)
		idOf[filepath.ToSlash(rel)] = arts[i].ID
		if err := mem.Add(context.Background(), merge.MentionsOf(&arts[i], dups.Group(arts[i].ID))); err != nil {
			t.Fatal(err)
		}
	}
	events := mem.Events()
	stories := ClusterWith(events, Options{StateName: StateNames(k)})
	storyOf := map[string]map[string]bool{} // article ID → story IDs
	largest := 0
	for _, s := range stories {
		largest = max(largest, len(s.Events))
		if len(s.Events) > 1 {
			t.Logf("%-80s %2d events, %d articles, %d sources", s.Name, len(s.Events), len(s.Articles), s.Sources)
		}
		for _, a := range s.Articles {
			if storyOf[a] == nil {
				storyOf[a] = map[string]bool{}
			}
			storyOf[a][s.ID] = true
		}
	}
	t.Logf("%d articles, %d events, %d stories, the largest of %d events", len(arts), len(events), len(stories), largest)
	if 4*largest > len(events) {
		t.Errorf("a story holds %d of %d events", largest, len(events))
	}
	share := func(a, b string) bool {
		for id := range storyOf[idOf[a]] {
			if storyOf[idOf[b]][id] {
				return true
			}
		}
		return false
	}
	const (
		istanbul  = "anadolu/2025-05-16-istanbul-talks.html"
		istanbul2 = "reuters/2025-05-16-istanbul-talks.txt"
		riyadh    = "apnews/2025-02-18-riyadh-talks.txt"
		riyadh2   = "devdiscourse/2025-02-19-riyadh-aftermath.txt"
		border    = "bangkokpost/2025-07-25-border-clashes.txt"
		border2   = "thestar/2025-07-28-putrajaya-talks.txt"
	)
	for _, p := range [][2]string{{istanbul, istanbul2}, {riyadh, riyadh2}, {border, border2}} {
		if idOf[p[0]] == "" || idOf[p[1]] == "" {
			t.Fatalf("%s or %s is missing from the corpus", p[0], p[1])
		}
		if !share(p[0], p[1]) {
			t.Errorf("%s and %s share no story", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{istanbul, riyadh}, {istanbul, border}, {riyadh, border}} {
		if share(p[0], p[1]) {
			t.Errorf("%s and %s share a story", p[0], p[1])
		}
	}
}
