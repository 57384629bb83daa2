package atlas

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Presentation defaults, so the map reads well with no stylesheet at all;
// page CSS on the atlas-* classes overrides them.
const (
	seaFill    = "#f2f5f8"
	landFill   = "#dedbd2"
	borderLine = "#ffffff"
	markFill   = "#c2410c"
)

// shadeFills are the five shading steps, light to dark, of one blue.
var shadeFills = [5]string{"#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"}

// Circle radii in viewBox units: one event is still visible at small widths,
// and a hotspot cannot swallow a continent.
const (
	minRadius = 3.5
	maxRadius = 30.0
)

// defaultTitle names the map for assistive technology when Options.Title is
// empty.
const defaultTitle = "World map of event locations"

// Render writes one <svg> element (no XML prolog) with all country
// outlines, countries with marks shaded by their total count (a few steps
// of one colour), a circle per point mark (radius by sqrt(count), min
// visible size), each mark wrapped in <a href> with <title>. All text is
// escaped. There are no scripts, inline event handlers or external
// references; styling goes through class names (atlas-land,
// atlas-shade-1..5, atlas-mark) plus presentation attributes so it looks
// right without CSS too.
//
// Marks with an unusable point (NaN, infinite, off the globe) only shade
// their country; marks at the same projected point are merged (counts
// summed, labels joined, first link kept).
func Render(w io.Writer, marks []Mark, opt Options) error {
	wd, err := loadWorld()
	if err != nil {
		return fmt.Errorf("atlas: load outlines: %w", err)
	}
	l := arrange(wd, marks)
	b := bufio.NewWriterSize(w, 16<<10)
	writeOpen(b, opt)
	writeLand(b, wd, l)
	writeShades(b, wd, l)
	writeSpots(b, l)
	b.WriteString("</svg>\n")
	if err := b.Flush(); err != nil {
		return fmt.Errorf("atlas: write svg: %w", err)
	}
	return nil
}

// writeOpen writes the <svg> start tag, the map title and the sea.
func writeOpen(b *bufio.Writer, opt Options) {
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" class="atlas" viewBox="0 0 `)
	b.WriteString(num(ViewWidth) + " " + num(ViewHeight) + `"`)
	if opt.Width > 0 {
		b.WriteString(` width="` + strconv.Itoa(opt.Width) + `" height="` + strconv.Itoa(int(math.Round(float64(opt.Width)*ViewHeight/ViewWidth))) + `"`)
	} else {
		b.WriteString(` width="100%"`)
	}
	b.WriteString(` preserveAspectRatio="xMidYMid meet">` + "\n<title>")
	title := cleanLabel(opt.Title)
	if title == "" {
		title = defaultTitle
	}
	escape(b, title)
	b.WriteString("</title>\n")
	b.WriteString(`<rect class="atlas-sea" x="0" y="0" width="` + num(ViewWidth) + `" height="` + num(ViewHeight) + `" fill="` + seaFill + `"/>` + "\n")
}

// openLink starts a mark's wrapper: a link when there is a target, else a
// plain group that still carries the tooltip.
func openLink(b *bufio.Writer, href string) {
	if href == "" {
		b.WriteString("<g>")
		return
	}
	b.WriteString(`<a href="`)
	escape(b, href)
	b.WriteString(`">`)
}

func closeLink(b *bufio.Writer, href string) {
	if href == "" {
		b.WriteString("</g>\n")
		return
	}
	b.WriteString("</a>\n")
}

// shadeStep buckets a count into 1..5 by the square root of its share of
// the top count, the same scale the circles use.
func shadeStep(count, top int) int {
	s := int(math.Ceil(5 * math.Sqrt(float64(count)/float64(top))))
	return min(max(s, 1), 5)
}

// radius grows with the square root of the count, so circle area tracks
// the number of events.
func radius(count int) float64 {
	return round1(min(max(minRadius*math.Sqrt(float64(count)), minRadius), maxRadius))
}

// joinLabels lists a group's labels for a tooltip.
func joinLabels(g *group) string {
	s := strings.Join(g.labels, "; ")
	if g.extra > 0 {
		s += fmt.Sprintf("; and %d more", g.extra)
	}
	return s
}

// events words a count for a tooltip.
func events(n int) string {
	if n == 1 {
		return "1 event"
	}
	return strconv.Itoa(n) + " events"
}

// num formats a viewBox coordinate with at most one decimal.
func num(v float64) string { return strconv.FormatFloat(round1(v), 'f', -1, 64) }

// escape writes s as XML character data or attribute text. encoding/xml
// also replaces characters XML cannot carry (NUL, stray control bytes,
// invalid UTF-8) with U+FFFD, so hostile input cannot break the document.
func escape(b *bufio.Writer, s string) {
	_ = xml.EscapeText(b, []byte(s)) // bufio keeps the first write error for Flush
}
