package actor

import (
	"testing"
	"time"
)

// benchSentences are typical 20–30 word sentences of diplomacy news.
var benchSentences = []string{
	"Russian Foreign Minister Sergei Lavrov met US Secretary of State Marco Rubio in Riyadh on Tuesday, the first high-level talks since the war began.",
	"The Kremlin said on Monday that President Putin had no plans to meet Zelensky, while Kyiv insisted that any deal must include security guarantees.",
	"State Department spokeswoman Tammy Bruce told reporters that Washington would keep working with its European partners and NATO on a lasting ceasefire.",
	"Talks in Istanbul ended after two hours, with Turkish officials saying the delegations had agreed to exchange prisoners and meet again next month.",
}

func BenchmarkSentence(b *testing.B) {
	r := fixture(b)
	d := r.NewDoc(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	bytes := 0
	for _, s := range benchSentences {
		bytes += len(s)
	}
	b.SetBytes(int64(bytes / len(benchSentences)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d.Sentence(benchSentences[i%len(benchSentences)])
	}
}
