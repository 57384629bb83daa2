package merge_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// goldEvent is one real-world event an article reports.
type goldEvent struct {
	Key      string   `json:"key"`
	Type     string   `json:"type"`
	Actors   []string `json:"actors"`
	Optional bool     `json:"optional,omitempty"`
	// Date is the real-world date (day, ISO week, month), "" when unknown.
	Date string `json:"date,omitempty"`
}

// goldDoc is the gold of one article: doc is how mentions' sources are
// matched to it.
type goldDoc struct {
	doc    string
	events []goldEvent
}

// pairScores computes merge pair recall and precision as score.py
// --timeline does: recall over the pairs of articles that share a gold key
// (some event joins both, with the key's type and a participant of it);
// precision over the pairs of keyed articles that an event joins (they
// must share a key). docOf maps a mention's source to a gold doc ("" when
// it has none). It returns the misses for the log.
func pairScores(k *kb.KB, golds []goldDoc, events []merge.Event, docOf func(string) string) (recall, precision float64, notes []string) {
	type ref struct {
		doc string
		ev  goldEvent
	}
	byKey := map[string][]ref{}
	var keys []string
	for _, d := range golds {
		for _, g := range d.events {
			if g.Optional {
				continue
			}
			if _, ok := byKey[g.Key]; !ok {
				keys = append(keys, g.Key)
			}
			byKey[g.Key] = append(byKey[g.Key], ref{d.doc, g})
		}
	}
	srcs := make([]map[string]bool, len(events))
	for i, e := range events {
		srcs[i] = map[string]bool{}
		for _, m := range e.Mentions {
			if d := docOf(m.Source.Source); d != "" {
				srcs[i][d] = true
			}
		}
	}
	pairs, good := 0, 0
	for _, key := range keys {
		lst := byKey[key]
		ids := map[string]bool{}
		for _, r := range lst {
			ids[r.doc] = true
		}
		docs := sortedKeys(ids)
		g := lst[0].ev
		for x := range docs {
			for y := x + 1; y < len(docs); y++ {
				pairs++
				hit := false
				for i, e := range events {
					if srcs[i][docs[x]] && srcs[i][docs[y]] && strings.EqualFold(e.Type, g.Type) &&
						overlap(k, append(append([]article.Actor{}, e.Actors...), e.Recipients...), g.Actors) >= 1 {
						hit = true
						break
					}
				}
				if hit {
					good++
				} else {
					notes = append(notes, "recall miss: "+key+": "+docs[x]+" + "+docs[y]+": "+diagnose(k, events, docOf, docs[x], docs[y], g))
				}
			}
		}
	}
	keysOf := map[string]map[string]bool{}
	for key, lst := range byKey {
		for _, r := range lst {
			if keysOf[r.doc] == nil {
				keysOf[r.doc] = map[string]bool{}
			}
			keysOf[r.doc][key] = true
		}
	}
	jp, jg := 0, 0
	for i, e := range events {
		var docs []string
		for d := range srcs[i] {
			if keysOf[d] != nil {
				docs = append(docs, d)
			}
		}
		docs = sortedKeys(toSet(docs))
		for x := range docs {
			for y := x + 1; y < len(docs); y++ {
				jp++
				shareKey := false
				for key := range keysOf[docs[x]] {
					if keysOf[docs[y]][key] {
						shareKey = true
					}
				}
				if shareKey {
					jg++
				} else {
					notes = append(notes, "precision miss: "+e.Type+" "+e.Date+" "+e.ID+": "+docs[x]+" + "+docs[y])
				}
			}
		}
	}
	recall, precision = 1, 1
	if pairs > 0 {
		recall = float64(good) / float64(pairs)
	}
	if jp > 0 {
		precision = float64(jg) / float64(jp)
	}
	return recall, precision, notes
}

// overlap counts the gold actors some participant stands for, by the
// scorer's rule: the same name or surname, or the same state where either
// side is a state. Gold names are resolved with the knowledge base.
func overlap(k *kb.KB, parts []article.Actor, gold []string) int {
	states := stateNames(k)
	hit := 0
	for _, g := range gold {
		gn := norm(g)
		gc, gstate := states[gn]
		if !gstate {
			if p, ok := k.Person(g); ok && len(p.Stints) > 0 {
				gc = p.Stints[len(p.Stints)-1].State
			}
		}
		for _, p := range parts {
			pn := norm(p.Name)
			_, pstate := states[pn]
			sameName := pn == gn || (pn != "" && gn != "" && last(pn) == last(gn))
			sameState := gc != "" && p.Country != "" && gc == p.Country && (gstate || pstate)
			if sameName || sameState {
				hit++
				break
			}
		}
	}
	return hit
}

var stateNamesOnce sync.Map

// stateNames maps the folded names and aliases of states to ISO3 codes.
func stateNames(k *kb.KB) map[string]string {
	if v, ok := stateNamesOnce.Load(k); ok {
		return v.(map[string]string)
	}
	m := map[string]string{}
	for _, s := range k.States() {
		m[norm(s.Name)] = s.ISO3
		for _, a := range s.Aliases {
			m[norm(a)] = s.ISO3
		}
	}
	stateNamesOnce.Store(k, m)
	return m
}

func norm(s string) string { return strings.Join(strings.Fields(kb.Fold(s)), " ") }

func last(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func toSet(xs []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// diagnose tells an extraction miss (an article has no mention of the
// gold event's type naming one of its participants) from a merge miss,
// and for a merge miss why Compatible refused.
func diagnose(k *kb.KB, events []merge.Event, docOf func(string) string, x, y string, g goldEvent) string {
	var mx, my []merge.Mention
	for _, e := range events {
		for _, m := range e.Mentions {
			// A mention tells the gold event when it has its type and
			// names its sides as the scorer matches an article's events.
			parts := append(append([]article.Actor{}, m.Event.Actors...), m.Event.Recipients...)
			if ov := overlap(k, parts, g.Actors); !strings.EqualFold(m.Event.Type, g.Type) ||
				ov < min(2, len(g.Actors)) && !(ov >= 1 && len(parts) <= 1) || !sameDays(m, g.Date) {
				continue
			}
			switch docOf(m.Source.Source) {
			case x:
				mx = append(mx, m)
			case y:
				my = append(my, m)
			}
		}
	}
	switch {
	case len(mx) == 0 && len(my) == 0:
		return "extraction miss: neither article has a mention of the event (its type, its sides, days holding its date)"
	case len(mx) == 0:
		return "extraction miss: no mention of the event in " + x
	case len(my) == 0:
		return "extraction miss: no mention of the event in " + y
	}
	var why []string
	for _, a := range mx {
		for _, b := range my {
			_, w := merge.Compatible(a, b)
			fa, la, _ := merge.Span(a)
			fb, lb, _ := merge.Span(b)
			why = append(why, fmt.Sprintf("[%s..%s %s | %s..%s %s: %s]", fa, la, sides(a), fb, lb, sides(b), w))
		}
	}
	return "merge miss " + strings.Join(why, " ")
}

func sides(m merge.Mention) string {
	var s []string
	for _, a := range m.Event.Actors {
		s = append(s, a.Name)
	}
	s = append(s, "→")
	for _, a := range m.Event.Recipients {
		s = append(s, a.Name)
	}
	return strings.Join(s, " ")
}

// sameDays reports whether the days a mention may mean hold the gold date
// (any mention does when the gold has none).
func sameDays(m merge.Mention, gold string) bool {
	if gold == "" {
		return true
	}
	first, last, ok := merge.Span(m)
	gf, gl, gok := merge.Span(merge.Mention{Event: article.Event{Date: &gold}})
	return ok && gok && first <= gl && gf <= last
}
