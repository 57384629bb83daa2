package source

import (
	"bufio"
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/article"
)

// fuzzSeeds are inputs of every shape the readers meet.
func fuzzSeeds(f *testing.F) {
	for _, name := range []string{"records.jsonl", "records.json", "article.txt", "page.html"} {
		f.Add(readTestdata(f, name))
	}
	for _, s := range []string{
		"", "\n", "{}", "[]", "[", "{", `{"text":"a"}`, `{"html":5}`, `{"authors":{"name":3}}`, `[1,{"text":"x"},null]`,
		"\xEF\xBB\xBF{\"text\":\"bom\"}", "\xFF\xFEa\x00", "\xFE\xFF\x00a\xD8", "<p>x</p>", "%PDF-1", "\x1f\x8b\x08",
		`{"text":"a"}{"text":"b"}`, `{"content":"<!doctype html>"}` + "\n" + `{"text":"\u0000"}`,
	} {
		f.Add([]byte(s))
	}
	f.Add(gz(f, []byte(`{"text":"zipped"}`+"\n")))
}

// checkFuzzYield fails on any yield that is neither a sound Document nor an
// *Error with an origin.
func checkFuzzYield(t *testing.T, doc Document, err error, origin string) {
	res := checkYield(t, doc, err)
	if !strings.HasPrefix(res.Origin, origin) {
		t.Fatalf("origin %q does not name the input %q", res.Origin, origin)
	}
	if err == nil && doc.Format == article.FormatText && !utf8.Valid(doc.Data) {
		t.Fatalf("%s: text is not valid UTF-8", doc.Origin)
	}
}

func FuzzJSONL(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		r := &run{ctx: context.Background(), max: 1 << 16, yield: func(doc Document, err error) bool {
			n++
			checkFuzzYield(t, doc, err, "f.jsonl")
			return true
		}}
		r.jsonl("f.jsonl", bufio.NewReader(bytes.NewReader(data)), false, 0)
		if n == 0 {
			t.Fatalf("no yield for %q: every input gives a document or an error", data)
		}
	})
}

func FuzzSniff(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		for doc, err := range Read(context.Background(), []string{"-"}, Options{MaxBytes: 1 << 16, Stdin: bytes.NewReader(data)}) {
			n++
			checkFuzzYield(t, doc, err, "-")
		}
		if n == 0 {
			t.Fatalf("no yield for %q: every input gives a document or an error", data)
		}
	})
}
