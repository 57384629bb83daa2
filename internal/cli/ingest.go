package cli

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chronicle-news/chronicle/internal/record"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/fetch"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/source"
	"github.com/chronicle-news/chronicle/internal/source/warc"
)

// tally counts the outcomes of a run over many inputs.
type tally struct {
	docs, added, dup, failed, skipped int
	bytes                             int64
}

func (a *app) ingestCommand() *cobra.Command {
	var (
		workers  int
		maxSize  int64
		noLearn  bool
		noEvents bool
		private  bool
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL|- ...",
		Short: "Clean articles and add them to the store",
		Long: `Reads files and folders (recursively) of .txt, .html, .htm, their .gz forms, .json and
.jsonl records, WARC files (.warc, .warc.gz: the HTML responses of a crawl such as
CC-NEWS, streamed), http(s) URLs (fetched with timeouts and size limits; private and
loopback addresses refused unless --allow-private), or - for standard input; cleans every article, finds its events and stores
it, merging its event mentions with the events already stored (see timeline).
Ingest is idempotent: an article already stored (same content) is counted, not stored twice.
Each input that fails is reported on its own line; the others are still stored, and the
exit status is 1 when any input failed.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			bar, byBytes := a.progress(cmd, args)
			start := time.Now()
			var t tally
			opt := pipeline.Options{
				Source:  source.Options{MaxBytes: maxSize, Stdin: a.stdin},
				Workers: workers,
				Learn:   !noLearn,
			}
			var onBytes func(done, total int64)
			if bar != nil && byBytes {
				onBytes = func(done, _ int64) { bar.Set64(done) }
			}
			opt.Read = record.Reader(fetch.New(fetch.Options{MaxBytes: maxSize, AllowPrivate: private}), onBytes)
			if !noEvents {
				if opt.Enrich, err = a.eventStage(); err != nil {
					return err
				}
			}
			batch := newBatcher(st, func(added bool) {
				if added {
					t.added++
				} else {
					t.dup++
				}
			})
			err = pipeline.Run(ctx, args, opt, func(it pipeline.Item) error {
				if bar != nil && !byBytes {
					bar.Add(1)
				}
				if it.Err != nil {
					a.report(bar, &t, it)
					return nil
				}
				t.docs++
				t.bytes += int64(it.Bytes)
				art := it.Result.Article
				a.log.Debug("clean", "origin", it.Origin, "id", art.ID, "events", len(art.Events))
				if err := batch.add(ctx, &art); err != nil {
					return fmt.Errorf("store %s: %w", it.Origin, err)
				}
				return nil
			})
			if err == nil {
				err = batch.flush(ctx)
			}
			if bar != nil {
				bar.Finish()
			}
			if err != nil {
				return err
			}
			el := time.Since(start)
			fmt.Fprintf(a.stderr, "ingested %d articles into %s: %d new, %d already stored; %d failed, %d skipped (%.1f MiB in %s, %.0f articles/s)\n",
				t.docs, a.db, t.added, t.dup, t.failed, t.skipped, float64(t.bytes)/(1<<20), el.Round(time.Millisecond), rate(t.docs, el))
			if t.failed > 0 {
				return exitError{exitFailed}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&workers, "workers", 0, "articles cleaned at once (default: one per CPU)")
	cmd.Flags().Int64Var(&maxSize, "max-size", source.DefaultMaxBytes, "largest document accepted, in bytes after decompression")
	cmd.Flags().BoolVar(&private, "allow-private", false, "let URLs reach loopback and private network addresses (refused by default)")
	cmd.Flags().BoolVar(&noEvents, "no-events", false, "store the articles only, without finding and merging their events")
	cmd.Flags().BoolVar(&noLearn, "no-learn", false, "clean each page on its own evidence, without learning each site's repeated lines and date order from the others")
	return cmd
}

// report prints one line for an input that gave no article.
func (a *app) report(bar *progressbar.ProgressBar, t *tally, it pipeline.Item) {
	if bar != nil {
		bar.Clear()
	}
	if a.failure(it) {
		t.failed++
	} else {
		t.skipped++
	}
}

// eachArticle runs the pipeline and calls fn for every clean article,
// reporting the inputs that gave none; it returns exit status 1 when any
// input failed, after fn has seen all the others.
func (a *app) eachArticle(ctx context.Context, inputs []string, opt pipeline.Options, fn func(clean.Result) error) error {
	failed := 0
	err := pipeline.Run(ctx, inputs, opt, func(it pipeline.Item) error {
		if it.Err != nil {
			if a.failure(it) {
				failed++
			}
			return nil
		}
		return fn(it.Result)
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return exitError{exitFailed}
	}
	return nil
}

// failure prints the line for an input that gave no article and reports
// whether it counts as failed: a skipped file (not of a type Chronicle
// reads) is reported but does not fail the run.
func (a *app) failure(it pipeline.Item) bool {
	if it.Skipped {
		fmt.Fprintf(a.stderr, "skipped: %v\n", it.Err)
		return false
	}
	fmt.Fprintf(a.stderr, "error: %v\n", it.Err)
	return true
}

// progress returns a progress bar when standard error is a terminal, nil
// otherwise (logs and CI output stay clean): over the bytes of the WARC
// files when there are any (byBytes), else over the input files.
func (a *app) progress(cmd *cobra.Command, inputs []string) (bar *progressbar.ProgressBar, byBytes bool) {
	f, ok := a.stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil, false
	}
	var warcBytes int64
	var plain []string
	for _, in := range inputs {
		if fi, err := os.Stat(in); err == nil && warc.IsWARC(in) {
			warcBytes += fi.Size()
		} else if !record.IsURL(in) {
			plain = append(plain, in)
		}
	}
	if warcBytes > 0 {
		return progressbar.NewOptions64(warcBytes,
			progressbar.OptionSetWriter(a.stderr),
			progressbar.OptionSetDescription("ingest WARC"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		), true
	}
	files, _, err := source.Count(cmd.Context(), plain)
	if err != nil || files == 0 {
		files = -1
	}
	return progressbar.NewOptions(files,
		progressbar.OptionSetWriter(a.stderr),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	), false
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// batchPutter is a store that writes several articles in one transaction,
// which costs far less per article than one commit each.
type batchPutter interface {
	PutBatch(ctx context.Context, as []*article.Article) ([]bool, error)
}

// Batches are flushed at this many articles or this long after their
// first article, whichever comes first, so that a slow stream (standard
// input, a feed) is not held back uncommitted.
const (
	batchSize = 64
	batchWait = time.Second
)

// batcher hands articles to the store in batches where it can.
type batcher struct {
	st      store.Store
	bp      batchPutter
	pending []*article.Article
	started time.Time
	done    func(added bool)
}

func newBatcher(st store.Store, done func(added bool)) *batcher {
	b := &batcher{st: st, done: done}
	b.bp, _ = st.(batchPutter)
	return b
}

// add stores a, at once or with the next batch.
func (b *batcher) add(ctx context.Context, a *article.Article) error {
	if b.bp == nil {
		added, err := b.st.Put(ctx, a)
		if err != nil {
			return err
		}
		b.done(added)
		return nil
	}
	if len(b.pending) == 0 {
		b.started = time.Now()
	}
	b.pending = append(b.pending, a)
	if len(b.pending) >= batchSize || time.Since(b.started) >= batchWait {
		return b.flush(ctx)
	}
	return nil
}

// flush stores the pending articles.
func (b *batcher) flush(ctx context.Context) error {
	if len(b.pending) == 0 {
		return nil
	}
	added, err := b.bp.PutBatch(ctx, b.pending)
	b.pending = b.pending[:0]
	if err != nil {
		return err
	}
	for _, ok := range added {
		b.done(ok)
	}
	return nil
}
