#!/bin/sh
# Regenerates the committed sample issues (pages/ and truth/) from the
# article sources in src/ with gen-pages.  The options below are the
# record of how the committed pages were made: tests/cli/samples.sh runs
# this into a scratch directory and fails if the result differs from what
# is committed, so after editing src/ or gen-pages run it and commit both.
#
# usage: sh tests/samples/regen.sh GEN-PAGES [DIR]     (DIR: tests/samples)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
gen=${1:?usage: regen.sh GEN-PAGES [DIR]}
out=${2:-$here}
rm -rf "$out/pages" "$out/truth" "$out/styles"
mkdir -p "$out"

# 2024-03-05: raw, a width per page, title blocks after the bodies (as on
# most real pages).
"$gen" --src "$here/src" --issue 2024-03-05 --format raw --width random \
    --titles after --seed 305 --out "$out/pages" --truth "$out/truth"
# 2024-03-06: Markdown, the converter's output.
"$gen" --src "$here/src" --issue 2024-03-06 --format markdown \
    --seed 306 --out "$out/pages" --truth "$out/truth"
# 2024-03-07: raw, narrow columns, title blocks before or after.
"$gen" --src "$here/src" --issue 2024-03-07 --format raw --width 12 \
    --titles mixed --seed 307 --out "$out/pages" --truth "$out/truth"

# Examples of the other styles gen-pages can set (tests/cli/styles.sh scores
# them all), each with its truth in DIR/truth: other papers' conventions on
# the page of src-other; a whole issue in one file, other papers' style
# with kept indents and page furniture; pdftotext -layout columns.
"$gen" --src "$here/src-other" --style other --width 13 --seed 308 \
    --out "$out/styles/other"
"$gen" --src "$here/src" --issue 2024-03-07 --style other --indent spaces \
    --furniture --formfeed --seed 307 --out "$out/styles/issue"
"$gen" --src "$here/src" --issue 2024-03-05 --layout --indent ideographic \
    --width 14 --seed 305 --out "$out/styles/layout"
