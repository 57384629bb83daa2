package merge

import "testing"

func TestRebuild(t *testing.T) {
	a := mention("a1:0", "CONSULT", actors(lavrov, rubio), date("2025-02-18"), inGroup("a1"))
	b := mention("b2:0", "CONSULT", actors(russia, usa), date("2025-02-18"), inGroup("a1"))
	c := mention("c3:0", "ASSAULT", actors(israel), recipients(iran), date("2025-06-13"))
	ev1, ev2 := EventID("a1:0"), EventID("c3:0")
	a.EventID, b.EventID, c.EventID = ev1, ev1, ev2

	res := Rebuild([]Mention{c, b, a}, []string{ev1, ev2, "ev-gone"})
	if len(res.Events) != 2 || len(res.Removed) != 0 {
		t.Fatalf("Rebuild = %d events, removed %v; want 2 and none", len(res.Events), res.Removed)
	}
	first, second := res.Events[0], res.Events[1]
	if first.ID != ev1 || len(first.Mentions) != 2 || first.Sources != 1 {
		t.Errorf("first event %s: %d mentions, %d sources; want %s, 2 mentions of one near-duplicate group, 1 source",
			first.ID, len(first.Mentions), first.Sources, ev1)
	}
	if second.ID != ev2 || len(second.Mentions) != 1 {
		t.Errorf("second event %s with %d mentions, want %s with 1", second.ID, len(second.Mentions), ev2)
	}
	// The same mentions in another order build the same events.
	again := Rebuild([]Mention{a, c, b}, []string{ev1, ev2})
	if again.Events[0].ID != first.ID || again.Events[0].Sources != first.Sources {
		t.Errorf("Rebuild depends on the order of mentions")
	}
}
