package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/query"
)

// PositionsOptions shapes the text positions.
type PositionsOptions struct {
	// Width is the terminal width to wrap to; 0 means DefaultWidth.
	Width int
	// Actor names the actor the positions are about, for the heading and
	// for "requested of Russia"; empty leaves the heading out.
	Actor string
}

// WritePositionsText writes positions grouped by date: under each date one
// line per position ("requested → Russia (RUS)", or "asked by United
// States (USA)" for what was demanded of the actor), its status when not
// happened, the sentence that tells it and the citations.
func WritePositionsText(w io.Writer, ps []query.Position, opts PositionsOptions) error {
	t := newTextWriter(w, opts.Width)
	if a := clean(opts.Actor); a != "" {
		t.para("", "  ", "Positions of "+a+": "+plural(len(ps), "position", "positions"))
		t.printf("\n")
	}
	if len(ps) == 0 {
		t.printf("No positions.\n")
	}
	heading := "\x00"
	for i := range ps {
		p := &ps[i]
		if h := positionHeading(p); h != heading {
			if i > 0 {
				t.printf("\n")
			}
			heading = h
			t.para("", "  ", h)
		}
		t.para("  ", "      ", positionLine(p))
		if s := clean(p.Sentence); s != "" {
			t.para("      \"", "       ", s+"\"")
		}
		for j, c := range p.Citations {
			label := fmt.Sprintf("      [%d] ", j+1)
			outlet := clean(c.Outlet)
			if outlet == "" {
				outlet = "unknown outlet"
			}
			line := outlet + ", " + publishedDay(c.Published)
			if s := clean(c.Source); s != "" {
				line += " (" + s + ")"
			}
			t.para(label, strings.Repeat(" ", len(label)), line)
		}
	}
	if err := t.flush(); err != nil {
		return fmt.Errorf("write positions: %w", err)
	}
	return nil
}

// positionHeading is the date a position is listed under; an undated one
// goes under the day it was first reported, which is where SortPositions
// puts it.
func positionHeading(p *query.Position) string {
	if d := clean(p.Date); d != "" {
		return d
	}
	if len(p.Citations) > 0 && !p.Citations[0].Published.IsZero() {
		return "undated, reported " + p.Citations[0].Published.Day()
	}
	return "undated"
}

// positionLine says a position in one line: who, the verb, towards whom,
// the type and, when it did not happen, the status.
func positionLine(p *query.Position) string {
	var b strings.Builder
	if p.Role == query.RoleOf {
		b.WriteString(clean(p.Verb))
		b.WriteString(" of ")
		b.WriteString(orUnnamed(actorsText(p.Actors, ", ")))
		if by := actorsText(p.Counterparts, ", "); by != "" {
			b.WriteString(" by ")
			b.WriteString(by)
		}
	} else {
		b.WriteString(orUnnamed(actorsText(p.Actors, ", ")))
		b.WriteString(" ")
		b.WriteString(clean(p.Verb))
		if to := actorsText(p.Counterparts, ", "); to != "" {
			b.WriteString(" → ")
			b.WriteString(to)
		}
	}
	if pl := placeText(p.Location); pl != "" {
		b.WriteString(" in ")
		b.WriteString(pl)
	}
	b.WriteString("  [")
	b.WriteString(clean(p.Type))
	if p.Status != "" && p.Status != "happened" {
		b.WriteString(", ")
		b.WriteString(clean(p.Status))
	}
	b.WriteString("]")
	return b.String()
}

func orUnnamed(s string) string {
	if s == "" {
		return "(unnamed)"
	}
	return s
}

// WritePositionsJSON writes {"positions": [...]}, lists never null.
func WritePositionsJSON(w io.Writer, ps []query.Position) error {
	out := make([]query.Position, len(ps))
	copy(out, ps)
	for i := range out {
		p := &out[i]
		if p.Actors == nil {
			p.Actors = []article.Actor{}
		}
		if p.Counterparts == nil {
			p.Counterparts = []article.Actor{}
		}
		if p.Citations == nil {
			p.Citations = []query.Citation{}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(struct {
		Positions []query.Position `json:"positions"`
	}{out}); err != nil {
		return fmt.Errorf("write positions JSON: %w", err)
	}
	return nil
}

// positionsCSVHeader names the columns of WritePositionsCSV.
var positionsCSVHeader = []string{
	"date", "role", "type", "verb", "status", "actors", "counterparts", "location", "event", "sentence",
	"citations", "first_outlet", "first_published", "first_source",
}

// WritePositionsCSV writes one row per position with its earliest citation.
func WritePositionsCSV(w io.Writer, ps []query.Position) error {
	c := &csvWriter{w: csv.NewWriter(w)}
	c.row(positionsCSVHeader...)
	for i := range ps {
		p := &ps[i]
		var outlet, published, source string
		if len(p.Citations) > 0 {
			first := p.Citations[0]
			outlet, published, source = first.Outlet, first.Published.String(), first.Source
		}
		c.row(cell(p.Date), cell(p.Role), cell(p.Type), cell(p.Verb), cell(p.Status),
			actorsCell(p.Actors), actorsCell(p.Counterparts), placeCell(p.Location), cell(p.Event), cell(p.Sentence),
			intCell(len(p.Citations)), cell(outlet), published, cell(source))
	}
	return c.flush("positions CSV")
}
