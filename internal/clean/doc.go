// Package clean turns a source document into a clean article: the article
// text without site furniture, and the metadata the page gives about itself
// (title, publication date-time with its zone, outlet, authors, language).
//
// The work is split by input format, as in miniflux's reader: package
// clean/html extracts the main text of HTML pages, package clean/text
// classifies the lines of flattened page text, and package clean/meta reads
// dates, outlets, authors and the language. A Cleaner holds what the pages of
// one run teach about their sites (lines that repeat across an outlet's pages,
// the order an outlet writes numeric dates in), so Learn every document of a
// batch before cleaning it when the inputs can be read twice.
package clean
