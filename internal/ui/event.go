package ui

import (
	"context"
	"net/http"
	"net/url"
	"slices"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/story"
)

type eventView struct {
	Ev     *merge.Event
	People []string
	Story  *story.Story
}

func (h *handler) event(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	ev, err := h.rec.Store().Event(ctx, r.PathValue("id"))
	if err != nil {
		h.fail(w, r, "Event", err)
		return
	}
	if ev.ID != r.PathValue("id") {
		// A former ID (the event has been merged or renamed since the
		// link was made): send the reader to its current address.
		http.Redirect(w, r, "/events/"+url.PathEscape(ev.ID), http.StatusMovedPermanently)
		return
	}
	v := eventView{Ev: ev}
	for _, a := range slices.Concat(ev.Actors, ev.Recipients) {
		if n := h.actorName(a); n != "unknown" && !slices.Contains(v.People, n) {
			v.People = append(v.People, n)
		}
	}
	v.Story, err = h.storyOf(ctx, ev.ID)
	if err != nil {
		h.fail(w, r, "Event", err)
		return
	}
	title := ev.Type
	if ev.Date != "" {
		title += " " + ev.Date
	}
	h.render(w, r, http.StatusOK, "event", page{Title: title, Nav: "timeline", D: v})
}

// storyOf finds the story an event belongs to, nil when it stands alone.
func (h *handler) storyOf(ctx context.Context, eventID string) (*story.Story, error) {
	ss, err := h.rec.Stories(ctx, record.Query{}, 2)
	if err != nil {
		return nil, err
	}
	for i := range ss {
		if slices.Contains(ss[i].Events, eventID) {
			return &ss[i], nil
		}
	}
	return nil, nil
}
