package actor

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// TestDump prints the mentions of the sentences in $DUMP, one fresh article
// each, as table rows; a development aid for writing expectations.
func TestDump(t *testing.T) {
	in := os.Getenv("DUMP")
	if in == "" {
		t.Skip("set DUMP to sentences, one per line")
	}
	r := fixture(t)
	if os.Getenv("DUMPKB") == "real" {
		r = real(t)
	}
	var b strings.Builder
	for _, s := range strings.Split(in, "\n") {
		d := r.NewDoc(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
		a, p := d.Sentence(s)
		fmt.Fprintf(&b, "{%q,\n\t%s,\n\t%s},\n", s, lit(a), lit(p))
	}
	t.Log("\n" + b.String())
}

func lit(ms []Mention) string {
	if len(ms) == 0 {
		return "nil"
	}
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = fmt.Sprintf("%q", show(m))
	}
	return "[]string{" + strings.Join(parts, ", ") + "}"
}
