package event

import (
	"fmt"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/nlp/actor"
)

// anaphorNouns are the nouns that, after "the", refer back to a meeting or
// call the article has already told, with the mode the noun implies.
var anaphorNouns = map[string]string{"call": "phone", "conversation": "", "talks": "", "meeting": "",
	"negotiations": "", "visit": "in-person", "summit": "in-person", "discussion": "", "discussions": "",
	"dialogue": "", "videoconference": "virtual", "consultations": "", "round": "in-person"}

// anaphorAt reports whether token k is such a noun after a definite
// determiner, and the mode it implies.
func (s *sent) anaphorAt(k int) (string, bool) {
	mode, ok := anaphorNouns[s.toks[k].w]
	if !ok || k == 0 {
		return "", false
	}
	p := s.toks[k-1].w
	if p == "phone" || p == "telephone" {
		mode = "phone"
		if k < 2 {
			return "", false
		}
		p = s.toks[k-2].w
	} else if p == "video" {
		mode = "virtual"
		if k < 2 {
			return "", false
		}
		p = s.toks[k-2].w
	}
	if p != "the" && p != "this" && p != "that" && p != "these" {
		return "", false
	}
	return mode, true
}

// eventNouns are the nouns of the other types that, after "the", refer
// back to an event the article has told: "the attack killed three people".
var eventNouns = map[string]bool{"attack": true, "attacks": true, "strike": true, "strikes": true,
	"shelling": true, "bombing": true, "explosion": true, "explosions": true, "blast": true, "assault": true,
	"deal": true, "agreement": true, "accord": true, "exchange": true, "swap": true, "release": true,
	"sanctions": true, "withdrawal": true, "raid": true, "offensive": true}

// hasAnaphorNoun reports whether the sentence names a meeting or call
// with a definite determiner, which may tell more about an event already
// read.
func (s *sent) hasAnaphorNoun() bool {
	for k := range s.toks {
		if _, ok := s.anaphorAt(k); ok {
			return true
		}
	}
	return false
}

// isAnaphor reports whether a trigger is a definite noun that refers back:
// "the talks", "the meeting in Riyadh", "the attack".
func (s *sent) isAnaphor(h hit) bool {
	for k := h.i; k < h.j; k++ {
		if h.p.typ == Consult {
			if _, ok := s.anaphorAt(k); ok {
				return true
			}
			continue
		}
		if eventNouns[s.toks[k].w] && k > 0 {
			if p := s.toks[k-1].w; p == "the" || p == "this" || p == "that" {
				return true
			}
		}
	}
	return false
}

// referent returns the latest candidate of a type, or -1.
func (st *state) referent(typ string) int {
	for k := len(st.cands) - 1; k >= 0; k-- {
		if st.cands[k].ev.Type == typ {
			return k
		}
	}
	return -1
}

// noteAnaphora carries what a sentence says about "the call" or "the
// meeting" to the event it refers to: the mode the noun implies, a place
// named next to it, a date next to it.
func (s *sent) noteAnaphora(st *state) {
	own := false
	for k := range st.cands {
		if st.cands[k].sent == s.idx {
			own = true
		}
	}
	for k := range s.toks {
		mode, ok := s.anaphorAt(k)
		if !ok || s.timePoint(k) {
			continue
		}
		r := -1
		for i := len(st.cands) - 1; i >= 0; i-- {
			c := &st.cands[i]
			if c.ev.Type == Consult && c.sent < s.idx && c.ev.Status == Happened && !c.anaphor &&
				(c.ev.Mode == nil || !c.modeCue || mode == "" || *c.ev.Mode == mode) &&
				!(mode == "phone" && !c.modeCue && c.placeLevel == 2) {
				// a round held in a city is no "call"
				r = i
				break
			}
		}
		if r < 0 {
			return
		}
		c := &st.cands[r]
		if mode != "" && !c.modeCue {
			m := mode
			c.ev.Mode, c.modeCue = &m, true
			c.ev.Explain = append(c.ev.Explain, fmt.Sprintf("mode:%s(anaphor %q in sentence %d)", mode, s.toks[k].w, s.idx+1))
		}
		h := hit{i: k, j: k + 1, p: &pattern{entry: entry{typ: Consult}}}
		if p, _ := s.pickPlace(h, false); p != nil && abs(p.i-k) <= 6 {
			lvl := 1
			if p.m.Kind == actor.Place {
				lvl = 2
			}
			if c.ev.Location == nil || (lvl > c.placeLevel && c.ev.Location.Country == p.m.Country) {
				c.ev.Location = placeOf(p.m)
				c.placeLevel = lvl
				c.ev.Explain = append(c.ev.Explain, fmt.Sprintf("location:%s(anaphor in sentence %d)", p.m.Name, s.idx+1))
			}
		}
		if d := s.pickDate(h); d != nil && !own && c.ev.Date == nil && abs(d.i-k) <= 8 {
			v := d.d.Value.String()
			c.ev.Date, c.dateFrom = &v, "anaphor"
			c.ev.Explain = append(c.ev.Explain, fmt.Sprintf("date:%s(anaphor in sentence %d: %q)", v, s.idx+1, d.d.Text))
		}
		return
	}
}

// resolveArticle applies the article-level rules once every sentence has
// been read: dates inherited from another mention of the same event, and
// the in-person mode of meetings that have a place.
func (st *state) resolveArticle(doc nlp.Doc) {
	st.foldAnaphors()
	kept := st.cands[:0]
	for _, c := range st.cands {
		if c.ev.Confidence >= MinConfidence {
			kept = append(kept, c)
		}
	}
	st.cands = kept
	st.collapse()
	for i := range st.cands {
		c := &st.cands[i]
		if c.ev.Date != nil || c.unresolvedDate || c.distinct {
			continue
		}
		best := -1
		for j := range st.cands {
			o := &st.cands[j]
			if j == i || o.dateFrom != "sentence" || o.ev.Type != c.ev.Type || o.ev.Status != c.ev.Status || !covers(c.parts, o.parts) || !within(c.parts, o.parts) || crossed(c, o) || st.oldAndNew(c, o) {
				continue
			}
			if best < 0 || closer(i, j, best) {
				best = j
			}
		}
		if best >= 0 {
			v := *st.cands[best].ev.Date
			c.ev.Date, c.dateFrom = &v, "context"
			c.ev.Explain = append(c.ev.Explain, fmt.Sprintf("date:%s(inherited from the same event in sentence %d)", v, st.cands[best].sent+1))
		}
	}
	for i := range st.cands {
		c := &st.cands[i]
		if c.ev.Type == Consult && c.ev.Mode == nil && c.ev.Location != nil {
			m := "in-person"
			c.ev.Mode = &m
			c.ev.Explain = append(c.ev.Explain, "mode:in-person(a place is given)")
		}
	}
	_ = doc
}

// foldAnaphors removes "the meeting" mentions that refer to a meeting the
// article tells elsewhere (before, or after when the article opens on
// it), handing their place, date and mode to it.
func (st *state) foldAnaphors() {
	out := st.cands[:0]
	keep := make([]bool, len(st.cands))
	for i := range st.cands {
		keep[i] = true
		c := &st.cands[i]
		if !c.anaphor {
			continue
		}
		r := -1
		for j := range st.cands {
			o := &st.cands[j]
			if j == i || o.anaphor || o.ev.Type != c.ev.Type || (o.ev.Status != Happened && o.ev.Status != c.ev.Status) || !compatible(c, o) {
				continue
			}
			if r < 0 || closer(i, j, r) {
				r = j
			}
		}
		if r < 0 {
			continue
		}
		keep[i] = false
		o := &st.cands[r]
		if c.ev.Location != nil && (o.ev.Location == nil || (c.placeLevel > o.placeLevel && c.ev.Location.Country == o.ev.Location.Country)) {
			o.ev.Location, o.placeLevel = c.ev.Location, c.placeLevel
			o.ev.Explain = append(o.ev.Explain, fmt.Sprintf("location:%s(anaphor in sentence %d)", c.ev.Location.Name, c.sent+1))
		}
		if o.ev.Date == nil && c.ev.Date != nil && c.dateFrom == "sentence" {
			o.ev.Date, o.dateFrom = c.ev.Date, "anaphor"
			o.ev.Explain = append(o.ev.Explain, fmt.Sprintf("date:%s(anaphor in sentence %d)", *c.ev.Date, c.sent+1))
		}
		if c.modeCue && !o.modeCue {
			o.ev.Mode, o.modeCue = c.ev.Mode, true
		}
	}
	for i := range st.cands {
		if keep[i] {
			out = append(out, st.cands[i])
		}
	}
	st.cands = out
}

// covers reports whether every participant of the shorter list stands for
// someone of the other: the same person, or a state and one of its people.
func covers(a, b []*actor.Mention) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		if !overlap([]*actor.Mention{x}, b) {
			return false
		}
	}
	return true
}

// closer prefers an earlier mention, then the nearer one.
func closer(i, j, best int) bool {
	dj, db := i-j, i-best
	if (dj > 0) != (db > 0) {
		return dj > 0
	}
	return abs(dj) < abs(db)
}

// overlap reports whether two participant lists share an actor: the same
// name, or a state and someone of that state.
func overlap(a, b []*actor.Mention) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Name == y.Name {
				return true
			}
			if x.Country != "" && x.Country == y.Country && (x.Kind == actor.State || y.Kind == actor.State) {
				return true
			}
		}
	}
	return false
}

func placeOf(m *actor.Mention) *article.Place {
	return &article.Place{Name: m.Name, Country: m.Country}
}

// within reports whether everyone of a stands for someone of b: a mention
// that names a side the dated one lacks ("Trump received the two
// ministers" after "negotiations between Rwanda and Congo on June 18") is
// another event, whose date is not to be inherited.
func within(a, b []*actor.Mention) bool {
	for _, x := range a {
		if !overlap([]*actor.Mention{x}, b) {
			return false
		}
	}
	return true
}

// timePoint reports whether the definite noun at token k is named as a
// point in time for another event: "on the eve of the meeting", "ahead
// of the talks", "after the call". What the sentence dates is that other
// event, not the meeting.
func (s *sent) timePoint(k int) bool {
	if k < 3 {
		return k == 2 && (s.toks[0].w == "after" || s.toks[0].w == "before")
	}
	p2, p3 := s.toks[k-2].w, s.toks[k-3].w
	return p2 == "of" && (p3 == "eve" || p3 == "ahead" || p3 == "day" || p3 == "end") ||
		p2 == "after" || p2 == "before" || p2 == "since"
}
