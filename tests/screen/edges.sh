# Screen tests of the reader's edges, at 80x24 and 160x50: with NO_COLOR
# every theme keeps a visible selection (reverse video); a locale that is
# not installed (or LANG=C) still draws Chinese, through C.UTF-8; a bad
# config line is named and skipped while the rest applies; C-z and fg
# give the terminal back and take it again.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

screen_setup edges
CONF=$XDG_CONFIG_HOME/kanbao/config
mkdir -p "$(dirname "$CONF")"
: >"$CONF"
ESC=$(printf '\033')
# The bundled themes where any build finds them (make asan's binary has
# no themes directory beside it).
mkdir -p "$XDG_CONFIG_HOME/kanbao/themes"
cp "$TOP"/themes/*.theme "$XDG_CONFIG_HOME/kanbao/themes/"

# start W H [ENV [ARGS]]: the reader with the environment and arguments
# given (words, as the shell splits them).
start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x "$1" -y "$2" \
	    "env XDG_CONFIG_HOME='$XDG_CONFIG_HOME' ${3:-} '$KANBAO' --db '$DB' \
	    ${4:-}; echo KANBAO-EXIT=\$?; sleep 600"
	wait_for 'Issues|2024' || true
}
flags() {
	$TM display -t kb -p \
	    '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_flag}'
}

for size in 80x24 160x50; do
	W=${size%x*} H=${size#*x}
	for theme in dark light default; do
		n="edges-$size: NO_COLOR, theme $theme"
		start "$W" "$H" NO_COLOR=1 "--theme $theme"
		row=$(screen_e | sed -n 2p)
		t_match "$n: the selected issue is in reverse video" \
		    "$ESC\\[([0-9]*;)*7m($ESC\\[[0-9]*m)*2024-03-07" "$row"
		t_nomatch "$n: no colour is drawn" \
		    "$ESC\\[([0-9]*;)*([34][0-7]|[34]8;)" "$(screen_e)"
	done

	for loc in en_US.UTF-8 C; do
		n="edges-$size: LANG=$loc"
		start "$W" "$H" "LANG=$loc LC_ALL=$loc LC_CTYPE="
		keys Enter
		t_match "$n: Chinese is drawn" '第1版' "$(screen)"
		t_nomatch "$n: no message" 'no UTF-8 locale' "$(screen)"
	done
done

# A bad config line: named and skipped, the lines after it apply.
printf 'indent x\nwidth-cap 30\nbind x quit\n' >"$CONF"
start 120 24
t_match "edges: a bad config line is named" 'config:1: expected: indent N' \
    "$(screen | tail -1)"
t_match "edges: it says the line was skipped" 'skipped, the rest applies' \
    "$(screen | tail -1)"
keys Tab j
w=$(screen | sed '1d;$d' | sed 's/.*│//' | sed 's/ *$//' | wc -L)
t_eq "edges: the width-cap after the bad line applies" yes \
    "$([ "$w" -gt 0 ] && [ "$w" -le 31 ] && echo yes || echo "no: $w")"
keys x
t_eq "edges: the bind after the bad line applies" 0 \
    "$(wait_for KANBAO-EXIT=0 && echo 0)"
: >"$CONF"

# C-z and fg, from a shell with job control.
$TM kill-session -t kb 2>/dev/null
forget_place
$TM new-session -d -s kb -x 100 -y 30 "env XDG_CONFIG_HOME='$XDG_CONFIG_HOME' sh -i"
wait_for '[#$] *$' || true
sleep 0.3
clean=$(flags)
$TM send-keys -t kb "'$KANBAO' --db '$DB'" Enter
wait_for 'Issues' || true
keys C-z
wait_for 'Stopped|Suspended|stopped' || true
t_eq "edges: C-z gives the terminal back" "$clean" "$(flags)"
keys 'fg' Enter
wait_for 'Issues' || true
t_match "edges: fg draws the reader again" 'Issues \(3\)' "$(screen)"
t_eq "edges: fg takes the terminal again" "1 0 1 1" "$(flags)"
keys j
t_match "edges: keys work after fg" '2024-03-06 · 2 pages' "$(screen)"
keys Q
sleep 0.3
t_eq "edges: Q after fg gives the terminal back" "$clean" "$(flags)"
