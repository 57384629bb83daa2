// Package meta reads an article's metadata from the flattened text of its
// page: when it was published (with the time zone, or only the day when
// that is all the page gives), which outlet published it, who wrote it and
// in which language.
//
// Pages are noisy: the publication line sits between menus and trending
// lists, words are glued together ("Iryna KutielievaFriday, 21 February
// 2025"), captions and lists carry dates of their own, and numeric dates
// such as 02-06-2025 can be read two ways. The package therefore works from
// evidence and says what it used (Meta.Evidence): a value is returned only
// when the page, the metadata that came with it (Hints), what earlier pages
// of the same outlet showed (Memory) or the built-in outlet table settles
// it; otherwise the field stays empty rather than guessed.
//
// The outlet table (outlets.tsv) is a readable data file embedded into the
// binary; it lists real news sites with their domains, country, home time
// zone and the numeric date order they write.
package meta
