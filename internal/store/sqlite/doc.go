// Package sqlite is the embedded Store backend: one SQLite file (through
// the pure-Go modernc.org/sqlite driver) holding the articles, their raw
// input gzip-compressed, and an FTS5 index over title and body.
//
// # Crash safety
//
// The database runs in WAL mode with synchronous=NORMAL. In WAL mode a
// commit is a single append to the log, so a process killed at any moment
// leaves either the whole transaction or none of it: Put writes each
// article in one transaction and a reader never sees half an article.
// NORMAL instead of FULL skips the fsync at each commit; the cost is that a
// power loss or OS crash (not a process crash) may forget the last few
// commits, yet still never corrupts the file. Ingest is idempotent by
// content hash, so running it again restores them, and the saved fsync is
// what makes thousands of single-article commits per second possible.
//
// # Concurrency
//
// Writes go through one connection, so writers queue in Go rather than
// spinning on SQLITE_BUSY; reads use a separate pool of read-only
// connections, which WAL lets run beside the writer. busy_timeout covers
// other processes opening the same file.
package sqlite
