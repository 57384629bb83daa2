package text

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestLinesSame checks that a page split once by SplitLines cleans and is
// observed exactly as the page itself.
func TestLinesSame(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	inputs := []string{"Menu\r\nA line\x01 with a control\r\n\r\nBody text here.\r\n", ""}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(data), strings.ReplaceAll(string(data), "\n", "\r\n"))
	}
	for _, in := range inputs {
		checkLines(t, in)
		reps := NewRepeats()
		reps.Observe("site", in)
		reps.Observe("site", in+"\nother page")
		want := Clean(in, Options{Site: "site", Repeats: reps})
		got := Clean(in, Options{Site: "site", Repeats: reps, Lines: SplitLines(in)})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Clean with Lines differs for %.40q", in)
		}
	}
}

// checkLines compares each line's two normal forms with normalize.
func checkLines(t *testing.T, in string) {
	t.Helper()
	l := SplitLines(in)
	for i, raw := range strings.Split(in, "\n") {
		if got, want := l.texts[i], normalize(strings.TrimSuffix(raw, "\r")); got != want {
			t.Errorf("line %d: text %q, want %q", i, got, want)
		}
		if got, want := l.keys[i], key(l.texts[i]); got != want {
			t.Errorf("line %d: key %q, want %q", i, got, want)
		}
		if got, want := l.observed(i), normalize(raw); got != want {
			t.Errorf("line %d: observed %q, want %q", i, got, want)
		}
	}
}

// FuzzSplitLines checks the shared normalisation on any input.
func FuzzSplitLines(f *testing.F) {
	f.Add("Home | News\r\nTalks in Geneva\x01\r\n\u00a0 bullet • item\n")
	f.Fuzz(func(t *testing.T, in string) {
		checkLines(t, in)
	})
}
