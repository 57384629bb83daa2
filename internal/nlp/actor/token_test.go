package actor

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/kb"
)

// testFolds stands for a recognizer's table of shared folded words.
var testFolds = map[string]string{"the": "the", "lavrov": "lavrov", "u.s.": "u.s."}

// TestFoldWord checks the shared-string folding against kb.Fold.
func TestFoldWord(t *testing.T) {
	for _, w := range []string{"", "the", "The", "LAVROV", "Lavrov", "U.S.", "Zelensky", "Türkiye", "a`b",
		"ThisIsAVeryLongWordThatExceedsTheBuffer", "2025", "Çavuşoğlu"} {
		if got, want := foldWord(w, testFolds), kb.Fold(w); got != want {
			t.Errorf("foldWord(%q) = %q, want %q", w, got, want)
		}
		if got, want := foldWord(w, nil), kb.Fold(w); got != want {
			t.Errorf("foldWord(%q, nil) = %q, want %q", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { foldWord("Lavrov", testFolds) }); n != 0 {
		t.Errorf("foldWord of a shared word allocates %v times", n)
	}
}

// FuzzFoldWord checks foldWord against kb.Fold on any input.
func FuzzFoldWord(f *testing.F) {
	f.Add("Lavrov")
	f.Add("İstanbul")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := foldWord(w, testFolds), kb.Fold(w); got != want {
			t.Errorf("foldWord(%q) = %q, want %q", w, got, want)
		}
	})
}
