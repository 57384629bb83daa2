package atlas

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// errPath reports path data outside the subset the generator writes.
var errPath = errors.New("unexpected path data")

// parsePath decodes path data back into absolute rings. The generator
// writes only M (absolute), l (relative) and z, so that is all this reads;
// atlas uses it at load time to size outlines, and tests to check them.
func parsePath(d string) ([][][2]float64, error) {
	var rings [][][2]float64
	var cur [][2]float64
	var cmd byte
	var nums []float64
	flush := func() error {
		if len(nums)%2 != 0 {
			return errPath
		}
		for i := 0; i < len(nums); i += 2 {
			switch {
			case cmd == 'M' && i == 0:
				cur = [][2]float64{{nums[0], nums[1]}}
			case cmd == 'l' && len(cur) > 0:
				p := cur[len(cur)-1]
				cur = append(cur, [2]float64{p[0] + nums[i], p[1] + nums[i+1]})
			default:
				return errPath
			}
		}
		nums = nums[:0]
		return nil
	}
	for i := 0; i < len(d); {
		c := d[i]
		switch {
		case c == 'M' || c == 'l' || c == 'z':
			if err := flush(); err != nil {
				return nil, fmt.Errorf("offset %d: %w", i, err)
			}
			cmd = c
			if c == 'z' {
				if len(cur) < 3 {
					return nil, fmt.Errorf("ring closed at offset %d with %d points: %w", i, len(cur), errPath)
				}
				rings = append(rings, cur)
				cur = nil
			}
			i++
		case c == ' ':
			i++
		default:
			j := i + 1
			for j < len(d) && (d[j] >= '0' && d[j] <= '9' || d[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(d[i:j], 64)
			if err != nil {
				return nil, fmt.Errorf("offset %d: %w", i, errPath)
			}
			nums = append(nums, v)
			i = j
		}
	}
	if cmd != 'z' || len(nums) > 0 {
		return nil, fmt.Errorf("path not closed: %w", errPath)
	}
	return rings, nil
}

// bbox is the bounding box of rings in viewBox units.
func bbox(rings [][][2]float64) (minX, minY, maxX, maxY float64) {
	minX, minY, maxX, maxY = 1e9, 1e9, -1e9, -1e9
	for _, r := range rings {
		for _, p := range r {
			minX, maxX = min(minX, p[0]), max(maxX, p[0])
			minY, maxY = min(minY, p[1]), max(maxY, p[1])
		}
	}
	return
}

// insideRings is the even-odd test the SVG fill rule applies.
func insideRings(rings [][][2]float64, x, y float64) bool {
	in := false
	for _, r := range rings {
		for i := range r {
			a, b := r[i], r[(i+1)%len(r)]
			if (a[1] > y) != (b[1] > y) && x < a[0]+(y-a[1])/(b[1]-a[1])*(b[0]-a[0]) {
				in = !in
			}
		}
	}
	return in
}

// area sums the areas of the rings (shoelace formula). Holes count as land
// here, which only matters for the few countries enclosing another, none of
// them small.
func area(rings [][][2]float64) float64 {
	var total float64
	for _, r := range rings {
		var s float64
		for i := range r {
			a, b := r[i], r[(i+1)%len(r)]
			s += a[0]*b[1] - b[0]*a[1]
		}
		total += math.Abs(s) / 2
	}
	return total
}
