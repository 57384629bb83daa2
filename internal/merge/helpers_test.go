package merge

import (
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

// The participants the tests use, as the event stage gives them.
var (
	lavrov  = article.Actor{Name: "Sergey Lavrov", Country: "RUS", Sector: "GOV"}
	rubio   = article.Actor{Name: "Marco Rubio", Country: "USA", Sector: "GOV"}
	russia  = article.Actor{Name: "Russia", Country: "RUS"}
	usa     = article.Actor{Name: "United States", Country: "USA"}
	ukraine = article.Actor{Name: "Ukraine", Country: "UKR"}
	israel  = article.Actor{Name: "Israel", Country: "ISR"}
	iran    = article.Actor{Name: "Iran", Country: "IRN"}
	nato    = article.Actor{Name: "NATO"}

	riyadh   = &article.Place{Name: "Riyadh", Country: "SAU"}
	saudi    = &article.Place{Name: "Saudi Arabia", Country: "SAU"}
	istanbul = &article.Place{Name: "Istanbul", Country: "TUR"}
)

func ptr(s string) *string { return &s }

// mention builds a test mention; opts adjust it.
type opt func(*Mention)

func mention(id, typ string, opts ...opt) Mention {
	art, _, _ := cut(id)
	m := Mention{ID: id, Source: Source{Article: art, Source: art + ".txt", Outlet: "Outlet " + art},
		Event: article.Event{Type: typ, Status: "happened", Confidence: 0.8}}
	for _, o := range opts {
		o(&m)
	}
	return m
}

func cut(id string) (string, string, bool) {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == ':' {
			return id[:i], id[i+1:], true
		}
	}
	return id, "", false
}

func actors(as ...article.Actor) opt     { return func(m *Mention) { m.Event.Actors = as } }
func recipients(as ...article.Actor) opt { return func(m *Mention) { m.Event.Recipients = as } }
func date(d string) opt                  { return func(m *Mention) { m.Event.Date = ptr(d) } }
func mode(s string) opt                  { return func(m *Mention) { m.Event.Mode = ptr(s) } }
func status(s string) opt                { return func(m *Mention) { m.Event.Status = s } }
func place(p *article.Place) opt         { return func(m *Mention) { m.Event.Location = p } }
func inGroup(g string) opt               { return func(m *Mention) { m.Group = g } }
func conf(c float64) opt                 { return func(m *Mention) { m.Event.Confidence = c } }

// published sets the article's publication day.
func published(day string) opt {
	return func(m *Mention) {
		t, err := time.Parse(time.DateOnly, day)
		if err == nil {
			m.Published = article.OnDay(t.Year(), t.Month(), t.Day())
		}
	}
}
