package merge

import (
	"fmt"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

// datesAgree decides on two mention spans: they must overlap, and a month
// or a year, which may hold many events of one kind between the same
// sides, only matches the same month or year.
func datesAgree(a, b span, explain bool) (bool, string) {
	if a.prec >= precMonth && a.prec <= precYear || b.prec >= precMonth && b.prec <= precYear {
		if a.prec == b.prec && a.first.Equal(b.first) {
			return true, "same month or year"
		}
		return false, "a month or a year is too loose to join another date"
	}
	if a.overlaps(b) {
		return true, "dates overlap"
	}
	if !explain {
		return false, ""
	}
	return false, fmt.Sprintf("dates apart: %s..%s, %s..%s", a.first.Format(time.DateOnly), a.last.Format(time.DateOnly),
		b.first.Format(time.DateOnly), b.last.Format(time.DateOnly))
}

// slack lets two days one apart agree (a time zone, a report written
// after midnight) when everything else is the same: the sides, the
// status, the place and the mode, and the type is not one that recurs day
// after day.
func slack(a, b Mention, pa, pb span, sameSides bool) bool {
	if !sameSides || ongoing[a.Event.Type] || pa.prec != precDay || pb.prec != precDay || a.Event.Status != b.Event.Status {
		return false
	}
	if d := pa.first.Sub(pb.first); d != 24*time.Hour && d != -24*time.Hour {
		return false
	}
	la, lb := a.Event.Location, b.Event.Location
	if (la == nil) != (lb == nil) || la != nil && strings.ToUpper(la.Country) != strings.ToUpper(lb.Country) {
		return false
	}
	return modeOf(a.Event) == modeOf(b.Event)
}

// placesAgree accepts the same place, a missing one, or two places in one
// country (a city and its country, or two names for one site); places in
// different countries refuse.
func placesAgree(a, b *article.Place) bool {
	if a == nil || b == nil {
		return true
	}
	if ca, cb := strings.ToUpper(a.Country), strings.ToUpper(b.Country); ca != "" && ca == cb {
		return true
	}
	return fold(a.Name) == fold(b.Name)
}

// reversed reports whether b names as its actors the sides a names as its
// recipients and not the other way round.
func reversed(a, b *facts) bool {
	aa, ar, ba, br := a.actors, a.recipients, b.actors, b.recipients
	if len(aa) == 0 || len(ar) == 0 || len(ba) == 0 || len(br) == 0 {
		return false
	}
	return common(aa, br) > 0 && common(ar, ba) > 0 && common(aa, ba) == 0 && common(ar, br) == 0
}

// modeOf returns the CONSULT mode of e, "" when unknown.
func modeOf(e article.Event) string {
	if e.Mode == nil {
		return ""
	}
	return *e.Mode
}

// remote tells talks at a distance (a call, a video conference) from
// talks in one place (in person, or through a mediator shuttling between
// rooms).
func remote(mode string) bool { return mode == "phone" || mode == "virtual" }
