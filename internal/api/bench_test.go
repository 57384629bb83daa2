package api

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/record"
)

// corpusRecord ingests the demo corpus of examples/corpus.
func corpusRecord(b *testing.B) *record.Record {
	b.Helper()
	dir := filepath.Join("..", "..", "examples", "corpus")
	var uploads []record.Upload
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.EqualFold(d.Name(), "README.md") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		uploads = append(uploads, record.Upload{Name: d.Name(), Data: data})
		return nil
	})
	if err != nil || len(uploads) == 0 {
		b.Skipf("examples/corpus not readable (%v): the load test needs the demo data", err)
	}
	rec := newRecord(b)
	outs, err := rec.Ingest(context.Background(), uploads)
	if err != nil {
		b.Fatal(err)
	}
	stored := 0
	for _, o := range outs {
		if o.Err == nil {
			stored++
		}
	}
	b.Logf("demo corpus: %d files, %d articles stored", len(uploads), stored)
	return rec
}

// timelineQueries vary the filters as real clients would.
var timelineQueries = []string{
	"",
	"&actor=Russia",
	"&actor=Russia&actor=Ukraine",
	"&actor=Iran&actor=United+States",
	"&type=CONSULT",
	"&type=AGREE,REQUEST&status=happened",
	"&from=2025-03-01&to=2025-06-30",
	"&actor=Sergey+Lavrov",
	"&place=Istanbul",
	"&actor=Ukraine&from=2025-05-01&offset=10",
}

// BenchmarkTimelineHTTP is the bounded load test: C = 2×GOMAXPROCS
// keep-alive clients over real loopback TCP share b.N timeline requests
// with varying filters. Any non-200 answer fails it. It reports requests
// per second and the p50/p95 latency.
//
// "store" reads every answer from the store (Options.NoCache); "cached"
// is the default, which serves an answer again while the store's version
// stands.
func BenchmarkTimelineHTTP(b *testing.B) {
	rec := corpusRecord(b)
	for _, bc := range []struct {
		name    string
		noCache bool
	}{{"store", true}, {"cached", false}} {
		b.Run(bc.name, func(b *testing.B) {
			loadTest(b, New(rec, Options{Logger: quietLogger(), NoCache: bc.noCache}))
		})
	}
}

// loadTest runs the clients of BenchmarkTimelineHTTP against h.
func loadTest(b *testing.B, h http.Handler) {
	srv := httptest.NewServer(h)
	defer srv.Close()
	clients := 2 * runtime.GOMAXPROCS(0)
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	var (
		next   atomic.Int64
		errs   atomic.Int64
		first  atomic.Value
		wg     sync.WaitGroup
		lats   = make([][]time.Duration, clients)
		target = srv.URL + "/api/timeline?limit=50"
	)
	b.ResetTimer()
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				res, err := client.Get(target + timelineQueries[i%int64(len(timelineQueries))])
				if err == nil {
					_, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if err == nil && res.StatusCode != http.StatusOK {
						err = fmt.Errorf("status %d", res.StatusCode)
					}
				}
				if err != nil {
					errs.Add(1)
					first.CompareAndSwap(nil, err.Error())
					continue
				}
				lats[c] = append(lats[c], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if n := errs.Load(); n > 0 {
		b.Fatalf("%d of %d requests failed; first: %v", n, b.N, first.Load())
	}
	all := slices.Concat(lats...)
	slices.Sort(all)
	pct := func(p float64) float64 {
		if len(all) == 0 {
			return 0
		}
		return float64(all[int(p*float64(len(all)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
	b.ReportMetric(float64(clients), "clients")
}
