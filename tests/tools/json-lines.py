#!/usr/bin/env python3
"""Lays JSON out one field a line, for golden files a person can read in a
diff.

usage: python3 tests/tools/json-lines.py <in.json >out.json

Reads one or more JSON values (as kanbao writes them: compact, one a line,
or an array of one object a line) and writes each with two spaces of
indent a level.  Strings and numbers are copied exactly as written, not
decoded and encoded again, so the result shows what kanbao wrote; only the
white space between tokens is not kept.  Exits 1, saying why, when the
input is not JSON or an object names a key twice.
"""
import json
import re
import sys

TOKEN = re.compile(r'\s*("(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+)', re.S)


def unique_keys(pairs):
    seen = set()
    for k, _ in pairs:
        if k in seen:
            raise ValueError("key %r twice in one object" % k)
        seen.add(k)
    return dict(pairs)


def check(text):
    """Raises ValueError unless text is a sequence of JSON values."""
    dec = json.JSONDecoder(object_pairs_hook=unique_keys)
    i, n = 0, 0
    while True:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        if i == len(text):
            break
        _, i = dec.raw_decode(text, i)
        n += 1
    if n == 0:
        raise ValueError("no JSON value")


def lay_out(text):
    out, depth = [], 0
    toks = [m.group(1) for m in TOKEN.finditer(text)]

    def newline():
        out.append("\n" + "  " * depth)

    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in "{[" and nxt is not None and nxt in "}]":
            out.append(t)
        elif t in "{[":
            out.append(t)
            depth += 1
            newline()
        elif t in "}]":
            if out and out[-1] not in "{[":
                depth -= 1
                newline()
            out.append(t)
        elif t == ",":
            out.append(",")
            newline()
        elif t == ":":
            out.append(": ")
        else:
            out.append(t)
        if depth == 0 and t not in ",:" and (nxt is None or nxt not in ",:}]"):
            out.append("\n")
    return "".join(out)


def main():
    text = sys.stdin.buffer.read().decode("utf-8")
    try:
        check(text)
    except ValueError as e:
        sys.stderr.write("json-lines: not JSON: %s\n" % e)
        return 1
    sys.stdout.buffer.write(lay_out(text).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
