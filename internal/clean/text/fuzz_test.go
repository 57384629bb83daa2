package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzClean checks the invariants Clean promises on any input:
//   - one Line per input line, numbered from 1, Raw as given (less a final \r);
//   - Body is exactly the Body lines' Text joined by blank lines, and every
//     Body line is a normalised input line;
//   - the title is the text of a line, or a piece of one;
//   - cleaning the body again keeps nothing that was not in it.
func FuzzClean(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Title | Site\n\nA line.\nKutielievaFriday\n\u00a0\r\n©")
	f.Add("\xff\xfe broken utf8 \xc3")
	f.Fuzz(func(t *testing.T, in string) {
		p := Clean(in, Options{})
		raws := strings.Split(in, "\n")
		if len(p.Lines) != len(raws) {
			t.Fatalf("%d lines for %d input lines", len(p.Lines), len(raws))
		}
		var body []string
		titleFound := p.Title == ""
		for i, l := range p.Lines {
			if l.N != i+1 || l.Raw != strings.TrimSuffix(raws[i], "\r") {
				t.Fatalf("line %d: N %d, Raw %q, want %q", i+1, l.N, l.Raw, raws[i])
			}
			if l.Text != normalize(l.Raw) {
				t.Fatalf("line %d: Text %q is not the normalised Raw", l.N, l.Text)
			}
			if (l.Text == "") != (l.Role == Blank) {
				t.Fatalf("line %d: role %v for text %q", l.N, l.Role, l.Text)
			}
			if l.Role == Body || l.Role == Heading {
				body = append(body, l.Text)
			}
			if p.Title != "" && strings.Contains(l.Text, p.Title) {
				titleFound = true
			}
		}
		if got := strings.Join(body, "\n\n"); got != p.Body {
			t.Fatalf("Body %q is not the Body and Heading lines joined (%q)", p.Body, got)
		}
		if !titleFound {
			t.Fatalf("title %q is in no line", p.Title)
		}
		again := Clean(p.Body, Options{})
		for _, l := range again.Lines {
			if l.Role == Body && !strings.Contains(p.Body, l.Text) {
				t.Fatalf("re-cleaning invented body text %q", l.Text)
			}
		}
	})
}
