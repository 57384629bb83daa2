package event

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence. w is the lower-case
// form the lexicons are written in; s and e are byte offsets in the
// sentence.
type token struct {
	s, e  int
	w     string
	punct bool
	upper bool // the word starts with a capital letter
}

// tokenize splits a sentence into words (letters and digits, with inner
// apostrophes and dots kept: "U.S.", "Russia's" is "russia" + "'s") and
// single punctuation marks. The lower-case forms are cut from one
// lower-cased copy of the sentence when lower-casing keeps its length,
// which is the common case and costs one allocation.
func tokenize(s string, buf []token) []token {
	low := strings.ToLower(s)
	same := len(low) == len(s)
	out := buf[:0]
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(s[j:])
				}
				if isWordRune(r2) {
					j += n2
					continue
				}
				// inner dots (U.S., a.m.) and apostrophes (don't) stay in the word,
				// but the possessive 's is a token of its own.
				if (r2 == '.' || r2 == '\'' || r2 == '’') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if isWordRune(r3) && !(r2 != '.' && isPossessive(s[j+n2:])) {
						j += n2
						continue
					}
				}
				if r2 == '.' && unicode.IsUpper(r) && (j-i <= 2 || initials(s[i:j])) {
					// "Mr.", "U.S." and "U.K." keep their last dot.
					j += n2
				}
				// digit groups stay one number: "1,200 prisoners"
				if r2 == ',' && j+n2+3 <= len(s) && isDigits(s[j-1:j]) && isDigits(s[j+n2:j+n2+3]) &&
					(j+n2+3 == len(s) || !isWordRune(rune(s[j+n2+3]))) {
					j += n2 + 3
					continue
				}
				break
			}
			w := ""
			if same {
				w = low[i:j]
			} else {
				w = strings.ToLower(s[i:j])
			}
			out = append(out, token{s: i, e: j, w: w, upper: unicode.IsUpper(r)})
			i = j
		case r == '\'' || r == '’':
			if isPossessive(s[i+n:]) {
				out = append(out, token{s: i, e: i + n + 1, w: "'s"})
				i += n + 1
				continue
			}
			out = append(out, token{s: i, e: i + n, w: "'", punct: true})
			i += n
		default:
			w := s[i : i+n]
			switch r {
			case '“', '”', '«', '»', '„':
				w = "\""
			case '–', '—':
				w = "-"
			}
			out = append(out, token{s: i, e: i + n, w: w, punct: true})
			i += n
		}
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isPossessive reports whether the text after an apostrophe is the
// possessive s.
func isPossessive(rest string) bool {
	if rest == "" || (rest[0] != 's' && rest[0] != 'S') {
		return false
	}
	if len(rest) == 1 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return !isWordRune(r)
}

// initials reports whether a word is one capital or capitals joined by
// dots ("U", "U.S"): its following dot belongs to it.
func initials(w string) bool {
	for k := 0; k < len(w); k++ {
		if k%2 == 1 && w[k] != '.' || k%2 == 0 && (w[k] < 'A' || w[k] > 'Z') {
			return false
		}
	}
	return len(w) > 0 && len(w) <= 5
}

// isDigits reports whether s is made of ASCII digits only.
func isDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return s != ""
}
