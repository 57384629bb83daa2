package story

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
)

// story builds the Story of a component from its members' positions.
func (g *graph) story(members []int, opt Options) Story {
	slices.SortFunc(members, func(a, b int) int {
		na, nb := &g.nodes[a], &g.nodes[b]
		if na.dated != nb.dated {
			if na.dated {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(na.lo, nb.lo), cmp.Compare(na.ev.ID, nb.ev.ID))
	})
	st := Story{Events: make([]string, 0, len(members))}
	smallest := g.nodes[members[0]].ev.ID
	t := &g.tally
	t.reset()
	var (
		lo, hi   int
		dated    bool
		articles = t.articles
		groups   = t.groups
		sides    = t.sides
		pairs    = t.pairs
		places   = t.places
		types    = t.types
		modes    = map[string]map[string]int{}
		names    = nameVotes{}
	)
	for _, i := range members {
		n := &g.nodes[i]
		e := n.ev
		st.Events = append(st.Events, e.ID)
		smallest = min(smallest, e.ID)
		if n.dated {
			if !dated || n.lo < lo {
				lo = n.lo
			}
			if !dated || n.hi > hi {
				hi = n.hi
			}
			dated = true
		}
		for _, m := range e.Mentions {
			if m.Article == "" {
				continue
			}
			articles[m.Article] = true
			groups[cmp.Or(m.Group, m.Article)] = true
		}
		for _, s := range n.sides {
			sides[s]++
		}
		if len(n.sides) == 2 {
			pairs[n.sides[0]+"\x00"+n.sides[1]]++
		}
		for _, as := range [][]article.Actor{e.Actors, e.Recipients} {
			for _, a := range as {
				names.add(a)
			}
		}
		if e.Location != nil && e.Location.Name != "" {
			places[e.Location.Name]++
		}
		types[e.Type]++
		countModes(modes, e)
	}
	st.ID = storyID(smallest)
	if dated {
		st.First, st.Last = dayString(lo), dayString(hi)
	}
	st.Articles = slices.Sorted(maps.Keys(articles))
	if st.Articles == nil {
		st.Articles = []string{}
	}
	st.Sources = len(groups)
	bySides := ranked(sides)
	st.Actors = make([]string, 0, min(len(bySides), topActors))
	for _, s := range bySides[:min(len(bySides), topActors)] {
		st.Actors = append(st.Actors, names.name(s, opt.StateName))
	}
	places2 := rankedList(places)
	st.Places = places2[:min(len(places2), topPlaces)]
	for _, t := range rankedList(types) {
		st.Types = append(st.Types, TypeCount{Type: t, Count: types[t]})
	}
	// The story is named after its leading dyad, which says more than its
	// two busiest sides: a host who meets each party in turn is busier
	// than either, but the story is the parties'.
	lead := st.Actors[:min(2, len(st.Actors))]
	if r := ranked(pairs); len(r) > 0 {
		a, b, _ := strings.Cut(r[0], "\x00")
		if sides[b] > sides[a] {
			a, b = b, a
		}
		lead = []string{names.name(a, opt.StateName), names.name(b, opt.StateName)}
	}
	st.Name = summary{sides: lead, types: types, modes: modes, places: places, lo: lo, hi: hi, dated: dated}.name()
	return st
}

// tally holds the counting maps of story, cleared and used again for
// each story so that a hundred thousand small stories do not each
// allocate their own.
type tally struct {
	articles, groups            map[string]bool
	sides, pairs, places, types map[string]int
}

func (t *tally) reset() {
	if t.articles == nil {
		*t = tally{articles: map[string]bool{}, groups: map[string]bool{}, sides: map[string]int{},
			pairs: map[string]int{}, places: map[string]int{}, types: map[string]int{}}
		return
	}
	clear(t.articles)
	clear(t.groups)
	clear(t.sides)
	clear(t.pairs)
	clear(t.places)
	clear(t.types)
}

// ranked returns the keys of counts, most counted first, ties in key order.
func ranked(counts map[string]int) []string {
	keys := slices.Collect(maps.Keys(counts))
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b)) })
	return keys
}

// rankedList is ranked, never nil, for JSON lists.
func rankedList(counts map[string]int) []string {
	if len(counts) == 0 {
		return []string{}
	}
	return ranked(counts)
}

// nameVotes counts the names each side is written with.
type nameVotes map[string]map[string]int

func (v nameVotes) add(a article.Actor) {
	s := side(a)
	if s == "" || a.Name == "" {
		return
	}
	if v[s] == nil {
		v[s] = map[string]int{}
	}
	v[s][a.Name]++
}

// name returns how a side reads: the state's name for a state (from
// stateName, else the name its actors carry most often), the most used
// spelling otherwise.
func (v nameVotes) name(s string, stateName func(string) string) string {
	if len(s) > 2 && s[:2] == "c:" && stateName != nil {
		if n := stateName(s[2:]); n != "" {
			return n
		}
	}
	if r := ranked(v[s]); len(r) > 0 {
		return r[0]
	}
	return s[min(2, len(s)):]
}
