package kb

import (
	"testing"
	"time"
)

func TestStintOnPrefersTheMoreProminentConcurrentOffice(t *testing.T) {
	p := &Person{Name: "A. Minister", Stints: []Stint{
		{State: "USA", Office: "foreign_minister", From: day("2025-01-21")},
		{State: "USA", Office: "national_security_adviser", From: day("2025-05-01")},
		{State: "USA", Office: "other", From: day("2011-01-03"), To: day("2025-01-20")},
	}}
	for _, tt := range []struct {
		on   time.Time
		want string
	}{
		{day("2025-06-01"), "foreign_minister"},
		{day("2025-03-01"), "foreign_minister"},
		{day("2020-03-01"), "other"},
		{time.Time{}, "foreign_minister"},
	} {
		s, ok := p.StintOn(tt.on)
		if !ok || s.Office != tt.want {
			t.Errorf("StintOn(%v) = %+v, want %s", tt.on, s, tt.want)
		}
	}
}
