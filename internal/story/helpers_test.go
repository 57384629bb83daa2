package story

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

var testStates = map[string]string{
	"RUS": "Russia", "UKR": "Ukraine", "USA": "United States", "IRN": "Iran", "ISR": "Israel",
	"QAT": "Qatar", "TUR": "Turkey", "FRA": "France", "DEU": "Germany", "GBR": "United Kingdom",
	"JPN": "Japan", "ITA": "Italy", "CAN": "Canada", "ARM": "Armenia", "AZE": "Azerbaijan",
}

// ev builds a merged event. who is "A B>C D": actors before ">", recipients
// after; three capitals are a state, "Name:ISO" a person of a state,
// anything else an organisation (underscores read as spaces). Each
// article given cites the event once, published on the event's day.
func ev(id, typ, date, who string, articles ...string) merge.Event {
	e := merge.Event{ID: id, Type: typ, Status: "happened", Date: date, First: date, Last: date,
		Actors: []article.Actor{}, Recipients: []article.Actor{}}
	if len(date) != len("2025-01-01") {
		e.First, e.Last = "", ""
	}
	actors, recipients, _ := strings.Cut(who, ">")
	e.Actors = actorsOf(actors)
	e.Recipients = actorsOf(recipients)
	var pub article.Published
	if d, ok := dayNumber(date); ok {
		t := epoch.AddDate(0, 0, d)
		pub = article.OnDay(t.Year(), t.Month(), t.Day())
	}
	for i, a := range articles {
		e.Mentions = append(e.Mentions, merge.Mention{ID: a + ":" + string(rune('0'+i)),
			Source: merge.Source{Article: a, Outlet: "Outlet " + a, Published: pub},
			Event:  article.Event{Type: typ, Status: "happened"}})
	}
	return e
}

func actorsOf(s string) []article.Actor {
	var out []article.Actor
	for _, w := range strings.Fields(s) {
		if name, ok := testStates[w]; ok {
			out = append(out, article.Actor{Name: name, Country: w, Sector: "GOV"})
		} else if name, iso, ok := strings.Cut(w, ":"); ok {
			out = append(out, article.Actor{Name: strings.ReplaceAll(name, "_", " "), Country: iso, Sector: "GOV"})
		} else {
			out = append(out, article.Actor{Name: strings.ReplaceAll(w, "_", " ")})
		}
	}
	return out
}

func stateName(iso3 string) string { return testStates[iso3] }

// eventsOf lists the stories as their event IDs, joined by spaces.
func eventsOf(stories []Story) []string {
	out := make([]string, len(stories))
	for i, s := range stories {
		out[i] = strings.Join(s.Events, " ")
	}
	return out
}
