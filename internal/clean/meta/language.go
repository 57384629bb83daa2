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
)

// Language returns the ISO 639-1 code of the text's language, or "" when
// the text is too short or the detector (whatlanggo, with a confidence
// floor) is unsure. Plain English prose, most of what Chronicle reads, is
// recognised first by its function words, which costs a tenth of the
// trigram comparison against every Latin-script language.
func Language(text string) string {
	if len(text) > langPrefix {
		cut := langPrefix
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < langMinLetters {
		return ""
	}
	if isPlainEnglish(text) {
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
	words, hits := 0, 0
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if len(w) <= 5 && englishWords[strings.ToLower(w)] {
			hits++
		}
	}
	return words >= 12 && hits*6 >= words
}
