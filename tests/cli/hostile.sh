#!/bin/sh
# Hostile input: every file tests/hostile/gen.py writes (invalid UTF-8 of
# each kind, NUL bytes, binary and empty files, UTF-16, GB18030 and GBK,
# CRLF and lone CR, a 50 MB line, 10,000 articles on a page, 5,000-character
# titles, deep Markdown headings, terminal escapes, C1 and bidi controls,
# zero-width, combining and emoji sequences, unassigned code points) is
# imported into a copy of a store holding the sample issues.  Each must be
# imported (and then nothing unclean reaches any output) or refused with
# exit 1 and a message naming the file; either way the sample issues are
# untouched, nothing but one whole page is added, and the store passes
# PRAGMA integrity_check.
#
# KANBAO_HOSTILE_TABLE=FILE appends a Markdown table of what kanbao did
# with each input.  The two big inputs are a tenth of their size in the
# quick suite (make check) and under the sanitizer build; make check-all
# (KANBAO_CHECK_ALL=1) writes them at full size.
#
# check-all: the 50 MB line and the 10,000 articles at full size
. "$(dirname "$0")/../lib.sh"

K=$KANBAO
if ! command -v python3 >/dev/null 2>&1; then
	t_skip "hostile input" "no python3 to write the inputs"
	exit 0
fi
small=
[ -z "${KANBAO_CHECK_ALL:-}" ] && small=--small
case $K in */asan/*) small=--small ;; esac
[ -n "${KANBAO_HOSTILE_SMALL:-}" ] && small=--small
IN=$T_TMP/in
PAGE=$TOP/tests/samples/pages/2024-03-05/p1.txt
CHECK="python3 $TOP/tests/hostile/check.py"
if ! python3 "$TOP/tests/hostile/gen.py" $small "$PAGE" "$IN"; then
	t_fail "hostile input: gen.py wrote the inputs"
	exit 1
fi

integrity() {
	if command -v sqlite3 >/dev/null 2>&1; then
		sqlite3 "$1" 'PRAGMA integrity_check'
	else
		$CHECK integrity "$1"
	fi
}

# What must not change: the sample issues' pages and articles.
snapshot() {
	"$K" --db "$1" list pages | grep -v '^2030-01-01' | cut -f1-4
	for d in 2024-03-05 2024-03-06 2024-03-07; do
		"$K" --db "$1" export --format json --date "$d"
	done
}

BASE=$T_TMP/base.db
"$K" --db "$BASE" import "$TOP/tests/samples/pages" >/dev/null 2>&1
snapshot "$BASE" >"$T_TMP/base.snap" 2>&1
"$K" --db "$T_TMP/orig.db" parse --json "$PAGE" |
    sed 's/"source":"[^"]*"//' >"$T_TMP/orig.json"

table=${KANBAO_HOSTILE_TABLE:-/dev/null}
printf '| input | what it is | kanbao |\n|---|---|---|\n' >>"$table"

while IFS='	' read -r f expect what; do
	DB=$T_TMP/t.db
	rm -f "$DB" "$DB-wal" "$DB-shm"
	cp "$BASE" "$DB"
	start=$(date +%s)
	timeout 300 "$K" --db "$DB" import --date 2030-01-01 --page 1 \
	    "$IN/$f" >"$T_TMP/out" 2>"$T_TMP/err"
	st=$?
	secs=$(($(date +%s) - start))
	n=$(sed -n 's/.*unchanged), \([0-9]*\) articles.*/\1/p' "$T_TMP/out")
	pages=$("$K" --db "$DB" list pages 2>&1 | grep -c '^2030-01-01')
	case $st in
	0)
		did="imported, ${n:-?} articles (${secs}s)"
		if [ "$expect" = refuse ]; then
			t_fail "$f: refused ($what)" "it was imported"
		else
			t_eq "$f: imported as one page ($what)" 1 "$pages"
		fi
		;;
	1)
		msg=$(sed -n '1s/^kanbao: //p' "$T_TMP/err")
		did="refused: \`${msg#"$IN/"}\`"
		case $expect in
		import|same)
			t_fail "$f: imported ($what)" "refused: $msg" ;;
		*)
			t_match "$f: refusal names the file and why" \
			    "^kanbao: $IN/$f: [a-z]" "$(cat "$T_TMP/err")"
			t_eq "$f: refused, nothing stored" 0 "$pages" ;;
		esac
		;;
	124)
		did="**timed out**"
		t_fail "$f: finished ($what)" "still running after 300s" ;;
	*)
		did="**exit $st**"
		t_fail "$f: exit 0 or 1 ($what)" "exit $st" \
		    "$(tail -5 "$T_TMP/err")" ;;
	esac
	printf '| `%s` | %s | %s |\n' "$f" "$what" "$did" >>"$table"

	snapshot "$DB" >"$T_TMP/t.snap" 2>&1
	if cmp -s "$T_TMP/base.snap" "$T_TMP/t.snap"; then
		t_ok "$f: the sample issues are untouched"
	else
		t_fail "$f: the sample issues are untouched" \
		    "$(diff "$T_TMP/base.snap" "$T_TMP/t.snap" | head -5)"
	fi
	t_eq "$f: integrity_check" ok "$(integrity "$DB" 2>&1)"
	[ "$st" = 0 ] || continue

	# Everything the store gives back about the page is clean text.
	o=$T_TMP/outputs
	{
		"$K" --db "$DB" list articles --date 2030-01-01
		"$K" --db "$DB" list articles --date 2030-01-01 --json
		for fmt in md json txt; do
			"$K" --db "$DB" export --format $fmt --date 2030-01-01
		done
		"$K" --db "$DB" list articles --date 2030-01-01 | head -5 |
		    while IFS='	' read -r id rest; do
			"$K" --db "$DB" show "$id" --width 30
			"$K" --db "$DB" show "$id" --json
		done
		"$K" --db "$DB" search 本报讯 --limit 20
	} >"$o" 2>&1
	bad=$($CHECK clean "$o")
	t_eq "$f: every output is clean text" "" "$bad"

	case $expect in
	same)
		"$K" parse --json "$IN/$f" | sed 's/"source":"[^"]*"//' \
		    >"$T_TMP/f.json"
		if cmp -s "$T_TMP/orig.json" "$T_TMP/f.json"; then
			t_ok "$f: the same articles as the UTF-8 page"
		else
			t_fail "$f: the same articles as the UTF-8 page" \
			    "$(head -c 300 "$T_TMP/f.json")"
		fi ;;
	esac
	case $f in
	unassigned.txt)
		t_match "$f: unassigned code points became U+FFFD" \
		    "未�{9}󰀀定" "$(cat "$o")" ;;
	emoji-zwj.txt)
		t_match "$f: emoji ZWJ sequences kept whole" \
		    "表情👨‍👩‍👧‍👦🏳️‍🌈🇨🇳👍🏽标题" "$(cat "$o")" ;;
	zero-width.txt)
		t_match "$f: zero-width characters dropped" "零宽" "$(cat "$o")"
		t_match "$f: combining marks kept" \
		    "$(printf 'e\314\201\314\201')" "$(cat "$o")" ;;
	escapes.txt)
		t_match "$f: text around escapes kept" "恶意标题" "$(cat "$o")" ;;
	bidi.txt)
		t_match "$f: bidi controls dropped" "标题反转" "$(cat "$o")" ;;
	big5.txt)
		t_match "$f: read as Big5" "全省一季度重大項目集中開工" \
		    "$(cat "$o")" ;;
	invisible.txt)
		t_match "$f: invisible characters dropped" "隐形标题" \
		    "$(cat "$o")" ;;
	nel.txt)
		t_match "$f: NEL is a line break, not dropped" "^换行第二行" \
		    "$(cat "$o")" ;;
	title-5000.*)
		if grep -qF "$(cat "$IN/title-5000.expect")" "$o"; then
			t_ok "$f: the 5,000-character title kept whole"
		else
			t_fail "$f: the 5,000-character title kept whole"
		fi ;;
	10k-articles.*)
		want=10000
		[ -n "$small" ] && want=1000
		if [ "${n:-0}" -ge $want ]; then
			t_ok "$f: every article found ($n)"
		else
			t_fail "$f: every article found" "$n of $want"
		fi ;;
	esac
done <"$IN/manifest.tsv"
