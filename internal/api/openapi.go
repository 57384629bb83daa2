package api

import (
	_ "embed"
	"net/http"
)

// openAPIDoc describes every route; TestOpenAPIMatchesRoutes keeps it in
// step with routes().
//
//go:embed openapi.json
var openAPIDoc []byte

func (h *handler) openAPI(w http.ResponseWriter, r *http.Request) {
	h.send(w, r, http.StatusOK, "application/json; charset=utf-8", openAPIDoc)
}
