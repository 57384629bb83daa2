package event_test

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/event"
)

// TestAttribution checks who an event is told by: the speaker of the
// sentence, not a name inside a participial phrase, the adjective of a
// ministry or the subject of the reported clause.
func TestAttribution(t *testing.T) {
	x := event.New()
	cases := []struct {
		text, typ, want string
	}{
		{"Ukrainian President Volodymyr Zelenskyy, speaking in Kyiv after meeting Polish President Andrzej Duda, said Russia had attacked Odesa overnight.", "ASSAULT", "Ukrainian President Volodymyr Zelenskyy"},
		{"According to the Russian Foreign Ministry, Lavrov and Rubio discussed the war in Ukraine by phone.", "CONSULT", "the Russian Foreign Ministry"},
		{"Armenian and Azerbaijani negotiators met in Abu Dhabi. Erdogan, who chairs the group this year, said the two sides had agreed to resume talks.", "AGREE", "Erdogan"},
		{"Russia and Ukraine exchanged 300 prisoners, said the Turkish Defence Ministry.", "RETREAT", "the Turkish Defence Ministry"},
	}
	for _, c := range cases {
		var got []string
		for _, e := range x.Extract(c.text, analyse(t, c.text)) {
			if e.Type == c.typ {
				got = append(got, e.Attribution)
			}
		}
		if len(got) == 0 {
			t.Errorf("%q: no %s event", c.text, c.typ)
			continue
		}
		if got[0] != c.want {
			t.Errorf("%q: attribution %q, want %q", c.text, got[0], c.want)
		}
	}
}
