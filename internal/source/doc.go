// Package source reads the documents a user names on the command line —
// files, folders, gzip-compressed files, JSON and JSONL record dumps and
// standard input — and yields them one at a time.
//
// Reading streams: a folder is walked one entry at a time and a JSONL or
// JSON array file one record at a time, so a corpus of any size runs in
// memory bounded by the largest single document (itself capped by
// Options.MaxBytes). A failure to read one input or one record is yielded as
// an *Error and the run goes on with the next, because one bad file in a
// crawl of thousands must not stop the ingest.
//
// The package decides only what a document is (text or HTML) and checks that
// it is readable (not empty, not binary, valid UTF-8 for text); cleaning the
// content is the job of package clean.
package source
