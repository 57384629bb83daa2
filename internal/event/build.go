package event

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/nlp/actor"
)

var (
	phoneCues    = map[string]bool{"phone": true, "telephone": true, "phoned": true, "telephoned": true, "call": true, "calls": true}
	virtualCues  = map[string]bool{"video": true, "videoconference": true, "virtual": true, "virtually": true, "online": true, "videolink": true}
	mediatedCues = map[string]bool{"mediated": true, "mediators": true, "mediator": true, "mediation": true,
		"indirect": true, "intermediary": true, "intermediaries": true, "shuttle": true, "proximity": true}
	inPersonWords = map[string]bool{"met": true, "meet": true, "meets": true, "meeting": true, "visit": true,
		"visited": true, "visits": true, "visiting": true, "summit": true, "hosted": true, "host": true,
		"hosts": true, "hosting": true, "trip": true, "arrived": true, "sat": true, "face": true, "gathered": true}
)

// consultMode reads the mode of a CONSULT from the trigger and the sentence.
func (s *sent) consultMode(h hit) (string, string) {
	if h.p.mode != "" {
		return h.p.mode, "mode:" + h.p.mode + "(trigger)"
	}
	for k, t := range s.toks {
		w := t.w
		if !s.cueOf(h, k) {
			continue
		}
		switch {
		case mediatedCues[w] || strings.HasSuffix(w, "-mediated"):
			return "mediated", "mode:mediated(" + w + ")"
		case (w == "via" || w == "through") && k+1 < len(s.toks) && s.startsActor(k+1):
			return "mediated", "mode:mediated(" + w + " X)"
		case virtualCues[w] || (w == "video" && k+1 < len(s.toks)):
			return "virtual", "mode:virtual(" + w + ")"
		}
	}
	for k, t := range s.toks {
		if !s.cueOf(h, k) {
			continue
		}
		if phoneCues[t.w] && !(t.w == "call" || t.w == "calls") {
			return "phone", "mode:phone(" + t.w + ")"
		}
		if (t.w == "call" || t.w == "calls") && k > 0 && !(k+1 < len(s.toks) && (s.toks[k+1].w == "for" || s.toks[k+1].w == "on")) {
			return "phone", "mode:phone(" + t.w + ")"
		}
	}
	for k := max(h.i-8, 0); k < h.j+3 && k+2 < len(s.toks); k++ {
		// "face-to-face talks", "talks held in person"
		if w := s.toks[k].w; (w == "face" && s.toks[k+1].w == "-" && s.toks[k+2].w == "to") || (w == "in" && s.toks[k+1].w == "person") {
			return "in-person", "mode:in-person(" + w + " " + s.toks[k+1].w + ")"
		}
	}
	for k := h.i; k < h.j; k++ {
		if inPersonWords[s.toks[k].w] {
			return "in-person", "mode:in-person(" + s.toks[k].w + ")"
		}
	}
	return "", ""
}

// cueOf reports whether a mode cue at token k speaks of trigger h: no
// other meeting or call of the sentence stands nearer to it ("proposed a
// round of talks in Istanbul, and discussed it in a phone call": the
// phone is the call's).
func (s *sent) cueOf(h hit, k int) bool {
	d := hitDist(h, k)
	for _, o := range s.hits {
		if o.i != h.i && o.p.typ == Consult && hitDist(o, k) < d {
			return false
		}
	}
	return true
}

// hitDist is the distance in tokens from a trigger to token k.
func hitDist(h hit, k int) int {
	switch {
	case k < h.i:
		return h.i - k
	case k >= h.j:
		return k - h.j + 1
	}
	return 0
}

func (s *sent) startsActor(k int) bool {
	for _, a := range s.actors {
		if a.i == k || (a.i == k+1 && s.toks[k].w == "the") {
			return true
		}
	}
	return false
}

var requestCues = map[string]bool{"calls": true, "call": true, "called": true, "urged": true, "urges": true,
	"necessity": true, "need": true, "needs": true, "push": true, "pushed": true, "demand": true, "demanded": true,
	"pressed": true, "appeal": true, "appealed": true, "importance": true, "urging": true, "calling": true}

// requestContent reports whether a noun trigger is what a request asks for
// ("calls for dialogue", "the need for talks") with nothing that would
// make it a planned meeting (a date or a place in the sentence).
func (s *sent) requestContent(h hit) bool {
	if len(s.dates) > 0 {
		return false
	}
	for _, p := range s.places {
		if p.where {
			return false
		}
	}
	for k := h.i - 1; k >= 0 && k >= h.i-8; k-- {
		if s.toks[k].w == "." || s.toks[k].w == ";" {
			break
		}
		if requestCues[s.toks[k].w] {
			return true
		}
	}
	return false
}

// build turns a trigger into a candidate event, or says there is none.
func (s *sent) build(st *state, h hit) (cand, bool) {
	var c cand
	trig := s.src.Text[s.toks[h.i].s:s.toks[h.j-1].e]
	// Notes are built by concatenation: one build per trigger, and fmt
	// would cost more than the rest of the explanation.
	notes := make([]string, 1, 8) // room for the usual notes of one event
	notes[0] = "trigger:" + strconv.Quote(trig) + "(" + h.p.pat + ")"
	if h.p.typ == Assault && h.j-h.i > 2 {
		for k := h.i + 1; k < h.j-1; k++ {
			if industryWords[s.toks[k].w] {
				// "launched joint production of drones": industry, not an attack
				return c, false
			}
		}
	}
	if h.p.flags&fPersonObj != 0 && !s.personObject(h) {
		return c, false
	}
	d := s.pickDate(h)
	cl := s.readClause(h, d)
	if cl.drop != "" {
		st.dropped = append(st.dropped, h.p.typ)
		return c, false
	}
	if cl.status == Cancelled {
		if nd := s.putOffTo(h); nd != nil {
			// "postponed his visit … to 10 March": put off, not called off
			d, cl.status, c.putOff = nd, Planned, true
			cl.notes = append(cl.notes, "status:planned(put off to "+nd.d.Text+")")
		}
	}
	if h.p.typ == Agree && h.p.base <= 0.5 && h.j < len(s.toks) {
		// "signed a law", "signed an executive order": not an agreement
		for k := h.j; k < len(s.toks) && k <= h.j+3; k++ {
			if lawWords[s.toks[k].w] {
				return c, false
			}
		}
	}
	notes = append(notes, cl.notes...)
	sd := s.assign(h)
	notes = append(notes, sd.notes...)
	if len(sd.actors) == 0 && sd.pronoun != "" {
		switch sd.pronoun {
		case "sides":
			// "the sides agreed": the parties of the latest event told
			// between two sides, though a one-sided event came after it
			if len(st.lastPair) > 0 {
				sd.actors = st.lastPair
				notes = append(notes, "args:coref(the sides→two-sided event)")
			} else if len(st.lastGroup) > 0 {
				sd.actors = st.lastGroup
				notes = append(notes, "args:coref(they→previous event)")
			}
		case "they", "both":
			if len(st.lastGroup) > 0 {
				sd.actors = st.lastGroup
				notes = append(notes, "args:coref(they→previous event)")
			}
		case "we", "i":
			if s.inQuote(h.i) {
				if sp := s.quoteSpeaker(); sp != nil {
					sd.actors = []*actor.Mention{sp}
					notes = append(notes, "args:coref("+sd.pronoun+"→speaker "+sp.Name+")")
				}
			}
		case "org":
			if st.lastOrg != nil {
				sd.actors = []*actor.Mention{st.lastOrg}
				notes = append(notes, "args:coref(the group→"+st.lastOrg.Name+")")
			}
		case "he", "she":
			if st.lastPerson != nil {
				sd.actors = []*actor.Mention{st.lastPerson}
				notes = append(notes, "args:coref("+sd.pronoun+"→"+st.lastPerson.Name+")")
			}
		}
	}
	if sd.objSides && len(sd.recipients) == 0 && twoSided(st.lastPair) {
		// "Trump said he had spoken to both leaders": the two sides of
		// the latest event between two, less the subject
		for _, m := range st.lastPair {
			if !namedIn(m, sd.actors) {
				sd.recipients = append(sd.recipients, m)
			}
		}
		notes = append(notes, "args:coref(both leaders→two-sided event)")
	}
	if len(sd.actors) == 0 && len(sd.recipients) == 0 && h.p.flags&fNoun != 0 && s.definite(h) {
		// "Last week's discussions", "the meeting": the parties of the
		// latest event of the type
		if r := st.referent(h.p.typ); r >= 0 {
			o := &st.cands[r]
			sd.actors, sd.recipients = o.actorsM, o.rcptM
			notes = append(notes, fmt.Sprintf("args:definite(parties of sentence %d)", o.sent+1))
		}
	}
	place, rcpt := s.pickPlace(h, h.p.flags&fPlaceRcpt != 0)
	if place != nil && rcpt && place.m.Kind == actor.State && len(sd.recipients) == 0 {
		sd.recipients = []*actor.Mention{place.m}
		notes = append(notes, "args:visited-place-as-recipient")
	}
	if place != nil && place.m.Kind == actor.State && len(sd.recipients) == 0 && (h.p.typ == Assault || h.p.typ == Mobilize) && place.i >= h.j {
		// "fired missiles at Israel": the state is the target as well as the place
		sd.recipients = []*actor.Mention{place.m}
		notes = append(notes, "args:target-state-as-recipient")
	}
	seen := map[string]bool{}
	c.ev.Actors = toActors(sd.actors, seen)
	c.ev.Recipients = toActors(sd.recipients, seen)
	n := len(c.ev.Actors) + len(c.ev.Recipients)
	if n == 0 && len(c.ev.Recipients) == 0 {
		return c, false
	}
	if len(c.ev.Actors) == 0 {
		// an event told with its object only ("strikes on Kyiv"): keep the
		// one side as the actors' list is what the contract needs filled
		if h.p.typ != Consult && h.p.typ != Agree && h.p.typ != Cooperate {
			notes = append(notes, noSubject)
		}
	}
	if h.p.flags&fTwo != 0 && n < 2 {
		return c, false
	}
	if h.p.flags&fStateSubj != 0 && !stateLike(sd.actors) {
		return c, false
	}
	if h.p.flags&fStateSubj != 0 {
		// "Russia has stated that Ukraine must halt …": the one who says
		// "must" requests, the subject of "must" is asked
		sp := s.speaker(h)
		if sp == nil {
			return c, false
		}
		sd.actors, sd.recipients = []*actor.Mention{sp}, sd.actors
		seen = map[string]bool{}
		c.ev.Actors = toActors(sd.actors, seen)
		c.ev.Recipients = toActors(sd.recipients, seen)
		notes = append(notes, "args:speaker-of-must("+sp.Name+")")
	}
	if h.p.typ == Consult && n < 2 && place == nil && h.p.mode == "" {
		// a meeting with one side and no place says too little
		return c, false
	}
	c.parts = participantsOf(sd.actors, sd.recipients)
	c.actorsM, c.rcptM = sd.actors, sd.recipients
	c.another = s.another(h)
	c.ev.Type = h.p.typ
	c.ev.Status = cl.status
	c.ev.Trigger = trig
	c.ev.Actors = nonNil(c.ev.Actors)
	c.ev.Recipients = nonNil(c.ev.Recipients)
	if h.p.typ == Consult {
		if m, note := s.consultMode(h); m != "" {
			c.ev.Mode, c.modeCue = &m, true
			notes = append(notes, note)
		}
	} else {
		c.ev.PloverMode = h.p.mode
	}
	if d != nil {
		v := d.d.Value.String()
		rule := d.d.Rule
		if n, ok := s.daysApart(d, h); ok {
			if t, err := time.Parse(time.DateOnly, v); err == nil {
				v, rule = t.AddDate(0, 0, n).Format(time.DateOnly), rule+" shifted "+strconv.Itoa(n)+" days"
			}
		}
		c.ev.Date = &v
		c.dateFrom = "sentence"
		notes = append(notes, "date:"+v+"("+strconv.Quote(d.d.Text)+" "+rule+")")
	} else if v, from := s.sameDay(st); v != "" {
		c.ev.Date = &v
		c.dateFrom = "sentence"
		notes = append(notes, "date:"+v+"(\"same day\" as sentence "+strconv.Itoa(from+1)+")")
	} else if v, from := s.spanFromMeeting(st, h); v != "" {
		c.ev.Date = &v
		c.dateFrom = "sentence"
		notes = append(notes, "date:"+v+"(a span from the meeting of sentence "+strconv.Itoa(from+1)+")")
	}
	if place != nil {
		c.ev.Location = &article.Place{Name: place.m.Name, Country: place.m.Country}
		c.placeLevel = 1
		if place.m.Kind == actor.Place && place.m.Via != "country" {
			c.placeLevel = 2
		}
		notes = append(notes, "location:"+place.m.Name)
	}
	conf := h.p.base
	if len(c.ev.Actors) > 0 && len(c.ev.Recipients) > 0 || n >= 2 {
		conf += 0.1
	}
	if len(c.ev.Actors) == 0 {
		conf -= 0.1
	}
	if d != nil {
		conf += 0.05
	}
	if s.inQuote(h.i) {
		conf *= 0.7
		notes = append(notes, "quote:inside-direct-quotation")
	}
	conf = min(max(conf, 0), 0.98)
	c.ev.Confidence = float64(int(conf*100+0.5)) / 100
	notes = append(notes, "confidence:"+strconv.FormatFloat(c.ev.Confidence, 'f', 2, 64))
	c.ev.Explain = notes
	return c, true
}

// noSubject notes an event told with its object only, kept as its actor.
const noSubject = "args:no-subject"

func nonNil(a []article.Actor) []article.Actor {
	if a == nil {
		return []article.Actor{}
	}
	return a
}

// stateLike reports whether a subject speaks for a state: a state, a
// government body or an office holder.
func stateLike(ms []*actor.Mention) bool {
	for _, m := range ms {
		if m.Kind == actor.State || m.Sector == "GOV" || m.Office != "" {
			return true
		}
	}
	return false
}

// furtherWords mark a mention as another occurrence of an event already
// told: "met again", "the next round", "a second meeting".
var furtherWords = map[string]bool{"again": true, "next": true, "another": true, "second": true, "third": true,
	"fourth": true, "new": true, "fresh": true, "further": true, "follow-up": true, "resumed": true, "resume": true}

// another reports whether the trigger is told as a further occurrence.
func (s *sent) another(h hit) bool {
	for k := max(0, h.i-4); k < len(s.toks) && k < h.j+2; k++ {
		if furtherWords[s.toks[k].w] {
			return true
		}
	}
	return false
}

// definite reports whether a nominal trigger is made definite by a
// determiner or a possessive date ("the talks", "Last week's discussions")
// a few words before it.
func (s *sent) definite(h hit) bool {
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		t := s.toks[k]
		switch {
		case t.w == "the" || t.w == "this" || t.w == "that" || t.w == "these" || t.w == "those":
			return true
		case t.w == "'s":
			for _, d := range s.dates {
				if d.j == k {
					return true
				}
			}
			return false
		case t.punct:
			return false
		}
	}
	return false
}

// speaker returns the actor whose saying frames the trigger's clause: the
// subject of a reporting verb before it ("Russia has stated that …",
// "Moscow insists that …"), or nil.
func (s *sent) speaker(h hit) *actor.Mention {
	for k := h.i - 1; k > 0; k-- {
		w := s.toks[k].w
		if !(sayVerbs[w] || w == "insists" || w == "insisted" || w == "demanded" || w == "stressed") {
			continue
		}
		for a := len(s.actors) - 1; a >= 0; a-- {
			if m := s.actors[a]; m.j <= k && k-m.j <= 3 {
				return m.m
			}
		}
	}
	return nil
}

// industryWords inside a "launched … drones" trigger make it about making
// or selling weapons, not firing them.
var industryWords = map[string]bool{"production": true, "manufacture": true, "manufacturing": true,
	"development": true, "joint": true, "programme": true, "program": true, "sales": true, "exports": true,
	"export": true, "purchase": true, "purchases": true, "factory": true, "plant": true}

// lawWords after a bare "signed" make it the signing of a domestic act.
var lawWords = map[string]bool{"law": true, "bill": true, "order": true, "decree": true, "executive": true,
	"legislation": true, "laws": true, "decrees": true, "orders": true, "budget": true}

// quoteSpeaker returns the actor a quotation is attributed to: the mention
// next to a reporting verb outside the quotation ("…," Medinsky told
// reporters; Lavrov said: "…").
func (s *sent) quoteSpeaker() *actor.Mention {
	for k, t := range s.toks {
		if !sayVerbs[t.w] || s.inQuote(k) {
			continue
		}
		for _, a := range s.actors {
			if (a.j == k || a.i == k+1) && !s.inQuote(a.i) {
				return a.m
			}
		}
	}
	return nil
}

// personObject reports whether a person, or a definite group of them,
// follows the trigger at once ("received Rubio", "hosted the two
// ministers"), or the trigger is passive with its agent after "by".
func (s *sent) personObject(h hit) bool {
	k := h.j
	if k >= len(s.toks) {
		return false
	}
	if s.toks[k].w == "by" {
		// "the ministers were received by Trump", not "the talks were
		// hosted by Saudi officials": the subject must be people
		if !s.passive(h) {
			return false
		}
		j := h.i - 1
		for j > 0 && passiveAux[s.toks[j].w] {
			j--
		}
		if j >= 0 && groupNouns[s.toks[j].w] && s.toks[j].w != "two" {
			return true
		}
		for _, a := range s.actors {
			if a.j == j+1 {
				return a.m.Kind == actor.Person
			}
		}
		return false
	}
	if groupDets[s.toks[k].w] && k+1 < len(s.toks) {
		n := s.toks[k+1].w
		if n == "two" && k+2 < len(s.toks) {
			n = s.toks[k+2].w
		}
		return groupNouns[n] && n != "two"
	}
	for _, a := range s.actors {
		if a.i == k || (a.i == k+1 && s.toks[k].w == "the") {
			return a.m.Kind == actor.Person
		}
	}
	return false
}

// sameDay returns the day of the article's first event dated to the day
// when the sentence says its event came "later in the day" ("earlier that
// day", "on the same day"), with that event's sentence; "" when it does
// not or no such day is known. The day of the news is the day the
// article opens on.
func (s *sent) sameDay(st *state) (string, int) {
	found := false
	for k := 0; k+2 < len(s.toks) && !found; k++ {
		w, n, d := s.toks[k].w, s.toks[k+1].w, s.toks[k+2].w
		if n == "in" && d == "the" && k+3 < len(s.toks) {
			d = s.toks[k+3].w // "later in the day"
		}
		found = (w == "later" || w == "earlier") && (n == "in" || n == "that") && d == "day" ||
			w == "the" && n == "same" && d == "day"
	}
	if !found {
		return "", 0
	}
	for i := range st.cands {
		c := &st.cands[i]
		if c.ev.Date != nil && len(*c.ev.Date) == 10 && c.dateFrom == "sentence" && c.ev.Status == Happened {
			return *c.ev.Date, c.sent
		}
	}
	return "", 0
}

// spanDays are the counts of days a span before "after" or "before" may
// give: "a day after", "two days before".
var spanDays = map[string]int{"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}

// daysApart returns how many days the trigger's event lies from a day
// named before it when a span stands between: "exchanged prisoners on
// March 19, a day after Trump and Putin held a phone call" puts the call
// on March 18 (-1); "two days before" puts it two days later (+2).
func (s *sent) daysApart(d *dateAt, h hit) (int, bool) {
	if d.j > h.i || len(d.d.Value.String()) != 10 {
		return 0, false
	}
	for k := d.j; k+2 < h.i; k++ {
		n, ok := spanDays[s.toks[k].w]
		u, rel := s.toks[k+1].w, s.toks[k+2].w
		if !ok || (u != "day" && u != "days") || (rel != "after" && rel != "before") {
			continue
		}
		if s.clauseAfter(k+2, h.i) || s.toks[k+2].w == "after" && s.startsActor(k+3) || s.toks[k+2].w == "before" && s.startsActor(k+3) {
			if rel == "after" {
				return -n, true
			}
			return n, true
		}
	}
	return 0, false
}

// spanFromMeeting dates an event told as a span from a meeting the article
// has dated: "The round took place a day after Ukraine attacked …" puts
// the attack the day before the round. It returns the day and the
// meeting's sentence, or "".
func (s *sent) spanFromMeeting(st *state, h hit) (string, int) {
	for k := 1; k+2 < h.i; k++ {
		n, ok := spanDays[s.toks[k].w]
		u, rel := s.toks[k+1].w, s.toks[k+2].w
		if !ok || (u != "day" && u != "days") || (rel != "after" && rel != "before") || s.dateAt(k+3) {
			// "two days after Monday's vote" counts from that day
			continue
		}
		ana, mode := false, ""
		for t := 0; t < k; t++ {
			if m, ok := s.anaphorAt(t); ok {
				ana, mode = true, m
			}
		}
		if !ana {
			return "", 0
		}
		r := -1
		for i := len(st.cands) - 1; i >= 0; i-- {
			c := &st.cands[i]
			if c.ev.Type == Consult && c.sent < s.idx && (mode == "" || c.ev.Mode == nil || *c.ev.Mode == mode) &&
				c.ev.Date != nil && len(*c.ev.Date) == 10 {
				// "the round" is the meeting, not the call told since
				r = i
				break
			}
		}
		if r < 0 || st.cands[r].ev.Date == nil || len(*st.cands[r].ev.Date) != 10 || st.cands[r].ev.Status == Cancelled {
			return "", 0
		}
		t, err := time.Parse(time.DateOnly, *st.cands[r].ev.Date)
		if err != nil {
			return "", 0
		}
		if rel == "after" {
			n = -n
		}
		return t.AddDate(0, 0, n).Format(time.DateOnly), st.cands[r].sent
	}
	return "", 0
}

// dateAt reports whether a date expression starts at token k.
func (s *sent) dateAt(k int) bool {
	for _, d := range s.dates {
		if d.i == k {
			return true
		}
	}
	return false
}
