package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/source"
)

const story = `Home | World | Politics | Business
Ministers meet in Geneva to revive grain talks

By Anna Keller | Published: 14 March 2025, 10:20 CET

Foreign ministers from four countries met in Geneva on Thursday to revive talks on the safe passage of grain ships through the Black Sea, officials said after the meeting.

The talks, hosted by the Swiss government, lasted more than five hours and ended with an agreement to meet again within a month, according to a joint statement released in the evening.

Diplomats said the main obstacle remained the inspection of vessels at sea, which one side wants carried out by a neutral party and the other insists on doing itself.

Advertisement
Subscribe to our newsletter
© 2025 Example News. All rights reserved.
`

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunKeepsInputOrderAndReportsFailures(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i := range 40 {
		var body string
		switch {
		case i%10 == 3:
			body = "" // empty: a failure
		default:
			body = strings.Replace(story, "Thursday", "Thursday ("+strings.Repeat("x", i+1)+")", 1)
		}
		name := filepath.Join("site", "a"+string(rune('A'+i/26))+string(rune('a'+i%26))+".txt")
		write(t, dir, name, body)
		names = append(names, filepath.Join(dir, name))
	}
	write(t, dir, "site/notes.md", "# not an article")

	var got []pipeline.Item
	err := pipeline.Run(context.Background(), []string{filepath.Join(dir, "site")}, pipeline.Options{Workers: 4, Learn: true},
		func(it pipeline.Item) error { got = append(got, it); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 41 {
		t.Fatalf("got %d items, want 41 (40 files and one skipped)", len(got))
	}
	ok, failed, skipped := 0, 0, 0
	i := 0
	for _, it := range got {
		switch {
		case it.Skipped:
			skipped++
			if !strings.Contains(it.Err.Error(), "notes.md") {
				t.Errorf("skip does not name the file: %v", it.Err)
			}
			continue
		case it.Err != nil:
			failed++
			if !strings.Contains(it.Err.Error(), names[i]) {
				t.Errorf("error %q does not name %s", it.Err, names[i])
			}
		default:
			ok++
			if it.Origin != names[i] {
				t.Errorf("item %d from %s, want %s: order lost", i, it.Origin, names[i])
			}
			a := it.Result.Article
			if a.ID == "" || a.Source != it.Origin || !strings.Contains(a.Body, "Geneva") {
				t.Errorf("%s: incomplete article %+v", it.Origin, a)
			}
		}
		i++
	}
	if ok != 36 || failed != 4 || skipped != 1 {
		t.Errorf("ok %d failed %d skipped %d, want 36, 4, 1", ok, failed, skipped)
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	dir := t.TempDir()
	for i := range 20 {
		write(t, dir, filepath.Join("d", string(rune('a'+i))+".txt"), strings.Replace(story, "five", strings.Repeat("very ", i)+"five", 1))
	}
	stop := errors.New("enough")
	n := 0
	err := pipeline.Run(context.Background(), []string{dir}, pipeline.Options{Workers: 3}, func(pipeline.Item) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 5 {
		t.Fatalf("err %v after %d items, want %v after 5", err, n, stop)
	}
}

func TestRunCancelled(t *testing.T) {
	dir := t.TempDir()
	for i := range 20 {
		write(t, dir, filepath.Join("d", string(rune('a'+i))+".txt"), story)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := pipeline.Run(ctx, []string{dir}, pipeline.Options{Workers: 2}, func(pipeline.Item) error {
		n++
		if n == 2 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if n > 3 {
		t.Errorf("%d items emitted after cancel", n)
	}
}

func TestSameContentSameID(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a/one.txt", story)
	write(t, dir, "b/two.txt", story)
	var ids []string
	err := pipeline.Run(context.Background(), []string{dir}, pipeline.Options{}, func(it pipeline.Item) error {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		ids = append(ids, it.Result.Article.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 2 || ids[0] != ids[1] {
		t.Fatalf("ids %v: the same content must give the same ID", ids)
	}
}

// Windows smaller than the batch: order is kept across them, and a site's
// furniture learned in the first window is still furniture in the last.
func TestRunInWindows(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i := range 30 {
		name := filepath.Join("site", fmt.Sprintf("a%02d.txt", i))
		body := strings.Replace(story, "five hours", fmt.Sprintf("%d hours", i+2), 1)
		write(t, dir, name, "Example News | Home | World | Sport | Opinion\n"+body)
		names = append(names, filepath.Join(dir, name))
	}
	var got []string
	err := pipeline.Run(context.Background(), []string{dir}, pipeline.Options{Workers: 3, Learn: true, Window: 4},
		func(it pipeline.Item) error {
			if it.Err != nil {
				return it.Err
			}
			if strings.Contains(it.Result.Article.Body, "Example News | Home") {
				t.Errorf("%s: menu kept in the body", it.Origin)
			}
			got = append(got, it.Origin)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Fatalf("order lost across windows:\n got %v\nwant %v", got, names)
	}
}

// Standard input is learned too: it is read once, and learning no longer
// needs a second pass.
func TestRunLearnsFromStdin(t *testing.T) {
	var out []pipeline.Item
	err := pipeline.Run(context.Background(), []string{"-"},
		pipeline.Options{Learn: true, Source: source.Options{Stdin: strings.NewReader(story)}},
		func(it pipeline.Item) error { out = append(out, it); return nil })
	if err != nil || len(out) != 1 || out[0].Err != nil || !strings.Contains(out[0].Result.Article.Body, "Geneva") {
		t.Fatalf("stdin: %v %+v", err, out)
	}
}
