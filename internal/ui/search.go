package ui

import (
	"net/http"
	"strings"

	"github.com/chronicle-news/chronicle/internal/store"
)

// searchLimit is how many hits a search shows.
const searchLimit = 50

type searchView struct {
	Q    string
	Hits []hitView
	More bool
}

type hitView struct {
	Href, Title, Outlet, Day string
	Snippet                  []snipSeg
}

// snipSeg is a run of snippet text, matched words or not; the template
// escapes Text and wraps matches in <mark>.
type snipSeg struct {
	Text string
	Mark bool
}

func (h *handler) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	v := searchView{Q: q}
	if q != "" {
		hits, err := h.rec.Store().Search(r.Context(), q, store.Filter{Limit: searchLimit + 1})
		if err != nil {
			h.fail(w, r, "Search", err)
			return
		}
		if len(hits) > searchLimit {
			hits, v.More = hits[:searchLimit], true
		}
		for _, hit := range hits {
			a := hit.Article
			v.Hits = append(v.Hits, hitView{Href: "/articles/" + pathEscape(a.ID), Title: a.Title,
				Outlet: orUnknown(a.Outlet), Day: day(a.Published), Snippet: splitSnippet(hit.Snippet)})
		}
	}
	title := "Search"
	if q != "" {
		title = q + " – search"
	}
	h.render(w, r, http.StatusOK, "search", page{Title: title, Nav: "search", D: v})
}

// splitSnippet cuts a store snippet at its highlight markers into plain
// and matched runs. An unclosed marker leaves the rest matched; the
// markers themselves are dropped.
func splitSnippet(s string) []snipSeg {
	var out []snipSeg
	mark := false
	for s != "" {
		sep := store.HighlightStart
		if mark {
			sep = store.HighlightEnd
		}
		i := strings.Index(s, sep)
		if i < 0 {
			out = append(out, snipSeg{Text: s, Mark: mark})
			break
		}
		if i > 0 {
			out = append(out, snipSeg{Text: s[:i], Mark: mark})
		}
		s = s[i+len(sep):]
		mark = !mark
	}
	return out
}
