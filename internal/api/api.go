package api

import (
	"log/slog"
	"net/http"
	"sync"

	"github.com/chronicle-news/chronicle/internal/record"
)

// DefaultMaxBody caps request bodies when Options.MaxBody is 0: enough for
// a batch of long articles, small enough that a stray upload cannot fill
// memory.
const DefaultMaxBody = 32 << 20

// Options configure the API.
type Options struct {
	// Token is the write token that POST /api/ingest needs as
	// "Authorization: Bearer TOKEN". Empty disables writes (403), so that a
	// server started without thought cannot be written to.
	Token string
	// MaxBody caps a request body in bytes; 0 means DefaultMaxBody.
	// Larger bodies get 413.
	MaxBody int64
	// Logger receives store errors, whose text is not shown to clients;
	// nil means slog.Default().
	Logger *slog.Logger
	// NoCache makes every answer come from the store. By default
	// successful GET answers are kept and served again while the store's
	// version (store.Store.Version, moved on by every write of any
	// process) stands, which costs one small query per request and is
	// never stale.
	NoCache bool
}

// handler holds what every route needs.
type handler struct {
	rec *record.Record
	opt Options
	log *slog.Logger
	mux *http.ServeMux
	// bufs holds *bytes.Buffer for responses (see getBuf).
	bufs sync.Pool
	// cache keeps answers unless Options.NoCache is set.
	cache *cache
}

// route is one entry of the API: the method and path pattern it is served
// under, the query parameters it accepts and the function serving it. The
// table drives both the mux and the OpenAPI consistency test.
type route struct {
	method, path string
	params       []string
	serve        func(*handler, http.ResponseWriter, *http.Request)
}

// New returns the API handler for rec. It serves full paths under /api/
// (/api/events, /api/openapi.json, …) and answers anything else under
// /api/ with a JSON 404 or 405.
func New(rec *record.Record, opt Options) http.Handler {
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	h := &handler{rec: rec, opt: opt, log: opt.Logger, mux: http.NewServeMux()}
	if h.log == nil {
		h.log = slog.Default()
	}
	if !opt.NoCache {
		h.cache = &cache{}
	}
	for _, rt := range routes() {
		allowed := paramSet(rt.params)
		serve := rt.serve
		var fn http.HandlerFunc = func(w http.ResponseWriter, r *http.Request) {
			if err := checkParams(r.URL.RawQuery, allowed); err != nil {
				h.fail(w, r, err)
				return
			}
			serve(h, w, r)
		}
		if h.cache != nil && rt.method == http.MethodGet {
			fn = h.cachedGET(fn)
		}
		h.mux.HandleFunc(rt.method+" "+rt.path, fn)
	}
	return h
}

// routes is the API. Keep /api/openapi.json in step: a test compares them.
func routes() []route {
	page := []string{"limit", "offset"}
	events := []string{"actor", "type", "status", "place", "from", "to", "story"}
	articles := []string{"outlet", "from", "to"}
	return []route{
		{"GET", "/api/openapi.json", nil, (*handler).openAPI},
		{"GET", "/api/stats", nil, (*handler).stats},
		{"GET", "/api/articles", join(articles, page), (*handler).articles},
		{"GET", "/api/articles/{id}", nil, (*handler).article},
		{"GET", "/api/search", join([]string{"q"}, articles, page), (*handler).search},
		{"GET", "/api/events", join(events, page), (*handler).events},
		{"GET", "/api/events/{id}", nil, (*handler).event},
		{"GET", "/api/timeline", join(events, page, []string{"format", "mentions", "citations"}), (*handler).timeline},
		{"GET", "/api/actors", join([]string{"q"}, page), (*handler).actors},
		{"GET", "/api/actors/{name}", nil, (*handler).actor},
		{"GET", "/api/network", join(events, []string{"by", "top", "format"}), (*handler).network},
		{"GET", "/api/positions", events, (*handler).positions},
		{"GET", "/api/stories", join([]string{"actor", "type", "status", "place", "from", "to"}, page, []string{"min_events"}), (*handler).stories},
		{"GET", "/api/stories/{id}", nil, (*handler).story},
		{"POST", "/api/ingest", []string{"name", "title", "url", "published", "outlet"}, (*handler).ingest},
	}
}

func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
