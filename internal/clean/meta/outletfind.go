package meta

import (
	"fmt"
	"strings"
)

// outletFind is the outlet of a page and how it was found.
type outletFind struct {
	name  string
	entry Outlet
	known bool   // entry is from the table
	key   string // identifies the outlet in Memory
	why   string
}

// findOutlet names the page's outlet: the hint, else the URL host, else
// signatures in the text, else an unknown URL host as it is.
func findOutlet(pg *page, h Hints) outletFind {
	if s := strings.Join(strings.Fields(h.Outlet), " "); s != "" {
		if o, ok := LookupOutlet(s); ok {
			return outletFind{name: o.Name, entry: o, known: true, key: normName(o.Name), why: fmt.Sprintf("outlet %s: from the record (%q)", o.Name, s)}
		}
		return outletFind{name: s, key: normName(s), why: fmt.Sprintf("outlet %s: from the record", s)}
	}
	host := hostOf(h.URL)
	if host != "" {
		if i, ok := outletTable().lookupHost(host); ok {
			o := outletTable().list[i]
			return outletFind{name: o.Name, entry: o, known: true, key: normName(o.Name), why: fmt.Sprintf("outlet %s: URL host %s", o.Name, host)}
		}
	}
	if f, ok := outletFromText(pg); ok {
		return f
	}
	if host != "" {
		return outletFind{name: host, key: host, why: fmt.Sprintf("outlet %s: URL host, not in the outlet table", host)}
	}
	return outletFind{why: "outlet: nothing on the page names one"}
}

// mention is the evidence for one outlet: the kinds of signature seen and
// the strongest one, for the explanation.
type mention struct {
	idx   int
	kinds map[int]bool
	score int
	best  int // the strongest kind seen
	line  int
	text  string
}

// corporateSuffixes may follow an outlet's name in its own copyright line
// ("The New York Times Company"); another capitalised word makes the name
// part of a different one ("Vox Media").
var corporateSuffixes = map[string]bool{"company": true, "co": true, "corporation": true, "corp": true, "inc": true,
	"llc": true, "ltd": true, "limited": true, "plc": true, "gmbh": true, "ag": true, "sa": true, "all": true,
	"berhad": true, "bhd": true, "pvt": true, "pty": true, "srl": true, "spa": true, "bv": true, "nv": true}

// sigLineCtx is one line prepared for signature matching.
type sigLineCtx struct {
	l     *pageLine
	li    int // index among the page's non-empty lines
	words []string
	stops []bool // a stop follows the word (see outletWordsStops)
	lower []string
	mark  int // copyrightMark of the line
}

// outletFromText scores every mention of a table outlet by its context and
// returns the best-supported one.
func outletFromText(pg *page) (outletFind, bool) {
	ix := outletTable()
	score := map[int]*mention{}
	var (
		words, lower []string
		stops        []bool
		at           []int
	)
	for li := range pg.lines {
		l := &pg.lines[li]
		if len(l.text) > 200 {
			continue
		}
		// The slices are reused from line to line: nothing keeps them.
		words, stops, at = appendOutletWords(l.text, words[:0], stops[:0], at[:0])
		if !ix.anyFirstWord(words) {
			// No table name can start on the line: only host names count,
			// and no word needs its lower-case form.
			for _, w := range words {
				if i, ok := domainMention(w); ok && !l.caption && !l.list {
					add(score, i, sigDomain, l.n, w)
				}
			}
			continue
		}
		lower = lower[:0]
		if asciiCase(l.text) {
			// Lower-casing keeps every byte in place: the words' lower-case
			// forms are slices of the lower-cased line.
			low := lowerASCIICase(l.text)
			for i, w := range words {
				lower = append(lower, low[at[i]:at[i]+len(w)])
			}
		} else {
			for _, w := range words {
				lower = append(lower, strings.ToLower(w))
			}
		}
		c := sigLineCtx{l: l, li: li, words: words, stops: stops, lower: lower}
		c.mark = -1
		if mayHoldCopyright(l.text) {
			c.mark = copyrightMark(c.lower)
		}
		for a := 0; a < len(c.words); {
			idx, b, ok := ix.matchAt(c.words, c.lower, a)
			if !ok {
				if i, ok := domainMention(c.words[a]); ok && !l.caption && !l.list {
					add(score, i, sigDomain, l.n, c.words[a])
				}
				a++
				continue
			}
			if k := c.kind(a, b, ix.list[idx].generic); k > sigNone {
				add(score, idx, k, l.n, strings.Join(c.words[a:b], " "))
			}
			a = b
		}
	}
	var best *mention
	for _, m := range score {
		if best == nil || m.score > best.score || m.score == best.score && (m.line < best.line || m.line == best.line && m.idx < best.idx) {
			best = m
		}
	}
	if best == nil {
		return outletFind{}, false
	}
	o := ix.list[best.idx]
	return outletFind{name: o.Name, entry: o, known: true, key: normName(o.Name),
		why: fmt.Sprintf("outlet %s: signature %q (line %d), score %d", o.Name, best.text, best.line, best.score)}, true
}

// kind classifies the mention words[a:b] of an outlet by its context.
func (c *sigLineCtx) kind(a, b int, generic bool) int {
	words, l := c.words, c.l
	before := strings.Join(c.lower[max(0, a-2):a], " ")
	after := strings.Join(c.lower[b:min(len(words), b+2)], " ")
	partOfLonger := b < len(words) && !c.stops[b-1] && startsUpper(words[b]) && !corporateSuffixes[c.lower[b]] &&
		!hasAnyWord(after, strongAfter, false)
	switch {
	case partOfLonger || hasAnyWord(before, citeBefore, true) || hasAnyWord(after, citeAfter, false):
		return sigNone
	case c.mark >= 0 && a > c.mark:
		return sigStrong
	case l.caption:
		return sigNone
	case hasAnyWord(before, strongBefore, true) || hasAnyWord(after, strongAfter, false):
		return sigStrong
	case generic || l.list:
		return sigNone
	case a == 0 && b == len(words):
		return sigLine
	case c.li < 3 && b == len(words) && a > 0 && (words[a-1] == "|" || strings.Contains(l.text, " - ") || strings.Contains(l.text, " – ")):
		return sigTitle
	case strings.Count(l.text, "|") == 1 && isSegment(words, a, b):
		return sigByline
	}
	return sigNone
}

// add records a signature of kind s; each kind counts once per outlet.
func add(score map[int]*mention, idx, s, line int, text string) {
	m, ok := score[idx]
	if !ok {
		m = &mention{idx: idx, kinds: map[int]bool{}}
		score[idx] = m
	}
	if !m.kinds[s] {
		m.kinds[s] = true
		m.score += s
	}
	if s > m.best {
		m.best, m.line, m.text = s, line, text
	}
}
