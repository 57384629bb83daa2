package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// FuzzTimelineText feeds scraped-looking strings into every field the text
// and CSV writers print: they must not fail, must keep lines within the
// width unless one word is longer, must never pass a control character to
// the terminal, and the CSV must read back.
func FuzzTimelineText(f *testing.F) {
	f.Add("Sergey Lavrov", "RUS", "Lavrov met Rubio in Riyadh on 18 February.", "Reuters", "2025-02-18", 100)
	f.Add("\x1b[2J\x1b[H", "\u202e", "=cmd|' /C calc'!A0 \r\n\t", "@SUM(1)", "2025-W08", 41)
	f.Add("", "", "", "", "", 0)
	f.Add(strings.Repeat("w", 300), "X", strings.Repeat("long ", 100), "-Outlet", "\xff\xfe", 60)
	f.Fuzz(func(t *testing.T, name, country, sentence, outlet, date string, width int) {
		a := article.Actor{Name: name, Country: country}
		e := merge.Event{
			ID: outlet, Type: name, Mode: country, Status: sentence, Date: date, Sources: width,
			Actors: []article.Actor{a}, Recipients: []article.Actor{a, {}},
			Location: &article.Place{Name: sentence, Country: country},
			History:  []merge.StatusReport{{Status: name, Outlet: outlet}, {Status: date}},
			Conflicts: []merge.Conflict{{Field: name, Values: []merge.ConflictValue{
				{Value: sentence, Mentions: []string{"m1", "missing"}}, {Value: date}}}},
			Mentions: []merge.Mention{
				{ID: "m1", Source: merge.Source{Outlet: outlet, Source: sentence, Group: "g"},
					Event: article.Event{Sentence: sentence, Attribution: name, Date: &date}},
				{ID: "m2", Source: merge.Source{Outlet: outlet, Source: sentence, Group: "g"},
					Event: article.Event{Sentence: sentence, Actors: []article.Actor{a}}},
			},
		}
		var b bytes.Buffer
		width = width%200 - 20
		if err := WriteTimelineText(&b, []merge.Event{e}, TimelineOptions{Width: width, MaxCitations: 1}); err != nil {
			t.Fatal(err)
		}
		limit := max(width, 40)
		if width <= 0 {
			limit = DefaultWidth
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if n := utf8.RuneCountInString(line); n > limit && n-longestWord(line) > 30 {
				t.Errorf("line over %d: %q", limit, line)
			}
			for _, r := range line {
				if unsafeRune(r) {
					t.Fatalf("control character %U in %q", r, line)
				}
			}
		}
		b.Reset()
		if err := WriteTimelineCSV(&b, []merge.Event{e}); err != nil {
			t.Fatal(err)
		}
		if _, err := csv.NewReader(&b).ReadAll(); err != nil {
			t.Fatalf("CSV does not read back: %v", err)
		}
	})
}

// longestWord is the length in runes of the longest space-separated word:
// a word longer than the width may overflow its line, alone.
func longestWord(line string) int {
	n := 0
	for _, w := range strings.Fields(line) {
		n = max(n, utf8.RuneCountInString(w))
	}
	return n
}
