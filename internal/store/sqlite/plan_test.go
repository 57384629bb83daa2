package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/store"
)

// TestListPlans checks that every List filter reads an index in the
// order it returns, so that a page costs the same however much is stored.
func TestListPlans(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	for _, f := range []store.Filter{
		{}, {Outlet: "Reuters"}, {From: "2025-01-01"}, {From: "2025-01-01", To: "2025-01-31"},
		{Outlet: "Reuters", From: "2025-01-01", To: "2025-01-31"},
	} {
		f, _ = f.Normalize()
		cond, args := filterSQL(f)
		rows, err := db.read.QueryContext(ctx, `EXPLAIN QUERY PLAN SELECT `+store.SummaryColumns+
			` FROM articles a WHERE 1`+cond+` ORDER BY `+orderNewest+` LIMIT ? OFFSET ?`,
			append(args, f.Limit, f.Offset)...)
		if err != nil {
			t.Fatalf("plan for %+v: %v", f, err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		p := strings.Join(plan, "; ")
		if !strings.Contains(p, "USING INDEX") || strings.Contains(p, "TEMP B-TREE") {
			t.Errorf("List(%+v) plan: %s", f, p)
		}
	}
}
