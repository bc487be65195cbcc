#!/bin/sh
# make bench: kanbao's figures at archive scale, beside their budgets.
#
# 1. Builds an optimised kanbao and the timing tools in a tree of their
#    own, build/bench (OPT="-O2 -g", PROG=build/bench/kanbao): the figures
#    never depend on how ./kanbao happened to be built.
# 2. Generates archives of 1 and 10 years of daily 8-page issues with
#    tests/tools/gen-pages (fixed seed), or reuses them: an archive is
#    keyed by size, seed and a checksum of the generator and its sources.
# 3. Imports each into a store of its own, timed; the store is reused when
#    the archive and the kanbao binary are both unchanged (the import is
#    the big cost), and its import figures with it.
# 4. Measures, per archive:
#    parse     build/tools/bench-parse: parse_page() over every page, in
#              process, the pages read and decoded beforehand; and over
#              an archive of the same size in other papers' style
#              (gen-pages --style other); the fastest of 3 runs;
#    import    bench-term exec: wall and CPU time and peak RSS of
#              "kanbao import DIR", MB/s of page text;
#    re-import the same "kanbao import DIR" again, every page unchanged:
#              its wall time, and as a share of the first import's;
#    start-up  bench-term reader: the reader on a 120x40 pseudo-terminal,
#              RUNS times (default 5): from outside (fork to the last byte
#              of the first frame, which must show the newest issue's
#              date), and from inside (KANBAO_TIMING "first-paint");
#              the page cache is warm: "cold" means a new process;
#              peak RSS from wait4() over the same runs (the whole
#              session, keys included);
#    repaint   the same runs send keys one at a time: j down the issue
#              list (8 times), Enter into the headlines, then four times
#              j j j j down them, Enter to open an article, q back;
#              outside is key write to the last byte of the repaint,
#              inside KANBAO_TIMING's "key" lines;
#    search    build/tools/bench-search: in process, store_search() for
#              the first screen (20 hits, newest first) of 1-, 2- and
#              4-character Chinese queries and a Latin word cut from the
#              store's own articles (fixed seed), QUERIES (default 20)
#              each;
#    jump      build/tools/bench-find: in process, the jump list's index
#              built once, then each keystroke of a full-pinyin, an
#              initials and a Chinese query (mean and worst over the
#              keys); toggling each topic of the filter (mean and worst
#              over the topics).
# 5. Prints one table, 1 year and 10 years side by side, each figure with
#    its budget and ok/MISS.  Latencies are judged on their p95, start-up
#    on its median (the max is shown beside it).
#
# Environment (all optional):
#   BENCH_ISSUES   archive sizes in issues (default "365 3650")
#   BENCH_PAGES    pages an issue (default 8): fewer keep the issue count
#                  (what lists are judged at) on a quarter of the text
#   BENCH_SEED     generator and query seed (default 1)
#   BENCH_RUNS     reader runs (default 5)
#   BENCH_QUERIES  queries per search class (default 20)
#   BENCH_DIR      where archives, stores and logs go (build/bench)
#   BENCH_REV      build this commit (e.g. HEAD), exported to
#                  BENCH_DIR/tree, instead of the working tree
#   BENCH_KANBAO, BENCH_TOOLS
#                  use this kanbao binary and this tools directory instead
#                  of building (the smoke test in make check does)
#   BENCH_NB_RUNS  newsboat start-ups (default 1: each takes seconds at
#                  archive scale)
#   BENCH_NO_NEWSBOAT=1   leave newsboat out even if it is installed
#   BENCH_REIMPORT=1      import again even if the store could be reused
#   BENCH_KEEP_STORE=1    reuse an existing store even if kanbao changed
#                         (the table then says so)
set -eu

TOP=$(cd "$(dirname "$0")/../.." && pwd)
B=${BENCH_DIR:-$TOP/build/bench}
SIZES=${BENCH_ISSUES:-"365 3650"}
SEED=${BENCH_SEED:-1}
NPAGES=${BENCH_PAGES:-8}
RUNS=${BENCH_RUNS:-5}
NQ=${BENCH_QUERIES:-20}
WORD=项目		# a common two-character word of the generated pages
NBRUNS=${BENCH_NB_RUNS:-1}
NEWSBOAT=$(command -v newsboat 2>/dev/null || true)
[ -n "${BENCH_NO_NEWSBOAT:-}" ] && NEWSBOAT=
mkdir -p "$B"
B=$(cd "$B" && pwd)
LOG=$B/log
mkdir -p "$LOG"
START=$(date +%s)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

say() { printf '%s\n' "bench: $*" >&2; }
die() { say "$*"; exit 1; }
now() { date +%s.%N; }
# elapsed T0: seconds since T0 (from now), to 0.1 s.
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
sum() { cksum | cut -d' ' -f1; }

# ---- 1. build ---------------------------------------------------------
SRC=$TOP
if [ -n "${BENCH_KANBAO:-}" ]; then
	KB=$BENCH_KANBAO
	TOOLS=${BENCH_TOOLS:?BENCH_TOOLS must name the tools directory}
	BUILT="$KB (given)"
else
	if [ -n "${BENCH_REV:-}" ]; then
		# A committed tree, not the working one (others may be
		# half-way through an edit).
		SRC=$B/tree
		rm -rf "$SRC"
		mkdir -p "$SRC"
		(cd "$TOP" && git archive "$BENCH_REV") | tar -x -C "$SRC" ||
		    die "cannot export $BENCH_REV"
	fi
	say "building build/bench/kanbao (-O2 -g) and the timing tools"
	if ! make -C "$SRC" -j2 BUILD=build/bench OPT="-O2 -g" \
	    PROG=build/bench/kanbao build/bench/kanbao \
	    build/bench/tools/gen-pages build/bench/tools/bench-parse \
	    build/bench/tools/bench-search build/bench/tools/bench-term \
	    build/bench/tools/bench-find \
	    ${NEWSBOAT:+build/bench/tools/bench-rss} >"$LOG/build" 2>&1; then
		tail -20 "$LOG/build" >&2
		die "build failed (see $LOG/build)"
	fi
	KB=$SRC/build/bench/kanbao
	TOOLS=$SRC/build/bench/tools
	BUILT="build/bench/kanbao, -O2 -g"
fi
for t in gen-pages bench-parse bench-search bench-term bench-find \
    ${NEWSBOAT:+bench-rss}; do
	[ -x "$TOOLS/$t" ] || die "$TOOLS/$t is missing"
done
KBSUM=$(sum < "$KB")
GENSUM=$(cat "$SRC/tests/tools/gen-pages.c" "$SRC"/tests/samples/src/* | sum)
if [ -n "${BENCH_REV:-}" ] && [ -z "${BENCH_KANBAO:-}" ]; then
	REV=$(cd "$TOP" && git rev-parse --short "$BENCH_REV")
elif REV=$(cd "$TOP" && git rev-parse --short HEAD 2>/dev/null); then
	(cd "$TOP" && git diff --quiet HEAD -- src include) ||
	    REV="$REV + uncommitted changes to src or include"
else
	REV="?"
fi

# An isolated home: no user config or theme changes what is measured.
export HOME="$B/home" XDG_CONFIG_HOME="$B/home/config" \
    XDG_DATA_HOME="$B/home/data" LC_ALL=C.UTF-8
unset KANBAO_DB NO_COLOR KANBAO_TIMING
mkdir -p "$HOME"

# label N: column heading for an archive of N issues.
label() {
	case $1 in
	365) echo "1 year" ;;
	3650) echo "10 years" ;;
	*) if [ $(($1 % 365)) -eq 0 ]; then echo "$(($1 / 365)) years"
	   else echo "$1 issues"; fi ;;
	esac
}

# ---- 2.-4. per archive ------------------------------------------------
col=0
for n in $SIZES; do
	col=$((col + 1))
	R=$B/results.$col
	: > "$R"
	echo "label $(label "$n")" >> "$R"

	# Archive, reused when size, seed and generator are the same.
	A=$B/archive-$n-$NPAGES-$SEED-$GENSUM
	if [ ! -f "$A/.complete" ]; then
		for old in "$B/archive-$n-$NPAGES-"*; do
			[ -d "$old" ] && rm -rf "$old"
		done
		say "generating $(label "$n") ($n issues x $NPAGES pages)"
		t0=$(now)
		rm -rf "$A.tmp"
		"$TOOLS/gen-pages" --src "$SRC/tests/samples/src" \
		    --archive "$A.tmp" --issues "$n" --pages "$NPAGES" --seed "$SEED" \
		    >"$LOG/gen-$n" 2>&1 || die "gen-pages failed (see $LOG/gen-$n)"
		mv "$A.tmp" "$A"
		touch "$A/.complete"
		say "generated in $(elapsed "$t0") s"
	fi
	NEWEST=$(ls "$A" | tail -1)
	PAGES=$(find "$A" -name '*.txt' | wc -l)
	BYTES=$(find "$A" -name '*.txt' -exec cat {} + | wc -c)
	echo "pages $PAGES" >> "$R"
	echo "textmb $(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')" \
	    >> "$R"

	# Import, reused when archive and binary are the same.
	DB=$B/store-$n.db
	KEY="$n-$NPAGES $SEED $GENSUM $KBSUM"
	reuse=
	if [ -z "${BENCH_REIMPORT:-}" ] && [ -f "$DB.import" ] &&
	    [ -f "$DB" ]; then
		if [ "$(sed -n 1p "$DB.import")" = "$KEY" ]; then
			reuse=same
		elif [ -n "${BENCH_KEEP_STORE:-}" ] &&
		    [ "$(sed -n 1p "$DB.import" | cut -d' ' -f1-3)" = \
		    "$n-$NPAGES $SEED $GENSUM" ]; then
			reuse=older
		fi
	fi
	if [ -z "$reuse" ]; then
		say "importing $(label "$n")"
		rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.import"
		"$TOOLS/bench-term" exec -- "$KB" --db "$DB" import "$A" \
		    >"$LOG/import-$n" 2>&1 ||
		    die "import failed (see $LOG/import-$n)"
		stats=$(grep '^bench-term wall' "$LOG/import-$n")
		size=$(($(wc -c < "$DB") + $( [ -f "$DB-wal" ] && wc -c < "$DB-wal" || echo 0)))
		# Import figures are kept with the store for its reuse.
		{ echo "$KEY"; echo "$stats size $size"; } > "$DB.import"
		say "imported in $(echo "$stats" | cut -d' ' -f3) s"
		echo "reused no" >> "$R"
	else
		echo "reused $reuse" >> "$R"
	fi
	sed -n 2p "$DB.import" | awk -v b="$BYTES" '{
		for (i = 1; i < NF; i++) v[$i] = $(i + 1)
		printf "import_mbps %.2f\n", b / 1e6 / v["wall"]
		printf "import_cpu_mbps %.2f\n", b / 1e6 / (v["user"] + v["sys"])
		printf "import_s %.1f\n", v["wall"]
		printf "import_rss %.1f\n", v["maxrss"] / 1024
		printf "store_mb %.1f\n", v["size"] / 1e6
		printf "store_ratio %.2f\n", v["size"] / b
	}' >> "$R"
	# The same archive again: every page unchanged, found by its text
	# before it is parsed, so a small fraction of the first import.
	say "re-importing $(label "$n") unchanged"
	"$TOOLS/bench-term" exec -- "$KB" --db "$DB" import "$A" \
	    >"$LOG/reimport-$n" 2>&1 ||
	    die "re-import failed (see $LOG/reimport-$n)"
	grep -q '(0 new, 0 replaced, ' "$LOG/reimport-$n" ||
	    die "re-import changed the store (see $LOG/reimport-$n)"
	{ sed -n 2p "$DB.import"; grep '^bench-term wall' "$LOG/reimport-$n"; } |
	    awk 'NR == 1 { for (i = 1; i < NF; i++) if ($i == "wall") f = $(i + 1) }
	    NR == 2 { printf "reimport_s %.2f\n", $3
		printf "reimport_pct %.1f\n", (f > 0 ? 100 * $3 / f : 0) }' \
	    >> "$R"
	articles=$("$KB" --db "$DB" list articles 2>/dev/null | wc -l)
	echo "articles $articles" >> "$R"

	say "parsing $(label "$n")"
	"$TOOLS/bench-parse" -r 3 "$A" >"$LOG/parse-$n" 2>&1 ||
	    die "bench-parse failed (see $LOG/parse-$n)"
	awk '/^parse /{ for (i = 2; i < NF; i++) v[$i] = $(i + 1)
		printf "parse_mbps %.2f\n", v["mbps"] }' "$LOG/parse-$n" >> "$R"
	# The same articles set as other papers set them (headings over the
	# bodies, datelines, no ■), read by the parser's other reading.
	O=$B/archive-other-$n-$NPAGES-$SEED-$GENSUM
	if [ ! -f "$O/.complete" ]; then
		for old in "$B/archive-other-$n-$NPAGES-"*; do
			[ -d "$old" ] && rm -rf "$old"
		done
		rm -rf "$O.tmp"
		"$TOOLS/gen-pages" --src "$SRC/tests/samples/src" \
		    --archive "$O.tmp" --issues "$n" --pages "$NPAGES" \
		    --seed "$SEED" --style other >"$LOG/gen-other-$n" 2>&1 ||
		    die "gen-pages failed (see $LOG/gen-other-$n)"
		mv "$O.tmp" "$O"
		touch "$O/.complete"
	fi
	say "parsing $(label "$n") in other papers' style"
	"$TOOLS/bench-parse" -r 3 "$O" >"$LOG/parse-other-$n" 2>&1 ||
	    die "bench-parse failed (see $LOG/parse-other-$n)"
	awk '/^parse /{ for (i = 2; i < NF; i++) v[$i] = $(i + 1)
		printf "parse_other_mbps %.2f\n", v["mbps"] }' \
	    "$LOG/parse-other-$n" >> "$R"

	say "reader: $RUNS runs on $(label "$n")"
	# j past the last issue repaints nothing: stay within the list.
	ij=$((n > 8 ? 8 : n - 1))
	"$TOOLS/bench-term" reader -n "$RUNS" -s 120x40 -w "$NEWEST" \
	    -f "$XDG_DATA_HOME/kanbao/places" \
	    -k "oldest=G newest=g issue=j*$ij open-issue=Enter $(printf '%s ' \
	    'headline=j*4 open-article=Enter back=q' \
	    'headline=j*4 open-article=Enter back=q' \
	    'headline=j*4 open-article=Enter back=q' \
	    'headline=j*4 open-article=Enter back=q')" \
	    -- "$KB" --db "$DB" >"$LOG/reader-$n" 2>&1 ||
	    die "reader runs failed (see $LOG/reader-$n)"
	awk '
	/^startup-outside/ { print "start_out_med", $3; print "start_out_max", $5 }
	/^startup-inside/ { print "start_in_med", $3; print "start_in_max", $5 }
	/^maxrss/ { printf "reader_rss %.1f\n", $2 / 1024 }
	/^key / { print "key_" $2 "_out_p50", $5; print "key_" $2 "_out_p95", $7
		print "key_" $2 "_in_p50", $10; print "key_" $2 "_in_p95", $12 }
	' "$LOG/reader-$n" >> "$R"

	say "search: $NQ queries a class on $(label "$n")"
	"$TOOLS/bench-search" -n "$NQ" -s "$SEED" -v "$DB" \
	    >"$LOG/search-$n" 2>"$LOG/search-$n.queries" ||
	    die "bench-search failed (see $LOG/search-$n.queries)"
	awk '/^search / {
		if ($3 == "none") { print "search_" $2 "_p50 none"; next }
		print "search_" $2 "_p50", $4; print "search_" $2 "_p95", $6
		print "search_" $2 "_distinct", $14 }' "$LOG/search-$n" >> "$R"

	# Every hit of a common word from the command line, against grep
	# over the same page text: the floor for reading it all once.
	say "kanbao search $WORD, every hit, on $(label "$n")"
	"$TOOLS/bench-term" exec -- "$KB" --db "$DB" search "$WORD" \
	    >"$LOG/all-$n" 2>"$LOG/all-$n.time" ||
	    die "kanbao search failed (see $LOG/all-$n.time)"
	"$TOOLS/bench-term" exec -- grep -rcF --include='*.txt' "$WORD" "$A" \
	    >/dev/null 2>"$LOG/grep-$n.time" || true
	{ echo "all_hits $(wc -l < "$LOG/all-$n")"
	  awk '/^bench-term wall/ { printf "all_s %.3f\n", $3 }' \
	    "$LOG/all-$n.time"
	  awk '/^bench-term wall/ { printf "grep_s %.3f\n", $3 }' \
	    "$LOG/grep-$n.time"; } >> "$R"
	awk '/^all_s/ { a = $2 } /^grep_s/ { g = $2 }
	END { if (g > 0) printf "all_ratio %.2f\n", a / g }' "$R" >> "$R"

	# The same articles in newsboat, as RSS made from the store, when it
	# is installed: its import, store, start-up and search beside ours.
	if [ -z "$NEWSBOAT" ]; then
		echo "nb none" >> "$R"
	else
		NB=$B/newsboat-$n-$NPAGES
		if [ "$(cat "$NB/key" 2>/dev/null)" != "$KEY" ]; then
			say "newsboat: importing $(label "$n") as RSS"
			rm -rf "$NB"
			mkdir -p "$NB/rss"
			"$TOOLS/bench-rss" "$DB" "$NB/rss" >"$LOG/rss-$n" 2>&1 ||
			    die "bench-rss failed (see $LOG/rss-$n)"
			: > "$NB/config"
			"$TOOLS/bench-term" exec -- "$NEWSBOAT" -u "$NB/rss/urls" \
			    -c "$NB/cache.db" -C "$NB/config" -x reload \
			    >"$LOG/nb-import-$n" 2>&1 ||
			    die "newsboat import failed (see $LOG/nb-import-$n)"
			{ grep '^bench-term wall' "$LOG/nb-import-$n" |
			    sed "s/\$/ size $(wc -c < "$NB/cache.db")/"
			  echo "items $(cat "$LOG/rss-$n")"; } > "$NB/import"
			echo "$KEY" > "$NB/key"
		fi
		awk -v b="$BYTES" '/^bench-term wall/ {
			for (i = 1; i < NF; i++) v[$i] = $(i + 1)
			printf "nb_import_s %.3f\n", v["wall"]
			if (v["wall"] > 0)
				printf "nb_import_mbps %.2f\n", b / 1e6 / v["wall"]
			printf "nb_store_mb %.1f\n", v["size"] / 1e6 }
		/^items/ { print "nb_items", $2 }' "$NB/import" >> "$R"
		say "newsboat: $NBRUNS start-ups and a search on $(label "$n")"
		# Both readers: / 项 目 Enter, from the outside.
		c1=$(printf %s "$WORD" | cut -b1-3)
		c2=$(printf %s "$WORD" | cut -b4-6)
		sk="slash=/ c1=$c1 c2=$c2 find=Enter"
		"$TOOLS/bench-term" reader -o -q qqq -n "$NBRUNS" -s 120x40 \
		    -w "kanbao 20" -e "Search result" -k "$sk" -- \
		    "$NEWSBOAT" -u "$NB/rss/urls" \
		    -c "$NB/cache.db" -C "$NB/config" >"$LOG/nb-reader-$n" 2>&1 ||
		    die "newsboat runs failed (see $LOG/nb-reader-$n)"
		"$TOOLS/bench-term" reader -n "$NBRUNS" -s 120x40 -w "$NEWEST" \
		    -f "$XDG_DATA_HOME/kanbao/places" \
		    -k "$sk" -- "$KB" --db "$DB" >"$LOG/kb-search-$n" 2>&1 ||
		    die "reader search runs failed (see $LOG/kb-search-$n)"
		for f in nb:"$LOG/nb-reader-$n" kb:"$LOG/kb-search-$n"; do
			awk -v p="${f%%:*}" '
			/^startup-outside/ { print p "_start", $3 }
			/^maxrss/ { printf "%s_rss %.1f\n", p, $2 / 1024 }
			/^key / { t += $5 }
			END { printf "%s_find %.2f\n", p, t }' "${f#*:}" >> "$R"
		done
		awk '{ v[$1] = $2 } END {
			if (v["nb_import_s"] > 0) printf "r_import %.2f\n",
			    v["import_mbps"] / v["nb_import_mbps"]
			if (v["nb_store_mb"] > 0) printf "r_store %.2f\n",
			    v["store_mb"] / v["nb_store_mb"]
			if (v["nb_start"] > 0) printf "r_start %.3f\n",
			    v["start_out_med"] / v["nb_start"]
			if (v["nb_find"] > 0) printf "r_find %.3f\n",
			    v["kb_find"] / v["nb_find"]
			if (v["nb_rss"] > 0) printf "r_rss %.3f\n",
			    v["reader_rss"] / v["nb_rss"] }' "$R" >> "$R"
	fi

	say "jump and topic filter on $(label "$n")"
	"$TOOLS/bench-find" "$DB" >"$LOG/find-$n" 2>&1 ||
	    die "bench-find failed (see $LOG/find-$n)"
	awk '/^jump index:/ { print "jump_index", $6 }
	/^jump (pinyin|initials|Chinese) / {
		k = $2 == "Chinese" ? "han" : $2
		print "jump_" k "_mean", $7; print "jump_" k "_worst", $10 }
	/^topic filter / { n++; t += $4; if ($4 > w) w = $4 }
	END { if (n) { printf "topic_mean %.2f\ntopic_worst %.2f\n", t / n, w } }
	' "$LOG/find-$n" >> "$R"
done

# ---- 4b. PDF pages ------------------------------------------------------
# Our sample pages typeset as one PDF by gen-pdf.py, parsed (layout front
# end, pdftotext included) and imported into a fresh store, 3 times each.
PDFLINE="PDF pages: not measured (needs pdftotext and python3)"
if command -v pdftotext >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
	say "PDF pages: parse and import through the layout front end"
	PD=$B/pdf
	rm -rf "$PD"
	mkdir -p "$PD"
	if python3 "$SRC/tests/tools/gen-pdf.py" pages "$SRC/tests/samples/src" \
	    "$PD" >"$LOG/pdf" 2>&1; then
		np=$(ls "$SRC"/tests/samples/src/*.txt | wc -l)
		t0=$(now)
		for i in 1 2 3; do
			"$KB" parse --json "$PD/all.pdf" >/dev/null 2>>"$LOG/pdf"
		done
		tp=$(elapsed "$t0")
		t0=$(now)
		for i in 1 2 3; do
			rm -f "$PD/s.db"*
			"$KB" --db "$PD/s.db" import --date 2024-01-01 \
			    "$PD/all.pdf" >>"$LOG/pdf" 2>&1
		done
		ti=$(elapsed "$t0")
		PDFLINE=$(awk -v n="$np" -v p="$tp" -v i="$ti" 'BEGIN {
		    printf "PDF pages (gen-pdf.py, %d pages, pdftotext included): " \
			"parse %.1f pages/s, import %.1f pages/s", n,
			3 * n / (p > 0 ? p : 0.1), 3 * n / (i > 0 ? i : 0.1) }')
	fi
fi

# ---- 4c. a page of thousands of headings -------------------------------
# Text far longer than a printed page (2 MB, the most import takes): a
# short heading over each of thousands of paragraphs, in other papers'
# style.  Headings are matched to bodies by their words; on such text
# the matching must not grow with the square of its length.
HEADLINE="A 2 MB page of short headings: not measured (needs python3)"
CUTLINE="A 2 MB page of short lines cut inside a word: not measured (needs python3)"
# long_page KIND: writes B/KIND.txt, 2 MB of our own characters: short
# headings over paragraphs (headings), or short lines after finished
# sentences, each cut from the next inside a pair of characters the page
# says nowhere else (cutwords: each is asked whether the page says the
# word its break cuts).
long_page() {
	python3 -c '
import random, sys
random.seed(1)
han = "澄湖港区新航线开通企业服务项目建设春季生产安全检查社区居民老人食堂电梯加装"
w = lambda n: "".join(random.choice(han) for _ in range(n))
cut = sys.argv[1] == "cutwords"
out, size = ["本报讯 澄湖市召开会议。"] if cut else [], 0
while size < 2000000:
    if cut:
        ls = (w(5) + "甲", "乙" + w(13) + "。")
    else:
        ls = (w(8), "", w(16) + "，" + w(2), w(15) + "。", "")
    for l in ls:
        out.append(l)
        size += len(l.encode()) + 1
sys.stdout.write("\n".join(out))' "$1" >"$B/$1.txt"
}
# long_parse KIND: parses B/KIND.txt; T is the seconds it took.
long_parse() {
	t0=$(now)
	"$KB" parse --json "$B/$1.txt" >/dev/null 2>"$LOG/$1" ||
	    die "parse failed (see $LOG/$1)"
	T=$(elapsed "$t0")
}
# long_line WHAT SECONDS: the figure's line.
long_line() {
	awk -v w="$1" -v t="$2" 'BEGIN { printf "A 2 MB page of %s: " \
	    "parse %.1f s (budget <= 5) %s", w, t, t <= 5 ? "ok" : "MISS" }'
}
if command -v python3 >/dev/null 2>&1; then
	say "parsing a 2 MB page of short headings over paragraphs"
	long_page headings
	long_parse headings
	nl=$(grep -c . "$B/headings.txt")
	HEADLINE=$(long_line "$((nl / 3)) short headings over paragraphs" "$T")
	say "parsing a 2 MB page of short lines cut inside a word"
	long_page cutwords
	long_parse cutwords
	nl=$(grep -c . "$B/cutwords.txt")
	CUTLINE=$(long_line "$((nl / 2)) short lines, each cut inside a word" \
	    "$T")
fi

# ---- 5. the table -----------------------------------------------------
# Rows: label | budget op | budget | first key | second key | judged key.
# A cell shows "first / second"; a key no archive has shows as "-", a
# word (none, not built) as itself, unjudged.
ROWS='archive: pages ('"$NPAGES"' an issue)|||pages||
articles|||articles||
page text, MB|||textmb||
parse, MB/s (parse only, fastest of 3)|>=|40|parse_mbps||parse_mbps
parse, pages of other papers, MB/s|>=|40|parse_other_mbps||parse_other_mbps
import, MB/s of page text (wall)|>=|11|import_mbps||import_mbps
import, MB/s of CPU time|||import_cpu_mbps||
import, wall seconds|||import_s||
import, peak RSS MB|||import_rss||
import again, unchanged: s / % of first import|<=|10|reimport_s|reimport_pct|reimport_pct
store, MB|||store_mb||
store, MB per MB of text|||store_ratio||
start-up to first paint, outside: median / max ms|<=|50|start_out_med|start_out_max|start_out_med
start-up, KANBAO_TIMING: median / max ms|<=|50|start_in_med|start_in_max|start_in_med
reader peak RSS, MB|<=|30|reader_rss||reader_rss
search 1 char, first screen: p50 / p95 ms|<=|20|search_han1_p50|search_han1_p95|search_han1_p95
search 2 chars: p50 / p95 ms|<=|20|search_han2_p50|search_han2_p95|search_han2_p95
search 4 chars: p50 / p95 ms|<=|20|search_han4_p50|search_han4_p95|search_han4_p95
search Latin word: p50 / p95 ms|<=|20|search_latin_p50|search_latin_p95|search_latin_p95
kanbao search WORD, every hit: hits|||all_hits||
kanbao search WORD, every hit: s|||all_s||
grep -rcF WORD over the page text: s|||grep_s||
search every hit, times grep|<=|3|all_ratio||all_ratio
newsboat, the same articles as RSS: items|||nb_items||
newsboat: import, MB/s of page text (wall)|||nb_import_mbps||
import rate, kanbao / newsboat|>=|1.5|r_import||r_import
newsboat: store, MB|||nb_store_mb||
store size, kanbao / newsboat|||r_store||
newsboat: start-up to first paint (outside), ms|||nb_start||
start-up, kanbao / newsboat|||r_start||
newsboat: peak RSS, MB|||nb_rss||
reader peak RSS, kanbao / newsboat|||r_rss||
newsboat: / WORD Enter, sum of repaints, ms|||nb_find||
kanbao reader: / WORD Enter, the same, ms|||kb_find||
reader search, kanbao / newsboat|||r_find||
jump list index, built once, ms|||jump_index||
jump by headline, pinyin: mean / worst ms a key|<=|30|jump_pinyin_mean|jump_pinyin_worst|jump_pinyin_worst
jump by headline, initials: mean / worst ms|<=|30|jump_initials_mean|jump_initials_worst|jump_initials_worst
jump by headline, Chinese: mean / worst ms|<=|30|jump_han_mean|jump_han_worst|jump_han_worst
topic filter toggle: mean / worst ms|<=|30|topic_mean|topic_worst|topic_worst
repaint, issue list j (outside): p50 / p95 ms|<=|10|key_issue_out_p50|key_issue_out_p95|key_issue_out_p95
repaint, issue list j (inside)|<=|10|key_issue_in_p50|key_issue_in_p95|key_issue_in_p95
issue list G, to the oldest (outside)|<=|10|key_oldest_out_p50|key_oldest_out_p95|key_oldest_out_p95
issue list G, to the oldest (inside)|<=|10|key_oldest_in_p50|key_oldest_in_p95|key_oldest_in_p95
issue list g, back to the newest (inside)|<=|10|key_newest_in_p50|key_newest_in_p95|key_newest_in_p95
repaint, headline j (outside)|<=|10|key_headline_out_p50|key_headline_out_p95|key_headline_out_p95
repaint, headline j (inside)|<=|10|key_headline_in_p50|key_headline_in_p95|key_headline_in_p95
repaint, open article (outside)|<=|10|key_open-article_out_p50|key_open-article_out_p95|key_open-article_out_p95
repaint, open article (inside)|<=|10|key_open-article_in_p50|key_open-article_in_p95|key_open-article_in_p95
repaint, back to headlines (outside)|<=|10|key_back_out_p50|key_back_out_p95|key_back_out_p95'

{
echo
echo "kanbao benchmarks: $BUILT, at $REV"
echo "$(nproc 2>/dev/null || echo ?) cores, load average $LOAD0 at the start; seed $SEED; $RUNS reader runs; $NQ queries a class"
echo "WORD is $WORD; newsboat: ${NEWSBOAT:-not installed}${NEWSBOAT:+, $NBRUNS run(s)}"
for c in $(seq 1 $col); do
	r=$(sed -n 's/^reused //p' "$B/results.$c")
	l=$(sed -n 's/^label //p' "$B/results.$c")
	case $r in
	same) echo "$l: store imported by an earlier run of this same binary (import figures from then)" ;;
	older) echo "$l: store imported by an EARLIER binary (BENCH_KEEP_STORE)" ;;
	esac
done
echo
printf '%s\n' "$ROWS" | awk -F'|' -v ncol="$col" -v dir="$B" '
function num(s) { return s ~ /^-?[0-9]+(\.[0-9]+)?$/ }
function fmt(s) {
	if (!num(s)) return s
	if (s + 0 < 0) return "none"
	if (s ~ /^[0-9]+$/) return s
	if (s + 0 >= 100) return sprintf("%.0f", s)
	if (s + 0 >= 10) return sprintf("%.1f", s)
	if (s + 0 > 0 && s + 0 < 0.01) return sprintf("%.1g", s)
	return sprintf("%.2f", s)
}
BEGIN {
	for (c = 1; c <= ncol; c++) {
		f = dir "/results." c
		while ((getline line < f) > 0) {
			k = line; sub(/ .*/, "", k)
			v = line; sub(/^[^ ]* /, "", v)
			val[c, k] = v
		}
	}
	printf "%-50s %-7s", "", "budget"
	for (c = 1; c <= ncol; c++) printf " %-22s", val[c, "label"]
	printf "\n"
}
{
	b = $2 == "" ? "" : $2 " " $3
	printf "%-50s %-7s", $1, b
	for (c = 1; c <= ncol; c++) {
		k1 = $4; k2 = $5; kj = $6
		v1 = ((c, k1) in val) ? val[c, k1] : "-"
		if (v1 == "-" && val[c, "nb"] == "none" &&
		    (k1 ~ /^(nb_|r_)/ || k1 == "kb_find"))
			v1 = "newsboat not installed"
		s = fmt(v1)
		if (k2 != "") {
			v2 = ((c, k2) in val) ? val[c, k2] : "-"
			if (num(v2)) s = s " / " fmt(v2)
		}
		if (kj != "" && ((c, kj) in val) && num(val[c, kj]) &&
		    val[c, kj] + 0 >= 0) {
			x = val[c, kj] + 0
			ok = ($2 == ">=") ? x >= $3 : x <= $3
			s = s (ok ? " ok" : " MISS")
		}
		printf " %-22s", s
	}
	printf "\n"
}'
echo
echo "$PDFLINE"
echo "$HEADLINE"
echo "$CUTLINE"
echo
echo "ok/MISS: latencies judged on p95, start-up on its median, import on wall time,"
echo "parse on the fastest of 3 runs (the one other programs took the least from)."
echo "Raw outputs and the queries used: $LOG/"
echo "make bench took $(( $(date +%s) - START )) s; load average at the end $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
} | tee "$B/table"
