package clean

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/clean/meta"
	"github.com/chronicle-news/chronicle/internal/clean/text"
	"github.com/chronicle-news/chronicle/internal/source"
)

// ErrNoArticle reports a document in which no article text was found: a
// page of navigation only, or a text too short to be news.
var ErrNoArticle = errors.New("no article text found")

// Cleaner cleans documents. It is safe for concurrent use; what it learns
// from one document (through Learn) helps with the others.
type Cleaner struct {
	repeats *text.Repeats
	memory  *meta.Memory
}

// New returns a Cleaner that has learned nothing yet.
func New() *Cleaner {
	return &Cleaner{repeats: text.NewRepeats(), memory: meta.NewMemory()}
}

// Result is a clean article with the reasons behind it.
type Result struct {
	Article article.Article
	// Lines are the roles given to the lines of a flattened page (nil for
	// HTML), for `extract --explain`.
	Lines []text.Line
	// Evidence says where the metadata came from.
	Evidence []string
}

// Prepared is what learning read of a document, kept for its cleaning so
// that the page is not read twice. Its zero value (or nil) is fine: Clean
// then reads the page itself.
type Prepared struct {
	raw   string // the document's text, converted once
	page  *meta.Page
	lines *text.Lines // the page split and normalised, when learning needed it
}

// Learn records what a document shows about its site without cleaning it:
// its lines, so that furniture repeated across an outlet's pages can be
// recognised, and its unambiguous dates, which settle the day/month order of
// the outlet's numeric dates. It returns what it read, for Clean.
func (c *Cleaner) Learn(doc source.Document) *Prepared {
	if doc.Format != article.FormatText {
		return nil
	}
	raw := string(doc.Data)
	p := meta.Read(raw, hints(doc.Hints))
	c.memory.LearnPage(p)
	// Pages of unknown sites share nothing: pooling them would turn a wire
	// story syndicated by two sites into furniture.
	prep := &Prepared{raw: raw, page: p}
	if site := p.Outlet(); site != "" {
		prep.lines = text.SplitLines(raw)
		c.repeats.ObserveLines(site, prep.lines)
	}
	return prep
}

// Clean turns one document into an article. The error says why the
// document holds no article; the caller adds the document's origin.
func (c *Cleaner) Clean(ctx context.Context, doc source.Document, prep *Prepared) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	var (
		res Result
		err error
	)
	switch doc.Format {
	case article.FormatHTML:
		res, err = c.cleanHTML(ctx, doc)
	default:
		res = c.cleanText(doc, prep)
	}
	if err != nil {
		return Result{}, err
	}
	a := &res.Article
	if text.CountWords(a.Body, minWords) < minWords {
		return Result{}, fmt.Errorf("%w (%d words of body text)", ErrNoArticle, len(strings.Fields(a.Body)))
	}
	a.Hash, a.ID = article.HashOf(doc.Data)
	a.Source = doc.Origin
	a.Format = doc.Format
	a.Raw = doc.Data
	if doc.Hints.Title != "" {
		a.Title = strings.TrimSpace(doc.Hints.Title)
	}
	if a.URL == "" {
		a.URL = doc.Hints.URL
	}
	return res, nil
}

// minWords is the shortest body that counts as an article: below it a page
// is a teaser, a gallery or navigation.
const minWords = 15

func (c *Cleaner) cleanText(doc source.Document, prep *Prepared) Result {
	var (
		raw   string
		page  *meta.Page
		lines *text.Lines
	)
	if prep != nil && prep.page != nil {
		raw, page, lines = prep.raw, prep.page, prep.lines
	} else {
		raw = string(doc.Data)
		page = meta.Read(raw, hints(doc.Hints))
	}
	// The metadata come first: the outlet scopes the repeated lines.
	m := page.Meta(c.memory)
	clean := text.Clean(raw, text.Options{Site: m.Outlet, Repeats: c.repeats, Lines: lines})
	m.SetLanguage(clean.Body)
	return Result{
		Article: article.Article{
			Title: clean.Title, Published: m.Published, Outlet: m.Outlet,
			Authors: m.Authors, Language: m.Language, Body: clean.Body,
		},
		Lines:    clean.Lines,
		Evidence: m.Evidence,
	}
}

func hints(h source.Hints) meta.Hints {
	return meta.Hints{URL: h.URL, Outlet: h.Outlet, Published: h.Published, Authors: h.Authors}
}
