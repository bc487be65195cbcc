# Screen tests of the help overlay (?), at 80x24 and 160x50: it fits the
# terminal above the status line and the filter bar, scrolls to its last
# key (j, Space, G), closes with q, Esc and ?, and shows the keys the
# user's bind lines add or take away.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

screen_setup help
CONF=$XDG_CONFIG_HOME/kanbao/config
mkdir -p "$(dirname "$CONF")"
: >"$CONF"

start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x "$1" -y "$2" \
	    "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' '$KANBAO' --db '$DB'; sleep 600"
	wait_for 'Issues' || true
}
FIRST='next row; scroll the article down'
LAST='select; click again to open'

for size in 80x24 160x50; do
	W=${size%x*} H=${size#*x}
	n="help-$size"
	start "$W" "$H"
	status=$(screen | tail -1)
	keys '?'
	t_match "$n: ? shows the first key" "$FIRST" "$(screen)"
	t_eq "$n: the status line stays whole under the help" "$status" \
	    "$(screen | tail -1)"
	t_eq "$n: the help fits the width" yes \
	    "$([ "$(screen | wc -L)" -le "$W" ] && echo yes || echo no)"
	t_eq "$n: the help fits the height" "$H" "$(screen | wc -l)"
	if [ "$H" -lt 40 ]; then
		t_nomatch "$n: the last key is below the box" "$LAST" \
		    "$(screen)"
		keys j
		t_nomatch "$n: j scrolls the help a row" "$FIRST" "$(screen)"
		keys k
		t_match "$n: k scrolls it back" "$FIRST" "$(screen)"
		keys Space
		t_match "$n: Space scrolls the help a page" \
		    'Keys \(j k Space scroll' "$(screen)"
		keys G
	fi
	t_match "$n: the help reaches the last key" "$LAST" "$(screen)"
	keys q
	t_nomatch "$n: q closes the help" "$LAST" "$(screen)"
	t_match "$n: q closes only the help" 'Issues' "$(screen)"
	keys '?' Escape
	t_nomatch "$n: Esc closes the help" "$LAST|$FIRST" "$(screen)"
	keys '?' '?'
	t_nomatch "$n: ? closes the help" "$LAST|$FIRST" "$(screen)"

	# Every description can be read to its end: paged through, the
	# help shows the last word of each (wrapped, not cut with …).
	keys '?'
	all=$(screen) i=0
	while ! screen | grep -q "$LAST" && [ $i -lt 20 ]; do
		keys Space
		all="$all
$(screen)"
		i=$((i + 1))
	done
	t_nomatch "$n: no description in the box is cut" '│ [^│]*…  *│' \
	    "$all"
	miss=$("$KANBAO" --dump-tables | awk -F '\t' '$1 == "key" {
		n = split($4, w, " "); print w[n] }' |
	    while read -r last; do
		printf '%s\n' "$all" | grep -qF -- " $last " || echo "$last"
	    done)
	t_eq "$n: every description is there to its last word" "" "$miss"
	keys q
done

# With a topic filter the box stays above the filter bar too.
start 80 24
keys t 1 Escape
bottom=$(screen | tail -2)
keys '?'
t_match "help: ? over a topic filter shows the first key" "$FIRST" \
    "$(screen)"
t_eq "help: the filter bar and status line stay whole under the help" \
    "$bottom" "$(screen | tail -2)"
keys q

# The user's binds: J added to next-unread, x to quit, Q taken away, a
# Chinese character (two columns wide) to star.
printf 'bind J next-unread\nbind x quit\nbind Q none\nbind 星 star\n' \
    >"$CONF"
start 160 50
keys '?'
t_match "help: a bound key is listed with its command" \
    'n J +next search match' "$(screen)"
t_match "help: a key bound to quit is listed" 'x +quit$' \
    "$(screen | sed 's/ *│ *$//; s/ *$//')"
t_nomatch "help: an unbound key is not listed" 'Q +quit' "$(screen)"
# Where a row's description starts, in columns: the wide key does not
# push its description out of line.
desc_col() {
	screen | grep -F -- "$1" | head -1 | sed "s/$1.*//" | wc -L
}
t_match "help: a wide key is listed" 's 星 +star or unstar' "$(screen)"
t_eq "help: a wide key's description lines up with the others" \
    "$(desc_col 'next row;')" "$(desc_col 'star or unstar')"
