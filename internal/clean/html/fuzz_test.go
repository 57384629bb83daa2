package html

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary bytes to Extract: it must never panic, must
// return either a page or an error, and everything it returns must be
// valid UTF-8.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<html><body><p>"))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"author":{"name":{"name":1}}}]}</script>`))
	f.Add([]byte("<meta charset=utf-16le><table><tr><td><table><tr><td><p>x</table>"))
	f.Add([]byte("\xFE\xFF\x00<\x00p\x00>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Extract(context.Background(), data, "https://fuzz.example/a/2020/01/02/")
		if err != nil {
			if errors.Is(err, ErrExtractor) {
				t.Logf("extractor failure reported: %v", err)
			}
			return
		}
		if p.Body == "" {
			t.Fatal("nil error with an empty body")
		}
		for _, s := range append([]string{p.Title, p.Body, p.SiteName, p.Language, p.URL, p.Description}, p.Authors...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output: %q", s)
			}
		}
	})
}

// FuzzParseDate checks the date reader on arbitrary strings.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-03-05T14:30:00+01:00", "Tue, 05 Mar 2024 14:30:00 GMT", "20240305T143000Z", "March 5, 2024", "2024-03-05 14:30 PST"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := parseDate(s)
		if !p.IsZero() && (p.Time.Year() < 1990 || p.Time.Year() > 2100) {
			t.Fatalf("parseDate(%q) = %v out of range", s, p)
		}
	})
}
