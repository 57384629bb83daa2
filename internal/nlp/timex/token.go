package timex

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tkNone tokKind = iota // past either end of the sentence
	tkWord
	tkNum
	tkPunct
)

// token is a word, a run of digits or one punctuation rune, with the
// lexicon's view of it precomputed so the matchers never lower-case again.
type token struct {
	s, e int
	kind tokKind
	sp   bool // white space before the token
	cap  bool // word starting with an upper-case letter
	ed   bool // lower-case word with a regular past-tense -ed ending
	ly   bool // adverb in -ly, skipped when looking for an auxiliary
	lex  lexEntry
	num  int   // value of a digit run (capped at 1e6)
	nd   uint8 // number of digits
	r    rune  // the rune of a punctuation token
	trig bool  // may start a date expression
}

// maxWord bounds the bytes lower-cased for lexicon look-up; longer words are
// never date words.
const maxWord = 48

// tokenize splits s into tokens. It reports whether any token could start a
// date expression, so sentences without dates are rejected before matching.
func tokenize(s string, toks []token) ([]token, bool) {
	var buf [maxWord]byte
	trig := false
	sp := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			j := i
			n, nd := 0, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if n < 1e6 {
					n = n*10 + int(s[j]-'0')
				}
				nd++
				j++
			}
			if nd > 255 {
				nd = 255
			}
			toks = append(toks, token{s: i, e: j, kind: tkNum, sp: sp, num: n, nd: uint8(nd)})
			trig = true
			i, sp = j, false
		case unicode.IsLetter(r):
			j := i
			n, over := 0, false
			first, prevCyr := true, false
			t := token{s: i, kind: tkWord, sp: sp}
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf {
					lc := c | 0x20
					if c == '\'' && cyrApostrophe(s, j, 1, prevCyr) {
						if !over && n < maxWord {
							buf[n] = '\''
							n++
						}
						j++
						continue
					}
					if lc < 'a' || lc > 'z' {
						break
					}
					prevCyr = false
					if first {
						t.cap = c < 'a'
						first = false
					}
					if !over && n < maxWord {
						buf[n] = lc
						n++
					} else {
						over = true
					}
					j++
					continue
				}
				rr, sz := utf8.DecodeRuneInString(s[j:])
				if rr == '’' && cyrApostrophe(s, j, sz, prevCyr) {
					if !over && n < maxWord {
						buf[n] = '\''
						n++
					}
					j += sz
					continue
				}
				if !unicode.IsLetter(rr) && !unicode.IsMark(rr) {
					break
				}
				prevCyr = unicode.Is(unicode.Cyrillic, rr)
				if first {
					t.cap = unicode.IsUpper(rr)
					first = false
				}
				lr := unicode.ToLower(rr)
				if !over && n+utf8.RuneLen(lr) <= maxWord {
					n += utf8.EncodeRune(buf[n:], lr)
				} else {
					over = true
				}
				j += sz
			}
			t.e = j
			if n > 0 && !over {
				w := buf[:n]
				t.lex = lexicon[string(w)]
				if t.lex.flags&flagTrig != 0 {
					trig = true
					t.trig = true
				}
				if t.lex.tense == tmNone && !t.cap && isPastEd(w) {
					t.ed = true
				}
				t.ly = n > 3 && w[n-2] == 'l' && w[n-1] == 'y'
			}
			toks = append(toks, t)
			i, sp = j, false
		case unicode.IsSpace(r):
			i += size
			sp = true
		default:
			toks = append(toks, token{s: i, e: i + size, kind: tkPunct, sp: sp, r: r})
			i, sp = i+size, false
		}
	}
	return toks, trig
}

// isPastEd reports a regular past tense: "convened", "signed", but not
// "need", "proceed" or adjectives such as "united".
func isPastEd(w []byte) bool {
	n := len(w)
	if n < 4 || w[n-2] != 'e' || w[n-1] != 'd' {
		return false
	}
	if w[n-3] == 'e' {
		return false
	}
	return !notPastEdSet[string(w)]
}

// cyrApostrophe reports an apostrophe inside a Ukrainian word ("п'ятниця"):
// between two Cyrillic letters it belongs to the word, elsewhere ("Monday's")
// it ends it.
func cyrApostrophe(s string, j, size int, prevCyr bool) bool {
	if !prevCyr || j+size >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j+size:])
	return unicode.Is(unicode.Cyrillic, r) && unicode.IsLetter(r)
}
