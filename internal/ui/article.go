package ui

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

type articleView struct {
	A      *article.Article
	URL    string // the page's address, only when it is http(s)
	Paras  []para
	Marked bool
	Events []merge.Event
}

func (h *handler) article(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	a, err := h.rec.Store().Get(ctx, r.PathValue("id"))
	if err != nil {
		h.fail(w, r, "Article", err)
		return
	}
	ms, me := -1, -1
	if s, e, ok := parseSpan(r.URL.Query().Get("m")); ok {
		if bs, be, ok := byteRange(a.Body, s, e); ok {
			ms, me = bs, be
		}
	}
	v := articleView{A: a, URL: webURL(a.URL, a.Source)}
	v.Paras = annotate(a.Body, h.an.Analyze(a), ms, me)
	v.Marked = ms >= 0
	if v.Events, err = h.rec.ArticleEvents(ctx, a.ID); err != nil {
		h.fail(w, r, "Article", err)
		return
	}
	a.Raw = nil
	h.render(w, r, http.StatusOK, "article", page{Title: orUntitled(a.Title), Nav: "search", D: v})
}

func orUntitled(t string) string {
	if t == "" {
		return "Untitled article"
	}
	return t
}

// parseSpan reads "START-END" (code points, end excluded).
func parseSpan(s string) (int, int, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, false
	}
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || start < 0 || end <= start {
		return 0, 0, false
	}
	return start, end, true
}

// webURL returns the first of the candidates that is an absolute http(s)
// URL with a host, as the article's link; anything else (javascript:, a
// path) is not linked.
func webURL(candidates ...string) string {
	for _, c := range candidates {
		u, err := url.Parse(strings.TrimSpace(c))
		if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
	}
	return ""
}
