package timex

import (
	"fmt"
	"time"
)

// Precision says how much of the calendar a Value pins down. Callers must
// not read more into Start than the precision allows.
type Precision uint8

// Precisions, from nothing to a single day.
const (
	None  Precision = iota // recognised, but not resolvable against the anchor
	Day                    // a calendar day (or a range of days)
	Week                   // an ISO 8601 week
	Month                  // a calendar month
	Year                   // a calendar year
)

var precisionNames = [...]string{"none", "day", "week", "month", "year"}

// String names the precision for --explain output and test failures.
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", p)
}

// Value is a normalised date. Start is the first day covered (the Monday of a
// week, the 1st of a month, 1 January of a year), always at 00:00 UTC, so
// values from outlets in different zones compare by calendar day.
type Value struct {
	Start     time.Time // the first day covered, at 00:00 UTC
	End       time.Time // for ranges ("23-25 May", "January–March 2025", "2014-2022"), the start of the last unit; == Start otherwise
	Precision Precision
}

// String formats the value as the JSON contract does: "2025-06-01",
// "2025-W08", "2025-06" or "2025"; a range is written as its start, and a
// value with no precision as "".
func (v Value) String() string {
	switch v.Precision {
	case Day:
		return v.Start.Format(time.DateOnly)
	case Week:
		y, w := v.Start.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return v.Start.Format("2006-01")
	case Year:
		return v.Start.Format("2006")
	}
	return ""
}

// IsRange reports whether the value spans several explicitly named units.
func (v Value) IsRange() bool { return v.Precision != None && v.End.After(v.Start) }

// Last returns the last calendar day the value covers, taking the precision
// into account, so callers can test overlap without a switch of their own.
// It is the zero time when the precision is None.
func (v Value) Last() time.Time {
	end := v.Start
	if v.End.After(end) {
		end = v.End
	}
	switch v.Precision {
	case Day:
		return end
	case Week:
		return end.AddDate(0, 0, 6)
	case Month:
		return end.AddDate(0, 1, -1)
	case Year:
		return end.AddDate(1, 0, -1)
	}
	return time.Time{}
}

// Order is an outlet's convention for all-numeric dates such as 02/06/2025,
// which cannot be read without it unless one part exceeds 12.
type Order uint8

// Orders of day and month in numeric dates.
const (
	Unknown    Order = iota // not known for this outlet
	DayFirst                // 02/06/2025 is 2 June
	MonthFirst              // 02/06/2025 is 6 February
)

// Anchor is what relative expressions are resolved against.
type Anchor struct {
	Date  time.Time // the publication day (in the publication's own zone); zero when unknown
	Year  int       // when Date is zero: a year the page evidences (e.g. from a photo caption), else 0
	Order Order     // the outlet's numeric date order, when known
}

// Tense is the direction of the clause an expression sits in; it decides
// whether "on Sunday" or "in March" points back or forward from the anchor.
type Tense uint8

// Clause tenses.
const (
	TenseUnknown Tense = iota // no marker found near the expression
	Past                      // past-tense verb: "met on Sunday"
	Future                    // modal or planning marker: "slated for Monday"
)

var tenseNames = [...]string{"unknown", "past", "future"}

// String names the tense for --explain output.
func (t Tense) String() string {
	if int(t) < len(tenseNames) {
		return tenseNames[t]
	}
	return fmt.Sprintf("Tense(%d)", t)
}

// Mention is one date expression found in a sentence.
type Mention struct {
	Start, End int    // byte offsets in the sentence
	Text       string // the sentence bytes Start:End
	Value      Value
	Tense      Tense  // the clause tense used to resolve it
	Rule       string // which rule fired, for --explain ("weekday-past", "month-day-no-year", "last-week" …)
}
