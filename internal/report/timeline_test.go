package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// The timeline JSON is the contract score.py reads: check names and types
// of every field, null for unknowns and lists that are never null.
func TestTimelineJSONContract(t *testing.T) {
	var b bytes.Buffer
	if err := WriteTimelineJSON(&b, fixtureEvents()); err != nil {
		t.Fatal(err)
	}
	var doc map[string][]map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, b.Bytes())
	}
	events, ok := doc["events"]
	if !ok || len(events) != len(fixtureEvents()) {
		t.Fatalf("want %d events under \"events\", got %v", len(fixtureEvents()), doc)
	}
	isString := func(v any) bool { _, ok := v.(string); return ok }
	isList := func(v any) bool { _, ok := v.([]any); return ok }
	isNullOr := func(v any, f func(any) bool) bool { return v == nil || f(v) }
	isPlace := func(v any) bool { m, ok := v.(map[string]any); return ok && isString(m["name"]) }
	for _, e := range events {
		checks := map[string]bool{
			"id":         isString(e["id"]),
			"type":       isString(e["type"]),
			"status":     isString(e["status"]),
			"mode":       isNullOr(e["mode"], isString),
			"date":       isNullOr(e["date"], isString),
			"location":   isNullOr(e["location"], isPlace),
			"actors":     isList(e["actors"]),
			"recipients": isList(e["recipients"]),
			"mentions":   isList(e["mentions"]),
		}
		for field, good := range checks {
			if _, present := e[field]; !present || !good {
				t.Errorf("event %v: field %q missing or of the wrong type: %#v", e["id"], field, e[field])
			}
		}
		for _, m := range e["mentions"].([]any) {
			mm := m.(map[string]any)
			for _, f := range []string{"article", "source", "sentence"} {
				if !isString(mm[f]) {
					t.Errorf("event %v: mention field %q = %#v", e["id"], f, mm[f])
				}
			}
			for _, f := range []string{"outlet", "published"} {
				if v, present := mm[f]; !present || !isNullOr(v, isString) {
					t.Errorf("event %v: mention field %q = %#v", e["id"], f, v)
				}
			}
		}
	}
	// The undated SUPPORT event has no date, mode or location: all null.
	last := events[len(events)-1]
	for _, f := range []string{"date", "mode", "location"} {
		if v, present := last[f]; !present || v != nil {
			t.Errorf("unknown %s must be null, got %#v (present %v)", f, v, present)
		}
	}
	// It reads back into the same events.
	var back struct{ Events []merge.Event }
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	for i, e := range fixtureEvents() {
		if back.Events[i].ID != e.ID || len(back.Events[i].Mentions) != len(e.Mentions) {
			t.Errorf("event %d did not read back: %+v", i, back.Events[i])
		}
	}
}

func TestTimelineJSONEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteTimelineJSON(&b, nil); err != nil {
		t.Fatal(err)
	}
	var doc map[string][]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil || doc["events"] == nil || len(doc["events"]) != 0 {
		t.Errorf("empty timeline = %s (%v); want an empty list", b.Bytes(), err)
	}
}

// Text output must fit the terminal and never carry control characters
// from scraped pages to it.
func TestTimelineTextFits(t *testing.T) {
	for _, width := range []int{0, 60, 100, 140} {
		var b bytes.Buffer
		if err := WriteTimelineText(&b, fixtureEvents(), TimelineOptions{Width: width}); err != nil {
			t.Fatal(err)
		}
		limit := width
		if limit == 0 {
			limit = DefaultWidth
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if n := utf8.RuneCountInString(line); n > limit && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("width %d: line of %d runes: %q", width, n, line)
			}
			for _, r := range line {
				if unsafeRune(r) {
					t.Errorf("width %d: control character %U in %q", width, r, line)
				}
			}
		}
	}
}

func TestCSVReadsBack(t *testing.T) {
	events := fixtureEvents()
	tests := []struct {
		name  string
		write func(*bytes.Buffer) error
		rows  int
		cols  int
	}{
		{"timeline", func(b *bytes.Buffer) error { return WriteTimelineCSV(b, events) }, len(events), len(timelineCSVHeader)},
		{"mentions", func(b *bytes.Buffer) error { return WriteMentionsCSV(b, events) }, countMentions(events), len(mentionsCSVHeader)},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := tt.write(&b); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(&b)
		r.FieldsPerRecord = tt.cols
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(rows) != tt.rows+1 {
			t.Errorf("%s: %d rows, want %d and a header", tt.name, len(rows)-1, tt.rows)
		}
		for _, row := range rows {
			for _, c := range row {
				if c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
					t.Errorf("%s: cell %q could start a formula", tt.name, c)
				}
			}
		}
	}
}

func countMentions(events []merge.Event) int {
	n := 0
	for _, e := range events {
		n += len(e.Mentions)
	}
	return n
}

type failingWriter struct{ after int }

var errDiskFull = errors.New("disk full")

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errDiskFull
	}
	f.after--
	return len(p), nil
}

// A failing writer's error comes back, wrapped, from every writer.
func TestWriteErrors(t *testing.T) {
	events := fixtureEvents()
	big := make([]merge.Event, 0, 200)
	for range 30 {
		big = append(big, events...)
	}
	g := fixtureGraph()
	writers := map[string]func(*failingWriter) error{
		"text":     func(w *failingWriter) error { return WriteTimelineText(w, big, TimelineOptions{}) },
		"json":     func(w *failingWriter) error { return WriteTimelineJSON(w, big) },
		"csv":      func(w *failingWriter) error { return WriteTimelineCSV(w, big) },
		"mentions": func(w *failingWriter) error { return WriteMentionsCSV(w, big) },
		"graphml":  func(w *failingWriter) error { return WriteNetworkGraphML(w, g) },
		"dot":      func(w *failingWriter) error { return WriteNetworkDOT(w, g) },
		"network":  func(w *failingWriter) error { return WriteNetworkJSON(w, g) },
	}
	for name, write := range writers {
		if err := write(&failingWriter{}); !errors.Is(err, errDiskFull) {
			t.Errorf("%s: error %v, want one wrapping %v", name, err, errDiskFull)
		}
	}
}

func BenchmarkWriteTimelineJSON(b *testing.B) {
	base := fixtureEvents()
	events := make([]merge.Event, 0, 1000)
	for len(events) < 1000 {
		events = append(events, base...)
	}
	events = events[:1000]
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteTimelineJSON(&buf, events); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

func TestTimelineTextDetails(t *testing.T) {
	base := fixtureEvents()[0]
	hist := func(statuses ...string) []merge.StatusReport {
		out := make([]merge.StatusReport, len(statuses))
		for i, s := range statuses {
			out[i] = merge.StatusReport{Status: s, Outlet: "Outlet " + string(rune('A'+i)), Published: at("2025-02-1" + string(rune('0'+i)) + "T10:00:00Z")}
		}
		return out
	}
	tests := []struct {
		name    string
		edit    func(*merge.Event)
		want    []string
		notWant []string
	}{
		{"history shows changes only", func(e *merge.Event) { e.History = hist("proposed", "proposed", "planned", "happened", "happened") },
			[]string{"status: proposed (2025-02-10, Outlet A) → planned (2025-02-12, Outlet C) → happened (2025-02-13,"}, nil},
		{"one status is no history", func(e *merge.Event) { e.History = hist("happened", "happened") }, nil, []string{"status:"}},
		{"no actors", func(e *merge.Event) { e.Actors = nil }, []string{"  (unnamed) → Marco Rubio (USA)"}, nil},
		{"one source", func(e *merge.Event) { e.Sources = 1; e.Mode = "" }, []string{"2025-02-18  CONSULT  happened  1 source  ["}, nil},
		{"hostile", func(e *merge.Event) { e.Mentions[0].Outlet = "Evil\x1b]0;pwned\x07Outlet" }, []string{"[1] Evil ]0;pwned Outlet,"}, []string{"\x1b", "\x07"}},
	}
	for _, tt := range tests {
		e := base
		e.Mentions = append([]merge.Mention(nil), base.Mentions...)
		tt.edit(&e)
		var b bytes.Buffer
		if err := WriteTimelineText(&b, []merge.Event{e}, TimelineOptions{}); err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: output lacks %q:\n%s", tt.name, w, b.String())
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(b.String(), w) {
				t.Errorf("%s: output has %q:\n%s", tt.name, w, b.String())
			}
		}
	}
}

// Calling the event's own encoder gives exactly what json.Marshal gives.
func TestMarshalEventAsJSONMarshal(t *testing.T) {
	for _, e := range fixtureEvents() {
		got, err1 := marshalEvent(&e)
		want, err2 := json.Marshal(e)
		if err1 != nil || err2 != nil || !bytes.Equal(got, want) {
			t.Errorf("event %s: %s (%v)\nwant %s (%v)", e.ID, got, err1, want, err2)
		}
	}
}
