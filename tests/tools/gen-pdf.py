#!/usr/bin/env python3
"""gen-pdf: typesets our own article sources (tests/samples/src, the format
gen-pages reads) as newspaper-like PDF pages, and checks what kanbao's
layout front end makes of them.  Also writes hostile PDFs.

usage: gen-pdf.py pages SRC_DIR OUT_DIR [--seed N] [--gutter PT] [--traditional]
                   [--subheads]
         writes OUT_DIR/NAME.pdf for every SRC_DIR/NAME.txt, and OUT_DIR/all.pdf
         with every page in one file; a narrow gutter (30) makes pdftotext
         put a headline and the body beside it in one line; OUT_DIR/NAME.gaps
         names the titles set on one line with phrases a quarter em apart;
         --traditional sets what the page adds of its own (天气预报, 下转,
         责任编辑) in traditional form too, for sources made by
         "gen-pdf.py traditional"; --subheads sets a subhead of our own over
         the third paragraph of every story of four or more, on two lines,
         centred and a little larger than the body, and the byline of a
         story over two columns or more at the top of its second column,
         centred and larger (subheaded())
       gen-pdf.py check SRC.txt PARSE.json [NAME.gaps] [--subheads]
         prints one TAP line per check ("ok - ...", "not ok - ...")
       gen-pdf.py traditional SRC_DIR OUT_DIR
         writes every SRC_DIR/NAME.txt again as OUT_DIR/NAME.txt, the
         characters of kanbao's cue words (本报, 记者, 摄, 天气) and the
         quotes in their traditional forms (variants.py's table)
       gen-pdf.py hostile OUT_DIR
         writes truncated.pdf, bomb.pdf (a deflate bomb), pages5000.pdf,
         words100k.pdf, scanned.pdf (no text layer)
       gen-pdf.py undated-first OUT.pdf
         writes a page that prints no date, then a page that does

The writer needs nothing but Python: text is set in a CID font that is not
embedded (Identity-H, CID = Unicode code point) with a ToUnicode map, which
is all pdftotext needs; pictures are grey boxes.  The page is a grid of five
columns; each article is a rectangular module spanning one to three columns,
its head (kicker, title in large type, subtitle) over the columns, its body
set at 9.5 pt, justified to 14 characters, with a two-character first-line
indent and closing punctuation hung at the line end.  Titles are set in fake
bold (drawn twice, a hair apart) on every other page, centred on some.
"""
import json, random, re, sys, zlib

BODY = 9.5
NCH = 14                      # Han characters per column line
COLW = NCH * BODY
GUT = 40.0                    # gutter between columns (--gutter)
NCOL = 5
LEFT = 40.0
PAGEW = 2 * LEFT + NCOL * COLW + (NCOL - 1) * GUT
TOP = 78.0
PITCH = 1.5 * BODY
HANG = set("，。、；：？！”’）》」』…")
SUBHEADS = False              # --subheads
SUB = 1.05 * BODY             # a subhead's type size
BYLINE_BIG = 1.12 * BODY      # a byline's at a column's top
# Subheads of our own, each longer than a column's line.
SUBHEAD_TEXT = ["湖城港区企业服务专员全程跟进项目建设",
                "澄湖新区一季度重点工程进度全面提速赶超"]


def subheaded(a, k):
    """The paragraphs of article a (the page's k-th) as (text, subhead):
    under --subheads a story of four paragraphs or more gets a subhead
    over its third."""
    paras = [(p, False) for p in a["paras"]]
    if SUBHEADS and a["kind"] == "news" and len(paras) >= 4:
        paras.insert(2, (SUBHEAD_TEXT[k % len(SUBHEAD_TEXT)], True))
    return paras


def units(ch):
    return 0.5 if ord(ch) < 0x2e80 else 1.0


def wrap(text, width, first_indent):
    """Lines of (text, indent_units); width in Han units."""
    lines, cur, used, indent = [], "", 0.0, first_indent
    for ch in text:
        u = units(ch)
        if used + u > width - indent + 1e-9 and cur:
            if ch in HANG:          # hung at the line end
                cur += ch
                lines.append((cur, indent))
                cur, used, indent = "", 0.0, 0
                continue
            lines.append((cur, indent))
            cur, used, indent = "", 0.0, 0
        cur += ch
        used += u
    if cur:
        lines.append((cur, indent))
    return lines


TRAD = None                   # pages --traditional: variants.py's table


class Canvas:
    def __init__(self):
        self.ops = []

    def text(self, x, y, size, s, bold=False):
        if TRAD is not None:
            s = "".join(TRAD.get(ch, ch) for ch in s)
        hexs = "".join("%04X" % ord(c) for c in s if ord(c) <= 0xFFFF)
        for dx in ((0, 0.45) if bold else (0,)):
            self.ops.append("BT /F1 %.2f Tf %.2f %.2f Td <%s> Tj ET" % (size, x + dx, -y - size * 0.88, hexs))

    def rect(self, x, y, w, h, fill):
        if fill:
            self.ops.append("0.75 g %.2f %.2f %.2f %.2f re f 0 g" % (x, -y - h, w, h))
        else:
            self.ops.append("%.2f %.2f %.2f %.2f re S" % (x, -y - h, w, h))


def width_of(s, size):
    return sum(units(c) for c in s) * size


def parse_src(path):
    page = {"arts": [], "weather": None, "masthead": "", "date": "", "number": 1, "banner": None}
    cur = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("@page "):
            _, d, n = line.split()
            page["date"], page["number"] = d, int(n)
        elif line.startswith("@masthead "):
            page["masthead"] = line[10:]
        elif line.startswith("@weather "):
            page["weather"] = line[9:]
        elif line.startswith("@banner "):
            page["banner"] = line[8:].split("|")
        elif line[:1] == "@":
            cur = {"kind": line[1:].strip(), "kicker": "", "title": "", "subtitle": "",
                   "byline": "", "to": "", "paras": []}
            page["arts"].append(cur)
        elif cur is not None:
            m = re.match(r"(kicker|title|subtitle|byline|topics|to|from): ?(.*)$", line)
            if m and not cur["paras"]:
                cur[m.group(1)] = m.group(2)
            else:
                cur["paras"].append(line.strip())
    return page


def set_page(page, rnd, bold, centred):
    c = Canvas()
    top = [TOP] * NCOL
    d = page["date"]
    c.text(LEFT, 30, 10, "澄湖日报 %s年%d月%d日" % (d[:4], int(d[5:7]), int(d[8:10])))
    c.text(PAGEW / 2 - 20, 28, 15, "要闻")
    c.text(PAGEW - LEFT - 60, 30, 10, "第%d版" % page["number"])
    if page["masthead"]:
        c.text(LEFT, 48, 9, page["masthead"])

    heads = []

    def place(span, height):
        best = None
        for col in range(NCOL - span + 1):
            y = max(top[col:col + span])
            if best is None or y < best[1] - 1:
                best = (col, y)
        col, y = best
        # Heads of neighbouring modules never share a baseline: pdftotext
        # would read them as one line.
        while any(abs(hy - y) < 40 and (hc == col - 1 or hc == col + span) for hc, hy in heads):
            y += 2 * PITCH
        heads.extend((k, y) for k in range(col, col + span))
        for k in range(col, col + span):
            top[k] = y + height + 2 * BODY
        return LEFT + col * (COLW + GUT), y

    def head(a, x, y, w, tsize):
        if a["kicker"]:
            for s, _ in wrap(a["kicker"], w / 12.5, 0):
                c.text(x, y, 12.5, s)
                y += 12.5 * 1.3
        lines = wrap(a["title"], w / tsize, 0)
        for s, _ in lines:
            # Phrases parted by a quarter em between two Chinese
            # characters, as papers set them (年货足 年味浓), not by a
            # space character; titles so set on one line are named in
            # the page's .gaps file for the check.
            words = s.split()
            if len(words) > 1 and all(units(p[-1]) == 1 and units(q[0]) == 1
                                      for p, q in zip(words, words[1:])):
                ww = sum(width_of(p, tsize) for p in words) + 0.25 * tsize * (len(words) - 1)
                tx = x + (w - ww) / 2 if centred else x
                for p in words:
                    c.text(tx, y, tsize, p, bold)
                    tx += width_of(p, tsize) + 0.25 * tsize
                if len(lines) == 1:
                    GAPPED.add(a["title"])
            else:
                tx = x + (w - width_of(s, tsize)) / 2 if centred else x
                c.text(tx, y, tsize, s, bold)
            y += tsize * 1.25
        if a["subtitle"]:
            for s, _ in wrap(a["subtitle"], w / 12, 0):
                c.text(x, y, 12, s)
                y += 12 * 1.3
        return y + 0.6 * BODY

    if page["weather"]:
        lines = wrap(page["weather"], NCH, 0)
        x, y = place(1, (len(lines) + 1) * PITCH + 8)
        c.rect(x - 3, y - 3, COLW + 6, (len(lines) + 1) * PITCH + 6, False)
        c.text(x, y, BODY, "天气预报")
        for i, (s, _) in enumerate(lines):
            c.text(x, y + (i + 1) * PITCH, BODY, s)
    if page["banner"]:
        x, y = place(1, 2 * 22)
        for i, s in enumerate(page["banner"]):
            c.text(x, y + i * 22, 17, s)
    for k, a in enumerate(page["arts"]):
        kind = a["kind"]
        if kind == "ad":
            lines = [s for p in a["paras"] for s, _ in wrap(p, COLW / 10.5 - 0.5, 0)]
            h = 20 + len(lines) * 14 + 10
            x, y = place(1, h)
            c.rect(x - 3, y - 3, COLW + 6, h + 6, False)
            hd = lines[0] if lines else ""
            c.text(x + (COLW - width_of(hd, 15)) / 2, y, 15, hd)
            for i, s in enumerate(lines[1:]):
                c.text(x + (COLW - width_of(s, 10.5)) / 2, y + 22 + i * 14, 10.5, s)
            continue
        if kind == "photo":
            span = 2
            w = span * COLW + GUT
            cap = wrap("".join(a["paras"]), w / 9.0, 0)
            tsize = 15
            h = (tsize * 1.3 if a["title"] else 0) + 130 + (len(cap) + 1) * 13.5
            x, y = place(span, h)
            if a["title"]:
                c.text(x, y, tsize, a["title"], bold)
                y += tsize * 1.3
            c.rect(x, y, w, 120, True)
            y += 128
            for s, _ in cap:
                c.text(x, y, 9.0, s)
                y += 13.5
            credit = a["byline"] or "摄影 本报记者"
            c.text(x + w - width_of(credit, 9.0), y, 9.0, credit)
            continue
        body = []
        for p, sub in subheaded(a, k):
            if sub:
                body.extend((s, "subhead") for s, _ in wrap(p, NCH - 1, 0))
            else:
                body.extend(wrap(p, NCH, 2))
        if a["to"]:
            body.append(("（下转%s版）" % a["to"], -1))
        n = len(body) + (1 if a["byline"] else 0)
        span = 3 if n > 70 else 2 if n > 28 else 1
        if a["byline"] and SUBHEADS and span > 1:
            # At the top of the second column, centred and larger.
            body.insert(-(-n // span), (a["byline"], "byline-big"))
        elif a["byline"]:
            body.insert(0, (a["byline"], "byline"))
        w = span * COLW + (span - 1) * GUT
        tsize = 24 if span > 1 else 18
        per = -(-n // span)
        # The head's height first, then the module.
        probe = Canvas()
        ops = c.ops
        c.ops = probe.ops
        hh = head(a, 0, 0, w, tsize)
        c.ops = ops
        x, y = place(span, hh + per * PITCH)
        y0 = head(a, x, y, w, tsize)
        for i, (s, ind) in enumerate(body):
            col, row = divmod(i, per)
            cx = x + col * (COLW + GUT)
            if ind in ("byline", "byline-big"):
                # Names set apart by a space narrower than a word
                # space (a quarter em), as papers set them.
                size = BODY if ind == "byline" else BYLINE_BIG
                words = s.split()
                if ind == "byline-big":
                    cx += (COLW - sum(width_of(wd, size) for wd in words) -
                           0.25 * size * (len(words) - 1)) / 2
                for word in words:
                    c.text(cx, y0 + row * PITCH, size, word)
                    cx += width_of(word, size) + 0.25 * size
                continue
            if ind == "subhead":
                c.text(cx + (COLW - width_of(s, SUB)) / 2, y0 + row * PITCH, SUB, s)
                continue
            if ind < 0:
                cx += COLW - width_of(s, BODY)
                ind = 0
            c.text(cx + ind * BODY, y0 + row * PITCH, BODY, s)
    height = max(top) + 60
    c.text(LEFT, height - 30, 9, "责任编辑：林一")
    return c.ops, height


def pdf_bytes(pages):
    """pages: list of (ops, height).  A minimal PDF 1.4 file."""
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    tounicode = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                 "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
                 "1 begincodespacerange <0000> <FFFF> endcodespacerange", "100 beginbfrange"]
    for hi in range(256):
        if hi and hi % 100 == 0:
            tounicode += ["endbfrange", "%d beginbfrange" % min(100, 256 - hi)]
        if 0xD8 <= hi <= 0xDF:
            tounicode.append("<%02X00> <%02XFF> <FFFD>" % (hi, hi))
        else:
            tounicode.append("<%02X00> <%02XFF> <%02X00>" % (hi, hi, hi))
    tounicode += ["endbfrange", "endcmap CMapName currentdict /CMap defineresource pop end end"]
    tu = "\n".join(tounicode).encode()
    catalog = add(None)
    pages_id = add(None)
    tu_id = add(b"<< /Length %d >>\nstream\n" % len(tu) + tu + b"\nendstream")
    desc = add(b"<< /Type /FontDescriptor /FontName /KanbaoTestSong /Flags 4 "
               b"/FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
               b"/CapHeight 700 /StemV 80 >>")
    cid = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KanbaoTestSong "
              b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
              b"/FontDescriptor %d 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>" % desc)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /KanbaoTestSong /Encoding /Identity-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, tu_id))
    kids = []
    for ops, height in pages:
        data = ("1 0 0 1 0 %.2f cm\n" % height + "\n".join(ops)).encode()
        z = zlib.compress(data)
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_id, PAGEW, height, font, content)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Count %d /Kids [" % len(kids) +
                          b" ".join(b"%d 0 R" % k for k in kids) + b"] >>")
    return serialise(objs, catalog)


def serialise(objs, root):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, root, xref)
    return bytes(out)


GAPPED = set()


def cmd_pages(src, out, seed):
    import os
    rnd = random.Random(seed)
    allpages = []
    for i, name in enumerate(sorted(f for f in os.listdir(src) if f.endswith(".txt"))):
        page = parse_src(os.path.join(src, name))
        GAPPED.clear()
        ops, h = set_page(page, rnd, bold=i % 2 == 0, centred=i % 3 == 1)
        allpages.append((ops, h))
        with open(os.path.join(out, name[:-4] + ".pdf"), "wb") as f:
            f.write(pdf_bytes([(ops, h)]))
        with open(os.path.join(out, name[:-4] + ".gaps"), "w", encoding="utf-8") as f:
            f.write("".join(t + "\n" for t in sorted(GAPPED)))
    with open(os.path.join(out, "all.pdf"), "wb") as f:
        f.write(pdf_bytes(allpages))


def norm(s):
    return re.sub(r"\s+", "", s or "")


def cmd_check(srcpath, jsonpath, gapspath=None):
    page = parse_src(srcpath)
    for k, a in enumerate(page["arts"]):
        a["paras"] = [p for p, _ in subheaded(a, k)]
    gapped = set()
    if gapspath:
        gapped = set(open(gapspath, encoding="utf-8").read().splitlines())
    doc = json.load(open(jsonpath, encoding="utf-8"))
    if isinstance(doc, list):
        doc = doc[0]
    outs = doc.get("articles", [])
    name = srcpath.rsplit("/", 1)[-1][:-4]
    bodies = [norm("".join(a.get("paragraphs") or [])) for a in outs]
    firsts = [norm(a["paras"][0]) for a in page["arts"] if a["kind"] != "ad" and a["paras"]]
    bad = 0

    def report(ok, what, why=""):
        nonlocal bad
        if ok:
            print("ok - pdf %s: %s" % (name, what))
        else:
            bad += 1
            print("not ok - pdf %s: %s" % (name, what))
            if why:
                print("#   " + why[:300])

    for a in page["arts"]:
        if a["kind"] == "ad":
            continue
        label = a["title"] or a["paras"][0][:10]
        paras = [norm(p) for p in a["paras"]]
        whole = "".join(paras)
        hits = [j for j, b in enumerate(bodies) if whole in b]
        if len(hits) != 1:
            report(False, "%s: one article holds the whole body" % label,
                   "found in %d articles" % len(hits))
            continue
        j = hits[0]
        o = outs[j]
        others = [f for f in firsts if f not in paras]
        report(not any(f in bodies[j] for f in others), "%s: no other article's text" % label)
        report(norm(o["title"]) == norm(a["title"]), "%s: title" % label,
               "got %r" % o["title"])
        if a["title"] in gapped:
            report(" ".join(o["title"].split()) == " ".join(a["title"].split()),
                   "%s: title, its phrases apart" % label, "got %r" % o["title"])
        want_kind = "photo" if a["kind"] == "photo" else None
        if want_kind:
            report(o["kind"] == "photo", "%s: a photo" % label, "got %s" % o["kind"])
            report(norm(o["byline"]) == norm(a["byline"] or "摄影本报记者"), "%s: credit" % label,
                   "got %r" % o["byline"])
        else:
            starts = [norm(p)[:8] for p in o["paragraphs"]]
            missing = [p[:8] for p in paras if p[:8] not in starts]
            report(not missing, "%s: paragraphs" % label, "not a paragraph start: %s" % missing)
            if re.match(r"[记記]者", a["byline"]):
                report(" ".join(o["byline"].split()) == " ".join(a["byline"].split()),
                       "%s: byline, its names apart" % label, "got %r" % o["byline"])
        if a["to"]:
            report(o.get("continued_to") == a["to"], "%s: continued on page %s" % (label, a["to"]),
                   "got %r" % o.get("continued_to"))
    if page["weather"]:
        hi = re.search(r"最高[气氣][温溫](-?\d+)℃", page["weather"])
        lo = re.search(r"最低[气氣][温溫](-?\d+)℃", page["weather"])
        w = doc.get("weather") or {}
        report(hi and lo and w.get("high") == int(hi.group(1)) and w.get("low") == int(lo.group(1)),
               "weather", "got %r" % w)
        sky = re.search(r"今天(.*?)。", page["weather"])
        report(sky and w.get("today") == sky.group(1), "weather: today's sky",
               "got %r" % w.get("today"))
        boxes = [a for a in outs if a.get("kind") == "weather"]
        report(len(boxes) == 1 and
               norm("".join(boxes[0].get("paragraphs") or [])) == norm(page["weather"]),
               "weather: an article of the box's text",
               "got %r" % [b.get("paragraphs") for b in boxes])
    return 1 if bad else 0


def cmd_hostile(out):
    import os
    page = parse_src(os.path.join(os.path.dirname(__file__), "..", "samples", "src", "2024-03-05-p1.txt"))
    ops, h = set_page(page, random.Random(1), False, False)
    good = pdf_bytes([(ops, h)])
    with open(os.path.join(out, "truncated.pdf"), "wb") as f:
        f.write(good[:len(good) // 2])
    # A content stream that inflates to 32 MB of nothing (1,000 to 1).
    bomb = zlib.compress(b"q Q\n" * (8 * 1024 * 1024), 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream"]
    with open(os.path.join(out, "bomb.pdf"), "wb") as f:
        f.write(serialise(objs, 1))
    # 5,000 pages sharing one small content stream.
    n = 5000
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None, b"<< /Length 0 >>\nstream\n\nendstream"]
    kids = []
    for i in range(n):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 3 0 R >>")
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Count %d /Kids [" % n + b" ".join(b"%d 0 R" % k for k in kids) + b"] >>"
    with open(os.path.join(out, "pages5000.pdf"), "wb") as f:
        f.write(serialise(objs, 1))
    # 100,000 words on one page.
    c = Canvas()
    for i in range(100000):
        c.text(20 + (i % 50) * 16, 20 + (i // 50) * 0.4, 6, "字%d" % (i % 10))
    with open(os.path.join(out, "words100k.pdf"), "wb") as f:
        f.write(pdf_bytes([(c.ops, 900)]))
    # A scanned page: a picture, no text.
    c = Canvas()
    c.rect(40, 40, 500, 700, True)
    with open(os.path.join(out, "scanned.pdf"), "wb") as f:
        f.write(pdf_bytes([(c.ops, 800), (c.ops, 800)]))


def cmd_undated_first(out):
    """A PDF of two pages: one that prints no date nor page number (a
    supplement's cover), then the first page of 2024-03-06."""
    import os
    c = Canvas()
    c.text(60, 80, 24, "澄湖周末")
    c.text(60, 140, 12, "湖城公园春花盛开，市民踏青赏花。")
    page = parse_src(os.path.join(os.path.dirname(__file__), "..", "samples", "src", "2024-03-06-p1.txt"))
    ops, h = set_page(page, random.Random(1), False, False)
    with open(out, "wb") as f:
        f.write(pdf_bytes([(c.ops, 800), (ops, h)]))


def traditional_table():
    import os
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import variants
    return variants.traditional, variants.traditional_table()


def cmd_traditional(src, out):
    import os
    convert, m = traditional_table()
    os.makedirs(out, exist_ok=True)
    for name in sorted(f for f in os.listdir(src) if f.endswith(".txt")):
        text = open(os.path.join(src, name), encoding="utf-8").read()
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(convert(text, m))


def main(argv):
    global SUBHEADS
    if "--subheads" in argv:
        SUBHEADS = True
        argv = [x for x in argv if x != "--subheads"]
    if len(argv) >= 3 and argv[0] == "pages":
        global GUT, PAGEW, TRAD
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
        if "--traditional" in argv:
            TRAD = traditional_table()[1]
        if "--gutter" in argv:
            GUT = float(argv[argv.index("--gutter") + 1])
            PAGEW = 2 * LEFT + NCOL * COLW + (NCOL - 1) * GUT
        cmd_pages(argv[1], argv[2], seed)
        return 0
    if len(argv) in (3, 4) and argv[0] == "check":
        return cmd_check(*argv[1:])
    if len(argv) == 3 and argv[0] == "traditional":
        cmd_traditional(argv[1], argv[2])
        return 0
    if len(argv) == 2 and argv[0] == "undated-first":
        cmd_undated_first(argv[1])
        return 0
    if len(argv) == 2 and argv[0] == "hostile":
        cmd_hostile(argv[1])
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
