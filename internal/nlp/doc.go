// Package nlp is the language stage of the pipeline: it splits a clean
// article into sentences and finds in each the actors (states,
// organisations, people), the places and the dates, normalised against the
// article's publication date. Events are built on what it finds.
//
// The work is divided as the problem is: package nlp/sentence splits,
// package nlp/actor recognises mentions from the knowledge base (package
// kb), package nlp/timex reads and normalises time expressions. This
// package runs them over one article and keeps what ties sentences
// together: the people already named, for surname coreference, and the
// publication date.
package nlp
