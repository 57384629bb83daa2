package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/chronicle-news/chronicle/internal/query"
)

// WriteNetworkJSON writes the graph as {"nodes": [...], "edges": [...]},
// lists never null.
func WriteNetworkJSON(w io.Writer, g query.Graph) error {
	if g.Nodes == nil {
		g.Nodes = []query.Node{}
	}
	if g.Edges == nil {
		g.Edges = []query.Edge{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		return fmt.Errorf("write network JSON: %w", err)
	}
	return nil
}
