package main

import (
	"fmt"
	"strings"
)

// country is one output row before encoding.
type country struct {
	iso3, name string
	rings      [][]point
}

// unnumbered names the Natural Earth entities that have no ISO numeric id.
// Kosovo gets the user-assigned code XKX that the EU, the World Bank and
// Chronicle's KB use. Northern Cyprus and Somaliland are folded into the
// internationally recognised states that news reports them under.
var unnumbered = map[string][2]string{
	"Kosovo":     {"XKX", "Kosovo"},
	"N. Cyprus":  {"CYP", ""},
	"Somaliland": {"SOM", ""},
}

// buildCountries maps features to ISO3 codes, drops Antarctica, and merges
// features that share a code into one outline without their common border.
func buildCountries(t *topology) ([]country, error) {
	names := map[string][2]string{}
	for _, line := range strings.Split(isoTable, "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 3 {
			names[f[0]] = [2]string{f[1], f[2]}
		}
	}
	var order []string
	groups := map[string][]feature{}
	display := map[string]string{}
	for _, f := range t.features {
		code, ok := names[f.id]
		if f.id == "" {
			code, ok = unnumbered[f.name]
		}
		if !ok {
			return nil, fmt.Errorf("feature %q (id %q) has no ISO 3166-1 mapping", f.name, f.id)
		}
		if code[0] == "ATA" {
			continue
		}
		if _, seen := groups[code[0]]; !seen {
			order = append(order, code[0])
		}
		groups[code[0]] = append(groups[code[0]], f)
		if code[1] != "" {
			display[code[0]] = code[1]
		}
	}
	out := make([]country, 0, len(order))
	for _, iso := range order {
		fs := groups[iso]
		var rings [][]int
		for _, f := range fs {
			for _, poly := range f.polygons {
				rings = append(rings, poly...)
			}
		}
		var pts [][]point
		if len(fs) > 1 {
			var err error
			if pts, err = t.dissolve(rings); err != nil {
				return nil, fmt.Errorf("merge %s: %w", iso, err)
			}
		} else {
			for _, r := range rings {
				pts = append(pts, t.ring(r))
			}
		}
		var split [][]point
		for _, r := range pts {
			split = append(split, splitAntimeridian(r)...)
		}
		out = append(out, country{iso3: iso, name: display[iso], rings: split})
	}
	return out, nil
}

// dissolve merges rings of several features into outlines without the
// borders between them: an arc used twice lies inside the union and is
// dropped, and the remaining arcs are chained end to start into rings.
func (t *topology) dissolve(rings [][]int) ([][]point, error) {
	uses := map[int]int{}
	for _, r := range rings {
		for _, a := range r {
			uses[arcIndex(a)]++
		}
	}
	var open [][]point
	for _, r := range rings {
		for _, a := range r {
			if uses[arcIndex(a)] == 1 {
				open = append(open, t.arcPoints(a))
			}
		}
	}
	used := make([]bool, len(open))
	var out [][]point
	for start := range open {
		if used[start] {
			continue
		}
		used[start] = true
		ring := append([]point(nil), open[start]...)
		for ring[len(ring)-1] != ring[0] {
			next := -1
			for i, arc := range open {
				if !used[i] && arc[0] == ring[len(ring)-1] {
					next = i
					break
				}
			}
			if next < 0 {
				return nil, fmt.Errorf("ring starting at %v does not close", ring[0])
			}
			used[next] = true
			ring = append(ring, open[next][1:]...)
		}
		out = append(out, ring)
	}
	return out, nil
}
