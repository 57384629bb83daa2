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
	index map[string]*entry // by the folded first token
	// names holds each person's canonical name as folded words: an article
	// files every person it mentions under that name.
	names map[*kb.Person][]string
	// folds holds the folded words of the index, each mapped to itself, so
	// that tokenizing shares these strings instead of making new ones.
	folds map[string]string
}

// entry holds the phrases that begin with one folded token, longest first.
// Common first words ("the", "national", "foreign") begin hundreds of
// phrases, so the phrases of two tokens or more are also filed under their
// second token: a look-up then compares only the few that can match.
type entry struct {
	all    []*phrase
	one    []*phrase            // the phrases of a single token
	second map[string][]*phrase // the longer phrases, by the folded second token
}

// fallbackTitles are title forms common in news that a base may lack.
var fallbackTitles = []kb.Title{
	{Phrase: "top diplomat", Office: "foreign_minister", Sector: "GOV"},
	{Phrase: "FM", Office: "foreign_minister", Sector: "GOV"},
}

// New builds a recognizer over k.
func New(k *kb.KB) *Recognizer {
	r := &Recognizer{kb: k, index: map[string]*entry{}}
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
	r.names = map[*kb.Person][]string{}
	for _, p := range k.People() {
		r.names[p] = foldTokens(tokenize(p.Name, nil))
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
	r.folds = map[string]string{}
	for _, set := range []map[string]bool{function, starters, calendar, qualifiers, institutions, clauseWords} {
		for w := range set {
			r.folds[w] = w
		}
	}
	for _, e := range r.index {
		for _, p := range e.all {
			for _, f := range p.fold {
				r.folds[f] = f
			}
		}
	}
	for _, e := range r.index {
		ps := e.all
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].fold) > len(ps[j].fold) })
		for _, p := range ps {
			if len(p.fold) == 1 {
				e.one = append(e.one, p)
				continue
			}
			if e.second == nil {
				e.second = map[string][]*phrase{}
			}
			e.second[p.fold[1]] = append(e.second[p.fold[1]], p)
		}
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
	e := r.index[p.fold[0]]
	if e == nil {
		e = &entry{}
		r.index[p.fold[0]] = e
	}
	e.all = append(e.all, p)
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
	e := r.index[toks[i].fold]
	if e == nil {
		return buf, i
	}
	best := 0
	if i+1 < len(toks) && e.second != nil {
		buf, best = matchLongest(e.second[toks[i+1].fold], toks, i, buf)
	}
	if best == 0 {
		buf, best = matchLongest(e.one, toks, i, buf)
	}
	return buf, i + best
}

// matchLongest adds the meanings of the longest phrases of ps (sorted
// longest first) that match at token i, and returns their length in tokens.
func matchLongest(ps []*phrase, toks []token, i int, buf []target) ([]target, int) {
	best := 0
	for _, p := range ps {
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
	return buf, best
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

// nameWords returns the folded words of a person's canonical name. The
// slice is shared: callers must not change it.
func (r *Recognizer) nameWords(p *kb.Person) []string {
	if w, ok := r.names[p]; ok {
		return w
	}
	return foldTokens(tokenize(p.Name, nil))
}
