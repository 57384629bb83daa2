package ui

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/query"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store"
)

// actorLatest is how many of an actor's latest events its page lists.
const actorLatest = 10

type actorView struct {
	Name, Detail string
	Count        int
	TimelineHref string
	Graph        egoGraph
	Positions    []query.Position
	Latest       []merge.Event
}

func (h *handler) actor(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	typed := strings.TrimSpace(r.PathValue("name"))
	keys, err := record.ActorKeys(h.rec.KB(), typed)
	if err != nil {
		h.fail(w, r, "Actor", err)
		return
	}
	v := actorView{Name: typed, TimelineHref: "/timeline?" + url.Values{"actor": {typed}}.Encode()}
	known, state := false, false
	for _, e := range h.rec.KB().Search(typed, 5) {
		if e.Kind == "state" || e.Kind == "person" || e.Kind == "org" {
			v.Name, v.Detail, known, state = e.Name, e.Detail, true, e.Kind == "state"
			break
		}
	}
	evs, err := h.rec.Events(ctx, record.Query{Actors: []string{typed}})
	if err != nil {
		h.fail(w, r, "Actor", err)
		return
	}
	if len(evs) == 0 && !known {
		h.fail(w, r, "Actor", store.ErrNotFound)
		return
	}
	v.Count = len(evs)
	if v.Latest = latest(evs, actorLatest); len(v.Latest) == 0 {
		for i := len(evs) - 1; i >= 0 && len(v.Latest) < actorLatest; i-- {
			v.Latest = append(v.Latest, evs[i])
		}
	}
	var opts []query.NetworkOption
	if state {
		opts = append(opts, query.ByCountry(h.rec.StateName))
	}
	n := query.NewNetwork(opts...)
	for _, e := range evs {
		n.Add(e)
	}
	v.Graph = layoutEgo(n.Graph(), keys)
	v.Positions = query.Positions(evs, query.NewMatcher(keys...))
	h.render(w, r, http.StatusOK, "actor", page{Title: v.Name, Nav: "timeline", D: v})
}
