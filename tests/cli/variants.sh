# The corpus pages as other extractors and other issues give them, and the
# parser's score on each beside the page it was made from: a kept indent
# (two U+3000, or spaces), the page's head and foot repeated every 45 lines,
# two pages parted by a form feed, a Latin word broken by a hyphen across a
# line end, three more column breaks inside sentences (a blank line, as
# pdftotext gives a column's end: other widths and layouts break the text
# elsewhere), a brief's sign-off run in after its last sentence (…一
# 成。（王强）), the page in traditional characters and corner quotes (as a
# paper of Taiwan or Hong Kong prints it), and (when pdftotext is here) the
# dev PDFs through -layout, in simplified characters and in traditional.
#
# Each variant must score within 0.03 seg-F1 of its base; -layout, a front
# end still well behind the plain text, has a floor of its own.  Figures
# are printed (lines starting "#").  Skips, saying so, without the corpus.
. "$(dirname "$0")/../lib.sh"

CORPUS=$SHARED/corpus
SCORE=$SHARED/tools/score-parse
LAYOUT_MIN=0.65

t_need python3 "variants" || exit 0
if [ ! -d "$CORPUS/dev" ] || [ ! -d "$CORPUS/truth" ] || [ ! -x "$SCORE" ]
then
	t_skip "variants: the corpus's pages in other forms" \
	    "no corpus at $CORPUS (set SHARED)"
	exit 0
fi
if ! python3 "$TOP/tests/tools/variants.py" "$CORPUS" "$T_TMP/v" \
    >"$T_TMP/v.err" 2>&1; then
	t_fail "variants: made" "$(head -3 "$T_TMP/v.err")"
	exit 0
fi

# seg DIR: the seg-F1 of the parser on the pages of DIR.
seg() {
	"$SCORE" "$KANBAO" "$1" 2>/dev/null |
	    sed -n 's/^TOTAL.*seg-F1 \([0-9.]*\).*/\1/p'
}

for set in dev seed; do
	base=$(seg "$T_TMP/v/$set-base")
	echo "#   $set: seg-F1 $base"
	for d in "$T_TMP/v/$set"-*; do
		v=${d##*/}
		[ "$v" = "$set-base" ] && continue
		got=$(seg "$d")
		echo "#   $v: seg-F1 $got"
		if [ "$v" = dev-layout ]; then
			min=$LAYOUT_MIN
		elif [ "$v" = dev-layout-traditional ]; then
			# Within 0.03 of the -layout text it was made from.
			min=$(awk -v b="$(seg "$T_TMP/v/dev-layout")" \
			    'BEGIN { printf "%.3f", b - 0.03 }')
		else
			min=$(awk -v b="$base" 'BEGIN { printf "%.3f", b - 0.03 }')
		fi
		if awk -v g="${got:-0}" -v m="$min" 'BEGIN { exit !(g >= m) }'
		then
			t_ok "variants: $v scores $got (at least $min)"
		else
			t_fail "variants: $v scores ${got:-nothing} (at least $min)" \
			    "base $set: $base"
		fi
	done
done
