package api

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/story"
)

// TestDetailRoutes follows IDs from the lists to the detail routes.
func TestDetailRoutes(t *testing.T) {
	h := loaded(t)
	var evs struct{ Events []merge.Event }
	decode(t, get(t, h, "/api/events?actor=Biden&actor=Putin&type=CONSULT"), &evs)
	if len(evs.Events) != 1 {
		t.Fatalf("Biden–Putin meetings = %d, want 1", len(evs.Events))
	}
	ev := evs.Events[0]
	var one merge.Event
	decode(t, get(t, h, "/api/events/"+ev.ID), &one)
	if one.ID != ev.ID || len(one.Mentions) != len(ev.Mentions) {
		t.Errorf("event %s = %+v", ev.ID, one)
	}

	var art articleJSON
	res := get(t, h, "/api/articles/"+ev.Mentions[0].Article)
	decode(t, res, &art)
	if art.Article == nil || !strings.Contains(art.Article.Body, "Geneva") {
		t.Fatalf("article = %s", clip(res.Body.String(), 300))
	}
	found := false
	for _, e := range art.Events {
		found = found || e.ID == ev.ID
	}
	if !found || len(art.Events) != len(art.Article.Events) {
		t.Errorf("article lists %d merged events for %d mentions; want %s among them",
			len(art.Events), len(art.Article.Events), ev.ID)
	}

	var ss struct{ Stories []story.Story }
	decode(t, get(t, h, "/api/stories?min_events=1&actor=Russia"), &ss)
	if len(ss.Stories) == 0 {
		t.Fatal("no stories with Russia")
	}
	s := ss.Stories[0]
	var full struct {
		Story  story.Story
		Events []merge.Event
	}
	decode(t, get(t, h, "/api/stories/"+s.ID[:9]), &full)
	if full.Story.ID != s.ID || len(full.Events) != len(s.Events) {
		t.Errorf("story by prefix = %s with %d events, want %s with %d", full.Story.ID, len(full.Events), s.ID, len(s.Events))
	}
	var inStory struct{ Events []merge.Event }
	decode(t, get(t, h, "/api/events?story="+s.ID), &inStory)
	if len(inStory.Events) != len(s.Events) {
		t.Errorf("events of story = %d, want %d", len(inStory.Events), len(s.Events))
	}

	var actor actorJSON
	decode(t, get(t, h, "/api/actors/Putin"), &actor)
	if actor.Entry == nil || actor.Entry.Name != "Vladimir Putin" || actor.Events == 0 || actor.Partners == 0 {
		t.Errorf("actor Putin = %+v", actor)
	}
	decode(t, get(t, h, "/api/actors/Kristen%20Michal"), &actor)
	if actor.Entry == nil || actor.Events != 0 {
		t.Errorf("actor known to the KB only = %+v", actor)
	}
}

// TestCache checks cached answers are shared across parameter orders and
// dropped by a write, through this handler or straight into the store.
func TestCache(t *testing.T) {
	h, rec := newAPI(t, Options{Token: testToken})
	count := func(target string) int {
		var evs struct{ Events []merge.Event }
		decode(t, get(t, h, target), &evs)
		return len(evs.Events)
	}
	if n := count("/api/events?type=CONSULT&status=happened"); n != 0 {
		t.Fatalf("empty store has %d events", n)
	}
	res := do(t, h, "POST", "/api/ingest?name=geneva.txt", "text/plain", readTestdata(t, "geneva-summit.txt"), testToken)
	if res.Code != http.StatusOK {
		t.Fatalf("ingest = %d %s", res.Code, res.Body)
	}
	n := count("/api/events?status=happened&type=CONSULT")
	if n == 0 {
		t.Fatal("the answer cached before the ingest was served after it")
	}
	if bad := get(t, h, "/api/events?limit=0"); bad.Code != http.StatusBadRequest {
		t.Errorf("bad request = %d", bad.Code)
	}
	if m := count("/api/events?type=CONSULT&status=happened"); m != n {
		t.Errorf("same query in another order = %d events, want %d", m, n)
	}

	// A write that bypasses the handler (the web UI, a CLI ingest) moves
	// the store's version on all the same.
	if _, err := rec.Ingest(context.Background(), []record.Upload{{Name: "second.html", Data: readTestdata(t, "paris-ukraine.html")}}); err != nil {
		t.Fatal(err)
	}
	if m := count("/api/events?type=CONSULT&status=happened"); m == n {
		t.Logf("(the second article added no happened CONSULT; checking the stats instead)")
	}
	var stats struct{ Articles int }
	decode(t, get(t, h, "/api/stats"), &stats)
	if stats.Articles != 2 {
		t.Errorf("stats after a write outside the handler = %d articles, want 2", stats.Articles)
	}

	c := &cache{}
	c.put("big", &cached{body: make([]byte, maxCachedBody+1)})
	if _, ok := c.get("big", 0); ok {
		t.Error("an answer over the size bound was kept")
	}
}
