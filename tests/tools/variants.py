#!/usr/bin/env python3
"""Make variants of the corpus pages as other extractors and other issues
would give them, to check that the parser reads each about as well as the
page it was made from.

usage: variants.py CORPUS OUTDIR
Writes OUTDIR/<set>-<variant>/ (set = dev | seed) holding NAME.txt pages and
their truth .json files (the truth's "file" names the page in that directory),
plus OUTDIR/seed-base/ (the 3 raw seed pages) and OUTDIR/dev-base/ (a copy of
corpus/dev .txt + .json), and OUTDIR/stats.txt (what each variant changed).
The traditional variants print, page and truth alike, every simplified
character kanbao folds in its traditional form, and “”‘’ as 「」『』.

Paragraph starts (for the indent variants):
  dev pages : taken from the truth's para_starts (first 8 chars of every printed
              paragraph, whitespace removed), matched in order against the lines
              of the article, starting at the line that holds body_has[0].
  seed pages: (no para_starts in their truth) the heuristic below, plus the
              line that begins each truth article's body_has[0].
  heuristic : a non-blank line L is a paragraph's first line when the previous
              non-blank line P ends a sentence (。！？…” ；：」』) and L is at
              least 3 display columns (CJK = 2) narrower than the column, the
              column being the widest of the next 2 non-blank lines; L must be
              followed by a non-blank line (blank lines between allowed, as in
              the seed pages' column breaks) at least 16 columns wide.
              (pdftotext drops the two-character first-line indent but the line
              still holds 2 characters fewer, which is what this finds.)
  The heuristic's precision/recall against the dev truth is written to stats.txt.
"""
import datetime, hashlib, json, os, random, re, shutil, subprocess, sys, unicodedata

SENT_END = tuple("。！？…”；：」』!?")
NAMES = ["张三", "李明华", "王晓燕", "陈立新", "刘雨桐", "赵海涛", "周文静", "吴建国"]
SECTIONS = ["要闻", "综合", "经济", "社会", "国际", "文化", "体育", "生态"]
WEEK = "一二三四五六日"


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def norm(s):
    return re.sub(r"\s+", "", s)


def pick(lst, key):
    return lst[int(hashlib.md5(key.encode()).hexdigest(), 16) % len(lst)]


def furniture(t, name):
    d = datetime.date.fromisoformat(t["date"])
    paper = "本报"
    sec = pick(SECTIONS, name)
    head = ["%d年%d月%d日 星期%s" % (d.year, d.month, d.day, WEEK[d.weekday()]),
            "第%d版　%s" % (t["page"], sec)]
    foot = ["%s　责任编辑：%s" % (paper, pick(NAMES, name + "e")), "美术编辑：%s" % pick(NAMES, name + "a")]
    return head, foot


# ---------- paragraph starts ----------
def heuristic_starts(lines):
    starts = set()
    nb = [i for i, l in enumerate(lines) if l.strip()]
    for k, i in enumerate(nb):
        if k == 0:
            continue
        p = lines[nb[k - 1]].rstrip()
        if not p.endswith(SENT_END):
            continue
        nxt = [lines[j].strip() for j in nb[k + 1:k + 3]]
        if not nxt:
            continue
        col = max(dw(x) for x in nxt)
        if col < 16 or dw(nxt[0]) < 16:
            continue
        if dw(lines[i].strip()) <= col - 3:
            starts.add(i)
    return starts


def truth_starts(lines, truth):
    """line indexes of every truth paragraph start (dev truth with para_starts)."""
    nl = [norm(l) for l in lines]
    starts, missed = set(), 0
    for a in truth["articles"]:
        ps = a.get("para_starts") or []
        if not ps:
            continue
        b0 = norm(a["body_has"][0])[:8]
        pos = next((i for i, x in enumerate(nl) if x and (x + "".join(nl[i + 1:i + 3])).startswith(b0)), 0)
        for p in ps:
            p = norm(p)
            for i in range(pos, len(lines)):
                if nl[i] and (nl[i] + "".join(nl[i + 1:i + 3])).startswith(p):
                    starts.add(i); pos = i + 1
                    break
            else:
                missed += 1
    return starts, missed


def seed_starts(lines, truth):
    s = heuristic_starts(lines)
    nl = [norm(l) for l in lines]
    for a in truth["articles"]:
        b0 = norm(a["body_has"][0])[:8]
        for i, x in enumerate(nl):
            if x and (x + "".join(nl[i + 1:i + 3])).startswith(b0):
                s.add(i); break
    return s


# ---------- variants ----------
def indent(lines, starts, ind):
    return [ind + l.lstrip(" ") if i in starts else l for i, l in enumerate(lines)]


def header_footer(lines, head, foot, every=45):
    out = []
    for h in head:
        out += [h, ""]
    for i, l in enumerate(lines):
        if i and i % every == 0:
            out += [""] + sum([[f, ""] for f in foot], []) + sum([[h, ""] for h in head], [])
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    out += [""] + sum([[f, ""] for f in foot], [])
    return out


def column_breaks(lines, name, n=3):
    """Part the text at n more places inside a sentence, as a column break
    does in pdftotext's output: a blank line after a line of text that ends
    no sentence, 24 display columns wide or more with a pause or a stop in
    it (no heading's line), and before another line of text.  The places
    are drawn by a generator seeded with the page's name."""
    rnd = random.Random(hashlib.md5(name.encode("utf-8")).hexdigest())
    cand = [i for i in range(1, len(lines) - 1)
            if lines[i].strip() and lines[i + 1].strip()
            and not lines[i].rstrip().endswith(SENT_END)
            and dw(lines[i].strip()) >= 24 and re.search("[，、；：。]", lines[i])]
    pick = set(rnd.sample(cand, min(n, len(cand))))
    out = []
    for i, l in enumerate(lines):
        out.append(l)
        if i in pick:
            out.append("")
    return out, sorted(pick)


def formfeed(text, head):
    body = text.rstrip("\f").rstrip("\n")
    lines = body.split("\n")
    mid = len(lines) // 2
    blanks = [i for i, l in enumerate(lines) if not l.strip() and 0 < i < len(lines) - 1]
    k = min(blanks, key=lambda i: abs(i - mid))
    first = "\n".join(lines[:k]).rstrip("\n")
    second = "\n".join(lines[k + 1:])
    return first + "\n\n\f" + "\n\n".join(head) + "\n\n" + second + "\n\n\f"


WORD = re.compile(r"[A-Za-z][A-Za-z0-9]{4,}")
CLOSE = set("，。、；：！？）”’》」』,.;:!?)")


def tokens(s):
    """ASCII alnum runs stay whole; every other char is its own token."""
    return re.findall(r"[A-Za-z0-9.%+\-]+|.", s)


def wrap(toks, W):
    out, cur = [], ""
    for t in toks:
        if cur and dw(cur) + dw(t) > W and not (t[0] in CLOSE and len(t) == 1):
            out.append(cur); cur = t.lstrip(" ") if t == " " else t
            if cur == " ":
                cur = ""
        else:
            cur += t
    if cur:
        out.append(cur)
    return [x.rstrip(" ") for x in out]


def hyphen_latin(lines):
    """Break each body Latin word of 5+ chars ([A-Za-z][A-Za-z0-9]{4,}) across a
    line end with a hyphen, re-wrapping the rest of its paragraph to the column."""
    lines = list(lines)
    strict = sum(1 for l in lines if WORD.search(l.rstrip() + "\0") and re.search(r"[A-Za-z][A-Za-z0-9]{4,}$", l.rstrip()))
    done = []
    i = 0
    while i < len(lines):
        l = lines[i]
        m = WORD.search(l)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not m or not nxt.strip() or "www" in l or "http" in l or dw(l.strip()) < 16:
            i += 1; continue
        # paragraph span: from s (i, or i-1 when the word opens the line) to e
        s = i - 1 if m.start() == len(l) - len(l.lstrip()) and i > 0 and lines[i - 1].strip() else i
        e = i
        while e + 1 < len(lines) and lines[e + 1].strip() and not lines[e].rstrip().endswith(SENT_END):
            e += 1
        span = lines[s:e + 1]
        W = max(dw(x) for x in span)
        w = m.group(0)
        # text before the word (whole of lines s..i-1 plus this line's prefix), the word, the rest
        before = "".join(span[:i - s]) + l[:m.start()]
        after = l[m.end():] + "".join(lines[i + 1:e + 1])
        # break the line holding the word's head: keep as much of `before` as fits
        bl = wrap(tokens(before), W) if before else [""]
        last = bl[-1]
        room = W - dw(last)
        k = max(2, min(len(w) // 2, room - 1))
        if room < 3:          # no room: push the last 2 chars of that line down
            after_head = last[-2:]
            last = last[:-2]; k = 2
        else:
            after_head = ""
        bl[-1] = last + w[:k] + "-"
        rest = wrap(tokens(after_head + w[k:] + after), W)
        new = bl + rest
        lines[s:e + 1] = new
        done.append(w[:k] + "-/" + w[k:])
        i = s + len(new)
    return lines, done, strict


def signoff_inline(lines):
    """Set each bracketed sign-off that stands on a line of its own after a
    sentence's end ((王强), (本报记者 王强)) at the end of the line above,
    as an extractor does when it keeps the sign-off where the type ran it
    in.  Returns the lines and the number moved."""
    out = []
    moved = 0
    for l in lines:
        if (re.fullmatch(r"\s*（[^（）]{2,12}）\s*", l) and out and
                out[-1].rstrip().endswith(("。", "”", "！", "？"))):
            out[-1] = out[-1].rstrip() + l.strip()
            moved += 1
        else:
            out.append(l)
    return out, moved


def traditional_table():
    """The simplified -> traditional map of every pair kanbao folds (the
    table in src/parse-fold.c, its first traditional form for a simplified
    one), quotes included: what a page printed in traditional characters
    holds where the parser's cue words are."""
    src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                            "src", "parse-fold.c"), encoding="utf-8").read()
    body = src[src.index("parse_fold_text[] ="):]
    body = body[:body.index(";")]
    pairs = "".join(re.findall(r'"([^"]*)"', body)).split()
    m = {}
    for p in pairs:
        if len(p) == 2:
            m.setdefault(p[1], p[0])
    return m


def traditional(s, m):
    return "".join(m.get(c, c) for c in s)


def traditional_truth(t, m):
    if isinstance(t, str):
        return traditional(t, m)
    if isinstance(t, list):
        return [traditional_truth(x, m) for x in t]
    if isinstance(t, dict):
        return {k: (v if k == "file" else traditional_truth(v, m)) for k, v in t.items()}
    return t


def main(CORPUS, out):
    os.makedirs(out, exist_ok=True)
    stats = []
    sets = []
    for f in sorted(os.listdir(CORPUS + "/dev")):
        if f.endswith(".json"):
            t = json.load(open(os.path.join(CORPUS, "dev", f), encoding="utf-8"))
            sets.append(("dev", f, t, os.path.join(CORPUS, "dev", t["file"])))
    for f in sorted(os.listdir(CORPUS + "/truth")):
        t = json.load(open(os.path.join(CORPUS, "truth", f), encoding="utf-8"))
        if t.get("format") == "raw":
            sets.append(("seed", f, t, os.path.join(CORPUS, "pages", t["file"])))

    def put(d, tf, t, text, fname=None):
        os.makedirs(d, exist_ok=True)
        t = dict(t)
        if fname:
            t["file"] = fname
        open(os.path.join(d, t["file"]), "w", encoding="utf-8").write(text)
        json.dump(t, open(os.path.join(d, tf), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

    hstat = dict(tp=0, fp=0, fn=0)
    trad = traditional_table()
    for st, tf, t, page in sets:
        name = os.path.splitext(t["file"])[0]
        text = open(page, encoding="utf-8").read()
        trail = text[len(text.rstrip("\f\n")):]
        lines = text.rstrip("\f\n").split("\n")
        put(os.path.join(out, st + "-base"), tf, t, text)
        if st == "dev":
            starts, missed = truth_starts(lines, t)
            hs = heuristic_starts(lines)
            hstat["tp"] += len(hs & starts); hstat["fp"] += len(hs - starts); hstat["fn"] += len(starts - hs)
            nps = sum(len(a.get("para_starts") or []) for a in t["articles"])
            stats.append("%s indent: %d of %d truth para_starts found (%d missed)" % (name, len(starts), nps, missed))
        else:
            starts = seed_starts(lines, t)
            stats.append("%s indent: %d paragraph starts (heuristic + body_has[0])" % (name, len(starts)))
        j = lambda ls: "\n".join(ls) + trail
        put(os.path.join(out, st + "-indent-ideographic"), tf, t, j(indent(lines, starts, "\u3000\u3000")))
        put(os.path.join(out, st + "-indent-spaces"), tf, t, j(indent(lines, starts, "    ")))
        head, foot = furniture(t, name)
        put(os.path.join(out, st + "-header-footer"), tf, t, j(header_footer(lines, head, foot)))
        put(os.path.join(out, st + "-formfeed"), tf, t, formfeed(text, head))
        cb, at = column_breaks(lines, name)
        put(os.path.join(out, st + "-column-breaks"), tf, t, j(cb))
        stats.append("%s column-breaks: after lines %s" % (name, " ".join(str(i + 1) for i in at)))
        si, moved = signoff_inline(lines)
        put(os.path.join(out, st + "-signoff-inline"), tf, t, j(si))
        stats.append("%s signoff-inline: sign-offs moved up: %d" % (name, moved))
        hl, done, strict = hyphen_latin(lines)
        put(os.path.join(out, st + "-hyphen-latin"), tf, t, j(hl))
        put(os.path.join(out, st + "-traditional"), tf, traditional_truth(t, trad), traditional(text, trad))
        stats.append("%s hyphen-latin: lines already ending in a 5+ Latin word: %d; breaks made: %s" % (name, strict, " ".join(done) or "none"))
        if st == "dev" and shutil.which("pdftotext"):
            pdf = os.path.splitext(page)[0] + ".pdf"
            d = os.path.join(out, "dev-layout")
            os.makedirs(d, exist_ok=True)
            subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, os.path.join(d, name + ".txt")], check=True)
            lt = open(os.path.join(d, name + ".txt"), encoding="utf-8").read()
            put(d, tf, t, lt)
            put(os.path.join(out, "dev-layout-traditional"), tf, traditional_truth(t, trad), traditional(lt, trad))
    p = hstat["tp"] / max(1, hstat["tp"] + hstat["fp"]); r = hstat["tp"] / max(1, hstat["tp"] + hstat["fn"])
    stats.append("paragraph-start heuristic vs dev truth: tp %d fp %d fn %d  precision %.3f recall %.3f" % (hstat["tp"], hstat["fp"], hstat["fn"], p, r))
    open(os.path.join(out, "stats.txt"), "w", encoding="utf-8").write("\n".join(stats) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: variants.py CORPUS OUTDIR")
    main(sys.argv[1], sys.argv[2])
