package actor

import (
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/kb"
)

// token is a word or a punctuation mark of a sentence.
type token struct {
	start, end int
	raw        string
	fold       string
	word       bool // letters or digits
	upper      bool // begins with an upper-case letter
	caps       bool // two or more letters, all upper case
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDash(r rune) bool {
	return r == '-' || r == '‐' || r == '‑'
}

// tokenize splits s into tokens. Hyphens inside words vanish so that
// "Secretary-General" and "Secretary General" match alike; "U.S." stays one
// token; a possessive "'s" is a token of its own.
func tokenize(s string, toks []token) []token {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := wordEnd(s, i)
			j = abbrevEnd(s, i, j)
			toks = append(toks, wordToken(s, i, j))
			i = j
		case r == '\'' || r == '’':
			j := i + size
			if j < len(s) && (s[j] == 's' || s[j] == 'S') && (j+1 == len(s) || !startsWord(s[j+1:])) {
				toks = append(toks, token{start: i, end: j + 1, raw: s[i : j+1], fold: "'s"})
				i = j + 1
				continue
			}
			toks = append(toks, token{start: i, end: j, raw: s[i:j], fold: "'"})
			i = j
		case isDash(r) && i > 0 && len(toks) > 0 && toks[len(toks)-1].end == i && toks[len(toks)-1].word &&
			i+size < len(s) && startsWord(s[i+size:]):
			i += size
		default:
			toks = append(toks, token{start: i, end: i + size, raw: s[i : i+size], fold: kb.Fold(s[i : i+size])})
			i += size
		}
	}
	return toks
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && isWordRune(r)
}

func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += size
	}
	return i
}

// abbrevEnd extends a single letter to a dotted abbreviation: U.S., U.N., D.C.
func abbrevEnd(s string, start, end int) int {
	if utf8.RuneCountInString(s[start:end]) != 1 || end >= len(s) || s[end] != '.' {
		return end
	}
	j := end
	for j < len(s) && s[j] == '.' {
		k := wordEnd(s, j+1)
		if k == j+1 || utf8.RuneCountInString(s[j+1:k]) != 1 {
			break
		}
		j = k
	}
	if j == end {
		return end
	}
	if j < len(s) && s[j] == '.' {
		j++
	}
	return j
}

func wordToken(s string, i, j int) token {
	raw := s[i:j]
	t := token{start: i, end: j, raw: raw, fold: kb.Fold(raw), word: true}
	first, _ := utf8.DecodeRuneInString(raw)
	t.upper = unicode.IsUpper(first)
	letters, uppers := 0, 0
	for _, r := range raw {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
	}
	t.caps = letters >= 2 && letters == uppers
	return t
}
