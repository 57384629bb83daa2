// Package pipeline runs the first stages of Chronicle over a set of inputs:
// it reads documents (package source), cleans them on several goroutines
// (package clean) and hands the results on in input order, so that the
// output of `chronicle extract` and the order of a store's ingest do not
// depend on scheduling.
//
// Memory stays flat whatever the size of the corpus: documents are streamed,
// and only a bounded number are in flight at any time.
package pipeline
