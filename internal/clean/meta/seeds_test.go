package meta

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir is the project's shared data, a sibling of the repository.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "eval", "seeds.gold.json")); err != nil {
		t.Skipf("shared data not found at %s (it sits beside the repository): %v", dir, err)
	}
	return dir
}

type goldDoc struct {
	ID        string   `json:"id"`
	Outlet    *string  `json:"outlet"`
	Language  string   `json:"language"`
	Published *string  `json:"published"`
	Authors   []string `json:"authors"`
}

func loadSeeds(t *testing.T) ([]goldDoc, map[string]string) {
	dir := sharedDir(t)
	b, err := os.ReadFile(filepath.Join(dir, "eval", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []goldDoc `json:"documents"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	raws := map[string]string{}
	for _, d := range gold.Documents {
		b, err := os.ReadFile(filepath.Join(dir, "seeds", d.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		raws[d.ID] = string(b)
	}
	return gold.Documents, raws
}

// TestSeeds checks the seed pages against the gold, once with a Memory
// that learned all of them and once each alone with an empty Memory.
func TestSeeds(t *testing.T) {
	docs, raws := loadSeeds(t)
	shared := NewMemory()
	for _, d := range docs {
		shared.Learn(raws[d.ID], Hints{})
	}
	for _, mode := range []string{"shared memory", "alone"} {
		for _, d := range docs {
			m := shared
			if mode == "alone" {
				m = NewMemory()
			}
			got := FromText(raws[d.ID], raws[d.ID], Hints{}, m)
			wantDay := ""
			if d.Published != nil {
				wantDay = *d.Published
			}
			if got.Published.Day() != wantDay {
				t.Errorf("%s %s: published %q, want day %q\n%s", mode, d.ID, got.Published, wantDay, strings.Join(got.Evidence, "\n"))
			}
			wantOutlet := ""
			if d.Outlet != nil {
				wantOutlet = *d.Outlet
			}
			if got.Outlet != wantOutlet {
				t.Errorf("%s %s: outlet %q, want %q\n%s", mode, d.ID, got.Outlet, wantOutlet, strings.Join(got.Evidence, "\n"))
			}
			if got.Language != d.Language {
				t.Errorf("%s %s: language %q, want %q", mode, d.ID, got.Language, d.Language)
			}
			if strings.Join(got.Authors, ";") != strings.Join(d.Authors, ";") {
				t.Errorf("%s %s: authors %q, want %q", mode, d.ID, got.Authors, d.Authors)
			}
			if testing.Verbose() {
				t.Logf("%s %s: %s %q %q %s\n  %s", mode, d.ID, got.Published, got.Outlet, got.Authors, got.Language, strings.Join(got.Evidence, "\n  "))
			}
		}
	}
	// The minute precision the seeds support.
	want := map[string]string{
		"000_3de94178073293fd": "2025-06-02T02:48:00+05:30",
		"003_c74507ca3ebba588": "2025-02-26T22:45:00+05:30",
		"004_7003f8e3189a3ef1": "2025-02-21T08:35:00+02:00",
	}
	for id, w := range want {
		if got := FromText(raws[id], "", Hints{}, NewMemory()).Published.String(); got != w {
			t.Errorf("%s: published %s, want %s", id, got, w)
		}
	}
}
