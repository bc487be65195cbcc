#!/bin/sh
# Import reads the files (decodes, parses, tags them) a few files ahead of
# the one it stores, on a thread of its own: what it says still comes in
# the order of the files, with the errors where they belong; the store is
# the same as when the files are imported one at a time; and what the
# reading thread took for stored already, the store decides.
. "$(dirname "$0")/../lib.sh"

K=$KANBAO
# Relative paths, so that messages name the files as given.
cd "$T_TMP" || exit 1

# page DIR N: a small page of its own text (N makes it differ).
page() {
	mkdir -p "$(dirname "$1")"
	printf '第%s条新闻标题\n\n城市建设项目第%s期今天开工，预计明年完成，居民出行更加方便。\n\n天气预报\n\n明天多云，气温%s度左右。\n' \
	    "$2" "$2" "$2" >"$1"
}

# --- what is said, in the order of the files ------------------------------
# 40 days; among them files the reading finds bad (binary) and files the
# store refuses (a page too large to index), side by side and in turns,
# and files without a date (named in the summary).
O=order
# 2.3 MB: more than a page may hold (STORE_PAGE_MAX).
awk 'BEGIN { for (i = 0; i < 70000; i++) printf "城市交通建设项目推进。"
	print "" }' >big.txt
want_err=
want_undated=
for d in $(seq 1 40); do
	f=$O/2023-$(printf %02d $(((d - 1) / 28 + 1)))-$(printf %02d \
	    $(((d - 1) % 28 + 1)))/p01.txt
	case $((d % 8)) in
	2|5)	mkdir -p "$(dirname "$f")"
		printf 'bin\000ary\001%s' "$d" >"$f"
		want_err="$want_err $f" ;;
	3)	mkdir -p "$(dirname "$f")"
		cp big.txt "$f"
		want_err="$want_err $f" ;;
	7)	f=$O/x$d/notes_$d.txt
		page "$f" "$d"
		want_undated="$want_undated $f" ;;
	*)	page "$f" "$d" ;;
	esac
done
# The store is locked by another writer for a second as the import
# starts, so that the reading runs well ahead of the storing: what it
# finds must wait for its turn all the same.
page seed/2022-12-31/p01.txt 0
"$K" --db order.db import seed >/dev/null 2>&1
"$K" --db one.db import seed >/dev/null 2>&1
if command -v sqlite3 >/dev/null 2>&1; then
	{ echo 'BEGIN IMMEDIATE;'; sleep 1; echo 'COMMIT;'; } |
	    sqlite3 order.db &
	lock=$!
	sleep 0.3
else
	lock=
fi
"$K" --db order.db import "$O" >order.out 2>order.err
st=$?
[ -n "$lock" ] && wait $lock
t_eq "order: exit 1 with bad files" 1 "$st"
# The files named in the errors, in order; the files as sorted.
got=$(sed -n 's/^kanbao: \([^:]*\): .*/\1/p' order.err | tr '\n' ' ')
want=$(for f in $want_err; do echo "$f"; done | sort | tr '\n' ' ')
t_eq "order: errors come in the order of the files" "$want" "$got"
t_eq "order: each error once, nothing else said" \
    "$(echo $want_err | wc -w)" "$(wc -l <order.err | tr -d ' ')"
t_match "order: a page too large is the store's to refuse" \
    "p01.txt: page too large to index" "$(cat order.err)"
t_match "order: a binary file is refused when read" \
    "p01.txt: .*(binary|not text)" "$(cat order.err)"
got=$(sed -n 's/^undated: \([^ ]*\) filed as .*/\1/p' order.out | tr '\n' ' ')
want=$(for f in $want_undated; do echo "$f"; done | sort | tr '\n' ' ')
t_eq "order: undated pages named in the order of the files" "$want" "$got"
nbad=$(echo $want_err | wc -w)
t_match "order: the summary counts every file" \
    "^imported $((40 - nbad)) pages \\($((40 - nbad)) new, 0 replaced, 0 unchanged\\), .* $nbad skipped" \
    "$(cat order.out)"

# The same files one at a time (no reading ahead): the same store.
for f in $(find "$O" -name '*.txt' | sort); do
	"$K" --db one.db import "$f" >/dev/null 2>&1
done
"$K" --db order.db export --format json >order.json 2>&1
"$K" --db one.db export --format json >one.json 2>&1
if cmp -s order.json one.json; then
	t_ok "order: the same store as importing one file at a time"
else
	t_fail "order: the same store as importing one file at a time" \
	    "$(diff order.json one.json | head -5)"
fi
"$K" --db order.db list pages | cut -f1-3 >order.pages
"$K" --db one.db list pages | cut -f1-3 >one.pages
t_eq "order: the same pages as importing one file at a time" \
    "$(cat one.pages)" "$(cat order.pages)"

# Again: every file unchanged, found so before it is read in full.
"$K" --db order.db import "$O" >again.out 2>again.err
t_match "again: every page unchanged" \
    "^imported $((40 - nbad)) pages \\(0 new, 0 replaced, $((40 - nbad)) unchanged\\)" \
    "$(cat again.out)"
t_eq "again: the same errors in the same order" "$(cat order.err)" \
    "$(cat again.err)"
t_eq "again: the same articles counted" \
    "$(sed -n 's/.*), \([0-9]*\) articles.*/\1/p' order.out)" \
    "$(sed -n 's/.*), \([0-9]*\) articles.*/\1/p' again.out)"

# --- stored already when read, not when stored ---------------------------
# a's page is stored; then x's page (the same paper, date and number)
# replaces it and a's comes again in the same import.  When a is read it
# is stored (the reading thread sees the store as it was), when it is
# stored it is not: it replaces x's.
A=a/citydaily/2023-05-01/p01.txt
X=x/citydaily/2023-05-01/p01.txt
page $A 1
page $X 2
"$K" --db h.db import $A >/dev/null 2>&1
"$K" --db h.db import $X $A >h.out 2>h.err
t_match "stored when read: both pages replace the one before" \
    "^imported 2 pages \\(0 new, 2 replaced, 0 unchanged\\)" "$(cat h.out)"
t_eq "stored when read: said in order" \
    "replaced citydaily 2023-05-01, page 1 with $X
replaced citydaily 2023-05-01, page 1 with $A" \
    "$(grep '^replaced' h.out)"
t_match "stored when read: a's page is stored" "$A" \
    "$("$K" --db h.db list pages)"
t_match "stored when read: with its articles" "第1条新闻标题" \
    "$("$K" --db h.db list articles)"

# The same with --date (no fast way past a file: each page is checked).
page b/p01.txt 3
page y/p01.txt 4
"$K" --db d.db import --date 2023-05-02 b/p01.txt >/dev/null 2>&1
"$K" --db d.db import --date 2023-05-02 y/p01.txt b/p01.txt >d.out 2>d.err
t_match "stored when read, --date: both pages replace the one before" \
    "^imported 2 pages \\(0 new, 2 replaced, 0 unchanged\\)" "$(cat d.out)"
t_match "stored when read, --date: b's articles are stored" "第3条新闻标题" \
    "$("$K" --db d.db list articles)"
t_nomatch "stored when read, --date: y's are replaced" "第4条新闻标题" \
    "$("$K" --db d.db list articles)"
