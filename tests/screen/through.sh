# Screen tests of reading straight through, at 80x24 and 160x50 on the
# sample issues: an issue and a page open on their first story, not on the
# masthead line above it; > and < move between articles passing over the
# masthead line, ads and the weather box; Space at the end of an article
# opens the next one; n skips what is not an article to read, and a
# banner's row is marked 栏; m marks read and unread again, A the whole
# issue; on a terminal wide enough for three panes an article shown beside
# the headlines is marked read after the config's mark-read seconds.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

screen_setup through
CONF=$XDG_CONFIG_HOME/kanbao/config
mkdir -p "$(dirname "$CONF")"
: >"$CONF"

start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x "$1" -y "$2" \
	    "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' '$KANBAO' --db '$SDB'; sleep 600"
	wait_for 'Issues|2024' || true
}
status() { screen | tail -1; }
# The id of article N of 2024-03-07, and whether the store has it read.
art_id() {
	"$KANBAO" --db "$SDB" list articles --date 2024-03-07 | sed -n "${1}p" |
	    cut -f1
}
is_read() {
	"$KANBAO" --db "$SDB" show "$(art_id "$1")" --json |
	    grep -q '"read": *true' && echo read || echo unread
}
unread_of() {
	"$KANBAO" --db "$SDB" list issues | awk -v d="$1" '$1 == d { print $4 }'
}

for size in 80x24 160x50; do
	W=${size%x*} H=${size#*x}
	n="through-$size"
	SDB=$T_TMP/$size.db
	"$KANBAO" --db "$SDB" import "$TOP/tests/samples/pages" >/dev/null 2>&1
	printf 'mark-read off\n' >"$CONF"
	start "$W" "$H"
	t_match "$n: the issue opens on its first story" ' 2/13' "$(status)"
	t_match "$n: ... past the masthead line above it" \
	    '^ *澄湖发布今澄湖客户端' \
	    "$(screen | sed -n 3p | sed 's/^[^│]*│//')"
	if [ "$W" -ge 120 ]; then
		t_match "$n: ... and shows the story beside the list" \
		    '跑出项目建设“加速度”' "$(screen | head -4 | sed 's/.*│//')"
	fi
	keys Enter g
	t_match "$n: g selects the masthead line" ' 1/13' "$(status)"
	keys n
	t_match "$n: n passes over the masthead line" ' 2/13' "$(status)"
	keys '}' '{'
	t_match "$n: } then { opens page 1 on its first story" ' 2/13' \
	    "$(status)"
	keys Escape BSpace
	start "$W" "$H"
	keys Enter g '>'
	t_match "$n: > goes to the first article to read" ' 2/13' "$(status)"
	keys '>'
	t_match "$n: > passes over the ad and the weather box" ' 5/13' \
	    "$(status)"
	keys '<'
	t_match "$n: < goes back" ' 2/13' "$(status)"
	keys l G
	t_match "$n: G shows the end of the article" 'End|All' \
	    "$(screen | head -1 | sed 's/.*│//')"
	keys Space
	t_match "$n: Space at the end opens the next article" ' 5/13' \
	    "$(status)"
	t_match "$n: ... at its top" '市十七届人大常委会' "$(screen)"
	t_eq "$n: the article opened is read" read "$(is_read 5)"
	keys m
	t_eq "$n: m marks it unread again" unread "$(is_read 5)"
	t_match "$n: ... and says so" 'marked unread' "$(status)"
	keys j
	t_eq "$n: ... and it stays unread" unread "$(is_read 5)"
	keys m
	t_eq "$n: m marks it read" read "$(is_read 5)"
	keys A
	t_match "$n: A says what it did" '2024-03-07: every article marked read' \
	    "$(status)"
	t_eq "$n: A marks the whole issue read" 0 "$(unread_of 2024-03-07)"
	t_eq "$n: ... in the store" read "$(is_read 13)"
done

# Three panes: an article shown beside the headlines is read after the
# mark-read seconds, not before; with mark-read off never.
SDB=$T_TMP/preview.db
"$KANBAO" --db "$SDB" import "$TOP/tests/samples/pages" >/dev/null 2>&1
printf 'mark-read 1\n' >"$CONF"
start 160 50
keys Enter '>'
t_eq "preview: an article just shown is not read yet" unread "$(is_read 5)"
sleep 2.5
t_eq "preview: shown for mark-read seconds it is read" read "$(is_read 5)"
t_match "preview: the headline shows it read" '市十七届人大常委会' "$(screen)"
printf 'mark-read off\n' >"$CONF"
start 160 50
keys Enter j j j j
sleep 2.5
t_eq "preview: with mark-read off it stays unread" unread "$(is_read 6)"

# An ad and the weather box shown beside the headlines are no articles to
# read: the issue's unread count in the list stays what the store counts.
SDB=$T_TMP/count.db
"$KANBAO" --db "$SDB" import "$TOP/tests/samples/pages" >/dev/null 2>&1
printf 'mark-read 1\n' >"$CONF"
start 160 50
keys Enter g j j
sleep 2.5
keys j
sleep 2.5
want=$(unread_of 2024-03-07)
t_match "count: an ad and the weather box shown leave the unread count" \
    "2024-03-07 +[0-9]+版 +$want( |$)" \
    "$(screen | sed 's/│.*//' | grep -m1 '2024-03-07')"

# A column's banner over stories (创新突破·实干争先 on 2024-03-06) is no
# story: its row is marked 栏.
SDB=$T_TMP/banner.db
"$KANBAO" --db "$SDB" import "$TOP/tests/samples/pages" >/dev/null 2>&1
printf 'mark-read off\n' >"$CONF"
start 160 50
keys j Enter
t_match "banner: the banner's row is marked 栏" '│ 栏 创新突破·实干争先' \
    "$(screen)"
