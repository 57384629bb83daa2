package store

import "time"

// The merge candidates of a mention are the stored mentions whose days
// overlap its own. Stores index each mention's span by its first day in
// one of two width classes, so that the overlap is one index range per
// class: a stored span starts at most its width before the query's first
// day. Both stores must class spans alike, so the rule lives here.
const (
	// LongestSpan is the widest span a date may mean (a year).
	LongestSpan = 366 * 24 * time.Hour
	// NarrowSpan is the widest span of the common class (up to a month).
	NarrowSpan = 31 * 24 * time.Hour
)

// WideSpan reports whether the span [first, last] (YYYY-MM-DD) is of the
// wide class: longer than NarrowSpan.
func WideSpan(first, last string) bool {
	f, err1 := time.Parse(time.DateOnly, first)
	l, err2 := time.Parse(time.DateOnly, last)
	return err1 == nil && err2 == nil && l.Sub(f) > NarrowSpan
}

// CandidateStarts returns the earliest first day a stored span of each
// class may have and still overlap a span that starts on first.
func CandidateStarts(first time.Time) (narrow, wide string) {
	return first.Add(-NarrowSpan).Format(time.DateOnly), first.Add(-LongestSpan).Format(time.DateOnly)
}
