package meta

import (
	"fmt"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

// candidate is a date of the page that may be the publication date.
type candidate struct {
	e    *dateExpr
	line *pageLine
	rank int
}

// pickDate finds the publication date: the record's hint when it is
// well-formed, else the best-ranked date line of the page, settled and
// placed in its zone by the evidence available.
func pickDate(pg *page, h Hints, out outletFind, m *Memory, ev *[]string) article.Published {
	st := &settler{pg: pg, out: out}
	st.memOrder, st.memCount = m.order(out.key)
	if out.known {
		st.home = location(out.entry.TimeZone)
	}
	urlDay, hasURLDay := dateInURL(h.URL)
	if hasURLDay {
		st.knownDays = append(st.knownDays, urlDay)
	}
	cands := st.candidates()
	if s := strings.TrimSpace(h.Published); s != "" {
		if p, ok := st.fromRecord(s, cands, ev); ok {
			return p
		}
	}
	if p, ok := st.fromPage(cands, ev); ok {
		return p
	}
	if hasURLDay {
		p := article.OnDay(urlDay.Year(), urlDay.Month(), urlDay.Day())
		*ev = append(*ev, fmt.Sprintf("published %s: date in the URL", p))
		return p
	}
	*ev = append(*ev, "published: no publication date on the page (captions, lists and prose dates are not one)")
	return article.Published{}
}

// candidates collects the dates that may be the publication date, and
// notes every unambiguous date of the page as evidence for the others.
func (st *settler) candidates() []candidate {
	var cands []candidate
	nav := st.pg.navDateLines()
	for li := range st.pg.lines {
		l := &st.pg.lines[li]
		for di := range l.dates {
			e := &l.dates[di]
			if !e.ambiguous() {
				if d, ok := e.resolve(Unknown); ok {
					st.knownDays = append(st.knownDays, d)
				}
			}
			if l.list && !nav[li] || l.caption {
				continue
			}
			if r := rankOf(l.text, e, l.dates, li > st.pg.bodyStart); r > rankMention {
				cands = append(cands, candidate{e: e, line: l, rank: r})
			}
		}
	}
	return cands
}

// fromRecord reads the record's date; a day-only record date takes its
// time of day from the page when the page agrees on the day.
func (st *settler) fromRecord(s string, cands []candidate, ev *[]string) (article.Published, bool) {
	p, ok := ParseDate(s, st.hintOrder(), st.home)
	if !ok {
		*ev = append(*ev, fmt.Sprintf("published: the record's date %q is not well-formed; reading the page", s))
		return p, false
	}
	if p.Precision == article.Day {
		if up, _, ok := st.sameDayWithTime(cands, p.Time); ok {
			*ev = append(*ev, fmt.Sprintf("published %s: the record's date %q, time of day from the page", up, s))
			return up, true
		}
	}
	*ev = append(*ev, fmt.Sprintf("published %s: from the record (%q)", p, s))
	return p, true
}

// fromPage picks the best-ranked candidate that can be settled (the
// earliest among equals) and gives it the most precise time the page
// offers for that day.
func (st *settler) fromPage(cands []candidate, ev *[]string) (article.Published, bool) {
	var best *candidate
	var bestDay time.Time
	var bestWhy string
	for i := range cands {
		c := &cands[i]
		day, why, ok := st.settle(c.e, c.line.text)
		if !ok {
			*ev = append(*ev, fmt.Sprintf("published: %q (line %d) is ambiguous (day or month first) and nothing settles it; not used", c.quote(), c.line.n))
			continue
		}
		if best == nil || c.rank > best.rank {
			best, bestDay, bestWhy = c, day, why
		}
	}
	if best == nil {
		return article.Published{}, false
	}
	p := best.e.at(bestDay, st.home)
	src := best
	if p.Precision != article.Minute {
		if up, c, ok := st.sameDayWithTime(cands, bestDay); ok {
			p, src = up, c
		}
	}
	why := fmt.Sprintf("published %s: %q (line %d)", p, best.quote(), best.line.n)
	if src != best {
		why += fmt.Sprintf(", time of day from %q (line %d)", src.quote(), src.line.n)
	}
	if bestWhy != "" {
		why += "; " + bestWhy
	}
	if p.Precision == article.Minute && (src.e.clock == nil || src.e.clock.zone == nil) && st.home != nil {
		why += "; zone: the outlet's home zone " + st.home.String()
	}
	*ev = append(*ev, why)
	return p, true
}

// quote is the candidate's date with the label before it, for evidence.
func (c *candidate) quote() string {
	seg := c.line.text[:c.e.start]
	if i := strings.LastIndexAny(seg, "|•·"); i >= 0 {
		seg = seg[i+1:]
	}
	return strings.TrimSpace(seg + c.line.text[c.e.start:c.e.end])
}

// sameDayWithTime looks for a non-update candidate on the given day that
// gives a time of day in a known zone.
func (st *settler) sameDayWithTime(cands []candidate, day time.Time) (article.Published, *candidate, bool) {
	for i := range cands {
		c := &cands[i]
		if c.rank < rankDateLine || c.e.clock == nil {
			continue
		}
		d, _, ok := st.settle(c.e, c.line.text)
		if !ok || !d.Equal(day) {
			continue
		}
		if p := c.e.at(d, st.home); p.Precision == article.Minute {
			return p, c, true
		}
	}
	return article.Published{}, nil, false
}
