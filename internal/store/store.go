package store

import (
	"context"
	"errors"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// ErrNotFound is returned (wrapped) when a requested record is not stored;
// callers test for it with errors.Is.
var ErrNotFound = errors.New("not found")

// Snippet highlight markers. Every backend brackets the matched words of a
// search snippet with them, so that the CLI can print them as they are and
// the web UI can turn them into markup after escaping the text.
const (
	HighlightStart = "**"
	HighlightEnd   = "**"
)

// Store keeps clean articles, their event mentions and the merged events.
// Implementations: sqlite (embedded, default) and, later, postgres; both
// must pass storetest. A Store is safe for concurrent use by goroutines.
type Store interface {
	// Put stores one article in one transaction: its row, its event
	// mentions merged into the stored events (package merge) and its
	// near-duplicate sketch (package dedup). It is idempotent by content
	// hash (a.Hash; a.ID is derived from it): putting an article whose hash
	// is stored already changes nothing and returns added=false.
	Put(ctx context.Context, a *article.Article) (added bool, err error)
	// Get returns the full article, Raw and event mentions included; the error wraps
	// ErrNotFound when no article has that ID.
	Get(ctx context.Context, id string) (*article.Article, error)
	// List returns summaries newest first (published desc, then ingest
	// order, latest first); Body and Raw are left empty. Within one
	// publication day, articles with a time of day come first, latest
	// first, then day-only ones; undated articles come after all dated ones.
	List(ctx context.Context, f Filter) ([]article.Article, error)
	// Search finds articles by words in title and body (full-text, ranked,
	// with a highlighted snippet). The query is plain words as a user types
	// them, never backend query syntax; a query without any word yields no
	// hits and no error.
	Search(ctx context.Context, query string, f Filter) ([]Hit, error)
	// Events returns merged events in timeline order (by the last day
	// their date may mean, so a day-dated event comes before the week or
	// month that holds it; then by ID; undated events last), each with all
	// its mentions, oldest article first.
	Events(ctx context.Context, f EventFilter) ([]merge.Event, error)
	// Event returns one merged event with its mentions, by its ID or by
	// any ID it had before merges renamed it (an event's ID follows its
	// smallest mention ID, so links saved earlier must still lead to it;
	// the event returned carries its current ID). The error wraps
	// ErrNotFound when no event has or had that ID.
	Event(ctx context.Context, id string) (*merge.Event, error)
	// Stats summarises what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Version returns a number that moves on with every transaction that
	// stores an article, whichever process writes: an answer computed at
	// one version is still true while the version is the same. Readers
	// that keep answers (the HTTP API) check it instead of guessing a TTL.
	Version(ctx context.Context) (int64, error)
	// Close releases the store; calling it more than once is harmless.
	Close() error
}

// Hit is one search result: the article as a summary (no Body or Raw), a
// short extract of the body with the matched words between
// HighlightStart and HighlightEnd, and a relevance score where higher is
// better. Scores compare hits of one search only.
type Hit struct {
	Article article.Article
	Snippet string
	Rank    float64
}

// Stats summarises a store. FirstPublished and LastPublished are the
// earliest and latest publication days (YYYY-MM-DD) among dated articles,
// "" when there are none.
type Stats struct {
	Articles       int
	Outlets        int
	FirstPublished string
	LastPublished  string
	// Mentions and Events count event mentions and the merged events
	// they form; DupGroups counts groups of near-duplicate articles.
	Mentions, Events, DupGroups int
}
