package report

import (
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// The fixtures are hand-written reports of 2025 diplomacy over the war in
// Ukraine, in the shape merge produces.

var (
	lavrov   = article.Actor{Name: "Sergey Lavrov", Country: "RUS", Sector: "GOV"}
	ushakov  = article.Actor{Name: "Yuri Ushakov", Country: "RUS", Sector: "GOV"}
	rubio    = article.Actor{Name: "Marco Rubio", Country: "USA", Sector: "GOV"}
	witkoff  = article.Actor{Name: "Steve Witkoff", Country: "USA", Sector: "GOV"}
	russia   = article.Actor{Name: "Russia", Country: "RUS"}
	ukraine  = article.Actor{Name: "Ukraine", Country: "UKR"}
	usa      = article.Actor{Name: "United States", Country: "USA"}
	zelensky = article.Actor{Name: "Volodymyr Zelensky", Country: "UKR", Sector: "GOV"}
	eu       = article.Actor{Name: "European Union"}
)

func str(s string) *string { return &s }

func at(s string) article.Published {
	// A typo in a fixture shows as "undated" in the golden files.
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return article.Published{}
	}
	return article.At(t)
}

func mention(id, outlet, source string, pub article.Published, ev article.Event) merge.Mention {
	art := id[:len(id)-2]
	return merge.Mention{ID: id, Source: merge.Source{Article: art, Source: source, Outlet: outlet, Published: pub}, Event: ev}
}

func fixtureEvents() []merge.Event {
	riyadh := &article.Place{Name: "Riyadh", Country: "SAU"}
	jeddah := &article.Place{Name: "Jeddah", Country: "SAU"}
	istanbul := &article.Place{Name: "Istanbul", Country: "TUR"}
	return []merge.Event{
		{
			ID: "a1b2c3d4e5f60718:0", Type: "CONSULT", Mode: "in-person", Status: "happened",
			Date: "2025-02-18", First: "2025-02-18", Last: "2025-02-18",
			Actors: []article.Actor{lavrov, ushakov}, Recipients: []article.Actor{rubio, witkoff},
			Location: riyadh, Sources: 2, Confidence: 0.92,
			History: []merge.StatusReport{
				{Status: "planned", Published: at("2025-02-16T21:10:00+03:00"), Article: "c0ffee0000000001", Outlet: "Al Jazeera"},
				{Status: "happened", Published: at("2025-02-18T17:45:00+03:00"), Article: "a1b2c3d4e5f60718", Outlet: "The Kyiv Independent"},
			},
			Conflicts: []merge.Conflict{},
			Mentions: []merge.Mention{
				mention("c0ffee0000000001:1", "Al Jazeera", "https://www.aljazeera.com/news/2025/2/16/us-russia-talks-riyadh",
					at("2025-02-16T21:10:00+03:00"), article.Event{Type: "CONSULT", Mode: str("in-person"), Status: "planned",
						Date: str("2025-02-18"), Actors: []article.Actor{lavrov}, Recipients: []article.Actor{rubio},
						Location: riyadh, Confidence: 0.85,
						Sentence: "Russian Foreign Minister Sergey Lavrov is expected to sit down with US Secretary of State Marco Rubio in the Saudi capital on Tuesday, the first such meeting since Moscow launched its full-scale invasion of Ukraine."}),
				mention("a1b2c3d4e5f60718:0", "The Kyiv Independent", "https://kyivindependent.com/us-russia-riyadh-talks/",
					at("2025-02-18T17:45:00+03:00"), article.Event{Type: "CONSULT", Mode: str("in-person"), Status: "happened",
						Date: str("2025-02-18"), Actors: []article.Actor{lavrov, ushakov}, Recipients: []article.Actor{rubio, witkoff},
						Location: riyadh, Confidence: 0.95,
						Sentence: "Lavrov and Kremlin aide Yuri Ushakov met Rubio and envoy Steve Witkoff for four and a half hours in Riyadh on Feb. 18, without any Ukrainian officials in the room."}),
			},
		},
		{
			ID: "b2c3d4e5f6071829:2", Type: "REQUEST", Status: "happened",
			Date: "2025-03-11", First: "2025-03-11", Last: "2025-03-11",
			Actors: []article.Actor{rubio}, Recipients: []article.Actor{russia},
			Location: jeddah, Sources: 1, Confidence: 0.81,
			History: []merge.StatusReport{}, Conflicts: []merge.Conflict{},
			Mentions: []merge.Mention{
				mention("b2c3d4e5f6071829:2", "Reuters", "https://www.reuters.com/world/europe/rubio-ball-in-russias-court/",
					at("2025-03-11T22:05:00Z"), article.Event{Type: "REQUEST", Status: "happened", Date: str("2025-03-11"),
						Actors: []article.Actor{rubio}, Recipients: []article.Actor{russia}, Location: jeddah, Confidence: 0.81,
						Sentence: "Rubio told reporters in Jeddah that the ball was now in Russia's court and urged Moscow to accept a 30-day ceasefire \"unconditionally\"."}),
			},
		},
		{
			ID: "b2c3d4e5f6071829:0", Type: "AGREE", Status: "happened",
			Date: "2025-03-11", First: "2025-03-11", Last: "2025-03-11",
			Actors: []article.Actor{ukraine}, Recipients: []article.Actor{usa},
			Location: jeddah, Sources: 1, Confidence: 0.88,
			History: []merge.StatusReport{}, Conflicts: []merge.Conflict{},
			Mentions: []merge.Mention{
				mention("b2c3d4e5f6071829:0", "Reuters", "https://www.reuters.com/world/europe/rubio-ball-in-russias-court/",
					at("2025-03-11T22:05:00Z"), article.Event{Type: "AGREE", Status: "happened", Date: str("2025-03-11"),
						Actors: []article.Actor{ukraine}, Recipients: []article.Actor{usa}, Location: jeddah, Confidence: 0.88,
						Sentence: "Ukraine said after the talks in Jeddah that it was ready to accept the US proposal for an immediate 30-day ceasefire."}),
			},
		},
		{
			ID: "d4e5f60718293a4b:1", Type: "REJECT", Status: "happened",
			Date: "2025-W11", First: "2025-03-10", Last: "2025-03-16",
			Actors: []article.Actor{ushakov}, Recipients: []article.Actor{usa},
			Sources: 1, Confidence: 0.7,
			History: []merge.StatusReport{}, Conflicts: []merge.Conflict{},
			Mentions: []merge.Mention{
				mention("d4e5f60718293a4b:1", "Meduza", "https://meduza.io/en/feature/2025/03/13/ushakov-ceasefire",
					at("2025-03-13T14:30:00+03:00"), article.Event{Type: "REJECT", Status: "happened", Date: str("2025-W11"),
						Actors: []article.Actor{ushakov}, Recipients: []article.Actor{usa}, Confidence: 0.7,
						Attribution: "state news agency TASS",
						Sentence:    "Ushakov dismissed the truce as \"nothing but a breather\" for Ukrainian troops, adding that Moscow had told Washington so this week."}),
			},
		},
		{
			ID: "e5f60718293a4b5c:0", Type: "CONSULT", Mode: "phone", Status: "happened",
			Date: "2025-05-28", First: "2025-05-28", Last: "2025-05-28",
			Actors: []article.Actor{lavrov}, Recipients: []article.Actor{rubio},
			Sources: 2, Confidence: 0.9,
			History: []merge.StatusReport{},
			Conflicts: []merge.Conflict{{Field: "initiator", Values: []merge.ConflictValue{
				{Value: "Sergey Lavrov", Mentions: []string{"e5f60718293a4b5c:0"}},
				{Value: "Marco Rubio", Mentions: []string{"f60718293a4b5c6d:3"}},
			}}},
			Mentions: []merge.Mention{
				mention("e5f60718293a4b5c:0", "TASS", "https://tass.com/politics/1966001",
					at("2025-05-28T19:02:00+03:00"), article.Event{Type: "CONSULT", Mode: str("phone"), Status: "happened",
						Date: str("2025-05-28"), Actors: []article.Actor{lavrov}, Recipients: []article.Actor{rubio}, Confidence: 0.9,
						Attribution: "the Russian Foreign Ministry",
						Sentence:    "Lavrov held a telephone conversation with Rubio at the Russian side's initiative, during which he briefed the US Secretary of State on Moscow's proposal for direct talks in Istanbul."}),
				mention("f60718293a4b5c6d:3", "Devdiscourse", "https://www.devdiscourse.com/article/politics/3431234-lavrov-rubio-call",
					at("2025-05-29T02:48:00+05:30"), article.Event{Type: "CONSULT", Mode: str("phone"), Status: "happened",
						Date: str("2025-05-28"), Actors: []article.Actor{rubio}, Recipients: []article.Actor{lavrov}, Confidence: 0.86,
						Sentence: "Rubio called Lavrov on Wednesday to discuss the memorandum Russia promised to deliver to Kyiv."}),
			},
		},
		{
			ID: "0718293a4b5c6d7e:0", Type: "CONSULT", Mode: "in-person", Status: "planned",
			Date: "2025-06-02", First: "2025-06-02", Last: "2025-06-02",
			Actors: []article.Actor{russia, ukraine}, Recipients: []article.Actor{},
			Location: istanbul, Sources: 2, Confidence: 0.8,
			History: []merge.StatusReport{
				{Status: "proposed", Published: at("2025-05-28T12:00:00Z"), Article: "0718293a4b5c6d7e", Outlet: "BBC News"},
				{Status: "planned", Published: at("2025-06-01T09:30:00Z"), Article: "18293a4b5c6d7e8f", Outlet: "Reuters"},
			},
			Conflicts: []merge.Conflict{{Field: "date", Values: []merge.ConflictValue{
				{Value: "2025-06-02", Mentions: []string{"0718293a4b5c6d7e:0", "18293a4b5c6d7e8f:0"}},
				{Value: "2025-06-03", Mentions: []string{"28293a4b5c6d7e8f:0"}},
			}}},
			Mentions: []merge.Mention{
				mention("0718293a4b5c6d7e:0", "BBC News", "https://www.bbc.com/news/articles/istanbul-second-round",
					at("2025-05-28T12:00:00Z"), article.Event{Type: "CONSULT", Status: "proposed", Date: str("2025-06-02"),
						Actors: []article.Actor{russia}, Recipients: []article.Actor{ukraine}, Location: istanbul, Confidence: 0.75,
						Sentence: "Moscow proposed holding a second round of direct talks with Kyiv in Istanbul on 2 June."}),
				{ID: "18293a4b5c6d7e8f:0", Source: merge.Source{Article: "18293a4b5c6d7e8f", Source: "https://www.reuters.com/world/istanbul-monday",
					Outlet: "Reuters", Published: at("2025-06-01T09:30:00Z"), Group: "wire-istanbul"},
					Event: article.Event{Type: "CONSULT", Mode: str("in-person"), Status: "planned", Date: str("2025-06-02"),
						Actors: []article.Actor{russia, ukraine}, Location: istanbul, Confidence: 0.85,
						Sentence: "Russian and Ukrainian delegations are slated to meet in Istanbul on Monday."}},
				{ID: "28293a4b5c6d7e8f:0", Source: merge.Source{Article: "28293a4b5c6d7e8f", Source: "https://www.usnews.com/news/world/articles/istanbul-monday",
					Outlet: "U.S. News & World Report", Published: at("2025-06-01T09:41:00Z"), Group: "wire-istanbul"},
					Event: article.Event{Type: "CONSULT", Mode: str("in-person"), Status: "planned", Date: str("2025-06-03"),
						Actors: []article.Actor{russia, ukraine}, Location: istanbul, Confidence: 0.85,
						Sentence: "Russian and Ukrainian delegations are slated to meet in Istanbul on Monday."}},
			},
		},
		{
			ID: "3a4b5c6d7e8f9001:1", Type: "ACCUSE", Status: "happened",
			Actors: []article.Actor{zelensky}, Recipients: []article.Actor{russia},
			Sources: 1, Confidence: 0.77,
			History: []merge.StatusReport{}, Conflicts: []merge.Conflict{},
			Mentions: []merge.Mention{
				mention("3a4b5c6d7e8f9001:1", "Ukrainska Pravda", "https://www.pravda.com.ua/eng/news/2025/04/14/zelensky-accuses/",
					at("2025-04-14T11:20:00+03:00"), article.Event{Type: "ACCUSE", Status: "happened",
						Actors: []article.Actor{zelensky}, Recipients: []article.Actor{russia}, Confidence: 0.77,
						Sentence: "Zelensky accused Moscow of dragging out the talks while its drones kept striking Ukrainian cities."}),
			},
		},
		{
			ID: "293a4b5c6d7e8f90:4", Type: "SUPPORT", Status: "happened",
			Actors: []article.Actor{eu}, Recipients: []article.Actor{zelensky},
			Sources: 1, Confidence: 0.6,
			History: []merge.StatusReport{}, Conflicts: []merge.Conflict{},
			Mentions: []merge.Mention{
				{ID: "293a4b5c6d7e8f90:4", Source: merge.Source{Article: "293a4b5c6d7e8f90", Source: "pages/eu-support.txt"},
					Event: article.Event{Type: "SUPPORT", Status: "happened", Actors: []article.Actor{eu},
						Recipients: []article.Actor{zelensky}, Confidence: 0.6,
						Sentence: "=HYPERLINK(\"http://x.test\") The European Union reaffirmed its backing for Zelensky\x1b[31m as talks continued."}},
			},
		},
	}
}
