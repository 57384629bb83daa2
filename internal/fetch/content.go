package fetch

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// Kind is a class of content a caller accepts.
type Kind int

// The kinds of content Fetcher tells apart by media type.
const (
	KindOther Kind = iota // anything else: refused
	KindHTML              // text/html, application/xhtml+xml
	KindText              // text/plain
	KindJSON              // application/json and +json types other than feeds
	KindFeed              // RSS, Atom, JSON Feed and generic XML
)

// String names the kind in error messages.
func (k Kind) String() string {
	switch k {
	case KindHTML:
		return "HTML"
	case KindText:
		return "plain text"
	case KindJSON:
		return "JSON"
	case KindFeed:
		return "feed"
	}
	return "other"
}

// IngestKinds are what `chronicle ingest URL` reads: pages, text and JSON
// records, the same shapes as from files.
var IngestKinds = []Kind{KindHTML, KindText, KindJSON}

// ParseContentType splits a Content-Type header into its lower-case media
// type and charset label, tolerating the malformed parameters servers send.
func ParseContentType(v string) (mediaType, charsetLabel string) {
	mt, params, err := mime.ParseMediaType(v)
	if err != nil {
		// mime refuses "text/html; charset" and duplicate parameters;
		// the media type before the first ';' is still good.
		lower := strings.ToLower(v) // lower-cased once: ToLower may change byte offsets
		mt, _, _ = strings.Cut(lower, ";")
		mt = strings.TrimSpace(mt)
		if i := strings.Index(lower, "charset="); i >= 0 {
			c := lower[i+len("charset="):]
			c, _, _ = strings.Cut(c, ";")
			params = map[string]string{"charset": strings.Trim(strings.TrimSpace(c), `"'`)}
		}
	}
	return mt, strings.ToLower(strings.TrimSpace(params["charset"]))
}

// KindOf classifies a media type (as ParseContentType returns it).
func KindOf(mediaType string) Kind {
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		return KindHTML
	case "text/plain":
		return KindText
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
		"application/xml", "text/xml", "application/x-rss+xml", "application/rss", "text/rss+xml":
		return KindFeed
	case "application/json", "text/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
		return KindJSON
	}
	if strings.HasSuffix(mediaType, "+json") {
		return KindJSON
	}
	if strings.HasSuffix(mediaType, "+xml") {
		return KindFeed
	}
	return KindOther
}

// sniffKind classifies a body sent without a Content-Type (or with
// application/octet-stream) from its first bytes.
func sniffKind(body []byte) Kind {
	head := bytes.TrimLeft(bytes.TrimPrefix(body[:min(len(body), 1024)], []byte("\xEF\xBB\xBF")), " \t\r\n")
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")):
		return KindHTML
	case bytes.HasPrefix(lower, []byte("<?xml")), bytes.HasPrefix(lower, []byte("<rss")), bytes.HasPrefix(lower, []byte("<feed")):
		if bytes.Contains(lower, []byte("<html")) {
			return KindHTML
		}
		return KindFeed
	case len(head) > 0 && (head[0] == '{' || head[0] == '['):
		return KindJSON
	}
	return KindOther
}

// ToUTF8 applies a charset declared outside the content (an HTTP
// Content-Type header) to an HTML or text body. The result is the body
// unchanged when the label is empty, unknown or UTF-8, or when the bytes
// are valid UTF-8 with multi-byte sequences (servers often keep a stale
// single-byte label for pages a CMS re-encoded). Otherwise the body is
// decoded and given a UTF-8 byte order mark: the HTML cleaner lets a byte
// order mark win over the page's <meta>, which is the precedence the HTML
// standard gives the transport's charset.
func ToUTF8(body []byte, label string) []byte {
	if label == "" || bytes.HasPrefix(body, []byte("\xEF\xBB\xBF")) ||
		bytes.HasPrefix(body, []byte{0xFE, 0xFF}) || bytes.HasPrefix(body, []byte{0xFF, 0xFE}) {
		return body
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		return body
	}
	if utf8.Valid(body) && hasHighByte(body) {
		return body
	}
	if !hasHighByte(body) && name != "replacement" && !strings.HasPrefix(name, "iso-2022") {
		return body // ASCII reads the same in every ASCII-compatible charset
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return body // let the cleaner's own detection decide
	}
	return append([]byte("\xEF\xBB\xBF"), out...)
}

// hasHighByte reports whether b has a byte outside ASCII.
func hasHighByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
