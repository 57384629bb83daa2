package timex

// Number helpers: a digit run only counts as a day or a year when it stands
// alone, so "G20", "1,000", "08:35", "2.5", "50%" and "30-day" never do.

// cleanLeft reports whether number i is not glued to what precedes it.
func (f *finder) cleanLeft(i int) bool {
	if !f.adjacent(i) {
		return true
	}
	p := f.tok(i - 1)
	switch p.kind {
	case tkWord, tkNum:
		return false
	case tkPunct:
		switch p.r {
		case '.', ',', ':', '/', '$', '€', '£', '#', '№', '+', '_', '=', '@', '×':
			return false
		}
	}
	return true
}

// cleanRight reports whether the token at k (just after a number) leaves it
// standing alone.
func (f *finder) cleanRight(k int) bool {
	if !f.adjacent(k) {
		return true
	}
	t := f.tok(k)
	switch t.kind {
	case tkWord, tkNum:
		return false
	case tkPunct:
		next := f.tok(k + 1)
		glued := f.adjacent(k + 1)
		switch t.r {
		case '%', '‰', '$', '€', '£', '°', '+':
			return false
		case ':', '.', ',', '/':
			return !(glued && next.kind == tkNum)
		case '-', '–', '‑':
			return !(glued && next.kind == tkWord)
		}
	}
	return true
}

// dayNum reads a day of the month (1-31) at i, with an optional ordinal
// suffix, and returns the index after it.
func (f *finder) dayNum(i int) (int, int, bool) {
	t := f.tok(i)
	if t.kind != tkNum || t.nd > 2 || t.num < 1 || t.num > 31 || !f.cleanLeft(i) {
		return 0, 0, false
	}
	k := i + 1
	if n := f.tok(k); n.kind == tkWord && n.lex.k == lkOrdinal && f.adjacent(k) {
		k++
	}
	if !f.cleanRight(k) {
		return 0, 0, false
	}
	return t.num, k, true
}

// yearNum reads a four-digit year at i, with the Russian or Ukrainian word
// for "year" that may follow it ("2025 года", "2025 р."), and returns the
// index after it.
func (f *finder) yearNum(i, lo, hi int) (int, int, bool) {
	t := f.tok(i)
	if t.kind != tkNum || t.nd != 4 || t.num < lo || t.num > hi || !f.cleanLeft(i) || !f.cleanRight(i+1) {
		return 0, 0, false
	}
	k := i + 1
	if n := f.tok(k); n.kind == tkWord && n.lex.k == lkYearWord {
		k++
		if n.e-n.s <= 2 && f.isPunct(k, '.') && f.adjacent(k) {
			k++
		}
	}
	return t.num, k, true
}

// numberAt reads a count written in digits or words ("3", "three", "a").
func (f *finder) numberAt(i int) (int, bool) {
	t := f.tok(i)
	switch {
	case t.kind == tkNum && t.nd <= 4 && f.cleanLeft(i) && f.cleanRight(i+1):
		return t.num, true
	case t.kind == tkWord && t.lex.k == lkNumWord:
		return int(t.lex.v), true
	}
	return 0, false
}
