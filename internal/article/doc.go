// Package article defines the clean article, the unit that every stage after
// cleaning works on, and its JSON form: the per-article contract that
// `chronicle extract` prints and that the scorers read (see docs/ARCHITECTURE.md).
//
// The package has no dependencies beyond the standard library so that every
// stage can import it without pulling in another stage.
package article
