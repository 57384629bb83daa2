// Package html finds the article in a crawled HTML page: its main text
// without site furniture, and the metadata the page gives about itself
// (title, publication time with its precision, authors, outlet, language,
// canonical URL, description).
//
// The heavy lifting of telling article text from navigation, teasers and
// footers is done by go-trafilatura with its readability and dom-distiller
// fallbacks; this package adds what Chronicle needs around it: charset
// decoding, a fallback of its own for pages the extractor gives up on, a
// clear ErrNoArticle for pages that carry no article at all, metadata read
// with the precision the page actually states, and a recover boundary so
// that hostile markup becomes an error instead of a crash.
package html
