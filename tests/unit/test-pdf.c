/*
 * pdf: the strict reader of pdftotext -bbox-layout XHTML and the layout
 * front end, on small pages written here word by word.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/pdf.h"
#include "kanbao/xmalloc.h"

#define HEAD "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"" \
	" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">" \
	"<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n" \
	"<title>test</title>\n<meta name=\"Creator\" content=\"x\"/>\n" \
	"</head>\n<body>\n<doc>\n  <page width=\"600.000000\" " \
	"height=\"800.000000\">\n"
#define TAIL "  </page>\n</doc>\n</body>\n</html>\n"

/* A block of one-word lines: x, y, size and text for each line. */
struct w {
	double		 x, y, size;
	const char	*text;
};

static void
block(struct buf *b, const struct w *w, size_t n)
{
	size_t	i;
	double	x1;

	buf_adds(b, "    <flow>\n      <block xMin=\"0\" yMin=\"0\" "
	    "xMax=\"600\" yMax=\"800\">\n");
	for (i = 0; i < n; i++) {
		/* Han characters are 3 bytes and one em wide. */
		x1 = w[i].x + w[i].size * (double)(strlen(w[i].text) / 3);
		buf_printf(b, "        <line xMin=\"%f\" yMin=\"%f\" xMax=\"%f\" "
		    "yMax=\"%f\">\n          <word xMin=\"%f\" yMin=\"%f\" "
		    "xMax=\"%f\" yMax=\"%f\">%s</word>\n        </line>\n",
		    w[i].x, w[i].y, x1, w[i].y + w[i].size, w[i].x, w[i].y,
		    x1, w[i].y + w[i].size, w[i].text);
	}
	buf_adds(b, "      </block>\n    </flow>\n");
}

static struct parse_page *
layout(const char *s, int *nowords, char **cause)
{
	struct parse_page	*pg;
	char			*text = NULL;
	size_t			 len;

	*cause = NULL;
	pg = pdf_layout_parse(s, strlen(s), NULL, &text, &len, nowords,
	    cause);
	free(text);
	return (pg);
}

/* A title in fake bold over a column of body text with indents. */
static const struct w title_1[] = {
	{ 40, 60, 30, "湖区新桥通车" },
	{ 42, 60, 30, "湖区新桥通车" },	/* drawn again: fake bold */
};
static const struct w body_1[] = {
	{ 60, 110, 10, "本报讯&amp;新桥昨天" },
	{ 40, 125, 10, "正式通车，全长一千二百" },
	{ 40, 140, 10, "米，连接南北两岸。" },
	{ 60, 155, 10, "市民&#12298;说&#x300b;方便" },
	{ 40, 170, 10, "多了，上班只要十分钟了" },
	{ 40, 185, 10, "不止。" },
};

/* pdf-1.1: title by size, fake bold drawn once, entities, paragraphs. */
static void
pdf_1_1(void **state)
{
	struct parse_page	*pg;
	struct buf		 b = BUF_INIT;
	char			*cause;
	int			 nowords;

	(void)state;
	buf_adds(&b, HEAD);
	block(&b, title_1, 2);
	block(&b, body_1, 6);
	buf_adds(&b, TAIL);
	pg = layout(buf_str(&b), &nowords, &cause);
	assert_non_null(pg);
	assert_int_equal(pg->narticles, 1);
	assert_int_equal(pg->articles[0].kind, PARSE_NEWS);
	assert_string_equal(pg->articles[0].title, "湖区新桥通车");
	assert_int_equal(pg->articles[0].nparagraphs, 2);
	assert_string_equal(pg->articles[0].paragraphs[0],
	    "本报讯&新桥昨天正式通车，全长一千二百米，连接南北两岸。");
	assert_string_equal(pg->articles[0].paragraphs[1],
	    "市民《说》方便多了，上班只要十分钟了不止。");
	parse_page_free(pg);
	buf_free(&b);
}

/* pdf-1.2: anything but pdftotext's XHTML is refused, saying where. */
static void
pdf_1_2(void **state)
{
	static const char *bad[] = {
		"<html><body></body></html>",
		HEAD "    <flow><span>x</span></flow>\n" TAIL,
		HEAD "    <flow>text</flow>\n" TAIL,
		HEAD "    <flow><block xMin=\"1\" yMin=\"1\" xMax=\"2\">"
		    "</block></flow>\n" TAIL,
		HEAD "    <flow><block xMin=\"1\" yMin=\"1\" xMax=\"2\" "
		    "yMax=\"2\"><line xMin=\"1\" yMin=\"1\" xMax=\"2\" "
		    "yMax=\"2\"><word xMin=\"1\" yMin=\"1\" xMax=\"2\" "
		    "yMax=\"2\">&nbsp;</word></line></block></flow>\n" TAIL,
		HEAD "    <flow>\n" TAIL,
		HEAD "  </page>\n  <page width=\"1\" height=\"1\">\n" TAIL,
		HEAD "    <flow><block xMin=\"nan\" yMin=\"1\" xMax=\"2\" "
		    "yMax=\"2\"></block></flow>\n" TAIL,
		HEAD,
	};
	struct parse_page	*pg;
	char			*cause;
	size_t			 i;
	int			 nowords;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof *bad; i++) {
		pg = layout(bad[i], &nowords, &cause);
		if (pg != NULL)
			fail_msg("case %zu was read", i);
		assert_non_null(cause);
		assert_non_null(strstr(cause,
		    "not pdftotext -bbox-layout output"));
		assert_int_equal(nowords, 0);
		free(cause);
	}
}

/* pdf-1.3: a page without words is a page without a text layer. */
static void
pdf_1_3(void **state)
{
	struct parse_page	*pg;
	char			*cause;
	int			 nowords;

	(void)state;
	pg = layout(HEAD TAIL, &nowords, &cause);
	assert_null(pg);
	assert_null(cause);
	assert_int_equal(nowords, 1);
}

/* A caption ending in a credit line, page furniture at the margins. */
static const struct w furniture_4[] = {
	{ 40, 20, 10, "澄湖日报第二版" },
	{ 40, 770, 10, "责任编辑：林一" },
};
static const struct w caption_4[] = {
	{ 40, 400, 9, "湖畔早樱陆续绽放，吸引市民" },
	{ 40, 414, 9, "前来赏花。" },
	{ 120, 428, 9, "本报记者 王强摄" },
};

/* pdf-1.4: the caption is a photo with its credit; furniture dropped. */
static void
pdf_1_4(void **state)
{
	struct parse_page	*pg;
	struct buf		 b = BUF_INIT;
	char			*cause;
	size_t			 i;
	int			 nowords;

	(void)state;
	buf_adds(&b, HEAD);
	block(&b, furniture_4, 2);
	block(&b, title_1, 1);
	block(&b, body_1, 6);
	block(&b, caption_4, 3);
	buf_adds(&b, TAIL);
	pg = layout(buf_str(&b), &nowords, &cause);
	assert_non_null(pg);
	assert_int_equal(pg->narticles, 2);
	assert_int_equal(pg->articles[1].kind, PARSE_PHOTO);
	assert_string_equal(pg->articles[1].byline, "本报记者 王强摄");
	assert_string_equal(pg->articles[1].paragraphs[0],
	    "湖畔早樱陆续绽放，吸引市民前来赏花。");
	for (i = 0; i < pg->narticles; i++) {
		assert_null(strstr(pg->articles[i].title, "版"));
		assert_null(strstr(pg->articles[i].paragraphs[0], "责任编辑"));
	}
	parse_page_free(pg);
	buf_free(&b);
}

/* A subhead set a little larger, inside the column. */
static const struct w body_6[] = {
	{ 60, 110, 10, "本报讯新桥昨天正式通" },
	{ 40, 125, 10, "车，全长一千二百米，连接" },
	{ 40, 140, 10, "南北两岸，历时三年建成。" },
	{ 64, 156, 12, "两岸一线牵" },
	{ 60, 173, 10, "市民说方便多了，上班只" },
	{ 40, 188, 10, "要十分钟，周末还能骑着车" },
	{ 40, 203, 10, "过江。" },
};

/* pdf-1.6: a subhead in a column is a paragraph, not a new article. */
static void
pdf_1_6(void **state)
{
	struct parse_page	*pg;
	struct buf		 b = BUF_INIT;
	char			*cause;
	int			 nowords;

	(void)state;
	buf_adds(&b, HEAD);
	block(&b, title_1, 1);
	block(&b, body_6, 3);
	block(&b, body_6 + 3, 1);
	block(&b, body_6 + 4, 3);
	buf_adds(&b, TAIL);
	pg = layout(buf_str(&b), &nowords, &cause);
	assert_non_null(pg);
	assert_int_equal(pg->narticles, 1);
	assert_string_equal(pg->articles[0].title, "湖区新桥通车");
	assert_int_equal(pg->articles[0].nparagraphs, 3);
	assert_string_equal(pg->articles[0].paragraphs[1], "两岸一线牵");
	parse_page_free(pg);
	buf_free(&b);
}

/*
 * A column of 12 characters (x 40 to 160): a line a hair taller than the
 * body inside a paragraph (a word in another font), a subhead of two
 * lines set larger and centred, each a block of its own as pdftotext
 * cuts them, and a line of body text that opens on 记者, alone in its
 * block at a column's top.
 */
static const struct w body_10[] = {
	{ 60, 110, 10, "本报讯新桥昨天正式通车" },
	{ 40, 125, 10, "全长一千二百米连接南北两" },
	{ 40, 140, 10.3, "岸市民说上班只要十分钟了" },
	{ 40, 155, 10, "比过去快了一半还多。" },
};
static const struct w sub_10[] = {
	{ 42, 175, 10.5, "新桥通车带动沿岸产业加" },
	{ 89, 190, 10.5, "快发展" },
};
static const struct w after_10[] = {
	{ 60, 210, 10, "沿岸已有十家企业签约落" },
	{ 40, 225, 10, "户总投资达二十亿元今年内" },
	{ 40, 240, 10, "陆续开工。" },
};
static const struct w reporter_10[] = {
	{ 60, 260, 10, "记者了解到项目下月开工。" },
};

/*
 * pdf-1.10: a paragraph runs on over a line a hair taller than the body;
 * a subhead's lines, cut apart, are one paragraph, between the paragraph
 * before it and the one after; a line of body text opening on 记者 is
 * text, not a byline.
 */
static void
pdf_1_10(void **state)
{
	struct parse_page	*pg;
	struct parse_article	*a;
	struct buf		 b = BUF_INIT;
	char			*cause;
	int			 nowords;

	(void)state;
	buf_adds(&b, HEAD);
	block(&b, title_1, 1);
	block(&b, body_10, 4);
	block(&b, sub_10, 1);
	block(&b, sub_10 + 1, 1);
	block(&b, after_10, 3);
	block(&b, reporter_10, 1);
	buf_adds(&b, TAIL);
	pg = layout(buf_str(&b), &nowords, &cause);
	assert_non_null(pg);
	assert_int_equal(pg->narticles, 1);
	a = &pg->articles[0];
	assert_int_equal(a->nparagraphs, 4);
	assert_string_equal(a->paragraphs[0],
	    "本报讯新桥昨天正式通车全长一千二百米连接南北两岸市民说上班只要"
	    "十分钟了比过去快了一半还多。");
	assert_string_equal(a->paragraphs[1], "新桥通车带动沿岸产业加快发展");
	assert_string_equal(a->paragraphs[3], "记者了解到项目下月开工。");
	assert_string_equal(a->byline, "");
	parse_page_free(pg);
	buf_free(&b);
}

/* pdf-1.5: PDF names, any case. */
static void
pdf_1_5(void **state)
{
	(void)state;
	assert_true(pdf_is_pdf_name("a/b/p1.pdf"));
	assert_true(pdf_is_pdf_name("P1.PDF"));
	assert_false(pdf_is_pdf_name("p1.pdf.txt"));
	assert_false(pdf_is_pdf_name(".pdf"));
}

/*
 * pdf-1.7: text cut off inside an entity, at the very end of the buffer
 * (not NUL-terminated), is refused or read within its bounds; every cut
 * is tried (make asan sees any read past the end).
 */
static void
pdf_1_7(void **state)
{
	struct parse_page	*pg;
	struct buf		 b = BUF_INIT;
	const char		*at;
	char			*copy, *text, *cause;
	size_t			 n, cut, len;
	int			 nowords;

	(void)state;
	buf_adds(&b, HEAD);
	block(&b, body_1, 6);
	buf_adds(&b, TAIL);
	n = b.len;
	at = strstr(buf_str(&b), "&#12298;");
	assert_non_null(at);
	for (cut = (size_t)(at - buf_str(&b)); cut < n && cut <
	    (size_t)(at - buf_str(&b)) + 9; cut++) {
		copy = xmalloc(cut);
		memcpy(copy, buf_str(&b), cut);
		text = cause = NULL;
		pg = pdf_layout_parse(copy, cut, NULL, &text, &len, &nowords,
		    &cause);
		assert_true(pg != NULL || cause != NULL);
		parse_page_free(pg);
		free(text);
		free(cause);
		free(copy);
	}
	buf_free(&b);
}

/* A notice apart from any text: its label large, its words smaller. */
static const struct w notice_8[] = {
	{ 420, 600, 20, "遗失声明" },
	{ 400, 630, 14, "澄湖渔具店遗失财务印章" },
};

/*
 * pdf-1.8: a notice's heads that no text took are an ad whose smaller
 * lines are its text, said once: not its subtitle as well.
 */
static void
pdf_1_8(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a = NULL;
	struct buf			 b = BUF_INIT;
	char				*cause;
	size_t				 i;
	int				 nowords;

	(void)state;
	buf_adds(&b, HEAD);
	block(&b, title_1, 1);
	block(&b, body_1, 6);
	block(&b, notice_8, 2);
	buf_adds(&b, TAIL);
	pg = layout(buf_str(&b), &nowords, &cause);
	assert_non_null(pg);
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].kind == PARSE_AD)
			a = &pg->articles[i];
	}
	assert_non_null(a);
	assert_string_equal(a->title, "遗失声明");
	assert_string_equal(a->subtitle, "");
	assert_int_equal(a->nparagraphs, 1);
	assert_string_equal(a->paragraphs[0], "澄湖渔具店遗失财务印章");
	parse_page_free(pg);
	buf_free(&b);
}

/* A story in two columns, a picture's source set over the second. */
static const struct w title_9[] = {
	{ 40, 40, 30, "湖区新桥通车" },
};
static const struct w col1_9[] = {
	{ 60, 110, 10, "本报讯新桥昨天正式" },
	{ 40, 125, 10, "通车，全长一千二百米，" },
	{ 40, 140, 10, "连接南北两岸，历时三年" },
};
static const struct w source_9[] = {
	{ 188, 96, 9, "图片由受访者提供" },
};
static const struct w tail_9[] = {
	{ 420, 300, 9, "本报资料图片" },
};
static const struct w col2_9[] = {
	{ 160, 110, 10, "建成，市民说方便多了。" },
	{ 160, 125, 10, "上班只要十分钟。" },
};

/*
 * pdf-1.9: a picture's source alone over a column (图片由受访者提供) is no
 * text of the story running through it, nor an empty article.
 */
static void
pdf_1_9(void **state)
{
	struct parse_page	*pg;
	struct buf		 b = BUF_INIT;
	char			*cause;
	size_t			 i, k;
	int			 nowords, found = 0;

	(void)state;
	buf_adds(&b, HEAD);
	block(&b, title_9, 1);
	block(&b, col1_9, 3);
	block(&b, source_9, 1);
	block(&b, col2_9, 2);
	block(&b, tail_9, 1);
	buf_adds(&b, TAIL);
	pg = layout(buf_str(&b), &nowords, &cause);
	assert_non_null(pg);
	for (i = 0; i < pg->narticles; i++) {
		/* Nor is it left an article with nothing in it. */
		assert_true(*pg->articles[i].title != '\0' ||
		    pg->articles[i].nparagraphs > 0);
		for (k = 0; k < pg->articles[i].nparagraphs; k++) {
			assert_null(strstr(pg->articles[i].paragraphs[k],
			    "受访者"));
			if (strstr(pg->articles[i].paragraphs[k],
				"历时三年建成") != NULL)
				found = 1;
		}
	}
	assert_true(found);
	parse_page_free(pg);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pdf_1_1),
		cmocka_unit_test(pdf_1_2),
		cmocka_unit_test(pdf_1_3),
		cmocka_unit_test(pdf_1_4),
		cmocka_unit_test(pdf_1_5),
		cmocka_unit_test(pdf_1_6),
		cmocka_unit_test(pdf_1_7),
		cmocka_unit_test(pdf_1_8),
		cmocka_unit_test(pdf_1_9),
		cmocka_unit_test(pdf_1_10),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
