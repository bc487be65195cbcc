# Screen tests of finding things in the reader, in tmux on the sample
# issues: the topic filter (two topics toggled and cleared, the issue
# pane's unread counts against kanbao list), jump by headline (full pinyin
# of the sample city 澄湖, initials, a Chinese substring), a 2-character
# search with its matches highlighted and n, the weather view, and
# following a continuation (下转) to the next page and back.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

# Built-in topics only, whatever the user running the tests has.
export XDG_CONFIG_HOME=$T_TMP/config
screen_setup find

start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x "$1" -y "$2" \
	    "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' '$KANBAO' --db '$DB'; sleep 600"
	wait_for 'Issues' || true
}
# The count the issue pane shows for an issue (third field of its row).
issue_count() { screen | grep "^$1 " | head -1 | awk '{ print $3 }'; }
# Unread stories (news, commentary, photos) of issue $1 with topic $2 (or
# $3), as kanbao list counts them.
list_count() {
	{ "$KANBAO" --db "$DB" list articles --unread --date "$1" --topic "$2"
	  [ -n "${3:-}" ] && "$KANBAO" --db "$DB" list articles --unread \
	      --date "$1" --topic "$3"; } |
	    awk -F '\t' '$5 ~ /^(news|commentary|photo)$/ { print $1 }' |
	    sort -u | wc -l | tr -d ' '
}

# One investment article read: the filtered count is of the unread ones,
# not of every match.
"$KANBAO" --db "$DB" mark --read $("$KANBAO" --db "$DB" list articles \
    --date 2024-03-06 --topic investment | head -1 | cut -f1) >/dev/null
start 160 40
unfiltered=$(issue_count 2024-03-06)

# The topic filter: 1 investment, 2 enterprise (the built-in order), from
# the topic menu (the bare number keys are counts).
keys t 1 Escape
t_match "find: the menu's 1 shows the filter bar" '1 投资项目 [0-9]' "$(screen)"
t_match "find: the status line names the topic" 'topics: 投资项目$' \
    "$(screen | tail -1 | sed 's/ *$//')"
t_eq "find: the issue pane counts unread investment articles" \
    "$(list_count 2024-03-06 investment)" "$(issue_count 2024-03-06)"
t_nomatch "find: the headline list hides other articles" '东港镇开展春季' \
    "$(keys l; screen)"
keys t 2 Escape
t_match "find: the menu's 2 adds enterprise" 'topics: 投资项目 企业服务' \
    "$(screen | tail -1)"
t_eq "find: the issue pane counts unread articles of either topic" \
    "$(list_count 2024-03-06 investment enterprise)" \
    "$(issue_count 2024-03-06)"
keys 0
t_nomatch "find: 0 clears the filter" 'topics:|0 all' "$(screen)"
t_eq "find: the issue pane counts again unread articles" "$unfiltered" \
    "$(issue_count 2024-03-06)"

# The topic menu lists every topic with its number.
keys t
t_match "find: t opens the topic menu" '\[ \] 8 图片 photo' "$(screen)"
keys Escape

# Jump by headline: full pinyin, initials, a Chinese substring.
keys J c h e n g h u
t_match "find: J chenghu lists 澄湖 headlines" 'Jump: [1-9][0-9]* headlines' \
    "$(screen | head -1)"
t_match "find: J chenghu finds 澄湖经开" '澄湖经开' "$(screen)"
t_nomatch "find: J chenghu lists nothing else" \
    '^[^│]*│2024-[0-9-]*  [0-9]* [^澄│]*│' "$(screen | sed -n '2,6p' |
    grep -v 澄湖)"
keys Enter
t_match "find: Enter opens the article" '^ *第[0-9]版' \
    "$(screen | head -1 | sed 's/.*│//')"
t_match "find: the opened article is a 澄湖 one" '澄湖' \
    "$(screen | sed -n '2,4p' | sed 's/.*│//')"
keys J h r x n y
t_match "find: initials hrxny find 禾润新能源" '禾润新能源电池项目' \
    "$(screen | sed -n 2p)"
keys Escape
t_nomatch "find: Esc closes the jump list" 'Jump:' "$(screen)"
keys J 免 申
t_match "find: a Chinese substring finds its headline" '免申即享' \
    "$(screen | sed -n 2p)"
keys Escape

# A 2-character search: hits, highlights, n.
keys / 企 业 Enter
t_match "find: /企业 lists the hits" 'Search: [0-9]+' "$(screen | head -1)"
t_match "find: the status line counts hits" ' 1/[0-9]+ ' "$(screen | tail -1)"
keys l
n=$(screen_e | grep -c "$(printf '\033')\[33m\($(printf '\033')\[49m\)\{0,1\}企业")
t_eq "find: matches are highlighted" yes "$([ "$n" -ge 2 ] && echo yes ||
    echo "no: $n")"
keys n
t_match "find: n goes to the next hit" ' 2/[0-9]+ ' "$(screen | tail -1)"
keys N
t_match "find: N goes back" ' 1/[0-9]+ ' "$(screen | tail -1)"
keys Escape

# The weather view.
keys w
t_match "find: w shows the weather" 'Weather \(3 issues\)' "$(screen)"
t_match "find: a sparkline of highs" '高 [▁▂▃▄▅▆▇█]{3}' "$(screen)"
t_match "find: each issue's forecast" '2024-03-07 +16/5℃' "$(screen)"
keys Escape

# A continuation: 惠企政策 on page 1 of 2024-03-06 goes on on page 2.
start 160 40
keys j l
t_match "find: the article says where it goes on" 'continued on page 2' \
    "$(screen)"
keys c
t_match "find: c opens the continuation on page 2" '第2版' \
    "$(screen | head -1 | sed 's/.*│//')"
t_match "find: the continuation has the same title" '惠企政策' \
    "$(screen | sed -n 2,3p | sed 's/.*│//')"
keys c
t_match "find: c on it goes back to page 1" '第1版 1/' \
    "$(screen | head -1 | sed 's/.*│//')"
"$KANBAO" --db "$DB" show --follow --width 60 \
    "$("$KANBAO" --db "$DB" list articles --date 2024-03-06 | head -1 |
    cut -f1)" > "$T_TMP/follow"
t_match "find: show --follow appends the continuation" \
    'continued on page 2:' "$(cat "$T_TMP/follow")"
