package html

import (
	"context"
	"errors"
	"fmt"
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
		// Parsing a string fails only on a page the parser will not build
		// (elements nested too deep): it gets one more try, flattened.
		doc, err = xhtml.Parse(strings.NewReader(flattenNesting(src)))
	}
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

	// The lead is looked for before extraction, which may prune the tree.
	lead := findLead(doc)
	body, lang, err := extractBody(doc, base, cfg)
	if err != nil {
		return Page{}, err
	}
	if err := ctx.Err(); err != nil {
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
	page.Body = dropLeadingTitle(dropBoilerplate(withLead(body, lead)), page.Title)
	if page.Language == "" && wordUnits(body) >= 50 {
		page.Language = lang
	}
	return page, nil
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
