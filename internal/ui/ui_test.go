package ui

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/record"
)

// fixture is a UI over the test articles, with the IDs the pages need.
type fixture struct {
	h       http.Handler
	rec     *record.Record
	ankara  string // article ID
	eventID string // an event of the Ankara article
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	rec := newRecord(t)
	outs := ingestFiles(t, rec, "testdata/ankara-talks.txt", "testdata/cairo-ceasefire.txt")
	evs, err := rec.Events(context.Background(), record.Query{Actors: []string{"Hakan Fidan"}})
	if err != nil || len(evs) == 0 {
		t.Fatalf("events of Fidan = %d, %v; the test article should give some", len(evs), err)
	}
	return fixture{h: newHandler(t, rec, testToken), rec: rec, ankara: outs[0].ID, eventID: evs[0].ID}
}

func TestPages(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name, target string
		status       int
		want         []string
		not          []string
	}{
		{"home", "/", 200, []string{"Latest events", "Biggest stories", `action="/search"`, "Skip to content"}, nil},
		{"timeline", "/timeline", 200, []string{"<details", "April 2025", "May 2025", `list="actor-names"`, "Hakan Fidan"}, nil},
		{"timeline actor", "/timeline?actor=Hakan+Fidan", 200, []string{"Hakan Fidan", "April 2025", `value="Hakan Fidan"`}, []string{"May 2025"}},
		{"timeline pair", "/timeline?actor=Turkey&actor=Greece", 200, []string{"Gerapetritis"}, []string{"in Cairo"}},
		{"timeline type", "/timeline?type=REJECT", 200, []string{"REJECT"}, []string{"April 2025"}},
		{"timeline dates", "/timeline?from=2025-05-01&to=2025-05-31", 200, []string{"May 2025"}, []string{"April 2025"}},
		{"timeline bad date", "/timeline?from=2025-13-45", 400, []string{"Check the filters", "from date"}, nil},
		{"timeline bad type", "/timeline?type=DANCE", 400, []string{"Check the filters", "DANCE"}, nil},
		{"timeline three actors", "/timeline?actor=a&actor=b&actor=c", 400, []string{"at most two"}, nil},
		{"timeline bad page", "/timeline?page=-3", 400, []string{"page"}, nil},
		{"timeline unknown story", "/timeline?story=st-nosuchstory", 404, []string{"Check the filters"}, nil},
		{"event", "/events/" + f.eventID, 200, []string{"Every report", "/articles/" + f.ankara + "?m=", "#s", `href="/actors/`}, nil},
		{"event unknown", "/events/nope", 404, []string{"not found"}, nil},
		{"article", "/articles/" + f.ankara, 200, []string{`class="actor"`, "<time datetime=", "Events it reports"}, []string{`<mark id="s">`}},
		{"article unknown", "/articles/0000000000000000", 404, nil, nil},
		{"article bad span", "/articles/" + f.ankara + "?m=99999-100000", 200, []string{`class="actor"`}, []string{"<mark"}},
		{"actor", "/actors/Hakan%20Fidan", 200, []string{"<svg", "Positions over time", "Latest events", "Giorgos Gerapetritis"}, nil},
		{"actor state", "/actors/Turkey", 200, []string{"<svg", "Greece"}, nil},
		{"actor unknown", "/actors/Nobody%20Atall%20Zzyzx", 404, nil, nil},
		{"stories", "/stories", 200, []string{"Stories"}, nil},
		{"search", "/search?q=Aegean", 200, []string{"<mark>", "Turkish and Greek"}, nil},
		{"search empty", "/search", 200, []string{`id="search-q"`}, nil},
		{"search nothing", "/search?q=zzzqqqxx", 200, []string{"0 articles"}, nil},
		{"map", "/map", 200, []string{"<svg", "Ankara", "Places and their events"}, nil},
		{"map filtered", "/map?actor=Egypt", 200, []string{"Cairo"}, []string{">Ankara<"}},
		{"map bad", "/map?to=yesterday", 400, []string{"Check the filters"}, nil},
		{"ingest form", "/ingest", 200, []string{`enctype="multipart/form-data"`, `name="token"`, `type="file"`, "multiple"}, []string{"disabled"}},
		{"unknown path", "/nope/nothing", 404, []string{"Page not found"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := get(t, f.h, tt.target)
			if status != tt.status {
				t.Fatalf("GET %s = %d, want %d\n%s", tt.target, status, tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s lacks %q", tt.target, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(body, n) {
					t.Errorf("GET %s has %q", tt.target, n)
				}
			}
			if status == 200 && !strings.Contains(body, `<main id="main"`) {
				t.Errorf("GET %s: no layout", tt.target)
			}
			assertStrict(t, tt.target, body)
		})
	}
}

// A citation link opens the article with the cited sentence in one mark.
func TestCitationHighlight(t *testing.T) {
	f := newFixture(t)
	_, page := get(t, f.h, "/events/"+f.eventID)
	href := regexp.MustCompile(`href="(/articles/[0-9a-f]+\?m=\d+-\d+)#s"`).FindStringSubmatch(page)
	if href == nil {
		t.Fatalf("event page has no citation link:\n%s", page)
	}
	sentence := between(page, "<blockquote><p>", "</p></blockquote>")
	status, art := get(t, f.h, strings.ReplaceAll(href[1], "&amp;", "&"))
	if status != 200 {
		t.Fatalf("GET %s = %d", href[1], status)
	}
	marked := between(art, `<mark id="s">`, "</mark>")
	if marked == "" {
		t.Fatalf("no <mark id=\"s\"> in the article")
	}
	plain := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(marked, "")
	if plain != sentence {
		t.Errorf("marked text = %q, want the cited sentence %q", plain, sentence)
	}
	if strings.Count(art, `id="s"`) != 1 {
		t.Errorf("want exactly one id=\"s\"")
	}
}

func TestStoryPage(t *testing.T) {
	f := newFixture(t)
	ss, err := f.rec.Stories(context.Background(), record.Query{}, 1)
	if err != nil || len(ss) == 0 {
		t.Fatalf("stories = %v, %v", ss, err)
	}
	status, body := get(t, f.h, "/stories/"+url.PathEscape(ss[0].ID))
	if status != 200 || !strings.Contains(body, "<details") || !strings.Contains(body, "Articles") {
		t.Fatalf("story page = %d\n%s", status, body)
	}
	if status, _ := get(t, f.h, "/stories/st-000000000000"); status != 404 {
		t.Errorf("unknown story = %d, want 404", status)
	}
}

func TestStatic(t *testing.T) {
	f := newFixture(t)
	_, home := get(t, f.h, "/")
	css := regexp.MustCompile(`href="(/static/style\.css\?v=[0-9a-f]+)"`).FindStringSubmatch(home)
	if css == nil {
		t.Fatal("no hashed stylesheet link")
	}
	w := serve(f.h, css[1])
	if w.Code != 200 || !strings.Contains(w.Header().Get("Cache-Control"), "immutable") ||
		!strings.HasPrefix(w.Header().Get("Content-Type"), "text/css") {
		t.Errorf("GET %s = %d %v", css[1], w.Code, w.Header())
	}
	if w := serve(f.h, "/static/style.css?v=old"); w.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("stale hash cached: %v", w.Header())
	}
	if w := serve(f.h, "/static/nothing.js"); w.Code != 404 {
		t.Errorf("unknown static = %d", w.Code)
	}
}
