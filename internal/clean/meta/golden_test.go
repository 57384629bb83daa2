package meta

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden is what FromText reads from a testdata page, evidence included,
// so that changes in the reasons show up in review.
type golden struct {
	Published string   `json:"published"`
	Outlet    string   `json:"outlet"`
	Authors   []string `json:"authors"`
	Language  string   `json:"language"`
	Evidence  []string `json:"evidence"`
}

func TestGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no testdata pages: %v", err)
	}
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			md := FromText(string(raw), "", Hints{}, nil)
			got, err := json.MarshalIndent(golden{md.Published.String(), md.Outlet, md.Authors, md.Language, md.Evidence}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := strings.TrimSuffix(p, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("FromText(%s) =\n%s\nwant\n%s", p, got, want)
			}
		})
	}
}
