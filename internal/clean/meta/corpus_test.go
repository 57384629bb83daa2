package meta

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/clean/text"
)

// corpusCase is one row of testdata/corpus.tsv.
type corpusCase struct {
	file, title, day, outlet string
	known                    map[string]bool
}

func loadCorpusCases(t *testing.T) []corpusCase {
	t.Helper()
	fh, err := os.Open(filepath.Join("testdata", "corpus.tsv"))
	if err != nil {
		t.Fatalf("open corpus table: %v", err)
	}
	defer fh.Close()
	var out []corpusCase
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 4 {
			t.Fatalf("corpus table: malformed row %q", line)
		}
		cc := corpusCase{file: c[0], title: c[1], day: c[2], outlet: c[3], known: map[string]bool{}}
		if len(c) > 4 {
			for _, k := range strings.Split(c[4], ",") {
				cc.known[strings.TrimSpace(k)] = true
			}
		}
		out = append(out, cc)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read corpus table: %v", err)
	}
	return out
}

// TestExampleCorpus runs the text cleaner and the metadata reader over the
// flattened pages of the project's example corpus, as the CLI does (one
// Memory over the batch), and checks each page's headline, publication day
// and outlet against the table in testdata/corpus.tsv.
func TestExampleCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "examples", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("example corpus not found at %s: %v", dir, err)
	}
	cases := loadCorpusCases(t)
	raws := make([]string, len(cases))
	m := NewMemory()
	for i, c := range cases {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(c.file)))
		if err != nil {
			t.Fatalf("read %s: %v", c.file, err)
		}
		raws[i] = string(b)
		m.Learn(raws[i], Hints{})
	}
	for i, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			pg := text.Clean(raws[i], text.Options{})
			md := FromPage(raws[i], Hints{}, m)
			day := "-"
			if !md.Published.Time.IsZero() {
				day = md.Published.Time.Format("2006-01-02")
			}
			check(t, c, "title", orDash(pg.Title), c.title)
			check(t, c, "published", day, c.day)
			check(t, c, "outlet", orDash(md.Outlet), c.outlet)
		})
	}
}

func check(t *testing.T, c corpusCase, field, got, want string) {
	t.Helper()
	switch {
	case got == want && c.known[field]:
		t.Errorf("%s: %q is now right; drop %q from the known column", field, got, field)
	case got != want && c.known[field]:
		t.Logf("known gap: %s = %q, want %q", field, got, want)
	case got != want:
		t.Errorf("%s = %q, want %q", field, got, want)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// TestSignatureAfterStop checks that a name closed by a full stop is not
// read as the start of a longer name ("© 2000-2025 Ukrainska Pravda.
// Quoting …"), and that a bracketed time joins its date.
func TestSignatureAfterStop(t *testing.T) {
	raw := "Home\n\nSome headline of the day here\n\n09.08.2025 [10:41]\n\n" +
		"A paragraph of the article that is long enough to be prose and ends like a sentence of running text.\n\n" +
		"© 2000-2025 Ukrainska Pravda. Quoting is allowed with a hyperlink to the source.\n"
	md := FromPage(raw, Hints{}, nil)
	if md.Outlet != "Ukrainska Pravda" {
		t.Errorf("outlet = %q, want Ukrainska Pravda", md.Outlet)
	}
	if got := md.Published.Time.Format("2006-01-02T15:04"); got != "2025-08-09T10:41" {
		t.Errorf("published = %s, want 2025-08-09T10:41", got)
	}
}
