// Package event is the event stage of the pipeline: it reads the sentences
// of an analysed article (package nlp) and finds the event mentions in them,
// typed with the PLOVER 2.0 ontology, with their actors and recipients,
// mode, status, date, location, attribution, the sentence and its span, and
// a confidence.
//
// The extractor is rule-based so that every decision can be explained: a
// trigger lexicon per event type (words and short phrase patterns with
// gaps) proposes candidates; argument rules assign the sentence's actor
// mentions to the actor and recipient sides around the trigger; clause
// rules read status (planned, proposed, cancelled), negation, hedges and
// conditionals; a hand-tuned scorer combines the evidence into a
// confidence, and candidates below a floor are not reported. Article-level
// rules then fold definite re-mentions ("the meeting in Riyadh", "the
// attack") into the event they refer to and collapse the mentions of one
// event told more than once (standfirst and body) into the most informative
// one, with the date, mode, place and participants of all (collapse.go), so
// that an article reports each event once. Explain on
// each event lists the trigger, the rules that fired and where the date
// came from, for `chronicle extract --explain`.
package event
