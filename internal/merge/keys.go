package merge

import (
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/kb"
)

// fold normalises a name for identity comparisons: case, diacritics and
// runs of white space do not make two actors different.
func fold(s string) string {
	f := kb.Fold(s)
	if tidy(f) {
		return f
	}
	return strings.Join(strings.Fields(f), " ")
}

// tidy reports whether s has no leading, trailing or doubled spaces and no
// other white space, the common case that needs no rewriting.
func tidy(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' && s[i+1] == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f', c >= 0x80:
			return false
		}
	}
	return true
}

// KeysOf returns the actor identity keys of an event mention, the keys
// stores index mentions by: "n:" and the folded name of every participant,
// and "c:" and the ISO3 code of every participant that has a country, so
// that "Russia" and "Sergey Lavrov" meet on "c:RUS". The result is sorted
// and free of duplicates.
func KeysOf(e article.Event) []string {
	keys := make([]string, 0, 2*(len(e.Actors)+len(e.Recipients)))
	add := func(as []article.Actor) {
		for _, a := range as {
			if n := fold(a.Name); n != "" {
				keys = append(keys, "n:"+n)
			}
			if a.Country != "" {
				keys = append(keys, "c:"+strings.ToUpper(a.Country))
			}
		}
	}
	add(e.Actors)
	add(e.Recipients)
	slices.Sort(keys)
	return slices.Compact(keys)
}

// ident is the side a participant stands for: its state when it has one
// (a minister speaks for the state), else its own folded name (an
// organisation, an unplaced person). A struct, not a key string, so that
// comparing mentions allocates nothing.
type ident struct {
	state bool   // v is an ISO3 code
	v     string // the code, or the folded name
}

// key is the identity as KeysOf writes it.
func (i ident) key() string {
	if i.state {
		return "c:" + i.v
	}
	return "n:" + i.v
}

func compareIdent(a, b ident) int {
	if a.state != b.state {
		if a.state {
			return -1
		}
		return 1
	}
	return strings.Compare(a.v, b.v)
}

func identity(a article.Actor) (ident, bool) {
	if a.Country != "" {
		return ident{true, strings.ToUpper(a.Country)}, true
	}
	if n := fold(a.Name); n != "" {
		return ident{false, n}, true
	}
	return ident{}, false
}

// identities returns the sorted distinct identities of actors.
func identities(as []article.Actor) []ident {
	out := make([]ident, 0, len(as))
	for _, a := range as {
		if id, ok := identity(a); ok {
			out = append(out, id)
		}
	}
	slices.SortFunc(out, compareIdent)
	return slices.Compact(out)
}

// sidesOf returns the distinct identities among all participants of e.
func sidesOf(e article.Event) []ident {
	out := make([]ident, 0, len(e.Actors)+len(e.Recipients))
	for _, as := range [2][]article.Actor{e.Actors, e.Recipients} {
		for _, a := range as {
			if id, ok := identity(a); ok {
				out = append(out, id)
			}
		}
	}
	slices.SortFunc(out, compareIdent)
	return slices.Compact(out)
}

// common counts the elements two sorted identity lists share.
func common(a, b []ident) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch c := compareIdent(a[i], b[j]); {
		case c == 0:
			n++
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	return n
}

// labels is how identities read in explanations and conflicts: "RUS" for
// a state, the folded name otherwise.
func labels(ids []ident) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id.v
	}
	return strings.Join(out, ", ")
}
