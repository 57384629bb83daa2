package meta

// Page is a flattened page read once for both of its uses: what it teaches
// the Memory about its outlet (Memory.LearnPage) and its own metadata
// (Page.Meta). Reading a page — splitting lines, finding captions, lists,
// dates and the outlet — is most of the cost of this package, so a caller
// that learns from a batch of pages before reading them keeps each Page
// between the two steps rather than reading the text twice.
//
// A Page is not safe for concurrent use; hand it from one goroutine to the
// next.
type Page struct {
	pg    *page
	out   outletFind
	hints Hints
}

// Read reads a flattened page and finds its outlet.
func Read(raw string, h Hints) *Page {
	pg := readPage(raw)
	return &Page{pg: pg, out: findOutlet(pg, h), hints: h}
}

// Outlet is the page's outlet, "" when nothing names one.
func (p *Page) Outlet() string { return p.out.name }

// LearnPage records what a page shows about its outlet: the day/month order
// of its unambiguous numeric dates.
func (m *Memory) LearnPage(p *Page) {
	if m == nil || p.out.key == "" {
		return
	}
	p.pg.findDates()
	df, mf := p.pg.orderCounts()
	if df == 0 && mf == 0 {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.orders[p.out.key]
	if !ok && len(m.orders) >= maxMemoryOutlets {
		return
	}
	c.dayFirst += df
	c.monthFirst += mf
	m.orders[p.out.key] = c
}

// Meta reads the page's metadata as FromPage does, with what m has learned;
// the language is left to Meta.SetLanguage, once the clean body is known.
func (p *Page) Meta(m *Memory) Meta {
	var md Meta
	p.pg.findDates()
	md.Outlet = p.out.name
	md.Evidence = append(md.Evidence, p.out.why)
	md.Published = pickDate(p.pg, p.hints, p.out, m, &md.Evidence)
	md.Authors = findAuthors(p.pg, p.hints, &md.Evidence)
	return md
}
