package merge

import (
	"encoding/json"
	"testing"
)

// FuzzSpan feeds event dates from outside (stores, JSON) to Span and
// Compatible: never a panic, and a span never ends before it starts.
func FuzzSpan(f *testing.F) {
	for _, d := range []string{"2025-02-18", "2025-W08", "2025-W53", "2025-02", "2025", "", "2025-13", "0000-W01", "9999-12-31"} {
		f.Add(d, "planned", "2025-06-01")
	}
	f.Fuzz(func(t *testing.T, d, st, pub string) {
		m := mention("a:0", "CONSULT", actors(russia, usa), date(d), status(st), published(pub))
		first, last, ok := Span(m)
		if ok && last < first {
			t.Errorf("Span(%q) = %s..%s", d, first, last)
		}
		Compatible(m, mention("b:0", "CONSULT", actors(russia), date("2025-02-18")))
		Build([]Mention{m, mention("b:0", "CONSULT", actors(usa), date(d))})
	})
}

// FuzzEventJSON reads timeline JSON from outside: never a panic, and what
// it reads writes back.
func FuzzEventJSON(f *testing.F) {
	e := Build([]Mention{mention("a:0", "CONSULT", actors(lavrov), recipients(rubio), date("2025-02-18"), place(riyadh))})
	b, _ := json.Marshal(e)
	f.Add(b)
	f.Add([]byte(`{"mentions":[{}],"conflicts":[{"values":[{}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var e Event
		if json.Unmarshal(b, &e) != nil {
			return
		}
		if _, err := json.Marshal(e); err != nil {
			t.Errorf("marshal of %q: %v", b, err)
		}
	})
}
