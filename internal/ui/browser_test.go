package ui

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/chronicle-news/chronicle/internal/record"
)

// chromium is Debian's browser, which `make test` installs.
const chromium = "/usr/bin/chromium"

var screenshots = flag.String("screenshots", "", "write PNGs of the main pages into this directory")

// corpusUploads reads the project's example corpus (../../examples/corpus).
func corpusUploads(t testing.TB) []record.Upload {
	t.Helper()
	root := filepath.Join("..", "..", "examples", "corpus")
	var ups []record.Upload
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.EqualFold(d.Name(), "README.md") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		ups = append(ups, record.Upload{Name: p, Data: data})
		return nil
	})
	if err != nil {
		t.Skipf("example corpus not readable at %s: %v", root, err)
	}
	return ups
}

// step runs browser actions with their own deadline, so one stuck
// action fails the test quickly and says which.
func step(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// waitFor evaluates a JavaScript condition until it holds, with a deadline.
// Errors while a page is being replaced (its context destroyed mid-call)
// are expected after a click that navigates, so they only mean "not yet".
func waitFor(t *testing.T, ctx context.Context, what, cond string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		sctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		ok, err := chromedp.Run(sctx, chromedp.Evaluate[bool](cond))
		cancel()
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: %q never held (last error: %v)", what, cond, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// value runs one action that returns a value, with a deadline.
func value[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	v, err := chromedp.Run(sctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// TestBrowser walks the UI in headless Chromium as a reader does: timeline,
// filter by an actor, expand an event, follow a citation to the marked
// sentence, open an event page, add an article through the form.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("no Chromium at %s (make test installs it: apt-get install chromium)", chromium)
	}
	rec := newRecord(t)
	outs, err := rec.Ingest(context.Background(), corpusUploads(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) < 20 {
		t.Fatalf("corpus gave %d documents", len(outs))
	}
	srv := httptest.NewServer(newHandler(t, rec, testToken))
	defer srv.Close()

	root, stop := context.WithTimeout(context.Background(), 60*time.Second)
	defer stop()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.WindowSize(1280, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(root, opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil { // starts the browser; no deadline of its own
		t.Fatalf("start %s: %v", chromium, err)
	}

	step(t, ctx, "open home", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("nav")))
	shot(t, ctx, "home")
	step(t, ctx, "go to the timeline", chromedp.Click(chromedp.CSS(`nav a[href="/timeline"]`)))
	waitFor(t, ctx, "the timeline", `location.pathname === "/timeline" && document.readyState === "complete"`)
	step(t, ctx, "see the filters", chromedp.WaitVisible(chromedp.CSS("#f-actor1")))

	// Keyboard: Tab from the top of a freshly loaded page reaches the
	// first filter.
	reached := false
	step(t, ctx, "reload the timeline", chromedp.Navigate(srv.URL+"/timeline"), chromedp.WaitVisible(chromedp.CSS("#f-actor1")))
	for range 15 {
		step(t, ctx, "press Tab", chromedp.KeyEvent(kb.Tab))
		if value(t, ctx, "active element", chromedp.Evaluate[string](`document.activeElement.id`)) == "f-actor1" {
			reached = true
			break
		}
	}
	if !reached {
		t.Fatal("Tab never reached the actor filter")
	}
	step(t, ctx, "filter by Russia", chromedp.SendKeys(chromedp.CSS("#f-actor1"), "Russia"),
		chromedp.Click(chromedp.CSS(`form.filters button[type="submit"]`)),
	)
	// The unfiltered timeline has events too: wait for the new page.
	waitFor(t, ctx, "the filtered timeline", `location.search.includes("Russia") && document.readyState === "complete"`)
	step(t, ctx, "see the events", chromedp.WaitVisible(chromedp.CSS("details.event")))
	if loc := value(t, ctx, "location", chromedp.Location()); !strings.Contains(loc, "actor=Russia") {
		t.Fatalf("filtered timeline at %s", loc)
	}
	shot(t, ctx, "timeline")

	step(t, ctx, "expand an event", chromedp.Click(chromedp.CSS("details.event > summary")),
		chromedp.WaitVisible(chromedp.CSS("details.event[open] .cites li a")))
	sentence := value(t, ctx, "cited sentence", chromedp.Text(chromedp.CSS("details.event[open] .cites li q")))
	step(t, ctx, "follow the citation", chromedp.Click(chromedp.CSS("details.event[open] .cites li a")),
		chromedp.WaitVisible(chromedp.CSS("mark#s")))
	marked := value(t, ctx, "marked sentence", chromedp.Text(chromedp.CSS("mark#s")))
	if norm(marked) != norm(sentence) || norm(marked) == "" {
		t.Errorf("marked %q, want the cited sentence %q", marked, sentence)
	}
	if loc := value(t, ctx, "location", chromedp.Location()); !strings.HasSuffix(loc, "#s") {
		t.Errorf("article opened at %s, want the #s fragment", loc)
	}
	shot(t, ctx, "article")

	step(t, ctx, "open an event page", chromedp.Click(chromedp.CSS("aside details.event > summary")),
		chromedp.Click(chromedp.CSS(`aside details.event[open] a[href^="/events/"]`)),
		chromedp.WaitVisible(chromedp.CSS("#mentions-h")))
	if n := value(t, ctx, "mentions", chromedp.Evaluate[int](`document.querySelectorAll("ol.mentions > li").length`)); n == 0 {
		t.Error("event page lists no mentions")
	}
	shot(t, ctx, "event")

	step(t, ctx, "open an actor page", chromedp.Click(chromedp.CSS(`h1 a[href^="/actors/"]`)),
		chromedp.WaitVisible(chromedp.CSS("#net-h")))
	shot(t, ctx, "actor")
	step(t, ctx, "open the map", chromedp.Navigate(srv.URL+"/map"), chromedp.WaitVisible(chromedp.CSS("figure.map svg")))
	shot(t, ctx, "map")

	text, err := os.ReadFile("testdata/browser-ingest.txt")
	if err != nil {
		t.Fatal(err)
	}
	step(t, ctx, "open the ingest form", chromedp.Navigate(srv.URL+"/ingest"), chromedp.WaitVisible(chromedp.CSS("#i-text")))
	step(t, ctx, "fill the form", chromedp.SetValue(chromedp.CSS("#i-text"), string(text)),
		chromedp.SendKeys(chromedp.CSS("#i-outlet"), "Test Wire"),
		chromedp.SendKeys(chromedp.CSS("#i-token"), testToken))
	shot(t, ctx, "ingest")
	step(t, ctx, "send the form", chromedp.Click(chromedp.CSS(`form.ingest button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#new-h")))
	result := value(t, ctx, "result", chromedp.Text(chromedp.CSS("main")))
	if !strings.Contains(result, "stored as") {
		t.Fatalf("ingest result: %s", result)
	}
	if n := value(t, ctx, "new events", chromedp.Evaluate[int](`document.querySelectorAll("details.event").length`)); n == 0 {
		t.Fatalf("no events listed for the new article: %s", result)
	}
	if !strings.Contains(value(t, ctx, "new event", chromedp.Text(chromedp.CSS("details.event summary"))), "Ishiba") &&
		!strings.Contains(result, "Japan") {
		t.Errorf("the new article's events do not name its actors: %s", result)
	}

	if *screenshots != "" {
		step(t, ctx, "phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)),
			chromedp.Navigate(srv.URL+"/timeline?actor=Russia&actor=Ukraine"), chromedp.WaitVisible(chromedp.CSS("details.event")))
		shot(t, ctx, "timeline-phone")
	}
}

// shot writes a PNG of the viewport when -screenshots is set.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if *screenshots == "" {
		return
	}
	if !strings.HasSuffix(name, "-phone") {
		step(t, ctx, "viewport", chromedp.EmulateViewport(1280, 900))
	}
	png := value(t, ctx, "screenshot "+name, chromedp.CaptureScreenshot())
	if err := os.MkdirAll(*screenshots, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(*screenshots, fmt.Sprintf("%s.png", name))
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }
