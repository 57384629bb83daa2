package event

import (
	"strconv"
	"strings"
)

// slot is one compiled position of a trigger pattern.
type slot struct {
	words    []string // alternatives; empty for a gap
	gap      int      // for a gap: how many words it may skip
	optional bool
}

// pattern is a compiled lexicon entry.
type pattern struct {
	entry
	slots []slot
}

// compile turns the lexicon into patterns indexed by their first word.
func compile(lex []entry) ([]pattern, map[string][]int) {
	pats := make([]pattern, 0, len(lex))
	index := map[string][]int{}
	for _, e := range lex {
		p := pattern{entry: e}
		for _, f := range strings.Fields(e.pat) {
			var s slot
			if n, err := strconv.Atoi(strings.TrimPrefix(f, "_")); err == nil && strings.HasPrefix(f, "_") {
				s.gap = n
			} else {
				if strings.HasSuffix(f, "?") {
					s.optional = true
					f = strings.TrimSuffix(f, "?")
				}
				s.words = strings.Split(f, "|")
			}
			p.slots = append(p.slots, s)
		}
		if len(p.slots) == 0 || p.slots[0].words == nil {
			continue
		}
		for _, w := range p.slots[0].words {
			index[w] = append(index[w], len(pats))
		}
		pats = append(pats, p)
	}
	return pats, index
}

// hit is one trigger found in a sentence: tokens [i, j) matched pattern p.
type hit struct {
	p    *pattern
	i, j int
}

// matchSlots matches slots from token k on and returns the end token, or -1.
func matchSlots(toks []token, slots []slot, k int) int {
	if len(slots) == 0 {
		return k
	}
	s := slots[0]
	if s.words == nil {
		// a gap: try the shortest skip first, so that the nearest head word wins
		for g := 0; g <= s.gap; g++ {
			if g > 0 && (k+g-1 >= len(toks) || toks[k+g-1].punct && toks[k+g-1].w != "-") {
				break
			}
			if end := matchSlots(toks, slots[1:], k+g); end >= 0 {
				return end
			}
		}
		return -1
	}
	if k < len(toks) && !toks[k].punct && oneOf(toks[k].w, s.words) {
		if end := matchSlots(toks, slots[1:], k+1); end >= 0 {
			return end
		}
	}
	if s.optional {
		return matchSlots(toks, slots[1:], k)
	}
	return -1
}

func oneOf(w string, words []string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// findTriggers scans the tokens left to right; at each position the longest
// matching pattern wins (ties go to the stronger trigger) and the tokens it
// covers are not scanned again, so that "agreed to withdraw" is one
// CONCEDE and not also an AGREE and a RETREAT.
func (x *Extractor) findTriggers(toks []token, out []hit) []hit {
	for i := 0; i < len(toks); {
		if toks[i].punct {
			i++
			continue
		}
		best := hit{j: -1}
		if toks[i].upper && lowerOnly[toks[i].w] {
			// "March" the month is no march
			i++
			continue
		}
		for _, pi := range x.index[toks[i].w] {
			p := &x.pats[pi]
			end := matchSlots(toks, p.slots[1:], i+1)
			if p.flags&fAfterTo != 0 && (i == 0 || toks[i-1].w != "to" && toks[i-1].w != "will") {
				continue
			}
			if end < 0 || (p.typ == Assault || p.typ == Mobilize) && industrial(toks, i+1, end-1) {
				// "launched joint production of drones" is industry, not an
				// attack; "held joint exercises" is cooperation, not a show of force
				continue
			}
			if end-i > 2 && x.foreignVerb(toks, i+1, end-1, p.typ) {
				// "had agreed to resume talks" is no holding of talks:
				// the gap holds the verb of another event
				continue
			}
			if end > best.j || (end == best.j && p.base > best.p.base) {
				best = hit{p: p, i: i, j: end}
			}
		}
		if best.j < 0 {
			i++
			continue
		}
		out = append(out, best)
		i = best.j
	}
	return out
}

// industrial reports whether tokens [a, b) hold a word of making or trading
// weapons.
func industrial(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if industryWords[toks[k].w] {
			return true
		}
	}
	return false
}

// lowerOnly are trigger words that, capitalised, are usually a name: the
// month March.
var lowerOnly = map[string]bool{"march": true, "marches": true}

// foreignVerb reports whether tokens [a, b) hold a word that opens a verb
// trigger of another type than typ that frames a complement: "agreed",
// "proposed", "refused" ("had agreed to resume talks").
func (x *Extractor) foreignVerb(toks []token, a, b int, typ string) bool {
	for t := a; t < b; t++ {
		for _, pi := range x.index[toks[t].w] {
			if q := &x.pats[pi]; q.typ != typ && q.flags&fNoun == 0 && framingTypes[q.typ] {
				return true
			}
		}
	}
	return false
}
