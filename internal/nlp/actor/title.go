package actor

import "strings"

// titleGroup handles a title and what surrounds it: qualifiers and
// institution words to the left ("former", "Foreign Ministry"), a modifying
// state or organisation ("Russian", "Ukraine's", "NATO", "of Ukraine"), and
// the name that follows. A named person becomes one mention with Title; a
// bare office resolves to its holder on the article's date.
func (st *sent) titleGroup(ti int) {
	toks := st.toks
	t, _ := st.first(ti, tTitle)
	title := t.title
	sp := st.spans[ti]
	st.used[ti] = true

	a := sp.a
	qual := map[string]bool{}
	mil := false
	for a > 0 && toks[a-1].word && st.endAt[a] == 0 && (qualifiers[toks[a-1].fold] || institutions[toks[a-1].fold]) {
		qual[toks[a-1].fold] = true
		mil = mil || milWords[toks[a-1].fold]
		a--
	}
	titleStart := a

	mod := -1
	p := a
	if p > 0 && toks[p-1].fold == "'s" {
		p--
	}
	if mi := st.spanBefore(p); mi >= 0 && !st.used[mi] && st.hasAny(mi, tName, tAdj, tMetonym, tCapital, tOrg) {
		mod = mi
	}
	q := sp.b
	for q+1 < len(toks) && honorifics[st.fold(q)] && toks[q].upper && toks[q+1].upper {
		q++ // "Prime Minister Datuk Seri Anwar Ibrahim": the name follows the honorifics
	}
	if mod < 0 && st.fold(q) == "of" {
		if mi := st.spanAt(q + 1); mi >= 0 && st.has(mi, tName) {
			mod = mi
			q = st.spans[mi].b
		}
	}

	m := Mention{Kind: Person, Title: st.text(titleStart, sp.b), Office: title.Office, Sector: title.Sector}
	if (qual["deputy"] || qual["vice"]) && !strings.Contains(strings.ToLower(title.Phrase), "deputy") &&
		!strings.Contains(strings.ToLower(title.Phrase), "vice") {
		m.Office = "other"
		if title.Office == "foreign_minister" {
			m.Office = "deputy_foreign_minister"
		}
	}
	if mil {
		m.Sector = "MIL"
	}
	if title.State != "" {
		st.setActor(&m, title.State)
	}
	var modM Mention
	if mod >= 0 {
		modM = st.modifier(mod)
		if modM.Country != "" {
			m.Country, m.Org = modM.Country, ""
		} else if modM.Org != "" {
			m.Org, m.Country = modM.Org, ""
		}
	}
	start := titleStart
	if mod >= 0 && st.spans[mod].a < start {
		start = st.spans[mod].a
		if st.spans[mod].b == titleStart && st.hasAny(mod, tMetonym) && !st.has(mod, tName) {
			// "Kremlin spokesman": the seat of government is part of the title.
			m.Title = st.text(st.spans[mod].a, sp.b)
			if f := st.toks[st.spans[mod].a].fold; f == "the" {
				m.Title = st.text(st.spans[mod].a+1, sp.b)
			}
		}
	}

	// A person named after the title, or in apposition to a bare title:
	// "the Saudi foreign minister, Prince Faisal bin Farhan".
	ni := st.spanAt(q)
	if ni < 0 && st.fold(q) == "," && (mod >= 0 || st.fold(titleStart-1) == "the") {
		if k := st.spanAt(q + 1); k >= 0 && st.hasAny(k, tPerson, tDoc) {
			ni = k
		}
	}
	if ni >= 0 && st.hasAny(ni, tPerson, tDoc) {
		st.used[ni] = true
		pm := st.person(ni, m.Office)
		pm.Start, pm.End = toks[start].start, toks[st.spans[ni].b-1].end
		pm.Text = st.s[pm.Start:pm.End]
		pm.Title = m.Title
		if pm.Country == "" && pm.Org == "" {
			pm.Country, pm.Org = m.Country, m.Org
		}
		st.emitModifier(mod, modM)
		st.actors = append(st.actors, pm)
		return
	}
	if e := st.unknownName(q); e > q {
		m.Start, m.End = toks[start].start, toks[e-1].end
		m.Text = st.s[m.Start:m.End]
		m.Name = st.text(q, e)
		m.Via = "title"
		st.emitModifier(mod, modM)
		st.actors = append(st.actors, m)
		st.d.remember(&docPerson{name: m.Name, country: m.Country, org: m.Org, sector: m.Sector,
			office: m.Office, title: m.Title}, foldTokens(toks[q:e]))
		return
	}

	// A bare office: "the foreign minister", "Russia's top diplomat".
	if qual["former"] || qual["ex"] || qual["outgoing"] || qual["incoming"] || qual["first"] {
		return
	}
	if mod < 0 && st.fold(titleStart-1) != "the" {
		return
	}
	stateFromText := m.Country != "" || m.Org != ""
	where := m.Country + m.Org
	if where == "" {
		where = st.d.officeState[m.Office]
	}
	if where == "" {
		return
	}
	m.Start, m.End = toks[start].start, toks[q-1].end
	m.Text = st.s[m.Start:m.End]
	m.Via = "office"
	if m.Office != "other" && m.Office != "" {
		if h, s, ok := st.holder(m.Office, where, m.Title); ok {
			m.Name = h.Name
			st.setActor(&m, s.State)
			if s.Sector != "" {
				m.Sector = s.Sector
			}
			st.emitModifier(mod, modM)
			st.actors = append(st.actors, m)
			st.d.remember(&docPerson{name: h.Name, country: m.Country, org: m.Org, sector: m.Sector,
				office: m.Office, kb: h}, st.d.r.nameWords(h))
			return
		}
	}
	if !stateFromText {
		return
	}
	// No holder known: the state (or organisation) acting at that level.
	if m.Country != "" {
		m.Kind = State
		if s, ok := st.d.r.kb.State(m.Country); ok {
			m.Name = s.Name
		}
	} else {
		m.Kind = Org
		if o, ok := st.d.r.kb.Org(m.Org); ok {
			m.Name = o.Name
		}
	}
	st.emitModifier(mod, modM)
	st.actors = append(st.actors, m)
}

// honorifics stand between a title and a name without being either:
// "Prime Minister Datuk Seri Anwar Ibrahim", "Foreign Minister Sheikh
// Mohammed bin Abdulrahman Al Thani", "Ambassador Sir Tim Barrow".
var honorifics = map[string]bool{
	"datuk": true, "dato": true, "dato'": true, "seri": true, "sri": true, "tan": true, "tun": true,
	"sheikh": true, "shaikh": true, "sir": true, "dame": true, "lord": true, "lady": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "prof": true, "excellency": true, "hrh": true,
	"sayyid": true, "haji": true, "hajj": true, "pehin": true,
}
