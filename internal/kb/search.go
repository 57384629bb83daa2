package kb

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Entry is one line of a listing of the base (`chronicle actors`).
type Entry struct{ Kind, Name, Code, Country, Sector, Detail string }

// Search returns the entries whose name, code or an alias contains every word
// of query, compared accent- and case-insensitively; an empty query lists
// everything. Entries whose name equals the query come first. A limit of zero
// or less means no limit.
func (k *KB) Search(query string, limit int) []Entry {
	words := strings.Fields(Fold(query))
	type scored struct {
		e     Entry
		score int
	}
	var out []scored
	// try scores an entry by its best-matching name; weak names (metonyms,
	// capitals, title phrases) match at the lowest score, after every entry
	// that bears the name as its own.
	try := func(e Entry, weak []string, names ...string) {
		best := -1
		if len(weak) > 0 && matchAll(weak, words) {
			best = 0
		}
		for _, n := range names {
			f := Fold(n)
			ok := true
			for _, w := range words {
				if !strings.Contains(f, w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			s := 1
			if f == strings.Join(words, " ") {
				s = 3
			} else if len(words) > 0 && strings.HasPrefix(f, words[0]) {
				s = 2
			}
			if s > best {
				best = s
			}
		}
		if best >= 0 {
			out = append(out, scored{e, best})
		}
	}
	for _, s := range k.stateList {
		names := append([]string{s.Name, s.ISO3, s.ISO2}, s.Aliases...)
		names = append(names, s.Adjectives...)
		mets := []string{s.Capital}
		for _, m := range s.Metonyms {
			mets = append(mets, m.Text)
		}
		detail := s.Status
		if s.Capital != "" {
			detail += "; capital " + s.Capital
		}
		if len(mets) > 1 {
			detail += "; also named " + strings.Join(mets[1:], ", ")
		}
		try(Entry{Kind: "state", Name: s.Name, Code: s.ISO3, Country: s.ISO3, Sector: "GOV", Detail: detail}, mets, names...)
	}
	for _, o := range k.orgList {
		try(Entry{Kind: "org", Name: o.Name, Code: o.Code, Sector: o.Sector, Detail: o.Kind}, nil,
			append([]string{o.Name, o.Code}, o.Aliases...)...)
	}
	for _, p := range k.peopleLst {
		e := Entry{Kind: "person", Name: p.Name}
		if st, ok := p.StintOn(time.Time{}); ok {
			e.Country, e.Sector, e.Detail = st.State, st.Sector, describe(st)
		}
		try(e, nil, append([]string{p.Name}, p.Aliases...)...)
	}
	for _, p := range k.placeList {
		try(Entry{Kind: "place", Name: p.Name, Country: p.Country, Detail: p.Kind}, nil,
			append([]string{p.Name}, p.Aliases...)...)
	}
	for _, t := range k.titles {
		if len(words) > 0 {
			try(Entry{Kind: "title", Name: t.Phrase, Country: t.State, Sector: t.Sector, Detail: t.Office}, []string{t.Phrase})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	es := make([]Entry, len(out))
	for i, s := range out {
		es[i] = s.e
	}
	return es
}

// describe renders a stint for listings: "Foreign Minister 2004-03-09–".
func describe(s *Stint) string {
	t := s.Title
	if t == "" {
		t = s.Office
	}
	d := func(x time.Time) string {
		if x.IsZero() {
			return ""
		}
		return x.Format("2006-01-02")
	}
	return fmt.Sprintf("%s %s–%s", t, d(s.From), d(s.To))
}

// Counts returns the number of entries of each kind: state, org, person,
// stint, place, title.
func (k *KB) Counts() map[string]int {
	stints := 0
	for _, p := range k.peopleLst {
		stints += len(p.Stints)
	}
	return map[string]int{
		"state": len(k.stateList), "org": len(k.orgList), "person": len(k.peopleLst),
		"stint": stints, "place": len(k.placeList), "title": len(k.titles),
	}
}

// Check reports cross-reference problems that Load tolerates, so that one
// stale row cannot disable the whole base: references to unknown states or
// organisations, and organisation codes that collide with a state code.
func (k *KB) Check() []error {
	var errs []error
	for _, r := range k.refs {
		_, isState := k.states[r.code]
		_, isOrg := k.orgs[r.code]
		switch r.what {
		case "orgcode":
			if isState {
				errs = append(errs, fmt.Errorf("%s: org code %s is also a state iso3", r.where, r.code))
			}
		case "member":
			if !isState {
				errs = append(errs, fmt.Errorf("%s: member %s is not a state", r.where, r.code))
			}
		default:
			if !isState && !isOrg {
				errs = append(errs, fmt.Errorf("%s: %s %s is neither a state nor an org", r.where, r.what, r.code))
			}
		}
	}
	return errs
}

// matchAll reports whether one of names contains every word.
func matchAll(names, words []string) bool {
	for _, n := range names {
		f := Fold(n)
		ok := f != ""
		for _, w := range words {
			if !strings.Contains(f, w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
