package meta

import (
	"strings"
	"testing"
)

// TestAmbiguousDates checks that a numeric date whose day and month are
// both up to 12 is read only when evidence settles it.
func TestAmbiguousDates(t *testing.T) {
	const byline = "Staff Reporter | Created: 02-06-2025 14:10\n"
	const story = "\nThe council met for three hours and approved the budget for the coming year after a long debate.\n"
	tests := []struct {
		name string
		page string
		h    Hints
		want string
		why  string // a fragment the evidence must contain
	}{
		{"nothing settles it", byline + story, Hints{}, "", "ambiguous"},
		{"unambiguous date elsewhere", byline + story + "Related\nOlder story\n15-05-2025\n", Hints{}, "2025-06-02", "day-first date"},
		{"month-first date elsewhere", byline + story + "Related\nOlder story\n05-15-2025\n", Hints{}, "2025-02-06", "month-first date"},
		{"same date written unambiguously", byline + story + " date 2025-02-06\n", Hints{}, "2025-02-06", "another date on the page"},
		{"weekday on the line", "Monday, 02-06-2025 14:10\n" + story, Hints{}, "2025-06-02", "weekday"},
		{"weekday picks month first", "Thursday, 02-06-2025 14:10\n" + story, Hints{}, "2025-02-06", "weekday"},
		{"weekday elsewhere on the line", "Staff Reporter | 02-06-2025 | Monday\n" + story, Hints{}, "2025-06-02", "weekday Monday on its line"},
		{"zone locale India", "Staff Reporter | Created: 02-06-2025 14:10 IST\n" + story, Hints{}, "2025-06-02T14:10:00+05:30", "zone IST"},
		{"zone locale US", "Staff Reporter | Posted: 02-06-2025 2:10 PM ET\n" + story, Hints{}, "2025-02-06T14:10:00-05:00", "zone ET"},
		{"outlet table day first", byline + story, Hints{URL: "https://www.hindustantimes.com/world-news/x"}, "2025-06-02T14:10:00+05:30", "outlet table"},
		{"outlet table month first", byline + story, Hints{URL: "https://www.washingtonpost.com/world/x"}, "2025-02-06T14:10:00-05:00", "outlet table"},
		{"URL date", byline + story, Hints{URL: "https://example-news.com/2025/06/02/council-budget"}, "2025-06-02", "another date on the page"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FromText(tc.page, "", tc.h, nil)
			ev := strings.Join(got.Evidence, "\n")
			if got.Published.String() != tc.want {
				t.Errorf("published %q, want %q\n%s", got.Published, tc.want, ev)
			}
			if !strings.Contains(ev, tc.why) {
				t.Errorf("evidence lacks %q:\n%s", tc.why, ev)
			}
		})
	}
}

// TestMemorySettles checks that an outlet's unambiguous dates on one page
// settle its ambiguous dates on another.
func TestMemorySettles(t *testing.T) {
	h := Hints{URL: "https://www.example-gazette.org/news/1"}
	teach := "Posted 25/03/2025 08:00\n\nA story from March about the harbour works and the new ferry line.\n"
	page := "Posted 02/06/2025 08:00\n\nA story about the opening of the ferry line after two years of works.\n"
	if got := FromText(page, "", h, nil).Published; !got.IsZero() {
		t.Fatalf("without memory: %s, want no date", got)
	}
	m := NewMemory()
	m.Learn(teach, h)
	got := FromText(page, "", h, m)
	if got.Published.Day() != "2025-06-02" {
		t.Errorf("with memory: %q, want 2025-06-02\n%s", got.Published, strings.Join(got.Evidence, "\n"))
	}
	// Another outlet learned nothing.
	if got := FromText(page, "", Hints{URL: "https://other.example.net/a"}, m).Published; !got.IsZero() {
		t.Errorf("other outlet: %s, want no date", got)
	}
	// Conflicting evidence leaves the order unknown.
	m.Learn("Posted 03/25/2025 08:00\n", h)
	if o, _ := m.order("example-gazette.org"); o != Unknown {
		t.Errorf("order after conflicting pages: %v, want unknown", o)
	}
}

func TestMemoryConcurrent(t *testing.T) {
	m := NewMemory()
	done := make(chan bool)
	for i := range 4 {
		go func() {
			for j := range 50 {
				m.Learn("Posted 25/03/2025\n", Hints{Outlet: string(rune('a'+i)) + "-outlet"})
				_ = FromText("Posted 02/06/2025\n", "", Hints{Outlet: "a-outlet"}, m)
				_ = j
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	if o, c := m.order("a-outlet"); o != DayFirst || c.dayFirst != 50 {
		t.Errorf("order %v %+v", o, c)
	}
}

// TestPublicationDate covers the choice among the dates of a page.
func TestPublicationDate(t *testing.T) {
	const story = "\nThe ministers spoke for an hour and agreed to meet again next month in Geneva to continue the talks.\n"
	tests := []struct {
		name string
		page string
		h    Hints
		want string
	}{
		{"caption date is not publication", "Talks in Geneva\nThe minister arrives on May 21, 2025 in Geneva. © Jane Roe / Getty Images\n" + story, Hints{}, ""},
		{"photo credit", "Photo: Reuters, 12 March 2025\n" + story, Hints{}, ""},
		{"trending list", story + "TRENDING\nMarkets rally after the vote\n14 March 2025\n", Hints{}, ""},
		{"navigation above the date line", "Latest\nPolitics\nTalks resume in Geneva\n21 February 2025, 08:35 GMT\n" + story, Hints{}, "2025-02-21T08:35:00Z"},
		{"dated list above the article", "Latest news\nMarkets rally after the vote\n14 March 2025\nPort strike ends\n13 March 2025\n" + story, Hints{}, ""},
		{"copyright year", story + "© Copyright 2025\n", Hints{}, ""},
		{"prose date", "The agreement signed on 5 March 2024 in Riyadh set out the terms of the exchange of prisoners between the two sides and the return of children.\n", Hints{}, ""},
		{"label in a sentence", "The report, published on 5 March 2024 by the ministry, found that exports fell.\n" + story, Hints{}, ""},
		{"created over updated", "Updated: 26-02-2025 22:45 IST | Created: 25-02-2025 20:00 IST\n" + story, Hints{}, "2025-02-25T20:00:00+05:30"},
		{"updated over a widget below the body", "Updated 10:01 pm PST, Tuesday, November 19, 2019\n" + story + story + "Weather for Wednesday, 11/20/19\n", Hints{}, "2019-11-19T22:01:00-08:00"},
		{"updated when alone", "Last updated 26 February 2025\n" + story, Hints{}, "2025-02-26"},
		{"byline date", "By Jane Roe\nFeb. 21, 2025 8:35 a.m. ET\n" + story, Hints{}, "2025-02-21T08:35:00-05:00"},
		{"time before date", "Published 3:45 PM EST, Fri February 21, 2025\n" + story, Hints{}, "2025-02-21T15:45:00-05:00"},
		{"glued byline", "Iryna KutielievaFriday, 21 February 2025, 08:35\n" + story, Hints{URL: "https://www.pravda.com.ua/eng/news/2025/02/21/1/"}, "2025-02-21T08:35:00+02:00"},
		{"home zone from outlet", "21.02.2025 08:35\n" + story, Hints{Outlet: "Ukrainska Pravda"}, "2025-02-21T08:35:00+02:00"},
		{"no zone, unknown outlet", "21.02.2025 08:35\n" + story, Hints{}, "2025-02-21"},
		{"Ukrainian month", "21 лютого 2025, 08:35\n" + story, Hints{}, "2025-02-21"},
		{"Russian month", "21 февраля 2025\n" + story, Hints{}, "2025-02-21"},
		{"hint wins", "Published: 21 February 2025\n" + story, Hints{Published: "2025-03-01T10:00:00Z"}, "2025-03-01T10:00:00Z"},
		{"hint day, page time", "Published: 21 February 2025 10:20 GMT\n" + story, Hints{Published: "2025-02-21"}, "2025-02-21T10:20:00Z"},
		{"malformed hint", "Published: 21 February 2025\n" + story, Hints{Published: "yesterday"}, "2025-02-21"},
		{"free-form hint", story, Hints{Published: "Fri, 21 Feb 2025 08:35:00 +0000"}, "2025-02-21T08:35:00Z"},
		{"no date", story, Hints{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FromText(tc.page, "", tc.h, nil)
			if got.Published.String() != tc.want {
				t.Errorf("published %q, want %q\n%s", got.Published, tc.want, strings.Join(got.Evidence, "\n"))
			}
		})
	}
}
