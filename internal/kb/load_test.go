package kb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func fixtureFiles() []string {
	var out []string
	for _, n := range []string{"states", "orgs", "people", "places", "titles"} {
		out = append(out, filepath.Join("testdata", n+".tsv"))
	}
	return out
}

func loadFixture(t *testing.T, extra ...string) *KB {
	t.Helper()
	k, err := LoadFiles(append(fixtureFiles(), extra...)...)
	if err != nil {
		t.Fatalf("load fixture: %v", err)
	}
	return k
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestLoadFixture(t *testing.T) {
	k := loadFixture(t)
	if errs := k.Check(); len(errs) > 0 {
		t.Fatalf("fixture cross references: %v", errs)
	}
	rus, ok := k.State("RUS")
	if !ok || rus.Name != "Russia" || rus.Capital != "Moscow" || len(rus.Metonyms) == 0 {
		t.Fatalf("State(RUS) = %+v, %v", rus, ok)
	}
	usa, _ := k.State("USA")
	var pentagon Metonym
	for _, m := range usa.Metonyms {
		if m.Text == "the Pentagon" {
			pentagon = m
		}
	}
	if pentagon.Sector != "MIL" {
		t.Errorf("the Pentagon sector = %q, want MIL", pentagon.Sector)
	}
	if nato, ok := k.Org("NATO"); !ok || len(nato.Members) != 2 || nato.Sector != "IGO" {
		t.Errorf("Org(NATO) = %+v, %v", nato, ok)
	}
	for _, name := range []string{"Sergey Lavrov", "Sergei Lavrov", "лавров", "LAVROV"} {
		if p, ok := k.Person(name); !ok || p.Name != "Sergey Lavrov" {
			t.Errorf("Person(%q) = %v, %v", name, p, ok)
		}
	}
	if p, ok := k.Person("Cavusoglu"); !ok || p.Name != "Mevlut Cavusoglu" {
		t.Errorf("Person(Cavusoglu) = %v, %v", p, ok)
	}
	if p, ok := k.Place("Kiev"); !ok || p.Name != "Kyiv" || p.Country != "UKR" || p.Lat < 50 {
		t.Errorf("Place(Kiev) = %+v, %v", p, ok)
	}
	rubio, _ := k.Person("Marco Rubio")
	if len(rubio.Stints) != 2 {
		t.Errorf("Rubio stints = %d, want 2 (one row per office)", len(rubio.Stints))
	}
	c := k.Counts()
	if c["state"] != 6 || c["org"] != 3 || c["person"] != 6 || c["stint"] != 7 || c["place"] != 3 || c["title"] != 4 {
		t.Errorf("Counts = %v", c)
	}
}

func TestHolder(t *testing.T) {
	k := loadFixture(t)
	for _, c := range []struct {
		office, state, on, want string
	}{
		{"foreign_minister", "USA", "2023-06-01", "Antony Blinken"},
		{"foreign_minister", "USA", "2025-01-20", "Antony Blinken"}, // the To day counts
		{"foreign_minister", "USA", "2025-02-01", "Marco Rubio"},
		{"foreign_minister", "USA", "", "Marco Rubio"},
		{"foreign_minister", "USA", "2020-01-01", ""},
		{"foreign_minister", "RUS", "2010-06-01", "Sergey Lavrov"},
		{"foreign_minister", "TUR", "2022-01-01", "Mevlut Cavusoglu"},
		{"foreign_minister", "TUR", "2023-06-30", "Mevlut Cavusoglu"}, // "2023-06" ends with the month
		{"foreign_minister", "TUR", "2023-07-01", ""},
		{"national_security_adviser", "USA", "2025-06-01", "Marco Rubio"},
		{"head_of_state", "USA", "2025-06-01", ""},
	} {
		var on time.Time
		if c.on != "" {
			on = day(c.on)
		}
		p, s, ok := k.Holder(c.office, c.state, on)
		got := ""
		if ok {
			got = p.Name
			if s.Office != c.office || s.State != c.state {
				t.Errorf("Holder(%s,%s,%s) stint %+v", c.office, c.state, c.on, s)
			}
		}
		if got != c.want {
			t.Errorf("Holder(%s,%s,%s) = %q, want %q", c.office, c.state, c.on, got, c.want)
		}
	}
}

func TestStintOn(t *testing.T) {
	k := loadFixture(t)
	rubio, _ := k.Person("Rubio")
	if s, ok := rubio.StintOn(time.Time{}); !ok || s.Office != "foreign_minister" {
		t.Errorf("current Rubio stint = %+v, %v; want the more prominent of the two open ones", s, ok)
	}
	if s, ok := rubio.StintOn(day("2025-03-01")); !ok || s.Office != "foreign_minister" {
		t.Errorf("Rubio on 2025-03-01 = %+v, %v", s, ok)
	}
	if _, ok := rubio.StintOn(day("2024-03-01")); ok {
		t.Error("Rubio held no office in the fixture on 2024-03-01")
	}
	blinken, _ := k.Person("Blinken")
	if s, ok := blinken.StintOn(time.Time{}); !ok || s.To.IsZero() {
		t.Errorf("Blinken latest stint = %+v, %v", s, ok)
	}
}

func TestOverlay(t *testing.T) {
	k := loadFixture(t, filepath.Join("testdata", "overlay.tsv"), filepath.Join("testdata", "overlay_people.tsv"))
	rus, _ := k.State("RUS")
	if !contains(rus.Aliases, "Rossiya") || !contains(rus.Aliases, "Russian Federation") {
		t.Errorf("overlay aliases not appended: %v", rus.Aliases)
	}
	if rus.Name != "Russia" {
		t.Errorf("overlay renamed the state: %q", rus.Name)
	}
	if _, ok := k.State("KAZ"); !ok {
		t.Error("overlay state KAZ missing")
	}
	lavrov, _ := k.Person("Lavrov")
	if len(lavrov.Stints) != 2 || !contains(lavrov.Aliases, "Lavrov S.") {
		t.Errorf("overlay person not extended: %+v", lavrov)
	}
	if p, _, ok := k.Holder("ambassador_un", "RUS", day("2000-01-01")); !ok || p.Name != "Sergey Lavrov" {
		t.Errorf("Holder from overlay stint = %v, %v", p, ok)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, body, want string
	}{
		{"badiso.tsv", "iso3\tiso2\tname\taliases\tadjectives\tcapital\tmetonyms\tstatus\nrus\tRU\tRussia\t\t\t\t\tmember\n", "badiso.tsv:2: bad iso3"},
		{"baddate.tsv", "name\taliases\tstate\tsector\toffice\ttitle\tfrom\tto\n# comment\nA B\t\tRUS\tGOV\tother\t\t2020-13-01\t\n", "baddate.tsv:3: bad from date"},
		{"cols.tsv", "phrase\toffice\tsector\tstate\nenvoy\tenvoy\tGOV\t\textra\n", "cols.tsv:2: 5 columns, want 4"},
		{"header.tsv", "name\tstuff\n", "header.tsv:1: unknown header"},
		{"order.tsv", "name\taliases\tstate\tsector\toffice\ttitle\tfrom\tto\nA B\t\tRUS\tGOV\tother\t\t2021\t2020\n", "order.tsv:2: to 2020 before from 2021"},
		{"coords.tsv", "name\taliases\tcountry\tkind\tlat\tlon\nX\t\tRUS\tcity\t95\t10\n", "coords.tsv:2: bad coordinates"},
	} {
		p := filepath.Join(dir, c.name)
		if err := os.WriteFile(p, []byte(c.body), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadFiles(p)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", c.name, err, c.want)
		}
	}
	if _, err := LoadFiles(filepath.Join(dir, "missing.tsv")); err == nil {
		t.Error("a missing overlay must be an error")
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "p.tsv")
	body := "name\taliases\tstate\tsector\toffice\ttitle\tfrom\tto\nA B\t\tXYZ\tGOV\tother\t\t2020\t\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	k := loadFixture(t, p)
	errs := k.Check()
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "p.tsv:2: state XYZ") {
		t.Errorf("Check = %v", errs)
	}
}

func TestSearch(t *testing.T) {
	k := loadFixture(t)
	for _, c := range []struct {
		q     string
		first string
		n     int
	}{
		{"lavrov", "Sergey Lavrov", 1},
		{"Çavuşoğlu", "Mevlut Cavusoglu", 1},
		{"russia", "Russia", 1},
		{"kiev", "Kyiv", 1},
		{"nato", "North Atlantic Treaty Organization", 1},
		{"", "", 0},
	} {
		got := k.Search(c.q, 0)
		if c.q == "" {
			if len(got) != 6+3+6+3 {
				t.Errorf("empty query lists %d entries", len(got))
			}
			continue
		}
		if len(got) < c.n || got[0].Name != c.first {
			t.Errorf("Search(%q) = %+v, want first %q", c.q, got, c.first)
		}
	}
	if got := k.Search("a", 2); len(got) != 2 {
		t.Errorf("limit ignored: %d entries", len(got))
	}
	got := k.Search("rubio", 1)
	if len(got) != 1 || got[0].Kind != "person" || got[0].Country != "USA" || got[0].Detail == "" {
		t.Errorf("Search(rubio) = %+v", got)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Çavuşoğlu": "cavusoglu", "Türkiye": "turkiye", "TÜRKİYE": "turkiye", "Erdoğan": "erdogan",
		"Лавров": "лавров", "Ёлка": "елка", "Kyiv’s": "kyiv's", "Łódź": "lodz", "already lower": "already lower",
		"Île-de-France": "ile-de-france", "São Tomé": "sao tome",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestHolders(t *testing.T) {
	k := loadFixture(t)
	hs := k.Holders("foreign_minister", "USA", day("2025-01-20"))
	if len(hs) != 1 || hs[0].Person.Name != "Antony Blinken" {
		t.Errorf("Holders on Blinken's last day = %v", hs)
	}
	if hs := k.Holders("foreign_minister", "USA", time.Time{}); len(hs) != 1 || hs[0].Person.Name != "Marco Rubio" {
		t.Errorf("current Holders = %v", hs)
	}
}
