// Package query computes what analysts ask of the merged record: which
// events an actor took part in, who interacts with whom and how often
// (Network), and what each party requested, rejected, conceded or agreed
// over time (Positions).
//
// The package is pure and knows no store: callers stream merge.Event values
// in from whatever holds them, so the same code serves the CLI, the HTTP API
// and tests. Actors are compared by identity (Identity), the folded name, so
// that "Sergei Lavrov" spelled with other case or accents is one node; a
// state key ("c:RUS") stands for the state and everyone who acts for it.
package query
