package merge_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/internal/merge"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenTimeline merges hand-written mentions of real events
// (testdata/mentions.jsonl: reports that agree, a proposal that becomes a
// plan and then happens, a syndicated copy, a strike and the retaliation
// on one day, two calls a few days apart, a call reported a day apart and
// from both ends) and compares the timeline JSON with
// testdata/timeline.golden.json (go test -update rewrites it).
func TestGoldenTimeline(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "mentions.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	byArticle := map[string][]merge.Mention{}
	var order []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m merge.Mention
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("mentions.jsonl: %v", err)
		}
		if _, ok := byArticle[m.Article]; !ok {
			order = append(order, m.Article)
		}
		byArticle[m.Article] = append(byArticle[m.Article], m)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	mem := merge.NewMemory()
	for _, a := range order {
		if err := mem.Add(context.Background(), byArticle[a]); err != nil {
			t.Fatal(err)
		}
	}
	got, err := json.MarshalIndent(struct {
		Events []merge.Event `json:"events"`
	}{mem.Events()}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "timeline.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("timeline differs from %s (go test -update rewrites it):\n%s", golden, got)
	}
}
