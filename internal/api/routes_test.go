package api

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// TestReadRoutes walks every read route with its filters and formats.
func TestReadRoutes(t *testing.T) {
	h := loaded(t)
	tests := []struct {
		name, target string
		want         []string // substrings the body must have
		wantNot      []string
		ctype        string
	}{
		{"stats", "/api/stats", []string{`"articles":3`, `"first_published":"2021-06-16"`}, nil, "application/json"},
		{"articles", "/api/articles", []string{`"articles":[`, `geneva-summit.txt`, `"next":null`}, []string{`"body"`}, "application/json"},
		{"articles by outlet", "/api/articles?outlet=example+herald", []string{`paris-ukraine.html`}, []string{`geneva-summit.txt`}, ""},
		{"articles by date", "/api/articles?from=2025-01-01&to=2025-12-31", []string{`paris-ukraine.html`}, []string{`geneva-summit.txt`}, ""},
		{"search", "/api/search?q=ambassadors", []string{`"hits":[`, `"snippet":"`, `**ambassadors**`, `"highlights":[[`}, nil, "application/json"},
		{"search none", "/api/search?q=zeppelin", []string{`"hits":[]`}, nil, ""},
		{"events", "/api/events", []string{`"events":[`, `"limit":50`, `"offset":0`, `"next":null`, `"mentions":[`}, nil, "application/json"},
		{"events by actor", "/api/events?actor=Putin", []string{`Vladimir Putin`}, []string{`Zelensky`}, ""},
		{"events by pair", "/api/events?actor=Biden&actor=Putin&type=CONSULT", []string{`"CONSULT"`, `Geneva`}, []string{`"AGREE"`}, ""},
		{"events by types", "/api/events?type=consult,agree", []string{`"CONSULT"`}, []string{`"ACCUSE"`}, ""},
		{"events by status", "/api/events?status=happened&status=planned", []string{`"happened"`}, nil, ""},
		{"events by place", "/api/events?place=Paris", []string{`Paris`}, []string{`Geneva`}, ""},
		{"events by country place", "/api/events?place=CHE", []string{`Geneva`}, []string{`Paris`}, ""},
		{"events by dates", "/api/events?from=2025-01-01&to=2025-12-31", []string{`Zelensky`}, []string{`Biden`}, ""},
		{"timeline", "/api/timeline", []string{`{"events": [`, `"status_history"`}, []string{`"limit"`}, "application/json"},
		{"timeline csv", "/api/timeline?format=csv&actor=Russia", []string{"id,type,mode,status"}, nil, "text/csv"},
		{"timeline text", "/api/timeline?format=text&actor=Macron", []string{"CONSULT", "Paris"}, nil, "text/plain"},
		{"timeline text all citations", "/api/timeline?format=text&citations=0", []string{"[1]"}, nil, "text/plain"},
		{"timeline mentions csv", "/api/timeline?format=csv&mentions=true", []string{"event,mention,article"}, nil, "text/csv"},
		{"actors search", "/api/actors?q=lavrov", []string{`"Sergey Lavrov"`, `"kind":"person"`}, nil, "application/json"},
		{"actors all paged", "/api/actors?limit=3", []string{`"limit":3`, `"next":"/api/actors?`}, nil, ""},
		{"actor", "/api/actors/Putin", []string{`"name":"Putin"`, `"Vladimir Putin"`, `"partners":`}, nil, "application/json"},
		{"actor by escaped name", "/api/actors/Vladimir%20Putin", []string{`"kind":"person"`}, nil, ""},
		{"network", "/api/network", []string{`"nodes":`, `"edges":`}, nil, "application/json"},
		{"network by country", "/api/network?by=country&top=2", []string{`"c:RUS"`}, nil, ""},
		{"network graphml", "/api/network?format=graphml", []string{`<graphml`}, nil, "application/graphml+xml"},
		{"network dot", "/api/network?format=dot&by=country", []string{`graph`}, nil, "text/vnd.graphviz"},
		{"positions", "/api/positions?actor=Ukraine", []string{`"positions":`}, nil, "application/json"},
		{"stories", "/api/stories?min_events=1", []string{`"stories":[`, `"id":"st-`}, nil, "application/json"},
		{"openapi", "/api/openapi.json", []string{`"openapi": "3.1.0"`}, nil, "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := get(t, h, tt.target)
			if res.Code != http.StatusOK {
				t.Fatalf("GET %s = %d %s", tt.target, res.Code, res.Body)
			}
			body := res.Body.String()
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s lacks %q:\n%s", tt.target, w, clip(body, 2000))
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(body, w) {
					t.Errorf("GET %s has %q:\n%s", tt.target, w, clip(body, 2000))
				}
			}
			if tt.ctype != "" && !strings.HasPrefix(res.Header().Get("Content-Type"), tt.ctype) {
				t.Errorf("Content-Type = %q, want %s", res.Header().Get("Content-Type"), tt.ctype)
			}
			if res.Header().Get("X-Content-Type-Options") != "nosniff" {
				t.Error("no nosniff header")
			}
			if strings.HasPrefix(res.Header().Get("Content-Type"), "application/json") && !json.Valid(res.Body.Bytes()) {
				t.Errorf("invalid JSON: %s", clip(body, 500))
			}
		})
	}
}

// TestFormatsParse checks the other formats are well-formed documents.
func TestFormatsParse(t *testing.T) {
	h := loaded(t)
	rows, err := csv.NewReader(get(t, h, "/api/timeline?format=csv").Body).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Errorf("timeline CSV: %d rows, %v", len(rows), err)
	}
	if err := xml.Unmarshal(get(t, h, "/api/network?format=graphml").Body.Bytes(), new(struct{})); err != nil {
		t.Errorf("GraphML: %v", err)
	}
	var tl struct{ Events []merge.Event }
	decode(t, get(t, h, "/api/timeline"), &tl)
	if len(tl.Events) == 0 || len(tl.Events[0].Mentions) == 0 {
		t.Fatalf("timeline = %+v", tl)
	}
}

// TestPaging pages through the events one at a time and checks the pages
// join up to the whole list, following "next" as a client would.
func TestPaging(t *testing.T) {
	h := loaded(t)
	var all struct{ Events []merge.Event }
	decode(t, get(t, h, "/api/events?limit=500"), &all)
	if len(all.Events) < 3 {
		t.Fatalf("only %d events", len(all.Events))
	}
	var seen []string
	next := "/api/events?limit=2"
	for pages := 0; next != ""; pages++ {
		if pages > len(all.Events) {
			t.Fatal("paging does not end")
		}
		var page struct {
			Events        []merge.Event
			Limit, Offset int
			Next          *string
		}
		decode(t, get(t, h, next), &page)
		if page.Limit != 2 || len(page.Events) > 2 {
			t.Fatalf("page %s: limit %d, %d events", next, page.Limit, len(page.Events))
		}
		for _, e := range page.Events {
			seen = append(seen, e.ID)
		}
		next = ""
		if page.Next != nil {
			next = *page.Next
		}
	}
	if len(seen) != len(all.Events) {
		t.Fatalf("paged %d events, want %d", len(seen), len(all.Events))
	}
	for i := range seen {
		if seen[i] != all.Events[i].ID {
			t.Fatalf("event %d: paged %s, want %s", i, seen[i], all.Events[i].ID)
		}
	}
	res := get(t, h, "/api/timeline?limit=1")
	if link := res.Header().Get("Link"); !contains(link, "offset=1", `rel="next"`) {
		t.Errorf("timeline Link = %q", link)
	}
	if link := get(t, h, "/api/timeline?limit=1000").Header().Get("Link"); link != "" {
		t.Errorf("last timeline page has Link %q", link)
	}
}
