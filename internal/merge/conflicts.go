package merge

import (
	"slices"
	"strings"
)

// conflictsOf lists what the mentions disagree on, each value with the
// mentions that give it: dates (distinct days, or finer), CONSULT modes,
// places in different countries or without one, and who initiated.
func conflictsOf(ms []Mention) []Conflict {
	out := []Conflict{}
	date, mode, place := map[string][]string{}, map[string][]string{}, map[string][]string{}
	placeCountry := map[string]string{}
	for _, m := range ms {
		if m.Event.Date != nil {
			if s, ok := parseDate(*m.Event.Date); ok && s.prec == precDay {
				date[*m.Event.Date] = append(date[*m.Event.Date], m.ID)
			}
		}
		if md := modeOf(m.Event); md != "" {
			mode[md] = append(mode[md], m.ID)
		}
		if p := m.Event.Location; p != nil && fold(p.Name) != "" {
			place[p.Name] = append(place[p.Name], m.ID)
			placeCountry[p.Name] = strings.ToUpper(p.Country)
		}
	}
	if len(date) > 1 {
		out = append(out, conflict("date", date))
	}
	if len(mode) > 1 {
		out = append(out, conflict("mode", mode))
	}
	if placesConflict(placeCountry) {
		out = append(out, conflict("location", place))
	}
	if ini := initiators(ms); len(ini) > 1 {
		out = append(out, conflict("initiator", ini))
	}
	return out
}

// placesConflict reports whether the named places cannot all be one
// place: two countries, or a place of no known country beside another
// place of another name.
func placesConflict(placeCountry map[string]string) bool {
	countries := map[string]bool{}
	names := map[string]bool{}
	for name, c := range placeCountry {
		names[fold(name)] = true
		if c == "" {
			c = "?" + fold(name)
		}
		countries[c] = true
	}
	return len(countries) > 1 && len(names) > 1
}

// initiators groups the directed mentions by who acted on whom, by side,
// when some mention has the sides the other way round.
func initiators(ms []Mention) map[string][]string {
	dir := map[string][]string{}
	type pair struct{ from, to ident }
	seen := map[pair]bool{}
	for _, m := range ms {
		as, rs := identities(m.Event.Actors), identities(m.Event.Recipients)
		if len(as) == 0 || len(rs) == 0 {
			continue
		}
		v := labels(as) + " → " + labels(rs)
		dir[v] = append(dir[v], m.ID)
		for _, a := range as {
			for _, r := range rs {
				if a != r {
					seen[pair{a, r}] = true
				}
			}
		}
	}
	for p := range seen {
		if seen[pair{p.to, p.from}] {
			return dir
		}
	}
	return nil
}

// conflict turns value → mention IDs into a Conflict, values in order.
func conflict(field string, byValue map[string][]string) Conflict {
	c := Conflict{Field: field, Values: make([]ConflictValue, 0, len(byValue))}
	for v, ids := range byValue {
		ids = slices.Clone(ids)
		slices.Sort(ids)
		c.Values = append(c.Values, ConflictValue{Value: v, Mentions: slices.Compact(ids)})
	}
	slices.SortFunc(c.Values, func(a, b ConflictValue) int { return strings.Compare(a.Value, b.Value) })
	return c
}
