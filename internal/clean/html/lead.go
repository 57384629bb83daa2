package html

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// leadTokens are the class and id words that sites give the lead paragraph
// they print apart from the body ("standfirst", "item-summary",
// "article__lede"). Extractors that score paragraph blocks often leave it
// out, as it sits in a container of its own above the body, yet it is
// usually the article's first and most informative sentence: who did what,
// where and when.
var leadTokens = map[string]bool{
	"lead": true, "lede": true, "standfirst": true, "summary": true, "intro": true, "introduction": true,
	"excerpt": true, "dek": true, "deck": true, "abstract": true, "sapo": true, "chapo": true,
}

// findLead returns the text of the first element marked as a lead that
// opens with a dateline ("TEHRAN –", "KYIV, Ukraine (AP) —") and reads as
// prose (15 words or more, ending as sentences do, not mostly link text),
// or "" when the page has none. The dateline is what tells the story's
// first paragraph from a standfirst or subtitle, which summarise the story
// and which readers of the body do not want twice. Navigation, asides,
// footers, lists and forms are not searched: their "summaries" are of
// other pages.
func findLead(doc *xhtml.Node) string {
	var found string
	var walk func(n *xhtml.Node, depth int) bool
	walk = func(n *xhtml.Node, depth int) bool {
		if depth > maxDepth {
			return false
		}
		if n.Type == xhtml.ElementNode {
			switch tagAtom(n) {
			case atom.Nav, atom.Aside, atom.Footer, atom.Li, atom.Form, atom.A, atom.Head, atom.Script, atom.Style,
				atom.Noscript, atom.Template, atom.Figure, atom.Figcaption:
				return false
			}
			if markedLead(n) {
				if text := collapse(renderText(n)); isLeadProse(text) && linkShare(n) < 0.3 {
					found = text
					return true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	walk(doc, 0)
	return found
}

// markedLead reports whether the element's class or id names it a lead.
func markedLead(n *xhtml.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool {
			return !unicode.IsLetter(r)
		}) {
			if leadTokens[w] {
				return true
			}
		}
	}
	return false
}

// isLeadProse reports whether text reads as a lead sentence.
func isLeadProse(text string) bool {
	if len(strings.Fields(text)) < 15 || len(text) > 1200 || !dateline.MatchString(text) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?”\"’»", last)
}

// dateline matches the place line that opens a wire-style first
// paragraph: a place in capitals, perhaps a country or region and the
// agency, then a dash or colon.
var dateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(, [\p{L}\p{M} .]{2,30})?( \([\p{L} .]{1,30}\))?\s*[–—:-]\s`)

// linkShare is the share of the element's text inside links.
func linkShare(n *xhtml.Node) float64 {
	var all, linked int
	var walk func(n *xhtml.Node, inLink bool, depth int)
	walk = func(n *xhtml.Node, inLink bool, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type == xhtml.TextNode {
			k := len(strings.TrimSpace(n.Data))
			all += k
			if inLink {
				linked += k
			}
		}
		if n.Type == xhtml.ElementNode && tagAtom(n) == atom.A {
			inLink = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink, depth+1)
		}
	}
	walk(n, false, 0)
	if all == 0 {
		return 1
	}
	return float64(linked) / float64(all)
}

// withLead puts the lead before the body when the extractor left it out:
// the body does not hold its opening words.
func withLead(body, lead string) string {
	if lead == "" {
		return body
	}
	words := strings.Fields(lead)
	probe := strings.Join(words[:min(len(words), 10)], " ")
	if strings.Contains(collapse(body), probe) {
		return body
	}
	return lead + "\n\n" + body
}
