package text

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var (
	zyteOut  = flag.String("zyte-out", "", "write the bodies of the Zyte text pages as JSONL to this file")
	seedsOut = flag.String("seeds-out", "", "write title and body of the seed articles as JSONL to this file")
)

// sharedDir is /work/shared as seen from a clone at /work/main: ../shared
// from the repository root.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found at %s (it sits beside the repository): %v", dir, err)
	}
	return dir
}

// writeJSONL cleans every file matching pattern and writes one scorer record
// a line.
func writeJSONL(t *testing.T, pattern, out string) {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no files match %s: %v", pattern, err)
	}
	fh, err := os.Create(out)
	if err != nil {
		t.Fatalf("create %s: %v", out, err)
	}
	defer fh.Close()
	enc := json.NewEncoder(fh)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		page := Clean(string(b), Options{})
		if err := enc.Encode(map[string]string{"source": p, "title": page.Title, "body": page.Body}); err != nil {
			t.Fatalf("write %s: %v", out, err)
		}
	}
}

// TestScorerOutput feeds the Python scorers: go test -run TestScorerOutput
// -zyte-out=/tmp/z.jsonl -seeds-out=/tmp/s.jsonl
func TestScorerOutput(t *testing.T) {
	if *zyteOut == "" && *seedsOut == "" {
		t.Skip("set -zyte-out or -seeds-out to write scorer input")
	}
	dir := sharedDir(t)
	if *zyteOut != "" {
		writeJSONL(t, filepath.Join(dir, "bench", "zyte", "text", "*.txt"), *zyteOut)
	}
	if *seedsOut != "" {
		writeJSONL(t, filepath.Join(dir, "seeds", "*.txt"), *seedsOut)
	}
}

var explainFile = flag.String("explain", "", "print every line of this file with its role")

// TestExplain prints a page's roles, for working on the classifier.
func TestExplain(t *testing.T) {
	if *explainFile == "" {
		t.Skip("set -explain=FILE")
	}
	b, err := os.ReadFile(*explainFile)
	if err != nil {
		t.Fatal(err)
	}
	p, cls := clean(string(b), Options{})
	for i, l := range p.Lines {
		if l.Role == Blank {
			continue
		}
		f := measure(l.Text, key(l.Text))
		txt := l.Text
		if len(txt) > 110 {
			txt = txt[:110]
		}
		t.Logf("%3d %-9s %d c%d w%d sd%.2f %s", l.N, l.Role, cls[i], f.chars, f.words, f.stopDensity(), txt)
	}
	t.Logf("TITLE: %q", p.Title)
}
