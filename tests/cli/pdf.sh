#!/bin/sh
# PDF pages: our own invented pages typeset as PDF by tests/tools/gen-pdf.py
# (headings in large type, five columns, fake bold, pictures, ads, the
# weather box) must parse through the layout front end to the articles of
# their sources; kanbao import stores each PDF page as a page; without
# pdftotext the message names poppler-utils; hostile PDFs (truncated, a
# deflate bomb, 5,000 pages, 100,000 words on a page, no text layer) are
# refused or imported within the limits, never crash or hang kanbao, and
# leave the store as it was but for whole good pages.  The PDF pages of
# the other papers in $SHARED/corpus/dev are scored when present.
. "$(dirname "$0")/../lib.sh"

K=$KANBAO
if ! command -v pdftotext >/dev/null 2>&1 ||
    ! command -v pdfinfo >/dev/null 2>&1; then
	t_skip "PDF pages" "no pdftotext/pdfinfo (Debian: poppler-utils)"
	exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
	t_skip "PDF pages" "no python3 to typeset the test PDFs"
	exit 0
fi
GEN="python3 $TOP/tests/tools/gen-pdf.py"
SRC=$TOP/tests/samples/src
P=$T_TMP/pdf
mkdir -p "$P"
if ! $GEN pages "$SRC" "$P"; then
	t_fail "gen-pdf.py typeset the test pages"
	exit 1
fi

# check SRC DIR NAME [WHAT [OPTION]]: kanbao's articles of DIR/NAME.pdf
# against its source (gen-pdf.py check, with OPTION), each check a test; a
# checker that fails with no test failed (it could not read what kanbao
# wrote) is a failure too.
check() {
	if ! "$K" parse --json "$2/$3.pdf" >"$T_TMP/$3.json" 2>"$T_TMP/err"
	then
		t_fail "pdf $4$3: kanbao parse" "$(head -3 "$T_TMP/err")"
		return
	fi
	$GEN check "$1" "$T_TMP/$3.json" "$2/$3.gaps" ${5:-} >"$T_TMP/check" \
	    2>"$T_TMP/err"
	rc=$?
	sed "s/^\(not \)*ok - pdf /&$4/" "$T_TMP/check"
	if [ "$rc" -ne 0 ] && ! grep -q '^not ok' "$T_TMP/check"; then
		t_fail "pdf $4$3: checked" "$(tail -1 "$T_TMP/err")"
	fi
}

# Each page: the articles of its source.
for s in "$SRC"/*.txt; do
	check "$s" "$P" "$(basename "$s" .txt)"
done

# The same pages with narrow gutters: pdftotext then reads a headline and
# the column beside it as one line, which the layout front end must cut.
P30=$T_TMP/pdf30
mkdir -p "$P30"
if $GEN pages "$SRC" "$P30" --gutter 30; then
	for s in "$SRC"/*.txt; do
		check "$s" "$P30" "$(basename "$s" .txt)" "narrow "
	done
else
	t_fail "gen-pdf.py typeset the pages with narrow gutters"
fi

# The same pages with a subhead of two lines in a story, set a little
# larger than the body and centred (pdftotext cuts it in two), and a
# story's byline at the top of its second column, larger: the subhead is
# one paragraph, and the byline the story's byline, not its text.
PS=$T_TMP/pdf-subheads
mkdir -p "$PS"
if $GEN pages "$SRC" "$PS" --subheads; then
	for s in "$SRC"/*.txt; do
		check "$s" "$PS" "$(basename "$s" .txt)" "subheads " --subheads
	done
else
	t_fail "gen-pdf.py typeset the pages with subheads"
fi

# The same pages printed in traditional characters (本報記者, 攝, 天氣預報,
# 下轉, 責任編輯): the layout reads the cue words folded, the articles keep
# the page's text.
ST=$T_TMP/src-traditional
PT=$T_TMP/pdf-traditional
mkdir -p "$ST" "$PT"
if $GEN traditional "$SRC" "$ST" && $GEN pages "$ST" "$PT" --traditional; then
	for s in "$ST"/*.txt; do
		check "$s" "$PT" "$(basename "$s" .txt)" "traditional "
	done
	t_match "traditional: a credit as printed" '"byline": *"攝影' \
	    "$("$K" parse --json "$PT/2024-03-05-p1.pdf")"
else
	t_fail "gen-pdf.py typeset the pages in traditional characters"
fi

npages=$(ls "$SRC"/*.txt | wc -l)
out=$("$K" parse --json "$P/all.pdf")
t_eq "parse: a PDF of $npages pages gives $npages objects" "$npages" \
    "$(printf '%s' "$out" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')"
t_match "parse: each page is named by its number" '"source":"[^"]*all\.pdf#page=2"' "$out"

out=$("$K" parse --explain "$P/2024-03-05-p1.pdf" 2>&1)
t_match "parse --explain: the body size" '^page [0-9]+x[0-9]+, body size 9\.5' "$out"
t_match "parse --explain: a head with its size and place" \
    '^u[0-9]+ +head size 2[0-9]\.[0-9]+ \(x2\.[0-9]+\) x +[0-9]+- *[0-9]+ y' "$out"
t_match "parse --explain: the decision for a body unit" \
    'body .*-> article [0-9]+ \((under its head|continues the unit before)\)' "$out"
t_match "parse --explain: furniture dropped" '^  furniture .*责任编辑' "$out"

# Import: every page of a PDF is a page of its issue.
DB=$T_TMP/a.db
out=$("$K" --db "$DB" import --date 2024-03-05 "$P/all.pdf" 2>&1)
t_match "import: all pages of the PDF" "^imported $npages pages \\($npages new" "$out"
t_eq "import: numbered 1 to $npages" "$(seq 1 "$npages" | tr '\n' ' ')" \
    "$("$K" --db "$DB" list pages | cut -f2 | sort -n | tr '\n' ' ')"
t_match "import: a title from the layout" '澄湖经开 开局冲刺' \
    "$("$K" --db "$DB" list articles)"
out=$("$K" --db "$DB" import --date 2024-03-05 "$P/all.pdf" 2>&1)
t_match "import again: unchanged" "^imported $npages pages \\(0 new, 0 replaced, $npages unchanged" "$out"
mkdir -p "$T_TMP/dir/2024-03-09"
cp "$P/2024-03-05-p1.pdf" "$T_TMP/dir/2024-03-09/P3.PDF"
out=$("$K" --db "$DB" import "$T_TMP/dir" 2>&1)
t_match "import DIR: a .PDF found in a directory" '^imported 1 page \(1 new' "$out"
t_match "import DIR: dated and numbered from its path" '^2024-03-09	3	' \
    "$("$K" --db "$DB" list pages)"
# A settled PDF found unchanged keeps its size and time, and the next
# import passes it by them, unread: no pdftotext is run.
touch -d '2 hours ago' "$T_TMP/dir/2024-03-09/P3.PDF"
$GEN undated-first "$T_TMP/issue.pdf"
out=$("$K" --db "$T_TMP/issue.db" import "$T_TMP/issue.pdf" 2>&1)
t_match "import: a PDF's pages all go to the paper its masthead names" \
    "undated: .*issue.pdf filed as 澄湖日报 issue, page 1 .*undated: .*issue.pdf filed as 澄湖日报 issue, page 2 " \
    "$(echo "$out" | tr '\n' ' ')"
out=$("$K" --db "$DB" import "$T_TMP/dir" 2>&1)
t_match "import DIR again: unchanged" '^imported 1 page \(0 new, 0 replaced, 1 unchanged' "$out"
out=$(PATH=/nonexistent "$K" --db "$DB" import "$T_TMP/dir" 2>&1)
t_eq "import DIR a third time: the PDF passed by its stat, not read" 0 $?
t_match "import DIR a third time: unchanged" '^imported 1 page \(0 new, 0 replaced, 1 unchanged' "$out"

# Without pdftotext: one line naming the package, exit 1.
PATH=/nonexistent "$K" parse "$P/2024-03-05-p1.pdf" >/dev/null 2>"$T_TMP/err"
t_eq "no pdftotext: exit 1" 1 $?
t_eq "no pdftotext: one line" 1 "$(wc -l <"$T_TMP/err")"
t_match "no pdftotext: names poppler-utils and the file" \
    "2024-03-05-p1\\.pdf: .*poppler-utils" "$(cat "$T_TMP/err")"

# Poppler without its language packs drops a CID font's characters and
# says so on its error output only: the page is refused, naming the
# package, not stored with its characters missing.
mkdir -p "$T_TMP/nopack"
printf '#!/bin/sh\necho "Syntax Error: Missing language pack for '"'"'Adobe-GB1'"'"' mapping" >&2\nexec "%s" "$@"\n' \
    "$(command -v pdftotext)" >"$T_TMP/nopack/pdftotext"
chmod +x "$T_TMP/nopack/pdftotext"
PATH=$T_TMP/nopack:$PATH "$K" parse "$P/2024-03-05-p1.pdf" >/dev/null \
    2>"$T_TMP/err"
t_eq "no language pack: exit 1" 1 $?
t_match "no language pack: names the collection and poppler-data" \
    "2024-03-05-p1\\.pdf: .*Adobe-GB1.*poppler-data" "$(cat "$T_TMP/err")"
out=$(PATH=$T_TMP/nopack:$PATH "$K" --db "$T_TMP/nopack.db" import \
    --date 2030-01-02 "$P/2024-03-05-p1.pdf" 2>&1)
t_match "no language pack: import skips the page" "0 pages .*1 skipped" \
    "$out"

# Hostile PDFs, imported into a store holding good pages.
H=$T_TMP/hostile
mkdir -p "$H"
if ! $GEN hostile "$H"; then
	t_fail "gen-pdf.py wrote the hostile PDFs"
	exit 1
fi
BASE=$T_TMP/base.db
"$K" --db "$BASE" import --date 2024-03-05 "$P/all.pdf" >/dev/null 2>&1
"$K" --db "$BASE" list pages >"$T_TMP/base.pages"
"$K" --db "$BASE" export --format json >"$T_TMP/base.json"
for f in truncated bomb pages5000 words100k scanned; do
	DB=$T_TMP/h.db
	rm -f "$DB" "$DB-wal" "$DB-shm"
	cp "$BASE" "$DB"
	timeout 200 "$K" --db "$DB" import --date 2030-01-01 "$H/$f.pdf" \
	    >"$T_TMP/out" 2>"$T_TMP/err"
	st=$?
	case $f:$st in
	truncated:1|pages5000:1)
		t_match "$f.pdf: refused, naming the file" \
		    "^kanbao: $H/$f\\.pdf: [a-z0-9]" "$(cat "$T_TMP/err")" ;;
	bomb:[01]|words100k:[01])
		t_ok "$f.pdf: imported or refused within the limits (exit $st)" ;;
	scanned:0)
		t_match "$f.pdf: pages without text counted" \
		    '^2 pages have no text layer: OCR them first, e.g. with ocrmypdf' \
		    "$(cat "$T_TMP/out")" ;;
	*)
		t_fail "$f.pdf: exit $st" "$(head -3 "$T_TMP/err")" ;;
	esac
	"$K" --db "$DB" list pages | grep -v '^2030-01-01' >"$T_TMP/h.pages"
	if cmp -s "$T_TMP/base.pages" "$T_TMP/h.pages" &&
	    "$K" --db "$DB" export --format json --date 2024-03-05 |
	    cmp -s - "$T_TMP/base.json"; then
		t_ok "$f.pdf: the stored pages are untouched"
	else
		t_fail "$f.pdf: the stored pages are untouched"
	fi
	n=$("$K" --db "$DB" list pages | grep -c '^2030-01-01')
	case $f in
	words100k) t_match "$f.pdf: at most its one page added" '^[01]$' "$n" ;;
	*) t_eq "$f.pdf: no page added" 0 "$n" ;;
	esac
done
KANBAO_PDF_TIMEOUT=1 "$K" parse "$H/bomb.pdf" >/dev/null 2>"$T_TMP/err"
t_match "bomb.pdf: the extractor is stopped at the time limit" \
    "bomb\\.pdf: pdftotext took more than 1 s: stopped" "$(cat "$T_TMP/err")"
"$K" parse "$H/pages5000.pdf" >/dev/null 2>"$T_TMP/err"
t_match "pages5000.pdf: says how many pages" '5000 pages, more than' \
    "$(cat "$T_TMP/err")"

# The other papers' PDF pages, when the corpus is here.
if [ -x "$SHARED/tools/score-parse" ] && [ -d "$SHARED/corpus/dev" ]; then
	f1=$("$SHARED/tools/score-parse" "$K" dev-pdf 2>/dev/null |
	    sed -n 's/.*seg-F1 \([0-9.]*\).*/\1/p')
	t_match "dev PDFs: seg-F1 at least 0.90 (got ${f1:-none})" \
	    '^(0\.9[0-9]*|1\.0*)$' "${f1:-0}"
else
	t_skip "dev PDFs" "no corpus at $SHARED/corpus (set SHARED)"
fi
