package text

import (
	"strings"
	"unicode/utf8"
)

// assignRoles names the title, bylines, captions and subheadings among the
// lines the block selection left out of the body, and returns the title.
func assignRoles(lines []Line, f []feats, counts map[string]int, keys []string) string {
	first, last := -1, -1
	for i := range lines {
		if lines[i].Role == Body {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	head := first
	if head < 0 {
		head = len(lines)
	}
	ti, title := findTitle(lines, f, counts, keys, head)
	if ti >= 0 {
		lines[ti].Role = Title
	}
	markBylines(lines, f, ti, head)
	for i := range lines {
		if lines[i].Role == Furniture && f[i].caption && !f[i].copyright && f[i].words > 0 {
			lines[i].Role = Caption
		}
	}
	markHeadings(lines, f, first, last)
	return title
}

// headlineShape is what a headline looks like: a few words, no sentence
// ending with a full stop, no boilerplate, not a teaser cut short.
func headlineShape(l *Line, f *feats) bool {
	if f.words < 3 || f.words > 30 || f.chars > 220 || f.truncated || f.copyright || f.caption || f.contact {
		return false
	}
	if f.furniture && f.words < 6 || f.byline {
		return false
	}
	if parts, _ := splitTitle(l.Text); len(parts) >= 3 && !hasHeadlinePart(parts) {
		return false // a menu: "Home | World | Business | Sport"
	}
	return !strings.HasSuffix(l.Text, ".") || strings.HasSuffix(l.Text, "..")
}

// findTitle picks the article's headline among the lines above the body
// (head is the index of the first body line). In order of evidence: a head
// line that the first line holds with a site name around it ("Title -
// Outlet"), a headline line the page repeats (the document title and the
// h1), the first line when it reads as a headline, and the headline-
// shaped line closest above the body.
func findTitle(lines []Line, f []feats, counts map[string]int, keys []string, head int) (int, string) {
	top := -1
	for i := 0; i < head; i++ {
		if lines[i].Role != Blank {
			top = i
			break
		}
	}
	if top < 0 {
		return -1, ""
	}
	if parts := siteParts(lines[top].Text); len(parts) > 1 {
		for i := head - 1; i > top; i-- {
			if lines[i].Role != Furniture {
				continue
			}
			for _, p := range parts {
				if strings.EqualFold(p, lines[i].Text) && headlineShape(&lines[i], &f[i]) {
					return i, lines[i].Text
				}
			}
		}
	}
	for i := head - 1; i >= 0; i-- {
		if lines[i].Role == Furniture && counts[keys[i]] > 1 && headlineShape(&lines[i], &f[i]) && f[i].words >= 4 {
			return i, lines[i].Text
		}
	}
	if lines[top].Role == Furniture && headlineShape(&lines[top], &f[top]) && f[top].words >= 4 && (f[top].capRatio() >= 0.6 || siteSuffix(lines[top].Text) != "") {
		if t := siteSuffix(lines[top].Text); t != "" {
			return top, t
		}
		return top, lines[top].Text
	}
	return headTitle(lines, f, top, head)
}

// titleSeparators part a document title from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "}

// siteParts splits "Title - Outlet" or "Outlet | Title" into its pieces.
func siteParts(s string) []string {
	parts, _ := splitTitle(s)
	return parts
}

// splitTitle splits at the first separator the line uses, and returns it.
func splitTitle(s string) ([]string, string) {
	for _, sep := range titleSeparators {
		if strings.Contains(s, sep) {
			parts := strings.Split(s, sep)
			for i := range parts {
				parts[i] = strings.TrimSpace(parts[i])
			}
			return parts, sep
		}
	}
	return nil, ""
}

// siteSuffix returns the headline of "Headline - Outlet" or "Outlet |
// Headline", where the outlet is a short run of capitalised words; "" when
// the line has no such shape.
func siteSuffix(s string) string {
	parts, sep := splitTitle(s)
	if len(parts) < 2 || !hasHeadlinePart(parts) {
		return ""
	}
	if siteName(parts[len(parts)-1]) {
		return strings.Join(parts[:len(parts)-1], sep)
	}
	if siteName(parts[0]) && len(parts) == 2 {
		return parts[1]
	}
	return ""
}

// hasHeadlinePart reports whether one piece of a separated line is long
// enough to be a headline: a menu ("Home | World | Business | Sport") is
// all short pieces.
func hasHeadlinePart(parts []string) bool {
	for _, p := range parts {
		if len(strings.Fields(p)) >= 4 {
			return true
		}
	}
	return false
}

// siteName tells an outlet name: at most four words, all capitalised or
// domain-like.
func siteName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.Contains(w, ".")) && r < utf8.RuneSelf {
			return false
		}
	}
	return true
}

// markBylines names the author/date lines between the title and the first
// lines of the body.
func markBylines(lines []Line, f []feats, ti, head int) {
	from := head - 8
	if ti >= 0 && ti < head {
		from = ti + 1
	}
	if from < 0 {
		from = 0
	}
	for i := from; i < len(lines) && i < head+4; i++ {
		if lines[i].Role != Furniture || f[i].words == 0 || f[i].words > 25 || f[i].furniture && !f[i].byline {
			continue
		}
		if f[i].byline || f[i].dateLike && f[i].words <= 12 && !f[i].endPunct {
			lines[i].Role = Byline
		}
	}
}

// markHeadings names the short lines between two stretches of body:
// subheadings, which the body keeps as paragraphs of their own: they are
// the article's structure, though no sentence of it.
func markHeadings(lines []Line, f []feats, first, last int) {
	if first < 0 {
		return
	}
	listed := listItems(lines, f, first, last)
	chain := 0 // headings in a row: a numbered section title may top a headline
	for i := last - 1; i > first; i-- {
		if lines[i].Role == Blank {
			continue
		}
		if lines[i].Role != Furniture || !headingShape(&lines[i], &f[i]) || listed[i-first] {
			chain = 0
			continue
		}
		if next := nextRole(lines, i); next == Body || next == Heading && chain == 1 && ordinal(lines[i].Text) > 0 {
			lines[i].Role = Heading
			chain++
		} else {
			chain = 0
		}
	}
}

// listItems marks the lines of [first, last] that continue a list of
// links, which no subheading does: the line right under a list header
// ("Most read"), the lines run on from it without a blank between, and an
// item numbered one more than a furniture item before it ("3." under "2.").
// The result is indexed from first.
func listItems(lines []Line, f []feats, first, last int) []bool {
	listed := make([]bool, last-first+1)
	for i := first + 1; i < last; i++ {
		if lines[i].Text == "" || lines[i].Role == Body {
			continue
		}
		p := prevText(lines, i)
		if p < 0 {
			continue
		}
		inList := p >= first && listed[p-first]
		switch {
		case f[p].listHead:
			listed[i-first] = true
		case p == i-1 && inList:
			listed[i-first] = true
		case ordinal(lines[i].Text) > 1 && ordinal(lines[p].Text) == ordinal(lines[i].Text)-1 &&
			(lines[p].Role == Furniture || inList):
			listed[i-first] = true
		}
	}
	return listed
}

// headingShape is a short line with words and no sentence stop, free of
// boilerplate vocabulary.
func headingShape(l *Line, f *feats) bool {
	return f.words >= 1 && f.words <= 14 && f.chars < 120 && !f.truncated && !f.furniture && !f.copyright &&
		!f.caption && !f.contact && !strings.HasSuffix(l.Text, ".") && !strings.HasSuffix(l.Text, ":")
}

// nextRole is the role of the next non-blank line.
func nextRole(lines []Line, i int) Role {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].Role != Blank {
			return lines[j].Role
		}
	}
	return Blank
}

// ordinal reads the number that opens an item of a numbered list ("3. ",
// "12) ", "#4 "); 0 when the line opens with none.
func ordinal(s string) int {
	i := 0
	if strings.HasPrefix(s, "#") {
		i = 1
	}
	n, j := 0, i
	for ; j < len(s) && j-i < 3 && isDigit(s[j]); j++ {
		n = 10*n + int(s[j]-'0')
	}
	if j == i || j+1 >= len(s) {
		return 0
	}
	switch {
	case i == 1 && s[j] == ' ', (s[j] == '.' || s[j] == ')') && s[j+1] == ' ':
		return n
	}
	return 0
}
