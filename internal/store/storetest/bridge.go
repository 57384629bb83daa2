package storetest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// words returns n distinct made-up words starting at the n-th: prose
// whose 4-word shingles no other call shares.
func words(from, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = fmt.Sprintf("w%dq", from+i)
	}
	return strings.Join(ws, " ")
}

// bridged returns two articles that are not near-duplicates of each other
// and a third that shares most of its text with each (a wire story whose
// two halves were reprinted apart), the first two reporting one meeting
// with one side in common: as copies of one story they are one event.
func bridged(t *testing.T) []*article.Article {
	p1, p2, p3, p4 := words(0, 30), words(1000, 170), words(2000, 170), words(3000, 30)
	ruritania := article.Actor{Name: "Ruritania", Country: "RUR", Sector: "GOV"}
	freedonia := article.Actor{Name: "Freedonia", Country: "FRD", Sector: "GOV"}
	sylvania := article.Actor{Name: "Sylvania", Country: "SYL", Sector: "GOV"}
	mk := func(outlet, body string, evs ...article.Event) *article.Article {
		a := newArticle(outlet + ": " + body)
		a.Outlet, a.Body, a.Events = outlet, body, evs
		p, err := article.ParsePublished("2025-03-04")
		if err != nil {
			t.Fatal(err)
		}
		a.Published = p
		return a
	}
	return []*article.Article{
		mk("Wire A", p1+" "+p2, mention("CONSULT", "in-person", "happened", "2025-03-03",
			[]article.Actor{ruritania}, []article.Actor{freedonia}, nil, "Ruritania met Freedonia on Monday.")),
		mk("Wire B", p3+" "+p4, mention("CONSULT", "in-person", "happened", "2025-03-03",
			[]article.Actor{ruritania}, []article.Actor{sylvania}, nil, "Ruritania met Sylvania on Monday.")),
		mk("Wire C", p2+" "+p3),
	}
}

// testBridgedCopies checks that the merge does not depend on the order in
// which near-duplicate groups come together: however the three bridged
// articles arrive, the two copies' mentions end as one event once the
// third has shown them to be one story.
func testBridgedCopies(t *testing.T, open func(t *testing.T) store.Store) {
	as := bridged(t)
	var want string
	for _, order := range [][]int{{0, 1, 2}, {2, 0, 1}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 1, 0}} {
		s := open(t)
		for _, i := range order {
			put(t, s, as[i])
		}
		evs := events(t, s, store.EventFilter{Types: []string{"CONSULT"}})
		got := eventsJSON(t, s)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if len(evs) != 1 || len(evs[0].Mentions) != 2 || evs[0].Sources != 1 {
			t.Errorf("order %v: %d CONSULT events%s; want one with both copies' mentions, one source", order, len(evs), describe(evs))
			continue
		}
		if want == "" {
			want = got
		} else if got != want {
			t.Errorf("order %v gave other events:\n%s\nwant\n%s", order, got, want)
		}
	}
}
