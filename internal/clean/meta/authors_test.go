package meta

import (
	"slices"
	"strings"
	"testing"
)

func TestAuthors(t *testing.T) {
	const story = "\nThe two delegations met for four hours and agreed to continue the talks next week in the same format.\n"
	tests := []struct {
		name string
		page string
		h    Hints
		want []string
	}{
		{"by and", "By Jane Doe and John Roe\n" + story, Hints{}, []string{"Jane Doe", "John Roe"}},
		{"by list", "By Jane Doe, John Roe & Ann Poe\n" + story, Hints{}, []string{"Jane Doe", "John Roe", "Ann Poe"}},
		{"by with place and date", "By Jane Doe in Kyiv | 21 February 2025\n" + story, Hints{}, []string{"Jane Doe"}},
		{"by with label", "By Umair Irfan Updated Nov 13, 2019, 10:28am EST\n" + story, Hints{}, []string{"Umair Irfan"}},
		{"names that are words", "By Theresa May and April Bell\n" + story, Hints{}, []string{"Theresa May", "April Bell"}},
		{"handle", "By Jane Doe @janedoe Nov 19, 2019, 7:53pm EST\n" + story, Hints{}, []string{"Jane Doe"}},
		{"capitals", "BY JANE DOE\n" + story, Hints{}, []string{"Jane Doe"}},
		{"capitals pair", "By MARK HOLLOWAY and DIANA FERRIS\n" + story, Hints{}, []string{"Mark Holloway", "Diana Ferris"}},
		{"capitals Mc and O'", "By ROSS McDONALD and SEAN O'BRIEN\n" + story, Hints{}, []string{"Ross McDonald", "Sean O'Brien"}},
		{"capitals particle", "By BASHAR AL-ASSAD and PIETER VAN DER BERG\n" + story, Hints{}, []string{"Bashar al-Assad", "Pieter van der Berg"}},
		{"particle name", "By Bashar al-Assad\n" + story, Hints{}, []string{"Bashar al-Assad"}},
		{"pipe outlet", "Jane Doe | Reuters\n" + story, Hints{}, []string{"Jane Doe"}},
		{"glued to weekday", "Iryna KutielievaFriday, 21 February 2025, 08:35\n" + story, Hints{}, []string{"Iryna Kutielieva"}},
		{"initial and particle", "By Ludwig van Beethoven and Troy L. Smith\n" + story, Hints{}, []string{"Ludwig van Beethoven", "Troy L. Smith"}},
		{"bio line", story + "Hashim Sheikh: He is a writer and poet who covers the region.\n", Hints{}, []string{"Hashim Sheikh"}},
		{"bio sentence", story + "Maria Lopez is a freelance journalist based in Madrid.\n", Hints{}, []string{"Maria Lopez"}},
		{"desk", "Devdiscourse News Desk | Washington DC | Updated: 26-02-2025 22:45 IST\n" + story, Hints{}, nil},
		{"agency", "By Reuters Staff\n" + story, Hints{}, nil},
		{"agencies line", story + "(With inputs from agencies.)\n", Hints{}, nil},
		{"prose by", "By the end of the day, the talks had stalled and both sides left the hall.\n", Hints{}, nil},
		{"menu by", "By Any Means Necessary\n" + story, Hints{}, nil},
		{"outlet byline", "By Deutsche Welle\n" + story, Hints{}, nil},
		{"hint wins", "By Jane Doe\n" + story, Hints{Authors: []string{"Ann Poe"}}, []string{"Ann Poe"}},
		{"record single name", "By Jane Doe\n" + story, Hints{Authors: []string{"Madonna"}}, []string{"Madonna"}},
		{"record list", story, Hints{Authors: []string{"Jane Doe and John Roe", "Reuters"}}, []string{"Jane Doe", "John Roe"}},
		{"desk hint dropped", "By Jane Doe\n" + story, Hints{Authors: []string{"Web Desk"}}, []string{"Jane Doe"}},
		{"first byline only", "By Jane Doe\n" + story + "More stories\nBy John Roe\n", Hints{}, []string{"Jane Doe"}},
		{"Cyrillic", "Автор: Ірина Кутєлєва\n" + story, Hints{}, []string{"Ірина Кутєлєва"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FromText(tc.page, "", tc.h, nil)
			if !slices.Equal(got.Authors, tc.want) {
				t.Errorf("authors %q, want %q\n%s", got.Authors, tc.want, strings.Join(got.Evidence, "\n"))
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The foreign ministers of both countries met in Istanbul on Thursday to discuss the exchange of prisoners and a possible ceasefire.", "en"},
		{"Міністри закордонних справ обох країн зустрілися в Стамбулі в четвер, щоб обговорити обмін полоненими та можливе перемир'я.", "uk"},
		{"Министры иностранных дел обеих стран встретились в Стамбуле в четверг, чтобы обсудить обмен пленными и возможное перемирие.", "ru"},
		{"Die Außenminister beider Länder trafen sich am Donnerstag in Istanbul, um über den Austausch von Gefangenen zu sprechen.", "de"},
		{"Short.", ""},
		{"", ""},
		{"12345 67890 !!! ???", ""},
	}
	for _, tc := range tests {
		if got := Language(tc.text); got != tc.want {
			t.Errorf("Language(%.30q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
