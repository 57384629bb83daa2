package html

import (
	"net/url"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
)

// pageMeta is the metadata a page states about itself.
type pageMeta struct {
	title       string
	published   article.Published
	authors     []string
	siteName    string
	language    string
	url         string
	description string
	isArticle   bool // og:type article or a schema.org article object
}

// publishedKeys are the meta names and properties that carry the
// publication time, most specific first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished", "og:published_time",
	"published_time", "article.published", "publish-date", "publish_date", "publishdate",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
	"dcterms.date", "dc.date.created", "dcterms.created", "citation_publication_date",
	"citation_date", "pubdate", "date", "original-publish-date", "publication_date",
	"article:published", "cxenseparse:recs:publishtime", "date.available",
}

// readMeta gathers the page's metadata from its meta tags, JSON-LD, <time>
// elements and title, resolving URLs against base (which may be nil).
func readMeta(s *scan, base *url.URL) pageMeta {
	ld := readJSONLD(s.jsonLD)
	var m pageMeta

	m.isArticle = ld.isArticle || strings.EqualFold(s.first("og:type"), "article")
	m.siteName = cleanSiteName(s.first("og:site_name", "application-name", "al:iphone:app_name"))
	if m.siteName == "" {
		m.siteName = cleanSiteName(ld.publisher)
	}

	m.title = firstNonEmpty(s.first("og:title"), ld.headline, s.first("twitter:title", "headline", "dc.title"), s.h1, s.title)
	m.title = stripSiteSuffix(m.title, m.siteName)

	m.description = firstNonEmpty(s.first("og:description", "description", "twitter:description", "dc.description"), ld.description)

	m.url = resolveURL(base, s.canonical)
	if m.url == "" {
		m.url = resolveURL(base, s.first("og:url"))
	}
	if m.url == "" && ld.isArticle {
		m.url = resolveURL(base, ld.url)
	}

	m.language = firstNonEmpty(langCode(s.lang), langCode(s.first("content-language", "language", "dc.language", "og:locale")), langCode(ld.language))

	m.published = pickPublished(s, ld, m.url, base)
	m.authors = pickAuthors(s, ld, m.siteName)
	return m
}

// pickPublished takes the publication time from the most trusted source
// that states one: JSON-LD, meta tags, <time> elements, then the URL.
func pickPublished(s *scan, ld ldInfo, canonical string, base *url.URL) article.Published {
	var best article.Published
	consider := func(v string) bool {
		p := parseDate(v)
		if p.IsZero() {
			return false
		}
		// A later source may state the same day with a time of day; keep
		// the finer one when the days agree.
		if best.IsZero() {
			best = p
		} else if best.Precision == article.Day && p.Precision == article.Minute && best.Day() == p.Day() {
			best = p
		}
		return best.Precision == article.Minute
	}
	if consider(ld.published) {
		return best
	}
	for _, k := range publishedKeys {
		for _, v := range s.meta[k] {
			if consider(v) {
				return best
			}
		}
	}
	if best.IsZero() && ld.created != "" {
		consider(ld.created)
	}
	times := s.times
	for _, t := range times {
		if t.published && consider(t.value) {
			return best
		}
	}
	if best.IsZero() {
		for _, t := range times {
			if t.inArticle {
				consider(t.value)
				break
			}
		}
	}
	if best.IsZero() && len(times) == 1 {
		consider(times[0].value)
	}
	if !best.IsZero() {
		return best
	}
	if p := dateFromURL(canonical); !p.IsZero() {
		return p
	}
	if base != nil {
		return dateFromURL(base.Path)
	}
	return best
}

// resolveURL returns ref as an absolute http(s) URL, or "".
func resolveURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// langCode reduces a language tag ("en-GB", "en_US", "eng") to ISO 639-1.
func langCode(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) == 3 {
		tag = iso6392[tag]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}

// iso6392 maps the three-letter codes pages use most to ISO 639-1.
var iso6392 = map[string]string{
	"eng": "en", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "spa": "es", "ita": "it",
	"por": "pt", "rus": "ru", "ukr": "uk", "pol": "pl", "nld": "nl", "dut": "nl", "zho": "zh",
	"chi": "zh", "jpn": "ja", "kor": "ko", "ara": "ar", "tur": "tr", "heb": "he", "fas": "fa",
	"per": "fa", "hin": "hi", "swe": "sv", "nor": "no", "dan": "da", "fin": "fi", "ces": "cs",
	"cze": "cs", "ell": "el", "gre": "el", "ron": "ro", "rum": "ro", "hun": "hu", "bul": "bg",
}

// cleanSiteName drops values that are handles or addresses rather than names.
func cleanSiteName(s string) string {
	s = strings.TrimPrefix(collapse(s), "@")
	if strings.Contains(s, "://") || len(s) > 100 {
		return ""
	}
	return s
}

// stripSiteSuffix removes " | Outlet" or " - Outlet" from a title.
func stripSiteSuffix(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && t != "" {
			return strings.TrimSpace(t)
		}
		if t, ok := strings.CutPrefix(title, site+sep); ok && t != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
