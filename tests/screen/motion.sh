# Screen tests of counts and motions, at 80x24 and 160x50 on the sample
# issues: 5j moves five rows and touches no topic filter, 10G goes to row
# 10, C-d and C-u move half a screen, C-f and C-b a screen, the topic
# menu keeps its number keys, clearing a topic filter stays on the
# article it showed, and ] and [ say when no issue is newer or older.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

export XDG_CONFIG_HOME=$T_TMP/config
screen_setup motion

start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x "$1" -y "$2" \
	    "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' '$KANBAO' --db '$DB'; sleep 600"
	wait_for 'Issues|2024' || true
}
status() { screen | tail -1; }
# The article pane's title row: its position (Top, End, N%).
art_title() { screen | head -1 | sed 's/.*│//'; }

for size in 80x24 160x50; do
	W=${size%x*} H=${size#*x}
	n="motion-$size"
	start "$W" "$H"
	keys Enter
	t_match "$n: the first story is selected" ' 2/13' "$(status)"
	keys 5 j
	t_match "$n: 5j moves five rows" ' 7/13' "$(status)"
	t_nomatch "$n: 5j sets no topic filter" 'topics:|0 all' "$(screen)"
	keys 2 k
	t_match "$n: 2k moves two rows back" ' 5/13' "$(status)"
	keys 1 0 G
	t_match "$n: 10G goes to row 10" ' 10/13' "$(status)"
	keys G
	t_match "$n: G goes to the last row" ' 13/13' "$(status)"
	keys g
	t_match "$n: g goes to the first row" ' 1/13' "$(status)"
	keys C-d
	t_match "$n: C-d moves half a screen of rows" \
	    " $(( (H - 2) / 2 + 1 > 13 ? 13 : (H - 2) / 2 + 1 ))/13" "$(status)"
	keys C-u
	t_match "$n: C-u moves back" ' 1/13' "$(status)"
	keys C-f
	t_nomatch "$n: C-f moves a screen" ' 1/13' "$(status)"
	keys C-b
	t_match "$n: C-b moves back" ' 1/13' "$(status)"
	# The topic menu keeps the number keys.
	keys t 1
	t_match "$n: 1 in the topic menu toggles topic 1" '\[x\] 1 ' \
	    "$(screen)"
	keys 1 Escape 0
	t_nomatch "$n: the menu's 1 toggles it back, 0 clears" \
	    'topics:|0 all' "$(screen)"
	# Clearing a filter stays on the article it showed.
	keys t 2 Escape
	t_match "$n: the enterprise filter shows one story" ' 1/1' \
	    "$(status)"
	keys 0
	t_match "$n: 0 stays on the story the filter showed" '企业码' \
	    "$(screen | sed -n 2p | sed 's/.*│//')"
	t_match "$n: ... at its row in the whole list" ' 8/13' "$(status)"
	# ] and [ say when there is no newer or older issue.
	keys ]
	t_match "$n: ] on the newest issue says so" 'the newest issue' \
	    "$(status)"
	keys [ [ [
	t_match "$n: [ on the oldest issue says so" 'the oldest issue' \
	    "$(status)"
done
