package story

import (
	"slices"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// node is one event as the clustering sees it.
type node struct {
	ev     *merge.Event
	lo, hi int  // day numbers
	dated  bool // lo and hi are known
	sides  []string
	// ids and arts are the sides and the citing articles as small
	// numbers, sorted: keys of numbers hash much faster than strings.
	ids, arts []int32
	// core events link stories: dated, with exactly two sides. The
	// others only attach to one story (see attach).
	core bool
}

// graph links events by union-find over their positions (events sorted
// by ID), the root of a component being its smallest position, so the
// smallest event ID.
type graph struct {
	nodes  []node
	parent []int
	gap    int
	hubs   []bool // by side number
	// byArticle lists the events citing each article, in position order.
	byArticle [][]int
	tally     tally // scratch space of story
}

// key is what links events: a dyad of one family of types (kind 0 or 1,
// a < b side numbers) or an article and a side (kind 2).
type key struct {
	kind uint8
	a, b int32
}

func newGraph(events []*merge.Event, gap int) *graph {
	g := &graph{nodes: make([]node, len(events)), parent: make([]int, len(events)), gap: gap}
	sideNum, artNum := map[string]int32{}, map[string]int32{}
	intern := func(m map[string]int32, s string) int32 {
		n, ok := m[s]
		if !ok {
			n = int32(len(m))
			m[s] = n
		}
		return n
	}
	var count []int
	partners := map[[2]int32]int{} // two-sided events by ordered pair of sides
	for i, e := range events {
		n := &g.nodes[i]
		n.ev = e
		n.lo, n.hi, n.dated = daysOf(e)
		n.sides = sidesOf(e)
		for _, s := range n.sides {
			id := intern(sideNum, s)
			n.ids = append(n.ids, id)
			if int(id) == len(count) {
				count = append(count, 0)
			}
			count[id]++
		}
		slices.Sort(n.ids)
		for _, m := range e.Mentions {
			if m.Article != "" {
				n.arts = append(n.arts, intern(artNum, m.Article))
			}
		}
		slices.Sort(n.arts)
		n.arts = slices.Compact(n.arts)
		for _, a := range n.arts {
			if int(a) == len(g.byArticle) {
				g.byArticle = append(g.byArticle, nil)
			}
			g.byArticle[a] = append(g.byArticle[a], i)
		}
		n.core = n.dated && len(n.ids) == 2
		if len(n.ids) == 2 {
			partners[[2]int32{n.ids[0], n.ids[1]}]++
			partners[[2]int32{n.ids[1], n.ids[0]}]++
		}
		g.parent[i] = i
	}
	// A side busy with one partner (Thailand with Cambodia during their
	// border war) is a story's own side, not a hub.
	top, all := make([]int, len(count)), make([]int, len(count))
	for p, c := range partners {
		top[p[0]], all[p[0]] = max(top[p[0]], c), all[p[0]]+c
	}
	g.hubs = make([]bool, len(count))
	for s, c := range count {
		if c >= hubMin && float64(c) > hubShare*float64(len(events)) {
			g.hubs[s] = all[s] == 0 || float64(top[s]) < hubFocus*float64(all[s])
		}
	}
	return g
}

func (g *graph) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

func (g *graph) union(i, j int) {
	ri, rj := g.find(i), g.find(j)
	if ri == rj {
		return
	}
	if rj < ri {
		ri, rj = rj, ri
	}
	// The smaller position stays root: the root of a component is its
	// smallest event ID, whatever the order of unions.
	g.parent[rj] = ri
}
