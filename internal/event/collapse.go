package event

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/chronicle-news/chronicle/internal/nlp/actor"
)

// collapse joins the mentions of one event told more than once in an
// article (the standfirst and the body, "the talks" told again with their
// date) into the most informative of them. Two mentions are one event when
// they have the same type, the participants of one stand for participants
// of the other (a person counts as his state), their dates, places and
// modes do not contradict each other, and neither is told as another
// occurrence ("met again", "the next round") with a different status. The
// merge stage joins articles later; within one article the analyst wants
// the event once, with everything the article says about it.
func (st *state) collapse() {
	if len(st.cands) < 2 {
		return
	}
	var groups [][]int
	for i := range st.cands {
		placed := false
		for g := range groups {
			if st.joins(groups[g], i) {
				groups[g] = append(groups[g], i)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []int{i})
		}
	}
	if len(groups) == len(st.cands) {
		return
	}
	out := make([]cand, 0, len(groups))
	for _, g := range groups {
		out = append(out, st.mergeGroup(g))
	}
	st.cands = out
}

// joins reports whether candidate i may be told of the same event as every
// member of the group.
func (st *state) joins(g []int, i int) bool {
	c := &st.cands[i]
	if c.distinct {
		return false
	}
	var union []*actor.Mention
	for _, k := range g {
		o := &st.cands[k]
		if o.distinct || o.ev.Type != c.ev.Type || !compatible(c, o) || crossed(c, o) || st.oldAndNew(c, o) || loosePlans(c, o) {
			return false
		}
		union = append(union, o.parts...)
	}
	return covers(c.parts, union)
}

// crossed reports whether two mentions of a directed type have subjects of
// their own that share no one: the recipient of a demand who makes demands
// of his own tells another event, though he is a party of the first.
func crossed(a, b *cand) bool {
	if symmetric[a.ev.Type] || len(a.actorsM) == 0 || len(b.actorsM) == 0 || overlap(a.actorsM, b.actorsM) {
		return false
	}
	return !slices.Contains(a.ev.Explain, noSubject) && !slices.Contains(b.ev.Explain, noSubject)
}

// compatible reports whether two mentions of one type can be one event as
// far as their date, place, mode and status go.
func compatible(a, b *cand) bool {
	if a.ev.Date != nil && b.ev.Date != nil && !nested(*a.ev.Date, *b.ev.Date) {
		return false
	}
	if a.ev.Location != nil && b.ev.Location != nil && !samePlace(a, b) {
		return false
	}
	if a.modeCue && b.modeCue && a.ev.Mode != nil && b.ev.Mode != nil && *a.ev.Mode != *b.ev.Mode &&
		*a.ev.Mode != "mediated" && *b.ev.Mode != "mediated" {
		return false
	}
	if (a.another || b.another) && a.ev.Status != b.ev.Status {
		return false
	}
	if a.ev.Status != b.ev.Status && (datedPlan(a) || datedPlan(b)) {
		// a round planned for a given day is not the one that has happened
		return false
	}
	if !symmetric[a.ev.Type] && reversed(a, b) {
		// "Russia struck Ukraine, and Ukraine struck Russia": two events
		return false
	}
	return true
}

// symmetric types have no direction between their parties.
var symmetric = map[string]bool{Consult: true, Cooperate: true, Agree: true}

// reversed reports whether one mention's recipients are the other's actors
// and none of their actors are shared.
func reversed(a, b *cand) bool {
	return len(a.rcptM) > 0 && len(b.rcptM) > 0 && overlap(a.actorsM, b.rcptM) && overlap(a.rcptM, b.actorsM) &&
		!overlap(a.actorsM, b.actorsM)
}

// samePlace reports whether two locations can name the place of one
// event: places in one country ("Riyadh" and "Saudi Arabia", "Antalya"
// and "Turkey"). A country named as a place is not told from a city by the
// mention, so two cities of one country pass too; the dates and the
// participants must agree as well.
func samePlace(a, b *cand) bool {
	la, lb := a.ev.Location, b.ev.Location
	return la.Name == lb.Name || (la.Country != "" && la.Country == lb.Country)
}

// statusRank orders the statuses by how far the event got.
var statusRank = map[string]int{Proposed: 1, Planned: 2, Happened: 3}

// mergeGroup folds the members of a group into its most informative one.
func (st *state) mergeGroup(g []int) cand {
	if len(g) == 1 {
		return st.cands[g[0]]
	}
	best := g[0]
	for _, k := range g[1:] {
		if informative(&st.cands[k]) > informative(&st.cands[best]) {
			best = k
		}
	}
	keep := st.cands[best]
	keep.ev.Explain = append([]string(nil), keep.ev.Explain...)
	actors := append([]*actor.Mention(nil), keep.actorsM...)
	rcpts := append([]*actor.Mention(nil), keep.rcptM...)
	for _, k := range g {
		if k == best {
			continue
		}
		o := &st.cands[k]
		keep.ev.Explain = append(keep.ev.Explain, fmt.Sprintf("same-event:sentence %d (%q)", o.sent+1, o.ev.Trigger))
		if o.ev.Date != nil && (keep.ev.Date == nil || narrower(*o.ev.Date, *keep.ev.Date)) {
			keep.ev.Date, keep.dateFrom = o.ev.Date, "same-event"
			keep.ev.Explain = append(keep.ev.Explain, fmt.Sprintf("date:%s(from sentence %d)", *o.ev.Date, o.sent+1))
		}
		if o.ev.Mode != nil && (keep.ev.Mode == nil || (o.modeCue && !keep.modeCue)) {
			keep.ev.Mode, keep.modeCue = o.ev.Mode, o.modeCue
			keep.ev.Explain = append(keep.ev.Explain, fmt.Sprintf("mode:%s(from sentence %d)", *o.ev.Mode, o.sent+1))
		}
		if o.ev.Location != nil && (keep.ev.Location == nil || o.placeLevel > keep.placeLevel) {
			keep.ev.Location, keep.placeLevel = o.ev.Location, o.placeLevel
			keep.ev.Explain = append(keep.ev.Explain, fmt.Sprintf("location:%s(from sentence %d)", o.ev.Location.Name, o.sent+1))
		}
		switch {
		case keep.ev.Status == Cancelled:
		case o.ev.Status == Cancelled:
			keep.ev.Status = Cancelled
			keep.ev.Explain = append(keep.ev.Explain, fmt.Sprintf("status:cancelled(from sentence %d)", o.sent+1))
		case statusRank[o.ev.Status] > statusRank[keep.ev.Status]:
			keep.ev.Status = o.ev.Status
			keep.ev.Explain = append(keep.ev.Explain, fmt.Sprintf("status:%s(from sentence %d)", o.ev.Status, o.sent+1))
		}
		if keep.ev.PloverMode == "" {
			keep.ev.PloverMode = o.ev.PloverMode
		}
		if keep.ev.Attribution == "" {
			keep.ev.Attribution = o.ev.Attribution
		}
		keep.unresolvedDate = keep.unresolvedDate || o.unresolvedDate
		keep.ev.Confidence = max(keep.ev.Confidence, o.ev.Confidence)
		actors = addMissing(actors, rcpts, o.actorsM)
		rcpts = addMissing(rcpts, actors, o.rcptM)
	}
	keep.ev.Confidence = min(0.98, keep.ev.Confidence+0.05)
	seen := map[string]bool{}
	keep.actorsM, keep.rcptM = actors, rcpts
	keep.ev.Actors = nonNil(toActors(actors, seen))
	keep.ev.Recipients = nonNil(toActors(rcpts, seen))
	keep.parts = participantsOf(actors, rcpts)
	return keep
}

// addMissing appends to side the mentions of add that neither side names.
// A person whose state the event already names as a party is that state's
// representative told in another sentence ("Ukraine's delegation was led
// by Umerov"), not a side of his own, and is not added.
func addMissing(side, other, add []*actor.Mention) []*actor.Mention {
	for _, m := range add {
		if m.Kind == actor.Person && m.Country != "" && (stateIn(m.Country, side) || stateIn(m.Country, other)) {
			continue
		}
		if !namedIn(m, side) && !namedIn(m, other) {
			side = append(side, m)
		}
	}
	return side
}

// stateIn reports whether a mention other than a person stands for the
// country among ms.
func stateIn(country string, ms []*actor.Mention) bool {
	for _, x := range ms {
		if x.Kind != actor.Person && x.Country == country {
			return true
		}
	}
	return false
}

func namedIn(m *actor.Mention, ms []*actor.Mention) bool {
	for _, x := range ms {
		if x.Name == m.Name {
			return true
		}
	}
	return false
}

// informative scores a mention by what it tells of the event: a date, a
// place, a mode read from the text, a verb rather than a noun, its
// participants.
func informative(c *cand) float64 {
	v := c.ev.Confidence + 0.3*float64(len(c.parts))
	if c.ev.Date != nil {
		v += 2
	}
	v += float64(c.placeLevel)
	if c.modeCue {
		v += 0.5
	}
	if !c.noun {
		v++
	}
	return v
}

// dateSpan returns the first and last day a date value covers
// ("2025-06-01", "2025-W08", "2025-05", "2025").
func dateSpan(s string) (time.Time, time.Time, bool) {
	switch {
	case len(s) == 10:
		d, err := time.Parse("2006-01-02", s)
		return d, d, err == nil
	case len(s) == 8 && s[5] == 'W':
		y, err1 := strconv.Atoi(s[:4])
		w, err2 := strconv.Atoi(s[6:])
		if err1 != nil || err2 != nil {
			return time.Time{}, time.Time{}, false
		}
		// ISO week 1 holds 4 January
		jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return mon, mon.AddDate(0, 0, 6), true
	case len(s) == 7:
		d, err := time.Parse("2006-01", s)
		return d, d.AddDate(0, 1, -1), err == nil
	case len(s) == 4:
		d, err := time.Parse("2006", s)
		return d, d.AddDate(1, 0, -1), err == nil
	}
	return time.Time{}, time.Time{}, false
}

// nested reports whether one date lies inside the other.
func nested(a, b string) bool {
	if a == b {
		return true
	}
	a0, a1, ok1 := dateSpan(a)
	b0, b1, ok2 := dateSpan(b)
	if !ok1 || !ok2 {
		return false
	}
	return (!a0.Before(b0) && !a1.After(b1)) || (!b0.Before(a0) && !b1.After(a1))
}

// narrower reports whether date a is more precise than b and inside it.
func narrower(a, b string) bool {
	a0, a1, ok1 := dateSpan(a)
	b0, b1, ok2 := dateSpan(b)
	return ok1 && ok2 && !a0.Before(b0) && !a1.After(b1) && a1.Sub(a0) < b1.Sub(b0)
}

// datedPlan reports whether a mention is planned or proposed for a date.
func datedPlan(c *cand) bool {
	return c.ev.Date != nil && (c.ev.Status == Planned || c.ev.Status == Proposed)
}

// oldAge is how long before publication an event is history: a mention
// dated that far back is background, not the article's news.
const oldAge = 180 * 24 * time.Hour

// oldAndNew reports whether one mention is undated and the other dated
// long before the article was published: "the parties agreed on a
// prisoner exchange" is the news, "the grain deal of 2022" its background,
// though both are agreements with a party in common.
func (st *state) oldAndNew(a, b *cand) bool {
	if st.pub.IsZero() || (a.ev.Date == nil) == (b.ev.Date == nil) {
		return false
	}
	d := a.ev.Date
	if d == nil {
		d = b.ev.Date
	}
	_, last, ok := dateSpan(*d)
	return ok && st.pub.Sub(last) > oldAge
}

// loosePlans reports whether one mention is an event put off to a new day
// and the other a plan without a day, a definite article or the same
// parties: "his visit, put off to 10 March" is a plan of its own, not
// "Türkiye would host future talks between …" told nearby.
func loosePlans(a, b *cand) bool {
	if !a.putOff {
		a, b = b, a
	}
	return a.putOff && b.ev.Date == nil && (b.ev.Status == Planned || b.ev.Status == Proposed) && !b.anaphor &&
		!(within(a.parts, b.parts) && within(b.parts, a.parts))
}
