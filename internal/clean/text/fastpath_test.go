package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fastPathSeeds are lines for the fast paths' equivalence checks.
var fastPathSeeds = []string{
	"Published: 21 February 2025 | Updated 14:05",
	"  Kyiv — The talks  resumed on Friday.",
	"• Most read",
	"Contact: press@example.org, tel: +1 555 0100",
	"Свобода слова: 21.02.2025",
	" “Quoted”\u00a0text ",
	"\u2028odd\u200bspaces\x01",
	"© 2025 Example Media. All Rights Reserved.",
	"HOTEL: rooms from 2/3",
	"",
}

// hasDateRef is hasDate as it was written first: two passes, no
// three-letter table. The fast one must agree with it.
func hasDateRef(lower string) bool {
	start := -1
	for i := 0; i <= len(lower); i++ {
		if i < len(lower) && 'a' <= lower[i] && lower[i] <= 'z' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= 3 && i-start <= 9 {
			if w := lower[start:i]; monthWords[w] || dayWords[w] {
				return true
			}
		}
		start = -1
	}
	for i := 1; i+2 < len(lower); i++ {
		c := lower[i]
		if (c == ':' || c == '-' || c == '/' || c == '.') && isDigit(lower[i-1]) && isDigit(lower[i+1]) && isDigit(lower[i+2]) {
			return true
		}
	}
	return false
}

// FuzzFastPaths checks the byte-level shortcuts of measure and SplitLines
// against the plain library calls they replace.
func FuzzFastPaths(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lower := strings.ToLower(s)
		if plainRunes(s) {
			if got, want := strings.TrimSpace(s), rebuild(s); got != want {
				t.Errorf("plain line %q: trimmed %q, rebuilt %q", s, got, want)
			}
		}
		if got, want := hasDate(lower), hasDateRef(lower); got != want {
			t.Errorf("hasDate(%q) = %v, want %v", lower, got, want)
		}
		if asciiCaseOnly(s) {
			if got := lowerASCII(s); got != lower {
				t.Errorf("lowerASCII(%q) = %q, want %q", s, got, lower)
			}
		}
		for _, t2 := range []string{normalize(s), strings.TrimSpace(s), strings.TrimLeft(s, " ")} {
			if got, want := offsetIn(s, t2), strings.Index(s, t2); got != want {
				t.Errorf("offsetIn(%q, %q) = %d, want %d", s, t2, got, want)
			}
		}
		if got, want := lastLetterOrMark(s), lastLetterOrMarkRef(s); got != want {
			t.Errorf("lastLetterOrMark(%q) = %q, want %q", s, got, want)
		}
		ft := measure(s, lower)
		copyright := strings.HasPrefix(s, "©") || strings.Contains(lower, "all rights reserved") ||
			strings.Contains(lower, "copyright") || strings.HasPrefix(lower, "(c) ")
		contact := strings.Contains(lower, "email:") || strings.Contains(lower, "e-mail:") ||
			strings.Contains(lower, "phone:") || strings.Contains(lower, "tel:") || looksEmail(lower)
		byline := startsAny(lower, bylineMarks) || strings.Contains(lower, "| updated") || strings.Contains(lower, "updated:")
		if s != "" && (ft.copyright != copyright || ft.contact != contact || ft.byline != byline) {
			t.Errorf("measure(%q): copyright, contact, byline = %v %v %v, want %v %v %v",
				s, ft.copyright, ft.contact, ft.byline, copyright, contact, byline)
		}
		if s != "" && ft.stops != stopsRef(s, lower) {
			t.Errorf("measure(%q).stops = %d, want %d", s, ft.stops, stopsRef(s, lower))
		}
	})
}

// stopsRef counts the stopwords of a line without the shape table.
func stopsRef(text, lower string) int {
	n := 0
	aligned := len(lower) == len(text)
	// Walk the tokens as measure does, looking every short one up.
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if !isWordRune(r) {
			i += size
			continue
		}
		start, hasLetter := i, false
		for i < len(text) {
			r, size = decode(text, i)
			if !isWordRune(r) && r != '\'' && r != '’' {
				break
			}
			hasLetter = hasLetter || unicode.IsLetter(r)
			i += size
		}
		if !hasLetter || i-start > maxStopwordLen {
			continue
		}
		w := text[start:i]
		if aligned {
			w = lower[start:i]
		} else {
			w = strings.ToLower(w)
		}
		if stopwords[w] {
			n++
		}
	}
	return n
}

// lastLetterOrMarkRef is lastLetterOrMark without its ASCII shortcut.
func lastLetterOrMarkRef(text string) rune {
	for len(text) > 0 {
		r, size := utf8.DecodeLastRuneInString(text)
		if !unicode.Is(unicode.So, r) && !unicode.Is(unicode.Sk, r) && !unicode.IsSpace(r) &&
			!unicode.Is(unicode.Mn, r) && r != '\u200d' && r != '\ufe0f' {
			return r
		}
		text = text[:len(text)-size]
	}
	return 0
}
