package html

import (
	"fmt"
	"net/url"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	xhtml "golang.org/x/net/html"
)

// extractBody runs go-trafilatura behind a recover boundary and renders
// its result as paragraphs. It also returns the language trafilatura
// detected from the text.
func extractBody(doc *xhtml.Node, base *url.URL, cfg config) (body, lang string, err error) {
	if treeDepth(doc) > maxExtractorDepth {
		// The extractor recurses over the tree; a page nested this deep
		// is hostile or broken, and the iterative fallback handles it.
		return "", "", nil
	}
	defer func() {
		if r := recover(); r != nil {
			body, lang, err = "", "", fmt.Errorf("%w: panic: %v", ErrExtractor, r)
		}
	}()
	res, terr := trafilatura.ExtractDocument(doc, cfg.options(base))
	if terr != nil || res == nil {
		// trafilatura reports "nothing long enough" as an error; the
		// fallback decides whether the page has an article.
		return "", "", nil
	}
	body = renderText(res.ContentNode)
	if body == "" {
		body = strings.TrimSpace(res.ContentText)
	}
	return body, langCode(res.Metadata.Language), nil
}

// maxExtractorDepth bounds the tree depth handed to the extractor.
const maxExtractorDepth = 400

// options turns the config into go-trafilatura options. Dates are read by
// this package (with their precision), so htmldate is not run.
func (c config) options(base *url.URL) trafilatura.Options {
	return trafilatura.Options{
		OriginalURL:     base,
		EnableFallback:  c.fallback,
		Focus:           c.focus,
		ExcludeComments: !c.keepComments,
		HtmlDateMode:    trafilatura.Disabled,
	}
}

func parseBase(pageURL string) *url.URL {
	if pageURL == "" {
		return nil
	}
	u, err := url.Parse(pageURL)
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}

// treeDepth returns the depth of the deepest node, iteratively.
func treeDepth(doc *xhtml.Node) int {
	type frame struct {
		n *xhtml.Node
		d int
	}
	deepest := 0
	stack := []frame{{doc, 0}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		deepest = max(deepest, f.d)
		for c := f.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, frame{c, f.d + 1})
		}
	}
	return deepest
}
