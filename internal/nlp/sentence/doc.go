// Package sentence splits clean article text into sentences with their
// byte spans, so that every later stage can cite the exact sentence an
// event comes from and point at it in the body.
//
// News prose is full of full stops that end nothing: titles ("Gen.",
// "Sen."), initials ("J. D. Vance"), abbreviated months ("Feb. 18"),
// dotted acronyms ("U.S.", "U.N."), decimals ("1.5 hours"). The splitter
// is a small rule system over those cases rather than a statistical model:
// it is fast, deterministic and its mistakes can be read and fixed.
package sentence
