package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// TimelineOptions shapes the text timeline.
type TimelineOptions struct {
	// Width is the terminal width to wrap to; 0 means DefaultWidth.
	Width int
	// MaxCitations caps the citations printed per event (the rest are
	// counted); 0 prints them all.
	MaxCitations int
}

// WriteTimelineText writes one block per event: a heading with date,
// TYPE/mode, status and source count; who acted towards whom; the place;
// how the status moved and what the reports disagree on; then the numbered
// citations, each with its outlet, publication day, sentence and source.
func WriteTimelineText(w io.Writer, events []merge.Event, opts TimelineOptions) error {
	t := newTextWriter(w, opts.Width)
	for i := range events {
		if i > 0 {
			t.printf("\n")
		}
		writeEventText(t, &events[i], opts)
	}
	if len(events) == 0 {
		t.printf("No events.\n")
	}
	if err := t.flush(); err != nil {
		return fmt.Errorf("write timeline: %w", err)
	}
	return nil
}

func writeEventText(t *textWriter, e *merge.Event, opts TimelineOptions) {
	date := clean(e.Date)
	if date == "" {
		date = "undated"
	}
	kind := clean(e.Type)
	if e.Mode != "" {
		kind += "/" + clean(e.Mode)
	}
	head := fmt.Sprintf("%s  %s  %s  %s", date, kind, clean(e.Status), plural(e.Sources, "source", "sources"))
	// The heading keeps its double spaces unless a long value forces it to
	// wrap; the ID moves to a line of its own when the terminal is narrow.
	id := clean(e.ID)
	n := utf8.RuneCountInString(head)
	if id != "" && n+4+utf8.RuneCountInString(id) <= t.width {
		head, id = head+"  ["+id+"]", ""
	}
	if n > t.width {
		t.para("", "    ", head)
	} else {
		t.printf("%s\n", head)
	}
	if id != "" {
		t.para("  [", "   ", id+"]")
	}

	who := actorsText(e.Actors, ", ")
	if to := actorsText(e.Recipients, ", "); to != "" {
		if who == "" {
			who = "(unnamed)"
		}
		who += " → " + to
	}
	if who != "" {
		t.para("  ", "      ", who)
	}
	if p := placeText(e.Location); p != "" {
		t.para("  in ", "     ", p)
	}

	// Citation numbers follow the mention order, so conflicts can point
	// at the reports behind each value.
	number := make(map[string]int, len(e.Mentions))
	for i, m := range e.Mentions {
		number[m.ID] = i + 1
	}
	// The status history shows each change once, with the first report
	// that gave the new status; a status every report agrees on is not
	// a history.
	steps := make([]string, 0, 4)
	prev := ""
	for _, h := range e.History {
		if h.Status == prev {
			continue
		}
		prev = h.Status
		step := clean(h.Status) + " (" + publishedDay(h.Published)
		if o := clean(h.Outlet); o != "" {
			step += ", " + o
		}
		steps = append(steps, step+")")
	}
	if len(steps) > 1 {
		t.para("  status: ", "          ", strings.Join(steps, " → "))
	}
	for _, c := range e.Conflicts {
		values := make([]string, 0, len(c.Values))
		for _, v := range c.Values {
			values = append(values, clean(v.Value)+" "+refs(v.Mentions, number))
		}
		t.para("  ", "      ", "reports differ on "+clean(c.Field)+": "+strings.Join(values, " | "))
	}

	shown := len(e.Mentions)
	if opts.MaxCitations > 0 && shown > opts.MaxCitations {
		shown = opts.MaxCitations
	}
	// A syndicated copy repeats its original word for word: say so
	// instead of printing the sentence again.
	firstOfGroup := map[string]int{}
	for i, m := range e.Mentions[:shown] {
		n := i + 1
		label := fmt.Sprintf("  [%d] ", n)
		indent := strings.Repeat(" ", len(label))
		outlet := clean(m.Outlet)
		if outlet == "" {
			outlet = "unknown outlet"
		}
		sentence := clean(m.Event.Sentence)
		key := m.Group + "\x00" + sentence
		var body string
		if j, ok := firstOfGroup[key]; ok && m.Group != "" {
			body = fmt.Sprintf("%s, %s: same report as [%d]", outlet, publishedDay(m.Published), j)
		} else {
			firstOfGroup[key] = n
			body = fmt.Sprintf("%s, %s: \"%s\"", outlet, publishedDay(m.Published), sentence)
		}
		if a := clean(m.Event.Attribution); a != "" {
			body += " according to " + a
		}
		if s := clean(m.Source.Source); s != "" {
			body += " (" + s + ")"
		}
		t.para(label, indent, body)
	}
	if rest := len(e.Mentions) - shown; rest > 0 {
		t.printf("  … and %s\n", plural(rest, "more report", "more reports"))
	}
}

// refs turns mention IDs into citation numbers: "[1, 3]".
func refs(ids []string, number map[string]int) string {
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		if n, ok := number[id]; ok {
			parts = append(parts, fmt.Sprint(n))
		}
	}
	if len(parts) == 0 {
		return "(" + plural(len(ids), "report", "reports") + ")"
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
