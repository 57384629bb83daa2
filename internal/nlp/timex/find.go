package timex

import "strings"

// finder holds the state of one Find call.
type finder struct {
	s  string
	t  []token
	an anchor
}

// match is one recognised expression before it becomes a Mention.
type match struct {
	i, j  int // token span [i, j)
	v     Value
	tense Tense
	rule  string
}

// Find recognises the date expressions of one sentence and normalises them
// against the anchor. Expressions that cannot be pinned (a weekday with no
// anchor date) are returned with Precision None so callers see them.
func Find(sentence string, a Anchor) []Mention {
	var stack [64]token
	toks, trig := tokenize(sentence, stack[:0])
	if !trig {
		return nil
	}
	f := finder{s: sentence, t: toks, an: newAnchor(a)}
	var out []Mention
	for i := 0; i < len(toks); {
		m, ok := f.matchAt(i)
		if !ok || m.j <= i {
			i++
			continue
		}
		s, e := toks[m.i].s, toks[m.j-1].e
		out = append(out, Mention{Start: s, End: e, Text: sentence[s:e], Value: m.v, Tense: m.tense, Rule: m.rule})
		i = m.j
	}
	return out
}

// tok returns token i, or a zero token outside the sentence, so matchers can
// look ahead and behind without bounds checks.
func (f *finder) tok(i int) token {
	if i < 0 || i >= len(f.t) {
		return token{}
	}
	return f.t[i]
}

// word returns the source text of token i.
func (f *finder) word(i int) string {
	if i < 0 || i >= len(f.t) {
		return ""
	}
	return f.s[f.t[i].s:f.t[i].e]
}

// isWord reports whether token i is one of words, ignoring case, for the
// few function words whose role the lexicon does not type.
func (f *finder) isWord(i int, words ...string) bool {
	w := f.word(i)
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// isPunct reports whether token i is the punctuation rune r.
func (f *finder) isPunct(i int, rs ...rune) bool {
	t := f.tok(i)
	if t.kind != tkPunct {
		return false
	}
	for _, r := range rs {
		if t.r == r {
			return true
		}
	}
	return false
}

// adjacent reports whether token i follows token i-1 with no space.
func (f *finder) adjacent(i int) bool {
	t := f.tok(i)
	return t.kind != tkNone && !t.sp && i > 0
}

// matchAt tries every rule at token i, longest forms first.
func (f *finder) matchAt(i int) (match, bool) {
	t := f.t[i]
	switch t.kind {
	case tkNum:
		if m, ok := f.matchNumeric(i); ok {
			return m, true
		}
		if m, ok := f.matchRange(i); ok {
			return m, true
		}
		if m, ok := f.matchAgo(i); ok {
			return m, true
		}
		return f.matchDate(i)
	case tkWord:
	default:
		return match{}, false
	}
	switch t.lex.k {
	case lkNone, lkOrdinal, lkYearWord, lkAgo:
		return match{}, false
	case lkThe:
		if m, ok := f.matchEve(i); ok {
			return m, true
		}
		if m, ok := f.matchRelative(i); ok {
			return m, true
		}
		return f.matchDayOfMonth(i)
	case lkPrep:
		if m, ok := f.matchRange(i + 1); ok {
			return m, true
		}
		if m, ok := f.matchMonthRange(i + 1); ok {
			return m, true
		}
		if m, ok := f.matchPastHours(i); ok {
			return m, true
		}
		if m, ok := f.matchMonthOnly(i); ok {
			return m, true
		}
		if m, ok := f.matchYear(i); ok {
			return m, true
		}
		if m, ok := f.matchRelative(i); ok {
			return m, true
		}
		return f.matchDayOfMonth(i)
	case lkMonth:
		if m, ok := f.matchMonthRange(i); ok {
			return m, true
		}
		if m, ok := f.matchRange(i); ok {
			return m, true
		}
		if m, ok := f.matchDate(i); ok {
			return m, true
		}
		return f.matchMonthOnly(i)
	case lkWeekday:
		if m, ok := f.matchWeekdayDate(i); ok {
			return m, true
		}
		return f.matchWeekday(i)
	case lkMod:
		if m, ok := f.matchMonthOnly(i); ok {
			return m, true
		}
		if m, ok := f.matchYear(i); ok {
			return m, true
		}
		if m, ok := f.matchWeekday(i); ok {
			return m, true
		}
		return f.matchRelative(i)
	case lkNumWord:
		return f.matchAgo(i)
	case lkOf:
		return f.matchMonthOnly(i)
	}
	return f.matchRelative(i)
}
