package text

import "testing"

func TestStripKicker(t *testing.T) {
	nav := map[string]bool{"Saudi Arabia": true, "War": true, "World": true}
	tests := []struct{ raw, want string }{
		{"PoliticsCambodia and Thailand agree to a ceasefire at talks", "Cambodia and Thailand agree to a ceasefire at talks"},
		{"NewsNationalIndia, Pakistan agree to stop all firing", "India, Pakistan agree to stop all firing"},
		{"Saudi ArabiaUS says Russia and Ukraine agree to Black Sea safety", "US says Russia and Ukraine agree to Black Sea safety"},
		{"Ukraine WarAfter the call, both sides swap prisoners", "After the call, both sides swap prisoners"},
		{"YouTube removes channels after a review of election content", "YouTube removes channels after a review of election content"},
		{"OpenAI unveils a new model for reasoning tasks", "OpenAI unveils a new model for reasoning tasks"},
		{"World Cup final draws record crowd in the capital", "World Cup final draws record crowd in the capital"},
		{"NewsRwanda signs deal", "NewsRwanda signs deal"}, // too short to keep four words
	}
	for _, tt := range tests {
		l := Line{Raw: tt.raw, Text: normalize(tt.raw)}
		if got := stripKicker(&l, nav); got != tt.want && !(tt.want == tt.raw && got == l.Text) {
			t.Errorf("stripKicker(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestCreditAfterSentence(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The leaders after the talks in Putrajaya on July 28, 2025. STPM", true},
		{"The ministers sign the agreement in Washington. Courtesy", true},
		{"U.S. lifts pause on intelligence sharing with Ukraine", false},
		{"Ceasefire from 5 p.m. Misri says the two sides will talk again on Monday", false},
		{"Trump and Putin end Alaska summit without a deal", false},
	}
	for _, tt := range tests {
		if got := creditAfterSentence(tt.s); got != tt.want {
			t.Errorf("creditAfterSentence(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestScript(t *testing.T) {
	tests := []struct {
		s    string
		want rune
	}{
		{"Читать на русском: Консультации продлились", 'C'},
		{"Russia-US consultations in Istanbul", 'L'},
		{"Zelenskyy in Ankara: Türkiye", 'L'},
		{"عربي", 'O'},
		{"2025 — 12", 0},
	}
	for _, tt := range tests {
		if got := script(tt.s); got != tt.want {
			t.Errorf("script(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestHeadTitle checks the walk up from the byline: share rows and author
// lines are passed, a dek gives way to the headline, a foreign-script teaser
// and a list of headlines below the date line are not taken.
func TestHeadTitle(t *testing.T) {
	page := "Home\nWorld\nPolitics\n\nPoliticsLeaders agree on a new border truce after long talks\n\n" +
		"The talks were held at the residence of the host for most of the day\n\n" +
		"Читать на русском: Переговоры продлились шесть часов\n\nBy Jane Roe and John Doe\n" +
		"Updated 12:40 AM ET, Aug. 16, 2025\nShare\nCopy\nEmail\nFacebook\nX\nReddit\nLinkedIn\nPrint\n\n" +
		"list 1 of 2\nOther leaders meet for trade talks in a distant capital\nlist 2 of 2\n" +
		"Storm brings heavy snow to the northern region overnight\nend of list\n\n" +
		"The leaders of the two countries agreed on Friday to a new truce along their shared border, ending a week of clashes that had displaced thousands of people.\n\n" +
		"The agreement was reached after talks that lasted most of the day, officials from both sides said in separate statements after the meeting.\n"
	p := Clean(page, Options{})
	if want := "Leaders agree on a new border truce after long talks"; p.Title != want {
		t.Errorf("title = %q, want %q", p.Title, want)
	}
}
