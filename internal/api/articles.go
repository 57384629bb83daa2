package api

import (
	"net/http"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/store"
)

// statsJSON is store.Stats with the API's field names.
type statsJSON struct {
	Articles       int    `json:"articles"`
	Outlets        int    `json:"outlets"`
	FirstPublished string `json:"first_published"`
	LastPublished  string `json:"last_published"`
	Mentions       int    `json:"mentions"`
	Events         int    `json:"events"`
	DupGroups      int    `json:"duplicate_groups"`
}

func (h *handler) stats(w http.ResponseWriter, r *http.Request) {
	s, err := h.rec.Store().Stats(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.writeJSON(w, r, http.StatusOK, statsJSON{s.Articles, s.Outlets, s.FirstPublished, s.LastPublished,
		s.Mentions, s.Events, s.DupGroups})
}

// summaryJSON is an article without its body: what lists and hits show.
type summaryJSON struct {
	ID        string            `json:"id"`
	Source    string            `json:"source"`
	URL       string            `json:"url,omitempty"`
	Title     string            `json:"title"`
	Published article.Published `json:"published"`
	Outlet    string            `json:"outlet"`
	Authors   []string          `json:"authors"`
	Language  string            `json:"language"`
}

func summary(a *article.Article) summaryJSON {
	authors := a.Authors
	if authors == nil {
		authors = []string{}
	}
	return summaryJSON{ID: a.ID, Source: a.Source, URL: a.URL, Title: a.Title, Published: a.Published,
		Outlet: a.Outlet, Authors: authors, Language: a.Language}
}

// articleFilter reads outlet, from, to and the page.
func articleFilter(r *http.Request) (store.Filter, error) {
	q := r.URL.Query()
	var f store.Filter
	var err error
	if f.Outlet, err = one(q, "outlet"); err != nil {
		return f, err
	}
	if f.From, err = one(q, "from"); err != nil {
		return f, err
	}
	if f.To, err = one(q, "to"); err != nil {
		return f, err
	}
	if f.Limit, f.Offset, err = paging(q, DefaultLimit, MaxLimit); err != nil {
		return f, err
	}
	if _, err := (store.Filter{From: f.From, To: f.To}).Normalize(); err != nil {
		return f, badRequest("%v", err)
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, badRequest("from %s is after to %s", f.From, f.To)
	}
	return f, nil
}

func (h *handler) articles(w http.ResponseWriter, r *http.Request) {
	f, err := articleFilter(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	limit := f.Limit
	f.Limit++
	as, err := h.rec.Store().List(r.Context(), f)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	as, more := cut(as, limit)
	out := make([]summaryJSON, len(as))
	for i := range as {
		out[i] = summary(&as[i])
	}
	h.writeJSON(w, r, http.StatusOK, pageOf[summaryJSON]{Items: out, Key: "articles", Limit: limit,
		Offset: f.Offset, Next: nextLink(r, more, limit, f.Offset)})
}

// articleJSON is one article in full (never its raw input) with the
// merged events its mentions belong to.
type articleJSON struct {
	Article *article.Article `json:"article"`
	Events  []merge.Event    `json:"events"`
}

func (h *handler) article(w http.ResponseWriter, r *http.Request) {
	a, err := h.rec.Store().Get(r.Context(), r.PathValue("id"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	a.Raw = nil
	evs, err := h.rec.ArticleEvents(r.Context(), a.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if evs == nil {
		evs = []merge.Event{}
	}
	h.writeJSON(w, r, http.StatusOK, articleJSON{Article: a, Events: evs})
}

// hitJSON is one search hit. Snippet keeps the store's highlight markers;
// Text is the snippet without them and Highlights the [start, end) spans
// of the matched words in Text, counted in Unicode code points.
type hitJSON struct {
	Article    summaryJSON `json:"article"`
	Snippet    string      `json:"snippet"`
	Text       string      `json:"text"`
	Highlights [][2]int    `json:"highlights"`
	Rank       float64     `json:"rank"`
}

func (h *handler) search(w http.ResponseWriter, r *http.Request) {
	words, err := one(r.URL.Query(), "q")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if len(store.QueryWords(words)) == 0 {
		h.fail(w, r, badRequest("q: give one or more words to look for"))
		return
	}
	f, err := articleFilter(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	limit := f.Limit
	f.Limit++
	hits, err := h.rec.Store().Search(r.Context(), words, f)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	hits, more := cut(hits, limit)
	out := make([]hitJSON, len(hits))
	for i := range hits {
		text, spans := highlights(hits[i].Snippet)
		out[i] = hitJSON{Article: summary(&hits[i].Article), Snippet: hits[i].Snippet, Text: text,
			Highlights: spans, Rank: hits[i].Rank}
	}
	h.writeJSON(w, r, http.StatusOK, pageOf[hitJSON]{Items: out, Key: "hits", Limit: limit,
		Offset: f.Offset, Next: nextLink(r, more, limit, f.Offset)})
}
