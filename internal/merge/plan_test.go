package merge

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestPlanJoinsAndRemoves(t *testing.T) {
	ctx := context.Background()
	mem := NewMemory()
	// Two reports of one meeting a day apart, all else the same: one event.
	a := mention("a:0", "CONSULT", actors(lavrov), recipients(rubio), date("2025-02-18"), published("2025-02-18"))
	b := mention("b:0", "CONSULT", actors(russia, usa), date("2025-02-19"), published("2025-02-20"))
	if err := mem.Add(ctx, []Mention{a}); err != nil {
		t.Fatal(err)
	}
	if err := mem.Add(ctx, []Mention{b}); err != nil {
		t.Fatal(err)
	}
	if n := len(mem.Events()); n != 1 {
		t.Fatalf("a day apart with the same sides: %d events, want 1", n)
	}
	// A third report bridges two stored events: one is removed.
	mem = NewMemory()
	c := mention("c:0", "CONSULT", actors(russia, usa), date("2025-02-20"), published("2025-02-20"))
	if err := mem.Add(ctx, []Mention{a}); err != nil {
		t.Fatal(err)
	}
	if err := mem.Add(ctx, []Mention{c}); err != nil {
		t.Fatal(err)
	}
	if n := len(mem.Events()); n != 2 {
		t.Fatalf("two days apart: %d events, want 2", n)
	}
	r, err := Plan(ctx, mem, []Mention{b})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Events) != 1 || len(r.Events[0].Mentions) != 3 || len(r.Removed) != 1 {
		t.Fatalf("bridge: %d events (%+v), removed %v", len(r.Events), r.Events, r.Removed)
	}
	if r.Events[0].ID != EventID("a:0") || r.Removed[0] != EventID("c:0") {
		t.Errorf("bridge kept %s and removed %v", r.Events[0].ID, r.Removed)
	}
	for _, m := range r.Events[0].Mentions {
		if m.EventID != r.Events[0].ID {
			t.Errorf("mention %s has event %q", m.ID, m.EventID)
		}
	}
	if conf := r.Events[0].Conflicts; len(conf) != 1 || conf[0].Field != "date" || len(conf[0].Values) != 3 {
		t.Errorf("conflicts %+v, want the three dates", conf)
	}
	mem.Apply(r)
	if evs := mem.Events(); len(evs) != 1 || !reflect.DeepEqual(evs[0], r.Events[0]) {
		t.Errorf("after Apply: %+v", evs)
	}
}

func TestPlanBatch(t *testing.T) {
	ms := []Mention{
		mention("a:0", "CONSULT", actors(russia, ukraine), status("proposed"), date("2025-06-02"), published("2025-05-28")),
		mention("a:1", "CONSULT", actors(russia, ukraine), date("2025-06-02"), published("2025-05-28")),
		mention("b:0", "CONSULT", actors(russia, ukraine), status("planned"), place(istanbul), published("2025-06-01")),
		mention("c:0", "CONSULT", actors(lavrov, rubio), mode("phone")), // undated, unpublished: alone
	}
	r, err := Plan(context.Background(), NewMemory(), ms)
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	for _, e := range r.Events {
		sizes = append(sizes, len(e.Mentions))
	}
	// a:0 and a:1 are one article: b:0 joins both, so all three are one.
	if len(r.Events) != 2 || len(r.Removed) != 0 {
		t.Fatalf("events of sizes %v, removed %v", sizes, r.Removed)
	}
}

// failing is an Index that fails.
type failing struct{}

func (failing) Candidates(context.Context, Query) ([]Mention, error) {
	return nil, errors.New("disk on fire")
}
func (failing) Mentions(context.Context, []string) ([]Mention, error) {
	return nil, errors.New("disk on fire")
}

func TestPlanErrors(t *testing.T) {
	m := mention("a:0", "CONSULT", actors(russia, usa), date("2025-02-18"))
	if _, err := Plan(context.Background(), failing{}, []Mention{m}); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Plan(ctx, NewMemory(), []Mention{m}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	if _, err := Plan(context.Background(), NewMemory(), []Mention{{Source: Source{Article: "a"}}}); err == nil {
		t.Error("a mention without an ID must be refused")
	}
	if r, err := Plan(context.Background(), NewMemory(), nil); err != nil || len(r.Events) != 0 {
		t.Errorf("nothing added: %+v, %v", r, err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	e := Build([]Mention{
		mention("b:0", "CONSULT", actors(lavrov), recipients(rubio), date("2025-02-18"), mode("in-person"), place(riyadh), published("2025-02-18")),
		mention("a:2", "CONSULT", actors(russia, usa), date("2025-02-19"), inGroup("wire"), minute("2025-02-26T22:45:00+05:30")),
		mention("c:0", "CONSULT", actors(usa), recipients(russia)),
	})
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"mode":"in-person"`, `"date":"2025-02-18"`, `"status_history":[`, `"conflicts":[{"field":"date"`,
		`"mentions":[{"id":"a:2","article":"a","source":"a.txt"`, `"published":"2025-02-26T22:45:00+05:30"`, `"location":null`, `"recipients":[]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
	var back Event
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	again, err := json.Marshal(back)
	if err != nil || string(again) != string(b) {
		t.Errorf("round trip:\n%s\n%s", again, b)
	}
	if back.ID != e.ID || len(back.Mentions) != 3 || back.Mentions[1].EventID != e.ID || back.Mentions[0].Group != "wire" ||
		back.Mentions[2].Event.Type != "CONSULT" || back.First != e.First {
		t.Errorf("round trip lost fields: %+v", back)
	}
	// Unknowns are null and lists are never null.
	b, _ = json.Marshal(Event{ID: "ev-x", Type: "AGREE", Status: "happened"})
	for _, want := range []string{`"date":null`, `"mode":null`, `"location":null`, `"actors":[]`, `"mentions":[]`, `"conflicts":[]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
	if err := json.Unmarshal([]byte(`{"mentions":3}`), &back); err == nil {
		t.Error("a malformed event must be refused")
	}
}
