package html

import (
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags start and end a paragraph of their own.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Main: true, atom.Aside: true,
	atom.Body: true, atom.Caption: true, atom.Address: true, atom.Details: true, atom.Summary: true,
}

// skipTags never hold article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Head: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true,
}

// paragraphs renders a tree as text: one paragraph per block element,
// inline elements joined, white space folded, <br> kept as a line break.
type paragraphs struct {
	out []string
	cur strings.Builder
}

// renderText returns the text of n as paragraphs joined by a blank line.
func renderText(n *xhtml.Node) string {
	var p paragraphs
	p.walk(n, 0)
	p.flush()
	return strings.Join(p.out, "\n\n")
}

func (p *paragraphs) walk(n *xhtml.Node, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case xhtml.TextNode:
		p.cur.WriteString(n.Data)
		return
	case xhtml.ElementNode:
		a := tagAtom(n)
		if skipTags[a] {
			return
		}
		switch a {
		case atom.Br:
			p.cur.WriteString("\n")
			return
		case atom.Td, atom.Th:
			p.cur.WriteString(" ")
		}
	}
	block := n.Type == xhtml.ElementNode && (blockTags[tagAtom(n)] || isOutputBlock(n.Data))
	if block {
		p.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c, depth+1)
	}
	if block {
		p.flush()
	}
}

// tagAtom returns the element's atom. Elements built by the extractor
// carry only their name, so the atom is looked up from it.
func tagAtom(n *xhtml.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// isOutputBlock recognises block elements of trafilatura's own output
// vocabulary that are not HTML tags.
func isOutputBlock(tag string) bool {
	switch tag {
	case "list", "item", "head", "quote", "row", "cell", "lb", "graphic", "code", "done":
		return true
	}
	return false
}

func (p *paragraphs) flush() {
	if p.cur.Len() == 0 {
		return
	}
	lines := strings.Split(p.cur.String(), "\n")
	p.cur.Reset()
	kept := lines[:0]
	for _, l := range lines {
		if l = collapse(l); l != "" {
			kept = append(kept, l)
		}
	}
	if len(kept) > 0 {
		p.out = append(p.out, strings.Join(kept, "\n"))
	}
}
