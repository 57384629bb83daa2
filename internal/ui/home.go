package ui

import (
	"cmp"
	"net/http"
	"slices"
	"time"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/story"
)

const (
	homeEvents  = 8
	homeStories = 8
	// homeWindow is how many of the last events in timeline order the home
	// page reads to find the latest dated ones (undated events sort last).
	homeWindow = 200
)

type homeView struct {
	Stats   store.Stats
	Latest  []merge.Event
	Stories []story.Story
}

func (h *handler) home(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	st, err := h.rec.Store().Stats(ctx)
	if err != nil {
		h.fail(w, r, "Record", err)
		return
	}
	v := homeView{Stats: st}
	evs, err := h.rec.Events(ctx, record.Query{Limit: homeWindow, Offset: max(0, st.Events-homeWindow)})
	if err != nil {
		h.fail(w, r, "Record", err)
		return
	}
	v.Latest = latest(evs, homeEvents)
	ss, err := h.rec.Stories(ctx, record.Query{}, 2)
	if err != nil {
		h.fail(w, r, "Record", err)
		return
	}
	v.Stories = biggest(ss, homeStories)
	h.render(w, r, http.StatusOK, "home", page{Nav: "home", D: v})
}

// biggest returns the n stories of most events (then most sources).
func biggest(ss []story.Story, n int) []story.Story {
	ss = slices.Clone(ss)
	slices.SortStableFunc(ss, func(a, b story.Story) int {
		return cmp.Or(cmp.Compare(len(b.Events), len(a.Events)), cmp.Compare(b.Sources, a.Sources))
	})
	return ss[:min(n, len(ss))]
}

// latest returns the n events of the latest days, newest first, among
// those dated to the day: an event known only by its year or month sorts
// by the last day it may mean, which would put "2025" above yesterday.
func latest(evs []merge.Event, n int) []merge.Event {
	var out []merge.Event
	for _, e := range evs {
		if len(e.Date) == len(time.DateOnly) {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b merge.Event) int { return cmp.Compare(b.Date, a.Date) })
	return out[:min(n, len(out))]
}
