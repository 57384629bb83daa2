package cli

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// livePage is an article page written for these tests.
const livePage = `<!doctype html><html><head><title>Foreign ministers meet in Ankara</title>
<meta property="article:published_time" content="2025-03-04T09:00:00+03:00"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Foreign ministers meet in Ankara</h1>
<p>Turkish Foreign Minister Hakan Fidan met his Ukrainian counterpart Andrii Sybiha in Ankara on Tuesday to discuss
a possible venue for peace talks, the Turkish foreign ministry said.</p>
<p>The two ministers also talked about grain shipments across the Black Sea and the exchange of prisoners, according
to a statement released after the meeting, which lasted about two hours.</p>
<p>Sybiha thanked Turkey for its support and said Kyiv would keep working with Ankara on humanitarian questions.</p>
</article><footer>All rights reserved</footer></body></html>`

// TestIngestURL fetches a page from a local server: refused by default
// (loopback), stored with --allow-private, with its events.
func TestIngestURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, livePage)
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "c.db")
	code, _, stderr := run(t, "", "--db", db, "ingest", srv.URL+"/ankara")
	if code != 1 || !strings.Contains(stderr, srv.URL+"/ankara") || !strings.Contains(stderr, "loopback") {
		t.Fatalf("loopback URL: exit %d, %s", code, stderr)
	}
	code, _, stderr = run(t, "", "--db", db, "ingest", "--allow-private", srv.URL+"/ankara", srv.URL+"/missing")
	if code != 1 || !strings.Contains(stderr, "1 new") || !strings.Contains(stderr, srv.URL+"/missing") {
		t.Fatalf("ingest URLs: exit %d, %s", code, stderr)
	}
	_, out, _ := run(t, "", "--db", db, "events", "--format", "csv")
	if !strings.Contains(out, "CONSULT") || !strings.Contains(out, "Hakan Fidan") {
		t.Errorf("events of the fetched page:\n%s", out)
	}
}

// warcRecord writes one gzip member holding a WARC response record.
func warcRecord(t *testing.T, buf *bytes.Buffer, uri, body string) {
	t.Helper()
	http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
		fmt.Sprint(len(body)) + "\r\n\r\n" + body
	rec := "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
		"\r\nWARC-Date: 2025-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + fmt.Sprintf("%08d", buf.Len()) +
		"-0000-0000-0000-000000000000>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
		fmt.Sprint(len(http)) + "\r\n\r\n" + http + "\r\n\r\n"
	zw := gzip.NewWriter(buf)
	if _, err := zw.Write([]byte(rec)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestIngestWARC streams a small crawl file: two pages stored, a truncated
// last member reported with the file's name, the pages before it kept.
func TestIngestWARC(t *testing.T) {
	var buf bytes.Buffer
	warcRecord(t, &buf, "https://news.example/ankara", livePage)
	warcRecord(t, &buf, "https://news.example/ankara-2", strings.Replace(livePage, "two hours", "three hours", 1))
	good := buf.Len()
	warcRecord(t, &buf, "https://news.example/cut", livePage)
	dir := t.TempDir()
	path := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(path, buf.Bytes()[:good+40], 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "c.db")
	code, _, stderr := run(t, "", "--db", db, "ingest", path)
	if code != 1 || !strings.Contains(stderr, "2 new") || !strings.Contains(stderr, path) {
		t.Fatalf("ingest WARC: exit %d, %s", code, stderr)
	}
	_, out, _ := run(t, "", "--db", db, "articles", "--format", "json")
	if !strings.Contains(out, "https://news.example/ankara") {
		t.Errorf("stored articles lack the pages' URLs:\n%s", out)
	}
}

// TestWatchOnce polls an RSS feed on a local server once: its one new item
// is fetched and stored; a second poll stores nothing again.
func TestWatchOnce(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
<item><title>Foreign ministers meet in Ankara</title><link>%s/ankara</link><guid>ankara-1</guid>
<pubDate>Tue, 04 Mar 2025 09:00:00 +0300</pubDate></item></channel></rss>`, srv.URL)
		case "/ankara":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, livePage)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	args := []string{"--db", filepath.Join(dir, "c.db"), "watch", "--once", "--allow-private",
		"--seen", filepath.Join(dir, "seen.json"), srv.URL + "/feed.xml"}
	code, _, stderr := run(t, "", args...)
	if code != 0 || !strings.Contains(stderr, "1 new articles stored") {
		t.Fatalf("first poll: exit %d, %s", code, stderr)
	}
	code, _, stderr = run(t, "", args...)
	if code != 0 || !strings.Contains(stderr, "0 new articles stored") {
		t.Fatalf("second poll: exit %d, %s", code, stderr)
	}
}
