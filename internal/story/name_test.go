package story

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

var placeIstanbul = article.Place{Name: "Istanbul", Country: "TUR"}

func day(s string) int {
	d, _ := dayNumber(s)
	return d
}

func TestName(t *testing.T) {
	tests := []struct {
		s    summary
		want string
	}{
		{summary{sides: []string{"Russia", "Ukraine"}, types: map[string]int{"CONSULT": 3},
			places: map[string]int{"Istanbul": 2, "Ankara": 1}, lo: day("2025-05-16"), hi: day("2025-05-30"), dated: true},
			"Russia–Ukraine talks in Istanbul, May 2025"},
		{summary{sides: []string{"Israel", "Iran", "United States"}, types: map[string]int{"ASSAULT": 6, "RETREAT": 2},
			modes:  map[string]map[string]int{"RETREAT": {"ceasefire": 2}, "ASSAULT": {"missile": 3, "aerial": 2}},
			places: map[string]int{"Tehran": 1, "Tel Aviv": 1}, lo: day("2025-06-13"), hi: day("2025-06-24"), dated: true},
			"Israel–Iran: strikes and ceasefire, Jun 2025"},
		{summary{sides: []string{"Russia", "United States"}, types: map[string]int{"CONSULT": 2},
			modes: map[string]map[string]int{"CONSULT": {"phone": 2}}, lo: day("2025-05-28"), hi: day("2025-06-01"), dated: true},
			"Russia–United States calls, May–Jun 2025"},
		{summary{sides: []string{"Armenia", "Azerbaijan"}, types: map[string]int{"AGREE": 1, "CONSULT": 5},
			lo: day("2024-12-30"), hi: day("2025-01-02"), dated: true},
			"Armenia–Azerbaijan talks, Dec 2024–Jan 2025"},
		{summary{sides: []string{"NATO"}, types: map[string]int{"MOBILIZE": 1}}, "NATO mobilisation"},
		{summary{types: map[string]int{"PROTEST": 1}, lo: day("2025-03-01"), hi: day("2025-03-01"), dated: true},
			"Protests, Mar 2025"},
		{summary{}, "Unnamed story"},
	}
	for _, tt := range tests {
		if got := tt.s.name(); got != tt.want {
			t.Errorf("name() = %q, want %q", got, tt.want)
		}
	}
}

func TestStateNames(t *testing.T) {
	events := []merge.Event{
		ev("a", "CONSULT", "2025-05-28", "Sergey_Lavrov>Marco_Rubio", "p1"),
		ev("b", "CONSULT", "2025-06-01", "RUS>USA", "p2"),
	}
	events[0].Actors[0].Country, events[0].Recipients[0].Country = "RUS", "USA"
	events[0].Actors = append(events[0].Actors, events[0].Actors[0])
	// Without a namer a state is named as its actors most often are.
	if got := Cluster(events)[0].Actors; len(got) != 2 || got[0] != "Sergey Lavrov" || got[1] != "Marco Rubio" {
		t.Errorf("fallback names %q", got)
	}
	named := ClusterWith(events, Options{StateName: stateName})[0]
	if named.Name != "Russia–United States talks, May–Jun 2025" {
		t.Errorf("name %q", named.Name)
	}
	if StateNames(nil)("RUS") != "" {
		t.Error("a nil base names nothing")
	}
}

func TestSpanOf(t *testing.T) {
	tests := []struct{ date, lo, hi string }{
		{"2025-06-02", "2025-06-02", "2025-06-02"},
		{"2025-02", "2025-02-01", "2025-02-28"},
		{"2024", "2024-01-01", "2024-12-31"},
		{"2025-W08", "2025-02-17", "2025-02-23"},
		{"2026-W01", "2025-12-29", "2026-01-04"},
	}
	for _, tt := range tests {
		lo, hi, ok := spanOf(tt.date)
		if !ok || dayString(lo) != tt.lo || dayString(hi) != tt.hi {
			t.Errorf("spanOf(%s) = %s..%s %v", tt.date, dayString(lo), dayString(hi), ok)
		}
	}
	for _, bad := range []string{"", "2025-W60", "25-06", "2025-13", "soon"} {
		if _, _, ok := spanOf(bad); ok {
			t.Errorf("spanOf(%q) accepted", bad)
		}
	}
}

func TestPlacePhrase(t *testing.T) {
	for name, want := range map[string]string{
		"Istanbul": "Istanbul", "Oval Office": "the Oval Office", "Red Sea": "the Red Sea",
		"Strait of Hormuz": "the Strait of Hormuz", "Kremlin": "the Kremlin", "Red Square": "Red Square",
		"The Hague": "The Hague", "Sea Point": "Sea Point", "": "",
	} {
		if got := placePhrase(name); got != want {
			t.Errorf("placePhrase(%q) = %q, want %q", name, got, want)
		}
	}
}

func FuzzSpanOf(f *testing.F) {
	for _, s := range []string{"2025-06-02", "2025-02", "2024", "2025-W08", "2025-W99", "", "0000-W01", "9999-12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, date string) {
		lo, hi, ok := spanOf(date)
		if ok && (hi < lo || hi-lo > 366) {
			t.Fatalf("spanOf(%q) = %d..%d", date, lo, hi)
		}
		_ = monthSpan(lo, hi, ok)
	})
}
