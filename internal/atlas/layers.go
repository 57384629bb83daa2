package atlas

import (
	"bufio"
	"sort"
	"strconv"
)

// writeLand draws the countries without marks as one decorative layer.
func writeLand(b *bufio.Writer, wd *world, l layout) {
	b.WriteString(`<g class="atlas-countries" fill="` + landFill + `" stroke="` + borderLine + `" stroke-width="0.5" stroke-linejoin="round" fill-rule="evenodd" aria-hidden="true">` + "\n")
	for i := range wd.list {
		o := &wd.list[i]
		if o.d == "" || l.shades[o.ISO3] != nil {
			continue
		}
		b.WriteString(`<path class="atlas-land" d="`)
		b.WriteString(o.d)
		b.WriteString("\"/>\n")
	}
	b.WriteString("</g>\n")
}

// writeShades draws countries with marks, darker for more events relative
// to the busiest country, each as a link with a tooltip.
func writeShades(b *bufio.Writer, wd *world, l layout) {
	if len(l.shades) == 0 {
		return
	}
	top := 1
	for _, g := range l.shades {
		top = max(top, g.count)
	}
	b.WriteString(`<g class="atlas-shades" stroke="` + borderLine + `" stroke-width="0.5" stroke-linejoin="round" fill-rule="evenodd">` + "\n")
	for i := range wd.list {
		o := &wd.list[i]
		g := l.shades[o.ISO3]
		if g == nil {
			continue
		}
		step := shadeStep(g.count, top)
		openLink(b, g.href)
		b.WriteString("<title>")
		title := o.Name
		if len(g.labels) > 0 && !(len(g.labels) == 1 && g.labels[0] == o.Name) {
			title += ": " + joinLabels(g)
		}
		escape(b, title+" ("+events(g.count)+")")
		b.WriteString("</title>")
		b.WriteString(`<path class="atlas-land atlas-shade-` + strconv.Itoa(step) + `" fill="` + shadeFills[step-1] + `" d="`)
		b.WriteString(o.d)
		b.WriteString(`"/>`)
		closeLink(b, g.href)
	}
	b.WriteString("</g>\n")
}

// writeSpots draws the point marks, biggest first so small circles stay on
// top and clickable.
func writeSpots(b *bufio.Writer, l layout) {
	if len(l.spots) == 0 {
		return
	}
	spots := append([]*spot(nil), l.spots...)
	sort.SliceStable(spots, func(i, j int) bool { return spots[i].count > spots[j].count })
	b.WriteString(`<g class="atlas-marks" fill="` + markFill + `" fill-opacity="0.75" stroke="` + borderLine + `" stroke-width="0.8">` + "\n")
	for _, s := range spots {
		openLink(b, s.href)
		b.WriteString("<title>")
		label := joinLabels(&s.group)
		if label == "" {
			label = "Event location"
		}
		escape(b, label+" ("+events(s.count)+")")
		b.WriteString("</title>")
		b.WriteString(`<circle class="atlas-mark" cx="` + num(s.x) + `" cy="` + num(s.y) + `" r="` + num(radius(s.count)) + `"/>`)
		closeLink(b, s.href)
	}
	b.WriteString("</g>\n")
}
