package query

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

func positionEvents() []merge.Event {
	return []merge.Event{
		ev("p1", "REJECT", "happened", "2025-03-13", actors(peskov), actors(usa), "Meduza"),
		ev("p2", "REQUEST", "happened", "2025-03-11", actors(rubio), actors(russia), "Reuters", "AP"),
		ev("p3", "CONSULT", "happened", "2025-02-18", actors(lavrov), actors(rubio), "TASS"),
		ev("p4", "AGREE", "happened", "2025-03", actors(russia, ukraine), nil, "UN News"),
		ev("p5", "THREATEN", "happened", "2025-W13", actors(usa), actors(russia), "CNN"),
		ev("p6", "ACCUSE", "happened", "", actors(lavrov), actors(ukraine), "RIA Novosti"),
		ev("p7", "CONCEDE", "proposed", "2025-03-11", actors(ukraine), actors(russia), "Kyiv Post"),
		ev("p8", "REJECT", "happened", "2025-01-20", actors(ukraine), actors(russia), "Ukrainska Pravda"),
	}
}

func TestPositions(t *testing.T) {
	ps := Positions(positionEvents(), NewMatcher(CountryKey("RUS")))
	type row struct{ event, role, verb, date string }
	var got []row
	for _, p := range ps {
		got = append(got, row{p.Event, p.Role, p.Verb, p.Date})
	}
	want := []row{
		{"p4", RoleBy, "agreed", "2025-03"},       // the month starts on 1 March
		{"p2", RoleOf, "requested", "2025-03-11"}, // of Russia, by Rubio
		{"p1", RoleBy, "rejected", "2025-03-13"},
		{"p5", RoleOf, "threatened", "2025-W13"},
		{"p6", RoleBy, "accused", ""}, // undated: last
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("positions\n got %v\nwant %v", got, want)
	}
	p2 := ps[1]
	if !reflect.DeepEqual(p2.Counterparts, actors(rubio)) || !reflect.DeepEqual(p2.Actors, actors(russia)) {
		t.Errorf("p2 actors %v counterparts %v", p2.Actors, p2.Counterparts)
	}
	if len(p2.Citations) != 2 || p2.Citations[0].Outlet != "Reuters" || p2.Citations[1].Outlet != "AP" || p2.Sentence == "" {
		t.Errorf("p2 citations %+v sentence %q", p2.Citations, p2.Sentence)
	}
	// With no recipients the other actors are the counterparts.
	if p4 := ps[0]; !reflect.DeepEqual(p4.Counterparts, actors(ukraine)) {
		t.Errorf("p4 counterparts %v", p4.Counterparts)
	}
}

func TestPositionsPerson(t *testing.T) {
	ps := Positions(positionEvents(), NewMatcher(NameKey("Sergey Lavrov")))
	if len(ps) != 1 || ps[0].Event != "p6" || ps[0].Role != RoleBy {
		t.Errorf("Lavrov: %+v", ps)
	}
	ukr := Positions(positionEvents(), NewMatcher("c:UKR"))
	var got []string
	for _, p := range ukr {
		got = append(got, p.Event+"/"+p.Role)
	}
	if want := []string{"p8/by", "p4/by", "p7/by"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Ukraine: %v, want %v (the accusation against it is not a position)", got, want)
	}
	if ukr[2].Status != "proposed" {
		t.Errorf("status lost: %+v", ukr[2])
	}
	if Positions(positionEvents(), Matcher{}) != nil {
		t.Error("the zero matcher matches nothing")
	}
}

// The sentence shown is the earliest that names the actor on its side.
func TestPositionSentence(t *testing.T) {
	e := ev("s1", "REQUEST", "happened", "2025-04-01", actors(russia), actors(usa), "A", "B", "C")
	e.Mentions[0].Event.Actors = actors(article.Actor{Name: "Moscow officials"})
	e.Mentions[0].Event.Sentence = "Officials in Moscow asked for more."
	e.Mentions[1].Event.Sentence = "Russia asked Washington to lift sanctions on its banks."
	e.Mentions[2].Source.Article = e.Mentions[1].Source.Article
	p, ok := PositionOf(&e, NewMatcher("c:RUS"))
	if !ok || p.Sentence != "Russia asked Washington to lift sanctions on its banks." {
		t.Errorf("sentence %q", p.Sentence)
	}
	if len(p.Citations) != 2 {
		t.Errorf("one citation per article: %+v", p.Citations)
	}
}

func TestFilter(t *testing.T) {
	events := positionEvents()
	events[1].Location = &article.Place{Name: "Jeddah", Country: "SAU"}
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"all", Filter{}, []string{"p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"}},
		{"actor", Filter{Actors: []Matcher{NewMatcher("n:sergey lavrov")}}, []string{"p3", "p6"}},
		{"pair", Filter{Actors: []Matcher{NewMatcher("c:USA"), NewMatcher("c:RUS")}}, []string{"p1", "p2", "p3", "p5"}},
		{"type", Filter{Types: []string{"reject", "CONCEDE"}}, []string{"p1", "p7", "p8"}},
		{"status", Filter{Statuses: []string{"proposed"}}, []string{"p7"}},
		{"place name", Filter{Place: "jeddah"}, []string{"p2"}},
		{"place state", Filter{Place: "SAU"}, []string{"p2"}},
		{"from", Filter{From: "2025-03-12"}, []string{"p1", "p4", "p5"}},
		{"range", Filter{From: "2025-02-01", To: "2025-03-11"}, []string{"p2", "p3", "p4", "p7"}},
		{"story", Filter{Events: map[string]bool{"p3": true, "p8": true}}, []string{"p3", "p8"}},
	}
	for _, tt := range tests {
		var got []string
		for i := range events {
			if tt.f.Match(&events[i]) {
				got = append(got, events[i].ID)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPositionJSON(t *testing.T) {
	ps := Positions(positionEvents(), NewMatcher("n:sergey lavrov"))
	b, err := json.Marshal(ps[0])
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if v, ok := doc["date"]; !ok || v != nil {
		t.Errorf("undated position: date = %#v, want null", v)
	}
	for _, f := range []string{"event", "type", "verb", "role", "actors", "counterparts", "status", "sentence", "citations"} {
		if _, ok := doc[f]; !ok {
			t.Errorf("field %q missing from %s", f, b)
		}
	}
}
