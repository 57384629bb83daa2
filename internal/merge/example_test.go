package merge_test

import (
	"context"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

func day(s string) *string { return &s }

// Two outlets tell the Riyadh talks of 18 February 2025 their own way: one
// names the ministers, the other the states, and gives only the week.
func ExampleCompatible() {
	lavrov := article.Actor{Name: "Sergey Lavrov", Country: "RUS"}
	rubio := article.Actor{Name: "Marco Rubio", Country: "USA"}
	a := merge.Mention{ID: "a:0", Source: merge.Source{Article: "a"}, Event: article.Event{
		Type: "CONSULT", Status: "happened", Date: day("2025-02-18"),
		Actors: []article.Actor{lavrov}, Recipients: []article.Actor{rubio},
		Location: &article.Place{Name: "Riyadh", Country: "SAU"}}}
	b := merge.Mention{ID: "b:0", Source: merge.Source{Article: "b"}, Event: article.Event{
		Type: "CONSULT", Status: "happened", Date: day("2025-W08"),
		Actors:   []article.Actor{{Name: "Russia", Country: "RUS"}, {Name: "United States", Country: "USA"}},
		Location: &article.Place{Name: "Saudi Arabia", Country: "SAU"}}}
	fmt.Println(merge.Compatible(a, b))

	// Talks between Ukraine and the United States the same day are another event.
	c := b
	c.ID, c.Article = "c:0", "c"
	c.Event.Actors = []article.Actor{{Name: "Ukraine", Country: "UKR"}, rubio}
	fmt.Println(merge.Compatible(b, c))
	// Output:
	// true CONSULT, 2 shared identities (RUS, USA), dates overlap
	// false participants: 1 shared identities of 2 needed (RUS, USA | UKR, USA)
}

// A proposed round of talks, then the plan, then the report that it took
// place: one event whose status follows the latest report.
func ExampleMemory() {
	sides := []article.Actor{{Name: "Russia", Country: "RUS"}, {Name: "Ukraine", Country: "UKR"}}
	report := func(id, status, published string) []merge.Mention {
		p, _ := article.ParsePublished(published)
		return []merge.Mention{{ID: id + ":0", Source: merge.Source{Article: id, Outlet: "Outlet " + id, Published: p},
			Event: article.Event{Type: "CONSULT", Status: status, Date: day("2025-06-02"), Actors: sides,
				Location: &article.Place{Name: "Istanbul", Country: "TUR"}}}}
	}
	mem := merge.NewMemory()
	ctx := context.Background()
	for _, r := range [][]merge.Mention{
		report("c", "happened", "2025-06-02T23:48:00+03:00"),
		report("a", "proposed", "2025-05-28T18:55:00+03:00"),
		report("b", "planned", "2025-06-01T23:12:00+03:00"),
	} {
		if err := mem.Add(ctx, r); err != nil {
			fmt.Println(err)
		}
	}
	for _, e := range mem.Events() {
		fmt.Println(e.Type, e.Date, e.Status, e.Sources, "sources")
		for _, h := range e.History {
			fmt.Println(" ", h.Published, h.Status)
		}
	}
	// Output:
	// CONSULT 2025-06-02 happened 3 sources
	//   2025-05-28T18:55:00+03:00 proposed
	//   2025-06-01T23:12:00+03:00 planned
	//   2025-06-02T23:48:00+03:00 happened
}
