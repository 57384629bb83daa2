package sqlite

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/store"
)

// orderNewest sorts newest first: by publication day, timed articles before
// day-only ones within a day, then latest ingested first. DESC puts the
// NULLs of undated articles last. The indexes follow the same order.
const orderNewest = `a.published_day DESC, a.published_at DESC, a.seq DESC`

// filterSQL returns the WHERE conditions (each starting with " AND ") and
// their arguments for a normalized filter on the table aliased "a".
func filterSQL(f store.Filter) (string, []any) {
	var (
		b    strings.Builder
		args []any
	)
	if f.Outlet != "" {
		b.WriteString(" AND a.outlet_key = ?")
		args = append(args, strings.ToLower(f.Outlet))
	}
	if f.From != "" {
		b.WriteString(" AND a.published_day >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		b.WriteString(" AND a.published_day <= ?")
		args = append(args, f.To)
	}
	return b.String(), args
}
