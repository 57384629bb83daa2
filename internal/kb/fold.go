package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special maps letters that have no canonical decomposition to the ASCII
// letters English-language news uses for them.
var special = map[rune]string{
	'ı': "i", 'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d",
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'ð': "d",
	'’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-",
}

// Fold returns s lower-cased with diacritics removed, so that "Çavuşoğlu"
// and "Cavusoglu", or "Türkiye" and "TURKIYE", compare equal. Non-Latin
// scripts keep their letters (Cyrillic is lower-cased, and "ё" becomes "е").
// Typographic apostrophes and dashes become their ASCII forms.
func Fold(s string) string {
	ascii := true
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' || c == '`' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		var b strings.Builder
		b.Grow(len(s))
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			case c == '`':
				b.WriteByte('\'')
			default:
				b.WriteByte(c)
			}
		}
		return b.String()
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r == '`' {
				b.WriteByte('\'')
				continue
			}
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if sp, ok := special[r]; ok {
			b.WriteString(sp)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		d := norm.NFD.String(string(r))
		for _, dr := range d {
			if !unicode.Is(unicode.Mn, dr) {
				b.WriteRune(unicode.ToLower(dr))
			}
		}
	}
	return b.String()
}
