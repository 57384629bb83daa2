package store

import (
	"fmt"
	"time"
)

// DefaultLimit is the page size a Filter with Limit 0 asks for.
const DefaultLimit = 50

// Filter narrows List and Search.
type Filter struct {
	// Outlet is the exact outlet name, compared case-insensitively; "" for
	// any outlet.
	Outlet string
	// From and To are inclusive YYYY-MM-DD bounds on the publication day
	// (in the publication's own zone); "" leaves that side open. Undated
	// articles never match a filter with a bound.
	From, To string
	// Limit caps the number of results; 0 means DefaultLimit. Offset skips
	// that many results first, for paging.
	Limit, Offset int
}

// Normalize checks f and fills in defaults so that every backend reads a
// filter the same way: the dates must be real calendar days, Limit and
// Offset must not be negative, and Limit 0 becomes DefaultLimit.
func (f Filter) Normalize() (Filter, error) {
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return f, fmt.Errorf("filter: %s date %q: want YYYY-MM-DD", d.name, d.v)
		}
	}
	if f.Limit < 0 || f.Offset < 0 {
		return f, fmt.Errorf("filter: negative limit (%d) or offset (%d)", f.Limit, f.Offset)
	}
	if f.Limit == 0 {
		f.Limit = DefaultLimit
	}
	return f, nil
}
