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

# --- one file named twice is read once -------------------------------------
page once/2024-03-07/p01.txt 1
ln -s p01.txt once/2024-03-07/p02.txt
"$K" --db once.db import once/2024-03-07/p01.txt once/2024-03-07/p01.txt \
    once once/2024-03-07/../2024-03-07/p01.txt >once.out 2>&1
t_match "once: a file named four ways, and linked, is one page" \
    "^imported 1 page \\(1 new, 0 replaced, 0 unchanged\\)" "$(cat once.out)"
t_eq "once: ... stored under the name it was first given" \
    "once/2024-03-07/p01.txt" "$("$K" --db once.db list pages | cut -f5)"

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
# stored it is not: x's page is there, put by this import, and a second
# file for one page in one import is a clash, not a replacement.
A=a/citydaily/2023-05-01/p01.txt
X=x/citydaily/2023-05-01/p01.txt
page $A 1
page $X 2
"$K" --db h.db import $A >/dev/null 2>&1
"$K" --db h.db import $X $A >h.out 2>h.err
t_match "stored when read: x's page replaces the one before, a's clashes" \
    "^imported 1 page \\(0 new, 1 replaced, 0 unchanged\\), 2 articles, 1 skipped" \
    "$(cat h.out)"
t_eq "stored when read: said" \
    "kanbao: $A: citydaily 2023-05-01, page 1 is $X's page in this import: skipped (give it --page, or import it alone to replace that page)" \
    "$(cat h.err)"
t_match "stored when read: x's page is stored" "$X" \
    "$("$K" --db h.db list pages)"
t_match "stored when read: with its articles" "第2条新闻标题" \
    "$("$K" --db h.db list articles)"

# The same with --date (no fast way past a file: each page is checked).
page b/p01.txt 3
page y/p01.txt 4
"$K" --db d.db import --date 2023-05-02 b/p01.txt >/dev/null 2>&1
"$K" --db d.db import --date 2023-05-02 y/p01.txt b/p01.txt >d.out 2>d.err
t_match "stored when read, --date: y's page replaces b's, b's clashes" \
    "^imported 1 page \\(0 new, 1 replaced, 0 unchanged\\), 2 articles, 1 skipped" \
    "$(cat d.out)"
t_match "stored when read, --date: y's articles are stored" "第4条新闻标题" \
    "$("$K" --db d.db list articles)"
t_nomatch "stored when read, --date: b's are replaced" "第3条新闻标题" \
    "$("$K" --db d.db list articles)"

# --- two files of one import for one page --------------------------------
# The first is stored, the second skipped and said (the dry run says the
# same), every time the two are imported: it never replaces the first
# unseen.  --date over several issues' files clashes the same way.
C=clash/2031-01-01
page $C/p1.txt 5
page $C/第1版.txt 6
out=$("$K" --db c.db import --dry-run clash 2>&1)
t_match "clash: the dry run says the second is skipped" \
    "^$C/第1版.txt: clash 2031-01-01, page 1 \\(第1版\\): $C/p1.txt's page already: skipped$" \
    "$out"
t_match "clash: ... and counts it" \
    "^would import 1 page \\(1 new, 0 replaced, 0 unchanged\\), 1 skipped" "$out"
t_status "clash: the dry run fails as the import would" 1 \
    "$K" --db c.db import --dry-run clash
for run in first again reread; do
	opt=
	[ $run = reread ] && opt=--reread
	"$K" --db c.db import $opt clash >c.out 2>c.err
	t_match "clash, $run: one page stored, one skipped" \
	    "^imported 1 page \\(.*\\), 2 articles, 1 skipped" "$(cat c.out)"
	t_eq "clash, $run: said" \
	    "kanbao: $C/第1版.txt: clash 2031-01-01, page 1 (第1版) is $C/p1.txt's page in this import: skipped (give it --page, or import it alone to replace that page)" \
	    "$(cat c.err)"
	t_match "clash, $run: the first file's articles are the page's" \
	    "第5条新闻标题" "$("$K" --db c.db list articles)"
done
page clash2/2024-01-01/p1.txt 7
page clash2/2024-01-02/p1.txt 8
page clash2/2024-01-03/p1.txt 9
"$K" --db c2.db import --date 2030-02-02 clash2 >c.out 2>c.err
t_match "clash, --date over three issues: one page stored" \
    "^imported 1 page \\(1 new, 0 replaced, 0 unchanged\\), 2 articles, 2 skipped" \
    "$(cat c.out)"
t_eq "clash, --date over three issues: two files said" 2 \
    "$(grep -c "page 1 is clash2/2024-01-01/p1.txt's page in this import" c.err)"

# --- a file known by its path, size and modification time -----------------
# A file of one page, older than the import by a few seconds, keeps its
# size and time with its page; imported again with both the same it is not
# read at all: other bytes of the same size under the same time are taken
# for the file as it was (which shows it was not read).  touch, or
# --reread, has it read again.
S=stat/2023-06-01
page $S/p01.txt 1
page $S/p02.txt 2
old=@1700000000
touch -d $old $S/p01.txt $S/p02.txt
"$K" --db s.db import stat >s.out 2>&1
t_match "stat: first import" \
    "^imported 2 pages \\(2 new, 0 replaced, 0 unchanged\\)" "$(cat s.out)"
page $S/p01.txt 3
touch -d $old $S/p01.txt
"$K" --db s.db import stat >s.out 2>&1
t_match "stat: the same size and time: unchanged, unread" \
    "^imported 2 pages \\(0 new, 0 replaced, 2 unchanged\\)" "$(cat s.out)"
"$K" --db s.db import $S/p01.txt >s.out 2>&1
t_match "stat: ... a file alone too (no reading ahead)" \
    "^imported 1 page \\(0 new, 0 replaced, 1 unchanged\\)" "$(cat s.out)"
t_nomatch "stat: ... its page as it was" "第3条新闻标题" \
    "$("$K" --db s.db list articles)"
"$K" --db s.db import --dry-run stat >s.out 2>&1
t_match "stat: a dry run reads it" "$S/p01.txt: .*replaces the stored page" \
    "$(cat s.out)"
"$K" --db s.db import --reread stat >s.out 2>&1
t_match "stat: --reread reads it" \
    "^imported 2 pages \\(0 new, 1 replaced, 1 unchanged\\)" "$(cat s.out)"
t_match "stat: ... and stores it" "第3条新闻标题" \
    "$("$K" --db s.db list articles)"
# --reread kept the new bytes' size and time: unread again after.
page $S/p01.txt 4
touch -d $old $S/p01.txt
"$K" --db s.db import stat >s.out 2>&1
t_match "stat: after --reread, known by its size and time again" \
    "^imported 2 pages \\(0 new, 0 replaced, 2 unchanged\\)" "$(cat s.out)"
# Another time: read again, and replaced.
touch -d @1700000100 $S/p01.txt
"$K" --db s.db import stat >s.out 2>&1
t_match "stat: another time: read again" \
    "^imported 2 pages \\(0 new, 1 replaced, 1 unchanged\\)" "$(cat s.out)"
t_match "stat: ... and stored" "第4条新闻标题" \
    "$("$K" --db s.db list articles)"
# A file found unchanged by its bytes under another time keeps that time:
# the next import takes it unread.
touch -d @1700000200 $S/p02.txt
"$K" --db s.db import stat >s.out 2>&1
t_match "stat: touched, the same bytes: unchanged" \
    "^imported 2 pages \\(0 new, 0 replaced, 2 unchanged\\)" "$(cat s.out)"
page $S/p02.txt 5
touch -d @1700000200 $S/p02.txt
"$K" --db s.db import stat >s.out 2>&1
t_match "stat: ... its new time kept: then unread" \
    "^imported 2 pages \\(0 new, 0 replaced, 2 unchanged\\)" "$(cat s.out)"
t_nomatch "stat: ... its page as it was" "第5条新闻标题" \
    "$("$K" --db s.db list articles)"

# A file written just before the import may be written again within the
# same tick of the clock: its time is not kept, and other bytes of the
# same size under the same time are read.
page $S/p03.txt 6
touch -r $S/p03.txt now.ref
"$K" --db s.db import stat >s.out 2>&1
t_match "stat: a file written just now is new" \
    "^imported 3 pages \\(1 new, 0 replaced, 2 unchanged\\)" "$(cat s.out)"
page $S/p03.txt 7
touch -r now.ref $S/p03.txt
"$K" --db s.db import stat >s.out 2>&1
t_match "stat: ... written again under the same time, it is read" \
    "^imported 3 pages \\(0 new, 1 replaced, 2 unchanged\\)" "$(cat s.out)"
# A file of several pages, or one placed by an option (--date), is read
# every time.
M=stat2/2023-06-02/issue.txt
mkdir -p stat2/2023-06-02
printf 'A\n\n第一版内容。\n\fB\n\n第二版内容。\n' >$M
page stat2/p01.txt 10
touch -d $old $M stat2/p01.txt
"$K" --db s.db import $M >/dev/null 2>&1
"$K" --db s.db import --date 2023-06-03 stat2/p01.txt >/dev/null 2>&1
printf 'A\n\n第一版内容。\n\fB\n\n第二版内答。\n' >$M
page stat2/p01.txt 11
touch -d $old $M stat2/p01.txt
"$K" --db s.db import $M >s.out 2>&1
t_match "stat: a file of several pages is read every time" \
    "^imported 2 pages \\(0 new, 1 replaced, 1 unchanged\\)" "$(cat s.out)"
"$K" --db s.db import --date 2023-06-03 stat2/p01.txt >s.out 2>&1
t_match "stat: a file placed by --date is read every time" \
    "^imported 1 page \\(0 new, 1 replaced, 0 unchanged\\)" "$(cat s.out)"

# Known by its stat when read, not when stored: as for its bytes above.
A=sa/citydaily/2023-05-03/p01.txt
X=sx/citydaily/2023-05-03/p01.txt
page $A 8
page $X 9
touch -d $old $A $X
"$K" --db sh.db import $A >/dev/null 2>&1
"$K" --db sh.db import $X $A >sh.out 2>&1
t_match "stat, stored when read: x's page replaces the one before" \
    "^imported 1 page \\(0 new, 1 replaced, 0 unchanged\\), 2 articles, 1 skipped" \
    "$(cat sh.out)"
t_match "stat, stored when read: a's clashes" \
    "$A: citydaily 2023-05-03, page 1 is $X's page in this import: skipped" \
    "$(cat sh.out)"
t_match "stat, stored when read: x's articles are stored" "第9条新闻标题" \
    "$("$K" --db sh.db list articles)"

# Options after the paths are options, as in the other commands: an
# import --dry-run written after its file writes nothing.
page op/citydaily/2023-05-04/p01.txt 3
"$K" --db op.db import op/citydaily/2023-05-04/p01.txt --dry-run >op.out 2>&1
t_match "options after the paths: --dry-run is taken" \
    "^would import 1 page \\(1 new" "$(cat op.out)"
t_eq "options after the paths: --dry-run writes nothing" "no" \
    "$([ -e op.db ] && echo yes || echo no)"
t_match "options after the paths: parse FILE --json" '^\{"source"' \
    "$("$K" parse op/citydaily/2023-05-04/p01.txt --json)"
t_status "kanbao's own option after a command: a usage error" 2 \
    "$K" list issues --db op.db
t_match "kanbao's own option after a command: said where it goes" \
    "goes before the command: kanbao --db \.\.\. list" "$(cat "$T_TMP/st.err")"
t_status "kanbao's own option after reader: a usage error" 2 \
    "$K" reader --theme dark
t_match "kanbao's own option after reader: said where it goes" \
    "goes before the command: kanbao --theme \.\.\. reader" \
    "$(cat "$T_TMP/st.err")"
t_status "reader: an argument is a usage error" 2 "$K" reader today
t_match "reader: ... named" "unexpected argument: today" "$(cat "$T_TMP/st.err")"

# Dates and papers from the layouts archives are kept in: a day's directory
# under its year's and month's (2023/02/10, 2023/2/9), a month's directory
# over the day's (2023-02/2023-02-10): each page is dated, and no month or
# folder for downloads is taken for a paper.
page ymd/湖城日报/2023/02/10/p01.txt 11
page ymd/湖城日报/2023/2/9/p01.txt 12
page ymd/papers/2023-02/2023-02-08/p01.txt 13
page ymd/papers/2023-03/2023-03-01/p01.txt 14
page ymd/Downloads/2023-03-02/p01.txt 15
page ymd/export-2024-01-01/湖城日报/2023/02/12/p01.txt 16
"$K" --db ymd.db import ymd >ymd.out 2>&1
t_match "year/month/day: every page imported" \
    "^imported 6 pages \\(6 new" "$(cat ymd.out)"
t_eq "year/month/day: each dated by the date nearest it, none undated" \
    "2023-03-02 2023-03-01 2023-02-12 2023-02-10 2023-02-09 2023-02-08" \
    "$("$K" --db ymd.db list | cut -f1 | tr '\n' ' ' | sed 's/ $//')"
t_eq "year/month/day: the paper named over the year, months none" \
    "- 湖城日报" \
    "$("$K" --db ymd.db list papers | cut -f1 | sort | tr '\n' ' ' |
	sed 's/ $//')"
