package dedup

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/source"
)

// corpusBodies cleans the examples corpus as `chronicle extract` does and
// returns the bodies by input name (relative to the corpus folder).
func corpusBodies(t *testing.T) map[string]string {
	t.Helper()
	dir := filepath.Join("..", "..", "examples", "corpus")
	ctx := context.Background()
	var docs []source.Document
	for d, err := range source.Read(ctx, []string{dir}, source.Options{}) {
		if err == nil {
			docs = append(docs, d)
		}
	}
	c := clean.New()
	preps := make([]*clean.Prepared, len(docs))
	for i, d := range docs {
		preps[i] = c.Learn(d)
	}
	bodies := map[string]string{}
	for i, d := range docs {
		res, err := c.Clean(ctx, d, preps[i])
		if err != nil {
			continue
		}
		name, _ := filepath.Rel(dir, d.Origin)
		bodies[filepath.ToSlash(name)] = res.Article.Body
	}
	if len(bodies) < 20 {
		t.Fatalf("only %d articles cleaned from %s", len(bodies), dir)
	}
	return bodies
}

// TestCorpus checks the syndicated pair of the examples corpus and that no
// other pair, several of which report the same events in their own words,
// comes near the threshold.
func TestCorpus(t *testing.T) {
	bodies := corpusBodies(t)
	const (
		ap      = "apnews/2025-08-15-anchorage-summit.txt"
		reprint = "arabnews/2025-08-16-alaska-summit-ap.txt"
	)
	if bodies[ap] == "" || bodies[reprint] == "" {
		t.Fatalf("the syndicated pair is missing from the corpus")
	}
	names := make([]string, 0, len(bodies))
	sigs := map[string]Signature{}
	for name, body := range bodies {
		names = append(names, name)
		sigs[name] = Sketch(body)
	}
	x := NewIndex()
	for _, name := range names {
		x.Add(name, sigs[name])
	}
	highest := 0.0
	for i, a := range names {
		for _, b := range names[i+1:] {
			sim := Similarity(sigs[a], sigs[b])
			pair := (a == ap && b == reprint) || (a == reprint && b == ap)
			if pair {
				t.Logf("syndicated pair: similarity %.3f", sim)
				if sim < Threshold || !shareBand(sigs[a], sigs[b]) {
					t.Errorf("syndicated pair: similarity %.3f, share a band %v", sim, shareBand(sigs[a], sigs[b]))
				}
				continue
			}
			highest = max(highest, sim)
			if sim >= Threshold/2 {
				t.Errorf("%s and %s: similarity %.3f", a, b, sim)
			}
		}
	}
	t.Logf("highest similarity of other pairs: %.3f", highest)
	for _, name := range names {
		want := name
		if name == ap || name == reprint {
			want = ap
		}
		if got := x.Group(name); got != want {
			t.Errorf("Group(%s) = %s, want %s", name, got, want)
		}
	}
}
