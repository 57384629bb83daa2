package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// BenchmarkSketch sketches a 3 KB article body.
func BenchmarkSketch(b *testing.B) {
	text := readTestdata(b, "original.txt")
	text = text + "\n\n" + text[:3072-len(text)-2]
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sketch(text)
	}
}

// BenchmarkSimilarity compares two signatures.
func BenchmarkSimilarity(b *testing.B) {
	x, y := Sketch(readTestdata(b, "original.txt")), Sketch(readTestdata(b, "reprint.txt"))
	for b.Loop() {
		Similarity(x, y)
	}
}

// BenchmarkIndexAdd adds 100,000 articles of 300 words, one in ten a
// reprint of an earlier one with its last sentence changed, all ending on
// the same credit line, and reports the cost per article.
func BenchmarkIndexAdd(b *testing.B) {
	const n = 100_000
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%d", i)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	bodies := make([]string, n)
	sigs := make([]Signature, n)
	for i := range sigs {
		var sb strings.Builder
		if i%10 == 9 {
			sb.WriteString(bodies[i-5][:len(bodies[i-5])/2])
		}
		for sb.Len() < 1800 {
			sb.WriteString(vocab[rng.IntN(len(vocab))])
			sb.WriteByte(' ')
		}
		bodies[i] = sb.String()
		sigs[i] = Sketch(bodies[i] + "The Associated Press contributed to this report.")
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("%016x", mix(uint64(i)))
	}
	for b.Loop() {
		x := NewIndex()
		for i, s := range sigs {
			x.Add(ids[i], s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
}
