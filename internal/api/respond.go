package api

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// maxPooled keeps one huge response from pinning its buffer for good.
const maxPooled = 1 << 20

// getBuf returns an empty buffer from the handler's pool: a response is
// encoded whole before its status is sent, so that an encoding failure can
// still become a 500, and reusing the buffers spares the collector.
func (h *handler) getBuf() *bytes.Buffer {
	if b, ok := h.bufs.Get().(*bytes.Buffer); ok {
		return b
	}
	return new(bytes.Buffer)
}

func (h *handler) putBuf(b *bytes.Buffer) {
	if b.Cap() <= maxPooled {
		b.Reset()
		h.bufs.Put(b)
	}
}

// setJSON sets the headers of a JSON response.
func setJSON(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Cache-Control", "no-store")
	}
}

// writeJSON encodes v with encoding/json, which escapes <, > and & so that
// article text can never be read as markup, and sends it with status.
func (h *handler) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	buf := h.getBuf()
	defer h.putBuf(buf)
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		h.log.ErrorContext(r.Context(), "api encode failed", "path", r.URL.Path, "err", err)
		status = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":{"status":500,"message":"internal error (logged on the server)"}}` + "\n")
	}
	h.send(w, r, status, "application/json; charset=utf-8", buf.Bytes())
}

// send writes a finished body.
func (h *handler) send(w http.ResponseWriter, r *http.Request, status int, contentType string, body []byte) {
	setJSON(w, r)
	w.Header().Set("Content-Type", contentType)
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}
