package event

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/nlp/timex"
)

// Status values of the contract.
const (
	Happened  = "happened"
	Planned   = "planned"
	Proposed  = "proposed"
	Cancelled = "cancelled"
)

var (
	// future and planning markers before the trigger
	futureBefore = map[string]bool{"will": true, "'ll": true, "shall": true, "slated": true, "scheduled": true,
		"upcoming": true, "planned": true, "plans": true, "plan": true, "planning": true, "next": true, "expected": true,
		"due": true, "set": true, "intends": true, "intend": true, "aims": true, "hopes": true, "going": true,
		"forthcoming": true, "prepare": true, "preparing": true, "prepares": true, "future": true, "possible": true}
	// markers right after a nominal trigger: "talks slated for Monday"
	futureAfter = map[string]bool{"slated": true, "scheduled": true, "planned": true, "expected": true, "due": true,
		"set": true, "will": true}
	proposedWords = map[string]bool{"proposed": true, "proposes": true, "propose": true, "proposing": true,
		"offered": true, "offers": true, "suggested": true, "suggests": true, "proposal": true, "proposals": true, "invited": true,
		"invitation": true, "invites": true}
	cancelWords = map[string]bool{"cancelled": true, "canceled": true, "postponed": true, "scrapped": true,
		"delayed": true, "suspended": true, "shelved": true, "cancels": true, "cancel": true, "postpone": true}
	negWords = map[string]bool{"not": true, "n't": true, "no": true, "never": true, "without": true, "nor": true,
		"neither": true, "nothing": true, "cannot": true, "didn't": true, "don't": true, "won't": true,
		"hasn't": true, "haven't": true, "wasn't": true, "weren't": true, "isn't": true, "aren't": true}
	// verbs whose infinitive complement did not happen: "failed to agree"
	failVerbs = map[string]bool{"failed": true, "fail": true, "fails": true, "refused": true, "refuses": true,
		"declined": true, "unable": true, "short": true, "yet": true, "reluctant": true, "denied": true, "denies": true}
	hedgeWords = map[string]bool{"could": true, "might": true, "may": true, "if": true, "unless": true,
		"whether": true, "possibly": true, "perhaps": true, "should": true, "ready": true, "willing": true,
		"open": true, "hypothetical": true, "readiness": true, "willingness": true, "consider": true, "considering": true, "mulling": true, "weighing": true}
	// infinitive-taking verbs that put the complement in the future: "agreed to meet"
	futureTo = map[string]bool{"agreed": true, "agree": true, "agrees": true, "plans": true, "planned": true,
		"expected": true, "set": true, "due": true, "scheduled": true, "intends": true, "hopes": true, "wants": true,
		"decided": true, "going": true, "is": true, "are": true, "promised": true, "pledged": true, "vowed": true,
		"aims": true, "seeks": true, "sought": true, "agreeing": true, "ready": true, "promise": true, "promises": true,
		"pledge": true, "pledges": true, "vow": true, "vows": true, "hoped": true, "hope": true, "hoping": true,
		"want": true, "wanted": true, "expects": true, "expect": true, "intended": true, "planning": true, "plan": true}
)

var (
	// verbs that stop what their object names
	haltWords = map[string]bool{"halt": true, "halted": true, "halting": true, "stop": true, "stopped": true,
		"stopping": true, "end": true, "ending": true, "ended": true, "cease": true, "ceased": true, "suspend": true,
		"blocked": true, "blocking": true, "block": true, "intercepted": true, "intercept": true, "repelled": true}
	// adjectives that make a nominal event one that has not happened
	unrealNoun = map[string]bool{"potential": true, "possible": true, "eventual": true, "prospective": true,
		"hypothetical": true, "future": true, "any": true, "proposed": true, "draft": true}
)

// nextNouns after "next" make a future occurrence of the noun phrase's event:
// "the next round of direct talks".
var nextNouns = map[string]bool{"round": true, "session": true, "meeting": true, "stage": true, "phase": true}

// speechActs are the types whose event is the statement itself.
var speechActs = map[string]bool{Reject: true, Accuse: true, Support: true, Request: true, Threaten: true}

// clause is what the tense and modality rules found around a trigger.
type clause struct {
	status string
	drop   string // why the candidate is not an event ("negated", "hedged"), or ""
	notes  []string
}

// readClause applies the status, negation and hedge rules to the window
// from the clause start to a little past the trigger.
func (s *sent) readClause(h hit, d *dateAt) clause {
	c := clause{status: Happened}
	lo := s.leftBound(h.i)
	if h.i-lo > 10 {
		lo = h.i - 10
	}
	for k := h.i - 1; k > lo; k-- {
		if s.toks[k].w == "that" && (s.toks[k-1].w == "and" || s.toks[k-1].w == ",") {
			// "said Putin had invited Trump and that the two agreed":
			// a second reported clause, with a status of its own
			lo = k + 1
			break
		}
	}
	hi := min(s.rightBound(h.j), h.j+8)
	speech := speechActs[h.p.typ]
	// the word of the trigger itself may carry the status ("proposed")
	first := s.toks[h.i].w
	for k := lo; k < hi; k++ {
		w := s.toks[k].w
		before := k < h.i
		switch {
		case (s.cls[k]&cCancel != 0 && (k < h.i || k >= h.j)) || (w == "called" && k+1 < len(s.toks) && s.toks[k+1].w == "off"):
			c.status = Cancelled
			c.notes = append(c.notes, "status:cancelled("+w+")")
		case s.cls[k]&cProposed != 0 && c.status != Cancelled && (before || k > h.i && k < h.j-1) && !speech && s.proposalOf(k, h):
			// inside the trigger too: "had proposed resuming negotiations"
			// matches "had … negotiations" across the proposal
			c.status = Proposed
			c.notes = append(c.notes, "status:proposed("+w+")")
		case w == "called" && k+2 < len(s.toks) && s.toks[k+1].w == "for" && before && h.p.typ != Request:
			if c.status == Happened || c.status == Planned {
				c.status = Proposed
				c.notes = append(c.notes, "status:proposed(called for)")
			}
		case speech || k >= h.j+5:
			// what a statement is about does not change that it was made
		case c.status == Happened && ((before && s.cls[k]&cFutureBefore != 0) || (!before && k >= h.j && k <= h.j+2 && s.cls[k]&cFutureAfter != 0 && (!s.punctBetween(h.j, k) || k == h.j+1 && s.toks[h.j].w == ","))):
			// "talks slated for Monday", "the meeting, set for the afternoon,"
			if w == "set" && (k+1 >= len(s.toks) || (s.toks[k+1].w != "to" && s.toks[k+1].w != "for")) {
				continue
			}
			if (w == "next" || w == "future" || w == "possible") && k < h.i-3 && !(w == "next" && nextNouns[s.tokW(k+1)]) {
				continue
			}
			c.status = Planned
			c.notes = append(c.notes, "status:planned("+w+")")
		case before && w == "to" && k > 0 && futureTo[s.toks[s.skipDate(k-1)].w] && k >= h.i-3 && c.status == Happened:
			c.status = Planned
			c.notes = append(c.notes, "status:planned("+s.toks[s.skipDate(k-1)].w+" to)")
		case before && w == "to" && k == h.i-2 && s.toks[k+1].w == "be" && c.status == Happened:
			// "captives to be released": an infinitive of purpose
			c.status = Planned
			c.notes = append(c.notes, "status:planned(to be)")
		}
		if before && k >= h.i-5 && s.cls[k]&cNeg != 0 && w != first {
			c.drop = "negated(" + w + ")"
		}
		if before && k >= h.i-4 && s.cls[k]&cFail != 0 && h.p.typ != Reject && k+1 < len(s.toks) && (s.toks[k+1].w == "to" || s.toks[k+1].w == "any" || s.toks[k+1].w == "of" || s.toks[k+1].w == ",") {
			c.drop = "failed(" + w + ")"
		}
		if before && s.cls[k]&cHedge != 0 && !(w == "may" && s.toks[k].upper) {
			c.drop = "hedged(" + w + ")"
		}
		if before && k >= h.i-5 && s.cls[k]&cBroken != 0 {
			// "broke its promise to lift the ban"
			c.drop = "failed(" + w + ")"
		}
		if before && w == "must" && h.p.typ != Request {
			// "Ukraine must withdraw its forces": what is demanded, not done
			c.drop = "obligation(must)"
		}
		if before && (k >= h.i-2 || (h.p.flags&fNoun != 0 && k >= h.i-5)) && s.cls[k]&cHalt != 0 && !speech {
			// "halt mobilization", "stop the strikes"
			c.drop = "halted(" + w + ")"
		}
		if before && k >= h.i-3 && h.p.flags&fNoun != 0 && h.p.typ != Consult && s.cls[k]&cUnreal != 0 {
			// "a potential peace agreement" is no agreement
			c.drop = "unrealised(" + w + ")"
		}
	}
	if c.drop == "" && (violent[h.p.typ] || h.p.typ == Assault) && s.background(h) {
		c.drop = "background"
	}
	if c.drop == "" && s.tooEarly(h) {
		// "too early to speak about a meeting", "premature to discuss a
		// summit": the event is put off, not told
		c.drop = "hedged(too early)"
	}
	if c.drop == "" && h.p.flags&fNoun != 0 && s.asRecalled(h) {
		// "as agreed at the first round of talks": an earlier event
		// recalled to explain the news
		c.drop = "background(as agreed)"
	}
	if c.drop == "" && h.p.flags&fNoun != 0 && s.sinceNoun(h) {
		// "the first talks since a summit in June": the bound of a
		// comparison, told for the sake of the news, not as news
		c.drop = "background(since)"
	}
	// "would … if": a conditional anywhere in the sentence
	if c.drop == "" && h.i > lo {
		hasWould, hasIf := false, false
		for k := lo; k < len(s.toks); k++ {
			switch s.toks[k].w {
			case "would":
				hasWould = hasWould || k < h.j
			case "if", "unless":
				hasIf = true
			case "only":
				// "would withdraw only after Hamas disarms": a condition
				if k+1 < len(s.toks) && onlyConds[s.toks[k+1].w] {
					hasIf = true
				}
			}
		}
		if hasWould && hasIf {
			c.drop = "conditional(would…if)"
		} else if hasWould && c.status == Happened {
			c.status = Planned
			c.notes = append(c.notes, "status:planned(would)")
		}
	}
	if c.status == Happened && h.i > 0 && strings.HasSuffix(s.toks[h.i].w, "ing") && h.p.flags&fNoun == 0 && !durative[h.p.typ] {
		if p := s.toks[h.i-1].w; p == "is" || p == "are" || p == "am" {
			c.status = Planned
			c.notes = append(c.notes, "status:planned(present progressive)")
		}
	}
	if c.status == Planned && h.p.flags&fNoun != 0 && s.afterNoun(h) >= 0 {
		// "said it would lift the suspension after talks in Jeddah": what
		// comes after the talks may be to come, the talks are over
		c.status = Happened
		c.notes = append(c.notes, "status:happened(after)")
	}
	if d != nil && d.d.Tense == timex.Future && c.status == Happened && h.p.typ != Request {
		c.status = Planned
		c.notes = append(c.notes, "status:planned(future date "+d.d.Text+")")
	}
	return c
}

// proposalOf reports whether the proposal word at token k frames trigger
// h: a verb does ("proposed a new round"); a noun only through "for",
// "to" or "of" ("a proposal for talks"), not as an object told before the
// trigger ("discussed the proposal in a phone call").
func (s *sent) proposalOf(k int, h hit) bool {
	switch s.toks[k].w {
	case "proposal", "proposals", "invitation":
	default:
		return true
	}
	if k+1 == h.i {
		return true
	}
	n := s.tokW(k + 1)
	return n == "for" || n == "to" || n == "of"
}

// punctBetween reports whether a punctuation mark lies in tokens [a, b).
func (s *sent) punctBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.toks[k].punct {
			return true
		}
	}
	return false
}

// backgroundPreps put a nominal event in the background of the sentence's
// news: "talks since the invasion of Ukraine", "amid Russian strikes".
var backgroundPreps = map[string]bool{"since": true, "amid": true, "during": true, "despite": true}

// background reports whether a nominal trigger is a background reference:
// after such a preposition, or after "after" when made definite ("after
// the weekend's attacks").
func (s *sent) background(h hit) bool {
	for k := h.i - 1; k >= 0 && k >= h.i-4; k-- {
		w := s.toks[k].w
		if s.toks[k].punct {
			return false
		}
		if backgroundPreps[w] {
			return true
		}
		if w == "after" {
			p := s.toks[h.i-1].w
			return p == "the" || p == "'s" || p == "this" || p == "that"
		}
	}
	return false
}

// tooEarly reports whether the trigger's clause, before it, judges the
// event too early or premature to speak of.
func (s *sent) tooEarly(h hit) bool {
	for k := h.i - 1; k >= 1 && k >= h.i-12; k-- {
		w := s.toks[k].w
		if w == "premature" || (w == "early" && s.toks[k-1].w == "too") {
			return true
		}
		if w == ";" || w == "." || s.class(k)&cLeftBound != 0 {
			return false
		}
	}
	return false
}

// asRecalled reports whether a nominal trigger stands in an "as agreed
// at …", "as decided during …" adjunct.
func (s *sent) asRecalled(h hit) bool {
	for k := h.i - 2; k >= 1 && k >= h.i-6; k-- {
		w := s.toks[k].w
		if s.toks[k-1].w == "as" && len(w) > 3 && strings.HasSuffix(w, "ed") {
			return true
		}
		if s.toks[k].punct || s.startsActor(k) {
			return false
		}
	}
	return false
}

// spanUnits are the words of a time span before "after" or "before".
var spanUnits = map[string]bool{"days": true, "day": true, "weeks": true, "week": true, "months": true,
	"month": true, "years": true, "year": true, "hours": true, "shortly": true, "soon": true}

// spanApart reports whether a nominal trigger follows a time span and
// "after" or "before" ("came two weeks after Macron's summit with Xi"):
// the sentence sets it apart in time from the event it is about.
func (s *sent) spanApart(h hit) bool {
	for k := h.i - 1; k >= 1 && k >= h.i-6; k-- {
		w := s.toks[k].w
		if w == "after" || w == "before" {
			return spanUnits[s.toks[k-1].w]
		}
		if (s.toks[k].punct && w != "'s") || s.class(k)&cLeftBound != 0 {
			return false
		}
	}
	return false
}

// sinceNoun reports whether a nominal trigger is the object of "since" or
// of "ahead of the": "since a heated summit", "ahead of the summit".
func (s *sent) sinceNoun(h hit) bool {
	for k := h.i - 1; k >= 0 && k >= h.i-4; k-- {
		if w := s.toks[k]; w.w == "since" {
			return true
		} else if w.w == "the" && k >= 2 && s.toks[k-1].w == "of" && s.toks[k-2].w == "ahead" {
			// "ahead of the Alaska summit": a meeting known to the reader,
			// named to date the news
			return true
		} else if w.punct && w.w != "-" || s.class(k)&(cLeftBound|cRightBound) != 0 || s.startsActor(k) {
			return false
		}
	}
	return false
}

// onlyConds after "only" make a condition of the clause they open.
var onlyConds = map[string]bool{"if": true, "after": true, "when": true, "once": true, "until": true}

// durative types tell a state of affairs: "are fighting alongside" is
// going on, not planned.
var durative = map[string]bool{Cooperate: true, Mobilize: true, Protest: true}

// brokenWords before a trigger make it a commitment not kept.
var brokenWords = map[string]bool{"broke": true, "broken": true, "breaking": true, "reneged": true, "reneging": true}

// skipDate returns the token before the date expression that ends at
// token k ("agreed last month to"), or k when no date ends there.
func (s *sent) skipDate(k int) int {
	for _, d := range s.dates {
		if d.j == k+1 && d.i > 0 {
			return d.i - 1
		}
	}
	return k
}

// putOffWords move an event to another day rather than call it off.
var putOffWords = map[string]bool{"postponed": true, "postpone": true, "postpones": true, "delayed": true,
	"rescheduled": true, "pushed": true, "moved": true, "deferred": true}

// putOffTo returns the new date of an event put off in the sentence
// ("postponed the visit, planned for Wednesday, to 10 March"): a date after
// "to" or "until" that follows the trigger and a put-off word, or nil.
func (s *sent) putOffTo(h hit) *dateAt {
	put := -1
	for k := max(0, h.i-6); k < len(s.toks) && k < h.j+12; k++ {
		if putOffWords[s.toks[k].w] {
			put = k
			break
		}
	}
	if put < 0 {
		return nil
	}
	for k := range s.dates {
		d := &s.dates[k]
		if d.i > max(put, h.j) && d.i > 0 && (s.toks[d.i-1].w == "to" || s.toks[d.i-1].w == "until") {
			return d
		}
	}
	return nil
}
