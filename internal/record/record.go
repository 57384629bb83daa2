package record

import (
	"errors"

	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/fetch"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/source"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/story"
)

// ErrInvalid is wrapped by every error that a request itself caused: a
// filter that does not parse, an empty actor name, a document that yields
// no article. The request can be mended and sent again.
var ErrInvalid = errors.New("invalid request")

// invalid wraps err so that errors.Is(err, ErrInvalid) holds and the message
// stays the caller's.
type invalid struct{ err error }

func (e invalid) Error() string   { return e.err.Error() }
func (e invalid) Unwrap() []error { return []error{e.err, ErrInvalid} }
func invalidf(err error) error    { return invalid{err} }
func isInvalid(err error) bool    { return errors.Is(err, ErrInvalid) }
func notFound(err error) bool     { return errors.Is(err, store.ErrNotFound) }
func wrapInvalid(err error) error {
	if err == nil || isInvalid(err) {
		return err
	}
	return invalidf(err)
}

// Options tune a Record. The zero value reads and ingests with the
// defaults of the CLI.
type Options struct {
	// MaxBytes caps each ingested document after decompression; 0 means
	// source.DefaultMaxBytes.
	MaxBytes int64
	// AllowPrivate lets ingested URLs reach loopback and private
	// addresses, which are refused by default (a server must not become
	// a proxy into its own network).
	AllowPrivate bool
	// NoEvents stores ingested articles without finding their events.
	NoEvents bool
}

// Record answers questions about the stored events and adds articles to
// them. It is safe for concurrent use when its store is.
type Record struct {
	st       store.Store
	kb       *kb.KB
	opt      Options
	fetcher  *fetch.Fetcher
	enrich   func(*clean.Result)
	stateFor func(iso3 string) string
	cache    wholeCache
	resolved resolver
}

// New returns the record over st, resolving actor names through k.
func New(st store.Store, k *kb.KB, opt Options) *Record {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = source.DefaultMaxBytes
	}
	r := &Record{st: st, kb: k, opt: opt,
		fetcher: fetch.New(fetch.Options{MaxBytes: opt.MaxBytes, AllowPrivate: opt.AllowPrivate})}
	r.stateFor = story.StateNames(k)
	if !opt.NoEvents {
		r.enrich = EventStage(k)
	}
	return r
}

// Store returns the store the record reads.
func (r *Record) Store() store.Store { return r.st }

// KB returns the knowledge base actor names are resolved through.
func (r *Record) KB() *kb.KB { return r.kb }

// EventStage returns the hook that runs the language and event stages on a
// clean article. The analysers are built once; the hook is safe to call
// from every pipeline worker.
func EventStage(k *kb.KB) func(*clean.Result) {
	an, x := nlp.New(k), event.New()
	return func(res *clean.Result) {
		doc := an.Analyze(&res.Article)
		res.Article.Events = x.Extract(res.Article.Body, doc)
	}
}
