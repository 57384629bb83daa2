package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

// testRecord is a WARC record for the test files: its type, target and
// content block.
type testRecord struct {
	typ, uri, block string
	// clDelta is added to the true Content-Length, to write a lying one.
	clDelta int
}

// recordID is a deterministic WARC-Record-ID for the i-th test record.
func recordID(i int) string {
	return fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", i)
}

// encode writes one record the way crawlers do: WARC/1.1 header, CRLF line
// endings, the block, CRLF CRLF.
func (tr testRecord) encode(i int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: %s\r\nWARC-Date: 2025-06-02T08:%02d:00Z\r\n", tr.typ, recordID(i), i%60)
	if tr.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", tr.uri)
	}
	switch tr.typ {
	case "response":
		b.WriteString("Content-Type: application/http; msgtype=response\r\n")
	case "request":
		b.WriteString("Content-Type: application/http; msgtype=request\r\n")
	case "warcinfo":
		b.WriteString("Content-Type: application/warc-fields\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(tr.block)+tr.clDelta, tr.block)
	return b.Bytes()
}

// httpResponse builds an HTTP response block.
func httpResponse(status int, headers map[string]string, body string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "HTTP/1.1 %d Status\r\n", status)
	for k, v := range headers {
		fmt.Fprintf(&b, "%s: %s\r\n", k, v)
	}
	b.WriteString("\r\n" + body)
	return b.String()
}

// htmlPage is an article page with a distinct sentence.
func htmlPage(n int) string {
	return fmt.Sprintf("<!doctype html><html><head><title>Report %d</title></head><body><article><p>Ministers met for round %d of the talks.</p></article></body></html>", n, n)
}

// pageRecord is a 200 text/html response for page n.
func pageRecord(n int) testRecord {
	return testRecord{typ: "response", uri: fmt.Sprintf("https://news.example.org/story-%d", n),
		block: httpResponse(200, map[string]string{"Content-Type": "text/html; charset=utf-8"}, htmlPage(n))}
}

// layout says how a test file is compressed.
type layout int

const (
	plain     layout = iota
	perRecord        // one gzip member a record, as CC-NEWS
	oneStream        // a single gzip member for the whole file
)

// buildWARC writes records in a layout and returns the file and the
// offset where each record (or its member) starts.
func buildWARC(t testing.TB, recs []testRecord, l layout) ([]byte, []int64) {
	t.Helper()
	var out bytes.Buffer
	var offs []int64
	var all bytes.Buffer
	for i, tr := range recs {
		enc := tr.encode(i)
		switch l {
		case plain:
			offs = append(offs, int64(out.Len()))
			out.Write(enc)
		case perRecord:
			offs = append(offs, int64(out.Len()))
			out.Write(gzipBytes(t, enc))
		case oneStream:
			offs = append(offs, 0)
			all.Write(enc)
		}
	}
	if l == oneStream {
		out.Write(gzipBytes(t, all.Bytes()))
	}
	return out.Bytes(), offs
}

// gzipBytes compresses b as one gzip member.
func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// mixedRecords is a crawl: warcinfo, then request/response pairs, with a
// redirect, a PDF and a 404 among the pages.
func mixedRecords() []testRecord {
	recs := []testRecord{{typ: "warcinfo", block: "software: chronicle-test\r\nformat: WARC File Format 1.1\r\n"}}
	for n := 1; n <= 3; n++ {
		recs = append(recs, testRecord{typ: "request", uri: fmt.Sprintf("https://news.example.org/story-%d", n),
			block: "GET /story HTTP/1.1\r\nHost: news.example.org\r\n\r\n"}, pageRecord(n))
	}
	recs = append(recs,
		testRecord{typ: "response", uri: "https://news.example.org/old", block: httpResponse(301, map[string]string{"Location": "/new"}, "")},
		testRecord{typ: "response", uri: "https://news.example.org/a.pdf", block: httpResponse(200, map[string]string{"Content-Type": "application/pdf"}, "%PDF-1.4 ...")},
		testRecord{typ: "response", uri: "https://news.example.org/gone", block: httpResponse(404, map[string]string{"Content-Type": "text/html"}, "<html>gone</html>")},
		testRecord{typ: "metadata", uri: "https://news.example.org/story-3", block: "fetchTimeMs: 120\r\n"},
		pageRecord(4),
	)
	return recs
}
