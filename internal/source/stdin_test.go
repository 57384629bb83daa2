package source

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
)

func TestReadStdin(t *testing.T) {
	html := "<!DOCTYPE html><html><body><p>Talks.</p></body></html>"
	tests := []struct {
		name  string
		input []byte
		want  []want
	}{
		{"text", []byte("Talks resumed.\n"), []want{{Origin: "-", Format: article.FormatText, Data: "Talks resumed.\n"}}},
		{"html", []byte(html), []want{{Origin: "-", Format: article.FormatHTML, Data: html}}},
		{"gzip html", gz(t, []byte(html)), []want{{Origin: "-", Format: article.FormatHTML, Data: html}}},
		{"jsonl", []byte("{\"text\":\"one\"}\n\n{\"text\":\"two\"}\n"),
			[]want{{Origin: "-:1", Format: article.FormatText, Data: "one"}, {Origin: "-:3", Format: article.FormatText, Data: "two"}}},
		{"jsonl after blank lines", []byte("\n \n{\"text\":\"one\"}\n{\"text\":\"two\"}"),
			[]want{{Origin: "-:3", Format: article.FormatText, Data: "one"}, {Origin: "-:4", Format: article.FormatText, Data: "two"}}},
		{"gzip jsonl", gz(t, []byte("{\"text\":\"one\"}\n{bad\n")),
			[]want{{Origin: "-:1", Format: article.FormatText, Data: "one"}, {Origin: "-:2", Is: ErrRecord}}},
		{"json array", []byte(`[{"text":"one"}]`), []want{{Origin: "-:1", Format: article.FormatText, Data: "one"}}},
		{"pretty json object", []byte("{\n\"html\": \"<p>x</p>\"\n}"), []want{{Origin: "-", Format: article.FormatHTML, Data: "<p>x</p>"}}},
		{"text in brackets", []byte("[Updated] Talks resumed.\n"), []want{{Origin: "-", Format: article.FormatText, Data: "[Updated] Talks resumed.\n"}}},
		{"text in braces", []byte("{draft} Talks resumed.\n"), []want{{Origin: "-", Format: article.FormatText}}},
		{"json array of scalars", []byte("[1, 2]"), []want{{Origin: "-", Format: article.FormatText, Data: "[1, 2]"}}},
		{"empty", nil, []want{{Origin: "-", Is: ErrEmpty}}},
		{"binary", []byte("%PDF-1.4"), []want{{Origin: "-", Is: ErrBinary, Text: "PDF"}}},
		{"corrupt gzip", gz(t, []byte(html))[:15], []want{{Origin: "-", Is: ErrCorrupt}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(t, []string{"-"}, Options{Stdin: bytes.NewReader(tt.input)})
			checkResults(t, "", got, tt.want)
		})
	}
}

// failingReader returns data, then an I/O error.
type failingReader struct{ r io.Reader }

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("device unplugged")
	}
	return n, err
}

func TestReadStdinFailure(t *testing.T) {
	got := collect(t, []string{"-"}, Options{Stdin: &failingReader{strings.NewReader("some text")}})
	checkResults(t, "", got, []want{{Origin: "-", Text: "reading: device unplugged"}})
}
