package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

// point is a longitude/latitude pair in degrees.
type point struct{ lon, lat float64 }

// topology is the decoded part of a TopoJSON file that the generator uses:
// absolute arc coordinates and the country geometries.
type topology struct {
	arcs     [][]point
	features []feature
}

// feature is one Natural Earth country: its numeric id (empty for the few
// entities without an ISO code), its name, and polygons as rings of signed
// arc indexes (TopoJSON: ~i, i.e. -i-1, means arc i reversed).
type feature struct {
	id, name string
	polygons [][][]int
}

type rawTopology struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string                `json:"type"`
			ID         *string               `json:"id"`
			Properties struct{ Name string } `json:"properties"`
			Arcs       json.RawMessage       `json:"arcs"`
		} `json:"geometries"`
	} `json:"objects"`
}

// decodeTopology reads the "countries" object of a world-atlas file. Arcs
// of a quantized topology are delta-encoded integers; they are summed and
// mapped through the transform into degrees.
func decodeTopology(raw []byte) (*topology, error) {
	var rt rawTopology
	if err := json.Unmarshal(raw, &rt); err != nil {
		return nil, fmt.Errorf("parse json: %w", err)
	}
	t := &topology{arcs: make([][]point, len(rt.Arcs))}
	for i, arc := range rt.Arcs {
		if len(arc) < 2 {
			return nil, fmt.Errorf("arc %d has %d points", i, len(arc))
		}
		pts := make([]point, len(arc))
		var x, y float64
		for j, p := range arc {
			if rt.Transform != nil {
				x, y = x+p[0], y+p[1]
				pts[j] = point{x*rt.Transform.Scale[0] + rt.Transform.Translate[0], y*rt.Transform.Scale[1] + rt.Transform.Translate[1]}
			} else {
				pts[j] = point{p[0], p[1]}
			}
		}
		for _, p := range pts {
			if !(p.lon >= -180-1e-9 && p.lon <= 180+1e-9 && p.lat >= -90-1e-9 && p.lat <= 90+1e-9) {
				return nil, fmt.Errorf("arc %d leaves the globe at %v", i, p)
			}
		}
		t.arcs[i] = pts
	}
	obj, ok := rt.Objects["countries"]
	if !ok {
		return nil, errors.New("no \"countries\" object")
	}
	for _, g := range obj.Geometries {
		f := feature{name: g.Properties.Name}
		if g.ID != nil {
			f.id = *g.ID
		}
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("polygon %q: %w", f.name, err)
			}
			f.polygons = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &f.polygons); err != nil {
				return nil, fmt.Errorf("multipolygon %q: %w", f.name, err)
			}
		default:
			continue // null geometries carry nothing to draw
		}
		for _, poly := range f.polygons {
			for _, ring := range poly {
				if len(ring) == 0 {
					return nil, fmt.Errorf("%q has an empty ring", f.name)
				}
				for _, a := range ring {
					if idx := arcIndex(a); idx >= len(t.arcs) {
						return nil, fmt.Errorf("%q references arc %d of %d", f.name, idx, len(t.arcs))
					}
				}
			}
		}
		t.features = append(t.features, f)
	}
	return t, nil
}

// arcIndex returns the arc number that a signed TopoJSON reference names.
func arcIndex(a int) int {
	if a < 0 {
		return ^a
	}
	return a
}

// arcPoints returns the points of a signed arc reference in walking order.
func (t *topology) arcPoints(a int) []point {
	src := t.arcs[arcIndex(a)]
	if a >= 0 {
		return src
	}
	rev := make([]point, len(src))
	for i, p := range src {
		rev[len(src)-1-i] = p
	}
	return rev
}

// ring joins arcs into one closed ring; consecutive arcs share their
// boundary point, which is kept once.
func (t *topology) ring(arcs []int) []point {
	var out []point
	for i, a := range arcs {
		pts := t.arcPoints(a)
		if i > 0 && len(pts) > 0 {
			pts = pts[1:]
		}
		out = append(out, pts...)
	}
	return out
}
