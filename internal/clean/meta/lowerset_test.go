package meta

import (
	"strings"
	"testing"
)

// TestLowerSet checks the allocation-free look-ups against the plain
// lower-case-then-search they stand for.
func TestLowerSet(t *testing.T) {
	needles := []string{"photo", "©", "getty", "фото", "(c)", "@"}
	set := newLowerSet(needles)
	for _, line := range []string{
		"", "Photo: Reuters", "PHOTOGRAPH", "no pictures here", "© 2025 Example", "Фото: ТАСС", "фото: тасс",
		"(C) Agency", "Getty Images/AFP", "mail@", "@x", "a@b", "“Quoted” — PhOtO", "phot", "\xffphoto", "\u212a",
	} {
		low := strings.ToLower(line)
		want := false
		for _, n := range needles {
			want = want || strings.Contains(low, n)
		}
		if !asciiCase(line) {
			continue
		}
		if got := set.in(line); got != want {
			t.Errorf("in(%q) = %v, want %v", line, got, want)
		}
	}
	for _, w := range []string{"May", "MAY", "may", "Mai", "Травня", "SEPTEMBER", "x", "", strings.Repeat("a", 40)} {
		v, ok := lookupLower(months, w)
		v2, ok2 := months[strings.ToLower(w)]
		if v != v2 || ok != ok2 {
			t.Errorf("lookupLower(%q) = %v %v, want %v %v", w, v, ok, v2, ok2)
		}
	}
	if n := testing.AllocsPerRun(100, func() { lookupLower(months, "September") }); n != 0 {
		t.Errorf("lookupLower allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { set.in("A caption by Getty Images") }); n != 0 {
		t.Errorf("lowerSet.in allocates %v times", n)
	}
}

// FuzzLowerSet checks the caption test's fast path against lower-casing
// the line and searching it.
func FuzzLowerSet(f *testing.F) {
	f.Add("Photo: REUTERS/Jane Doe")
	f.Add("© 2025 Фото")
	f.Fuzz(func(t *testing.T, line string) {
		if !asciiCase(line) {
			return
		}
		low := strings.ToLower(line)
		for _, list := range [][]string{captionAnchors, captionMarks} {
			want := false
			for _, n := range list {
				want = want || strings.Contains(low, n)
			}
			if got := newLowerSet(list).in(line); got != want {
				t.Errorf("in(%q) = %v, want %v", line, got, want)
			}
		}
		v, ok := lookupLower(months, line)
		v2, ok2 := months[low]
		if v != v2 || ok != ok2 {
			t.Errorf("lookupLower(%q) = %v %v, want %v %v", line, v, ok, v2, ok2)
		}
	})
}
