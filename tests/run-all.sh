#!/bin/sh
# Runs every test layer and prints one closing line:
#   check: N passed, N failed, N skipped
#
# usage: sh tests/run-all.sh [--only unit|cli|screen|man] ./kanbao BUILD
#
#   unit    build/tests/test-* (cmocka; each case counts)
#   cli     tests/cli/*.sh     (command-line and golden tests)
#   screen  tests/screen/*.sh  (the real reader driven in tmux)
#   man     mandoc -Tlint on man/*.[15]
set -u
only=
if [ "${1:-}" = --only ]; then only=$2; shift 2; fi
bin=${1:?binary}
build=${2:?build dir}
TOP=$(cd "$(dirname "$0")/.." && pwd)
KANBAO=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
SHARED=$(cd "$TOP/.." && pwd)/shared
BUILD=$(cd "$build" && pwd)
export TOP KANBAO SHARED BUILD
pass=0 fail=0 skip=0
log=$(mktemp "${TMPDIR:-/tmp}/kanbao-check.XXXXXX")
trap 'rm -f "$log"' EXIT

want() { [ -z "$only" ] || [ "$only" = "$1" ]; }

# Counts the ok/not ok/skip lines of one shell test script's output.
count_script() {
	_p=$(grep -c '^ok - ' "$log")
	_f=$(grep -c '^not ok - ' "$log")
	_s=$(grep -c '^skip - ' "$log")
	pass=$((pass + _p)) fail=$((fail + _f)) skip=$((skip + _s))
	if [ "$1" -ne 0 ] && [ "$_f" -eq 0 ]; then
		echo "not ok - $2 exited $1"
		fail=$((fail + 1))
	fi
}

if want unit; then
	for t in "$BUILD"/tests/test-*; do
		[ -x "$t" ] || continue
		case $t in *.d) continue ;; esac
		echo "== unit: $(basename "$t")"
		(cd "$TOP" && "$t") >"$log" 2>&1
		st=$?
		grep -E '^\[  (FAILED|ERROR|  SKIPPED)|^\[  PASSED|Failure!|error:|^#|SKIP' "$log" | head -40
		_p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log")
		_f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log")
		_s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$log")
		pass=$((pass + ${_p:-0})) fail=$((fail + ${_f:-0})) skip=$((skip + ${_s:-0}))
		if [ "$st" -ne 0 ] && [ -z "$_f" ]; then
			echo "not ok - $(basename "$t") exited $st"
			tail -5 "$log"
			fail=$((fail + 1))
		fi
	done
fi

for layer in cli screen; do
	want $layer || continue
	for t in "$TOP"/tests/$layer/*.sh; do
		[ -f "$t" ] || continue
		echo "== $layer: $(basename "$t")"
		sh "$t" >"$log" 2>&1
		st=$?
		grep -v '^ok - ' "$log"
		count_script $st "$(basename "$t")"
	done
done

if want man; then
	echo "== man"
	for m in "$TOP"/man/*.[15]; do
		[ -f "$m" ] || continue
		if out=$(mandoc -Tlint -W warning "$m" 2>&1) && [ -z "$out" ]; then
			pass=$((pass + 1))
		else
			echo "not ok - mandoc -Tlint $(basename "$m")"
			echo "$out" | head -10
			fail=$((fail + 1))
		fi
	done
fi

echo "check: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
