package html

import (
	"bytes"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// prescanLimit is how far into the page a charset declaration is looked
// for. Browsers stop at 1024 bytes, but crawled pages often put a long
// block of scripts or comments before their <meta>, so look further.
const prescanLimit = 64 << 10

// rxMetaCharset finds a charset in either <meta charset=…> or
// <meta http-equiv="Content-Type" content="text/html; charset=…">.
var rxMetaCharset = regexp.MustCompile(`(?is)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// decode returns the page as UTF-8. The byte-order mark wins, then a
// declared charset, then UTF-8 when the bytes are valid UTF-8, and
// windows-1252 otherwise, as the HTML standard does for undeclared pages.
func decode(data []byte) (string, error) {
	if enc, name, ok := bomEncoding(data); ok {
		return transform(data, enc, name)
	}
	label := declaredCharset(data)
	if label != "" {
		enc, name := charset.Lookup(label)
		switch {
		case enc == nil:
			// An unknown label is a page bug, not a reason to lose the
			// page: fall through to detection.
		case name == "utf-8" || strings.HasPrefix(name, "utf-16"):
			// A <meta> cannot truthfully declare UTF-16 (it would not be
			// readable as ASCII); browsers read such pages as UTF-8.
			return strings.ToValidUTF8(string(data), "\uFFFD"), nil
		case mislabelledUTF8(data):
			// Pages re-encoded to UTF-8 by a CMS or proxy often keep their
			// old declaration; valid multi-byte UTF-8 is almost never an
			// accident in a single-byte charset.
			return string(data), nil
		default:
			return transform(data, enc, name)
		}
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	enc, name := charset.Lookup("windows-1252")
	return transform(data, enc, name)
}

// bomEncoding reports the encoding a byte-order mark announces.
func bomEncoding(data []byte) (encoding.Encoding, string, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM, "utf-8", true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", true
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", true
	}
	return nil, "", false
}

// declaredCharset returns the charset label of the first <meta> that
// declares one, or "".
func declaredCharset(data []byte) string {
	head := data[:min(len(data), prescanLimit)]
	m := rxMetaCharset.FindSubmatch(head)
	if m == nil {
		return ""
	}
	return strings.ToLower(string(m[1]))
}

// mislabelledUTF8 reports whether data is valid UTF-8 with at least one
// multi-byte sequence.
func mislabelledUTF8(data []byte) bool {
	if !utf8.Valid(data) {
		return false
	}
	for _, b := range data {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

func transform(data []byte, enc encoding.Encoding, name string) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("charset %s: %w", name, err)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), nil
}

// looksLikeHTML rejects input that is plainly something else: binary
// formats, and text without a single tag.
func looksLikeHTML(s string) bool {
	head := s[:min(len(s), 512)]
	ct := http.DetectContentType([]byte(head))
	if !strings.HasPrefix(ct, "text/") {
		return false
	}
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		c := s[i+1]
		if c == '!' || c == '/' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') {
			return true
		}
	}
	return false
}
