package actor

import (
	"sync"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/kb"
)

var (
	realOnce sync.Once
	realRec  *Recognizer
	realErr  error
)

// real returns a recognizer over the embedded base, skipping the test while
// the data files are still missing.
func real(t testing.TB) *Recognizer {
	t.Helper()
	realOnce.Do(func() {
		k, err := kb.Load()
		if err != nil {
			realErr = err
			return
		}
		if k.Counts()["person"] == 0 || k.Counts()["state"] == 0 {
			return
		}
		realRec = New(k)
	})
	if realErr != nil {
		t.Skipf("embedded KB does not load yet: %v", realErr)
	}
	if realRec == nil {
		t.Skip("embedded KB has no states or people yet (internal/kb/data is being written)")
	}
	return realRec
}

// TestRealNames checks well-known spellings against the shipped base.
func TestRealNames(t *testing.T) {
	r := real(t)
	date := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		s, text, name, country string
	}{
		{"Lavrov said the talks were useful.", "Lavrov", "Sergey Lavrov", "RUS"},
		{"Sergei Lavrov said the talks were useful.", "Sergei Lavrov", "Sergey Lavrov", "RUS"},
		{"Сергей Лавров заявил об этом.", "Сергей Лавров", "Sergey Lavrov", "RUS"},
		{"Zelensky met his advisers.", "Zelensky", "Volodymyr Zelenskyy", "UKR"},
		{"Zelenskiy met his advisers.", "Zelenskiy", "Volodymyr Zelenskyy", "UKR"},
		{"Cavusoglu spoke in Ankara.", "Cavusoglu", "Mevlut Cavusoglu", "TUR"},
		{"Çavuşoğlu spoke in Ankara.", "Çavuşoğlu", "Mevlut Cavusoglu", "TUR"},
		{"The Kremlin said talks would continue.", "The Kremlin", "Russia", "RUS"},
		{"Türkiye offered to host the talks.", "Türkiye", "Turkey", "TUR"},
	} {
		actors, _ := r.NewDoc(date).Sentence(c.s)
		found := false
		for _, m := range actors {
			if m.Text == c.text {
				found = true
				if m.Name != c.name || m.Country != c.country {
					t.Errorf("%q: %s", c.s, show(m))
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found in %s", c.s, c.text, showAll(actors))
		}
	}

	d := r.NewDoc(date)
	d.Sentence("Сергей Лавров прибыл в Эр-Рияд.")
	actors, _ := d.Sentence("Лавров заявил, что переговоры были полезными.")
	if len(actors) == 0 || actors[0].Name != "Sergey Lavrov" {
		t.Errorf("Cyrillic surname coreference: %s", showAll(actors))
	}
}

// BenchmarkSentenceRealKB measures the recogniser over the full shipped base.
func BenchmarkSentenceRealKB(b *testing.B) {
	r := real(b)
	d := r.NewDoc(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d.Sentence(benchSentences[i%len(benchSentences)])
	}
}
