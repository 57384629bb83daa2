package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

const (
	// langPrefix caps the text given to the detector: a paragraph or two
	// decides the language as well as the whole article, far cheaper.
	langPrefix = 600
	// langMinLetters is the least text worth a guess.
	langMinLetters = 40
	// langConfidence is the detector's confidence floor.
	langConfidence = 0.3
	// langWindow caps the text the English test reads when the opening
	// paragraph alone does not settle it: a lead packed with names and
	// titles holds few function words, the article around it plenty.
	langWindow = 4000
)

// Language returns the ISO 639-1 code of the text's language, or "" when
// the text is too short or the detector (whatlanggo, with a confidence
// floor) is unsure. Plain English prose, most of what Chronicle reads, is
// recognised first by its function words, which costs a tenth of the
// trigram comparison against every Latin-script language.
func Language(text string) string {
	full := text
	text = runePrefix(text, langPrefix)
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < langMinLetters {
		return ""
	}
	words, hits := englishShare(text)
	if words >= 12 && hits*6 >= words {
		return "en"
	}
	// The detector costs ten times the English test: when the opening
	// shows English function words but too few of them, the test reads on.
	if hits > 0 && len(full) > len(text) && isPlainEnglish(runePrefix(full, langWindow)) {
		return "en"
	}
	info := whatlanggo.Detect(text)
	if info.Lang < 0 || info.Confidence < langConfidence {
		return ""
	}
	return info.Lang.Iso6391()
}

// englishWords are frequent English function words that other
// Latin-script languages do not use as words ("a", "in", "is", "on", "to"
// and "was" are left out for that reason).
var englishWords = map[string]bool{"the": true, "of": true, "and": true, "that": true, "for": true, "with": true,
	"by": true, "it": true, "at": true, "from": true, "said": true, "has": true, "have": true, "be": true,
	"are": true, "his": true, "her": true, "were": true, "not": true, "this": true, "which": true, "would": true,
	"their": true, "they": true, "he": true, "she": true, "who": true, "been": true, "its": true, "after": true}

// isPlainEnglish reports whether at least one word in six of the text is
// an English function word: a share no other language reaches.
func isPlainEnglish(text string) bool {
	words, hits := englishShare(text)
	return words >= 12 && hits*6 >= words
}

// englishShare counts the words of text (runs of letters) and, among them,
// the English function words.
func englishShare(text string) (words, hits int) {
	var buf [5]byte
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isLetter(r) {
			i += size
			continue
		}
		start, ascii := i, true
		for i < len(text) {
			r, size = rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r) {
					break
				}
				ascii = false
			} else if !isLetter(r) {
				break
			}
			i += size
		}
		words++
		w := text[start:i]
		if len(w) > len(buf) {
			continue
		}
		if !ascii {
			if englishWords[strings.ToLower(w)] {
				hits++
			}
			continue
		}
		for j := 0; j < len(w); j++ {
			buf[j] = w[j] | 0x20 // ASCII letters only: sets the lower case
		}
		if englishWords[string(buf[:len(w)])] {
			hits++
		}
	}
	return words, hits
}

// runePrefix cuts text to at most n bytes at a rune boundary.
func runePrefix(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}
