package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerSet finds lower-case needles in a line as if the line had been
// lower-cased first, without building the lower-cased copy: every line of
// every page is tested against such lists, and most lines hold none of
// them. Needles are indexed by their first byte so that one pass over the
// line tries only the needles that can start at each byte.
type lowerSet struct {
	first [256][]string
	// pairs[a] has bit b set when a needle begins with the bytes a, b: a
	// cheap test that rules out most positions of a line.
	pairs [256][4]uint64
}

// newLowerSet indexes lower-case needles.
func newLowerSet(needles []string) *lowerSet {
	s := &lowerSet{}
	for _, n := range needles {
		if n == "" {
			continue
		}
		s.first[n[0]] = append(s.first[n[0]], n)
		if len(n) == 1 {
			s.pairs[n[0]] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		} else {
			s.pairs[n[0]][n[1]>>6] |= 1 << (n[1] & 63)
		}
	}
	return s
}

// in reports whether strings.ToLower(text) contains one of the needles.
// The caller has checked asciiCase(text): lower-casing then changes only
// the ASCII capitals, which the comparison folds byte by byte.
func (s *lowerSet) in(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		a, b := lowerByte(text[i]), lowerByte(text[i+1])
		if s.pairs[a][b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		for _, n := range s.first[a] {
			if hasPrefixLower(text[i:], n) {
				return true
			}
		}
	}
	if n := len(text); n > 0 {
		for _, needle := range s.first[lowerByte(text[n-1])] {
			if len(needle) == 1 {
				return true
			}
		}
	}
	return false
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixLower reports whether text, with its ASCII capitals lowered,
// begins with the lower-case needle n.
func hasPrefixLower(text, n string) bool {
	if len(text) < len(n) {
		return false
	}
	for k := 0; k < len(n); k++ {
		if lowerByte(text[k]) != n[k] {
			return false
		}
	}
	return true
}

// asciiCase reports whether lower-casing text changes nothing but its ASCII
// capitals: true of ASCII text and of text whose other letters are already
// lower case (or uncased), such as English with typographic quotes.
func asciiCase(text string) bool {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError || unicode.ToLower(r) != r {
			return false
		}
		i += size
	}
	return true
}

// lookupLower is m[strings.ToLower(w)] without building the lower-case
// string for a short ASCII word, the common case of the date scanner's many
// look-ups: the map is indexed with a stack buffer, which does not allocate.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [24]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		buf[i] = lowerByte(c)
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// lowerASCIICase is strings.ToLower for a text asciiCase accepts: only its
// ASCII capitals change, so no rune is decoded.
func lowerASCIICase(s string) string {
	var b strings.Builder
	from := 0 // s[from:i] is copied as it is
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	if b.Cap() == 0 {
		return s // nothing to change: no copy
	}
	b.WriteString(s[from:])
	return b.String()
}
