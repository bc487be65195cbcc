#!/bin/sh
# Checks that what kanbao needs to build ("build") or to be tested ("check")
# is on this machine, and names the package for each missing piece.  Run as
# root on a Debian-like system, it installs them.  The Makefile runs it
# before it compiles anything (a prerequisite of every object), so a fresh
# machine hears what is missing, not a compiler error.
#
# For "check", some packages are optional: the tests that need them skip,
# saying so, when they are absent.  As root they are installed with the
# rest; otherwise they are named and the check goes on.
#
# usage: sh tests/deps.sh build|check
set -u
what=${1:-build}
CC=${CC:-cc}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
missing=
optional=

have_header() {
	printf '#include <%s>\n' "$1" | "$CC" -E -x c - >/dev/null 2>&1
}
need_header() {	# header debian-package
	have_header "$1" || missing="$missing $2"
}
need_cmd() {	# command debian-package
	command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}
want_cmd() {	# command debian-package: optional
	command -v "$1" >/dev/null 2>&1 || optional="$optional $2"
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
	# Optional: man -l (man-db, groff), PDF pages (pdftotext), the
	# sqlite3 shell (faults and store tests have a python3 fallback).
	want_cmd man man-db
	want_cmd groff groff-base
	want_cmd pdftotext poppler-utils
	want_cmd sqlite3 sqlite3
fi

# One name once.
missing=$(printf '%s\n' $missing | sort -u | tr '\n' ' ' | sed 's/ *$//')
optional=$(printf '%s\n' $optional | sort -u | tr '\n' ' ' | sed 's/ *$//')
[ -z "$missing" ] && [ -z "$optional" ] && exit 0

# apt_install PACKAGE...: as root with apt-get, quietly, updating the
# package lists only when the first try fails.
apt_install() {
	[ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 &&
	    [ -z "${KANBAO_NO_INSTALL:-}" ] || return 1
	echo "kanbao: installing with apt-get: $* (set KANBAO_NO_INSTALL=1 to skip)" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" \
	    >/dev/null 2>&1 ||
	    { apt-get update -q >/dev/null 2>&1 &&
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" \
	    >/dev/null 2>&1; }
}

if [ -n "$optional" ] && ! apt_install $optional; then
	echo "kanbao: optional, not installed: $optional (the tests that need them skip)" >&2
fi
[ -z "$missing" ] && exit 0

echo "kanbao: packages missing to $what kanbao: $missing" >&2
if apt_install $missing; then
	exit 0
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 &&
    [ -z "${KANBAO_NO_INSTALL:-}" ]; then
	echo "kanbao: apt-get could not install them" >&2
fi
echo "kanbao: install them first, e.g.: apt-get install $missing" >&2
echo "        (Fedora: libunistring-devel ncurses-devel sqlite-devel libcmocka-devel;" >&2
echo "         macOS/Homebrew: libunistring ncurses sqlite cmocka)" >&2
exit 1
