package warc

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/source"
)

// collect reads everything and returns the pages' URLs and the errors'
// messages.
func collect(t *testing.T, data []byte, opt Options) (urls []string, errs []error, r *Reader) {
	t.Helper()
	r = NewReader(bytes.NewReader(data), "crawl.warc.gz", opt)
	for i := 0; i < 1000; i++ {
		rec, err := r.Next()
		if err == io.EOF {
			return urls, errs, r
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		urls = append(urls, rec.URL)
	}
	t.Fatal("Next never returned io.EOF")
	return
}

func TestReadLayouts(t *testing.T) {
	recs := mixedRecords()
	for _, l := range []layout{plain, perRecord, oneStream} {
		t.Run(fmt.Sprint(l), func(t *testing.T) {
			data, offs := buildWARC(t, recs, l)
			r := NewReader(bytes.NewReader(data), "crawl.warc", Options{})
			var got []Record
			for rec, err := range r.All(context.Background()) {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, rec)
			}
			if len(got) != 4 {
				t.Fatalf("got %d pages, want 4", len(got))
			}
			for i, rec := range got {
				n := i + 1
				idx := 2 * n // warcinfo, then request/response pairs
				if i == 3 {
					idx = len(recs) - 1
				}
				if rec.URL != fmt.Sprintf("https://news.example.org/story-%d", n) || rec.ID != recordID(idx) ||
					rec.Offset != offs[idx] || rec.Status != 200 || rec.Charset != "utf-8" || string(rec.Body) != htmlPage(n) ||
					rec.Date.IsZero() {
					t.Errorf("page %d: %+v (want offset %d)", n, rec, offs[idx])
				}
			}
			if st := r.Stats(); st.Records != len(recs) || st.Pages != 4 || st.Skipped != len(recs)-4 || st.Failures != 0 {
				t.Errorf("stats %+v", st)
			}
			if r.Offset() != int64(len(data)) {
				t.Errorf("Offset() = %d at the end, want %d", r.Offset(), len(data))
			}
		})
	}
}

func TestBodyEncodings(t *testing.T) {
	page := htmlPage(9)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(page))
	zw.Close()
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(page), page)
	latin := "<html><body><p>Caf\xe9 diplomacy</p></body></html>"
	tests := []struct {
		name    string
		headers map[string]string
		body    string
		want    string
	}{
		{"gzip", map[string]string{"Content-Type": "text/html", "Content-Encoding": "gzip"}, gz.String(), page},
		{"gzip-already-decoded", map[string]string{"Content-Type": "text/html", "Content-Encoding": "gzip"}, page, page},
		{"chunked", map[string]string{"Content-Type": "text/html", "Transfer-Encoding": "chunked"}, chunked, page},
		{"chunked-already-decoded", map[string]string{"Content-Type": "text/html", "Transfer-Encoding": "chunked"}, page, page},
		{"no-type", map[string]string{}, page, page},
		{"xhtml", map[string]string{"Content-Type": "application/xhtml+xml"}, page, page},
		{"latin1", map[string]string{"Content-Type": "text/html; charset=ISO-8859-1"}, latin, "\xEF\xBB\xBF<html><body><p>Café diplomacy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, _ := buildWARC(t, []testRecord{{typ: "response", uri: "https://x.example/" + tt.name, block: httpResponse(200, tt.headers, tt.body)}}, perRecord)
			urls, errs, r := collect(t, data, Options{})
			if len(errs) > 0 || len(urls) != 1 {
				t.Fatalf("urls %v errs %v", urls, errs)
			}
			_ = r
			rec, _ := NewReader(bytes.NewReader(data), "x.warc.gz", Options{}).Next()
			doc := rec.Document("x.warc.gz@0")
			if !strings.HasPrefix(string(doc.Data), tt.want) || doc.Format != article.FormatHTML || doc.Hints.URL != "https://x.example/"+tt.name {
				t.Errorf("doc %q %s %q", doc.Data, doc.Format, doc.Hints.URL)
			}
		})
	}
}

func TestMaxRecordSize(t *testing.T) {
	recs := []testRecord{pageRecord(1), pageRecord(2), pageRecord(3)}
	recs[1].block = httpResponse(200, map[string]string{"Content-Type": "text/html"}, strings.Repeat("<p>long</p>", 500))
	for _, l := range []layout{plain, perRecord} {
		data, _ := buildWARC(t, recs, l)
		urls, errs, _ := collect(t, data, Options{MaxRecordSize: 2048})
		if len(urls) != 2 || len(errs) != 1 || !errors.Is(errs[0], source.ErrTooLarge) || !strings.Contains(errs[0].Error(), recordID(1)) {
			t.Errorf("layout %d: urls %v errs %v", l, urls, errs)
		}
	}
}

func TestReadFile(t *testing.T) {
	data, offs := buildWARC(t, mixedRecords(), perRecord)
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var last, total int64
	var origins []string
	for doc, err := range Read(context.Background(), path, Options{}, func(d, n int64) { last, total = d, n }) {
		if err != nil {
			t.Fatal(err)
		}
		origins = append(origins, doc.Origin)
	}
	if len(origins) != 4 || origins[0] != fmt.Sprintf("%s@%d", path, offs[2]) {
		t.Errorf("origins %v", origins)
	}
	if last != int64(len(data)) || total != int64(len(data)) {
		t.Errorf("progress %d/%d, want %d", last, total, len(data))
	}
	if !IsWARC("CC-NEWS-20250602.warc.gz") || !IsWARC("a.WARC") || IsWARC("a.warc.json") {
		t.Error("IsWARC")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, err := range Read(ctx, path, Options{}, nil) {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled: %v", err)
		}
	}
}
