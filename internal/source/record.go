package source

import (
	"fmt"
	"strings"
)

// record is a JSON record as found in news dumps. Each field of the
// Document has several accepted names because dumps differ: the names of
// this project's contract first, then those of common tools (news-please's
// maintext, date_publish and source_domain; NewsAPI's publishedAt and its
// source object). encoding/json matches names without regard to case.
type record struct {
	URL          flexString `json:"url"`
	Link         flexString `json:"link"`
	CanonicalURL flexString `json:"canonical_url"`

	Title    flexString `json:"title"`
	Headline flexString `json:"headline"`

	Published     flexString `json:"published"`
	PublishedAt   flexString `json:"published_at"`
	PublishedAtC  flexString `json:"publishedAt"`
	DatePublished flexString `json:"datePublished"`
	DatePublish   flexString `json:"date_publish"`
	PubDate       flexString `json:"pubDate"`
	Date          flexString `json:"date"`

	Outlet       flexString `json:"outlet"`
	SiteName     flexString `json:"site_name"`
	Publisher    flexString `json:"publisher"`
	Source       flexString `json:"source"`
	SourceDomain flexString `json:"source_domain"`

	Authors flexList `json:"authors"`
	Author  flexList `json:"author"`
	Byline  flexList `json:"byline"`

	HTML    flexString `json:"html"`
	RawHTML flexString `json:"raw_html"`

	Text     flexString `json:"text"`
	Body     flexString `json:"body"`
	Content  flexString `json:"content"`
	MainText flexString `json:"maintext"`
}

// first returns the first non-empty value, trimmed.
func first(vals ...flexString) string {
	for _, v := range vals {
		if s := strings.TrimSpace(v.s); s != "" {
			return s
		}
	}
	return ""
}

// hints gathers the metadata of the record.
func (rec *record) hints() Hints {
	h := Hints{
		URL:       first(rec.URL, rec.Link, rec.CanonicalURL),
		Title:     first(rec.Title, rec.Headline),
		Published: first(rec.Published, rec.PublishedAt, rec.PublishedAtC, rec.DatePublished, rec.DatePublish, rec.PubDate, rec.Date),
		Outlet:    first(rec.Outlet, rec.SiteName, rec.Publisher, rec.Source, rec.SourceDomain),
	}
	for _, l := range []flexList{rec.Authors, rec.Author, rec.Byline} {
		if len(l) > 0 {
			h.Authors = l
			break
		}
	}
	return h
}

// content returns the record's content and the kind its field implies. HTML
// is preferred when a record has both, because the page carries metadata
// and structure that the extracted text has lost. set reports whether any
// content field was present at all, to tell an empty record from one that
// lacks the field.
func (rec *record) content() (data string, k kind, set bool) {
	for _, f := range []flexString{rec.HTML, rec.RawHTML} {
		if strings.TrimSpace(f.s) != "" {
			return f.s, kindHTML, true
		}
	}
	for _, f := range []flexString{rec.Text, rec.Body, rec.Content, rec.MainText} {
		if strings.TrimSpace(f.s) != "" {
			return f.s, kindMarkupText, true
		}
	}
	for _, f := range []flexString{rec.HTML, rec.RawHTML, rec.Text, rec.Body, rec.Content, rec.MainText} {
		set = set || f.set
	}
	return "", kindUnknown, set
}

// recordDocument turns a decoded record into a Document, checking its
// content as for a file.
func (r *run) recordDocument(origin string, rec *record) bool {
	content, k, set := rec.content()
	if content == "" {
		if set {
			return r.fail(origin, fmt.Errorf("%w (the record's content field is blank)", ErrEmpty))
		}
		return r.fail(origin, ErrNoContent)
	}
	if int64(len(content)) > r.max {
		return r.fail(origin, fmt.Errorf("%w: record content of %d bytes (limit %d bytes)", ErrTooLarge, len(content), r.max))
	}
	data, format, err := prepare([]byte(content), k)
	if err != nil {
		return r.fail(origin, err)
	}
	return r.emit(Document{Origin: origin, Format: format, Data: data, Hints: rec.hints()})
}
