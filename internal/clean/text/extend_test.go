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

// TestHeadedListTail checks that a numbered list under a list header after
// the story, here below the author's note, stays out of the body: it lists
// other pages, not the story's points.
func TestHeadedListTail(t *testing.T) {
	page := strings.Join([]string{
		"Ferry service to the islands resumes after the winter storms",
		"",
		"The ferry company restarted its daily crossings to the three outer islands on Friday, five weeks after storms damaged the landing stage on the largest of them and cut the islanders off from the mainland.",
		"",
		"Repairs to the landing stage cost more than the company had expected, its director said, and the regional council has agreed to pay half of the bill from its emergency fund for the coast.",
		"",
		"Islanders said the weeks without a ferry had been hard on the elderly and on the schools, which had to send their older pupils to stay with relatives on the mainland during the closure.",
		"",
		"JONAS BRANDT",
		"Brandt covers transport and the coast for the Island Gazette, which he joined from a news agency in the capital in 2019.",
		"",
		"Most read",
		"1. Storm damage bill rises again",
		"2. New school opens on the north island",
		"3. Fishing quotas cut for next year",
		"4. Lighthouse keeper retires after forty years",
		"",
		"Contact us",
		"© 2025 Island Gazette",
	}, "\n")
	p := Clean(page, Options{Site: "Island Gazette"})
	for _, no := range []string{"Most read", "Storm damage", "Lighthouse keeper", "JONAS", "Brandt covers"} {
		if strings.Contains(p.Body, no) {
			t.Errorf("body holds %q:\n%s", no, p.Body)
		}
	}
	if !strings.Contains(p.Body, "Islanders said") {
		t.Errorf("body lacks the story's last paragraph:\n%s", p.Body)
	}
}
