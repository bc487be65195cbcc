#!/bin/sh
# Runs the test layers and prints one closing line:
#   check: N passed, N failed, N skipped
#
# usage: sh tests/run-all.sh [--only unit|cli|screen|man] [--all|--slow]
#	     [--name NAME]... ./kanbao BUILD
#
#   unit    build/tests/test-* (cmocka; each case counts)
#   cli     tests/cli/*.sh     (command-line and golden tests)
#   screen  tests/screen/*.sh  (the real reader driven in tmux)
#   man     mandoc -Tlint on man/*.[15]
#
# What is slow says so in its script's header comment, on a line of its own:
#   # check-all: only          runs under --all (make check-all) only
#   # check-all: WHY           runs always, at full size under --all
#				(the script reads KANBAO_CHECK_ALL=1)
# By default (make check) the quick set runs; --all runs everything at full
# size; --slow runs only what --all adds to the quick set (both kinds of
# marked script, at full size).
#
# --name NAME (make check T=NAME) runs the tests of that name, whatever
# their speed: a unit binary (parse or test-parse), a script (store,
# store.sh, cli/store) or the man layer (man); several names may be given,
# also as one space-separated word.
set -u
only= mode=quick names=
while [ $# -gt 0 ]; do
	case $1 in
	--only) only=$2; shift 2 ;;
	--all) mode=all; shift ;;
	--slow) mode=slow; shift ;;
	--name) names="$names $2"; shift 2 ;;
	*) break ;;
	esac
done
bin=${1:?binary}
build=${2:?build dir}
TOP=$(cd "$(dirname "$0")/.." && pwd)
KANBAO=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
SHARED=${SHARED:-$(cd "$TOP/.." && pwd)/shared}
BUILD=$(cd "$build" && pwd)
export TOP KANBAO SHARED BUILD
if [ "$mode" = quick ]; then
	unset KANBAO_CHECK_ALL
else
	KANBAO_CHECK_ALL=1
	export KANBAO_CHECK_ALL
fi
pass=0 fail=0 skip=0 ran=0
dir=$(mktemp -d "${TMPDIR:-/tmp}/kanbao-check.XXXXXX")
log=$dir/log
trap 'rm -rf "$dir"' EXIT

want() { [ -z "$only" ] || [ "$only" = "$1" ]; }

# named LAYER NAME...: with --name, is one of NAME... asked for?
named() {
	_layer=$1
	shift
	for _n in $names; do
		for _c; do
			[ "$_n" = "$_c" ] || [ "$_n" = "$_layer/$_c" ] &&
			    return 0
		done
	done
	return 1
}

# speed SCRIPT: quick, only (check-all only) or scaled (full size there).
speed() {
	_m=$(sed -n 's/^# check-all: *//p' "$1" | head -1)
	case $_m in
	'') echo quick ;;
	only) echo only ;;
	*) echo scaled ;;
	esac
}

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

if want unit && { [ "$mode" != slow ] || [ -n "$names" ]; }; then
	for t in "$BUILD"/tests/test-*; do
		[ -x "$t" ] || continue
		case $t in *.d) continue ;; esac
		b=$(basename "$t")
		if [ -n "$names" ] && ! named unit "$b" "${b#test-}"; then
			continue
		fi
		ran=$((ran + 1))
		echo "== unit: $b"
		(cd "$TOP" && "$t") >"$log" 2>&1
		st=$?
		grep -E '^\[  (FAILED|ERROR|  SKIPPED)|^\[  PASSED|Failure!|error:|^#|SKIP' "$log" | head -40
		_p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log")
		_f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log")
		_s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$log")
		pass=$((pass + ${_p:-0})) fail=$((fail + ${_f:-0})) skip=$((skip + ${_s:-0}))
		if [ "$st" -ne 0 ] && [ -z "$_f" ]; then
			echo "not ok - $b exited $st"
			tail -5 "$log"
			fail=$((fail + 1))
		fi
	done
fi

# The scripts run KANBAO_CHECK_JOBS at a time (default: the number of
# processors; the screen tests mostly wait), each into a log of its own;
# the logs are shown and counted in order.
jobs=${KANBAO_CHECK_JOBS:-$(nproc 2>/dev/null || echo 2)}
: >"$dir/list"
for layer in cli screen; do
	want $layer || continue
	for t in "$TOP"/tests/$layer/*.sh; do
		[ -f "$t" ] || continue
		b=$(basename "$t")
		if [ -n "$names" ]; then
			named $layer "$b" "${b%.sh}" || continue
		else
			case $mode/$(speed "$t") in
			quick/only|slow/quick) continue ;;
			esac
		fi
		ran=$((ran + 1))
		echo "$ran" >>"$dir/list"
		printf '%s\n' "$t" >"$dir/$ran.t"
	done
done
[ -s "$dir/list" ] && xargs -P "$jobs" -n 1 sh -c \
    'sh "$(cat "$0/$1.t")" >"$0/$1.log" 2>&1; echo $? >"$0/$1.st"' \
    "$dir" <"$dir/list"
while read -r i; do
	t=$(cat "$dir/$i.t")
	layer=$(basename "$(dirname "$t")")
	echo "== $layer: $(basename "$t")"
	cp "$dir/$i.log" "$log"
	grep -v '^ok - ' "$log"
	count_script "$(cat "$dir/$i.st" 2>/dev/null || echo 127)" \
	    "$(basename "$t")"
done <"$dir/list"

if want man && { [ "$mode" != slow ] || [ -n "$names" ]; } &&
    { [ -z "$names" ] || named man man; }; then
	ran=$((ran + 1))
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

if [ -n "$names" ] && [ "$ran" -eq 0 ]; then
	echo "not ok - no test named$names (a unit binary, a script in" \
	    "tests/cli or tests/screen, or man)"
	fail=$((fail + 1))
fi
echo "check: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
