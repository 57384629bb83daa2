package html

import (
	"strings"

	xhtml "golang.org/x/net/html"
)

// maxNesting is how deep flattenNesting lets wrapper elements go. The HTML
// parser refuses a page with more than 512 open elements; real pages stay
// far below, but generated or hostile ones do not, and their text is still
// worth reading.
const maxNesting = 384

// wrappers are the elements that only group others: nesting them deeper
// changes nothing of the text, so they are the ones left out.
var wrappers = map[string]bool{"div": true, "span": true, "section": true, "article": true, "main": true,
	"aside": true, "header": true, "footer": true, "nav": true, "font": true, "center": true,
	"blockquote": true, "figure": true, "form": true}

// voids are the elements that have no end tag.
var voids = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// flattenNesting rewrites src without the start and end tags of wrapper
// elements opened beyond maxNesting, so that a page the parser refused for
// its depth can be parsed; its text and its other tags stay as they were.
func flattenNesting(src string) string {
	z := xhtml.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	b.Grow(len(src))
	depth := 0
	dropped := map[string]int{} // wrapper start tags left out, by name
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return b.String()
		}
		raw := string(z.Raw()) // copied: TagName rewrites the buffer
		switch tt {
		case xhtml.StartTagToken:
			name, _ := z.TagName()
			switch n := string(name); {
			case voids[n]:
			case depth >= maxNesting && wrappers[n]:
				dropped[n]++
				continue
			default:
				depth++
			}
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			if n := string(name); dropped[n] > 0 {
				dropped[n]--
				continue
			}
			depth = max(depth-1, 0)
		}
		b.WriteString(raw)
	}
}
