#!/usr/bin/env python3
"""Checks for the hostile-input tests (tests/cli/hostile.sh, faults.sh).

usage: python3 tests/hostile/check.py clean FILE...
       python3 tests/hostile/check.py integrity DB

clean: every FILE is valid UTF-8 in which nothing could drive or confuse a
terminal (docs on CJK text, ncursesw section): no C0 control but newline
and tab, no DEL, no C1 control, no bidi control or mark, no zero-width
format character but a joiner inside an emoji sequence, no line or
paragraph separator, no unassigned code point, no Hangul filler, no tag
character outside an emoji tag sequence and no variation selector that
selects nothing.  Prints what it found
and exits 1 otherwise.

integrity: prints the result of PRAGMA integrity_check on DB ("ok").
"""

import re
import sqlite3
import sys
import unicodedata

# What may never reach the terminal; a zero-width joiner only inside an
# emoji sequence (after an emoji or its presentation selector).
# Hangul fillers, tag characters outside an emoji tag sequence (a black
# flag, then tags) and variation selectors that select nothing (at a line's
# start, after a space or another selector) are invisible text.
BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u200b\u200c"
                 "\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f"
                 "\ufeff\ufff9-\ufffb\u115f\u1160\u3164\uffa0]"
                 "|(?<![\U0001f000-\U0010ffff\ufe0f])\u200d"
                 "|(?<![\U0001F3F4\U000E0020-\U000E007E])"
                 "[\U000E0000-\U000E007F]"
                 "|(?:^|(?<=[\s\u3000\ufe00-\ufe0f\U000E0100-\U000E01EF]))"
                 "[\ufe00-\ufe0f\U000E0100-\U000E01EF]", re.M)


def clean(paths):
    status = 0
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            print("%s: invalid UTF-8 at byte %d" % (path, e.start))
            status = 1
            continue
        found = ["U+%04X at %d" % (ord(m.group()), m.start())
                 for m in BAD.finditer(text)]
        # Unassigned: each distinct character asked once.
        found += ["U+%04X (unassigned)" % ord(c) for c in sorted(set(text))
                  if unicodedata.category(c) in ("Cn", "Cs")]
        if found:
            print("%s: %d bad characters: %s" % (path, len(found),
                                                 ", ".join(found[:8])))
            status = 1
    return status


def integrity(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    rows = db.execute("PRAGMA integrity_check").fetchall()
    print("\n".join(r[0] for r in rows))
    return 0


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "clean":
        return clean(sys.argv[2:])
    if len(sys.argv) == 3 and sys.argv[1] == "integrity":
        return integrity(sys.argv[2])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
