// Package dedup finds near-duplicate articles: wire stories syndicated by
// several outlets, reprints under a new headline, copies with a paragraph
// cut or a sentence reworded. An event counts each group of near-duplicates
// once as a source, so a story reprinted ten times is not ten witnesses.
//
// An article body is reduced to a Signature: a MinHash sketch of its
// 4-word shingles (after Unicode lower-casing and folding every run of
// punctuation, quotes and spaces to one separator), built with one
// permutation hashing and optimal densification, so that sketching costs
// one hash per shingle instead of one per shingle and slot. The share of
// equal slots of two signatures estimates the Jaccard similarity of the two
// shingle sets (Similarity); pairs at or above Threshold are
// near-duplicates.
//
// Finding candidates without comparing every pair is locality-sensitive
// hashing: Bands cuts the signature into 42 bands of 3 slots and hashes
// each band, with its index, to a 64-bit key. Two articles become
// candidates when they share any key. The chance of that is
// 1-(1-J³)⁴² for Jaccard J: 0.9996 at J=0.6, 0.996 at 0.5, 0.94 at 0.4,
// 0.68 at 0.3, 0.29 at 0.2, 0.04 at 0.1 and 0.005 at 0.05. Measured on the
// examples corpus (exact Jaccard of 4-word shingles), a lightly reworded
// wire copy sits at J=0.50 and different articles about the same event at
// 0.06 or less; bands of 4 slots (32 of them) would miss one such copy in
// eight, so the bands are of 3, and the few candidates they give below
// the threshold are sorted out by Similarity, a comparison of 128 numbers.
//
// Index keeps the groups in memory: the group of an article is the smallest
// article ID of its connected component of near-duplicates, which does not
// depend on the order in which articles arrive. A store does the same with
// two tables:
//
//	CREATE TABLE dup_bands (band INTEGER NOT NULL, article TEXT NOT NULL,
//	                        PRIMARY KEY (band, article));
//	-- articles gain: signature BLOB (MarshalBinary), dup_group TEXT
//
// To add an article: select the distinct articles whose band is in
// s.Bands(); load their signatures and keep those with Similarity at or
// above Threshold; the new group is the smallest ID among the new article
// and the groups of the kept ones; update dup_group to it for every article
// whose dup_group is one of those groups; insert the new band rows. All of
// it in the article's transaction, so that components stay whole.
package dedup
