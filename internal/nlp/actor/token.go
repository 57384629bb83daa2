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
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDash(r rune) bool {
	return r == '-' || r == '‐' || r == '‑'
}

// tokenize splits s into tokens. Hyphens inside words vanish so that
// "Secretary-General" and "Secretary General" match alike; "U.S." stays one
// token; a possessive "'s" is a token of its own.
func tokenize(s string, toks []token) []token { return tokenizeWith(s, toks, nil) }

// tokenizeWith is tokenize taking the folded forms of capitalised words
// from folds (see Recognizer.folds) when they are there, which spares the
// allocation of a new lower-case string for most names and sentence
// openers.
func tokenizeWith(s string, toks []token, folds map[string]string) []token {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := wordEnd(s, i)
			j = abbrevEnd(s, i, j)
			toks = append(toks, wordToken(s, i, j, folds))
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
		if c := s[i]; c < utf8.RuneSelf {
			if !isWordRune(rune(c)) {
				break
			}
			i++
			continue
		}
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
	if end >= len(s) || s[end] != '.' || end-start > utf8.UTFMax || utf8.RuneCountInString(s[start:end]) != 1 {
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

func wordToken(s string, i, j int, folds map[string]string) token {
	raw := s[i:j]
	t := token{start: i, end: j, raw: raw, fold: foldWord(raw, folds), word: true}
	first, _ := utf8.DecodeRuneInString(raw)
	t.upper = unicode.IsUpper(first)
	letters, uppers := 0, 0
	ascii := true
	for k := 0; k < len(raw); k++ {
		switch c := raw[k]; {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'A' <= c && c <= 'Z':
			letters++
			uppers++
		case 'a' <= c && c <= 'z':
			letters++
		}
	}
	if ascii {
		t.caps = letters >= 2 && letters == uppers
		return t
	}
	letters, uppers = 0, 0
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

// foldWord is kb.Fold(raw), taken from folds when raw is a short ASCII word
// whose folded form is there.
func foldWord(raw string, folds map[string]string) string {
	var buf [32]byte
	if folds == nil || len(raw) > len(buf) {
		return kb.Fold(raw)
	}
	upper := false
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		switch {
		case c >= utf8.RuneSelf:
			return kb.Fold(raw)
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			upper = true
		case c == '`':
			c = '\''
			upper = true
		}
		buf[k] = c
	}
	if !upper {
		return raw
	}
	if f, ok := folds[string(buf[:len(raw)])]; ok {
		return f
	}
	return string(buf[:len(raw)])
}
