# The sample issues and the parser's score on them.
#
#  (a) the committed pages and truth equal a fresh run of regen.sh, so they
#      never drift from the sources and the generator; the generator is
#      deterministic and its truth agrees with its pages;
#  (b) the parser segments the committed samples, and the same articles
#      re-typeset at widths 11, 14 and 18, with titles before, after and
#      mixed, raw and Markdown, with seg-F1 >= 0.95 on each set;
#  (c) the same on the real pages in $SHARED/corpus, when present.
#
# Scores are printed (lines starting "#") so that they can be followed as
# the parser improves.
. "$(dirname "$0")/../lib.sh"

GEN=$BUILD/tools/gen-pages
SCORE=$TOP/tests/tools/score-pages.py
SAMPLES=$TOP/tests/samples
MIN_SEG=0.95

t_need python3 "samples: scores" || exit 0
if [ ! -x "$GEN" ]; then
	t_fail "samples: gen-pages built" "no $GEN (make tools)"
	exit 0
fi

# (a) ---------------------------------------------------------------------

if sh "$SAMPLES/regen.sh" "$GEN" "$T_TMP/fresh" >"$T_TMP/regen.err" 2>&1; then
	if d=$(diff -r "$SAMPLES/pages" "$T_TMP/fresh/pages" 2>&1 &&
	    diff -r "$SAMPLES/truth" "$T_TMP/fresh/truth" 2>&1 &&
	    diff -r "$SAMPLES/styles" "$T_TMP/fresh/styles" 2>&1); then
		t_ok "samples: committed pages equal a fresh generation"
	else
		t_fail "samples: committed pages equal a fresh generation" \
		    "run: sh tests/samples/regen.sh $GEN (then commit)" \
		    "$(printf '%s\n' "$d" | head -8)"
	fi
else
	t_fail "samples: regen.sh runs" "$(head -5 "$T_TMP/regen.err")"
fi

n=$(ls "$SAMPLES"/pages/*/p*.txt 2>/dev/null | wc -l)
if [ "$n" -ge 6 ] && ls "$SAMPLES"/truth/*.json >/dev/null 2>&1 &&
    grep -q '"format": "markdown"' "$SAMPLES"/truth/*.json &&
    grep -q '"format": "raw"' "$SAMPLES"/truth/*.json; then
	t_ok "samples: at least 6 pages, raw and Markdown"
else
	t_fail "samples: at least 6 pages, raw and Markdown" "found $n pages"
fi

if out=$(python3 "$SCORE" --check --pages "$SAMPLES/pages" \
    "$SAMPLES"/truth/*.json 2>&1) &&
    out=$(for d in "$SAMPLES"/styles/*; do
	python3 "$SCORE" --check --pages "$d" "$d"/truth/*.json || exit 1
    done 2>&1); then
	t_ok "samples: truth fragments are in their pages"
else
	t_fail "samples: truth fragments are in their pages" \
	    "$(printf '%s\n' "$out" | head -5)"
fi

# No sentence of the real pages may be copied into ours.
if [ -d "$SHARED/corpus/pages" ]; then
	if out=$(python3 - "$SHARED/corpus/pages" "$SAMPLES/src" <<'EOF'
import os, re, sys
def sentences(d):
    out = set()
    for n in os.listdir(d):
        t = open(os.path.join(d, n), encoding="utf-8").read()
        t = re.sub(r"\s+", "", t)
        out.update(s for s in re.split(r"[。！？]", t) if len(s) >= 12)
    return out
ours = "".join(re.sub(r"\s+", "", open(os.path.join(sys.argv[2], n),
    encoding="utf-8").read()) for n in os.listdir(sys.argv[2]))
hits = [s for s in sentences(sys.argv[1]) if s in ours]
print("\n".join(hits[:3]))
sys.exit(1 if hits else 0)
EOF
	); then
		t_ok "samples: no sentence of the real pages in the sources"
	else
		t_fail "samples: no sentence of the real pages in the sources" \
		    "$out"
	fi
fi

# The archive mode writes N issues of 8 pages, deterministically.
"$GEN" --src "$SAMPLES/src" --archive "$T_TMP/a1" --issues 3 --seed 9 &&
    "$GEN" --src "$SAMPLES/src" --archive "$T_TMP/a2" --issues 3 --seed 9
n=$(find "$T_TMP/a1" -name 'p*.txt' 2>/dev/null | wc -l)
if [ "$n" -eq 24 ] && [ -f "$T_TMP/a1/2015-01-03/p8.txt" ] &&
    diff -r "$T_TMP/a1" "$T_TMP/a2" >/dev/null 2>&1; then
	t_ok "samples: archive of 3 issues x 8 pages, same for the same seed"
else
	t_fail "samples: archive of 3 issues x 8 pages, same for the same seed" \
	    "$n pages"
fi
rm -rf "$T_TMP/a1" "$T_TMP/a2"

# (b) and (c) -------------------------------------------------------------

# score NAME PAGES TRUTH...: one ok/not ok line, the score lines as comments.
score() {
	_name=$1 _pages=$2
	shift 2
	python3 "$SCORE" --bin "$KANBAO" --pages "$_pages" --min-seg "$MIN_SEG" \
	    "$@" >"$T_TMP/score.out" 2>&1
	_st=$?
	_total=$(grep '^TOTAL' "$T_TMP/score.out")
	if [ "$_st" -eq 0 ]; then
		t_ok "$_name: seg-F1 >= $MIN_SEG"
		echo "#   ${_total:-no TOTAL line}"
	else
		t_fail "$_name: seg-F1 >= $MIN_SEG"
		grep -v '^TOTAL' "$T_TMP/score.out" | head -12 | sed 's/^/#   /'
		echo "#   ${_total:-no TOTAL line}"
	fi
}

score "parse samples (committed)" "$SAMPLES/pages" "$SAMPLES"/truth/*.json

# Re-typeset variants: pages the parser was not tuned on.
for v in "raw 11 after 101" "raw 11 before 102" "raw 14 mixed 103" \
    "raw 14 before 104" "raw 18 after 105" "raw 18 mixed 106" \
    "markdown 14 mixed 107" "markdown 14 mixed 108"; do
	set -- $v
	d=$T_TMP/v-$1-$2-$3-$4
	if ! "$GEN" --src "$SAMPLES/src" --format "$1" --width "$2" \
	    --titles "$3" --seed "$4" --out "$d" >"$T_TMP/gen.err" 2>&1; then
		t_fail "parse samples ($1, width $2, titles $3, seed $4)" \
		    "$(head -3 "$T_TMP/gen.err")"
		continue
	fi
	if [ "$1" = markdown ]; then
		score "parse samples (markdown, seed $4)" "$d" "$d"/truth/*.json
	else
		score "parse samples ($1, width $2, titles $3, seed $4)" "$d" \
		    "$d"/truth/*.json
	fi
	rm -rf "$d"
done

if [ -d "$SHARED/corpus/pages" ] && [ -d "$SHARED/corpus/truth" ]; then
	score "parse real pages" "$SHARED/corpus/pages" \
	    "$SHARED"/corpus/truth/*.json
else
	t_skip "parse real pages" "no corpus at $SHARED/corpus (set SHARED)"
fi
exit 0
