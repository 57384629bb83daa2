package event

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/nlp/actor"
	"github.com/chronicle-news/chronicle/internal/nlp/timex"
)

var sayVerbs = map[string]bool{"said": true, "says": true, "told": true, "stated": true, "announced": true,
	"reported": true, "confirmed": true, "noted": true, "added": true, "wrote": true, "tweeted": true, "insisted": false}

// pickDate returns the date expression linked to the trigger: the nearest
// one, counted in tokens, with a penalty for one that lies across a
// reporting verb or a clause boundary (the date of the saying, not of the
// event).
func (s *sent) pickDate(h hit) *dateAt {
	var best *dateAt
	bestCost := 1 << 30
	for k := range s.dates {
		d := &s.dates[k]
		var a, b int
		if d.j <= h.i {
			a, b = d.j, h.i
		} else {
			a, b = h.j, d.i
		}
		cost := b - a
		if d.i >= h.j && toCome(d) && s.triggerBetween(h.j, d.i) {
			// "met in Muscat and agreed to continue next Saturday": a date
			// to come after a second verb is that verb's
			continue
		}
		if d.i >= h.j && s.clauseAfter(h.j, d.i) {
			// "the meeting comes after Trump said on Saturday …": the
			// date is the subordinate clause's
			continue
		}
		coord := 0
		for t := a; t < b && t < len(s.toks); t++ {
			if s.toks[t].w == "," && s.tokW(t+1) == "and" {
				// ", and discussed …": the date is the other verb's
				coord += 6
			}
		}
		if s.nearerTrigger(h, d, cost) || (coord > 0 && s.nearerNoun(h, d, cost+coord)) {
			// "the dialogue … focused on the negotiations slated for Monday":
			// the date is the nearer trigger's
			continue
		}
		for t := a; t < b && t < len(s.toks); t++ {
			w := s.toks[t].w
			if sayVerbs[w] || w == "that" || w == ";" {
				cost += 15
			}
		}
		if cost < bestCost {
			best, bestCost = d, cost
		}
	}
	if best != nil && bestCost > 40 {
		return nil
	}
	return best
}

// pickPlace returns the place of the event: a place named after a
// locative preposition near the trigger, in its clause, nearest first.
func (s *sent) pickPlace(h hit, visit bool) (*ment, bool) {
	lo, hi := s.leftBound(h.i), s.rightBound(h.j)
	var best *ment
	bestCost := 1 << 30
	toRcpt := false
	for k := range s.places {
		p := &s.places[k]
		if p.i < lo || p.j > hi {
			continue
		}
		prev := ""
		if p.i > 0 {
			prev = s.toks[p.i-1].w
		}
		rcpt := visit && p.i >= h.j && (prev == "to" || p.i == h.j || prev == "visit")
		if !p.where && !rcpt {
			continue
		}
		cost := abs(p.i - h.j)
		if p.j <= h.i && (s.saidAt(lo, p, h) || s.nearerTrigger(h, &dateAt{i: p.i, j: p.j}, h.i-p.j+4)) {
			// where he told reporters; where the meeting told before is
			continue
		}
		if p.j <= h.i {
			cost = h.i - p.j + 3
			if h.i-p.j > 6 {
				continue
			}
		} else if p.i-h.j > 9 {
			continue
		}
		if p.m.Kind == actor.Place {
			cost -= 2 // a city is more precise than a country
		}
		if cost < bestCost {
			best, bestCost, toRcpt = p, cost, rcpt
		}
	}
	if best != nil && bestCost > 18 {
		return nil, false
	}
	if best == nil && lo > 0 && s.toks[lo-1].w == "where" {
		// "met in Saudi Arabia, where they agreed": the antecedent of "where"
		for k := range s.places {
			p := &s.places[k]
			if p.where && (p.j == lo-1 || (p.j == lo-2 && s.toks[lo-2].w == ",")) {
				return p, false
			}
		}
	}
	return best, toRcpt
}

// saidAt reports whether a place before the trigger is where a reporting
// verb was spoken: "told reporters in Berlin he hoped to speak with Xi".
func (s *sent) saidAt(lo int, p *ment, h hit) bool {
	say := false
	for k := lo; k < p.i; k++ {
		say = say || sayVerbs[s.toks[k].w]
	}
	if !say {
		return false
	}
	for k := p.j; k < h.i; k++ {
		if w := s.toks[k].w; pronouns[w] || w == "it" || s.startsActor(k) {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// attribution names who the sentence reports the event on the word of:
// "according to X", "X said", ", said X".
func (s *sent) attribution() string {
	t := s.toks
	for k := 0; k+1 < len(t); k++ {
		if t[k].w == "according" && t[k+1].w == "to" {
			return s.phraseAfter(k + 2)
		}
	}
	for k := range t {
		if !sayVerbs[t[k].w] || s.inQuote(k) {
			continue
		}
		// the mention that ends just before the verb
		for _, a := range s.actors {
			if a.j == k || a.j == k-1 {
				if sp := s.beforeParticiple(a.i); sp != nil {
					// "Zelenskyy, speaking after meeting Erdogan, said":
					// the speaker is the subject the participle follows
					return sp.m.Text
				}
				return a.m.Text
			}
		}
		if p := s.phraseBefore(k); p != "" {
			return p
		}
		if k > 0 && t[k-1].w == "," {
			if sp := s.relativeAntecedent(k - 1); sp != nil {
				// "Anwar, who chairs ASEAN this year, said"
				return sp.m.Text
			}
		}
		if k > 0 && (t[k-1].w == "," || t[k-1].w == "\"") {
			// "…," said the ministry: the speaker closes the sentence or
			// its clause; "…, said the two sides had agreed" has none
			if p := s.phraseAfter(k + 1); p != "" && s.closesAfter(k+1, p) {
				return p
			}
		}
	}
	return ""
}

// phraseAfter returns the noun phrase that starts at token k: a mention,
// or the words up to the next punctuation (at most six).
func (s *sent) phraseAfter(k int) string {
	for _, a := range s.actors {
		if (a.i == k || (a.i == k+1 && s.tokW(k) == "the")) && !(a.m.Via == "adjective" && a.j < len(s.toks) && !s.toks[a.j].punct) {
			// "according to the Russian Foreign Ministry" is the
			// ministry, not "Russian": an adjective before a noun falls
			// to the phrase
			return a.m.Text
		}
	}
	if k < len(s.toks) && attrPreps[s.toks[k].w] {
		// "said in his evening address": where it was said, not who
		return ""
	}
	end := k
	for end < len(s.toks) && end < k+6 && !s.toks[end].punct && !sayVerbs[s.toks[end].w] && s.toks[end].w != "that" {
		end++
	}
	if end == k {
		return ""
	}
	return s.src.Text[s.toks[k].s:s.toks[end-1].e]
}

// phraseBefore returns a short definite noun phrase that ends at token k:
// "the ministry", "the Kremlin", "officials".
func (s *sent) phraseBefore(k int) string {
	start := -1
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		w := s.toks[i]
		if w.punct {
			break
		}
		if w.w == "the" || w.w == "a" {
			start = i
			break
		}
	}
	if start < 0 || start == k-1 {
		return ""
	}
	end := k - 1
	if start > 0 && attrPreps[s.toks[start-1].w] {
		// "a source familiar with the talks said": the speaker is the
		// phrase the preposition hangs on, not its object
		outer := -1
		for i := start - 2; i >= 0 && i >= start-6; i-- {
			if w := s.toks[i]; w.punct {
				break
			} else if w.w == "the" || w.w == "a" || w.w == "an" {
				outer = i
				break
			}
		}
		if outer < 0 {
			return ""
		}
		end = start - 2
		for end > outer && attrAdjs[s.toks[end].w] {
			end--
		}
		if end == outer {
			return ""
		}
		start = outer
	}
	p := s.src.Text[s.toks[start].s:s.toks[end].e]
	if strings.ContainsAny(p, "\"“”") {
		return ""
	}
	return p
}

// attrPreps hang a phrase on the speaker's noun ("officials close to the
// talks"); attrAdjs are the adjectives that take them.
var (
	attrPreps = map[string]bool{"with": true, "to": true, "of": true, "on": true, "in": true, "from": true, "at": true}
	attrAdjs  = map[string]bool{"familiar": true, "close": true, "briefed": true, "knowledgeable": true, "involved": true}
)

func (s *sent) tokW(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.toks[k].w
}

// isHeadline reports whether a sentence reads as a headline or a teaser
// link rather than prose: title case throughout, or cut off with an
// ellipsis. Names are capitalised in prose too, so the words inside actor,
// place and date mentions are not counted: "Russian Foreign Minister Sergei
// Lavrov and Ukrainian Foreign Minister Dmytro Kuleba held talks" is prose.
func isHeadline(toks []token, src *nlp.Sentence) bool {
	t := strings.TrimSpace(src.Text)
	if strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") {
		return true
	}
	words, caps := 0, 0
	for _, w := range toks {
		if w.punct || len(w.w) < 4 || inMention(src, w) {
			continue
		}
		words++
		if w.upper {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// inMention reports whether a token lies inside a mention of the sentence.
func inMention(src *nlp.Sentence, t token) bool {
	for k := range src.Actors {
		if src.Actors[k].Start <= t.s && t.e <= src.Actors[k].End {
			return true
		}
	}
	for k := range src.Places {
		if src.Places[k].Start <= t.s && t.e <= src.Places[k].End {
			return true
		}
	}
	for k := range src.Dates {
		if src.Dates[k].Start <= t.s && t.e <= src.Dates[k].End {
			return true
		}
	}
	return false
}

var (
	// the words of the labels portals put before a link to another story
	linkLabels = map[string]bool{"read": true, "more": true, "also": true, "related": true, "trending": true,
		"watch": true, "most": true, "latest": true, "news": true, "share": true, "this": true, "article": true,
		"see": true, "recommended": true, "popular": true, "top": true, "stories": true, "story": true,
		"video": true, "videos": true, "listen": true, "photos": true, "gallery": true, "next": true, "previous": true,
		"up": true, "recent": true, "posts": true, "editor's": true, "picks": true, "must": true, "viewed": true}
	// imperatives that open calls to action rather than news
	callsToAction = map[string]bool{"subscribe": true, "sign": true, "click": true, "follow": true,
		"download": true, "register": true, "tap": true, "join": true, "log": true, "login": true, "donate": true}
)

// isFurniture reports whether a sentence is site furniture that reads like
// news: a link behind a label ("Read more: …", "ALSO READ | …") or a call
// to action ("Subscribe to get updates on the talks").
func isFurniture(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	if callsToAction[toks[0].w] {
		return true
	}
	for k := 0; k < len(toks) && k <= 4; k++ {
		w := toks[k].w
		if w == ":" || w == "|" {
			return k > 0
		}
		if !linkLabels[w] {
			return false
		}
	}
	return false
}

// toCome reports whether a date expression points ahead: read in a
// future clause, or "next …", "… to come" by its own words.
func toCome(d *dateAt) bool {
	r := d.d.Rule
	return d.d.Tense == timex.Future || strings.HasSuffix(r, "-next") || strings.HasSuffix(r, "-future") || r == "month-next"
}

// triggerBetween reports whether a trigger starts in tokens [a, b).
func (s *sent) triggerBetween(a, b int) bool {
	for _, o := range s.hits {
		if o.i >= a && o.i < b {
			return true
		}
	}
	return false
}

// nearerNoun is nearerTrigger for the nominal triggers only: across ", and"
// a date that follows a noun's phrase ("negotiations in Antalya on July
// 3, and discussed …") is the noun's, while one after a verb ("freed
// three hostages on Saturday, and Israel released …") may be shared.
func (s *sent) nearerNoun(h hit, d *dateAt, dist int) bool {
	for _, o := range s.hits {
		if o.i == h.i || o.p.typ != h.p.typ || o.p.flags&fNoun == 0 {
			continue
		}
		if o.i >= d.j && o.i > 0 && s.toks[o.i-1].w == "to" && h.i < d.i {
			// "met Michal in Helsinki on Thursday to discuss cables": an
			// infinitive of purpose after the date is the meeting's aim,
			// and the date the meeting's
			continue
		}
		a, b := o.j, d.i
		if o.i >= d.j {
			a, b = d.j, o.i
		}
		if b-a >= 0 && b-a < dist && !s.punctBetween(a, b) && !s.butBetween(a, b) {
			return true
		}
	}
	return false
}

// butBetween reports whether "but" opens another clause in tokens [a, b):
// "met X on Sunday but did not attend the talks" dates the meeting.
func (s *sent) butBetween(a, b int) bool {
	for t := a; t < b && t < len(s.toks); t++ {
		if s.toks[t].w == "but" {
			return true
		}
	}
	return false
}

// nearerTrigger reports whether another trigger of the same type lies
// nearer to the date than dist tokens.
func (s *sent) nearerTrigger(h hit, d *dateAt, dist int) bool {
	for _, o := range s.hits {
		if o.i == h.i || o.p.typ != h.p.typ || (o.p.flags&fNoun != 0 && s.sinceNoun(o)) {
			// a meeting named only to date the news takes no date
			continue
		}
		if o.i >= d.j && o.i > 0 && s.toks[o.i-1].w == "to" && h.i < d.i {
			// "met Michal in Helsinki on Thursday to discuss cables": an
			// infinitive of purpose after the date is the meeting's aim,
			// and the date the meeting's
			continue
		}
		a, b := o.j, d.i
		if o.i >= d.j {
			a, b = d.j, o.i
		}
		if b-a >= 0 && b-a < dist && !s.punctBetween(a, b) && !s.butBetween(a, b) {
			return true
		}
	}
	return false
}

// clauseSubordinators open a clause whose own verb takes the dates in it.
var clauseSubordinators = map[string]bool{"after": true, "before": true, "until": true, "when": true, "while": true}

// clauseAfter reports whether a subordinate clause opens in tokens [a, b)
// with words of its own before b: "after Trump said on".
func (s *sent) clauseAfter(a, b int) bool {
	for t := a; t+1 < b && t < len(s.toks); t++ {
		if clauseSubordinators[s.toks[t].w] && s.startsActor(t+1) {
			return true
		}
	}
	return false
}

// beforeParticiple returns the actor a participial phrase that ends at
// token i follows: in "Zelenskyy, speaking in Ankara after meeting
// Erdogan, said" the phrase opens with ", speaking" right after
// Zelenskyy. nil when token i is not inside such a phrase.
func (s *sent) beforeParticiple(i int) *ment {
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		if s.toks[k].punct && s.toks[k].w != "," {
			return nil
		}
		if s.toks[k].w != "," || !strings.HasSuffix(s.tokW(k+1), "ing") || k+1 >= i {
			continue
		}
		for a := range s.actors {
			if s.actors[a].j == k {
				return &s.actors[a]
			}
		}
		return nil
	}
	return nil
}

// closesAfter reports whether the phrase p read from token k ends the
// sentence or its clause: a punctuation mark, a reporting verb or the end
// follows it.
func (s *sent) closesAfter(k int, p string) bool {
	end := k
	for end < len(s.toks) && s.toks[end].e <= s.toks[k].s+len(p) {
		end++
	}
	return end >= len(s.toks) || s.toks[end].punct || sayVerbs[s.toks[end].w] || s.toks[end].w == "adding"
}

// relativeAntecedent returns the actor before ", who" when the relative
// clause closes at the comma at token c: "Anwar, who chairs ASEAN, said".
func (s *sent) relativeAntecedent(c int) *ment {
	for k := c - 1; k >= 1 && k >= c-12; k-- {
		if s.toks[k].punct && s.toks[k].w != "," {
			return nil
		}
		if s.toks[k].w == "who" && s.toks[k-1].w == "," {
			for a := range s.actors {
				if s.actors[a].j == k-1 {
					return &s.actors[a]
				}
			}
			return nil
		}
	}
	return nil
}
