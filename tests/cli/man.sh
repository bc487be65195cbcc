# The man pages and the help against the tables they document.
#
#   the OPTIONS, COMMANDS and KEYS lists of kanbao.1 and the actions of
#   kanbao.5 are what man-blocks.awk makes of kanbao --dump-tables;
#   the theme elements of kanbao.5 are theme.c's;
#   every environment variable the source reads is in ENVIRONMENT;
#   kanbao --help and kanbao COMMAND --help show every command and option;
#   both pages render with man -l without a warning;
#   the bash completion offers the commands, options and choices.
#
# After changing a table:  sh tests/cli/man.sh --update  (with ./kanbao
# built) writes the lists into the man pages again; review the diff.
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
KANBAO=${KANBAO:-$TOP/kanbao}
export TOP KANBAO
update=
[ "${1:-}" = --update ] && update=1
. "$(dirname "$0")/../lib.sh"

AWK="$TOP/tests/cli/man-blocks.awk"
if ! "$KANBAO" --dump-tables >"$T_TMP/dump" 2>"$T_TMP/err"; then
	t_fail "man: kanbao --dump-tables" "$(cat "$T_TMP/err")"
	exit 1
fi

# block FILE NAME: the lines between the BEGIN NAME and END NAME comments
# (".\" BEGIN NAME" in a man page, "<!-- BEGIN NAME..." in Markdown).
block() {
	awk -v b="$2" '
	    $0 == ".\\\" END " b || $0 == "<!-- END " b " -->" { on = 0 }
	    on { print }
	    $0 == ".\\\" BEGIN " b || index($0, "<!-- BEGIN " b ":") == 1 {
		on = 1; seen = 1 }
	    END { exit !seen }' "$1"
}

# replace FILE NAME NEWFILE: puts NEWFILE's lines in that block.
replace() {
	awk -v b="$2" -v new="$3" '
	    $0 == ".\\\" END " b || $0 == "<!-- END " b " -->" {
		while ((getline l < new) > 0) print l; on = 0 }
	    !on { print }
	    $0 == ".\\\" BEGIN " b || index($0, "<!-- BEGIN " b ":") == 1 {
		on = 1 }' "$1" >"$T_TMP/replaced" &&
	    cat "$T_TMP/replaced" >"$1"
}

# check FILE NAME [BLOCK]: the block NAME of FILE (under TOP) is what
# man-blocks.awk makes of the tables (block=BLOCK, else NAME).
check() {
	_page=$TOP/$1
	awk -v block="${3:-$2}" -f "$AWK" "$T_TMP/dump" >"$T_TMP/want"
	if ! block "$_page" "$2" >"$T_TMP/have"; then
		t_fail "man: $1 has a $2 block" "no BEGIN $2 comment"
		return
	fi
	if cmp -s "$T_TMP/want" "$T_TMP/have"; then
		t_ok "man: $1 $2 match the tables"
	elif [ -n "$update" ]; then
		replace "$_page" "$2" "$T_TMP/want"
		t_ok "man: $1 $2 rewritten"
	else
		t_fail "man: $1 $2 match the tables" \
		    "run: sh tests/cli/man.sh --update, then review the diff" \
		    "$(diff "$T_TMP/have" "$T_TMP/want" | head -12)"
	fi
}

check man/kanbao.1 options
check man/kanbao.1 commands
check man/kanbao.1 keys
check man/kanbao.5 actions
check README.md keys readme-keys

# The README's command lines use commands and options that exist.
bad=$(sed -n 's/  *#.*//; s/^    \.\/kanbao  *//p; s/^    kanbao  *//p' \
    "$TOP/README.md" |
    while read -r line; do
	c=${line%% *}
	case $c in
	-*|'') ;;
	*) grep -q "^command	$c	" "$T_TMP/dump" || echo "$c" ;;
	esac
	for w in $line; do
		case $w in
		--*) grep -q "^[a-z]*	\(.*	\)\{0,1\}$w[	 ]" \
		    "$T_TMP/dump" || echo "$w" ;;
		esac
	done
    done)
t_eq "man: README.md names only commands and options that exist" "" "$bad"

# The comparison can fail: a key the page does not have shows up.
printf 'key\tx\tquit\tleave at once\n' >>"$T_TMP/dump"
awk -v block=keys -f "$AWK" "$T_TMP/dump" >"$T_TMP/want"
block "$TOP/man/kanbao.1" keys >"$T_TMP/have"
if cmp -s "$T_TMP/want" "$T_TMP/have"; then
	t_fail "man: a key missing from the page is caught"
else
	t_ok "man: a key missing from the page is caught"
fi
"$KANBAO" --dump-tables >"$T_TMP/dump"

# Every command, option and key of the tables is in the rendered KEYS and
# COMMANDS, whatever the markup (so a broken awk cannot hide one).
if command -v mandoc >/dev/null 2>&1; then
	mandoc -Tascii "$TOP/man/kanbao.1" | col -b >"$T_TMP/page1"
	miss=$(awk -F '\t' '$1 == "command" { print $2 }
	    $1 == "option" { split($3, w, " "); print w[1] }
	    $1 == "global" { split($2, w, " "); print w[1] }' "$T_TMP/dump" |
	    sort -u | while read -r w; do
		grep -qF -- "$w" "$T_TMP/page1" || echo "$w"
	    done)
	t_eq "man: every command and option is on the rendered page" "" "$miss"
	sed -n '/^KEYS/,/^ENVIRONMENT/p' "$T_TMP/page1" >"$T_TMP/keys1"
	miss=$(awk -F '\t' '$1 == "key" { n = split($2, w, " ");
	    for (i = 1; i <= n; i++) print w[i] }' "$T_TMP/dump" |
	    while read -r k; do
		grep -qF -- "$k" "$T_TMP/keys1" || echo "$k"
	    done)
	t_eq "man: every key is in the rendered KEYS section" "" "$miss"
else
	t_skip "man: rendered pages" "mandoc is not installed"
fi

# Theme elements: the .It lines under "Elements" are theme.c's names.
awk -F '\t' '$1 == "element" { print $2 }' "$T_TMP/dump" | sort >"$T_TMP/want"
sed -n '/^\.Ss Elements/,/^\.El/s/^\.It Cm //p' "$TOP/man/kanbao.5" |
    sort >"$T_TMP/have"
t_eq "man: kanbao.5 lists every theme element" \
    "$(cat "$T_TMP/want")" "$(cat "$T_TMP/have")"

# Environment: every variable the source reads is documented.
vars=$(cat "$TOP"/src/*.c | grep -o 'getenv("[A-Z_]*")' |
    sed 's/getenv("\(.*\)")/\1/' | sort -u)
env=$(sed -n '/^\.Sh ENVIRONMENT/,/^\.Sh /p' "$TOP/man/kanbao.1")
miss=
for v in $vars; do
	printf '%s\n' "$env" | grep -Eq "^\.It Ev (.* )?$v( |$)" ||
	    miss="$miss $v"
done
t_eq "man: ENVIRONMENT has every variable the source reads" "" "$miss"
[ -n "$vars" ] || t_fail "man: found the variables the source reads"

# kanbao --help and COMMAND --help: every command, option and flag.
help=$("$KANBAO" --help)
miss=$(awk -F '\t' '$1 == "command" { print $2 }
    $1 == "global" { split($2, w, " "); print w[1] }' "$T_TMP/dump" |
    while read -r w; do
	printf '%s\n' "$help" | grep -qF -- "$w" || echo "$w"
    done)
t_eq "help: kanbao --help names every command and option" "" "$miss"
t_eq "help: no line of kanbao --help ends on a space" "" \
    "$(printf '%s\n' "$help" | grep -n ' $')"
miss=
for c in $(awk -F '\t' '$1 == "command" { print $2 }' "$T_TMP/dump"); do
	h=$("$KANBAO" "$c" --help) || miss="$miss $c(exit)"
	for f in $(awk -F '\t' -v c="$c" '$1 == "option" && $2 == c {
	    split($3, w, " "); print w[1] }' "$T_TMP/dump"); do
		printf '%s\n' "$h" | grep -qF -- "$f" || miss="$miss $c:$f"
	done
done
t_eq "help: kanbao COMMAND --help shows every option" "" "$miss"

# man -l (man-db and groff) renders both pages without a warning.
if command -v man >/dev/null 2>&1 && command -v groff >/dev/null 2>&1; then
	for p in kanbao.1 kanbao.5; do
		MANWIDTH=80 man -l "$TOP/man/$p" >"$T_TMP/out" 2>"$T_TMP/err"
		st=$?
		if [ $st -eq 0 ] && [ ! -s "$T_TMP/err" ] &&
		    grep -q 'SEE ALSO' "$T_TMP/out"; then
			t_ok "man: man -l $p renders cleanly"
		else
			t_fail "man: man -l $p renders cleanly" "exit $st" \
			    "$(head -5 "$T_TMP/err")"
		fi
	done
else
	t_skip "man: man -l" "man-db or groff is not installed"
fi

# Bash completion, made from the same table.
if command -v bash >/dev/null 2>&1; then
	"$KANBAO" --completion bash >"$T_TMP/comp.bash"
	# complete WORDS...: what the completion offers for the last word.
	complete_words() {
		bash -c '. "$1"; shift; COMP_WORDS=("$@");
		    COMP_CWORD=$(($# - 1)); _kanbao;
		    printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' \
		    sh "$T_TMP/comp.bash" "$@"
	}
	cmds=$(awk -F '\t' '$1 == "command" { print $2 }' "$T_TMP/dump" |
	    sort | tr '\n' ' ')
	t_eq "completion: the commands" "$cmds" "$(complete_words kanbao '')"
	t_eq "completion: a command's options" "--json " \
	    "$(complete_words kanbao --db x.db show --j)"
	t_eq "completion: choices of an option" "json md txt " \
	    "$(complete_words kanbao export --format '')"
	t_eq "completion: choices in the usage" "articles issues pages papers " \
	    "$(complete_words kanbao list '')"
	t_status "completion: only bash" 2 "$KANBAO" --completion fish
else
	t_skip "completion" "bash is not installed"
fi
