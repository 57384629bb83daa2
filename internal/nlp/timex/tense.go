package timex

import "strings"

// tenseWindow bounds how many tokens away a tense marker may sit from the
// expression it governs.
const tenseWindow = 16

// clauseTense finds the tense governing tokens [i, j): the nearest marker
// before the expression, else the nearest after it, within the clause.
func (f *finder) clauseTense(i, j int) Tense {
	for k, n := i-1, 0; k >= 0 && n < tenseWindow; k, n = k-1, n+1 {
		if f.t[k].kind == tkPunct && f.t[k].r == ';' {
			break
		}
		if tn := f.markerAt(k); tn != TenseUnknown {
			return tn
		}
	}
	for k, n := j, 0; k < len(f.t) && n < tenseWindow; k, n = k+1, n+1 {
		if f.t[k].kind == tkPunct && f.t[k].r == ';' {
			break
		}
		if tn := f.markerAt(k); tn != TenseUnknown {
			return tn
		}
	}
	return TenseUnknown
}

// markerAt reports the tense token k marks, looking at its neighbours where a
// word alone is ambiguous ("held" after "will be", "to" after "agreed").
func (f *finder) markerAt(k int) Tense {
	t := f.t[k]
	if t.kind != tkWord {
		return TenseUnknown
	}
	switch t.lex.tense {
	case tmFuture:
		if f.isWord(k, "proposed") && f.activeVerb(k) {
			// "Fidan on Monday proposed a new round": a verb in the past
			// with its object, not "the proposed talks"
			return Past
		}
		return Future
	case tmPast:
		return f.participle(k)
	case tmTo:
		p := f.tok(k - 1)
		if p.kind == tkWord && (p.lex.tense == tmInf || p.lex.tense == tmSet || p.lex.tense == tmFuture) {
			return Future
		}
	case tmSet:
		n := f.tok(k + 1)
		if n.kind == tkWord && (n.lex.tense == tmTo || f.isWord(k+1, "for")) {
			return Future
		}
	case tmInf:
		if f.isEd(k) {
			return f.participle(k)
		}
	}
	if t.ed {
		return f.participle(k)
	}
	return TenseUnknown
}

// participle decides a past form: after "be" ("will be held") it is a
// passive infinitive and so future; otherwise past.
func (f *finder) participle(k int) Tense {
	p := k - 1
	for p >= 0 && f.t[p].kind == tkWord && f.t[p].ly {
		p--
	}
	if p >= 0 && f.t[p].kind == tkWord && f.t[p].lex.tense == tmBe {
		return Future
	}
	return Past
}

// isEd reports whether word k ends in -ed, for words whose lexicon entry
// hides the regular check.
func (f *finder) isEd(k int) bool {
	w := f.word(k)
	return len(w) > 3 && w[len(w)-2:] == "ed"
}

// activeVerb reports whether the -ed word at k is a past verb taking an
// object ("proposed a", "proposed holding", "proposed that"), not an
// adjective ("the proposed talks") or a participle of planning ("talks
// proposed for Monday").
func (f *finder) activeVerb(k int) bool {
	if f.isWord(k-1, "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these") {
		return false
	}
	n := f.word(k + 1)
	if f.isWord(k+1, "a", "an", "the", "that", "his", "her", "their", "its", "new", "direct", "talks") {
		return true
	}
	return len(n) > 4 && strings.HasSuffix(strings.ToLower(n), "ing")
}
