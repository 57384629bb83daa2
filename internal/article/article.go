package article

import (
	"crypto/sha256"
	"encoding/hex"
)

// Format names the shape an article arrived in; the cleaner chooses its
// strategy from it and the store keeps it so that a later version of the
// cleaner can process the raw input again.
type Format string

// The input formats Chronicle reads.
const (
	FormatText Format = "text" // flattened page text, site furniture included
	FormatHTML Format = "html" // an HTML page as crawled
)

// Article is one news article after cleaning: the body without site
// furniture and the metadata the page gives about itself.
type Article struct {
	// ID identifies the article by its content: the first 16 hex digits of
	// the SHA-256 of the raw input. Ingesting the same bytes twice yields the
	// same ID, which is what makes ingest idempotent.
	ID string
	// Hash is the full hex SHA-256 of the raw input.
	Hash string
	// Source is the origin as the user gave it: a path, a path with a record
	// number for JSONL, "-" for standard input, or a URL.
	Source string
	// URL is the page's own address where known (JSON record, HTML canonical
	// link); it may differ from Source.
	URL string
	// Format is the shape of the raw input.
	Format Format
	// Title is empty where the page has none that can be told apart.
	Title string
	// Published is when the outlet published the article, with the precision
	// the page gives; the zero value means the page does not say.
	Published Published
	// Outlet is the publishing site's name, empty where nothing names it.
	Outlet string
	// Authors are people credited in a byline; desks and agencies are not.
	Authors []string
	// Language is an ISO 639-1 code ("en"), empty where undetermined.
	Language string
	// Body is the clean article text, paragraphs separated by a blank line.
	Body string
	// Events are the event mentions found in the body.
	Events []Event
	// Raw is the input as read (decompressed); stores keep it so that
	// articles can be processed again by a newer pipeline.
	Raw []byte
}

// HashOf returns the hex SHA-256 of raw input and the article ID derived
// from it.
func HashOf(raw []byte) (hash, id string) {
	sum := sha256.Sum256(raw)
	hash = hex.EncodeToString(sum[:])
	return hash, hash[:16]
}
