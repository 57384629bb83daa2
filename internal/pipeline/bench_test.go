package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/cli"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/store/sqlite"
)

// TestMain runs the tests and benchmarks with the runtime settings of the
// chronicle binary, so that the figures are the binary's.
func TestMain(m *testing.M) {
	cli.TuneRuntime()
	os.Exit(m.Run())
}

// benchCorpus copies the example articles whose name ends in ext into a
// temporary folder, n documents in all, each made unique by one added line
// so that ingest stores them all. It returns the folder and its bytes.
func benchCorpus(b *testing.B, ext string, n int) (string, int64) {
	b.Helper()
	var srcs [][]byte
	root := filepath.Join("..", "..", "examples", "corpus")
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ext) {
			if data, err := os.ReadFile(p); err == nil {
				srcs = append(srcs, data)
			}
		}
		return nil
	})
	if len(srcs) == 0 {
		b.Skipf("no %s files in %s", ext, root)
	}
	dir := b.TempDir()
	var total int64
	for i := range n {
		src := srcs[i%len(srcs)]
		data := src
		if ext == ".txt" {
			data = uniqueProse(src, i)
		} else {
			data = bytes.Replace(src, []byte("</body>"), fmt.Appendf(nil, "<p>copy %d</p></body>", i), 1)
		}
		p := filepath.Join(dir, fmt.Sprintf("site%02d", i%37), fmt.Sprintf("a%05d%s", i, ext))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(len(data))
	}
	return dir, total
}

// uniqueProse makes copy i of a flattened page: its long lines (the
// article's prose) get a mark of their own so that, as on a real site, the
// furniture repeats from page to page and the articles do not. Copies that
// repeated their prose would read as furniture to the cleaner's repeated-
// line evidence and cost it a second pass.
func uniqueProse(src []byte, i int) []byte {
	lines := bytes.Split(src, []byte("\n"))
	for j, l := range lines {
		if len(l) > 80 {
			lines[j] = fmt.Appendf(bytes.Clone(l), " (%d)", i)
		}
	}
	return bytes.Join(lines, []byte("\n"))
}

func report(b *testing.B, docs int, bytes int64, el, cpu time.Duration) {
	b.ReportMetric(float64(docs)/el.Seconds(), "articles/s")
	// On a shared machine the wall-clock rate depends on the other load;
	// articles per second of this process's CPU time does not, and is what
	// "articles per second per core" means.
	if cpu > 0 {
		b.ReportMetric(float64(docs)/cpu.Seconds(), "articles/cpu-s")
	}
	b.ReportMetric(float64(docs)/el.Seconds()/float64(runtime.GOMAXPROCS(0)), "articles/s/core")
	b.ReportMetric(float64(bytes)/float64(docs), "bytes/article")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkExtractText measures flattened text pages through source and
// clean (the learning pass included), as `chronicle extract` runs them.
func BenchmarkExtractText(b *testing.B) { benchExtract(b, ".txt", 2000, nil) }

// BenchmarkExtractHTML measures HTML pages through source and clean.
func BenchmarkExtractHTML(b *testing.B) { benchExtract(b, ".html", 300, nil) }

// BenchmarkExtractTextEvents measures what `chronicle extract` does by
// default: flattened pages cleaned, analysed (sentences, actors, places,
// dates) and their events extracted.
func BenchmarkExtractTextEvents(b *testing.B) {
	k, err := kb.Load()
	if err != nil {
		b.Fatal(err)
	}
	an, x := nlp.New(k), event.New()
	benchExtract(b, ".txt", 2000, func(r *clean.Result) {
		r.Article.Events = x.Extract(r.Article.Body, an.Analyze(&r.Article))
	})
}

func benchExtract(b *testing.B, ext string, n int, enrich func(*clean.Result)) {
	dir, size := benchCorpus(b, ext, n)
	ctx := context.Background()
	docs, start, cpu0 := 0, time.Now(), cpuTime()
	for b.Loop() {
		err := pipeline.Run(ctx, []string{dir}, pipeline.Options{Learn: true, Enrich: enrich}, func(it pipeline.Item) error {
			if it.Err != nil {
				return it.Err
			}
			docs++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	report(b, docs, size*int64(docs)/int64(n), time.Since(start), cpuTime()-cpu0)
}

// BenchmarkIngestText measures what `chronicle ingest` does: flattened
// text pages read and cleaned, their events found, and stored in a new
// SQLite file in batches of 64 articles per transaction, each article's
// mentions merged with the stored events.
func BenchmarkIngestText(b *testing.B) { benchIngest(b, true) }

// BenchmarkIngestTextNoEvents is BenchmarkIngestText with --no-events.
func BenchmarkIngestTextNoEvents(b *testing.B) { benchIngest(b, false) }

func benchIngest(b *testing.B, events bool) {
	dir, size := benchCorpus(b, ".txt", 2000)
	ctx := context.Background()
	var enrich func(*clean.Result)
	if events {
		k, err := kb.Load()
		if err != nil {
			b.Fatal(err)
		}
		an, x := nlp.New(k), event.New()
		enrich = func(r *clean.Result) { r.Article.Events = x.Extract(r.Article.Body, an.Analyze(&r.Article)) }
	}
	docs := 0
	var el, cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime()
		var batch []*article.Article
		flush := func() error {
			_, err := db.PutBatch(ctx, batch)
			batch = batch[:0]
			return err
		}
		err = pipeline.Run(ctx, []string{dir}, pipeline.Options{Learn: true, Enrich: enrich}, func(it pipeline.Item) error {
			if it.Err != nil {
				return it.Err
			}
			a := it.Result.Article
			batch = append(batch, &a)
			docs++
			if len(batch) == 64 {
				return flush()
			}
			return nil
		})
		if err == nil {
			err = flush()
		}
		el += time.Since(start)
		cpu += cpuTime() - cpu0
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	report(b, docs, size*int64(docs)/2000, el, cpu)
}

// BenchmarkIngestMemory streams 20,000 articles from one JSONL file into a
// new SQLite store and reports the peak resident memory of the process
// while doing so: the design asks for memory that stays flat (under 500 MiB
// for 100,000 articles) because nothing holds the corpus.
func BenchmarkIngestMemory(b *testing.B) {
	const n = 20000
	dir, _ := benchCorpus(b, ".txt", 40)
	var texts [][]byte
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if data, err := os.ReadFile(p); err == nil {
				texts = append(texts, data)
			}
		}
		return nil
	})
	jsonl := filepath.Join(b.TempDir(), "corpus.jsonl")
	f, err := os.Create(jsonl)
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := range n {
		enc.Encode(map[string]string{"url": fmt.Sprintf("https://example.org/%d", i), "text": string(uniqueProse(texts[i%len(texts)], i))})
	}
	f.Close()
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "mem.db"))
		if err != nil {
			b.Fatal(err)
		}
		os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // reset the peak, where Linux allows it
		b.StartTimer()
		start, docs := time.Now(), 0
		err = pipeline.Run(ctx, []string{jsonl}, pipeline.Options{Learn: true}, func(it pipeline.Item) error {
			if it.Err != nil {
				return it.Err
			}
			a := it.Result.Article
			_, err := db.Put(ctx, &a)
			docs++
			return err
		})
		el := time.Since(start)
		b.StopTimer()
		db.Close()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(docs)/el.Seconds(), "articles/s")
		if peak := peakRSS(); peak > 0 {
			b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MiB")
		}
		b.ReportMetric(0, "ns/op")
		b.StartTimer()
	}
}

// peakRSS reads the process's peak resident set size from /proc (0 where
// there is none).
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kb)
			return kb << 10
		}
	}
	return 0
}
