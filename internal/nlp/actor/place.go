package actor

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/kb"
)

// place emits span i as a place, if it can be one.
func (st *sent) place(i int) bool {
	m := Mention{Kind: Place, Via: "place"}
	if t, ok := st.first(i, tPlace); ok {
		m.Name, m.Country = t.place.Name, t.place.Country
	} else if t, ok := st.first(i, tName); ok {
		m.Name, m.Country = t.state.Name, t.state.ISO3
	} else if t, ok := st.firstOf(i, tCapital, tMetonym); ok {
		text := st.text(st.spans[i].a, st.spans[i].b)
		if p, ok := st.d.r.kb.Place(text); ok {
			m.Name, m.Country = p.Name, p.Country
		} else if kb.Fold(text) == kb.Fold(t.state.Capital) {
			m.Name, m.Country = t.state.Capital, t.state.ISO3
		} else {
			if len(text) > 4 && strings.EqualFold(text[:4], "the ") {
				text = text[4:]
			}
			m.Name, m.Country = text, t.state.ISO3
		}
	} else {
		return false
	}
	st.places = append(st.places, st.mention(i, m))
	st.lastLoc = st.spans[i].b
	return true
}

func (st *sent) firstOf(i int, ks ...tkind) (target, bool) {
	for _, k := range ks {
		if t, ok := st.first(i, k); ok {
			return t, true
		}
	}
	return target{}, false
}

// locative reports whether the name at token a is in place position: after
// a locative preposition ("in", "to", "from", "north of"), or continuing a
// list of places ("in Moscow and Kyiv").
// A country, unlike a city, takes "to" and "from" as place only after a
// word of movement ("flew to Turkey"), and never before a noun it qualifies
// ("a path to the Ukraine settlement").
func (st *sent) locative(a int, city bool) bool {
	j := a - 1
	if st.fold(j) == "the" {
		j--
	}
	f := st.fold(j)
	if locative[f] {
		prev := st.fold(j - 1)
		if f == "to" && (prev == "according" || prev == "due" || prev == "thanks") {
			return false
		}
		if city {
			return true
		}
		if i := st.startAt[a] - 1; i >= 0 && st.qualifies(i) {
			return false
		}
		if !weakLocative[f] {
			return true
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if movement[st.fold(k)] {
				return true
			}
		}
		return false
	}
	if f == "of" && directions[st.fold(j-1)] {
		return true
	}
	if st.lastLoc >= 0 && a-st.lastLoc <= 2 && a > st.lastLoc {
		for k := st.lastLoc; k < a; k++ {
			if f := st.fold(k); f != "and" && f != "," && f != "or" {
				return false
			}
		}
		return true
	}
	return false
}

// partOfName reports whether a single-word state name or capital is part
// of a longer proper name: "Michael Jordan", "Jordan Bardella", "the
// Washington Post".
func (st *sent) partOfName(i int) bool {
	sp := st.spans[i]
	if sp.a > 0 {
		t := st.toks[sp.a-1]
		if t.word && t.upper && !t.caps && st.endAt[sp.a] == 0 && !starters[t.fold] && !function[t.fold] && !calendar[t.fold] {
			return true
		}
	}
	if sp.b < len(st.toks) {
		t := st.toks[sp.b]
		if t.word && t.upper && !t.caps && st.startAt[sp.b] == 0 && !function[t.fold] && !calendar[t.fold] && !starters[t.fold] {
			return true
		}
	}
	return false
}

// qualifies reports whether the country of span i qualifies what follows
// rather than naming a place: "Russia's request", "the Russia-Ukraine
// conflict", "US foreign policy".
func (st *sent) qualifies(i int) bool {
	k := st.spans[i].b
	if st.fold(k) == "'s" {
		return true
	}
	for j := st.spanAt(k); j >= 0 && st.hasAny(j, tName, tAdj); j = st.spanAt(k) {
		k = st.spans[j].b
	}
	for n := 0; n < 2 && k < len(st.toks); n, k = n+1, k+1 {
		t := st.toks[k]
		if attributive[t.fold] {
			return true
		}
		if !t.word || t.upper || function[t.fold] || clauseWords[t.fold] {
			return false
		}
		if n == 0 && st.has(i, tAdj) {
			return true // "US" before a lower-case noun is the adjective
		}
	}
	return false
}
