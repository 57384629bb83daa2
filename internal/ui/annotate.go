package ui

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/nlp/timex"
)

// para is one paragraph of an article as shown: runs inside and outside
// the cited sentence's <mark>.
type para []run

// run is a stretch of a paragraph that is all inside the mark, or all
// outside it; First marks the run that carries id="s".
type run struct {
	Mark, First bool
	Segs        []seg
}

// seg is plain text, an actor (Actor: its canonical name), a place (Place:
// its name) or a date (Date: its ISO value). The template escapes Text;
// nothing here is markup.
type seg struct {
	Text, Actor, Date, Place string
}

// span is an annotation over body bytes [start, end).
type span struct {
	start, end         int
	actor, date, place string
}

// annotate cuts body into paragraphs (one a line; blank lines dropped) of
// escaped-later segments: the actors and resolved dates the analysis
// found, and the bytes [ms, me) inside the mark (none when ms >= me).
func annotate(body string, doc nlp.Doc, ms, me int) []para {
	spans := docSpans(body, doc)
	var out []para
	first := true
	for start := 0; start <= len(body); {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		if strings.TrimSpace(body[start:end]) != "" {
			p := line(body, start, end, spans, ms, me, &first)
			out = append(out, p)
		}
		start = end + 1
	}
	return out
}

// line builds one paragraph from body[ls:le].
func line(body string, ls, le int, spans []span, ms, me int, first *bool) para {
	cuts := []int{ls, le}
	add := func(x int) {
		if x > ls && x < le {
			cuts = append(cuts, x)
		}
	}
	i, _ := slices.BinarySearchFunc(spans, ls, func(s span, x int) int { return cmp.Compare(s.end, x+1) })
	lo := i
	for ; i < len(spans) && spans[i].start < le; i++ {
		add(spans[i].start)
		add(spans[i].end)
	}
	in := spans[lo:i]
	if ms < me {
		add(ms)
		add(me)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var p para
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		mark := ms < me && a >= ms && b <= me
		s := seg{Text: body[a:b]}
		for _, sp := range in {
			if sp.start <= a && b <= sp.end {
				s.Actor, s.Date, s.Place = sp.actor, sp.date, sp.place
				break
			}
		}
		if len(p) == 0 || p[len(p)-1].Mark != mark {
			r := run{Mark: mark}
			if mark && *first {
				r.First, *first = true, false
			}
			p = append(p, r)
		}
		last := &p[len(p)-1]
		if n := len(last.Segs); n > 0 && s == (seg{Text: s.Text}) && last.Segs[n-1] == (seg{Text: last.Segs[n-1].Text}) {
			last.Segs[n-1].Text += s.Text
			continue
		}
		last.Segs = append(last.Segs, s)
	}
	return p
}

// docSpans lists the analysis's actor and date mentions as body byte
// spans, sorted and without overlaps (the earlier, then longer, wins);
// spans that do not fit the body or cut a character are dropped.
func docSpans(body string, doc nlp.Doc) []span {
	var all []span
	ok := func(s span) bool {
		return s.start >= 0 && s.start < s.end && s.end <= len(body) &&
			utf8.RuneStart(body[s.start]) && (s.end == len(body) || utf8.RuneStart(body[s.end]))
	}
	for _, s := range doc.Sentences {
		for _, m := range s.Actors {
			if m.Modifier {
				continue
			}
			label := m.Name
			if label == "" {
				label = m.Text
			}
			if m.Office != "" {
				label += ", " + strings.ReplaceAll(m.Office, "_", " ")
			}
			if sp := (span{start: s.Start + m.Start, end: s.Start + m.End, actor: label}); ok(sp) {
				all = append(all, sp)
			}
		}
		for _, m := range s.Places {
			label := m.Name
			if label == "" {
				label = m.Text
			}
			if sp := (span{start: s.Start + m.Start, end: s.Start + m.End, place: label}); ok(sp) {
				all = append(all, sp)
			}
		}
		for _, m := range s.Dates {
			if m.Value.Precision == timex.None {
				continue
			}
			if sp := (span{start: s.Start + m.Start, end: s.Start + m.End, date: m.Value.String()}); ok(sp) {
				all = append(all, sp)
			}
		}
	}
	slices.SortFunc(all, func(a, b span) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) })
	out := all[:0]
	for _, s := range all {
		if len(out) > 0 && s.start < out[len(out)-1].end {
			continue
		}
		out = append(out, s)
	}
	return out
}

// byteRange turns a span in code points into byte offsets of s; ok is
// false when it is empty or does not fit.
func byteRange(s string, start, end int) (int, int, bool) {
	if start < 0 || end <= start {
		return 0, 0, false
	}
	bs, be, n := -1, -1, 0
	for i := range s {
		if n == start {
			bs = i
		}
		if n == end {
			be = i
			break
		}
		n++
	}
	if be < 0 && n == end {
		be = len(s)
	}
	if bs < 0 || be < 0 {
		return 0, 0, false
	}
	return bs, be, true
}
