package kb

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzLoad feeds arbitrary overlay files to the loader: it must return a
// base or an error, never panic, and a base it returns must answer queries.
func FuzzLoad(f *testing.F) {
	for _, n := range []string{"states", "orgs", "people", "places", "titles", "overlay", "overlay_people"} {
		b, err := os.ReadFile(filepath.Join("testdata", n+".tsv"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("name\taliases\tstate\tsector\toffice\ttitle\tfrom\tto\nX\t|\t\t\t\t\t2020-02\t2020-02\n"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(dir, "overlay.tsv")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		k, err := LoadFiles(p)
		if err != nil {
			return
		}
		k.Search("a", 5)
		k.Check()
		for _, p := range k.People() {
			p.StintOn(time.Time{})
			for _, s := range p.Stints {
				k.Holder(s.Office, s.State, s.From)
			}
		}
	})
}
