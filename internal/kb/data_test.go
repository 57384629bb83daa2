package kb

import (
	"strings"
	"testing"
	"time"
)

// embeddedRows returns the first cell of every row of an embedded data file,
// or nil when the file is missing or has no rows yet.
func embeddedRows(t *testing.T, name string) [][]string {
	t.Helper()
	b, err := embedded.ReadFile("data/" + name)
	if err != nil {
		return nil
	}
	var rows [][]string
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if i == 0 || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

// TestEmbeddedData loads the shipped base and checks its invariants.
func TestEmbeddedData(t *testing.T) {
	files := map[string][][]string{}
	for _, n := range fileOrder {
		files[n] = embeddedRows(t, n)
	}
	if len(files["states.tsv"]) == 0 {
		t.Skip("internal/kb/data/states.tsv is missing or empty: the data files are still being written")
	}
	k, err := Load()
	if err != nil {
		t.Fatalf("Load embedded data: %v", err)
	}
	t.Logf("embedded base: %v", k.Counts())
	for _, e := range k.Check() {
		t.Errorf("cross reference: %v", e)
	}
	for _, f := range []string{"states.tsv", "orgs.tsv"} {
		seen := map[string]bool{}
		for _, r := range files[f] {
			if seen[r[0]] {
				t.Errorf("%s: duplicate code %s", f, r[0])
			}
			seen[r[0]] = true
		}
	}
	members := 0
	for _, s := range k.States() {
		if s.Status == "member" {
			members++
		}
		if s.Capital == "" && s.Status == "member" {
			t.Errorf("state %s has no capital", s.ISO3)
		}
	}
	if members < 193 {
		t.Errorf("%d UN members in states.tsv, want 193", members)
	}
	for _, p := range k.People() {
		for _, s := range p.Stints {
			if !s.To.IsZero() && s.To.Before(s.From) {
				t.Errorf("%s: stint %s ends before it starts", p.Name, s.Office)
			}
			if !s.From.IsZero() && s.From.After(time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("%s: stint %s starts in the future", p.Name, s.Office)
			}
		}
	}
	for _, p := range k.Places() {
		if p.Lat == 0 && p.Lon == 0 && p.Kind != "sea" {
			t.Errorf("place %s has no coordinates", p.Name)
		}
	}
	if len(files["people.tsv"]) > 0 {
		for _, name := range []string{"Sergey Lavrov", "Sergei Lavrov", "Сергей Лавров", "LAVROV"} {
			if p, ok := k.Person(name); !ok || p.Name != "Sergey Lavrov" {
				t.Errorf("Person(%q) = %v, %v", name, p, ok)
			}
		}
	}
}

// TestEmbeddedTitlesMatchOffices keeps the office vocabulary of titles and
// stints in step with the one the recogniser resolves.
func TestEmbeddedTitlesMatchOffices(t *testing.T) {
	offices := map[string]bool{}
	for _, o := range strings.Fields(`head_of_state head_of_government foreign_minister defence_minister
		interior_minister finance_minister national_security_adviser chief_of_staff presidential_aide envoy
		chief_negotiator spokesperson intelligence_chief armed_forces_chief speaker ambassador_un
		secretary_general commission_president high_representative deputy_foreign_minister other`) {
		offices[o] = true
	}
	k, err := Load()
	if err != nil {
		t.Skipf("embedded data does not load yet: %v", err)
	}
	for _, ti := range k.Titles() {
		if !offices[ti.Office] {
			t.Errorf("title %q: office %q is not in the vocabulary", ti.Phrase, ti.Office)
		}
	}
	for _, p := range k.People() {
		for _, s := range p.Stints {
			if !offices[s.Office] {
				t.Errorf("%s: office %q is not in the vocabulary", p.Name, s.Office)
			}
		}
	}
}
