package story

import (
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// summary is what a story's name is made from.
type summary struct {
	sides  []string                  // display names, most involved first
	types  map[string]int            // events by PLOVER type
	modes  map[string]map[string]int // type → mode → mentions
	places map[string]int            // events by location name
	lo, hi int
	dated  bool
}

// nouns names what events of a PLOVER type are, as a headline would.
var nouns = map[string]string{
	"AGREE":     "agreement",
	"CONSULT":   "talks",
	"SUPPORT":   "support",
	"CONCEDE":   "concessions",
	"COOPERATE": "cooperation",
	"AID":       "aid",
	"RETREAT":   "de-escalation",
	"REQUEST":   "demands",
	"ACCUSE":    "accusations",
	"REJECT":    "rejections",
	"THREATEN":  "threats",
	"PROTEST":   "protests",
	"SANCTION":  "sanctions",
	"MOBILIZE":  "mobilisation",
	"COERCE":    "coercion",
	"ASSAULT":   "strikes",
}

// modeNouns refine a type's noun by the mode most of its mentions give.
var modeNouns = map[string]map[string]string{
	"CONSULT": {"phone": "calls"},
	"RETREAT": {"ceasefire": "ceasefire", "release": "releases", "withdraw": "withdrawal"},
	"ASSAULT": {"ground": "fighting", "shelling": "shelling"},
}

// countModes adds the modes an event's mentions give, per type: the
// CONSULT mode of the event, the PLOVER mode words of the others.
func countModes(modes map[string]map[string]int, e *merge.Event) {
	add := func(mode string) {
		if mode == "" {
			return
		}
		if modes[e.Type] == nil {
			modes[e.Type] = map[string]int{}
		}
		modes[e.Type][mode]++
	}
	if e.Type == "CONSULT" {
		add(e.Mode)
		return
	}
	for _, m := range e.Mentions {
		add(m.Event.PloverMode)
	}
}

// noun names the events of type t in this story.
func (s summary) noun(t string) string {
	if r := ranked(s.modes[t]); len(r) > 0 {
		if n, ok := modeNouns[t][r[0]]; ok {
			return n
		}
	}
	if n, ok := nouns[t]; ok {
		return n
	}
	return strings.ToLower(t)
}

// name composes "Russia–Ukraine talks in Istanbul, May 2025" or
// "Iran–Israel: strikes and ceasefire, Jun 2025": the two leading sides,
// the dominant type (and a second one that has at least a third of its
// events), the place when one place leads, and the months.
func (s summary) name() string {
	var b strings.Builder
	sides := s.sides[:min(2, len(s.sides))]
	b.WriteString(strings.Join(sides, "–"))
	var what []string
	types := ranked(s.types)
	for i, t := range types[:min(2, len(types))] {
		// A second type names the story too when it has at least a third
		// of the first one's events.
		if i == 1 && 3*s.types[t] < s.types[types[0]] {
			break
		}
		if n := s.noun(t); n != "" && !slices.Contains(what, n) {
			what = append(what, n)
		}
	}
	switch {
	case len(what) == 0:
	case b.Len() == 0:
		w := strings.Join(what, " and ")
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	case len(what) == 1:
		b.WriteString(" " + what[0])
	default:
		b.WriteString(": " + strings.Join(what, " and "))
	}
	if places := ranked(s.places); len(places) > 0 && (len(places) == 1 || s.places[places[0]] > s.places[places[1]]) {
		b.WriteString(" in " + placePhrase(places[0]))
	}
	if span := monthSpan(s.lo, s.hi, s.dated); span != "" {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(span)
	}
	if b.Len() == 0 {
		return "Unnamed story"
	}
	return b.String()
}

// monthSpan writes the months from day lo to day hi: "Jun 2025",
// "May–Jun 2025", "Dec 2024–Jan 2025".
func monthSpan(lo, hi int, dated bool) string {
	if !dated {
		return ""
	}
	a, z := epoch.AddDate(0, 0, lo), epoch.AddDate(0, 0, hi)
	switch {
	case a.Year() == z.Year() && a.Month() == z.Month():
		return a.Format("Jan 2006")
	case a.Year() == z.Year():
		return a.Format("Jan") + "–" + z.Format("Jan 2006")
	}
	return a.Format("Jan 2006") + "–" + z.Format("Jan 2006")
}

// definite lists the words that make an English place name take "the":
// features at the end ("the White House", "the Red Sea") or before "of"
// ("the Strait of Hormuz"), and institutions named by one word ("the
// Kremlin"). Cities, states and squares go bare.
var definite = map[string]bool{
	"house": true, "office": true, "palace": true, "plant": true, "station": true, "dam": true,
	"bridge": true, "sea": true, "gulf": true, "strait": true, "straits": true, "ocean": true,
	"river": true, "spit": true, "canal": true, "peninsula": true, "building": true, "base": true,
	"kremlin": true, "pentagon": true, "vatican": true, "hague": true, "élysée": true, "elysee": true,
}

// placePhrase is a place name as it reads after "in".
func placePhrase(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 || strings.EqualFold(words[0], "the") {
		return name
	}
	first, last := strings.ToLower(words[0]), strings.ToLower(words[len(words)-1])
	if definite[last] || len(words) > 2 && definite[first] && strings.EqualFold(words[1], "of") {
		return "the " + name
	}
	return name
}
