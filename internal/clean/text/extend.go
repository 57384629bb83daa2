package text

// extendEdges widens the chosen block [lo, hi] over the prose-like lines
// that touch it: a lead paragraph scraped without its full stop, or a last
// sentence too short to be good on its own, is cut away by jusText's
// context rules when its other neighbour is furniture (a byline, a share
// bar). Blank lines and captions are stepped over; the first line that does
// not read as prose ends the extension. The lines taken are made good.
func extendEdges(lines []Line, f []feats, cls, initial []class, lo, hi int, dup func(int) bool) (int, int) {
	for j := lo - 1; j >= 0; j-- {
		if lines[j].Text == "" || f[j].caption {
			continue
		}
		if !proseLike(&f[j], initial[j]) || dup(j) {
			break
		}
		cls[j], lo = cGood, j
	}
	for j := hi + 1; j < len(lines); j++ {
		if lines[j].Text == "" || f[j].caption {
			continue
		}
		if !proseLike(&f[j], initial[j]) || !f[j].endPunct || dup(j) {
			break
		}
		cls[j], hi = cGood, j
	}
	return lo, hi
}

// proseLike is a line that reads as a sentence of running text though the
// classifier left it short or near-good: enough words, a prose share of
// stopwords, few capitalised words, no boilerplate.
func proseLike(f *feats, c class) bool {
	if c == cBad || c == cBlank || f.words < 8 || f.truncated || f.furniture || f.notice || f.copyright ||
		f.contact || f.byline || f.bio || f.barrier {
		return false
	}
	return f.stopDensity() >= stopsLow && f.capRatio() < 0.5
}

// listTail finds a numbered list that runs on from the article's last line
// (hi): "1) …", "2) …", each item perhaps followed by a line or two of its
// own (a link, a price). Enumerations are the article's, since menus and
// teaser lists do not number their entries inline. It returns the index of
// the list's last item, or hi when no list of three items or more follows
// (two more, for a list the article has begun).
// A list the article has begun continues from the last number in [lo, hi].
// A list header ("Most read") ends the search: the list under it is links.
func listTail(lines []Line, f []feats, lo, hi int) int {
	want, end, items, gap, need := 1, hi, 0, 0, 3
	for i := hi; i >= lo; i-- {
		if n := ordinal(lines[i].Text); n > 0 {
			want, need = n+1, 2
			break
		}
	}
	for j := hi + 1; j < len(lines); j++ {
		if lines[j].Text == "" {
			continue
		}
		if n := ordinal(lines[j].Text); n == want && !f[j].copyright && !f[j].notice {
			want, end, gap = want+1, j, 0
			items++
			continue
		}
		gap++
		if gap > 2 || f[j].copyright || f[j].notice || f[j].barrier || f[j].listHead {
			break
		}
	}
	if items < need {
		return hi
	}
	return end
}
