#!/bin/sh
# Reproductions of attacks on kanbao, each a regression test: hostile
# directory trees (link loops, FIFOs, devices, names too long for a path),
# hostile stores (bad user_version, foreign or empty databases, WAL files),
# hostile names (escape sequences in file names reaching the terminal) and
# hostile output (a full disk).
. "$(dirname "$0")/../lib.sh"

K=$KANBAO
cd "$T_TMP" || exit 1
PAGE=$TOP/tests/samples/pages/2024-03-05/p1.txt

# --- directory walks --------------------------------------------------------
# Two links to "." once made the walk visit 2^33 directories.
mkdir loop
cp "$PAGE" loop/p1.txt
ln -s . loop/a
ln -s . loop/b
timeout 60 "$K" --db loop.db import loop >out 2>err
t_eq "import: links to . end (exit 0)" 0 $?
t_match "import: the page is imported once" "imported 1 pages" "$(cat out)"
t_eq "import: one page stored" 1 "$("$K" --db loop.db list pages | wc -l)"
t_eq "import: the loop is said once" 1 "$(grep -c 'not followed' err)"
t_match "import: the loop names a link" "loop/a and 1 more: links back" \
    "$(cat err)"

# A link to a directory above (not to itself) is a loop too.
mkdir -p up/x/y
cp "$PAGE" up/x/y/p2.txt
ln -s ../.. up/x/y/top
timeout 60 "$K" --db up.db import up >out 2>err
t_match "import: a link to a grandparent is not followed" \
    "up/x/y/top: a link back" "$(cat err)"
t_eq "import: the page under it is imported once" 1 \
    "$("$K" --db up.db list pages | wc -l)"

# A directory too deep for a path is reported, not skipped silently.
long=$(printf 'd%.0s' $(seq 1 200))
deep=deep
i=0
while [ $i -lt 22 ]; do
	deep=$deep/$long
	i=$((i + 1))
done
if mkdir -p "$deep" 2>/dev/null; then
	timeout 60 "$K" --db deep.db import deep >out 2>err
	st=$?
	t_eq "import: a path too long is an error (exit 1)" 1 $st
	t_match "import: a path too long is named" "File name too long" \
	    "$(cat err)"
else
	t_skip "import: a path too long" "cannot make the tree here"
fi

# --- FIFOs and devices ------------------------------------------------------
mkdir fifo
mkfifo fifo/p1.txt
timeout 20 "$K" --db fifo.db import fifo >out 2>err
t_eq "import: a FIFO is refused (exit 1, no hang)" 1 $?
t_match "import: the FIFO is named" "fifo/p1.txt: not a regular file" \
    "$(cat err)"
timeout 20 "$K" parse fifo/p1.txt >out 2>err
t_eq "parse: a FIFO is refused (exit 1, no hang)" 1 $?
timeout 20 "$K" parse /dev/zero >out 2>err
t_eq "parse: /dev/zero is refused" 1 $?
t_match "parse: /dev/zero is not a regular file" \
    "/dev/zero: not a regular file" "$(cat err)"
# A pipe past the limit is refused at the limit, not at twice it.
if command -v prlimit >/dev/null 2>&1; then
	head -c 300000000 /dev/zero | prlimit --as=900000000 \
	    "$K" parse - >out 2>err
	t_match "parse: a pipe past the limit is refused" \
	    "file too large" "$(cat err)"
fi
