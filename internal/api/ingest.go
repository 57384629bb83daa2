package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"net/http"
	"strings"

	"github.com/chronicle-news/chronicle/internal/record"
)

// maxURLs bounds the URLs of one batch: each is a fetch from the network,
// and a request must end within the server's write timeout.
const maxURLs = 100

// authorize checks the write token. Without a configured token writes are
// off altogether (403); with one, a missing or wrong token is 401. The
// tokens are compared by their hashes in constant time, so neither the
// content nor the length of the token leaks through timing.
func (h *handler) authorize(r *http.Request) error {
	if h.opt.Token == "" {
		return &statusError{http.StatusForbidden,
			"writes are disabled: start the server with a write token (chronicle serve --token …) to enable ingest"}
	}
	auth := r.Header.Get("Authorization")
	scheme, given, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return &statusError{http.StatusUnauthorized, `ingest needs the write token as "Authorization: Bearer TOKEN"`}
	}
	want := sha256.Sum256([]byte(h.opt.Token))
	got := sha256.Sum256([]byte(strings.TrimSpace(given)))
	if subtle.ConstantTimeCompare(want[:], got[:]) != 1 {
		return &statusError{http.StatusUnauthorized, "wrong write token"}
	}
	return nil
}

// batchJSON is the JSON body of POST /api/ingest.
type batchJSON struct {
	Documents []documentJSON `json:"documents"`
	URLs      []string       `json:"urls"`
}

// documentJSON is one document of a batch: its content (text or HTML,
// sniffed, or any format the name's extension says) and what the sender
// knows of it, used where the content does not say.
type documentJSON struct {
	Name      string `json:"name"`
	Content   string `json:"content"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
}

// outcomeJSON is what became of one document.
type outcomeJSON struct {
	Origin   string  `json:"origin"`
	ID       string  `json:"id,omitempty"`
	Title    string  `json:"title,omitempty"`
	Added    bool    `json:"added"`
	Mentions int     `json:"mentions"`
	Error    *string `json:"error"`
}

// ingestJSON is the answer to an ingest: every document's outcome, how
// many articles were new, and the IDs of the merged events they touched.
type ingestJSON struct {
	Outcomes []outcomeJSON `json:"outcomes"`
	Added    int           `json:"added"`
	Events   []string      `json:"events"`
}

func (h *handler) ingest(w http.ResponseWriter, r *http.Request) {
	if err := h.authorize(r); err != nil {
		h.fail(w, r, err)
		return
	}
	if r.ContentLength > h.opt.MaxBody {
		h.fail(w, r, &http.MaxBytesError{Limit: h.opt.MaxBody})
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, h.opt.MaxBody)
	uploads, urls, err := h.readIngest(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if len(uploads) == 0 && len(urls) == 0 {
		h.fail(w, r, badRequest("nothing to ingest: send documents, URLs or files"))
		return
	}
	if len(urls) > maxURLs {
		h.fail(w, r, badRequest("urls: at most %d per request, got %d", maxURLs, len(urls)))
		return
	}
	for _, u := range urls {
		if !record.IsURL(u) {
			h.fail(w, r, badRequest("url %q: want an http(s) URL", clip(u, 80)))
			return
		}
	}
	var outs []record.Outcome
	if len(uploads) > 0 {
		o, err := h.rec.Ingest(r.Context(), uploads)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		outs = append(outs, o...)
	}
	if len(urls) > 0 {
		o, err := h.rec.IngestURLs(r.Context(), urls)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		outs = append(outs, o...)
	}
	h.answerIngest(w, r, outs)
}

// answerIngest reports the outcomes: 200 when any document was usable
// (with the failures listed), 400 when none was.
func (h *handler) answerIngest(w http.ResponseWriter, r *http.Request, outs []record.Outcome) {
	res := ingestJSON{Outcomes: make([]outcomeJSON, len(outs)), Events: []string{}}
	var (
		added  []string
		usable int
		errs   []string
	)
	for i, o := range outs {
		res.Outcomes[i] = outcomeJSON{Origin: o.Origin, ID: o.ID, Title: o.Title, Added: o.Added, Mentions: o.Mentions}
		if o.Err != nil {
			msg := o.Err.Error()
			res.Outcomes[i].Error = &msg
			errs = append(errs, msg)
			continue
		}
		usable++
		if o.Added {
			res.Added++
			added = append(added, o.ID)
		}
	}
	if usable == 0 {
		msg := "no usable document"
		if len(errs) > 0 {
			if len(errs) > 3 {
				errs = append(errs[:3], fmt.Sprintf("and %d more", len(errs)-3))
			}
			msg += ": " + strings.Join(errs, "; ")
		}
		var body struct {
			errorBody
			Outcomes []outcomeJSON `json:"outcomes"`
		}
		body.Error.Status, body.Error.Message, body.Outcomes = http.StatusBadRequest, msg, res.Outcomes
		h.writeJSON(w, r, http.StatusBadRequest, body)
		return
	}
	evs, err := h.rec.ArticleEvents(r.Context(), added...)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	res.Events = append(res.Events, eventIDs(evs)...)
	h.writeJSON(w, r, http.StatusOK, res)
}
