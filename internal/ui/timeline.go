package ui

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store"
)

// timelinePage is how many events one timeline page shows.
const timelinePage = 50

type timelineView struct {
	Form       filterForm
	Problem    string
	Months     []monthGroup
	From, Upto int // the 1-based numbers of the first and last event shown
	Prev, Next string
}

// monthGroup is the events of one month (or the undated ones).
type monthGroup struct {
	Label  string
	Events []merge.Event
}

func (h *handler) timeline(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q, form := h.parseFilters(v, "/timeline")
	form.Names = h.suggestions(r.Context())
	tv := timelineView{Form: form}
	n, err := pageNumber(v)
	if err != nil {
		tv.Problem = err.Error()
		h.render(w, r, http.StatusBadRequest, "timeline", page{Title: "Timeline", Nav: "timeline", D: tv})
		return
	}
	q.Limit, q.Offset = timelinePage+1, (n-1)*timelinePage
	evs, err := h.rec.Events(r.Context(), q)
	if err != nil {
		if status, msg, ok := userError(err); ok {
			tv.Problem = msg
			h.render(w, r, status, "timeline", page{Title: "Timeline", Nav: "timeline", D: tv})
			return
		}
		h.fail(w, r, "Timeline", err)
		return
	}
	if len(evs) > timelinePage {
		evs = evs[:timelinePage]
		tv.Next = withParam("/timeline", v, "page", strconv.Itoa(n+1))
	}
	if n > 1 {
		prev := ""
		if n > 2 {
			prev = strconv.Itoa(n - 1)
		}
		tv.Prev = withParam("/timeline", v, "page", prev)
	}
	tv.Months = byMonth(evs)
	if len(evs) > 0 {
		tv.From, tv.Upto = q.Offset+1, q.Offset+len(evs)
	}
	h.render(w, r, http.StatusOK, "timeline", page{Title: "Timeline", Nav: "timeline", D: tv})
}

// userError tells a filter the user can mend (400) or a story that does
// not exist (404) from a failure of the server, with the message to show
// beside the form.
func userError(err error) (int, string, bool) {
	switch {
	case errors.Is(err, record.ErrInvalid):
		return http.StatusBadRequest, err.Error(), true
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error(), true
	}
	return 0, "", false
}

// byMonth groups events, in the order given, under the month their date
// falls in (a week under the month of its first day); undated events go
// under "Undated".
func byMonth(evs []merge.Event) []monthGroup {
	var out []monthGroup
	for _, e := range evs {
		label := monthLabel(e)
		if len(out) == 0 || out[len(out)-1].Label != label {
			out = append(out, monthGroup{Label: label})
		}
		g := &out[len(out)-1]
		g.Events = append(g.Events, e)
	}
	return out
}

func monthLabel(e merge.Event) string {
	d := e.First
	if d == "" {
		d = e.Date
	}
	if len(d) >= 7 {
		if t, err := time.Parse("2006-01", d[:7]); err == nil {
			return t.Format("January 2006")
		}
	}
	if len(d) == 4 {
		return d
	}
	return "Undated"
}
