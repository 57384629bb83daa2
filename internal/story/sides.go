package story

import (
	"slices"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// side is the identity a participant stands for, as package merge reads
// it: "c:" and its state's ISO3 code when it has one (a minister speaks
// for the state), else "n:" and its folded name (an organisation, a person
// without a state).
func side(a article.Actor) string {
	if a.Country != "" {
		return "c:" + strings.ToUpper(a.Country)
	}
	if n := strings.Join(strings.Fields(kb.Fold(a.Name)), " "); n != "" {
		return "n:" + n
	}
	return ""
}

// sidesOf returns the sorted distinct sides of an event's participants.
func sidesOf(e *merge.Event) []string {
	out := make([]string, 0, len(e.Actors)+len(e.Recipients))
	for _, as := range [][]article.Actor{e.Actors, e.Recipients} {
		for _, a := range as {
			if s := side(a); s != "" {
				out = append(out, s)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// epoch is day 0 of the day numbers used for gaps.
var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// dayNumber turns YYYY-MM-DD into days since 1970-01-01.
func dayNumber(s string) (int, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, false
	}
	return int(t.Sub(epoch).Hours() / 24), true
}

// dayString turns a day number back into YYYY-MM-DD.
func dayString(n int) string { return epoch.AddDate(0, 0, n).Format(time.DateOnly) }

// daysOf returns the first and last day an event may mean: its First and
// Last, else the span of its Date at its precision, else the days its
// mentions were published.
func daysOf(e *merge.Event) (lo, hi int, ok bool) {
	if lo, ok1 := dayNumber(e.First); ok1 {
		hi, ok2 := dayNumber(e.Last)
		if !ok2 || hi < lo {
			hi = lo
		}
		return lo, hi, true
	}
	if lo, hi, ok := spanOf(e.Date); ok {
		return lo, hi, true
	}
	for _, m := range e.Mentions {
		d, ok1 := dayNumber(m.Published.Day())
		if !ok1 {
			continue
		}
		if !ok || d < lo {
			lo = d
		}
		if !ok || d > hi {
			hi = d
		}
		ok = true
	}
	return lo, hi, ok
}

// spanOf reads a date at any precision of the contract: YYYY-MM-DD,
// YYYY-Www, YYYY-MM or YYYY.
func spanOf(date string) (lo, hi int, ok bool) {
	if d, ok := dayNumber(date); ok {
		return d, d, true
	}
	if t, err := time.Parse("2006-01", date); err == nil {
		return days(t), days(t.AddDate(0, 1, -1)), true
	}
	if len(date) == 4 {
		if t, err := time.Parse("2006", date); err == nil {
			return days(t), days(t.AddDate(1, 0, -1)), true
		}
	}
	var year, week int
	if len(date) == 8 && date[4:6] == "-W" && atoi(date[:4], &year) && atoi(date[6:], &week) && week >= 1 && week <= 53 {
		// ISO weeks: week 1 holds 4 January; weeks start on Monday.
		jan4 := time.Date(year, time.January, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(week-1))
		return days(monday), days(monday) + 6, true
	}
	return 0, 0, false
}

func days(t time.Time) int { return int(t.Sub(epoch).Hours() / 24) }

// atoi parses a run of ASCII digits.
func atoi(s string, n *int) bool {
	if s == "" {
		return false
	}
	v := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
		v = v*10 + int(c-'0')
	}
	*n = v
	return true
}

// StateNames returns an Options.StateName that names states as the
// knowledge base does ("United States", not "US" or "Washington").
func StateNames(k *kb.KB) func(iso3 string) string {
	return func(iso3 string) string {
		if k == nil {
			return ""
		}
		if s, ok := k.State(iso3); ok {
			return s.Name
		}
		return ""
	}
}
