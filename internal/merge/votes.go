package merge

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

// dateOf returns the best-supported date at the finest precision any
// mention gives, and the days it covers; without any date, the range of
// the mentions' windows.
func dateOf(ms []Mention) (date, first, last string) {
	best, bestN := "", 0
	var bestSpan span
	votes := newBallot()
	for _, m := range ms {
		if m.Event.Date == nil {
			continue
		}
		s, ok := parseDate(*m.Event.Date)
		if !ok {
			continue
		}
		d := *m.Event.Date
		n := votes.cast(m, d)
		if best == "" || s.prec < bestSpan.prec || s.prec == bestSpan.prec && (n > bestN || n == bestN && d < best) {
			best, bestN, bestSpan = d, n, s
		}
	}
	if best != "" {
		return best, bestSpan.first.Format(time.DateOnly), bestSpan.last.Format(time.DateOnly)
	}
	for _, m := range ms {
		f, l, ok := Span(m)
		if !ok {
			continue
		}
		if first == "" || f < first {
			first = f
		}
		if l > last {
			last = l
		}
	}
	return "", first, last
}

// ballot counts support for values by source: the near-duplicate copies
// of one story vote once.
type ballot struct {
	n    map[string]int
	seen map[vote]bool
}

// vote is one source's support for one value.
type vote struct {
	source group
	value  string
}

func newBallot() *ballot { return &ballot{n: map[string]int{}, seen: map[vote]bool{}} }

// cast counts m's support for v, once per source group, and returns v's
// votes so far.
func (b *ballot) cast(m Mention, v string) int {
	k := vote{groupOf(m), v}
	if !b.seen[k] {
		b.seen[k] = true
		b.n[v]++
	}
	return b.n[v]
}

// modeByVotes returns the CONSULT mode most mentions give.
func modeByVotes(ms []Mention) string {
	votes := newBallot()
	for _, m := range ms {
		if md := modeOf(m.Event); md != "" {
			votes.cast(m, md)
		}
	}
	return topVote(votes.n)
}

// topVote returns the key with most votes, the smallest on a tie.
func topVote(votes map[string]int) string {
	best, n := "", 0
	for k, v := range votes {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// locationOf returns the place most mentions give; on a tie, one with a
// country, then the first by name.
func locationOf(ms []Mention) *article.Place {
	ballot := newBallot()
	votes := ballot.n
	places := map[string]article.Place{}
	for _, m := range ms {
		p := m.Event.Location
		if p == nil || fold(p.Name) == "" {
			continue
		}
		k := fold(p.Name)
		ballot.cast(m, k)
		if have, ok := places[k]; !ok || have.Country == "" && p.Country != "" {
			places[k] = *p
		}
	}
	keys := make([]string, 0, len(votes))
	for k := range votes {
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(votes[b]-votes[a], boolRank(places[b].Country != "")-boolRank(places[a].Country != ""),
			strings.Compare(a, b))
	})
	best := keys[0]
	p := places[best]
	return &p
}
