package kb

import (
	"sort"
	"time"
)

// Holder returns who held office for state on the day. With a zero day it
// returns the current holder, or failing that the latest one. When stints
// overlap (an acting holder, a disputed office) the one that began last wins.
func (k *KB) Holder(office, state string, on time.Time) (*Person, *Stint, bool) {
	var best *holding
	for i := range k.holders[office+"|"+state] {
		h := &k.holders[office+"|"+state][i]
		s := &h.person.Stints[h.stint]
		if !on.IsZero() && !s.covers(on) {
			continue
		}
		if best == nil || later(s, &best.person.Stints[best.stint], on.IsZero()) {
			best = h
		}
	}
	if best == nil {
		return nil, nil, false
	}
	return best.person, &best.person.Stints[best.stint], true
}

// Holding is one stint of one person, as Holders lists them.
type Holding struct {
	Person *Person
	Stint  *Stint
}

// Holders returns everyone who held office for state on the day (with a
// zero day, everyone still in office), latest start first. Several people
// share an office code when a state has more than one spokesperson or
// envoy; callers that know the title words can choose among them.
func (k *KB) Holders(office, state string, on time.Time) []Holding {
	var out []Holding
	for _, h := range k.holders[office+"|"+state] {
		s := &h.person.Stints[h.stint]
		if on.IsZero() && !s.To.IsZero() || !on.IsZero() && !s.covers(on) {
			continue
		}
		out = append(out, Holding{Person: h.person, Stint: s})
	}
	sort.SliceStable(out, func(i, j int) bool { return later(out[i].Stint, out[j].Stint, false) })
	return out
}

// StintOn returns the stint in force on the day; with a zero day, the latest
// stint (one still in force if any).
func (p *Person) StintOn(t time.Time) (*Stint, bool) {
	var best *Stint
	for i := range p.Stints {
		s := &p.Stints[i]
		if !t.IsZero() && !s.covers(t) {
			continue
		}
		if best == nil || primary(s, best, t) {
			best = s
		}
	}
	return best, best != nil
}

// primary reports whether stint a, rather than b, is the office a person is
// known by on day t (zero: now). Of two offices held at once (a secretary of
// state who is also national security adviser) the more prominent one wins;
// otherwise the open or later stint does, as for Holder.
func primary(a, b *Stint, t time.Time) bool {
	concurrent := !t.IsZero() || a.To.IsZero() && b.To.IsZero()
	if ra, rb := officeRank(a.Office), officeRank(b.Office); concurrent && ra != rb {
		return ra > rb
	}
	return later(a, b, t.IsZero())
}

// officeRank orders offices by how prominently they identify a person in
// the news: a president who chairs a council is "the president".
func officeRank(office string) int {
	switch office {
	case "head_of_state":
		return 10
	case "head_of_government":
		return 9
	case "secretary_general", "commission_president":
		return 8
	case "foreign_minister", "high_representative":
		return 7
	case "defence_minister":
		return 6
	case "interior_minister", "finance_minister", "speaker":
		return 5
	case "national_security_adviser", "chief_of_staff", "armed_forces_chief", "intelligence_chief":
		return 4
	case "chief_negotiator", "envoy", "presidential_aide", "ambassador_un", "deputy_foreign_minister":
		return 3
	case "spokesperson":
		return 2
	}
	return 1
}

// covers reports whether the stint is in force at t; the whole of the To day
// counts, whatever the hour of t.
func (s *Stint) covers(t time.Time) bool {
	if !s.From.IsZero() && t.Before(s.From) {
		return false
	}
	return s.To.IsZero() || t.Before(s.To.AddDate(0, 0, 1))
}

// later orders stints for Holder and StintOn: an open stint beats a closed
// one when no day is given, then the later start wins.
func later(a, b *Stint, preferOpen bool) bool {
	if preferOpen && a.To.IsZero() != b.To.IsZero() {
		return a.To.IsZero()
	}
	if !a.From.Equal(b.From) {
		return a.From.After(b.From)
	}
	return a.To.After(b.To)
}
