package event

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/nlp/actor"
)

// Clause boundaries. A subject is looked for back to the nearest left
// boundary, an object forward to the nearest right one.
var (
	leftBounds = map[string]bool{";": true, ":": true, "but": true, "while": true, "whereas": true,
		"although": true, "though": true, "because": true, "who": true, "which": true, "where": true}
	rightBounds = map[string]bool{";": true, ".": true, ":": true, "but": true, "while": true, "whereas": true,
		"although": true, "though": true, "who": true, "which": true, "where": true, "after": true, "before": true,
		"when": true, "because": true, "said": true, "says": true, "according": true, "told": true, "adding": true}
	// coordination and title words that may stand between two actors of one side
	coordWords = map[string]bool{"and": true, ",": true, "-": true, "/": true, "&": true, "both": true, "the": true,
		"as": true, "well": true, "his": true, "her": true, "their": true, "its": true, "counterpart": true,
		"counterparts": true, "along": true, "together": true, "with": true, "'s": true, "or": true}
	// words that may stand between an object and its verb or noun
	objGap = map[string]bool{"with": true, "to": true, "on": true, "against": true, "upon": true, "the": true,
		"a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "of": true, "for": true,
		"from": true, "over": true, "by": true, "between": true, "among": true, "into": true, "at": true,
		"both": true, "new": true, "fresh": true, "further": true, "more": true, "counterpart": true,
		"counterparts": true, "officials": true, "leaders": true, "forces": true, "troops": true, "-": true,
		"delegation": true, "delegations": true, "envoy": true, "envoys": true, "leader": true, "government": true,
		"positions": true, "targets": true, "territory": true, "regions": true, "region": true, "city": true,
		"around": true, "near": true}
	passiveAux = map[string]bool{"was": true, "were": true, "been": true, "being": true, "is": true, "are": true, "be": true, "got": true}
	pronouns   = map[string]bool{"they": true, "he": true, "she": true, "we": true, "i": true, "both": true}
)

var (
	// plural nouns that, made definite, refer to the parties of the latest event
	groupNouns = map[string]bool{"ministers": true, "leaders": true, "sides": true, "delegations": true,
		"presidents": true, "negotiators": true, "parties": true, "two": true, "countries": true, "envoys": true}
	groupDets = map[string]bool{"the": true, "both": true, "two": true}
	// singular nouns that, made definite, refer to the organisation named last
	orgNouns = map[string]bool{"group": true, "movement": true, "militants": true, "organisation": true,
		"organization": true, "militia": true, "rebels": true}
)

// sides is the outcome of argument assignment for one trigger.
type sides struct {
	actors, recipients []*actor.Mention
	notes              []string
	pronoun            string // an unresolved subject pronoun
	objSides           bool   // the object is "both leaders", "the two sides": the parties already named
}

// leftBound returns the first token of the trigger's clause.
func (s *sent) leftBound(i int) int {
	s.clauseBounds()
	if i <= 0 {
		return 0
	}
	return s.lb[min(i, len(s.toks))-1]
}

// class returns the word lists of token k, computing them on first use.
func (s *sent) class(k int) wordClass {
	s.clauseBounds()
	if k < 0 || k >= len(s.cls) {
		return 0
	}
	return s.cls[k]
}

// rightBound returns the token after the trigger's clause.
func (s *sent) rightBound(j int) int {
	s.clauseBounds()
	if j >= len(s.toks) {
		return len(s.toks)
	}
	return s.rb[max(j, 0)]
}

// clauseBounds computes once per sentence, for every token k, the first
// token of the clause that a trigger after k would start from (lb[k], the
// left bound seen from k+1) and the token that ends the clause from k on
// (rb[k]).
func (s *sent) clauseBounds() {
	if s.lb != nil || len(s.toks) == 0 {
		return
	}
	n := len(s.toks)
	bounds := make([]int, 2*n)
	s.lb, s.rb = bounds[:n:n], bounds[n:]
	s.cls = make([]wordClass, n)
	for k := range s.toks {
		s.cls[k] = classOf[s.toks[k].w]
	}
	last := 0
	for k := 0; k < n; k++ {
		w := s.toks[k].w
		if s.cls[k]&cLeftBound != 0 || (w == "and" && k > 0 && s.toks[k-1].w == "," && s.startsActor(k+1)) {
			// ", and Ukrainian drones struck …" opens a clause of its own
			last = k + 1
		}
		s.lb[k] = last
	}
	next := n
	for k := n - 1; k >= 0; k-- {
		if s.cls[k]&cRightBound != 0 {
			next = k
		}
		s.rb[k] = next
	}
}

// gapOK reports whether tokens [a, b) hold only words of the set, or
// tokens covered by a modifier mention ("his U.S. counterpart").
func (s *sent) gapOK(a, b int, set map[string]bool) bool {
	for k := a; k < b; k++ {
		if !set[s.toks[k].w] && !s.inModifier(k) {
			return false
		}
	}
	return true
}

func (s *sent) inModifier(k int) bool {
	t := s.toks[k]
	for i := range s.src.Actors {
		m := &s.src.Actors[i]
		if m.Modifier && m.Start <= t.s && t.e <= m.End {
			return true
		}
	}
	return false
}

// subjectGroup returns the actors of the coordinated group that ends
// nearest before token i, no earlier than token lo and at most maxGap
// tokens before i.
func (s *sent) subjectGroup(lo, i, maxGap int) []ment {
	var g []ment
	for k := len(s.actors) - 1; k >= 0; k-- {
		a := s.actors[k]
		if a.j > i || a.i < lo {
			continue
		}
		if len(g) == 0 {
			if i-a.j > maxGap {
				break
			}
			g = append(g, a)
			continue
		}
		last := g[len(g)-1]
		if a.j < last.i && s.gapOK(a.j, last.i, coordWords) {
			g = append(g, a)
			continue
		}
		break
	}
	return g
}

// objectGroup returns the actors of the coordinated group that starts
// nearest after token j, before token hi, reached over object-gap words.
func (s *sent) objectGroup(j, hi int, gapSet map[string]bool, maxGap int) []ment {
	var g []ment
	for _, a := range s.actors {
		if a.i < j || a.j > hi {
			continue
		}
		if len(g) == 0 {
			if a.i-j > maxGap || !s.gapOK(j, a.i, gapSet) {
				return nil
			}
			g = append(g, a)
			continue
		}
		last := g[len(g)-1]
		if a.i > last.j && s.gapOK(last.j, a.i, coordWords) {
			g = append(g, a)
			continue
		}
		break
	}
	return g
}

// withOnly is the gap set for triggers whose direct object is a topic
// ("discussed the war"): only "with" introduces a participant.
var withOnly = map[string]bool{"with": true, "the": true, "his": true, "her": true, "their": true, "its": true,
	"counterpart": true, "counterparts": true, "officials": true, "leaders": true, "delegation": true, "envoy": true}

// assign decides the actors and recipients of a trigger.
func (s *sent) assign(h hit) sides {
	var out sides
	lo, hi := s.leftBound(h.i), s.rightBound(h.j)
	subj := s.subjectGroup(lo, h.i, 12)
	if h.p.flags&fNoun == 0 && s.groupSubject(lo, h.i) {
		// "the ministry said the parties had agreed": the group noun
		// before the verb is its subject, not the speaker before it
		subj = nil
		out.pronoun = "sides"
	}
	if h.p.flags&fNoun == 0 && h.i > 0 && (s.toks[h.i-1].w == "the" || s.toks[h.i-1].w == "an") {
		// "the exchange of prisoners that Russia and Ukraine completed": a
		// verb pattern's word used as a noun
		if g := s.relativeSubject(h, hi); len(g) > 0 {
			subj = g
			out.notes = append(out.notes, "args:relative-clause-subject")
		}
	}
	if h.p.flags&fNoun != 0 {
		// a noun's own actors stand next to it ("Russian strikes", "Russia-Ukraine talks");
		// otherwise the actors are the subject of the clause that governs it
		if g := s.relativeSubject(h, hi); len(g) > 0 {
			// "the exchange of prisoners that Russia and Ukraine completed"
			subj = g
			out.notes = append(out.notes, "args:relative-clause-subject")
		} else if g := s.subjectGroup(lo, h.i, 2); len(g) > 0 && s.ownGap(g[0].j, h.i) {
			subj = g
		} else if violent[h.p.typ] {
			subj = nil
		} else if a := s.afterNoun(h); a >= 0 && h.p.typ == Consult {
			// "Ukraine said …, and the United States said …, after talks in
			// Jeddah": the talks were between the subjects of the clauses
			// the adjunct closes
			subj = s.clauseSubjects(a)
			out.notes = append(out.notes, "args:after-talks-subjects")
		} else if g := s.firstGroup(lo, h.i); len(g) > 0 {
			subj = g
			out.notes = append(out.notes, "args:noun-clause-subject")
		}
	} else if h.i > 0 && s.toks[h.i-1].w == "and" {
		// "Pakistan denied India's accusations and called for …": a second
		// verb phrase shares the subject of the first — of the nearest
		// clause: in "a day after the leaders of France travelled to Kyiv
		// and called on Moscow" the subject follows "after"
		from := lo
		for k := h.i - 1; k > lo; k-- {
			if s.toks[k].w == "," && k+1 < h.i && strings.HasSuffix(s.toks[k+1].w, "ing") {
				// "talks since Trump returned, meeting in Muscat and
				// agreeing": a participle after a comma closed the
				// subordinate clause, the subject is the main clause's
				break
			}
			if subordinators[s.toks[k].w] {
				from = k + 1
				break
			}
		}
		if g := s.firstGroup(from, h.i); len(g) > 0 {
			subj = g
			out.notes = append(out.notes, "args:coordinated-verb-subject")
		}
	} else if h.i > 0 && s.toks[h.i-1].w == "," && strings.HasSuffix(s.toks[h.i].w, "ing") {
		// a participle after a comma shares the subject of its clause:
		// "Russia and Ukraine met in Istanbul, agreeing to …"
		if g := s.firstGroup(lo, h.i); len(g) > 0 {
			subj = g
			out.notes = append(out.notes, "args:participle-clause-subject")
		}
	}
	if h.p.flags&fNoun == 0 && lo > 1 && (s.toks[lo-1].w == "who" || s.toks[lo-1].w == "which") && s.toks[lo-2].w == "," &&
		s.closedBefore(lo, h.i) {
		// "Rubio, who was in Turkey for a NATO meeting, met …": the
		// relative clause has closed, and the verb's subject is its
		// antecedent, not an actor named inside it
		subj = s.subjectGroup(0, lo-1, 2)
		if len(subj) > 0 {
			out.notes = append(out.notes, "args:relative-skipped")
		}
	}
	if len(subj) == 0 && lo > 0 && (s.toks[lo-1].w == "who" || s.toks[lo-1].w == "which") {
		// "Lavrov, who met Rubio": the relative pronoun's antecedent
		if g := s.subjectGroup(0, lo-1, 2); len(g) > 0 {
			subj = g
			out.notes = append(out.notes, "args:relative-antecedent")
		}
	}
	if len(subj) == 0 && h.p.flags&fNoun != 0 {
		// "their first face-to-face peace talks": the possessive opens the
		// noun phrase, however many modifiers stand between
		if k := s.possessiveDet(lo, h.i); k >= 0 {
			out.pronoun = "they"
		}
	}
	if len(subj) == 0 && out.pronoun == "" {
		for k := h.i - 1; k >= lo && k >= h.i-6; k-- {
			if pronouns[s.toks[k].w] || (h.p.flags&fNoun != 0 && s.toks[k].w == "their") {
				// "their first talks": the parties already named
				out.pronoun = s.toks[k].w
				if out.pronoun == "their" {
					out.pronoun = "they"
				}
				break
			}
			if groupNouns[s.toks[k].w] && k > 0 && groupDets[s.toks[k-1].w] {
				// "the ministers", "both sides": the two parties already
				// named, not whoever acted last
				out.pronoun = "sides"
				break
			}
			if orgNouns[s.toks[k].w] && k > 0 && s.toks[k-1].w == "the" && k == h.i-1 {
				// "the group handed …": the organisation named last
				out.pronoun = "org"
				break
			}
		}
	}
	var obj []ment
	if last := s.toks[h.j-1].w; h.p.flags&fTwo != 0 && h.p.typ == Consult && h.p.base < 0.7 && last != "with" && last != "to" {
		// "discussed the war with X": the direct object is a topic
		for k := h.j; k < hi && k < h.j+12; k++ {
			if s.toks[k].w == "with" {
				obj = s.objectGroup(k+1, hi, withOnly, 4)
				break
			}
		}
	} else {
		obj = s.objectGroup(h.j, hi, objGap, 7)
	}

	// "sympathy from Rubio", "aid from Germany": a noun's source is its actor
	if h.p.flags&fNoun != 0 && len(obj) > 0 && obj[0].i > h.j && s.toks[obj[0].i-1].w == "from" {
		subj, obj = obj, nil
		out.notes = append(out.notes, "args:from-source")
	}

	// "between X and Y": both sides of the event are named after it
	between := false
	for k := h.j; k < hi && k < h.j+4; k++ {
		if s.toks[k].w == "between" || s.toks[k].w == "among" {
			if g := s.objectGroup(k+1, hi, objGap, 3); len(g) > 0 {
				if len(subj) == 0 {
					subj, obj = g, nil
				} else {
					obj = g
				}
				between = true
				out.notes = append(out.notes, "args:between")
			}
			break
		}
	}
	if !between && len(subj) == 0 && len(obj) == 0 && h.p.flags&fNoun != 0 {
		// "the last meeting between sitting US and Russian presidents
		// took place in Geneva, between Joe Biden and Putin": a noun
		// whose parties no word beside it names gets them from a
		// between-phrase set off by a comma later in the sentence
		for k := h.j + 1; k+1 < len(s.toks); k++ {
			if s.toks[k].w != "between" || s.toks[k-1].w != "," {
				continue
			}
			if g := s.objectGroup(k+1, s.rightBound(k+1), objGap, 3); len(g) >= 2 {
				subj = g
				out.notes = append(out.notes, "args:between-apposition")
			}
			break
		}
	}

	// passive voice: "was shelled by Russian forces"
	if h.p.flags&fNoun == 0 && s.passive(h) {
		for k := h.j; k < hi && k < h.j+8; k++ {
			if s.toks[k].w == "by" {
				if g := s.objectGroup(k+1, hi, objGap, 3); len(g) > 0 {
					subj, obj = g, subj
					out.notes = append(out.notes, "args:passive-by")
					if len(obj) == 0 && out.pronoun == "sides" {
						// "the two ministers were received by Trump"
						out.pronoun, out.objSides = "", true
					}
				}
				break
			}
		}
	}
	if len(obj) == 0 && h.p.typ == Consult && h.p.flags&fNoun == 0 {
		// "had spoken to both leaders": the two parties already named
		k := h.j
		if k < hi && (s.toks[k].w == "to" || s.toks[k].w == "with") {
			k++
		}
		if k+1 < hi && groupDets[s.toks[k].w] {
			if s.toks[k+1].w == "two" && k+2 < hi {
				k++
			}
			out.objSides = groupNouns[s.toks[k+1].w] && s.toks[k+1].w != "two"
		}
	}
	if len(obj) == 0 && (h.p.typ == Assault || h.p.typ == Coerce) && h.p.flags&fNoun == 0 {
		if m, ok := s.targetState(h.j, hi, subj); ok {
			obj = []ment{m}
			out.notes = append(out.notes, "args:target-state")
		}
	}
	out.actors = mentions(subj)
	out.recipients = mentions(obj)
	if len(subj) > 1 {
		out.notes = append(out.notes, "args:coordinated-subject")
	}
	return out
}

// targetState finds the state attacked when the object of an attack is a
// thing, not an actor: "drones attacked airfields in several Russian
// regions", "struck bombers at Russian air bases". The state is the first
// state named by its adjective within the object's few words, other than
// the attackers' own; "Russian" there qualifies the target and so names
// its owner.
func (s *sent) targetState(j, hi int, subj []ment) (ment, bool) {
	own := map[string]bool{}
	for _, g := range subj {
		own[g.m.Country] = true
	}
	for _, a := range s.actors {
		if a.i < j || a.i >= hi || a.i > j+6 {
			continue
		}
		if a.m.Via != "adjective" || a.m.Country == "" || own[a.m.Country] || a.m.Kind != actor.State {
			continue
		}
		return a, true
	}
	return ment{}, false
}

// subordinators open a clause whose subject a coordinated verb after it shares.
var subordinators = map[string]bool{"after": true, "before": true, "when": true, "since": true, "until": true,
	"once": true, "as": true, "if": true}

// closedBefore reports whether a comma closes the relative clause that
// starts at token lo before the trigger at token i, with only a verb's
// adverbs between ("…, then met").
func (s *sent) closedBefore(lo, i int) bool {
	for k := i - 1; k > lo && k >= i-3; k-- {
		if s.toks[k].w == "," {
			return true
		}
	}
	return false
}

// violent types take only the actors that stand next to their noun: the
// subject of "expressed sympathy over the explosions" did not explode them.
var violent = map[string]bool{Assault: true, Protest: true, Mobilize: true, Retreat: true, Coerce: true}

// firstGroup returns the first coordinated group of actors in [lo, i).
func (s *sent) firstGroup(lo, i int) []ment {
	var g []ment
	for _, a := range s.actors {
		if a.i < lo || a.j > i {
			continue
		}
		if len(g) > 0 {
			last := g[len(g)-1]
			if !(a.i > last.j && s.gapOK(last.j, a.i, coordWords)) {
				break
			}
		}
		g = append(g, a)
	}
	// keep text order reversed like subjectGroup so mentions() orders it
	for l, r := 0, len(g)-1; l < r; l, r = l+1, r-1 {
		g[l], g[r] = g[r], g[l]
	}
	return g
}

// mentions returns the group in text order.
func mentions(g []ment) []*actor.Mention {
	if len(g) == 0 {
		return nil
	}
	out := make([]*actor.Mention, 0, len(g))
	for _, a := range g {
		out = append(out, a.m)
	}
	if len(out) > 1 && out[0].Start > out[len(out)-1].Start {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return out
}

// passive reports whether a verb trigger is in the passive voice: an
// auxiliary just before it ("was shelled") or inside it ("diplomats were
// expelled").
func (s *sent) passive(h hit) bool {
	for k := max(h.i-2, 0); k < h.j-1; k++ {
		if passiveAux[s.toks[k].w] {
			return true
		}
	}
	return false
}

// possessiveDet returns the token of a "their" that opens the noun phrase
// ending at token i (no verb, clause word or punctuation but a hyphen
// between), or -1.
func (s *sent) possessiveDet(lo, i int) int {
	for k := i - 1; k >= lo && k >= i-10; k-- {
		t := s.toks[k]
		switch {
		case t.w == "their":
			return k
		case t.w == "-" || (k > 0 && k+1 < i && s.toks[k-1].w == "-" && s.toks[k+1].w == "-"):
			// "face-to-face": the words of a hyphenated modifier
			continue
		case t.punct || s.class(k)&(cLeftBound|cRightBound) != 0 || npStop[t.w] || s.startsActor(k):
			return -1
		}
	}
	return -1
}

// npStop are words that cannot stand inside a noun phrase between its
// determiner and its head: verbs of the clause, articles of another phrase.
var npStop = map[string]bool{"the": true, "a": true, "an": true, "and": true, "or": true, "of": true,
	"to": true, "with": true, "by": true, "for": true, "on": true, "at": true, "was": true, "were": true,
	"is": true, "are": true, "had": true, "has": true, "have": true, "said": true, "his": true, "her": true,
	"its": true, "our": true, "my": true, "your": true}

// afterWords open an adjunct that tells an event before the main clause's.
var afterWords = map[string]bool{"after": true, "following": true}

// afterNoun returns the token of an "after" or "following" that governs a
// nominal trigger ("after talks", "following two days of negotiations",
// "after their meeting"), or -1.
func (s *sent) afterNoun(h hit) int {
	for k := h.i - 1; k >= 0 && k >= h.i-5; k-- {
		w := s.toks[k]
		if afterWords[w.w] {
			return k
		}
		if w.punct || s.class(k)&(cLeftBound|cRightBound) != 0 || s.startsActor(k) {
			return -1
		}
	}
	return -1
}

// clauseSubjects returns the first actor group of every clause that starts
// before token end, in text order, each actor once.
func (s *sent) clauseSubjects(end int) []ment {
	var out []ment
	start := -1
	for k := 0; k < end; k++ {
		if lb := s.leftBound(k + 1); lb != start && lb < end {
			start = lb
			g := s.firstGroup(lb, end)
			for n := len(g) - 1; n >= 0; n-- {
				dup := false
				for _, o := range out {
					dup = dup || o.m == g[n].m
				}
				if !dup {
					out = append(out, g[n])
				}
			}
		}
	}
	// subjectGroup order: nearest first
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// ownGap reports whether tokens [a, b) may stand between a noun and an
// actor that qualifies it ("Russian drone strikes", "Iran's nuclear
// talks"): no punctuation but a hyphen or a possessive, no preposition.
func (s *sent) ownGap(a, b int) bool {
	for k := a; k < b; k++ {
		w := s.toks[k].w
		if (s.toks[k].punct && w != "-" && w != "'s") || afterWords[w] || w == "with" || w == "to" || w == "of" {
			return false
		}
	}
	return true
}

// relativeSubject returns the actors that open a relative clause after a
// nominal trigger ("the exchange of 1,000 prisoners that Russia and
// Ukraine completed", "the deal which Baku and Yerevan initialled"), or
// nil. The clause must go on after the group: its verb follows.
func (s *sent) relativeSubject(h hit, hi int) []ment {
	for k := h.j; k < len(s.toks) && k < h.j+8; k++ {
		w := s.toks[k].w
		if w == "that" || w == "which" {
			g := s.objectGroup(k+1, len(s.toks), relDet, 1)
			if len(g) == 0 {
				return nil
			}
			end := g[len(g)-1].j
			if end >= len(s.toks) || s.toks[end].punct {
				return nil
			}
			return reverse(g)
		}
		if s.toks[k].punct && w != "-" || s.startsActor(k) || (k >= hi && w != "which") {
			return nil
		}
	}
	return nil
}

// relDet may stand between a relative pronoun and its subject.
var relDet = map[string]bool{"the": true}

// reverse puts a group in subjectGroup order (nearest the trigger first).
func reverse(g []ment) []ment {
	out := make([]ment, len(g))
	for i, m := range g {
		out[len(g)-1-i] = m
	}
	return out
}

// groupAux may stand between a group subject and its verb.
var groupAux = map[string]bool{"had": true, "have": true, "has": true, "also": true, "both": true, "all": true,
	"then": true, "later": true, "finally": true, "eventually": true, "would": true, "will": true}

// groupSubject reports whether a definite group noun ("the parties", "both
// sides", "the two delegations") stands right before the verb at i, with
// at most auxiliaries between.
func (s *sent) groupSubject(lo, i int) bool {
	k := i - 1
	for k > lo && groupAux[s.toks[k].w] {
		k--
	}
	if k <= lo || !groupNouns[s.toks[k].w] || s.toks[k].w == "two" {
		return false
	}
	p := s.toks[k-1].w
	if p == "two" && k-1 > lo {
		p = s.toks[k-2].w
	}
	return groupDets[p]
}
