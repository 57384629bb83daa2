package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/store"
)

// fillEvents writes n merged events straight into the tables, each with
// one mention citing one of n/10 articles, as a store holding n events
// would: 60 states, 16 types over two years, and a person beside the
// states in a third of the events. SQL generates the rows, and the
// secondary indexes are dropped while it does and built again after (as a
// bulk load would), so that a million events take a minute rather than the
// hours ingest would.
func fillEvents(b testing.TB, db *DB, n int) {
	b.Helper()
	ctx := context.Background()
	var indexes []string
	rows, err := db.write.QueryContext(ctx, `SELECT name, sql FROM sqlite_master
		WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('events', 'event_actors', 'event_pairs', 'mentions')`)
	if err != nil {
		b.Fatal(err)
	}
	var drops []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			b.Fatal(err)
		}
		drops, indexes = append(drops, `DROP INDEX `+name), append(indexes, def)
	}
	rows.Close()
	stmts := append(drops,
		`WITH RECURSIVE i(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM i WHERE x + 1 < ?1)
		 INSERT INTO articles (seq, id, hash, source, url, format, title, published, published_day, outlet,
		   outlet_key, authors, language, body, ingested_at)
		 SELECT x + 1, printf('%016x', x), printf('%064x', x), printf('bench/%d.txt', x), '', 'text', 'T', date('2024-01-01', printf('+%d days', x % 730)),
		   date('2024-01-01', printf('+%d days', x % 730)), 'Bench Wire', 'bench wire', '[]', 'en', '', '2026-01-01T00:00:00Z' FROM i`,
		`WITH RECURSIVE i(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM i WHERE x + 1 < ?2)
		 INSERT INTO events (id, type, status, mode, date, first, last, location_key, location_country, sources, mentions, data)
		 SELECT printf('ev-%012x', x), t, 'happened', '', d, d, d, '', '', 1, 1,
		   printf('{"id":"ev-%012x","type":"%s","mode":null,"status":"happened","date":"%s","actors":[{"name":"S%d","country":"S%02d"}],"recipients":[{"name":"S%d","country":"S%02d"}],"location":null,"sources":1,"confidence":0.8,"status_history":[],"conflicts":[],"mentions":[]}',
		     x, t, d, a, a, r, r)
		 FROM (SELECT x, date('2024-01-01', printf('+%d days', (x * 7919) % 730)) AS d,
		   json_extract('["AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE","REJECT","THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"]', printf('$[%d]', x % 16)) AS t,
		   (x * 31) % 60 AS a, (x * 17 + 7) % 60 AS r FROM i)`,
		`INSERT OR IGNORE INTO event_actors (key, last, first, event_id)
		 SELECT 'c:' || json_extract(data, '$.actors[0].country'), last, first, id FROM events
		 UNION ALL SELECT 'c:' || json_extract(data, '$.recipients[0].country'), last, first, id FROM events
		 UNION ALL SELECT printf('n:person %d', (rowid * 13) % 200), last, first, id FROM events WHERE rowid % 3 = 0`,
		`INSERT INTO mentions (id, article_seq, idx, event_id, type, data)
		 SELECT id || ':0', (rowid % ?1) + 1, 0, id, type,
		   '{"type":"' || type || '","mode":null,"status":"happened","date":"' || date || '","actors":[],"recipients":[],"location":null,"sentence":"The ministers met.","span":[0,18],"confidence":0.8}'
		 FROM events`,
	)
	stmts = append(stmts, indexes...)
	stmts = append(stmts,
		`INSERT OR IGNORE INTO event_pairs (a, b, last, first, event_id)
		 SELECT x.key, y.key, x.last, x.first, x.event_id FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id AND x.key < y.key`,
		`ANALYZE`)
	for _, q := range stmts {
		t0 := time.Now()
		if _, err := db.write.ExecContext(ctx, q, max(1, n/10), n); err != nil {
			b.Fatalf("fill %d events: %.60s: %v", n, q, err)
		}
		b.Logf("%.60s: %s", strings.Join(strings.Fields(q), " "), time.Since(t0).Round(time.Millisecond))
	}
}

// timelineDB opens a store holding n generated events, kept in the
// temporary folder between runs since filling it takes a while.
func timelineDB(b *testing.B, n int) *DB {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("chronicle-bench-timeline-%d-v2.db", n))
	ctx := context.Background()
	if db, err := Open(ctx, path); err == nil {
		var have int
		if db.read.QueryRowContext(ctx, `SELECT count(*) FROM events`).Scan(&have); have == n {
			b.Cleanup(func() { db.Close() })
			return db
		}
		db.Close()
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
	db, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	start := time.Now()
	fillEvents(b, db, n)
	b.Logf("filled %d events in %s (kept in %s)", n, time.Since(start).Round(time.Millisecond), path)
	return db
}

// BenchmarkTimeline measures timeline pages (50 events with their
// mentions) over a million stored events, with the filters users combine:
// an actor, a pair, a type, a date range. It reports the 95th percentile
// latency, the DESIGN.md target (< 20 ms).
func BenchmarkTimeline(b *testing.B) {
	const n = 1_000_000
	db := timelineDB(b, n)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(7, 9))
	state := func() string { return fmt.Sprintf("c:S%02d", rng.IntN(60)) }
	filters := []func() store.EventFilter{
		func() store.EventFilter { return store.EventFilter{Actors: [][]string{{state()}}} },
		func() store.EventFilter { return store.EventFilter{Actors: [][]string{{state()}, {state()}}} },
		func() store.EventFilter { return store.EventFilter{Types: []string{"CONSULT"}, From: "2025-03-01"} },
		func() store.EventFilter {
			return store.EventFilter{Actors: [][]string{{state()}}, From: "2024-06-01", To: "2024-06-30"}
		},
		func() store.EventFilter { return store.EventFilter{From: "2025-06-01"} },
	}
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		f := filters[i%len(filters)]()
		t0 := time.Now()
		if _, err := db.Events(ctx, f); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
}
