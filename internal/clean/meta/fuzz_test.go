package meta

import (
	"os"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

// checkPublished fails when a result is not a real calendar date.
func checkPublished(t *testing.T, p article.Published) {
	t.Helper()
	if p.IsZero() {
		return
	}
	day := p.Day()
	d, err := time.Parse(time.DateOnly, day)
	if err != nil || d.Year() < 1900 || d.Year() > 2199 {
		t.Fatalf("published %v: day %q is not a real date", p, day)
	}
	if p.Precision == article.Minute {
		if _, err := time.Parse(time.RFC3339, p.String()); err != nil {
			t.Fatalf("published %v: %v", p, err)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2025-02-21T08:35:00Z", "26-02-2025 22:45 IST", "Friday, 21 February 2025, 08:35",
		"Feb. 21, 2025 8:35 a.m. ET", "Published 3:45 PM EST, Fri February 21, 2025", "21 лютого 2025",
		"21.02.2025 08:35 GMT+5:30", "2025年2月21日", "02/06/25 12 pm (CET)", "31.12.99 23:59 -0500",
	} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, order uint8) {
		p, ok := ParseDate(s, Order(order%3), time.UTC)
		if ok == p.IsZero() {
			t.Fatalf("ok %v with %v", ok, p)
		}
		checkPublished(t, p)
	})
}

func FuzzFromText(f *testing.F) {
	f.Add("Devdiscourse News Desk | Updated: 02-06-2025 02:48 IST | Created: 02-06-2025 02:48 IST\n", "https://x.com/2025/02/30/a", "")
	f.Add("Iryna KutielievaFriday, 21 February 2025, 08:35\nSupport Ukrainska Pravda\n", "", "yesterday")
	f.Add("By Jane Doe and John Roe | Reuters\nTRENDING\n21.02.2025\n© 2025 BBC\n", "", "2025-02-21")
	if b, err := os.ReadFile("testdata/bench_page.txt"); err == nil {
		f.Add(string(b), "", "")
	}
	f.Fuzz(func(t *testing.T, raw, url, published string) {
		m := NewMemory()
		h := Hints{URL: url, Published: published}
		m.Learn(raw, h)
		md := FromText(raw, "", h, m)
		checkPublished(t, md.Published)
		for _, a := range md.Authors {
			if a == "" {
				t.Fatal("empty author")
			}
		}
	})
}
