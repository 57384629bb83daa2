package pipeline

import (
	"context"
	"errors"
	"fmt"
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
	// Learn makes a first, cheap pass over the inputs so that the cleaner
	// knows each site's repeated lines and date order before cleaning any
	// page. It is ignored when an input is standard input, which cannot be
	// read twice.
	Learn bool
}

// Run reads, cleans and emits every document of inputs, in input order. It
// stops at the first error emit returns, or when ctx is done.
func Run(ctx context.Context, inputs []string, opt Options, emit func(Item) error) error {
	c := clean.New()
	if opt.Learn && rereadable(inputs) {
		if err := learn(ctx, c, inputs, opt); err != nil {
			return err
		}
	}
	return process(ctx, c, inputs, opt, emit)
}

// learn is the first pass: every document is shown to the cleaner, on all
// workers. Read errors are left to the second pass, which reports them.
func learn(ctx context.Context, c *clean.Cleaner, inputs []string, opt Options) error {
	docs := make(chan source.Document, workers(opt))
	var wg sync.WaitGroup
	for range workers(opt) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docs {
				c.Learn(d)
			}
		}()
	}
	for doc, err := range source.Read(ctx, inputs, opt.Source) {
		if err == nil {
			docs <- doc
		}
	}
	close(docs)
	wg.Wait()
	return ctx.Err()
}

func workers(opt Options) int {
	if opt.Workers > 0 {
		return opt.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func rereadable(inputs []string) bool {
	for _, in := range inputs {
		if in == "-" {
			return false
		}
	}
	return true
}

type job struct {
	doc  source.Document
	err  error
	done chan Item
}

// process cleans on opt.Workers goroutines. Each job carries its own result
// channel and the jobs are queued in input order, so the emitter only has
// to wait on them one after the other; the queue's capacity bounds the
// documents in flight.
func process(ctx context.Context, c *clean.Cleaner, inputs []string, opt Options, emit func(Item) error) error {
	workers := workers(opt)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	work := make(chan *job, workers)
	order := make(chan *job, 4*workers)
	var wg sync.WaitGroup
	for range workers {
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
	go func() {
		defer close(order)
		defer close(work)
		for doc, err := range source.Read(ctx, inputs, opt.Source) {
			j := &job{doc: doc, err: err, done: make(chan Item, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			select {
			case work <- j:
			case <-ctx.Done():
				return
			}
		}
	}()

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
	res, err := c.Clean(ctx, j.doc)
	if err != nil {
		it.Err = fmt.Errorf("%s: %w", j.doc.Origin, err)
		return it
	}
	it.Result = res
	return it
}
