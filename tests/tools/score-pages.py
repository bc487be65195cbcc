#!/usr/bin/env python3
"""Scores `kanbao parse --json` on pages against their truth files.

usage: score-pages.py [--bin KANBAO] [--pages DIR] [--min-seg F] [--min-para F]
           [--min-title F] TRUTH.json...
       score-pages.py --check [--pages DIR] TRUTH.json...

Each truth file (as gen-pages writes them, or the hand-made truth of real
pages) names its page in "file", relative to --pages (default: the truth
file's directory).  The page is parsed with `KANBAO parse --json PAGE`.

What is measured, all after folding (whitespace dropped; full-width
，。：；？！（） and the ideographic space read as their ASCII forms):

  seg     segmentation of news, commentary and photo articles.  A truth
          article is found when a single output article's paragraphs contain
          every one of its body_has fragments and no fragment of any other
          truth article on the page.  Recall = found / truth articles;
          precision = output articles of those three kinds that found one /
          output articles of those kinds.  F1 of the two.
  title   found articles whose output title is one of the truth's titles.
  weather pages whose weather high and low equal the truth's.
  topic   micro-F1 of the investment and enterprise labels, over the found
          articles.
  para    (when the truth lists para_starts) F1 of paragraph starts: the
          first 8 folded characters of each output paragraph of a found
          article against the truth's list.
  midbreak share of output paragraphs longer than 12 characters, other than
          an article's last, that do not end like a sentence (a paragraph
          cut at a column or line break).
  cjk-spaces whitespace between two CJK characters, per 1000 characters of
          output body text (spaces the extractor put in, left in place).

Prints one line per page and a TOTAL line.

--check runs no parser: it checks the truth against its page, that every
body_has fragment is in the page's folded text and that no fragment of one
article is in another's (so a generator bug cannot make the scores lie),
and prints the problems; exit 1 if any.  A page whose truth says "format":
"layout" (pdftotext -layout: two columns side by side) is read column by
column first, split at its gutter; form feeds separate pages.  Exit status: 0; 1 with
--min-seg F when the TOTAL seg-F1 is below F (or a page failed to parse),
with --min-para F when the TOTAL para-F1 is below F, or with --min-title F
when the share of found articles with the right title is below F; 2 on
bad usage.
"""
import json
import os
import re
import subprocess
import sys

KINDS = ("news", "commentary", "photo")
TOPICS = {"investment", "enterprise"}
FULLWIDTH = {"，": ",", "。": ".", "：": ":", "；": ";", "？": "?",
             "！": "!", "（": "(", "）": ")", "　": " "}
FOLD_TABLE = str.maketrans(FULLWIDTH)
SENTENCE_END = ("。", "！", "？", "”", "」", "』", "…", "）", ".", "!", "?",
                ")", '"')
CJK_SPACE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff][ \t\u3000]+"
                       r"[\u3400-\u9fff\uf900-\ufaff]")


def fold(text):
    """The comparison form of a text: folded marks, no whitespace."""
    return "".join((text or "").translate(FOLD_TABLE).split())


def paragraphs(article):
    ps = article.get("paragraphs") or []
    if isinstance(ps, str):
        ps = [ps]
    return [p for p in ps if isinstance(p, str)]


def parse_page(binary, path):
    """Runs the parser; returns (document, None) or (None, why)."""
    try:
        run = subprocess.run([binary, "parse", "--json", path],
                             capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, "cannot run: %s" % e
    if run.returncode != 0:
        err = run.stderr.decode("utf-8", "replace").strip()
        return None, "exit %d: %s" % (run.returncode, err[:160])
    try:
        doc = json.loads(run.stdout.decode("utf-8"))
    except ValueError as e:
        return None, "bad JSON: %s" % e
    if isinstance(doc, list):
        doc = doc[0] if doc else {}
    if not isinstance(doc, dict):
        return None, "JSON is not an object"
    return doc, None


class Tally:
    FIELDS = ("truth", "found", "outs", "outs_found", "titles", "tp", "fp",
              "fn", "wx_pages", "wx_ok", "ps_hit", "ps_out", "ps_truth",
              "paras", "midbreaks", "chars", "cjk_spaces")

    def __init__(self):
        for f in self.FIELDS:
            setattr(self, f, 0)
        self.failed = 0

    def add(self, other):
        for f in self.FIELDS:
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.failed += other.failed


def f1(hits, got, want):
    if got == 0 or want == 0 or hits == 0:
        return 0.0
    p, r = hits / got, hits / want
    return 2 * p * r / (p + r)


def seg_f1(t):
    if t.truth == 0 or t.outs == 0 or t.found == 0 or t.outs_found == 0:
        return 0.0
    recall = t.found / t.truth
    precision = t.outs_found / t.outs
    return 2 * precision * recall / (precision + recall)


def score(truth, doc):
    t = Tally()
    wanted = [a for a in truth.get("articles", []) if a.get("kind") in KINDS]
    outs = [a for a in doc.get("articles") or [] if isinstance(a, dict)]
    bodies = [fold("".join(paragraphs(a))) for a in outs]
    frags = [[fold(f) for f in a.get("body_has", [])] for a in wanted]
    t.truth = len(wanted)
    claimed = set()
    for i, want in enumerate(wanted):
        # The output article holding most of this article's fragments.
        best, most = None, 0
        for j, body in enumerate(bodies):
            n = sum(1 for f in frags[i] if f in body)
            if n > most:
                best, most = j, n
        if best is None or most < len(frags[i]):
            continue
        foreign = [f for k in range(len(wanted)) if k != i for f in frags[k]]
        if any(f in bodies[best] for f in foreign):
            continue
        t.found += 1
        claimed.add(best)
        got = outs[best]
        if fold(got.get("title")) in [fold(x) for x in want.get("title", [])]:
            t.titles += 1
        starts = want.get("para_starts")
        if starts:
            mine = [fold(p)[:8] for p in paragraphs(got) if fold(p)]
            t.ps_hit += sum(1 for s in mine if s in starts)
            t.ps_out += len(mine)
            t.ps_truth += len(starts)
        w = set(want.get("topics") or []) & TOPICS
        g = set(got.get("topics") or []) & TOPICS
        t.tp += len(w & g)
        t.fp += len(g - w)
        t.fn += len(w - g)
    kind_outs = [j for j, a in enumerate(outs) if a.get("kind") in KINDS]
    t.outs = len(kind_outs)
    t.outs_found = sum(1 for j in kind_outs if j in claimed)
    if truth.get("weather"):
        t.wx_pages = 1
        w = doc.get("weather") or {}
        t.wx_ok = int(str(w.get("high")) == str(truth["weather"]["high"]) and
                      str(w.get("low")) == str(truth["weather"]["low"]))
    text = []
    for j in kind_outs:
        ps = paragraphs(outs[j])
        for p in ps[:-1]:
            p = p.strip()
            if len(fold(p)) > 12:
                t.paras += 1
                t.midbreaks += not p.endswith(SENTENCE_END)
        text.append("".join(ps))
    text = "".join(text)
    t.chars = len(text)
    t.cjk_spaces = len(CJK_SPACE.findall(text))
    return t


def dwidth(s):
    """Display width: a non-ASCII character takes two columns."""
    return sum(1 if ord(c) < 0x80 else 2 for c in s)


def decolumn(text):
    """Two-column -layout text in reading order: left column, then right.

    The gutter is where the right column starts: the most common display
    column of text that follows a run of three or more spaces.  Lines
    above the first and below the last line with text there (a page's
    header and footer) stay where they are."""
    out = []
    for page in text.split("\f"):
        lines = page.split("\n")
        starts = {}
        for line in lines:
            for m in re.finditer(r" {3,}(?=\S)", line):
                col = dwidth(line[:m.end()])
                starts[col] = starts.get(col, 0) + 1
        if not starts:
            out.append(page)
            continue
        gutter = max(sorted(starts), key=lambda c: starts[c])
        halves = []
        for line in lines:
            w, i = 0, 0
            while i < len(line) and w < gutter:
                w += dwidth(line[i])
                i += 1
            halves.append((line[:i], line[i:]))
        rows = [i for i, (l, r) in enumerate(halves)
                if r.strip() and l.endswith("   ")]
        top, bottom = lines[:rows[0]], lines[rows[-1] + 1:]
        left = [l for l, r in halves[rows[0]:rows[-1] + 1]]
        right = [r for l, r in halves[rows[0]:rows[-1] + 1]]
        out.append("\n".join(top + left + right + bottom))
    return "\f".join(out)


def check(truth, page):
    """Problems of a truth file against its page text, as strings."""
    with open(page, encoding="utf-8") as f:
        text = f.read()
    if truth.get("format") == "layout":
        text = decolumn(text)
    text = fold(text)
    bad = []
    arts = [a for a in truth.get("articles", []) if a.get("kind") in KINDS]
    for i, a in enumerate(arts):
        if not a.get("body_has"):
            bad.append("%s: no body_has" % a.get("title"))
        for frag in a.get("body_has", []):
            if fold(frag) not in text:
                bad.append("not in page: %s" % frag)
            for k, b in enumerate(arts):
                if k != i and any(fold(frag) == fold(x) or fold(frag) in
                                  fold(x) for x in b.get("body_has", [])):
                    bad.append("shared with %s: %s" % (b.get("title"), frag))
    return bad


def main(argv):
    binary, pagedir, min_seg, files = "./kanbao", None, None, []
    min_para = min_title = None
    checking = False
    args = iter(argv)
    try:
        for a in args:
            if a == "--check":
                checking = True
            elif a == "--bin":
                binary = next(args)
            elif a == "--pages":
                pagedir = next(args)
            elif a == "--min-seg":
                min_seg = float(next(args))
            elif a == "--min-para":
                min_para = float(next(args))
            elif a == "--min-title":
                min_title = float(next(args))
            elif a.startswith("-"):
                raise ValueError(a)
            else:
                files.append(a)
    except (StopIteration, ValueError):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    if not files:
        print("score-pages.py: no truth files", file=sys.stderr)
        return 2

    if checking:
        problems = 0
        for path in files:
            with open(path, encoding="utf-8") as f:
                truth = json.load(f)
            page = os.path.join(pagedir or os.path.dirname(path),
                                truth["file"])
            for why in check(truth, page):
                print("%s: %s" % (truth["file"], why))
                problems += 1
        return 1 if problems else 0

    total = Tally()
    for path in files:
        with open(path, encoding="utf-8") as f:
            truth = json.load(f)
        page = os.path.join(pagedir or os.path.dirname(path), truth["file"])
        name = truth["file"]
        doc, why = parse_page(binary, page)
        if doc is None:
            t = Tally()
            t.truth = sum(1 for a in truth.get("articles", [])
                          if a.get("kind") in KINDS)
            t.wx_pages = 1 if truth.get("weather") else 0
            t.failed = 1
            total.add(t)
            print("%-22s FAIL %s" % (name, why))
            continue
        t = score(truth, doc)
        total.add(t)
        wx = "-" if not t.wx_pages else ("ok" if t.wx_ok else "WRONG")
        print("%-22s seg %d/%d (F1 %.2f)  titles %d/%d  weather %s  "
              "midbreaks %d/%d  cjk-spaces %d"
              % (name, t.found, t.truth, seg_f1(t), t.titles, t.found, wx,
                 t.midbreaks, t.paras, t.cjk_spaces))

    seg = seg_f1(total)
    para = ("%.3f" % f1(total.ps_hit, total.ps_out, total.ps_truth)
            if total.ps_truth else "-")
    print("TOTAL seg-F1 %.3f (recall %d/%d, precision %d/%d)  title %d/%d  "
          "weather %d/%d  topic-F1 %.2f  para-F1 %s  midbreak %.3f  "
          "cjk-spaces/1k %.2f%s"
          % (seg, total.found, total.truth, total.outs_found, total.outs,
             total.titles, total.found, total.wx_ok, total.wx_pages,
             f1(total.tp, total.tp + total.fp, total.tp + total.fn), para,
             total.midbreaks / total.paras if total.paras else 0.0,
             1000.0 * total.cjk_spaces / total.chars if total.chars else 0.0,
             "  failed %d" % total.failed if total.failed else ""))
    if min_seg is not None and (seg < min_seg or total.failed):
        return 1
    if min_para is not None and f1(total.ps_hit, total.ps_out,
                                   total.ps_truth) < min_para:
        return 1
    if min_title is not None and (total.titles < min_title * total.found
                                  or total.found == 0):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
