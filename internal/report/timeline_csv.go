package report

import (
	"encoding/csv"
	"io"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// timelineCSVHeader names the columns of WriteTimelineCSV.
var timelineCSVHeader = []string{
	"id", "type", "mode", "status", "date", "actors", "recipients", "location", "sources", "confidence",
	"first_outlet", "first_published", "first_source", "first_sentence",
}

// WriteTimelineCSV writes one row per event, with the earliest report's
// outlet, day, source and sentence; actors are joined with "; ".
func WriteTimelineCSV(w io.Writer, events []merge.Event) error {
	c := &csvWriter{w: csv.NewWriter(w)}
	c.row(timelineCSVHeader...)
	for i := range events {
		e := &events[i]
		var outlet, published, source, sentence string
		if m, ok := earliest(e.Mentions); ok {
			outlet, published, source, sentence = m.Outlet, m.Published.String(), m.Source.Source, m.Event.Sentence
		}
		c.row(cell(e.ID), cell(e.Type), cell(e.Mode), cell(e.Status), cell(e.Date),
			actorsCell(e.Actors), actorsCell(e.Recipients), placeCell(e.Location),
			intCell(e.Sources), floatCell(e.Confidence),
			cell(outlet), published, cell(source), cell(sentence))
	}
	return c.flush("timeline CSV")
}

// mentionsCSVHeader names the columns of WriteMentionsCSV.
var mentionsCSVHeader = []string{
	"event", "mention", "article", "source", "outlet", "published", "group", "type", "mode", "status", "date",
	"actors", "recipients", "location", "confidence", "attribution", "sentence", "span_start", "span_end",
}

// WriteMentionsCSV writes one row per mention of every event: what each
// article said, for checking a merge or loading into other tools.
func WriteMentionsCSV(w io.Writer, events []merge.Event) error {
	c := &csvWriter{w: csv.NewWriter(w)}
	c.row(mentionsCSVHeader...)
	for i := range events {
		e := &events[i]
		for _, m := range e.Mentions {
			ev := &m.Event
			c.row(cell(e.ID), cell(m.ID), cell(m.Article), cell(m.Source.Source), cell(m.Outlet),
				m.Published.String(), cell(m.Group), cell(ev.Type), cell(deref(ev.Mode)), cell(ev.Status),
				cell(deref(ev.Date)), actorsCell(ev.Actors), actorsCell(ev.Recipients), placeCell(ev.Location),
				floatCell(ev.Confidence), cell(ev.Attribution), cell(ev.Sentence),
				intCell(ev.Span[0]), intCell(ev.Span[1]))
		}
	}
	return c.flush("mentions CSV")
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// earliest returns the first-published mention, unknown dates last and
// ties kept in their order.
func earliest(ms []merge.Mention) (*merge.Mention, bool) {
	var best *merge.Mention
	for i := range ms {
		m := &ms[i]
		switch {
		case best == nil:
			best = m
		case m.Published.IsZero():
		case best.Published.IsZero() || m.Published.Time.Before(best.Published.Time):
			best = m
		}
	}
	return best, best != nil
}
