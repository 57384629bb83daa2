package meta

import (
	"os"
	"testing"
)

func benchPage(b *testing.B) string {
	raw, err := os.ReadFile("testdata/bench_page.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(raw)
}

// BenchmarkFromText reads the metadata of a 3 KB page; the pipeline's
// budget is a millisecond per article for everything.
func BenchmarkFromText(b *testing.B) {
	raw := benchPage(b)
	m := NewMemory()
	m.Learn(raw, Hints{})
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		FromText(raw, "", Hints{}, m)
	}
}

func BenchmarkLearn(b *testing.B) {
	raw := benchPage(b)
	m := NewMemory()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		m.Learn(raw, Hints{})
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ParseDate("Published 3:45 PM EST, Fri February 21, 2025", Unknown, nil)
	}
}

func BenchmarkOutletOf(b *testing.B) {
	raw := benchPage(b)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		OutletOf(raw, Hints{})
	}
}
