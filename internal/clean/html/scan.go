package html

import (
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// timeTag is a <time> element with what tells whether it is the
// publication time.
type timeTag struct {
	value     string // datetime attribute, or the text when it has none
	published bool   // itemprop=datePublished, pubdate, or a "publish" class
	inArticle bool   // inside <article>
}

// scan is everything the metadata readers need from one walk of the tree.
type scan struct {
	lang      string
	title     string // <title>
	h1        string // first <h1>
	canonical string
	meta      map[string][]string // lower-cased name/property/itemprop/http-equiv → contents
	jsonLD    []string
	times     []timeTag
	bylines   []string // text of rel=author / itemprop=author / byline elements
}

// scanDoc walks the tree once, bounded in depth so that hostile nesting
// cannot exhaust the stack.
func scanDoc(doc *xhtml.Node) *scan {
	s := &scan{meta: make(map[string][]string)}
	s.walk(doc, 0, false)
	return s
}

const maxDepth = 512

func (s *scan) walk(n *xhtml.Node, depth int, inArticle bool) {
	if depth > maxDepth {
		return
	}
	if n.Type == xhtml.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			if v := attr(n, "lang"); v != "" {
				s.lang = v
			} else if v := attr(n, "xml:lang"); v != "" {
				s.lang = v
			}
		case atom.Title:
			if s.title == "" {
				s.title = collapse(textOf(n))
			}
		case atom.H1:
			if s.h1 == "" {
				s.h1 = collapse(textOf(n))
			}
		case atom.Meta:
			s.addMeta(n)
		case atom.Link:
			if hasToken(attr(n, "rel"), "canonical") && s.canonical == "" {
				s.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				s.jsonLD = append(s.jsonLD, textOf(n))
			}
			return
		case atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Article:
			inArticle = true
		case atom.Time:
			s.addTime(n, inArticle)
		}
		if s.isByline(n) {
			if t := collapse(textOf(n)); t != "" && len(t) < 200 {
				s.bylines = append(s.bylines, t)
			}
		}
		if n.DataAtom != atom.Time && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
			if v := attr(n, "content"); v != "" {
				s.meta["datepublished"] = append(s.meta["datepublished"], v)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, depth+1, inArticle)
	}
}

func (s *scan) addMeta(n *xhtml.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
		if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
			s.meta[key] = append(s.meta[key], content)
		}
	}
}

func (s *scan) addTime(n *xhtml.Node, inArticle bool) {
	v := strings.TrimSpace(attr(n, "datetime"))
	if v == "" {
		v = collapse(textOf(n))
	}
	if v == "" {
		return
	}
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	pub := strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") ||
		strings.Contains(cls, "publish") || strings.Contains(cls, "pubdate")
	s.times = append(s.times, timeTag{value: v, published: pub, inArticle: inArticle})
}

// isByline reports whether an element holds an author credit.
func (s *scan) isByline(n *xhtml.Node) bool {
	if n.DataAtom == atom.Meta || n.DataAtom == atom.Link {
		return false
	}
	if hasToken(attr(n, "rel"), "author") || strings.EqualFold(attr(n, "itemprop"), "author") {
		return true
	}
	cls := strings.ToLower(attr(n, "class"))
	return hasToken(cls, "byline") || hasToken(cls, "author-name") || hasToken(cls, "byline__name")
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *xhtml.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// textOf returns the text under n, bounded in depth.
func textOf(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(*xhtml.Node, int)
	walk = func(n *xhtml.Node, depth int) {
		if depth > maxDepth || b.Len() > 1<<20 {
			return
		}
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == xhtml.ElementNode && (n.DataAtom == atom.Style || n.DataAtom == atom.Template) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

// collapse trims s and folds runs of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// first returns the first non-empty value among the meta keys, in order.
func (s *scan) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range s.meta[k] {
			if v = collapse(v); v != "" {
				return v
			}
		}
	}
	return ""
}
