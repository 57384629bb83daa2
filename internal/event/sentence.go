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
	quote  []bool // quote[k]: token k lies inside a direct quotation
}

// dateAt is a resolved date expression placed on the tokens.
type dateAt struct {
	d    *timex.Mention
	i, j int
}

var locPreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true}

// prepare tokenises a sentence and places its mentions on the tokens.
func prepare(idx int, s *nlp.Sentence, buf []token) sent {
	st := sent{idx: idx, src: s, toks: tokenize(s.Text, buf)}
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
		if i > 0 && locPreps[st.toks[i-1].w] && (m.Kind == actor.State || m.Kind == actor.Place) {
			mt.where = true
			st.places = append(st.places, mt)
			continue
		}
		st.actors = append(st.actors, mt)
	}
	for k := range s.Places {
		m := &s.Places[k]
		if i, j, ok := span(st.toks, m.Start, m.End); ok {
			st.places = append(st.places, ment{m: m, i: i, j: j, where: i > 0 && locPreps[st.toks[i-1].w]})
		}
	}
	for k := range s.Dates {
		d := &s.Dates[k]
		if d.Value.Precision == timex.None {
			continue
		}
		if i, j, ok := span(st.toks, d.Start, d.End); ok {
			st.dates = append(st.dates, dateAt{d: d, i: i, j: j})
		}
	}
	st.quote = quoted(st.toks)
	return st
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
