package query

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
)

func TestIdentity(t *testing.T) {
	tests := []struct {
		a    article.Actor
		want string
	}{
		{article.Actor{Name: "Sergey Lavrov", Country: "RUS"}, "n:sergey lavrov"},
		{article.Actor{Name: "  SERGEY   Lavrov "}, "n:sergey lavrov"},
		{article.Actor{Name: "Mevlüt Çavuşoğlu", Country: "TUR"}, "n:mevlut cavusoglu"},
		{article.Actor{Name: "Türkiye"}, "n:turkiye"},
		{article.Actor{Name: "Сергей Лавров"}, "n:сергеи лавров"},
		{article.Actor{Name: "Kaja\tKallas\n"}, "n:kaja kallas"},
		{article.Actor{Name: "bad\x00name"}, "n:bad name"},
		{article.Actor{Country: "ukr"}, "c:UKR"},
		{article.Actor{}, ""},
	}
	for _, tt := range tests {
		if got := Identity(tt.a); got != tt.want {
			t.Errorf("Identity(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}

func TestMatcher(t *testing.T) {
	lavrov := article.Actor{Name: "Sergei Lavrov", Country: "RUS", Sector: "GOV"}
	lavrov2 := article.Actor{Name: "SERGEI LAVROV"}
	russia := article.Actor{Name: "Russia", Country: "RUS"}
	rubio := article.Actor{Name: "Marco Rubio", Country: "USA"}
	nato := article.Actor{Name: "NATO"}
	tests := []struct {
		name    string
		m       Matcher
		match   []article.Actor
		nomatch []article.Actor
	}{
		{"person", NewMatcher("n:sergei lavrov"), []article.Actor{lavrov, lavrov2}, []article.Actor{russia, rubio}},
		{"state", NewMatcher("c:RUS"), []article.Actor{lavrov, russia}, []article.Actor{lavrov2, rubio, nato}},
		{"state lower case", NewMatcher("c:rus"), []article.Actor{lavrov, russia}, []article.Actor{rubio}},
		{"bare name", NewMatcher("NATO"), []article.Actor{nato}, []article.Actor{russia}},
		{"two keys", NewMatcher(NameKey("Marco Rubio"), CountryKey("RUS")), []article.Actor{rubio, russia, lavrov}, []article.Actor{nato}},
		{"zero", Matcher{}, nil, []article.Actor{lavrov, russia, rubio, nato, {}}},
		{"empty keys", NewMatcher("", "c:", "n:  "), nil, []article.Actor{lavrov, {}}},
	}
	for _, tt := range tests {
		for _, a := range tt.match {
			if !tt.m.Match(a) {
				t.Errorf("%s: %+v should match", tt.name, a)
			}
		}
		for _, a := range tt.nomatch {
			if tt.m.Match(a) {
				t.Errorf("%s: %+v should not match", tt.name, a)
			}
		}
	}
	if !NewMatcher("", "c:").Empty() || NewMatcher("c:RUS").Empty() {
		t.Error("Empty is wrong")
	}
	if got := NewMatcher("c:rus", "n:Sergei Lavrov").Keys(); len(got) != 2 || got[0] != "c:RUS" || got[1] != "n:sergei lavrov" {
		t.Errorf("Keys = %q", got)
	}
}

func TestDayRange(t *testing.T) {
	tests := []struct{ date, first, last string }{
		{"2025-02-18", "2025-02-18", "2025-02-18"},
		{"2025-W08", "2025-02-17", "2025-02-23"},
		{"2025-W01", "2024-12-30", "2025-01-05"},
		{"2020-W53", "2020-12-28", "2021-01-03"},
		{"2025-02", "2025-02-01", "2025-02-28"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2025", "2025-01-01", "2025-12-31"},
		{"2025-W53", "", ""},
		{"2025-02-30", "", ""},
		{"2025-13", "", ""},
		{"", "", ""},
		{"yesterday", "", ""},
	}
	for _, tt := range tests {
		first, last, ok := DayRange(tt.date)
		if first != tt.first || last != tt.last || ok != (tt.first != "") {
			t.Errorf("DayRange(%q) = %q, %q, %v; want %q, %q", tt.date, first, last, ok, tt.first, tt.last)
		}
	}
}

func FuzzDayRange(f *testing.F) {
	for _, s := range []string{"2025-02-18", "2025-W08", "2025-02", "2025", "0000-W00", "9999-12", "2025-W-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		first, last, ok := DayRange(s)
		if !ok {
			if first != "" || last != "" {
				t.Fatalf("DayRange(%q) failed but gave %q, %q", s, first, last)
			}
			return
		}
		if len(first) != 10 || len(last) != 10 || first > last {
			t.Fatalf("DayRange(%q) = %q, %q", s, first, last)
		}
	})
}

// The allocation-free path for plain names agrees with Identity.
func TestASCIIKey(t *testing.T) {
	for _, name := range []string{"Sergey Lavrov", "NATO", "Jean-Noël Barrot", "A  B", " x", "x ", "O`Brien", "Kaja\tKallas",
		"", "x", "United Nations Security Council", "Mohammed bin Salman Al Saud, Crown Prince of Saudi Arabia and more"} {
		var buf [64]byte
		key, ok := asciiKey(buf[:0], name)
		if ok && string(key) != Identity(article.Actor{Name: name}) {
			t.Errorf("asciiKey(%q) = %q, Identity gives %q", name, key, Identity(article.Actor{Name: name}))
		}
	}
	m := NewMatcher("n:sergey lavrov")
	lavrov := article.Actor{Name: "Sergey Lavrov", Country: "RUS"}
	if n := testing.AllocsPerRun(100, func() { m.Match(lavrov) }); n != 0 {
		t.Errorf("Match allocates %v times for a plain name", n)
	}
}

func BenchmarkFilter(b *testing.B) {
	events := generate(10000, 3)
	f := Filter{Actors: []Matcher{NewMatcher("n:minister 7", "c:FRA")}, Types: []string{"CONSULT", "AGREE"}, From: "2025-03-01"}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i := range events {
			if f.Match(&events[i]) {
				n++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(events)), "ns/event")
}
