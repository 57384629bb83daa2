package merge

import (
	"strconv"
	"time"
)

// precision is how much of a calendar a date names, finest first.
type precision uint8

const (
	precDay precision = iota + 1
	precWeek
	precMonth
	precYear
	// precNear is an undated mention placed near its article's
	// publication day: the loosest evidence of all.
	precNear
)

// The window around the publication day that an undated mention may mean:
// a report of what happened without a date of its own tells of the last
// day or two (news is published within hours, a weekend at most later);
// an announcement of what is planned or proposed looks two weeks ahead.
const (
	nearBefore = 2
	nearAfter  = 14
)

// span is the inclusive range of days a mention may mean.
type span struct {
	first, last time.Time
	prec        precision
}

func (s span) overlaps(o span) bool { return !s.last.Before(o.first) && !o.last.Before(s.first) }

// parseDate reads an event date in the contract's forms: YYYY-MM-DD, an ISO
// week YYYY-Www, YYYY-MM or YYYY.
func parseDate(d string) (span, bool) {
	switch {
	case len(d) == 10:
		t, ok := parseDay(d)
		if !ok {
			return span{}, false
		}
		return span{t, t, precDay}, true
	case len(d) == 8 && d[4] == '-' && d[5] == 'W':
		y, err1 := strconv.Atoi(d[:4])
		w, err2 := strconv.Atoi(d[6:])
		if err1 != nil || err2 != nil || w < 1 || w > 53 {
			return span{}, false
		}
		// ISO week 1 holds 4 January; weeks start on Monday.
		jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		if yy, ww := mon.ISOWeek(); yy != y || ww != w {
			return span{}, false
		}
		return span{mon, mon.AddDate(0, 0, 6), precWeek}, true
	case len(d) == 7:
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return span{}, false
		}
		return span{t, t.AddDate(0, 1, -1), precMonth}, true
	case len(d) == 4:
		y, err := strconv.Atoi(d)
		if err != nil || y < 1 {
			return span{}, false
		}
		t := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		return span{t, t.AddDate(1, 0, -1), precYear}, true
	}
	return span{}, false
}

// parseDay reads YYYY-MM-DD without the generality of time.Parse, on the
// path Plan takes for every candidate.
func parseDay(d string) (time.Time, bool) {
	if len(d) != 10 || d[4] != '-' || d[7] != '-' {
		return time.Time{}, false
	}
	y, ok1 := digits(d[:4])
	m, ok2 := digits(d[5:7])
	day, ok3 := digits(d[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, false // 31 April
	}
	return t, true
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// spanOf returns the days m may mean; ok is false for an undated mention of
// an article without a publication date.
func spanOf(m Mention) (span, bool) {
	if m.Event.Date != nil {
		if s, ok := parseDate(*m.Event.Date); ok {
			return s, true
		}
	}
	if m.Published.IsZero() {
		return span{}, false
	}
	// The publication day in the outlet's own zone, as Published.Day.
	y, mo, d := m.Published.Time.Date()
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	switch m.Event.Status {
	case "planned", "proposed":
		return span{t, t.AddDate(0, 0, nearAfter), precNear}, true
	case "cancelled":
		return span{t.AddDate(0, 0, -nearBefore), t.AddDate(0, 0, nearAfter), precNear}, true
	}
	return span{t.AddDate(0, 0, -nearBefore), t, precNear}, true
}

// Span returns the first and last day (YYYY-MM-DD, inclusive) a mention
// may mean: its date at its precision, or for an undated mention a short
// window before its article's publication day (what happened) or after it
// (what is planned or proposed). ok is false when neither the mention nor
// its article is dated: such a mention stays an event of its own.
func Span(m Mention) (first, last string, ok bool) {
	s, ok := spanOf(m)
	if !ok {
		return "", "", false
	}
	return s.first.Format(time.DateOnly), s.last.Format(time.DateOnly), true
}
