package story

import (
	"cmp"
	"slices"
)

// stamped is an event position with its first day, for chaining.
type stamped struct{ day, pos int }

// link joins the events for which in(i) holds. Two such events sharing a
// key within the gap are linked: a dyad and a family of types (talks or
// conflict: see family), or an article and a specific side. Sorting each
// key's events by day and joining neighbours within the gap gives the same
// components as comparing every pair, in O(n log n).
func (g *graph) link(in func(i int) bool) {
	keys := map[key][]stamped{}
	for i := range g.nodes {
		n := &g.nodes[i]
		if !in(i) {
			continue
		}
		for x, a := range n.ids {
			for _, b := range n.ids[x+1:] {
				k := key{family(n.ev.Type), a, b}
				keys[k] = append(keys[k], stamped{n.lo, i})
			}
		}
		for _, art := range n.arts {
			for _, s := range n.ids {
				if !g.hubs[s] {
					k := key{2, art, s}
					keys[k] = append(keys[k], stamped{n.lo, i})
				}
			}
		}
	}
	for _, list := range keys {
		if len(list) < 2 {
			continue
		}
		sortStamped(list)
		for k := 1; k < len(list); k++ {
			if list[k].day-list[k-1].day <= g.gap {
				g.union(list[k-1].pos, list[k].pos)
			}
		}
	}
}

func sortStamped(list []stamped) {
	slices.SortFunc(list, func(a, b stamped) int {
		return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.pos, b.pos))
	})
}

// family sorts PLOVER types into the conflict (1: force, pressure,
// accusation, and the ceasefires and withdrawals that end them) and the
// rest (0: talks, deals, demands, help), so that a dyad at war and at the
// table for months is not one story by the dyad alone; an article that
// reports both still joins them through a specific side.
func family(typ string) uint8 {
	switch typ {
	case "ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "ACCUSE", "PROTEST", "RETREAT":
		return 1
	}
	return 0
}

// attach puts every event that is not core into the story of the core
// events it has most links with: events of a shared article with a side in
// common (hubs count here, since attaching cannot glue stories), and, for
// an event with several sides, the core event nearest in time under each
// of its dyad keys. Ties go to the story of the smallest event ID. Roots
// are taken from the core links alone, so the order in which events attach
// does not matter. It returns which events attached.
func (g *graph) attach() []bool {
	root := make([]int, len(g.nodes))
	for i := range g.nodes {
		root[i] = g.find(i)
	}
	byDyad := map[key][]stamped{}
	for i := range g.nodes {
		n := &g.nodes[i]
		if n.core {
			k := key{family(n.ev.Type), n.ids[0], n.ids[1]}
			byDyad[k] = append(byDyad[k], stamped{n.lo, i})
		}
	}
	for _, list := range byDyad {
		sortStamped(list)
	}
	attached := make([]bool, len(g.nodes))
	for i := range g.nodes {
		n := &g.nodes[i]
		if n.core || len(n.ids) == 0 {
			continue
		}
		votes := map[int]int{}
		for _, a := range n.arts {
			for _, j := range g.byArticle[a] {
				o := &g.nodes[j]
				if o.core && g.near(n, o) && sharesAny(n.ids, o.ids) {
					votes[root[j]]++
				}
			}
		}
		if n.dated {
			for x, a := range n.ids {
				for _, b := range n.ids[x+1:] {
					if j, ok := nearest(byDyad[key{family(n.ev.Type), a, b}], n.lo, g.gap); ok {
						votes[root[j]]++
					}
				}
			}
		}
		best, bestVotes := -1, 0
		for r, v := range votes {
			if v > bestVotes || v == bestVotes && r < best {
				best, bestVotes = r, v
			}
		}
		if best >= 0 {
			g.union(best, i)
			attached[i] = true
		}
	}
	return attached
}

// near reports whether two events lie within the gap; an undated event is
// near everything its article reports.
func (g *graph) near(a, b *node) bool {
	if !a.dated || !b.dated {
		return true
	}
	return a.lo-b.hi <= g.gap && b.lo-a.hi <= g.gap
}

// nearest returns the event of list (sorted by day) closest in time to day,
// if one lies within gap; of two equally close, the earlier.
func nearest(list []stamped, day, gap int) (int, bool) {
	k, _ := slices.BinarySearchFunc(list, day, func(s stamped, d int) int { return cmp.Compare(s.day, d) })
	best, bestDist := -1, gap+1
	for _, c := range []int{k - 1, k} {
		if c < 0 || c >= len(list) {
			continue
		}
		if d := abs(list[c].day - day); d < bestDist {
			best, bestDist = list[c].pos, d
		}
	}
	return best, best >= 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sharesAny reports whether two sorted lists have an element in common.
func sharesAny(a, b []int32) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := cmp.Compare(a[i], b[j]); {
		case c == 0:
			return true
		case c < 0:
			i++
		default:
			j++
		}
	}
	return false
}
