package atlas

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/kb"
)

func TestProjectCorners(t *testing.T) {
	tests := []struct {
		name     string
		lat, lon float64
		x, y     float64
	}{
		{"north-west corner", 84, -180, 0, 0},
		{"south-east corner", -60, 180, 1000, 400},
		{"null island", 0, 0, 500, 233.3},
		{"north pole above the crop", 90, 0, 500, -16.7},
		{"south pole below the crop", -90, 0, 500, 483.3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, y := Project(tt.lat, tt.lon)
			if math.Abs(x-tt.x) > 0.05 || math.Abs(y-tt.y) > 0.05 {
				t.Errorf("Project(%v, %v) = %.2f, %.2f, want %.1f, %.1f", tt.lat, tt.lon, x, y, tt.x, tt.y)
			}
		})
	}
	if ViewWidth != 1000 || ViewHeight != 400 {
		t.Errorf("viewBox %vx%v, want 1000x400", ViewWidth, ViewHeight)
	}
}

func TestCentroidInsideBoundingBox(t *testing.T) {
	for _, iso := range []string{"FRA", "USA", "RUS", "UKR", "TUR", "JPN", "BRA", "CHL", "NOR", "IDN"} {
		t.Run(iso, func(t *testing.T) {
			lat, lon, ok := Centroid(iso)
			if !ok {
				t.Fatalf("Centroid(%q) not found", iso)
			}
			rings := outlineRings(t, iso)
			x, y := Project(lat, lon)
			minX, minY, maxX, maxY := bbox(rings)
			if x < minX || x > maxX || y < minY || y > maxY {
				t.Errorf("Centroid(%s) = %.2f,%.2f projects to %.1f,%.1f outside box %.1f,%.1f..%.1f,%.1f", iso, lat, lon, x, y, minX, minY, maxX, maxY)
			}
		})
	}
}

// Every label point must fall on the country itself, not in a bay or a
// neighbour, or a country-level mark would be drawn in the wrong place.
func TestCentroidInsideOutline(t *testing.T) {
	for _, c := range Countries() {
		if slices.Contains(missingStates, c.ISO3) {
			continue
		}
		lat, lon, ok := Centroid(c.ISO3)
		if !ok {
			t.Errorf("Centroid(%s) missing", c.ISO3)
			continue
		}
		x, y := Project(lat, lon)
		if !insideRings(outlineRings(t, c.ISO3), x, y) {
			t.Errorf("Centroid(%s %s) = %.2f,%.2f lies outside its outline", c.ISO3, c.Name, lat, lon)
		}
	}
}

func TestCentroidLookup(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"FRA", true}, {" fra ", true}, {"XKX", true}, {"ATA", false}, {"", false}, {"MLT", true}, {"ZZZ", false}, {"\xff", false},
	}
	for _, tt := range tests {
		if _, _, ok := Centroid(tt.in); ok != tt.ok {
			t.Errorf("Centroid(%q) ok = %v, want %v", tt.in, ok, tt.ok)
		}
	}
}

func TestCountries(t *testing.T) {
	cs := Countries()
	if len(cs) < 170 {
		t.Fatalf("Countries() = %d entries, want the ~174 Natural Earth outlines", len(cs))
	}
	if !slices.IsSortedFunc(cs, func(a, b Country) int { return strings.Compare(a.ISO3, b.ISO3) }) {
		t.Error("Countries() not sorted by ISO3")
	}
	for _, c := range cs {
		if len(c.ISO3) != 3 || c.Name == "" || strings.ToUpper(c.ISO3) != c.ISO3 {
			t.Errorf("bad country %+v", c)
		}
	}
	cs[0].Name = "changed"
	if Countries()[0].Name == "changed" {
		t.Error("Countries() shares its backing array with the package")
	}
}

// missingStates are KB states that Natural Earth leaves out at 1:110m:
// island and city states too small for that scale. Their events still get
// point marks when they carry coordinates.
var missingStates = []string{
	"AND", "ATG", "BHR", "BRB", "COM", "CPV", "DMA", "FSM", "GRD", "KIR", "KNA", "LCA", "LIE",
	"MCO", "MDV", "MHL", "MLT", "MUS", "NRU", "PLW", "SGP", "SMR", "STP", "SYC", "TON", "TUV",
	"VAT", "VCT", "WSM",
}

func TestKBStatesHaveOutlines(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatalf("kb.Load: %v", err)
	}
	var missing []string
	w, err := loadWorld()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range k.States() {
		if o, ok := w.lookup(s.ISO3); !ok || o.d == "" {
			missing = append(missing, s.ISO3)
		}
	}
	slices.Sort(missing)
	if !slices.Equal(missing, missingStates) {
		t.Errorf("KB states without an outline:\n got %q\nwant %q", missing, missingStates)
	}
}

func TestParseWorldErrors(t *testing.T) {
	tests := []struct{ outlines, points string }{
		{"FRA\tFrance\t1\t2", ""},
		{"FRA\tFrance\tx\t2\tM0 0l1 0 0 1z", ""},
		{"FRA\tFrance\t1\ty\tM0 0l1 0 0 1z", ""},
		{"FRA\tFrance\t91\t2\tM0 0l1 0 0 1z", ""},
		{"FRA\tFrance\t1\tNaN\tM0 0l1 0 0 1z", ""},
		{"FRA\tFrance\t1\t2\tM0 0l1z", ""},
		{"", "MLT\tMalta\t35.9"},
		{"FRA\tFrance\t1\t2\tM0 0l1 0 0 1z", "FRA\tFrance\t1\t2"},
	}
	for _, tt := range tests {
		if _, err := parseWorld(tt.outlines, tt.points); err == nil {
			t.Errorf("parseWorld(%q, %q) = nil error", tt.outlines, tt.points)
		}
	}
	w, err := parseWorld("# c\nFRA\tFrance\t1\t2\tM0 0l1 0 0 1z\n", "MLT\tMalta\t35.9\t14.4\n")
	if err != nil || len(w.list) != 2 || !w.list[0].tiny || w.list[1].d != "" {
		t.Errorf("parseWorld on good input = %+v, %v", w, err)
	}
}

// Every KB state can take a mark: outlined ones at their centroid, the
// small ones at their capital. The hand-written points must agree with the
// KB's own capital coordinates.
func TestKBStatesHaveLabelPoints(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatalf("kb.Load: %v", err)
	}
	capitals := map[string][2]float64{}
	for _, p := range k.Places() {
		if p.Kind == "capital" {
			capitals[p.Country] = [2]float64{p.Lat, p.Lon}
		}
	}
	for _, s := range k.States() {
		lat, lon, ok := Centroid(s.ISO3)
		if !ok {
			t.Errorf("no label point for KB state %s", s.ISO3)
			continue
		}
		c, known := capitals[s.ISO3]
		if slices.Contains(missingStates, s.ISO3) && known && (lat == 0 && lon == 0 || math.Abs(c[0]-lat) > 1 || math.Abs(c[1]-lon) > 1) {
			t.Errorf("%s point %.2f,%.2f far from KB capital %.2f,%.2f", s.ISO3, lat, lon, c[0], c[1])
		}
	}
}
