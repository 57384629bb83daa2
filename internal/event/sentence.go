package event

import (
	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/nlp/actor"
	"github.com/chronicle-news/chronicle/internal/nlp/timex"
)

// ment is an actor or place mention placed on the sentence's tokens.
type ment struct {
	m     *actor.Mention
	i, j  int  // token span [i, j)
	where bool // preceded by a locative preposition: a place, not a participant
}

// sent is one sentence prepared for the rules: its tokens and its mentions
// as token spans.
type sent struct {
	idx    int
	src    *nlp.Sentence
	toks   []token
	actors []ment // participants-to-be (modifiers left out)
	places []ment // places, and states named after "in"/"at"
	dates  []dateAt
	quote  []bool      // quote[k]: token k lies inside a direct quotation
	hits   []hit       // the sentence's triggers, once found
	bounds int         // date expressions left out as bounds ("since 2022")
	lb, rb []int       // clause bounds per token, computed on first use
	cls    []wordClass // word lists of each token, computed with the bounds
}

// dateAt is a resolved date expression placed on the tokens.
type dateAt struct {
	d    *timex.Mention
	i, j int
}

var locPreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true}

// place puts the sentence's mentions on its tokens.
func (st *sent) place() {
	s := st.src
	for k := range s.Actors {
		m := &s.Actors[k]
		if m.Modifier {
			continue
		}
		i, j, ok := span(st.toks, m.Start, m.End)
		if !ok {
			continue
		}
		mt := ment{m: m, i: i, j: j}
		if locatedAt(st.toks, i) && (m.Kind == actor.State || m.Kind == actor.Place) && !possessed(st.toks, j) {
			mt.where = true
			if m.Via == "metonym" || m.Via == "capital" {
				// "met in Muscat": the city itself, not the government
				// its name stands for elsewhere
				mt.m = &actor.Mention{Start: m.Start, End: m.End, Text: m.Text, Kind: actor.Place, Name: m.Text,
					Country: m.Country, Via: "place"}
			}
			st.places = append(st.places, mt)
			continue
		}
		if m.Via == "adjective" && j < len(st.toks) && placeNouns[st.toks[j].w] {
			// "the Omani capital": the adjective names where, not who
			continue
		}
		st.actors = append(st.actors, mt)
	}
	st.dropTopicModifiers()
	for k := range s.Places {
		m := &s.Places[k]
		if i, j, ok := span(st.toks, m.Start, m.End); ok {
			st.places = append(st.places, ment{m: m, i: i, j: j, where: locatedAt(st.toks, i) && !possessed(st.toks, j)})
		}
	}
	for k := range s.Dates {
		d := &s.Dates[k]
		if d.Value.Precision == timex.None {
			continue
		}
		if i, j, ok := span(st.toks, d.Start, d.End); ok {
			if sinceBound(st.toks, i) {
				// "the first talks since 2022": a bound, not the event's date
				st.bounds++
				continue
			}
			st.dates = append(st.dates, dateAt{d: d, i: i, j: j})
		}
	}
	st.quote = quoted(st.toks)
}

// sinceBound reports whether the date at token i lies in a "since"
// phrase ("since 2022", "since a heated exchange between them on Feb.
// 28"): it bounds a comparison and dates another event than the news.
func sinceBound(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		w := toks[k]
		if w.w == "since" {
			return true
		}
		if (w.punct && w.w != "-" && w.w != "'s") || classOf[w.w]&(cLeftBound|cRightBound) != 0 {
			return false
		}
	}
	return false
}

// placeNouns name the kind of place before its name: "in the Saudi city
// of Jeddah", "in the Albanian capital Tirana".
var placeNouns = map[string]bool{"city": true, "capital": true, "town": true, "port": true, "village": true,
	"resort": true, "region": true, "province": true, "island": true, "enclave": true}

// locatedAt reports whether the mention at token i is named after a
// locative preposition: directly ("in Jeddah") or through a place noun
// ("in the Saudi city of Jeddah", "at the Black Sea resort of Sochi").
func locatedAt(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	if locPreps[toks[i-1].w] {
		return true
	}
	k := i - 1
	if toks[k].w == "of" {
		k--
	}
	if k < 1 || !placeNouns[toks[k].w] {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		switch w := toks[b]; {
		case locPreps[w.w]:
			return true
		case w.punct || (!w.upper && w.w != "the" && w.w != "coastal" && w.w != "southern" && w.w != "northern" &&
			w.w != "eastern" && w.w != "western" && w.w != "sea"):
			return false
		}
	}
	return false
}

// possessed reports whether the mention ending before token j is a
// possessor ("at Russia's request"): the place of the event is then the
// possessed noun's, not the mention's.
func possessed(toks []token, j int) bool {
	return j < len(toks) && toks[j].w == "'s"
}

// span maps byte offsets in the sentence to the tokens they cover.
func span(toks []token, start, end int) (int, int, bool) {
	i, j := -1, -1
	for k, t := range toks {
		if i < 0 && t.e > start {
			i = k
		}
		if t.s < end {
			j = k + 1
		}
	}
	if i < 0 || j <= i {
		return 0, 0, false
	}
	return i, j, true
}

// quoted marks the tokens between double quotation marks. Straight quotes
// alternate open and close; curly ones say which they are.
func quoted(toks []token) []bool {
	var q []bool
	in := false
	for k, t := range toks {
		if t.punct && t.w == "\"" {
			in = !in
			if q == nil {
				q = make([]bool, len(toks))
			}
			continue
		}
		if in {
			q[k] = true
		}
	}
	if in {
		// an unclosed quote is more likely a stray mark than a quotation
		return nil
	}
	return q
}

func (s *sent) inQuote(k int) bool { return s.quote != nil && k < len(s.quote) && s.quote[k] }

// topicNouns are the nouns a state name may qualify without taking part:
// "the Ukraine conflict", "Ukraine peace negotiations".
var topicNouns = map[string]bool{"conflict": true, "war": true, "crisis": true, "issue": true, "question": true,
	"situation": true, "settlement": true, "peace": true, "file": true, "dossier": true, "policy": true}

// dropTopicModifiers removes from the participants the states that only
// qualify a topic noun, through a hyphenated pair ("the Russia-Ukraine
// war") as well.
func (st *sent) dropTopicModifiers() {
	n := len(st.actors)
	if n == 0 {
		return
	}
	topic := make([]bool, n)
	any := false
	for k := n - 1; k >= 0; k-- {
		a := st.actors[k]
		next := st.tokW(a.j)
		hyphen := next == "-" && k+1 < n && topic[k+1] && st.actors[k+1].i == a.j+1
		topic[k] = a.m.Kind == actor.State && (topicNouns[next] || hyphen)
		any = any || topic[k]
	}
	if !any {
		return
	}
	keep := st.actors[:0]
	for k, a := range st.actors {
		if !topic[k] {
			keep = append(keep, a)
		}
	}
	st.actors = keep
}
