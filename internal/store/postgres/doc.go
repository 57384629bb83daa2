// Package postgres is the Store backend that many processes share: a
// PostgreSQL database reached through pgx, holding the articles (their raw
// input gzip-compressed), a full-text index over title and body, the event
// mentions and the merged events.
//
// # Schema
//
// Open applies the embedded goose migrations under a session advisory
// lock, so that several workers starting at once migrate the database
// exactly once. Keys that are sorted or compared (days, IDs, identity keys)
// use the "C" collation, so timelines order the same whatever locale the
// database has.
//
// # Search
//
// The store folds title and body (lower case, diacritics removed) in Go
// and indexes the result in a tsvector column with a GIN index, under the
// text search configuration "chronicle" that the first migration creates
// (English stemming without stop words; other scripts whole). Queries are
// folded the same way and turned into tsqueries by plainto_tsquery, word by
// word, so user text is never read as query syntax. Matching therefore does
// not depend on the database's locale or on extensions. Snippets come from
// ts_headline over the original body.
//
// # Concurrency
//
// Put runs in one transaction. The article row is inserted first, with ON
// CONFLICT DO NOTHING: two processes putting the same bytes settle on the
// unique indexes of hash and ID, the second waiting for the first to
// commit and then inserting nothing. The rest of Put (near-duplicate grouping and the
// merge of its mentions into the stored events) reads and rewrites rows
// that other articles share, so it runs under a transaction-level advisory
// lock on one fixed key (pg_advisory_xact_lock): merges serialise across
// every process using the database, each seeing all merges committed
// before it, and the lock is released by the commit or rollback itself.
// Compression, the duplicate check and the insert with its index entries
// still run in parallel. PutBatch writes many articles in one transaction
// (one commit, one wait for the lock): it inserts their rows in hash order
// and only then takes the lock, so batches that share articles cannot
// deadlock. A Put whose context is cancelled, or whose process
// dies, rolls back whole: nothing of the article is left behind.
package postgres
