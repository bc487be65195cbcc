# Screen tests of search, at 80x24 and 160x50: a second search replaces the
# first one's highlight; opening a hit shows its first match; n and N move
# between the matches in the article, then to the next hit; G in a long
# list of hits ends on the last hit, the list coming in between keys.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

export XDG_CONFIG_HOME=$T_TMP/config
screen_setup search
ESC=$(printf '\033')

start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x "$1" -y "$2" \
	    "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' '$KANBAO' --db '${3:-$DB}'; sleep 600"
	wait_for 'Issues|2015|2024' || true
}
status() { screen | tail -1; }
# The article pane's rows (after the last separator; the whole row when
# the article has the screen to itself).
art_rows() { screen | sed '1d;$d' | sed 's/.*│//'; }
# Rows of the screen where WORD is drawn as a match (bold and reverse in
# the default theme).
marked() {
	screen_e | grep -c "$ESC\\[[0-9;]*1;7m\\($ESC\\[[0-9;]*m\\)*$1" || true
}
# Rows where WORD is drawn as the current match (reverse and magenta in
# the default theme; a title's bold is on already).
current() {
	screen_e |
	    grep -c "$ESC\\[\\([0-9;]*;\\)*7m\\($ESC\\[[0-9;]*m\\)*$ESC\\[35m\\($ESC\\[[0-9;]*m\\)*$1" ||
	    true
}

for size in 80x24 160x50; do
	W=${size%x*} H=${size#*x}
	n="search-$size"
	start "$W" "$H"
	keys / 企 业 Enter
	t_match "$n: /企业 lists hits" 'Search: [0-9]+' "$(screen)"
	t_eq "$n: its matches are marked" yes \
	    "$([ "$(marked 企业)" -ge 1 ] && echo yes || echo no)"
	keys / 澄 湖 Enter
	t_match "$n: a second search runs" '/澄湖' "$(status)"
	t_eq "$n: the first search's marks are gone" 0 "$(marked 企业)"
	t_eq "$n: the second search's words are marked" yes \
	    "$([ "$(marked 澄湖)" -ge 1 ] && echo yes || echo no)"
	keys Escape

	# 沈建明 is named once, at the end of a long article.
	keys / 沈 建 明 Enter l
	t_match "$n: opening a hit shows its first match" '沈建明' \
	    "$(art_rows)"
	keys Escape
	# It is in 2024-03-05's issue; the reader started on 2024-03-07's.
	t_match "$n: Esc ends the search on the article it opened" \
	    '^ 2024-03-05  第1版' "$(status)"

	# n and N: the matches below the screen first, then the next hit.
	# 经开 is in three articles; the oldest, the last hit, is long.
	keys / 经 开 Enter G l
	t_match "$n: G goes to the last hit" ' 3/3' "$(status)"
	first=$(art_rows | head -3)
	keys n
	if [ "$H" -lt 40 ]; then
		t_match "$n: n stays in the article while it has matches" \
		    ' 3/3' "$(status)"
		t_eq "$n: n scrolls to the next match" moved \
		    "$([ "$(art_rows | head -3)" != "$first" ] && echo moved ||
		    echo same)"
		t_match "$n: ... which is on screen" '经开' "$(art_rows)"
		keys N
		t_match "$n: N goes back up the article" '经开' \
		    "$(art_rows | head -3)"
	fi
	keys / 项 目 Enter l
	for i in 1 2 3 4 5 6 7 8 9 10; do
		status | grep -q ' 2/' && break
		keys n
	done
	t_match "$n: after the last match n goes to the next hit" ' 2/' \
	    "$(status)"
	keys N
	t_match "$n: N goes back to the hit before" ' 1/' "$(status)"
	keys Escape

	# The match n went to is drawn as the current one, the others as
	# matches; past the last match of the last hit n stays, and says so.
	keys / 经 开 Enter G l
	t_eq "$n: the first match is the current one" 1 "$(current 经开)"
	for i in 1 2 3 4 5 6 7 8; do
		status | grep -q 'no more matches' && break
		keys n
	done
	t_match "$n: n past the last match of the last hit says so" \
	    'no more matches: this is the last hit' "$(status)"
	t_eq "$n: ... and keeps one current match" 1 "$(current 经开)"
	t_eq "$n: ... the others drawn as matches" yes \
	    "$([ "$(marked 经开)" -gt 1 ] && echo yes || echo no)"
	keys Escape
done

# G over many hits: an archive of 60 generated issues.
ADB=$T_TMP/archive.db
"$BUILD/tools/gen-pages" --src "$TOP/tests/samples/src" --archive \
    "$T_TMP/archive" --issues 60 --seed 1 >/dev/null 2>&1
"$KANBAO" --db "$ADB" import "$T_TMP/archive" >/dev/null 2>&1
total=$("$KANBAO" --db "$ADB" search 的 | wc -l | tr -d ' ')
start 160 50 "$ADB"
keys / 的 Enter
t_match "search-G: the first screen of hits comes at once" 'Search: [0-9]+\+' \
    "$(screen)"
$TM send-keys -t kb G
wait_for " $total/$total" || true
t_match "search-G: G ends on the last of $total hits" " $total/$total" \
    "$(status)"
t_match "search-G: the list is whole" "Search: $total articles" "$(screen)"
