package meta

import (
	"fmt"
	"strings"
	"time"
)

// attachClock pairs the date with the time of day written right after it
// ("21 February 2025, 08:35", "2025-02-21T08:35Z") or, failing that, right
// before it ("3:45 PM EST, Fri February 21, 2025").
func (sc *scanner) attachClock(e *dateExpr, first, next int, clocks []clockExpr) {
	after := sc.skip(next, 4, func(t token) bool {
		if t.kind == tkSpace || t.kind == tkPunct && strings.Contains(",-–—/@•·|[(", t.s) {
			return true // "09.08.2025 [10:41]" brackets the time
		}
		switch strings.ToLower(t.s) {
		case "at", "um", "à", "a", "о", "в", "t":
			return t.kind == tkWord
		}
		return false
	})
	for ci := range clocks {
		if clocks[ci].startTok == after {
			e.clock = &clocks[ci]
			e.end = sc.tok(clocks[ci].endTok - 1).end
			return
		}
	}
	for ci := len(clocks) - 1; ci >= 0; ci-- {
		c := &clocks[ci]
		if c.endTok > first {
			continue
		}
		if sc.skip(c.endTok, 4, func(t token) bool {
			return t.kind == tkSpace || t.kind == tkPunct && strings.Contains(",-–—/", t.s)
		}) == first {
			e.clock = c
			e.start = sc.tok(c.startTok).start
		}
		break
	}
}

// clocks finds the times of day in the line, each with its printed zone.
func (sc *scanner) clocks() []clockExpr {
	var out []clockExpr
	for i := 0; i < len(sc.toks); i++ {
		if c, ok := sc.clockAt(i); ok {
			out = append(out, c)
			i = c.endTok - 1
		}
	}
	return out
}

func (sc *scanner) clockAt(i int) (clockExpr, bool) {
	h, ok := sc.num(i, 1, 2)
	if !ok || sc.isPunct(i-1, ":.") && sc.tok(i-2).kind == tkNum {
		return clockExpr{}, false
	}
	c := clockExpr{startTok: i, hour: h}
	j := i + 1
	hasMin := false
	if sc.isPunct(j, ":") {
		if mi, ok := sc.num(j+1, 2, 2); ok {
			c.min, hasMin, j = mi, true, j+2
			if sc.isPunct(j, ":") {
				if _, ok := sc.num(j+1, 2, 2); ok {
					j += 2
					if sc.isPunct(j, ".,") && sc.tok(j+1).kind == tkNum {
						j += 2
					}
				}
			}
		}
	}
	k := sc.skip(j, 1, func(t token) bool { return t.kind == tkSpace })
	if pm, end, ok := sc.ampm(k); ok {
		if c.hour < 1 || c.hour > 12 {
			return clockExpr{}, false
		}
		c.hour %= 12
		if pm {
			c.hour += 12
		}
		j = end
	} else if !hasMin {
		return clockExpr{}, false
	}
	if c.hour > 23 || c.min > 59 {
		return clockExpr{}, false
	}
	j = sc.skip(j, 3, func(t token) bool { return t.kind == tkSpace || t.s == "Uhr" || t.s == "hrs" })
	c.endTok = j
	if end, ok := sc.zoneAt(j, &c); ok {
		c.endTok = end
	}
	// Do not end on trailing space.
	for c.endTok > c.startTok+1 && sc.tok(c.endTok-1).kind == tkSpace {
		c.endTok--
	}
	return c, true
}

func (sc *scanner) ampm(j int) (pm bool, end int, ok bool) {
	t := sc.tok(j)
	if t.kind != tkWord {
		return false, j, false
	}
	switch strings.ToLower(t.s) {
	case "am", "pm":
		end = j + 1
		if sc.isPunct(end, ".") && sc.tok(end+1).kind != tkNum {
			end++
		}
		return strings.EqualFold(t.s, "pm"), end, true
	case "a", "p":
		if sc.isPunct(j+1, ".") && strings.EqualFold(sc.tok(j+2).s, "m") {
			end = j + 3
			if sc.isPunct(end, ".") {
				end++
			}
			return strings.EqualFold(t.s, "p"), end, true
		}
	}
	return false, j, false
}

// zoneAt reads a zone at token j: an abbreviation ("IST", "(CET)"), a
// numeric offset ("+05:30", "-0500"), both ("GMT+5:30"), or an ISO "Z".
func (sc *scanner) zoneAt(j int, c *clockExpr) (int, bool) {
	paren := sc.isPunct(j, "(")
	if paren {
		j++
	}
	t := sc.tok(j)
	end := -1
	if t.kind == tkWord {
		z, ok := zones[t.s]
		if ok && (t.s != "Z" || j > 0 && sc.tok(j-1).end == t.start) {
			c.zoneName, c.zone, c.zoneOrder = t.s, z.loc(t.s), z.order
			end = j + 1
			if t.s == "GMT" || t.s == "UTC" || t.s == "UT" {
				k := sc.skip(end, 1, func(t token) bool { return t.kind == tkSpace })
				if off, e2, ok := sc.offsetAt(k); ok {
					c.zoneName = t.s + formatOffset(off)
					c.zone = time.FixedZone(c.zoneName, off)
					c.zoneOrder = Unknown
					end = e2
				}
			}
		}
	} else if off, e2, ok := sc.offsetAt(j); ok {
		c.zoneName = formatOffset(off)
		c.zone = time.FixedZone("", off)
		end = e2
	}
	if end < 0 {
		return 0, false
	}
	if paren && sc.isPunct(end, ")") {
		end++
	}
	return end, true
}

func (sc *scanner) offsetAt(j int) (int, int, bool) {
	sign := 0
	switch sc.tok(j).s {
	case "+":
		sign = 1
	case "-", "−", "–":
		sign = -1
	default:
		return 0, j, false
	}
	t := sc.tok(j + 1)
	if t.kind != tkNum {
		return 0, j, false
	}
	var h, m int
	end := j + 2
	switch len(t.s) {
	case 4:
		h, m = atoi(t.s[:2]), atoi(t.s[2:])
	case 1, 2:
		h = atoi(t.s)
		if sc.isPunct(end, ":") {
			mm, ok := sc.num(end+1, 2, 2)
			if !ok {
				return 0, j, false
			}
			m, end = mm, end+2
		}
	default:
		return 0, j, false
	}
	if h > 14 || m > 59 {
		return 0, j, false
	}
	return sign * (h*3600 + m*60), end, true
}

func formatOffset(off int) string {
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("%c%02d:%02d", sign, off/3600, off/60%60)
}
