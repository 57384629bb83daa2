package atlas

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// countriesTSV holds the generated outlines; pointsTSV the hand-written
// label points of states too small to outline.
var (
	//go:embed countries.tsv
	countriesTSV string
	//go:embed points.tsv
	pointsTSV string
)

// tinyArea is the outline area, in square viewBox units (about 2.6 square
// degrees, a little less than the smallest circle), under which a shaded
// country is hard to see, so its country-level marks also get a circle.
const tinyArea = 20.0

// Country names one country the map can place marks in.
type Country struct {
	ISO3 string // ISO 3166-1 alpha-3 (XKX for Kosovo)
	Name string // everyday English name, e.g. "Russia"
}

// outline is one country as stored: its label point and SVG path data,
// which is empty for states drawn only as a point.
type outline struct {
	Country
	lat, lon float64
	d        string
	tiny     bool // outline area under tinyArea
}

// world is the parsed data; index maps ISO3 to a position in list.
type world struct {
	list  []outline
	index map[string]int
}

// loadWorld parses the embedded files once; the result is shared read-only.
var loadWorld = sync.OnceValues(func() (*world, error) { return parseWorld(countriesTSV, pointsTSV) })

// parseWorld reads the outline file (ISO3, name, label latitude, label
// longitude, path data) and the point file (the same without path data).
// Lines starting with '#' are comments.
func parseWorld(outlines, points string) (*world, error) {
	w := &world{index: map[string]int{}}
	for _, src := range []struct {
		name   string
		text   string
		fields int
	}{{"countries.tsv", outlines, 5}, {"points.tsv", points, 4}} {
		for n, line := range strings.Split(src.text, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			o, err := parseLine(line, src.fields)
			if err != nil {
				return nil, fmt.Errorf("atlas %s line %d: %w", src.name, n+1, err)
			}
			if _, dup := w.index[o.ISO3]; dup {
				return nil, fmt.Errorf("atlas %s line %d: duplicate %s", src.name, n+1, o.ISO3)
			}
			w.index[o.ISO3] = len(w.list)
			w.list = append(w.list, o)
		}
	}
	sort.Slice(w.list, func(i, j int) bool { return w.list[i].ISO3 < w.list[j].ISO3 })
	for i, o := range w.list {
		w.index[o.ISO3] = i
	}
	return w, nil
}

// parseLine reads one data row with the given number of columns.
func parseLine(line string, fields int) (outline, error) {
	f := strings.Split(line, "\t")
	if len(f) != fields {
		return outline{}, fmt.Errorf("%d fields, want %d", len(f), fields)
	}
	lat, err := parseDegrees(f[2], 90)
	if err != nil {
		return outline{}, fmt.Errorf("latitude: %w", err)
	}
	lon, err := parseDegrees(f[3], 180)
	if err != nil {
		return outline{}, fmt.Errorf("longitude: %w", err)
	}
	o := outline{Country: Country{ISO3: f[0], Name: f[1]}, lat: lat, lon: lon}
	if fields == 5 {
		rings, err := parsePath(f[4])
		if err != nil {
			return outline{}, fmt.Errorf("%s path: %w", f[0], err)
		}
		o.d, o.tiny = f[4], area(rings) < tinyArea
	}
	return o, nil
}

// parseDegrees reads an angle within ±limit.
func parseDegrees(s string, limit float64) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, err
	}
	if !(v >= -limit && v <= limit) {
		return 0, fmt.Errorf("%s out of range ±%v", s, limit)
	}
	return v, nil
}

// lookup finds a country by ISO3, tolerating case and surrounding space.
func (w *world) lookup(iso3 string) (*outline, bool) {
	i, ok := w.index[strings.ToUpper(strings.TrimSpace(iso3))]
	if !ok {
		return nil, false
	}
	return &w.list[i], true
}

// Countries lists every country the map can place a mark in, sorted by
// ISO3: the outlined ones and the small states drawn as a point. The slice
// is the caller's own.
func Countries() []Country {
	w, err := loadWorld()
	if err != nil {
		return nil
	}
	out := make([]Country, len(w.list))
	for i, o := range w.list {
		out[i] = o.Country
	}
	return out
}

// Centroid returns where a mark for an event known only by its country
// belongs: a point inside the country's main landmass (the centroid of its
// largest ring, moved inside when the shape is concave), or the capital of
// a state too small to outline. ok is false for codes the map does not know.
func Centroid(iso3 string) (lat, lon float64, ok bool) {
	w, err := loadWorld()
	if err != nil {
		return 0, 0, false
	}
	o, ok := w.lookup(iso3)
	if !ok {
		return 0, 0, false
	}
	return o.lat, o.lon, true
}
