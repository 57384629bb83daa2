package timex

import (
	"strings"
	"testing"
	"time"
)

// phrase is one row of the table: a sentence, the anchor it is read against
// ("2025-05-28", "y2025" for a year only, "" for none; "/DM" or "/MD" adds the
// outlet's numeric order), and the expected first mention (or mention idx).
type phrase struct {
	anchor string
	s      string
	want   string    // Value.String(); "" with text "" means no mention at all
	prec   Precision // expected precision
	text   string    // expected Text, checked when set
	idx    int       // which mention to check
	end    string    // expected End for ranges, checked when set
}

func parseAnchor(t *testing.T, s string) Anchor {
	t.Helper()
	var a Anchor
	if i := strings.IndexByte(s, '/'); i >= 0 {
		switch s[i+1:] {
		case "DM":
			a.Order = DayFirst
		case "MD":
			a.Order = MonthFirst
		}
		s = s[:i]
	}
	switch {
	case s == "":
	case s[0] == 'y':
		for _, c := range s[1:] {
			a.Year = a.Year*10 + int(c-'0')
		}
	default:
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatalf("bad anchor %q: %v", s, err)
		}
		a.Date = d
	}
	return a
}

const (
	wed = "2025-05-28" // a Wednesday in ISO week 22
	jan = "2025-01-02" // a Thursday in ISO week 2025-W01, whose Monday is in 2024
	lp  = "2024-03-01" // the day after a 29 February
	dec = "2025-12-30" // a Tuesday already in ISO week 2026-W01
	w53 = "2021-01-03" // a Sunday in ISO week 2020-W53
)

func TestFindTable(t *testing.T) {
	if n := len(phrases); n < 200 {
		t.Fatalf("table has %d phrases, want at least 200", n)
	}
	for _, tc := range phrases {
		a := parseAnchor(t, tc.anchor)
		got := Find(tc.s, a)
		if tc.want == "" && tc.text == "" && tc.prec == None {
			if len(got) != 0 {
				t.Errorf("Find(%q, %s) = %v, want no mention", tc.s, tc.anchor, describe(got))
			}
			continue
		}
		if tc.idx >= len(got) {
			t.Errorf("Find(%q, %s) = %v, want mention %d = %s", tc.s, tc.anchor, describe(got), tc.idx, tc.want)
			continue
		}
		m := got[tc.idx]
		if m.Value.String() != tc.want || m.Value.Precision != tc.prec {
			t.Errorf("Find(%q, %s)[%d] = %s/%s (%s, %s), want %s/%s", tc.s, tc.anchor, tc.idx, m.Value, m.Value.Precision, m.Rule, m.Tense, tc.want, tc.prec)
		}
		if tc.text != "" && m.Text != tc.text {
			t.Errorf("Find(%q)[%d].Text = %q, want %q", tc.s, tc.idx, m.Text, tc.text)
		}
		if tc.end != "" && m.Value.End.Format(time.DateOnly) != tc.end {
			t.Errorf("Find(%q)[%d].End = %s, want %s", tc.s, tc.idx, m.Value.End.Format(time.DateOnly), tc.end)
		}
		if m.Text != tc.s[m.Start:m.End] {
			t.Errorf("Find(%q)[%d]: Text %q != span", tc.s, tc.idx, m.Text)
		}
	}
}

func describe(ms []Mention) string {
	var b strings.Builder
	for i, m := range ms {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(m.Text + "=" + m.Value.String() + "(" + m.Rule + ")")
	}
	return "[" + b.String() + "]"
}

func TestOrderOf(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want Order
	}{
		{"Updated: 26-02-2025 22:45 IST", DayFirst},
		{"Posted 02/13/2025 by staff", MonthFirst},
		{"Posted 02/06/2025", Unknown},
		{"From 13/02/2025 to 02/14/2025", Unknown},
		{"Issued 18.02.2025", Unknown},
		{"2025-02-18", Unknown},
		{"", Unknown},
	} {
		if got := OrderOf(tc.s); got != tc.want {
			t.Errorf("OrderOf(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestValueLast(t *testing.T) {
	a := Anchor{Date: time.Date(2025, 5, 28, 23, 30, 0, 0, time.FixedZone("IST", 5*3600+1800))}
	for _, tc := range []struct{ s, first, last string }{
		{"They met last week.", "2025-05-19", "2025-05-25"},
		{"Talks began in February 2024.", "2024-02-01", "2024-02-29"},
		{"Crimea was annexed in 2014.", "2014-01-01", "2014-12-31"},
		{"Talks ran 23-25 May.", "2025-05-23", "2025-05-25"},
		{"He spoke yesterday.", "2025-05-27", "2025-05-27"},
	} {
		ms := Find(tc.s, a)
		if len(ms) != 1 {
			t.Fatalf("Find(%q) = %v, want one mention", tc.s, describe(ms))
		}
		v := ms[0].Value
		if got := v.Start.Format(time.DateOnly); got != tc.first {
			t.Errorf("%q: Start = %s, want %s", tc.s, got, tc.first)
		}
		if got := v.Last().Format(time.DateOnly); got != tc.last {
			t.Errorf("%q: Last = %s, want %s", tc.s, got, tc.last)
		}
	}
	if !(Value{}).Last().IsZero() || (Value{}).String() != "" {
		t.Error("zero Value: want zero Last and empty String")
	}
}
