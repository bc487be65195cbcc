# Helpers for the screen tests (tests/screen/*.sh): the real reader in a
# private tmux server.  Sourced after tests/lib.sh.
#
#   screen_setup NAME   skip the script when there is no tmux; start a tmux
#			server of its own (removed on exit) and import the
#			sample pages into $DB
#   screen, screen_e	the pane's text (with -e: and its attributes)
#   wait_for REGEX	poll the screen for up to 5 seconds
#   keys KEY...		send keys, then wait until the screen stops changing
#   forget_place	the reader's next start opens as a first run does,
#			not where the last run was left
#
# Each script defines its own start(): how it runs the reader in session kb,
# each a first run (forget_place) unless the script says otherwise.

screen_setup() {
	if ! command -v tmux >/dev/null 2>&1; then
		t_skip "$1" "tmux is not installed"
		exit 0
	fi
	DB=$T_TMP/k.db
	SOCK=kanbao-$1-$$
	TM="tmux -L $SOCK -f /dev/null"
	trap '$TM kill-server 2>/dev/null; rm -rf "$T_TMP"' EXIT
	# A session that outlives the others keeps the server up between
	# tests: killing and restarting the server races.
	$TM new-session -d -s keep "sleep 3600"
	"$KANBAO" --db "$DB" import "$TOP/tests/samples/pages" >/dev/null 2>&1 ||
	    { t_fail "$1: import samples"; exit 1; }
}

forget_place() { rm -f "$XDG_DATA_HOME/kanbao/places"; }

screen() { $TM capture-pane -p -t kb 2>/dev/null; }
screen_e() { $TM capture-pane -p -e -t kb 2>/dev/null; }

wait_for() {
	_i=0
	while [ $_i -lt 150 ]; do
		if screen | grep -Eq -- "$1"; then return 0; fi
		sleep 0.1
		_i=$((_i + 1))
	done
	return 1
}

settle() {
	_prev= _i=0
	while [ $_i -lt 40 ]; do
		sleep 0.05
		_cur=$(screen)
		[ "$_cur" = "$_prev" ] && [ $_i -gt 1 ] && return 0
		_prev=$_cur
		_i=$((_i + 1))
	done
}

keys() {
	$TM send-keys -t kb "$@"
	settle
}
