package query

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/kb"
)

// Key prefixes: a named actor (person, organisation or state by its name)
// and a state by its ISO 3166 alpha-3 code.
const (
	namePrefix    = "n:"
	countryPrefix = "c:"
)

// Identity returns the key under which an actor is counted: "n:" and the
// name folded to lower case without accents and with single spaces, so
// spellings that differ only in case, accents or spacing are one actor. An
// actor without a name but with a state is that state ("c:RUS"); an actor
// with neither has the empty identity.
func Identity(a article.Actor) string {
	name := normalizeName(a.Name)
	if name == "" {
		if a.Country == "" {
			return ""
		}
		return CountryKey(a.Country)
	}
	return namePrefix + name
}

// NameKey returns the identity key of a name as a user typed it, for
// callers that resolved it to a person or organisation.
func NameKey(name string) string {
	n := normalizeName(name)
	if n == "" {
		return ""
	}
	return namePrefix + n
}

// CountryKey returns the key of a state by its ISO 3166 alpha-3 code.
func CountryKey(iso3 string) string {
	return countryPrefix + strings.ToUpper(strings.TrimSpace(iso3))
}

// normalizeName folds a name and collapses its white space and control
// characters to single spaces; the common case (single spaces) costs no
// allocation beyond Fold's.
func normalizeName(s string) string {
	s = kb.Fold(strings.TrimSpace(s))
	for i, r := range s {
		if r == ' ' && (i+1 == len(s) || s[i+1] != ' ') {
			continue
		}
		if r <= ' ' || unicode.IsControl(r) || unicode.IsSpace(r) {
			return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
				return unicode.IsSpace(r) || unicode.IsControl(r)
			}), " ")
		}
	}
	return s
}

// Matcher tells whether an actor is one the user asked about. It is built
// from keys the caller resolved through the knowledge base: "n:sergey
// lavrov" matches that person by identity, "c:RUS" matches the state and
// every actor whose country is RUS (its ministers, its ministries). The
// zero Matcher matches nothing.
type Matcher struct {
	names     map[string]bool
	countries map[string]bool
}

// NewMatcher returns a Matcher for the given keys. A key without a known
// prefix is taken as a name, so NewMatcher("Sergey Lavrov") works too;
// empty keys are ignored.
func NewMatcher(keys ...string) Matcher {
	m := Matcher{names: map[string]bool{}, countries: map[string]bool{}}
	for _, k := range keys {
		switch {
		case strings.HasPrefix(k, countryPrefix):
			if c := strings.ToUpper(strings.TrimSpace(k[len(countryPrefix):])); c != "" {
				m.countries[c] = true
			}
		case strings.HasPrefix(k, namePrefix):
			if n := normalizeName(k[len(namePrefix):]); n != "" {
				m.names[namePrefix+n] = true
			}
		default:
			if n := NameKey(k); n != "" {
				m.names[n] = true
			}
		}
	}
	return m
}

// Empty reports whether the Matcher has no key, and so matches nothing.
func (m Matcher) Empty() bool { return len(m.names) == 0 && len(m.countries) == 0 }

// Match reports whether the actor is one of the Matcher's actors, or acts
// for one of its states.
func (m Matcher) Match(a article.Actor) bool {
	if len(m.countries) > 0 && a.Country != "" && m.countries[strings.ToUpper(a.Country)] {
		return true
	}
	if len(m.names) == 0 {
		return false
	}
	var buf [64]byte
	if key, ok := asciiKey(buf[:0], a.Name); ok {
		// The map lookup of a converted byte slice does not allocate.
		return m.names[string(key)]
	}
	return m.names[Identity(a)]
}

// asciiKey appends the identity key of a plain ASCII name (letters, digits,
// punctuation, single spaces) to buf, lower-cased, without allocating when
// it fits; ok is false for any other name, which Identity must fold.
func asciiKey(buf []byte, name string) ([]byte, bool) {
	if name == "" || len(name)+len(namePrefix) > cap(buf) || name[0] == ' ' || name[len(name)-1] == ' ' {
		return nil, false
	}
	buf = append(buf, namePrefix...)
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == ' ' && name[i-1] == ' ', c < ' ', c == '`', c >= utf8.RuneSelf:
			return nil, false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// MatchAny reports whether any of the actors matches.
func (m Matcher) MatchAny(actors []article.Actor) bool {
	for _, a := range actors {
		if m.Match(a) {
			return true
		}
	}
	return false
}

// Keys returns the Matcher's keys, sorted, for messages and caches.
func (m Matcher) Keys() []string {
	keys := make([]string, 0, len(m.names)+len(m.countries))
	for k := range m.names {
		keys = append(keys, k)
	}
	for c := range m.countries {
		keys = append(keys, countryPrefix+c)
	}
	slices.Sort(keys)
	return keys
}
