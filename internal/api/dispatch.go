package api

import "net/http"

// ServeHTTP dispatches through the mux, but answers unmatched paths and
// methods itself so that they too get a JSON error.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	inner, pattern := h.mux.Handler(r)
	if pattern != "" {
		// Served through the mux itself, which sets the path values.
		h.mux.ServeHTTP(w, r)
		return
	}
	// The mux knows whether another method would have matched (405, with
	// Allow) or nothing did (404, or a redirect to a clean path); let it
	// decide on a scratch writer and keep only its verdict.
	probe := &verdict{header: http.Header{}}
	inner.ServeHTTP(probe, r)
	switch probe.status {
	case http.StatusMethodNotAllowed:
		w.Header().Set("Allow", probe.header.Get("Allow"))
		h.writeError(w, r, http.StatusMethodNotAllowed, "method "+r.Method+" is not allowed here; allowed: "+probe.header.Get("Allow"))
	case http.StatusMovedPermanently, http.StatusPermanentRedirect, http.StatusTemporaryRedirect, http.StatusFound:
		w.Header().Set("Location", probe.header.Get("Location"))
		h.writeError(w, r, probe.status, "the clean form of this path is "+probe.header.Get("Location"))
	default:
		h.writeError(w, r, http.StatusNotFound, "no API route "+r.URL.Path+" (see /api/openapi.json)")
	}
}

// verdict is a ResponseWriter that keeps the status and headers and drops
// the body.
type verdict struct {
	header http.Header
	status int
}

func (v *verdict) Header() http.Header { return v.header }
func (v *verdict) Write(p []byte) (int, error) {
	if v.status == 0 {
		v.status = http.StatusOK
	}
	return len(p), nil
}
func (v *verdict) WriteHeader(code int) {
	if v.status == 0 {
		v.status = code
	}
}
