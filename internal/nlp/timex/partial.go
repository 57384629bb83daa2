package timex

import "time"

// edgeMod reports the early/late/mid modifiers that narrow a period without
// moving it ("early March", "late last year").
func edgeMod(v int8) bool {
	return v == modEarly || v == modLate || v == modMid || v == modEarlier || v == modLater
}

// matchMonthOnly matches "in March", "March 2022", "early May", "last
// March", "у березні", "в марте 2022 года".
func (f *finder) matchMonthOnly(i int) (match, bool) {
	k, start := i, i
	prefixed := false
	if t := f.tok(k); t.kind == tkWord && (t.lex.k == lkPrep || t.lex.k == lkOf) {
		k++
		start = k
		prefixed = true
	}
	if t := f.tok(k); t.kind == tkWord && t.lex.k == lkThe {
		k++
	}
	var mod int8
	if t := f.tok(k); t.kind == tkWord && t.lex.k == lkMod {
		mod = t.lex.v
		if !edgeMod(mod) && mod != modLast && mod != modNext && mod != modThis {
			return match{}, false
		}
		if !prefixed {
			start = k
		}
		k++
		prefixed = true
		if f.isPunct(k, '-', '‑') && f.adjacent(k) {
			k++
		}
	}
	if t := f.tok(k); t.kind == tkWord && t.lex.k == lkOf && prefixed {
		k++
	}
	mi := k
	m, flags, k, ok := f.monthAt(k)
	if !ok {
		return match{}, false
	}
	if !prefixed || mod == 0 {
		start = mi
	}
	if _, _, ok := f.parseDM(mi); ok {
		return match{}, false
	}
	// "29 February 2023" is an impossible day, not a month.
	if p := f.tok(mi - 1); p.kind == tkNum && p.nd <= 2 || p.lex.k == lkOrdinal {
		return match{}, false
	}
	k2 := k
	if w := f.tok(k2); w.kind == tkWord && w.lex.k == lkOf {
		k2++
	} else if f.isPunct(k2, ',') {
		k2++
	}
	if y, e, ok := f.yearNum(k2, minYear, maxYear); ok {
		tn := f.clauseTense(start, e)
		return match{i: start, j: e, v: monthValue(y, time.Month(m)), tense: tn, rule: "month-year"}, true
	}
	if !prefixed || flags&flagAbbrev != 0 {
		return match{}, false
	}
	if flags&flagCyr == 0 && !f.tok(mi).cap {
		return match{}, false
	}
	tn := f.clauseTense(start, k)
	rule := "month-tense"
	mres := 0
	switch mod {
	case modLast:
		rule, mres = "month-last", modLast
	case modNext:
		rule, mres = "month-next", modNext
	case modThis:
		rule, mres = "month-this", modThis
	}
	v, ok := resolveMonth(m, f.an, tn, mres)
	if !ok {
		v = Value{}
	}
	return match{i: start, j: k, v: v, tense: tn, rule: rule}, true
}

// matchMonthRange matches "January–March 2025" and "from March to May 2024":
// a range of months, the year written after the second.
func (f *finder) matchMonthRange(i int) (match, bool) {
	m1, _, k, ok := f.monthAt(i)
	if !ok || !f.isRangeSep(k) {
		return match{}, false
	}
	m2, _, k, ok := f.monthAt(k + 1)
	if !ok {
		return match{}, false
	}
	k2 := k
	if f.isPunct(k2, ',') {
		k2++
	}
	y, e, ok := f.yearNum(k2, minYear, maxYear)
	if !ok {
		return match{}, false
	}
	y1 := y
	if m1 > m2 {
		y1--
	}
	v := monthValue(y1, time.Month(m1))
	v.End = monthValue(y, time.Month(m2)).Start
	return match{i: i, j: e, v: v, tense: f.clauseTense(i, e), rule: "month-range"}, true
}

// matchYear matches "in 2014", "since 2019", "early 2025", "у 2014 році".
func (f *finder) matchYear(i int) (match, bool) {
	k, start := i, i
	t := f.tok(k)
	prefixed := false
	if t.kind == tkWord && t.lex.k == lkPrep {
		k++
		start = k
		prefixed = true
		t = f.tok(k)
	}
	if t.kind == tkWord && t.lex.k == lkMod {
		if !edgeMod(t.lex.v) {
			return match{}, false
		}
		if !prefixed {
			start = k
		}
		k++
		prefixed = true
		if f.isPunct(k, '-', '‑') && f.adjacent(k) {
			k++
		}
	}
	if !prefixed {
		return match{}, false
	}
	yi := k
	y, e, ok := f.yearNum(k, minBareYear, maxBareYear)
	if !ok {
		return match{}, false
	}
	if start > yi || f.tok(start).lex.k != lkMod {
		start = yi
	}
	v, rule := yearValue(y), "year"
	// "between 2014 and 2022", "in 2022-2023": a range of years.
	if f.isRangeSep(e) {
		if y2, e2, ok := f.yearNum(e+1, minBareYear, maxBareYear); ok && y2 > y {
			v.End, e, rule = yearValue(y2).Start, e2, "year-range"
		}
	}
	return match{i: start, j: e, v: v, tense: f.clauseTense(start, e), rule: rule}, true
}
