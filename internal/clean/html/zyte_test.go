package html

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// zyteOut makes TestZyte write its extractions as JSONL for the
// benchmark's scorer:
//
//	go test -run TestZyte ./internal/clean/html/ -args -zyte-out=/tmp/zyte.jsonl
//	python3 ../shared/bench/zyte/score.py --pred /tmp/zyte.jsonl --worst 10
var (
	zyte       = flag.Bool("zyte", false, "extract the whole Zyte benchmark (slow)")
	zyteOut    = flag.String("zyte-out", "", "write Zyte benchmark extractions as JSONL to this file")
	zyteConfig = flag.String("zyte-config", "default", "extractor variant for -zyte-out: default, balanced, precision, recall, nofallback")
)

// zyteDir is the benchmark's page folder, reached from the package folder
// through the repository root's sibling ../shared.
func zyteDir(tb testing.TB) string {
	dir := filepath.Join("..", "..", "..", "..", "shared", "bench", "zyte", "html")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("Zyte benchmark not present at %s (it lives in ../shared beside the repository)", dir)
	}
	return dir
}

// zytePages loads the benchmark pages, decompressed.
func zytePages(tb testing.TB) (names []string, pages [][]byte) {
	dir := zyteDir(tb)
	paths, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(paths) == 0 {
		tb.Skipf("no pages in %s", dir)
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		names = append(names, p)
		pages = append(pages, b)
	}
	return names, pages
}

var zyteConfigs = map[string]config{
	"default":    defaultConfig,
	"balanced":   {focus: trafilatura.Balanced, fallback: true},
	"precision":  {focus: trafilatura.FavorPrecision, fallback: true},
	"recall":     {focus: trafilatura.FavorRecall, fallback: true},
	"nofallback": {focus: trafilatura.Balanced, fallback: false},
	"comments":   {focus: trafilatura.Balanced, fallback: true, keepComments: true},
	"pcomments":  {focus: trafilatura.FavorPrecision, fallback: true, keepComments: true},
}

// TestZyte extracts every benchmark page. Every page there is an article,
// so each must yield a body; with -zyte-out the bodies go to the scorer.
func TestZyte(t *testing.T) {
	if !*zyte && *zyteOut == "" {
		t.Skip("slow: run with -zyte or -zyte-out=FILE")
	}
	cfg, ok := zyteConfigs[*zyteConfig]
	if !ok {
		t.Fatalf("unknown -zyte-config %q", *zyteConfig)
	}
	names, pages := zytePages(t)
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	for i, data := range pages {
		page, err := extract(context.Background(), data, "", cfg)
		if err != nil {
			t.Errorf("%s: %v", names[i], err)
		}
		if err := enc.Encode(map[string]string{"source": names[i], "body": page.Body}); err != nil {
			t.Fatal(err)
		}
	}
	if *zyteOut != "" {
		if err := os.WriteFile(*zyteOut, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
