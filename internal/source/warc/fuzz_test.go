package warc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/chronicle-news/chronicle/internal/source"
)

func FuzzReader(f *testing.F) {
	for _, l := range []layout{plain, perRecord, oneStream} {
		data, _ := buildWARC(f, mixedRecords(), l)
		f.Add(data)
		f.Add(data[:len(data)/2])
	}
	bad := []testRecord{pageRecord(1), pageRecord(2)}
	bad[0].clDelta = 9
	data, _ := buildWARC(f, bad, plain)
	f.Add(data)
	for _, s := range []string{"", "WARC/1.0\r\n\r\n", "WARC/1.1\r\nContent-Length: 5\r\n\r\nabc", "\x1f\x8b\x08", "WARC/1.0\r\n  cont\r\n\r\n",
		"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 14\r\n\r\nHTTP/1.1 200 \n\r\n\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data), "f.warc", Options{MaxRecordSize: 1 << 16, MaxBodySize: 1 << 16})
		for i := 0; ; i++ {
			if i > len(data)+10 {
				t.Fatalf("no end after %d calls on %d bytes", i, len(data))
			}
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				var se *source.Error
				if !errors.As(err, &se) || se.Origin != "f.warc" {
					t.Fatalf("error %v does not name the file", err)
				}
				continue
			}
			if rec.Status < 200 || rec.Status > 299 || len(rec.Body) == 0 {
				t.Fatalf("bad record returned: %+v", rec)
			}
		}
		if off := r.Offset(); off < 0 || off > int64(len(data)) {
			t.Fatalf("Offset %d outside 0..%d", off, len(data))
		}
	})
}

// BenchmarkReader measures the throughput on compressed input, as MB/s of
// the .warc.gz file, with CC-NEWS-like pages of about 60 KB.
func BenchmarkReader(b *testing.B) {
	var recs []testRecord
	for n := range 200 {
		page := benchPage(n)
		recs = append(recs,
			testRecord{typ: "request", uri: "https://news.example.org/x", block: "GET /x HTTP/1.1\r\nHost: news.example.org\r\n\r\n"},
			testRecord{typ: "response", uri: "https://news.example.org/x", block: httpResponse(200, map[string]string{"Content-Type": "text/html; charset=utf-8"}, string(page))})
	}
	for _, tc := range []struct {
		name string
		l    layout
	}{{"gzip", perRecord}, {"plain", plain}} {
		data, _ := buildWARC(b, recs, tc.l)
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				r := NewReader(bytes.NewReader(data), "bench.warc", Options{})
				pages := 0
				for {
					_, err := r.Next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					pages++
				}
				if pages != 200 {
					b.Fatalf("%d pages", pages)
				}
			}
		})
	}
}

// benchPage is a 60 KB page of varied words, which compresses about as
// well as real HTML (3 to 5 times), unlike a repeated paragraph.
func benchPage(n int) []byte {
	words := []string{"minister", "talks", "ceasefire", "delegation", "Geneva", "said", "on", "Monday", "the", "of",
		"agreement", "sanctions", "envoy", "border", "president", "statement", "forces", "region", "vote", "council"}
	var b bytes.Buffer
	b.WriteString(htmlPage(n))
	x := uint32(n*2654435761 + 1)
	for b.Len() < 60<<10 {
		b.WriteString("<p>")
		for range 40 {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			b.WriteString(words[x%uint32(len(words))])
			fmt.Fprintf(&b, " %d ", x%1000)
		}
		b.WriteString("</p>\n")
	}
	return b.Bytes()
}
