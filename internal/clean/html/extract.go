package html

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	trafilatura "github.com/markusmobius/go-trafilatura"
	xhtml "golang.org/x/net/html"
)

// Errors Extract returns; callers add the input's name.
var (
	// ErrNoArticle means the page parsed but holds no article text: a
	// section front, an error page, a video page without a transcript.
	ErrNoArticle = errors.New("no article text found")
	// ErrNotHTML means the input is not an HTML page at all.
	ErrNotHTML = errors.New("not HTML")
	// ErrExtractor means the extractor failed on the page (it panicked on
	// hostile markup); the page is skipped rather than the process lost.
	ErrExtractor = errors.New("extractor failed")
)

// Page is what Extract finds in an HTML page.
type Page struct {
	Title string
	// Body is the article text, paragraphs joined by "\n\n".
	Body string
	// Published comes from the page's metadata (JSON-LD, meta tags,
	// <time>, a date in the URL): Minute precision only when a time of day
	// with its zone is stated, Day when only the date; zero when absent.
	Published article.Published
	// Authors are the people credited, never desks, agencies or the site.
	Authors []string
	// SiteName is the outlet as the page names itself, "" if it does not.
	SiteName string
	// Language is ISO 639-1, from the page's declaration or, failing that,
	// detected from the body; "" when neither says.
	Language string
	// URL is the canonical or og:url address, "" if the page gives none.
	URL         string
	Description string
}

// Extract finds the article in an HTML page. pageURL may be "" (it is
// used to resolve relative links and to read a date from the path).
func Extract(ctx context.Context, data []byte, pageURL string) (Page, error) {
	return extract(ctx, data, pageURL, defaultConfig)
}

// config is the extractor setup; the tests compare variants of it on
// the benchmark.
type config struct {
	focus    trafilatura.ExtractionFocus
	fallback bool // readability and dom-distiller candidates
	// keepComments runs trafilatura's comment extraction, which removes
	// comment sections from the tree before the article is looked for.
	keepComments bool
}

// defaultConfig is the go-trafilatura configuration measured best on the
// Zyte benchmark (see README.md).
var defaultConfig = config{focus: trafilatura.FavorPrecision, fallback: true}

func extract(ctx context.Context, data []byte, pageURL string, cfg config) (Page, error) {
	if err := ctx.Err(); err != nil {
		return Page{}, err
	}
	src, err := decode(data)
	if err != nil {
		return Page{}, err
	}
	if !looksLikeHTML(src) {
		return Page{}, ErrNotHTML
	}
	doc, err := xhtml.Parse(strings.NewReader(src))
	if err != nil {
		return Page{}, fmt.Errorf("parse: %w", err)
	}
	base := parseBase(pageURL)
	meta := readMeta(scanDoc(doc), base)
	page := Page{
		Title: meta.title, Published: meta.published, Authors: meta.authors, SiteName: meta.siteName,
		Language: meta.language, URL: meta.url, Description: meta.description,
	}
	if err := ctx.Err(); err != nil {
		return Page{}, err
	}

	body, lang, err := extractBody(doc, base, cfg)
	if err != nil {
		return Page{}, err
	}
	if !isArticleText(body) {
		if alt := largestParagraphBlock(doc); isArticleText(alt) {
			body = alt
		} else if meta.isArticle && isArticleText(meta.description) {
			body = meta.description
		} else {
			return Page{}, ErrNoArticle
		}
	}
	page.Body = dropLeadingTitle(body, page.Title)
	if page.Language == "" && wordUnits(body) >= 50 {
		page.Language = lang
	}
	return page, nil
}

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

// dropLeadingTitle removes the headline when the extractor kept it as the
// body's first paragraph: the title has a field of its own, and the
// events stage should not read the headline twice.
func dropLeadingTitle(body, title string) string {
	first, rest, ok := strings.Cut(body, "\n\n")
	if !ok || title == "" || !strings.EqualFold(collapse(first), collapse(title)) || !isArticleText(rest) {
		return body
	}
	return rest
}
