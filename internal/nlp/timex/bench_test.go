package timex

import (
	"testing"
	"time"
)

var benchAnchor = Anchor{Date: time.Date(2025, 5, 28, 0, 0, 0, 0, time.UTC)}

// A 25-word sentence without any date expression: the fast-reject path.
const noDate = "The foreign minister told reporters that the government remains committed to dialogue with its neighbours and would not accept any conditions imposed from outside the region."

// A 25-word sentence with one date.
const oneDate = "The foreign minister told reporters that the government remains committed to dialogue with its neighbours and met the delegation on Sunday to discuss conditions."

func BenchmarkFindNoDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Find(noDate, benchAnchor)
	}
}

func BenchmarkFindOneDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Find(oneDate, benchAnchor)
	}
}

func BenchmarkFindMixed(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range phrases {
			Find(p.s, benchAnchor)
		}
	}
}
