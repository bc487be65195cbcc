# make install and make uninstall into a temporary DESTDIR, with a PREFIX
# other than the default:
#
#   the installed binary runs (--version) and finds the themes installed
#   beside it (../share/kanbao/themes from its directory), not only those
#   of the prefix it was built for;
#   both man pages render with man -l and name the install prefix;
#   the bash completion is installed and is valid bash;
#   make uninstall leaves no file behind, nor the kanbao data directory.
. "$(dirname "$0")/../lib.sh"

: "${BUILD:?BUILD must name the build directory}"
if ! command -v make >/dev/null 2>&1; then
	t_skip install "make is not installed"
	exit 0
fi
D=$T_TMP/dest
P=/opt/kanbao-test
# The binary under test and its build directory: nothing is rebuilt.
mk() {
	make -s -C "$TOP" PROG="$KANBAO" BUILD="$BUILD" PREFIX="$P" \
	    DESTDIR="$D" "$@"
}

if mk install >"$T_TMP/out" 2>&1; then
	t_ok "install: make install"
else
	t_fail "install: make install" "$(tail -5 "$T_TMP/out")"
	exit 1
fi
for f in bin/kanbao share/man/man1/kanbao.1 share/man/man5/kanbao.5 \
    share/kanbao/themes/default.theme share/kanbao/themes/mono.theme \
    share/bash-completion/completions/kanbao; do
	[ -f "$D$P/$f" ] || t_fail "install: $f installed"
done
t_eq "install: the binary is executable" yes \
    "$([ -x "$D$P/bin/kanbao" ] && echo yes)"

t_eq "install: the installed binary runs" \
    "$("$KANBAO" --version)" "$("$D$P/bin/kanbao" --version 2>&1)"

# A theme only the install tree has is found by the installed binary.
cp "$TOP/themes/mono.theme" "$D$P/share/kanbao/themes/staged-only.theme"
t_match "install: themes are found beside the installed binary" \
    '^theme	staged-only$' "$("$D$P/bin/kanbao" --dump-tables)"
rm "$D$P/share/kanbao/themes/staged-only.theme"
t_match "install: the bundled themes are installed" '^theme	dark$' \
    "$("$D$P/bin/kanbao" --dump-tables)"

if command -v man >/dev/null 2>&1 && command -v groff >/dev/null 2>&1; then
	for p in man1/kanbao.1 man5/kanbao.5; do
		MANWIDTH=80 man -l "$D$P/share/man/$p" >"$T_TMP/page" \
		    2>"$T_TMP/err"
		if [ $? -eq 0 ] && [ ! -s "$T_TMP/err" ] &&
		    grep -q 'SEE ALSO' "$T_TMP/page"; then
			t_ok "install: man -l $p"
		else
			t_fail "install: man -l $p" "$(head -5 "$T_TMP/err")"
		fi
	done
	t_match "install: kanbao.1 names the install prefix" \
	    "$P/share/kanbao/themes" "$(cat "$D$P/share/man/man1/kanbao.1")"
else
	t_skip "install: man -l" "man-db or groff is not installed"
fi

if command -v bash >/dev/null 2>&1; then
	t_status "install: the completion is valid bash" 0 \
	    bash -n "$D$P/share/bash-completion/completions/kanbao"
fi

if mk uninstall >"$T_TMP/out" 2>&1; then
	t_ok "install: make uninstall"
else
	t_fail "install: make uninstall" "$(tail -5 "$T_TMP/out")"
fi
t_eq "install: uninstall leaves no file behind" "" \
    "$(cd "$D" && find . ! -type d)"
t_eq "install: uninstall removes the data directory" "" \
    "$(cd "$D" && find . -path '*/share/kanbao*')"
