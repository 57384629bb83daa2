package merge

import (
	"encoding/json"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/article"
)

// eventJSON is the timeline contract's shape of an event (DESIGN.md):
// unknowns are null, lists are never null.
type eventJSON struct {
	ID         string          `json:"id"`
	Type       string          `json:"type"`
	Mode       *string         `json:"mode"`
	Status     string          `json:"status"`
	Date       *string         `json:"date"`
	First      *string         `json:"first"`
	Last       *string         `json:"last"`
	Actors     []article.Actor `json:"actors"`
	Recipients []article.Actor `json:"recipients"`
	Location   *article.Place  `json:"location"`
	Sources    int             `json:"sources"`
	Confidence float64         `json:"confidence"`
	History    []StatusReport  `json:"status_history"`
	Conflicts  []Conflict      `json:"conflicts"`
	Mentions   []mentionJSON   `json:"mentions"`
}

// mentionJSON is a mention flattened for timelines: the citation and the
// event as this article told it.
type mentionJSON struct {
	ID          string            `json:"id"`
	Article     string            `json:"article"`
	Source      string            `json:"source"`
	Outlet      *string           `json:"outlet"`
	Title       *string           `json:"title"`
	Published   article.Published `json:"published"`
	Group       *string           `json:"group"`
	Sentence    string            `json:"sentence"`
	Span        [2]int            `json:"span"`
	Date        *string           `json:"date"`
	Status      string            `json:"status"`
	Mode        *string           `json:"mode"`
	PloverMode  string            `json:"plover_mode,omitempty"`
	Confidence  float64           `json:"confidence"`
	Trigger     string            `json:"trigger"`
	Attribution string            `json:"attribution"`
	Actors      []article.Actor   `json:"actors"`
	Recipients  []article.Actor   `json:"recipients"`
	Location    *article.Place    `json:"location"`
}

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func orEmpty(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// MarshalJSON writes the event in the timeline contract.
func (e Event) MarshalJSON() ([]byte, error) {
	r := eventJSON{
		ID: e.ID, Type: e.Type, Mode: orNull(e.Mode), Status: e.Status, Date: orNull(e.Date),
		First: orNull(e.First), Last: orNull(e.Last),
		Actors: nonNil(e.Actors), Recipients: nonNil(e.Recipients), Location: e.Location,
		Sources: e.Sources, Confidence: e.Confidence, History: nonNil(e.History), Conflicts: nonNil(e.Conflicts),
		Mentions: make([]mentionJSON, len(e.Mentions)),
	}
	for i := range r.Conflicts {
		for j := range r.Conflicts[i].Values {
			r.Conflicts[i].Values[j].Mentions = nonNil(r.Conflicts[i].Values[j].Mentions)
		}
	}
	for i, m := range e.Mentions {
		ev := m.Event
		var date *string
		if ev.Date != nil && *ev.Date != "" {
			date = ev.Date
		}
		r.Mentions[i] = mentionJSON{
			ID: m.ID, Article: m.Article, Source: m.Source.Source, Outlet: orNull(m.Outlet), Title: orNull(m.Title),
			Published: m.Published, Group: orNull(m.Group), Sentence: ev.Sentence, Span: ev.Span, Date: date,
			Status: ev.Status, Mode: ev.Mode, PloverMode: ev.PloverMode, Confidence: ev.Confidence,
			Trigger: ev.Trigger, Attribution: ev.Attribution,
			Actors: nonNil(ev.Actors), Recipients: nonNil(ev.Recipients), Location: ev.Location,
		}
	}
	return json.Marshal(r)
}

// UnmarshalJSON reads the timeline contract back into an Event; each
// mention takes the event's type and ID.
func (e *Event) UnmarshalJSON(b []byte) error {
	var r eventJSON
	if err := json.Unmarshal(b, &r); err != nil {
		return fmt.Errorf("merge: event: %w", err)
	}
	*e = Event{
		ID: r.ID, Type: r.Type, Mode: orEmpty(r.Mode), Status: r.Status, Date: orEmpty(r.Date),
		First: orEmpty(r.First), Last: orEmpty(r.Last), Actors: nonNil(r.Actors), Recipients: nonNil(r.Recipients),
		Location: r.Location, Sources: r.Sources, Confidence: r.Confidence,
		History: nonNil(r.History), Conflicts: nonNil(r.Conflicts), Mentions: make([]Mention, len(r.Mentions)),
	}
	for i, m := range r.Mentions {
		e.Mentions[i] = Mention{
			ID: m.ID, EventID: r.ID,
			Source: Source{Article: m.Article, Source: m.Source, Outlet: orEmpty(m.Outlet), Title: orEmpty(m.Title),
				Published: m.Published, Group: orEmpty(m.Group)},
			Event: article.Event{
				Type: r.Type, Mode: m.Mode, Status: m.Status, Date: m.Date, Actors: m.Actors, Recipients: m.Recipients,
				Location: m.Location, Sentence: m.Sentence, Span: m.Span, Confidence: m.Confidence,
				PloverMode: m.PloverMode, Attribution: m.Attribution, Trigger: m.Trigger,
			},
		}
	}
	return nil
}
