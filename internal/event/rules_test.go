package event_test

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/nlp"
)

var (
	kbOnce sync.Once
	an     *nlp.Analyzer
	kbErr  error
)

// analyse runs the nlp stage over a body published on 2 June 2025.
func analyse(tb testing.TB, body string) nlp.Doc {
	tb.Helper()
	kbOnce.Do(func() {
		var k *kb.KB
		k, kbErr = kb.Load()
		if kbErr == nil {
			an = nlp.New(k)
		}
	})
	if kbErr != nil {
		tb.Fatal(kbErr)
	}
	a := article.Article{Body: body, Published: article.OnDay(2025, time.June, 2)}
	return an.Analyze(&a)
}

func TestRules(t *testing.T) {
	x := event.New()
	cases := []struct {
		text   string
		typ    string // "" when no event may come out
		status string
		mode   string
		date   string
		with   []string // participants that must be there
	}{
		{"Russia and Ukraine held talks in Istanbul on Sunday.", "CONSULT", "happened", "in-person", "2025-06-01", []string{"Russia", "Ukraine"}},
		{"Sergei Lavrov spoke by phone with Marco Rubio on Saturday.", "CONSULT", "happened", "phone", "2025-05-31", []string{"Sergey Lavrov", "Marco Rubio"}},
		{"Russia and Ukraine will hold talks in Istanbul on Monday.", "CONSULT", "planned", "in-person", "2025-06-02", []string{"Russia", "Ukraine"}},
		{"Iran and the United States held indirect talks in Muscat on Saturday.", "CONSULT", "happened", "mediated", "2025-05-31", []string{"Iran", "United States"}},
		{"The talks between Russia and Ukraine were called off.", "CONSULT", "cancelled", "", "", []string{"Russia", "Ukraine"}},
		{"Russia and Ukraine failed to agree on a ceasefire.", "", "", "", "", nil},
		{"Russia did not attack Ukraine on Sunday.", "", "", "", "", nil},
		{"Talks could still happen if Russia agrees.", "", "", "", "", nil},
		{"Russia accused Ukraine of sabotage.", "ACCUSE", "happened", "", "", []string{"Russia", "Ukraine"}},
		{"The United States imposed sanctions on Iran.", "SANCTION", "happened", "", "", []string{"United States", "Iran"}},
		{"Kyiv was shelled by Russian forces.", "ASSAULT", "happened", "", "", []string{"Russia"}},
		{"Ukraine rejected the Russian proposal.", "REJECT", "happened", "", "", []string{"Ukraine"}},
		{"Turkey urged Russia and Ukraine to return to talks.", "REQUEST", "happened", "", "", []string{"Turkey"}},
		{"Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba held talks in Turkey on Thursday.", "CONSULT", "happened", "in-person", "2025-05-29", []string{"Sergey Lavrov", "Dmytro Kuleba"}},
		{"Russia has stated that Ukraine must withdraw its forces.", "REQUEST", "happened", "", "", []string{"Russia", "Ukraine"}},
		{"Read more: Putin meets Xi in Beijing", "", "", "", "", nil},
		{"Subscribe to get updates on the talks between Russia and Ukraine.", "", "", "", "", nil},
		{"Washington and Kyiv were unable to agree on the wording of the minerals deal.", "", "", "", "", nil},
		{"Guterres urged Israel and Hamas to agree to a ceasefire.", "REQUEST", "happened", "", "", nil},
	}
	for _, c := range cases {
		evs := x.Extract(c.text, analyse(t, c.text))
		if c.typ == "" {
			if len(evs) > 0 {
				t.Errorf("%q: want no event, got %s %v", c.text, evs[0].Type, evs[0].Explain)
			}
			continue
		}
		i := slices.IndexFunc(evs, func(e article.Event) bool { return e.Type == c.typ })
		if i < 0 {
			t.Errorf("%q: no %s event in %d", c.text, c.typ, len(evs))
			continue
		}
		e := evs[i]
		if e.Status != c.status {
			t.Errorf("%q: status %s, want %s (%v)", c.text, e.Status, c.status, e.Explain)
		}
		if c.mode != "" && (e.Mode == nil || *e.Mode != c.mode) {
			t.Errorf("%q: mode %v, want %s (%v)", c.text, e.Mode, c.mode, e.Explain)
		}
		if c.date != "" && (e.Date == nil || *e.Date != c.date) {
			t.Errorf("%q: date %v, want %s (%v)", c.text, e.Date, c.date, e.Explain)
		}
		got := slices.Concat(e.Actors, e.Recipients)
		for _, w := range c.with {
			if !slices.ContainsFunc(got, func(a article.Actor) bool { return a.Name == w }) {
				t.Errorf("%q: participant %s missing from %v", c.text, w, got)
			}
		}
	}
}

// TestArticle checks the article-level rules on short articles: one event
// told twice comes out once with what both mentions say; a week-level date
// in a possessive belongs to its noun; a complement is not an event.
func TestArticle(t *testing.T) {
	x := event.New()
	cases := []struct {
		text string
		want []string // type/status/date/mode/location of every event, in order
	}{
		{"Lavrov and Rubio spoke by phone on Sunday. The call was initiated by Russia. Lavrov and Rubio discussed Ukraine.",
			[]string{"CONSULT/happened/2025-06-01/phone/-"}},
		{"Russia and the US met in Saudi Arabia on 18 February. Rubio said the meeting in Riyadh was useful.",
			[]string{"CONSULT/happened/2025-02-18/in-person/Saudi Arabia"}},
		{"US and Russian diplomats will meet in Istanbul. Last week's discussions in Saudi Arabia marked a shift.",
			[]string{"CONSULT/planned/-/in-person/Istanbul", "CONSULT/happened/2025-W22/in-person/Saudi Arabia"}},
		{"Russia launched 800 drones at Ukraine on Sunday. Ukraine struck Russia on Monday.",
			[]string{"ASSAULT/happened/2025-06-01/-/Ukraine", "ASSAULT/happened/2025-06-02/-/-"}},
	}
	for _, c := range cases {
		var got []string
		for _, e := range x.Extract(c.text, analyse(t, c.text)) {
			date, mode, loc := "-", "-", "-"
			if e.Date != nil {
				date = *e.Date
			}
			if e.Mode != nil {
				mode = *e.Mode
			}
			if e.Location != nil {
				loc = e.Location.Name
			}
			got = append(got, strings.Join([]string{e.Type, e.Status, date, mode, loc}, "/"))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q:\n got %v\nwant %v", c.text, got, c.want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"Russia and Ukraine held talks in Istanbul on Monday.",
		"“We will not,” Lavrov said. Kyiv was shelled by Russian forces; Ukraine rejected it.",
		"They agreed.", "", "Ukraine’s Zelenskyy met Trump – “the call” – in Rome."} {
		f.Add(s)
	}
	x := event.New()
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		n := utf8.RuneCountInString(body)
		for _, e := range x.Extract(body, analyse(t, body)) {
			if e.Span[0] < 0 || e.Span[1] > n || e.Span[0] > e.Span[1] {
				t.Fatalf("span %v outside body of %d runes", e.Span, n)
			}
			if !slices.Contains(event.Types[:], e.Type) {
				t.Fatalf("type %q", e.Type)
			}
			if len(e.Actors)+len(e.Recipients) == 0 {
				t.Fatalf("event without participants: %+v", e)
			}
			if e.Confidence < 0 || e.Confidence > 1 {
				t.Fatalf("confidence %v", e.Confidence)
			}
			if !strings.Contains(body, e.Sentence) {
				t.Fatalf("sentence not in body")
			}
		}
	})
}

// BenchmarkExtract measures the event stage alone over the example corpus,
// analysed beforehand.
func BenchmarkExtract(b *testing.B) {
	arts, docs := analysed(b, "../../examples/corpus")
	x := event.New()
	b.ResetTimer()
	for b.Loop() {
		for i := range arts {
			x.Extract(arts[i].Body, docs[i])
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(len(arts)*b.N), "µs/article")
}
