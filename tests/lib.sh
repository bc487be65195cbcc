# Helpers for the shell test layers (tests/cli/*.sh, tests/screen/*.sh).
# Sourced, not run.  Each check prints one line the runner counts:
#   ok - NAME | not ok - NAME (then "#   " lines saying why) | skip - NAME: WHY
#
# The runner exports KANBAO (absolute path of the binary under test), TOP
# (the source tree), BUILD (the build tree) and SHARED (../shared, which
# may be absent).  A script run by itself (sh tests/cli/store.sh) gets the
# tree's own: TOP above tests/, KANBAO its ./kanbao, BUILD its build/.
# Every script gets its own HOME and XDG directories so no test touches a
# real store.

if [ -z "${TOP:-}" ]; then
	TOP=$(cd "$(dirname "$0")/../.." && pwd)
fi
: "${KANBAO:=$TOP/kanbao}" "${BUILD:=$TOP/build}"
if [ -z "${SHARED:-}" ]; then
	SHARED=$(cd "$TOP/.." && pwd)/shared
fi
case $KANBAO in /*) ;; *) KANBAO=$(pwd)/$KANBAO ;; esac
export TOP KANBAO BUILD SHARED
if [ ! -x "$KANBAO" ]; then
	echo "not ok - $KANBAO is not built (run make, or set KANBAO)"
	exit 1
fi
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/kanbao-test.XXXXXX")
trap 'rm -rf "$T_TMP"' EXIT
export HOME="$T_TMP/home" XDG_DATA_HOME="$T_TMP/data" \
    XDG_CONFIG_HOME="$T_TMP/config"
unset KANBAO_DB NO_COLOR
mkdir -p "$HOME"
export LC_ALL=C.UTF-8

t_ok() { echo "ok - $1"; }
t_skip() { echo "skip - $1: $2"; }
t_fail() {
	echo "not ok - $1"
	shift
	for l in "$@"; do printf '#   %s\n' "$l"; done
}

# t_eq NAME EXPECTED ACTUAL
t_eq() {
	if [ "$2" = "$3" ]; then t_ok "$1"
	else t_fail "$1" "expected: $2" "     got: $3"; fi
}

# t_match NAME REGEX TEXT: TEXT (any line of it) matches the extended REGEX.
t_match() {
	if printf '%s\n' "$3" | grep -Eq -- "$2"; then t_ok "$1"
	else t_fail "$1" "no line matches: $2" "in: $(printf '%s' "$3" | head -c 400)"; fi
}

# t_nomatch NAME REGEX TEXT
t_nomatch() {
	if printf '%s\n' "$3" | grep -Eq -- "$2"; then
		t_fail "$1" "a line matches: $2" \
		    "$(printf '%s\n' "$3" | grep -E -- "$2" | head -3)"
	else t_ok "$1"; fi
}

# t_golden NAME FILE: standard input equals tests/cli/golden/FILE.
# KANBAO_UPDATE_GOLDEN=1 rewrites the file instead (then review the diff).
# A FILE.json is compared laid out one field a line (t_json_lines), as it
# is written, so that a difference reads as one changed field; standard
# input that is not JSON fails.  A failing comparison prints the diff.
t_golden() {
	_g="$TOP/tests/cli/golden/$2"
	cat > "$T_TMP/golden.out"
	case $2 in
	*.json)
		if ! command -v python3 >/dev/null 2>&1; then
			t_skip "$1" "no python3 to lay out JSON"
			return
		fi
		if ! t_json_lines <"$T_TMP/golden.out" >"$T_TMP/golden.json" \
		    2>"$T_TMP/golden.err"; then
			t_fail "$1" "$(cat "$T_TMP/golden.err")" \
			    "$(head -c 300 "$T_TMP/golden.out")"
			return
		fi
		mv "$T_TMP/golden.json" "$T_TMP/golden.out"
		if [ -f "$_g" ] && [ -z "${KANBAO_UPDATE_GOLDEN:-}" ]; then
			# The golden file laid out too, should it be compact.
			t_json_lines <"$_g" >"$T_TMP/golden.want" 2>&1 ||
			    cp "$_g" "$T_TMP/golden.want"
		fi ;;
	*)
		[ -f "$_g" ] && cp "$_g" "$T_TMP/golden.want" ;;
	esac
	if [ -n "${KANBAO_UPDATE_GOLDEN:-}" ]; then
		mkdir -p "$(dirname "$_g")"
		cp "$T_TMP/golden.out" "$_g"
		t_ok "$1 (golden rewritten)"
	elif [ ! -f "$_g" ]; then
		t_fail "$1" "no golden file $2 (run with KANBAO_UPDATE_GOLDEN=1)"
	elif cmp -s "$T_TMP/golden.want" "$T_TMP/golden.out"; then
		t_ok "$1"
	else
		diff -u --label "tests/cli/golden/$2" --label output \
		    "$T_TMP/golden.want" "$T_TMP/golden.out" \
		    >"$T_TMP/golden.diff"
		_n=$(wc -l <"$T_TMP/golden.diff")
		t_fail "$1" "differs from golden $2 (KANBAO_UPDATE_GOLDEN=1 rewrites it):"
		head -100 "$T_TMP/golden.diff" | sed 's/^/#   /'
		[ "$_n" -le 100 ] || echo "#   ... $((_n - 100)) more lines of diff"
	fi
}

# t_json_lines: JSON on standard input, laid out one field a line (strings
# and numbers as written) on standard output; exit 1 if it is not JSON.
t_json_lines() {
	python3 "$TOP/tests/tools/json-lines.py"
}

# t_need COMMAND NAME: true if COMMAND is installed; else the test NAME
# is skipped, saying so.  if t_need pdftotext "parse a PDF page"; then ...
t_need() {
	command -v "$1" >/dev/null 2>&1 && return 0
	t_skip "$2" "$1 is not installed"
	return 1
}

# t_status NAME WANT CMD...: CMD exits with status WANT.
t_status() {
	_n=$1 _w=$2
	shift 2
	"$@" >"$T_TMP/st.out" 2>"$T_TMP/st.err"
	_s=$?
	if [ "$_s" = "$_w" ]; then t_ok "$_n"
	else t_fail "$_n" "exit $_s, wanted $_w" "$(head -c 300 "$T_TMP/st.err")"; fi
}
