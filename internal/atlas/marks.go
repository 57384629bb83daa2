package atlas

import (
	"math"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Limits that keep a tooltip readable whatever the caller passes in.
const (
	maxLabelRunes = 120 // one label is cut here
	maxLabels     = 5   // further labels become "and N more"
)

// group gathers the marks that share one circle or one country.
type group struct {
	count  int
	labels []string
	extra  int // labels beyond maxLabels
	href   string
}

// add folds one mark into the group: counts add up (saturating, so huge
// inputs cannot wrap negative), labels are kept once, the first usable link
// wins.
func (g *group) add(count int, label, href string) {
	if g.count > math.MaxInt-count {
		g.count = math.MaxInt
	} else {
		g.count += count
	}
	if label = cleanLabel(label); label != "" {
		known := false
		for _, l := range g.labels {
			known = known || l == label
		}
		switch {
		case known:
		case len(g.labels) < maxLabels:
			g.labels = append(g.labels, label)
		default:
			g.extra++
		}
	}
	if g.href == "" {
		g.href = safeHref(href)
	}
}

// spot is a point mark after merging marks at the same projected position.
type spot struct {
	x, y float64
	group
}

// layout is what Render draws: shaded countries by ISO3 and circles in
// input order of first appearance.
type layout struct {
	shades map[string]*group
	spots  []*spot
}

// arrange validates and merges marks. A mark with a usable point becomes
// (part of) a circle, and adds its count to its country's shade. A mark
// known only by country shades the country; if the outline is too small to
// see, or the state is drawn only as a point, it also gets a circle at the
// country's label point. Marks with neither a point nor a known country are
// dropped.
func arrange(w *world, marks []Mark) layout {
	l := layout{shades: map[string]*group{}}
	at := map[[2]int64]*spot{}
	addSpot := func(lat, lon float64, count int, label, href string) {
		x, y := Project(lat, lon)
		// Pin points beyond the crop (Antarctica, the high Arctic) inside
		// the edge so that their circle still shows.
		y = min(max(y, minRadius), ViewHeight-minRadius)
		x, y = round1(x), round1(y)
		key := [2]int64{int64(x * 10), int64(y * 10)}
		s := at[key]
		if s == nil {
			s = &spot{x: x, y: y}
			at[key] = s
			l.spots = append(l.spots, s)
		}
		s.add(count, label, href)
	}
	for _, m := range marks {
		count := max(m.Count, 1)
		point := m.HasPoint && validPoint(m.Lat, m.Lon)
		o, known := w.lookup(m.ISO3)
		if point {
			label := m.Label
			if known && strings.TrimSpace(label) == "" {
				label = o.Name
			}
			addSpot(m.Lat, m.Lon, count, label, m.Href)
		}
		if !known {
			continue
		}
		if o.d != "" {
			g := l.shades[o.ISO3]
			if g == nil {
				g = &group{}
				l.shades[o.ISO3] = g
			}
			if point {
				// The circle carries the label and link; a city's link would
				// mislead on the whole country.
				g.add(count, "", "")
				continue
			}
			g.add(count, m.Label, m.Href)
		}
		if !point && (o.d == "" || o.tiny) {
			label := m.Label
			if strings.TrimSpace(label) == "" {
				label = o.Name
			}
			addSpot(o.lat, o.lon, count, label, m.Href)
		}
	}
	return l
}

// validPoint rejects NaN, infinities and coordinates off the globe.
func validPoint(lat, lon float64) bool {
	return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
}

// round1 rounds to the one decimal the SVG is written with.
func round1(v float64) float64 { return math.Round(v*10) / 10 }

// cleanLabel makes a label safe to show: valid UTF-8, whitespace collapsed,
// length bounded. XML escaping happens when it is written.
func cleanLabel(s string) string {
	s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
	if utf8.RuneCountInString(s) <= maxLabelRunes {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:maxLabelRunes-1])) + "…"
}

// safeHref keeps relative links and http(s) URLs and drops anything else
// (javascript:, data:, unparsable), so a bad link degrades to no link.
func safeHref(h string) string {
	h = strings.TrimSpace(h)
	if h == "" || !utf8.ValidString(h) {
		return ""
	}
	u, err := url.Parse(h)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "", "http", "https":
		return h
	}
	return ""
}
