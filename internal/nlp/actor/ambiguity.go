package actor

// usGeorgiaName is the place name given to the US state of Georgia, which
// the base does not hold as a state.
const usGeorgiaName = "Georgia (U.S. state)"

// usGeorgia reports whether span i is "Georgia" the US state: US clues in
// the sentence or earlier in the article (Atlanta, governor, county, another
// US state), and no Caucasus clue. The finding sticks for the article.
func (st *sent) usGeorgia(i int) bool {
	sp := st.spans[i]
	if sp.b-sp.a != 1 || st.toks[sp.a].fold != "georgia" || !st.has(i, tName) {
		return false
	}
	if st.geo || !st.us && !st.d.usGeorgia {
		return false
	}
	st.d.usGeorgia = true
	return true
}

// special settles the names whose meaning depends on what follows or on
// clues in the article: Georgia the state or the US state, Washington the
// government, the city ("Washington, D.C.") or the US state ("Washington
// state"). It reports whether it emitted the span.
func (st *sent) special(i int) bool {
	sp := st.spans[i]
	if sp.b-sp.a != 1 {
		return false
	}
	switch st.toks[sp.a].fold {
	case "georgia":
		if !st.usGeorgia(i) {
			return false
		}
		st.places = append(st.places, st.mention(i, Mention{Kind: Place, Name: usGeorgiaName,
			Country: "USA", Via: "place"}))
		return true
	case "washington":
		j := sp.b
		if st.fold(j) == "," {
			j++
		}
		switch st.fold(j) {
		case "d.c.", "dc", "d.c":
			m := Mention{Kind: Place, Name: "Washington", Country: "USA", Via: "place"}
			if p, ok := st.d.r.kb.Place("Washington"); ok {
				m.Name, m.Country = p.Name, p.Country
			}
			m.Start, m.End = st.toks[sp.a].start, st.toks[j].end
			m.Text = st.s[m.Start:m.End]
			st.places = append(st.places, m)
			st.lastLoc = j + 1
			if k := st.spanAt(j); k >= 0 {
				st.used[k] = true
			}
			return true
		case "state":
			if st.fold(sp.b) != "state" {
				return false
			}
			m := Mention{Kind: Place, Name: "Washington (U.S. state)", Country: "USA", Via: "place"}
			m.Start, m.End = st.toks[sp.a].start, st.toks[sp.b].end
			m.Text = st.s[m.Start:m.End]
			st.places = append(st.places, m)
			st.lastLoc = sp.b + 1
			return true
		}
	}
	return false
}
