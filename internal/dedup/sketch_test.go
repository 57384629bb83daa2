package dedup

import (
	"os"
	"path/filepath"
	"testing"
)

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSimilarity(t *testing.T) {
	original := readTestdata(t, "original.txt")
	tests := []struct {
		name string
		a, b string
		dup  bool
	}{
		{"reprint with a new headline and cut paragraphs", original, readTestdata(t, "reprint.txt"), true},
		{"another report of the same event", original, readTestdata(t, "other.txt"), false},
		{"identical", original, original, true},
		{"case, quotes and punctuation fold", `He said: “No deal — until there’s a deal.”`,
			`HE SAID "no deal... until there's a deal"`, true},
		{"Cyrillic folds case", "Лавров провёл переговоры с Рубио по телефону", "ЛАВРОВ ПРОВЁЛ ПЕРЕГОВОРЫ С РУБИО ПО ТЕЛЕФОНУ", true},
		{"unspaced script, one character changed",
			"泰国和柬埔寨的外交部长周一在吉隆坡举行会谈，双方同意立即停火并恢复边境贸易，东盟秘书长出席了会议。",
			"泰国和柬埔寨的外交部长周二在吉隆坡举行会谈，双方同意立即停火并恢复边境贸易，东盟秘书长出席了会议。", true},
		{"unspaced script, other text",
			"泰国和柬埔寨的外交部长周一在吉隆坡举行会谈，双方同意立即停火并恢复边境贸易。",
			"日本首相今天访问华盛顿，与美国总统讨论了关税和安全合作问题。", false},
		{"tiny equal texts", "Talks end", "talks, end.", true},
		{"tiny different texts", "Talks end", "Talks begin", false},
		{"one word each", "ceasefire", "truce", false},
		{"empty and empty", "", "", false},
		{"punctuation only", "— … !!", "— … !!", false},
		{"empty and text", "", original, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := Sketch(tt.a), Sketch(tt.b)
			sim := Similarity(a, b)
			if sim != Similarity(b, a) {
				t.Errorf("Similarity is not symmetric: %v vs %v", sim, Similarity(b, a))
			}
			if got := sim >= Threshold; got != tt.dup {
				t.Errorf("Similarity = %.3f, near-duplicate %v, want %v", sim, got, tt.dup)
			}
			if tt.dup && !shareBand(a, b) {
				t.Errorf("near-duplicates share no band (similarity %.3f)", sim)
			}
		})
	}
}

func shareBand(a, b Signature) bool {
	keys := map[uint64]bool{}
	for _, k := range a.Bands() {
		keys[k] = true
	}
	for _, k := range b.Bands() {
		if keys[k] {
			return true
		}
	}
	return false
}

func TestSketchZero(t *testing.T) {
	for _, text := range []string{"", "   \n\t", "— … !! ?? «»", "\xff\xfe"} {
		s := Sketch(text)
		if !s.IsZero() || s.Bands() != nil || Similarity(s, s) != 0 {
			t.Errorf("Sketch(%q) = non-zero signature or bands", text)
		}
	}
	if s := Sketch("x"); s.IsZero() || len(s.Bands()) != NumBands || Similarity(s, s) != 1 {
		t.Errorf("a one-word text must have a signature that matches itself")
	}
}

func TestSketchDeterministic(t *testing.T) {
	for _, name := range []string{"original.txt", "reprint.txt", "other.txt"} {
		text := readTestdata(t, name)
		a, b := Sketch(text), Sketch(text)
		if a != b {
			t.Errorf("%s: two sketches differ", name)
		}
		if len(a.Bands()) != NumBands {
			t.Errorf("%s: %d bands, want %d", name, len(a.Bands()), NumBands)
		}
	}
}

// TestCandidateCurve checks the banding against its formula on sets of known
// Jaccard similarity built from word lists.
func TestCandidateCurve(t *testing.T) {
	const pairs = 300
	words := func(from, to int) string {
		b := make([]byte, 0, (to-from)*6)
		for i := from; i < to; i++ {
			b = append(b, 'w')
			b = appendInt(b, i)
			b = append(b, ' ')
		}
		return string(b)
	}
	for _, tt := range []struct {
		overlap  int // shared shingles out of 400 words
		min, max float64
	}{
		{230, 0.85, 1},    // J ≈ 0.41: 0.94 expected
		{270, 0.97, 1},    // J ≈ 0.51: 0.996
		{130, 0.15, 0.45}, // J ≈ 0.19: 0.26
		{40, 0, 0.03},     // J ≈ 0.05: 0.005
	} {
		found := 0
		for p := range pairs {
			base := p * 10000
			a := Sketch(words(base, base+400))
			b := Sketch(words(base+400-tt.overlap, base+800-tt.overlap))
			if shareBand(a, b) {
				found++
			}
		}
		rate := float64(found) / pairs
		if rate < tt.min || rate > tt.max {
			t.Errorf("overlap %d: candidate rate %.3f, want [%.2f, %.2f]", tt.overlap, rate, tt.min, tt.max)
		}
	}
}

func appendInt(b []byte, i int) []byte {
	if i >= 10 {
		b = appendInt(b, i/10)
	}
	return append(b, byte('0'+i%10))
}

func FuzzSketch(f *testing.F) {
	f.Add("")
	f.Add("Talks end")
	f.Add("Лавров провёл переговоры «с» Рубио")
	f.Add("\xff\xfe\x00 a b c d e")
	f.Fuzz(func(t *testing.T, text string) {
		s := Sketch(text)
		if s != Sketch(text) {
			t.Fatal("Sketch is not deterministic")
		}
		if s.IsZero() {
			return
		}
		if Similarity(s, s) != 1 {
			t.Fatalf("self-similarity %v", Similarity(s, s))
		}
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Signature
		if err := back.UnmarshalBinary(b); err != nil || back != s {
			t.Fatalf("round trip: %v", err)
		}
	})
}
