// Package kb is Chronicle's actor knowledge base: states, international and
// non-state organisations, office-holders with dated stints, places and the
// title words that tell an office.
//
// The base ships inside the binary as hand-maintained TSV files (data/*.tsv,
// embedded with go:embed) so that a fresh install recognises actors without
// any download, and users extend it with overlay files in the same formats.
// A loaded KB is immutable, so one value serves every goroutine of the
// pipeline without locking.
package kb
