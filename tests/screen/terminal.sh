# Terminal safety: the reader gives the terminal back as it found it on q,
# every signal that ends it (SIGINT, SIGTERM, SIGHUP, C-\ and SIGQUIT,
# SIGUSR1/2, SIGALRM, SIGPIPE..., and the signals of a crash) and a fatal
# error, and no article text changes its
# title, colours, cursor or modes while it is shown.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

screen_setup terminal

# A hostile page: escapes that would set the title, colours, cursor shape,
# mouse and bracketed-paste modes, the alternate screen and the scroll
# region if any reached the terminal; C1 CSI; bidi overrides.
mkdir -p "$T_TMP/pages/2031-01-01"
printf '%s\n' \
    "$(printf '标题\033]0;pwned\007\033]2;pwned\033\\\\')" '' \
    "$(printf '本报讯 正文\033[?25l\033[?1000h\033[?2004h\033[?1049l\033[2;3r\033[6 q\033[41m红\342\200\256反\302\233?25l。')" \
    >"$T_TMP/pages/2031-01-01/p1.txt"
"$KANBAO" --db "$DB" import "$T_TMP/pages" >/dev/null 2>&1

start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x 100 -y 30 \
	    "'$KANBAO' --db '$DB'; echo KANBAO-EXIT=\$?; sleep 600"
	wait_for 'Issues|2031'
}
flags() {
	$TM display -t kb -p \
	    '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_flag} #{scroll_region_upper} #{pane_title}'
}
reader_pid() {
	_sh=$($TM display -t kb -p '#{pane_pid}')
	for _p in /proc/[0-9]*; do
		if [ "$(awk '{print $4}' "$_p/stat" 2>/dev/null)" = "$_sh" ]; then
			echo "${_p#/proc/}"
			return
		fi
	done
}

# What a shell's terminal looks like in this tmux, before any reader ran.
$TM new-session -d -s kb -x 100 -y 30 "sleep 600"
clean=$(flags)

# The hostile article open on screen: the terminal keeps its title, cursor
# and scroll region; no colour comes from the text.
start
$TM send-keys -t kb Enter Enter
wait_for '正文' || true
t_match "terminal: the hostile article is shown" '正文' "$(screen)"
set -- $(flags)
t_eq "terminal: article text sets no title" "$6" "$(echo "$clean" | cut -d' ' -f6)"
t_eq "terminal: article text moves no scroll region" 0 "$5"
t_eq "terminal: article text leaves the alternate screen on" 1 "$1"
t_nomatch "terminal: no colour from article text" "$(printf '\033')\\[41m" \
    "$($TM capture-pane -p -e -t kb)"

# Each way out gives the terminal back: the alternate screen left, the
# cursor shown, mouse and keypad modes off, as before the reader ran.
for how in q INT TERM HUP QUIT C-backslash USR1 USR2 ALRM PIPE VTALRM XCPU \
    SEGV ABRT; do
	start
	if [ "$how" = q ]; then
		$TM send-keys -t kb q q q
	elif [ "$how" = C-backslash ]; then
		$TM send-keys -t kb 'C-\'
	else
		pid=$(reader_pid)
		[ -n "$pid" ] && kill -"$how" "$pid"
	fi
	if ! wait_for 'KANBAO-EXIT='; then
		t_fail "terminal: $how ends the reader" "$(screen | tail -3)"
		continue
	fi
	t_eq "terminal: after $how the terminal is as before" "$clean" "$(flags)"
done

# A store that becomes unreadable under the reader: the error goes to the
# status line and q still gives the terminal back.  (fatal() itself runs
# the same restore hook; nothing from outside can make it fire on demand.)
start
chmod 000 "$DB"
$TM send-keys -t kb ']' '['
sleep 0.3
$TM send-keys -t kb q q q
chmod 644 "$DB"
wait_for 'KANBAO-EXIT=' || true
t_eq "terminal: after a store error and q the terminal is as before" \
    "$clean" "$(flags)"
