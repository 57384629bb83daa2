package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// Precision says how much of a publication time the page gives.
type Precision uint8

// Precisions, from nothing to a full time of day with its zone.
const (
	Unknown Precision = iota // the page does not say
	Day                      // the date only
	Minute                   // date, time of day and time zone
)

// Published is a publication date-time with the precision the source gives.
// It is never a guess: a value is set only from evidence in the page.
type Published struct {
	Time      time.Time
	Precision Precision
}

// OnDay returns a day-precision publication date.
func OnDay(year int, month time.Month, day int) Published {
	return Published{Time: time.Date(year, month, day, 0, 0, 0, 0, time.UTC), Precision: Day}
}

// At returns a minute-precision publication time; t carries its zone.
func At(t time.Time) Published { return Published{Time: t, Precision: Minute} }

// IsZero reports whether the publication date is unknown.
func (p Published) IsZero() bool { return p.Precision == Unknown }

// Day returns the calendar day of publication as YYYY-MM-DD in the
// publication's own zone, or "" when unknown.
func (p Published) Day() string {
	if p.IsZero() {
		return ""
	}
	return p.Time.Format(time.DateOnly)
}

// String formats the value as the JSON contract does, without quotes:
// RFC 3339 with a time, YYYY-MM-DD with a day only, "" when unknown.
func (p Published) String() string {
	switch p.Precision {
	case Day:
		return p.Time.Format(time.DateOnly)
	case Minute:
		return p.Time.Format(time.RFC3339)
	}
	return ""
}

// MarshalJSON implements json.Marshaler: null, "YYYY-MM-DD" or RFC 3339.
func (p Published) MarshalJSON() ([]byte, error) {
	if p.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(p.String())
}

// UnmarshalJSON implements json.Unmarshaler for the forms MarshalJSON writes.
func (p *Published) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		*p = Published{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("published: %w", err)
	}
	v, err := ParsePublished(s)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ParsePublished reads the contract's own forms back: "", "YYYY-MM-DD" or
// RFC 3339.
func ParsePublished(s string) (Published, error) {
	if s == "" {
		return Published{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return Published{Time: t, Precision: Day}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return Published{}, fmt.Errorf("published %q: want YYYY-MM-DD or RFC 3339", s)
	}
	return At(t), nil
}
