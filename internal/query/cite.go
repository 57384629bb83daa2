package query

import (
	"cmp"
	"slices"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// cite lists the articles that report an event, earliest first, one
// citation per article, and picks the sentence to show: the earliest that
// names the matched actor on the side the position is about.
func cite(mentions []merge.Mention, m Matcher, role string) ([]Citation, string) {
	ms := slices.Clone(mentions)
	slices.SortStableFunc(ms, func(a, b merge.Mention) int {
		return cmp.Or(comparePublished(a.Published, b.Published), cmp.Compare(a.Article, b.Article))
	})
	cites := make([]Citation, 0, len(ms))
	seen := make(map[string]bool, len(ms))
	sentence := ""
	for _, x := range ms {
		if sentence == "" {
			side := x.Event.Actors
			if role == RoleOf {
				side = x.Event.Recipients
			}
			if m.MatchAny(side) {
				sentence = x.Event.Sentence
			}
		}
		if seen[x.Article] {
			continue
		}
		seen[x.Article] = true
		cites = append(cites, Citation{
			Article: x.Article, Source: x.Source.Source, Outlet: x.Outlet, Published: x.Published, Sentence: x.Event.Sentence,
		})
	}
	if sentence == "" && len(ms) > 0 {
		sentence = ms[0].Event.Sentence
	}
	return cites, sentence
}

// comparePublished orders publication times, unknown ones last.
func comparePublished(a, b article.Published) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	return a.Time.Compare(b.Time)
}

// SortPositions orders positions by day: dated ones by the first day their
// date may mean, undated ones by the day they were first reported, after
// the dated ones of that day; positions no one dates or publishes come
// last. Ties go by role (the actor's own first), type and event ID.
func SortPositions(ps []Position) {
	slices.SortStableFunc(ps, func(a, b Position) int {
		if a.first != b.first {
			if a.first == "" {
				return 1
			}
			if b.first == "" {
				return -1
			}
			return cmp.Compare(a.first, b.first)
		}
		return cmp.Or(compareUndated(a.Date, b.Date), cmp.Compare(a.Role, b.Role),
			cmp.Compare(a.Type, b.Type), cmp.Compare(a.Event, b.Event))
	})
}

// compareUndated puts dated positions before undated ones.
func compareUndated(a, b string) int {
	switch {
	case a == "" && b != "":
		return 1
	case a != "" && b == "":
		return -1
	}
	return 0
}
