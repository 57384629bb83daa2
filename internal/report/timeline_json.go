package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// TimelineJSON streams the timeline contract of DESIGN.md,
// {"events": [...]}, one event per line, so that a timeline of any length
// is written without holding it: Add each event, then Close.
type TimelineJSON struct {
	w   *bufio.Writer
	n   int
	err error
}

// NewTimelineJSON starts a timeline on w.
func NewTimelineJSON(w io.Writer) *TimelineJSON {
	t := &TimelineJSON{w: bufio.NewWriter(w)}
	_, t.err = t.w.WriteString(`{"events": [`)
	return t
}

// Add writes one event in merge.Event's own contract form.
func (t *TimelineJSON) Add(e *merge.Event) error {
	if t.err != nil {
		return t.err
	}
	b, err := marshalEvent(e)
	if err != nil {
		t.err = fmt.Errorf("encode event %s: %w", e.ID, err)
		return t.err
	}
	sep := ",\n"
	if t.n == 0 {
		sep = "\n"
	}
	t.n++
	if _, err := t.w.WriteString(sep); err != nil {
		t.err = fmt.Errorf("write timeline: %w", err)
		return t.err
	}
	if _, err := t.w.Write(b); err != nil {
		t.err = fmt.Errorf("write timeline: %w", err)
	}
	return t.err
}

// Close ends the JSON document and flushes it.
func (t *TimelineJSON) Close() error {
	if t.err != nil {
		return t.err
	}
	end := "\n]}\n"
	if t.n == 0 {
		end = "]}\n"
	}
	if _, err := t.w.WriteString(end); err != nil {
		return fmt.Errorf("write timeline: %w", err)
	}
	if err := t.w.Flush(); err != nil {
		return fmt.Errorf("write timeline: %w", err)
	}
	return nil
}

// WriteTimelineJSON writes events as the timeline contract of DESIGN.md.
func WriteTimelineJSON(w io.Writer, events []merge.Event) error {
	t := NewTimelineJSON(w)
	for i := range events {
		if err := t.Add(&events[i]); err != nil {
			return err
		}
	}
	return t.Close()
}

// marshalEvent encodes an event as json.Marshal does. When the event
// encodes itself, its encoder is called directly: json.Marshal would only
// check and compact what it returns, a second pass as costly as the first.
func marshalEvent(e *merge.Event) ([]byte, error) {
	if m, ok := any(e).(json.Marshaler); ok {
		return m.MarshalJSON()
	}
	return json.Marshal(e)
}
