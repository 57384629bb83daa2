package kb

import (
	"fmt"
	"time"
)

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY. A partial date is the first
// day of its period for a start, the last day for an end, so that the stint
// covers every day it may have run.
func parseDate(s string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, f := range []struct {
		layout string
		years  int
		months int
	}{{"2006-01-02", 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		t, err := time.Parse(f.layout, s)
		if err != nil {
			continue
		}
		if end && (f.years > 0 || f.months > 0) {
			t = t.AddDate(f.years, f.months, -1)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// index builds the alias and holder indexes once every row is in.
func (k *KB) index() {
	for _, p := range k.peopleLst {
		for _, a := range p.Aliases {
			f := Fold(a)
			if _, ok := k.byAlias[f]; !ok {
				k.byAlias[f] = p
			}
		}
		for i, s := range p.Stints {
			key := s.Office + "|" + s.State
			k.holders[key] = append(k.holders[key], holding{person: p, stint: i})
		}
	}
	for _, p := range k.placeList {
		for _, a := range p.Aliases {
			f := Fold(a)
			if _, ok := k.placeAli[f]; !ok {
				k.placeAli[f] = p
			}
		}
	}
}
