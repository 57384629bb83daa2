package meta

import "testing"

// mayHoldDateLines are lines with and without dates, in the shapes
// scanDates reads and in shapes it must not take for dates.
var mayHoldDateLines = []string{
	"Published 21 February 2025, 14:05 GMT",
	"Fri Feb 21 2025 09:30 EST",
	"21.02.25 | Kyiv",
	"2025-02-21T10:00:00Z",
	"3/4/25",
	"2025年2月21日",
	"21 лютого 2025, 10:15",
	"Updated 5 hours ago",
	"12 comments",
	"COVID-19 cases rose by 120 in a week",
	"Version 1.2.3 released",
	"Page 2 of 10",
	"",
}

// TestMayHoldDate checks that the pre-filter never hides a date from
// scanDates, and that it does rule out lines without one.
func TestMayHoldDate(t *testing.T) {
	skipped := 0
	for _, s := range mayHoldDateLines {
		dates, _ := scanDates(s, nil)
		if !mayHoldDate(s) {
			skipped++
			if len(dates) > 0 {
				t.Errorf("mayHoldDate(%q) = false, but scanDates finds %d dates", s, len(dates))
			}
		}
	}
	if skipped < 4 {
		t.Errorf("the pre-filter ruled out %d lines, want at least 4", skipped)
	}
}

// FuzzMayHoldDate checks the pre-filter against scanDates on any line.
func FuzzMayHoldDate(f *testing.F) {
	for _, s := range mayHoldDateLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if mayHoldDate(s) {
			return
		}
		if dates, _ := scanDates(s, nil); len(dates) > 0 {
			t.Errorf("mayHoldDate(%q) = false, but scanDates finds %v", s, dates)
		}
	})
}
