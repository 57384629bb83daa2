package event_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/pipeline"
)

// analysed cleans and analyses every article under the paths, as
// `chronicle extract` does.
func analysed(tb testing.TB, paths ...string) ([]article.Article, []nlp.Doc) {
	tb.Helper()
	k, err := kb.Load()
	if err != nil {
		tb.Fatal(err)
	}
	an := nlp.New(k)
	var arts []article.Article
	var docs []nlp.Doc
	err = pipeline.Run(context.Background(), paths, pipeline.Options{Learn: true}, func(it pipeline.Item) error {
		if it.Err != nil {
			return nil
		}
		a := it.Result.Article
		arts = append(arts, a)
		docs = append(docs, an.Analyze(&a))
		return nil
	})
	if err != nil || len(arts) == 0 {
		tb.Skipf("no articles under %v: %v", paths, err)
	}
	return arts, docs
}

// TestDump prints every event of the articles under $EVENT_DUMP with its
// explanation; it is a tool for reading the rules' output, skipped unless
// the variable is set.
func TestDump(t *testing.T) {
	dir := os.Getenv("EVENT_DUMP")
	if dir == "" {
		t.Skip("set EVENT_DUMP to a file or folder of articles to print their events")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", "..", dir)
	}
	arts, docs := analysed(t, dir)
	x := event.New()
	var b strings.Builder
	for i := range arts {
		fmt.Fprintf(&b, "== %s\n", arts[i].Source)
		for _, e := range x.Extract(arts[i].Body, docs[i]) {
			mode, date, loc := "-", "-", "-"
			if e.Mode != nil {
				mode = *e.Mode
			}
			if e.Date != nil {
				date = *e.Date
			}
			if e.Location != nil {
				loc = e.Location.Name
			}
			fmt.Fprintf(&b, "%s/%s %s %s %v -> %v @%s %.2f attr=%q\n   %s\n   %s\n", e.Type, mode, e.Status, date,
				actorNames(e.Actors), actorNames(e.Recipients), loc, e.Confidence, e.Attribution, e.Sentence, strings.Join(e.Explain, " | "))
		}
	}
	if err := os.WriteFile(filepath.Join(os.TempDir(), "event-dump.txt"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func actorNames(as []article.Actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

// TestText prints the events of the text in $EVENT_TEXT (published 2 June
// 2025) with their explanations; a tool for trying a rule on one sentence.
func TestText(t *testing.T) {
	text := os.Getenv("EVENT_TEXT")
	if text == "" {
		t.Skip("set EVENT_TEXT to a text to print its events")
	}
	for _, e := range event.New().Extract(text, analyse(t, text)) {
		date := "-"
		if e.Date != nil {
			date = *e.Date
		}
		t.Logf("%s %s %v %+v -> %+v loc=%v: %s", e.Type, e.Status, date, e.Actors, e.Recipients, e.Location, strings.Join(e.Explain, " | "))
	}
}
