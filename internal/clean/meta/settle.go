package meta

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// settler decides the reading of ambiguous numeric dates from the
// evidence of one page, its outlet and the run's Memory.
type settler struct {
	pg        *page
	out       outletFind
	home      *time.Location
	memOrder  Order
	memCount  orderCount
	knownDays []time.Time // unambiguous dates of the page and URL
}

// hintOrder is the order to read a record's free-form date with.
func (st *settler) hintOrder() Order {
	if df, mf := st.pg.orderCounts(); df > 0 && mf == 0 {
		return DayFirst
	} else if mf > 0 && df == 0 {
		return MonthFirst
	}
	if st.memOrder != Unknown {
		return st.memOrder
	}
	return st.out.entry.DateOrder
}

// settle returns the date an expression denotes and, for an ambiguous one,
// the evidence that settled it; ok is false when nothing does.
func (st *settler) settle(e *dateExpr, line string) (time.Time, string, bool) {
	if !e.ambiguous() {
		d, ok := e.resolve(Unknown)
		return d, "", ok
	}
	df, mf, _, _ := e.readings()
	name := func(o Order) string {
		if o == DayFirst {
			return "day first"
		}
		return "month first"
	}
	pick := func(o Order, why string) (time.Time, string, bool) {
		if o == DayFirst {
			return df, name(o) + ": " + why, true
		}
		return mf, name(o) + ": " + why, true
	}
	if o := e.weekdayOrder(); o != Unknown {
		return pick(o, "the weekday printed with it")
	}
	if wd, ok := lineWeekday(line); ok {
		w := *e
		w.weekday, w.hasWD = wd, true
		if o := w.weekdayOrder(); o != Unknown {
			return pick(o, "the weekday "+wd.String()+" on its line")
		}
	}
	var a, b bool
	for _, d := range st.knownDays {
		a = a || d.Equal(df)
		b = b || d.Equal(mf)
	}
	if a != b {
		if a {
			return pick(DayFirst, "another date on the page is "+df.Format(time.DateOnly))
		}
		return pick(MonthFirst, "another date on the page is "+mf.Format(time.DateOnly))
	}
	if dfc, mfc := st.pg.orderCounts(); dfc > 0 && mfc == 0 {
		return pick(DayFirst, fmt.Sprintf("%d unambiguous day-first date(s) on the page", dfc))
	} else if mfc > 0 && dfc == 0 {
		return pick(MonthFirst, fmt.Sprintf("%d unambiguous month-first date(s) on the page", mfc))
	}
	if st.memOrder != Unknown {
		return pick(st.memOrder, fmt.Sprintf("the outlet's other pages (%d day-first, %d month-first)", st.memCount.dayFirst, st.memCount.monthFirst))
	}
	if e.clock != nil && e.clock.zone != nil && e.clock.zoneOrder != Unknown {
		return pick(e.clock.zoneOrder, "the locale of the zone "+e.clock.zoneName)
	}
	if st.out.known && st.out.entry.DateOrder != Unknown {
		return pick(st.out.entry.DateOrder, "the outlet table's entry for "+st.out.entry.Name)
	}
	return time.Time{}, "", false
}

// lineWeekday returns the weekday named on a line, when it names exactly
// one. Three-letter abbreviations count only capitalised ("Sun", not "sun").
func lineWeekday(line string) (time.Weekday, bool) {
	var found time.Weekday
	n := 0
	for w := range strings.FieldsFuncSeq(line, func(r rune) bool { return !unicode.IsLetter(r) && !isApostrophe(r) }) {
		if len(w) < 3 {
			continue
		}
		wd, ok := lookupLower(weekdays, w)
		if !ok || len(w) <= 5 && !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		if n > 0 && wd != found {
			return 0, false
		}
		found, n = wd, n+1
	}
	return found, n > 0
}
