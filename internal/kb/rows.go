package kb

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// list splits a |-separated cell, dropping empty items.
func list(cell string) []string {
	if cell == "" {
		return nil
	}
	var out []string
	for _, s := range strings.Split(cell, "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// appendNew appends the items of add not already in have (compared folded).
func appendNew(have, add []string) []string {
	for _, a := range add {
		dup := false
		for _, h := range have {
			if Fold(h) == Fold(a) {
				dup = true
				break
			}
		}
		if !dup {
			have = append(have, a)
		}
	}
	return have
}

func upperCode(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || i > 0 && ('0' <= c && c <= '9' || c == '-' || c == '_')) {
			return false
		}
	}
	return true
}

func isISO3(s string) bool {
	return len(s) == 3 && upperCode(s, 3, 3) && !strings.ContainsAny(s, "0123456789-_")
}

func (k *KB) addState(c []string) error {
	if !isISO3(c[0]) {
		return fmt.Errorf("bad iso3 %q", c[0])
	}
	if c[1] != "" && (len(c[1]) != 2 || !upperCode(c[1], 2, 2)) {
		return fmt.Errorf("bad iso2 %q", c[1])
	}
	var mets []Metonym
	for _, m := range list(c[6]) {
		text, sector := m, "GOV"
		if i := strings.LastIndexByte(m, ':'); i > 0 && upperCode(m[i+1:], 2, 5) {
			text, sector = strings.TrimSpace(m[:i]), m[i+1:]
		}
		mets = append(mets, Metonym{Text: text, Sector: sector})
	}
	switch c[7] {
	case "", "member", "observer", "other":
	default:
		return fmt.Errorf("bad status %q (want member, observer or other)", c[7])
	}
	if s, ok := k.states[c[0]]; ok {
		s.Aliases = appendNew(s.Aliases, list(c[3]))
		s.Adjectives = appendNew(s.Adjectives, list(c[4]))
		for _, m := range mets {
			if !hasMetonym(s.Metonyms, m.Text) {
				s.Metonyms = append(s.Metonyms, m)
			}
		}
		set(&s.ISO2, c[1])
		set(&s.Capital, c[5])
		set(&s.Status, c[7])
		if c[2] != "" && Fold(c[2]) != Fold(s.Name) {
			s.Aliases = appendNew(s.Aliases, []string{c[2]})
		}
		return nil
	}
	if c[2] == "" {
		return errors.New("empty name")
	}
	s := &State{ISO3: c[0], ISO2: c[1], Name: c[2], Aliases: list(c[3]), Adjectives: list(c[4]),
		Capital: c[5], Metonyms: mets, Status: c[7]}
	k.states[s.ISO3] = s
	k.stateList = append(k.stateList, s)
	return nil
}

func hasMetonym(ms []Metonym, text string) bool {
	for _, m := range ms {
		if Fold(m.Text) == Fold(text) {
			return true
		}
	}
	return false
}

// set overrides a scalar field when the overlay gives a value.
func set(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

func (k *KB) addOrg(c []string, where string) error {
	if !upperCode(c[0], 2, 16) {
		return fmt.Errorf("bad org code %q (want uppercase letters, digits, - or _)", c[0])
	}
	members := list(c[5])
	for _, m := range members {
		if !isISO3(m) {
			return fmt.Errorf("bad member iso3 %q", m)
		}
		k.refs = append(k.refs, ref{where, m, "member"})
	}
	if o, ok := k.orgs[c[0]]; ok {
		o.Aliases = appendNew(o.Aliases, list(c[2]))
		o.Members = appendNew(o.Members, members)
		set(&o.Kind, c[3])
		set(&o.Sector, c[4])
		return nil
	}
	if c[1] == "" {
		return errors.New("empty name")
	}
	o := &Org{Code: c[0], Name: c[1], Aliases: list(c[2]), Kind: c[3], Sector: c[4], Members: members}
	k.orgs[o.Code] = o
	k.orgList = append(k.orgList, o)
	k.refs = append(k.refs, ref{where, o.Code, "orgcode"})
	return nil
}

func (k *KB) addPerson(c []string, where string) error {
	if c[0] == "" {
		return errors.New("empty name")
	}
	if c[2] != "" && !upperCode(c[2], 2, 16) {
		return fmt.Errorf("bad state %q (want an iso3 or org code)", c[2])
	}
	from, err := parseDate(c[6], false)
	if err != nil {
		return fmt.Errorf("bad from date: %w", err)
	}
	to, err := parseDate(c[7], true)
	if err != nil {
		return fmt.Errorf("bad to date: %w", err)
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return fmt.Errorf("to %s before from %s", c[7], c[6])
	}
	key := Fold(c[0])
	p, ok := k.people[key]
	if !ok {
		p = &Person{Name: c[0]}
		k.people[key] = p
		k.peopleLst = append(k.peopleLst, p)
	}
	p.Aliases = appendNew(p.Aliases, list(c[1]))
	if c[2] != "" || c[4] != "" {
		st := Stint{State: c[2], Sector: c[3], Office: c[4], Title: c[5], From: from, To: to}
		for _, s := range p.Stints {
			if s == st {
				return nil
			}
		}
		p.Stints = append(p.Stints, st)
		if c[2] != "" {
			k.refs = append(k.refs, ref{where, c[2], "state"})
		}
	}
	return nil
}

func (k *KB) addPlace(c []string, where string) error {
	if c[0] == "" {
		return errors.New("empty name")
	}
	if c[2] != "" && !upperCode(c[2], 2, 16) {
		return fmt.Errorf("bad country %q", c[2])
	}
	lat, lon, err := coords(c[4], c[5])
	if err != nil {
		return err
	}
	if c[2] != "" {
		k.refs = append(k.refs, ref{where, c[2], "country"})
	}
	key := Fold(c[0])
	if p, ok := k.places[key]; ok {
		p.Aliases = appendNew(p.Aliases, list(c[1]))
		set(&p.Country, c[2])
		set(&p.Kind, c[3])
		if c[4] != "" {
			p.Lat, p.Lon = lat, lon
		}
		return nil
	}
	p := &Place{Name: c[0], Aliases: list(c[1]), Country: c[2], Kind: c[3], Lat: lat, Lon: lon}
	k.places[key] = p
	k.placeList = append(k.placeList, p)
	return nil
}

func coords(la, lo string) (float64, float64, error) {
	if la == "" && lo == "" {
		return 0, 0, nil
	}
	lat, err1 := strconv.ParseFloat(la, 64)
	lon, err2 := strconv.ParseFloat(lo, 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return 0, 0, fmt.Errorf("bad coordinates %q %q", la, lo)
	}
	return lat, lon, nil
}

func (k *KB) addTitle(c []string, where string) error {
	if c[0] == "" || c[1] == "" {
		return errors.New("empty phrase or office")
	}
	if c[3] != "" {
		if !upperCode(c[3], 2, 16) {
			return fmt.Errorf("bad state %q", c[3])
		}
		k.refs = append(k.refs, ref{where, c[3], "state"})
	}
	t := Title{Phrase: c[0], Office: c[1], Sector: c[2], State: c[3]}
	for _, have := range k.titles {
		if have == t {
			return nil
		}
	}
	k.titles = append(k.titles, t)
	return nil
}
