package timex

// matchRelative matches the anchor-relative words and phrases: "yesterday",
// "tonight", "last night", "this morning", "last week", "earlier this
// month", "next year", "over the weekend", "the day before yesterday".
func (f *finder) matchRelative(i int) (match, bool) {
	k := i
	if t := f.tok(k); t.kind == tkWord && t.lex.k == lkPrep {
		k++
	}
	start := k
	the := false
	if t := f.tok(k); t.kind == tkWord && t.lex.k == lkThe {
		k++
		the = true
	}
	// "the day before yesterday", "the day after tomorrow".
	if the && f.tok(k).lex.k == lkUnit && f.tok(k).lex.v == unitDay {
		d := f.tok(k + 2)
		if d.lex.k == lkDayWord && (f.isWord(k+1, "before") && d.lex.v == -1 || f.isWord(k+1, "after") && d.lex.v == 1) {
			return f.dayOffset(start, k+3, int(d.lex.v)*2, "day-word"), true
		}
		return match{}, false
	}
	var edge, mod int8
	if t := f.tok(k); t.kind == tkWord && t.lex.k == lkMod && edgeMod(t.lex.v) {
		edge = t.lex.v
		k++
		if f.isPunct(k, '-', '‑') && f.adjacent(k) {
			k++
		}
	}
	if t := f.tok(k); t.kind == tkWord && t.lex.k == lkMod && !edgeMod(t.lex.v) {
		mod = t.lex.v
		k++
	}
	u := f.tok(k)
	if u.kind != tkWord {
		return match{}, false
	}
	switch u.lex.k {
	case lkDayWord:
		if the || mod != 0 || (edge != 0 && edge != modEarlier && edge != modLater) {
			return match{}, false
		}
		e := k + 1
		if p := f.tok(e); p.kind == tkWord && p.lex.k == lkDayPart {
			e++
		}
		return f.dayOffset(start, e, int(u.lex.v), "day-word"), true
	case lkDayPart:
		switch {
		case mod == modLast && f.isWord(k, "night"):
			return f.dayOffset(start, k+1, -1, "last-night"), true
		case mod == modThis:
			return f.dayOffset(start, k+1, 0, "this-daypart"), true
		}
		return match{}, false
	case lkWeekend:
		return f.weekend(start, k+1, mod, the)
	case lkUnit:
	default:
		return match{}, false
	}
	if the && mod != modComing && mod != modPast || mod == 0 || mod == modPast {
		return match{}, false
	}
	if f.isWord(k, "weeks", "months", "years", "days", "hours") {
		return match{}, false
	}
	off := 0
	switch mod {
	case modLast:
		off = -1
	case modNext, modComing:
		off = 1
	}
	label := "this"
	if off < 0 {
		label = "last"
	} else if off > 0 {
		label = "next"
	}
	out := match{i: start, j: k + 1, tense: f.clauseTense(start, k+1)}
	switch u.lex.v {
	case unitWeek:
		out.rule = label + "-week"
		if f.an.ok {
			out.v = weekValue(f.an.day().AddDate(0, 0, 7*off))
		}
	case unitMonth:
		out.rule = label + "-month"
		if f.an.ok {
			first := f.an.day().AddDate(0, 0, 1-f.an.day().Day()).AddDate(0, off, 0)
			out.v = monthValue(first.Year(), first.Month())
		}
	case unitYear:
		out.rule = label + "-year"
		if f.an.ok {
			out.v = yearValue(f.an.day().Year() + off)
		} else if f.an.year > 0 {
			out.v = yearValue(f.an.year + off)
		}
	default:
		return match{}, false
	}
	return out, true
}

// dayOffset builds a match for a day a fixed number of days from the anchor.
func (f *finder) dayOffset(i, j, off int, rule string) match {
	out := match{i: i, j: j, tense: f.clauseTense(i, j), rule: rule}
	if f.an.ok {
		out.v = dayValue(f.an.day().AddDate(0, 0, off))
	}
	return out
}

// matchAgo matches "three days ago", "a week ago", "two years ago".
func (f *finder) matchAgo(i int) (match, bool) {
	n, ok := f.numberAt(i)
	u, a := f.tok(i+1), f.tok(i+2)
	if !ok || u.kind != tkWord || u.lex.k != lkUnit || a.lex.k != lkAgo || n > 5000 {
		return match{}, false
	}
	out := match{i: i, j: i + 3, tense: Past}
	switch u.lex.v {
	case unitHour:
		out.rule = "hours-ago"
		if f.an.ok {
			out.v = dayValue(f.an.day().AddDate(0, 0, -(n / 24)))
		}
	case unitDay:
		out.rule = "days-ago"
		if f.an.ok {
			out.v = dayValue(f.an.day().AddDate(0, 0, -n))
		}
	case unitWeek:
		out.rule = "weeks-ago"
		if f.an.ok {
			out.v = weekValue(f.an.day().AddDate(0, 0, -7*n))
		}
	case unitMonth:
		out.rule = "months-ago"
		if f.an.ok {
			first := f.an.day().AddDate(0, 0, 1-f.an.day().Day()).AddDate(0, -n, 0)
			out.v = monthValue(first.Year(), first.Month())
		}
	case unitYear:
		out.rule = "years-ago"
		if f.an.ok {
			out.v = yearValue(f.an.day().Year() - n)
		}
	}
	return out, true
}

// matchPastHours matches "in the past 24 hours", "over the last 48 hours"
// and "in the past three days": the days up to and including the anchor.
func (f *finder) matchPastHours(i int) (match, bool) {
	t, m := f.tok(i+1), f.tok(i+2)
	if t.lex.k != lkThe || m.lex.k != lkMod || (m.lex.v != modPast && m.lex.v != modLast) {
		return match{}, false
	}
	n, ok := f.numberAt(i + 3)
	u := f.tok(i + 4)
	if !ok || n < 1 || n > 1000 || u.kind != tkWord || u.lex.k != lkUnit {
		return match{}, false
	}
	back := 0
	switch u.lex.v {
	case unitHour:
		back = (n+23)/24 - 1
	case unitDay:
		back = n
	default:
		return match{}, false
	}
	out := match{i: i + 1, j: i + 5, tense: Past, rule: "past-hours"}
	if u.lex.v == unitDay {
		out.rule = "past-days"
	}
	if f.an.ok {
		out.v = rangeValue(f.an.day().AddDate(0, 0, -back), f.an.day())
	}
	return out, true
}
