package merge_test

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// The sixteen PLOVER types.
var ploverTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

// world is a generated set of states, their people and their cities.
type world struct {
	states []article.Actor
	people [][]article.Actor
	cities [][]article.Place
}

func newWorld(r *rand.Rand, nStates int) world {
	w := world{}
	for i := range nStates {
		code := fmt.Sprintf("S%02d", i)
		w.states = append(w.states, article.Actor{Name: "State " + code, Country: code})
		var ps []article.Actor
		for j := range 3 {
			ps = append(ps, article.Actor{Name: fmt.Sprintf("Person %d of %s", j, code), Country: code, Sector: "GOV"})
		}
		w.people = append(w.people, ps)
		w.cities = append(w.cities, []article.Place{{Name: "Capital of " + code, Country: code}, {Name: "Port of " + code, Country: code}})
	}
	_ = r
	return w
}

// truth is one generated real-world event that articles report.
type truth struct {
	typ, mode string
	sides     []int
	day       time.Time
	city      *article.Place
	planned   bool
}

// genArticles generates articles reporting truths: each truth is told by
// one to several articles (a few near-duplicate copies among them), each
// telling it its own way — a person or the state, the day or its week, no
// date, a plan before the day, the place or its absence.
func genArticles(r *rand.Rand, w world, nArticles int, days int) []article.Article {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	modes := []string{"phone", "in-person", "virtual", "mediated"}
	var truths []truth
	for range nArticles {
		t := truth{typ: ploverTypes[r.IntN(len(ploverTypes))], day: start.AddDate(0, 0, r.IntN(days))}
		// Neighbours interact more: pick the second side near the first.
		a := r.IntN(len(w.states))
		b := (a + 1 + r.IntN(5)) % len(w.states)
		t.sides = []int{a, b}
		if r.IntN(8) == 0 {
			t.sides = []int{a}
		}
		if t.typ == "CONSULT" {
			t.mode = modes[r.IntN(len(modes))]
		}
		if r.IntN(2) == 0 {
			c := w.cities[t.sides[0]][r.IntN(2)]
			t.city = &c
		}
		t.planned = r.IntN(5) == 0
		truths = append(truths, t)
	}
	var arts []article.Article
	for i := range nArticles {
		id := fmt.Sprintf("art%06d", i)
		// An article reports one to five truths near one another in time.
		first := truths[r.IntN(len(truths))]
		pub := first.day.AddDate(0, 0, r.IntN(3))
		a := article.Article{ID: id, Source: id + ".txt", Outlet: fmt.Sprintf("Outlet %d", r.IntN(40)),
			Published: article.OnDay(pub.Year(), pub.Month(), pub.Day())}
		if r.IntN(20) == 0 {
			a.Published = article.Published{}
		}
		n := 1 + r.IntN(5)
		for range n {
			t := truths[r.IntN(len(truths))]
			if r.IntN(2) == 0 {
				t = first
			}
			a.Events = append(a.Events, tell(r, w, t, pub))
		}
		arts = append(arts, a)
	}
	return arts
}

// tell writes one mention of a truth as one article might.
func tell(r *rand.Rand, w world, t truth, pub time.Time) article.Event {
	e := article.Event{Type: t.typ, Status: "happened", Confidence: 0.5 + float64(r.IntN(50))/100}
	if t.planned && pub.Before(t.day) {
		e.Status = []string{"planned", "proposed"}[r.IntN(2)]
	}
	side := func(s int) article.Actor {
		if r.IntN(2) == 0 {
			return w.states[s]
		}
		return w.people[s][r.IntN(3)]
	}
	e.Actors = []article.Actor{side(t.sides[0])}
	if len(t.sides) > 1 {
		if r.IntN(3) == 0 {
			e.Actors = append(e.Actors, side(t.sides[1]))
		} else {
			e.Recipients = []article.Actor{side(t.sides[1])}
		}
	}
	switch r.IntN(10) {
	case 0, 1:
		// undated: left to the publication day
	case 2:
		y, wk := t.day.ISOWeek()
		d := fmt.Sprintf("%d-W%02d", y, wk)
		e.Date = &d
	case 3:
		d := t.day.AddDate(0, 0, 1).Format(time.DateOnly)
		e.Date = &d
	default:
		d := t.day.Format(time.DateOnly)
		e.Date = &d
	}
	if t.mode != "" && r.IntN(3) > 0 {
		m := t.mode
		e.Mode = &m
	}
	if t.city != nil && r.IntN(2) == 0 {
		p := *t.city
		e.Location = &p
	}
	return e
}

// mentionsOf returns the mentions of the articles, with every fourth
// article a near-duplicate of the one before.
func mentionsOf(arts []article.Article) [][]merge.Mention {
	out := make([][]merge.Mention, len(arts))
	for i := range arts {
		group := ""
		if i%4 == 1 {
			group = "dup-" + arts[i-1].ID
		} else if i%4 == 0 && i+1 < len(arts) {
			group = "dup-" + arts[i].ID
		}
		out[i] = merge.MentionsOf(&arts[i], group)
	}
	return out
}
