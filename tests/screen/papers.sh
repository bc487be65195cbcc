# Screen tests of papers and of new pages in the reader, at 80x24 and
# 160x50: with two papers (the sample pages imported as 甲报, one issue of
# them again as 乙报) the issue list has a paper column and the status
# line names the paper; P narrows to one paper after the other, then to
# every paper again; :paper NAME (Tab completes) and :paper alone do the
# same, and the lists across issues follow.  Undated issues show their
# names in the date column, cut to its width.  A page imported while the
# reader is open appears after R and, with no key pressed, by itself; the
# issue and article being read stay selected.  With one paper there is no
# column and P says so.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

screen_setup papers

start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x "$1" -y "$2" \
	    "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_DATA_HOME='$XDG_DATA_HOME' \
	    '$KANBAO' --db '$3'; sleep 600"
	wait_for 'Issues|2024' || true
}
status() { screen | tail -1; }
type_text() {
	$TM send-keys -t kb -l "$1"
	settle
}
# The issue pane's rows: the left column up to its separator.
issues() { screen | sed '$d' | sed 's/│.*//'; }
# A page of ours under a new date, imported for paper $2 beside the reader.
import_new() {
	mkdir -p "$T_TMP/new-$1/$1"
	cp "$TOP/tests/samples/pages/2024-03-05/p2.txt" "$T_TMP/new-$1/$1/p1.txt"
	"$KANBAO" --db "$PDB" import --paper "$2" "$T_TMP/new-$1" >/dev/null 2>&1 ||
	    t_fail "papers: import $1 beside the reader"
}
# Waits up to 10 seconds for the screen to match (the idle poll's time).
wait_long() {
	_i=0
	while [ $_i -lt 100 ]; do
		if screen | grep -Eq -- "$1"; then return 0; fi
		sleep 0.1
		_i=$((_i + 1))
	done
	return 1
}

# One paper: the screens stay as they were.
start 80 24 "$DB"
t_match "papers: one paper, no paper column" '^2024-03-07  [0-9]版' "$(issues)"
keys P
t_match "papers: P with one paper says so" 'one paper' "$(status)"

for size in 80x24 160x50; do
	W=${size%x*} H=${size#*x}
	n="papers-$size"
	PDB=$T_TMP/p-$size.db
	"$KANBAO" --db "$PDB" import --paper 甲报 "$TOP/tests/samples/pages" \
	    >/dev/null 2>&1 && "$KANBAO" --db "$PDB" import --paper 乙报 \
	    "$TOP/tests/samples/pages/2024-03-06" >/dev/null 2>&1 ||
	    t_fail "$n: import two papers"
	start "$W" "$H" "$PDB"
	t_match "$n: the issue list has the paper column" \
	    '^2024-03-06 甲报 +[0-9]版' "$(issues)"
	t_match "$n: ... for each issue" '^2024-03-06 乙报 +[0-9]版' \
	    "$(issues)"
	# Three panes: the issue pane widens by the column, the weather
	# still beside the counts.
	[ "$W" -ge 120 ] &&
	    t_match "$n: ... and the weather still fits" \
		'^2024-03-07 甲报 +[0-9]版 +[0-9]+ 16/5℃' "$(issues)"
	# A list across issues names each row's paper, where there is room.
	if [ "$W" -ge 120 ]; then
		keys U
		t_match "$n: the unread list names each row's paper" \
		    '│ 2024-03-06 乙报 +[0-9]+ ' "$(screen)"
		keys Escape
	fi
	t_match "$n: the status line names the paper" '^ 甲报 2024-03-07 ' \
	    "$(status)"

	keys P
	t_match "$n: P narrows to the first paper" 'Issues \(1\) · 乙报' \
	    "$(issues)"
	t_nomatch "$n: ... and shows only its issues" '^2024-03-0[57]|甲报' \
	    "$(issues)"
	t_match "$n: ... without a paper column" '^2024-03-06  [0-9]版' \
	    "$(issues)"
	keys P
	t_match "$n: P again: the next paper" 'Issues \(3\) · 甲报' \
	    "$(issues)"
	t_nomatch "$n: ... only its issues" '乙报' "$(issues)"
	keys P
	t_match "$n: P after the last: every paper" 'Issues \(4\) *$' \
	    "$(issues | head -1)"

	keys : ; type_text 'paper 乙'; keys Tab
	t_match "$n: Tab completes a paper's name" '^ : paper 乙报 _' \
	    "$(status)"
	keys Enter
	t_match "$n: :paper NAME narrows to it" 'Issues \(1\) · 乙报' \
	    "$(issues)"
	keys : ; type_text 'list articles --date 2024-03-06'; keys Enter
	t_match "$n: the lists across issues see only that paper" \
	    'Articles 2024-03-06: 13 ' "$(screen | head -1)"
	keys Escape
	keys : ; type_text 'paper'; keys Enter
	t_match "$n: :paper alone shows every paper" 'Issues \(4\) *$' \
	    "$(issues | head -1)"
	keys : ; type_text 'list articles --date 2024-03-06'; keys Enter
	t_match "$n: ... and so do the lists" \
	    'Articles 2024-03-06: 26 ' "$(screen | head -1)"
	keys Escape
	keys : ; type_text 'paper 丙报'; keys Enter
	t_match "$n: :paper with an unknown name says so" 'no paper 丙报' \
	    "$(status)"

	# An article of the oldest issue, then pages imported beside it.
	keys g j j j Enter j
	want=$(status)
	t_match "$n: reading the oldest issue" '^ 甲报 2024-03-05 +第1版 +3/' \
	    "$want"
	import_new 2024-03-08 甲报
	keys R
	t_match "$n: R reads the store again" \
	    'read the store again: 5 issues, 1 new' "$(status)"
	keys C-l
	t_eq "$n: R keeps the issue and article selected" "$want" "$(status)"
	keys h
	t_match "$n: the new issue is in the list" '^2024-03-08 甲报 +1版' \
	    "$(issues)"
	t_match "$n: ... counted" 'Issues \(5\)' "$(issues | head -1)"
	want=$(status)
	import_new 2024-03-09 乙报
	if wait_long '^2024-03-09 乙报'; then
		t_ok "$n: with no key, the new issue appears by itself"
	else
		t_fail "$n: with no key, the new issue appears by itself" \
		    "$(screen)"
	fi
	t_eq "$n: ... and the selection stays" "$want" "$(status)"
	t_match "$n: ... counted" 'Issues \(6\)' "$(issues | head -1)"
done

# Two undated pages: each issue row names its issue, not a row of dashes.
UDB=$T_TMP/undated.db
mkdir -p "$T_TMP/undated"
printf '澄湖新航线开通\n本报讯 澄湖港区新航线昨日开通。\n' \
    >"$T_TMP/undated/harbour-notes.txt"
printf '湿地花展开幕\n本报讯 湿地公园春季花展今日开幕。\n' >"$T_TMP/undated/花展.txt"
"$KANBAO" --db "$UDB" import "$T_TMP/undated" >/dev/null 2>&1 ||
    t_fail "papers: import two undated pages"
start 80 24 "$UDB"
t_match "papers-80x24: an undated issue's row shows its name, cut" \
    '^harbo…otes +1版' "$(issues)"
t_match "papers-80x24: ... and a short name whole" '^花展 +1版' "$(issues)"
t_nomatch "papers-80x24: no row of dashes" '^----------' "$(issues)"
"$KANBAO" --db "$UDB" mark 1 --star >/dev/null 2>&1
keys R
keys S
t_match "papers-80x24: an undated issue's article listed: its name on the status line" \
    '^ (harbour-notes|花展) +第1版' "$(status)"
