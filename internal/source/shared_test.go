package source

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
)

// sharedDir returns a folder of the shared data beside the repository, or
// skips the test when this is a bare clone.
func sharedDir(t *testing.T, parts ...string) string {
	t.Helper()
	dir := filepath.Join(append([]string{"..", "..", "..", "shared"}, parts...)...)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data %s is absent (a clone without ../shared): %v", dir, err)
	}
	return dir
}

// TestSharedCorpora reads the real scraped pages: every one must come out as
// a document of the expected format, none as an error.
func TestSharedCorpora(t *testing.T) {
	tests := []struct {
		parts  []string
		format article.Format
		min    int
	}{
		{[]string{"seeds"}, article.FormatText, 5},
		{[]string{"bench", "zyte", "html"}, article.FormatHTML, 80},
		{[]string{"bench", "zyte", "text"}, article.FormatText, 80},
	}
	for _, tt := range tests {
		t.Run(filepath.Join(tt.parts...), func(t *testing.T) {
			dir := sharedDir(t, tt.parts...)
			n := 0
			for _, g := range collect(t, []string{dir}, Options{}) {
				if g.Err != nil {
					t.Errorf("%v", g.Err)
					continue
				}
				n++
				if g.Format != tt.format {
					t.Errorf("%s: format %s, want %s", g.Origin, g.Format, tt.format)
				}
			}
			if n < tt.min {
				t.Errorf("read %d documents, want at least %d", n, tt.min)
			}
		})
	}
}
