package meta

import (
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token of a line.
type tokKind uint8

const (
	tkWord  tokKind = iota + 1 // letters, apostrophes inside words
	tkNum                      // ASCII digits
	tkSpace                    // a run of white space
	tkPunct                    // one other character
)

// token is a piece of a line with its byte span.
type token struct {
	kind       tokKind
	s          string
	start, end int
}

// tokenize splits s into words, numbers, spaces and single punctuation
// characters. Words are also split where glued text changes case
// ("KutielievaFriday" -> "Kutielieva", "Friday"; "ISTUpdated" -> "IST",
// "Updated"), which is how scraped pages lose the space between a byline and
// its date.
func tokenize(s string, out []token) []token {
	out = out[:0]
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			out = append(out, token{tkNum, s[i:j], i, j})
			i = j
		case unicode.IsSpace(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
			out = append(out, token{tkSpace, s[i:j], i, j})
			i = j
		case isLetter(r):
			i = wordTokens(s, i, &out)
		default:
			out = append(out, token{tkPunct, s[i : i+n], i, i + n})
			i += n
		}
	}
	return out
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// wordTokens reads the word starting at i, appends it split at case
// changes, and returns the offset after it.
func wordTokens(s string, i int, out *[]token) int {
	start := i
	var prev, prev2 rune // the two runes before the current one, 0 at the start
	for i < len(s) {
		// A lower-case ASCII letter, most of what is read, continues the
		// word and splits it only after two capitals (below).
		if c := s[i]; 'a' <= c && c <= 'z' && !(isUpper(prev) && isUpper(prev2)) {
			prev2, prev = prev, rune(c)
			i++
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isApostrophe(r) && i > start {
			// Keep an apostrophe only between two letters (п'ятниця, O'Brien).
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if !unicode.IsLetter(r2) {
				break
			}
		} else if !isLetter(r) && (r < utf8.RuneSelf || !unicode.Is(unicode.Mn, r)) {
			break
		}
		if i > start && isUpper(r) {
			if isLower(prev) {
				*out = append(*out, token{tkWord, s[start:i], start, i})
				start = i
			}
		} else if i > start && isLower(r) && isUpper(prev) && isUpper(prev2) {
			// "ISTUpdated": the upper-case run ends one rune before.
			_, pn := utf8.DecodeLastRuneInString(s[:i])
			if cut := i - pn; cut > start {
				*out = append(*out, token{tkWord, s[start:cut], start, cut})
				start = cut
			}
		}
		prev2, prev = prev, r
		i += n
	}
	if i > start {
		*out = append(*out, token{tkWord, s[start:i], start, i})
	}
	return i
}

// isLetter, isUpper and isLower are their unicode namesakes with a fast
// path for ASCII, most of what the scanner reads.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}
