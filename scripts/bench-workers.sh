#!/bin/sh
# bench-workers.sh — articles per second of `chronicle worker` on PostgreSQL
# (1 and 2 workers) against one `chronicle ingest` into SQLite, on N copies
# of the examples corpus' text pages (each copy's prose made unique so that
# nothing is a near-duplicate of anything). Run from the repository root:
#   scripts/bench-workers.sh [N]        (default 400)
set -eu
n=${1:-400}
bin=bin/chronicle
[ -x "$bin" ] || go build -o "$bin" ./cmd/chronicle
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
rate() { awk -v n="$1" -v s="$2" -v e="$3" 'BEGIN { printf "%.0f articles/s", n / ((e - s) / 1e9) }'; }
now() { date +%s%N; }

s=$(now); "$bin" --db "$work/one.db" ingest --no-learn "$work/corpus" 2>/dev/null || true; e=$(now)
echo "ingest, SQLite, one process:        $(rate "$n" "$s" "$e")"

for w in 1 2; do
	scripts/pgtest.sh sh -c '
		db=$CHRONICLE_TEST_POSTGRES
		"$0" --db "$db" enqueue "$1" >/dev/null 2>&1
		s=$(date +%s%N)
		k=0; while [ "$k" -lt "$2" ]; do "$0" --db "$db" worker --once >/dev/null 2>&1 & k=$((k + 1)); done
		wait
		e=$(date +%s%N)
		awk -v n="$3" -v s="$s" -v e="$e" -v w="$2" "BEGIN { printf \"worker x%d, PostgreSQL:             %.0f articles/s\n\", w, n / ((e - s) / 1e9) }"
	' "$bin" "$work/corpus" "$w" "$n"
done
