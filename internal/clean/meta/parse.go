package meta

import (
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

// ParseDate parses one date-time expression as news pages write it:
// ISO 8601 and RFC 3339, numeric dates with any of - / . (order gives the
// reading of 02-06-2025 when nothing in s settles it), month names in
// English, Ukrainian, Russian, German, French, Spanish and Italian, an
// optional weekday, a time of day in 24- or 12-hour form and a zone as an
// abbreviation or offset. loc is used when the text gives no zone; with no
// zone and a nil loc the result has Day precision. The first date in s that
// can be read wins; ok is false when there is none.
func ParseDate(s string, order Order, loc *time.Location) (article.Published, bool) {
	exprs, _ := scanDates(s, nil)
	for i := range exprs {
		day, ok := exprs[i].resolve(order)
		if !ok {
			continue
		}
		return exprs[i].at(day, loc), true
	}
	return article.Published{}, false
}

// at builds the publication value of a resolved expression: Minute when a
// time of day and a zone (printed, or home when none is printed) are known,
// Day otherwise.
func (e *dateExpr) at(day time.Time, home *time.Location) article.Published {
	if e.clock != nil {
		z := e.clock.zone
		if z == nil {
			z = home
		}
		if z != nil {
			t := time.Date(day.Year(), day.Month(), day.Day(), e.clock.hour, e.clock.min, 0, 0, z)
			return article.At(t)
		}
	}
	return article.OnDay(day.Year(), day.Month(), day.Day())
}
