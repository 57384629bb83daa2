package meta

import (
	"strings"
	"testing"
	"unicode"
)

// isPlainEnglishRef is the English test written with the library's word
// splitter, for FuzzFastPaths.
func isPlainEnglishRef(text string) bool {
	words, hits := 0, 0
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if len(w) <= 5 && englishWords[strings.ToLower(w)] {
			hits++
		}
	}
	return words >= 12 && hits*6 >= words
}

// FuzzFastPaths checks the byte-level word readers against the library
// calls they replace.
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{
		"The ministers met in Istanbul on Thursday, the ministry said, and they agreed.",
		"«Reuters», (AP) ©2025 @handle …",
		"Міністри зустрілися в Стамбулі в четвер.",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isPlainEnglish(s), isPlainEnglishRef(s); got != want {
			t.Errorf("isPlainEnglish(%q) = %v, want %v", s, got, want)
		}
		for w := range strings.FieldsSeq(s) {
			want := strings.TrimFunc(w, notWordRune)
			a, b := trimToWord(w)
			if w[a:b] != want {
				t.Errorf("trimToWord(%q) = %q, want %q", w, w[a:b], want)
			}
		}
	})
}

// FuzzLowerASCIICase checks lowerASCIICase against strings.ToLower on the
// texts asciiCase accepts.
func FuzzLowerASCIICase(f *testing.F) {
	f.Add("“Reuters” Staff")
	f.Add("already lower")
	f.Fuzz(func(t *testing.T, s string) {
		if !asciiCase(s) {
			return
		}
		if got, want := lowerASCIICase(s), strings.ToLower(s); got != want {
			t.Errorf("lowerASCIICase(%q) = %q, want %q", s, got, want)
		}
	})
}

// isListHeaderRef is isListHeader without its first-byte filter.
func isListHeaderRef(text string) bool {
	if len(text) > 40 {
		return false
	}
	low := strings.ToLower(strings.Trim(text, " :.!»>-–—|"))
	for _, h := range listHeaders {
		if rest, ok := strings.CutPrefix(low, h); ok && (rest == "" || rest[0] == ' ') {
			return true
		}
	}
	return false
}

// FuzzListHeader checks isListHeader's shortcuts against the plain test.
func FuzzListHeader(f *testing.F) {
	for _, s := range []string{"Most Read", "» Related stories", "ЧИТАЙТЕ ТАКОЖ:", "Читайте также", "Latest", "Lately"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isListHeader(s), isListHeaderRef(s); got != want {
			t.Errorf("isListHeader(%q) = %v, want %v", s, got, want)
		}
	})
}
