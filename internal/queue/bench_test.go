package queue

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// BenchmarkClaimDone measures one job's round trip through the queue:
// claim and done, the queue's cost per job on top of the ingest itself.
func BenchmarkClaimDone(b *testing.B) {
	ctx := context.Background()
	q := New(newPool(b), Options{})
	inputs := make([]string, b.N)
	for i := range inputs {
		inputs[i] = fmt.Sprintf("/backfill/cc-news-%08d.warc.gz", i)
	}
	if _, err := q.Enqueue(ctx, inputs); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		j, err := q.Claim(ctx, "bench", time.Minute)
		if err != nil || j == nil {
			b.Fatalf("Claim = %v, %v", j, err)
		}
		if err := q.Done(ctx, j, ""); err != nil {
			b.Fatal(err)
		}
	}
}
