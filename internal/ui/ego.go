package ui

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/query"
)

// Geometry of the ego network drawing, in SVG user units.
const (
	egoW, egoH   = 640, 460
	egoRadius    = 165
	egoPartners  = 16
	egoMinNode   = 6.0
	egoNodeGrow  = 10.0
	egoEdgeWidth = 8.0
)

// egoGraph is an actor's network as drawn: the actor in the centre and
// its partners on a circle. Coordinates are preformatted strings so the
// SVG stays compact.
type egoGraph struct {
	W, H, CX, CY string
	Partners     []partner
}

// partner is one actor the centre dealt with, with the kinds of their
// events and where it is drawn.
type partner struct {
	Name, Label, Days string
	Count             int
	X, Y, R, TX, TY   string
	Width, Anchor     string
	types             map[string]int
	first, last       string
}

// layoutEgo keeps the edges of g that touch a node among keys (the actor
// as the record identifies it), merges them per partner and places the
// heaviest partners around the centre.
func layoutEgo(g query.Graph, keys []string) egoGraph {
	ego := make(map[string]bool, len(keys))
	for _, k := range keys {
		ego[k] = true
	}
	names := make(map[string]string, len(g.Nodes))
	for _, n := range g.Nodes {
		names[n.ID] = n.Name
	}
	byID := map[string]*partner{}
	var order []string
	for _, e := range g.Edges {
		other := ""
		switch {
		case ego[e.Source] && !ego[e.Target]:
			other = e.Target
		case ego[e.Target] && !ego[e.Source]:
			other = e.Source
		default:
			continue
		}
		p := byID[other]
		if p == nil {
			p = &partner{Name: names[other], types: map[string]int{}}
			if p.Name == "" {
				p.Name = strings.TrimPrefix(strings.TrimPrefix(other, "n:"), "c:")
			}
			byID[other] = p
			order = append(order, other)
		}
		p.Count += e.Total
		for _, t := range e.Types {
			p.types[t.Type] += t.Count
		}
		if e.First != "" && (p.first == "" || e.First < p.first) {
			p.first = e.First
		}
		if e.Last > p.last {
			p.last = e.Last
		}
	}
	ps := make([]partner, 0, len(order))
	for _, id := range order {
		ps = append(ps, *byID[id])
	}
	slices.SortStableFunc(ps, func(a, b partner) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Name, b.Name))
	})
	ps = ps[:min(len(ps), egoPartners)]
	out := egoGraph{W: num(egoW), H: num(egoH), CX: num(egoW / 2), CY: num(egoH / 2), Partners: ps}
	if len(ps) == 0 {
		return out
	}
	top := float64(ps[0].Count)
	for i := range ps {
		p := &ps[i]
		share := float64(p.Count) / top
		angle := -math.Pi/2 + 2*math.Pi*float64(i)/float64(len(ps))
		cos, sin := math.Cos(angle), math.Sin(angle)
		x, y := egoW/2+egoRadius*cos, egoH/2+egoRadius*sin
		r := egoMinNode + egoNodeGrow*math.Sqrt(share)
		p.X, p.Y, p.R = num(x), num(y), num(r)
		p.Width = num(1 + egoEdgeWidth*share)
		p.TX, p.TY, p.Anchor = num(x+(r+4)*cos), num(y+(r+4)*sin+4), "middle"
		switch {
		case cos > 0.3:
			p.Anchor = "start"
		case cos < -0.3:
			p.Anchor = "end"
		case sin > 0:
			p.TY = num(y + r + 16)
		default:
			p.TY = num(y - r - 6)
		}
		p.Label = typeLabel(p.types, p.Count)
		p.Days = p.first
		if p.last != "" && p.last != p.first {
			p.Days += " – " + p.last
		}
	}
	return out
}

// typeLabel says what kinds of events a pair had: "3 events: CONSULT 2, AGREE 1".
func typeLabel(types map[string]int, total int) string {
	type tc struct {
		t string
		n int
	}
	var list []tc
	for t, n := range types {
		list = append(list, tc{t, n})
	}
	slices.SortFunc(list, func(a, b tc) int { return cmp.Or(cmp.Compare(b.n, a.n), strings.Compare(a.t, b.t)) })
	parts := make([]string, len(list))
	for i, x := range list {
		parts[i] = fmt.Sprintf("%s %d", x.t, x.n)
	}
	s := fmt.Sprintf("%d event", total)
	if total != 1 {
		s += "s"
	}
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	return s
}

// num formats a coordinate with at most one decimal.
func num(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "0"
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", f), ".0")
}
