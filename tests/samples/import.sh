#!/bin/sh
# Imports the bundled sample issues (tests/samples/pages) into a store, for
# `make run`.  Quiet, and idempotent: pages already there (same content)
# are skipped by the store, so running it again changes nothing.
#
# usage: sh tests/samples/import.sh KANBAO DB
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:?usage: import.sh KANBAO DB}
db=${2:?usage: import.sh KANBAO DB}
mkdir -p "$(dirname "$db")"
"$bin" --db "$db" import "$here/pages" >/dev/null
