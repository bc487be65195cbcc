#!/bin/sh
# The store and its commands: import, list, show, search, export; their
# usage errors (exit 2) and bad input (exit 1); re-import, replacement,
# foreign and damaged stores, a read-only store, a killed import and a
# reader running beside an import.
. "$(dirname "$0")/../lib.sh"

K=$KANBAO
# Relative page paths, so that the sources in golden files do not change.
cd "$T_TMP" || exit 1
D=pages
DB=$T_TMP/k.db
mkdir -p "$D/2023-02-10" "$D/20230211"

# Small pages of our own.
printf '天气预报\n\n明天阴有小雨，气温下降到五度左右。\n' >"$D/2023-02-10/p01.txt"
printf '城市新闻\n\n老城区改造工程今天正式开工，预计明年完成。\n' \
    >"$D/2023-02-10/p02.txt"
printf 'Harbour news\n\nThe new ferry line opens in May. 新航线五月开通。\n' \
    >"$D/20230211/第1版.txt"
printf '随笔\n\n春天来了，公园里的花都开了。\n' >"$D/notes_03.txt"
printf 'bin\000ary\001' >"$D/bad.txt"

# --- usage errors: exit 2 -------------------------------------------------
t_status "import: no path is a usage error" 2 "$K" --db "$DB" import
t_status "import: bad --date is a usage error" 2 \
    "$K" --db "$DB" import --date 2023-02-30 "$D/notes_03.txt"
t_status "import: --page with two files is a usage error" 2 \
    "$K" --db "$DB" import --page 2 "$D/notes_03.txt" "$D/bad.txt"
t_status "import: unknown option is a usage error" 2 \
    "$K" --db "$DB" import --frobnicate "$D"
t_status "list: unknown kind is a usage error" 2 "$K" --db "$DB" list bananas
# kanbao's own options, wrong, said as a command's are.
for c in "--db|option needs an argument: --db" \
    "--theme|option needs an argument: --theme" \
    "--help=x|option takes no argument: --help=x" \
    "-x|unknown option: -x" "--bogus|unknown option: --bogus"; do
	t_status "kanbao ${c%%|*}: a usage error" 2 "$K" "${c%%|*}"
	t_eq "kanbao ${c%%|*}: says what is wrong" "kanbao: ${c#*|}" \
	    "$(head -1 "$T_TMP/st.err")"
done
t_status "list: --topic on issues is a usage error" 2 \
    "$K" --db "$DB" list issues --topic weather
t_status "show: no id is a usage error" 2 "$K" --db "$DB" show
t_status "show: non-numeric id is a usage error" 2 "$K" --db "$DB" show x1
t_status "show: a negative id is a usage error" 2 "$K" --db "$DB" show -1
t_eq "show: ... that says it is not an article id" \
    "kanbao show: not an article id: -1" "$(head -1 "$T_TMP/st.err")"
t_status "mark: a negative id is a usage error" 2 \
    "$K" --db "$DB" mark 3 -12 --read
t_eq "mark: ... that says it is not an article id" \
    "kanbao mark: not an article id: -12" "$(head -1 "$T_TMP/st.err")"
t_status "show: an unknown short option is a usage error" 2 \
    "$K" --db "$DB" show 1 -x
t_eq "show: ... that names it" "kanbao show: unknown option: -x" \
    "$(head -1 "$T_TMP/st.err")"
t_status "show: an argument to --json is a usage error" 2 \
    "$K" --db "$DB" show 1 --json=3
t_eq "show: ... that says --json takes none" \
    "kanbao show: option takes no argument: --json=3" \
    "$(head -1 "$T_TMP/st.err")"
t_status "show: --width without its argument is a usage error" 2 \
    "$K" --db "$DB" show 1 --width
t_eq "show: ... that says so" "kanbao show: option needs an argument: --width" \
    "$(head -1 "$T_TMP/st.err")"
t_status "show: bad width is a usage error" 2 \
    "$K" --db "$DB" show 1 --width -3
t_status "search: no query is a usage error" 2 "$K" --db "$DB" search
t_status "search: an empty query is a usage error" 2 "$K" --db "$DB" search ''
t_status "search: ... and one of blanks" 2 "$K" --db "$DB" search ' ' ''
t_status "search: bad --rank is a usage error" 2 \
    "$K" --db "$DB" search 天 --rank alphabet
t_status "export: bad format is a usage error" 2 \
    "$K" --db "$DB" export --format pdf
t_status "export: --date and --search together is a usage error" 2 \
    "$K" --db "$DB" export --date 2023-02-10 --search 天

# --- no store yet: readers say so, exit 1, and create nothing -------------
t_status "list: a missing store is an error" 1 "$K" --db "$DB" list
t_match "list: a missing store is named" "k.db: no store there" \
    "$(cat "$T_TMP/st.err")"
[ -e "$DB" ] && t_fail "list: a missing store is not created" ||
    t_ok "list: a missing store is not created"

# --- import ----------------------------------------------------------------
out=$("$K" --db "$DB" import "$D" 2>"$T_TMP/err")
st=$?
t_eq "import: a bad file makes the exit status 1" 1 "$st"
t_match "import: the bad file is named with its reason" \
    "bad.txt: binary file" "$(cat "$T_TMP/err")"
t_match "import: summary counts pages, articles, skipped" \
    "^imported 4 pages \(4 new, 0 replaced, 0 unchanged\), [0-9]+ articles, 1 skipped, [0-9.]+s$" \
    "$out"
"$K" --db "$DB" list | t_golden "list issues: dates from paths, undated by name" \
    store-list-issues.txt
"$K" --db "$DB" list pages | cut -f1-2,5 |
    t_golden "list pages: page numbers from p01, 第1版, _03" \
    store-list-pages.txt

# page2, Page05, p3, a_page7 number a page; xpage4 is a name.
mkdir -p "$T_TMP/names/2024-03-09"
for n in page2 Page05 p3 a_page7 xpage4; do
	printf '%s的标题\n\n本报讯 澄湖港区的新航线今天开通。%s\n' "$n" "$n" \
	    >"$T_TMP/names/2024-03-09/$n.txt"
done
t_eq "import: page numbers from page2, Page05, p3, a_page7, not xpage4" \
    "Page05.txt 5|a_page7.txt 7|p3.txt 3|page2.txt 2|xpage4.txt 8|" \
    "$("$K" --db "$T_TMP/names.db" import --dry-run "$T_TMP/names" 2>&1 |
	sed -n 's|^.*/\([^/]*\): names 2024-03-09, page \([0-9]*\).*|\1 \2|p' |
	tr '\n' '|')"

# Default path: XDG_DATA_HOME, directories created.
"$K" import "$D/notes_03.txt" >/dev/null 2>&1
[ -f "$XDG_DATA_HOME/kanbao/kanbao.db" ] &&
    t_ok "import: default store under XDG_DATA_HOME" ||
    t_fail "import: default store under XDG_DATA_HOME" \
    "$(ls -R "$XDG_DATA_HOME" 2>&1 | head -5)"
KANBAO_DB=$DB "$K" list | grep -q '^2023-02-11' &&
    t_ok "KANBAO_DB names the store" || t_fail "KANBAO_DB names the store"

# --- idempotence and replacement --------------------------------------------
before=$("$K" --db "$DB" list articles)
out=$("$K" --db "$DB" import "$D" 2>/dev/null)
t_match "re-import: every page unchanged" \
    "^imported 4 pages \(0 new, 0 replaced, 4 unchanged\)" "$out"
t_eq "re-import: articles and ids unchanged" "$before" \
    "$("$K" --db "$DB" list articles)"

id=$("$K" --db "$DB" search 开工 | cut -f1)
"$K" --db "$DB" show "$id" >/dev/null
printf '城市新闻\n\n新建的图书馆下个月对外开放。\n' >"$D/2023-02-10/p02.txt"
out=$("$K" --db "$DB" import "$D/2023-02-10/p02.txt" 2>&1)
t_match "changed page: replaced" "\(0 new, 1 replaced, 0 unchanged\)" "$out"
t_eq "changed page: old text no longer found" "" \
    "$("$K" --db "$DB" search 开工)"
t_match "changed page: new text found" "图书馆" \
    "$("$K" --db "$DB" search 图书馆)"
t_eq "changed page: still one page 2 of the issue" 1 \
    "$("$K" --db "$DB" list pages --date 2023-02-10 | awk -F'\t' '$2 == 2' | wc -l)"
t_status "changed page: the old article is gone" 1 "$K" --db "$DB" show "$id"

# --- list, show, search, export ----------------------------------------------
t_status "list: unknown date is an error" 1 \
    "$K" --db "$DB" list articles --date 1999-01-01
t_status "list: unknown topic is an error" 1 \
    "$K" --db "$DB" list articles --topic no-such-topic
# The samples have untitled rows (ads, the weather, a masthead's ear).
SDB=$T_TMP/untitled.db
"$K" --db "$SDB" import "$TOP/tests/samples/pages" >/dev/null 2>&1
t_match "list articles --json: the samples have untitled rows" '"title":""' \
    "$("$K" --db "$SDB" list articles --json)"
t_eq "list articles: an untitled row shows the start of its text" "" \
    "$("$K" --db "$SDB" list articles | awk -F'\t' '$6 == "" || $6 == "-"')"
# No field of a row is empty: - stands for what there is not (kanbao(1)).
for what in papers issues pages articles; do
	t_eq "list $what: an empty field is -" "" \
	    "$({ "$K" --db "$DB" list $what; "$K" --db "$SDB" list $what; } |
	    awk -F'\t' '{ for (i = 1; i <= NF; i++) if ($i == "") print }')"
done
t_eq "search: an empty field is -" "" \
    "$("$K" --db "$SDB" search 客户端 |
    awk -F'\t' '{ for (i = 1; i <= NF; i++) if ($i == "") print }')"
t_eq "list issues: no weather, - for the temperature and the weather" \
    "-|-|" "$("$K" --db "$DB" list issues --date notes | cut -f5,6 |
    tr '\t\n' '||')"
t_eq "list articles: no topic, - for the topics" "-" \
    "$("$K" --db "$SDB" list articles --date 2024-03-07 |
    awk -F'\t' '$5 == "other" { print $7; exit }')"
t_match "list articles --json: an untitled row has its lead" '"lead":"澄湖' \
    "$("$K" --db "$SDB" list articles --json)"
# A search that finds nothing says so on a terminal, as the reader does;
# a pipe gets the empty list alone.
t_eq "search: nothing found, nothing in a pipe" "" \
    "$("$K" --db "$SDB" search xiangmu 2>&1)"
if command -v script >/dev/null 2>&1; then
	t_match "search: nothing found, said on a terminal" \
	    "no articles contain xiangmu" \
	    "$(script -qc "'$K' --db '$SDB' search xiangmu" /dev/null 2>&1)"
else
	t_skip "search: nothing found, said on a terminal" "no script(1)"
fi
# A lead that goes on is cut where a clause ends, and says it goes on.
t_eq "list articles: a weather lead cut where a clause ends, with …" \
    "今天多云，午后转晴。明天晴到多云，偏北风3到4级。今天白天最高气温16℃…" \
    "$("$K" --db "$SDB" list articles --date 2024-03-07 |
    awk -F'\t' '$5 == "weather" { print $6 }')"
t_match "list articles --json: the lead cut the same way" \
    '"lead":"今天多云，午后转晴。明天晴到多云，偏北风3到4级。今天白天最高气温16℃…"' \
    "$("$K" --db "$SDB" list articles --json --date 2024-03-07)"
t_eq "export --format md: a continuation note is a paragraph of its own" \
    "(continued on page 2)||" \
    "$("$K" --db "$SDB" export --format md --date 2024-03-07 |
    grep -A1 '^(continued on page' | head -2 | tr '\n' '|')"
t_match "list: an unknown topic's error names the topics" \
    "topics: investment \(投资项目\)" "$(cat "$T_TMP/st.err")"
# --date as the reader's :list takes it: a year, a month, a range.
t_eq "list articles --date: a month is every issue of it" \
    "$("$K" --db "$SDB" list articles | wc -l)" \
    "$("$K" --db "$SDB" list articles --date 2024-03 | wc -l)"
t_eq "list articles --date: a range, both ends in" "2024-03-05|2024-03-06|" \
    "$("$K" --db "$SDB" list articles --date 2024-03-05..2024-03-06 |
    cut -f2 | sort -u | tr '\n' '|')"
t_eq "list issues --date: a year" 3 \
    "$("$K" --db "$SDB" list issues --date 2024 | wc -l)"
# An undated issue named like a year (from 2024.txt) hides no issue of it.
YDB=$T_TMP/year.db
"$K" --db "$YDB" import "$TOP/tests/samples/pages" >/dev/null 2>&1
cp "$TOP/tests/samples/pages/2024-03-05/p1.txt" "$T_TMP/2024.txt"
"$K" --db "$YDB" import "$T_TMP/2024.txt" >/dev/null 2>&1
t_eq "list issues --date: a year, and the undated issue of its name" \
    "2024-03-07|2024-03-06|2024-03-05|2024|" \
    "$("$K" --db "$YDB" list issues --date 2024 | cut -f1 | tr '\n' '|')"
t_eq "list issues --date: a day is that issue alone" "2024-03-05|" \
    "$("$K" --db "$YDB" list issues --date 2024-03-05 | cut -f1 |
    tr '\n' '|')"
t_status "list --date: a year with no issue is an error" 1 \
    "$K" --db "$SDB" list articles --date 2025
t_match "list --date: ... and says so" "^kanbao: no issue in 2025$" \
    "$(cat "$T_TMP/st.err")"
t_status "list --date: a range backwards finds nothing" 1 \
    "$K" --db "$SDB" list issues --date 2024-03-07..2024-03-05
t_match "list --date: ... and says which way it runs" \
    "^kanbao: no issue in 2024-03-07\.\.2024-03-05 \(its first date is after its last\)$" \
    "$(cat "$T_TMP/st.err")"
# A date that is not on the calendar is not a date, not a missing issue:
# the command line is wrong (2), as import --date says it.
for d in 2024-02-30 2023-02-29 20240230 2024-13 2024-02-30..2024-03; do
	t_status "list --date $d: a command-line error" 2 \
	    "$K" --db "$SDB" list issues --date $d
	t_eq "list --date $d: ... that says it is not a date" \
	    "kanbao: not a date or range: $d (YYYY, YYYY-MM, YYYY-MM-DD, FROM..TO)" \
	    "$(cat "$T_TMP/st.err")"
done
t_status "export --date 2024-02-30: a command-line error" 2 \
    "$K" --db "$SDB" export --date 2024-02-30
t_match "export --date 2024-02-30: ... that says it is not a date" \
    "^kanbao: not a date or range: 2024-02-30 " "$(cat "$T_TMP/st.err")"
t_eq "list --date: a range between days written without dashes" \
    "2024-03-06|2024-03-05|" \
    "$("$K" --db "$SDB" list issues --date 20240305..20240306 | cut -f1 |
    tr '\n' '|')"
# export --date takes what list --date takes, and writes every issue.
t_eq "export --date: a month is every issue of it, newest first" \
    "# 2024-03-07|# 2024-03-06|# 2024-03-05|" \
    "$("$K" --db "$SDB" export --date 2024-03 | grep '^# ' | tr '\n' '|')"
t_eq "export --date: a year is the whole store when all of it is that year" \
    "$("$K" --db "$SDB" export --format json)" \
    "$("$K" --db "$SDB" export --format json --date 2024)"
t_eq "export --date: a range, both ends in" "# 2024-03-06|# 2024-03-05|" \
    "$("$K" --db "$SDB" export --date 2024-03-05..2024-03-06 |
    grep '^# ' | tr '\n' '|')"
t_eq "export --date: one day is one issue" "# 2024-03-06|" \
    "$("$K" --db "$SDB" export --date 20240306 | grep '^# ' | tr '\n' '|')"
t_status "export --date: a month with no issue is an error" 1 \
    "$K" --db "$SDB" export --date 2025-01
t_eq "export --date: ... says so, and writes nothing" \
    "kanbao: no issue in 2025-01|" \
    "$(cat "$T_TMP/st.err" "$T_TMP/st.out" | tr '\n' '|')"
t_status "export --date: a day with no issue is an error" 1 \
    "$K" --db "$SDB" export --date 2024-03-08
t_match "export --date: ... says so" "^kanbao: no issue dated 2024-03-08$" \
    "$(cat "$T_TMP/st.err")"
t_eq "list --topic: a topic by its label as by its name" \
    "$("$K" --db "$DB" list articles --topic weather)" \
    "$("$K" --db "$DB" list articles --topic 天气)"
n=$("$K" --db "$DB" list articles --date 20230210 | wc -l)
t_eq "list articles --date: both spellings of a date" \
    "$("$K" --db "$DB" list articles --date 2023-02-10 | wc -l)" "$n"
"$K" --db "$DB" list --json | t_golden "list --json: issues as JSON" \
    store-list-issues.json
t_match "list articles: tab-separated id, date, page, seq, kind, title" \
    "^[0-9]+	2023-02-11	1	1	[a-z]+	" "$("$K" --db "$DB" list articles)"

# Search: 1, 2, 4 characters and a Latin word, newest first.
t_match "search: one character" "公园" "$("$K" --db "$DB" search 花)"
t_match "search: two characters" "气温" "$("$K" --db "$DB" search 小雨)"
t_match "search: four characters" "图书馆" \
    "$("$K" --db "$DB" search 下个月对)"
t_match "search: a Latin word, any case" "ferry" \
    "$("$K" --db "$DB" search FERRY)"
t_eq "search: not across punctuation (开了，公 is not 了公)" "" \
    "$("$K" --db "$DB" search 了公)"
first=$("$K" --db "$DB" search 新 | head -1 | cut -f2)
t_eq "search: newest issue first" "2023-02-11" "$first"
t_eq "search: --limit" 1 "$("$K" --db "$DB" search 。 新 --limit 1 | wc -l)"
t_status "search: punctuation only is an error" 1 \
    "$K" --db "$DB" search '，。'
"$K" --db "$DB" search 花 --json | t_golden "search --json: hit with snippet" \
    store-search.json

sid=$("$K" --db "$DB" search 公园 | cut -f1)
"$K" --db "$DB" show "$sid" --width 12 |
    t_golden "show --width 12: reflowed paragraphs and source" \
    store-show-12.txt
"$K" --db "$DB" show "$sid" --json | t_golden "show --json" store-show.json
# A heading longer than the width is laid out at it, as the text is.
lid=$("$K" --db "$DB" list articles |
    awk -F'\t' 'length($6) > m { m = length($6); id = $1 } END { print id }')
t_match "show --width 6: an article with a heading to lay out" '^[0-9]+$' "$lid"
t_eq "show --width 6: a heading as wide as the text at most" "" \
    "$("$K" --db "$DB" show "$lid" --width 6 | sed '$d' | python3 -c '
import sys, unicodedata
for l in sys.stdin.read().splitlines():
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l)
    if w > 6: print(w, l)')"
# ... and so are the note that the article goes on on another page and,
# with --follow, the line over where it goes on.
mkdir -p "$T_TMP/cont/2023-03-01"
printf '澄湖港区新航线开通\n本报讯 澄湖港区至南洋群岛的首条远洋集装箱航线\n昨日正式开通。\n（下转第12版）\n' \
    >"$T_TMP/cont/2023-03-01/p1.txt"
printf '（上接第1版）澄湖港区新航线开通\n首批货轮满载机电产品驶出港口。\n' \
    >"$T_TMP/cont/2023-03-01/p12.txt"
"$K" --db "$T_TMP/cont.db" import "$T_TMP/cont" >/dev/null 2>&1
out=$("$K" --db "$T_TMP/cont.db" show 1 --width 12 --follow)
t_match "show --width 12 --follow: the article it goes on in follows" \
    '^-- .*page 12 ' "$out"
t_match "show --width 12: the continuation note is there" '^\(continued' \
    "$out"
t_eq "show --width 12: ... laid out at the width too (but the sources)" "" \
    "$(printf '%s\n' "$out" | grep -v '^-- ' | python3 -c '
import sys, unicodedata
for l in sys.stdin.read().splitlines():
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l)
    if w > 12: print(w, l)')"
t_status "show: unknown id is an error" 1 "$K" --db "$DB" show 9999
t_match "show: unknown id is named" "no article 9999" "$(cat "$T_TMP/st.err")"

"$K" --db "$DB" export --date 2023-02-10 |
    t_golden "export md: issue heading, articles and source" store-export.md
"$K" --db "$DB" export --format json --search ferry |
    t_golden "export json --search: articles with source" store-export.json
t_match "export txt: source line" "^-- 2023-02-11, page 1 \(.*第1版.txt\)$" \
    "$("$K" --db "$DB" export --format txt)"

# --- foreign and damaged files as --db: error naming it, file untouched ------
printf 'just some text, not a database\n' >"$T_TMP/notes.db"
sum=$(cksum <"$T_TMP/notes.db")
t_status "non-SQLite --db: list fails" 1 "$K" --db "$T_TMP/notes.db" list
t_match "non-SQLite --db: message names the file" \
    "notes.db: .*not a database" "$(cat "$T_TMP/st.err")"
t_status "non-SQLite --db: import fails" 1 \
    "$K" --db "$T_TMP/notes.db" import "$D/notes_03.txt"
t_eq "non-SQLite --db: file untouched" "$sum" "$(cksum <"$T_TMP/notes.db")"

if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 "$T_TMP/other.db" 'CREATE TABLE t(x); INSERT INTO t VALUES(1);'
	sum=$(cksum <"$T_TMP/other.db")
	t_status "another program's SQLite --db: import fails" 1 \
	    "$K" --db "$T_TMP/other.db" import "$D/notes_03.txt"
	t_match "another program's SQLite --db: said so" "not a kanbao store" \
	    "$(cat "$T_TMP/st.err")"
	t_eq "another program's SQLite --db: file untouched" "$sum" \
	    "$(cksum <"$T_TMP/other.db")"
else
	t_skip "another program's SQLite --db" "no sqlite3 command"
fi

# Damaged: a copy of the store with its first page scrambled past the header.
cp "$DB" "$T_TMP/bad.db"
printf 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' |
    dd of="$T_TMP/bad.db" bs=1 seek=100 conv=notrunc 2>/dev/null
sum=$(cksum <"$T_TMP/bad.db")
t_status "damaged --db: search fails" 1 "$K" --db "$T_TMP/bad.db" search 花
t_match "damaged --db: message names the file" "bad.db: " \
    "$(cat "$T_TMP/st.err")"
t_status "damaged --db: import fails" 1 \
    "$K" --db "$T_TMP/bad.db" import "$D/notes_03.txt"
t_eq "damaged --db: file untouched" "$sum" "$(cksum <"$T_TMP/bad.db")"

# --- a read-only store ---------------------------------------------------------
mkdir -p "$T_TMP/ro"
cp "$DB" "$T_TMP/ro/k.db"
chmod 444 "$T_TMP/ro/k.db"
chmod 555 "$T_TMP/ro"
chmod 755 "$T_TMP"
if [ "$(id -u)" = 0 ]; then
	if command -v setpriv >/dev/null 2>&1; then
		as() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
	else
		as() { return 77; }
	fi
else
	as() { "$@"; }
fi
cp "$D/notes_03.txt" "$T_TMP/ro-page.txt"
chmod 644 "$T_TMP/ro-page.txt"
as true 2>/dev/null; if [ $? -eq 77 ]; then
	t_skip "read-only store" "running as root without setpriv"
else
	out=$(as "$K" --db "$T_TMP/ro/k.db" search 花 2>&1)
	t_match "read-only store: search works" "公园" "$out"
	out=$(as "$K" --db "$T_TMP/ro/k.db" list 2>&1)
	t_match "read-only store: list works" "^2023-02-11" "$out"
	out=$(as "$K" --db "$T_TMP/ro/k.db" import "$T_TMP/ro-page.txt" 2>&1)
	st=$?
	t_eq "read-only store: import exits 1" 1 "$st"
	t_match "read-only store: import says read-only" "k.db: the store is read-only" "$out"
	as "$K" --db "$T_TMP/ro/k.db" mark 1 2 --star >"$T_TMP/ro.out" \
	    2>"$T_TMP/ro.err"
	t_eq "read-only store: mark exits 1" 1 "$?"
	t_eq "read-only store: mark says read-only, once" \
	    "kanbao: $T_TMP/ro/k.db: the store is read-only" \
	    "$(cat "$T_TMP/ro.err")"
	t_eq "read-only store: mark says it marked nothing" "" \
	    "$(cat "$T_TMP/ro.out")"
	# No store yet, in a directory that cannot take one: named, and why.
	out=$(as "$K" --db "$T_TMP/ro/new.db" import "$T_TMP/ro-page.txt" 2>&1)
	t_eq "read-only directory: a new store is refused, naming it" \
	    "kanbao: $T_TMP/ro/new.db: cannot make the store: $T_TMP/ro: Permission denied" \
	    "$out"
fi
chmod 755 "$T_TMP/ro"

# --- a large tree: killed import, and a reader beside the importer -----------
BIG=$T_TMP/big
awk -v dir="$BIG" 'BEGIN {
	s = "城市交通建设项目今天推进，居民生活更加方便。";
	for (d = 1; d <= 192; d++) {
		path = sprintf("%s/2020-%02d-%02d", dir, int((d - 1) / 28) + 1,
		    (d - 1) % 28 + 1);
		system("mkdir -p " path);
		for (p = 1; p <= 8; p++) {
			f = sprintf("%s/p%02d.txt", path, p);
			printf "第%d版标题\n\n", p > f;
			for (i = 0; i < 60; i++) printf "%s", s > f;
			printf "\n\n天气%d\n\n", d > f;
			for (i = 0; i < 60; i++) printf "%s", s > f;
			printf "\n" > f;
			close(f);
		}
	}
}'
# Over 12 MB of page text: several import batches (they commit by
# size), so that a kill can come between two commits.
"$K" --db "$T_TMP/full.db" import "$BIG" >/dev/null 2>&1
"$K" --db "$T_TMP/full.db" list pages | cut -f1-3 >"$T_TMP/full.pages"
total=$(wc -l <"$T_TMP/full.pages")

KDB=$T_TMP/killed.db
"$K" --db "$KDB" import "$BIG" >/dev/null 2>&1 &
pid=$!
i=0
while [ $i -lt 200 ]; do
	n=$("$K" --db "$KDB" list pages 2>/dev/null | wc -l)
	[ "$n" -gt 0 ] && break
	sleep 0.02
	i=$((i + 1))
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
"$K" --db "$KDB" list pages | cut -f1-3 >"$T_TMP/killed.pages"
n=$(wc -l <"$T_TMP/killed.pages")
if [ "$n" -gt 0 ] && [ "$n" -lt "$total" ]; then
	t_ok "killed import: stopped part-way ($n of $total pages)"
else
	t_skip "killed import: stopped part-way" "$n of $total pages stored"
fi
if command -v sqlite3 >/dev/null 2>&1; then
	t_eq "killed import: integrity_check ok" ok \
	    "$(sqlite3 "$KDB" 'PRAGMA integrity_check')"
else
	t_skip "killed import: integrity_check" "no sqlite3 command"
fi
bad=$(grep -vxF -f "$T_TMP/full.pages" "$T_TMP/killed.pages")
t_eq "killed import: only whole pages (each as a full import has it)" "" "$bad"
"$K" --db "$KDB" import "$BIG" >/dev/null 2>&1
"$K" --db "$KDB" list pages | cut -f1-3 >"$T_TMP/rerun.pages"
if cmp -s "$T_TMP/full.pages" "$T_TMP/rerun.pages"; then
	t_ok "killed import: a re-run completes it"
else
	t_fail "killed import: a re-run completes it" \
	    "$(diff "$T_TMP/full.pages" "$T_TMP/rerun.pages" | head -5)"
fi

# A reader while the importer writes: every read succeeds.
CDB=$T_TMP/conc.db
"$K" --db "$CDB" import "$BIG/2020-01-01" >/dev/null 2>&1
"$K" --db "$CDB" import "$BIG" >/dev/null 2>&1 &
pid=$!
fails=0 reads=0
while kill -0 $pid 2>/dev/null && [ $reads -lt 300 ]; do
	"$K" --db "$CDB" list >/dev/null 2>>"$T_TMP/conc.err" ||
	    fails=$((fails + 1))
	"$K" --db "$CDB" search 天气 --limit 5 >/dev/null 2>>"$T_TMP/conc.err" ||
	    fails=$((fails + 1))
	"$K" --db "$CDB" show 1 >/dev/null 2>>"$T_TMP/conc.err" ||
	    fails=$((fails + 1))
	reads=$((reads + 3))
done
wait $pid
st=$?
if [ $reads -eq 0 ]; then
	t_skip "reading while importing" "the import finished first"
else
	if [ $fails -eq 0 ]; then
		t_ok "reading while importing: $reads reads, none failed"
	else
		t_fail "reading while importing: $fails of $reads reads failed" \
		    "$(sort "$T_TMP/conc.err" | uniq -c | head -5)"
	fi
fi
t_eq "reading while importing: the import succeeded" 0 "$st"

# --- a store made with schema 2 (unicode61 over spaced text) is upgraded ------
if command -v sqlite3 >/dev/null 2>&1; then
	V2=$T_TMP/v2.db
	sqlite3 "$V2" <"$TOP/tests/cli/golden/store-v2.sql"
	t_eq "upgrade: the old store is schema 2" 2 \
	    "$(sqlite3 "$V2" 'PRAGMA user_version')"
	t_match "upgrade: two characters found after the upgrade" "气温" \
	    "$("$K" --db "$V2" search 小雨 2>&1)"
	t_eq "upgrade: schema 11 (schema 3, papers, no page text, a smaller index, files' times, an index of the unread, the marks of deleted pages, a folded index, ids never given again)" 11 "$(sqlite3 "$V2" 'PRAGMA user_version')"
	t_match "upgrade: one character" "Harbour news" "$("$K" --db "$V2" search 航)"
	t_match "upgrade: four characters" "新航线五" \
	    "$("$K" --db "$V2" search 新航线五)"
	t_match "upgrade: a Latin word" "ferry" "$("$K" --db "$V2" search FERRY)"
	t_eq "upgrade: not across punctuation" "" \
	    "$("$K" --db "$V2" search 雨气)"
	t_eq "upgrade: articles, read and starred state kept" \
	    "1|1|0 2|0|1" "$(sqlite3 "$V2" \
	    'SELECT id, read, starred FROM article ORDER BY id' | tr '\n' ' ' |
	    sed 's/ $//')"
	t_eq "upgrade: integrity_check ok" ok \
	    "$(sqlite3 "$V2" 'PRAGMA integrity_check')"
	out=$("$K" --db "$V2" import "$D/2023-02-10/p01.txt" 2>&1)
	t_match "upgrade: the same page again is unchanged" \
	    "\(0 new, 0 replaced, 1 unchanged\)" "$out"
	# Replacing removes the old entries through the new tokenizer.
	printf '天气预报\n\n晴转多云。\n' >"$T_TMP/p01.txt"
	"$K" --db "$V2" import --date 2023-02-10 --page 1 "$T_TMP/p01.txt" \
	    >/dev/null 2>&1
	t_eq "upgrade: a replaced page's old text is gone" "" \
	    "$("$K" --db "$V2" search 小雨)"
	t_match "upgrade: its new text is found" "多云" \
	    "$("$K" --db "$V2" search 多云)"
	t_eq "upgrade: the other article keeps its star" 1 \
	    "$(sqlite3 "$V2" 'SELECT starred FROM article WHERE id = 2')"
else
	t_skip "upgrade from schema 2" "no sqlite3 command"
fi
