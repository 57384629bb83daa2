package text

// trimTail drops what closes a page after the story's last line though it
// reads as prose: author biographies ("Holloway covers diplomacy for …")
// with the name or "About …" line above them, the outlet's description of
// itself ("The Associated Press is an independent news organization …")
// and its pitches for newsletters and apps. Only lines after the last line
// of the story go: the walk stops at the first body line that is none of
// these, so the same sentence inside the story stays. site is the outlet's
// name, "" when unknown.
func trimTail(lines []Line, f []feats, lo, hi int, site string) {
	first := lo // the story's first line is never taken for what closes it
	for first < hi && lines[first].Role != Body {
		first++
	}
	bioAt := -1   // the last biography dropped, for the name line above it
	subject := "" // the first word of the last profile dropped
	for i := hi; i > first; i-- {
		if lines[i].Role != Body {
			continue
		}
		switch t := lines[i].Text; {
		case f[i].bio || bioShape(t, site) || aboutHeader(lines, i):
			bioAt = i
		case aboutOutlet(t, site, subject):
			subject = firstWord(t)
		case promo(t, &f[i]):
		case bioAt > i && nameLine(t) && nextText(lines, i) == bioAt:
		default:
			return
		}
		lines[i].Role = Furniture
		if j := prevText(lines, i); bioAt == i && j >= 0 && lines[j].Role != Body && (nameLine(lines[j].Text) || aboutHeader(lines, i)) {
			// The author's name heads the bio: not a subheading either.
			lines[j].Role = Furniture
		}
	}
}

// closing reports whether a line reads as what closes a page rather than
// the story: a biography, the outlet's profile, a pitch, or a line too
// short to be prose (a name, a header).
func closing(text string, f *feats, site string) bool {
	return f.chars < lengthLow || f.bio || bioShape(text, site) || aboutOutlet(text, site, "") || promo(text, f)
}

// nextText and prevText return the index of the nearest non-blank line
// after (before) i, or -1.
func nextText(lines []Line, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].Text != "" {
			return j
		}
	}
	return -1
}

func prevText(lines []Line, i int) int {
	for j := i - 1; j >= 0; j-- {
		if lines[j].Text != "" {
			return j
		}
	}
	return -1
}
