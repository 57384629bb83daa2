// Package source reads the documents a user names on the command line —
// files, folders, gzip-compressed files, JSON and JSONL record dumps and
// standard input — and yields them one at a time.
//
// What is read:
//
//   - .txt, .text (text) and .html, .htm, .xhtml (HTML), plain or .gz;
//   - .json: one record object, an array of records (streamed element by
//     element) or several objects in a row; .jsonl and .ndjson: one record a
//     line; both plain or .gz. A record carries its content in html (or
//     raw_html) or in text, body, content or maintext, and metadata in url,
//     title, published, outlet and authors (with the names common dumps use
//     as alternatives), which become Hints;
//   - a file named explicitly with another extension, and "-" (standard
//     input), are sniffed: gzip, then a JSON array or record, then HTML,
//     then text. Inside a folder such files are reported as unsupported;
//   - folders, recursively in sorted order, skipping hidden entries and not
//     following symbolic links to folders.
//
// Origins name where a document came from: the path, "path:N" for the N-th
// line of a JSONL input or the N-th record of a JSON array, "-" for standard
// input.
//
// Reading streams: a folder is walked one entry at a time and a JSONL or
// JSON array input one record at a time, so a corpus of any size runs in
// memory bounded by the largest single document, itself capped by
// Options.MaxBytes (reading stops at the cap, for compressed input too). A
// failure to read one input or one record is yielded as an *Error and the
// run goes on with the next, because one bad file in a crawl of thousands
// must not stop the ingest.
//
// The package decides only what a document is (text or HTML) and checks that
// it is readable (not empty, not binary, valid UTF-8 for text); cleaning the
// content is the job of package clean.
package source
