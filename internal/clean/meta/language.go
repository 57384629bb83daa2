package meta

import (
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
// the text is too short or the detector is unsure.
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
	info := whatlanggo.Detect(text)
	if info.Lang < 0 || info.Confidence < langConfidence {
		return ""
	}
	return info.Lang.Iso6391()
}
