package meta

import (
	"strings"
	"testing"
)

// TestCaptionAnchors keeps the caption pre-filter sound: every mark must
// contain an anchor, or lines with that mark would never be checked.
func TestCaptionAnchors(t *testing.T) {
	for _, m := range captionMarks {
		ok := false
		for _, a := range captionAnchors {
			ok = ok || strings.Contains(m, a)
		}
		if !ok {
			t.Errorf("caption mark %q contains no anchor", m)
		}
	}
}

func TestReadPage(t *testing.T) {
	raw := strings.Join([]string{
		"Menu",                   // 0
		"Latest",                 // 1: a navigation list opens
		"Politics",               // 2
		"Talks resume in Geneva", // 3
		"The ministers met for four hours in Geneva and agreed to meet again next month.", // 4: prose ends the list
		"A delegate arrives. Photo: Jane Roe / AFP",                                       // 5: caption
		"Most read",                    // 6: a list of other articles
		"Markets rally after the vote", // 7
		"By Jane Doe",                  // 8: a byline ends a list
	}, "\n")
	pg := readPage(raw)
	if len(pg.lines) != 9 {
		t.Fatalf("%d lines", len(pg.lines))
	}
	wantList := []bool{false, true, true, true, false, false, true, true, false}
	for i, l := range pg.lines {
		if l.list != wantList[i] {
			t.Errorf("line %d %q: list %v, want %v", i, l.text, l.list, wantList[i])
		}
		if l.caption != (i == 5) {
			t.Errorf("line %d %q: caption %v", i, l.text, l.caption)
		}
	}
	if pg.firstProse != 4 || pg.bodyStart != 9 {
		t.Errorf("firstProse %d, bodyStart %d; want 4, 9", pg.firstProse, pg.bodyStart)
	}
}

func TestPageYear(t *testing.T) {
	tests := []struct {
		raw  string
		want int
	}{
		{"Talks held\nA delegate speaks in Geneva on May 21, 2025. © Jane Roe / Getty Images\nThe talks went on.", 2025},
		{"No dates here at all.\nJust prose about talks.", 0},
		{"Headline\nTRENDING\nOther story 12 March 2019\n", 0},
		{"Posted 3 February 2024\nEarlier item 1 January 2023\n", 2024},
	}
	for _, tt := range tests {
		if got := PageYear(tt.raw); got != tt.want {
			t.Errorf("PageYear(%q) = %d, want %d", tt.raw, got, tt.want)
		}
	}
}
