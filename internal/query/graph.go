package query

import (
	"cmp"
	"slices"
)

// Graph is who interacts with whom: one node per actor and one edge per
// pair of actors that took part in an event together.
type Graph struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Node is one actor of the network, or one state when people are collapsed
// into their states.
type Node struct {
	// ID is the actor's identity key ("n:sergey lavrov", "c:RUS").
	ID string `json:"id"`
	// Name, Country and Sector are the values the events give most often.
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	// Events counts the events the actor took part in, each once;
	// AsActor and AsRecipient split it by the side the actor was on.
	Events      int `json:"events"`
	AsActor     int `json:"as_actor"`
	AsRecipient int `json:"as_recipient"`
}

// Edge is the interactions between two nodes. A directed edge runs from an
// actor to a recipient of its events; an undirected edge joins actors named
// together in events without recipients ("Russia and Ukraine held talks"),
// with Source before Target in key order.
type Edge struct {
	Source   string `json:"source"`
	Target   string `json:"target"`
	Directed bool   `json:"directed"`
	// Total counts the events; Types splits it by PLOVER type, most
	// frequent first.
	Total int         `json:"total"`
	Types []TypeCount `json:"types"`
	// First and Last are the earliest and latest days of the dated events
	// (YYYY-MM-DD), empty when none is dated.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	// Examples are up to five event IDs, the best-sourced first.
	Examples []string `json:"examples"`
}

// TypeCount is the number of events of one type.
type TypeCount struct {
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// Graph returns the network so far, nodes by event count and edges by
// total, both then by key: the same events always give the same Graph.
func (n *Network) Graph() Graph {
	g := Graph{Nodes: make([]Node, 0, len(n.nodes)), Edges: make([]Edge, 0, len(n.edges))}
	for i := range n.nodes {
		nd := &n.nodes[i]
		g.Nodes = append(g.Nodes, Node{
			ID: nd.key, Name: nd.name.best(), Country: nd.country.best(), Sector: nd.sector.best(),
			Events: nd.events, AsActor: nd.asActor, AsRecipient: nd.asRecipient,
		})
	}
	slices.SortFunc(g.Nodes, func(a, b Node) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.ID, b.ID))
	})
	for i := range n.edges {
		ed := &n.edges[i]
		out := Edge{
			Source: n.nodes[ed.key.a].key, Target: n.nodes[ed.key.b].key, Directed: ed.key.directed,
			Total: ed.total, First: ed.first, Last: ed.last,
			Types: make([]TypeCount, 0, 2), Examples: make([]string, 0, len(ed.examples)),
		}
		for t, c := range ed.types {
			if c > 0 {
				out.Types = append(out.Types, TypeCount{Type: ploverTypes[t], Count: int(c)})
			}
		}
		for t, c := range ed.other {
			out.Types = append(out.Types, TypeCount{Type: t, Count: c})
		}
		slices.SortFunc(out.Types, func(a, b TypeCount) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Type, b.Type))
		})
		for _, x := range ed.examples {
			out.Examples = append(out.Examples, x.id)
		}
		g.Edges = append(g.Edges, out)
	}
	slices.SortFunc(g.Edges, func(a, b Edge) int {
		c := cmp.Or(cmp.Compare(b.Total, a.Total), cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
		if c == 0 && a.Directed != b.Directed {
			if a.Directed {
				return -1
			}
			return 1
		}
		return c
	})
	return g
}

// Top returns the graph cut to its n heaviest edges (Edges is sorted by
// total) and the nodes they join, for drawings that must stay legible;
// nodes keep their order. n <= 0, or n not smaller than the edge count,
// returns the graph unchanged.
func (g Graph) Top(n int) Graph {
	if n <= 0 || n >= len(g.Edges) {
		return g
	}
	out := Graph{Edges: g.Edges[:n:n]}
	keep := make(map[string]bool, 2*n)
	for _, e := range out.Edges {
		keep[e.Source] = true
		keep[e.Target] = true
	}
	out.Nodes = make([]Node, 0, len(keep))
	for _, nd := range g.Nodes {
		if keep[nd.ID] {
			out.Nodes = append(out.Nodes, nd)
		}
	}
	return out
}
