package source

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
)

// want describes one expected yield. Origin is relative to the test's
// folder. For documents Data is the exact content when set; for errors Is
// and Text (a substring of the message) are checked.
type want struct {
	Origin string
	Format article.Format
	Data   string
	Hints  *Hints
	Is     error
	Text   string
}

func checkResults(t *testing.T, dir string, got []result, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, g := range got {
			t.Logf("got %s %s err=%v", g.Origin, g.Format, g.Err)
		}
		t.Fatalf("got %d results, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		g := got[i]
		origin := filepath.Join(dir, w.Origin)
		if g.Origin != origin {
			t.Errorf("#%d: origin %q, want %q", i, g.Origin, origin)
		}
		if w.Is != nil || w.Text != "" {
			if g.Err == nil {
				t.Errorf("#%d %s: got a %s document, want error %v", i, g.Origin, g.Format, w.Is)
				continue
			}
			if w.Is != nil && !errors.Is(g.Err, w.Is) {
				t.Errorf("#%d: error %q is not %v", i, g.Err, w.Is)
			}
			if !strings.Contains(g.Err.Error(), w.Text) {
				t.Errorf("#%d: error %q does not contain %q", i, g.Err, w.Text)
			}
			if !strings.HasPrefix(g.Err.Error(), origin+": ") {
				t.Errorf("#%d: error %q does not start with its origin", i, g.Err)
			}
			continue
		}
		if g.Err != nil {
			t.Errorf("#%d: unexpected error %v", i, g.Err)
			continue
		}
		if g.Format != w.Format {
			t.Errorf("#%d %s: format %q, want %q", i, g.Origin, g.Format, w.Format)
		}
		if w.Data != "" && g.Data != w.Data {
			t.Errorf("#%d %s: data %q, want %q", i, g.Origin, g.Data, w.Data)
		}
		if w.Hints != nil {
			gh, wh := g.Hints, *w.Hints
			if gh.URL != wh.URL || gh.Title != wh.Title || gh.Published != wh.Published || gh.Outlet != wh.Outlet ||
				strings.Join(gh.Authors, "|") != strings.Join(wh.Authors, "|") {
				t.Errorf("#%d %s: hints %+v, want %+v", i, g.Origin, gh, wh)
			}
		}
	}
}

func TestReadFiles(t *testing.T) {
	text := "Talks resumed in Geneva on Monday.\n"
	html := "<html><body><p>Talks resumed.</p></body></html>"
	utf16le := []byte{0xFF, 0xFE, 'K', 0, 'y', 0, 'i', 0, 'v', 0, ' ', 0, 0x16, 0x04, '\n', 0} // "Kyiv Ж\n"
	utf16be := []byte{0xFE, 0xFF, 0, 'O', 0, 'k', 0xD8, 0x3D, 0xDE, 0x00}                      // "Ok😀"
	jsonl := readTestdata(t, "records.jsonl")
	full := gz(t, []byte(strings.Repeat(text, 50)))
	tests := []struct {
		name  string
		files map[string][]byte
		input string
		max   int64
		want  []want
	}{
		{"text", map[string][]byte{"a.txt": []byte(text)}, "a.txt", 0,
			[]want{{Origin: "a.txt", Format: article.FormatText, Data: text}}},
		{"text extension", map[string][]byte{"a.text": []byte(text)}, "a.text", 0,
			[]want{{Origin: "a.text", Format: article.FormatText, Data: text}}},
		{"upper-case extension", map[string][]byte{"A.TXT": []byte(text)}, "A.TXT", 0,
			[]want{{Origin: "A.TXT", Format: article.FormatText, Data: text}}},
		{"html", map[string][]byte{"p.html": []byte(html)}, "p.html", 0,
			[]want{{Origin: "p.html", Format: article.FormatHTML, Data: html}}},
		{"htm", map[string][]byte{"p.htm": []byte(html)}, "p.htm", 0,
			[]want{{Origin: "p.htm", Format: article.FormatHTML, Data: html}}},
		{"xhtml", map[string][]byte{"p.xhtml": []byte(html)}, "p.xhtml", 0,
			[]want{{Origin: "p.xhtml", Format: article.FormatHTML, Data: html}}},
		{"text gz", map[string][]byte{"a.txt.gz": gz(t, []byte(text))}, "a.txt.gz", 0,
			[]want{{Origin: "a.txt.gz", Format: article.FormatText, Data: text}}},
		{"html gz", map[string][]byte{"p.html.gz": gz(t, []byte(html))}, "p.html.gz", 0,
			[]want{{Origin: "p.html.gz", Format: article.FormatHTML, Data: html}}},
		{"html saved as txt", map[string][]byte{"p.txt": []byte("\n<!DOCTYPE html>" + html)}, "p.txt", 0,
			[]want{{Origin: "p.txt", Format: article.FormatHTML}}},
		{"text starting with <", map[string][]byte{"a.txt": []byte("<b> is not a page\n")}, "a.txt", 0,
			[]want{{Origin: "a.txt", Format: article.FormatText}}},
		{"utf-8 bom stripped", map[string][]byte{"a.txt": append([]byte{0xEF, 0xBB, 0xBF}, text...)}, "a.txt", 0,
			[]want{{Origin: "a.txt", Format: article.FormatText, Data: text}}},
		{"utf-16le", map[string][]byte{"a.txt": utf16le}, "a.txt", 0,
			[]want{{Origin: "a.txt", Format: article.FormatText, Data: "Kyiv Ж\n"}}},
		{"utf-16be", map[string][]byte{"a.txt": utf16be}, "a.txt", 0,
			[]want{{Origin: "a.txt", Format: article.FormatText, Data: "Ok😀"}}},
		{"html keeps its own charset", map[string][]byte{"p.html": []byte("<html><p>Caf\xe9</p></html>")}, "p.html", 0,
			[]want{{Origin: "p.html", Format: article.FormatHTML, Data: "<html><p>Caf\xe9</p></html>"}}},
		{"testdata article", map[string][]byte{"a.txt": readTestdata(t, "article.txt")}, "a.txt", 0,
			[]want{{Origin: "a.txt", Format: article.FormatText, Data: string(readTestdata(t, "article.txt"))}}},
		{"testdata page", map[string][]byte{"p.html": readTestdata(t, "page.html")}, "p.html", 0,
			[]want{{Origin: "p.html", Format: article.FormatHTML}}},

		{"jsonl", map[string][]byte{"r.jsonl": jsonl}, "r.jsonl", 0, jsonlWants("r.jsonl")},
		{"ndjson", map[string][]byte{"r.ndjson": jsonl}, "r.ndjson", 0, jsonlWants("r.ndjson")},
		{"jsonl gz", map[string][]byte{"r.jsonl.gz": gz(t, jsonl)}, "r.jsonl.gz", 0, jsonlWants("r.jsonl.gz")},
		{"json array", map[string][]byte{"r.json": readTestdata(t, "records.json")}, "r.json", 0, []want{
			{Origin: "r.json:1", Format: article.FormatText, Data: "The two foreign ministers spoke by phone on Saturday about a prisoner exchange.",
				Hints: &Hints{URL: "https://example.org/1", Title: "Ministers speak by phone", Published: "2025-05-31", Outlet: "Example Times"}},
			{Origin: "r.json:2", Format: article.FormatHTML, Hints: &Hints{URL: "https://example.org/2"}},
			{Origin: "r.json:3", Is: ErrRecord, Text: "not a JSON object"},
			{Origin: "r.json:4", Is: ErrEmpty, Text: "blank"},
		}},
		{"json object", map[string][]byte{"r.json": []byte(`{"title":"T","body":"Text of it.","authors":[{"name":"Ana Ruiz"}],"date":1740000000}`)}, "r.json", 0,
			[]want{{Origin: "r.json", Format: article.FormatText, Data: "Text of it.", Hints: &Hints{Title: "T", Published: "1740000000", Authors: []string{"Ana Ruiz"}}}}},
		{"json objects in a row", map[string][]byte{"r.json": []byte("{\"text\":\"one\"}\n{\"text\":\"two\"}\n")}, "r.json", 0,
			[]want{{Origin: "r.json:1", Format: article.FormatText, Data: "one"}, {Origin: "r.json:2", Format: article.FormatText, Data: "two"}}},
		{"json with bom", map[string][]byte{"r.json": []byte("\xEF\xBB\xBF[{\"text\":\"one\"}]")}, "r.json", 0,
			[]want{{Origin: "r.json:1", Format: article.FormatText, Data: "one"}}},
		{"wordpress record", map[string][]byte{"wp.json": []byte(`[{"link":"https://example.org/p","date":"2025-03-01T10:00:00","title":{"rendered":"Talks &#8211; day two"},"content":{"rendered":"<p>Day two began.</p>\n<p>More.</p>"}}]`)}, "wp.json", 0,
			[]want{{Origin: "wp.json:1", Format: article.FormatHTML, Data: "<p>Day two began.</p>\n<p>More.</p>",
				Hints: &Hints{URL: "https://example.org/p", Title: "Talks &#8211; day two", Published: "2025-03-01T10:00:00"}}}},
		{"paragraph list", map[string][]byte{"r.jsonl": []byte(`{"text":["First paragraph.", " ", "Second."],"authors":"Ana Ruiz; Tom Berg & Li Wei"}` + "\n")}, "r.jsonl", 0,
			[]want{{Origin: "r.jsonl:1", Format: article.FormatText, Data: "First paragraph.\n\nSecond.", Hints: &Hints{Authors: []string{"Ana Ruiz", "Tom Berg", "Li Wei"}}}}},
		{"text record starting with a bracket", map[string][]byte{"r.jsonl": []byte(`{"text":"<Updated> talks went on"}` + "\n")}, "r.jsonl", 0,
			[]want{{Origin: "r.jsonl:1", Format: article.FormatText}}},
		{"json record of a page in body", map[string][]byte{"r.json": []byte(`{"content":"<!doctype html><p>x</p>"}`)}, "r.json", 0,
			[]want{{Origin: "r.json", Format: article.FormatHTML}}},

		{"sniff html", map[string][]byte{"page.dat": []byte(html)}, "page.dat", 0,
			[]want{{Origin: "page.dat", Format: article.FormatHTML, Data: html}}},
		{"sniff text without extension", map[string][]byte{"NOTES": []byte(text)}, "NOTES", 0,
			[]want{{Origin: "NOTES", Format: article.FormatText, Data: text}}},
		{"sniff gzip", map[string][]byte{"blob.bin": gz(t, []byte(html))}, "blob.bin", 0,
			[]want{{Origin: "blob.bin", Format: article.FormatHTML, Data: html}}},
		{"sniff gz of unknown inner type", map[string][]byte{"page.gz": gz(t, []byte(html))}, "page.gz", 0,
			[]want{{Origin: "page.gz", Format: article.FormatHTML, Data: html}}},
		{"sniff jsonl", map[string][]byte{"dump.out": jsonl}, "dump.out", 0, jsonlWants("dump.out")},
		{"sniff pretty json object", map[string][]byte{"one.out": []byte("{\n  \"text\": \"one\",\n  \"title\": \"T\"\n}\n")}, "one.out", 0,
			[]want{{Origin: "one.out", Format: article.FormatText, Data: "one", Hints: &Hints{Title: "T"}}}},
		{"sniff json array", map[string][]byte{"arr.out": []byte(` [{"text":"one"},{"html":"<p>two</p>"}]`)}, "arr.out", 0,
			[]want{{Origin: "arr.out:1", Format: article.FormatText, Data: "one"}, {Origin: "arr.out:2", Format: article.FormatHTML, Data: "<p>two</p>"}}},

		{"empty", map[string][]byte{"e.txt": {}}, "e.txt", 0, []want{{Origin: "e.txt", Is: ErrEmpty, Text: "empty input"}}},
		{"white space only", map[string][]byte{"e.txt": []byte(" \n\t\r\n \u00a0\n")}, "e.txt", 0,
			[]want{{Origin: "e.txt", Is: ErrEmpty, Text: "white space only"}}},
		{"empty gz", map[string][]byte{"e.txt.gz": gz(t, nil)}, "e.txt.gz", 0, []want{{Origin: "e.txt.gz", Is: ErrEmpty}}},
		{"empty jsonl", map[string][]byte{"e.jsonl": []byte("\n\n")}, "e.jsonl", 0, []want{{Origin: "e.jsonl", Is: ErrEmpty}}},
		{"empty json array", map[string][]byte{"e.json": []byte("[ ]")}, "e.json", 0, []want{{Origin: "e.json", Is: ErrEmpty}}},
		{"nul bytes", map[string][]byte{"b.txt": []byte("ab\x00cd")}, "b.txt", 0,
			[]want{{Origin: "b.txt", Is: ErrBinary, Text: "NUL byte at offset 2"}}},
		{"control characters", map[string][]byte{"b.txt": []byte(strings.Repeat("abc\x01\x02\x03\x04\x05", 20))}, "b.txt", 0,
			[]want{{Origin: "b.txt", Is: ErrBinary, Text: "control characters"}}},
		{"pdf", map[string][]byte{"doc.txt": []byte("%PDF-1.7\n1 0 obj\n")}, "doc.txt", 0,
			[]want{{Origin: "doc.txt", Is: ErrBinary, Text: "PDF document"}}},
		{"png", map[string][]byte{"img.html": []byte("\x89PNG\r\n\x1a\nIHDR")}, "img.html", 0,
			[]want{{Origin: "img.html", Is: ErrBinary, Text: "PNG image"}}},
		{"zip", map[string][]byte{"z.txt": []byte("PK\x03\x04abc")}, "z.txt", 0,
			[]want{{Origin: "z.txt", Is: ErrBinary, Text: "ZIP archive"}}},
		{"html with nul", map[string][]byte{"p.html": []byte("<html>\x00\x00</html>")}, "p.html", 0,
			[]want{{Origin: "p.html", Is: ErrBinary}}},
		{"invalid utf-8", map[string][]byte{"l.txt": []byte("Caf\xc3\xa9 Caf\xe9 au lait")}, "l.txt", 0,
			[]want{{Origin: "l.txt", Is: ErrEncoding, Text: "invalid UTF-8 at byte offset 9"}}},
		{"odd utf-16", map[string][]byte{"l.txt": {0xFF, 0xFE, 'a', 0, 'b'}}, "l.txt", 0,
			[]want{{Origin: "l.txt", Is: ErrEncoding, Text: "odd number of bytes"}}},
		{"truncated gzip", map[string][]byte{"t.txt.gz": full[:len(full)/2]}, "t.txt.gz", 0,
			[]want{{Origin: "t.txt.gz", Is: ErrCorrupt, Text: "corrupt gzip data: unexpected EOF"}}},
		{"not gzip at all", map[string][]byte{"t.txt.gz": []byte(text)}, "t.txt.gz", 0,
			[]want{{Origin: "t.txt.gz", Is: ErrCorrupt, Text: "invalid header"}}},
		{"bad gzip checksum", map[string][]byte{"t.txt.gz": corruptTrailer(full)}, "t.txt.gz", 0,
			[]want{{Origin: "t.txt.gz", Is: ErrCorrupt, Text: "checksum"}}},
		{"truncated jsonl gz", map[string][]byte{"t.jsonl.gz": gz(t, jsonl)[:200]}, "t.jsonl.gz", 0,
			[]want{jsonlWants("t.jsonl.gz")[0], {Origin: "t.jsonl.gz", Is: ErrCorrupt, Text: "unexpected EOF"}}},
		{"too large", map[string][]byte{"big.txt": []byte(strings.Repeat("a", 2000))}, "big.txt", 1000,
			[]want{{Origin: "big.txt", Is: ErrTooLarge, Text: "2000 bytes (limit 1000 bytes)"}}},
		{"too large once decompressed", map[string][]byte{"big.txt.gz": gz(t, []byte(strings.Repeat("a", 5000)))}, "big.txt.gz", 1000,
			[]want{{Origin: "big.txt.gz", Is: ErrTooLarge, Text: "limit 1000 bytes"}}},
		{"jsonl line too long", map[string][]byte{"r.jsonl": []byte(`{"text":"` + strings.Repeat("a", 3<<20) + "\"}\n{\"text\":\"ok\"}\n")}, "r.jsonl", 1000,
			[]want{{Origin: "r.jsonl:1", Is: ErrTooLarge, Text: "line longer than"}, {Origin: "r.jsonl:2", Format: article.FormatText, Data: "ok"}}},
		{"record too large", map[string][]byte{"r.jsonl": []byte(`{"text":"` + strings.Repeat("a", 1200) + "\"}\n")}, "r.jsonl", 1000,
			[]want{{Origin: "r.jsonl:1", Is: ErrTooLarge, Text: "1200 bytes (limit 1000 bytes)"}}},
		{"json array syntax error", map[string][]byte{"r.json": []byte(`[{"text":"one"}, {"text": tw}, {"text":"three"}]`)}, "r.json", 0,
			[]want{{Origin: "r.json:1", Format: article.FormatText, Data: "one"}, {Origin: "r.json:2", Is: ErrRecord, Text: "invalid character"}}},
		{"truncated json", map[string][]byte{"r.json": []byte(`[{"text":"one"}, {"text": "tw`)}, "r.json", 0,
			[]want{{Origin: "r.json:1", Format: article.FormatText, Data: "one"}, {Origin: "r.json:2", Is: ErrRecord, Text: "unexpected end"}}},
		{"json scalar", map[string][]byte{"r.json": []byte(`"just a string"`)}, "r.json", 0,
			[]want{{Origin: "r.json", Is: ErrRecord, Text: "expected an object"}}},
		{"missing", nil, "nope.txt", 0, []want{{Origin: "nope.txt", Is: fs.ErrNotExist, Text: "no such file or directory"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, tt.files)
			got := collect(t, []string{filepath.Join(dir, tt.input)}, Options{MaxBytes: tt.max})
			checkResults(t, dir, got, tt.want)
		})
	}
}

// jsonlWants is what testdata/records.jsonl yields under the name name.
func jsonlWants(name string) []want {
	return []want{
		{Origin: name + ":1", Format: article.FormatText, Data: "Envoys from the two countries held talks in Riyadh on Tuesday.",
			Hints: &Hints{URL: "https://example.org/a", Title: "Envoys hold talks in Riyadh", Published: "2025-02-18", Outlet: "Example Daily", Authors: []string{"Ana Ruiz", "Tom Berg"}}},
		{Origin: name + ":3", Format: article.FormatHTML, Data: "<html><body><p>The summit opened in Vienna.</p></body></html>",
			Hints: &Hints{URL: "https://example.org/b", Title: "Summit page", Authors: []string{"Lea Stone", "Omar Haddad"}}},
		{Origin: name + ":4", Is: ErrRecord, Text: "unexpected end of JSON input"},
		{Origin: name + ":5", Is: ErrNoContent, Text: "no content"},
		{Origin: name + ":6", Is: ErrRecord, Text: "not a JSON object"},
		{Origin: name + ":7", Format: article.FormatText, Data: "Delegations met in Istanbul for a second round.",
			Hints: &Hints{Published: "2025-06-02T02:48:00Z", Outlet: "Example Wire", Authors: []string{"Kim Lee"}}},
	}
}

// corruptTrailer flips a bit of the CRC-32 in a gzip member's trailer.
func corruptTrailer(b []byte) []byte {
	c := append([]byte(nil), b...)
	c[len(c)-8] ^= 0xFF
	return c
}

func TestReadable(t *testing.T) {
	for name, want := range map[string]bool{
		"a.txt": true, "A.HTML": true, "b.htm.gz": true, "c.jsonl.gzip": true, "d.ndjson": true,
		"e.png": false, "f.tar.gz": false, "noext": false, "x.gz": false, ".txt": true,
	} {
		if got := Readable(name); got != want {
			t.Errorf("Readable(%q) = %v, want %v", name, got, want)
		}
	}
}
