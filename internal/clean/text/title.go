package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headTitle finds the headline of a page whose head gives no stronger
// evidence (no document title, no repeated headline): it walks up from the
// byline or date line nearest the body, since a headline sits above the
// author and date lines, over the share rows, author names, captions and
// standfirst that may stand between; with no such line it walks up from the
// body. A dek (a subtitle written as a sentence) right under the headline
// gives way to the headline above it. It returns the line's index and the
// headline with any section kicker glued to it removed, or -1.
func headTitle(lines []Line, f []feats, top, head int) (int, string) {
	sc := bodyScript(lines)
	nav := shortLines(lines, f)
	anchor := -1
	for i := head - 1; i >= top; i-- {
		if lines[i].Role == Furniture && bylineLike(&lines[i], &f[i]) {
			anchor = i
			break
		}
	}
	from := head
	if anchor >= 0 {
		from = anchor
	}
	i := walkUp(lines, f, top, from, sc)
	if i < 0 && anchor >= 0 {
		i = walkUp(lines, f, top, head, sc)
	}
	if i < 0 {
		return -1, ""
	}
	if u := prevLine(lines, i, top); u >= 0 && titleCandidate(&lines[u], &f[u], sc) && f[u].words >= 6 &&
		f[i].stopDensity() > f[u].stopDensity() {
		i = u // the line found is the dek of the headline above it
	}
	return i, stripKicker(&lines[i], nav)
}

// walkSpan is how many non-blank lines the walk up from an anchor passes
// before it gives up.
const walkSpan = 14

// walkUp returns the first title candidate above line from (exclusive),
// down to top, or -1.
func walkUp(lines []Line, f []feats, top, from int, sc rune) int {
	seen := 0
	for i := from - 1; i >= top && seen < walkSpan; i-- {
		if lines[i].Role == Blank {
			continue
		}
		seen++
		if lines[i].Role == Furniture && titleCandidate(&lines[i], &f[i], sc) {
			return i
		}
	}
	return -1
}

// titleCandidate is a headline-shaped line of four words or more, in the
// script of the article, that is not a date line.
func titleCandidate(l *Line, f *feats, sc rune) bool {
	if !headlineShape(l, f) || f.words < 4 || f.dateLike && f.words <= 8 || creditAfterSentence(l.Text) {
		return false
	}
	return sc == 0 || script(l.Text) == sc
}

// bylineLike is an author or date line under a headline.
func bylineLike(l *Line, f *feats) bool {
	if f.words == 0 || f.words > 25 || f.caption {
		return false
	}
	return f.byline || f.dateLike && f.words <= 12 && !f.endPunct
}

// prevLine is the index of the non-blank line above i, or -1.
func prevLine(lines []Line, i, top int) int {
	for j := i - 1; j >= top; j-- {
		if lines[j].Role != Blank {
			return j
		}
	}
	return -1
}

// shortLines are the page's lines of at most four words: menu entries and
// section names, which reappear as kickers glued to a headline.
func shortLines(lines []Line, f []feats) map[string]bool {
	out := map[string]bool{}
	for i := range lines {
		if f[i].words > 0 && f[i].words <= 4 && f[i].chars <= 40 {
			out[lines[i].Text] = true
		}
	}
	return out
}

// kickerWords is how many words a section kicker may take.
const kickerWords = 4

// stripKicker removes a section label that scraping glued to the front of a
// headline ("PoliticsCambodia and Thailand agree …", "Saudi ArabiaUS says
// …"). Two kinds of evidence mark the seam: a glue point that SplitGlued
// split (a word boundary without its space), or a glue point inside a word
// whose left part is a menu entry of the page. The headline must keep four
// words or more.
func stripKicker(l *Line, nav map[string]bool) string {
	words := strings.Fields(l.Text)
	glued := gluedBefore(l.Raw, words)
	cut := -1 // byte offset in l.Text where the headline starts
	off := 0
	for k, w := range words {
		if k > kickerWords || len(words)-k < 4 {
			break
		}
		if k > 0 && glued != nil && glued[k] {
			cut = off
		}
		if k < kickerWords && len(words)-k > 4 {
			if at := innerGlue(w); at > 0 && (nav[w[:at]] || nav[strings.TrimSpace(l.Text[:off+at])]) {
				cut = off + at
			}
		}
		off += len(w) + 1
	}
	if cut <= 0 || cut >= len(l.Text) {
		return l.Text
	}
	return strings.TrimSpace(l.Text[cut:])
}

// gluedBefore reports, for each word of the normalised text, whether the raw
// line had no space before it (a seam SplitGlued opened). It is nil when the
// two do not line up.
func gluedBefore(raw string, words []string) []bool {
	r := strings.Join(strings.Fields(raw), " ")
	if len(words) == 0 {
		return nil
	}
	p := strings.Index(r, words[0])
	if p < 0 {
		return nil
	}
	out := make([]bool, len(words))
	for k, w := range words {
		if !strings.HasPrefix(r[p:], w) {
			return nil
		}
		p += len(w)
		if k+1 < len(words) {
			if p < len(r) && r[p] == ' ' {
				p++
			} else {
				out[k+1] = true
			}
		}
	}
	return out
}

// innerGlue returns the byte offset of a lower→upper seam inside a word
// ("ArabiaUS", "WarAfter"), or 0.
func innerGlue(w string) int {
	var prev rune
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			return i
		}
		prev = r
	}
	return 0
}

// bodyScript is the writing system of most letters of the body lines: 'L'
// Latin, 'C' Cyrillic, 'O' other; 0 when there is no body.
func bodyScript(lines []Line) rune {
	var c scriptCounts
	n := 0
	for i := range lines {
		if lines[i].Role == Body {
			c.add(lines[i].Text)
			if n += len(lines[i].Text); n > 2000 {
				break
			}
		}
	}
	return c.script()
}

// script is the writing system most letters of s are in (see bodyScript).
func script(s string) rune {
	var c scriptCounts
	c.add(s)
	return c.script()
}

// scriptCounts counts letters by writing system, over one text or several.
type scriptCounts struct{ lat, cyr, oth int }

func (c *scriptCounts) add(s string) {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				c.lat++
			}
		case unicode.Is(unicode.Latin, r):
			c.lat++
		case unicode.Is(unicode.Cyrillic, r):
			c.cyr++
		case unicode.IsLetter(r):
			c.oth++
		}
	}
}

func (c *scriptCounts) script() rune {
	lat, cyr, oth := c.lat, c.cyr, c.oth
	switch {
	case lat+cyr+oth == 0:
		return 0
	case lat >= cyr && lat >= oth:
		return 'L'
	case cyr >= oth:
		return 'C'
	}
	return 'O'
}

// creditAfterSentence spots a photo caption whose credit follows its last
// sentence ("… after the talks on July 28, 2025. STPM"): a headline has no
// full stop followed by a tail of a few words.
func creditAfterSentence(s string) bool {
	i := strings.LastIndex(s, ". ")
	if i <= 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLower(prev) && !unicode.IsDigit(prev) {
		return false
	}
	tail := strings.Fields(s[i+2:])
	return len(tail) > 0 && len(tail) <= 3 && startsUpperWord(tail[0])
}

// startsUpperWord reports whether w begins with an upper-case letter.
func startsUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
