#!/bin/sh
# bench-workers.sh — articles per second of `chronicle worker` on PostgreSQL
# (1 and 2 workers) against one `chronicle ingest` into SQLite, on N copies
# of the examples corpus' text pages (each copy's prose made unique so that
# nothing is a near-duplicate of anything), with events merged as they are
# stored and again with --no-events (articles only: what the workers scale
# when the merge, serialised by one lock, is not the bound). Every run is
# checked before its
# rate is printed: all N jobs done, none parked, N articles stored — a run
# whose workers failed fast would otherwise look fast. Run from the
# repository root:
#   scripts/bench-workers.sh [N]        (default 400)
set -eu
n=${1:-400}
bin=$(pwd)/bin/chronicle
go build -o "$bin" ./cmd/chronicle
work=$(mktemp -d "${TMPDIR:-/tmp}/chronicle-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
i=0
while [ "$i" -lt "$n" ]; do
	for f in $(find examples/corpus -name '*.txt' ! -name README.md | sort); do
		[ "$i" -ge "$n" ] && break
		mkdir -p "$work/corpus/site$((i % 25))"
		awk -v k="$i" 'length($0) > 80 { print $0 " (" k ")"; next } { print }' "$f" > "$work/corpus/site$((i % 25))/a$i.txt"
		i=$((i + 1))
	done
done

for mode in events no-events; do
	flag=""
	[ "$mode" = no-events ] && flag=--no-events
	s=$(date +%s%N)
	"$bin" --db "$work/one$mode.db" ingest --no-learn $flag "$work/corpus" 2>"$work/ingest.log" || { cat "$work/ingest.log" >&2; exit 1; }
	e=$(date +%s%N)
	stored=$("$bin" --db "$work/one$mode.db" articles --limit 1000000 --format json | grep -c '"id"' || true)
	[ "$stored" -eq "$n" ] || { echo "ingest stored $stored of $n articles" >&2; tail -5 "$work/ingest.log" >&2; exit 1; }
	awk -v m="$mode" -v n="$n" -v s="$s" -v e="$e" 'BEGIN { printf "%-10s ingest, SQLite, one process: %4d articles in %6.1f s = %5.0f articles/s\n", m, n, (e-s)/1e9, n/((e-s)/1e9) }'

	for w in 1 2; do
		scripts/pgtest.sh sh -c '
			set -eu
			bin=$1 corpus=$2 w=$3 n=$4 log=$5 mode=$6 flag=$7
			db=$CHRONICLE_TEST_POSTGRES
			"$bin" --db "$db" enqueue "$corpus" >"$log" 2>&1
			s=$(date +%s%N)
			k=0
			while [ "$k" -lt "$w" ]; do "$bin" --db "$db" worker --once $flag >>"$log" 2>&1 & k=$((k + 1)); done
			wait
			e=$(date +%s%N)
			status=$("$bin" --db "$db" worker --status)
			stored=$("$bin" --db "$db" articles --limit 1000000 --format json | grep -c "\"id\"" || true)
			case "$status" in
			*"0 queued, 0 running, $n done, 0 parked"*) ;;
			*) echo "workers did not finish: $status" >&2; tail -5 "$log" >&2; exit 1 ;;
			esac
			[ "$stored" -eq "$n" ] || { echo "workers stored $stored of $n articles" >&2; exit 1; }
			awk -v m="$mode" -v n="$n" -v s="$s" -v e="$e" -v w="$w" "BEGIN { printf \"%-10s worker x%d, PostgreSQL:     %4d articles in %6.1f s = %5.0f articles/s\n\", m, w, n, (e-s)/1e9, n/((e-s)/1e9) }"
		' bench "$bin" "$work/corpus" "$w" "$n" "$work/worker$w$mode.log" "$mode" "$flag"
	done
done
