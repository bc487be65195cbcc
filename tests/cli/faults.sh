#!/bin/sh
# Store faults: the disk fills up during an import (a file size limit, and
# a small tmpfs when we may mount one), the store becomes read-only (its
# files and directory, for a later run and during a run), and another
# writer holds the store's lock.  Each time kanbao must say what is wrong,
# exit 1, keep only whole pages and leave a store that passes PRAGMA
# integrity_check and that a later run completes.
. "$(dirname "$0")/../lib.sh"

K=$KANBAO
cd "$T_TMP" || exit 1

integrity() {
	if command -v sqlite3 >/dev/null 2>&1; then
		sqlite3 "$1" 'PRAGMA integrity_check' 2>&1
	elif command -v python3 >/dev/null 2>&1; then
		python3 "$TOP/tests/hostile/check.py" integrity "$1" 2>&1
	else
		echo ok	# nothing to check with; the other checks still run
	fi
}

# A tree of 240 pages of our own text, and the pages a full import stores.
BIG=$T_TMP/big
awk -v dir="$BIG" 'BEGIN {
	s = "城市交通建设项目今天推进，居民生活更加方便。";
	for (d = 1; d <= 30; d++) {
		path = sprintf("%s/2021-03-%02d", dir, d);
		system("mkdir -p " path);
		for (p = 1; p <= 8; p++) {
			f = sprintf("%s/p%02d.txt", path, p);
			printf "第%d版第%d天标题\n\n", p, d > f;
			for (i = 0; i < 80; i++) printf "%s", s > f;
			printf "\n\n天气%d\n\n", d > f;
			for (i = 0; i < 80; i++) printf "%s", s > f;
			printf "\n" > f;
			close(f);
		}
	}
}'
"$K" --db "$T_TMP/full.db" import "$BIG" >/dev/null 2>&1
"$K" --db "$T_TMP/full.db" list pages | cut -f1-3 >"$T_TMP/full.pages"
total=$(wc -l <"$T_TMP/full.pages")

# after_fault NAME DB STATUS: the checks every fault ends with.
after_fault() {
	_n=$1 _db=$2
	t_eq "$_n: exit 1" 1 "$3"
	t_match "$_n: the message names the store and the cause" \
	    "^kanbao: .*$(basename "$_db").*: .*(full|disk|read-only|readonly|locked|busy|write|I/O|denied)" \
	    "$(cat "$T_TMP/err")"
	t_eq "$_n: integrity_check" ok "$(integrity "$_db")"
	"$K" --db "$_db" list pages 2>/dev/null | cut -f1-3 >"$T_TMP/got.pages"
	_bad=$(grep -vxF -f "$T_TMP/full.pages" "$T_TMP/got.pages")
	t_eq "$_n: only whole pages ($(wc -l <"$T_TMP/got.pages") of $total)" \
	    "" "$_bad"
}

# rerun NAME DB: with the fault gone, the same import completes.
rerun() {
	"$K" --db "$2" import "$BIG" >/dev/null 2>&1
	"$K" --db "$2" list pages | cut -f1-3 >"$T_TMP/rerun.pages"
	if cmp -s "$T_TMP/full.pages" "$T_TMP/rerun.pages"; then
		t_ok "$1: a re-run completes the import"
	else
		t_fail "$1: a re-run completes the import" \
		    "$(diff "$T_TMP/full.pages" "$T_TMP/rerun.pages" | head -3)"
	fi
}

# --- disk full: a file size limit ---------------------------------------
# The store's files may not grow past 1 MB (ulimit -f counts 512-byte
# blocks); SIGXFSZ is ignored so that the write fails instead.
DB=$T_TMP/fsize.db
"$K" --db "$DB" import "$BIG/2021-03-01" >/dev/null 2>&1
(trap '' XFSZ; ulimit -f 2048 && exec "$K" --db "$DB" import "$BIG") \
    >"$T_TMP/out" 2>"$T_TMP/err"
after_fault "file size limit" "$DB" $?
rerun "file size limit" "$DB"

# --- disk full: a small tmpfs, and read-only mid-run ---------------------
MNT=$T_TMP/mnt
mkdir -p "$MNT"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=1m kanbao-test "$MNT" \
    2>/dev/null; then
	trap 'umount "$MNT" 2>/dev/null; rm -rf "$T_TMP"' EXIT
	DB=$MNT/k.db
	"$K" --db "$DB" import "$BIG" >"$T_TMP/out" 2>"$T_TMP/err"
	after_fault "tmpfs full" "$DB" $?
	cp "$DB" "$T_TMP/tmpfs.db"
	[ -f "$DB-wal" ] && cp "$DB-wal" "$T_TMP/tmpfs.db-wal"
	rerun "tmpfs full" "$T_TMP/tmpfs.db"

	# The filesystem remounted read-only between runs.
	umount "$MNT" && mount -t tmpfs -o size=64m kanbao-test "$MNT"
	DB=$MNT/k.db
	"$K" --db "$DB" import "$BIG/2021-03-01" >/dev/null 2>&1
	"$K" --db "$DB" list pages >"$T_TMP/before.pages"
	mount -o remount,ro "$MNT"
	"$K" --db "$DB" import "$BIG" >"$T_TMP/out" 2>"$T_TMP/err"
	st=$?
	"$K" --db "$DB" list pages >"$T_TMP/after.pages" 2>&1
	t_eq "read-only filesystem: the store still reads, unchanged" "" \
	    "$(diff "$T_TMP/before.pages" "$T_TMP/after.pages")"
	# integrity_check cannot open a WAL store on a read-only file system.
	mount -o remount,rw "$MNT"
	after_fault "read-only filesystem" "$DB" $st
	umount "$MNT"
else
	t_skip "tmpfs full" "cannot mount a tmpfs (needs root)"
	t_skip "read-only filesystem" "cannot mount a tmpfs (needs root)"
fi

# --- read-only during a run ------------------------------------------------
# The store's file and directory lose write permission while an import
# runs.  SQLite holds its files open, so the run may finish or fail; either
# way the store must be whole, and the next run must say it is read-only.
if [ "$(id -u)" = 0 ]; then
	if command -v setpriv >/dev/null 2>&1; then
		as() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
	else
		as() { return 77; }
	fi
else
	as() { "$@"; }
fi
chmod 755 "$T_TMP"
chmod -R a+rX "$BIG"
RO=$T_TMP/ro
mkdir -p "$RO"
if [ "$(id -u)" = 0 ]; then chown 65534 "$RO" 2>/dev/null; fi
if as true 2>/dev/null; then
	DB=$RO/k.db
	as "$K" --db "$DB" import "$BIG/2021-03-01" >/dev/null 2>&1
	as "$K" --db "$DB" import "$BIG" >"$T_TMP/out" 2>"$T_TMP/err" &
	pid=$!
	i=0
	while [ $i -lt 200 ]; do
		n=$(as "$K" --db "$DB" list pages 2>/dev/null | wc -l)
		[ "$n" -gt 30 ] && break
		sleep 0.05
		i=$((i + 1))
	done
	chmod 444 "$DB" "$DB-wal" "$DB-shm" 2>/dev/null
	chmod 555 "$RO"
	wait $pid
	st=$?
	if [ $st -eq 0 ] || [ $st -eq 1 ]; then
		t_ok "read-only mid-run: the import finished or stopped (exit $st)"
	else
		t_fail "read-only mid-run: the import finished or stopped" "exit $st"
	fi
	t_eq "read-only mid-run: integrity_check" ok "$(integrity "$DB")"
	"$K" --db "$DB" list pages 2>/dev/null | cut -f1-3 >"$T_TMP/got.pages"
	t_eq "read-only mid-run: only whole pages" "" \
	    "$(grep -vxF -f "$T_TMP/full.pages" "$T_TMP/got.pages")"
	as "$K" --db "$DB" import "$BIG/2021-03-02" >"$T_TMP/out" 2>"$T_TMP/err"
	st=$?
	t_eq "read-only after the run: import exits 1" 1 $st
	t_match "read-only after the run: says read-only" \
	    "k.db: the store is read-only" "$(cat "$T_TMP/err")"
	chmod 755 "$RO"
else
	t_skip "read-only mid-run" "running as root without setpriv"
fi

# --- a store locked by another writer ---------------------------------------
DB=$T_TMP/locked.db
"$K" --db "$DB" import "$BIG/2021-03-01" >/dev/null 2>&1
"$K" --db "$DB" list pages >"$T_TMP/before.pages"
if command -v python3 >/dev/null 2>&1; then
	python3 -c '
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
open(sys.argv[2], "w").close()
time.sleep(60)
' "$DB" "$T_TMP/locked" &
	lockpid=$!
	i=0
	while [ ! -f "$T_TMP/locked" ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	start=$(date +%s)
	"$K" --db "$DB" import "$BIG/2021-03-02/p01.txt" >"$T_TMP/out" \
	    2>"$T_TMP/err"
	st=$?
	secs=$(($(date +%s) - start))
	out=$("$K" --db "$DB" list pages 2>&1)
	t_eq "locked store: readers are not blocked" \
	    "$(cat "$T_TMP/before.pages")" "$out"
	kill $lockpid
	wait $lockpid 2>/dev/null
	after_fault "locked store" "$DB" $st
	if [ $secs -ge 4 ] && [ $secs -le 15 ]; then
		t_ok "locked store: waited for the lock ($secs s), then gave up"
	else
		t_fail "locked store: waited for the lock, then gave up" \
		    "gave up after $secs s"
	fi
	"$K" --db "$DB" import "$BIG/2021-03-02" >/dev/null 2>&1
	t_eq "locked store: the import succeeds once the lock is gone" 16 \
	    "$("$K" --db "$DB" list pages | wc -l)"
else
	t_skip "locked store" "no python3 to hold the lock"
fi

# Two importers at once: the second waits for the first, both succeed.
DB=$T_TMP/two.db
"$K" --db "$DB" import "$BIG/2021-03-01" >/dev/null 2>&1
"$K" --db "$DB" import "$BIG/2021-03-0"[2-9] >/dev/null 2>"$T_TMP/err1" &
p1=$!
"$K" --db "$DB" import "$BIG/2021-03-1"[0-9] >/dev/null 2>"$T_TMP/err2"
s2=$?
wait $p1
s1=$?
t_eq "two importers: both succeed" "0 0" "$s1 $s2"
t_eq "two importers: every page stored" 152 \
    "$("$K" --db "$DB" list pages | wc -l)"
t_eq "two importers: integrity_check" ok "$(integrity "$DB")"
