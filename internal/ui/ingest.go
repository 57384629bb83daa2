package ui

import (
	"crypto/subtle"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/source"
)

// tokenCookie carries the write token after the first successful write, so
// the form need not ask for it again.
const tokenCookie = "chronicle_token"

// ingestView is the ingest form, filled in again after a problem.
type ingestView struct {
	Enabled, HasToken                   bool
	Problem                             string
	Text, Title, URL, Published, Outlet string
}

// outcomeView is one document's outcome as the result page shows it.
type outcomeView struct {
	Origin, ID, Title, Err string
	Added                  bool
	Mentions               int
}

type ingestedView struct {
	Outcomes []outcomeView
	Events   []merge.Event
}

func (h *handler) ingestForm(w http.ResponseWriter, r *http.Request) {
	v := ingestView{Enabled: h.opt.Token != "", HasToken: h.cookieToken(r)}
	h.render(w, r, http.StatusOK, "ingest", page{Title: "Ingest", Nav: "ingest", D: v})
}

// cookieToken reports whether the request's cookie holds the token.
func (h *handler) cookieToken(r *http.Request) bool {
	c, err := r.Cookie(tokenCookie)
	return err == nil && h.validToken(c.Value)
}

func (h *handler) validToken(t string) bool {
	return h.opt.Token != "" && subtle.ConstantTimeCompare([]byte(t), []byte(h.opt.Token)) == 1
}

func (h *handler) ingest(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if h.opt.Token == "" {
		h.errorPage(w, r, http.StatusForbidden, "Writing is disabled",
			`This server is read-only. Start it with a write token to enable ingest: chronicle serve --token "a long random secret".`)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, MaxUpload)
	if err := r.ParseMultipartForm(8 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			h.errorPage(w, r, http.StatusRequestEntityTooLarge, "Too large",
				"The upload is larger than 32 MiB. Send fewer or smaller files at a time.")
			return
		}
		h.errorPage(w, r, http.StatusBadRequest, "Bad request", "The form could not be read: "+err.Error())
		return
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	fromForm := h.validToken(r.PostFormValue("token"))
	if !fromForm && !h.cookieToken(r) {
		h.errorPage(w, r, http.StatusUnauthorized, "Wrong token",
			"Ingest needs the write token the server was started with. Go back and give it in the token field.")
		return
	}
	if fromForm {
		http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: h.opt.Token, Path: "/", HttpOnly: true,
			SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	}
	form := ingestView{Enabled: true, HasToken: true,
		Text: r.PostFormValue("text"), Title: strings.TrimSpace(r.PostFormValue("title")),
		URL: strings.TrimSpace(r.PostFormValue("url")), Published: strings.TrimSpace(r.PostFormValue("published")),
		Outlet: strings.TrimSpace(r.PostFormValue("outlet"))}
	uploads, err := uploadsOf(r, form)
	if err != nil {
		h.serverError(w, r, err)
		return
	}
	if len(uploads) == 0 {
		form.Problem = "Paste the text of an article or choose files to upload."
		h.render(w, r, http.StatusBadRequest, "ingest", page{Title: "Ingest", Nav: "ingest", D: form})
		return
	}
	outs, err := h.rec.Ingest(r.Context(), uploads)
	if err != nil {
		h.fail(w, r, "Ingest", err)
		return
	}
	v := ingestedView{}
	var stored []string
	for _, o := range outs {
		ov := outcomeView{Origin: o.Origin, ID: o.ID, Title: o.Title, Added: o.Added, Mentions: o.Mentions}
		if o.Err != nil {
			ov.Err = o.Err.Error()
		} else {
			stored = append(stored, o.ID)
		}
		v.Outcomes = append(v.Outcomes, ov)
	}
	if v.Events, err = h.rec.ArticleEvents(r.Context(), stored...); err != nil {
		h.fail(w, r, "Ingest", err)
		return
	}
	h.render(w, r, http.StatusOK, "ingested", page{Title: "Ingest results", Nav: "ingest", D: v})
}

// uploadsOf gathers the pasted text (with the metadata typed beside it)
// and every uploaded file.
func uploadsOf(r *http.Request, form ingestView) ([]record.Upload, error) {
	var out []record.Upload
	if strings.TrimSpace(form.Text) != "" {
		out = append(out, record.Upload{Name: "pasted text", Data: []byte(form.Text),
			Hints: source.Hints{Title: form.Title, URL: form.URL, Published: form.Published, Outlet: form.Outlet}})
	}
	if r.MultipartForm == nil {
		return out, nil
	}
	for _, fh := range r.MultipartForm.File["file"] {
		f, err := fh.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			return nil, err
		}
		if len(data) == 0 && fh.Filename == "" {
			continue // the empty part a browser sends when no file is chosen
		}
		out = append(out, record.Upload{Name: fh.Filename, Data: data})
	}
	return out, nil
}
