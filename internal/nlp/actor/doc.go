// Package actor finds the actors (states, organisations, people) and the
// places named in a sentence, using the knowledge base of package kb.
//
// Matching runs over normalised tokens (case and diacritics folded) through a
// token-keyed index, longest match first, so a sentence costs a few map
// lookups per token whatever the size of the base. On top of the raw matches,
// context rules settle what a name does in the sentence: a capital that acts
// ("Moscow insists") is the state, the same capital after a locative
// preposition ("in Moscow") is a place; a title before a name makes one
// person mention ("Russian Foreign Minister Sergei Lavrov"); a bare office
// ("the foreign minister") is resolved to its holder on the article's date.
// A Doc carries what one article has established so far (the people already
// named, the state of each office) for surname coreference.
package actor
