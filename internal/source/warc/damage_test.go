package warc

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/source"
)

// TestDamage checks that every kind of damage is reported with the file,
// the record's offset and ID where known, and that the good records around
// it are read.
func TestDamage(t *testing.T) {
	good := func(ns ...int) []testRecord {
		var out []testRecord
		for _, n := range ns {
			out = append(out, pageRecord(n))
		}
		return out
	}
	type check struct {
		urls    int
		errs    int
		errWant string
	}
	tests := []struct {
		name  string
		build func(t *testing.T) []byte
		want  check
	}{
		{"truncated-gzip", func(t *testing.T) []byte {
			data, offs := buildWARC(t, good(1, 2, 3), perRecord)
			return data[:offs[2]+40]
		}, check{2, 1, "record at byte"}},
		{"corrupt-member", func(t *testing.T) []byte {
			data, offs := buildWARC(t, good(1, 2, 3), perRecord)
			data = bytes.Clone(data)
			for i := offs[1] + 20; i < offs[1]+60; i++ {
				data[i] ^= 0x5a
			}
			return data
		}, check{2, 1, "gzip"}},
		{"garbage-between-members", func(t *testing.T) []byte {
			data, offs := buildWARC(t, good(1, 2), perRecord)
			return slicesConcat(data[:offs[1]], []byte("this is not gzip at all\n"), data[offs[1]:])
		}, check{2, 1, "garbage"}},
		{"garbage-between-records", func(t *testing.T) []byte {
			data, offs := buildWARC(t, good(1, 2), plain)
			return slicesConcat(data[:offs[1]], []byte("stray line\r\nanother\r\n"), data[offs[1]:])
		}, check{2, 1, "garbage"}},
		{"content-length-too-long", func(t *testing.T) []byte {
			recs := good(1, 2, 3)
			recs[1].clDelta = 50
			data, _ := buildWARC(t, recs, plain)
			return data
		}, check{2, 1, recordID(1)}},
		{"content-length-too-short", func(t *testing.T) []byte {
			recs := good(1, 2, 3)
			recs[1].clDelta = -30
			data, _ := buildWARC(t, recs, perRecord)
			return data
		}, check{2, 1, recordID(1)}},
		{"garbage-after-trailerless-record", func(t *testing.T) []byte {
			first := bytes.TrimSuffix(pageRecord(1).encode(0), []byte("\r\n\r\n"))
			return slicesConcat(gzipBytes(t, first), []byte("junk junk junk"), gzipBytes(t, pageRecord(2).encode(1)))
		}, check{2, 1, "garbage"}},
		{"truncated-plain", func(t *testing.T) []byte {
			data, _ := buildWARC(t, good(1, 2), plain)
			return data[:len(data)-100]
		}, check{1, 1, "truncated"}},
		{"bad-content-length", func(t *testing.T) []byte {
			data, _ := buildWARC(t, good(1, 2, 3), plain)
			return bytes.Replace(data, []byte("Content-Length: "), []byte("Content-Length: x"), 1)
		}, check{2, 1, "Content-Length"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			urls, errs, _ := collect(t, tt.build(t), Options{})
			if len(urls) != tt.want.urls || len(errs) != tt.want.errs {
				t.Fatalf("got %d pages %v and %d errors %v; want %d and %d", len(urls), urls, len(errs), errs, tt.want.urls, tt.want.errs)
			}
			for _, err := range errs {
				var se *source.Error
				if !errors.As(err, &se) || se.Origin != "crawl.warc.gz" || !strings.Contains(err.Error(), tt.want.errWant) {
					t.Errorf("error %q: want a *source.Error naming the file and %q", err, tt.want.errWant)
				}
			}
		})
	}
}

func slicesConcat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func TestNotWARC(t *testing.T) {
	for name, data := range map[string][]byte{
		"html":    []byte("<!doctype html><html></html>"),
		"gzipped": gzipBytes(t, []byte("just some text\nmore text\n")),
		"empty":   nil,
	} {
		_, errs, _ := collect(t, data, Options{})
		if len(errs) != 1 {
			t.Errorf("%s: errors %v, want one", name, errs)
			continue
		}
		want := ErrNotWARC
		if name == "empty" {
			want = source.ErrEmpty
		}
		if !errors.Is(errs[0], want) {
			t.Errorf("%s: %v, want %v", name, errs[0], want)
		}
	}
}
