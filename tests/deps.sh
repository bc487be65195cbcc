#!/bin/sh
# Checks that what kanbao needs to build ("build") or to be tested ("check")
# is on this machine, and names the package for each missing piece.  Run as
# root on a Debian-like system, it installs them.
#
# usage: sh tests/deps.sh build|check
set -u
what=${1:-build}
CC=${CC:-cc}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
missing=

have_header() {
	printf '#include <%s>\n' "$1" | "$CC" -E -x c - >/dev/null 2>&1
}
need_header() {	# header debian-package
	have_header "$1" || missing="$missing $2"
}
need_cmd() {	# command debian-package
	command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}

need_cmd "$CC" gcc
need_cmd "$PKG_CONFIG" pkg-config
need_header unistr.h libunistring-dev
need_header unilbrk.h libunistring-dev
need_header sqlite3.h libsqlite3-dev
printf '#define _XOPEN_SOURCE 700\n#include <curses.h>\n' |
    "$CC" -E -x c - >/dev/null 2>&1 || missing="$missing libncurses-dev"
if command -v "$PKG_CONFIG" >/dev/null 2>&1; then
	"$PKG_CONFIG" --exists ncursesw || missing="$missing libncurses-dev"
	"$PKG_CONFIG" --exists sqlite3 || missing="$missing libsqlite3-dev"
fi
[ -f /usr/share/unicode/Unihan_Readings.txt ] ||
    [ -f /usr/share/unicode/Unihan.zip ] ||
    ls /usr/share/unicode/Unihan_Readings.txt* >/dev/null 2>&1 ||
    missing="$missing unicode-data"
if [ "$what" = check ]; then
	need_header cmocka.h libcmocka-dev
	need_cmd tmux tmux
	need_cmd python3 python3
	need_cmd mandoc mandoc
	need_cmd pdftotext poppler-utils
fi

# One name once.
missing=$(printf '%s\n' $missing | sort -u | tr '\n' ' ' | sed 's/ *$//')
[ -z "$missing" ] && exit 0

echo "kanbao: packages missing to $what kanbao: $missing" >&2
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 &&
    [ -z "${KANBAO_NO_INSTALL:-}" ]; then
	echo "kanbao: installing them with apt-get (set KANBAO_NO_INSTALL=1 to skip)" >&2
	if { apt-get install -y -q $missing >/dev/null 2>&1 ||
	    { apt-get update -q >/dev/null 2>&1 &&
	    apt-get install -y -q $missing >/dev/null 2>&1; }; }; then
		exit 0
	fi
	echo "kanbao: apt-get could not install them" >&2
fi
echo "kanbao: install them first, e.g.: apt-get install $missing" >&2
echo "        (Fedora: libunistring-devel ncurses-devel sqlite-devel libcmocka-devel;" >&2
echo "         macOS/Homebrew: libunistring ncurses sqlite cmocka)" >&2
exit 1
