package meta

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in    string
		order Order
		loc   *time.Location
		want  string // "" when no date must be found
	}{
		// ISO 8601 and RFC 3339
		{"2025-02-21", Unknown, nil, "2025-02-21"},
		{"2025-02-21T08:35:00Z", Unknown, nil, "2025-02-21T08:35:00Z"},
		{"2025-02-21T08:35:00+02:00", Unknown, nil, "2025-02-21T08:35:00+02:00"},
		{"2025-02-21T08:35:00.123-05:00", Unknown, nil, "2025-02-21T08:35:00-05:00"},
		{"2025-02-21T08:35", Unknown, nil, "2025-02-21"},
		{"2025-02-21T08:35", Unknown, kyiv, "2025-02-21T08:35:00+02:00"},
		{"2025-02-21 08:35:00 +0000", Unknown, nil, "2025-02-21T08:35:00Z"},
		{"2025/02/21 08:35 UTC", Unknown, nil, "2025-02-21T08:35:00Z"},
		{"2025.02.21", Unknown, nil, "2025-02-21"},
		{"2025年2月21日", Unknown, nil, "2025-02-21"},
		{" date 2025-02-26", Unknown, nil, "2025-02-26"},
		// numeric day-month-year and month-day-year
		{"26-02-2025 22:45 IST", Unknown, nil, "2025-02-26T22:45:00+05:30"},
		{"Updated: 26-02-2025 22:45 IST | Created: 26-02-2025 22:45 IST", Unknown, nil, "2025-02-26T22:45:00+05:30"},
		{"21.02.2025 08:35", Unknown, nil, "2025-02-21"},
		{"21.02.2025 08:35", Unknown, kyiv, "2025-02-21T08:35:00+02:00"},
		{"21.02.2025", Unknown, nil, "2025-02-21"},
		{"02/21/2025", Unknown, nil, "2025-02-21"},
		{"02/21/2025 3:45 PM ET", Unknown, nil, "2025-02-21T15:45:00-05:00"},
		{"07/04/2025 9:00 AM EDT", MonthFirst, nil, "2025-07-04T09:00:00-04:00"},
		{"02-06-2025", DayFirst, nil, "2025-06-02"},
		{"02-06-2025", MonthFirst, nil, "2025-02-06"},
		{"02-06-2025", Unknown, nil, ""},
		{"06-06-2025", Unknown, nil, "2025-06-06"},
		{"Monday, 02-06-2025", Unknown, nil, "2025-06-02"},
		{"Thursday 02-06-2025", Unknown, nil, "2025-02-06"},
		{"21/02/25", Unknown, nil, "2025-02-21"},
		{"31.12.99", Unknown, nil, "1999-12-31"},
		// month names
		{"Friday, 21 February 2025, 08:35", Unknown, nil, "2025-02-21"},
		{"Friday, 21 February 2025, 08:35", Unknown, kyiv, "2025-02-21T08:35:00+02:00"},
		{"Iryna KutielievaFriday, 21 February 2025, 08:35", Unknown, kyiv, "2025-02-21T08:35:00+02:00"},
		{"Feb. 21, 2025 8:35 a.m. ET", Unknown, nil, "2025-02-21T08:35:00-05:00"},
		{"Jul. 4, 2025 8:35 p.m. ET", Unknown, nil, "2025-07-04T20:35:00-04:00"},
		{"Published 3:45 PM EST, Fri February 21, 2025", Unknown, nil, "2025-02-21T15:45:00-05:00"},
		{"February 21st, 2025", Unknown, nil, "2025-02-21"},
		{"Feb 21 2025", Unknown, nil, "2025-02-21"},
		{"21st February 2025", Unknown, nil, "2025-02-21"},
		{"21-Feb-2025", Unknown, nil, "2025-02-21"},
		{"21 Feb 2025 08:35 GMT", Unknown, nil, "2025-02-21T08:35:00Z"},
		{"Fri, 21 Feb 2025 08:35:00 GMT", Unknown, nil, "2025-02-21T08:35:00Z"},
		{"Fri, 21 Feb 2025 08:35:00 +0300", Unknown, nil, "2025-02-21T08:35:00+03:00"},
		{"21 February 2025 08:35 BST", Unknown, nil, "2025-02-21T08:35:00+01:00"},
		{"21 February 2025 08:35 CET", Unknown, nil, "2025-02-21T08:35:00+01:00"},
		{"21 July 2025 08:35 CEST", Unknown, nil, "2025-07-21T08:35:00+02:00"},
		{"21 February 2025 08:35 EET", Unknown, nil, "2025-02-21T08:35:00+02:00"},
		{"21 July 2025 08:35 EEST", Unknown, nil, "2025-07-21T08:35:00+03:00"},
		{"21 February 2025, 08:35 MSK", Unknown, nil, "2025-02-21T08:35:00+03:00"},
		{"February 21, 2025 8:35 AM PT", Unknown, nil, "2025-02-21T08:35:00-08:00"},
		{"July 21, 2025 8:35 AM PT", Unknown, nil, "2025-07-21T08:35:00-07:00"},
		{"February 21, 2025 8:35 AM PST", Unknown, nil, "2025-02-21T08:35:00-08:00"},
		{"February 21, 2025 8:35 AM PDT", Unknown, nil, "2025-02-21T08:35:00-07:00"},
		{"February 21, 2025 8:35 AM EDT", Unknown, nil, "2025-02-21T08:35:00-04:00"},
		{"21 February 2025 08:35 UTC", Unknown, nil, "2025-02-21T08:35:00Z"},
		{"21 February 2025 08:35 JST", Unknown, nil, "2025-02-21T08:35:00+09:00"},
		{"21 February 2025 08:35 AEST", Unknown, nil, "2025-02-21T08:35:00+10:00"},
		{"21 February 2025 08:35 (IST)", Unknown, nil, "2025-02-21T08:35:00+05:30"},
		{"21 February 2025 08:35 GMT+5:30", Unknown, nil, "2025-02-21T08:35:00+05:30"},
		{"21 February 2025 08:35 UTC+02:00", Unknown, nil, "2025-02-21T08:35:00+02:00"},
		{"21 February 2025 at 8 pm", Unknown, time.UTC, "2025-02-21T20:00:00Z"},
		{"21 February 2025 at 12 am", Unknown, time.UTC, "2025-02-21T00:00:00Z"},
		{"21 February 2025 08:35 Uhr MEZ", Unknown, nil, "2025-02-21T08:35:00+01:00"},
		{"21. Februar 2025", Unknown, nil, "2025-02-21"},
		{"21 février 2025", Unknown, nil, "2025-02-21"},
		{"21 de febrero de 2025", Unknown, nil, "2025-02-21"},
		{"21 febbraio 2025", Unknown, nil, "2025-02-21"},
		{"21 лютого 2025", Unknown, nil, "2025-02-21"},
		{"П'ятниця, 21 лютого 2025, 08:35", Unknown, kyiv, "2025-02-21T08:35:00+02:00"},
		{"21 февраля 2025", Unknown, nil, "2025-02-21"},
		{"21 февраля 2025 года, 08:35 МСК", Unknown, nil, "2025-02-21"},
		{"Sunday, June 1, 2025", Unknown, nil, "2025-06-01"},
		{"Jane DoeFebruary 21, 2025", Unknown, nil, "2025-02-21"},
		{"Posted on 29 February 2024", Unknown, nil, "2024-02-29"},
		// failures
		{"", Unknown, nil, ""},
		{"no date here", Unknown, nil, ""},
		{"29 February 2025", Unknown, nil, ""},
		{"31/04/2025", Unknown, nil, ""},
		{"2025-13-01", Unknown, nil, ""},
		{"2025-02-30", Unknown, nil, ""},
		{"Version 1.2.3.2025", Unknown, nil, ""},
		{"192.168.1.2025", Unknown, nil, ""},
		{"21 February", Unknown, nil, ""},
		{"February 2025", Unknown, nil, ""},
		{"© Copyright 2025", Unknown, nil, ""},
		{"08:35", Unknown, nil, ""},
		{"21 February 1850", Unknown, nil, ""},
		{"25:61 21 February 2025", Unknown, nil, "2025-02-21"},
		{"21 February 2025 25:10 GMT", Unknown, time.UTC, "2025-02-21"},
		{"13/13/2025", Unknown, nil, ""},
		{"Phone: +91-720-6444012", Unknown, nil, ""},
	}
	for _, tc := range tests {
		got, ok := ParseDate(tc.in, tc.order, tc.loc)
		if ok != (tc.want != "") || got.String() != tc.want {
			t.Errorf("ParseDate(%q, %v) = %q, %v; want %q", tc.in, tc.order, got.String(), ok, tc.want)
		}
	}
	if len(tests) < 80 {
		t.Errorf("only %d cases", len(tests))
	}
}
