package ui

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/record"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The marked-up article body (actors, dates, the cited sentence) is
// compared with a reviewed copy; when the language stage changes on
// purpose, review the diff and rerun with -update.
func TestArticleGolden(t *testing.T) {
	rec := newRecord(t)
	outs := ingestFiles(t, rec, "testdata/ankara-talks.txt")
	evs, err := rec.Events(context.Background(), record.Query{Types: []string{"CONSULT"}})
	if err != nil || len(evs) == 0 {
		t.Fatalf("CONSULT events = %v, %v", evs, err)
	}
	h := newHandler(t, rec, "")
	m := evs[0].Mentions[0]
	if m.Article != outs[0].ID {
		t.Fatalf("mention of another article")
	}
	_, page := get(t, h, citeURL(m.Article, m.Event.Span))
	got := "<article" + between(page, "<article", "</article>") + "</article>\n"
	path := filepath.Join("testdata", "ankara.golden.html")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("article markup differs from %s (review, then rerun with -update):\n got: %s\nwant: %s", path, got, want)
	}
	if !strings.Contains(got, `<mark id="s">`) {
		t.Error("golden article has no marked sentence")
	}
}
