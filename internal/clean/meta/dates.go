package meta

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

// Ranks of publication-date candidates.
const (
	rankMention   = 0 // a date inside prose: an event, not the publication
	rankUpdated   = 1 // "Updated: …": used only when nothing better exists
	rankDateLine  = 2 // a short line that is mostly a date (a dateline or byline)
	rankPublished = 3 // "Published:", "Created:", "Posted", a record's "date" line
)

var (
	publishedLabels = []string{"published", "created", "posted", "first published", "publication date", "released",
		"date", "опубліковано", "опубликовано", "publié", "veröffentlicht", "publicado", "pubblicato", "publicerad"}
	updatedLabels = []string{"updated", "modified", "last update", "edited", "оновлено", "обновлено", "mis à jour",
		"aktualisiert", "actualizado", "aggiornato", "uppdaterad"}
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
	st := settler{pg: pg, out: out}
	st.memOrder, st.memCount = m.order(out.key)
	if out.known {
		st.home = location(out.entry.TimeZone)
	}
	urlDay, hasURLDay := dateInURL(h.URL)
	if hasURLDay {
		st.knownDays = append(st.knownDays, urlDay)
	}
	var cands []candidate
	for li := range pg.lines {
		l := &pg.lines[li]
		for di := range l.dates {
			e := &l.dates[di]
			if !e.ambiguous() {
				if d, ok := e.resolve(Unknown); ok {
					st.knownDays = append(st.knownDays, d)
				}
			}
			if l.list || l.caption {
				continue
			}
			if r := rankOf(l.text, e, l.dates); r > rankMention {
				cands = append(cands, candidate{e: e, line: l, rank: r})
			}
		}
	}

	if s := strings.TrimSpace(h.Published); s != "" {
		if p, ok := ParseDate(s, st.hintOrder(), st.home); ok {
			if p.Precision == article.Day {
				if up, _, ok := st.sameDayWithTime(cands, p.Time); ok {
					*ev = append(*ev, fmt.Sprintf("published %s: the record's date %q, time of day from the page", up, s))
					return up
				}
			}
			*ev = append(*ev, fmt.Sprintf("published %s: from the record (%q)", p, s))
			return p
		}
		*ev = append(*ev, fmt.Sprintf("published: the record's date %q is not well-formed; reading the page", s))
	}

	var best *candidate
	var bestDay time.Time
	var bestWhy string
	for i := range cands {
		c := &cands[i]
		day, why, ok := st.settle(c.e)
		if !ok {
			*ev = append(*ev, fmt.Sprintf("published: %q (line %d) is ambiguous (day or month first) and nothing settles it; not used", c.quote(), c.line.n))
			continue
		}
		if best == nil || c.rank > best.rank {
			best, bestDay, bestWhy = c, day, why
		}
	}
	if best == nil {
		if hasURLDay {
			p := article.OnDay(urlDay.Year(), urlDay.Month(), urlDay.Day())
			*ev = append(*ev, fmt.Sprintf("published %s: date in the URL", p))
			return p
		}
		*ev = append(*ev, "published: no publication date on the page (captions, lists and prose dates are not one)")
		return article.Published{}
	}
	p := best.e.at(bestDay, st.home)
	src := best
	if best.e.clock == nil || p.Precision != article.Minute {
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
	return p
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
		d, _, ok := st.settle(c.e)
		if !ok || !d.Equal(day) {
			continue
		}
		if p := c.e.at(d, st.home); p.Precision == article.Minute {
			return p, c, true
		}
	}
	return article.Published{}, nil, false
}

// rankOf classifies a date by the label before it in its "|"-separated
// segment, or by how much of its line it makes up.
func rankOf(line string, e *dateExpr, all []dateExpr) int {
	seg := line[:e.start]
	if i := strings.LastIndexAny(seg, "|•·"); i >= 0 {
		seg = seg[i+1:]
	}
	low := strings.ToLower(seg)
	pub, upd := lastIndexAny(low, publishedLabels), lastIndexAny(low, updatedLabels)
	switch {
	case upd >= 0 && upd > pub:
		return rankUpdated
	case pub >= 0:
		return rankPublished
	}
	// What the line says besides its dates: a byline or nothing.
	rest := line
	for i := len(all) - 1; i >= 0; i-- {
		rest = rest[:all[i].start] + " " + rest[all[i].end:]
	}
	words := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '|' || r == ',' || r == '-' || r == '–' || r == '—' || r == '•' })
	if len(words) <= 8 || strings.HasPrefix(line, "By ") {
		return rankDateLine
	}
	return rankMention
}

func lastIndexAny(s string, labels []string) int {
	best := -1
	for _, l := range labels {
		if i := strings.LastIndex(s, l); i > best && wordBoundary(s, i, len(l)) {
			best = i
		}
	}
	return best
}

func wordBoundary(s string, i, n int) bool {
	isLetter := func(b byte) bool { return b >= 'a' && b <= 'z' }
	return (i == 0 || !isLetter(s[i-1])) && (i+n >= len(s) || !isLetter(s[i+n]))
}

var urlDateRe = regexp.MustCompile(`/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:[/-]|$)`)

// dateInURL reads a /2025/02/21/ or /2025-02-21- date in a URL path.
func dateInURL(u string) (time.Time, bool) {
	m := urlDateRe.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}, false
	}
	return mkDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
}
