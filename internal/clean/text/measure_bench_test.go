package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkMeasure measures the per-line features of a page's lines, the
// largest share of cleaning a flattened page.
func BenchmarkMeasure(b *testing.B) {
	in, err := os.ReadFile(filepath.Join("testdata", "harbour.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var texts, keys []string
	for _, raw := range strings.Split(string(in), "\n") {
		if t := normalize(raw); t != "" {
			texts, keys = append(texts, t), append(keys, key(t))
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range texts {
			measure(texts[i], keys[i])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/line")
}
