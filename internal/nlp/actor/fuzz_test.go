package actor

import (
	"testing"
	"time"
)

// FuzzSentence checks that any input is handled without panic and that
// every span lies within the sentence, on UTF-8 boundaries, with Text equal
// to the spanned bytes.
func FuzzSentence(f *testing.F) {
	for _, s := range benchSentences {
		f.Add(s)
	}
	for _, s := range []string{
		"", "U.S.", "U.", "'s", "’s Lavrov", "RIYADH, — —", "Washington, D.C.", "Georgia Georgia Governor",
		"Сергей Лавров заявил", "the the the Kremlin spokesman", "President of", "Jordan", "\xff\xfeRussia",
		"A.B.C.D.E", "in in in Moscow and and Kyiv", "Secretary-General-", "KYIV (Reuters) -",
	} {
		f.Add(s)
	}
	r := fixture(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := r.NewDoc(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
		// Boundaries as decoding sees them: an invalid byte is a rune of its own.
		boundary := map[int]bool{len(s): true}
		for i := range s {
			boundary[i] = true
		}
		for range 2 { // twice, so coreference state is exercised
			actors, places := d.Sentence(s)
			for _, m := range append(actors, places...) {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
					t.Fatalf("span %d:%d out of %q", m.Start, m.End, s)
				}
				if !boundary[m.Start] || !boundary[m.End] {
					t.Fatalf("span %d:%d not on rune boundaries of %q", m.Start, m.End, s)
				}
				if m.Text != s[m.Start:m.End] {
					t.Fatalf("Text %q != s[%d:%d] %q", m.Text, m.Start, m.End, s[m.Start:m.End])
				}
				if m.Kind < State || m.Kind > Place {
					t.Fatalf("bad kind %d", m.Kind)
				}
			}
		}
	})
}
