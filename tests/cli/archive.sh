#!/bin/sh
# An archive that never loses a page: each case where an ordinary import
# used to overwrite or drop pages, now kept (paper + date + page listed as
# expected) and said; papers, page labels, form-feed issues, read and
# starred state across a re-import, delete, mark, --dry-run, the names
# import reads, and the upgrade of stores of schema 3 and 4.
. "$(dirname "$0")/../lib.sh"

K=$KANBAO
cd "$T_TMP" || exit 1

# page FILE TITLE BODY [TITLE BODY]...: a Markdown page of our own.
page() {
	_f=$1
	shift
	mkdir -p "$(dirname "$_f")"
	: >"$_f"
	while [ $# -ge 2 ]; do
		printf '# %s\n\n本报讯 %s\n\n' "$1" "$2" >>"$_f"
		shift 2
	done
}

# --- two papers on one date -------------------------------------------------
DB=$T_TMP/papers.db
page papers/pinghu/2024-03-07/p1.txt 新桥通车 城东新桥今天正式通车。
page papers/chenghu/2024-03-07/p1.txt 渡口改建 城北渡口改建完成。
out=$("$K" --db "$DB" import papers 2>&1)
t_match "two papers, one date: both new" \
    "^imported 2 pages \(2 new, 0 replaced, 0 unchanged\)" "$out"
t_eq "two papers, one date: both listed with their paper" \
    "2024-03-07	1	chenghu
2024-03-07	1	pinghu" \
    "$("$K" --db "$DB" list pages | cut -f1,2,7)"
t_eq "list papers: each paper once, with its issues and pages" \
    "chenghu	1	1	1	2024-03-07	2024-03-07
pinghu	1	1	1	2024-03-07	2024-03-07" "$("$K" --db "$DB" list papers)"
t_match "search --paper: only that paper's" "渡口" \
    "$("$K" --db "$DB" search 改建 --paper chenghu)"
t_eq "search --paper: not the other paper's" "" \
    "$("$K" --db "$DB" search 改建 --paper pinghu)"
t_eq "list articles --paper" 1 \
    "$("$K" --db "$DB" list articles --paper pinghu | wc -l)"
t_eq "search: each hit names its paper, last" "渡口改建	chenghu" \
    "$("$K" --db "$DB" search 渡口 | cut -f4,6)"
t_match "search --json: each hit names its paper" '"paper":"pinghu"' \
    "$("$K" --db "$DB" search 新桥 --json)"
t_eq "list articles: each names its paper, last" "新桥通车	pinghu
渡口改建	chenghu" \
    "$("$K" --db "$DB" list articles | cut -f6,9 | LC_ALL=C sort)"
t_match "list articles --json: each names its paper" '"paper":"chenghu"' \
    "$("$K" --db "$DB" list articles --json)"
t_match "export --paper: its heading names the paper" "^# pinghu 2024-03-07$" \
    "$("$K" --db "$DB" export --paper pinghu)"
t_nomatch "export --paper: not the other paper" "渡口" \
    "$("$K" --db "$DB" export --paper pinghu)"
t_status "export --paper: an unknown paper is an error" 1 \
    "$K" --db "$DB" export --paper nosuch
t_match "export --paper: the error names it" "no paper nosuch" \
    "$(cat "$T_TMP/st.err")"
id=$("$K" --db "$DB" search 渡口 | cut -f1)
t_match "show: the source line names the paper" \
    "^-- chenghu 2024-03-07, page 1 " "$("$K" --db "$DB" show "$id")"
t_status "show --paper: the article's own paper" 0 \
    "$K" --db "$DB" show "$id" --paper chenghu
t_status "show --paper: another paper is an error" 1 \
    "$K" --db "$DB" show "$id" --paper pinghu
# export --search writes each hit from the row the search read: the same
# article, its paper included, as an export of the whole store has.
"$K" --db "$DB" export --format json | sed -n 's/^\({.*}\),*$/\1/p' \
    >"$T_TMP/all.json"
"$K" --db "$DB" export --format json --search 改建 --paper chenghu |
    sed -n 's/^\({.*}\),*$/\1/p' >"$T_TMP/hits.json"
t_eq "export --search --paper: one hit" 1 "$(wc -l <"$T_TMP/hits.json")"
t_match "export --search: the hit names its paper" '"paper":"chenghu"' \
    "$(cat "$T_TMP/hits.json")"
t_eq "export --search: each hit as the whole export has it" "" \
    "$(grep -vxF -f "$T_TMP/all.json" "$T_TMP/hits.json")"
out=$("$K" --db "$DB" import --paper 平湖日报 papers/pinghu/2024-03-07/p1.txt)
t_match "--paper: the page is new in that paper" "\(1 new, 0 replaced" "$out"
t_match "--paper: listed" "^平湖日报	" "$("$K" --db "$DB" list papers)"

# The masthead names the paper when the path does not.
mkdir -p mast
printf '平湖日报\n\n2024年3月8日 星期五\n\n# 春耕\n\n本报讯 春耕开始了。\n' \
    >mast/2024-03-08_01.txt
printf '要闻\n\n2 城湖晚报\n\n# 夜市\n\n本报讯 夜市开张。\n' \
    >mast/2024-03-08_02.txt
"$K" --db "$DB" import mast >/dev/null 2>&1
t_eq "masthead: the paper from the page's header lines" \
    "2024-03-08	1	平湖日报
2024-03-08	2	城湖晚报" \
    "$("$K" --db "$DB" list pages --date 2024-03-08 | cut -f1,2,7)"

# --- pages without a number in their names ---------------------------------
DB=$T_TMP/labels.db
page day/2024-03-07/front.txt 头版 今天的头版。
page day/2024-03-07/sports.txt 体育 今天的体育。
page day/2024-03-07/A1.txt 要闻 今天的要闻。
page day/2024-03-07/A2.txt 国际 今天的国际。
out=$("$K" --db "$DB" import day 2>&1)
t_match "no number: four new pages, none replaced" \
    "^imported 4 pages \(4 new, 0 replaced, 0 unchanged\)" "$out"
t_eq "no number: each keeps its label and gets the next free number" \
    "1	A1
2	A2
3	front
4	sports" "$("$K" --db "$DB" list pages | cut -f2,6)"
out=$("$K" --db "$DB" import day 2>&1)
t_match "no number: a re-import finds each by its label" \
    "^imported 4 pages \(0 new, 0 replaced, 4 unchanged\)" "$out"
page day/2024-03-07/sports.txt 体育 今天的体育新闻更多。
out=$("$K" --db "$DB" import day/2024-03-07/sports.txt 2>&1)
t_match "no number: a changed page replaces itself" \
    "\(0 new, 1 replaced, 0 unchanged\)" "$out"
t_match "no number: the summary names the replaced page" \
    "^replaced day 2024-03-07, page 4 \(sports\) with day/2024-03-07/sports.txt" \
    "$out"
t_eq "no number: still four pages" 4 "$("$K" --db "$DB" list pages | wc -l)"
t_match "export --search: the source line keeps the page label" \
    '^\*Source: day 2024-03-07, page 4 \(sports\) ' \
    "$("$K" --db "$DB" export --search 体育新闻)"
# A page numbered by its name takes its number; one numbered in order moves.
page day/2024-03-07/p3.txt 三版 今天的三版。
out=$("$K" --db "$DB" import day/2024-03-07/p3.txt 2>&1)
t_match "numbered page: new, nothing replaced" "\(1 new, 0 replaced" "$out"
t_match "numbered page: the page it displaced is named" "^moved .*page 3" \
    "$out"
t_eq "numbered page: page 3 is p3, front moved on" \
    "1	A1
2	A2
3	-
4	sports
5	front" "$("$K" --db "$DB" list pages | cut -f2,6)"

# --- a whole issue with form feeds (pdftotext) ---------------------------------
DB=$T_TMP/ff.db
mkdir -p issue/2024-03-09
{
	printf '# 公园开放\n\n本报讯 湖滨公园改造完成，明天起开放。（下转2版）\n'
	printf '\f# 公园开放\n\n（上接1版）公园里新种了三千棵树。\n'
	printf '\f\n\f# 天气\n\n今天晴，明天多云。\n\f'
} >issue/2024-03-09/whole.txt
out=$("$K" --db "$DB" import issue 2>&1)
t_match "form feeds: one page per section (a blank one skipped)" \
    "^imported 3 pages \(3 new" "$out"
t_eq "form feeds: pages numbered in order" "1 2 4" \
    "$("$K" --db "$DB" list pages | cut -f2 | tr '\n' ' ' | sed 's/ $//')"
id=$("$K" --db "$DB" search 湖滨 | cut -f1)
t_match "form feeds: 下转2版 reaches page 2" "三千棵树" \
    "$("$K" --db "$DB" show "$id" --follow)"

# --- read and starred state across a re-import -----------------------------------
DB=$T_TMP/state.db
page state/2024-03-10/p1.txt 新桥通车 城东新桥今天正式通车。 \
    公园开放 湖滨公园明天开放。 夜市开张 老街夜市今晚开张。
"$K" --db "$DB" import state >/dev/null 2>&1
a=$("$K" --db "$DB" search 新桥 | cut -f1)
b=$("$K" --db "$DB" search 湖滨 | cut -f1)
c=$("$K" --db "$DB" search 夜市 | cut -f1)
out=$("$K" --db "$DB" mark "$a" "$b" --read)
t_eq "mark --read: says what it did" "marked 2 articles read" "$out"
"$K" --db "$DB" mark "$b" "$c" --star >/dev/null
t_eq "list articles --unread" 1 \
    "$("$K" --db "$DB" list articles --unread | wc -l)"
t_eq "list articles --starred" 2 \
    "$("$K" --db "$DB" list articles --starred | wc -l)"
# The first article unchanged, the second with a new paragraph after the
# same lead, the third rewritten.
{
	printf '# 新桥通车\n\n本报讯 城东新桥今天正式通车。\n\n'
	printf '# 公园开放\n\n本报讯 湖滨公园明天开放。\n\n园内新种三千棵树。\n\n'
	printf '# 夜市开张\n\n本报讯 老街夜市推迟到下周开张。\n\n'
} >state/2024-03-10/p1.txt
out=$("$K" --db "$DB" import state 2>&1)
t_match "changed page: replaced, and the summary says state was kept" \
    "^replaced state 2024-03-10, page 1 with .*\(2 articles kept their read/starred state\)" \
    "$out"
t_eq "changed page: unchanged and same-lead articles keep their state" \
    "新桥通车 r-
公园开放 r*
夜市开张 --" \
    "$("$K" --db "$DB" list articles | awk -F'\t' '{ print $6, $8 }')"
# The same text under a heading read otherwise (a newer parser): kept.
{
	printf '# 新桥正式通车\n\n本报讯 城东新桥今天正式通车。\n\n'
	printf '# 公园开放\n\n本报讯 湖滨公园明天开放。\n\n园内新种三千棵树。\n\n'
	printf '# 夜市开张\n\n本报讯 老街夜市推迟到下周开张。\n\n'
} >state/2024-03-10/p1.txt
"$K" --db "$DB" import state >/dev/null 2>&1
t_eq "retitled article: the same text keeps its state" \
    "新桥正式通车 r-
公园开放 r*
夜市开张 --" \
    "$("$K" --db "$DB" list articles | awk -F'\t' '{ print $6, $8 }')"
t_status "mark: --read and --unread together is a usage error" 2 \
    "$K" --db "$DB" mark 1 --read --unread
t_status "mark: no state is a usage error" 2 "$K" --db "$DB" mark 1
t_status "mark: an unknown article is an error" 1 \
    "$K" --db "$DB" mark 9999 --star
t_match "mark: the unknown article is named" "no article 9999" \
    "$(cat "$T_TMP/st.err")"
t_eq "mark: nothing marked, no summary saying so" "" "$(cat "$T_TMP/st.out")"

# --- an id is never given again --------------------------------------------------
# The newest articles deleted, the next page's do not take their ids: an id
# a script kept (mark 12 --star) names no other article.
DB=$T_TMP/ids.db
page ids/2024-05-01/p1.txt 湖城旧闻 湖城旧闻一则。
page ids/2024-05-02/p1.txt 湖城新闻 湖城新闻一则。 湖城短讯 湖城短讯一则。
"$K" --db "$DB" import ids >/dev/null 2>&1
gone=$("$K" --db "$DB" list articles --date 2024-05-02 | cut -f1 | sort -n |
    tail -1)
"$K" --db "$DB" delete --date 2024-05-02 >/dev/null 2>&1
page ids-more/2024-05-03/p1.txt 湖城又闻 湖城又闻一则。
"$K" --db "$DB" import ids-more >/dev/null 2>&1
new=$("$K" --db "$DB" list articles --date 2024-05-03 | cut -f1)
t_eq "ids: after a delete, a new article's id is past every id given" \
    "$((gone + 1))" "$new"
t_eq "ids: ... and an old id names nothing" 1 \
    "$("$K" --db "$DB" show "$gone" >/dev/null 2>&1; echo $?)"

# --- undo: a naive import of undated files, deleted, then dated ------------------
DB=$T_TMP/undo.db
page naive/notes.txt 随笔 春天来了，公园里的花都开了。
page naive/walk.txt 散步 傍晚沿着河边散步。
out=$("$K" --db "$DB" import naive 2>&1)
t_match "undated: the summary names each undated page" \
    "^undated: naive/notes.txt filed as notes, page 1" "$out"
t_match "undated: ... and says how to date it" "give --date" "$out"
t_eq "delete --date: a day not on the calendar is no date" \
    "kanbao: not a date: 2024-02-30 (YYYY-MM-DD; delete takes one issue)" \
    "$("$K" --db "$DB" delete --date 2024-02-30 2>&1)"
t_status "delete --date: ... a command-line error" 2 \
    "$K" --db "$DB" delete --date 2024-02-30
t_eq "delete --date: a range is no date either" \
    "kanbao: not a date: 2024-02-01..2024-02-28 (YYYY-MM-DD; delete takes one issue)" \
    "$("$K" --db "$DB" delete --date 2024-02-01..2024-02-28 2>&1)"
t_eq "delete --date: a day with no issue is said so" \
    "kanbao: no issue 2024-02-28" \
    "$("$K" --db "$DB" delete --date 2024-02-28 2>&1)"
sum=$(cksum <"$DB")
out=$("$K" --db "$DB" delete --date notes --dry-run)
t_match "delete --dry-run: says what would go" \
    "^would delete notes, page 1 \(notes\): 1 article " "$out"
t_eq "delete --dry-run: the store untouched" "$sum" "$(cksum <"$DB")"
out=$("$K" --db "$DB" delete --date notes)
t_match "delete --date: says what it removed" \
    "^deleted notes, page 1 \(notes\): 1 article \(naive/notes.txt\)" "$out"
t_eq "delete --date: the issue is gone" "walk" \
    "$("$K" --db "$DB" list | cut -f1)"
t_eq "delete --date: its text is no longer found" "" \
    "$("$K" --db "$DB" search 花都开)"
"$K" --db "$DB" delete --paper - >/dev/null
t_eq "delete --paper -: the default paper's pages are gone" "" \
    "$("$K" --db "$DB" list)"
"$K" --db "$DB" import --date 2024-03-11 naive/notes.txt >/dev/null 2>&1
t_eq "undo: after delete and a dated import, one hit" 1 \
    "$("$K" --db "$DB" search 花都开 | wc -l)"
t_status "delete: no selection is a usage error" 2 "$K" --db "$DB" delete
t_status "delete: --page without --date is a usage error" 2 \
    "$K" --db "$DB" delete --paper x --page 2
t_status "delete: an unknown issue is an error" 1 \
    "$K" --db "$DB" delete --date 1999-01-01
DB=$T_TMP/papers.db
t_status "delete: a date two papers have needs --paper" 1 \
    "$K" --db "$DB" delete --date 2024-03-07
t_match "delete: ... and says so" "issues of [0-9] papers have that date" \
    "$(cat "$T_TMP/st.err")"
"$K" --db "$DB" delete --date 2024-03-07 --paper chenghu --page 1 >/dev/null
t_eq "delete --paper --date --page: only that page" "" \
    "$("$K" --db "$DB" list pages --paper chenghu 2>/dev/null)"
t_match "delete: the other paper's page of that date stays" "^2024-03-07	1" \
    "$("$K" --db "$DB" list pages --paper pinghu)"
t_nomatch "delete: an emptied paper is no longer listed" "^chenghu" \
    "$("$K" --db "$DB" list papers)"

# --- a delete is undone by importing the pages again: the marks come back ----
DB=$T_TMP/marks.db
page marks/2024-03-12/p1.txt 老街改造 老街改造工程今天完工。 新桥通车 城东新桥今天正式通车。
page marks/2024-03-12/p2.txt 渡口改建 城北渡口改建完成。
"$K" --db "$DB" import marks >/dev/null 2>&1
id1=$("$K" --db "$DB" list articles | awk -F'\t' '$6 == "老街改造" { print $1 }')
id2=$("$K" --db "$DB" list articles | awk -F'\t' '$6 == "渡口改建" { print $1 }')
"$K" --db "$DB" mark "$id1" --star >/dev/null
"$K" --db "$DB" mark "$id1" "$id2" --read >/dev/null
out=$("$K" --db "$DB" delete --date 2024-03-12 2>&1)
t_match "delete: says the marks are kept" \
    "^kept the read and starred marks of 2 articles: importing the pages again gives them back$" \
    "$out"
t_eq "delete: the articles are gone" "" "$("$K" --db "$DB" list articles)"
out=$("$K" --db "$DB" import marks 2>&1)
t_match "re-import: says the marks came back" \
    "^restored marks 2024-03-12, page 1: 1 article got back the read/starred state" \
    "$out"
t_eq "re-import: the starred, read article is so again" "r*" \
    "$("$K" --db "$DB" list articles | awk -F'\t' '$6 == "老街改造" { print $8 }')"
t_eq "re-import: the read one on page 2 too" "r-" \
    "$("$K" --db "$DB" list articles | awk -F'\t' '$6 == "渡口改建" { print $8 }')"
t_eq "re-import: the one never marked is not" "--" \
    "$("$K" --db "$DB" list articles | awk -F'\t' '$6 == "新桥通车" { print $8 }')"
if command -v sqlite3 >/dev/null 2>&1; then
	t_eq "re-import: the kept marks are used up" 0 \
	    "$(sqlite3 "$DB" 'SELECT count(*) FROM kept')"
fi
"$K" --db "$DB" delete --date 2024-03-12 --page 2 >/dev/null
t_eq "delete --page: that page's marks kept, and said so" \
    "deleted marks 2024-03-12, page 1: 2 articles (marks/2024-03-12/p1.txt)|deleted 1 page, 2 articles|kept the read and starred marks of 1 article: importing the page again gives them back|" \
    "$("$K" --db "$DB" delete --date 2024-03-12 --page 1 | tr '\n' '|')"

# A page filed under the default paper (a parser that could not read its
# masthead, or --paper -) and deleted comes back under its own paper: the
# marks kept at the default paper's place come back with it.  Another
# paper's page of that date and number, of other text, takes none of them
# (its articles take marks as a replaced page's do: by their text).
DB=$T_TMP/moved.db
page moved/chenghu/2024-03-13/p1.txt 湖畔步道 湖畔步道今天开放。 夜市开张 城南夜市今天开张。
page moved/pinghu/2024-03-13/p1.txt 平湖码头 平湖码头今天启用。
"$K" --db "$DB" import --paper - moved/chenghu >/dev/null 2>&1
id1=$("$K" --db "$DB" list articles | awk -F'\t' '$6 == "湖畔步道" { print $1 }')
"$K" --db "$DB" mark "$id1" --read --star >/dev/null
"$K" --db "$DB" delete --paper - >/dev/null 2>&1
out=$("$K" --db "$DB" import moved/pinghu 2>&1)
t_nomatch "moved: another paper's page takes no marks" "restored" "$out"
out=$("$K" --db "$DB" import moved/chenghu 2>&1)
t_match "moved: the page under its own paper gets its marks back" \
    "^restored chenghu 2024-03-13, page 1: 1 article got back" "$out"
t_eq "moved: read and starred again" "r*" \
    "$("$K" --db "$DB" list articles | awk -F'\t' '$6 == "湖畔步道" { print $8 }')"
t_eq "moved: the one never marked is not" "--" \
    "$("$K" --db "$DB" list articles | awk -F'\t' '$6 == "夜市开张" { print $8 }')"
if command -v sqlite3 >/dev/null 2>&1; then
	t_eq "moved: the marks given are taken out of kept" 0 \
	    "$(sqlite3 "$DB" 'SELECT count(*) FROM kept')"
fi

# --- import --dry-run ------------------------------------------------------------
out=$("$K" --db "$T_TMP/none.db" import --dry-run day papers 2>&1)
t_match "import --dry-run: where each file would go" \
    "^papers/pinghu/2024-03-07/p1.txt: pinghu 2024-03-07, page 1: new$" "$out"
t_match "import --dry-run: pages known by label numbered in turn" \
    "^day/2024-03-07/sports.txt: day 2024-03-07, page 5 \(sports\): new$" \
    "$out"
t_match "import --dry-run: says nothing was written" "nothing written$" "$out"
[ -e "$T_TMP/none.db" ] && t_fail "import --dry-run: no store created" ||
    t_ok "import --dry-run: no store created"
DB=$T_TMP/labels.db
sum=$(cksum <"$DB")
out=$("$K" --db "$DB" import --dry-run day 2>&1)
t_match "import --dry-run: what is stored is unchanged" \
    "\(0 new, 0 replaced, 5 unchanged\)" "$out"
t_eq "import --dry-run: the store untouched" "$sum" "$(cksum <"$DB")"

# --- the names import reads ----------------------------------------------------------
DB=$T_TMP/names.db
mkdir -p names/2024-03-12
page names/2024-03-12/P1.TXT 一版 大写的文件名。
page names/2024-03-12/p2.markdown 二版 Markdown 的长扩展名。
page names/2024-03-12/p3.text 三版 text 扩展名。
page names/2024-03-12/p4.Md 四版 大小写混合。
printf 'x' >names/2024-03-12/photo.jpg
printf 'x' >names/2024-03-12/notes.doc
printf '# The pages of March\n' >names/README.md
out=$("$K" --db "$DB" import names 2>&1)
st=$?
t_eq "names: exit 0" 0 "$st"
t_match "names: .TXT .markdown .text .Md all read" \
    "^imported 4 pages \(4 new" "$out"
t_match "names: other files counted and named" \
    "^skipped 3 files that are not pages: names/2024-03-12/notes.doc, names/2024-03-12/photo.jpg, names/README.md \(import reads .txt .text .md .markdown .pdf, not README\)$" \
    "$out"

# A name that is a date alone: its day is no page number (2023-02-14 is
# page 1, not 14); a number after the date still is.  A whole issue so
# named (form feeds) is pages 1 and 2.
mkdir -p dated
page dated/2023-02-14.txt 一版 日期作名。
page dated/2023_02_15.txt 一版 下划线的日期。
page dated/x2023-02-16-03.txt 三版 日期后的版号。
printf '二月十七日一版\n\n一版新闻。\n\f二月十七日二版\n\n二版新闻。\n' \
    >dated/2023-02-17.txt
out=$("$K" --db "$T_TMP/dated.db" import --dry-run dated 2>&1)
t_match "dated: 2023-02-14.txt is page 1" \
    "^dated/2023-02-14.txt: 2023-02-14, page 1 \(2023-02-14\): new$" "$out"
t_match "dated: 2023_02_15.txt is page 1" \
    "^dated/2023_02_15.txt: 2023-02-15, page 1 \(2023_02_15\): new$" "$out"
t_match "dated: x2023-02-16-03.txt is page 3" \
    "^dated/x2023-02-16-03.txt: 2023-02-16, page 3: new$" "$out"
t_eq "dated: a whole issue named by its date is pages 1 and 2" \
    "page 1|page 2|" \
    "$(echo "$out" | sed -n 's/^dated\/2023-02-17.txt: 2023-02-17, \(page [0-9]*\).*/\1/p' |
    tr '\n' '|')"

# A directory with no page file in it: said on standard error, and a
# failure, so that a script importing the wrong directory sees it.
mkdir -p nopages/sub
printf 'x' >nopages/sub/photo.jpg
mkdir -p nothing
for d in nopages nothing; do
	"$K" --db "$DB" import "$d" >"$T_TMP/np.out" 2>"$T_TMP/np.err"
	st=$?
	t_eq "$d: nothing to import is exit 1" 1 "$st"
	t_match "$d: said on standard error, naming it" \
	    "^kanbao: $d: found no page files \(import reads .txt .text .md .markdown .pdf\)$" \
	    "$(cat "$T_TMP/np.err")"
	t_match "$d: the summary still on standard output" \
	    "^imported 0 pages " "$(cat "$T_TMP/np.out")"
done
# Beside a directory of pages, an empty one is named, and the import of
# the others stands (exit 0).
"$K" --db "$T_TMP/np.db" import nothing dated >"$T_TMP/np.out" 2>"$T_TMP/np.err"
t_eq "an empty directory beside pages: exit 0" 0 $?
t_match "an empty directory beside pages: named" \
    "^kanbao: nothing: found no page files" "$(cat "$T_TMP/np.err")"

# --- a store of schema 3 is upgraded with nothing lost --------------------------------
if command -v sqlite3 >/dev/null 2>&1; then
	V3=$T_TMP/v3.db
	sqlite3 "$V3" <"$TOP/tests/cli/golden/store-v3.sql"
	t_eq "upgrade 3: the old store is schema 3" 3 \
	    "$(sqlite3 "$V3" 'PRAGMA user_version')"
	q='SELECT (SELECT count(*) FROM issue), (SELECT count(*) FROM page),
	    (SELECT count(*) FROM article), (SELECT group_concat(id || ":" ||
	    read || starred, " ") FROM (SELECT * FROM article ORDER BY id))'
	before=$(sqlite3 "$V3" "$q")
	t_eq "upgrade 3: the old store as dumped" "3|4|4|1:10 2:00 3:01 4:11" \
	    "$before"
	"$K" --db "$V3" list >/dev/null 2>&1
	t_eq "upgrade 3: schema 11" 11 "$(sqlite3 "$V3" 'PRAGMA user_version')"
	t_eq "upgrade 3: counts, read and starred state the same" "$before" \
	    "$(sqlite3 "$V3" "$q")"
	t_eq "upgrade 3: integrity_check ok" ok \
	    "$(sqlite3 "$V3" 'PRAGMA integrity_check')"
	t_eq "upgrade 3: every issue in the default paper" "-	3	4	4" \
	    "$("$K" --db "$V3" list papers | cut -f1-4)"
	t_match "upgrade 3: search still works" "公园" "$("$K" --db "$V3" search 花)"
	t_eq "upgrade 3: list articles keeps state" "1 r- 2 -- 3 -* 4 r*" \
	    "$("$K" --db "$V3" list articles | awk -F'\t' '{ print $1, $8 }' |
	    sort -n | tr '\n' ' ' | sed 's/ $//')"
	# The pages it was made from, imported again: all unchanged.
	mkdir -p pages/2023-02-10 pages/20230211
	printf '天气预报\n\n明天阴有小雨，气温下降到五度左右。\n' \
	    >pages/2023-02-10/p01.txt
	printf '城市新闻\n\n老城区改造工程今天正式开工，预计明年完成。\n' \
	    >pages/2023-02-10/p02.txt
	printf 'Harbour news\n\nThe new ferry line opens in May. 新航线五月开通。\n' \
	    >pages/20230211/第1版.txt
	printf '随笔\n\n春天来了，公园里的花都开了。\n' >pages/notes_03.txt
	out=$("$K" --db "$V3" import pages 2>&1)
	t_match "upgrade 3: the same pages again are unchanged" \
	    "\(0 new, 0 replaced, 4 unchanged\)" "$out"
else
	t_skip "upgrade from schema 3" "no sqlite3 command"
fi

# --- a store of schema 4 gives up its page text and nothing else ----------------------
if command -v sqlite3 >/dev/null 2>&1; then
	V4=$T_TMP/v4.db
	sqlite3 "$V4" <"$TOP/tests/cli/golden/store-v4.sql"
	hastext="SELECT count(*) FROM pragma_table_info('page') WHERE name = 'text'"
	t_eq "upgrade 4: the old store is schema 4" 4 \
	    "$(sqlite3 "$V4" 'PRAGMA user_version')"
	t_eq "upgrade 4: ... with the page text" 1 "$(sqlite3 "$V4" "$hastext")"
	q='SELECT (SELECT group_concat(id || ":" || page || "." || seq || ":" ||
	    read || starred, " ") FROM (SELECT * FROM article ORDER BY id)),
	    (SELECT group_concat(id || ":" || issue || "." || number || label,
	    " ") FROM (SELECT * FROM page ORDER BY id))'
	before=$(sqlite3 "$V4" "$q")
	t_eq "upgrade 4: the old store as dumped" \
	    "1:1.1:11 2:2.1:10 3:2.2:01 4:3.1:00 5:4.1:00|1:1.3A3 2:1.1 3:1.2 4:2.1" \
	    "$before"
	bytes=$(sqlite3 "$V4" 'SELECT group_concat(n, " ") FROM (SELECT
	    length(CAST(text AS BLOB)) AS n FROM page ORDER BY id)')
	t_eq "upgrade 4: the old pages' text lengths" "76 158 76 61" "$bytes"
	"$K" --db "$V4" list >/dev/null 2>&1
	t_eq "upgrade 4: schema 11" 11 "$(sqlite3 "$V4" 'PRAGMA user_version')"
	t_eq "upgrade 4: the page text is gone" 0 "$(sqlite3 "$V4" "$hastext")"
	t_eq "upgrade 4: ids, pages, read and starred state the same" \
	    "$before" "$(sqlite3 "$V4" "$q")"
	t_eq "upgrade 4: each page keeps its text's length" "$bytes" \
	    "$(sqlite3 "$V4" 'SELECT group_concat(bytes, " ") FROM (SELECT
	    bytes FROM page ORDER BY id)')"
	t_eq "upgrade 4: list pages shows it" "158 76 76 61" \
	    "$("$K" --db "$V4" list pages | cut -f4 | tr '\n' ' ' |
	    sed 's/ $//')"
	t_eq "upgrade 4: integrity_check ok" ok \
	    "$(sqlite3 "$V4" 'PRAGMA integrity_check')"
	t_match "upgrade 4: the index kept (search finds)" "老街修缮" \
	    "$("$K" --db "$V4" search 商铺)"
	t_match "upgrade 4: show has the whole article" "首批货轮靠泊" \
	    "$("$K" --db "$V4" show 2)"
	# The pages it was made from: the same bytes again are unchanged
	# (known by the file's hash), and so is the same text in other bytes
	# (CRLF: known by the text's hash and length, no longer its text).
	page v4/chenghu/2024-05-06/p1.txt 新港区开港 澄湖新港区今天开港，首批货轮靠泊。 \
	    老街修缮 老街修缮工程完工，商铺陆续开门。
	page v4/chenghu/2024-05-06/p2.txt 春茶上市 西山春茶今天上市，茶农忙着采摘。
	page v4/chenghu/2024-05-06/A3.txt 夜市开张 湖滨夜市今晚开张，游客络绎不绝。
	page v4/pinghu/2024-05-06/p1.txt 渡轮加班 五一假期渡轮加开班次。
	out=$("$K" --db "$V4" import v4 2>&1)
	t_match "upgrade 4: the same pages again are unchanged" \
	    "\(0 new, 0 replaced, 4 unchanged\)" "$out"
	sed 's/$/\r/' v4/chenghu/2024-05-06/p2.txt >crlf && mv crlf \
	    v4/chenghu/2024-05-06/p2.txt
	out=$("$K" --db "$V4" import v4/chenghu/2024-05-06/p2.txt 2>&1)
	t_match "upgrade 4: the same text in other bytes is unchanged" \
	    "\(0 new, 0 replaced, 1 unchanged\)" "$out"
	# Other text of the same length is another page.
	page v4/chenghu/2024-05-06/p2.txt 春茶上市 东山春茶今天上市，茶农忙着采摘。
	out=$("$K" --db "$V4" import v4/chenghu/2024-05-06/p2.txt 2>&1)
	t_match "upgrade 4: other text of the same length replaces" \
	    "\(0 new, 1 replaced, 0 unchanged\)" "$out"
	t_match "upgrade 4: ... and is what is shown" "东山春茶" \
	    "$("$K" --db "$V4" search 春茶)"
	t_eq "upgrade 4: ... and the other pages' state stays" \
	    "1 r* 2 r- 3 -* 5 -- 6 --" \
	    "$("$K" --db "$V4" list articles | awk -F'\t' '{ print $1, $8 }' |
	    sort -n | tr '\n' ' ' | sed 's/ $//')"
else
	t_skip "upgrade from schema 4" "no sqlite3 command"
fi

# --- a store of schema 5 gets the smaller index and finds the same ----------------
if command -v sqlite3 >/dev/null 2>&1; then
	V5=$T_TMP/v5.db
	sqlite3 "$V5" <"$TOP/tests/cli/golden/store-v5.sql"
	t_eq "upgrade 5: the old store is schema 5" 5 \
	    "$(sqlite3 "$V5" 'PRAGMA user_version')"
	t_match "upgrade 5: ... its index keeps columns" "detail=column" \
	    "$(sqlite3 "$V5" "SELECT sql FROM sqlite_master WHERE name =
	    'article_fts'")"
	q='SELECT group_concat(id || ":" || page || "." || seq || ":" ||
	    read || starred, " ") FROM (SELECT * FROM article ORDER BY id)'
	before=$(sqlite3 "$V5" "$q")
	t_eq "upgrade 5: the old store as dumped" \
	    "1:1.1:11 2:2.1:10 3:2.2:01 4:3.1:00 5:4.1:00 6:5.1:00" "$before"
	# What schema 5 answered, newest first and by relevance (made with
	# the kanbao that wrote the dump).
	t_eq "upgrade 5: the search by date, as schema 5 answered it" \
	    "4 1 6" "$("$K" --db "$V5" search 茶 | cut -f1 | tr '\n' ' ' |
	    sed 's/ $//')"
	t_eq "upgrade 5: schema 11" 11 "$(sqlite3 "$V5" 'PRAGMA user_version')"
	t_match "upgrade 5: the index has no columns" "detail=none" \
	    "$(sqlite3 "$V5" "SELECT sql FROM sqlite_master WHERE name =
	    'article_fts'")"
	t_eq "upgrade 5: ids, pages, read and starred state the same" \
	    "$before" "$(sqlite3 "$V5" "$q")"
	# Keys: each day's range counted down in id order, undated lowest.
	t_eq "upgrade 5: search keys in date order, a day's in id order" \
	    "2 3 4 5 1 6" "$(sqlite3 "$V5" 'SELECT group_concat(id, " ") FROM
	    (SELECT id FROM article ORDER BY skey DESC)')"
	t_eq "upgrade 5: one index entry an article, under its key" \
	    "6 6" "$(sqlite3 "$V5" 'SELECT count(*) || " " || sum(skey IN (SELECT
	    id FROM article_fts_docsize)) FROM article')"
	t_eq "upgrade 5: integrity_check ok" ok \
	    "$(sqlite3 "$V5" 'PRAGMA integrity_check')"
	t_eq "upgrade 5: the same hits in the same order" "4 1 6" \
	    "$("$K" --db "$V5" search 茶 | cut -f1 | tr '\n' ' ' |
	    sed 's/ $//')"
	t_eq "upgrade 5: relevance puts the title hits first, as before" \
	    "6 4 1" "$("$K" --db "$V5" search 茶 --rank relevance | cut -f1 |
	    tr '\n' ' ' | sed 's/ $//')"
	t_eq "upgrade 5: a head-only word still weighs, a body one found" \
	    "2 1" "$("$K" --db "$V5" search 新港区 --rank relevance |
	    cut -f1 | tr '\n' ' ' | sed 's/ $//')"
	t_eq "upgrade 5: several terms, each from head or body" "4" \
	    "$("$K" --db "$V5" search "春茶 采摘" | cut -f1)"
	t_eq "upgrade 5: search within a paper" "4 1" \
	    "$("$K" --db "$V5" search 茶 --paper chenghu | cut -f1 |
	    tr '\n' ' ' | sed 's/ $//')"
	# A new page of an existing day goes after that day's articles; a
	# replaced page's articles leave the index with their keys.
	page v5/chenghu/2024-05-06/p3.txt 茶市兴旺 茶叶市场人气旺。
	"$K" --db "$V5" import v5 >/dev/null 2>&1
	t_eq "upgrade 5: a new page of a day comes after the day's others" \
	    "4 7 1 6" "$("$K" --db "$V5" search 茶 | cut -f1 | tr '\n' ' ' |
	    sed 's/ $//')"
	page v5/chenghu/2024-05-06/p3.txt 茶市兴旺 茶叶市场人气更旺。
	"$K" --db "$V5" import v5/chenghu/2024-05-06/p3.txt >/dev/null 2>&1
	# (Its article takes a new id, one never given: 8.)
	t_eq "upgrade 5: a page replaced is found once" "8" \
	    "$("$K" --db "$V5" search 市场 | cut -f1)"
	t_eq "upgrade 5: ... by its new text" "8" \
	    "$("$K" --db "$V5" search 更旺 | cut -f1)"
	t_eq "upgrade 5: ... the index as the articles" "7" \
	    "$(sqlite3 "$V5" 'SELECT count(*) FROM article_fts_docsize')"
	# A date's range of keys used up to its lowest slot: a new article
	# of that date is refused, with the page, and the store stays.
	sqlite3 "$V5" "UPDATE article SET skey = (739318 + 1048576) << 14
	    WHERE id = 8"
	page v5/chenghu/2024-05-06/p4.txt 茶园扩建 东山茶园扩建完成。
	out=$("$K" --db "$V5" import v5/chenghu/2024-05-06/p4.txt 2>&1)
	t_match "upgrade 5: a date full of articles refuses another" \
	    "more than 16384 articles on one date" "$out"
	t_eq "upgrade 5: ... and stores nothing of its page" "7" \
	    "$(sqlite3 "$V5" 'SELECT count(*) FROM article')"

	# A store of schema 5 with more articles on one date than a date's
	# keys: refused, and left as it was.
	V5F=$T_TMP/v5full.db
	sqlite3 "$V5F" <"$TOP/tests/cli/golden/store-v5.sql"
	sqlite3 "$V5F" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL
	    SELECT i + 1 FROM n WHERE i < 16384) INSERT INTO article (page,
	    issue, pageno, seq, kind) SELECT 1, 1, 1, i + 1, 'news' FROM n"
	before=$(cksum <"$V5F")
	out=$("$K" --db "$V5F" list 2>&1)
	t_eq "upgrade 5, a date over full: refused" 1 $?
	t_match "upgrade 5, a date over full: said so" \
	    "v5full.db: more than 16384 articles on one date" "$out"
	t_eq "upgrade 5, a date over full: still schema 5" 5 \
	    "$(sqlite3 "$V5F" 'PRAGMA user_version')"
	t_eq "upgrade 5, a date over full: the file untouched" "$before" \
	    "$(cksum <"$V5F")"
else
	t_skip "upgrade from schema 5" "no sqlite3 command"
fi

# --- a store of schema 6 keeps files' sizes and times from its next import --------
# Its pages have none: imported again they are read, found unchanged by
# their bytes, and keep their files' sizes and times, so that the import
# after that finds them unchanged without reading them.
if command -v sqlite3 >/dev/null 2>&1; then
	V6=$T_TMP/v6.db
	sqlite3 "$V6" <"$TOP/tests/cli/golden/store-v6.sql"
	t_eq "upgrade 6: the old store is schema 6" 6 \
	    "$(sqlite3 "$V6" 'PRAGMA user_version')"
	page v6/chenghu/2024-05-06/p1.txt 新港区开港 澄湖新港区今天开港，首批货轮靠泊。
	page v6/chenghu/2024-05-06/p2.txt 春茶上市 西山春茶今天上市，茶农忙着采摘。
	# Older than the import by more than a moment: their times are kept.
	touch -d @1700000000 v6/chenghu/2024-05-06/p1.txt \
	    v6/chenghu/2024-05-06/p2.txt
	q='SELECT group_concat(id || ":" || read || starred, " ") FROM
	    (SELECT * FROM article ORDER BY id)'
	before=$(sqlite3 "$V6" "$q")
	out=$("$K" --db "$V6" import v6 2>&1)
	t_match "upgrade 6: its pages again are unchanged" \
	    "\(0 new, 0 replaced, 2 unchanged\), 2 articles" "$out"
	t_eq "upgrade 6: schema 11" 11 "$(sqlite3 "$V6" 'PRAGMA user_version')"
	t_eq "upgrade 6: ids, read and starred state the same" "$before" \
	    "$(sqlite3 "$V6" "$q")"
	t_eq "upgrade 6: each page keeps its file's size and time" \
	    "82:1700000000000000000 76:1700000000000000000" \
	    "$(sqlite3 "$V6" 'SELECT group_concat(fsize || ":" || fmtime, " ")
	    FROM (SELECT * FROM page ORDER BY id)')"
	t_eq "upgrade 6: integrity_check ok" ok \
	    "$(sqlite3 "$V6" 'PRAGMA integrity_check')"
	# Other bytes of the same size under the same time: taken for the
	# file as it was, unread.
	page v6/chenghu/2024-05-06/p2.txt 春茶上市 东山春茶今天上市，茶农忙着采摘。
	touch -d @1700000000 v6/chenghu/2024-05-06/p2.txt
	out=$("$K" --db "$V6" import v6 2>&1)
	t_match "upgrade 6: then a file of the same size and time is not read" \
	    "\(0 new, 0 replaced, 2 unchanged\), 2 articles" "$out"
	t_eq "upgrade 6: ... and its page stays" "" \
	    "$("$K" --db "$V6" search 东山)"
else
	t_skip "upgrade from schema 6" "no sqlite3 command"
fi

# --- a store of schema 7 gets an index of the articles left to read ---------
# The issue list counts them through it; the counts, ids and state stay,
# and marking keeps the index with the table.
if command -v sqlite3 >/dev/null 2>&1; then
	V7=$T_TMP/v7.db
	sqlite3 "$V7" <"$TOP/tests/cli/golden/store-v7.sql"
	t_eq "upgrade 7: the old store is schema 7" 7 \
	    "$(sqlite3 "$V7" 'PRAGMA user_version')"
	q='SELECT group_concat(id || ":" || read || starred, " ") FROM
	    (SELECT * FROM article ORDER BY id)'
	before=$(sqlite3 "$V7" "$q")
	t_eq "upgrade 7: the issue counts one story left to read" \
	    "2024-05-07	2	3	1" "$("$K" --db "$V7" list issues | cut -f1-4)"
	t_eq "upgrade 7: schema 11" 11 "$(sqlite3 "$V7" 'PRAGMA user_version')"
	t_eq "upgrade 7: the index is there" article_unread \
	    "$(sqlite3 "$V7" "SELECT name FROM sqlite_master
	    WHERE type = 'index' AND name = 'article_unread'")"
	t_eq "upgrade 7: ids, read and starred state the same" "$before" \
	    "$(sqlite3 "$V7" "$q")"
	"$K" --db "$V7" mark 1 --unread >/dev/null
	t_eq "upgrade 7: a story marked unread is counted" 2 \
	    "$("$K" --db "$V7" list issues | cut -f4)"
	"$K" --db "$V7" mark 2 3 --read >/dev/null
	t_eq "upgrade 7: stories marked read are not, and the ad never is" 1 \
	    "$("$K" --db "$V7" list issues | cut -f4)"
	t_eq "upgrade 7: integrity_check ok" ok \
	    "$(sqlite3 "$V7" 'PRAGMA integrity_check')"
else
	t_skip "upgrade from schema 7" "no sqlite3 command"
fi

# --- a store of schema 9 gets its index made again, folded --------------------
# Its index was cut from the text as printed: 碼頭 was no 码头.  Made again
# from the articles, a search in either kind of characters finds either;
# ids and state stay, and a page replaced takes its folded tokens with it.
if command -v sqlite3 >/dev/null 2>&1; then
	V9=$T_TMP/v9.db
	sqlite3 "$V9" <"$TOP/tests/cli/golden/store-v9.sql"
	t_eq "upgrade 9: the old store is schema 9" 9 \
	    "$(sqlite3 "$V9" 'PRAGMA user_version')"
	q='SELECT group_concat(id || ":" || read || starred, " ") FROM
	    (SELECT * FROM article ORDER BY id)'
	before=$(sqlite3 "$V9" "$q")
	t_eq "upgrade 9: 码头 finds the story printed 碼頭" 1 \
	    "$("$K" --db "$V9" search 码头 | cut -f1)"
	t_eq "upgrade 9: schema 11" 11 "$(sqlite3 "$V9" 'PRAGMA user_version')"
	t_eq "upgrade 9: so does 碼頭" 1 \
	    "$("$K" --db "$V9" search 碼頭 | cut -f1)"
	t_eq "upgrade 9: and 茶農 the story printed 茶农" 2 \
	    "$("$K" --db "$V9" search 茶農 | cut -f1)"
	t_eq "upgrade 9: ids, read and starred state the same" "$before" \
	    "$(sqlite3 "$V9" "$q")"
	page v9/chenghu/2024-05-08/p1.txt 湖城碼頭擴建 湖城新碼頭今天開工，三個泊位年內建成。
	page v9/chenghu/2024-05-08/p2.txt 东山春茶上市 东山春茶今天上市，茶农忙着采摘。
	out=$("$K" --db "$V9" import v9 2>&1)
	t_match "upgrade 9: the same pages are unchanged" \
	    "\(0 new, 0 replaced, 2 unchanged\)" "$out"
	page v9/chenghu/2024-05-08/p1.txt 湖城老橋修繕 湖城老橋今天開始修繕。
	out=$("$K" --db "$V9" import v9 2>&1)
	t_match "upgrade 9: a page of other text replaces the old" \
	    "\(0 new, 1 replaced, 1 unchanged\)" "$out"
	t_eq "upgrade 9: ... whose words are no longer found" "" \
	    "$("$K" --db "$V9" search 码头)"
	t_eq "upgrade 9: ... and the new page's are" "湖城老橋修繕" \
	    "$("$K" --db "$V9" search 修缮 | cut -f4)"
	t_eq "upgrade 9: the read story is still read" 1 \
	    "$(sqlite3 "$V9" "SELECT read FROM article WHERE title = '东山春茶上市'")"
	t_eq "upgrade 9: integrity_check ok" ok \
	    "$(sqlite3 "$V9" 'PRAGMA integrity_check')"
	t_eq "upgrade 9: the highest id given is kept" 1 \
	    "$(sqlite3 "$V9" 'SELECT last = (SELECT max(id) FROM article)
	    FROM article_seq')"
	# On a terminal the upgrade shows how far the index has come, and
	# wipes its bar; elsewhere it says nothing.
	sqlite3 "$T_TMP/v9-quiet.db" <"$TOP/tests/cli/golden/store-v9.sql"
	t_eq "upgrade 9: not on a terminal, nothing said" "" \
	    "$("$K" --db "$T_TMP/v9-quiet.db" search 码头 2>&1 >/dev/null)"
	# script(1) of util-linux runs a command on a terminal of its own.
	if script -qc true /dev/null >/dev/null 2>&1; then
		sqlite3 "$T_TMP/v9-tty.db" <"$TOP/tests/cli/golden/store-v9.sql"
		out=$(script -qc "'$K' --db '$T_TMP/v9-tty.db' search 码头" \
		    /dev/null 2>&1)
		t_match "upgrade 9: a terminal sees its progress" \
		    'upgrading the search index \[#+\] 2/2 articles' "$out"
		t_match "upgrade 9: ... then the hit" '湖城碼頭擴建' "$out"
		# On a narrow one the bar is narrower: a line that wrapped
		# would leave its copies on the screen.
		sqlite3 "$T_TMP/v9-narrow.db" \
		    <"$TOP/tests/cli/golden/store-v9.sql"
		out=$(script -qc "stty cols 50; '$K' --db '$T_TMP/v9-narrow.db' \
		    search 码头 >/dev/null" /dev/null 2>&1 | tr '\r' '\n' |
		    grep 'upgrading')
		t_match "upgrade 9: 50 columns, a bar of 7" \
		    '^upgrading the search index \[#{7}\] 2/2 articles$' "$out"
	else
		t_skip "upgrade 9: progress on a terminal" "no script(1) -c"
	fi
else
	t_skip "upgrade from schema 9" "no sqlite3 command"
fi

# Unread counts stories only: an advertisement or a weather box on the page
# is not one to read through.
mkdir -p unread/2024-04-01
printf '%s\n' '澄湖港区新航线开通' \
    '本报澄湖3月31日电（记者 宋远帆）澄湖港区至南洋群岛的首条远洋' \
    '集装箱航线今天正式开通，首航船舶满载电子元件驶离码头。' '' \
    '招聘' '澄湖茶厂因扩大生产，诚聘采茶工人若干名。' \
    '咨询电话：0573-85110520' '' \
    '今天多云，明天阴有小雨，东北风3到4级。今天白天最高气温15℃，明天早晨最低气温9℃。' \
    >unread/2024-04-01/p1.txt
"$K" --db unread.db import unread >/dev/null 2>&1
t_eq "unread: the issue counts its stories, not the ad or the weather" \
    "1" "$("$K" --db unread.db list issues | cut -f4)"
t_eq "unread: list articles --unread lists the story only" "1" \
    "$("$K" --db unread.db list articles --unread | wc -l | tr -d ' ')"
t_match "unread: the page holds more than the story" "^[3-9]$" \
    "$("$K" --db unread.db list issues | cut -f3)"

# A paper printed in traditional characters is found by its name in either
# kind, as a topic is by its label: --paper 湖城日报 for 湖城日報, --topic
# 投資項目 for 投资项目.
mkdir -p trad/2024-04-02
printf '%s\n' '湖城日報' '' '澄湖港區新碼頭開工' \
    '本報訊（記者 宋遠帆）澄湖港區新碼頭今天開工，總投資十二億元，' \
    '項目建成後年吞吐能力提高一倍。' >trad/2024-04-02/p1.txt
"$K" --db trad.db import --paper 湖城日報 trad >/dev/null 2>&1
t_eq "paper in traditional characters: found by 湖城日报" "湖城日報" \
    "$("$K" --db trad.db list articles --paper 湖城日报 | cut -f9 | sort -u)"
t_eq "... and search --paper 湖城日报 finds its story by 码头" 1 \
    "$("$K" --db trad.db search 码头 --paper 湖城日报 | wc -l | tr -d ' ')"
t_eq "a topic by its label in traditional characters (投資項目)" \
    "$("$K" --db trad.db list articles --topic investment)" \
    "$("$K" --db trad.db list articles --topic 投資項目)"
t_match "... which tags the story" "." \
    "$("$K" --db trad.db list articles --topic 投資項目)"
