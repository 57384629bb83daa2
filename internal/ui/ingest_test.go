package ui

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
)

func TestIngestTokens(t *testing.T) {
	text, err := os.ReadFile("testdata/cairo-ceasefire.txt")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("disabled", func(t *testing.T) {
		h := newHandler(t, newRecord(t), "")
		if _, body := get(t, h, "/ingest"); !strings.Contains(body, "chronicle serve --token") || !strings.Contains(body, "disabled") {
			t.Errorf("read-only ingest form does not explain how to enable writes")
		}
		resp := postForm(t, h, url.Values{"text": {string(text)}, "token": {"anything"}}, nil, nil)
		if body := readAll(t, resp.Body); resp.StatusCode != http.StatusForbidden || !strings.Contains(body, "--token") {
			t.Errorf("POST with writes disabled = %d\n%s", resp.StatusCode, body)
		}
	})
	t.Run("wrong token", func(t *testing.T) {
		h := newHandler(t, newRecord(t), testToken)
		for _, tok := range []string{"", "wrong", testToken + "x", strings.ToUpper(testToken)} {
			resp := postForm(t, h, url.Values{"text": {string(text)}, "token": {tok}}, nil, nil)
			if resp.StatusCode != http.StatusUnauthorized || len(resp.Cookies()) != 0 {
				t.Errorf("token %q = %d, cookies %v", tok, resp.StatusCode, resp.Cookies())
			}
		}
		resp := postForm(t, h, url.Values{"text": {string(text)}}, nil, &http.Cookie{Name: tokenCookie, Value: "forged"})
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("forged cookie = %d", resp.StatusCode)
		}
	})
	t.Run("token then cookie", func(t *testing.T) {
		h := newHandler(t, newRecord(t), testToken)
		resp := postForm(t, h, url.Values{"text": {string(text)}, "token": {testToken}, "published": {"2025-05-22"}}, nil, nil)
		body := readAll(t, resp.Body)
		if resp.StatusCode != http.StatusOK || !strings.Contains(body, "stored as") || !strings.Contains(body, "<details") {
			t.Fatalf("ingest = %d\n%s", resp.StatusCode, body)
		}
		var c *http.Cookie
		for _, k := range resp.Cookies() {
			if k.Name == tokenCookie {
				c = k
			}
		}
		if c == nil || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/" {
			t.Fatalf("token cookie = %+v", c)
		}
		if _, form := get(t, h, "/ingest"); !strings.Contains(form, `name="token"`) {
			t.Error("the form without the cookie must ask for the token")
		}
		// With the cookie, the same text again is recognised, not stored twice.
		resp = postForm(t, h, url.Values{"text": {string(text)}, "published": {"2025-05-22"}}, nil, c)
		if body := readAll(t, resp.Body); resp.StatusCode != http.StatusOK || !strings.Contains(body, "already stored") {
			t.Errorf("ingest with cookie = %d\n%s", resp.StatusCode, body)
		}
	})
}

func TestIngestDocuments(t *testing.T) {
	h := newHandler(t, newRecord(t), testToken)
	good, err := os.ReadFile("testdata/ankara-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	resp := postForm(t, h, url.Values{"token": {testToken}}, map[string][]byte{
		"ankara.txt": good,
		"empty.txt":  nil,
		"blob.bin":   []byte("\x00\x01\x02PK\x03\x04binary"),
	}, nil)
	body := readAll(t, resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("ingest = %d\n%s", resp.StatusCode, body)
	}
	if strings.Count(body, `class="failed"`) != 2 || strings.Count(body, `class="stored"`) != 1 {
		t.Errorf("want one stored and two failed outcomes:\n%s", body)
	}
	resp = postForm(t, h, url.Values{"token": {testToken}}, nil, nil)
	if body := readAll(t, resp.Body); resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "Paste the text") {
		t.Errorf("nothing to ingest = %d", resp.StatusCode)
	}
}

func TestIngestTooLarge(t *testing.T) {
	h := newHandler(t, newRecord(t), testToken)
	big := bytes.Repeat([]byte("a"), MaxUpload+1024)
	resp := postForm(t, h, url.Values{"token": {testToken}}, map[string][]byte{"big.txt": big}, nil)
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized upload = %d, want 413", resp.StatusCode)
	}
	// A body that is not a form at all.
	r := httptest.NewRequest(http.MethodPost, "/ingest", strings.NewReader("token="+testToken))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusBadRequest {
		t.Errorf("urlencoded form without text = %d, want 400", w.Code)
	}
}
