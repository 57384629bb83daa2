package ui

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/chronicle-news/chronicle/internal/record"
)

// Hostile metadata typed into the ingest form beside hostile.txt.
var hostileFields = url.Values{
	"title":     {`<script>alert("t")</script></title><img src=x onerror=alert(7)>`},
	"url":       {`javascript:alert(8)`},
	"outlet":    {`"><img src=x onerror=alert(9)><a href="javascript:alert(10)">`},
	"published": {"2025-04-09"},
}

// hostilePage is an HTML document whose metadata and body are all tricks.
const hostilePage = `<!doctype html><html><head><title>&lt;script&gt;alert(11)&lt;/script&gt; Fidan meets Gerapetritis</title>
<meta property="og:site_name" content="&quot;&gt;&lt;svg onload=alert(12)&gt;">
<link rel="canonical" href="javascript:alert(13)">
<meta property="article:published_time" content="2025-04-10T09:00:00Z"></head>
<body><article><h1>&lt;img src=x onerror=alert(14)&gt; Ministers meet</h1>
<p>Turkish Foreign Minister Hakan Fidan met Greek Foreign Minister Giorgos Gerapetritis in Ankara on Thursday &lt;/textarea&gt;&lt;script&gt;alert(15)&lt;/script&gt; to discuss the Aegean Sea and fishing rights.</p>
<p>The two ministers agreed to hold more talks in Athens in June {{.Token}} &lt;a href="javascript:alert(16)"&gt;x&lt;/a&gt; and to keep the hotline open.</p>
<p>Greece would ask the European Union to fund a joint fishery programme, Gerapetritis told reporters after the meeting in the Turkish capital.</p>
</article></body></html>`

// assertInert fails when a page has an element or attribute that could run
// script: the pages themselves use no script, img, iframe, event handler
// or javascript: URL, so any of them came from the article.
func assertInert(t *testing.T, where, page string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "script", "img", "iframe", "object", "embed", "base", "meta":
				if tok.Data == "meta" && !strings.Contains(tok.String(), "onerror") && len(tok.Attr) <= 2 {
					continue // the layout's own charset/viewport/color-scheme
				}
				t.Errorf("%s: element %s", where, tok.String())
			}
			for _, a := range tok.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("%s: event handler %s", where, tok.String())
				}
				if (a.Key == "href" || a.Key == "src" || a.Key == "action" || a.Key == "xlink:href") &&
					(strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:")) {
					t.Errorf("%s: script URL %s", where, tok.String())
				}
			}
		}
	}
}

func TestHostileArticle(t *testing.T) {
	rec := newRecord(t)
	ingestFiles(t, rec, "testdata/ankara-talks.txt")
	h := newHandler(t, rec, testToken)
	text, err := os.ReadFile("testdata/hostile.txt")
	if err != nil {
		t.Fatal(err)
	}
	fields := url.Values{"text": {string(text)}, "token": {testToken}}
	for k, v := range hostileFields {
		fields[k] = v
	}
	resp := postForm(t, h, fields, map[string][]byte{`"><img src=x onerror=alert(17)>.html`: []byte(hostilePage)}, nil)
	result := readAll(t, resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("ingest = %d\n%s", resp.StatusCode, result)
	}
	assertInert(t, "ingest result", result)
	ids := regexp.MustCompile(`href="/articles/([0-9a-f]{16})"`).FindAllStringSubmatch(result, -1)
	if len(ids) < 2 {
		t.Fatalf("want both hostile documents stored:\n%s", result)
	}
	pages := []string{"/", "/timeline", "/timeline?actor=Hakan+Fidan", "/search?q=alert", "/search?q=Ankara+Aegean",
		"/actors/Hakan%20Fidan", "/actors/Greece", "/map", "/stories", "/ingest"}
	for _, id := range ids {
		pages = append(pages, "/articles/"+id[1])
	}
	evs, err := rec.Events(context.Background(), record.Query{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		pages = append(pages, "/events/"+e.ID)
		for _, m := range e.Mentions {
			pages = append(pages, citeURL(m.Article, m.Event.Span))
		}
	}
	ss, _ := rec.Stories(context.Background(), record.Query{}, 1)
	for _, s := range ss {
		pages = append(pages, "/stories/"+s.ID)
	}
	sawScriptText := false
	for _, p := range pages {
		status, body := get(t, h, p)
		if status != http.StatusOK {
			t.Errorf("GET %s = %d", p, status)
			continue
		}
		assertInert(t, p, body)
		if strings.Contains(body, "&lt;script&gt;") {
			sawScriptText = true
		}
	}
	if !sawScriptText {
		t.Error("the hostile text is shown nowhere, escaped: the test is not testing")
	}
}

// A form sent back with a problem shows what was typed, escaped, in its
// inputs and textarea.
func TestIngestFormEchoEscaped(t *testing.T) {
	h := newHandler(t, newRecord(t), testToken)
	fields := url.Values{"token": {testToken}, "text": {"  "}}
	for k, v := range hostileFields {
		fields[k] = v
	}
	resp := postForm(t, h, fields, nil, nil)
	body := readAll(t, resp.Body)
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("empty ingest = %d", resp.StatusCode)
	}
	assertInert(t, "ingest form", body)
	if !strings.Contains(body, "&lt;script&gt;") {
		t.Error("the typed title is not shown back")
	}
}
