package meta

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
)

// Hints are metadata that came with the document (a JSON record, HTML meta
// tags, the URL); they win over what the text suggests when they are
// well-formed.
type Hints struct {
	URL       string
	Outlet    string
	Published string // as the record gives it: RFC 3339, YYYY-MM-DD, or a free-form date string
	Authors   []string
}

// Meta is the metadata of one article.
type Meta struct {
	Published article.Published
	Outlet    string
	Authors   []string
	Language  string   // ISO 639-1, "" when undetermined (e.g. too little text)
	Evidence  []string // human-readable reasons, for `chronicle extract --explain`
}

// FromText reads the metadata of one flattened page. body is the clean
// article text, used for language detection; when it is empty the page's
// prose lines are used instead. m may be nil.
func FromText(raw, body string, h Hints, m *Memory) Meta {
	md, pg := fromPage(raw, h, m)
	text := body
	if strings.TrimSpace(text) == "" {
		text = pg.proseSample(langPrefix)
	}
	md.setLanguage(text)
	return md
}

// FromPage is FromText without the language, for callers that detect it
// once they have the clean body.
func FromPage(raw string, h Hints, m *Memory) Meta {
	md, _ := fromPage(raw, h, m)
	return md
}

// setLanguage detects the language of text and records it with its evidence.
func (md *Meta) setLanguage(text string) {
	md.Language = Language(text)
	if md.Language == "" {
		md.Evidence = append(md.Evidence, "language: undetermined (too little text or low confidence)")
	} else {
		md.Evidence = append(md.Evidence, "language: "+md.Language)
	}
}

// SetLanguage detects the language of the clean body and records it with
// its evidence.
func (md *Meta) SetLanguage(body string) { md.setLanguage(body) }

func fromPage(raw string, h Hints, m *Memory) (Meta, *page) {
	p := Read(raw, h)
	return p.Meta(m), p.pg
}

// OutletOf names the outlet of a page as FromText does (hints first, then
// the URL host and the page's own signatures), without the cost of reading
// its dates, authors and language. It is "" when nothing names one.
func OutletOf(raw string, h Hints) string {
	return findOutlet(readPage(raw), h).name
}

// PageYear returns the latest year written in a date on a flattened page,
// captions and photo credits included but not lists of other articles, or
// 0 when there is none. It is no publication date: a page that gives none
// still tells the era it belongs to ("May 16" under a caption dated
// "May 21, 2025" is a day of 2025), which the time normaliser needs.
func PageYear(raw string) int {
	pg := readPage(raw)
	pg.findDates()
	year := 0
	for i := range pg.lines {
		l := &pg.lines[i]
		if l.list {
			continue
		}
		for _, d := range l.dates {
			if d.year > year && d.year >= 1900 && d.year <= 2200 {
				year = d.year
			}
		}
	}
	return year
}
