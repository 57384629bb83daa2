package query

import (
	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

var (
	lavrov  = article.Actor{Name: "Sergey Lavrov", Country: "RUS", Sector: "GOV"}
	peskov  = article.Actor{Name: "Dmitry Peskov", Country: "RUS", Sector: "GOV"}
	rubio   = article.Actor{Name: "Marco Rubio", Country: "USA", Sector: "GOV"}
	fidan   = article.Actor{Name: "Hakan Fidan", Country: "TUR", Sector: "GOV"}
	russia  = article.Actor{Name: "Russia", Country: "RUS"}
	ukraine = article.Actor{Name: "Ukraine", Country: "UKR"}
	usa     = article.Actor{Name: "United States", Country: "USA"}
	un      = article.Actor{Name: "United Nations"}
)

func actors(as ...article.Actor) []article.Actor { return as }

// ev builds a merged event with one mention per outlet given.
func ev(id, typ, status, date string, from, to []article.Actor, outlets ...string) merge.Event {
	e := merge.Event{ID: id, Type: typ, Status: status, Date: date, Actors: from, Recipients: to, Sources: len(outlets)}
	e.First, e.Last, _ = DayRange(date)
	for i, o := range outlets {
		art := id + "-" + o
		pub := article.Published{}
		if e.First != "" {
			p, _ := parseDay(e.First)
			pub = article.OnDay(p.Year(), p.Month(), p.Day()+i)
		}
		e.Mentions = append(e.Mentions, merge.Mention{
			ID:     art + ":0",
			Source: merge.Source{Article: art, Source: "https://example.org/" + art, Outlet: o, Published: pub},
			Event: article.Event{Type: typ, Status: status, Actors: from, Recipients: to,
				Sentence: o + " reports that " + Identity(from[0]) + " did " + typ + "."},
		})
	}
	return e
}
