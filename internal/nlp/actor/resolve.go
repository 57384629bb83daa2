package actor

// plain handles a span outside any title group.
func (st *sent) plain(i int) {
	sp := st.spans[i]
	st.used[i] = true
	inDateline := sp.a < st.dateline
	switch {
	case st.hasAny(i, tPerson, tDoc) && (sp.b-sp.a > 1 || !st.hasAny(i, tName, tAdj, tMetonym, tCapital, tOrg, tPlace)):
		if !inDateline {
			st.actors = append(st.actors, st.person(i, ""))
		}
		return
	case st.has(i, tOrg):
		if !inDateline {
			t, _ := st.first(i, tOrg)
			st.actors = append(st.actors, st.mention(i, Mention{Kind: Org, Name: t.org.Name, Org: t.org.Code,
				Sector: t.org.Sector, Via: "alias"}))
		}
		return
	}
	if st.special(i) {
		return
	}
	if !st.hasAny(i, tName, tAdj, tMetonym, tCapital, tPlace) {
		return
	}
	single := sp.b-sp.a == 1
	if single && !st.headline && !inDateline {
		f := st.toks[sp.a].fold
		if (st.has(i, tName) && nameLike[f] || !st.has(i, tName) && st.hasAny(i, tMetonym, tCapital)) && st.partOfName(i) {
			return
		}
	}
	if inDateline || st.locative(sp.a, st.hasAny(i, tMetonym, tCapital, tPlace)) {
		if st.place(i) {
			return
		}
	}
	for _, k := range []tkind{tName, tAdj, tMetonym, tCapital} {
		t, ok := st.first(i, k)
		if !ok {
			continue
		}
		if st.qualifiesPerson(i) {
			st.emitModifier(i, st.modifier(i))
			return
		}
		m := Mention{Kind: State, Name: t.state.Name, Country: t.state.ISO3, Sector: t.sector, Via: via(k)}
		if (k == tMetonym || k == tCapital) && eventNouns[st.fold(sp.b)] {
			st.place(i)
			return
		}
		if s := st.nounSector(sp.b); s != "" {
			m.Sector = s
		}
		m = st.mention(i, m)
		if j := st.spanAt(sp.b); j >= 0 && !st.used[j] && (k == tName || k == tAdj) {
			// "the U.S. State Department", "Russian Kremlin": one actor.
			if mt, ok := st.first(j, tMetonym); ok && mt.state == t.state {
				st.used[j] = true
				m.End = st.toks[st.spans[j].b-1].end
				m.Text = st.s[m.Start:m.End]
				m.Sector, m.Via = mt.sector, "metonym"
			}
		}
		st.actors = append(st.actors, m)
		return
	}
	st.place(i)
}

// mention completes m with the span of i.
func (st *sent) mention(i int, m Mention) Mention {
	sp := st.spans[i]
	m.Start, m.End = st.toks[sp.a].start, st.toks[sp.b-1].end
	m.Text = st.s[m.Start:m.End]
	return m
}

// qualifiesPerson reports whether span i only qualifies the person named
// next: "Ukraine's Zelensky", "Russian Sergei Lavrov".
func (st *sent) qualifiesPerson(i int) bool {
	j := st.spans[i].b
	if st.fold(j) == "'s" {
		j++
	}
	ni := st.spanAt(j)
	return ni >= 0 && !st.used[ni] && st.hasAny(ni, tPerson, tDoc)
}

// nounSector reads the sector off the noun after a state adjective or
// possessive: "Russian troops" is MIL, "the Russian delegation" GOV.
func (st *sent) nounSector(j int) string {
	if st.fold(j) == "'s" {
		j++
	}
	for k := j; k < j+2 && k < len(st.toks); k++ {
		f := st.toks[k].fold
		switch {
		case milNouns[f]:
			return "MIL"
		case govNouns[f]:
			return "GOV"
		case medNouns[f]:
			return "MED"
		}
		if !st.toks[k].word || st.startAt[k] != 0 {
			break
		}
	}
	return ""
}
