package ui

import (
	"net/http"
	"net/url"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/story"
)

// storyArticles caps the articles a story page lists (each is a read).
const storyArticles = 100

type storiesView struct {
	Stories []story.Story
}

func (h *handler) stories(w http.ResponseWriter, r *http.Request) {
	ss, err := h.rec.Stories(r.Context(), record.Query{}, 2)
	if err != nil {
		h.fail(w, r, "Stories", err)
		return
	}
	h.render(w, r, http.StatusOK, "stories", page{Title: "Stories", Nav: "stories", D: storiesView{ss}})
}

type storyView struct {
	S            *story.Story
	Span         string
	Events       []merge.Event
	Articles     []article.Article
	TimelineHref string
}

func (h *handler) story(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	s, err := h.rec.Story(ctx, r.PathValue("id"))
	if err != nil {
		h.fail(w, r, "Story", err)
		return
	}
	v := storyView{S: s, Span: spanDays(s.First, s.Last),
		TimelineHref: "/timeline?" + url.Values{"story": {s.ID}}.Encode()}
	if v.Events, err = h.rec.Events(ctx, record.Query{Story: s.ID}); err != nil {
		h.fail(w, r, "Story", err)
		return
	}
	for _, id := range s.Articles[:min(len(s.Articles), storyArticles)] {
		a, err := h.rec.Store().Get(ctx, id)
		if err != nil {
			h.fail(w, r, "Story", err)
			return
		}
		a.Body, a.Raw, a.Events = "", nil, nil
		v.Articles = append(v.Articles, *a)
	}
	h.render(w, r, http.StatusOK, "story", page{Title: s.Name, Nav: "stories", D: v})
}

// spanDays says how many days a story lasts, counting both ends.
func spanDays(first, last string) string {
	a, err1 := time.Parse(time.DateOnly, first)
	b, err2 := time.Parse(time.DateOnly, last)
	if err1 != nil || err2 != nil || b.Before(a) {
		return ""
	}
	n := int(b.Sub(a).Hours()/24) + 1
	if n == 1 {
		return "1 day"
	}
	return itoa(n) + " days"
}
