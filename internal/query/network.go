package query

import (
	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// Network accumulates events into a Graph. Add events one at a time, from
// a stream of any length: memory grows with the number of distinct actors
// and pairs, not events. The Graph does not depend on the order of Adds.
// A Network is not safe for concurrent use.
type Network struct {
	byCountry   bool
	countryName func(iso3 string) string

	seq           int
	nodes         []node
	byName        map[string]int32 // raw actor name → node
	byKey         map[string]int32 // identity key → node
	byCountryCode map[string]int32 // raw ISO code → state node, when collapsing
	edges         []edge
	edgeIndex     map[uint64]int32

	// scratch, reused by every Add
	sides []int32
}

type node struct {
	key                          string
	name, country, sector        tally
	events, asActor, asRecipient int
	lastSeq                      int
}

// NetworkOption configures a Network.
type NetworkOption func(*Network)

// ByCountry collapses every actor that has a state into a node for that
// state (`--by country`): Sergey Lavrov and the Kremlin become Russia.
// Actors without a state (most international organisations) keep their own
// node. name gives a state's display name from its ISO code; nil shows the
// code.
func ByCountry(name func(iso3 string) string) NetworkOption {
	return func(n *Network) {
		n.byCountry = true
		n.countryName = name
	}
}

// NewNetwork returns an empty Network.
func NewNetwork(opts ...NetworkOption) *Network {
	n := &Network{
		byName:        map[string]int32{},
		byKey:         map[string]int32{},
		byCountryCode: map[string]int32{},
		edgeIndex:     map[uint64]int32{},
	}
	for _, o := range opts {
		o(n)
	}
	return n
}

// Add counts one event: a node for each of its actors and recipients, an
// edge from every actor to every recipient, and, when it has no recipients,
// an undirected edge between every two of its actors. An actor listed
// twice, or two people of one state when collapsing, count once; each
// event should be added once.
func (n *Network) Add(e merge.Event) {
	n.seq++
	n.sides = n.sides[:0]
	for _, a := range e.Actors {
		if i, ok := n.node(a); ok {
			nd := &n.nodes[i]
			if nd.lastSeq != n.seq {
				nd.lastSeq = n.seq
				nd.events++
				nd.asActor++
				n.sides = append(n.sides, i)
			}
		}
	}
	nActors := len(n.sides)
	for _, a := range e.Recipients {
		if i, ok := n.node(a); ok {
			nd := &n.nodes[i]
			if nd.lastSeq != n.seq {
				nd.lastSeq = n.seq
				nd.events++
				nd.asRecipient++
				n.sides = append(n.sides, i)
			}
		}
	}
	actors, recipients := n.sides[:nActors], n.sides[nActors:]
	first, last := eventRange(e.First, e.Last, e.Date)
	x := example{id: e.ID, sources: e.Sources, first: first}
	if len(e.Recipients) > 0 {
		for _, a := range actors {
			for _, r := range recipients {
				n.count(edgeKey{a: a, b: r, directed: true}, e.Type, last, x)
			}
		}
		return
	}
	for i, a := range actors {
		for _, b := range actors[i+1:] {
			k := edgeKey{a: a, b: b}
			if n.nodes[b].key < n.nodes[a].key {
				k.a, k.b = b, a
			}
			n.count(k, e.Type, last, x)
		}
	}
}

// node finds or makes the node of an actor and records the spelling, state
// and sector the event gives it.
func (n *Network) node(a article.Actor) (int32, bool) {
	if n.byCountry && a.Country != "" {
		if i, ok := n.byCountryCode[a.Country]; ok {
			return i, true
		}
		key := CountryKey(a.Country)
		i, ok := n.byKey[key]
		if !ok {
			i = n.newNode(key)
			code := key[len(countryPrefix):]
			name := code
			if n.countryName != nil {
				if s := n.countryName(code); s != "" {
					name = s
				}
			}
			n.nodes[i].name.add(name)
			n.nodes[i].country.add(code)
		}
		n.byCountryCode[a.Country] = i
		return i, true
	}
	i, ok := n.byName[a.Name]
	if !ok {
		key := Identity(a)
		if key == "" {
			return 0, false
		}
		if i, ok = n.byKey[key]; !ok {
			i = n.newNode(key)
		}
		if a.Name != "" {
			n.byName[a.Name] = i
		}
	}
	nd := &n.nodes[i]
	nd.name.add(a.Name)
	nd.country.add(a.Country)
	nd.sector.add(a.Sector)
	return i, true
}

func (n *Network) newNode(key string) int32 {
	i := int32(len(n.nodes))
	n.nodes = append(n.nodes, node{key: key})
	n.byKey[key] = i
	return i
}
