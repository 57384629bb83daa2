package ui

import (
	"context"
	"net/http"
	"testing"

	"github.com/chronicle-news/chronicle/internal/record"
)

// benchCorpus is a UI over the example corpus.
func benchCorpus(b *testing.B) (http.Handler, *record.Record) {
	b.Helper()
	rec := newRecord(b)
	ups := corpusUploads(b)
	if _, err := rec.Ingest(context.Background(), ups); err != nil {
		b.Fatal(err)
	}
	return newHandler(b, rec, ""), rec
}

func BenchmarkTimelinePage(b *testing.B) {
	h, _ := benchCorpus(b)
	for _, target := range []string{"/timeline", "/timeline?actor=Russia&actor=Ukraine", "/map"} {
		b.Run(target, func(b *testing.B) {
			for b.Loop() {
				if w := serve(h, target); w.Code != http.StatusOK {
					b.Fatalf("GET %s = %d", target, w.Code)
				}
			}
		})
	}
}

func BenchmarkArticlePage(b *testing.B) {
	h, rec := benchCorpus(b)
	evs, err := rec.Events(context.Background(), record.Query{Limit: 1})
	if err != nil || len(evs) == 0 {
		b.Fatal("no events")
	}
	m := evs[0].Mentions[0]
	target := citeURL(m.Article, m.Event.Span)
	for b.Loop() {
		if w := serve(h, target[:len(target)-2]); w.Code != http.StatusOK {
			b.Fatalf("GET %s = %d", target, w.Code)
		}
	}
}
