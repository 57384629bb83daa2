package actor

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle/internal/kb"
)

var (
	fixtureOnce sync.Once
	fixtureRec  *Recognizer
	fixtureErr  error
)

// fixture returns a recognizer over the small KB in testdata, so the tests
// do not depend on the embedded data files.
func fixture(t testing.TB) *Recognizer {
	t.Helper()
	fixtureOnce.Do(func() {
		var files []string
		for _, n := range []string{"states", "orgs", "people", "places", "titles"} {
			files = append(files, filepath.Join("testdata", n+".tsv"))
		}
		k, err := kb.LoadFiles(files...)
		if err != nil {
			fixtureErr = err
			return
		}
		fixtureRec = New(k)
	})
	if fixtureErr != nil {
		t.Fatalf("load fixture KB: %v", fixtureErr)
	}
	return fixtureRec
}

// show renders a mention compactly for test messages and expectations:
// text=kind:name/country/org/sector/office/via[/mod].
func show(m Mention) string {
	s := fmt.Sprintf("%s=%s:%s/%s/%s/%s/%s/%s", m.Text, m.Kind, m.Name, m.Country, m.Org, m.Sector, m.Office, m.Via)
	if m.Title != "" {
		s += "/T:" + m.Title
	}
	if m.Modifier {
		s += "/mod"
	}
	return s
}

func showAll(ms []Mention) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = show(m)
	}
	return strings.Join(parts, " ; ")
}
