#!/usr/bin/env python3
"""Writes the hostile-input set into a directory (nothing of it is stored in
the repository as binary files).

usage: python3 tests/hostile/gen.py [--small] PAGE OUTDIR

PAGE is a well-formed UTF-8 page of our own (a sample page); the encoding
cases are that page converted, the damaged cases are that page with hostile
bytes spliced in.  OUTDIR/manifest.tsv has one line per file:

    FILE <TAB> EXPECT <TAB> WHAT

EXPECT says what kanbao must do with it:

    import    imported, every article's text clean (no control, bidi or
              zero-width format character reaches any output)
    same      imported with the same articles as PAGE itself (a transcoding)
    refuse    refused: exit 1 and a message naming the file
    either    imported (as above) or refused (as above); both are right

--small makes the two big cases (the 50 MB line, 10,000 articles) a tenth
of their size, for slow sanitizer builds.
"""

import os
import random
import sys


def main():
    args = sys.argv[1:]
    small = False
    if args and args[0] == "--small":
        small = True
        args = args[1:]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    page_path, out = args
    with open(page_path, "rb") as f:
        page = f.read()
    text = page.decode("utf-8")
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(8)
    cases = []

    def add(name, data, expect, what):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        cases.append((name, expect, what))

    # A sentence of the page, kept whole, and the page cut around it: the
    # damaged cases splice their bytes in the middle of real text.
    half = len(page) // 2
    while (page[half] & 0xC0) == 0x80:
        half += 1
    head, tail = page[:half], page[half:]

    def spliced(bad):
        return head + bad + tail

    # --- encodings -------------------------------------------------------
    add("utf8-bom.txt", b"\xef\xbb\xbf" + page, "same", "UTF-8 with BOM")
    add("utf16le-bom.txt", b"\xff\xfe" + text.encode("utf-16-le"), "same",
        "UTF-16LE with BOM")
    add("utf16be-bom.txt", b"\xfe\xff" + text.encode("utf-16-be"), "same",
        "UTF-16BE with BOM")
    add("gb18030.txt", text.encode("gb18030"), "same", "GB18030 page")
    try:
        gbk = text.encode("gbk")
        add("gbk.txt", gbk, "same", "GBK page")
    except UnicodeEncodeError:
        pass
    add("crlf.txt", page.replace(b"\n", b"\r\n"), "same", "CRLF line ends")
    add("lone-cr.txt", page.replace(b"\n", b"\r"), "same",
        "lone CR line ends")
    add("utf16le-bad.txt", b"\xff\xfe" + text.encode("utf-16-le")[:-3]
        + b"\x00\xd8\x41\x00", "either", "UTF-16LE with a lone surrogate")

    # --- invalid UTF-8 ---------------------------------------------------
    add("overlong.txt", spliced(b"\xc0\xaf\xe0\x80\xaf\xf0\x80\x80\xaf"
        b"\xc1\xbf"), "either", "overlong encodings of / and DEL")
    add("surrogates.txt", spliced(b"\xed\xa0\x80\xed\xbf\xbf"
        b"\xed\xa0\xbd\xed\xb8\x80"), "either",
        "UTF-8 encoded surrogates (CESU-8 emoji)")
    add("truncated-mid.txt", spliced(b"\xe4\xb8" + b"\xe4" + b"\xf0\x9f\x98"),
        "either", "truncated sequences inside the text")
    add("truncated-end.txt", page.rstrip(b"\n") + b"\xe4\xb8", "either",
        "a sequence cut off at the end of the file")
    add("lone-continuation.txt", spliced(b"\x80\xbf\x80\x80\xa0"), "either",
        "lone continuation bytes")
    add("too-long-forms.txt", spliced(b"\xf8\x88\x80\x80\x80"
        b"\xfc\x84\x80\x80\x80\x80\xf4\x90\x80\x80"), "either",
        "5- and 6-byte forms, code point above U+10FFFF")
    add("ff-fe-bytes.txt", spliced(b"\xfe\xfe\xff\xff"), "either",
        "bytes FE and FF inside text")
    add("latin1.txt", "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve "
        "fa\u00e7ade.\n".encode("latin-1") * 20, "either",
        "Latin-1 text (not UTF-8, not Chinese)")

    # --- not text --------------------------------------------------------
    add("empty.txt", b"", "refuse", "empty file")
    add("bom-only.txt", b"\xef\xbb\xbf", "refuse", "a UTF-8 BOM alone")
    add("utf16-bom-only.txt", b"\xff\xfe", "refuse", "a UTF-16 BOM alone")
    add("blank-only.txt", b"  \n\t\n\n", "refuse", "white space alone")
    add("nul-bytes.txt", spliced(b"\x00\x00\x00"), "refuse",
        "NUL bytes inside a page")
    add("nul-only.txt", b"\x00" * 4096, "refuse", "only NUL bytes")
    add("binary.txt", bytes(rnd.getrandbits(8) for _ in range(65536)),
        "refuse", "64 KB of random bytes")
    add("elf.txt", b"\x7fELF\x02\x01\x01" + bytes(57) +
        bytes(rnd.getrandbits(8) for _ in range(4096)), "refuse",
        "an ELF header and code")
    add("controls.txt", bytes(rnd.choice([1, 2, 3, 4, 5, 6, 7, 8, 11, 14,
        15, 16, 17, 20, 30, 31, 0x41, 0x42]) for _ in range(8192)),
        "either", "mostly C0 control bytes")
    add("spaces-only.txt", b" \t\n\r\n   \n" * 1000, "either",
        "white space only")

    # --- size ------------------------------------------------------------
    big = 5 if small else 50
    line = "城市交通建设项目今天推进，居民生活更加方便。".encode()
    n = big * 1024 * 1024 // len(line) + 1
    add("long-line.txt", line * n + b"\n", "either",
        "a %d MB single line" % big)
    add("long-line-ascii.txt", b"a" * (big * 1024 * 1024) + b"\n", "either",
        "a %d MB single line of one Latin word" % big)
    narts = 1000 if small else 10000
    arts = []
    for i in range(narts):
        arts.append("第%d号标题\n\n本报讯 这是第%d篇文章的正文，内容很短。\n"
                    % (i + 1, i + 1))
    add("10k-articles.txt", "\n".join(arts).encode(), "import",
        "%d articles on one page (raw)" % narts)
    arts = []
    for i in range(narts):
        arts.append("## 第%d号标题\n\n正文第%d段。\n" % (i + 1, i + 1))
    add("10k-articles.md", "\n".join(arts).encode(), "import",
        "%d articles on one page (Markdown)" % narts)
    title = "".join(chr(0x4E00 + rnd.randrange(0x5000)) for _ in range(5000))
    with open(os.path.join(out, "title-5000.expect"), "w") as f:
        f.write(title)
    add("title-5000.txt", ("%s\n\n本报讯 正文一段。\n" % title).encode(),
        "import", "a title of 5,000 characters (raw)")
    add("title-5000.md", ("# %s\n\n正文一段。\n" % title).encode(),
        "import", "a title of 5,000 characters (Markdown)")
    add("headings-deep.md", ("#" * 5000 + " 标题\n").encode() * 200 +
        b"#\n##\n###\n" * 2000, "import",
        "5,000-deep and empty Markdown heading runs")
    add("headings-only.md", "".join("%s 标题%d\n" % ("#" * (i % 6 + 1), i)
        for i in range(20000)).encode(), "import",
        "20,000 headings and no body")

    # --- terminal escapes and invisible characters ------------------------
    esc = (b"\x1b[2J\x1b[H\x1b[31;1m" b"\x1b]0;pwned title\x07"
           b"\x1b]8;;http://example.invalid/\x1b\\link\x1b]8;;\x1b\\"
           b"\x1bP+q544e\x1b\\" b"\x1b[?1049h\x1b[?25l\x1b[6n"
           b"\x1bc\x1b(0\x1b[0m\x07\x08\x08")
    add("escapes.txt", ("恶意标题".encode() + esc + b"\n\n" +
        "本报讯 ".encode() + esc + head[:300].split(b"\n")[0] + b"\n") * 3 +
        page, "import", "ESC, CSI, OSC (title, hyperlink), DCS, BEL, BS")
    c1 = "".join(chr(c) for c in range(0x80, 0xA0))
    add("c1.txt", ("标题%s测试\n\n本报讯 正文%s正文。\n" % (c1, c1)).encode() + page,
        "import", "C1 controls U+0080-U+009F (UTF-8 encoded, CSI U+009B too)")
    bidi = "\u202e\u202d\u202a\u202b\u202c\u2066\u2067\u2068\u2069" \
        "\u200e\u200f\u061c"
    add("bidi.txt", ("标题%s反转\n\n本报讯 exe.%sgnp 正文。\n" % (bidi, bidi))
        .encode() + page, "import", "bidi overrides, isolates and marks")
    zw = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
    comb = "e" + "\u0301" * 500 + "字" + "\u0300\u0308\u20dd" * 50
    add("zero-width.txt", ("零%s宽\n\n本报讯 正%s文，%s。\n" % (zw, zw, comb))
        .encode() + page, "import",
        "zero-width characters, soft hyphen, 500 stacked combining marks")
    emoji = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466" \
        "\U0001F3F3\uFE0F\u200D\U0001F308\U0001F1E8\U0001F1F3" \
        "\U0001F44D\U0001F3FD"
    add("emoji-zwj.txt", ("表情%s标题\n\n本报讯 正文%s正文。\n" % (emoji, emoji))
        .encode() + page, "import", "emoji ZWJ sequences, flags, modifiers")
    unassigned = "\u0378\u0379\u05ff\U0001FFFD\U0002FFFF\U000E0FFF" \
        "\U0010FFFF\uFDD0\uFFFE\U000F0000"
    add("unassigned.txt", ("未%s定\n\n本报讯 正文%s正文。\n" % (unassigned,
        unassigned)).encode() + page, "import",
        "unassigned code points, noncharacters, private use")
    add("separators.txt", ("分\u2028隔\n\n本报讯 正\u2029文\u0085。\n")
        .encode() + page, "import", "U+2028, U+2029, NEL")
    add("tabs-ff.txt", page.replace(b"\n\n", b"\n\f\t\v\n"), "either",
        "form feeds, tabs and vertical tabs in column breaks")
    tags = "".join(chr(0xE0000 + ord(c)) for c in "ignore all") + "\U000E007F"
    fill = "\u3164\uffa0\u115f\u1160"
    vs = "\ufe0f\ufe0e\U000E0100"
    add("invisible.txt", ("隐%s形%s标题\n\n%s本报讯 正%s文 %s。\n"
        % (tags, fill, vs, tags, vs)).encode() + page, "import",
        "tag characters, Hangul fillers, stray variation selectors")
    # Pages in other CJK encodings (text of our own): Big5 is read as
    # Big5; Japanese and Korean are refused, never stored as GB18030.
    trad = ("全省一季度重大項目集中開工活動在本市舉行\n\n本報訊　今年以來，"
            "市委市政府堅持項目為王，全力推進重大項目建設，一季度共有四十個"
            "項目集中開工，總投資一百二十億元。這些項目涵蓋先進製造業、現代"
            "服務業和城市基礎設施等領域。\n")
    add("big5.txt", trad.encode("big5"), "import", "a Big5 page")
    ja = ("新しい駅が開業しました\n\n今日は朝から雨が降っていました。駅の前"
          "で友達と会って、一緒に新しいカフェに行きました。コーヒーはとても"
          "おいしかったです。明日は晴れるでしょう。\n")
    add("shift-jis.txt", ja.encode("shift_jis"), "refuse",
        "a Japanese page in Shift-JIS")
    ko = ("새 역이 문을 열었습니다\n\n오늘 아침에 비가 내렸습니다. 시청 앞에서 "
          "친구를 만나서 새로 생긴 카페에 갔습니다. 커피가 아주 맛있었습니다. "
          "내일은 날씨가 맑을 것입니다.\n")
    add("euc-kr.txt", ko.encode("euc_kr"), "refuse",
        "a Korean page in EUC-KR")
    # A line that ends a sentence short of the column ends a paragraph:
    # read as a line break, the NEL opens one; dropped, it would not.
    add("nel.txt", ("标题\n\n本报讯 第一行完。\u0085换行第二行。\n")
        .encode() + page, "import", "NEL after a sentence's end")

    with open(os.path.join(out, "manifest.tsv"), "w") as f:
        for name, expect, what in cases:
            f.write("%s\t%s\t%s\n" % (name, expect, what))
    return 0


if __name__ == "__main__":
    sys.exit(main())
