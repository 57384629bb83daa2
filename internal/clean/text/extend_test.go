package text

import (
	"strings"
	"testing"
)

func TestOrdinal(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"1) Lego set", 1},
		{"12. The last item", 12},
		{"#4 Fourth place", 4},
		{"2019 was a year", 0},
		{"3.5 million people", 0},
		{"1)", 0},
		{"Item 1) here", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := ordinal(tt.in); got != tt.want {
			t.Errorf("ordinal(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestNumberedListTail checks that an enumeration running on from the
// article's last paragraph stays in the body while the footer after it
// does not.
func TestNumberedListTail(t *testing.T) {
	page := strings.Join([]string{
		"Holiday reading for the long winter evenings",
		"",
		"Every year the library asks its readers which books kept them company when the nights drew in, and every year the answers surprise the staff who run the survey.",
		"This year more than two thousand people wrote in, and the list below is the one they agreed on, in the order of the votes that each of the books received.",
		"",
		"1) The Old Lighthouse",
		"2) A Winter in the Hills",
		"3) Letters from the Coast",
		"4) The Clockmaker's Daughter",
		"",
		"Share on Facebook",
		"© 2024 Town Library. All rights reserved.",
	}, "\n")
	p := Clean(page, Options{})
	for _, want := range []string{"1) The Old Lighthouse", "4) The Clockmaker's Daughter"} {
		if !strings.Contains(p.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, p.Body)
		}
	}
	if strings.Contains(p.Body, "Share on") || strings.Contains(p.Body, "©") {
		t.Errorf("body holds furniture:\n%s", p.Body)
	}
}
