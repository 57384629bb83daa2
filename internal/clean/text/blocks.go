package text

// Limits on a second stretch of prose joining the article.
const (
	nearGap      = 10  // non-blank lines at most between the two stretches
	nearChars    = 400 // good text the stretch must hold, in runes
	nearParaMean = 120 // mean length of its good lines, in runes
	// headedChars is the good text a stretch beyond a list header ("Most
	// read", "Related") must hold: what lies past such a header is other
	// pages' teasers and the site's blurbs unless it is a story's worth.
	headedChars = 3 * nearChars
	// headedShare is how many times the story above a list header
	// outweighs a stretch under it that is cut away.
	headedShare = 4
)

// nearBlocks finds the stretches of prose that the article's block [lo, hi]
// left out because a run of furniture (a gallery, an inline promo, repeated
// interview questions) splits the story: the block that starts at the first
// good line on either side is admitted when that line lies close and the
// block holds real paragraphs rather than teaser blurbs. It repeats
// outwards while blocks join, within the barrier-free stretch [from, to).
func nearBlocks(lines []Line, f []feats, cls []class, lo, hi, from, to int) [][2]int {
	var out [][2]int
	for {
		g, headed := nextGood(lines, f, cls, hi, to, 1)
		if g < 0 {
			break
		}
		h, s := grow(cls, f, g, to, 1)
		if !paragraphs(f, cls, g, h, s, headed) {
			break
		}
		out = append(out, [2]int{g, h})
		hi = h
	}
	for {
		g, headed := nextGood(lines, f, cls, lo, from-1, -1)
		if g < 0 {
			break
		}
		l, s := grow(cls, f, g, from-1, -1)
		if !paragraphs(f, cls, l, g, s, headed) {
			break
		}
		out = append(out, [2]int{l, g})
		lo = l
	}
	return out
}

// nextGood returns the first good line from i (exclusive) towards end
// (exclusive) in direction step, when at most nearGap other lines stand
// before it; -1 otherwise. It also says whether a list header stands
// between.
func nextGood(lines []Line, f []feats, cls []class, i, end, step int) (int, bool) {
	n, headed := 0, false
	for j := i + step; j != end; j += step {
		if cls[j] == cGood {
			return j, headed
		}
		if lines[j].Text != "" {
			headed = headed || f[j].listHead
			if n++; n > nearGap {
				break
			}
		}
	}
	return -1, headed
}

// grow extends a block from its good line g towards end (exclusive) as far
// as its running score peaks, and returns the far line and that score.
func grow(cls []class, f []feats, g, end, step int) (int, int) {
	far, best, cur := g, 0, 0
	for j := g; j != end; j += step {
		switch cls[j] {
		case cGood:
			cur += f[j].chars
		case cBad:
			cur -= badToll + f[j].chars/3
		default:
			continue
		}
		if cur > best {
			far, best = j, cur
		}
		if cur < 0 {
			break
		}
	}
	return far, best
}

// paragraphs tells a stretch of article paragraphs from a list of teasers:
// enough good text, in long lines, with little furniture inside (its score
// s is the good text less the cost of the bad lines it spans). A stretch
// beyond a list header must hold more (headed).
func paragraphs(f []feats, cls []class, lo, hi, s int, headed bool) bool {
	n, chars := 0, 0
	for i := lo; i <= hi; i++ {
		if cls[i] == cGood {
			n++
			chars += f[i].chars
		}
	}
	if headed && chars < headedChars {
		return false
	}
	return n > 0 && chars >= nearChars && chars >= nearParaMean*n && 2*s >= chars
}

// cutHeaded keeps the block [lo, hi] from reaching down across a list
// header ("Most read", "Related") to a small stretch of prose beyond it: a
// site's blurb or a promo under the list of links is not the story's. The
// stretch goes when it holds less good text than headedChars and than a
// quarter of the rest of the block: more, and the header is an inline promo
// that the story runs on past. What closes a page (see closing) does not
// count as prose there. Above the story no cut is made: a lead paragraph
// often stands over an inline list of related links. It returns the
// block's new last line.
func cutHeaded(lines []Line, f []feats, cls []class, lo, hi int, site string) int {
	h := hi
	for h > lo && !f[h].listHead {
		h--
	}
	if h == lo {
		return hi
	}
	beyond, rest, last := 0, 0, -1
	for i := lo; i <= hi; i++ {
		switch {
		case cls[i] != cGood:
		case i > h:
			if !closing(lines[i].Text, &f[i], site) {
				beyond += f[i].chars
			}
		default:
			rest += f[i].chars
			last = i
		}
	}
	if beyond < headedChars && headedShare*beyond < rest && last >= 0 {
		return last
	}
	return hi
}
