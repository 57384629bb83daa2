package actor

import (
	"sort"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle/internal/kb"
)

// tkind is what a phrase of the index can stand for.
type tkind uint8

const (
	tName tkind = iota // a state's name or alias
	tAdj               // a state adjective or demonym
	tMetonym
	tCapital
	tOrg
	tPerson
	tPlace
	tTitle
	tDoc // a person named earlier in the article
)

// target is one meaning of a phrase.
type target struct {
	kind   tkind
	state  *kb.State
	sector string
	org    *kb.Org
	person *kb.Person
	place  *kb.Place
	title  *kb.Title
	doc    *docPerson
}

// phrase is a token sequence of the index with its meanings.
type phrase struct {
	fold    []string
	raw     []string
	cs      []bool // compare this token case-sensitively
	title   bool   // titles match in any case
	targets []target
}

// Recognizer finds mentions with an index built once from a KB. It is
// immutable and safe for concurrent use.
type Recognizer struct {
	kb    *kb.KB
	index map[string][]*phrase // by the folded first token, longest first
}

// fallbackTitles are title forms common in news that a base may lack.
var fallbackTitles = []kb.Title{
	{Phrase: "top diplomat", Office: "foreign_minister", Sector: "GOV"},
	{Phrase: "FM", Office: "foreign_minister", Sector: "GOV"},
}

// New builds a recognizer over k.
func New(k *kb.KB) *Recognizer {
	r := &Recognizer{kb: k, index: map[string][]*phrase{}}
	seen := map[string]*phrase{}
	add := func(text string, t target) {
		toks := tokenize(text, nil)
		if len(toks) == 0 {
			return
		}
		r.add(seen, toks, t)
		if len(toks) > 1 && toks[0].fold == "the" {
			r.add(seen, toks[1:], t)
		}
	}
	for _, s := range k.States() {
		for _, n := range append([]string{s.Name}, s.Aliases...) {
			add(n, target{kind: tName, state: s, sector: "GOV"})
		}
		for _, a := range s.Adjectives {
			add(a, target{kind: tAdj, state: s})
		}
		capIsMet := false
		for _, m := range s.Metonyms {
			add(m.Text, target{kind: tMetonym, state: s, sector: m.Sector})
			capIsMet = capIsMet || kb.Fold(m.Text) == kb.Fold(s.Capital)
		}
		if s.Capital != "" && !capIsMet {
			add(s.Capital, target{kind: tCapital, state: s, sector: "GOV"})
		}
	}
	for _, o := range k.Orgs() {
		names := append([]string{o.Name}, o.Aliases...)
		if isLetters(o.Code) {
			names = append(names, o.Code)
		}
		for _, n := range names {
			add(n, target{kind: tOrg, org: o, sector: o.Sector})
		}
	}
	for _, p := range k.People() {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			add(n, target{kind: tPerson, person: p})
		}
	}
	for _, p := range k.Places() {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			add(n, target{kind: tPlace, place: p})
		}
	}
	titles := append([]kb.Title(nil), k.Titles()...)
	have := map[string]bool{}
	for _, t := range titles {
		have[kb.Fold(t.Phrase)] = true
	}
	for _, t := range fallbackTitles {
		if !have[kb.Fold(t.Phrase)] {
			titles = append(titles, t)
		}
	}
	for i := range titles {
		add(titles[i].Phrase, target{kind: tTitle, title: &titles[i], sector: titles[i].Sector})
	}
	for _, ps := range r.index {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].fold) > len(ps[j].fold) })
	}
	return r
}

func isLetters(s string) bool {
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return len(s) >= 2
}

// add files one phrase under its first token, merging the meanings of
// phrases that read the same.
func (r *Recognizer) add(seen map[string]*phrase, toks []token, t target) {
	p := &phrase{title: t.kind == tTitle}
	var key strings.Builder
	for _, tk := range toks {
		cs := caseSensitive(tk)
		p.fold = append(p.fold, tk.fold)
		p.raw = append(p.raw, tk.raw)
		p.cs = append(p.cs, cs)
		if cs {
			key.WriteString(tk.raw)
		} else {
			key.WriteString(tk.fold)
		}
		key.WriteByte(0)
	}
	if p.title {
		key.WriteString("\x01title")
	}
	if old, ok := seen[key.String()]; ok {
		for _, have := range old.targets {
			if have == t {
				return
			}
		}
		old.targets = append(old.targets, t)
		return
	}
	p.targets = []target{t}
	seen[key.String()] = p
	r.index[p.fold[0]] = append(r.index[p.fold[0]], p)
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// match returns the meanings of the longest phrases that start at token i,
// and the token where they end.
func (r *Recognizer) match(toks []token, i int, buf []target) ([]target, int) {
	best := 0
	for _, p := range r.index[toks[i].fold] {
		n := len(p.fold)
		if n < best {
			break
		}
		if i+n > len(toks) || !p.matches(toks[i:i+n]) {
			continue
		}
		best = n
		buf = append(buf, p.targets...)
	}
	return buf, i + best
}

// matches compares the phrase with the tokens. Names need a capital letter
// somewhere outside function words, so that "turkey" or "the alliance" in
// running text are not states or organisations.
func (p *phrase) matches(toks []token) bool {
	capital := p.title
	for k, t := range toks {
		if t.fold != p.fold[k] || p.cs[k] && t.raw != p.raw[k] {
			return false
		}
		if t.upper && !function[t.fold] {
			capital = true
		}
	}
	return capital || !hasCase(toks)
}

// hasCase reports whether the tokens are in a script with letter case.
func hasCase(toks []token) bool {
	for _, t := range toks {
		for _, r := range t.raw {
			if unicode.IsLetter(r) && unicode.IsUpper(unicode.ToUpper(r)) && unicode.ToUpper(r) != unicode.ToLower(r) {
				return true
			}
		}
	}
	return false
}

// caseSensitive reports whether a token of an alias must match in its exact
// case: short acronyms ("US", "UN", "WHO") and short mixed-case ones
// ("LeT", "DoD"), so that "us", "who" and "Let" stay ordinary words.
func caseSensitive(t token) bool {
	n := letterCount(t.raw)
	if t.caps && n <= 3 {
		return true
	}
	if n > 4 || !t.upper {
		return false
	}
	for i, r := range t.raw {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
