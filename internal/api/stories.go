package api

import (
	"encoding/json"
	"net/http"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/story"
)

// DefaultMinEvents leaves one-event stories out of the list, as the CLI
// does: a story is something that develops.
const DefaultMinEvents = 2

func (h *handler) stories(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	rq, err := eventQuery(q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	limit, offset, err := paging(q, DefaultLimit, MaxLimit)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	minEvents, err := intParam(q, "min_events", DefaultMinEvents, 1, 1<<20)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	all, err := h.rec.Stories(r.Context(), rq, minEvents)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	ss, more := window(all, limit, offset)
	h.writeJSON(w, r, http.StatusOK, pageOf[story.Story]{Items: ss, Key: "stories", Limit: limit, Offset: offset,
		Next: nextLink(r, more, limit, offset)})
}

// storyJSON is one story with its events in full, in timeline order.
type storyJSON struct {
	Story  *story.Story  `json:"story"`
	Events []merge.Event `json:"events"`
}

// MarshalJSON encodes the events through their own encoder, as the
// timeline does.
func (s storyJSON) MarshalJSON() ([]byte, error) {
	head, err := json.Marshal(s.Story)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 0, len(head)+1024)
	buf = append(buf, `{"story":`...)
	buf = append(buf, head...)
	buf = append(buf, `,"events":[`...)
	for i := range s.Events {
		if i > 0 {
			buf = append(buf, ',')
		}
		b, err := s.Events[i].MarshalJSON()
		if err != nil {
			return nil, err
		}
		buf = append(buf, b...)
	}
	return append(buf, "]}"...), nil
}

func (h *handler) story(w http.ResponseWriter, r *http.Request) {
	s, err := h.rec.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	evs := []merge.Event{}
	if len(s.Events) > 0 {
		evs, err = h.rec.Store().Events(r.Context(), store.EventFilter{IDs: s.Events, Limit: len(s.Events)})
		if err != nil {
			h.fail(w, r, err)
			return
		}
	}
	h.writeJSON(w, r, http.StatusOK, storyJSON{Story: s, Events: evs})
}
