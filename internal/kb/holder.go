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
		if best == nil || later(s, best, t.IsZero()) {
			best = s
		}
	}
	return best, best != nil
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
