package api

import (
	"bytes"
	"net/http"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/query"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/report"
)

// entryJSON is a knowledge-base entry with the API's field names.
type entryJSON struct {
	Kind    string `json:"kind"`
	Name    string `json:"name"`
	Code    string `json:"code,omitempty"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Detail  string `json:"detail,omitempty"`
}

func entry(e kb.Entry) entryJSON {
	return entryJSON{Kind: e.Kind, Name: e.Name, Code: e.Code, Country: e.Country, Sector: e.Sector, Detail: e.Detail}
}

// actors looks names up in the knowledge base; without q it pages through
// all of it.
func (h *handler) actors(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	words, err := one(q, "q")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	limit, offset, err := paging(q, DefaultLimit, MaxLimit)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	found, more := window(h.rec.KB().Search(words, offset+limit+1), limit, offset)
	out := make([]entryJSON, len(found))
	for i, e := range found {
		out[i] = entry(e)
	}
	h.writeJSON(w, r, http.StatusOK, pageOf[entryJSON]{Items: out, Key: "actors", Limit: limit, Offset: offset,
		Next: nextLink(r, more, limit, offset)})
}

// actorJSON is what the record knows of one actor.
type actorJSON struct {
	Name string `json:"name"`
	// Entry is the knowledge-base entry the name resolves to, as event
	// filters resolve it; null when the base does not know the name.
	Entry *entryJSON `json:"entry"`
	// Events counts the stored events the actor takes part in; Partners
	// the distinct other actors of those events.
	Events   int `json:"events"`
	Partners int `json:"partners"`
}

func (h *handler) actor(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PathValue("name"))
	keys, err := record.ActorKeys(h.rec.KB(), name)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	out := actorJSON{Name: name}
	for _, e := range h.rec.KB().Search(name, 5) {
		if e.Kind == "state" || e.Kind == "person" || e.Kind == "org" {
			ej := entry(e)
			out.Entry = &ej
			break
		}
	}
	evs, err := h.rec.Events(r.Context(), record.Query{Actors: []string{name}})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if out.Entry == nil && len(evs) == 0 {
		h.fail(w, r, notFound("actor %q: not in the knowledge base and in no stored event", clip(name, 80)))
		return
	}
	self := query.NewMatcher(keys...)
	partners := map[string]bool{}
	for i := range evs {
		for _, side := range [][]article.Actor{evs[i].Actors, evs[i].Recipients} {
			for _, a := range side {
				if id := query.Identity(a); id != "" && !self.Match(a) {
					partners[id] = true
				}
			}
		}
	}
	out.Events, out.Partners = len(evs), len(partners)
	h.writeJSON(w, r, http.StatusOK, out)
}

func (h *handler) network(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	rq, err := eventQuery(q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	by, err := one(q, "by")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if by != "" && by != "actor" && by != "country" {
		h.fail(w, r, badRequest("by %q: want actor or country", clip(by, 40)))
		return
	}
	top, err := intParam(q, "top", 0, 0, 100000)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	format, err := one(q, "format")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var (
		write       func(*bytes.Buffer, query.Graph) error
		contentType string
	)
	switch strings.ToLower(format) {
	case "", "json":
		write = func(b *bytes.Buffer, g query.Graph) error { return report.WriteNetworkJSON(b, g) }
		contentType = "application/json; charset=utf-8"
	case "graphml":
		write = func(b *bytes.Buffer, g query.Graph) error { return report.WriteNetworkGraphML(b, g) }
		contentType = "application/graphml+xml; charset=utf-8"
	case "dot":
		write = func(b *bytes.Buffer, g query.Graph) error { return report.WriteNetworkDOT(b, g) }
		contentType = "text/vnd.graphviz; charset=utf-8"
	default:
		h.fail(w, r, badRequest("format %q: want json, graphml or dot", clip(format, 40)))
		return
	}
	g, err := h.rec.Network(r.Context(), rq, by == "country", top)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	buf := h.getBuf()
	defer h.putBuf(buf)
	if err := write(buf, g); err != nil {
		h.fail(w, r, err)
		return
	}
	h.send(w, r, http.StatusOK, contentType, buf.Bytes())
}

func (h *handler) positions(w http.ResponseWriter, r *http.Request) {
	rq, err := eventQuery(r.URL.Query())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	ps, err := h.rec.Positions(r.Context(), rq)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	buf := h.getBuf()
	defer h.putBuf(buf)
	if err := report.WritePositionsJSON(buf, ps); err != nil {
		h.fail(w, r, err)
		return
	}
	h.send(w, r, http.StatusOK, "application/json; charset=utf-8", buf.Bytes())
}
