package text

// class is the jusText paragraph class of a line while the cleaner works.
type class uint8

const (
	cBlank class = iota
	cBad
	cShort
	cNearGood
	cGood
)

// jusText's published defaults, measured in runes of a line.
const (
	lengthLow  = 70
	lengthHigh = 200
	stopsLow   = 0.20
	stopsHigh  = 0.26
	// lengthGood lets a shorter line that ends like a sentence count as
	// prose: news sites write many paragraphs of one or two sentences.
	lengthGood = 100
)

// initialClass is the context-free verdict on one line. scale is the
// page's stopword density relative to typical prose (see proseScale); 0 on
// pages whose language our stopword table does not cover, where length and
// punctuation stand in for stopword density.
func initialClass(f *feats, scale float64) class {
	switch {
	case f.chars == 0:
		return cBlank
	case f.copyright, f.contact, f.notice, f.words == 0, f.truncated && f.chars < lengthHigh:
		return cBad
	case f.furniture && f.words <= 15:
		return cBad
	case f.chars < lengthLow:
		return cShort
	}
	headline := !f.endPunct && f.chars < lengthHigh
	if scale == 0 {
		switch {
		case f.chars >= lengthGood && f.endPunct:
			return cGood
		case headline:
			return cShort
		case f.endPunct:
			return cNearGood
		}
		return cBad
	}
	sd := f.stopDensity() / scale
	switch {
	case sd >= stopsHigh && (f.chars > lengthHigh || f.endPunct && f.chars >= lengthGood):
		return cGood
	case headline && sd >= stopsLow:
		return cShort
	case sd >= stopsLow:
		return cNearGood
	}
	return cBad
}

// neighbour returns the class of the nearest line before (step -1) or after
// (step +1) i that is good or bad, skipping near-good ones when asked; the
// page edges count as bad, as in jusText.
func neighbour(cls []class, i, step int, skipNearGood bool) class {
	for j := i + step; j >= 0 && j < len(cls); j += step {
		switch cls[j] {
		case cGood, cBad:
			return cls[j]
		case cNearGood:
			if !skipNearGood {
				return cNearGood
			}
		}
	}
	return cBad
}

// revise applies jusText's context rules: short lines take the class their
// good or bad neighbours agree on, near-good lines are good unless bad lines
// close them in on both sides.
func revise(cls []class) {
	next := make([]class, len(cls))
	copy(next, cls)
	for i, c := range cls {
		if c != cShort {
			continue
		}
		prev, nxt := neighbour(cls, i, -1, true), neighbour(cls, i, 1, true)
		switch {
		case prev == cGood && nxt == cGood:
			next[i] = cGood
		case prev == cBad && nxt == cBad:
			next[i] = cBad
		case prev == cBad && neighbour(cls, i, -1, false) == cNearGood,
			nxt == cBad && neighbour(cls, i, 1, false) == cNearGood:
			next[i] = cGood
		default:
			next[i] = cBad
		}
	}
	copy(cls, next)
	for i, c := range cls {
		if c != cNearGood {
			continue
		}
		if neighbour(cls, i, -1, true) == cBad && neighbour(cls, i, 1, true) == cBad {
			cls[i] = cBad
		} else {
			cls[i] = cGood
		}
	}
}

// bestBlock finds the run of lines with the highest score (Kadane), where a
// good line earns its length and a bad one costs a fixed toll plus part of its
// length: the article is the one dense stretch of prose, and teasers,
// comments and footers on either side are cut away. It returns [lo, hi]
// inclusive, or (-1, -1) when nothing scores above zero, and the stretch
// [from, to) between barriers that holds it.
//
// Comment-section headers are barriers no block may span: readers' comments
// are prose too, often more of it than the article. Of the stretches between
// barriers, the first whose best block is at least a quarter of the page's best is
// the article, because comments follow what they discuss.
func bestBlock(cls []class, f []feats) (lo, hi, from, to int) {
	type span struct{ lo, hi, score, from, to int }
	var spans []span
	top := 0
	for i := 0; i <= len(cls); i++ {
		if i < len(cls) && !f[i].barrier {
			continue
		}
		l, h, s := kadane(cls, f, from, i)
		spans = append(spans, span{l, h, s, from, i})
		top = max(top, s)
		from = i + 1
	}
	for _, sp := range spans {
		if sp.score > 0 && 4*sp.score >= top {
			return sp.lo, sp.hi, sp.from, sp.to
		}
	}
	return -1, -1, 0, 0
}

// kadane finds the best-scoring run of lines in cls[from:to].
func kadane(cls []class, f []feats, from, to int) (lo, hi, best int) {
	cur := 0
	lo, hi, start := -1, -1, from
	for i := from; i < to; i++ {
		c := cls[i]
		var s int
		switch c {
		case cGood:
			s = f[i].chars
		case cBad:
			s = -(badToll + f[i].chars/3)
		default:
			continue
		}
		if cur <= 0 {
			cur, start = 0, i
		}
		cur += s
		if cur > best {
			best, lo, hi = cur, start, i
		}
	}
	return lo, hi, best
}

// badToll is what one furniture line costs a block that spans it.
const badToll = 25
