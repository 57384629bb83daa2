package api

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/record"
)

// Page sizes: Limit defaults and caps for lists, and the larger ones of
// the timeline, whose clients often want a whole period at once.
const (
	DefaultLimit         = 50
	MaxLimit             = 500
	DefaultTimelineLimit = 100
	MaxTimelineLimit     = 1000
)

// maxParamValues bounds how many values one request may give in all; a
// real query has a handful.
const maxParamValues = 64

func paramSet(names []string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// checkParams refuses a query string that does not parse, or that names a
// parameter the route does not take: a typo such as ?actr= would otherwise
// return everything, which looks like an answer.
func checkParams(raw string, allowed map[string]bool) error {
	if raw == "" {
		return nil
	}
	q, err := url.ParseQuery(raw)
	if err != nil {
		return badRequest("query string: %v", err)
	}
	var unknown []string
	n := 0
	for k, vs := range q {
		n += len(vs)
		if !allowed[k] {
			unknown = append(unknown, strconv.Quote(clip(k, 40)))
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		if len(unknown) > 5 {
			unknown = append(unknown[:5], "…")
		}
		known := make([]string, 0, len(allowed))
		for k := range allowed {
			known = append(known, k)
		}
		slices.Sort(known)
		want := "none"
		if len(known) > 0 {
			want = strings.Join(known, ", ")
		}
		return badRequest("unknown query parameter %s; this route takes: %s", strings.Join(unknown, ", "), want)
	}
	if n > maxParamValues {
		return badRequest("query string: %d values, at most %d", n, maxParamValues)
	}
	return nil
}

// clip shortens s to at most n bytes on a rune boundary, for messages.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// one returns the single value of a parameter; giving it twice is an error
// rather than a silent choice of one of them.
func one(q url.Values, name string) (string, error) {
	vs := q[name]
	switch len(vs) {
	case 0:
		return "", nil
	case 1:
		return strings.TrimSpace(vs[0]), nil
	}
	return "", badRequest("%s: give it once, got %d values", name, len(vs))
}

// intParam reads a whole number in [lo, hi], def when absent.
func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	s, err := one(q, name)
	if err != nil || s == "" {
		return def, err
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, badRequest("%s %q: want a whole number", name, clip(s, 40))
	}
	if n < lo || n > hi {
		return 0, badRequest("%s %d: want %d to %d", name, n, lo, hi)
	}
	return n, nil
}

// boolParam reads true/false (or 1/0); absent is false.
func boolParam(q url.Values, name string) (bool, error) {
	s, err := one(q, name)
	if err != nil || s == "" {
		return false, err
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		return false, badRequest("%s %q: want true or false", name, clip(s, 40))
	}
	return b, nil
}

// paging reads limit and offset.
func paging(q url.Values, def, max int) (limit, offset int, err error) {
	if limit, err = intParam(q, "limit", def, 1, max); err != nil {
		return 0, 0, err
	}
	if offset, err = intParam(q, "offset", 0, 0, 1<<30); err != nil {
		return 0, 0, err
	}
	return limit, offset, nil
}

// eventQuery reads the event filters every route over the record shares,
// the same as the CLI's flags: actor (twice for a pair), type, status,
// place, from, to and story. Paging is left to the caller.
func eventQuery(q url.Values) (record.Query, error) {
	var rq record.Query
	for _, a := range q["actor"] {
		rq.Actors = append(rq.Actors, strings.TrimSpace(a))
	}
	if len(rq.Actors) > 2 {
		return rq, badRequest("actor: at most two (a pair), got %d", len(rq.Actors))
	}
	rq.Types, rq.Statuses = record.SplitList(q["type"]), record.SplitList(q["status"])
	var err error
	for _, p := range []struct {
		name string
		dst  *string
	}{{"place", &rq.Place}, {"from", &rq.From}, {"to", &rq.To}, {"story", &rq.Story}} {
		if *p.dst, err = one(q, p.name); err != nil {
			return rq, err
		}
	}
	return rq, nil
}
