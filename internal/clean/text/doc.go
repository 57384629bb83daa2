// Package text removes site furniture from news pages that were flattened to
// plain text, and tells the article's title, byline, captions, subheadings and
// body apart.
//
// The method follows jusText: every line gets a first class from cheap
// features (length, stopword density, sentence punctuation, boilerplate
// vocabulary, copyright and credit marks), then context revises the short and
// middling lines from their good neighbours, and the article is taken as the
// best-scoring run of good lines so that stray paragraphs of comments, teasers
// and footers fall away. Lines that recur on other pages of the same site
// (learnt with Repeats) are strong furniture evidence. Every decision is kept
// as a Role per line so that later stages, and --explain, can show why.
package text
