package ui

import (
	"context"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/record"
)

var tags = regexp.MustCompile(`<[^>]+>`)

// The example corpus has what the small test articles lack: conflicting
// reports, status histories, many pages of events, non-ASCII text.
func TestCorpusPages(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus test skipped in -short mode")
	}
	rec := newRecord(t)
	if _, err := rec.Ingest(context.Background(), corpusUploads(t)); err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, rec, "")
	evs, err := rec.Events(context.Background(), record.Query{})
	if err != nil || len(evs) <= timelinePage {
		t.Fatalf("corpus events = %d, %v; want more than a page", len(evs), err)
	}

	t.Run("every citation marks its sentence", func(t *testing.T) {
		checked := 0
		for _, e := range evs {
			for _, m := range e.Mentions {
				if checked == 200 {
					return
				}
				checked++
				status, body := get(t, h, citeURL(m.Article, m.Event.Span))
				if status != http.StatusOK {
					t.Fatalf("citation of %s = %d", m.ID, status)
				}
				marked := html.UnescapeString(tags.ReplaceAllString(between(body, `<mark id="s">`, "</mark>"), ""))
				if norm(marked) != norm(m.Event.Sentence) {
					t.Errorf("mention %s: marked %q, want %q", m.ID, marked, m.Event.Sentence)
				}
			}
		}
	})

	t.Run("conflicts", func(t *testing.T) {
		for _, e := range evs {
			if len(e.Conflicts) == 0 {
				continue
			}
			_, body := get(t, h, "/events/"+e.ID)
			if !strings.Contains(body, "Conflicting reports") {
				t.Fatalf("event %s has conflicts, its page does not show them", e.ID)
			}
			for _, c := range e.Conflicts {
				for _, v := range c.Values {
					for _, id := range v.Mentions {
						if !strings.Contains(body, `href="#`+anchor(id)+`"`) || !strings.Contains(body, `id="`+anchor(id)+`"`) {
							t.Errorf("event %s: conflict %s cites mention %s without a working link", e.ID, c.Field, id)
						}
					}
				}
			}
			return
		}
		t.Skip("no event with conflicting reports in the corpus")
	})

	t.Run("paging", func(t *testing.T) {
		_, p1 := get(t, h, "/timeline")
		if !strings.Contains(p1, `rel="next" href="/timeline?page=2"`) || strings.Contains(p1, `rel="prev"`) {
			t.Fatalf("first page lacks a next link or has a previous one")
		}
		_, p2 := get(t, h, "/timeline?page=2")
		if !strings.Contains(p2, `rel="prev" href="/timeline"`) {
			t.Error("second page lacks its link back")
		}
		if strings.Count(p1, `<details class="event"`) != timelinePage {
			t.Errorf("first page shows %d events, want %d", strings.Count(p1, `<details class="event"`), timelinePage)
		}
		_, far := get(t, h, "/timeline?page=999")
		if !strings.Contains(far, "No events match") {
			t.Error("a page past the end should say nothing matches")
		}
	})

	t.Run("pages", func(t *testing.T) {
		for _, target := range []string{"/", "/stories", "/map", "/actors/Russia", "/actors/Vladimir%20Putin",
			"/timeline?actor=Russia&actor=Ukraine", "/search?q=ceasefire", "/ingest"} {
			status, body := get(t, h, target)
			if status != http.StatusOK {
				t.Errorf("GET %s = %d", target, status)
			}
			assertStrict(t, target, body)
		}
		_, m := get(t, h, "/map")
		if strings.Count(m, `class="atlas-mark"`) < 5 {
			t.Errorf("map draws %d marks, want several", strings.Count(m, `class="atlas-mark"`))
		}
		_, a := get(t, h, "/actors/Russia")
		if strings.Count(a, `class="ego-node"`) < 3 {
			t.Errorf("Russia's network has %d partners", strings.Count(a, `class="ego-node"`))
		}
		_, ing := get(t, h, "/ingest")
		if !strings.Contains(ing, "disabled") {
			t.Error("ingest form without a token should be disabled")
		}
	})
}
