package ui

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strings"

	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/web"
)

// pageTemplate is the base layout with one page's "content" parsed in.
type pageTemplate struct{ t *template.Template }

// page is what every template receives: the layout's fields and the
// page's own view model in D.
type page struct {
	Title string
	Nav   string // which nav entry is current: timeline, stories, map, search, ingest
	D     any
}

// parsePages parses the layout once and clones it for every page file, so
// each page defines its own "content" without clashing with the others.
func parsePages(funcs template.FuncMap) (map[string]*pageTemplate, error) {
	base, err := template.New("base").Funcs(funcs).ParseFS(web.FS, "templates/base.html")
	if err != nil {
		return nil, fmt.Errorf("ui: templates: %w", err)
	}
	files, err := fs.Glob(web.FS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("ui: templates: %w", err)
	}
	pages := make(map[string]*pageTemplate, len(files))
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(f, "templates/"), ".html")
		if name == "base" {
			continue
		}
		t, err := base.Clone()
		if err != nil {
			return nil, fmt.Errorf("ui: templates: %w", err)
		}
		if _, err := t.ParseFS(web.FS, f); err != nil {
			return nil, fmt.Errorf("ui: templates: %w", err)
		}
		pages[name] = &pageTemplate{t: t}
	}
	return pages, nil
}

// render writes a whole page, or the 500 page when the template fails:
// the page is built in memory first so that a failure never leaves half a
// page behind a 200.
func (h *handler) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	pt, ok := h.pages[name]
	if !ok {
		h.serverError(w, r, fmt.Errorf("ui: no template %q", name))
		return
	}
	var buf bytes.Buffer
	if err := pt.t.ExecuteTemplate(&buf, "base", p); err != nil {
		h.serverError(w, r, fmt.Errorf("ui: render %s: %w", name, err))
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("X-Content-Type-Options", "nosniff")
	if hd.Get("Cache-Control") == "" {
		hd.Set("Cache-Control", "no-cache")
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

// errorView is the view model of the error page.
type errorView struct {
	Heading, Message string
}

// errorPage renders the error page with a status and a message meant for
// the user.
func (h *handler) errorPage(w http.ResponseWriter, r *http.Request, status int, heading, msg string) {
	pt := h.pages["error"]
	var buf bytes.Buffer
	if pt == nil || pt.t.ExecuteTemplate(&buf, "base", page{Title: heading, D: errorView{heading, msg}}) != nil {
		http.Error(w, heading, status)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

// serverError logs err and shows the 500 page, which does not repeat it:
// store errors can name files and queries.
func (h *handler) serverError(w http.ResponseWriter, r *http.Request, err error) {
	h.log.ErrorContext(r.Context(), "ui: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	h.errorPage(w, r, http.StatusInternalServerError, "Something went wrong",
		"The server could not show this page. The error has been logged; try again later.")
}

// fail answers a request whose record call failed: a request the user can
// mend is a 400, an unknown ID a 404, anything else a 500.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, what string, err error) {
	switch {
	case errors.Is(err, record.ErrInvalid):
		h.errorPage(w, r, http.StatusBadRequest, "Bad request", err.Error())
	case errors.Is(err, store.ErrNotFound):
		h.errorPage(w, r, http.StatusNotFound, what+" not found", "There is no "+strings.ToLower(what)+" with this ID in the record.")
	case r.Context().Err() != nil:
		h.errorPage(w, r, http.StatusServiceUnavailable, "Too slow", "The page took too long to build; try narrower filters.")
	default:
		h.serverError(w, r, err)
	}
}
