# make bench in miniature: archives of 3 and 10 issues, one reader run,
# five queries a class, the binary under test instead of an -O2 build.
# Proves the harness runs end to end and prints its table with every row
# and both columns filled; it asserts no timing budget, since timed
# assertions flake on a loaded machine.
#
# check-all: only
. "$(dirname "$0")/../lib.sh"

for t in gen-pages bench-parse bench-search bench-term bench-find bench-rss; do
	if [ ! -x "$BUILD/tools/$t" ]; then
		t_skip bench-smoke "$BUILD/tools/$t is not built"
		exit 0
	fi
done

OUT=$T_TMP/bench.out
# The first run leaves newsboat out, installed or not; the second has it
# when it is installed.
if BENCH_KANBAO=$KANBAO BENCH_TOOLS=$BUILD/tools BENCH_DIR=$T_TMP/bench \
    BENCH_ISSUES="3 10" BENCH_RUNS=1 BENCH_QUERIES=5 BENCH_NO_NEWSBOAT=1 \
    sh "$TOP/tests/bench/run.sh" >"$OUT" 2>"$T_TMP/bench.err"; then
	t_ok "bench-smoke: run.sh exits 0"
else
	t_fail "bench-smoke: run.sh exits 0" "$(tail -5 "$T_TMP/bench.err")"
	exit 0
fi
table=$(cat "$OUT")

t_match "bench-smoke: header names both archives" \
    '^ +budget +3 issues +10 issues *$' "$table"

# Every row, each with a figure (or its stated absence) in both columns.
# A row is "LABEL  [BUDGET]  CELL  CELL": the cells are what follows the
# label, so split on runs of two or more spaces.
check_row() {
	_label=$1 _cell=$2
	_line=$(printf '%s\n' "$table" | grep -F -- "$_label" | head -1)
	if [ -z "$_line" ]; then
		t_fail "bench-smoke: row $_label" "no such row in the table"
		return
	fi
	_cells=$(printf '%s\n' "$_line" | sed 's/^.\{50\} .\{7\}//' |
	    sed 's/  */ /g; s/^ //; s/ $//')
	if printf '%s\n' "$_cells" | grep -Eq -- "^$_cell $_cell\$"; then
		t_ok "bench-smoke: row $_label"
	else
		t_fail "bench-smoke: row $_label" "cells: $_cells" \
		    "wanted two of: $_cell"
	fi
}
N='[0-9]+(\.[0-9]+)?'
V="$N( / $N)?"
J="$V (ok|MISS)"
check_row "archive: pages" "$N"
check_row "articles" "$N"
check_row "page text, MB" "$N"
check_row "parse, MB/s" "$J"
check_row "parse, pages of other papers, MB/s" "$J"
check_row "import, MB/s of page text" "$J"
check_row "import, MB/s of CPU time" "$N"
check_row "import, wall seconds" "$N"
check_row "import, peak RSS MB" "$N"
check_row "import again, unchanged" "$J"
check_row "store, MB " "$N"
check_row "store, MB per MB of text" "$N"
check_row "start-up to first paint, outside" "$J"
check_row "start-up, KANBAO_TIMING" "$J"
check_row "reader peak RSS" "$J"
check_row "search 1 char" "$J"
check_row "search 2 chars" "$J"
check_row "search 4 chars" "$J"
# Three issues may hold no Latin word at all.
check_row "search Latin word" "($J|none)"
check_row "kanbao search WORD, every hit: hits" "$N"
check_row "kanbao search WORD, every hit: s" "$N"
check_row "grep -rcF WORD over the page text" "$N"
check_row "search every hit, times grep" "$J"
NB="newsboat not installed"
for r in "newsboat, the same articles" "newsboat: import" \
    "import rate, kanbao / newsboat" "newsboat: store" \
    "store size, kanbao / newsboat" "newsboat: start-up" \
    "start-up, kanbao / newsboat" "newsboat: peak RSS" \
    "reader peak RSS, kanbao / newsboat" "newsboat: / WORD" \
    "kanbao reader: / WORD" "reader search, kanbao / newsboat"; do
	check_row "$r" "$NB"
done
check_row "jump list index" "$N"
check_row "jump by headline, pinyin" "$J"
check_row "jump by headline, initials" "$J"
check_row "jump by headline, Chinese" "$J"
check_row "topic filter toggle" "$J"
check_row "repaint, issue list j (outside)" "$J"
check_row "repaint, issue list j (inside)" "$J"
check_row "issue list G, to the oldest (outside)" "$J"
check_row "issue list G, to the oldest (inside)" "$J"
check_row "issue list g, back to the newest (inside)" "$J"
check_row "repaint, headline j (outside)" "$J"
check_row "repaint, headline j (inside)" "$J"
check_row "repaint, open article (outside)" "$J"
check_row "repaint, open article (inside)" "$J"
check_row "repaint, back to headlines (outside)" "$J"

# The two long pages, each parsed and judged against its budget.
if command -v python3 >/dev/null 2>&1; then
	t_match "bench-smoke: a page of short headings parsed" \
	    "^A 2 MB page of [0-9]+ short headings over paragraphs: parse $N s \
\\(budget <= 5\\) (ok|MISS)\$" "$table"
	t_match "bench-smoke: a page of lines cut inside words parsed" \
	    "^A 2 MB page of [0-9]+ short lines, each cut inside a word: parse \
$N s \\(budget <= 5\\) (ok|MISS)\$" "$table"
fi

# The figures are the archives': 8 pages an issue, and more articles in
# the larger one.
t_match "bench-smoke: 24 and 80 pages" \
    '^archive: pages \(8 an issue\) +24 +80 *$' "$table"

# A second run reuses archive and store, and says so.
BENCH_KANBAO=$KANBAO BENCH_TOOLS=$BUILD/tools BENCH_DIR=$T_TMP/bench \
    BENCH_ISSUES="3" BENCH_RUNS=1 BENCH_QUERIES=5 \
    sh "$TOP/tests/bench/run.sh" >"$OUT" 2>"$T_TMP/bench.err"
t_match "bench-smoke: the store is reused" \
    '^3 issues: store imported by an earlier run of this same binary' \
    "$(cat "$OUT")"
t_nomatch "bench-smoke: nothing imported the second time" '^bench: importing' \
    "$(cat "$T_TMP/bench.err")"
if command -v pdftotext >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
	t_match "bench-smoke: PDF pages per second" \
	    '^PDF pages \(gen-pdf\.py, [0-9]+ pages, pdftotext included\): parse [0-9.]+ pages/s, import [0-9.]+ pages/s$' \
	    "$table"
else
	t_match "bench-smoke: PDF pages not measured, and why" \
	    '^PDF pages: not measured \(needs pdftotext and python3\)$' "$table"
fi

# With newsboat, the same articles go into it and the rows have figures.
if ! command -v newsboat >/dev/null 2>&1; then
	t_skip "bench-smoke: newsboat rows" "newsboat is not installed"
	exit 0
fi
table=$(cat "$OUT")
t_match "bench-smoke: newsboat has as many items as kanbao articles" \
    "^newsboat, the same articles as RSS: items +$(printf '%s\n' "$table" |
    sed -n 's/^articles  *\([0-9]*\) *$/\1/p') *\$" "$table"
for r in "newsboat: import" "newsboat: store" "newsboat: start-up" \
    "newsboat: / WORD" "kanbao reader: / WORD" \
    "reader search, kanbao / newsboat" "store size, kanbao / newsboat"; do
	_line=$(printf '%s\n' "$table" | grep -F -- "$r" | head -1)
	t_match "bench-smoke: newsboat row $r" "^.{50} .{7} +$N *\$" "$_line"
done
t_match "bench-smoke: newsboat import rate judged" \
    "^import rate, kanbao / newsboat +>= 1.5 +$N (ok|MISS) *\$" "$table"
