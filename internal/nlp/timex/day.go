package timex

import "time"

// matchDayOfMonth matches "on the 18th" when no month follows.
func (f *finder) matchDayOfMonth(i int) (match, bool) {
	// Only after a preposition of time: "the 21st century", "the 5th Army"
	// and "the 18th floor" are not dates.
	if !f.isWord(i, "on", "by", "until", "till", "since", "before", "after", "from") {
		return match{}, false
	}
	k := i + 1
	start := k
	if t := f.tok(k); t.kind != tkWord || t.lex.k != lkThe {
		return match{}, false
	}
	k++
	n, o := f.tok(k), f.tok(k+1)
	if n.kind != tkNum || o.kind != tkWord || o.lex.k != lkOrdinal || !f.adjacent(k+1) {
		return match{}, false
	}
	if _, _, ok := f.parseDM(k); ok {
		return match{}, false
	}
	d, e, ok := f.dayNum(k)
	if !ok {
		return match{}, false
	}
	if n := f.tok(e); n.kind == tkWord && !n.cap && n.lex.k == lkNone && n.lex.tense == tmNone && !n.ed {
		return match{}, false
	}
	tn := f.clauseTense(start, e)
	v, ok := resolveDayOfMonth(d, f.an, tn)
	if !ok {
		v = Value{}
	}
	return match{i: start, j: e, v: v, tense: tn, rule: "day-of-month"}, true
}

// matchWeekdayDate matches "Sunday, May 18" or "Sunday 18.05.2025": the date
// decides, and the weekday picks the year when the text gives none.
func (f *finder) matchWeekdayDate(i int) (match, bool) {
	k := i + 1
	if f.isPunct(k, ',') {
		k++
	}
	if t := f.tok(k); t.kind == tkWord && t.lex.k == lkThe {
		k++
	}
	if m, ok := f.matchNumeric(k); ok {
		m.i, m.rule = i, "weekday-"+m.rule
		return m, true
	}
	d, e, ok := f.parseDM(k)
	if !ok {
		return match{}, false
	}
	tn := f.clauseTense(i, e)
	wd := time.Weekday(f.t[i].lex.v)
	if d.y == 0 && f.an.ok {
		for _, y := range [3]int{f.an.day().Year(), f.an.day().Year() - 1, f.an.day().Year() + 1} {
			if !validDate(y, d.m, d.d) {
				continue
			}
			c := dayOf(y, time.Month(d.m), d.d)
			if c.Weekday() == wd && abs(days(f.an.day(), c)) <= 200 {
				return match{i: i, j: e, v: dayValue(c), tense: tn, rule: "weekday-date"}, true
			}
		}
	}
	v, _ := f.resolveDM(d, tn)
	return match{i: i, j: e, v: v, tense: tn, rule: "weekday-date"}, true
}

// matchEve matches "the eve of <date>": the day before that date.
func (f *finder) matchEve(i int) (match, bool) {
	if f.tok(i+1).lex.k != lkEve || f.tok(i+2).lex.k != lkOf || f.tok(i+3).kind == tkNone {
		return match{}, false
	}
	sub, ok := f.matchDayExpr(i + 3)
	if !ok {
		return match{}, false
	}
	out := match{i: i, j: sub.j, tense: sub.tense, rule: "eve-of"}
	switch sub.v.Precision {
	case Day:
		d := sub.v.Start.AddDate(0, 0, -1)
		out.v = dayValue(d)
	case None:
	default:
		return match{}, false
	}
	return out, true
}

// matchDayExpr matches the day-level expressions "the eve of" can govern.
func (f *finder) matchDayExpr(i int) (match, bool) {
	if m, ok := f.matchNumeric(i); ok {
		return m, true
	}
	if m, ok := f.matchDate(i); ok {
		return m, true
	}
	if m, ok := f.matchWeekdayDate(i); ok {
		return m, true
	}
	if m, ok := f.matchWeekday(i); ok {
		return m, true
	}
	return f.matchRelative(i)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
