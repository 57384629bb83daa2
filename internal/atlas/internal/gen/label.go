package main

import (
	"math"
	"slices"
)

// labelPoint picks where a country's marker goes: the area centroid of its
// largest ring (the mainland, not overseas islands). When that centroid falls
// outside the ring, as for crescent-shaped countries, it takes the middle of
// the widest stretch of the ring along the centroid's latitude instead.
func labelPoint(rings [][]point) (lat, lon float64) {
	best, bestArea := -1, 0.0
	for i, r := range rings {
		if a := math.Abs(area(r)); a > bestArea {
			best, bestArea = i, a
		}
	}
	if best < 0 {
		return 0, 0
	}
	r := rings[best]
	c := centroid(r)
	if inside(r, c) {
		return c.lat, c.lon
	}
	var xs []float64
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		if (a.lat > c.lat) != (b.lat > c.lat) {
			xs = append(xs, a.lon+(c.lat-a.lat)/(b.lat-a.lat)*(b.lon-a.lon))
		}
	}
	slices.Sort(xs)
	wide := -1.0
	for i := 0; i+1 < len(xs); i += 2 {
		if w := xs[i+1] - xs[i]; w > wide {
			wide, c.lon = w, (xs[i]+xs[i+1])/2
		}
	}
	return c.lat, c.lon
}

// area is the signed shoelace area in square degrees.
func area(r []point) float64 {
	var s float64
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		s += a.lon*b.lat - b.lon*a.lat
	}
	return s / 2
}

// centroid is the area centroid of a simple ring.
func centroid(r []point) point {
	var cx, cy, s float64
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		k := a.lon*b.lat - b.lon*a.lat
		cx += (a.lon + b.lon) * k
		cy += (a.lat + b.lat) * k
		s += k
	}
	if s == 0 {
		return r[0]
	}
	return point{lon: cx / (3 * s), lat: cy / (3 * s)}
}

// inside reports whether p lies in ring r (even-odd rule).
func inside(r []point, p point) bool {
	in := false
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		if (a.lat > p.lat) != (b.lat > p.lat) && p.lon < a.lon+(p.lat-a.lat)/(b.lat-a.lat)*(b.lon-a.lon) {
			in = !in
		}
	}
	return in
}
