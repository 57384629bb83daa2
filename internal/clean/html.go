package clean

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	htmlclean "github.com/chronicle-news/chronicle/internal/clean/html"
	"github.com/chronicle-news/chronicle/internal/clean/meta"
	"github.com/chronicle-news/chronicle/internal/source"
)

func (c *Cleaner) cleanHTML(ctx context.Context, doc source.Document) (Result, error) {
	p, err := htmlclean.Extract(ctx, doc.Data, doc.Hints.URL)
	if errors.Is(err, htmlclean.ErrNoArticle) {
		return Result{}, fmt.Errorf("%w in HTML page", ErrNoArticle)
	}
	if err != nil {
		return Result{}, err
	}
	a := article.Article{
		Title: p.Title, Published: p.Published, Authors: p.Authors, Language: p.Language, Body: p.Body,
		URL: firstNonEmpty(doc.Hints.URL, p.URL),
	}
	var ev []string
	if doc.Hints.Published != "" {
		if pub, ok := meta.ParseDate(doc.Hints.Published, meta.Unknown, nil); ok {
			a.Published = pub
			ev = append(ev, "published: from the record's published field")
		}
	}
	a.Outlet, ev = outletOfHTML(doc.Hints, a.URL, p.SiteName, ev)
	if a.Published.Precision == article.Minute {
		ev = append(ev, "published: from the page's metadata, with its time zone")
	}
	if len(doc.Hints.Authors) > 0 {
		a.Authors = doc.Hints.Authors
	}
	if lang := meta.Language(a.Body); lang != "" && (a.Language == "" || !strings.EqualFold(lang, a.Language)) {
		// The declared language is often a site-wide default; the text itself
		// is better evidence when the detector is confident.
		a.Language = lang
	}
	return Result{Article: a, Evidence: ev}, nil
}

// outletOfHTML names the outlet of an HTML page: the record's own field, a
// known site by URL host or by its declared site name, else the declared
// name as it stands.
func outletOfHTML(h source.Hints, pageURL, siteName string, ev []string) (string, []string) {
	if h.Outlet != "" {
		if o, ok := meta.LookupOutlet(h.Outlet); ok {
			return o.Name, append(ev, "outlet: the record's outlet field")
		}
		return h.Outlet, append(ev, "outlet: the record's outlet field")
	}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		if o, ok := meta.LookupOutlet(u.Host); ok {
			return o.Name, append(ev, "outlet: known site "+u.Host)
		}
	}
	if siteName != "" {
		if o, ok := meta.LookupOutlet(siteName); ok {
			return o.Name, append(ev, "outlet: the page's site name")
		}
		return siteName, append(ev, "outlet: the page's site name")
	}
	return "", ev
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
