package meta

import (
	"strings"
)

// dateAt recognises a date starting at token i and returns it with the
// index of the token after it. The shapes are those news pages use:
// 2025-02-21 (also 2025年2月21日), 21.02.2025 / 02-21-2025 / 21/02/25,
// 21 February 2025 / 21-Feb-2025 / 21 лютого 2025 / 21 de febrero de 2025,
// and February 21, 2025 / Feb. 21st 2025.
func (sc *scanner) dateAt(i int) (dateExpr, int, bool) {
	t := sc.tok(i)
	e := dateExpr{start: t.start, dateStart: t.start}
	switch t.kind {
	case tkNum:
		if n, next, ok := sc.yearFirst(i); ok {
			e.year, e.p, e.q = n[0], n[1], n[2]
			e.end = sc.tok(next - 1).end
			return e, next, true
		}
		if n, next, ok := sc.numericDMY(i); ok {
			e.year, e.p, e.q, e.numeric = n[2], n[0], n[1], true
			e.end = sc.tok(next - 1).end
			return e, next, true
		}
		if d, m, y, next, ok := sc.dayMonthName(i); ok {
			e.year, e.p, e.q = y, m, d
			e.end = sc.tok(next - 1).end
			return e, next, true
		}
	case tkWord:
		if m, d, y, next, ok := sc.monthNameDay(i); ok {
			e.year, e.p, e.q = y, m, d
			e.end = sc.tok(next - 1).end
			return e, next, true
		}
	}
	return e, i, false
}

// partOfLongerNumber reports whether token i is glued to a number before it
// by a date separator ("1.2.3.4", version strings, IP addresses).
func (sc *scanner) partOfLongerNumber(before, after int) bool {
	if sc.isPunct(before, "-/.:") && sc.tok(before-1).kind == tkNum {
		return true
	}
	return sc.isPunct(after, "-/.:") && sc.tok(after+1).kind == tkNum
}

func (sc *scanner) yearFirst(i int) ([3]int, int, bool) {
	y, ok := sc.num(i, 4, 4)
	if !ok {
		return [3]int{}, i, false
	}
	if sc.tok(i+1).s == "年" {
		m, ok1 := sc.num(i+2, 1, 2)
		d, ok2 := sc.num(i+4, 1, 2)
		if ok1 && ok2 && sc.tok(i+3).s == "月" {
			next := i + 5
			if sc.tok(next).s == "日" {
				next++
			}
			return [3]int{y, m, d}, next, true
		}
		return [3]int{}, i, false
	}
	sep := sc.tok(i + 1)
	if sep.kind != tkPunct || !strings.Contains("-/.", sep.s) || sc.tok(i+3).s != sep.s {
		return [3]int{}, i, false
	}
	m, ok1 := sc.num(i+2, 1, 2)
	d, ok2 := sc.num(i+4, 1, 2)
	if !ok1 || !ok2 || sc.partOfLongerNumber(i-1, i+5) {
		return [3]int{}, i, false
	}
	return [3]int{y, m, d}, i + 5, true
}

func (sc *scanner) numericDMY(i int) ([3]int, int, bool) {
	a, ok := sc.num(i, 1, 2)
	if !ok {
		return [3]int{}, i, false
	}
	sep := sc.tok(i + 1)
	if sep.kind != tkPunct || !strings.Contains("-/.", sep.s) || sc.tok(i+3).s != sep.s {
		return [3]int{}, i, false
	}
	b, ok1 := sc.num(i+2, 1, 2)
	yt := sc.tok(i + 4)
	if !ok1 || yt.kind != tkNum || (len(yt.s) != 4 && len(yt.s) != 2) || sc.partOfLongerNumber(i-1, i+5) {
		return [3]int{}, i, false
	}
	y := atoi(yt.s)
	if len(yt.s) == 2 {
		// Two-digit years on news pages are this century's or, from 70, the last one's.
		if y < 70 {
			y += 2000
		} else {
			y += 1900
		}
	}
	return [3]int{a, b, y}, i + 5, true
}

// skip advances over tokens accepted by ok, at most max of them.
func (sc *scanner) skip(j, max int, ok func(token) bool) int {
	for n := 0; n < max && j < len(sc.toks) && ok(sc.toks[j]); n++ {
		j++
	}
	return j
}

func isOrdinal(t token) bool {
	switch strings.ToLower(t.s) {
	case "st", "nd", "rd", "th", "er", "e":
		return t.kind == tkWord
	}
	return false
}

func isDe(t token) bool {
	return t.kind == tkWord && (t.s == "de" || t.s == "del")
}

func monthOf(t token) (int, bool) {
	if t.kind != tkWord || len(t.s) < 3 {
		return 0, false
	}
	m, ok := lookupLower(months, t.s)
	return int(m), ok
}

func (sc *scanner) dayMonthName(i int) (d, m, y, next int, ok bool) {
	d, ok = sc.num(i, 1, 2)
	if !ok || sc.isPunct(i-1, ".:/") && sc.tok(i-2).kind == tkNum {
		return 0, 0, 0, i, false
	}
	j := i + 1
	if t := sc.tok(j); isOrdinal(t) && t.start == sc.tok(i).end {
		j++
	}
	j = sc.skip(j, 2, func(t token) bool { return t.kind == tkSpace || t.s == "." || t.s == "-" || t.s == "/" })
	if isDe(sc.tok(j)) {
		j = sc.skip(j+1, 1, func(t token) bool { return t.kind == tkSpace })
	}
	if m, ok = monthOf(sc.tok(j)); !ok {
		return 0, 0, 0, i, false
	}
	j = sc.skip(j+1, 3, func(t token) bool { return t.kind == tkSpace || t.s == "." || t.s == "," || t.s == "-" || t.s == "/" })
	if isDe(sc.tok(j)) {
		j = sc.skip(j+1, 1, func(t token) bool { return t.kind == tkSpace })
	}
	if y, ok = sc.num(j, 4, 4); !ok {
		return 0, 0, 0, i, false
	}
	return d, m, y, j + 1, true
}

func (sc *scanner) monthNameDay(i int) (m, d, y, next int, ok bool) {
	if m, ok = monthOf(sc.tok(i)); !ok {
		return 0, 0, 0, i, false
	}
	j := sc.skip(i+1, 2, func(t token) bool { return t.kind == tkSpace || t.s == "." })
	if d, ok = sc.num(j, 1, 2); !ok {
		return 0, 0, 0, i, false
	}
	j++
	if t := sc.tok(j); isOrdinal(t) && t.start == sc.tok(j-1).end {
		j++
	}
	k := sc.skip(j, 2, func(t token) bool { return t.kind == tkSpace || t.s == "," })
	if k == j {
		return 0, 0, 0, i, false
	}
	if y, ok = sc.num(k, 4, 4); !ok {
		return 0, 0, 0, i, false
	}
	return m, d, y, k + 1, true
}

// attachWeekday takes a weekday written just before the date ("Friday, 21
// February 2025", "Fri Feb 21 2025") and returns the token where the whole
// date starts.
func (sc *scanner) attachWeekday(e *dateExpr, i int) int {
	k := i - 1
	for n := 0; n < 3 && k >= 0; n++ {
		t := sc.toks[k]
		if t.kind == tkSpace || t.s == "," || t.s == "." {
			k--
			continue
		}
		break
	}
	if t := sc.tok(k); t.kind == tkWord {
		if wd, ok := lookupLower(weekdays, t.s); ok {
			e.weekday, e.hasWD = wd, true
			e.dateStart, e.start = t.start, t.start
			return k
		}
	}
	return i
}
