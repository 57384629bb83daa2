package merge

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
)

func TestCompatible(t *testing.T) {
	tests := []struct {
		name string
		a, b Mention
		want bool
		why  string // a fragment of the explanation
	}{
		{"a minister and his state are one side",
			mention("a:0", "CONSULT", actors(lavrov), recipients(rubio), date("2025-02-18")),
			mention("b:0", "CONSULT", actors(russia, usa), date("2025-02-18")), true, "2 shared"},
		{"types differ",
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-02-18")),
			mention("b:0", "AGREE", actors(russia, usa), date("2025-02-18")), false, "types differ"},
		{"two mentions of one article never merge",
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-02-18")),
			mention("a:1", "CONSULT", actors(russia, usa), date("2025-02-18")), false, "same article"},
		{"Russia–Ukraine talks are not US–Ukraine talks",
			mention("a:0", "CONSULT", actors(russia, ukraine), date("2025-05-16"), place(istanbul)),
			mention("b:0", "CONSULT", actors(rubio), recipients(ukraine), date("2025-05-16"), place(istanbul)), false, "1 shared identities of 2"},
		{"a one-sided mention joins a dyad holding its side",
			mention("a:0", "REQUEST", actors(usa), date("2025-06-01")),
			mention("b:0", "REQUEST", actors(rubio), recipients(russia), date("2025-06-01")), true, "1 shared"},
		{"no participants",
			mention("a:0", "ASSAULT", date("2025-06-01")),
			mention("b:0", "ASSAULT", date("2025-06-01")), false, "no participant"},
		{"a week holds its day",
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-W08")),
			mention("b:0", "CONSULT", actors(usa, russia), date("2025-02-18")), true, "overlap"},
		{"a week does not hold the next week's day",
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-W08")),
			mention("b:0", "CONSULT", actors(usa, russia), date("2025-02-25")), false, "dates apart"},
		{"days one apart with the same sides",
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-02-18")),
			mention("b:0", "CONSULT", actors(usa, russia), date("2025-02-19")), true, "one day apart"},
		{"days one apart in a recurring type",
			mention("a:0", "ASSAULT", actors(russia), recipients(ukraine), date("2025-05-24")),
			mention("b:0", "ASSAULT", actors(russia), recipients(ukraine), date("2025-05-25")), false, "dates apart"},
		{"days two apart",
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-02-18")),
			mention("b:0", "CONSULT", actors(usa, russia), date("2025-02-20")), false, "dates apart"},
		{"a year is too loose",
			mention("a:0", "REQUEST", actors(russia), recipients(usa), date("2025")),
			mention("b:0", "REQUEST", actors(russia), recipients(usa), date("2025-03-01")), false, "year"},
		{"a month joins only the same month",
			mention("a:0", "SANCTION", actors(usa), recipients(russia), date("2025-10")),
			mention("b:0", "SANCTION", actors(usa), recipients(russia), date("2025-10")), true, "same month"},
		{"a month holds many days",
			mention("a:0", "SANCTION", actors(usa), recipients(russia), date("2025-10")),
			mention("b:0", "SANCTION", actors(usa), recipients(russia), date("2025-10-22")), false, "too loose"},
		{"one side in common needs dates of their own",
			mention("a:0", "REQUEST", actors(usa), published("2025-06-01")),
			mention("b:0", "REQUEST", actors(rubio), recipients(russia), date("2025-06-01")), false, "dated to the day"},
		{"one side of a strike",
			mention("a:0", "ASSAULT", actors(russia), date("2025-05-25")),
			mention("b:0", "ASSAULT", actors(russia), recipients(ukraine), date("2025-05-25")), false, "recurs daily"},
		{"each has a side the other lacks",
			mention("a:0", "CONSULT", actors(russia, ukraine, article.Actor{Name: "Turkey", Country: "TUR"}), date("2025-05-16")),
			mention("b:0", "CONSULT", actors(usa, ukraine, article.Actor{Name: "Hakan Fidan", Country: "TUR"}), date("2025-05-16")), false, "lacks"},
		{"a host more in one report",
			mention("a:0", "CONSULT", actors(russia, ukraine, article.Actor{Name: "Turkey", Country: "TUR"}), date("2025-05-16")),
			mention("b:0", "CONSULT", actors(russia, ukraine), date("2025-05-16")), true, ""},
		{"days one apart but one report gives a place",
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-02-18"), place(riyadh)),
			mention("b:0", "CONSULT", actors(usa, russia), date("2025-02-19")), false, "dates apart"},
		{"an undated report of what happened looks back from its publication",
			mention("a:0", "CONSULT", actors(russia, usa), published("2025-02-20")),
			mention("b:0", "CONSULT", actors(usa, russia), date("2025-02-18")), true, "overlap"},
		{"an undated plan looks ahead of its publication",
			mention("a:0", "CONSULT", actors(russia, ukraine), status("planned"), published("2025-05-28")),
			mention("b:0", "CONSULT", actors(russia, ukraine), date("2025-06-02")), true, "overlap"},
		{"an undated plan does not reach back",
			mention("a:0", "CONSULT", actors(russia, ukraine), status("planned"), published("2025-05-28")),
			mention("b:0", "CONSULT", actors(russia, ukraine), date("2025-05-16")), false, "dates apart"},
		{"undated and unpublished stays alone",
			mention("a:0", "CONSULT", actors(lavrov, rubio)),
			mention("b:0", "CONSULT", actors(lavrov, rubio), date("2025-06-01")), false, "undated"},
		{"a city and its country",
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-02-18"), place(riyadh)),
			mention("b:0", "CONSULT", actors(russia, usa), date("2025-02-18"), place(saudi)), true, ""},
		{"places in two countries",
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-02-18"), place(riyadh)),
			mention("b:0", "CONSULT", actors(russia, usa), date("2025-02-18"), place(istanbul)), false, "places differ"},
		{"a missing place",
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-02-18"), place(riyadh)),
			mention("b:0", "CONSULT", actors(russia, usa), date("2025-02-18")), true, ""},
		{"a call is not a meeting",
			mention("a:0", "CONSULT", actors(lavrov, rubio), date("2025-06-01"), mode("phone")),
			mention("b:0", "CONSULT", actors(russia, usa), date("2025-06-01"), mode("in-person")), false, "modes differ"},
		{"a missing mode",
			mention("a:0", "CONSULT", actors(lavrov, rubio), date("2025-06-01"), mode("phone")),
			mention("b:0", "CONSULT", actors(russia, usa), date("2025-06-01")), true, ""},
		{"a strike and the retaliation",
			mention("a:0", "ASSAULT", actors(israel), recipients(iran), date("2025-06-13")),
			mention("b:0", "ASSAULT", actors(iran), recipients(israel), date("2025-06-13")), false, "direction reversed"},
		{"who called whom is a conflict, not two calls",
			mention("a:0", "CONSULT", actors(lavrov), recipients(rubio), date("2025-06-01")),
			mention("b:0", "CONSULT", actors(rubio), recipients(lavrov), date("2025-06-01")), true, ""},
		{"organisations are their own side",
			mention("a:0", "REQUEST", actors(nato), recipients(russia), date("2025-06-01")),
			mention("b:0", "REQUEST", actors(usa), recipients(russia), date("2025-06-01")), false, "1 shared identities of 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, why := Compatible(tt.a, tt.b)
			back, _ := Compatible(tt.b, tt.a)
			if got != tt.want || back != got {
				t.Errorf("Compatible = %v (%s), reversed %v; want %v", got, why, back, tt.want)
			}
			if !strings.Contains(why, tt.why) {
				t.Errorf("why = %q, want it to contain %q", why, tt.why)
			}
		})
	}
}

func TestSpan(t *testing.T) {
	tests := []struct {
		m           Mention
		first, last string
		ok          bool
	}{
		{mention("a:0", "CONSULT", date("2025-02-18")), "2025-02-18", "2025-02-18", true},
		{mention("a:0", "CONSULT", date("2025-W08")), "2025-02-17", "2025-02-23", true},
		{mention("a:0", "CONSULT", date("2026-W01")), "2025-12-29", "2026-01-04", true},
		{mention("a:0", "CONSULT", date("2025-02")), "2025-02-01", "2025-02-28", true},
		{mention("a:0", "CONSULT", date("2024")), "2024-01-01", "2024-12-31", true},
		{mention("a:0", "CONSULT", published("2025-02-21")), "2025-02-19", "2025-02-21", true},
		{mention("a:0", "CONSULT", status("cancelled"), published("2025-02-21")), "2025-02-19", "2025-03-07", true},
		{mention("a:0", "CONSULT", status("planned"), published("2025-02-21")), "2025-02-21", "2025-03-07", true},
		{mention("a:0", "CONSULT", status("proposed"), published("2025-02-21")), "2025-02-21", "2025-03-07", true},
		{mention("a:0", "CONSULT", date("2025-W54")), "", "", false},
		{mention("a:0", "CONSULT", date("garbage"), published("2025-02-21")), "2025-02-19", "2025-02-21", true},
		{mention("a:0", "CONSULT"), "", "", false},
	}
	for _, tt := range tests {
		f, l, ok := Span(tt.m)
		if f != tt.first || l != tt.last || ok != tt.ok {
			d := "<nil>"
			if tt.m.Event.Date != nil {
				d = *tt.m.Event.Date
			}
			t.Errorf("Span(%s, %s) = %s, %s, %v; want %s, %s, %v", d, tt.m.Event.Status, f, l, ok, tt.first, tt.last, tt.ok)
		}
	}
}

func TestKeysOf(t *testing.T) {
	m := mention("a:0", "CONSULT", actors(lavrov, russia), recipients(nato, rubio))
	got := strings.Join(KeysOf(m.Event), " ")
	want := "c:RUS c:USA n:marco rubio n:nato n:russia n:sergey lavrov"
	if got != want {
		t.Errorf("KeysOf = %q, want %q", got, want)
	}
}
