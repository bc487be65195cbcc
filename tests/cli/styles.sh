# Our own pages in the styles of other papers and other extractors, and the
# parser's score on each (gen-pages --style, --indent, --furniture,
# --formfeed, --layout; the articles of tests/samples/src and src-other).
#
#  (a) each style's truth agrees with its pages (score-pages.py --check),
#      the same seed gives the same pages, and the pages show the style;
#  (b) the parser's scores on each style, printed (lines starting "#"),
#      with a floor for each.
#
# The floors are what the parser scored when each floor was added, less a
# small margin: raise them as the parser improves.  A floor of 0 asserts
# only that every page parses.
. "$(dirname "$0")/../lib.sh"

GEN=$BUILD/tools/gen-pages
SCORE=$TOP/tests/tools/score-pages.py
SAMPLES=$TOP/tests/samples
SEED=11

t_need python3 "styles" || exit 0
if [ ! -x "$GEN" ]; then
	t_fail "styles: gen-pages built" "no $GEN (make tools)"
	exit 0
fi

# gen DIR OPTIONS...: the pages of both source directories in one style.
gen() {
	_d=$1
	shift
	"$GEN" --src "$SAMPLES/src" --width random --seed "$SEED" \
	    --out "$_d" "$@" &&
	    "$GEN" --src "$SAMPLES/src-other" --width random --seed "$SEED" \
	    --out "$_d" "$@"
}

# The styles: name, seg-F1 floor, para-F1 floor ("-": none), floor of the
# share of found articles with the right title, options.
# "seed" is our paper's own style, for comparison.
cat >"$T_TMP/styles" <<'EOF'
seed               0.97 0.92 0.89
indent-ideographic 0.97 0.94 0.89 --indent ideographic
indent-spaces      0.97 0.94 0.89 --indent spaces
furniture          0.97 0.92 0.89 --furniture
formfeed           0.97 0.92 0.89 --formfeed --furniture
layout             0.97 -    0.89 --layout
other              0.95 0.90 0.97 --style other
other-indent       0.95 0.91 0.97 --style other --indent ideographic
other-issue        0.95 0.90 0.97 --style other --indent spaces --furniture --formfeed
other-layout       0.91 -    0.90 --style other --indent ideographic --layout
other-seed12       0.97 0.90 0.94 --style other --seed 12
other-seed13       0.97 0.92 0.94 --style other --seed 13
other-seed14       0.94 0.90 0.94 --style other --seed 14
other-seed15       0.97 0.92 0.90 --style other --seed 15
other-seed16       0.97 0.90 0.97 --style other --seed 16
other-seed17       0.88 0.90 0.90 --style other --seed 17
other-seed18       0.85 0.90 0.88 --style other --seed 18
other-seed19       0.89 0.90 0.97 --style other --seed 19
other-seed20       0.93 0.90 0.94 --style other --seed 20
other-seed25       0.93 0.90 0.97 --style other --seed 25
other-seed29       0.92 0.90 0.97 --style other --seed 29
other-seed32       0.97 0.90 0.97 --style other --seed 32
other-seed34       0.95 0.90 0.97 --style other --seed 34
other-seed36       0.93 0.90 0.97 --style other --seed 36
other-seed37       0.97 0.90 0.97 --style other --seed 37
other-seed62       0.97 0.92 0.97 --style other --seed 62
other-seed64       0.93 0.92 0.97 --style other --seed 64
other-seed66       0.97 0.92 0.97 --style other --seed 66
other-seed67       0.97 0.92 0.97 --style other --seed 67
other-seed68       0.97 0.92 0.97 --style other --seed 68
other-seed70       0.97 0.92 0.97 --style other --seed 70
other-issue13      0.97 0.92 0.97 --style other --indent spaces --furniture --formfeed --seed 13
other-seed105      0.97 0.92 0.97 --style other --seed 105
other-seed115      0.97 0.92 0.94 --style other --seed 115
other-issue118     0.90 0.92 0.97 --style other --indent spaces --furniture --formfeed --seed 118
other-layout95     0.94 -    0.90 --style other --indent ideographic --layout --seed 95
other-layout101    0.94 -    0.90 --style other --indent ideographic --layout --seed 101
other-seed127      0.97 0.92 0.97 --style other --seed 127
other-seed129      0.94 0.92 0.97 --style other --seed 129
other-seed139      0.97 0.92 0.97 --style other --seed 139
other-issue129     0.92 0.92 0.97 --style other --indent spaces --furniture --formfeed --seed 129
other-layout106    0.94 -    0.90 --style other --indent ideographic --layout --seed 106
paragraphs         0.97 0.95 0.97 --paragraphs
other-paragraphs   0.93 0.95 0.97 --style other --paragraphs
other-paragraphs12 0.97 0.95 0.97 --style other --paragraphs --seed 12
EOF

# (a) ---------------------------------------------------------------------

while read -r name seg para title opts; do
	d=$T_TMP/$name
	# shellcheck disable=SC2086
	if ! gen "$d" $opts >"$T_TMP/gen.err" 2>&1; then
		t_fail "styles: gen-pages $opts" "$(head -3 "$T_TMP/gen.err")"
		continue
	fi
	if out=$(python3 "$SCORE" --check --pages "$d" "$d"/truth/*.json 2>&1)
	then
		t_ok "styles: $name: truth fragments are in their pages"
	else
		t_fail "styles: $name: truth fragments are in their pages" \
		    "$(printf '%s\n' "$out" | head -5)"
	fi
done <"$T_TMP/styles"

# The same seed, the same pages; another seed, other pages.
gen "$T_TMP/again" --style other --indent spaces --furniture --formfeed
SEED=12
gen "$T_TMP/seed12" --style other --indent spaces --furniture --formfeed
SEED=11
if diff -r "$T_TMP/other-issue" "$T_TMP/again" >/dev/null 2>&1 &&
    ! diff -r "$T_TMP/other-issue" "$T_TMP/seed12" >/dev/null 2>&1; then
	t_ok "styles: the same for the same seed, not for another"
else
	t_fail "styles: the same for the same seed, not for another"
fi

# pages DIR: the text of every page of a style.
pages() {
	find "$1" -name '*.txt' -type f | sort | xargs cat
}
# count DIR EREGEX: lines of the style's pages that match.
count() {
	pages "$1" | grep -Ec -- "$2"
}

n=$(count "$T_TMP/indent-ideographic" '^　　[^ 　]')
m=$(count "$T_TMP/seed" '^　　[^ 　]')
if [ "$n" -ge 100 ] && [ "$m" -eq 0 ]; then
	t_ok "styles: --indent ideographic indents paragraphs ($n)"
else
	t_fail "styles: --indent ideographic indents paragraphs" \
	    "$n indented lines, $m without the option"
fi
n=$(count "$T_TMP/indent-spaces" '^  [^ ]')
if [ "$n" -ge 100 ]; then
	t_ok "styles: --indent spaces indents paragraphs ($n)"
else
	t_fail "styles: --indent spaces indents paragraphs" "$n lines"
fi

# Every page framed: its date and weekday at the head and at the foot.
bad=
for f in "$T_TMP"/furniture/*/p*.txt; do
	head -1 "$f" | grep -Eq '^20[0-9]{2}年[0-9]+月[0-9]+日 星期|^第[0-9]+版' &&
	    [ "$(grep -Ec '^20[0-9]{2}年[0-9]+月[0-9]+日 星期' "$f")" -eq 2 ] &&
	    grep -q '责任编辑：' "$f" || bad="$bad ${f#"$T_TMP"/}"
done
if [ -z "$bad" ]; then
	t_ok "styles: --furniture frames every page"
else
	t_fail "styles: --furniture frames every page" "not:$bad"
fi

# An issue per file, a form feed after each of its pages.
n=$(find "$T_TMP/formfeed" -name 'p*.txt' | wc -l)
ff=$(pages "$T_TMP/formfeed" | tr -cd '\f' | wc -c)
if [ "$n" -eq 0 ] && [ -f "$T_TMP/formfeed/2024-03-05.txt" ] &&
    [ -f "$T_TMP/formfeed/truth/2024-03-05.json" ] && [ "$ff" -eq 8 ]; then
	t_ok "styles: --formfeed writes an issue per file"
else
	t_fail "styles: --formfeed writes an issue per file" \
	    "$n page files, $ff form feeds (want 0, 8)"
fi

# Two columns: most lines of a page have text after a gutter.
n=$(count "$T_TMP/layout" '[^ ]   +[^ ]|^      +[^ ]')
all=$(count "$T_TMP/layout" '.')
if [ "$n" -ge $((all * 3 / 4)) ] && grep -q '"format": "layout"' \
    "$T_TMP"/layout/truth/*.json; then
	t_ok "styles: --layout sets two columns ($n of $all lines)"
else
	t_fail "styles: --layout sets two columns" "$n of $all lines"
fi

# A paragraph a line: most of the text in lines wider than any column.
n=$(count "$T_TMP/other-paragraphs" '^.{40}')
all=$(count "$T_TMP/other-paragraphs" '.')
m=$(count "$T_TMP/other" '^.{40}')
if [ "$n" -ge $((all / 3)) ] && [ $((m * 10)) -lt "$n" ] &&
    grep -q '"format": "paragraphs"' "$T_TMP"/other-paragraphs/truth/*.json
then
	t_ok "styles: --paragraphs sets a paragraph a line ($n of $all lines)"
else
	t_fail "styles: --paragraphs sets a paragraph a line" \
	    "$n of $all lines, $m without the option"
fi

# Other papers: no ■ bylines; datelines, 本报记者 lines, credits, sign-offs,
# logos, ——subtitles, subheads; some pages without 本报讯.
t=$(pages "$T_TMP/other")
miss=
for re in '本报澄湖[0-9 ]+月[0-9 ]+日电（记者' '新华社澄湖' '本报讯（记者' \
    '^本报记者 [^ ]+' '摄$|/摄' '（作者为' '^——' '^向海而兴：' \
    '^(澄湖时评|湖畔观察|三言两语|言论)$'; do
	printf '%s\n' "$t" | grep -Eq -- "$re" || miss="$miss $re"
done
printf '%s\n' "$t" | grep -q '■' && miss="$miss (a ■ byline)"
n=0
for f in "$T_TMP"/other/*/p*.txt; do
	grep -q '本报讯' "$f" || n=$((n + 1))
done
[ "$n" -ge 2 ] || miss="$miss (pages without 本报讯: $n)"
if [ -z "$miss" ]; then
	t_ok "styles: --style other prints other papers' cues"
else
	t_fail "styles: --style other prints other papers' cues" "missing:$miss"
fi

# Long two-phrase headlines, a line each, wider than the body column.
if printf '%s\n' "$t" | grep -A1 -x '澄湖港区综合码头三期工程全面开工' |
    grep -qx '建成后年吞吐能力将突破三千万吨'; then
	t_ok "styles: a long headline over two lines"
else
	t_fail "styles: a long headline over two lines"
fi

# No sentence of the real pages (ours or other papers') in our sources.
if [ -d "$SHARED/corpus/pages" ] || [ -d "$SHARED/corpus/dev" ]; then
	if out=$(python3 - "$SHARED/corpus" "$SAMPLES/src" \
	    "$SAMPLES/src-other" <<'EOF'
import os, re, sys
real = set()
for sub in ("pages", "dev"):
    d = os.path.join(sys.argv[1], sub)
    if not os.path.isdir(d):
        continue
    for n in os.listdir(d):
        if n.endswith(".txt"):
            t = open(os.path.join(d, n), encoding="utf-8").read()
            t = re.sub(r"\s+", "", t)
            real.update(s for s in re.split(r"[。！？]", t) if len(s) >= 12)
ours = ""
for d in sys.argv[2:]:
    for n in os.listdir(d):
        ours += re.sub(r"\s+", "", open(os.path.join(d, n),
                                        encoding="utf-8").read())
hits = [s for s in real if s in ours]
print("\n".join(hits[:3]))
sys.exit(1 if hits else 0)
EOF
	); then
		t_ok "styles: no sentence of the real pages in the sources"
	else
		t_fail "styles: no sentence of the real pages in the sources" \
		    "$out"
	fi
else
	t_skip "styles: no sentence of the real pages in the sources" \
	    "no corpus at $SHARED/corpus (set SHARED)"
fi

# (b) ---------------------------------------------------------------------

while read -r name seg para title opts; do
	d=$T_TMP/$name
	[ -d "$d/truth" ] || continue
	set -- --min-seg "$seg" --min-title "$title"
	[ "$para" = - ] || set -- "$@" --min-para "$para"
	python3 "$SCORE" --bin "$KANBAO" --pages "$d" "$@" "$d"/truth/*.json \
	    >"$T_TMP/score.out" 2>&1
	st=$?
	total=$(grep '^TOTAL' "$T_TMP/score.out")
	what="seg-F1 >= $seg"
	[ "$para" = - ] || what="$what, para-F1 >= $para"
	what="$what, titles >= $title"
	if [ "$st" -eq 0 ]; then
		t_ok "parse style $name: $what"
	else
		t_fail "parse style $name: $what"
		grep -v '^TOTAL' "$T_TMP/score.out" | head -12 | sed 's/^/#   /'
	fi
	echo "#   $name ($opts): ${total:-no TOTAL line}"
done <"$T_TMP/styles"

# A paragraph a line with a blank line after each, as a web page's text
# comes out: the blanks part nothing.
d=$T_TMP/paragraphs-spaced
mkdir -p "$d"
cp -R "$T_TMP/other-paragraphs/." "$d"
for f in "$d"/*/p*.txt; do
	awk '{ print; print "" }' "$f" >"$f.new" && mv "$f.new" "$f"
done
if python3 "$SCORE" --bin "$KANBAO" --pages "$d" --min-seg 0.93 \
    --min-para 0.95 --min-title 0.97 "$d"/truth/*.json >"$T_TMP/score.out" 2>&1
then
	t_ok "parse style paragraphs-spaced: seg-F1 >= 0.93, para-F1 >= 0.95"
else
	t_fail "parse style paragraphs-spaced: seg-F1 >= 0.93, para-F1 >= 0.95"
	grep -v '^TOTAL' "$T_TMP/score.out" | head -12 | sed 's/^/#   /'
fi
echo "#   paragraphs-spaced: $(grep '^TOTAL' "$T_TMP/score.out")"
exit 0
