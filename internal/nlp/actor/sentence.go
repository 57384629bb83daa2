package actor

import (
	"cmp"
	"slices"
)

// span is a run of tokens [a, b) that matched the index; its meanings are
// Doc.buf[lo:hi].
type span struct {
	a, b, lo, hi int
}

// sent is the working state of one sentence.
type sent struct {
	d        *Doc
	s        string
	toks     []token
	spans    []span
	used     []bool
	startAt  []int // token -> span index + 1
	endAt    []int // token after the span -> span index + 1
	headline bool  // most words capitalised: case says little about names
	dateline int   // tokens before this index are a dateline
	us, geo  bool  // clues for Georgia
	lastLoc  int   // token after the last place mention, or -1
	actors   []Mention
	places   []Mention
}

// Sentence returns the actors and the places mentioned in s, each sorted by
// position. Spans are byte offsets into s. People it names are remembered
// for the sentences that follow.
func (d *Doc) Sentence(s string) (actors, places []Mention) {
	d.toks = tokenizeWith(s, d.toks[:0], d.r.folds)
	d.buf = d.buf[:0]
	st := &sent{d: d, s: s, toks: d.toks, lastLoc: -1, spans: d.spans[:0]}
	st.findSpans()
	d.spans = st.spans // reused by the next sentence
	if len(st.spans) == 0 {
		return nil, nil
	}
	st.actors = make([]Mention, 0, len(st.spans)) // most spans give one actor
	st.context()
	for i := range st.spans {
		if !st.used[i] && st.has(i, tTitle) {
			st.titleGroup(i)
		}
	}
	for i := range st.spans {
		if !st.used[i] {
			st.plain(i)
		}
	}
	if len(st.actors) == 0 {
		st.actors = nil // as before the capacity was reserved
	}
	sortMentions(st.actors)
	sortMentions(st.places)
	return st.actors, st.places
}

func sortMentions(ms []Mention) {
	slices.SortStableFunc(ms, func(a, b Mention) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
}

// findSpans matches the index, and the people named earlier in the
// article, left to right, longest first.
func (st *sent) findSpans() {
	d, toks := st.d, st.toks
	for i := 0; i < len(toks); {
		lo := len(d.buf)
		var end int
		d.buf, end = d.r.match(toks, i, d.buf)
		if p, e := d.docMatch(toks, i); p != nil && e > end {
			d.buf = append(d.buf[:lo], target{kind: tDoc, doc: p})
			end = e
		}
		if end > i+1 && toks[i].fold == "the" {
			// "the Kremlin spokesman": a longer phrase after the article wins.
			hi := len(d.buf)
			var e2 int
			d.buf, e2 = d.r.match(toks, i+1, d.buf)
			d.buf = d.buf[:hi]
			if e2 > end {
				d.buf = d.buf[:lo]
				i++
				continue
			}
		}
		if end > i {
			st.spans = append(st.spans, span{a: i, b: end, lo: lo, hi: len(d.buf)})
			i = end
			continue
		}
		i++
	}
}

// context computes the per-sentence facts the rules consult.
func (st *sent) context() {
	n := len(st.toks)
	// The tables live only as long as the sentence: the Doc's buffers are
	// reused from one sentence to the next.
	d := st.d
	d.used = append(d.used[:0], make([]bool, len(st.spans))...)
	d.startAt = append(d.startAt[:0], make([]int, n+1)...)
	d.endAt = append(d.endAt[:0], make([]int, n+1)...)
	st.used, st.startAt, st.endAt = d.used, d.startAt, d.endAt
	for i, sp := range st.spans {
		st.startAt[sp.a] = i + 1
		st.endAt[sp.b] = i + 1
	}
	words, upper := 0, 0
	for _, t := range st.toks {
		if t.word {
			words++
			if t.upper {
				upper++
			}
			if !st.us || !st.geo {
				c := georgiaClues[t.fold]
				st.us = st.us || c&usClue != 0
				st.geo = st.geo || c&geoClue != 0
			}
		}
	}
	st.headline = words >= 4 && upper*10 >= words*7
	st.dateline = st.findDateline()
}

// findDateline recognises "RIYADH, Saudi Arabia (AP) —", "KYIV —" and
// "PUTRAJAYA:": an upper-case place first, then a comma, parenthesis, dash
// or colon; the dateline runs to the dash.
func (st *sent) findDateline() int {
	toks := st.toks
	if len(toks) < 2 || !toks[0].caps || st.startAt[0] == 0 {
		return 0
	}
	sp := st.spans[0]
	if !st.hasAny(0, tName, tCapital, tMetonym, tPlace) || sp.b >= len(toks) {
		return 0
	}
	switch toks[sp.b].fold {
	case ",", "(", "-", ":":
	default:
		return 0
	}
	for j := sp.b; j < len(toks) && j < sp.b+16; j++ {
		if toks[j].fold == "-" {
			return j
		}
	}
	return sp.b
}

func (st *sent) has(i int, k tkind) bool {
	for _, t := range st.d.buf[st.spans[i].lo:st.spans[i].hi] {
		if t.kind == k {
			return true
		}
	}
	return false
}

func (st *sent) hasAny(i int, ks ...tkind) bool {
	for _, k := range ks {
		if st.has(i, k) {
			return true
		}
	}
	return false
}

// first returns the first meaning of span i of kind k.
func (st *sent) first(i int, k tkind) (target, bool) {
	for _, t := range st.d.buf[st.spans[i].lo:st.spans[i].hi] {
		if t.kind == k {
			return t, true
		}
	}
	return target{}, false
}

// spanAt returns the span starting at token j, or -1.
func (st *sent) spanAt(j int) int {
	if j < 0 || j >= len(st.toks) {
		return -1
	}
	return st.startAt[j] - 1
}

// spanBefore returns the span ending just before token j, or -1.
func (st *sent) spanBefore(j int) int {
	if j <= 0 || j > len(st.toks) {
		return -1
	}
	return st.endAt[j] - 1
}

// text returns the sentence text of tokens [a, b).
func (st *sent) text(a, b int) string {
	return st.s[st.toks[a].start:st.toks[b-1].end]
}

func (st *sent) fold(j int) string {
	if j < 0 || j >= len(st.toks) {
		return ""
	}
	return st.toks[j].fold
}
