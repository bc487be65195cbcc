/*
 * parse-paras: pages set one paragraph to a line (a web page's text, an
 * extractor that rebuilds paragraphs) found and wrapped to a column.  The
 * pages are small ones written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kanbao/parse.h"
#include "kanbao/text.h"

#include "../../src/parse-int.h"
#include "front-end.h"

/* Three stories, each paragraph on a line of its own. */
static const char three_stories[] =
    "澄湖港区新航线开通\n"
    "本报讯（记者 王强）澄湖港区至南洋群岛的集装箱新航线昨日开通，"
    "首批货轮满载机电产品驶出港口。\n"
    "据介绍，新航线每周往返两班，全年预计运量三十万箱，"
    "比去年增加三成，可为沿线企业节省物流费用约一成。\n"
    "港区负责人表示，下一步将加密航班，力争年内再开两条远洋航线。\n"
    "湿地公园春季花展开幕\n"
    "本报讯（记者 李明）澄湖湿地公园春季花展今日开幕，"
    "三万株郁金香与樱花同时盛放，吸引市民前来踏青。\n"
    "园方预计花展期间接待游客十万人次，并增开两条公交专线方便出行。\n"
    "老街改造完工\n"
    "本报讯 历时一年的城南老街改造日前完工，青石板路保留原样，"
    "沿街三十多家老字号陆续回迁开张。\n"
    "街道负责人说，改造中留住了老街的烟火气，居民和游客都很满意。\n";

static int
detect(const char *s)
{
	return (parse_paras_detect(s, strlen(s)));
}

/* Checks that s is wrapped into want. */
static void
assert_wrapped(const char *s, const char *want)
{
	assert_rewrites(parse_paras_columns, s, want);
}

/*
 * parse-paras-1.1: a page set a paragraph to a line is such a page; the
 * same text wrapped to a column, as pdftotext gives it, is not.
 */
static void
parse_paras_1_1(void **state)
{
	char *col;

	(void)state;
	assert_true(detect(three_stories));
	col = parse_paras_columns(three_stories, strlen(three_stories), NULL);
	assert_false(detect(col));
	free(col);
}

/*
 * parse-paras-1.2: lines as wide, on a page set in one wide column, end
 * inside a sentence mostly: no paragraphs a line.
 */
static void
parse_paras_1_2(void **state)
{
	static const char page[] =
	    "澄湖港区至南洋群岛的集装箱新航线昨日开通，"
	    "首批货轮满载机电产品驶出港口，\n"
	    "新航线每周往返两班，全年预计运量三十万箱，"
	    "比去年增加三成，可为沿线企业节\n"
	    "省物流费用约一成。港区负责人表示，下一步将"
	    "加密航班，力争年内再开两条远洋\n"
	    "航线。湿地公园春季花展今日开幕，三万株郁金"
	    "香与樱花同时盛放，吸引市民前来\n"
	    "踏青，园方预计花展期间接待游客十万人次，"
	    "并增开两条公交专线方便出行。\n";

	(void)state;
	assert_false(detect(page));
}

/*
 * parse-paras-1.3: a column's page with a few wide lines that end a
 * sentence (a caption over two columns) is no such page: most of its
 * text is in the column's lines.
 */
static void
parse_paras_1_3(void **state)
{
	static const char page[] =
	    "本报讯 澄湖港区至南洋群岛的\n"
	    "集装箱新航线昨日开通，首批货\n"
	    "轮满载机电产品驶出港口。新航\n"
	    "线每周往返两班，全年预计运量\n"
	    "三十万箱，比去年增加三成，可\n"
	    "为沿线企业节省物流费用约一成。\n"
	    "港区负责人表示，下一步将加\n"
	    "密航班，力争年内再开两条远洋\n"
	    "航线，为企业出海打通新通道。\n"
	    "\n"
	    "昨日，首批货轮满载机电产品驶出澄湖港区，开往南洋群岛的港口。\n"
	    "昨日，三万株郁金香与樱花在澄湖湿地公园同时盛放，市民前来踏青。\n"
	    "昨日，城南老街改造完工，沿街三十多家老字号陆续回迁开张迎客。\n"
	    "\n"
	    "本报讯 澄湖湿地公园春季花展\n"
	    "今日开幕，三万株郁金香与樱花\n"
	    "同时盛放，吸引市民前来踏青。\n"
	    "园方预计花展期间接待游客十万\n"
	    "人次，并增开两条公交专线方便\n"
	    "出行，比去年增加两成。城南老\n"
	    "街改造日前完工，青石板路保留\n"
	    "原样，沿街三十多家老字号陆续\n"
	    "回迁开张，居民和游客都很满意。\n";

	(void)state;
	assert_false(detect(page));
}

/*
 * parse-paras-2.1: a paragraph is wrapped to the column, its first line
 * indented two ems (U+3000); a closing mark hangs at a line's end, a
 * number is not split, a space at a break is dropped; a heading stays as
 * it is.
 */
static void
parse_paras_2_1(void **state)
{
	(void)state;
	assert_wrapped(
	    "澄湖港区新航线开通\n"
	    "本报讯（记者 王强）澄湖港区至南洋群岛的集装箱新航线昨日开通，"
	    "运量达 300000 箱。\n",
	    "澄湖港区新航线开通\n"
	    "　　本报讯（记者 王强）澄湖港区至南洋群\n"
	    "岛的集装箱新航线昨日开通，运量达 300000 \n"
	    "箱。\n");
	/* A paragraph indented already keeps its indent, and no more. */
	assert_wrapped(
	    "　　澄湖港区至南洋群岛的集装箱新航线昨日开通，首批货轮驶出。\n",
	    "　　澄湖港区至南洋群岛的集装箱新航线昨日\n"
	    "开通，首批货轮驶出。\n");
	/* No line opens on the space a break fell on. */
	assert_wrapped(
	    "澄湖港区至南洋群岛的集装箱新航线昨日 2024 年开通首批货轮。\n",
	    "　　澄湖港区至南洋群岛的集装箱新航线昨日\n"
	    "2024 年开通首批货轮。\n");
	/* A number that runs past the column is not split. */
	assert_wrapped(
	    "本报讯（记者 王强）澄湖港区至南洋群岛的集装箱新航线昨日开通"
	    "运量达到了3000000箱。\n",
	    "　　本报讯（记者 王强）澄湖港区至南洋群\n"
	    "岛的集装箱新航线昨日开通运量达到了3000000\n"
	    "箱。\n");
	/* A comma where the line is full hangs. */
	assert_wrapped(
	    "澄湖港区至南洋群岛的集装箱新航线昨日，首批货轮满载机电产品驶出"
	    "港口。\n",
	    "　　澄湖港区至南洋群岛的集装箱新航线昨日，\n"
	    "首批货轮满载机电产品驶出港口。\n");
}

/*
 * parse-paras-2.2: a line wider than the column that ends no sentence and
 * has none in it (a bold heading's text twice over) stays one line; one
 * that has a sentence in it is a paragraph's and is wrapped.
 */
static void
parse_paras_2_2(void **state)
{
	(void)state;
	assert_wrapped(
	    "湿地公园春季花展开幕湿地公园春季花展开幕，三万株郁金香同时盛放\n"
	    "园方预计花展期间接待游客十万人次。并增开两条公交专线方便出行：\n",
	    "湿地公园春季花展开幕湿地公园春季花展开幕，三万株郁金香同时盛放\n"
	    "　　园方预计花展期间接待游客十万人次。并\n"
	    "增开两条公交专线方便出行：\n");
}

/*
 * parse-paras-2.3: when nearly every line is parted from the next by a
 * blank line (spaces or U+3000 count as none), one blank line parts
 * nothing and is left out; two or more part stories and stay as one.
 * Where blanks are fewer, or on a page whose ■ bylines mark a paper that
 * parts its paragraphs so, they stay as they are.  A paragraph short of
 * the column is indented too, so that it shows where it starts.
 */
static void
parse_paras_2_3(void **state)
{
	(void)state;
	assert_wrapped(
	    "港区新航线开通\n"
	    "2026-03-05 08:30 来源：湖城日报\n\n"
	    "新航线每周往返两班。\n　　\n"
	    "全年预计运量三十万箱。\n\n\n"
	    "花展开幕\n\n"
	    "园方预计接待游客十万人次。\n\n"
	    "园区增开两条公交专线。\n",
	    "港区新航线开通\n"
	    "2026-03-05 08:30 来源：湖城日报\n"
	    "　　新航线每周往返两班。\n"
	    "　　全年预计运量三十万箱。\n"
	    "\n"
	    "花展开幕\n"
	    "　　园方预计接待游客十万人次。\n"
	    "　　园区增开两条公交专线。\n");
	assert_wrapped(
	    "港区新航线开通\n"
	    "新航线每周往返两班。\n"
	    "全年预计运量三十万箱。\n\n"
	    "花展开幕\n"
	    "园方预计接待游客十万人次。\n",
	    "港区新航线开通\n"
	    "　　新航线每周往返两班。\n"
	    "　　全年预计运量三十万箱。\n\n"
	    "花展开幕\n"
	    "　　园方预计接待游客十万人次。\n");
	/* A ■ that opens a paragraph is a list's, not a byline's. */
	assert_wrapped(
	    "港区新航线开通\n\n"
	    "■ 新航线每周往返两班。\n\n"
	    "全年预计运量三十万箱。\n",
	    "港区新航线开通\n"
	    "　　■ 新航线每周往返两班。\n"
	    "　　全年预计运量三十万箱。\n");
	assert_wrapped(
	    "港区新航线开通\n\n"
	    "■记者 王强\n\n"
	    "新航线每周往返两班。\n\n"
	    "全年预计运量三十万箱。\n",
	    "港区新航线开通\n\n"
	    "■记者 王强\n\n"
	    "　　新航线每周往返两班。\n\n"
	    "　　全年预计运量三十万箱。\n");
}

/*
 * parse-paras-2.4: a paragraph may end on a closing mark, ；, ： or a
 * sign-off in brackets, with a pause or a stop before it, and is wrapped
 * as one that ends a sentence; one may have marks in pairs (！！) and a
 * full stop, or only ask as wide as no heading is.  A heading that only
 * exclaims or asks stays one line; so do a bold heading's text twice
 * over, a byline in brackets, a line that opens no paragraph (a byline)
 * and Latin text, which the reader does not end on its full stop.  No
 * break falls inside a figure (35.8).
 */
static void
parse_paras_2_4(void **state)
{
	(void)state;
	assert_wrapped(
	    "澄湖的水为什么越来越清了？湖城治水十年的答案在这里！\n"
	    "本报记者 王小禾\n"
	    "三座大桥从开工到合龙只用了十四个月，被称为“湖城速度”\n"
	    "措施从以下方面提出具体举措，涉及港区、湿地和老街：\n"
	    "一是加密航班，力争年内再开两条远洋航线和三条内河航线；\n"
	    "二是改造老街。（本报澄湖3月6日电）\n"
	    "开局冲刺开局冲刺，，再出发再出发！！\n"
	    "“澄湖之夏”音乐节（第三届）\n"
	    "（记者 王强、通讯员 李明）\n"
	    "市民说：“太好了！！绿道修好了。”\n"
	    "你知道澄湖镇今年为什么要花两千万元对环湖绿道进行全面提档升级吗？\n"
	    "澄湖绿道工程总投资达到了令人惊叹的35.8亿元。\n"
	    "Copyright 2026 Hucheng Daily. All rights reserved.\n"
	    "The lake fair opens today, and the tulips bloom all week long.\n",
	    "澄湖的水为什么越来越清了？湖城治水十年的答案在这里！\n"
	    "本报记者 王小禾\n"
	    "　　三座大桥从开工到合龙只用了十四个月，\n"
	    "被称为“湖城速度”\n"
	    "　　措施从以下方面提出具体举措，涉及港区、\n"
	    "湿地和老街：\n"
	    "　　一是加密航班，力争年内再开两条远洋航\n"
	    "线和三条内河航线；\n"
	    "　　二是改造老街。（本报澄湖3月6日电）\n"
	    "开局冲刺开局冲刺，，再出发再出发！！\n"
	    "“澄湖之夏”音乐节（第三届）\n"
	    "（记者 王强、通讯员 李明）\n"
	    "　　市民说：“太好了！！绿道修好了。”\n"
	    "　　你知道澄湖镇今年为什么要花两千万元对\n"
	    "环湖绿道进行全面提档升级吗？\n"
	    "　　澄湖绿道工程总投资达到了令人惊叹的35.8\n"
	    "亿元。\n"
	    "Copyright 2026 Hucheng Daily. All rights reserved.\n"
	    "The lake fair opens today, and the tulips bloom all week long.\n");
}

/*
 * parse-paras-2.5: what the wrap leaves as it was: a form feed stays at
 * the head of its line, before the indent; trailing spaces make no empty
 * line; a wide space a break falls on opens no line.
 */
static void
parse_paras_2_5(void **state)
{
	(void)state;
	assert_wrapped(
	    "花展开幕\n"
	    "\f澄湖湿地公园春季花展今日开幕，三万株郁金香同时盛放。   \n"
	    "\f\n"
	    "澄湖湿地公园春季花展今日开幕引来游客\u3000三万株郁金香盛放。\n",
	    "花展开幕\n"
	    "\f　　澄湖湿地公园春季花展今日开幕，三万株\n"
	    "郁金香同时盛放。\n"
	    "\f\n"
	    "　　澄湖湿地公园春季花展今日开幕引来游客\n"
	    "三万株郁金香盛放。\n");
}

/*
 * parse-paras-3.1: parse_page() reads such a page through the column and
 * says so: three stories under their titles, each paragraph its own (they
 * had run together, and the second and third stories into the first).
 */
static void
parse_paras_3_1(void **state)
{
	static const char *titles[] = { "澄湖港区新航线开通",
		"湿地公园春季花展开幕", "老街改造完工" };
	static const size_t paras[] = { 3, 2, 2 };
	struct parse_page  *pg;
	size_t		    i;

	(void)state;
	pg = parse_page(three_stories, strlen(three_stories));
	assert_int_equal(pg->format, PARSE_PARAGRAPHS);
	assert_string_equal(parse_format_name(pg->format), "paragraphs");
	assert_int_equal(pg->narticles, 3);
	for (i = 0; i < 3; i++) {
		const struct parse_article *a = &pg->articles[i];

		assert_string_equal(a->title, titles[i]);
		assert_int_equal(a->nparagraphs, paras[i]);
	}
	assert_non_null(strstr(pg->articles[0].paragraphs[0],
	    "集装箱新航线昨日开通，首批货轮满载"));
	assert_string_equal(pg->articles[2].paragraphs[1],
	    "街道负责人说，改造中留住了老街的烟火气，居民和游客都很满意。");
	parse_page_free(pg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_paras_1_1),
		cmocka_unit_test(parse_paras_1_2),
		cmocka_unit_test(parse_paras_1_3),
		cmocka_unit_test(parse_paras_2_1),
		cmocka_unit_test(parse_paras_2_2),
		cmocka_unit_test(parse_paras_2_3),
		cmocka_unit_test(parse_paras_2_4),
		cmocka_unit_test(parse_paras_2_5),
		cmocka_unit_test(parse_paras_3_1),
	};

	return (cmocka_run_group_tests_name("parse-paras", tests, NULL,
	    NULL));
}
