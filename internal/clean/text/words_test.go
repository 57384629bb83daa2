package text

import (
	"strings"
	"testing"
)

func TestCountWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one  two\tthree\n", "a\u00a0b c", "слово\u2003слово", "\xff \xfe", "x\u200by"} {
		want := len(strings.Fields(s))
		for _, limit := range []int{0, 1, 2, 100} {
			if got := CountWords(s, limit); got != min(want, limit) {
				t.Errorf("CountWords(%q, %d) = %d, want %d", s, limit, got, min(want, limit))
			}
		}
	}
}

// FuzzCountWords checks the count against strings.Fields on any input.
func FuzzCountWords(f *testing.F) {
	f.Add("Kyiv  and\tMoscow\u00a0talks")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := CountWords(s, 1<<30), len(strings.Fields(s)); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
	})
}
