#!/bin/sh
# fuzz.sh FUZZTIME — runs every fuzz target of ./internal/... for FUZZTIME.
#
# Go's fuzzing coordinator sometimes ends a run on a loaded machine with
# "context deadline exceeded" and no failing input (its workers did not
# answer in time); such a run is tried once more. A run that found a
# failing input fails at once, with the input saved under testdata/fuzz.
set -u
fuzztime=${1:-5s}
go=${GO:-go}
status=0
for pkg in $($go list ./internal/...); do
	for f in $($go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
		echo "fuzz $pkg $f"
		for try in 1 2; do
			out=$($go test -run='^$' -fuzz="^$f\$" -fuzztime="$fuzztime" -fuzzminimizetime=2s "$pkg" 2>&1)
			rc=$?
			echo "$out" | tail -3
			[ "$rc" = 0 ] && break
			if [ "$try" = 1 ] && echo "$out" | grep -q 'context deadline exceeded' &&
				! echo "$out" | grep -q 'Failing input written'; then
				echo "(coordinator timed out without a failing input; trying again)"
				continue
			fi
			echo "$out"
			status=1
			break
		done
	done
done
exit $status
