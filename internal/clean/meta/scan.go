package meta

import (
	"strconv"
	"strings"
	"time"
)

// dateExpr is one date found in a line, with the weekday, time of day and
// zone written next to it.
type dateExpr struct {
	start, end int // byte span of the whole expression
	dateStart  int // where the date (or its weekday) starts
	year       int
	// month and day, or for a numeric date the first and second field
	// when their order is not fixed by the shape (see numeric).
	p, q    int
	numeric bool // dd-mm-yyyy or mm-dd-yyyy: needs an Order when both fields are up to 12
	weekday time.Weekday
	hasWD   bool
	clock   *clockExpr
}

// clockExpr is a time of day with the zone printed after it, if any.
type clockExpr struct {
	startTok, endTok int // token range [startTok, endTok)
	hour, min        int
	zoneName         string         // as printed, for FixedZone names and evidence
	zone             *time.Location // nil when no zone is printed
	zoneOrder        Order          // the date order of the zone's region
}

// readings returns the calendar dates the expression can denote: one for
// every shape except a numeric date whose two fields are both up to 12 and
// differ, which has a day-first and a month-first reading.
func (e *dateExpr) readings() (dayFirst, monthFirst time.Time, okDF, okMF bool) {
	if !e.numeric {
		t, ok := mkDate(e.year, e.p, e.q)
		return t, t, ok, ok
	}
	dayFirst, okDF = mkDate(e.year, e.q, e.p)
	monthFirst, okMF = mkDate(e.year, e.p, e.q)
	return
}

// ambiguous reports whether the order of a numeric date changes its value.
func (e *dateExpr) ambiguous() bool {
	df, mf, okDF, okMF := e.readings()
	return okDF && okMF && !df.Equal(mf)
}

// shownOrder is the order a numeric date proves by itself (a field over 12
// can only be the day), Unknown otherwise.
func (e *dateExpr) shownOrder() Order {
	if !e.numeric {
		return Unknown
	}
	_, _, okDF, okMF := e.readings()
	switch {
	case okDF && !okMF:
		return DayFirst
	case okMF && !okDF:
		return MonthFirst
	}
	return Unknown
}

// resolve returns the date under an order; weekday evidence written with
// the date settles an ambiguous one by itself.
func (e *dateExpr) resolve(order Order) (time.Time, bool) {
	df, mf, okDF, okMF := e.readings()
	switch {
	case okDF && okMF && df.Equal(mf):
		return df, true
	case okDF && !okMF:
		return df, true
	case okMF && !okDF:
		return mf, true
	case !okDF && !okMF:
		return time.Time{}, false
	}
	if o := e.weekdayOrder(); o != Unknown {
		order = o
	}
	switch order {
	case DayFirst:
		return df, true
	case MonthFirst:
		return mf, true
	}
	return time.Time{}, false
}

// weekdayOrder is the order under which the printed weekday is right, when
// exactly one reading agrees with it.
func (e *dateExpr) weekdayOrder() Order {
	if !e.hasWD {
		return Unknown
	}
	df, mf, okDF, okMF := e.readings()
	a, b := okDF && df.Weekday() == e.weekday, okMF && mf.Weekday() == e.weekday
	switch {
	case a && !b:
		return DayFirst
	case b && !a:
		return MonthFirst
	}
	return Unknown
}

// mkDate builds a UTC midnight date, rejecting impossible ones.
func mkDate(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	if len(s) > 6 {
		return -1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// scanner finds dates in one line.
type scanner struct {
	s    string
	toks []token
}

func (sc *scanner) tok(i int) token {
	if i < 0 || i >= len(sc.toks) {
		return token{}
	}
	return sc.toks[i]
}

func (sc *scanner) isPunct(i int, set string) bool {
	t := sc.tok(i)
	return t.kind == tkPunct && strings.Contains(set, t.s)
}

func (sc *scanner) num(i, minLen, maxLen int) (int, bool) {
	t := sc.tok(i)
	if t.kind != tkNum || len(t.s) < minLen || len(t.s) > maxLen {
		return 0, false
	}
	return atoi(t.s), true
}

// scanDates returns the dates of a line in order of appearance.
func scanDates(s string, buf []token) ([]dateExpr, []token) {
	sc := scanner{s: s, toks: tokenize(s, buf)}
	// The times of day matter only beside a date: most lines have none,
	// so they are found on the first date.
	var (
		clocks      []clockExpr
		clocksFound bool
	)
	var out []dateExpr
	for i := 0; i < len(sc.toks); {
		e, next, ok := sc.dateAt(i)
		if !ok {
			i++
			continue
		}
		first := sc.attachWeekday(&e, i)
		if !clocksFound {
			clocks, clocksFound = sc.clocks(), true
		}
		sc.attachClock(&e, first, next, clocks)
		out = append(out, e)
		i = next
		if e.clock != nil && e.clock.endTok > i {
			i = e.clock.endTok
		}
	}
	return out, sc.toks
}
