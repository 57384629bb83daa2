package source

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
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

// BenchmarkReadJSONL reads a JSONL dump of 1,000 records of about 3 KB.
func BenchmarkReadJSONL(b *testing.B) {
	var buf strings.Builder
	body := strings.Repeat("Delegations met again to discuss the corridor. ", 64)
	for i := range 1000 {
		fmt.Fprintf(&buf, "{\"url\":\"https://example.org/%d\",\"title\":\"Talks, day %d\",\"authors\":[\"Ana Ruiz\"],\"text\":%q}\n", i, i, body)
	}
	dir := b.TempDir()
	writeTree(b, dir, map[string][]byte{"dump.jsonl": []byte(buf.String())})
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		for _, err := range Read(context.Background(), []string{filepath.Join(dir, "dump.jsonl")}, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/record")
}
