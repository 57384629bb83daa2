package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"

	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/source"
)

// Item is the outcome for one document: a clean article, or the reason
// there is none.
type Item struct {
	// Origin names the document as the user can find it again.
	Origin string
	// Result is the clean article; valid when Err is nil.
	Result clean.Result
	// Err says why the document gave no article; it starts with Origin.
	Err error
	// Skipped marks a file inside a folder that is not of a type Chronicle
	// reads: reported, but not a failure.
	Skipped bool
	// Bytes is the size of the document's content.
	Bytes int
}

// Options tune a run.
type Options struct {
	Source source.Options
	// Workers is how many documents are cleaned at once; 0 means one per CPU.
	Workers int
	// Enrich, when set, runs on each clean article in the worker that
	// cleaned it, so that later stages (language, events) share the
	// parallelism and the output order.
	Enrich func(*clean.Result)
	// Learn shows the cleaner a window of documents (up to WindowDocs, or
	// WindowBytes of content) before it cleans any of them, so that it
	// knows each site's repeated lines and date order; every window also
	// learns from the ones before it. A batch smaller than a window is
	// learned whole before anything is cleaned.
	Learn bool
	// Window, when positive, is the learning window's size in documents
	// instead of WindowDocs.
	Window int
	// Read, when set, replaces source.Read as the reader of the inputs:
	// the command line adds URLs and WARC files to what source reads.
	Read func(ctx context.Context, inputs []string, opt source.Options) iter.Seq2[source.Document, error]
}

// The learning window's bounds: what is held in memory between learning a
// document and cleaning it.
const (
	WindowDocs  = 1024
	WindowBytes = 64 << 20
)

// Run reads, cleans and emits every document of inputs, in input order. It
// stops at the first error emit returns, or when ctx is done.
func Run(ctx context.Context, inputs []string, opt Options, emit func(Item) error) error {
	return process(ctx, clean.New(), inputs, opt, emit)
}

func workers(opt Options) int {
	if opt.Workers > 0 {
		return opt.Workers
	}
	return runtime.GOMAXPROCS(0)
}

type job struct {
	doc  source.Document
	err  error
	prep *clean.Prepared
	done chan Item
}

// process cleans on opt.Workers goroutines. Each job carries its own result
// channel and the jobs are queued in input order, so the emitter only has
// to wait on them one after the other; the queue's capacity and the
// learning window bound the documents in flight.
func process(ctx context.Context, c *clean.Cleaner, inputs []string, opt Options, emit func(Item) error) error {
	n := workers(opt)
	if opt.Window <= 0 {
		opt.Window = WindowDocs
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	work := make(chan *job, n)
	order := make(chan *job, opt.Window+4*n)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				it := cleanOne(ctx, c, j)
				if it.Err == nil && opt.Enrich != nil {
					opt.Enrich(&it.Result)
				}
				j.done <- it
			}
		}()
	}
	go produce(ctx, c, inputs, opt, n, order, work)

	var firstErr error
	for j := range order {
		var it Item
		select {
		case it = <-j.done:
		case <-ctx.Done():
		}
		if firstErr != nil || ctx.Err() != nil {
			continue
		}
		if err := emit(it); err != nil {
			firstErr = err
			cancel()
		}
	}
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	return context.Cause(ctx)
}

// produce reads the documents, lets the cleaner learn them window by
// window, and queues them for cleaning in input order.
func produce(ctx context.Context, c *clean.Cleaner, inputs []string, opt Options, n int, order, work chan<- *job) {
	defer close(order)
	defer close(work)
	var (
		win   []*job
		bytes int
	)
	flush := func() bool {
		if opt.Learn {
			learn(c, win, n)
		}
		for _, j := range win {
			select {
			case order <- j:
			case <-ctx.Done():
				return false
			}
			select {
			case work <- j:
			case <-ctx.Done():
				return false
			}
		}
		win, bytes = win[:0], 0
		return true
	}
	read := opt.Read
	if read == nil {
		read = source.Read
	}
	for doc, err := range read(ctx, inputs, opt.Source) {
		win = append(win, &job{doc: doc, err: err, done: make(chan Item, 1)})
		bytes += len(doc.Data)
		if len(win) >= opt.Window || bytes >= WindowBytes {
			if !flush() {
				return
			}
		}
	}
	flush()
}

// learn shows a window's documents to the cleaner on n goroutines.
func learn(c *clean.Cleaner, win []*job, n int) {
	next := make(chan *job)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				j.prep = c.Learn(j.doc)
			}
		}()
	}
	for _, j := range win {
		if j.err == nil {
			next <- j
		}
	}
	close(next)
	wg.Wait()
}

func cleanOne(ctx context.Context, c *clean.Cleaner, j *job) Item {
	if j.err != nil {
		var se *source.Error
		origin := ""
		if errors.As(j.err, &se) {
			origin = se.Origin
		}
		return Item{Origin: origin, Err: j.err, Skipped: errors.Is(j.err, source.ErrUnsupported)}
	}
	it := Item{Origin: j.doc.Origin, Bytes: len(j.doc.Data)}
	res, err := c.Clean(ctx, j.doc, j.prep)
	j.prep = nil // the page's reading is no longer needed
	if err != nil {
		it.Err = fmt.Errorf("%s: %w", j.doc.Origin, err)
		return it
	}
	it.Result = res
	return it
}
