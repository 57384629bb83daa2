package main

import "math"

// splitAntimeridian returns ring r as one or more rings inside longitudes
// -180..180. A few Natural Earth rings (Fiji, Chukotka) step straight from
// +180 to -180; drawn naively such a step becomes a sliver across the whole
// map. The ring is unwrapped into continuous longitudes and then cut at the
// map edges into a western and an eastern piece.
func splitAntimeridian(r []point) [][]point {
	jump := false
	for i := 1; i < len(r); i++ {
		if math.Abs(r[i].lon-r[i-1].lon) > 180 {
			jump = true
			break
		}
	}
	if !jump {
		return [][]point{r}
	}
	u := make([]point, len(r))
	u[0] = r[0]
	for i := 1; i < len(r); i++ {
		p := r[i]
		for p.lon-u[i-1].lon > 180 {
			p.lon -= 360
		}
		for u[i-1].lon-p.lon > 180 {
			p.lon += 360
		}
		u[i] = p
	}
	var out [][]point
	for _, shift := range []float64{-360, 0, 360} {
		s := make([]point, len(u))
		for i, p := range u {
			s[i] = point{lon: p.lon + shift, lat: p.lat}
		}
		s = clipLon(clipLon(s, -180, true), 180, false)
		if len(s) >= 3 && math.Abs(area(s)) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// clipLon keeps the part of ring r east of edge (keepEast) or west of it,
// one Sutherland–Hodgman pass against a meridian.
func clipLon(r []point, edge float64, keepEast bool) []point {
	in := func(p point) bool {
		if keepEast {
			return p.lon >= edge
		}
		return p.lon <= edge
	}
	var out []point
	for i := range r {
		a, b := r[(i+len(r)-1)%len(r)], r[i]
		if in(b) {
			if !in(a) {
				out = append(out, cross(a, b, edge))
			}
			out = append(out, b)
		} else if in(a) {
			out = append(out, cross(a, b, edge))
		}
	}
	return out
}

// cross is where segment a-b meets the meridian lon.
func cross(a, b point, lon float64) point {
	t := (lon - a.lon) / (b.lon - a.lon)
	return point{lon: lon, lat: a.lat + t*(b.lat-a.lat)}
}
