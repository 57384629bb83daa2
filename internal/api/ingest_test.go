package api

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestIngestForms posts documents in every accepted form.
func TestIngestForms(t *testing.T) {
	geneva, paris := readTestdata(t, "geneva-summit.txt"), readTestdata(t, "paris-ukraine.html")
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	for _, f := range []struct {
		name string
		data []byte
	}{{"geneva.txt", geneva}, {"paris.html", paris}} {
		fw, _ := mw.CreateFormFile("file", f.name)
		fw.Write(f.data)
	}
	mw.Close()
	batch, _ := json.Marshal(batchJSON{Documents: []documentJSON{
		{Name: "a.txt", Content: string(geneva), Outlet: "Test Wire", URL: "https://example.org/geneva"},
		{Name: "empty.txt", Content: ""},
	}})
	tests := []struct {
		name, target, ctype string
		body                []byte
		added, failed       int
	}{
		{"raw text", "/api/ingest?name=geneva.txt&outlet=Test+Wire&published=2021-06-16", "text/plain; charset=utf-8", geneva, 1, 0},
		{"raw html without name", "/api/ingest", "text/html", paris, 1, 0},
		{"multipart files", "/api/ingest", mw.FormDataContentType(), form.Bytes(), 2, 0},
		{"batch with a failure", "/api/ingest", "application/json", batch, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, _ := newAPI(t, Options{Token: testToken})
			res := do(t, h, "POST", tt.target, tt.ctype, tt.body, testToken)
			if res.Code != http.StatusOK {
				t.Fatalf("POST = %d %s", res.Code, res.Body)
			}
			if res.Header().Get("Cache-Control") != "no-store" {
				t.Error("write response without Cache-Control: no-store")
			}
			var got ingestJSON
			decode(t, res, &got)
			failed := 0
			for _, o := range got.Outcomes {
				if o.Error != nil {
					failed++
					if o.Origin == "" || *o.Error == "" {
						t.Errorf("failure without origin or message: %+v", o)
					}
				} else if o.ID == "" || o.Mentions == 0 {
					t.Errorf("outcome %+v: want an ID and mentions", o)
				}
			}
			if got.Added != tt.added || failed != tt.failed || len(got.Events) == 0 {
				t.Errorf("ingest = %s; want %d added, %d failed and events", res.Body, tt.added, tt.failed)
			}
			again := do(t, h, "POST", tt.target, tt.ctype, tt.body, testToken)
			var second ingestJSON
			decode(t, again, &second)
			if again.Code != http.StatusOK || second.Added != 0 {
				t.Errorf("second ingest = %d %s, want 200 with nothing added", again.Code, again.Body)
			}
		})
	}
}

// TestIngestRefusals checks the statuses of refused writes.
func TestIngestRefusals(t *testing.T) {
	geneva := readTestdata(t, "geneva-summit.txt")
	open, _ := newAPI(t, Options{Token: testToken, MaxBody: 4096})
	closed, _ := newAPI(t, Options{})
	var oneBad bytes.Buffer
	mw := multipart.NewWriter(&oneBad)
	fw, _ := mw.CreateFormFile("file", "blob.bin")
	fw.Write([]byte("\x00\x01\x02\x03 not a document"))
	mw.Close()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(geneva)
	zw.Close()
	var cut bytes.Buffer
	mw3 := multipart.NewWriter(&cut)
	fw3, _ := mw3.CreateFormFile("file", "summit.txt.gz")
	fw3.Write(gz.Bytes()[:gz.Len()/2])
	mw3.Close()
	var extra bytes.Buffer
	mw2 := multipart.NewWriter(&extra)
	mw2.WriteField("comment", "hello")
	mw2.Close()
	tests := []struct {
		name         string
		h            http.Handler
		target       string
		ctype, token string
		body         []byte
		status       int
		msg          string
	}{
		{"writes disabled", closed, "/api/ingest", "text/plain", testToken, geneva, 403, "--token"},
		{"no token", open, "/api/ingest", "text/plain", "", geneva, 401, "Bearer"},
		{"wrong token", open, "/api/ingest", "text/plain", "s3cret-tokem", geneva, 401, "wrong"},
		{"token prefix", open, "/api/ingest", "text/plain", "s3cret", geneva, 401, "wrong"},
		{"too large", open, "/api/ingest", "text/plain", testToken, bytes.Repeat([]byte("a"), 5000), 413, "limit"},
		{"too large json", open, "/api/ingest", "application/json", testToken,
			[]byte(`{"documents":[{"content":"` + strings.Repeat("a", 5000) + `"}]}`), 413, "limit"},
		{"no content type", open, "/api/ingest", "", testToken, geneva, 415, "Content-Type"},
		{"pdf", open, "/api/ingest", "application/pdf", testToken, geneva, 415, "application/pdf"},
		{"bad json", open, "/api/ingest", "application/json", testToken, []byte(`{"documents":`), 400, "JSON"},
		{"unknown json field", open, "/api/ingest", "application/json", testToken, []byte(`{"docs":[]}`), 400, "docs"},
		{"empty batch", open, "/api/ingest", "application/json", testToken, []byte(`{}`), 400, "nothing"},
		{"not a url", open, "/api/ingest", "application/json", testToken, []byte(`{"urls":["file:///etc/passwd"]}`), 400, "http(s)"},
		{"nothing usable", open, "/api/ingest", "application/json", testToken, []byte(`{"documents":[{"name":"x.txt","content":""}]}`), 400, "no usable"},
		{"binary file", open, "/api/ingest", mw.FormDataContentType(), testToken, oneBad.Bytes(), 400, "blob.bin"},
		{"truncated gzip", open, "/api/ingest", mw3.FormDataContentType(), testToken, cut.Bytes(), 400, "summit.txt.gz: corrupt gzip"},
		{"invalid UTF-8", open, "/api/ingest?name=latin1.txt", "text/plain", testToken, []byte("Caf\xe9 talks in Par\xeds ended."), 400, "latin1.txt: invalid UTF-8"},
		{"HTML without an article", open, "/api/ingest?name=menu.html", "text/html", testToken,
			[]byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), 400, "menu.html: no article"},
		{"unknown form field", open, "/api/ingest", mw2.FormDataContentType(), testToken, extra.Bytes(), 400, "comment"},
		{"bad multipart", open, "/api/ingest", "multipart/form-data", testToken, geneva, 400, "multipart"},
		{"unknown parameter", open, "/api/ingest?nmae=x", "text/plain", testToken, geneva, 400, "nmae"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := do(t, tt.h, "POST", tt.target, tt.ctype, tt.body, tt.token)
			if res.Code != tt.status {
				t.Fatalf("POST = %d %s, want %d", res.Code, res.Body, tt.status)
			}
			status, msg := errorOf(t, res)
			if status != tt.status || !strings.Contains(msg, tt.msg) {
				t.Errorf("error = %d %q, want %d with %q", status, msg, tt.status, tt.msg)
			}
			if tt.status == 401 && res.Header().Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
}

// TestEscaping reads back an article full of markup: the bytes of every
// JSON answer about it must hold no raw "<script" or other tag opener.
func TestEscaping(t *testing.T) {
	h := loaded(t)
	var list struct{ Articles []summaryJSON }
	decode(t, get(t, h, "/api/search?q=Lavrov"), &struct{ Hits []hitJSON }{})
	decode(t, get(t, h, "/api/articles"), &list)
	id := ""
	for _, a := range list.Articles {
		if a.Source == "hostile.html" {
			id = a.ID
		}
	}
	if id == "" {
		t.Fatal("hostile article not stored")
	}
	full := get(t, h, "/api/articles/"+id)
	if full.Code != 200 {
		t.Fatalf("article = %d %s", full.Code, full.Body)
	}
	var got articleJSON
	decode(t, full, &got)
	if !strings.Contains(got.Article.Title+got.Article.Body, "<script>") {
		t.Fatalf("the test needs markup in the article text; title %q", got.Article.Title)
	}
	if len(got.Events) == 0 || len(got.Article.Events) == 0 {
		t.Errorf("article without its events: %d merged, %d mentions", len(got.Events), len(got.Article.Events))
	}
	if strings.Contains(full.Body.String(), `"raw"`) {
		t.Error("the article's raw input is served")
	}
	for _, target := range []string{"/api/articles/" + id, "/api/articles", "/api/search?q=Lavrov",
		"/api/events?actor=Lavrov", "/api/timeline?actor=Lavrov", "/api/stories?min_events=1", "/api/positions?actor=Russia"} {
		body := get(t, h, target).Body.Bytes()
		for _, raw := range []string{"<script", "</script", "<img", "<iframe"} {
			if bytes.Contains(bytes.ToLower(body), []byte(raw)) {
				t.Errorf("GET %s has raw %q", target, raw)
			}
		}
	}
}
