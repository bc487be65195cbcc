#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz/fuzz-*.c) with ASan and UBSan
# against the model sources and runs each for a bounded time.
#
# usage: sh tests/fuzz/run.sh [TARGET...]      (default: every target)
#
#   FUZZ_TIME=60     seconds per target
#   BUILD=build      the build tree; everything goes under BUILD/fuzz:
#                    bin/ (targets), corpus/NAME/ (seeded from the sample
#                    pages and themes, grown by each run), crashes/
#
# Prints one line per target with its executions and time, and exits 1 if
# any target found a crash, a leak or a broken invariant (the input that
# did it is left in BUILD/fuzz/crashes/; replay it with
# BUILD/fuzz/bin/fuzz-NAME FILE).  Needs clang and its libFuzzer runtime
# (Debian: clang, libclang-rt-14-dev).
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
cd "$TOP" || exit 1
FUZZ_TIME=${FUZZ_TIME:-60}
OUT=${BUILD:-build}/fuzz
CC=${FUZZ_CC:-clang}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
mkdir -p "$OUT/obj" "$OUT/bin" "$OUT/corpus" "$OUT/crashes" "$OUT/log"
OUT=$(cd "$OUT" && pwd)

SAN="-fsanitize=address,undefined -fno-sanitize-recover=all \
    -fno-omit-frame-pointer"
# Warnings are errors in the targets; the model's own build (make) is
# where they are errors for the model.
CFLAGS="-std=c11 -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 -pthread -Wall -Wextra \
    -Wshadow -Wmissing-prototypes -Wstrict-prototypes -Wwrite-strings \
    -Iinclude -I${BUILD:-build}/gen -g -O1 \
    $($PKG_CONFIG --cflags sqlite3 2>/dev/null)"
LIBS="$($PKG_CONFIG --libs sqlite3 2>/dev/null || echo -lsqlite3) \
    -lunistring -lm"

if ! command -v "$CC" >/dev/null 2>&1; then
	echo "fuzz: no $CC (install clang and libclang-rt-14-dev)" >&2
	exit 1
fi
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n);\n%s\n' \
    'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; return (int)n * 0; }' \
    >"$OUT/obj/probe.c"
if ! $CC -fsanitize=fuzzer -o "$OUT/obj/probe" "$OUT/obj/probe.c" \
    >"$OUT/log/probe" 2>&1; then
	echo "fuzz: $CC cannot link libFuzzer (install libclang-rt-14-dev):" >&2
	head -3 "$OUT/log/probe" >&2
	exit 1
fi

# --- build ---------------------------------------------------------------
# The model: every src/*.c but main.c, cli*.c and ui*.c (as the Makefile).
model=
for f in src/*.c; do
	case ${f#src/} in
	main.c|cli*|ui*) ;;
	*) model="$model $f" ;;
	esac
done
objs=
for f in $model; do
	objs="$objs $OUT/obj/$(basename "$f" .c).o"
done
# Compile what changed (any header change rebuilds everything), two at once.
newest_h=$(ls -t include/kanbao/*.h src/*.h 2>/dev/null | head -1)
for f in $model; do
	o=$OUT/obj/$(basename "$f" .c).o
	if [ ! -f "$o" ] || [ "$f" -nt "$o" ] || [ "$newest_h" -nt "$o" ]; then
		echo "$f"
	fi
done | xargs -r -P 2 -I{} sh -c \
    'o='"$OUT"'/obj/$(basename {} .c).o; '"$CC $CFLAGS $SAN"' \
    -fsanitize=fuzzer-no-link -c -o "$o" {} || { rm -f "$o"; exit 255; }' ||
    { echo "fuzz: building the model failed" >&2; exit 1; }

if [ $# -eq 0 ]; then
	set --
	for f in tests/fuzz/fuzz-*.c; do
		set -- "$@" "$(basename "$f" .c)"
	done
fi
for t in "$@"; do
	t=${t#fuzz-}
	$CC $CFLAGS -Werror $SAN -fsanitize=fuzzer -o "$OUT/bin/fuzz-$t" \
	    "tests/fuzz/fuzz-$t.c" $objs $LIBS ||
	    { echo "fuzz: building fuzz-$t failed" >&2; exit 1; }
done

# --- seeds ---------------------------------------------------------------
seed() {	# seed TARGET NAME: standard input becomes a seed
	mkdir -p "$OUT/corpus/$1"
	cat >"$OUT/corpus/$1/seed-$2"
}
for p in tests/samples/pages/*/*.txt; do
	n=$(echo "$p" | tr / _)
	seed parse "$n" <"$p"
	# Reflow: width 40 (byte 80 of 256 x 300), indent 2, a paragraph.
	{ printf '\104\002'; head -c 1500 "$p"; } | seed reflow "$n"
	{ printf '\005\000'; head -c 300 "$p"; } | seed reflow "narrow-$n"
done
p=$(ls tests/samples/pages/*/*.txt | head -1)
if command -v iconv >/dev/null 2>&1; then
	iconv -f UTF-8 -t GB18030 "$p" 2>/dev/null | seed parse gb18030
	{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$p"; } 2>/dev/null |
	    seed parse utf16le
fi
sed 's/$/\r/' "$p" | seed parse crlf
# The layout reader: pdftotext's XHTML of a page gen-pdf.py typesets.
if command -v pdftotext >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1 &&
    python3 tests/tools/gen-pdf.py pages tests/samples/src "$OUT/log" \
    >/dev/null 2>&1; then
	pdftotext -q -bbox-layout "$OUT/log/2024-03-05-p3.pdf" - | seed pdf page
fi
printf '\004\000春眠不觉晓，处处闻啼鸟。“夜来风雨声”——花落知多少？' |
    seed reflow poem
printf '\377\003Latin words, 1,234.5 and https://example.invalid/a/b ok' |
    seed reflow latin
printf '\002\001e\314\201\342\200\215\360\237\221\250\342\200\215\360\237\221\251 中' |
    seed reflow marks
for f in themes/*.theme; do
	[ -f "$f" ] && seed theme "$(basename "$f")" <"$f"
done
printf 'normal = bold,underline 1 default\nbody = none 255 0\n' |
    seed theme small
cat <<'EOF' | seed topics small
# a topics file
topic investment 投资项目
kinds news commentary photo
min 13
words 4 总投资 集中开工
words 1 项目 亿元

topic harbour 港口
kinds news
words 2 码头 航线
topic weather
kinds weather
EOF
printf 'topic a\ntopic b A\nmin 0\nwords -3 x y\n' | seed topics neg
for q in 项目 天气 '天气 预报' 开工投产 '"引号"' 'a AND b' 'NEAR(x y)' \
    '开工*' 'col:x' '投资 企业' Weather '^rain' 'x OR' '澄湖 经开 3月'; do
	printf '\001%s' "$q" | seed search "$(printf '%s' "$q" | cksum | cut -d' ' -f1)"
done
# Pinyin: the query, a NUL, a headline.
for q in 'x2' pinghu ph "xm'2" 'zhang chang' hang 'a b c' 9 ''; do
	printf '%s\000项目2期 平湖经开 长江 银行 Latin 3月' "$q" |
	    seed pinyin "$(printf '%s' "$q" | cksum | cut -d' ' -f1)"
done

# --- run -----------------------------------------------------------------
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export KANBAO_FUZZ_PAGES="$OUT/pages"
mkdir -p "$KANBAO_FUZZ_PAGES"
cp tests/samples/pages/2024-03-05/*.txt "$KANBAO_FUZZ_PAGES/" 2>/dev/null
status=0
for t in "$@"; do
	t=${t#fuzz-}
	case $t in
	parse) max=16384 ;;
	search|pinyin) max=256 ;;
	*) max=4096 ;;
	esac
	mkdir -p "$OUT/corpus/$t"
	log=$OUT/log/fuzz-$t.log
	start=$(date +%s)
	"$OUT/bin/fuzz-$t" -max_total_time="$FUZZ_TIME" -max_len=$max \
	    -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix="$OUT/crashes/fuzz-$t-" "$OUT/corpus/$t" \
	    >"$log" 2>&1
	st=$?
	secs=$(($(date +%s) - start))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	files=$(ls "$OUT/corpus/$t" | wc -l)
	if [ $st -eq 0 ]; then
		echo "ok - fuzz-$t: ${execs:-?} executions in ${secs}s, corpus $files"
	else
		status=1
		echo "not ok - fuzz-$t: exit $st after ${execs:-?} executions in ${secs}s"
		grep -E 'ERROR|SUMMARY|runtime error|Test unit written|#[0-9]+ 0x' \
		    "$log" | head -15 | sed 's/^/#   /'
		echo "#   log: $log"
	fi
done
exit $status
