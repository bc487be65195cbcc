# Screen tests: the real reader driven in tmux at pinned sizes, on a store
# imported from the sample pages.
#
#   navigation across issues, pages and articles;
#   the article on screen equals kanbao show ID --width W;
#   no screen row wider than the terminal, pane separators aligned;
#   no article line starts with a forbidden mark;
#   a resize storm (1x1 included) ends with the same screen;
#   q and SIGTERM leave the alternate screen and end the program;
#   ESC sequences, OSC titles and U+202E in an article stay inert.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

screen_setup reader

# start W H [DB]: a fresh session running the reader; the shell then
# prints how it ended and waits, so the screen after exit can be read.
# A first run, unless KEEP_PLACE is set: then where the last was left.
start() {
	# One server for the whole script: killing and restarting it races.
	$TM kill-session -t kb 2>/dev/null
	[ -n "${KEEP_PLACE:-}" ] || forget_place
	$TM new-session -d -s kb -x "$1" -y "$2" \
	    "'$KANBAO' --db '${3:-$DB}'; echo KANBAO-EXIT=\$?; sleep 600"
	wait_for 'Issues|2024|kanbao' || true
}

# The article pane's rows (title row dropped), margin and right padding
# stripped: after the last separator when panes are side by side.
article_rows() {
	screen | sed '$d' | sed '1d' | sed 's/.*│//; s/^ //; s/ *$//'
}

# Columns of the widest row.
widest() { screen | wc -L; }

# The paragraphs of an article as kanbao show lays them out: from the
# blank line after the title block to the next blank line.
show_body() {
	"$KANBAO" --db "$DB" show "$1" --width "$2" | sed '1,/^$/d' |
	    sed '/^$/,$d'
}

art_id() {
	"$KANBAO" --db "$DB" list articles --date "$1" | sed -n "${2}p" | cut -f1
}

FORBIDDEN='^(，|。|、|；|：|？|！|”|』|）|》)'

# size W H TEXT_WIDTH: one layout (article pane TEXT_WIDTH columns wide).
size_check() {
	W=$1 H=$2 TW=$3
	start "$W" "$H"
	n="reader-${W}x${H}"
	t_match "$n: issues newest first" '2024-03-07' "$(screen | sed -n 2p)"
	keys Enter			# headlines of the newest issue
	keys Enter			# its first story (article 2), opened
	t_match "$n: article 2 is open" '2/1[0-9]' "$(screen)"

	id=$(art_id 2024-03-07 2)
	show_body "$id" "$TW" > "$T_TMP/want"
	article_rows > "$T_TMP/rows"
	if screen | sed -n 1p | grep -q 'All'; then
		# The whole article is on screen.
		sed '1,/^$/d' "$T_TMP/rows" | sed '/^$/,$d' > "$T_TMP/got"
		cp "$T_TMP/want" "$T_TMP/cmp"
	else
		# The end of the article after G: the paragraphs' last lines.
		keys G
		article_rows | sed '/^$/,$d' > "$T_TMP/got"
		tail -n "$(wc -l < "$T_TMP/got")" "$T_TMP/want" > "$T_TMP/cmp"
	fi
	if [ -s "$T_TMP/got" ] && cmp -s "$T_TMP/got" "$T_TMP/cmp"; then
		t_ok "$n: article equals kanbao show --width $TW"
	else
		t_fail "$n: article equals kanbao show --width $TW" \
		    "$(diff "$T_TMP/cmp" "$T_TMP/got" | head -8)"
	fi
	t_nomatch "$n: no line starts with a closing mark" "$FORBIDDEN" \
	    "$(cat "$T_TMP/got")"
	t_eq "$n: no row wider than the terminal" "yes" \
	    "$([ "$(widest)" -le "$W" ] && echo yes || echo "no: $(widest)")"

	# Separators (side by side) at the same column on every row.
	if screen | grep -q '│'; then
		cols=$(screen | sed '$d' | sed 's/│.*//' | while IFS= read -r l; do
			printf '%s\n' "$l" | wc -L; done | sort -u | wc -l)
		t_eq "$n: pane separator aligned on every row" 1 "$cols"
	fi

	# Navigation: next page, previous issue, next unread.
	keys '}'
	t_match "$n: } goes to page 2" '第2版' "$(screen | tail -1)"
	keys '['
	t_match "$n: [ goes to the older issue" '2024-03-06' \
	    "$(screen | tail -1)"
	keys ']'
	t_match "$n: ] comes back to the newer issue" '2024-03-07' \
	    "$(screen | tail -1)"
	keys ']'
	t_match "$n: ] on the newest issue stays and says so" \
	    'newest issue' "$(screen | tail -1)"
}

size_check 160 50 76
size_check 100 30 58
size_check 60 20 58
size_check 20 8 18

# Star and read state persist in the store.
start 100 30
keys Enter Enter s
"$KANBAO" --db "$DB" show "$(art_id 2024-03-07 2)" --json > "$T_TMP/j"
t_match "reader: s stars the article in the store" '"starred": *true' \
    "$(cat "$T_TMP/j")"
t_match "reader: an opened article is read in the store" '"read": *true' \
    "$(cat "$T_TMP/j")"
t_match "reader: s says it starred the article" '^ *starred *$' \
    "$(screen | tail -1)"
keys s
t_match "reader: ... and that the star is gone" '^ *unstarred *$' \
    "$(screen | tail -1)"

# Help overlay from the key table.
keys '?'
t_match "reader: ? shows the help" 'the previous \(older\) issue' "$(screen)"
# All of it: the table's last row too, not cut off at the bottom (at
# 100x30 the descriptions, whole, take more rows than there are: G).
keys G
t_match "reader: the help shows the last key" 'click again to open' "$(screen)"
keys x
t_nomatch "reader: a key closes the help" 'the previous \(older\) issue' \
    "$(screen)"

# Resize storm: 50 sizes, 1x1 among them, then back to 100x30.
keys Enter
before=$(screen)
sizes=$(awk 'BEGIN { srand(42); print "1 1"; for (i = 0; i < 49; i++)
    print 1 + int(rand() * 200), 1 + int(rand() * 60) }')
echo "$sizes" | while read -r w h; do
	$TM resize-window -t kb -x "$w" -y "$h" 2>/dev/null
done
$TM resize-window -t kb -x 100 -y 30
# The reader catches up with 51 resizes: wait (bounded) for the screen.
_i=0
while [ $_i -lt 50 ] && [ "$(screen)" != "$before" ]; do
	sleep 0.1
	_i=$((_i + 1))
done
t_eq "reader: still running after a resize storm" "" \
    "$(screen | grep KANBAO-EXIT)"
if [ "$(screen)" = "$before" ]; then
	t_ok "reader: the screen after a resize storm is the screen before"
else
	t_fail "reader: the screen after a resize storm is the screen before" \
	    "$(printf '%s\n' "$before" > "$T_TMP/b"; screen > "$T_TMP/a";
	    diff "$T_TMP/b" "$T_TMP/a" | head -6; head -5 "$T_TMP/a")"
fi

# q goes back level by level, then quits and leaves the alternate screen.
t_eq "reader: runs on the alternate screen" 1 \
    "$($TM display -t kb -p '#{alternate_on}')"
keys q q q
wait_for 'KANBAO-EXIT=0' >/dev/null
t_match "reader: q quits with status 0" 'KANBAO-EXIT=0' "$(screen)"
t_eq "reader: q leaves the alternate screen" 0 \
    "$($TM display -t kb -p '#{alternate_on}')"

# Q quits from anywhere: from the search, the weather view, a list, the
# jump list (each with state of its own to free).
for k in "/ 经 开 Enter l" "w" "S" "U" "J j i n g Enter"; do
	start 80 24
	keys $k
	keys Q
	wait_for 'KANBAO-EXIT=' >/dev/null
	t_match "reader: Q after $k quits with status 0" 'KANBAO-EXIT=0' \
	    "$(screen)"
done

# The reader opens where it was left: the issue, the article and the
# pane; unless a newer issue came since, which opens first.
start 100 30
keys j Enter j j Enter
left=$(screen)
t_match "reader: an older issue's article is open" '2024-03-06.*第1版' \
    "$(printf '%s\n' "$left" | tail -1)"
keys Q
wait_for 'KANBAO-EXIT=0' >/dev/null
KEEP_PLACE=1 start 100 30
t_eq "reader: it opens where it was left" "$left" "$(screen)"
keys q
t_match "reader: ... the headlines under it as they were" \
    '2024-03-06.*第1版' "$(screen | tail -1)"
keys q q
wait_for 'KANBAO-EXIT=0' >/dev/null
"$KANBAO" --db "$DB" import --date 2024-03-08 \
    "$TOP/tests/samples/pages/$(ls "$TOP/tests/samples/pages" | head -1)" \
    >/dev/null 2>&1
KEEP_PLACE=1 start 100 30
t_match "reader: a newer issue since opens first" '^ *2024-03-08' \
    "$(screen | tail -1)"
keys Q
wait_for 'KANBAO-EXIT=0' >/dev/null
"$KANBAO" --db "$DB" delete 2024-03-08 >/dev/null 2>&1

# SIGTERM restores the terminal too.
start 80 24
sh_pid=$($TM display -t kb -p '#{pane_pid}')
kpid=
for p in /proc/[0-9]*; do
	if [ "$(awk '{print $4}' "$p/stat" 2>/dev/null)" = "$sh_pid" ]; then
		kpid=${p#/proc/}
	fi
done
if [ -n "$kpid" ]; then
	kill -TERM "$kpid"
	wait_for 'KANBAO-EXIT=' >/dev/null
	t_match "reader: SIGTERM ends it" 'KANBAO-EXIT=143' "$(screen)"
	t_eq "reader: SIGTERM leaves the alternate screen" 0 \
	    "$($TM display -t kb -p '#{alternate_on}')"
else
	t_fail "reader: SIGTERM ends it" "no reader process under $sh_pid"
fi

# Hostile text: an article with ESC sequences, an OSC title, BEL, C1 CSI,
# U+202E, a leading combining mark and emoji clusters, put in the store
# without the import's sanitising, and the same through import.
HDB=$T_TMP/hostile.db
"$BUILD/tools/hostile-page" "$HDB" 2030-01-01
mkdir -p "$T_TMP/pages/2030-01-02"
printf '恶意页面\xe2\x80\xae标题\n\n本报讯 \033[31m红色\033[0m\033]0;pwned\007正文\xe2\x80\xae反向。\n' \
    > "$T_TMP/pages/2030-01-02/p1.txt"
"$KANBAO" --db "$HDB" import "$T_TMP/pages" >/dev/null 2>&1
for key in "[" ""; do
	start 100 30 "$HDB"
	[ -n "$key" ] && keys "$key"
	keys Enter Enter
	raw=$($TM capture-pane -t kb -p -e)
	n="reader: hostile article${key:- (imported)}"
	t_match "$n is shown" '正文' "$(screen)"
	t_nomatch "$n: no U+202E reaches the screen" "$(printf '\342\200\256')" \
	    "$(screen)"
	t_eq "$n: no OSC title set" no \
	    "$($TM display -t kb -p '#{pane_title}' | grep -q pwned && echo yes || echo no)"
	t_nomatch "$n: no colour from the text" "$(printf '\033')\\[31m" "$raw"
	cols=$(screen | sed '$d' | sed 's/│.*//' | while IFS= read -r l; do
		printf '%s\n' "$l" | wc -L; done | sort -u | wc -l)
	t_eq "$n: columns stay aligned" 1 "$cols"
	t_eq "$n: no row wider than the terminal" yes \
	    "$([ "$(widest)" -le 100 ] && echo yes || echo no)"
done

# A missing store shows how to import instead of an error.
start 80 24 "$T_TMP/none.db"
t_match "reader: a missing store says how to import into it" \
    "kanbao --db $T_TMP/none.db import DIR" "$(screen)"
keys q
wait_for 'KANBAO-EXIT=0' >/dev/null
t_match "reader: q leaves the welcome screen" 'KANBAO-EXIT=0' "$(screen)"
t_eq "reader: a missing store is not created" no \
    "$([ -e "$T_TMP/none.db" ] && echo yes || echo no)"

# A store made by an import beside the welcome screen is read on R, and by
# itself when the user is idle; a file there that is no store is said on R.
start 80 24 "$T_TMP/late.db"
keys R
t_match "reader: R with no store yet says so" 'no store there yet' \
    "$(screen | tail -1)"
: > "$T_TMP/late.db"
keys R
t_match "reader: R on a file that is no store says so" 'no store there' \
    "$(screen | tail -1)"
rm -f "$T_TMP/late.db"
"$KANBAO" --db "$T_TMP/late.db" import "$TOP/tests/samples/pages" \
    >/dev/null 2>&1
keys R
t_match "reader: R opens a store imported after it started" '2024-03-07' \
    "$(screen | sed -n 2p)"
t_match "reader: R says what the new store holds" 'issues, [0-9]+ new' \
    "$(screen | tail -1)"
start 80 24 "$T_TMP/later.db"
: > "$T_TMP/later.db"
keys R
rm -f "$T_TMP/later.db"
"$KANBAO" --db "$T_TMP/later.db" import "$TOP/tests/samples/pages" \
    >/dev/null 2>&1
wait_for '2024-03-07' >/dev/null
t_match "reader: an idle reader opens a store imported after it started" \
    '2024-03-07' "$(screen | sed -n 2p)"
t_nomatch "reader: ... and drops what the failed look said" 'no store' \
    "$(screen | tail -1)"
keys q
