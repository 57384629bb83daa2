package actor

import (
	"testing"
	"time"
)

// TestArticle runs a short article written for this test through one Doc:
// surnames of people named in full, unknown people with a title, and bare
// offices resolved by the article's date and earlier sentences.
func TestArticle(t *testing.T) {
	r := fixture(t)
	d := r.NewDoc(time.Date(2025, 2, 18, 15, 0, 0, 0, time.UTC))
	article := []struct {
		s    string
		want []string // non-modifier actors, as name/country-or-org/office/via
	}{
		{"RIYADH, Saudi Arabia (AP) — Russian Foreign Minister Sergey Lavrov and US Secretary of State Marco Rubio met on Tuesday.",
			[]string{"Sergey Lavrov/RUS/foreign_minister/alias", "Marco Rubio/USA/foreign_minister/alias"}},
		{"Kremlin aide Yuri Ushakov joined the talks, which State Department spokeswoman Tammy Bruce called constructive.",
			[]string{"Yuri Ushakov/RUS/presidential_aide/alias", "Tammy Bruce/USA/spokesperson/title"}},
		{"Ushakov said the sides agreed to restore their embassies.",
			[]string{"Yuri Ushakov/RUS/presidential_aide/surname"}},
		{"Bruce added that Washington wanted a lasting ceasefire.",
			[]string{"Tammy Bruce/USA/spokesperson/surname", "United States/USA//metonym"}},
		{"The Russian foreign minister said Moscow was ready to talk.",
			[]string{"Sergey Lavrov/RUS/foreign_minister/office", "Russia/RUS//metonym"}},
		{"The secretary of state flew home, and Tammy Bruce posted a readout.",
			[]string{"Marco Rubio/USA/foreign_minister/office", "Tammy Bruce/USA/spokesperson/name"}},
		{"Turkish Foreign Minister Hakan Fidan offered Istanbul for the next round.",
			[]string{"Hakan Fidan/TUR/foreign_minister/alias"}},
		{"The foreign minister said Ankara stood ready.",
			[]string{"Hakan Fidan/TUR/foreign_minister/office", "Turkey/TUR//metonym"}},
	}
	for _, c := range article {
		actors, _ := d.Sentence(c.s)
		var got []string
		for _, m := range actors {
			if !m.Modifier {
				got = append(got, m.Name+"/"+m.Country+m.Org+"/"+m.Office+"/"+m.Via)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q\n got  %q\n want %q", c.s, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q\n got  %q\n want %q", c.s, got, c.want)
				break
			}
		}
	}
}

// TestOfficeByDate checks that a bare office resolves to the holder on the
// article's date, and to the latest holder when the date is unknown.
func TestOfficeByDate(t *testing.T) {
	r := fixture(t)
	for _, c := range []struct {
		date time.Time
		s    string
		want string
	}{
		{time.Date(2023, 5, 1, 0, 0, 0, 0, time.UTC), "The US secretary of state arrived.", "Antony Blinken"},
		{time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), "The US secretary of state arrived.", "Marco Rubio"},
		{time.Time{}, "The US secretary of state arrived.", "Marco Rubio"},
		{time.Date(2022, 3, 10, 0, 0, 0, 0, time.UTC), "The Turkish foreign minister hosted the talks.", "Mevlut Cavusoglu"},
		{time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), "Turkey's foreign minister hosted the talks.", "Hakan Fidan"},
		{time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), "The Ukrainian foreign minister replied.", "Dmytro Kuleba"},
		{time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC), "The Ukrainian foreign minister replied.", "Andrii Sybiha"},
		{time.Date(2023, 5, 1, 0, 0, 0, 0, time.UTC), "The American president spoke.", "Joe Biden"},
		{time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC), "The American president spoke.", "Donald Trump"},
	} {
		actors, _ := r.NewDoc(c.date).Sentence(c.s)
		got := ""
		for _, m := range actors {
			if m.Kind == Person {
				got = m.Name
			}
		}
		if got != c.want {
			t.Errorf("%s %q: got %q, want %q (%s)", c.date.Format("2006-01-02"), c.s, got, c.want, showAll(actors))
		}
	}
}
