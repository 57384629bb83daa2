package atlas

import (
	"slices"
	"testing"
)

// outlineRings decodes a country's path data back into absolute rings. The
// generator writes only M (absolute), l (relative) and z, so that is all
// this reads; anything else fails the test.
func outlineRings(t testing.TB, iso3 string) [][][2]float64 {
	t.Helper()
	w, err := loadWorld()
	if err != nil {
		t.Fatal(err)
	}
	o, ok := w.lookup(iso3)
	if !ok {
		t.Fatalf("no outline for %s", iso3)
	}
	rings, err := parsePath(o.d)
	if err != nil {
		t.Fatalf("%s path: %v", iso3, err)
	}
	return rings
}

func TestAllPathsParse(t *testing.T) {
	for _, c := range Countries() {
		if slices.Contains(missingStates, c.ISO3) {
			continue // drawn as a point
		}
		rings := outlineRings(t, c.ISO3)
		minX, minY, maxX, maxY := bbox(rings)
		if len(rings) == 0 || minX < -0.05 || minY < -0.05 || maxX > ViewWidth+0.05 || maxY > ViewHeight+0.05 {
			t.Errorf("%s: %d rings, box %.1f,%.1f..%.1f,%.1f outside the viewBox", c.ISO3, len(rings), minX, minY, maxX, maxY)
		}
		for _, r := range rings {
			if len(r) < 3 {
				t.Errorf("%s: ring with %d points", c.ISO3, len(r))
			}
		}
	}
}

func TestParsePath(t *testing.T) {
	tests := []struct {
		d     string
		rings int
		ok    bool
	}{
		{"M1 2l3 0 0 3-3 0z", 1, true},
		{"M1 2l3 0 0 3zM5 5l.5-.5 .5 .5z", 2, true},
		{"", 0, false},
		{"M1 2l3 0 0 3", 0, false},
		{"M1 2l3z", 0, false},
		{"M1z", 0, false},
		{"l1 1 1 1 1 1z", 0, false},
		{"M1 2L3 4 5 6z", 0, false},
		{"M1e5 2l3 0 0 3z", 0, false},
		{"M1 2l-.-. 0 3z", 0, false},
		{"M1 2l3 0 0 3NaNz", 0, false},
	}
	for _, tt := range tests {
		rings, err := parsePath(tt.d)
		if (err == nil) != tt.ok || len(rings) != tt.rings {
			t.Errorf("parsePath(%q) = %d rings, %v; want %d rings, ok %v", tt.d, len(rings), err, tt.rings, tt.ok)
		}
	}
}

func FuzzParsePath(f *testing.F) {
	f.Add("M1 2l3 0 0 3-3 0z")
	f.Add("M590.9 135.7l.2 0 .4-.7 2 .1z")
	f.Fuzz(func(t *testing.T, d string) {
		rings, err := parsePath(d)
		if err != nil {
			return
		}
		for _, r := range rings {
			if len(r) < 3 {
				t.Fatalf("parsePath(%q) returned a ring of %d points", d, len(r))
			}
		}
	})
}
