package postgres

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxIndexed caps the bytes of body text that go into the search index.
// PostgreSQL refuses a tsvector over 1 MB, which a long page of distinct
// tokens can reach; news stories are a few kilobytes, so the cap only
// keeps an outsized input from failing its Put. The whole body is stored.
const maxIndexed = 256 << 10

// pgText makes s acceptable to a PostgreSQL text value, which must be
// valid UTF-8 without NUL bytes: invalid sequences and NULs become U+FFFD.
// Text that is already acceptable is returned as it is, without copying.
func pgText(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

// fold returns s as the search index holds it: lower case, without
// diacritics ("Zürich" is "zurich"), so that matching depends neither on
// the database's locale nor on how a user types accents.
func fold(s string) string {
	s = pgText(s)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	// Decompose to split off the marks, drop those on Latin, Greek and
	// Cyrillic letters (accents, as SQLite's remove_diacritics does; in
	// other scripts marks are often vowels), and compose again so that
	// scripts such as Hangul keep their usual form.
	var (
		b         strings.Builder
		accenting bool // the last base letter takes accents off
	)
	d := norm.NFD.String(s)
	b.Grow(len(d))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			if !accenting {
				b.WriteRune(r)
			}
			continue
		}
		accenting = r < utf8.RuneSelf || unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// clipBytes cuts s to at most n bytes, at a rune boundary.
func clipBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
