package timex

import "time"

// matchWeekday matches "Sunday", "last Friday", "next Monday", "this
// Thursday", "Monday night".
func (f *finder) matchWeekday(i int) (match, bool) {
	k := i
	var mod int8
	if t := f.tok(k); t.kind == tkWord && t.lex.k == lkMod {
		mod = t.lex.v
		if mod != modLast && mod != modNext && mod != modThis && mod != modComing {
			return match{}, false
		}
		k++
	}
	w := f.tok(k)
	if w.kind != tkWord || w.lex.k != lkWeekday {
		return match{}, false
	}
	// "The Sunday Times", "the Monday meeting": a name or a modifier.
	if mod == 0 && f.tok(k-1).lex.k == lkThe {
		return match{}, false
	}
	// Russian "среду" is also "environment": only "в среду", "у середу".
	if w.lex.flags&flagCyr != 0 && (mod != 0 || f.tok(k-1).lex.k != lkPrep) {
		return match{}, false
	}
	k++
	if t := f.tok(k); t.kind == tkWord && t.lex.k == lkDayPart {
		k++
	}
	tn := f.clauseTense(i, k)
	dir, strict, rule := -1, false, "weekday-past"
	switch {
	case mod == modLast:
		strict, rule = true, "weekday-last"
	case mod == modNext || mod == modComing:
		dir, strict, rule = 1, true, "weekday-next"
	case tn == Future, mod == modThis && tn != Past:
		dir, rule = 1, "weekday-future"
	case tn == TenseUnknown:
		rule = "weekday-unknown"
	}
	out := match{i: i, j: k, tense: tn, rule: rule}
	if f.an.ok {
		out.v = dayValue(resolveWeekday(time.Weekday(w.lex.v), f.an.day(), dir, strict))
	}
	return out, true
}

// weekend resolves "over the weekend", "this weekend", "last weekend", "next
// weekend" to a Saturday-Sunday range.
func (f *finder) weekend(i, j int, mod int8, the bool) (match, bool) {
	if !the && mod == 0 {
		return match{}, false
	}
	tn := f.clauseTense(i, j)
	out := match{i: i, j: j, tense: tn}
	past := mod == modLast || mod == 0 && tn != Future || mod == modThis && tn == Past || mod == modPast
	switch {
	case past:
		out.rule = "weekend-past"
		if f.an.ok {
			sun := resolveWeekday(time.Sunday, f.an.day(), -1, false)
			if mod == modLast && days(sun, f.an.day()) < 1 {
				sun = sun.AddDate(0, 0, -7)
			}
			out.v = rangeValue(sun.AddDate(0, 0, -1), sun)
		}
	default:
		out.rule = "weekend-future"
		if f.an.ok {
			sat := resolveWeekday(time.Saturday, f.an.day(), 1, mod == modNext)
			out.v = rangeValue(sat, sat.AddDate(0, 0, 1))
		}
	}
	return out, true
}
