package text

// Limits on a second stretch of prose joining the article.
const (
	nearGap      = 10  // non-blank lines at most between the two stretches
	nearChars    = 400 // good text the stretch must hold, in runes
	nearParaMean = 120 // mean length of its good lines, in runes
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
		g := nextGood(lines, cls, hi, to, 1)
		if g < 0 {
			break
		}
		h, s := grow(cls, f, g, to, 1)
		if !paragraphs(f, cls, g, h, s) {
			break
		}
		out = append(out, [2]int{g, h})
		hi = h
	}
	for {
		g := nextGood(lines, cls, lo, from-1, -1)
		if g < 0 {
			break
		}
		l, s := grow(cls, f, g, from-1, -1)
		if !paragraphs(f, cls, l, g, s) {
			break
		}
		out = append(out, [2]int{l, g})
		lo = l
	}
	return out
}

// nextGood returns the first good line from i (exclusive) towards end
// (exclusive) in direction step, when at most nearGap other lines stand
// before it; -1 otherwise.
func nextGood(lines []Line, cls []class, i, end, step int) int {
	n := 0
	for j := i + step; j != end; j += step {
		if cls[j] == cGood {
			return j
		}
		if lines[j].Text != "" {
			if n++; n > nearGap {
				break
			}
		}
	}
	return -1
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
// s is the good text less the cost of the bad lines it spans).
func paragraphs(f []feats, cls []class, lo, hi, s int) bool {
	n, chars := 0, 0
	for i := lo; i <= hi; i++ {
		if cls[i] == cGood {
			n++
			chars += f[i].chars
		}
	}
	return n > 0 && chars >= nearChars && chars >= nearParaMean*n && 2*s >= chars
}
