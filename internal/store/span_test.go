package store

import (
	"testing"
	"time"
)

func TestSpanClasses(t *testing.T) {
	for _, tt := range []struct {
		first, last string
		wide        bool
	}{
		{"2025-06-02", "2025-06-02", false}, // a day
		{"2025-06-02", "2025-06-08", false}, // a week
		{"2025-05-01", "2025-05-31", false}, // a month
		{"2025-01-01", "2025-12-31", true},  // a year
		{"bad", "2025-12-31", false},
	} {
		if got := WideSpan(tt.first, tt.last); got != tt.wide {
			t.Errorf("WideSpan(%s, %s) = %v, want %v", tt.first, tt.last, got, tt.wide)
		}
	}
	narrow, wide := CandidateStarts(time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC))
	if narrow != "2025-05-02" || wide != "2024-06-01" {
		t.Errorf("CandidateStarts = %s, %s", narrow, wide)
	}
}
