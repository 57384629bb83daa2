package html

import (
	"strings"
	"testing"
)

// TestFlattenNesting checks that wrappers beyond maxNesting lose their tags
// and nothing else changes.
func TestFlattenNesting(t *testing.T) {
	for _, tc := range []struct {
		depth, want int
	}{{10, 10}, {maxNesting, maxNesting}, {maxNesting + 1, maxNesting}, {3000, maxNesting}} {
		src := strings.Repeat("<div>", tc.depth) + "<p>Text<br>more</p>" + strings.Repeat("</div>", tc.depth)
		out := flattenNesting(src)
		if n, m := strings.Count(out, "<div>"), strings.Count(out, "</div>"); n != tc.want || m != tc.want {
			t.Errorf("depth %d: %d <div> and %d </div>, want %d", tc.depth, n, m, tc.want)
		}
		if !strings.Contains(out, "<p>Text<br>more</p>") {
			t.Errorf("depth %d: the paragraph changed: %.80q", tc.depth, out)
		}
	}
}
