package source

import (
	"context"
	"testing"
)

// BenchmarkReadFolder reads a folder of 1,000 articles of about 3 KB.
func BenchmarkReadFolder(b *testing.B) {
	dir := smallFolder(b, 1000)
	var size int64
	for b.Loop() {
		size = 0
		for doc, err := range Read(context.Background(), []string{dir}, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			size += int64(len(doc.Data))
		}
	}
	b.SetBytes(size)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/file")
}
