package ui

import (
	"bytes"
	"cmp"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/atlas"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/merge"
)

type mapView struct {
	Form            filterForm
	Problem         string
	SVG             template.HTML // atlas.Render output: generated markup, its text escaped by atlas
	Places          []placeRow
	Total, Unplaced int
}

// placeRow is one place of the map's table, the accessible alternative to
// the drawing.
type placeRow struct {
	Name, Country, Href string
	Count               int
	iso3                string
}

func (h *handler) mapPage(w http.ResponseWriter, r *http.Request) {
	q, form := h.parseFilters(r.URL.Query(), "/map")
	form.Names = h.suggestions(r.Context())
	v := mapView{Form: form}
	evs, err := h.rec.Events(r.Context(), q)
	if err != nil {
		if status, msg, ok := userError(err); ok {
			v.Problem = msg
			h.render(w, r, status, "map", page{Title: "Map", Nav: "map", D: v})
			return
		}
		h.fail(w, r, "Map", err)
		return
	}
	v.Places, v.Unplaced = h.places(evs)
	marks := make([]atlas.Mark, 0, len(v.Places))
	for _, p := range v.Places {
		v.Total += p.Count
		marks = append(marks, h.markOf(p))
	}
	var buf bytes.Buffer
	if err := atlas.Render(&buf, marks, atlas.Options{Title: "Map of event places"}); err != nil {
		h.serverError(w, r, err)
		return
	}
	v.SVG = template.HTML(buf.String())
	h.render(w, r, http.StatusOK, "map", page{Title: "Map", Nav: "map", D: v})
}

// places counts events by place (name and country), busiest first.
func (h *handler) places(evs []merge.Event) ([]placeRow, int) {
	at := map[string]*placeRow{}
	var order []string
	unplaced := 0
	for _, e := range evs {
		loc := e.Location
		if loc == nil || (loc.Name == "" && loc.Country == "") {
			unplaced++
			continue
		}
		key := kb.Fold(loc.Name) + "|" + strings.ToUpper(loc.Country)
		p := at[key]
		if p == nil {
			name, filter := loc.Name, loc.Name
			if name == "" {
				name, filter = h.rec.StateName(loc.Country), loc.Country
			}
			p = &placeRow{Name: name, iso3: strings.ToUpper(loc.Country),
				Href: "/timeline?" + url.Values{"place": {filter}}.Encode()}
			if loc.Country != "" {
				p.Country = h.rec.StateName(loc.Country)
			}
			at[key] = p
			order = append(order, key)
		}
		p.Count++
	}
	out := make([]placeRow, 0, len(order))
	for _, k := range order {
		out = append(out, *at[k])
	}
	slices.SortStableFunc(out, func(a, b placeRow) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Name, b.Name))
	})
	return out, unplaced
}

// markOf places a row on the map: at the knowledge base's coordinates of
// the place, else at its country's centre when it names somewhere inside
// the country; a place that is the country itself only shades it.
func (h *handler) markOf(p placeRow) atlas.Mark {
	m := atlas.Mark{ISO3: p.iso3, Label: p.Name, Count: p.Count, Href: p.Href}
	if kp, ok := h.rec.KB().Place(p.Name); ok {
		m.Lat, m.Lon, m.HasPoint = kp.Lat, kp.Lon, true
		if m.ISO3 == "" {
			m.ISO3 = kp.Country
		}
		return m
	}
	if p.iso3 != "" && kb.Fold(p.Name) != kb.Fold(p.Country) {
		if lat, lon, ok := atlas.Centroid(p.iso3); ok {
			m.Lat, m.Lon, m.HasPoint = lat, lon, true
		}
	}
	return m
}
