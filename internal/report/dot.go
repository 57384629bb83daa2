package report

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/query"
)

// WriteNetworkDOT writes the graph in Graphviz DOT: a digraph whose node
// IDs are the quoted identity keys, labelled with the actor's name and
// state; edges carry their counts by type as labels and their total as
// weight, and undirected edges are drawn without arrows.
func WriteNetworkDOT(w io.Writer, g query.Graph) error {
	t := newTextWriter(w, DefaultWidth)
	t.printf("digraph chronicle {\n")
	t.printf("  graph [overlap=false, splines=true];\n")
	t.printf("  node [shape=box, style=rounded];\n")
	for _, n := range g.Nodes {
		label := n.Name
		if label == "" {
			label = n.ID
		}
		var facts []string
		if n.Country != "" && n.Country != n.Name {
			facts = append(facts, n.Country)
		}
		facts = append(facts, plural(n.Events, "event", "events"))
		label += "\n" + strings.Join(facts, ", ")
		t.printf("  %s [label=%s];\n", dotQuote(n.ID), dotQuote(label))
	}
	for _, e := range g.Edges {
		attrs := []string{
			"label=" + dotQuote(typesText(e.Types, "\n")),
			"weight=" + strconv.Itoa(e.Total),
			"penwidth=" + strconv.FormatFloat(1+math.Log2(float64(max(e.Total, 1))), 'f', 1, 64),
		}
		if !e.Directed {
			attrs = append(attrs, "dir=none")
		}
		t.printf("  %s -> %s [%s];\n", dotQuote(e.Source), dotQuote(e.Target), strings.Join(attrs, ", "))
	}
	t.printf("}\n")
	if err := t.flush(); err != nil {
		return fmt.Errorf("write DOT: %w", err)
	}
	return nil
}

// dotQuote returns s as a DOT double-quoted string. Backslashes are
// doubled and quotes escaped, so no name can end the string early or leave
// a dangling escape; line breaks become the \n escape Graphviz reads as a
// new line in labels; other control characters become spaces.
func dotQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
		case unsafeRune(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	if strings.HasSuffix(s, `\`) {
		// Older Graphviz lexers take the closing quote after a doubled
		// backslash for an escaped quote; a space keeps the string closed.
		b.WriteByte(' ')
	}
	b.WriteByte('"')
	return b.String()
}
