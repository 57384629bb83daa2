// Package report writes the merged record for people and for programs:
// timelines as text with numbered citations, as the JSON contract of
// DESIGN.md and as CSV; actor networks as JSON, GraphML and Graphviz DOT;
// positions as text, JSON and CSV.
//
// Writers take an io.Writer and plain values (merge.Event, query.Graph,
// query.Position), so the CLI and the HTTP API share them. Everything
// written comes from scraped pages, so every format escapes what it must:
// control characters never reach a terminal, CSV cells cannot start a
// spreadsheet formula, GraphML goes through encoding/xml and DOT strings
// are quoted with their quotes and backslashes escaped.
package report
