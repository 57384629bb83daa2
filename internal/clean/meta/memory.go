package meta

import "sync"

// maxMemoryOutlets bounds Memory: a run over a crawl of the whole web
// meets more sites than it needs to remember; outlets first seen after the
// bound is reached are not remembered.
const maxMemoryOutlets = 8192

// Memory keeps evidence across the pages of one run: the day/month order
// each outlet uses, learned from its unambiguous numeric dates (26-02-2025
// can only be day first). Safe for concurrent use; bounded.
type Memory struct {
	mu     sync.Mutex
	orders map[string]orderCount
}

type orderCount struct{ dayFirst, monthFirst int }

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{orders: map[string]orderCount{}} }

// Learn records what one page shows about its outlet (call it for every
// page in a cheap pre-pass, before FromText). It returns the page's outlet,
// as OutletOf would, so that the caller need not read the page again.
func (m *Memory) Learn(raw string, h Hints) (outlet string) {
	p := Read(raw, h)
	m.LearnPage(p)
	return p.Outlet()
}

// order is the date order an outlet has shown, Unknown when it has shown
// none or both without a clear (3:1) majority.
func (m *Memory) order(key string) (Order, orderCount) {
	if m == nil || key == "" {
		return Unknown, orderCount{}
	}
	m.mu.Lock()
	c := m.orders[key]
	m.mu.Unlock()
	switch {
	case c.dayFirst > 0 && c.dayFirst >= 3*c.monthFirst:
		return DayFirst, c
	case c.monthFirst > 0 && c.monthFirst >= 3*c.dayFirst:
		return MonthFirst, c
	}
	return Unknown, c
}
