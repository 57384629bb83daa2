package text

import (
	"unicode"
	"unicode/utf8"
)

// CountWords counts the words of s as strings.Fields splits them, stopping
// at limit: callers ask whether a body reaches a minimum length, which
// needs neither the words nor a pass over a long body.
func CountWords(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; {
		c := s[i]
		space := false
		size := 1
		if c < utf8.RuneSelf {
			space = asciiSpaces[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !in {
			n++
		}
		in = !space
		i += size
	}
	return n
}

// asciiSpaces are the ASCII bytes unicode.IsSpace reports.
var asciiSpaces = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
