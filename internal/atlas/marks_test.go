package atlas

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSafeHref(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/events?place=Kyiv", "/events?place=Kyiv"},
		{" story/12 ", "story/12"},
		{"https://example.org/a", "https://example.org/a"},
		{"HTTP://example.org/", "HTTP://example.org/"},
		{"javascript:alert(1)", ""},
		{"JavaScript:alert(1)", ""},
		{"data:text/html,<b>", ""},
		{"java\tscript:alert(1)", ""},
		{"/a\x00b", ""},
		{"\xff", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := safeHref(tt.in); got != tt.want {
			t.Errorf("safeHref(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Kyiv \n region ", "Kyiv region"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanLabel(tt.in); got != tt.want {
			t.Errorf("cleanLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := cleanLabel(strings.Repeat("é", 500))
	if n := utf8.RuneCountInString(long); n != maxLabelRunes || !strings.HasSuffix(long, "…") {
		t.Errorf("long label cut to %d runes: %q", n, long)
	}
}

func TestGroupAdd(t *testing.T) {
	var g group
	g.add(math.MaxInt-1, "a", "javascript:x")
	g.add(5, "a", "/ok")
	g.add(1, "b", "/later")
	for _, l := range []string{"c", "d", "e", "f", "g"} {
		g.add(1, l, "")
	}
	if g.count != math.MaxInt {
		t.Errorf("count = %d, want saturation at MaxInt", g.count)
	}
	if g.href != "/ok" {
		t.Errorf("href = %q, want the first safe one", g.href)
	}
	if got := joinLabels(&g); got != "a; b; c; d; e; and 2 more" {
		t.Errorf("joinLabels = %q", got)
	}
}

func TestShadeStepAndRadius(t *testing.T) {
	steps := []struct{ count, top, want int }{{1, 1, 5}, {1, 100, 1}, {25, 100, 3}, {100, 100, 5}, {math.MaxInt, math.MaxInt, 5}}
	for _, tt := range steps {
		if got := shadeStep(tt.count, tt.top); got != tt.want {
			t.Errorf("shadeStep(%d, %d) = %d, want %d", tt.count, tt.top, got, tt.want)
		}
	}
	radii := []struct {
		count int
		want  float64
	}{{1, minRadius}, {4, 2 * minRadius}, {1 << 40, maxRadius}}
	for _, tt := range radii {
		if got := radius(tt.count); got != tt.want {
			t.Errorf("radius(%d) = %v, want %v", tt.count, got, tt.want)
		}
	}
}
