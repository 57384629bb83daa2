package timex

import (
	"math"
	"time"
)

// matchNumeric matches "2025-02-18", "18.02.2025", "02/18/2025".
func (f *finder) matchNumeric(i int) (match, bool) {
	a, s1, b, s2, c := f.tok(i), f.tok(i+1), f.tok(i+2), f.tok(i+3), f.tok(i+4)
	if s1.kind != tkPunct || b.kind != tkNum || s2.kind != tkPunct || c.kind != tkNum || s1.r != s2.r {
		return match{}, false
	}
	if s1.r != '-' && s1.r != '/' && s1.r != '.' {
		return match{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if !f.adjacent(k) {
			return match{}, false
		}
	}
	if !f.cleanLeft(i) || !f.cleanRight(i+5) || f.isPunct(i-1, s1.r) && f.adjacent(i) {
		return match{}, false
	}
	j := i + 5
	tn := f.clauseTense(i, j)
	if a.nd == 4 && b.nd <= 2 && c.nd <= 2 {
		if !validDate(a.num, b.num, c.num) {
			return match{}, false
		}
		return match{i: i, j: j, v: dayValue(dayOf(a.num, time.Month(b.num), c.num)), tense: tn, rule: "iso"}, true
	}
	if a.nd > 2 || b.nd > 2 || c.nd != 4 {
		return match{}, false
	}
	y := c.num
	dmOK, mdOK := validDate(y, b.num, a.num), validDate(y, a.num, b.num)
	dmDay := func() time.Time { return dayOf(y, time.Month(b.num), a.num) }
	mdDay := func() time.Time { return dayOf(y, time.Month(a.num), b.num) }
	out := match{i: i, j: j, tense: tn, rule: "numeric"}
	switch {
	case !dmOK && !mdOK:
		return match{}, false
	case dmOK && !mdOK:
		out.v = dayValue(dmDay())
	case mdOK && !dmOK:
		out.v = dayValue(mdDay())
	case a.num == b.num:
		out.v = dayValue(dmDay())
	case s1.r == '.':
		out.v, out.rule = dayValue(dmDay()), "numeric-dot"
	case f.an.order == DayFirst:
		out.v, out.rule = dayValue(dmDay()), "numeric-outlet-order"
	case f.an.order == MonthFirst:
		out.v, out.rule = dayValue(mdDay()), "numeric-outlet-order"
	case f.an.ok:
		d1, d2 := math.Abs(float64(days(f.an.day(), dmDay()))), math.Abs(float64(days(f.an.day(), mdDay())))
		out.rule = "numeric-nearest"
		switch {
		case d1 <= 60 && d2 > 60:
			out.v = dayValue(dmDay())
		case d2 <= 60 && d1 > 60:
			out.v = dayValue(mdDay())
		default:
			out.rule = "numeric-ambiguous"
		}
	default:
		out.rule = "numeric-ambiguous"
	}
	return out, true
}
