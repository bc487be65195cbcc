# Screen tests of the command line (:) and the prompts' editing and
# history, and of the lists across issues, at 80x24 and 160x50 on the
# sample issues: :q quits, :theme, :set width-cap, :date, :topic, :jump,
# Tab completion; C-a C-e C-b C-f C-w C-u C-k Left Delete at a prompt;
# Up brings back what was typed, also in the next run; J still jumps;
# S lists the starred articles of several issues, U the unread ones, and
# :list articles --topic T --date D what kanbao list articles lists.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

screen_setup cmdline
# The bundled themes where any build finds them (make asan's binary has
# no themes directory beside it).
mkdir -p "$XDG_CONFIG_HOME/kanbao/themes"
cp "$TOP"/themes/*.theme "$XDG_CONFIG_HOME/kanbao/themes/"

start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x "$1" -y "$2" \
	    "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_DATA_HOME='$XDG_DATA_HOME' \
	    '$KANBAO' --db '$DB'; echo KANBAO-EXIT=\$?; sleep 600"
	wait_for 'Issues|2024' || true
}
status() { screen | tail -1; }
# Types text at the prompt (the reader reads it a character at a time).
type_text() {
	$TM send-keys -t kb -l "$1"
	settle
}

for size in 80x24 160x50; do
	W=${size%x*} H=${size#*x}
	n="cmdline-$size"
	start "$W" "$H"
	keys :
	t_match "$n: : opens the command line" '^ : _' "$(status)"
	type_text da
	keys Tab
	t_match "$n: Tab completes a command name" '^ : date _' "$(status)"
	type_text 2024-03-06
	keys Enter
	t_match "$n: :date goes to that issue" '^ 2024-03-06 ' "$(status)"
	# Its forecast's comma is stored half-width, and shown as the
	# article pane shows it (fullwidth-punct).
	t_match "$n: the status line's weather, punctuation full-width" \
	    '阴有小雨，雨量中等' "$(status)"
	keys : ; type_text 'date 2024-03'; keys Enter
	t_match "$n: :date with a month: its newest issue" '^ 2024-03-07 ' \
	    "$(status)"
	# A day the calendar has not is said, and the issue stays.
	keys : ; type_text 'date 2024-02-30'; keys Enter
	t_match "$n: :date of no such day says so" 'no such date: 2024-02-30' \
	    "$(status)"
	keys j k
	t_match "$n: ... and stays on the issue" '^ 2024-03-07 ' "$(status)"
	keys : ; type_text 'topic investment'; keys Enter
	t_match "$n: :topic filters by a topic" 'topics: 投资项目' "$(status)"
	keys 0
	keys : ; type_text 'theme dark'; keys Enter
	t_match "$n: :theme dark switches the theme" 'theme: dark' \
	    "$(status)"
	keys : ; type_text 'th'; keys Tab Tab
	t_match "$n: Tab lists the choices" 'dark.*light' "$(status)"
	keys Escape
	keys : ; type_text 'jump chenghu'; keys Enter
	t_match "$n: :jump opens the jump list narrowed" 'Jump: [0-9]+' \
	    "$(screen | head -1)"
	keys Escape
	keys J
	t_match "$n: J still jumps" 'Jump to:' "$(status)"
	keys Escape

	# Line editing at the search prompt.
	keys / ; type_text '业'; keys C-a; type_text '企'
	t_match "$n: C-a types at the start" 'Search: 企业 +\(Enter' "$(status)"
	keys C-e; type_text ' abc def'; keys C-w
	t_match "$n: C-w deletes a word" 'Search: 企业 abc _' "$(status)"
	keys C-b C-b C-k
	t_match "$n: C-b moves back, C-k deletes to the end" \
	    'Search: 企业 ab_' "$(status)"
	keys Left Left Delete
	t_match "$n: Left and Delete" 'Search: 企业 b +\(Enter' "$(status)"
	keys C-f C-u
	t_match "$n: C-u deletes to the start" 'Search: _' "$(status)"
	type_text '企业'; keys Enter
	t_match "$n: the edited search runs" '/企业' "$(status)"
	keys Escape
	keys / Up
	t_match "$n: Up brings back the last search" 'Search: 企业_' \
	    "$(status)"
	keys Escape

	keys : ; type_text 'set width-cap 30'; keys Enter
	keys Enter l
	w=$(screen | sed '1d;$d' | sed 's/.*│//' | sed 's/ *$//' | wc -L)
	t_eq "$n: :set width-cap 30 narrows the article" yes \
	    "$([ "$w" -gt 0 ] && [ "$w" -le 31 ] && echo yes || echo "no: $w")"
	keys : ; type_text q; keys Enter
	t_eq "$n: :q quits" 0 "$(wait_for KANBAO-EXIT=0 && echo 0)"

	start "$W" "$H"
	keys / Up
	t_match "$n: the history outlives the reader" 'Search: 企业_' \
	    "$(status)"
	keys Escape
done
# :q! quits as in vi (nothing is unsaved).
start 80 24
keys : ; type_text 'q!'; keys Enter
t_eq ":q! quits" 0 "$(wait_for KANBAO-EXIT=0 && echo 0)"

# Lists across issues: star an article of two issues, then S.
start 160 50
keys Enter s
keys BSpace j Enter j s
keys S
t_match "lists: S lists the starred articles" 'Starred: 2 articles' \
    "$(screen | head -1)"
t_match "lists: ... of the newest issue" '\*2024-03-07' "$(screen)"
t_match "lists: ... and of the one before" '\*2024-03-06' "$(screen)"
keys Escape
unread=$("$KANBAO" --db "$DB" list issues | awk '{ n += $4 } END { print n }')
keys U
t_match "lists: U lists the unread articles of every issue" \
    "Unread: $unread articles" "$(screen | head -1)"
keys Escape
want=$("$KANBAO" --db "$DB" list articles --topic investment | wc -l |
    tr -d ' ')
keys : ; type_text 'list articles --topic investment --date 2024-03'
keys Enter
t_match "lists: a topic over a month, as kanbao list articles" \
    "Articles investment 2024-03: $want articles" "$(screen | head -1)"
keys : ; type_text 'list articles --date 2024-03-06..2024-03-07'; keys Enter
t_match "lists: a range of dates" 'Articles 2024-03-06..2024-03-07: 26 ' \
    "$(screen | head -1)"
keys l
t_match "lists: the article pane shows the selected row" '第1版 1/26' \
    "$(screen | head -1)"
# The issue list has 2024-03-06 selected (its weather 12/6℃).  Up the
# list to an article of 2024-03-07: the status line says its date, and not
# the weather of the issue selected in the issue list.
keys h g
t_match "lists: the status line has the row's date" ' 2024-03-07 ' "$(status)"
t_nomatch "lists: no other issue's weather on the status line" '12/6℃' \
    "$(status)"
