package merge

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
)

// maxConfidence keeps a combined confidence below certainty: many sources
// make an event likely, never proven.
const maxConfidence = 0.99

// statusRank orders statuses reported on the same day: what happened
// outranks a cancellation, which outranks a plan, which outranks a
// proposal.
func statusRank(s string) int {
	switch s {
	case "happened":
		return 4
	case "cancelled":
		return 3
	case "planned":
		return 2
	case "proposed":
		return 1
	}
	return 0
}

// EventID returns the ID of the event whose smallest mention ID is
// mentionID.
func EventID(mentionID string) string {
	sum := sha256.Sum256([]byte(mentionID))
	return "ev-" + hex.EncodeToString(sum[:6])
}

// Build derives an event from its mentions alone, so that equal sets give
// equal events whatever order they came in. Duplicate mention IDs count
// once. Build of no mentions is the zero Event.
func Build(ms []Mention) Event {
	ms = uniqueSorted(ms)
	if len(ms) == 0 {
		return Event{}
	}
	e := Event{ID: EventID(ms[0].ID), Type: ms[0].Event.Type}
	e.Status, e.History = statusOf(ms)
	e.Date, e.First, e.Last = dateOf(ms)
	e.Mode = modeByVotes(ms)
	e.Location = locationOf(ms)
	e.Actors, e.Recipients = participantsOf(ms)
	e.Sources, e.Confidence = sourcesOf(ms)
	e.Conflicts = conflictsOf(ms)
	e.Mentions = make([]Mention, len(ms))
	for i, m := range ms {
		m.EventID = e.ID
		e.Mentions[i] = m
	}
	return e
}

// uniqueSorted returns the mentions sorted by ID, one per ID.
func uniqueSorted(ms []Mention) []Mention {
	out := slices.Clone(ms)
	slices.SortStableFunc(out, func(a, b Mention) int { return strings.Compare(a.ID, b.ID) })
	return slices.CompactFunc(out, func(a, b Mention) bool { return a.ID == b.ID })
}

// comparePublished orders publication times, unknown ones first.
func comparePublished(a, b article.Published) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return -1
	case b.IsZero():
		return 1
	}
	return a.Time.Compare(b.Time)
}

// statusOf returns the status of the latest report and one report per
// article, oldest first.
func statusOf(ms []Mention) (string, []StatusReport) {
	byArticle := map[string]StatusReport{}
	for _, m := range ms {
		key := m.Article
		if key == "" {
			key = m.ID
		}
		r, seen := byArticle[key]
		if !seen || statusRank(m.Event.Status) > statusRank(r.Status) {
			byArticle[key] = StatusReport{Status: m.Event.Status, Published: m.Published, Article: m.Article, Outlet: m.Outlet}
		}
	}
	hist := make([]StatusReport, 0, len(byArticle))
	for _, r := range byArticle {
		hist = append(hist, r)
	}
	slices.SortFunc(hist, func(a, b StatusReport) int {
		return cmp.Or(comparePublished(a.Published, b.Published), statusRank(a.Status)-statusRank(b.Status),
			strings.Compare(a.Article, b.Article), strings.Compare(a.Status, b.Status))
	})
	return hist[len(hist)-1].Status, hist
}

// sourcesOf counts distinct near-duplicate groups and combines their
// confidences: each group counts once, with its most confident mention.
func sourcesOf(ms []Mention) (int, float64) {
	byGroup := map[group]float64{}
	for _, m := range ms {
		g := groupOf(m)
		c := min(max(m.Event.Confidence, 0), 1)
		if have, ok := byGroup[g]; !ok || c > have {
			byGroup[g] = c
		}
	}
	groups := make([]group, 0, len(byGroup))
	for g := range byGroup {
		groups = append(groups, g)
	}
	// A fixed order: floating-point products depend on it.
	slices.SortFunc(groups, func(a, b group) int { return cmp.Or(int(a.kind)-int(b.kind), strings.Compare(a.id, b.id)) })
	miss := 1.0
	for _, g := range groups {
		miss *= 1 - byGroup[g]
	}
	conf := min(1-miss, maxConfidence)
	return len(byGroup), math.Round(conf*1000) / 1000
}

// group is a source as events count them: a near-duplicate group, or an
// article of its own, or (without an article) the mention itself.
type group struct {
	kind byte
	id   string
}

// groupOf names the near-duplicate group of a mention's article.
func groupOf(m Mention) group {
	switch {
	case m.Group != "":
		return group{'g', m.Group}
	case m.Article != "":
		return group{'a', m.Article}
	}
	return group{'m', m.ID}
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
