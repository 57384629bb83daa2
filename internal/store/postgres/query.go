package postgres

import (
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/store"
)

// orderNewest sorts newest first: by publication day, timed articles before
// day-only ones within a day, then latest ingested first. NULLS LAST puts
// undated articles at the end; the indexes follow the same order.
const orderNewest = `a.published_day DESC NULLS LAST, a.published_at DESC NULLS LAST, a.seq DESC`

// params collects the arguments of a query as it is built and names each
// by its placeholder.
type params []any

// add appends v and returns its placeholder ("$3").
func (p *params) add(v any) string {
	*p = append(*p, v)
	return "$" + strconv.Itoa(len(*p))
}

// filterSQL appends the WHERE conditions (each starting with " AND ") of
// a normalized filter on the table aliased "a" to b, their arguments to p.
func filterSQL(b *strings.Builder, p *params, f store.Filter) {
	if f.Outlet != "" {
		b.WriteString(" AND a.outlet_key = " + p.add(strings.ToLower(pgText(f.Outlet))))
	}
	if f.From != "" {
		b.WriteString(" AND a.published_day >= " + p.add(f.From))
	}
	if f.To != "" {
		b.WriteString(" AND a.published_day <= " + p.add(f.To))
	}
}
