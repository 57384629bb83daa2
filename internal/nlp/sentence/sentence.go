package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text: its trimmed text and the byte span of
// that text, so that text[Start:End] == Text.
type Sentence struct {
	Start, End int
	Text       string
}

// Split returns the sentences of text in order. A line break always ends a
// sentence (clean bodies hold one paragraph a line); inside a line,
// sentences end at ".", "!", "?" or "…" (with any closing quotes or
// brackets) followed by space and a word that can open a sentence.
func Split(text string) []Sentence {
	var out []Sentence
	start := 0
	for i := 0; i <= len(text); {
		if i == len(text) || text[i] == '\n' {
			out = appendTrimmed(out, text, start, i)
			start = i + 1
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminator(r) {
			i += size
			continue
		}
		end := i + size
		for end < len(text) { // "?!", "...", closing quotes and brackets
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if !isTerminator(r2) && !isCloser(r2) {
				break
			}
			end += s2
		}
		if endsSentence(text, start, i, r, end) {
			out = appendTrimmed(out, text, start, end)
			start = end
		}
		i = end
	}
	return out
}

func appendTrimmed(out []Sentence, text string, from, to int) []Sentence {
	for from < to {
		r, size := utf8.DecodeRuneInString(text[from:])
		if !unicode.IsSpace(r) {
			break
		}
		from += size
	}
	for to > from {
		r, size := utf8.DecodeLastRuneInString(text[from:to])
		if !unicode.IsSpace(r) {
			break
		}
		to -= size
	}
	if to > from {
		out = append(out, Sentence{Start: from, End: to, Text: text[from:to]})
	}
	return out
}

func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '›':
		return true
	}
	return false
}

// endsSentence decides whether the terminator r at text[at] (with its
// closing marks up to end) ends the sentence that began at start.
func endsSentence(text string, start, at int, r rune, end int) bool {
	if end < len(text) {
		next, _ := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsSpace(next) {
			return false // "1.5", "U.S.-Russia", "e.g.," and URLs
		}
	}
	word := nextWord(text, end)
	if word == "" {
		return true // end of line or text
	}
	first, _ := utf8.DecodeRuneInString(word)
	if unicode.IsLower(first) || first == ',' || first == ';' || first == ':' {
		return false // "Feb. 18", "approx. two", "the U.S. and"
	}
	if r != '.' {
		return true
	}
	prev := wordBefore(text, start, at)
	return !abbreviation(prev, word)
}

// nextWord returns the word after the spaces at text[i:], "" at the end of
// the line.
func nextWord(text string, i int) string {
	rest := strings.TrimLeftFunc(text[i:], func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' })
	if rest == "" || rest[0] == '\n' {
		return ""
	}
	if j := strings.IndexFunc(rest, unicode.IsSpace); j >= 0 {
		return rest[:j]
	}
	return rest
}

// wordBefore returns the token that ends at text[at] (the full stop
// excluded), from the start of the sentence at most.
func wordBefore(text string, start, at int) string {
	j := at
	for j > start {
		r, size := utf8.DecodeLastRuneInString(text[start:j])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		j -= size
	}
	return text[j:at]
}
