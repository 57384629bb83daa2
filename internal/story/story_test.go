package story

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

func TestCluster(t *testing.T) {
	tests := []struct {
		name   string
		events []merge.Event
		want   []string // event IDs of each story, stories by First then ID
	}{
		{
			name: "two dyads interleaved in time",
			events: []merge.Event{
				ev("a1", "CONSULT", "2025-05-01", "RUS>UKR", "p1"),
				ev("b1", "ASSAULT", "2025-05-02", "ISR>IRN", "p2"),
				ev("a2", "CONSULT", "2025-05-06", "UKR RUS", "p3"),
				ev("b2", "ASSAULT", "2025-05-07", "IRN>ISR", "p4"),
				ev("a3", "AGREE", "2025-05-12", "RUS UKR", "p5"),
				ev("b3", "RETREAT", "2025-05-13", "ISR IRN", "p6"),
			},
			want: []string{"a1 a2 a3", "b1 b2 b3"},
		},
		{
			name: "a chain of talks is one story, a long pause starts another",
			events: []merge.Event{
				ev("t1", "CONSULT", "2025-02-18", "Sergey_Lavrov:RUS>USA", "p1"),
				ev("t2", "CONSULT", "2025-03-05", "RUS>USA", "p2"),
				ev("t3", "CONSULT", "2025-03-24", "USA>RUS", "p3"),
				ev("t4", "AGREE", "2025-04-10", "RUS USA", "p4"),
				ev("t5", "CONSULT", "2025-08-15", "USA RUS", "p5"),
			},
			want: []string{"t1 t2 t3 t4", "t5"},
		},
		{
			name: "a hub does not glue unrelated stories",
			events: []merge.Event{
				ev("i1", "CONSULT", "2025-04-12", "USA>IRN", "p1", "both"),
				ev("i2", "CONSULT", "2025-04-19", "IRN>USA", "p2"),
				ev("r1", "CONSULT", "2025-04-14", "USA>RUS", "p3", "both"),
				ev("r2", "CONSULT", "2025-04-20", "RUS USA", "p4"),
				// One side only: attaches to one story, bridges none.
				ev("s1", "SANCTION", "2025-04-15", "USA", "both"),
				// The United States is in most events.
				ev("h1", "CONSULT", "2025-01-10", "USA>JPN", "q1"),
				ev("h2", "CONSULT", "2025-02-10", "USA>CAN", "q2"),
				ev("h3", "CONSULT", "2025-03-10", "USA>GBR", "q3"),
				ev("h4", "CONSULT", "2025-05-30", "USA>ITA", "q4"),
			},
			want: []string{"h1", "h2", "h3", "i1 s1 i2", "r1 r2", "h4"},
		},
		{
			name: "one article links events by a specific side",
			events: []merge.Event{
				ev("x1", "ASSAULT", "2025-06-13", "ISR>IRN", "p1"),
				ev("x2", "ASSAULT", "2025-06-23", "IRN>USA", "p3", "p4"),
				ev("x3", "ASSAULT", "2025-06-23", "IRN>QAT", "p3"),
				ev("x4", "RETREAT", "2025-06-24", "ISR IRN", "p4"),
				ev("y1", "CONSULT", "2025-06-20", "FRA>DEU", "p3"),
			},
			want: []string{"x1 x2 x3 x4", "y1"},
		},
		{
			name: "a wide event attaches to the story it shares dyads with",
			events: []merge.Event{
				ev("u1", "ASSAULT", "2025-08-15", "RUS>UKR", "p1"),
				ev("u2", "CONSULT", "2025-08-18", "USA>UKR", "p2"),
				ev("u3", "CONSULT", "2025-08-18", "USA UKR RUS FRA DEU GBR ITA European_Union", "p3"),
				ev("u4", "ASSAULT", "2025-08-20", "UKR>RUS", "p2"),
				ev("v1", "CONSULT", "2025-08-19", "FRA>DEU", "p4"),
				ev("v2", "CONSULT", "2025-08-25", "DEU>FRA", "p5"),
			},
			want: []string{"u1 u2 u3 u4", "v1 v2"},
		},
		{
			name: "undated and sideless events",
			events: []merge.Event{
				ev("d1", "CONSULT", "2025-07-24", "ARM>AZE", "p1"),
				ev("d2", "AGREE", "", "AZE ARM", "p1"),
				ev("d3", "PROTEST", "", "", "p1"),
			},
			want: []string{"d1 d2", "d3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventsOf(ClusterWith(tt.events, Options{StateName: stateName}))
			if !slices.Equal(got, tt.want) {
				t.Errorf("stories %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStoryFields(t *testing.T) {
	events := []merge.Event{
		ev("e2", "CONSULT", "2025-05-16", "RUS>UKR", "a2", "a1"),
		ev("e1", "CONSULT", "2025-06-02", "UKR>RUS", "a3"),
		ev("e3", "REQUEST", "2025-05-20", "UKR>RUS", "a3"),
	}
	events[0].Mentions[1].Group = "a2" // a syndicated copy
	for i := range events[:2] {
		events[i].Location = &placeIstanbul
	}
	stories := ClusterWith(events, Options{StateName: stateName})
	if len(stories) != 1 {
		t.Fatalf("%d stories", len(stories))
	}
	s := stories[0]
	if !regexp.MustCompile(`^st-[0-9a-f]{12}$`).MatchString(s.ID) || s.ID != storyID("e1") {
		t.Errorf("ID %s", s.ID)
	}
	want := Story{ID: s.ID, Name: "Russia–Ukraine: talks and demands in Istanbul, May–Jun 2025",
		First: "2025-05-16", Last: "2025-06-02", Events: []string{"e2", "e3", "e1"},
		Articles: []string{"a1", "a2", "a3"}, Sources: 2, Actors: []string{"Russia", "Ukraine"},
		Places: []string{"Istanbul"}, Types: []TypeCount{{"CONSULT", 2}, {"REQUEST", 1}}}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("story\n%+v\nwant\n%+v", s, want)
	}
	b, err := json.Marshal(s)
	if err != nil || !strings.Contains(string(b), `"types":[{"type":"CONSULT","count":2}`) {
		t.Errorf("JSON %s, %v", b, err)
	}
}

// TestOrder clusters random events in many orders: the stories must not
// change.
func TestOrder(t *testing.T) {
	codes := []string{"RUS", "UKR", "USA", "IRN", "ISR", "QAT", "TUR", "FRA", "DEU", "NATO", "UN"}
	types := []string{"CONSULT", "AGREE", "ASSAULT", "RETREAT", "ACCUSE"}
	rng := rand.New(rand.NewPCG(5, 6))
	var events []merge.Event
	for i := range 300 {
		n := 1 + rng.IntN(6)
		var who []string
		for range n {
			who = append(who, codes[rng.IntN(len(codes))])
		}
		date := epoch.AddDate(0, 0, 20100+rng.IntN(200)).Format("2006-01-02")
		if rng.IntN(10) == 0 {
			date = ""
		}
		var arts []string
		for range 1 + rng.IntN(2) {
			arts = append(arts, "art"+string(rune('a'+rng.IntN(26)))+string(rune('a'+rng.IntN(26))))
		}
		id := "ev" + string(rune('a'+i%26)) + string(rune('a'+i/26%26))
		events = append(events, ev(id, types[rng.IntN(len(types))], date, strings.Join(who, " "), arts...))
	}
	want := ClusterWith(events, Options{StateName: stateName})
	total := 0
	for _, s := range want {
		total += len(s.Events)
	}
	if total != len(events) {
		t.Fatalf("%d events in stories, want %d", total, len(events))
	}
	for range 15 {
		rng.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
		if got := ClusterWith(events, Options{StateName: stateName}); !reflect.DeepEqual(got, want) {
			t.Fatal("the stories depend on the order of events")
		}
	}
	// Adding an event twice changes nothing.
	if got := ClusterWith(append(slices.Clone(events), events[0]), Options{StateName: stateName}); !reflect.DeepEqual(got, want) {
		t.Error("a repeated event changed the stories")
	}
}

func TestMinEvents(t *testing.T) {
	events := []merge.Event{
		ev("a1", "CONSULT", "2025-05-01", "RUS>UKR", "p1"),
		ev("a2", "CONSULT", "2025-05-06", "UKR RUS", "p2"),
		ev("b1", "ASSAULT", "2025-05-02", "ISR>IRN", "p3"),
	}
	if got := eventsOf(ClusterWith(events, Options{MinEvents: 2})); !slices.Equal(got, []string{"a1 a2"}) {
		t.Errorf("stories %q", got)
	}
	if got := ClusterWith(events, Options{MinEvents: 0}); len(got) != 2 {
		t.Errorf("%d stories without a minimum", len(got))
	}
}

func TestClusterEmpty(t *testing.T) {
	if got := Cluster(nil); len(got) != 0 {
		t.Errorf("Cluster(nil) = %v", got)
	}
}

// FuzzCluster feeds events with arbitrary names, codes, dates and types:
// no panic, and every event in exactly one story.
func FuzzCluster(f *testing.F) {
	f.Add("Russia", "RUS", "Ukraine", "", "2025-05-16", "CONSULT", "a1")
	f.Add("", "", "\xff", "x", "2025-W99", "", "")
	f.Fuzz(func(t *testing.T, n1, c1, n2, c2, date, typ, art string) {
		var events []merge.Event
		for i, who := range [][]article.Actor{{{Name: n1, Country: c1}, {Name: n2, Country: c2}}, {{Name: n2, Country: c2}}, nil} {
			e := merge.Event{ID: string(rune('a' + i)), Type: typ, Date: date, First: date, Last: date, Actors: who}
			e.Mentions = []merge.Mention{{ID: art, Source: merge.Source{Article: art}}}
			events = append(events, e)
		}
		seen := map[string]int{}
		for _, s := range Cluster(events) {
			if s.Name == "" || len(s.ID) != 15 {
				t.Fatalf("story %+v", s)
			}
			for _, id := range s.Events {
				seen[id]++
			}
		}
		if len(seen) != 3 || seen["a"] != 1 || seen["b"] != 1 || seen["c"] != 1 {
			t.Fatalf("events in stories: %v", seen)
		}
	})
}
