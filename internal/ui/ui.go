package ui

import (
	"fmt"
	"log/slog"
	"net/http"

	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/record"
)

// Options configure the UI handler.
type Options struct {
	// Token is the secret that writes need; "" makes the UI read-only and
	// the ingest page explains how to enable writes.
	Token string
	// Logger receives server errors (whose details the 500 page hides);
	// nil means slog.Default().
	Logger *slog.Logger
}

// MaxUpload caps the body of an ingest request; larger ones get a 413
// page. Articles are small; a batch of files this large is a mistake or
// an attack.
const MaxUpload = 32 << 20

// handler serves the pages. Everything it holds is read-only after New, so
// one handler serves concurrent requests.
type handler struct {
	rec    *record.Record
	opt    Options
	log    *slog.Logger
	pages  map[string]*pageTemplate
	static *assets
	an     *nlp.Analyzer
	names  []string // actor names offered by the filter forms
	mux    *http.ServeMux
}

// New returns the handler of every path not under /api/: the pages and
// /static/. It fails only when the embedded templates are broken.
func New(rec *record.Record, opt Options) (http.Handler, error) {
	if rec == nil {
		return nil, fmt.Errorf("ui: nil record")
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	st, err := loadAssets()
	if err != nil {
		return nil, err
	}
	h := &handler{rec: rec, opt: opt, log: opt.Logger, static: st, an: nlp.New(rec.KB())}
	h.pages, err = parsePages(h.funcs())
	if err != nil {
		return nil, err
	}
	h.names = actorNames(rec.KB())
	h.mux = http.NewServeMux()
	h.routes()
	return h, nil
}

func (h *handler) routes() {
	m := h.mux
	m.HandleFunc("GET /{$}", h.home)
	m.HandleFunc("GET /search", h.search)
	m.HandleFunc("GET /timeline", h.timeline)
	m.HandleFunc("GET /events/{id}", h.event)
	m.HandleFunc("GET /actors/{name}", h.actor)
	m.HandleFunc("GET /stories", h.stories)
	m.HandleFunc("GET /stories/{id}", h.story)
	m.HandleFunc("GET /map", h.mapPage)
	m.HandleFunc("GET /articles/{id}", h.article)
	m.HandleFunc("GET /ingest", h.ingestForm)
	m.HandleFunc("POST /ingest", h.ingest)
	m.HandleFunc("GET /static/{name}", h.static.serve)
	m.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		h.errorPage(w, r, http.StatusNotFound, "Page not found", "There is no page at this address.")
	})
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mux.ServeHTTP(w, r)
}
