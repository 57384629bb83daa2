package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
)

// Participants and places of the event fixtures.
var (
	lavrov   = article.Actor{Name: "Sergey Lavrov", Country: "RUS", Sector: "GOV"}
	rubio    = article.Actor{Name: "Marco Rubio", Country: "USA", Sector: "GOV"}
	russia   = article.Actor{Name: "Russia", Country: "RUS", Sector: "GOV"}
	usa      = article.Actor{Name: "United States", Country: "USA", Sector: "GOV"}
	ukraine  = article.Actor{Name: "Ukraine", Country: "UKR", Sector: "GOV"}
	israel   = article.Actor{Name: "Israel", Country: "ISR", Sector: "GOV"}
	iran     = article.Actor{Name: "Iran", Country: "IRN", Sector: "GOV"}
	riyadh   = &article.Place{Name: "Riyadh", Country: "SAU"}
	istanbul = &article.Place{Name: "Istanbul", Country: "TUR"}
)

func ptr(s string) *string { return &s }

// mention returns an event mention for a fixture article.
func mention(typ, mode, status, date string, actors, recipients []article.Actor, loc *article.Place, sentence string) article.Event {
	e := article.Event{Type: typ, Status: status, Actors: actors, Recipients: recipients, Location: loc,
		Sentence: sentence, Span: [2]int{0, len([]rune(sentence))}, Confidence: 0.8}
	if mode != "" {
		e.Mode = ptr(mode)
	}
	if date != "" {
		e.Date = ptr(date)
	}
	return e
}

// report returns an article by outlet, published on day, whose body is
// its event sentences (made unique by the outlet) and which reports evs.
func report(t *testing.T, outlet, published string, evs ...article.Event) *article.Article {
	var body []string
	for _, e := range evs {
		body = append(body, e.Sentence)
	}
	a := newArticle(outlet + " " + published + ": " + strings.Join(body, " "))
	a.Outlet, a.Body, a.Events = outlet, strings.Join(body, "\n\n"), evs
	p, err := article.ParsePublished(published)
	if err != nil {
		t.Fatalf("fixture date %q: %v", published, err)
	}
	a.Published = p
	return a
}

// diplomacy is a small news week: the Riyadh meeting reported by two
// outlets in different words (states in one, ministers in the other), a
// phone call, and talks proposed, then planned, then held.
func diplomacy(t *testing.T) []*article.Article {
	return []*article.Article{
		report(t, "AP", "2025-02-18T15:00:00+03:00",
			mention("CONSULT", "in-person", "happened", "2025-02-18", []article.Actor{usa, russia}, nil, riyadh,
				"United States and Russian officials met in Riyadh on Tuesday.")),
		report(t, "Reuters", "2025-02-19",
			mention("CONSULT", "in-person", "happened", "2025-02-18", []article.Actor{rubio}, []article.Actor{lavrov}, riyadh,
				"Rubio held talks with Lavrov in the Saudi capital on 18 February."),
			mention("ASSAULT", "", "happened", "2025-02-18", []article.Actor{israel}, []article.Actor{iran}, nil,
				"Israel struck targets in Iran, the army said.")),
		report(t, "TASS", "2025-05-28",
			mention("CONSULT", "", "proposed", "2025-06-02", []article.Actor{russia}, []article.Actor{ukraine}, istanbul,
				"Moscow proposed a second round of talks with Kyiv in Istanbul on 2 June.")),
		report(t, "Devdiscourse", "2025-05-31",
			mention("CONSULT", "in-person", "planned", "2025-06-02", []article.Actor{russia, ukraine}, nil, istanbul,
				"Russian and Ukrainian delegations are slated to meet in Istanbul on Monday.")),
		report(t, "Kyiv Independent", "2025-06-02T20:00:00+03:00",
			mention("CONSULT", "in-person", "happened", "2025-06-02", []article.Actor{ukraine, russia}, nil, istanbul,
				"Ukrainian and Russian delegations met in Istanbul on Monday for an hour.")),
	}
}

// events calls Events and fails the test on error.
func events(t *testing.T, s store.Store, f store.EventFilter) []merge.Event {
	t.Helper()
	got, err := s.Events(context.Background(), f)
	if err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	return got
}

// describe lists events with the outlets they cite, for messages.
func describe(evs []merge.Event) string {
	var b strings.Builder
	for _, e := range evs {
		var outlets []string
		for _, m := range e.Mentions {
			outlets = append(outlets, m.Outlet)
		}
		fmt.Fprintf(&b, "\n  %s %s %s %s %d sources %v", e.ID, e.Type, e.Date, e.Status, e.Sources, outlets)
	}
	return b.String()
}

// testEventsMerge checks that reports of one event in different words and
// outlets become one event that cites them all, and that the rest stay apart.
func testEventsMerge(t *testing.T, s store.Store) {
	put(t, s, diplomacy(t)...)
	got := events(t, s, store.EventFilter{})
	if len(got) != 3 {
		t.Fatalf("Events = %d events, want 3 (Riyadh, the strike, Istanbul):%s", len(got), describe(got))
	}
	riyadhEv, strike, ist := got[0], got[1], got[2]
	if strike.Type == "CONSULT" {
		riyadhEv, strike = strike, riyadhEv
	}
	if riyadhEv.Type != "CONSULT" || len(riyadhEv.Mentions) != 2 || riyadhEv.Sources != 2 || riyadhEv.Date != "2025-02-18" {
		t.Errorf("Riyadh meeting: %+v", riyadhEv)
	}
	if strike.Type != "ASSAULT" || len(strike.Mentions) != 1 {
		t.Errorf("strike: %+v", strike)
	}
	if ist.Date != "2025-06-02" || len(ist.Mentions) != 3 || ist.Status != "happened" || len(ist.History) != 3 {
		t.Errorf("Istanbul round: date %s, %d mentions, status %s, history %+v", ist.Date, len(ist.Mentions), ist.Status, ist.History)
	}
	for _, m := range ist.Mentions {
		if m.Event.Sentence == "" || m.Article == "" || m.Source.Source == "" {
			t.Errorf("mention without its citation: %+v", m)
		}
	}
	one, err := s.Event(context.Background(), ist.ID)
	if err != nil || one.ID != ist.ID || len(one.Mentions) != 3 {
		t.Errorf("Event(%s) = %+v, %v", ist.ID, one, err)
	}
	if _, err := s.Event(context.Background(), "ev-000000000000"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Event of a missing ID: %v, want ErrNotFound", err)
	}
	st, err := s.Stats(context.Background())
	if err != nil || st.Mentions != 6 || st.Events != 3 {
		t.Errorf("Stats = %+v, %v; want 6 mentions in 3 events", st, err)
	}
}

// testEventsRoundTrip checks that Get gives an article's mentions back in
// order, and that putting it again changes nothing.
func testEventsRoundTrip(t *testing.T, s store.Store) {
	as := diplomacy(t)
	put(t, s, as...)
	got, err := s.Get(context.Background(), as[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Events) != 2 || got.Events[0].Type != "CONSULT" || got.Events[1].Type != "ASSAULT" ||
		got.Events[0].Recipients[0] != lavrov || *got.Events[0].Date != "2025-02-18" {
		t.Errorf("Get(%s).Events = %+v", as[1].ID, got.Events)
	}
	before := eventsJSON(t, s)
	if added, err := s.Put(context.Background(), as[1]); err != nil || added {
		t.Errorf("second Put = %v, %v", added, err)
	}
	if after := eventsJSON(t, s); after != before {
		t.Errorf("a second Put of a stored article changed the events")
	}
}

// eventsJSON is every stored event as JSON, for comparing stores.
func eventsJSON(t *testing.T, s store.Store) string {
	t.Helper()
	b, err := json.MarshalIndent(events(t, s, store.EventFilter{Limit: 1000}), "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// testEventsOrder checks that the merged record does not depend on the
// order in which articles arrive.
func testEventsOrder(t *testing.T, open func(t *testing.T) store.Store) {
	as := diplomacy(t)
	var want string
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 4 {
		s := open(t)
		order := slices.Clone(as)
		if round > 0 {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		put(t, s, order...)
		got := eventsJSON(t, s)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if round == 0 {
			want = got
		} else if got != want {
			t.Fatalf("order %d gave other events:\n%s\nwant\n%s", round, got, want)
		}
	}
}
