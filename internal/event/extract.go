package event

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/nlp/actor"
)

// MinConfidence is the floor below which a candidate is not reported: the
// hedged, negated and argument-less candidates end up beneath it.
const MinConfidence = 0.35

// Extractor finds event mentions; built once, safe for concurrent use.
type Extractor struct {
	pats  []pattern
	index map[string][]int
}

// New returns an Extractor over the built-in trigger lexicons.
func New() *Extractor {
	x := &Extractor{}
	x.pats, x.index = compile(lexicon)
	return x
}

// cand is an event mention being built, with what the article-level rules
// need to know about it.
type cand struct {
	ev         article.Event
	sent       int
	parts      []*actor.Mention // actorsM then rcptM
	actorsM    []*actor.Mention
	rcptM      []*actor.Mention
	another    bool // told as a further occurrence: "met again", "the next round"
	modeCue    bool // the mode came from the sentence itself
	dateFrom   string
	placeLevel int  // 0 none, 1 country, 2 city
	anaphor    bool // "the meeting": may refer to an event told elsewhere
	noun       bool
	// told as apart in time from another event ("two weeks after the
	// summit"): never folded into another mention of the type
	distinct bool
	// put off to a new day ("postponed … to 10 March"): a plan of its own
	putOff bool
	ti, tj int // the trigger's tokens in its sentence
	// the sentence has a date expression that could not be resolved: the
	// event's date is unknown, not to be inherited
	unresolvedDate bool
}

// state carries what one Extract call remembers from sentence to sentence.
type state struct {
	lastGroup  []*actor.Mention // the participants of the latest event: "they"
	lastPair   []*actor.Mention // those of the latest meeting or agreement between two sides: "the sides"
	lastPerson *actor.Mention   // the latest person named as a subject: "he", "she"
	lastOrg    *actor.Mention   // the latest organisation named: "the group"
	cands      []cand
	pub        time.Time // the publication day, zero when unknown
	dropped    []string  // the types of the sentence's negated or failed triggers
	buf        []token
	hits       []hit
}

// Extract returns the event mentions of one analysed article. body is the
// article body the doc was made from (for character spans). Events come in
// sentence order.
func (x *Extractor) Extract(body string, doc nlp.Doc) []article.Event {
	st := state{pub: doc.Anchor.Date}
	chars, at := 0, 0 // rune count of body[:at]
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		if s.Start < 0 || s.End > len(body) || s.Start > s.End {
			continue
		}
		if s.Start < at {
			chars, at = 0, 0
		}
		chars += utf8.RuneCountInString(body[at:s.Start])
		at = s.Start
		span := [2]int{chars, chars + utf8.RuneCountInString(body[s.Start:s.End])}
		x.sentence(&st, si, s, span)
	}
	st.resolveArticle(doc)
	out := make([]article.Event, 0, len(st.cands))
	for i := range st.cands {
		out = append(out, st.cands[i].ev)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// sentence finds the events of one sentence.
func (x *Extractor) sentence(st *state, si int, src *nlp.Sentence, span [2]int) {
	if len(src.Actors) == 0 && !mayRefer(src.Text) {
		// no participant can come from it: skip the tokenising
		return
	}
	s := sent{idx: si, src: src, toks: tokenize(src.Text, st.buf)}
	st.buf = s.toks[:0]
	st.hits = x.findTriggers(s.toks, st.hits[:0])
	defer st.noteOrg(src)
	if len(st.hits) == 0 && !s.hasAnaphorNoun() {
		// nothing to build or to carry: only the latest person, for "he"
		for k := range src.Actors {
			if m := &src.Actors[k]; !m.Modifier && m.Kind == actor.Person {
				st.lastPerson = m
				break
			}
		}
		return
	}
	s.place()
	if isHeadline(s.toks, src) || isFurniture(s.toks) {
		s.noteAnaphora(st)
		return
	}
	s.hits = st.hits
	st.dropped = st.dropped[:0]
	attr := ""
	attrDone := false
	first := len(st.cands)
	var subjPerson *actor.Mention
	for hi, h := range st.hits {
		if h.p.typ == Request && h.p.base < 0.6 && h.p.flags&fStateSubj == 0 && hi+1 < len(st.hits) && s.proposes(h, st.hits[hi+1]) {
			// "proposed holding talks": the proposal is told as the proposed event
			continue
		}
		if h.j-h.i == 1 && compoundHeads[s.tokW(h.j)] {
			// "a hostage release deal", "a partnership treaty": the
			// trigger word qualifies the noun after it
			continue
		}
		if (h.p.typ == Consult || h.p.typ == Cooperate) && h.p.flags&fNoun != 0 && s.requestContent(h) {
			// "called for dialogue": the content of a request, not a meeting
			continue
		}
		if h.p.flags&fNoun != 0 && h.j-h.i == 1 && s.isAnaphor(h) && s.timePoint(h.i) {
			// "on the eve of the meeting, …": a point in time for the
			// sentence's event, told elsewhere
			continue
		}
		if h.p.flags&fNotPredicate != 0 && s.predicate(h) {
			// "the first round was the first direct contact between …":
			// the subject is an event told in its own words
			continue
		}
		if f := s.complementFrame(st.hits, hi); f >= 0 {
			// "urged Israel and Hamas to agree", "demanded that Ukraine
			// withdraw": what is asked, threatened or agreed is not done;
			// a meeting agreed on is planned by the parties that agreed
			if h.p.typ == Consult && st.hits[f].p.typ == Agree {
				if c, ok := s.agreedMeeting(st, first, h); ok {
					st.cands = append(st.cands, c)
				}
			}
			continue
		}
		if h.p.flags&fAgreedOnly != 0 {
			continue
		}
		if s.contentOf(st.hits, hi) {
			// "backed Trump's proposal": the proposal is what is backed
			continue
		}
		if h.p.flags&fNoun != 0 && slices.Contains(st.dropped, h.p.typ) {
			// "unable to agree on the wording of the deal": the noun is the
			// failed event's object
			continue
		}
		c, ok := s.build(st, h)
		if !ok {
			continue
		}
		c.anaphor = s.isAnaphor(h)
		c.noun = h.p.flags&fNoun != 0
		c.distinct = c.noun && s.spanApart(h)
		c.unresolvedDate = len(src.Dates) > len(s.dates)+s.bounds
		if !attrDone {
			attr, attrDone = s.attribution(), true
		}
		c.ev.Attribution = attr
		c.ev.Sentence = src.Text
		c.ev.Span = span
		c.sent = si
		c.ti, c.tj = h.i, h.j
		for _, a := range c.parts {
			if a.Kind == actor.Person && subjPerson == nil {
				subjPerson = a
			}
		}
		// one event per type per sentence: the better-supported one
		dup := -1
		for k := first; k < len(st.cands); k++ {
			if o := &st.cands[k]; o.ev.Type == c.ev.Type && !o.distinct && !c.distinct && compatible(o, &c) && covers(o.parts, c.parts) {
				dup = k
			}
		}
		if dup >= 0 {
			st.cands[dup] = merge(st.cands[dup], c)
			continue
		}
		st.cands = append(st.cands, c)
		st.lastGroup = c.parts
		if symmetric[c.ev.Type] && twoSided(c.parts) {
			// the sides of a meeting or an agreement: who "the two
			// sides" are; a demand or a blow has an actor and a target
			st.lastPair = c.parts
		}
	}
	s.sharePP(st.cands[first:])
	if subjPerson != nil {
		st.lastPerson = subjPerson
	} else {
		for k := range s.actors {
			if s.actors[k].m.Kind == actor.Person {
				st.lastPerson = s.actors[k].m
				break
			}
		}
	}
	s.noteAnaphora(st)
}

// merge joins two mentions of one type in one sentence: "discussed … in a
// phone call with" is one event. A verb's arguments are preferred to a
// noun's; the mode, date and place come from whichever has them.
func merge(a, b cand) cand {
	keep, other := a, b
	if a.noun != b.noun {
		if a.noun {
			keep, other = b, a
		}
	} else if len(b.parts) > len(a.parts) || (len(b.parts) == len(a.parts) && b.ev.Confidence > a.ev.Confidence) {
		keep, other = b, a
	}
	if keep.ev.Mode == nil || (!keep.modeCue && other.modeCue) {
		keep.ev.Mode, keep.modeCue = other.ev.Mode, other.modeCue
	}
	if keep.ev.Date == nil && other.ev.Date != nil {
		keep.ev.Date, keep.dateFrom = other.ev.Date, other.dateFrom
	}
	if keep.ev.Location == nil && other.ev.Location != nil {
		keep.ev.Location, keep.placeLevel = other.ev.Location, other.placeLevel
	}
	if keep.ev.PloverMode == "" {
		keep.ev.PloverMode = other.ev.PloverMode
	}
	keep.ev.Confidence = max(keep.ev.Confidence, other.ev.Confidence)
	keep.anaphor = keep.anaphor && other.anaphor
	keep.another = keep.another || other.another
	actors := addMissing(slices.Clone(keep.actorsM), keep.rcptM, other.actorsM)
	rcpts := addMissing(slices.Clone(keep.rcptM), actors, other.rcptM)
	seen := map[string]bool{}
	keep.actorsM, keep.rcptM = actors, rcpts
	keep.ev.Actors = nonNil(toActors(actors, seen))
	keep.ev.Recipients = nonNil(toActors(rcpts, seen))
	keep.parts = participantsOf(actors, rcpts)
	keep.ev.Explain = append(keep.ev.Explain, "merged:"+other.ev.Trigger)
	return keep
}

// toActors converts mentions to contract actors, persons first kept over
// their own state on the same side, duplicates dropped.
func toActors(ms []*actor.Mention, seen map[string]bool) []article.Actor {
	var out []article.Actor
	for _, m := range ms {
		if m.Kind != actor.Person && m.Country != "" && hasPersonOf(ms, m.Country) {
			continue
		}
		key := strings.ToLower(m.Name)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, article.Actor{Name: m.Name, Country: m.Country, Sector: m.Sector})
	}
	return out
}

// hasPersonOf reports whether a person of the given state is among ms (a
// side holds a handful of mentions: a scan is cheaper than a set).
func hasPersonOf(ms []*actor.Mention, country string) bool {
	for _, m := range ms {
		if m.Kind == actor.Person && m.Country == country {
			return true
		}
	}
	return false
}

// participantsOf lists the mentions behind an event, for "they".
func participantsOf(a, r []*actor.Mention) []*actor.Mention {
	return slices.Concat(a, r)
}

// mayRefer reports whether a sentence with no actor of its own may still
// name one through a pronoun or a definite description of a meeting.
func mayRefer(text string) bool {
	for _, w := range [...]string{"they ", "They ", "he ", "He ", "she ", "She ", "the call", "meeting", "talks",
		"discussions", "negotiations", "summit", "ministers", "sides", "attack"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// contentNouns are request nouns that, as the object of another trigger,
// are that event's content rather than an event of their own.
var contentNouns = map[string]bool{"proposal": true, "proposals": true, "calls": true, "demands": true,
	"demand": true, "offer": true, "offers": true, "request": true, "appeal": true, "accusations": true,
	"accusation": true, "allegations": true, "claims": true, "charges": true}

// contentOf reports whether hit hi is a noun that stands as the object of
// an earlier verb trigger of the sentence: "backed Trump's proposal",
// "rejected the deal".
func (s *sent) contentOf(hits []hit, hi int) bool {
	h := hits[hi]
	noun := contentNouns[s.toks[h.i].w] || h.p.flags&fNoun != 0
	if !noun {
		return false
	}
	if hi > 0 && contentNouns[s.toks[h.i].w] && hits[hi-1].j == h.i && hits[hi-1].p.flags&fNoun == 0 {
		// "restricted calls on WhatsApp": the noun is the verb's object
		return true
	}
	if !(h.p.typ == Request || h.p.typ == Agree || h.p.typ == Accuse) {
		return false
	}
	for k := hi - 1; k >= 0; k-- {
		p := hits[k]
		if p.p.flags&fNoun != 0 || p.j > h.i || h.i-p.j > 4 || p.p.typ == h.p.typ {
			continue
		}
		if (h.p.typ == Agree || h.p.typ == Accuse) && p.p.typ != Reject && p.p.typ != Request {
			continue
		}
		gap := true
		for t := p.j; t < h.i; t++ {
			if s.toks[t].punct && s.toks[t].w != "'s" || s.toks[t].w == "and" {
				gap = false
			}
		}
		if gap {
			return true
		}
	}
	return false
}

// framingTypes take a complement that tells an event not (yet) done.
var framingTypes = map[string]bool{Request: true, Threaten: true, Agree: true, Reject: true, Concede: true}

// complementFrame returns the index of the earlier verb trigger, in the
// same clause, that asks for, threatens, agrees to or rejects hit hi in its
// infinitive or "that" complement, or -1.
func (s *sent) complementFrame(hits []hit, hi int) int {
	h := hits[hi]
	for k := hi - 1; k >= 0; k-- {
		p := hits[k]
		if !framingTypes[p.p.typ] || p.p.flags&fNoun != 0 || p.j > h.i || h.i-p.j > 10 {
			continue
		}
		if p.p.typ == Request && p.p.base < 0.6 && p.p.flags&fStateSubj == 0 {
			// "offered to host the talks": a proposal tells the proposed
			// event, which is reported with the status proposed
			continue
		}
		// "agreed on Thursday to free": the trigger may open with the "to"
		link := s.toks[p.j-1].w == "to" || s.toks[p.j-1].w == "that" || s.toks[h.i].w == "to"
		for t := p.j; t < h.i; t++ {
			w := s.toks[t].w
			if (w == "and" || w == ",") && s.inActorList(t) {
				// "urged Israel and Hamas to agree"
				continue
			}
			if rightBounds[w] || w == "and" || w == "," {
				link = false
				break
			}
			if (w == "to" && !s.startsActor(t+1)) || w == "that" {
				// "to" before an actor is a preposition: "apologised to Aliyev"
				link = true
			}
		}
		if link {
			return k
		}
	}
	return -1
}

// compoundHeads are the nouns that make the one-word trigger before them a
// qualifier of a document or a plan rather than an event of its own.
var compoundHeads = map[string]bool{"deal": true, "deals": true, "agreement": true, "agreements": true,
	"treaty": true, "pact": true, "accord": true, "memorandum": true, "plan": true, "plans": true,
	"proposal": true, "proposals": true, "framework": true}

// inActorList reports whether token t joins two actor mentions.
func (s *sent) inActorList(t int) bool {
	before, after := false, false
	for _, a := range s.actors {
		before = before || a.j == t
		after = after || a.i == t+1 || (a.i == t+2 && s.tokW(t+1) == "the")
	}
	return before && after
}

// noteOrg remembers the last organisation a sentence names, for "the
// group" in a later one.
func (st *state) noteOrg(src *nlp.Sentence) {
	for k := len(src.Actors) - 1; k >= 0; k-- {
		if m := &src.Actors[k]; !m.Modifier && m.Kind == actor.Org && m.Sector != "GOV" {
			st.lastOrg = m
			return
		}
	}
}

// proposes reports whether a proposal trigger h frames the next trigger n
// as what is proposed: close after it ("proposed holding talks"), or as
// the purpose of what is offered ("offered the Vatican as a venue for
// talks"), with no clause bound between.
func (s *sent) proposes(h, n hit) bool {
	if n.i-h.j <= 4 {
		return true
	}
	if n.i-h.j > 9 || n.p.typ != Consult && n.p.typ != Agree || !proposedWords[s.toks[h.i].w] {
		return false
	}
	for k := h.j; k < n.i; k++ {
		if rightBounds[s.toks[k].w] || s.toks[k].w == "," {
			return false
		}
	}
	return true
}

// twoSided reports whether participants stand for two sides or more: two
// states, or people and states of two countries.
func twoSided(ms []*actor.Mention) bool {
	first := ""
	for _, m := range ms {
		c := m.Country
		if c == "" {
			c = m.Name
		}
		if first == "" {
			first = c
		} else if c != first {
			return true
		}
	}
	return false
}

// copulas link a subject to a noun phrase that describes it.
var copulas = map[string]bool{"was": true, "is": true, "were": true, "are": true, "be": true, "been": true, "remains": true, "remained": true}

// predicate reports whether a noun trigger heads the predicate of a copula
// ("was the first contact between"), with nothing but modifiers between.
func (s *sent) predicate(h hit) bool {
	for k := h.i - 1; k >= 0 && k >= h.i-6; k-- {
		w := s.toks[k].w
		if copulas[w] {
			return true
		}
		if w == "," || w == ";" || w == ":" || s.startsActor(k) {
			return false
		}
	}
	return false
}

// sharePP gives a noun coordinated before another the recipients named
// after both: in "lifted its pause on military aid and intelligence
// sharing with Kyiv" Kyiv receives the aid as well as the intelligence.
// cands are one sentence's candidates.
func (s *sent) sharePP(cands []cand) {
	for i := range cands {
		a := &cands[i]
		if !a.noun || len(a.rcptM) > 0 || len(a.actorsM) == 0 {
			continue
		}
		for j := range cands {
			b := &cands[j]
			if j == i || !b.noun || len(b.rcptM) == 0 || b.ti != a.tj+1 || s.toks[a.tj].w != "and" {
				continue
			}
			var add []*actor.Mention
			for _, m := range b.rcptM {
				if !namedIn(m, a.actorsM) && !overlap([]*actor.Mention{m}, a.actorsM) {
					add = append(add, m)
				}
			}
			if len(add) == 0 {
				break
			}
			a.rcptM = add
			seen := map[string]bool{}
			a.ev.Actors = nonNil(toActors(a.actorsM, seen))
			a.ev.Recipients = nonNil(toActors(a.rcptM, seen))
			a.parts = participantsOf(a.actorsM, a.rcptM)
			a.ev.Explain = append(a.ev.Explain, "args:shared-object("+b.ev.Trigger+")")
			break
		}
	}
}
