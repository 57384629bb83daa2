// Package store defines where Chronicle keeps what it has cleaned: the
// Store interface that every backend implements, the filters and results of
// its queries, and the errors callers can test for.
//
// Two backends are planned: sqlite (embedded, a single file, the default)
// and postgres (shared by many workers). Both must pass the conformance
// suite in package storetest, so that whatever a user stores reads back the
// same whichever backend holds it.
package store
