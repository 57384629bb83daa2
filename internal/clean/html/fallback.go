package html

import (
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// furnitureTags hold site furniture; paragraphs under them are not
// article text.
var furnitureTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Header: true,
}

// largestParagraphBlock finds the element whose own <p> children carry
// the most text that is not link text, and returns those paragraphs. It
// is the fallback for pages the extractor returns nothing for, and it
// walks the tree iteratively so that any depth is safe.
func largestParagraphBlock(doc *xhtml.Node) string {
	type frame struct {
		n         *xhtml.Node
		furniture bool
	}
	score := make(map[*xhtml.Node]int)
	var order []*xhtml.Node
	stack := []frame{{doc, false}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if n.Type == xhtml.ElementNode {
			if skipTags[n.DataAtom] {
				continue
			}
			if furnitureTags[n.DataAtom] {
				f.furniture = true
			}
			if n.DataAtom == atom.P && !f.furniture && n.Parent != nil {
				if l := ownTextLen(n); l >= 40 {
					if _, seen := score[n.Parent]; !seen {
						order = append(order, n.Parent)
					}
					score[n.Parent] += l
				}
				continue
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{c, f.furniture})
		}
	}
	var best *xhtml.Node
	for _, n := range order {
		if best == nil || score[n] > score[best] {
			best = n
		}
	}
	if best == nil {
		return ""
	}
	var paras []string
	for c := best.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && c.DataAtom == atom.P && ownTextLen(c) >= 40 {
			if t := renderText(c); t != "" {
				paras = append(paras, t)
			}
		}
	}
	return strings.Join(paras, "\n\n")
}

// ownTextLen is the length in runes of the text under n that is not
// inside a link.
func ownTextLen(n *xhtml.Node) int {
	total, links := 0, 0
	var walk func(*xhtml.Node, bool, int)
	walk = func(n *xhtml.Node, inLink bool, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type == xhtml.TextNode {
			l := utf8.RuneCountInString(strings.TrimSpace(n.Data))
			total += l
			if inLink {
				links += l
			}
			return
		}
		if n.Type == xhtml.ElementNode {
			if skipTags[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.A {
				inLink = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink, depth+1)
		}
	}
	walk(n, false, 0)
	return total - links
}

// wordUnits measures text in words, counting two ideographs or kana as
// one word so that languages written without spaces are measured fairly.
func wordUnits(s string) int {
	words, cjk := 0, 0
	inWord := false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai):
			cjk++
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				words++
			}
			inWord = true
		case r == '\'' || r == '’' || r == '-':
			// inside a word
		default:
			inWord = false
		}
	}
	return words + cjk/2
}

// isArticleText reports whether a body is long enough and sentence-like
// enough to be an article rather than leftovers of navigation: some
// running text overall and at least one paragraph that reads as prose.
func isArticleText(body string) bool {
	if wordUnits(body) < minArticleWords {
		return false
	}
	for _, p := range strings.Split(body, "\n\n") {
		if wordUnits(p) >= minProseWords {
			return true
		}
	}
	return false
}

// Thresholds of isArticleText: a short news brief has some forty words in
// two or three sentences; navigation leftovers rarely have a line of ten.
const (
	minArticleWords = 25
	minProseWords   = 10
)
