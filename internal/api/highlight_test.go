package api

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/store"
)

func TestHighlights(t *testing.T) {
	tests := []struct {
		in, text string
		spans    [][2]int
	}{
		{"no marks", "no marks", [][2]int{}},
		{"**Lavrov** met **Wang**", "Lavrov met Wang", [][2]int{{0, 6}, {11, 15}}},
		{"in **Genève** today", "in Genève today", [][2]int{{3, 9}}},
		{"open **end", "open end", [][2]int{{5, 8}}},
		{"empty **** pair", "empty  pair", [][2]int{}},
	}
	for _, tt := range tests {
		text, spans := highlights(tt.in)
		if text != tt.text || !slices.Equal(spans, tt.spans) {
			t.Errorf("highlights(%q) = %q %v, want %q %v", tt.in, text, spans, tt.text, tt.spans)
		}
	}
}

// FuzzHighlights checks the spans always lie in order inside the text and
// the text is the snippet without its markers.
func FuzzHighlights(f *testing.F) {
	for _, s := range []string{"", "**a**", "x **y** z **", "****", "*** * **é**"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, snippet string) {
		text, spans := highlights(snippet)
		if text != strings.ReplaceAll(strings.ToValidUTF8(snippet, "\uFFFD"), store.HighlightStart, "") {
			t.Fatalf("text %q of %q keeps markers", text, snippet)
		}
		n, prev := utf8.RuneCountInString(text), 0
		for _, s := range spans {
			if s[0] < prev || s[1] <= s[0] || s[1] > n {
				t.Fatalf("span %v of %q (text %d runes)", s, snippet, n)
			}
			prev = s[1]
		}
	})
}
