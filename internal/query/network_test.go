package query

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

func networkEvents() []merge.Event {
	return []merge.Event{
		ev("e1", "CONSULT", "happened", "2025-02-18", actors(lavrov), actors(rubio), "TASS", "Reuters"),
		ev("e2", "CONSULT", "happened", "2025-05-28", actors(lavrov), actors(rubio), "TASS"),
		ev("e3", "REQUEST", "happened", "2025-03-11", actors(rubio), actors(russia), "Reuters"),
		ev("e4", "CONSULT", "happened", "2025-05-16", actors(russia, ukraine, fidan), nil, "BBC News"),
		ev("e5", "ACCUSE", "happened", "2025-W13", actors(peskov), actors(ukraine), "Meduza"),
		ev("e6", "CONSULT", "planned", "", actors(lavrov, article.Actor{Name: "SERGEY LAVROV"}), actors(fidan), "Anadolu"),
		ev("e7", "AGREE", "happened", "2025-03", actors(un), actors(russia, ukraine), "UN News"),
	}
}

func TestNetwork(t *testing.T) {
	n := NewNetwork()
	for _, e := range networkEvents() {
		n.Add(e)
	}
	g := n.Graph()
	nodes := map[string]Node{}
	for _, nd := range g.Nodes {
		nodes[nd.ID] = nd
	}
	if l := nodes["n:sergey lavrov"]; l.Events != 3 || l.AsActor != 3 || l.Name != "Sergey Lavrov" || l.Country != "RUS" || l.Sector != "GOV" {
		t.Errorf("Lavrov node = %+v; want 3 events as actor, listed twice in e6 counted once", l)
	}
	if u := nodes["n:ukraine"]; u.Events != 3 || u.AsActor != 1 || u.AsRecipient != 2 {
		t.Errorf("Ukraine node = %+v", u)
	}
	edges := map[string]Edge{}
	for _, e := range g.Edges {
		edges[fmt.Sprintf("%s|%s|%v", e.Source, e.Target, e.Directed)] = e
	}
	lr := edges["n:sergey lavrov|n:marco rubio|true"]
	if lr.Total != 2 || len(lr.Types) != 1 || lr.Types[0] != (TypeCount{"CONSULT", 2}) ||
		lr.First != "2025-02-18" || lr.Last != "2025-05-28" || !reflect.DeepEqual(lr.Examples, []string{"e1", "e2"}) {
		t.Errorf("Lavrov→Rubio = %+v", lr)
	}
	// Actors named together without recipients: undirected, in key order.
	for _, k := range []string{"n:hakan fidan|n:russia|false", "n:hakan fidan|n:ukraine|false", "n:russia|n:ukraine|false"} {
		if e, ok := edges[k]; !ok || e.Total != 1 {
			t.Errorf("edge %s = %+v, %v", k, e, ok)
		}
	}
	if e := edges["n:dmitry peskov|n:ukraine|true"]; e.First != "2025-03-24" || e.Last != "2025-03-30" {
		t.Errorf("a week-dated event spans its week: %+v", e)
	}
	if e := edges["n:sergey lavrov|n:hakan fidan|true"]; e.Total != 1 || e.First != "" || e.Last != "" {
		t.Errorf("an undated event: %+v", e)
	}
	if _, ok := edges["n:sergey lavrov|n:sergey lavrov|true"]; ok {
		t.Error("self loop")
	}
	if len(g.Edges) != 9 {
		t.Errorf("%d edges, want 9", len(g.Edges))
	}
}

func TestNetworkByCountry(t *testing.T) {
	names := map[string]string{"RUS": "Russia", "USA": "United States"}
	n := NewNetwork(ByCountry(func(c string) string { return names[c] }))
	for _, e := range networkEvents() {
		n.Add(e)
	}
	g := n.Graph()
	var ids []string
	for _, nd := range g.Nodes {
		ids = append(ids, nd.ID)
	}
	// RUS: e1 e2 e3 e4 e5 e6 e7; UKR: e4 e5 e7; USA: e1 e2 e3; TUR: e4 e6.
	// The UN, and a spelling of Lavrov given without his state, have no
	// state to collapse into.
	if want := []string{"c:RUS", "c:UKR", "c:USA", "c:TUR", "n:sergey lavrov", "n:united nations"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("nodes %q, want %q", ids, want)
	}
	if g.Nodes[0].Name != "Russia" || g.Nodes[0].Events != 7 || g.Nodes[3].Name != "TUR" {
		t.Errorf("nodes %+v", g.Nodes)
	}
	for _, e := range g.Edges {
		if e.Source == e.Target {
			t.Errorf("self loop %+v (Peskov and Lavrov are both Russia)", e)
		}
		if e.Source == "c:RUS" && e.Target == "c:USA" && (e.Total != 2 || e.Directed != true) {
			t.Errorf("RUS→USA %+v", e)
		}
	}
}

// The graph depends on the events, never on the order they were added in.
func TestNetworkOrderIndependent(t *testing.T) {
	events := generate(3000, 7)
	want := graphJSON(t, events)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		rng.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
		if got := graphJSON(t, events); got != want {
			t.Fatal("the graph changed with the order of events")
		}
	}
}

func graphJSON(t *testing.T, events []merge.Event) string {
	n := NewNetwork()
	for _, e := range events {
		n.Add(e)
	}
	b, err := json.Marshal(n.Graph())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// generate makes n plausible events among a pool of actors whose names
// are spelled in several ways.
func generate(n int, seed uint64) []merge.Event {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	countries := []string{"RUS", "USA", "UKR", "TUR", "SAU", "FRA", "DEU", "CHN", "IND", "BRA"}
	pool := make([]article.Actor, 400)
	for i := range pool {
		pool[i] = article.Actor{Name: fmt.Sprintf("Minister %d", i), Country: countries[i%len(countries)], Sector: "GOV"}
		if i%7 == 0 {
			pool[i].Name = fmt.Sprintf("MINISTER %d", i-i%7)
		}
	}
	out := make([]merge.Event, n)
	for i := range out {
		a := pool[rng.IntN(len(pool))]
		b := pool[rng.IntN(len(pool))]
		e := merge.Event{
			ID: fmt.Sprintf("%016x:%d", rng.Uint64(), i%3), Type: ploverTypes[rng.IntN(len(ploverTypes))],
			Status: "happened", Sources: 1 + rng.IntN(4), Actors: []article.Actor{a},
		}
		if rng.IntN(4) == 0 {
			e.Actors = append(e.Actors, b)
		} else {
			e.Recipients = []article.Actor{b}
		}
		if rng.IntN(10) > 0 {
			e.Date = fmt.Sprintf("2025-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28))
			e.First, e.Last = e.Date, e.Date
		}
		out[i] = e
	}
	return out
}

func TestNetworkExamplesBest(t *testing.T) {
	n := NewNetwork()
	for i := range 12 {
		e := ev(fmt.Sprintf("x%02d", i), "CONSULT", "happened", fmt.Sprintf("2025-01-%02d", 28-i), actors(lavrov), actors(fidan))
		e.Sources = i % 4
		n.Add(e)
	}
	got := n.Graph().Edges[0].Examples
	// Three sources: x11 (Jan 17), x07 (Jan 21), x03 (Jan 25); two: x10 (Jan 18), x06.
	if want := []string{"x11", "x07", "x03", "x10", "x06"}; !reflect.DeepEqual(got, want) {
		t.Errorf("examples %q, want %q", got, want)
	}
}

func BenchmarkNetworkAdd(b *testing.B) {
	const perOp = 1_000_000
	pool := generate(1<<15, 1)
	b.ReportAllocs()
	for b.Loop() {
		n := NewNetwork()
		for i := range perOp {
			n.Add(pool[i&(len(pool)-1)])
		}
		if len(n.Graph().Nodes) == 0 {
			b.Fatal("empty graph")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/perOp, "ns/event")
}

func TestTypeIndex(t *testing.T) {
	for i, typ := range ploverTypes {
		if typeIndex(typ) != i {
			t.Errorf("typeIndex(%s) = %d, want %d", typ, typeIndex(typ), i)
		}
	}
	if typeIndex("consult") != -1 || typeIndex("") != -1 {
		t.Error("unknown types must give -1")
	}
}

func TestGraphTop(t *testing.T) {
	n := NewNetwork()
	for _, e := range networkEvents() {
		n.Add(e)
	}
	g := n.Graph()
	top := g.Top(1)
	if len(top.Edges) != 1 || top.Edges[0].Source != "n:sergey lavrov" || len(top.Nodes) != 2 ||
		top.Nodes[0].ID != "n:marco rubio" || top.Nodes[1].ID != "n:sergey lavrov" {
		t.Errorf("Top(1) = %+v", top)
	}
	if len(g.Top(0).Edges) != len(g.Edges) || len(g.Top(100).Nodes) != len(g.Nodes) {
		t.Error("Top must keep everything when n is 0 or large")
	}
}
