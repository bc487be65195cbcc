/*
 * reflow: paragraphs to lines of a given width with Chinese line breaking.
 *
 * Expected layouts are written as the lines joined by '|'.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kanbao/reflow.h"
#include "kanbao/text.h"

/* The paragraph laid out, lines joined by '|', indent as spaces. */
static char *
layout(const char *text, int width, int indent)
{
	char	*s, *p;

	s = reflow_text(text, strlen(text), width, indent);
	for (p = s; *p != '\0'; p++) {
		if (*p == '\n')
			*p = '|';
	}
	return (s);
}

#define assert_layout(text, width, indent, want) do {			\
	char	*got_ = layout(text, width, indent);			\
									\
	if (strcmp(got_, want) != 0)					\
		fail_msg("width %d: got \"%s\", want \"%s\"",		\
		    width, got_, want);					\
	free(got_);							\
} while (0)

/* Whether some line holds needle whole. */
static int
kept_whole(const char *text, int width, const char *needle)
{
	struct reflow_line	*l;
	size_t			 n, i, j, nlen = strlen(needle);
	int			 found = 0;

	n = reflow_paragraph(text, strlen(text), width, 0, &l);
	for (i = 0; i < n; i++) {
		for (j = 0; j + nlen <= l[i].len; j++) {
			if (memcmp(text + l[i].off + j, needle, nlen) == 0)
				found = 1;
		}
	}
	free(l);
	return (found);
}

/* Whether a line (other than the first) starts with, or one ends with, s. */
static int
line_starts_with(const char *text, int width, const char *s)
{
	struct reflow_line	*l;
	size_t			 n, i, slen = strlen(s);
	int			 found = 0;

	n = reflow_paragraph(text, strlen(text), width, 0, &l);
	for (i = 1; i < n; i++) {
		if (l[i].len >= slen &&
		    memcmp(text + l[i].off, s, slen) == 0)
			found = 1;
	}
	free(l);
	return (found);
}

static int
line_ends_with(const char *text, int width, const char *s)
{
	struct reflow_line	*l;
	size_t			 n, i, slen = strlen(s);
	int			 found = 0;

	n = reflow_paragraph(text, strlen(text), width, 0, &l);
	for (i = 0; i + 1 < n; i++) {
		if (l[i].len >= slen &&
		    memcmp(text + l[i].off + l[i].len - slen, s, slen) == 0)
			found = 1;
	}
	free(l);
	return (found);
}

/* reflow-1.1: empty and all-space text make no lines. */
static void
reflow_1_1(void **state)
{
	struct reflow_line	*l = (struct reflow_line *)&l;
	char			*s;

	(void)state;
	assert_int_equal(reflow_paragraph("", 0, 10, 2, &l), 0);
	assert_null(l);
	assert_int_equal(reflow_paragraph("   ", 3, 10, 0, &l), 0);
	assert_null(l);
	s = reflow_text("", 0, 10, 2);
	assert_string_equal(s, "");
	free(s);
}

/* reflow-1.2: Latin words stay whole; spaces at a break are not counted. */
static void
reflow_1_2(void **state)
{
	struct reflow_line	*l;
	const char		*t = "abc   def";

	(void)state;
	assert_layout("abc def ghi", 7, 0, "abc def|ghi");
	/* Counting the space after the word would cut "abcdef". */
	assert_layout("abcdef gh", 6, 0, "abcdef|gh");
	assert_layout("abc def ghi", 3, 0, "abc|def|ghi");
	assert_layout("abc def ghi", 11, 0, "abc def ghi");
	assert_int_equal(reflow_paragraph(t, strlen(t), 3, 0, &l), 2);
	assert_int_equal(l[0].off, 0);
	assert_int_equal(l[0].len, 3);
	assert_int_equal(l[0].width, 3);
	assert_int_equal(l[1].off, 6);
	assert_int_equal(l[1].len, 3);
	free(l);
}

/* reflow-1.3: the first-line indent counts in the width. */
static void
reflow_1_3(void **state)
{
	struct reflow_line	*l;
	const char		*t = "一二三四五";

	(void)state;
	assert_layout(t, 6, 2, "  一二|三四五");
	assert_layout(t, 4, 2, "  一|二三|四五");
	/* No room for the indent and a wide character: no indent. */
	assert_layout(t, 3, 2, "一|二|三|四|五");
	assert_int_equal(reflow_paragraph(t, strlen(t), 6, 2, &l), 2);
	assert_int_equal(l[0].indent, 2);
	assert_int_equal(l[0].width, 6);
	assert_int_equal(l[0].off, 0);
	assert_int_equal(l[1].indent, 0);
	assert_int_equal(l[1].width, 6);
	free(l);
}

/* reflow-1.4: a newline forces a break and is dropped. */
static void
reflow_1_4(void **state)
{
	(void)state;
	assert_layout("ab\ncd", 10, 0, "ab|cd");
	assert_layout("ab\n\ncd", 10, 0, "ab||cd");
	assert_layout("ab  \ncd", 10, 2, "  ab|cd");
}

/* reflow-1.5: at width 1 a wide character has a line of its own. */
static void
reflow_1_5(void **state)
{
	struct reflow_line	*l;

	(void)state;
	assert_layout("中a文bc", 1, 2, "中|a|文|b|c");
	assert_int_equal(reflow_paragraph("中a", 4, 1, 0, &l), 2);
	assert_int_equal(l[0].width, 2);
	assert_int_equal(l[1].width, 1);
	free(l);
	/* Widths below 1 are taken as 1. */
	assert_layout("ab", 0, 0, "a|b");
	assert_layout("ab", -5, 0, "a|b");
}

/* reflow-1.6: a word longer than the line is cut where it must. */
static void
reflow_1_6(void **state)
{
	(void)state;
	assert_layout("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20, 0,
	    "ABCDEFGHIJKLMNOPQRST|UVWXYZ0123456789");
}

/* reflow-1.7: a forced cut avoids forbidden marks unless unavoidable. */
static void
reflow_1_7(void **state)
{
	(void)state;
	assert_layout("ABCDEFGH，IJ", 8, 0, "ABCDEFG|H，IJ");
	assert_layout("ABCDEFG“HIJ", 8, 0, "ABCDEFG|“HIJ");
	assert_layout("ABCDEF（GHIJ", 8, 0, "ABCDEF|（GHIJ");
	assert_layout("ABCDEFG（（GHIJ", 8, 0, "ABCDEFG|（（GHIJ");
	/* Nowhere to go: closing marks start lines. */
	assert_layout("，，，，，", 4, 0, "，，|，，|，");
	/* A mark starts a line rather than a doubled mark be split. */
	assert_layout("说……", 3, 0, "说|……");
	assert_layout("ABC123456", 4, 0, "ABC|1234|56");
}

#define FAMILY	"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d" \
		"\xf0\x9f\x91\xa7"
#define FLAG	"\xf0\x9f\x87\xa8\xf0\x9f\x87\xb3"
#define THUMB	"\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd"
#define EACUTE	"e\xcc\x81"

/* reflow-1.8: grapheme clusters are never split. */
static void
reflow_1_8(void **state)
{
	(void)state;
	assert_layout(EACUTE EACUTE EACUTE EACUTE EACUTE, 2, 0,
	    EACUTE EACUTE "|" EACUTE EACUTE "|" EACUTE);
	assert_layout(FAMILY FAMILY THUMB FLAG FLAG, 3, 0,
	    FAMILY "|" FAMILY "|" THUMB "|" FLAG "|" FLAG);
	assert_layout(FAMILY FAMILY THUMB FLAG FLAG, 1, 0,
	    FAMILY "|" FAMILY "|" THUMB "|" FLAG "|" FLAG);
	assert_layout(FAMILY FAMILY THUMB FLAG FLAG, 4, 0,
	    FAMILY FAMILY "|" THUMB FLAG "|" FLAG);
}

/* reflow-1.9: invalid UTF-8 loses nothing and does not crash. */
static void
reflow_1_9(void **state)
{
	struct reflow_line	*l;
	const char		*t = "\xff\xfe中\xe4文 a\xc3";
	size_t			 n, i, pos, len = strlen(t);
	int			 w;

	(void)state;
	for (w = 1; w <= 6; w++) {
		n = reflow_paragraph(t, len, w, 0, &l);
		for (i = pos = 0; i < n; i++) {
			while (pos < l[i].off && t[pos] == ' ')
				pos++;
			assert_int_equal(l[i].off, pos);
			pos += l[i].len;
		}
		assert_int_equal(pos, len);
		free(l);
	}
}

/* reflow-2.1: a break may fall before “ and after ” next to CJK. */
static void
reflow_2_1(void **state)
{
	(void)state;
	/* Plain UAX #14 (Unicode 14) gives 他表|示“今天|很好”我|们. */
	assert_layout("他表示“今天很好”我们", 7, 0, "他表示|“今天很|好”我们");
	assert_layout("他说‘好’的", 5, 0, "他说|‘好’|的");
	/* An apostrophe in Latin text is no break. */
	assert_layout("don’t stop", 5, 0, "don’t|stop");
	/* Nor the quote before a closing mark. */
	assert_layout("一二“三”，四", 8, 0, "一二|“三”，四");
}

static const char *const closers[] = {
	"，", "。", "、", "；", "：", "？", "！", "”", "’", "」", "』", "）",
	"》", "〉", "】", "〕", "…", "％", "‰", "℃", "·", "～", "／", ".",
	",", ")", "%", "!", "?",
};

static const char *const openers[] = {
	"“", "‘", "「", "『", "（", "《", "〈", "【", "〔", "·", "／", "/",
	"(", "￥",
};

/* reflow-2.2: no line starts with a closing or pause mark. */
static void
reflow_2_2(void **state)
{
	char	 text[64];
	size_t	 i;
	int	 w;

	(void)state;
	for (i = 0; i < sizeof closers / sizeof *closers; i++) {
		snprintf(text, sizeof text, "一二三四%s五六", closers[i]);
		for (w = 4; w <= 12; w++) {
			if (line_starts_with(text, w, closers[i]))
				fail_msg("%s starts a line at width %d",
				    closers[i], w);
		}
	}
	assert_layout("一二三四，五六", 8, 0, "一二三|四，五六");
}

/* reflow-2.3: no line ends with an opening mark. */
static void
reflow_2_3(void **state)
{
	char	 text[64];
	size_t	 i;
	int	 w;

	(void)state;
	for (i = 0; i < sizeof openers / sizeof *openers; i++) {
		snprintf(text, sizeof text, "一二三%s四五六", openers[i]);
		/* X四 needs up to 4 columns, 三X四 (no break) up to 6. */
		for (w = 6; w <= 12; w++) {
			if (line_ends_with(text, w, openers[i]))
				fail_msg("%s ends a line at width %d",
				    openers[i], w);
		}
	}
	assert_layout("一二三（四五", 8, 0, "一二三|（四五");
	assert_layout("一二三《四》五", 8, 0, "一二三|《四》五");
}

/* reflow-2.4: the interpunct of a foreign name starts and ends no line. */
static void
reflow_2_4(void **state)
{
	const char	*t = "外长约翰·史密斯说";
	int		 w;

	(void)state;
	/* 翰·史 needs 5 columns. */
	for (w = 5; w <= 18; w++) {
		assert_false(line_starts_with(t, w, "·"));
		assert_false(line_ends_with(t, w, "·"));
	}
	assert_layout("约翰·史密斯", 5, 0, "约|翰·史|密斯");
}

/* reflow-2.5: no break before ～ or ／, none after / or ／. */
static void
reflow_2_5(void **state)
{
	(void)state;
	assert_layout("一二三四～五", 8, 0, "一二三|四～五");
	assert_layout("一二三四／五", 8, 0, "一二三|四／五");
	assert_layout("一二三／四五", 8, 0, "一二|三／四五");
	assert_layout("一二三/四五", 7, 0, "一二|三/四五");
}

/* reflow-2.6: fullwidth digits and letters, and a number's unit, stay. */
static void
reflow_2_6(void **state)
{
	const char	*t = "总投资１２３亿元";
	int		 w;

	(void)state;
	/* UAX #14 alone gives 总投资１２|３亿元. */
	assert_layout(t, 8, 0, "总投资|１２３亿|元");
	for (w = 8; w <= 16; w++)
		assert_true(kept_whole(t, w, "１２３亿"));
	assert_layout("ＧＤＰ增长", 6, 0, "ＧＤＰ|增长");
	assert_layout("增长５．２％", 8, 0, "增长|５．２％");
}

/* reflow-2.7: a number keeps its unit: 2023年. */
static void
reflow_2_7(void **state)
{
	const char	*t = "开门红2023年一季度";
	int		 w;

	(void)state;
	for (w = 6; w <= 24; w++) {
		if (!kept_whole(t, w, "2023年"))
			fail_msg("2023年 split at width %d", w);
	}
	assert_layout(t, 9, 0, "开门红|2023年一|季度");
}

/* reflow-2.8: …… and —— are never split. */
static void
reflow_2_8(void **state)
{
	const char	*t = "他说……好——的⸺了";
	int		 w;

	(void)state;
	for (w = 2; w <= 20; w++) {
		assert_true(kept_whole(t, w, "……"));
		assert_true(kept_whole(t, w, "——"));
		assert_true(kept_whole(t, w, "⸺"));
	}
	assert_layout(t, 5, 0, "他|说……|好——|的⸺了");
}

/* reflow-2.9: 4.8% stays whole. */
static void
reflow_2_9(void **state)
{
	const char	*t = "同比增长4.8%，较上年";
	int		 w;

	(void)state;
	/* 4.8%， needs 6 columns. */
	for (w = 6; w <= 24; w++) {
		if (!kept_whole(t, w, "4.8%"))
			fail_msg("4.8%% split at width %d", w);
		assert_false(line_starts_with(t, w, "，"));
	}
	assert_layout(t, 9, 0, "同比增长|4.8%，较|上年");
}

/*
 * Property test: random paragraphs made of pieces (each one grapheme
 * cluster) laid out at every width from 1 to 80.
 */
struct piece {
	const char	*s;
	int		 flags;
#define P_NOSTART	0x1
#define P_NOEND		0x2
#define P_SPACE		0x4
#define P_HAN		0x8
#define P_DIGIT		0x10
#define P_FW		0x20		/* fullwidth digit or letter */
#define P_SEP		0x40		/* separator inside a number */
#define P_DOUBLED	0x80		/* dash or ellipsis */
};

static const struct piece pieces[] = {
	{ "本", P_HAN }, { "报", P_HAN }, { "讯", P_HAN }, { "开", P_HAN },
	{ "发", P_HAN }, { "区", P_HAN }, { "举", P_HAN }, { "行", P_HAN },
	{ "季", P_HAN }, { "度", P_HAN }, { "年", P_HAN }, { "亿", P_HAN },
	{ "元", P_HAN }, { "的", P_HAN }, { "〇", P_HAN },
	{ "　", 0 }, { "あ", 0 },
	{ "，", P_NOSTART | P_SEP }, { "。", P_NOSTART }, { "、", P_NOSTART },
	{ "；", P_NOSTART }, { "：", P_NOSTART | P_SEP }, { "？", P_NOSTART },
	{ "！", P_NOSTART }, { "”", P_NOSTART }, { "’", P_NOSTART },
	{ "」", P_NOSTART }, { "）", P_NOSTART }, { "》", P_NOSTART },
	{ "】", P_NOSTART }, { "…", P_NOSTART | P_DOUBLED },
	{ "％", P_NOSTART }, { ".", P_NOSTART | P_SEP },
	{ ",", P_NOSTART | P_SEP }, { "%", P_NOSTART },
	{ "～", P_NOSTART },
	{ "“", P_NOEND }, { "‘", P_NOEND }, { "「", P_NOEND },
	{ "（", P_NOEND }, { "《", P_NOEND }, { "【", P_NOEND },
	{ "/", P_NOEND }, { "￥", P_NOEND },
	{ "·", P_NOSTART | P_NOEND }, { "／", P_NOSTART | P_NOEND },
	{ "—", P_DOUBLED }, { "-", 0 },
	{ "0", P_DIGIT }, { "4", P_DIGIT }, { "9", P_DIGIT },
	{ "２", P_DIGIT | P_FW }, { "３", P_DIGIT | P_FW }, { "Ｇ", P_FW },
	{ "a", 0 }, { "b", 0 }, { "Q", 0 }, { "x", 0 },
	{ "e", 0 }, { "n", 0 }, { EACUTE, 0 }, { "a\xcc\x88\xcc\xa3", 0 },
	{ FAMILY, 0 }, { THUMB, 0 }, { FLAG, 0 },
	{ " ", P_SPACE }, { " ", P_SPACE }, { " ", P_SPACE },
};
#define NPIECES (sizeof pieces / sizeof *pieces)
#define MAXPIECES 60

static uint32_t
rnd(uint32_t *seed)
{
	*seed = *seed * 1103515245U + 12345U;
	return ((*seed >> 16) & 0x7fff);
}

/* Where each piece starts in the text, and its flags. */
struct sample {
	char	text[MAXPIECES * 18 + 1];
	size_t	len;
	size_t	start[MAXPIECES + 1];
	int	flags[MAXPIECES];
	size_t	n;
};

static void
sample_make(struct sample *sm, uint32_t *seed)
{
	const struct piece	*p;
	size_t			 i, n, len;

	n = rnd(seed) % (MAXPIECES + 1);
	sm->len = 0;
	for (i = 0; i < n; i++) {
		/* Mostly Han, as in a newspaper. */
		if (rnd(seed) % 3 == 0)
			p = &pieces[rnd(seed) % 15];
		else
			p = &pieces[rnd(seed) % NPIECES];
		len = strlen(p->s);
		memcpy(sm->text + sm->len, p->s, len);
		sm->start[i] = sm->len;
		sm->flags[i] = p->flags;
		sm->len += len;
	}
	sm->start[n] = sm->len;
	sm->text[sm->len] = '\0';
	sm->n = n;
}

/* The piece that starts at byte off; fails if none does (a split cluster). */
static size_t
sample_piece(const struct sample *sm, size_t off)
{
	size_t	i;

	for (i = 0; i <= sm->n; i++) {
		if (sm->start[i] == off)
			return (i);
	}
	fail_msg("line boundary at byte %zu splits a cluster in \"%s\"", off,
	    sm->text);
	return (0);
}

/*
 * A cut between pieces k - 1 and k that a forced cut avoids: one next to a
 * space or a forbidden mark, or one inside a number or a doubled mark.
 */
static int
sample_bad_cut(const struct sample *sm, size_t k)
{
	int	a = sm->flags[k - 1], b = sm->flags[k];

	return ((b & (P_SPACE | P_NOSTART)) || (a & (P_SPACE | P_NOEND)) ||
	    ((a & P_FW) && (b & P_FW)) ||
	    ((a & P_DIGIT) && (b & (P_DIGIT | P_HAN))) ||
	    ((a & P_SEP) && (b & P_DIGIT) && k >= 2 &&
	    (sm->flags[k - 2] & P_DIGIT)) ||
	    ((a & P_DOUBLED) && (b & P_DOUBLED)));
}

static void
sample_check(const struct sample *sm, int width, int indent)
{
	struct reflow_line	*l;
	char			*joined, *want, *p;
	size_t			 n, i, pos, first, end, k;
	int			 w, ind;

	n = reflow_paragraph(sm->text, sm->len, width, indent, &l);
	ind = indent + 2 <= width ? indent : 0;
	want = calloc(1, sm->len + n * (size_t)(ind + 1) + 1);
	assert_non_null(want);
	p = want;
	for (i = pos = 0; i < n; i++) {
		/* Nothing lost, nothing doubled: only spaces dropped. */
		for (; pos < l[i].off; pos++) {
			if (sm->text[pos] != ' ')
				fail_msg("byte %zu lost at width %d in \"%s\"",
				    pos, width, sm->text);
		}
		assert_int_equal(l[i].off, pos);
		assert_true(l[i].len > 0);
		assert_true(sm->text[l[i].off + l[i].len - 1] != ' ');
		if (i > 0)
			assert_true(sm->text[l[i].off] != ' ');
		pos += l[i].len;

		/* The indent, and the width. */
		assert_int_equal(l[i].indent, i == 0 ? ind : 0);
		w = text_width(sm->text + l[i].off, l[i].len);
		assert_int_equal(l[i].width, w + l[i].indent);
		first = sample_piece(sm, l[i].off);
		end = sample_piece(sm, l[i].off + l[i].len);
		if (l[i].width > width && end != first + 1)
			fail_msg("line %zu is %d columns wide at width %d in "
			    "\"%s\"", i, l[i].width, width, sm->text);

		/*
		 * A line ends on an opening mark or the next starts with a
		 * closing one only if every cut inside it was as bad.
		 */
		if (i + 1 < n && ((sm->flags[end - 1] & P_NOEND) ||
		    (sm->flags[sample_piece(sm, l[i + 1].off)] & P_NOSTART))) {
			for (k = first + 1; k < end; k++) {
				if (!sample_bad_cut(sm, k))
					fail_msg("avoidable bad break after "
					    "line %zu at width %d in \"%s\"",
					    i, width, sm->text);
			}
		}

		if (i > 0)
			*p++ = '\n';
		memset(p, ' ', (size_t)l[i].indent);
		p += l[i].indent;
		memcpy(p, sm->text + l[i].off, l[i].len);
		p += l[i].len;
	}
	for (; pos < sm->len; pos++)
		assert_true(sm->text[pos] == ' ');

	/* reflow_text() shows the same lines. */
	joined = reflow_text(sm->text, sm->len, width, indent);
	assert_string_equal(joined, want);
	free(joined);
	free(want);
	free(l);
}

/*
 * reflow-2.10: a form feed (a page break left in text) breaks the line
 * like a newline and is never part of a line.
 */
static void
reflow_2_10(void **state)
{
	(void)state;
	assert_layout("第一页\f第二页", 20, 0, "第一页|第二页");
	assert_layout("一\n\f二", 20, 0, "一||二");
}

/* reflow-3.1: invariants over random paragraphs at widths 1 to 80. */
static void
reflow_3_1(void **state)
{
	struct sample	sm;
	uint32_t	seed = 20230210;
	int		i, w;

	(void)state;
	for (i = 0; i < 2000; i++) {
		sample_make(&sm, &seed);
		for (w = 1; w <= 80; w++)
			sample_check(&sm, w, i % 2 == 0 ? 2 : 0);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reflow_1_1),
		cmocka_unit_test(reflow_1_2),
		cmocka_unit_test(reflow_1_3),
		cmocka_unit_test(reflow_1_4),
		cmocka_unit_test(reflow_1_5),
		cmocka_unit_test(reflow_1_6),
		cmocka_unit_test(reflow_1_7),
		cmocka_unit_test(reflow_1_8),
		cmocka_unit_test(reflow_1_9),
		cmocka_unit_test(reflow_2_1),
		cmocka_unit_test(reflow_2_2),
		cmocka_unit_test(reflow_2_3),
		cmocka_unit_test(reflow_2_4),
		cmocka_unit_test(reflow_2_5),
		cmocka_unit_test(reflow_2_6),
		cmocka_unit_test(reflow_2_7),
		cmocka_unit_test(reflow_2_8),
		cmocka_unit_test(reflow_2_9),
		cmocka_unit_test(reflow_2_10),
		cmocka_unit_test(reflow_3_1),
	};

	return (cmocka_run_group_tests_name("reflow", tests, NULL, NULL));
}
