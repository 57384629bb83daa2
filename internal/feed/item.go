package feed

import (
	"time"

	"github.com/chronicle-news/chronicle/internal/fetch"
	"github.com/chronicle-news/chronicle/internal/source"
)

// Item is what a feed says about one entry.
type Item struct {
	// Feed is the URL of the feed the item came from.
	Feed string
	// FeedTitle is the feed's own title ("World news | Example Times").
	FeedTitle string
	// GUID is the item's id (RSS guid, Atom id, JSON Feed id), or "".
	GUID string
	// URL is the item's link, made absolute against the feed's URL.
	URL string
	// Title is the item's title.
	Title string
	// Published is the item's publication time (its update time when the
	// feed gives no other); zero when the feed gives neither.
	Published time.Time
	// Authors are the credited names.
	Authors []string
}

// Page is a new item with its fetched page, handed to the Handler.
type Page struct {
	Item Item
	// Response is the fetched page: its final URL, media type, charset
	// and body.
	Response *fetch.Response
}

// Document returns the page as the raw document the pipeline reads, with
// the feed's metadata as Hints (the cleaner prefers hints to what it
// guesses from the page). The origin is the item's URL.
func (p Page) Document() (source.Document, error) {
	doc, err := p.Response.Document(p.Item.URL)
	if err != nil {
		return doc, &source.Error{Origin: p.Item.URL, Err: err}
	}
	doc.Hints.Title = p.Item.Title
	doc.Hints.Authors = p.Item.Authors
	if !p.Item.Published.IsZero() {
		doc.Hints.Published = p.Item.Published.Format(time.RFC3339)
	}
	return doc, nil
}
