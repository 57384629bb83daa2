package report

import (
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/query"
)

// edgeTypes lists the event types on any edge, sorted, for key
// declarations. Types are PLOVER words; anything else is left to the
// "types" string so that key IDs stay plain.
func edgeTypes(g query.Graph) []string {
	seen := map[string]bool{}
	for _, e := range g.Edges {
		for _, tc := range e.Types {
			if plainWord(tc.Type) {
				seen[tc.Type] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for t := range seen {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

func plainWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// typesText writes type counts as "CONSULT 3, AGREE 1".
func typesText(types []query.TypeCount, sep string) string {
	parts := make([]string, 0, len(types))
	for _, tc := range types {
		parts = append(parts, tc.Type+" "+strconv.Itoa(tc.Count))
	}
	return strings.Join(parts, sep)
}
