package query

import (
	"strconv"
	"time"
)

// DayRange returns the first and last day (YYYY-MM-DD) that an event date
// may mean: the day itself, the seven days of an ISO week (YYYY-Www), the
// days of a month (YYYY-MM) or of a year (YYYY). ok is false for an empty
// or malformed date. Merged events carry this range already (First, Last);
// DayRange serves events read back from JSON, which does not.
func DayRange(date string) (first, last string, ok bool) {
	if len(date) < 4 || !digits(date[:4]) {
		return "", "", false
	}
	switch {
	case len(date) == 10 && date[4] == '-' && date[7] == '-':
		t, err := time.Parse(time.DateOnly, date)
		if err != nil {
			return "", "", false
		}
		d := t.Format(time.DateOnly)
		return d, d, true
	case len(date) == 8 && date[4] == '-' && date[5] == 'W':
		y, err1 := strconv.Atoi(date[:4])
		w, err2 := strconv.Atoi(date[6:])
		if !digits(date[6:]) || err1 != nil || err2 != nil || w < 1 || w > 53 {
			return "", "", false
		}
		// 4 January is always in ISO week 1; its week's Monday starts week 1.
		jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		if yy, ww := monday.ISOWeek(); yy != y || ww != w {
			return "", "", false
		}
		return monday.Format(time.DateOnly), monday.AddDate(0, 0, 6).Format(time.DateOnly), true
	case len(date) == 7 && date[4] == '-':
		t, err := time.Parse("2006-01", date)
		if err != nil {
			return "", "", false
		}
		return t.Format(time.DateOnly), t.AddDate(0, 1, -1).Format(time.DateOnly), true
	case len(date) == 4:
		t, err := time.Parse("2006", date)
		if err != nil {
			return "", "", false
		}
		return t.Format(time.DateOnly), t.AddDate(1, 0, -1).Format(time.DateOnly), true
	}
	return "", "", false
}

// eventRange returns the day range of a merged event: the one merge set,
// else the one its date gives.
func eventRange(first, last, date string) (string, string) {
	if first != "" {
		if last == "" {
			last = first
		}
		return first, last
	}
	f, l, _ := DayRange(date)
	return f, l
}

// parseDay reads a YYYY-MM-DD day.
func parseDay(s string) (time.Time, error) { return time.Parse(time.DateOnly, s) }

// digits reports whether s is all ASCII digits.
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
