package ui

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/record"
)

// The event types and statuses the filter form offers (PLOVER's).
var (
	ploverTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
	statuses = []string{"happened", "planned", "proposed", "cancelled"}
)

// filterForm is the filter form as the user left it, to show it again.
type filterForm struct {
	Action                              string
	Actor1, Actor2, Type, Status, Place string
	From, To, Story                     string
	Types, Statuses, Names              []string
}

// parseFilters reads the timeline's filters from a query string as the
// record takes them, and the form that shows them. Whether they are valid
// is for the record to say (record.ErrInvalid).
func (h *handler) parseFilters(v url.Values, action string) (record.Query, filterForm) {
	var q record.Query
	for _, a := range v["actor"] {
		if a = strings.TrimSpace(a); a != "" {
			q.Actors = append(q.Actors, a)
		}
	}
	q.Types = record.SplitList(v["type"])
	q.Statuses = record.SplitList(v["status"])
	q.Place = strings.TrimSpace(v.Get("place"))
	q.From = strings.TrimSpace(v.Get("from"))
	q.To = strings.TrimSpace(v.Get("to"))
	q.Story = strings.TrimSpace(v.Get("story"))
	f := filterForm{Action: action, Place: q.Place, From: q.From, To: q.To, Story: q.Story,
		Types: ploverTypes, Statuses: statuses}
	if len(q.Actors) > 0 {
		f.Actor1 = q.Actors[0]
	}
	if len(q.Actors) > 1 {
		f.Actor2 = q.Actors[1]
	}
	if len(q.Types) > 0 {
		f.Type = strings.ToUpper(q.Types[0])
	}
	if len(q.Statuses) > 0 {
		f.Status = strings.ToLower(q.Statuses[0])
	}
	return q, f
}

// pageNumber reads the 1-based page parameter.
func pageNumber(v url.Values) (int, error) {
	s := strings.TrimSpace(v.Get("page"))
	if s == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 1_000_000 {
		return 0, fmt.Errorf("page %q: want a number from 1", s)
	}
	return n, nil
}

// withParam returns the query string v with key set to val (removed when
// val is ""), for paging and filter links that keep the other filters.
func withParam(path string, v url.Values, key, val string) string {
	c := url.Values{}
	for k, vs := range v {
		c[k] = slices.Clone(vs)
	}
	if val == "" {
		c.Del(key)
	} else {
		c.Set(key, val)
	}
	if len(c) == 0 {
		return path
	}
	return path + "?" + c.Encode()
}

// maxSuggested bounds the actor names a filter form suggests, so that a
// large record does not make every filter page heavy.
const maxSuggested = 400

// suggestions are the names the actor inputs suggest: the participants of
// the stored events, those in most events first — names that select
// something — or, for an empty record, the knowledge base's.
func (h *handler) suggestions(ctx context.Context) []string {
	names, err := h.rec.Participants(ctx)
	if err != nil || len(names) == 0 {
		return h.names
	}
	return names[:min(len(names), maxSuggested)]
}

// actorNames are the names the actor inputs suggest: every state,
// organisation and person of the knowledge base, in order, once each.
func actorNames(k *kb.KB) []string {
	if k == nil {
		return nil
	}
	var out []string
	for _, s := range k.States() {
		out = append(out, s.Name)
	}
	for _, o := range k.Orgs() {
		out = append(out, o.Name)
	}
	for _, p := range k.People() {
		out = append(out, p.Name)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
