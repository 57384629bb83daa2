package html

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// BenchmarkExtract measures a full Extract of a page written for the tests.
func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "news.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Extract(context.Background(), data, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractZyte measures Extract over the benchmark's real pages;
// pages/s is what the README reports.
func BenchmarkExtractZyte(b *testing.B) {
	_, pages := zytePages(b)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, data := range pages {
			if _, err := Extract(context.Background(), data, ""); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkTrafilaturaZyte is go-trafilatura alone, with its own defaults
// and the fallback extractors, on the same pages, for comparison.
func BenchmarkTrafilaturaZyte(b *testing.B) {
	_, pages := zytePages(b)
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, data := range pages {
			if _, err := trafilatura.Extract(bytes.NewReader(data), opts); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}
