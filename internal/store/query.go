package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQueryWords caps the words of one search: enough for any real search,
// and it keeps a pasted page of text from turning into a costly match.
const MaxQueryWords = 32

// QueryWords splits what a user typed into the words to look for: runs
// of text between spaces, each kept whole (so "Sino-Russian" still needs
// those two words in a row), with control bytes and broken UTF-8 taken as
// spaces. Apostrophes split a word and a lone letter beside one is
// dropped, so "Lavrov's" looks for Lavrov and "l'Élysée" for Élysée. Parts
// with no letter or digit are dropped, as they would match nothing, and so
// are repeats; at most MaxQueryWords words are kept.
func QueryWords(q string) []string {
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(q, " "))
	var (
		out  []string
		seen = map[string]bool{}
	)
	for _, w := range strings.Fields(q) {
		parts := strings.FieldsFunc(w, isApostrophe)
		for _, part := range parts {
			if len(out) == MaxQueryWords {
				return out
			}
			if seen[part] || !strings.ContainsFunc(part, isWordRune) || len(parts) > 1 && wordRunes(part) < 2 {
				continue
			}
			seen[part] = true
			out = append(out, part)
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// wordRunes counts the letters and digits of s.
func wordRunes(s string) int {
	n := 0
	for _, r := range s {
		if isWordRune(r) {
			n++
		}
	}
	return n
}

// Clip shortens a query for an error message.
func Clip(q string) string {
	const n = 80
	if len(q) <= n {
		return q
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(q[cut]) {
		cut--
	}
	return q[:cut] + "…"
}
