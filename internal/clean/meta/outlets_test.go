package meta

import (
	"strings"
	"testing"
	"time"
)

// TestOutletTable keeps the shipped table well-formed: every row parses,
// names and domains are unique, zones load and countries are alpha-3.
func TestOutletTable(t *testing.T) {
	rows := 0
	for line := range strings.Lines(outletsTSV) {
		line = strings.TrimRight(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows++
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			t.Errorf("row %q: %d columns, want 7", line, len(f))
			continue
		}
		if f[0] == "" || f[1] == "" {
			t.Errorf("row %q: empty name or domains", line)
		}
		if len(f[2]) != 3 || strings.ToUpper(f[2]) != f[2] {
			t.Errorf("row %q: country %q is not ISO alpha-3", line, f[2])
		}
		if _, err := time.LoadLocation(f[3]); err != nil {
			t.Errorf("row %q: zone: %v", line, err)
		}
		if f[4] != "dmy" && f[4] != "mdy" && f[4] != "-" {
			t.Errorf("row %q: order %q", line, f[4])
		}
		if f[6] != "" && f[6] != "generic" {
			t.Errorf("row %q: flags %q", line, f[6])
		}
	}
	ix := outletTable()
	if rows < 150 || len(ix.list) != rows {
		t.Errorf("%d rows, %d parsed; want at least 150, all parsed", rows, len(ix.list))
	}
	hosts := map[string]string{}
	for _, o := range ix.list {
		for _, d := range o.Domains {
			if prev, dup := hosts[d]; dup {
				t.Errorf("domain %s in %s and %s", d, prev, o.Name)
			}
			hosts[d] = o.Name
		}
		if location(o.TimeZone) == nil {
			t.Errorf("%s: zone %s not loaded", o.Name, o.TimeZone)
		}
	}
}

func TestLookupOutlet(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Devdiscourse", "Devdiscourse"},
		{"devdiscourse", "Devdiscourse"},
		{"https://www.devdiscourse.com/article/politics/123", "Devdiscourse"},
		{"www.pravda.com.ua", "Ukrainska Pravda"},
		{"https://www.pravda.com.ua/eng/news/2025/02/21/7499999/", "Ukrainska Pravda"},
		{"Українська правда", "Ukrainska Pravda"},
		{"edition.cnn.com", "CNN"},
		{"https://news.bbc.co.uk/2/hi/europe/1.stm", "BBC News"},
		{"New York Times", "The New York Times"},
		{"Hill", "The Hill"},
		{"AFP", "Agence France-Presse"},
		{"english.nv.ua", "NV"},
		{"RT", "RT"},
		{"tass.ru", "TASS"},
		{"Getty Images", ""},
		{"example.com", ""},
		{"", ""},
		{"http://[::1", ""},
	}
	for _, tc := range tests {
		o, ok := LookupOutlet(tc.in)
		if ok != (tc.want != "") || o.Name != tc.want {
			t.Errorf("LookupOutlet(%q) = %q, %v; want %q", tc.in, o.Name, ok, tc.want)
		}
	}
	if o, _ := LookupOutlet("Ukrainska Pravda"); o.TimeZone != "Europe/Kyiv" || o.DateOrder != DayFirst || o.Country != "UKR" {
		t.Errorf("Ukrainska Pravda entry: %+v", o)
	}
}

// TestOutletFromText covers signatures that name the page's outlet and
// mentions that do not.
func TestOutletFromText(t *testing.T) {
	const story = "\nThe two delegations met for four hours and agreed to continue the talks next week in the same format.\n"
	tests := []struct {
		name string
		page string
		h    Hints
		want string
	}{
		{"desk", "Devdiscourse News Desk | Updated: 02-06-2025 02:48 IST" + story, Hints{}, "Devdiscourse"},
		{"support", story + "Support Ukrainska Pravda on Patreon!\n", Hints{}, "Ukrainska Pravda"},
		{"copyright", story + "© 2025 The Hindu. All rights reserved.\n", Hints{}, "The Hindu"},
		{"email", story + "Contact us: newsroom@kyivindependent.com\n", Hints{}, "The Kyiv Independent"},
		{"title suffix", "Talks to continue next week - The Moscow Times\n" + story, Hints{}, "The Moscow Times"},
		{"photo agency is not the outlet", "The minister in Geneva. Photo: John Roe / Getty Images\n" + story, Hints{}, ""},
		{"credit with copyright", "Sergey Lavrov in Moscow. © Sputnik / Jane Roe\n" + story, Hints{}, ""},
		{"copyright after a caption", "The two ministers shake hands before the talks in the Turkish resort of Antalya. © Reuters\n" + story, Hints{}, ""},
		{"wire photo", "Delegates arrive. REUTERS/Jane Roe\n" + story, Hints{}, ""},
		{"citation", "Source: the interview, as reported by European Pravda\n" + story + "Axios reports the talks may move.\n", Hints{}, ""},
		{"list item", story + "Latest news\nMarkets fall on tariff fears – Reuters\n", Hints{}, ""},
		{"common word", story + "Time\nOpinion\n", Hints{}, ""},
		{"parent company", story + "© 2025 Vox Media, LLC\n", Hints{}, ""},
		{"hint wins", "Support Ukrainska Pravda on Patreon!\n" + story, Hints{Outlet: "Reuters"}, "Reuters"},
		{"unknown hint kept", story, Hints{Outlet: "  Harbour   Gazette "}, "Harbour Gazette"},
		{"URL host", story, Hints{URL: "https://www.aljazeera.com/news/2025/2/21/x"}, "Al Jazeera"},
		{"unknown URL host", story, Hints{URL: "https://www.harbour-gazette.example/a"}, "harbour-gazette.example"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FromText(tc.page, "", tc.h, nil)
			if got.Outlet != tc.want {
				t.Errorf("outlet %q, want %q\n%s", got.Outlet, tc.want, strings.Join(got.Evidence, "\n"))
			}
			if o := OutletOf(tc.page, tc.h); o != got.Outlet {
				t.Errorf("OutletOf = %q, FromText %q", o, got.Outlet)
			}
		})
	}
}
