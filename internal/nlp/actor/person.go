package actor

import "github.com/chronicle-news/chronicle/internal/kb"

// person builds the mention of the person of span i, choosing among people
// that share an alias the one in office on the article's date.
func (st *sent) person(i int, office string) Mention {
	sp := st.spans[i]
	m := Mention{Kind: Person, Start: st.toks[sp.a].start, End: st.toks[sp.b-1].end}
	m.Text = st.s[m.Start:m.End]
	var p *kb.Person
	for _, t := range st.d.buf[sp.lo:sp.hi] {
		switch {
		case t.kind == tPerson && p == nil:
			p = t.person
		case t.kind == tPerson:
			if _, ok := t.person.StintOn(st.d.date); ok {
				if _, cur := p.StintOn(st.d.date); !cur {
					p = t.person
				}
			}
		case t.kind == tDoc && p == nil:
			dp := t.doc
			if dp.kb != nil {
				p = dp.kb
				continue
			}
			m.Name, m.Country, m.Org, m.Sector, m.Office = dp.name, dp.country, dp.org, dp.sector, dp.office
			m.Via = "name"
			if sp.b-sp.a == 1 {
				m.Via = "surname"
			}
			return m
		}
	}
	if p == nil {
		return m
	}
	m.Name = p.Name
	m.Via = "alias"
	m.Title = st.leadingTitle(sp)
	if st.has(i, tDoc) && !st.has(i, tPerson) {
		m.Via = "surname"
		if sp.b-sp.a > 1 {
			m.Via = "name"
		}
	}
	if s := st.d.stint(p, office); s != nil {
		st.setActor(&m, s.State)
		m.Sector, m.Office = s.Sector, s.Office
	}
	st.d.rememberKB(&docPerson{kb: p, name: p.Name, country: m.Country, org: m.Org, sector: m.Sector,
		office: m.Office}, st.toks[sp.a:sp.b])
	return m
}

// stint picks the stint that describes p in this article: the one with the
// office the text gave, then the one in force, then the last one before the
// article's date, then the first.
func (d *Doc) stint(p *kb.Person, office string) *kb.Stint {
	if office != "" {
		for i := range p.Stints {
			s := &p.Stints[i]
			if s.Office == office {
				if d.date.IsZero() || covers(s, d) {
					return s
				}
			}
		}
	}
	if s, ok := p.StintOn(d.date); ok {
		return s
	}
	var best *kb.Stint
	for i := range p.Stints {
		s := &p.Stints[i]
		if !s.From.After(d.date) && (best == nil || s.From.After(best.From)) {
			best = s
		}
	}
	if best == nil && len(p.Stints) > 0 {
		best = &p.Stints[0]
	}
	return best
}

func covers(s *kb.Stint, d *Doc) bool {
	return (s.From.IsZero() || !d.date.Before(s.From)) && (s.To.IsZero() || d.date.Before(s.To.AddDate(0, 0, 1)))
}

// leadingTitle returns the title words that open a person's alias, as in
// the alias "President Trump", so the mention carries them like a title
// found before a name.
func (st *sent) leadingTitle(sp span) string {
	best := 0
	e := st.d.r.index[st.toks[sp.a].fold]
	if e == nil {
		return ""
	}
	for _, p := range e.all {
		n := len(p.fold)
		if p.title && n < sp.b-sp.a && n > best && p.matches(st.toks[sp.a:sp.a+n]) {
			best = n
		}
	}
	if best == 0 {
		return ""
	}
	return st.text(sp.a, sp.a+best)
}
