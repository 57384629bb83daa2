// Package warc streams the HTML pages of WARC files (ISO 28500, versions
// 1.0 and 1.1), the format of Common Crawl's CC-NEWS archive, for
// `chronicle ingest file.warc.gz`.
//
// A Reader reads plain .warc files and .warc.gz files made of gzip members
// (one member a record, as crawlers write them, or any other split). It
// yields one record at a time and never holds more than one record in
// memory: only response records carrying an HTTP response with a 2xx status
// and an HTML content type, with the body's Content-Encoding and
// Transfer-Encoding undone and the charset of the HTTP Content-Type kept
// for the HTML cleaner. Request, metadata, warcinfo and other records, and
// responses that are redirects, errors or not HTML, are skipped and
// counted.
//
// Reader.Offset is the position in the compressed input, for a progress
// bar on bytes.
//
// Bad input is reported and survived where the format allows. A corrupt or
// truncated gzip member, garbage between records, or a record whose
// Content-Length disagrees with its content gives an error naming the file,
// the byte offset of the record (of its gzip member for compressed files)
// and its WARC-Record-ID when known; the reader then resynchronises on the
// next gzip member or the next "WARC/" version line, so the records before
// the damage are never lost and those after it usually are not either. A
// record larger than Options.MaxRecordSize is skipped without being read
// into memory and reported. A file that does not start with a WARC record
// is refused once, as a whole.
package warc
