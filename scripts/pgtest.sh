#!/bin/sh
# pgtest.sh — a throwaway PostgreSQL for tests and benchmarks.
#
#   scripts/pgtest.sh COMMAND [ARG...]  start a server, run COMMAND with
#                                       CHRONICLE_TEST_POSTGRES set to its URL,
#                                       stop it and exit with COMMAND's status
#   scripts/pgtest.sh start             start one and print its directory and URL
#   scripts/pgtest.sh stop DIR          stop the server in DIR and remove DIR
#
# The cluster lives in a new temporary directory, listens only on a Unix
# socket there (no TCP port), trusts local connections and skips fsync:
# it is for tests, never for data. PostgreSQL refuses to run as root, so as
# root the cluster belongs to the postgres user. The binaries come from
# PGBIN, else Debian's /usr/lib/postgresql/VERSION/bin (newest), else PATH;
# `apt-get install -y postgresql` provides them.
set -eu

pgbin() {
	if [ -n "${PGBIN:-}" ]; then echo "$PGBIN"; return; fi
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
		if [ -x "$d/initdb" ]; then echo "$d"; return; fi
	done
	if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
	echo "pgtest.sh: PostgreSQL not found (apt-get install -y postgresql, or set PGBIN)" >&2
	exit 1
}

# as runs a command as the cluster's owner.
as() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
	bin=$(pgbin)
	dir=$(mktemp -d "${TMPDIR:-/tmp}/chronicle-pg-XXXXXX")
	if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
	cd "$dir"
	as "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
		as "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
		cat "$dir/initdb.log" >&2
		rm -rf "$dir"
		exit 1
	}
	as "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
		-o "-c listen_addresses='' -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
		start >/dev/null || {
		cat "$dir/log" >&2
		rm -rf "$dir"
		exit 1
	}
	cd - >/dev/null
	PGTEST_DIR=$dir
	PGTEST_URL="postgres://postgres@/postgres?host=$dir"
}

stop() {
	as "$(pgbin)/pg_ctl" -D "$1/data" -m immediate -w stop >/dev/null 2>&1 || true
	rm -rf "$1"
}

case "${1:-}" in
"")
	sed -n '2,15s/^# \{0,1\}//p' "$0" >&2
	exit 2
	;;
start)
	start
	echo "dir=$PGTEST_DIR"
	echo "CHRONICLE_TEST_POSTGRES=$PGTEST_URL"
	;;
stop)
	stop "${2:?pgtest.sh stop DIR}"
	;;
*)
	start
	trap 'stop "$PGTEST_DIR"' EXIT INT TERM
	status=0
	CHRONICLE_TEST_POSTGRES=$PGTEST_URL "$@" || status=$?
	exit $status
	;;
esac
