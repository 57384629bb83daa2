package api

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/report"
)

// pagedEvents reads the event filters and the page and returns one page of
// events, with whether more follow.
func (h *handler) pagedEvents(r *http.Request, def, max int) (evs []merge.Event, limit, offset int, more bool, err error) {
	q := r.URL.Query()
	rq, err := eventQuery(q)
	if err != nil {
		return nil, 0, 0, false, err
	}
	if limit, offset, err = paging(q, def, max); err != nil {
		return nil, 0, 0, false, err
	}
	rq.Limit, rq.Offset = limit+1, offset
	if evs, err = h.rec.Events(r.Context(), rq); err != nil {
		return nil, 0, 0, false, err
	}
	evs, more = cut(evs, limit)
	return evs, limit, offset, more, nil
}

// events answers {"events": [...], "limit", "offset", "next"}, each event
// in the timeline contract's shape.
func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	evs, limit, offset, more, err := h.pagedEvents(r, DefaultLimit, MaxLimit)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	buf := h.getBuf()
	defer h.putBuf(buf)
	buf.WriteString(`{"events":[`)
	if err := appendEvents(buf, evs); err != nil {
		h.fail(w, r, err)
		return
	}
	writePageTail(buf, limit, offset, nextLink(r, more, limit, offset))
	h.send(w, r, http.StatusOK, "application/json; charset=utf-8", buf.Bytes())
}

// appendEvents writes events separated by commas. merge.Event encodes
// itself in the contract's shape; calling its encoder directly spares the
// second pass json.Marshal makes over what an encoder returns.
func appendEvents(buf *bytes.Buffer, evs []merge.Event) error {
	for i := range evs {
		if i > 0 {
			buf.WriteByte(',')
		}
		b, err := evs[i].MarshalJSON()
		if err != nil {
			return fmt.Errorf("encode event %s: %w", evs[i].ID, err)
		}
		buf.Write(b)
	}
	return nil
}

func (h *handler) event(w http.ResponseWriter, r *http.Request) {
	e, err := h.rec.Store().Event(r.Context(), r.PathValue("id"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.writeJSON(w, r, http.StatusOK, e)
}

// timeline answers the timeline in the contract's JSON ({"events": [...]},
// as `chronicle timeline --format json` writes it), CSV (one row per
// event, or per mention with mentions=true) or text (citations caps the
// citations per event, 10 by default, 0 for all). The next page, when
// there is one, is in a Link header, as the contract's JSON has no room
// for it.
func (h *handler) timeline(w http.ResponseWriter, r *http.Request) {
	write, contentType, err := timelineWriter(r.URL.Query())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	evs, limit, offset, more, err := h.pagedEvents(r, DefaultTimelineLimit, MaxTimelineLimit)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	buf := h.getBuf()
	defer h.putBuf(buf)
	if err := write(buf, evs); err != nil {
		h.fail(w, r, err)
		return
	}
	if next := nextLink(r, more, limit, offset); next != "" {
		w.Header().Set("Link", "<"+next+`>; rel="next"`)
	}
	h.send(w, r, http.StatusOK, contentType, buf.Bytes())
}

// DefaultCitations caps the citations per event of the text timeline, as
// the CLI does.
const DefaultCitations = 10

// timelineWriter reads format, mentions and citations and returns the
// writer of the timeline and its content type.
func timelineWriter(q url.Values) (func(*bytes.Buffer, []merge.Event) error, string, error) {
	format, err := one(q, "format")
	if err != nil {
		return nil, "", err
	}
	mentions, err := boolParam(q, "mentions")
	if err != nil {
		return nil, "", err
	}
	citations, err := intParam(q, "citations", DefaultCitations, 0, 1<<20)
	if err != nil {
		return nil, "", err
	}
	format = strings.ToLower(format)
	if mentions && format != "csv" {
		return nil, "", badRequest("mentions: only with format=csv")
	}
	if q.Has("citations") && format != "text" {
		return nil, "", badRequest("citations: only with format=text")
	}
	switch format {
	case "", "json":
		return func(b *bytes.Buffer, evs []merge.Event) error { return report.WriteTimelineJSON(b, evs) },
			"application/json; charset=utf-8", nil
	case "csv":
		if mentions {
			return func(b *bytes.Buffer, evs []merge.Event) error { return report.WriteMentionsCSV(b, evs) },
				"text/csv; charset=utf-8", nil
		}
		return func(b *bytes.Buffer, evs []merge.Event) error { return report.WriteTimelineCSV(b, evs) },
			"text/csv; charset=utf-8", nil
	case "text":
		return func(b *bytes.Buffer, evs []merge.Event) error {
			return report.WriteTimelineText(b, evs, report.TimelineOptions{MaxCitations: citations})
		}, "text/plain; charset=utf-8", nil
	}
	return nil, "", badRequest("format %q: want json, csv or text", clip(format, 40))
}

// eventIDs lists the IDs of events.
func eventIDs(evs []merge.Event) []string {
	ids := make([]string, len(evs))
	for i := range evs {
		ids[i] = evs[i].ID
	}
	return ids
}
