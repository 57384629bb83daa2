package timex

import "time"

// dayOf returns the calendar day y-m-d at 00:00 UTC.
func dayOf(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// daysIn returns the number of days of month m of year y.
func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }

// validDate reports whether y-m-d exists, so 29 February only in leap years.
func validDate(y, m, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, time.Month(m))
}

// anchor is the pointer-free form of Anchor used while matching, so the
// matcher's state never escapes to the heap through a *time.Location.
type anchor struct {
	ok    bool  // whether the publication day is known
	days  int64 // the publication day, in days since 1970-01-01
	year  int   // Anchor.Year
	order Order // Anchor.Order
}

// newAnchor keeps the calendar day the outlet itself printed, whatever its
// zone.
func newAnchor(a Anchor) anchor {
	an := anchor{year: a.Year, order: a.Order}
	if !a.Date.IsZero() {
		y, m, d := a.Date.Date()
		an.ok = true
		an.days = dayOf(y, m, d).Unix() / 86400
	}
	return an
}

// day returns the publication day at 00:00 UTC.
func (a anchor) day() time.Time { return time.Unix(a.days*86400, 0).UTC() }

func dayValue(t time.Time) Value { return Value{Start: t, End: t, Precision: Day} }

func rangeValue(a, b time.Time) Value { return Value{Start: a, End: b, Precision: Day} }

// weekValue returns the ISO week containing t, starting on its Monday.
func weekValue(t time.Time) Value {
	off := (int(t.Weekday()) + 6) % 7
	s := t.AddDate(0, 0, -off)
	return Value{Start: s, End: s, Precision: Week}
}

func monthValue(y int, m time.Month) Value {
	s := dayOf(y, m, 1)
	return Value{Start: s, End: s, Precision: Month}
}

func yearValue(y int) Value {
	s := dayOf(y, time.January, 1)
	return Value{Start: s, End: s, Precision: Year}
}

// days returns b-a in whole days.
func days(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

// nearWindow is how many days from the anchor a month-day without a year
// is taken as that occurrence, before the clause's tense is consulted.
const nearWindow = 45

// directed turns the signed distance in days from the anchor to a
// candidate day into a distance in the clause's direction: past candidates
// may lie up to pastTolerance days after the anchor, future ones not before
// it, and a tenseless clause takes the nearest either way. ok is false for
// a candidate on the wrong side.
func directed(diff int, tn Tense) (dist int, ok bool) {
	switch tn {
	case Past:
		return -diff, diff <= pastTolerance
	case Future:
		return diff, diff >= 0
	}
	return abs(diff), true
}

// pastTolerance lets a past-tense month-day land up to two days after the
// anchor, absorbing zone differences and articles dated a day early.
const pastTolerance = 2

// resolveMonthDay picks the year for a month and day given without one: the
// nearest occurrence in the clause's direction from the anchor.
func resolveMonthDay(m, d int, a anchor, tn Tense) (Value, bool) {
	ad, ok := a.day(), a.ok
	if !ok {
		if a.year > 0 && validDate(a.year, m, d) {
			return dayValue(dayOf(a.year, time.Month(m), d)), true
		}
		return Value{}, false
	}
	var best time.Time
	bestDist := 1 << 30
	// A day within a few weeks of the anchor is that occurrence whatever
	// the clause's tense: a writer gives the year when the date is far, and
	// tense read from nearby words is a guess ("Putin had proposed the talks
	// on May 11, a day after leaders called on Moscow to accept …").
	for y := ad.Year() - 1; y <= ad.Year()+1; y++ {
		if !validDate(y, m, d) {
			continue
		}
		if c := dayOf(y, time.Month(m), d); abs(days(ad, c)) <= nearWindow {
			return dayValue(c), true
		}
	}
	for y := ad.Year() - 8; y <= ad.Year()+8; y++ {
		if !validDate(y, m, d) {
			continue
		}
		c := dayOf(y, time.Month(m), d)
		dist, ok := directed(days(ad, c), tn)
		if ok && dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if best.IsZero() {
		return Value{}, false
	}
	return dayValue(best), true
}

// resolveMonth picks the year of a bare month name ("in March").
func resolveMonth(m int, a anchor, tn Tense, mod int) (Value, bool) {
	ad, ok := a.day(), a.ok
	if !ok {
		if a.year > 0 {
			return monthValue(a.year, time.Month(m)), true
		}
		return Value{}, false
	}
	cur := ad.Year()*12 + int(ad.Month()) - 1
	y := ad.Year()
	idx := y*12 + m - 1
	switch {
	case mod == modLast:
		for idx >= cur {
			idx -= 12
		}
	case mod == modNext:
		for idx <= cur {
			idx += 12
		}
	case mod == modThis:
	case tn == Past:
		if idx > cur {
			idx -= 12
		}
	case tn == Future:
		if idx < cur {
			idx += 12
		}
	default:
		if idx-cur > 6 {
			idx -= 12
		} else if cur-idx > 6 {
			idx += 12
		}
	}
	return monthValue(idx/12, time.Month(idx%12+1)), true
}

// resolveWeekday finds the weekday nearest the anchor in the direction given:
// dir < 0 on or before, dir > 0 on or after; strict excludes the anchor day.
func resolveWeekday(wd time.Weekday, ad time.Time, dir int, strict bool) time.Time {
	diff := int(wd) - int(ad.Weekday())
	if dir < 0 {
		back := (7 - diff) % 7
		if strict && back == 0 {
			back = 7
		}
		return ad.AddDate(0, 0, -back)
	}
	fwd := (diff + 7) % 7
	if strict && fwd == 0 {
		fwd = 7
	}
	return ad.AddDate(0, 0, fwd)
}

// resolveDayOfMonth resolves "on the 18th" to a month near the anchor.
func resolveDayOfMonth(d int, a anchor, tn Tense) (Value, bool) {
	ad, ok := a.day(), a.ok
	if !ok || d < 1 || d > 31 {
		return Value{}, false
	}
	var best time.Time
	bestDist := 1 << 30
	for k := -13; k <= 13; k++ {
		first := ad.AddDate(0, k, 1-ad.Day())
		y, m := first.Year(), int(first.Month())
		if !validDate(y, m, d) {
			continue
		}
		c := dayOf(y, time.Month(m), d)
		dist, ok := directed(days(ad, c), tn)
		if ok && dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if best.IsZero() {
		return Value{}, false
	}
	return dayValue(best), true
}
