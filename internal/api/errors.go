package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store"
)

// statusError is a refusal whose status and message the client should see
// as they are.
type statusError struct {
	status int
	msg    string
}

func (e *statusError) Error() string { return e.msg }

// badRequest, notFound and the like build refusals with a formatted message.
func badRequest(format string, args ...any) error {
	return &statusError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &statusError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

// errorBody is the JSON form of every error.
type errorBody struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	} `json:"error"`
}

// classify picks the status and the client's message for err. Store and
// other internal errors are logged and hidden behind a generic text: their
// messages may carry paths, SQL or other detail a client has no use for.
func (h *handler) classify(r *http.Request, err error) (int, string) {
	var se *statusError
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &se):
		return se.status, se.msg
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over the limit of %d bytes", tooBig.Limit)
	case errors.Is(err, record.ErrInvalid):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled), r.Context().Err() != nil:
		return http.StatusServiceUnavailable, "the request took too long and was stopped; narrow it or try again"
	}
	h.log.ErrorContext(r.Context(), "api request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	return http.StatusInternalServerError, "internal error (logged on the server)"
}

// fail answers err as a JSON error.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := h.classify(r, err)
	h.writeError(w, r, status, msg)
}

// writeError writes the JSON error body with status.
func (h *handler) writeError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	var body errorBody
	body.Error.Status, body.Error.Message = status, msg
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="chronicle"`)
	}
	if status == http.StatusRequestEntityTooLarge {
		w.Header().Set("Connection", "close")
	}
	h.writeJSON(w, r, status, body)
}
