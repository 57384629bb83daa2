package actor

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/kb"
)

// setActor fills Country or Org from a code that names a state or an
// organisation.
func (st *sent) setActor(m *Mention, code string) {
	if _, ok := st.d.r.kb.State(code); ok {
		m.Country, m.Org = code, ""
		return
	}
	if _, ok := st.d.r.kb.Org(code); ok {
		m.Org, m.Country = code, ""
	}
}

// modifier builds the mention of a modifying state or organisation.
func (st *sent) modifier(i int) Mention {
	sp := st.spans[i]
	m := Mention{Start: st.toks[sp.a].start, End: st.toks[sp.b-1].end, Modifier: true}
	m.Text = st.s[m.Start:m.End]
	if st.usGeorgia(i) {
		m.Kind, m.Name, m.Country, m.Via = Place, usGeorgiaName, "USA", "place"
		return m
	}
	for _, k := range []tkind{tName, tAdj, tMetonym, tCapital, tOrg} {
		t, ok := st.first(i, k)
		if !ok {
			continue
		}
		if k == tOrg {
			m.Kind, m.Name, m.Org, m.Sector, m.Via = Org, t.org.Name, t.org.Code, t.org.Sector, "alias"
			return m
		}
		m.Kind, m.Name, m.Country, m.Sector, m.Via = State, t.state.Name, t.state.ISO3, t.sector, via(k)
		return m
	}
	return m
}

func (st *sent) emitModifier(i int, m Mention) {
	if i < 0 {
		return
	}
	st.used[i] = true
	st.actors = append(st.actors, m)
}

func via(k tkind) string {
	switch k {
	case tName, tOrg, tPerson:
		return "alias"
	case tAdj:
		return "adjective"
	case tMetonym:
		return "metonym"
	case tCapital:
		return "capital"
	case tPlace:
		return "place"
	case tTitle:
		return "title"
	}
	return "surname"
}

// unknownName returns the end of a person's name of two to four capitalised
// words starting at token q, or q when there is none.
func (st *sent) unknownName(q int) int {
	toks := st.toks
	j, words := q, 0
	for j < len(toks) && words <= 4 {
		t := toks[j]
		if !t.word || st.startAt[j] != 0 {
			break
		}
		if t.upper && (!t.caps || st.headline) && !function[t.fold] && !calendar[t.fold] && !starters[t.fold] {
			j++
			words++
			continue
		}
		if words > 0 && particles[t.fold] && j+1 < len(toks) && toks[j+1].upper {
			j++
			continue
		}
		break
	}
	if words < 2 || words > 4 {
		return q
	}
	return j
}

// holder resolves a bare office to its holder on the article's date. When
// several people hold the office (a state has a presidential and a foreign
// ministry spokesperson), the one whose title shares most words with the
// title in the text wins: "the Kremlin spokesman" is not the foreign
// ministry's spokeswoman.
func (st *sent) holder(office, where, title string) (*kb.Person, *kb.Stint, bool) {
	date := st.d.date
	hs := st.d.r.kb.Holders(office, where, date)
	if len(hs) == 0 {
		return st.d.r.kb.Holder(office, where, date)
	}
	words := strings.Fields(kb.Fold(title))
	best, bestScore := 0, -1
	for i, h := range hs {
		score := 0
		stw := strings.Fields(kb.Fold(h.Stint.Title))
		for _, w := range words {
			for _, x := range stw {
				if w == x {
					score++
					break
				}
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return hs[best].Person, hs[best].Stint, true
}
