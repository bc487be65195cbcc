#!/bin/sh
# kanbao parse: golden JSON for every bundled sample page, the readable
# listing, encodings (BOM, CRLF, GBK, UTF-16), and errors: a missing file,
# a binary file, an empty file, usage (exit 2) and --help (exit 0).
. "$(dirname "$0")/../lib.sh"

K=$KANBAO
cd "$TOP" || exit 1

# --- golden JSON on the sample pages -------------------------------------
for page in tests/samples/pages/*/p*.txt; do
	name=$(echo "$page" | sed 's|tests/samples/pages/||; s|/|-|; s|\.txt$||')
	if "$K" parse --json "$page" >"$T_TMP/out.json" 2>"$T_TMP/err"; then
		t_golden "parse --json $name" "parse-$name.json" <"$T_TMP/out.json"
	else
		t_fail "parse --json $name" "$(cat "$T_TMP/err")"
	fi
done

# Several files give one array, one object each, in order.
n=$("$K" parse --json tests/samples/pages/2024-03-05/p1.txt \
    tests/samples/pages/2024-03-06/p1.txt |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), d[0]["source"][-17:], d[1]["format"])')
t_eq "parse --json with two files: an array of two" \
    "2 2024-03-05/p1.txt markdown" "$n"

# The JSON carries exactly the documented keys.
keys=$("$K" parse --json tests/samples/pages/2024-03-05/p1.txt | python3 -c '
import json,sys
d=json.load(sys.stdin)
print(sorted(d), sorted(d["articles"][0]), sorted(d["weather"]))')
t_eq "parse --json keys" "['articles', 'format', 'source', 'weather'] ['byline', 'continued_from', 'continued_to', 'kicker', 'kind', 'paragraphs', 'subtitle', 'title', 'topics'] ['high', 'low', 'today', 'tomorrow', 'wind']" "$keys"

# --- the readable listing ------------------------------------------------
out=$("$K" parse tests/samples/pages/2024-03-05/p1.txt)
t_match "parse: listing names the format and count" \
    '^tests/samples/pages/2024-03-05/p1.txt: raw, [0-9]+ articles$' "$out"
t_match "parse: listing shows titles" '^  title +澄湖经开 开局冲刺$' "$out"
t_match "parse: listing shows the weather" '^  high +[0-9]+℃$' "$out"
t_match "parse: listing cuts a long first paragraph to its opening" \
    '^  paragraphs [0-9]+; first: 本报讯春风拂面，.*…$' "$out"
t_eq "parse: ... 60 columns at most, the … with them" "" \
    "$(printf '%s\n' "$out" | sed -n 's/^  paragraphs [0-9]*; first: //p' |
    python3 -c '
import sys, unicodedata
for l in sys.stdin.read().splitlines():
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l)
    if w > 60: print(w, l)')"
printf '澄湖新航线开通\n本报讯 澄湖港区新航线昨日开通。\n' >"$T_TMP/one.txt"
out=$("$K" parse "$T_TMP/one.txt")
t_match "parse: listing of one article says article" ': raw, 1 article$' "$out"
t_match "parse: a short first paragraph is whole" \
    '^  paragraphs 1; first: 本报讯澄湖港区新航线昨日开通。$' "$out"
printf '澄湖新航线开通\n澄湖港区至南洋群岛的首条远洋集装箱航线昨日上午正式开通运营。\n' \
    >"$T_TMP/sixty.txt"
t_match "parse: a first paragraph of 60 columns is whole" \
    '^  paragraphs 1; first: 澄湖港区.*开通运营。$' \
    "$("$K" parse "$T_TMP/sixty.txt")"

# --- encodings -----------------------------------------------------------
P=tests/samples/pages/2024-03-05/p1.txt
"$K" parse --json "$P" | sed 's|"source":"[^"]*"||' >"$T_TMP/utf8.json"
same_as_utf8() {	# NAME FILE
	"$K" parse --json "$2" 2>"$T_TMP/enc.err" |
	    sed 's|"source":"[^"]*"||' >"$T_TMP/enc.json"
	if cmp -s "$T_TMP/utf8.json" "$T_TMP/enc.json"; then t_ok "$1"
	else t_fail "$1" "$(head -c 300 "$T_TMP/enc.err")" \
	    "$(diff "$T_TMP/utf8.json" "$T_TMP/enc.json" | head -c 300)"; fi
}
printf '\357\273\277' | cat - "$P" >"$T_TMP/bom.txt"
same_as_utf8 "parse: a UTF-8 BOM changes nothing" "$T_TMP/bom.txt"
sed 's/$/\r/' "$P" >"$T_TMP/crlf.txt"
same_as_utf8 "parse: CRLF line ends change nothing" "$T_TMP/crlf.txt"
tr '\n' '\r' <"$P" >"$T_TMP/cr.txt"
same_as_utf8 "parse: lone CR line ends change nothing" "$T_TMP/cr.txt"
if iconv -f UTF-8 -t GB18030 "$P" >"$T_TMP/gb.txt" 2>/dev/null; then
	same_as_utf8 "parse: a GB18030 page reads the same" "$T_TMP/gb.txt"
else
	t_skip "parse: a GB18030 page reads the same" "iconv cannot write GB18030"
fi
if iconv -f UTF-8 -t UTF-16 "$P" >"$T_TMP/u16.txt" 2>/dev/null; then
	same_as_utf8 "parse: a UTF-16 page with a BOM reads the same" \
	    "$T_TMP/u16.txt"
else
	t_skip "parse: a UTF-16 page reads the same" "iconv cannot write UTF-16"
fi

# --- errors --------------------------------------------------------------
t_status "parse: no file is a usage error" 2 "$K" parse
t_status "parse: an unknown option is a usage error" 2 "$K" parse --xml "$P"
t_status "parse --help exits 0" 0 "$K" parse --help
t_match "parse --help shows the usage" '^usage: kanbao parse \[--json\] \[--explain\] FILE' \
    "$("$K" parse --help)"
t_status "parse: a missing file exits 1" 1 "$K" parse "$T_TMP/nope.txt"
t_match "parse: a missing file is named" \
    "^kanbao: $T_TMP/nope.txt: No such file or directory\$" \
    "$("$K" parse "$T_TMP/nope.txt" 2>&1)"
printf 'ab\000cd' >"$T_TMP/bin.txt"
t_match "parse: a binary file is refused, named" \
    "^kanbao: $T_TMP/bin.txt: binary file \(NUL byte at offset 2\)\$" \
    "$("$K" parse "$T_TMP/bin.txt" 2>&1)"
: >"$T_TMP/empty.txt"
t_match "parse: an empty file is refused, named" \
    "^kanbao: $T_TMP/empty.txt: empty file\$" \
    "$("$K" parse "$T_TMP/empty.txt" 2>&1)"
printf 'abc\377\377\200def' >"$T_TMP/junk.txt"
t_status "parse: undecodable bytes exit 1" 1 "$K" parse "$T_TMP/junk.txt"
t_status "parse: a directory exits 1" 1 "$K" parse "$T_TMP"
# One bad file among good ones: the good ones are still printed, exit 1.
"$K" parse --json "$P" "$T_TMP/nope.txt" >"$T_TMP/mixed.json" 2>/dev/null
st=$?
n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' \
    "$T_TMP/mixed.json" 2>/dev/null)
t_eq "parse: a bad file among good ones: exit 1, the good one printed" \
    "1 1" "$st $n"

# A file name is untrusted text too: an error naming it cannot drive the
# terminal (no ESC, BEL or other control byte reaches stderr).
bad=$(printf '%s/\033]0;pwned\007\033[31mx.txt' "$T_TMP")
"$K" parse "$bad" 2>"$T_TMP/esc.err"
if od -An -c "$T_TMP/esc.err" | grep -q -e '033' -e '\\a'; then
	t_fail "parse: an error naming a file with escapes prints none" \
	    "$(od -c "$T_TMP/esc.err" | head -3)"
else
	t_ok "parse: an error naming a file with escapes prints none"
fi
