package event

import (
	"slices"
	"strconv"
)

// agreedMeeting builds the meeting that the parties of an agreement told in
// the same sentence agreed to hold: "held talks in Geneva and agreed to
// continue them next month" plans a further round between the same sides.
// first is the index of the sentence's first candidate. The meeting takes
// the agreement's parties, the status planned and only a date to come
// near its own trigger: the agreement's day is not the meeting's.
func (s *sent) agreedMeeting(st *state, first int, h hit) (cand, bool) {
	d := s.pickDate(h)
	if d == nil || d.i < h.i || !toCome(d) {
		// "agreed to continue the dialogue" with no day says too little
		// to tell one planned round from another
		return cand{}, false
	}
	ag, met := -1, -1
	for k := len(st.cands) - 1; k >= first; k-- {
		switch st.cands[k].ev.Type {
		case Agree:
			if ag < 0 {
				ag = k
			}
		case Consult:
			if met < 0 && st.cands[k].ev.Status == Happened && twoSided(st.cands[k].parts) {
				met = k
			}
		}
	}
	if ag < 0 {
		return cand{}, false
	}
	a := &st.cands[ag]
	from := a
	if !twoSided(a.parts) {
		// "held their first talks …, agreeing to continue": the sides of
		// the talks when the agreement's subject was not found
		if met < 0 {
			return cand{}, false
		}
		from = &st.cands[met]
	}
	var c cand
	c.sent = a.sent
	c.actorsM, c.rcptM = slices.Clone(from.actorsM), slices.Clone(from.rcptM)
	c.parts = participantsOf(c.actorsM, c.rcptM)
	seen := map[string]bool{}
	c.ev.Actors = nonNil(toActors(c.actorsM, seen))
	c.ev.Recipients = nonNil(toActors(c.rcptM, seen))
	c.ev.Type = Consult
	c.ev.Status = Planned
	c.ev.Trigger = s.src.Text[s.toks[h.i].s:s.toks[h.j-1].e]
	c.ev.Attribution = a.ev.Attribution
	c.ev.Sentence, c.ev.Span = a.ev.Sentence, a.ev.Span
	c.another = true
	c.distinct = true
	c.ev.Explain = []string{"trigger:" + strconv.Quote(c.ev.Trigger) + "(" + h.p.pat + ")",
		"status:planned(agreed to)", "args:parties of the agreement"}
	v := d.d.Value.String()
	c.ev.Date, c.dateFrom = &v, "sentence"
	c.ev.Explain = append(c.ev.Explain, "date:"+v+"("+strconv.Quote(d.d.Text)+" "+d.d.Rule+")")
	if a.ev.Date != nil && *a.ev.Date == v {
		// the date to come is the meeting's, not the agreement's
		a.ev.Date, a.dateFrom = nil, ""
		a.ev.Explain = append(a.ev.Explain, "date:none(the date to come is the agreed meeting's)")
	}
	c.ev.Confidence = min(h.p.base+0.1, a.ev.Confidence)
	c.ev.Explain = append(c.ev.Explain, "confidence:"+strconv.FormatFloat(c.ev.Confidence, 'f', 2, 64))
	return c, true
}
