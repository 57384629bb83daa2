package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/source"
)

// readIngest reads the body in whichever form it came: a JSON batch, one
// raw document, or a multipart form of files.
func (h *handler) readIngest(r *http.Request) ([]record.Upload, []string, error) {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return nil, nil, &statusError{http.StatusUnsupportedMediaType,
			"Content-Type missing: send application/json, text/plain, text/html or multipart/form-data"}
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return nil, nil, &statusError{http.StatusUnsupportedMediaType, fmt.Sprintf("Content-Type %q: %v", clip(ct, 80), err)}
	}
	switch mt {
	case "application/json":
		return readBatch(r.Body)
	case "text/plain", "text/html", "application/xhtml+xml":
		u, err := readRaw(r, mt)
		if err != nil {
			return nil, nil, err
		}
		return []record.Upload{u}, nil, nil
	case "multipart/form-data":
		return readForm(r)
	}
	return nil, nil, &statusError{http.StatusUnsupportedMediaType,
		fmt.Sprintf("Content-Type %q: send application/json, text/plain, text/html or multipart/form-data", clip(mt, 80))}
}

// readBatch decodes {"documents": [...], "urls": [...]}, refusing fields
// it does not know.
func readBatch(body io.Reader) ([]record.Upload, []string, error) {
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var b batchJSON
	if err := dec.Decode(&b); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, nil, err
		}
		return nil, nil, badRequest("JSON body: %v", err)
	}
	if dec.More() {
		return nil, nil, badRequest("JSON body: one object expected, more follows")
	}
	uploads := make([]record.Upload, 0, len(b.Documents))
	for i, d := range b.Documents {
		name := strings.TrimSpace(d.Name)
		if name == "" {
			name = fmt.Sprintf("document %d", i+1)
		}
		uploads = append(uploads, record.Upload{Name: name, Data: []byte(d.Content), Hints: source.Hints{
			URL: strings.TrimSpace(d.URL), Title: strings.TrimSpace(d.Title),
			Published: strings.TrimSpace(d.Published), Outlet: strings.TrimSpace(d.Outlet)}})
	}
	urls := make([]string, 0, len(b.URLs))
	for _, u := range b.URLs {
		if u = strings.TrimSpace(u); u != "" {
			urls = append(urls, u)
		}
	}
	return uploads, urls, nil
}

// readRaw reads a body that is itself the document; its name and what the
// sender knows of it come from the query string.
func readRaw(r *http.Request, mediaType string) (record.Upload, error) {
	data, err := io.ReadAll(r.Body)
	if err != nil {
		return record.Upload{}, fmt.Errorf("read body: %w", err)
	}
	q := r.URL.Query()
	var u record.Upload
	for _, p := range []struct {
		name string
		dst  *string
	}{{"name", &u.Name}, {"title", &u.Hints.Title}, {"url", &u.Hints.URL},
		{"published", &u.Hints.Published}, {"outlet", &u.Hints.Outlet}} {
		if *p.dst, err = one(q, p.name); err != nil {
			return u, err
		}
	}
	if u.Name == "" {
		u.Name = "upload.txt"
		if mediaType != "text/plain" {
			u.Name = "upload.html"
		}
	}
	u.Data = data
	return u, nil
}

// readForm streams a multipart form: every "file" part is a document and
// every "url" part an address to fetch.
func readForm(r *http.Request) ([]record.Upload, []string, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, nil, badRequest("multipart body: %v", err)
	}
	var (
		uploads []record.Upload
		urls    []string
	)
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return uploads, urls, nil
		}
		if err != nil {
			return nil, nil, formError(err)
		}
		var data bytes.Buffer
		_, err = io.Copy(&data, part)
		part.Close()
		if err != nil {
			return nil, nil, formError(err)
		}
		switch part.FormName() {
		case "file":
			name := part.FileName()
			if name == "" {
				name = fmt.Sprintf("file %d", len(uploads)+1)
			}
			uploads = append(uploads, record.Upload{Name: name, Data: data.Bytes()})
		case "url":
			if u := strings.TrimSpace(data.String()); u != "" {
				urls = append(urls, u)
			}
		default:
			return nil, nil, badRequest("multipart field %q: want \"file\" or \"url\"", clip(part.FormName(), 40))
		}
	}
}

// formError keeps a body-size error as it is, for the 413, and makes any
// other reading error a bad request.
func formError(err error) error {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return err
	}
	return badRequest("multipart body: %v", err)
}
