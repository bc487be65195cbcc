# The config file read by the real reader, in tmux:
#
#   a bad line: the status line names the file and line, and the reader
#   runs with the other lines (the default bindings work);
#   width-cap: no article row is wider than the cap in a wide pane;
#   bind: a key bound to quit quits, a key bound to none does nothing.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

screen_setup config
CONF=$XDG_CONFIG_HOME/kanbao/config
mkdir -p "$(dirname "$CONF")"

start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x 120 -y 24 \
	    "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' '$KANBAO' --db '$DB'; echo KANBAO-EXIT=\$?; sleep 600"
	wait_for 'Issues' || true
}

printf 'width-cap 30\n\nindent x\n' >"$CONF"
start
t_match "config: a bad line is named on the status line, as kanbao(5) names it" \
    "^ ?config:3: expected: indent N" "$(screen | tail -1)"
keys Q
t_eq "config: with a bad file the default keys work" 0 \
    "$(wait_for KANBAO-EXIT=0 && echo 0)"

printf '# narrow\nwidth-cap 30\nbind x quit\nbind Q none\n' >"$CONF"
start
keys Tab j
w=$(screen | sed '1d;$d' | sed 's/.*│//' | sed 's/ *$//' | wc -L)
if [ "$w" -gt 0 ] && [ "$w" -le 31 ]; then
	t_ok "config: width-cap 30 holds article rows to 30 columns"
else
	t_fail "config: width-cap 30 holds article rows to 30 columns" \
	    "widest article row: $w"
fi
keys Q
t_nomatch "config: a key bound to none does nothing" KANBAO-EXIT "$(screen)"
keys x
t_eq "config: a key bound to quit quits" 0 \
    "$(wait_for KANBAO-EXIT=0 && echo 0)"
