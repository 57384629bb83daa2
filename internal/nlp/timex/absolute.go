package timex

import "time"

// Years accepted next to a month name, and alone after a preposition.
const (
	minYear, maxYear         = 1000, 2999
	minBareYear, maxBareYear = 1900, 2100
)

// dm is a day and month with an optional year (0 when absent).
type dm struct{ y, m, d int }

// monthAt reports the month named by token i and the index after it
// (skipping the dot of "Feb."). Month names that are also ordinary words
// (May, March) count only when capitalised.
func (f *finder) monthAt(i int) (int, uint8, int, bool) {
	t := f.tok(i)
	if t.kind != tkWord || t.lex.k != lkMonth {
		return 0, 0, 0, false
	}
	if t.lex.flags&flagCap != 0 && !t.cap {
		return 0, 0, 0, false
	}
	k := i + 1
	if t.lex.flags&flagAbbrev != 0 && f.isPunct(k, '.') && f.adjacent(k) {
		k++
	}
	return int(t.lex.v), t.lex.flags, k, true
}

// parseDM reads "18 February [2025]", "18th of February", "February 18[,
// 2025]" or "Feb. 18" at i.
func (f *finder) parseDM(i int) (dm, int, bool) {
	if d, k, ok := f.dayNum(i); ok {
		if w := f.tok(k); w.kind == tkWord && w.lex.k == lkOf {
			k++
		}
		m, _, k, ok := f.monthAt(k)
		if !ok || d > daysIn(2024, time.Month(m)) {
			return dm{}, 0, false
		}
		return f.withYear(dm{m: m, d: d}, k)
	}
	m, _, k, ok := f.monthAt(i)
	if !ok {
		return dm{}, 0, false
	}
	if f.tok(k).kind == tkWord && f.tok(k).lex.k == lkThe {
		k++
	}
	d, k, ok := f.dayNum(k)
	if !ok || d > daysIn(2024, time.Month(m)) {
		return dm{}, 0, false
	}
	return f.withYear(dm{m: m, d: d}, k)
}

// withYear completes a day and month that end before token k with the
// year that may follow them ("18 February, 2025"), and checks the date.
func (f *finder) withYear(r dm, k int) (dm, int, bool) {
	k2 := k
	if f.isPunct(k2, ',') {
		k2++
	}
	if y, e, ok := f.yearNum(k2, minYear, maxYear); ok {
		r.y, k = y, e
	}
	if r.y != 0 && !validDate(r.y, r.m, r.d) {
		return dm{}, 0, false
	}
	return r, k, true
}

// resolveDM turns a parsed day into a value, picking the year by tense when
// the text gives none.
func (f *finder) resolveDM(d dm, tn Tense) (Value, string) {
	if d.y != 0 {
		return dayValue(dayOf(d.y, time.Month(d.m), d.d)), "day-month-year"
	}
	if v, ok := resolveMonthDay(d.m, d.d, f.an, tn); ok {
		return v, "month-day-no-year"
	}
	return Value{}, "month-day-no-year"
}

// matchDate matches a single day with a month name.
func (f *finder) matchDate(i int) (match, bool) {
	d, k, ok := f.parseDM(i)
	if !ok {
		return match{}, false
	}
	tn := f.clauseTense(i, k)
	v, rule := f.resolveDM(d, tn)
	return match{i: i, j: k, v: v, tense: tn, rule: rule}, true
}

// isRangeSep reports a token joining the two ends of a range.
func (f *finder) isRangeSep(k int) bool {
	t := f.tok(k)
	switch t.kind {
	case tkPunct:
		return t.r == '-' || t.r == '–' || t.r == '—' || t.r == '‑'
	case tkWord:
		return t.lex.k == lkSep
	}
	return false
}

// matchRange matches "23-25 May", "May 23-25, 2025", "13 to 24 June",
// "May 23 and 25" and "13 May - 2 June 2025" starting at p.
func (f *finder) matchRange(p int) (match, bool) {
	left, q, lok := f.parseDM(p)
	lbare := false
	if !lok {
		d, k, ok := f.dayNum(p)
		if !ok {
			return match{}, false
		}
		left, q, lbare = dm{d: d}, k, true
	}
	if !f.isRangeSep(q) {
		return match{}, false
	}
	right, e, rok := f.parseDM(q + 1)
	if !rok {
		if lbare {
			return match{}, false
		}
		d, k, ok := f.dayNum(q + 1)
		if !ok || d <= left.d {
			return match{}, false
		}
		// "on May 5 and 6 people died": a count, not the end of a range.
		if n := f.tok(k); n.kind == tkWord && !n.cap && n.lex.k == lkNone && n.lex.tense == tmNone {
			return match{}, false
		}
		right, e = dm{m: left.m, d: d, y: left.y}, k
		k2 := e
		if f.isPunct(k2, ',') {
			k2++
		}
		if y, k3, ok := f.yearNum(k2, minYear, maxYear); ok && left.y == 0 {
			right.y, e = y, k3
			left.y = y
		}
	}
	leftYear := left.y != 0
	if lbare {
		if left.d >= right.d {
			return match{}, false
		}
		left.m, left.y = right.m, right.y
	}
	if left.y == 0 {
		left.y = right.y
	}
	if right.y == 0 {
		right.y = left.y
	}
	tn := f.clauseTense(p, e)
	var start time.Time
	switch {
	case left.y != 0:
		if !validDate(left.y, left.m, left.d) {
			return match{}, false
		}
		start = dayOf(left.y, time.Month(left.m), left.d)
	default:
		v, ok := resolveMonthDay(left.m, left.d, f.an, tn)
		if !ok {
			return match{i: p, j: e, tense: tn, rule: "range"}, true
		}
		start = v.Start
		right.y = start.Year()
	}
	if !validDate(right.y, right.m, right.d) {
		return match{}, false
	}
	end := dayOf(right.y, time.Month(right.m), right.d)
	if end.Before(start) {
		if !leftYear && !lbare && left.y == right.y {
			start = start.AddDate(-1, 0, 0)
		} else {
			end = end.AddDate(1, 0, 0)
		}
	}
	if end.Before(start) || days(start, end) > 366 {
		return match{}, false
	}
	return match{i: p, j: e, v: rangeValue(start, end), tense: tn, rule: "range"}, true
}
