package merge

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

func minute(s string) opt {
	return func(m *Mention) {
		t, err := time.Parse(time.RFC3339, s)
		if err == nil {
			m.Published = article.At(t)
		}
	}
}

func TestBuildStatusProgression(t *testing.T) {
	proposed := mention("a:0", "CONSULT", actors(russia, ukraine), status("proposed"), date("2025-06-02"), minute("2025-05-28T18:55:00+03:00"))
	planned := mention("b:1", "CONSULT", actors(russia, ukraine), status("planned"), date("2025-06-02"), minute("2025-06-01T23:12:00+03:00"))
	happened := mention("c:0", "CONSULT", actors(russia, ukraine), status("happened"), date("2025-06-02"), minute("2025-06-02T23:48:00+03:00"))
	undated := mention("d:0", "CONSULT", actors(russia, ukraine), status("happened"), date("2025-06-02"))
	tests := []struct {
		name    string
		ms      []Mention
		want    string
		history string
	}{
		{"proposed alone", []Mention{proposed}, "proposed", "proposed"},
		{"then planned", []Mention{planned, proposed}, "planned", "proposed planned"},
		{"then happened", []Mention{happened, proposed, planned}, "happened", "proposed planned happened"},
		{"an unpublished report is the oldest", []Mention{undated, planned}, "planned", "happened planned"},
	}
	for _, tt := range tests {
		e := Build(tt.ms)
		var h []string
		for _, r := range e.History {
			h = append(h, r.Status)
		}
		if e.Status != tt.want || strings.Join(h, " ") != tt.history {
			t.Errorf("%s: status %s, history %v; want %s, %s", tt.name, e.Status, h, tt.want, tt.history)
		}
	}
	// On the same day, what happened outranks a plan.
	sameDay := []Mention{
		mention("a:0", "CONSULT", actors(russia, usa), status("happened"), published("2025-02-18")),
		mention("b:0", "CONSULT", actors(russia, usa), status("planned"), published("2025-02-18")),
	}
	if e := Build(sameDay); e.Status != "happened" {
		t.Errorf("same-day reports: status %s, want happened", e.Status)
	}
}

func TestBuildFields(t *testing.T) {
	ms := []Mention{
		mention("b:0", "CONSULT", actors(lavrov), recipients(rubio), date("2025-02-18"), mode("in-person"), place(riyadh), conf(0.6), published("2025-02-18")),
		mention("a:2", "CONSULT", actors(russia, usa), date("2025-W08"), place(saudi), conf(0.5), published("2025-02-26")),
		mention("c:0", "CONSULT", actors(russia), recipients(usa), date("2025-02-18"), mode("in-person"), place(riyadh), conf(0.6), inGroup("wire"), published("2025-02-19")),
		mention("d:0", "CONSULT", actors(russia), recipients(usa), date("2025-02-18"), place(riyadh), conf(0.8), inGroup("wire"), published("2025-02-19")),
	}
	e := Build(ms)
	if e.ID != EventID("a:2") || !strings.HasPrefix(e.ID, "ev-") || len(e.ID) != 15 {
		t.Errorf("ID %s, want %s", e.ID, EventID("a:2"))
	}
	if e.Date != "2025-02-18" || e.First != "2025-02-18" || e.Last != "2025-02-18" {
		t.Errorf("date %s %s..%s", e.Date, e.First, e.Last)
	}
	if e.Mode != "in-person" || e.Location == nil || e.Location.Name != "Riyadh" {
		t.Errorf("mode %q, location %+v", e.Mode, e.Location)
	}
	if e.Sources != 3 {
		t.Errorf("sources %d, want 3 (c and d are one wire story)", e.Sources)
	}
	// noisy-or of 0.6, 0.5 and the wire's best 0.8
	if want := 1 - 0.4*0.5*0.2; e.Confidence != float64(int(want*1000+0.5))/1000 {
		t.Errorf("confidence %v, want %.3f", e.Confidence, want)
	}
	var names []string
	for _, a := range e.Actors {
		names = append(names, a.Name)
	}
	var recs []string
	for _, a := range e.Recipients {
		recs = append(recs, a.Name)
	}
	if strings.Join(names, "|") != "Russia|Sergey Lavrov" || strings.Join(recs, "|") != "United States|Marco Rubio" {
		t.Errorf("actors %v, recipients %v", names, recs)
	}
	if len(e.Conflicts) != 0 {
		t.Errorf("conflicts %+v, want none", e.Conflicts)
	}
	if len(e.Mentions) != 4 || e.Mentions[0].ID != "a:2" || e.Mentions[0].EventID != e.ID {
		t.Errorf("mentions %+v", e.Mentions)
	}
	// Duplicates count once.
	if d := Build(append(ms, ms[0])); !reflect.DeepEqual(d, e) {
		t.Error("a duplicate mention changed the event")
	}
	// Many sources never make certainty.
	var many []Mention
	for i := range 30 {
		many = append(many, mention(string(rune('a'+i))+":0", "AGREE", actors(russia, usa), conf(0.95)))
	}
	if c := Build(many).Confidence; c != maxConfidence {
		t.Errorf("confidence of 30 sources %v, want %v", c, maxConfidence)
	}
}

func TestBuildConflicts(t *testing.T) {
	tests := []struct {
		name   string
		ms     []Mention
		fields string
		values string // values of the first conflict
	}{
		{"two days", []Mention{
			mention("a:0", "CONSULT", actors(russia, usa), date("2025-02-18")),
			mention("b:0", "CONSULT", actors(russia, usa), date("2025-02-19")),
			mention("c:0", "CONSULT", actors(russia, usa), date("2025-W08")),
		}, "date", "2025-02-18=a:0 2025-02-19=b:0"},
		{"two modes", []Mention{
			mention("a:0", "CONSULT", actors(russia, usa), mode("in-person")),
			mention("b:0", "CONSULT", actors(russia, usa), mode("mediated")),
			mention("c:0", "CONSULT", actors(russia, usa), mode("mediated")),
		}, "mode", "in-person=a:0 mediated=b:0,c:0"},
		{"two countries", []Mention{
			mention("a:0", "CONSULT", actors(russia, usa), place(riyadh)),
			mention("b:0", "CONSULT", actors(russia, usa), place(istanbul)),
		}, "location", "Istanbul=b:0 Riyadh=a:0"},
		{"a city and its country agree", []Mention{
			mention("a:0", "CONSULT", actors(russia, usa), place(riyadh)),
			mention("b:0", "CONSULT", actors(russia, usa), place(saudi)),
		}, "", ""},
		{"who called whom", []Mention{
			mention("a:0", "CONSULT", actors(lavrov), recipients(rubio)),
			mention("b:0", "CONSULT", actors(rubio), recipients(russia)),
		}, "initiator", "RUS → USA=a:0 USA → RUS=b:0"},
		{"same direction is no conflict", []Mention{
			mention("a:0", "CONSULT", actors(lavrov), recipients(rubio)),
			mention("b:0", "CONSULT", actors(russia), recipients(usa)),
		}, "", ""},
	}
	for _, tt := range tests {
		e := Build(tt.ms)
		var fields []string
		for _, c := range e.Conflicts {
			fields = append(fields, c.Field)
		}
		var values []string
		if len(e.Conflicts) > 0 {
			for _, v := range e.Conflicts[0].Values {
				values = append(values, v.Value+"="+strings.Join(v.Mentions, ","))
			}
		}
		if strings.Join(fields, " ") != tt.fields || strings.Join(values, " ") != tt.values {
			t.Errorf("%s: conflicts %v %v; want %s %s", tt.name, fields, values, tt.fields, tt.values)
		}
	}
}

// Build depends on the set only.
func TestBuildOrderFree(t *testing.T) {
	ms := []Mention{
		mention("b:0", "CONSULT", actors(lavrov), recipients(rubio), date("2025-02-18"), mode("in-person"), place(riyadh)),
		mention("a:2", "CONSULT", actors(russia, usa), date("2025-W08"), place(saudi), published("2025-02-26")),
		mention("c:0", "CONSULT", actors(rubio), recipients(lavrov), date("2025-02-19"), mode("mediated"), inGroup("g")),
		mention("d:0", "CONSULT", actors(usa), recipients(russia), place(istanbul), inGroup("g"), status("planned")),
	}
	want := Build(ms)
	r := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		r.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		if got := Build(ms); !reflect.DeepEqual(got, want) {
			t.Fatalf("order changed the event:\n%+v\n%+v", got, want)
		}
	}
}
