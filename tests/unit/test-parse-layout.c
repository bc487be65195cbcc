/*
 * parse-layout: pdftotext -layout pages (columns side by side, gutters of
 * spaces) found and made into column-by-column text.  The pages are small
 * ones written for the test, set out as pdftotext -layout sets them: one
 * cell per character, or two per wide character as a terminal shows them.
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

/* Two columns of five lines, the right one at cell 14. */
static const char two_columns[] =
    "澄湖港区新航线昨日开    澄湖湿地公园春季花展\n"
    "通，首批集装箱货轮满    今日开幕，三万株郁金\n"
    "载驶出港口，运往南洋    香与樱花同时盛放，园\n"
    "群岛的十二个港口，全    方预计花展期间接待游\n"
    "年预计运量三十万箱。    客十万人次。\n";

/* What a reader of two_columns reads: the left column, then the right. */
static const char two_columns_read[] =
    "澄湖港区新航线昨日开\n"
    "通，首批集装箱货轮满\n"
    "载驶出港口，运往南洋\n"
    "群岛的十二个港口，全\n"
    "年预计运量三十万箱。\n"
    "\n"
    "澄湖湿地公园春季花展\n"
    "今日开幕，三万株郁金\n"
    "香与樱花同时盛放，园\n"
    "方预计花展期间接待游\n"
    "客十万人次。\n";

static int
detect(const char *s)
{
	return (parse_layout_detect(s, strlen(s)));
}

/* Checks that s reads as want, column after column. */
static void
assert_columns(const char *s, const char *want)
{
	assert_rewrites(parse_layout_columns, s, want);
}

/* parse-layout-1.1: columns side by side are -layout text. */
static void
parse_layout_1_1(void **state)
{
	(void)state;
	assert_true(detect(two_columns));
}

/* parse-layout-1.2: text read column by column is not. */
static void
parse_layout_1_2(void **state)
{
	(void)state;
	assert_false(detect(two_columns_read));
	assert_false(detect(""));
	assert_false(detect("\n\n\n"));
}

/* parse-layout-1.3: a kept paragraph indent is no column. */
static void
parse_layout_1_3(void **state)
{
	(void)state;
	assert_false(detect(
	    "  澄湖港区新航线昨日开通，首批\n"
	    "集装箱货轮满载驶出港口。\n"
	    "  全年预计运量三十万箱，比去\n"
	    "年增加三成。\n"
	    "    港区负责人表示，新航线将带\n"
	    "动临港产业发展。\n"
	    "\xe3\x80\x80\xe3\x80\x80澄湖湿地公园春季花展今日开幕。\n"
	    "  园方预计接待游客十万人次。\n"));
}

/* parse-layout-1.4: wide spaces that line nothing up are no gutters. */
static void
parse_layout_1_4(void **state)
{
	(void)state;
	assert_false(detect(
	    "澄湖港区  新航线昨日开通\n"
	    "首批集装箱货轮满载  驶出港口\n"
	    "全年  预计运量三十万箱\n"
	    "比去年增加三成  港区负责人表示\n"
	    "新航线将带动临港产业  发展\n"
	    "澄湖湿地公园春季花展今日  开幕\n"));
}

/* parse-layout-2.1: a two-column page comes out a column at a time. */
static void
parse_layout_2_1(void **state)
{
	(void)state;
	assert_columns(two_columns, two_columns_read);
}

/*
 * parse-layout-2.2: columns set on different baselines come out on
 * alternate rows; one blank row in a column is no break.
 */
static void
parse_layout_2_2(void **state)
{
	(void)state;
	assert_true(detect(
	    "澄湖港区新航线昨日开\n"
	    "              澄湖湿地公园春季花展\n"
	    "通，首批集装箱货轮满\n"
	    "              今日开幕，三万株郁金\n"
	    "载驶出港口，运往南洋\n"
	    "              香与樱花同时盛放，园\n"
	    "群岛的十二个港口，全\n"
	    "              方预计花展期间接待游\n"
	    "年预计运量三十万箱。\n"
	    "              客十万人次。\n"));
	assert_columns(
	    "澄湖港区新航线昨日开\n"
	    "              澄湖湿地公园春季花展\n"
	    "通，首批集装箱货轮满\n"
	    "              今日开幕，三万株郁金\n"
	    "载驶出港口，运往南洋\n"
	    "              香与樱花同时盛放，园\n"
	    "群岛的十二个港口，全\n"
	    "              方预计花展期间接待游\n"
	    "年预计运量三十万箱。\n"
	    "              客十万人次。\n", two_columns_read);
}

/*
 * parse-layout-3.1: a headline over both columns stays one line, read
 * before the columns under it.
 */
static void
parse_layout_3_1(void **state)
{
	char	 want[sizeof two_columns_read + 128];

	(void)state;
	snprintf(want, sizeof want, "%s\n\n%s",
	    "澄湖港区新航线开通首批货轮满载出港", two_columns_read);
	assert_columns("    澄湖港区新航线开通首批货轮满载出港\n"
	    "\n"
	    "澄湖港区新航线昨日开    澄湖湿地公园春季花展\n"
	    "通，首批集装箱货轮满    今日开幕，三万株郁金\n"
	    "载驶出港口，运往南洋    香与樱花同时盛放，园\n"
	    "群岛的十二个港口，全    方预计花展期间接待游\n"
	    "年预计运量三十万箱。    客十万人次。\n", want);
}

/*
 * parse-layout-3.2: page furniture over the columns and a headline over
 * the right column only: bands top to bottom, columns left to right; the
 * headline heads its column's text, the furniture stands apart.
 */
static void
parse_layout_3_2(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖日报 第2版          2026年3月7日 星期六\n"
	    "\n"
	    "\n"
	    "                        湿地花展开幕\n"
	    "\n"
	    "\n"
	    "澄湖港区新航线昨日开    澄湖湿地公园春季花展\n"
	    "通，首批集装箱货轮满    今日开幕，三万株郁金\n"
	    "载驶出港口，运往南洋    香与樱花同时盛放，园\n"
	    "群岛的十二个港口，全    方预计花展期间接待游\n"
	    "年预计运量三十万箱。    客十万人次。\n",
	    "澄湖日报 第2版\n"
	    "\n"
	    "2026年3月7日 星期六\n"
	    "\n"
	    "澄湖港区新航线昨日开\n"
	    "通，首批集装箱货轮满\n"
	    "载驶出港口，运往南洋\n"
	    "群岛的十二个港口，全\n"
	    "年预计运量三十万箱。\n"
	    "\n"
	    "湿地花展开幕\n"
	    "澄湖湿地公园春季花展\n"
	    "今日开幕，三万株郁金\n"
	    "香与樱花同时盛放，园\n"
	    "方预计花展期间接待游\n"
	    "客十万人次。\n");
}

/*
 * parse-layout-3.3: two stories stacked, whose gutters do not line up
 * (over the whole page no run of columns is blank), parted by blank rows:
 * each is cut at its own gutters.
 */
static void
parse_layout_3_3(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖港区新航线昨日开    澄湖湿地公园春季花展\n"
	    "通，首批集装箱货轮满    今日开幕，三万株郁金\n"
	    "载驶出港口，运往南洋    香与樱花同时盛放，园\n"
	    "群岛的港口。            方预计接待游客十万。\n"
	    "\n"
	    "\n"
	    "\n"
	    "\n"
	    "澄湖老城区      今年将改造      全市新建公园\n"
	    "十二条街巷，    六个小区的      八座，绿道延\n"
	    "铺设雨水管      供水管网，      伸四十公里，\n"
	    "网五公里。      惠及三千户。    市民可骑行。\n",
	    "澄湖港区新航线昨日开\n"
	    "通，首批集装箱货轮满\n"
	    "载驶出港口，运往南洋\n"
	    "群岛的港口。\n"
	    "\n"
	    "澄湖湿地公园春季花展\n"
	    "今日开幕，三万株郁金\n"
	    "香与樱花同时盛放，园\n"
	    "方预计接待游客十万。\n"
	    "\n"
	    "澄湖老城区\n"
	    "十二条街巷，\n"
	    "铺设雨水管\n"
	    "网五公里。\n"
	    "\n"
	    "今年将改造\n"
	    "六个小区的\n"
	    "供水管网，\n"
	    "惠及三千户。\n"
	    "\n"
	    "全市新建公园\n"
	    "八座，绿道延\n"
	    "伸四十公里，\n"
	    "市民可骑行。\n");
}

/*
 * parse-layout-3.4: a headline of two lines over narrow columns covers
 * their gutter on more rows than a gutter allows; the rows under it still
 * show the gutter, and the headline stays over the columns it spans.
 */
static void
parse_layout_3_4(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖老城区改造工程今日全面启动\n"
	    "\n"
	    "十二条街巷与六座公园年内完工\n"
	    "\n"
	    "今年老城区将改造十    供水管网，惠及三千\n"
	    "二条街巷，铺设雨水    户居民。市民可通过\n"
	    "管网五公里，新建六    热线反映施工中遇到\n"
	    "座口袋公园，更换老    的问题。\n",
	    "澄湖老城区改造工程今日全面启动\n"
	    "\n"
	    "十二条街巷与六座公园年内完工\n"
	    "\n"
	    "今年老城区将改造十\n"
	    "二条街巷，铺设雨水\n"
	    "管网五公里，新建六\n"
	    "座口袋公园，更换老\n"
	    "\n"
	    "供水管网，惠及三千\n"
	    "户居民。市民可通过\n"
	    "热线反映施工中遇到\n"
	    "的问题。\n");
}

/*
 * parse-layout-3.19: the same, the headline set in bold (each line
 * printed twice, on two rows) over a subtitle: five rows over the
 * columns, three lines.  The gutter is still the columns'.
 */
#define BOLD_HEADLINE							\
	"澄湖老城区改造工程今日全面启动\n"				\
	"澄湖老城区改造工程今日全面启动\n"				\
	"\n"								\
	"十二条街巷与六座公园年内完工\n"				\
	"十二条街巷与六座公园年内完工\n"				\
	"——访市住建局负责人谈老城改造\n"				\
	"\n"

static void
parse_layout_3_19(void **state)
{
	(void)state;
	assert_columns(BOLD_HEADLINE
	    "今年老城区将改造十    供水管网，惠及三千\n"
	    "二条街巷，铺设雨水    户居民。市民可通过\n"
	    "管网五公里，新建六    热线反映施工中遇到\n"
	    "座口袋公园，更换老    的问题。负责人说，\n"
	    "旧供水管网和燃气管    改造期间将分段施工\n"
	    "道，惠及全区居民。    以减少对出行的影响。\n",
	    BOLD_HEADLINE
	    "今年老城区将改造十\n"
	    "二条街巷，铺设雨水\n"
	    "管网五公里，新建六\n"
	    "座口袋公园，更换老\n"
	    "旧供水管网和燃气管\n"
	    "道，惠及全区居民。\n"
	    "\n"
	    "供水管网，惠及三千\n"
	    "户居民。市民可通过\n"
	    "热线反映施工中遇到\n"
	    "的问题。负责人说，\n"
	    "改造期间将分段施工\n"
	    "以减少对出行的影响。\n");
}

/*
 * parse-layout-3.5: a headline over a story's columns, their first row
 * (a paragraph set in), then rows where only a neighbour has text: the
 * columns go on under the pause, the headline and the indent are no
 * column ending there.
 */
static void
parse_layout_3_5(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖日报 第5版          2026年3月9日 星期一\n"
	    "\n"
	    "\n"
	    " 老城区改造启动\n"
	    "    今年老城区将    供水管网，惠及三千\n"
	    "\n"
	    "\n"
	    "改造十二条街巷，铺设    户居民。市民可通过\n"
	    "管网五公里，新建六座    热线反映施工中遇到\n"
	    "口袋公园，更换老旧供    的问题。\n",
	    "澄湖日报 第5版\n"
	    "\n"
	    "2026年3月9日 星期一\n"
	    "\n"
	    "老城区改造启动\n"
	    "今年老城区将\n"
	    "改造十二条街巷，铺设\n"
	    "管网五公里，新建六座\n"
	    "口袋公园，更换老旧供\n"
	    "\n"
	    "供水管网，惠及三千\n"
	    "户居民。市民可通过\n"
	    "热线反映施工中遇到\n"
	    "的问题。\n");
}

/*
 * parse-layout-3.6: poppler gives each character one cell, so a column's
 * lines end short of the column and a headline set over a story's
 * columns may start in the gutter before its last ones.  It starts, on
 * the page, in the column to the left: it heads the columns under it, not
 * the one right of the gutter.
 */
static void
parse_layout_3_6(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖老城区今年将             澄湖湿地花展今日开幕\n"
	    "改造十二条街巷，    湿地公园春季花展    园方预计花展期间\n"
	    "铺设雨水管网五公    今日开幕，三万株    接待游客十万人次\n"
	    "里，新建六座口袋    郁金香与樱花同时    公交将增开两条专\n"
	    "公园，更换老旧供    盛放。         线。\n"
	    "水管网。\n",
	    "澄湖老城区今年将\n"
	    "改造十二条街巷，\n"
	    "铺设雨水管网五公\n"
	    "里，新建六座口袋\n"
	    "公园，更换老旧供\n"
	    "水管网。\n"
	    "\n"
	    "澄湖湿地花展今日开幕\n"
	    "\n"
	    "湿地公园春季花展\n"
	    "今日开幕，三万株\n"
	    "郁金香与樱花同时\n"
	    "盛放。\n"
	    "\n"
	    "园方预计花展期间\n"
	    "接待游客十万人次\n"
	    "公交将增开两条专\n"
	    "线。\n");
}

/*
 * parse-layout-3.7: a story of two columns beside two stories stacked in
 * two columns: the gutter to cut first is where the blank between the
 * stacked stories stops (the other side has text there), not the one
 * beside the right column, which is blank there too only because the
 * blank runs across it.
 */
static void
parse_layout_3_7(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖老城区今年将    老城区改造分三期    澄湖港区新航线昨    全年预计运量三十\n"
	    "改造十二条街巷，    进行，第一期年底    日开通，首批集装    万箱，比去年增加\n"
	    "铺设雨水管网五公    完工，第二期明年    箱货轮满载驶出港    三成，港区将新增\n"
	    "里，新建六座口袋    开工。街巷改造后    口，运往南洋。     两个泊位。\n"
	    "公园，更换老旧供    将新增停车位八百\n"
	    "水管网，惠及三千    个，并设置充电桩\n"
	    "户居民。市民可通    一百二十个，方便\n"
	    "过热线反映施工中    居民出行。街道办\n"
	    "遇到的问题，街道    表示，改造将尽量    湿地花展开幕\n"
	    "将在一个工作日内    保留老城的青石板    湿地公园春季花展    园方预计花展期间\n"
	    "答复。改造期间，    路面与骑楼风貌，    今日开幕，三万株    接待游客十万人次\n"
	    "部分路段将分时段    让老街坊留得住乡    郁金香与樱花同时    公交将增开两条专\n"
	    "封闭，公交绕行。    愁。          盛放。         线。\n",
	    "澄湖老城区今年将\n"
	    "改造十二条街巷，\n"
	    "铺设雨水管网五公\n"
	    "里，新建六座口袋\n"
	    "公园，更换老旧供\n"
	    "水管网，惠及三千\n"
	    "户居民。市民可通\n"
	    "过热线反映施工中\n"
	    "遇到的问题，街道\n"
	    "将在一个工作日内\n"
	    "答复。改造期间，\n"
	    "部分路段将分时段\n"
	    "封闭，公交绕行。\n"
	    "\n"
	    "老城区改造分三期\n"
	    "进行，第一期年底\n"
	    "完工，第二期明年\n"
	    "开工。街巷改造后\n"
	    "将新增停车位八百\n"
	    "个，并设置充电桩\n"
	    "一百二十个，方便\n"
	    "居民出行。街道办\n"
	    "表示，改造将尽量\n"
	    "保留老城的青石板\n"
	    "路面与骑楼风貌，\n"
	    "让老街坊留得住乡\n"
	    "愁。\n"
	    "\n"
	    "澄湖港区新航线昨\n"
	    "日开通，首批集装\n"
	    "箱货轮满载驶出港\n"
	    "口，运往南洋。\n"
	    "\n"
	    "全年预计运量三十\n"
	    "万箱，比去年增加\n"
	    "三成，港区将新增\n"
	    "两个泊位。\n"
	    "\n"
	    "湿地花展开幕\n"
	    "湿地公园春季花展\n"
	    "今日开幕，三万株\n"
	    "郁金香与樱花同时\n"
	    "盛放。\n"
	    "\n"
	    "园方预计花展期间\n"
	    "接待游客十万人次\n"
	    "公交将增开两条专\n"
	    "线。\n");
}

/*
 * parse-layout-3.8: a notice set centred beside a column: its lines start
 * here and there, and the widest starts in what the rest leave blank.  It
 * crosses no gutter (no column's lines start again and again at the
 * gutter's end): the column, then the notice.
 */
static void
parse_layout_3_8(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖老城区今年将          招聘\n"
	    "改造十二条街巷，      澄湖茶厂诚聘采茶工人\n"
	    "铺设雨水管网五公        二十名，待遇\n"
	    "里，新建六座口袋        从优，有意者\n"
	    "公园，更换老旧供         请来面谈。\n"
	    "水管网。\n",
	    "澄湖老城区今年将\n"
	    "改造十二条街巷，\n"
	    "铺设雨水管网五公\n"
	    "里，新建六座口袋\n"
	    "公园，更换老旧供\n"
	    "水管网。\n"
	    "\n"
	    "招聘\n"
	    "澄湖茶厂诚聘采茶工人\n"
	    "二十名，待遇\n"
	    "从优，有意者\n"
	    "请来面谈。\n");
}

/*
 * The top of the 3.x pages with a blank row: a story that ends over it on
 * the left, the flower show running on beside it on the right.
 */
#define PORT_AND_FLOWERS						\
	"澄湖港区新航线昨日开    澄湖湿地公园春季花展\n"		\
	"通，首批集装箱货轮满    今日开幕，三万株郁金\n"		\
	"载驶出港口。            香与樱花同时盛放，园\n"		\
	"                        方预计花展期间接待游\n"

/*
 * parse-layout-3.9: a blank row in a column beside a column that runs on
 * without one, on the same baselines: under a line that ends a sentence
 * it is a gap (paragraphs set apart), kept; under a line that fills the
 * column inside a sentence it is none.
 */
static void
parse_layout_3_9(void **state)
{
	(void)state;
	assert_columns(
	    PORT_AND_FLOWERS
	    "港区将新增两个泊位，    客十万人次，公交将增\n"
	    "年底前完工。            开两条专线。\n",
	    "澄湖港区新航线昨日开\n"
	    "通，首批集装箱货轮满\n"
	    "载驶出港口。\n"
	    "\n"
	    "港区将新增两个泊位，\n"
	    "年底前完工。\n"
	    "\n"
	    "澄湖湿地公园春季花展\n"
	    "今日开幕，三万株郁金\n"
	    "香与樱花同时盛放，园\n"
	    "方预计花展期间接待游\n"
	    "客十万人次，公交将增\n"
	    "开两条专线。\n");
	assert_columns(
	    "澄湖港区新航线昨日开    澄湖湿地公园春季花展\n"
	    "通，首批集装箱货轮满    今日开幕，三万株郁金\n"
	    "载驶出港口，运往南洋    香与樱花同时盛放，园\n"
	    "                        方预计花展期间接待游\n"
	    "群岛的十二个港口，全    客十万人次，公交将增\n"
	    "年预计运量三十万箱。    开两条专线。\n",
	    "澄湖港区新航线昨日开\n"
	    "通，首批集装箱货轮满\n"
	    "载驶出港口，运往南洋\n"
	    "群岛的十二个港口，全\n"
	    "年预计运量三十万箱。\n"
	    "\n"
	    "澄湖湿地公园春季花展\n"
	    "今日开幕，三万株郁金\n"
	    "香与樱花同时盛放，园\n"
	    "方预计花展期间接待游\n"
	    "客十万人次，公交将增\n"
	    "开两条专线。\n");
}

/*
 * parse-layout-3.10: a heading of two lines in large type, its leading a
 * blank row between them: a lone line that ends no sentence heads what
 * follows it, the blank under it no gap.  The gap over it stays.
 */
static void
parse_layout_3_10(void **state)
{
	(void)state;
	assert_columns(
	    PORT_AND_FLOWERS
	    "港区扩建                客十万人次，公交将增\n"
	    "                        开两条专线。市民可乘\n"
	    "年底完工                地铁前往，园内禁止吸\n"
	    "港区将新增两个泊位，    烟，游客请爱护花木。\n"
	    "年底前完工。\n",
	    "澄湖港区新航线昨日开\n"
	    "通，首批集装箱货轮满\n"
	    "载驶出港口。\n"
	    "\n"
	    "港区扩建\n"
	    "年底完工\n"
	    "港区将新增两个泊位，\n"
	    "年底前完工。\n"
	    "\n"
	    "澄湖湿地公园春季花展\n"
	    "今日开幕，三万株郁金\n"
	    "香与樱花同时盛放，园\n"
	    "方预计花展期间接待游\n"
	    "客十万人次，公交将增\n"
	    "开两条专线。市民可乘\n"
	    "地铁前往，园内禁止吸\n"
	    "烟，游客请爱护花木。\n");
}

/*
 * The top of the 3.11 and 3.13 pages: a story in three columns, its last
 * column a line short of the others; and how it reads.
 */
#define STACKED_TOP							\
	"本报讯 澄湖港区新航    十万箱，比去年增加三    各主要港口，预计今年\n" \
	"线昨日开通，首批集装    成。港区负责人表示，    年底前全部投入运营。\n" \
	"箱货轮满载驶出港口，    新航线将带动临港产业    港区码头扩建工程同步\n" \
	"运往南洋群岛的十二个    发展，港区还将开通两    开工。\n"	\
	"港口，全年预计运量三    条近洋航线，连接东亚\n"
#define STACKED_TOP_READ						\
	"本报讯 澄湖港区新航\n"						\
	"线昨日开通，首批集装\n"						\
	"箱货轮满载驶出港口，\n"						\
	"运往南洋群岛的十二个\n"						\
	"港口，全年预计运量三\n"						\
	"\n"								\
	"十万箱，比去年增加三\n"						\
	"成。港区负责人表示，\n"						\
	"新航线将带动临港产业\n"						\
	"发展，港区还将开通两\n"						\
	"条近洋航线，连接东亚\n"						\
	"\n"								\
	"各主要港口，预计今年\n"						\
	"年底前全部投入运营。\n"						\
	"港区码头扩建工程同步\n"						\
	"开工。\n"							\
	"\n"

/*
 * parse-layout-3.11: stories stacked in three columns part on staggered
 * rows (a heading in one column, a dateline in another, a long blank in
 * the third), with no blank row across them: the story above is read
 * through its three columns before those under it.
 */
static void
parse_layout_3_11(void **state)
{
	(void)state;
	assert_columns(
	    STACKED_TOP
	    "                            本报讯 澄湖图书馆新\n"
	    "花展开幕                        馆昨日开馆，藏书五十\n"
	    "                            万册，设有少儿阅览区\n"
	    "本报讯 澄湖湿地公园                  与古籍修复室，全天开\n"
	    "春季花展今日开幕，三    间接待游客十万人次，    放。\n"
	    "万株郁金香与樱花同时    比去年增加两成，公交\n"
	    "盛放，园方预计花展期    将增开两条专线。\n",
	    STACKED_TOP_READ
	    "花展开幕\n"
	    "本报讯 澄湖湿地公园\n"
	    "春季花展今日开幕，三\n"
	    "万株郁金香与樱花同时\n"
	    "盛放，园方预计花展期\n"
	    "\n"
	    "间接待游客十万人次，\n"
	    "比去年增加两成，公交\n"
	    "将增开两条专线。\n"
	    "\n"
	    "本报讯 澄湖图书馆新\n"
	    "馆昨日开馆，藏书五十\n"
	    "万册，设有少儿阅览区\n"
	    "与古籍修复室，全天开\n"
	    "放。\n");
}

/*
 * parse-layout-3.12: the same in two columns is read a column at a time:
 * two columns may be one flow, the right one going on from the left.
 */
static void
parse_layout_3_12(void **state)
{
	(void)state;
	assert_columns(
	    "本报讯 澄湖港区新航    十万箱，比去年增加三\n"
	    "线昨日开通，首批集装    成。港区负责人表示，\n"
	    "箱货轮满载驶出港口，    新航线将带动临港产业\n"
	    "运往南洋群岛的十二个    发展，港区还将开通两\n"
	    "港口，全年预计运量三    条近洋航线，连接东亚\n"
	    "\n"
	    "花展开幕\n"
	    "\n"
	    "本报讯 澄湖湿地公园\n"
	    "春季花展今日开幕，三    间接待游客十万人次，\n"
	    "万株郁金香与樱花同时    比去年增加两成，公交\n"
	    "盛放，园方预计花展期    将增开两条专线。\n",
	    "本报讯 澄湖港区新航\n"
	    "线昨日开通，首批集装\n"
	    "箱货轮满载驶出港口，\n"
	    "运往南洋群岛的十二个\n"
	    "港口，全年预计运量三\n"
	    "花展开幕\n"
	    "本报讯 澄湖湿地公园\n"
	    "春季花展今日开幕，三\n"
	    "万株郁金香与樱花同时\n"
	    "盛放，园方预计花展期\n"
	    "\n"
	    "十万箱，比去年增加三\n"
	    "成。港区负责人表示，\n"
	    "新航线将带动临港产业\n"
	    "发展，港区还将开通两\n"
	    "条近洋航线，连接东亚\n"
	    "\n"
	    "间接待游客十万人次，\n"
	    "比去年增加两成，公交\n"
	    "将增开两条专线。\n");
}

/*
 * parse-layout-3.13: a story that starts under a heading of its own in
 * one column: the columns beside it pause by the heading, not by the
 * dateline under it, and the heading is read with its story.
 */
static void
parse_layout_3_13(void **state)
{
	(void)state;
	assert_columns(
	    STACKED_TOP
	    "                            澄湖图书馆\n"
	    "                            新馆昨日\n"
	    "                            开馆迎客\n"
	    "澄湖湿地公园春季花展    公交将增开两条专线，\n"
	    "今日开幕，三万株郁金    市民可乘公交前往湿地\n"
	    "香与樱花同时盛放，园    公园，园内设有三处游\n"
	    "方预计花展期间接待游    客服务中心和两处医疗\n"
	    "客十万人次。        点，供游客使用。      本报讯 澄湖图书馆新\n"
	    "                            馆藏书五十万册。\n",
	    STACKED_TOP_READ
	    "澄湖湿地公园春季花展\n"
	    "今日开幕，三万株郁金\n"
	    "香与樱花同时盛放，园\n"
	    "方预计花展期间接待游\n"
	    "客十万人次。\n"
	    "\n"
	    "公交将增开两条专线，\n"
	    "市民可乘公交前往湿地\n"
	    "公园，园内设有三处游\n"
	    "客服务中心和两处医疗\n"
	    "点，供游客使用。\n"
	    "\n"
	    "澄湖图书馆\n"
	    "新馆昨日\n"
	    "开馆迎客\n"
	    "\n"
	    "本报讯 澄湖图书馆新\n"
	    "馆藏书五十万册。\n");
}

/*
 * parse-layout-3.14: a picture's source alone over the columns under it,
 * a narrow gap between: it is the photo's, not a headline of the text
 * under it, and stands apart from that text.  A heading there heads it,
 * and so does a line that pauses before the words of a source.
 */
static void
parse_layout_3_14(void **state)
{
	static const char *const lead[] = { "新华社发", "港区扩建",
		"港区夜景，市民供图" };
	static const char	 page[] =
	    "澄湖日报\n"
	    "\n"
	    "\n"
	    "\n"
	    "\n"
	    "                            %s\n"
	    "\n"
	    "\n"
	    "澄湖港区新航线昨日开    澄湖湿地公园春季花展\n"
	    "通，首批集装箱货轮满    今日开幕，三万株郁金\n"
	    "载驶出港口。            香与樱花同时盛放。\n";
	static const char read[] =
	    "澄湖日报\n"
	    "\n"
	    "%s\n"
	    "%s"
	    "澄湖港区新航线昨日开\n"
	    "通，首批集装箱货轮满\n"
	    "载驶出港口。\n"
	    "\n"
	    "澄湖湿地公园春季花展\n"
	    "今日开幕，三万株郁金\n"
	    "香与樱花同时盛放。\n";
	char   in[512], want[512];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof lead / sizeof lead[0]; i++) {
		snprintf(in, sizeof in, page, lead[i]);
		snprintf(want, sizeof want, read, lead[i], i == 0 ? "\n" : "");
		assert_columns(in, want);
	}
}

/*
 * parse-layout-3.15: blank rows across two columns where the first goes
 * on in the middle of a sentence, set no further in, are no cut between
 * stories, though the last column above them ends a sentence: the
 * columns are read one after the other.
 */
static void
parse_layout_3_15(void **state)
{
	(void)state;
	assert_columns(
	    "  澄湖港区新航线昨日    澄湖湿地公园春季花展\n"
	    "开通，首批集装箱货轮    今日开幕，三万株郁金\n"
	    "满载驶出港口，运往南    香与樱花同时盛放。\n"
	    "\n"
	    "\n"
	    "洋群岛的港口。            园方预计接待游客十\n"
	    "  港区将新增两个泊位    万人次，公交将增开两\n"
	    "和一座码头。            条专线。\n",
	    "澄湖港区新航线昨日\n"
	    "开通，首批集装箱货轮\n"
	    "满载驶出港口，运往南\n"
	    "洋群岛的港口。\n"
	    "港区将新增两个泊位\n"
	    "和一座码头。\n"
	    "\n"
	    "澄湖湿地公园春季花展\n"
	    "今日开幕，三万株郁金\n"
	    "香与樱花同时盛放。\n"
	    "园方预计接待游客十\n"
	    "万人次，公交将增开两\n"
	    "条专线。\n");
}

/*
 * parse-layout-3.16: the same blank rows where the first column's line
 * under them is set in, a paragraph's first line, or where its line over
 * them ends a sentence: the stories above them end there, and what is
 * under them is read after them.
 */
static void
parse_layout_3_16(void **state)
{
	static const char *const under[] = { "  洋群岛的港口。        ",
		"洋群岛的港口。          " };
	static const char *const over[] = { "满载驶出港口，运往南",
		"满载驶出港口，运往。" };
	static const char page[] =
	    "  澄湖港区新航线昨日    澄湖湿地公园春季花展\n"
	    "开通，首批集装箱货轮    今日开幕，三万株郁金\n"
	    "%s    香与樱花同时盛放。\n"
	    "\n"
	    "\n"
	    "%s  园方预计接待游客十\n"
	    "  港区将新增两个泊位    万人次，公交将增开两\n"
	    "和一座码头。            条专线。\n";
	static const char read[] =
	    "澄湖港区新航线昨日\n"
	    "开通，首批集装箱货轮\n"
	    "%s\n"
	    "\n"
	    "澄湖湿地公园春季花展\n"
	    "今日开幕，三万株郁金\n"
	    "香与樱花同时盛放。\n"
	    "\n"
	    "洋群岛的港口。\n"
	    "港区将新增两个泊位\n"
	    "和一座码头。\n"
	    "\n"
	    "园方预计接待游客十\n"
	    "万人次，公交将增开两\n"
	    "条专线。\n";
	char   in[1024], want[1024];
	size_t i;

	(void)state;
	for (i = 0; i < 2; i++) {
		snprintf(in, sizeof in, page, over[i], under[i]);
		snprintf(want, sizeof want, read, over[i]);
		assert_columns(in, want);
	}
}

/* The right column of the 3.17, 3.18 and 4.x pages, as read. */
#define FLOWER_SHOW							\
	"澄湖湿地公园春季花展\n"					\
	"今日开幕，三万株郁金\n"					\
	"香与樱花同时盛放，园\n"					\
	"方预计花展期间接待游\n"					\
	"客十万人次。\n"

/*
 * parse-layout-3.17: a blank row in a column where the column beside is
 * set on other baselines is none, but for a heading under it after a
 * line that ends a story: short and ending no sentence (a title set
 * after its story, or over the next), it stands apart.
 */
static void
parse_layout_3_17(void **state)
{
	(void)state;
	assert_columns(
	    PORT_AND_FLOWERS
	    "港区扩建\n"
	    "港区将新增两个泊位，    客十万人次。\n"
	    "年底前完工。\n",
	    "澄湖港区新航线昨日开\n"
	    "通，首批集装箱货轮满\n"
	    "载驶出港口。\n"
	    "\n"
	    "港区扩建\n"
	    "港区将新增两个泊位，\n"
	    "年底前完工。\n"
	    "\n"
	    FLOWER_SHOW);
}

/*
 * parse-layout-3.18: the same, beside columns set on other baselines, for
 * a title of two phrases as wide as its column (新航线开通 货轮出港);
 * and on a page whose bylines carry ■ (a paper that may set titles under
 * their stories), for a heading over a dateline: the title stands apart
 * from the story it ends over.  Without the ■ it heads that story.  A
 * space beside a Latin digit parts no phrases (新航线开通 2艘货轮).
 */
#define SKEWED_TITLES(mark, pad)						\
	PORT_AND_FLOWERS						\
	"新航线开通 货轮出港\n"						\
	mark "记者 林舟" pad "              客十万人次。\n"		\
	"港区扩建提速\n"						\
	"                        游客可在线预约。\n"			\
	"本报讯 港区将新增两\n"					\
	"个泊位，年底前完工。\n"
#define SKEWED_TITLES_RIGHT FLOWER_SHOW "游客可在线预约。\n"

static void
parse_layout_3_18(void **state)
{
	(void)state;
	assert_columns(SKEWED_TITLES("■", ""),
	    "澄湖港区新航线昨日开\n"
	    "通，首批集装箱货轮满\n"
	    "载驶出港口。\n"
	    "\n"
	    "新航线开通 货轮出港\n"
	    "■记者 林舟\n"
	    "港区扩建提速\n"
	    "\n"
	    "本报讯 港区将新增两\n"
	    "个泊位，年底前完工。\n"
	    "\n" SKEWED_TITLES_RIGHT);
	assert_columns(SKEWED_TITLES("", " "),
	    "澄湖港区新航线昨日开\n"
	    "通，首批集装箱货轮满\n"
	    "载驶出港口。\n"
	    "\n"
	    "新航线开通 货轮出港\n"
	    "记者 林舟\n"
	    "港区扩建提速\n"
	    "本报讯 港区将新增两\n"
	    "个泊位，年底前完工。\n"
	    "\n" SKEWED_TITLES_RIGHT);
	/* Latin digits beside the space are no two phrases: 2艘. */
	assert_columns(
	    PORT_AND_FLOWERS
	    "新航线开通 2艘货轮\n"
	    "出港，港区将新增两个    客十万人次。\n",
	    "澄湖港区新航线昨日开\n"
	    "通，首批集装箱货轮满\n"
	    "载驶出港口。\n"
	    "新航线开通 2艘货轮\n"
	    "出港，港区将新增两个\n"
	    "\n"
	    FLOWER_SHOW);
}

/*
 * parse-layout-3.20: a title set in bold (its runs doubled, as a -layout
 * page gives them: 花展花展吸引吸引) under a story's last line, beside a
 * column set on other baselines, stands apart from the story over it,
 * though that line ends full, and from the story under it.  A lone line
 * over a blank runs on into a heading under it, but not into a bold one
 * when it is not bold itself: an ad's last line over a title.
 */
static void
parse_layout_3_20(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖港区新航线昨日开通，首批    湿地公园春季花展今日开幕，三\n"
	    "集装箱货轮满载驶出港口，运往    万株郁金香与樱花同时盛放，园\n"
	    "南洋群岛的十二个港口。全年预    方预计接待游客十万人次。\n"
	    "计运量三十万箱，比去年增加三\n"
	    "                                花展花展吸引吸引十万游客十万游客\n"
	    "成。港区负责人表示，新航线将\n"
	    "带动临港产业发展，港区还将新    老城区改造工程今日全面启动，\n"
	    "建两座集装箱码头。              十二条街巷将在年内完工。\n",
	    "澄湖港区新航线昨日开通，首批\n"
	    "集装箱货轮满载驶出港口，运往\n"
	    "南洋群岛的十二个港口。全年预\n"
	    "计运量三十万箱，比去年增加三\n"
	    "成。港区负责人表示，新航线将\n"
	    "带动临港产业发展，港区还将新\n"
	    "建两座集装箱码头。\n"
	    "\n"
	    "湿地公园春季花展今日开幕，三\n"
	    "万株郁金香与樱花同时盛放，园\n"
	    "方预计接待游客十万人次。\n"
	    "\n"
	    "花展花展吸引吸引十万游客十万游客\n"
	    "\n"
	    "老城区改造工程今日全面启动，\n"
	    "十二条街巷将在年内完工。\n");
	assert_columns("澄湖市老年大学春季班开始招生\n"
		       "\n"
		       "报名电话：0573-85110520\n"
		       "\n"
		       "社区社区““食堂食堂””开张了开张了\n"
		       "\n"
		       "本报讯 社区食堂昨日开张，一荤\n"
		       "两素一汤只要十二元。\n",
	    "澄湖市老年大学春季班开始招生\n"
	    "报名电话：0573-85110520\n"
	    "\n"
	    "社区社区““食堂食堂””开张了开张了\n"
	    "\n"
	    "本报讯 社区食堂昨日开张，一荤\n"
	    "两素一汤只要十二元。\n");
}

/*
 * parse-layout-3.21: on a page whose bylines carry ■, a title under its
 * story beside a column set on other baselines stands apart from the
 * story over it, though that story's last line ends full, and from the
 * text under it, though that opens with no dateline (a photo's caption).
 * Without the ■ the blanks beside the skewed column are none.
 */
#define TITLE_UNDER(mark, pad)						\
	mark "记者 林舟" pad "              澄湖湿地公园春季花展\n"		\
	"本报讯 港区新航线昨     今日开幕，三万株郁金\n"		\
	"日开通，首批集装箱货    香与樱花同时盛放，园\n"		\
	"轮满载驶出港口，运往    方预计花展期间接待游\n"		\
	"南洋群岛十二个港口。    客十万人次。\n"			\
	"                        园内设有临时停车场，\n"		\
	"新航线开通 货轮出港\n"					\
	"                        游客可在线预约。\n"			\
	"近日，港区码头工人正\n"					\
	"在装卸集装箱。\n"
#define TITLE_UNDER_STORY						\
	"本报讯 港区新航线昨\n"					\
	"日开通，首批集装箱货\n"					\
	"轮满载驶出港口，运往\n"					\
	"南洋群岛十二个港口。\n"
#define TITLE_UNDER_RIGHT						\
	"\n" FLOWER_SHOW "园内设有临时停车场，\n"			\
	"游客可在线预约。\n"

static void
parse_layout_3_21(void **state)
{
	(void)state;
	assert_columns(TITLE_UNDER("■", ""),
	    "■记者 林舟\n" TITLE_UNDER_STORY "\n"
	    "新航线开通 货轮出港\n"
	    "\n"
	    "近日，港区码头工人正\n"
	    "在装卸集装箱。\n" TITLE_UNDER_RIGHT);
	assert_columns(TITLE_UNDER("", " "),
	    "记者 林舟\n" TITLE_UNDER_STORY "新航线开通 货轮出港\n"
	    "近日，港区码头工人正\n"
	    "在装卸集装箱。\n" TITLE_UNDER_RIGHT);
}

/*
 * parse-layout-3.22: on a page whose bylines carry ■ (our paper, which
 * sets a blank between paragraphs), a line that ends a sentence short of
 * its column ends a paragraph: the blank under it, beside a column set
 * on other baselines, parts it from the caption under it.  Without the ■
 * that blank is the column beside's.
 */
#define PARA_END(mark, pad)						\
	mark "记者 林舟" pad "              澄湖湿地公园春季花展\n"		\
	"本报讯 港区新航线昨     今日开幕，三万株郁金\n"		\
	"日开通，首批集装箱货    香与樱花同时盛放，园\n"		\
	"轮满载驶出港口，运往    方预计花展期间接待游\n"		\
	"南洋群岛。              客十万人次。\n"			\
	"                        园内设有临时停车场，\n"		\
	"3月7日，港区码头工人\n"					\
	"正在装卸集装箱。        游客可在线预约。\n"
#define PARA_END_STORY							\
	"本报讯 港区新航线昨\n"					\
	"日开通，首批集装箱货\n"					\
	"轮满载驶出港口，运往\n"					\
	"南洋群岛。\n"
#define PARA_END_CAPTION						\
	"3月7日，港区码头工人\n"					\
	"正在装卸集装箱。\n"

static void
parse_layout_3_22(void **state)
{
	(void)state;
	assert_columns(PARA_END("■", ""),
	    "■记者 林舟\n" PARA_END_STORY "\n" PARA_END_CAPTION
	    TITLE_UNDER_RIGHT);
	assert_columns(PARA_END("", " "),
	    "记者 林舟\n" PARA_END_STORY PARA_END_CAPTION TITLE_UNDER_RIGHT);
}

/*
 * parse-layout-3.23: a photo's credit as wide as its column ends the
 * caption over it though it ends no sentence: the blank row under it
 * parts the photo from the story under it.  So does a line that names
 * the picture's source (图片由…提供).  The blank in the column beside,
 * inside a sentence, parts nothing.
 */
#define CREDITED(credit, pad)						\
	"昨天，在柳浦镇新丰村的    澄湖湿地公园春季花展今\n"		\
	"育秧工厂内，农技人员正    日开幕，三万株郁金香与\n"		\
	"在检查早稻秧苗的长势。    樱花同时盛放，园方预计\n"		\
	credit pad "花展期间接待游客十万人\n"				\
	"\n"								\
	"西塘桥镇企业之家          次。园内设有临时停车场，\n"		\
	"把服务送到车间            游客可在线预约，错峰入\n"		\
	"本报讯 3月4日上午，在西   园。\n"				\
	"塘桥镇企业之家服务大厅，\n"
#define CREDITED_READ(credit)						\
	"昨天，在柳浦镇新丰村的\n"					\
	"育秧工厂内，农技人员正\n"					\
	"在检查早稻秧苗的长势。\n"					\
	credit "\n"							\
	"\n"								\
	"西塘桥镇企业之家\n"						\
	"把服务送到车间\n"						\
	"本报讯 3月4日上午，在西\n"					\
	"塘桥镇企业之家服务大厅，\n"					\
	"\n"								\
	"澄湖湿地公园春季花展今\n"					\
	"日开幕，三万株郁金香与\n"					\
	"樱花同时盛放，园方预计\n"					\
	"花展期间接待游客十万人\n"					\
	"次。园内设有临时停车场，\n"					\
	"游客可在线预约，错峰入\n"					\
	"园。\n"

static void
parse_layout_3_23(void **state)
{
	(void)state;
	assert_columns(CREDITED("本报记者 王强、陆峰摄", "     "),
	    CREDITED_READ("本报记者 王强、陆峰摄"));
	assert_columns(CREDITED("图片由柳浦镇人民政府提供", "  "),
	    CREDITED_READ("图片由柳浦镇人民政府提供"));
}

/*
 * parse-layout-3.24: an ad's last line ends on its phone number, as a
 * story's ends on a sentence's end: the blank row under it parts the ad
 * from the title under it, though the line is alone under a blank and
 * no shorter than the column's lines.
 */
static void
parse_layout_3_24(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖市老年大学                    园方预计花展期间接待游\n"
	    "春季班报名开始啦                  客十万人次。园内设有临\n"
	    "开设书法、国画、声乐等多门课程    时停车场，游客可在线预\n"
	    "                                  约，错峰入园。花展期间\n"
	    "报名电话：0573-85110520           湿地公园还将推出夜游活\n"
	    "                                  动，游客可在晚间乘船游\n"
	    "南漾街道文化礼堂                  览，欣赏灯光下的樱花。\n"
	    "周末“好戏”连台\n"
	    "本报记者 徐嘉禾\n"
	    "越剧选段、评弹小调轮番\n"
	    "登场，礼堂里座无虚席。\n",
	    "澄湖市老年大学\n"
	    "春季班报名开始啦\n"
	    "开设书法、国画、声乐等多门课程\n"
	    "报名电话：0573-85110520\n"
	    "\n"
	    "南漾街道文化礼堂\n"
	    "周末“好戏”连台\n"
	    "本报记者 徐嘉禾\n"
	    "越剧选段、评弹小调轮番\n"
	    "登场，礼堂里座无虚席。\n"
	    "\n"
	    "园方预计花展期间接待游\n"
	    "客十万人次。园内设有临\n"
	    "时停车场，游客可在线预\n"
	    "约，错峰入园。花展期间\n"
	    "湿地公园还将推出夜游活\n"
	    "动，游客可在晚间乘船游\n"
	    "览，欣赏灯光下的樱花。\n");
}

/*
 * parse-layout-3.25: the page's first row holds the paper's masthead line
 * at the left and, over the right column, the title of the story that
 * ends at the foot of the left column (a title under its story, past a
 * column break).  A blank row under it is no cut under furniture: a piece
 * of twelve Han characters or more is no date, page or editor's name.
 * The columns are read whole, the title after its story.
 */
static void
parse_layout_3_25(void **state)
{
	(void)state;
	assert_columns(
	    " 澄湖发布 今澄湖客户端              "
	    "惠企政策“免申即享” 一亿元资金直达企业\n"
	    "\n"
	    "■记者 陈思远                       澄湖书城\n"
	    "本报讯 3月5日上午，澄湖           春季读书月 全场八折\n"
	    "港区扩建工程全面开工。港           活动时间：3月1日至31日\n"
	    "区今年要再建两个深水泊\n"
	    "位，预计完成投资二十亿             ■记者 沈一鸣\n"
	    "元。                               本报讯 连日来，东港镇组\n"
	    "                                   织安监、消防等部门开展\n"
	    "港区扩建工程全面开工               春季安全生产大检查。\n"
	    "\n"
	    "■记者 李 敏                        东港镇开展安全生产检查\n"
	    "本报讯 “没想到不用提交\n"
	    "任何材料，补助资金就直\n"
	    "接打到了账户上。”3月5\n"
	    "日，一家企业收到了一笔\n"
	    "技术改造补助。\n",
	    "澄湖发布 今澄湖客户端\n"
	    "\n"
	    "■记者 陈思远\n"
	    "本报讯 3月5日上午，澄湖\n"
	    "港区扩建工程全面开工。港\n"
	    "区今年要再建两个深水泊\n"
	    "位，预计完成投资二十亿\n"
	    "元。\n"
	    "\n"
	    "港区扩建工程全面开工\n"
	    "\n"
	    "■记者 李 敏\n"
	    "本报讯 “没想到不用提交\n"
	    "任何材料，补助资金就直\n"
	    "接打到了账户上。”3月5\n"
	    "日，一家企业收到了一笔\n"
	    "技术改造补助。\n"
	    "\n"
	    "惠企政策“免申即享” 一亿元资金直达企业\n"
	    "\n"
	    "澄湖书城\n"
	    "春季读书月 全场八折\n"
	    "活动时间：3月1日至31日\n"
	    "\n"
	    "■记者 沈一鸣\n"
	    "本报讯 连日来，东港镇组\n"
	    "织安监、消防等部门开展\n"
	    "春季安全生产大检查。\n"
	    "\n"
	    "东港镇开展安全生产检查\n");
}

/*
 * parse-layout-3.26: two stories' headings side by side, on staggered
 * rows, over a line of the lead that crosses the columns.  In those few
 * rows each column of the band is covered once, and one covering row is
 * what a gutter may have; the blanks no row covers part the headings.
 */
static void
parse_layout_3_26(void **state)
{
	(void)state;
	assert_columns(
	    "                           东港镇新建污水处理厂投运\n"
	    "                                                            "
	    "澄湖湿地公园春季花展开幕\n"
	    "                       镇区污水全收集"
	    "                                           "
	    "——三万株郁金香同时盛放\n"
	    "\n"
	    "核心提示\n"
	    "污水处理厂投运后，镇区生活污水实现全收集、全处理，"
	    "河道水质明显好转。\n"
	    "\n"
	    "\n"
	    "\n"
	    "东港镇新建污水处理厂，日处理能力                        "
	    "本报讯 3月5日，澄湖湿地公园春\n"
	    "两万吨，于3月5日正式投入运行。                        "
	    "季花展开幕，三万株郁金香与樱花\n"
	    "镇区生活污水从此实现全收集、全                         "
	    "同时盛放。园方预计花展期间接待\n"
	    "处理，河道水质明显好转。                            "
	    "游客10万人次，并在周末推出夜游\n"
	    "据介绍，该厂采用新工艺，出水                          "
	    "活动。游客可在线预约，错峰入园，\n"
	    "达到一级A标准，尾水用于湿地补                         "
	    "园内设有临时停车场和接驳车，\n"
	    "水和绿化浇灌，一年可节水30万吨。                       "
	    "方便市民前来赏花。\n",
	    "核心提示\n"
	    "\n"
	    "东港镇新建污水处理厂投运\n"
	    "镇区污水全收集\n"
	    "\n"
	    "澄湖湿地公园春季花展开幕\n"
	    "——三万株郁金香同时盛放\n"
	    "\n"
	    "污水处理厂投运后，镇区生活污水实现全收集、全处理，"
	    "河道水质明显好转。\n"
	    "\n"
	    "东港镇新建污水处理厂，日处理能力\n"
	    "两万吨，于3月5日正式投入运行。\n"
	    "镇区生活污水从此实现全收集、全\n"
	    "处理，河道水质明显好转。\n"
	    "据介绍，该厂采用新工艺，出水\n"
	    "达到一级A标准，尾水用于湿地补\n"
	    "水和绿化浇灌，一年可节水30万吨。\n"
	    "\n"
	    "本报讯 3月5日，澄湖湿地公园春\n"
	    "季花展开幕，三万株郁金香与樱花\n"
	    "同时盛放。园方预计花展期间接待\n"
	    "游客10万人次，并在周末推出夜游\n"
	    "活动。游客可在线预约，错峰入园，\n"
	    "园内设有临时停车场和接驳车，\n"
	    "方便市民前来赏花。\n");
}

/*
 * parse-layout-3.27: on a page whose bylines carry ■, a story's last
 * line alone between blank rows, ending a sentence short of the column,
 * and its title under it, set wider than the column (larger type): the
 * blanks part the line, the title and the next story's heading, though
 * they are single lines and the column beside is set on other rows.
 */
static void
parse_layout_3_27(void **state)
{
	(void)state;
	assert_columns(
	    "■记者 陈思远                                  澄湖书城\n"
	    "本报讯 3月5日，我市“免申即享”                 "
	    "春季读书月 全场八折\n"
	    "平台上线一周，已有120家企业                   "
	    "活动时间：3月1日至31日\n"
	    "收到补助资金。“没想到不用提交\n"
	    "任何材料，钱就直接打到了账户                  "
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "上。”一家企业负责人说。                       ■记者 顾晓岚\n"
	    "                                              "
	    "本报讯 3月5日，我市召开春季\n"
	    "惠企政策“免申即享” 1.2亿元资金直达企业        "
	    "农业生产工作会议，部署开展春\n"
	    "                                              "
	    "季农业生产“百日行动”。\n"
	    "东港镇开展安全生产检查\n"
	    "■记者 沈一鸣                                  "
	    "会议要求，各镇街道要抓住当\n"
	    "本报讯 连日来，东港镇组织安                   "
	    "前有利时机，扎实做好早稻育秧\n"
	    "监、消防等部门开展春季安全生                  等工作。\n"
	    "产大检查。\n",
	    "■记者 陈思远\n"
	    "本报讯 3月5日，我市“免申即享”\n"
	    "平台上线一周，已有120家企业\n"
	    "收到补助资金。“没想到不用提交\n"
	    "任何材料，钱就直接打到了账户\n"
	    "\n"
	    "上。”一家企业负责人说。\n"
	    "\n"
	    "惠企政策“免申即享” 1.2亿元资金直达企业\n"
	    "\n"
	    "东港镇开展安全生产检查\n"
	    "■记者 沈一鸣\n"
	    "本报讯 连日来，东港镇组织安\n"
	    "监、消防等部门开展春季安全生\n"
	    "产大检查。\n"
	    "\n"
	    "澄湖书城\n"
	    "春季读书月 全场八折\n"
	    "活动时间：3月1日至31日\n"
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "■记者 顾晓岚\n"
	    "本报讯 3月5日，我市召开春季\n"
	    "农业生产工作会议，部署开展春\n"
	    "季农业生产“百日行动”。\n"
	    "\n"
	    "会议要求，各镇街道要抓住当\n"
	    "前有利时机，扎实做好早稻育秧\n"
	    "等工作。\n");
}

/*
 * parse-layout-3.28: on a page whose bylines carry ■, a title under its
 * story and the next story's title over its text, each alone between
 * blank rows beside a column set on other rows: the blank between the
 * two titles parts them.  The upper reaches two wide characters past
 * the column's lines: a title's larger type, not a line of its text.
 */
static void
parse_layout_3_28(void **state)
{
	(void)state;
	assert_columns(
	    "■记者 顾晓岚                                  "
	    "项目，很大程度上取决于营商\n"
	    "本报讯 3月5日，我市召开春\n"
	    "季农业生产工作会议，部署开                    环境好不好。\n"
	    "展春季农业生产百日行动，确\n"
	    "保全年粮食播种面积稳定在32                    "
	    "当好“店小二”，就要有求必应、\n"
	    "万亩以上。\n"
	    "                                              "
	    "无事不扰。企业有需要的时候，\n"
	    "澄湖启动春季农业生产“百日行动”\n"
	    "                                              "
	    "政府部门要第一时间响应。\n"
	    "惠企政策“免申即享” 1.2亿元资金直达企业\n"
	    "                                              "
	    "优化营商环境没有终点，只有\n"
	    "（上接1版）过去，企业申报一                   "
	    "连续不断的新起点。\n"
	    "项政策，往往要准备十几份材                    ■本报评论员\n"
	    "料，还要在多个部门之间来回\n"
	    "跑。\n",
	    "■记者 顾晓岚\n"
	    "本报讯 3月5日，我市召开春\n"
	    "季农业生产工作会议，部署开\n"
	    "展春季农业生产百日行动，确\n"
	    "保全年粮食播种面积稳定在32\n"
	    "万亩以上。\n"
	    "\n"
	    "澄湖启动春季农业生产“百日行动”\n"
	    "\n"
	    "惠企政策“免申即享” 1.2亿元资金直达企业\n"
	    "\n"
	    "（上接1版）过去，企业申报一\n"
	    "项政策，往往要准备十几份材\n"
	    "料，还要在多个部门之间来回\n"
	    "跑。\n"
	    "\n"
	    "项目，很大程度上取决于营商\n"
	    "\n"
	    "环境好不好。\n"
	    "当好“店小二”，就要有求必应、\n"
	    "无事不扰。企业有需要的时候，\n"
	    "政府部门要第一时间响应。\n"
	    "优化营商环境没有终点，只有\n"
	    "连续不断的新起点。\n"
	    "■本报评论员\n");
}

/*
 * parse-layout-3.29: the page's first row holds the paper's masthead line
 * and, over the right column, the first line of its text, cut inside a
 * sentence (…30亿元，分), under it a blank row.  A piece with a comma or
 * a stop in it is no date, page or editor's name: the line is read with
 * its column, not cut off as furniture.
 */
static void
parse_layout_3_29(void **state)
{
	(void)state;
	assert_columns(
	    " 澄湖发布 今澄湖客户端                  "
	    "签约的项目总投资30亿元，分\n"
	    "\n"
	    "招聘会上人气旺                          "
	    "两期建设，主要建设储能电池\n"
	    "                                        "
	    "生产线，全部达产后年产值可\n"
	    "3月5日，澄湖市人力资源                  达60亿元。\n"
	    "市场举办春风行动专场招聘\n"
	    "会，共有96家企业提供岗位                "
	    "“我们看中的不仅是澄湖的\n"
	    "2180个，吸引了众多求职者                "
	    "区位优势，更是这里的服务效\n"
	    "前来咨询。                              率。”公司董事长说。\n"
	    "■摄影 王 强\n",
	    "澄湖发布 今澄湖客户端\n"
	    "\n"
	    "招聘会上人气旺\n"
	    "\n"
	    "3月5日，澄湖市人力资源\n"
	    "市场举办春风行动专场招聘\n"
	    "会，共有96家企业提供岗位\n"
	    "2180个，吸引了众多求职者\n"
	    "前来咨询。\n"
	    "■摄影 王 强\n"
	    "\n"
	    "签约的项目总投资30亿元，分\n"
	    "两期建设，主要建设储能电池\n"
	    "生产线，全部达产后年产值可\n"
	    "达60亿元。\n"
	    "\n"
	    "“我们看中的不仅是澄湖的\n"
	    "区位优势，更是这里的服务效\n"
	    "率。”公司董事长说。\n");
}

/*
 * parse-layout-3.30: a story's last line ends on the note that it goes on
 * on another page (（下转2版）), a blank row under it beside a column set
 * on other rows: nothing of the story follows the note, and the blank
 * parts it from the weather box under it.
 */
static void
parse_layout_3_30(void **state)
{
	(void)state;
	assert_columns(
	    "　　澄湖港区新航线昨日开通，      　　截至目前，全市已有1126\n"
	    "首批集装箱货轮满载驶出港口，      家企业通过“免申即享”获得\n"
	    "运往南洋群岛的十二个港口。        "
	    "奖补资金1.2亿元。（下转2版）\n"
	    "　　港区负责人介绍，新航线每\n"
	    "周一班，预计全年运量三十万        今天阴有小雨，雨量中等。\n"
	    "箱，比去年增加三成，将带动        "
	    "明天阴转多云，东北风3到4级。\n"
	    "临港产业发展。\n"
	    "　　据了解，港区今年还将新        湖滨公园樱花进入盛花期\n"
	    "建两个深水泊位。                  　　连日来，湖滨公园的樱花\n",
	    "　　澄湖港区新航线昨日开通，\n"
	    "首批集装箱货轮满载驶出港口，\n"
	    "运往南洋群岛的十二个港口。\n"
	    "　　港区负责人介绍，新航线每\n"
	    "周一班，预计全年运量三十万\n"
	    "箱，比去年增加三成，将带动\n"
	    "临港产业发展。\n"
	    "　　据了解，港区今年还将新\n"
	    "建两个深水泊位。\n"
	    "\n"
	    "　　截至目前，全市已有1126\n"
	    "家企业通过“免申即享”获得\n"
	    "奖补资金1.2亿元。（下转2版）\n"
	    "\n"
	    "今天阴有小雨，雨量中等。\n"
	    "明天阴转多云，东北风3到4级。\n"
	    "\n"
	    "湖滨公园樱花进入盛花期\n"
	    "　　连日来，湖滨公园的樱花\n");
}

/*
 * parse-layout-3.31: a story ends on its sign-off (…（本报澄 ⏎ 湖3月5日
 * 电）), a blank row under it beside a column set on other rows: it ends
 * there as on a sentence's end, and the blank parts it from the ad's
 * name under it.
 */
static void
parse_layout_3_31(void **state)
{
	(void)state;
	assert_columns(
	    "　　澄湖港区新航线昨日开通，      "
	    "　　企业负责人说：“从打桩到\n"
	    "首批集装箱货轮满载驶出港口，      投产，每一步都有人帮我们盯\n"
	    "运往南洋群岛的十二个港口。        "
	    "着，真是省了不少心。”（本报澄\n"
	    "　　港区负责人介绍，新航线每      湖3月5日电）\n"
	    "周一班，预计全年运量三十万\n"
	    "                                  澄湖书城\n"
	    "箱，比去年增加三成，将带动        春季读书月 全场图书八折\n"
	    "临港产业发展。                    活动时间：3月1日至31日\n"
	    "　　据了解，港区今年还将新\n"
	    "建两个深水泊位。\n",
	    "　　澄湖港区新航线昨日开通，\n"
	    "首批集装箱货轮满载驶出港口，\n"
	    "运往南洋群岛的十二个港口。\n"
	    "　　港区负责人介绍，新航线每\n"
	    "周一班，预计全年运量三十万\n"
	    "箱，比去年增加三成，将带动\n"
	    "临港产业发展。\n"
	    "　　据了解，港区今年还将新\n"
	    "建两个深水泊位。\n"
	    "\n"
	    "　　企业负责人说：“从打桩到\n"
	    "投产，每一步都有人帮我们盯\n"
	    "着，真是省了不少心。”（本报澄\n"
	    "湖3月5日电）\n"
	    "\n"
	    "澄湖书城\n"
	    "春季读书月 全场图书八折\n"
	    "活动时间：3月1日至31日\n");
}

/*
 * parse-layout-3.32: as 3.28, the upper title as wide as the column's
 * lines but with no mark in it (柳浦镇湖羊养殖走出共富新路): a line of a
 * paragraph has one more often than not, and would not run on into a
 * title under it.  The blank parts the two titles.
 */
static void
parse_layout_3_32(void **state)
{
	(void)state;
	assert_columns(
	    "■记者 顾晓岚                                  "
	    "“以前上下楼要歇两回，现在\n"
	    "本报讯 柳浦镇推动湖羊养殖                     "
	    "按一下按钮就到了。”家住凤\n"
	    "与稻田种植结合，探索种养循                    "
	    "鸣街道的陆阿婆乘着新装好的\n"
	    "环模式，让农业更绿色、农民                    "
	    "电梯下楼晒太阳，脸上满是笑\n"
	    "更富裕。                                      "
	    "容。这部电梯是梅溪新村今年\n"
	    "                                              "
	    "完工的第三部加装电梯。\n"
	    "柳浦镇湖羊养殖走出共富新路\n"
	    "                                              "
	    "街道相关负责人介绍，今年全\n"
	    "反诈宣传进夜市 “天天讲”守住钱袋子\n"
	    "■记者 沈一鸣                                  "
	    "街道计划再加装十部电梯。\n"
	    "本报讯 套圈、答题、扫码领\n"
	    "小礼品，夜市里的反诈宣传活\n"
	    "动吸引了不少市民。\n",
	    "■记者 顾晓岚\n"
	    "本报讯 柳浦镇推动湖羊养殖\n"
	    "与稻田种植结合，探索种养循\n"
	    "环模式，让农业更绿色、农民\n"
	    "更富裕。\n"
	    "\n"
	    "柳浦镇湖羊养殖走出共富新路\n"
	    "\n"
	    "反诈宣传进夜市 “天天讲”守住钱袋子\n"
	    "■记者 沈一鸣\n"
	    "本报讯 套圈、答题、扫码领\n"
	    "小礼品，夜市里的反诈宣传活\n"
	    "动吸引了不少市民。\n"
	    "\n"
	    "“以前上下楼要歇两回，现在\n"
	    "按一下按钮就到了。”家住凤\n"
	    "鸣街道的陆阿婆乘着新装好的\n"
	    "电梯下楼晒太阳，脸上满是笑\n"
	    "容。这部电梯是梅溪新村今年\n"
	    "完工的第三部加装电梯。\n"
	    "街道相关负责人介绍，今年全\n"
	    "街道计划再加装十部电梯。\n");
}

/*
 * parse-layout-3.33: an ad's phone number, a note of the ad's own under
 * it (友情提醒：…), then a blank row and a story's title: the blank ends
 * the ad, though its last line ends no sentence and the title is as
 * wide as the column.
 */
static void
parse_layout_3_33(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖市交通技工学校                  "
	    "工地上，工人们正在进行钢筋\n"
	    "2024年招生简章                      "
	    "绑扎作业。开春以来，我市各\n"
	    "招生热线：0573-85223366（全日制）   "
	    "重点项目工地全面复工，处处\n"
	    "友情提醒：关注天气，注意交通安全    是你追我赶的建设热潮。\n"
	    "\n"
	    "市人大常委会召开第二十次会议        "
	    "抓落实，贵在天天抓、事事抓。\n"
	    "                                    "
	    "今年以来，我市坚持一线工作\n"
	    "■记者 周 雯                         "
	    "法，推动各项任务落地见效。\n"
	    "本报讯 3月6日上午，市人大常\n"
	    "委会召开第二十次会议，听取和\n"
	    "审议了市政府有关工作报告。\n",
	    "澄湖市交通技工学校\n"
	    "2024年招生简章\n"
	    "招生热线：0573-85223366（全日制）\n"
	    "友情提醒：关注天气，注意交通安全\n"
	    "\n"
	    "市人大常委会召开第二十次会议\n"
	    "\n"
	    "■记者 周 雯\n"
	    "本报讯 3月6日上午，市人大常\n"
	    "委会召开第二十次会议，听取和\n"
	    "审议了市政府有关工作报告。\n"
	    "\n"
	    "工地上，工人们正在进行钢筋\n"
	    "绑扎作业。开春以来，我市各\n"
	    "重点项目工地全面复工，处处\n"
	    "是你追我赶的建设热潮。\n"
	    "\n"
	    "抓落实，贵在天天抓、事事抓。\n"
	    "今年以来，我市坚持一线工作\n"
	    "法，推动各项任务落地见效。\n");
}

/* What a reader of the 3.34 and 3.35 pages reads: the caption apart. */
#define CAPTION_READ							\
	"　　港区负责人介绍，新航线\n"					\
	"每周一班，预计全年运量三十\n"					\
	"万箱，比去年增加三成。\n"					\
	"　　据了解，港区今年还将新\n"					\
	"建两个深水泊位，预计完成投\n"					\
	"资二十亿元，建成后年吞吐能\n"					\
	"力将由目前的一千九百万吨提\n"					\
	"升至三千万吨。\n"						\
	"“一老一小”服务圈覆盖城乡\n"					\
	"本报记者 徐嘉禾\n"						\
	"　　早上把孩子送进社区托育\n"					\
	"园，中午到老年食堂吃饭。\n"					\
	"\n"								\
	"　　去年，西塘桥镇投入资金\n"					\
	"改造农田三千亩，新修机耕\n"					\
	"路和灌溉渠，农田面貌焕然\n"					\
	"一新。西塘桥镇农业农村办负\n"					\
	"责人说，高标准农田建好了还\n"					\
	"要管好用好，镇里将建立长效\n"					\
	"管护机制，让农田常常用。\n"					\
	"\n"								\
	"3月6日，在凤鸣街道景澜社区，\n"				\
	"志愿者正在为居民义务理发、\n"					\
	"测量血压，不少老人早早排起\n"					\
	"了队。\n"							\
	"汤颖 陆峰/摄\n"

/*
 * parse-layout-3.34: a story's last sentence, a blank row beside a column
 * set on other rows, then a photo's caption ending on its credit (汤颖
 * 陆峰/摄), shorter than the story's lines over it: the blank parts the
 * caption from the story.
 */
static void
parse_layout_3_34(void **state)
{
	(void)state;
	assert_columns(
	    "　　港区负责人介绍，新航线          "
	    "　　去年，西塘桥镇投入资金\n"
	    "每周一班，预计全年运量三十          改造农田三千亩，新修机耕\n"
	    "万箱，比去年增加三成。              路和灌溉渠，农田面貌焕然\n"
	    "　　据了解，港区今年还将新          "
	    "一新。西塘桥镇农业农村办负\n"
	    "建两个深水泊位，预计完成投          "
	    "责人说，高标准农田建好了还\n"
	    "资二十亿元，建成后年吞吐能          "
	    "要管好用好，镇里将建立长效\n"
	    "力将由目前的一千九百万吨提          管护机制，让农田常常用。\n"
	    "升至三千万吨。\n"
	    "                                    "
	    "3月6日，在凤鸣街道景澜社区，\n"
	    "“一老一小”服务圈覆盖城乡            "
	    "志愿者正在为居民义务理发、\n"
	    "本报记者 徐嘉禾                     "
	    "测量血压，不少老人早早排起\n"
	    "　　早上把孩子送进社区托育          了队。\n"
	    "园，中午到老年食堂吃饭。            汤颖 陆峰/摄\n",
	    CAPTION_READ);
}

/*
 * parse-layout-3.35: as 3.34, the caption itself set on rows the column
 * beside alternates with, a blank row inside it: the caption still runs
 * on to its credit, and stands apart from the story.
 */
static void
parse_layout_3_35(void **state)
{
	(void)state;
	assert_columns(
	    "　　港区负责人介绍，新航线          "
	    "　　去年，西塘桥镇投入资金\n"
	    "每周一班，预计全年运量三十          改造农田三千亩，新修机耕\n"
	    "万箱，比去年增加三成。              路和灌溉渠，农田面貌焕然\n"
	    "　　据了解，港区今年还将新          "
	    "一新。西塘桥镇农业农村办负\n"
	    "建两个深水泊位，预计完成投          "
	    "责人说，高标准农田建好了还\n"
	    "资二十亿元，建成后年吞吐能          "
	    "要管好用好，镇里将建立长效\n"
	    "力将由目前的一千九百万吨提          管护机制，让农田常常用。\n"
	    "升至三千万吨。\n"
	    "                                    "
	    "3月6日，在凤鸣街道景澜社区，\n"
	    "“一老一小”服务圈覆盖城乡\n"
	    "                                    "
	    "志愿者正在为居民义务理发、\n"
	    "本报记者 徐嘉禾                     "
	    "测量血压，不少老人早早排起\n"
	    "　　早上把孩子送进社区托育          了队。\n"
	    "园，中午到老年食堂吃饭。            汤颖 陆峰/摄\n",
	    CAPTION_READ);
}

/*
 * parse-layout-3.36: an ad with no phone number ends on a field of its
 * own (活动时间：3月1日至3月31日), then a blank row beside a column set on
 * other rows and a story's title: the blank ends the ad, as under a
 * number to call.
 */
static void
parse_layout_3_36(void **state)
{
	(void)state;
	assert_columns(
	    "　　港区负责人介绍，新航线          澄湖书城\n"
	    "每周一班，预计全年运量三十          春季读书月 全场图书八折\n"
	    "万箱，比去年增加三成。              "
	    "活动时间：3月1日至3月31日\n"
	    "　　据了解，港区今年还将新\n"
	    "建两个深水泊位，预计完成投          东港镇开展安全生产大检查\n"
	    "                                    本报记者 沈一鸣\n"
	    "资二十亿元，建成后年吞吐能          "
	    "　　连日来，东港镇组织安监、\n"
	    "力将由目前的一千九百万吨提          "
	    "消防等部门开展春季安全生产\n"
	    "升至三千万吨。                      大检查。\n",
	    "　　港区负责人介绍，新航线\n"
	    "每周一班，预计全年运量三十\n"
	    "万箱，比去年增加三成。\n"
	    "　　据了解，港区今年还将新\n"
	    "建两个深水泊位，预计完成投\n"
	    "资二十亿元，建成后年吞吐能\n"
	    "力将由目前的一千九百万吨提\n"
	    "升至三千万吨。\n"
	    "\n"
	    "澄湖书城\n"
	    "春季读书月 全场图书八折\n"
	    "活动时间：3月1日至3月31日\n"
	    "\n"
	    "东港镇开展安全生产大检查\n"
	    "本报记者 沈一鸣\n"
	    "　　连日来，东港镇组织安监、\n"
	    "消防等部门开展春季安全生产\n"
	    "大检查。\n");
}

/*
 * parse-layout-3.37: a column's banner, two short lines with no mark (创新
 * 突破 ⏎ 实干争先), then a blank row beside a column set on other rows and
 * a longer line with no mark, a story's title: the blank parts the banner
 * from the title, which it would otherwise head as a kicker.
 */
static void
parse_layout_3_37(void **state)
{
	(void)state;
	assert_columns(
	    "　　港区负责人介绍，新航线          一步都有人帮我们盯着。”\n"
	    "每周一班，预计全年运量三十\n"
	    "万箱，比去年增加三成。              创新突破\n"
	    "　　据了解，港区今年还将新          实干争先\n"
	    "建两个深水泊位，预计完成投\n"
	    "                                    "
	    "东港镇开展春季安全生产大检查\n"
	    "资二十亿元，建成后年吞吐能          本报记者 沈一鸣\n"
	    "力将由目前的一千九百万吨提          "
	    "　　连日来，东港镇组织安监、\n"
	    "升至三千万吨。                      "
	    "消防等部门开展安全大检查。\n",
	    "　　港区负责人介绍，新航线\n"
	    "每周一班，预计全年运量三十\n"
	    "万箱，比去年增加三成。\n"
	    "　　据了解，港区今年还将新\n"
	    "建两个深水泊位，预计完成投\n"
	    "资二十亿元，建成后年吞吐能\n"
	    "力将由目前的一千九百万吨提\n"
	    "升至三千万吨。\n"
	    "\n"
	    "一步都有人帮我们盯着。”\n"
	    "\n"
	    "创新突破\n"
	    "实干争先\n"
	    "\n"
	    "东港镇开展春季安全生产大检查\n"
	    "本报记者 沈一鸣\n"
	    "　　连日来，东港镇组织安监、\n"
	    "消防等部门开展安全大检查。\n");
}

/*
 * parse-layout-3.38: a commentary's signature alone (本报评论员) over a
 * blank row, a column set on other baselines beside it, and a box under
 * the blank: nothing of the commentary follows its signature, so the
 * blank parts them, as it does under a note that a story goes on on
 * another page.
 */
static void
parse_layout_3_38(void **state)
{
	(void)state;
	assert_columns(
	    "　　企业兴则城市兴。期                                  "
	    "把分散在经济发展、市场\n"
	    "待更多干部把办公桌搬到                                  "
	    "监管、人力社保等部门的\n"
	    "企业去，把惠企政策讲明                                  "
	    "涉企服务事项集中起来，\n"
	    "白、送到位，用实实在在                                  "
	    "打造“一站式”企业服务\n"
	    "的服务，为澄湖高质量发                                  "
	    "综合体，企业办事从“跑\n"
	    "展积蓄更足的底气。                                      "
	    "多门”变成“进一门”。\n"
	    "本报评论员                                              "
	    "　　不仅如此，企业之家\n"
	    "                                                        "
	    "还组建了一支由12名骨干\n"
	    " 今天多云到阴，夜里阴有小雨。明天小雨转阴，偏\n"
	    "北风3到4级。今天白天最高气温14℃，明天早晨最低气温      "
	    "组成的“车间服务队”，\n"
	    "7℃。                                                   "
	    "每周固定两天下企业，把\n"
	    "                                                        "
	    "政策宣讲、诉求收集、难\n",
	    "　　企业兴则城市兴。期\n"
	    "待更多干部把办公桌搬到\n"
	    "企业去，把惠企政策讲明\n"
	    "白、送到位，用实实在在\n"
	    "的服务，为澄湖高质量发\n"
	    "展积蓄更足的底气。\n"
	    "本报评论员\n"
	    "\n"
	    "今天多云到阴，夜里阴有小雨。明天小雨转阴，偏\n"
	    "北风3到4级。今天白天最高气温14℃，明天早晨最低气温\n"
	    "7℃。\n"
	    "\n"
	    "把分散在经济发展、市场\n"
	    "监管、人力社保等部门的\n"
	    "涉企服务事项集中起来，\n"
	    "打造“一站式”企业服务\n"
	    "综合体，企业办事从“跑\n"
	    "多门”变成“进一门”。\n"
	    "　　不仅如此，企业之家\n"
	    "还组建了一支由12名骨干\n"
	    "组成的“车间服务队”，\n"
	    "每周固定两天下企业，把\n"
	    "政策宣讲、诉求收集、难\n");
}

/*
 * parse-layout-3.39: a story's last lines, a blank row where the column
 * beside sets a line of its own among them, then a photo's caption and
 * its credit (…少老人早早排起了队。 ⏎ 汤颖 陆峰/摄): the story runs on
 * over the caption well past its length, so the blank under the story's
 * last sentence parts the caption from it.
 */
static void
parse_layout_3_39(void **state)
{
	(void)state;
	assert_columns(
	    "丰村看到，去年完成改造的                 "
	    "的电话，对方称她购买的商\n"
	    " 2100亩高标准农田里，农                  "
	    "品存在质量问题，需要办理\n"
	    "户正忙着翻耕土地，准备春                 "
	    "退款。在对方的诱导下，李\n"
	    "播。                                     "
	    "女士下载了一款会议软件并\n"
	    "                                         "
	    "开启屏幕共享，短短两个小\n"
	    "　　“以前田块小、路不通，               "
	    "时内，账户里的钱被分多次\n"
	    "机器开不进来，现在连片种                 转走。\n"
	    "植，用上了无人机飞防，省                 "
	    "　　接到报警后，市公安局\n"
	    "工又省钱。”种粮大户马志                 "
	    "迅速成立专案组，连续奋战\n"
	    "勇算了一笔账，改造后每亩                 "
	    "40 多天，辗转多个省市，\n"
	    "地的产量提高了约80 斤，                  "
	    "成功抓获犯罪嫌疑人 5 名，\n"
	    "成本却降了不少。                         "
	    "为李女士追回全部被骗资金。\n"
	    "　　去年，西塘桥镇投入资                 "
	    "　　警方提醒，凡是自称客\n"
	    "金 3600万元，实施高标准                  "
	    "服要求退款、理赔的，都要\n"
	    "农田建设项目4 个，同步推                 "
	    "通过官方渠道核实；凡是要\n"
	    "进农田灌排设施、田间道路\n"
	    "和农田防护林建设。今年，                 "
	    "求下载会议软件、开启屏幕\n"
	    "该镇还计划新建和改造提升                 "
	    "共享的，一律是诈骗。遇到\n"
	    "高标准农田3000亩。                       "
	    "可疑情况，请及时拨打\n"
	    "　　西塘桥镇农业农村办负                 96110 咨询。\n"
	    "责人说，高标准农田建好了\n"
	    "                                         "
	    "　　3月6 日，在凤鸣街道\n"
	    "                                         "
	    "景澜社区，志愿者正在为居\n"
	    "                                         "
	    "民义务理发、测量血压，不\n"
	    "                                         "
	    "少老人早早排起了队。\n"
	    "                                         汤颖 陆峰/摄\n",
	    "丰村看到，去年完成改造的\n"
	    "2100亩高标准农田里，农\n"
	    "户正忙着翻耕土地，准备春\n"
	    "播。\n"
	    "\n"
	    "　　“以前田块小、路不通，\n"
	    "机器开不进来，现在连片种\n"
	    "植，用上了无人机飞防，省\n"
	    "工又省钱。”种粮大户马志\n"
	    "勇算了一笔账，改造后每亩\n"
	    "地的产量提高了约80 斤，\n"
	    "成本却降了不少。\n"
	    "　　去年，西塘桥镇投入资\n"
	    "金 3600万元，实施高标准\n"
	    "农田建设项目4 个，同步推\n"
	    "进农田灌排设施、田间道路\n"
	    "和农田防护林建设。今年，\n"
	    "该镇还计划新建和改造提升\n"
	    "高标准农田3000亩。\n"
	    "　　西塘桥镇农业农村办负\n"
	    "责人说，高标准农田建好了\n"
	    "\n"
	    "的电话，对方称她购买的商\n"
	    "品存在质量问题，需要办理\n"
	    "退款。在对方的诱导下，李\n"
	    "女士下载了一款会议软件并\n"
	    "开启屏幕共享，短短两个小\n"
	    "时内，账户里的钱被分多次\n"
	    "转走。\n"
	    "　　接到报警后，市公安局\n"
	    "迅速成立专案组，连续奋战\n"
	    "40 多天，辗转多个省市，\n"
	    "成功抓获犯罪嫌疑人 5 名，\n"
	    "为李女士追回全部被骗资金。\n"
	    "　　警方提醒，凡是自称客\n"
	    "服要求退款、理赔的，都要\n"
	    "通过官方渠道核实；凡是要\n"
	    "求下载会议软件、开启屏幕\n"
	    "共享的，一律是诈骗。遇到\n"
	    "可疑情况，请及时拨打\n"
	    "96110 咨询。\n"
	    "\n"
	    "　　3月6 日，在凤鸣街道\n"
	    "景澜社区，志愿者正在为居\n"
	    "民义务理发、测量血压，不\n"
	    "少老人早早排起了队。\n"
	    "汤颖 陆峰/摄\n");
}

/*
 * parse-layout-3.40: on a page whose bylines carry ■, a paragraph's last
 * line, as wide as its column (…向“好不好”转变。), a blank row where the
 * column beside sets a byline, then the story's title as wide as the
 * column, with no pause in it: the blank parts the title from the story
 * over it, though the title does not stop short.
 */
static void
parse_layout_3_40(void **state)
{
	(void)state;
	assert_columns(
	    "                                            "
	    "了由医生、社工和志愿者组成的服务团\n"
	    "据统计，1至2 月，全市完成固定               "
	    "队，定期上门为高龄、独居老人提供健\n"
	    "资产投资62.3亿元，同比增长11.4%，           "
	    "康检查和生活照料。“有什么不舒服，\n"
	    "其中工业投资增长18.6%。市发改局相           "
	    "一个电话就有人来看看，心里踏实多了。”\n"
	    "关负责人表示，将继续紧盯全年目标，          "
	    "凤鸣街道86岁的赵大爷说。\n"
	    "确保全年固定资产投资增长 8%以上。\n"
	    "                                            "
	    "市民政局相关负责人介绍，今年我\n"
	    "跑出项目建设“加速度”                      "
	    "市将重点提升服务质量，推动养老、托\n"
	    "                                            "
	    "育服务从“有没有”向“好不好”转变。\n"
	    "■记者 沈一鸣 通讯员 孙明浩\n"
	    "                                            "
	    "“一老一小”服务圈覆盖全部城乡社区\n"
	    "冒充客服骗走积蓄冒充客服骗走积蓄\n"
	    "民警追回86万元民警追回86万元                "
	    "3月6日，在凤鸣街道景澜社区，志\n"
	    "                                            "
	    "愿者正在为居民义务理发、测量血压，\n"
	    "本报讯 “谢谢，谢谢你们帮我把               "
	    "不少老人早早排起了队。 ■摄影 汤\n"
	    "钱追了回来！”3月5日，在澄湖市公安          颖 陆 峰\n",
	    "据统计，1至2 月，全市完成固定\n"
	    "资产投资62.3亿元，同比增长11.4%，\n"
	    "其中工业投资增长18.6%。市发改局相\n"
	    "关负责人表示，将继续紧盯全年目标，\n"
	    "确保全年固定资产投资增长 8%以上。\n"
	    "\n"
	    "跑出项目建设“加速度”\n"
	    "\n"
	    "■记者 沈一鸣 通讯员 孙明浩\n"
	    "\n"
	    "冒充客服骗走积蓄冒充客服骗走积蓄\n"
	    "民警追回86万元民警追回86万元\n"
	    "\n"
	    "本报讯 “谢谢，谢谢你们帮我把\n"
	    "钱追了回来！”3月5日，在澄湖市公安\n"
	    "\n"
	    "了由医生、社工和志愿者组成的服务团\n"
	    "队，定期上门为高龄、独居老人提供健\n"
	    "康检查和生活照料。“有什么不舒服，\n"
	    "一个电话就有人来看看，心里踏实多了。”\n"
	    "凤鸣街道86岁的赵大爷说。\n"
	    "\n"
	    "市民政局相关负责人介绍，今年我\n"
	    "市将重点提升服务质量，推动养老、托\n"
	    "育服务从“有没有”向“好不好”转变。\n"
	    "\n"
	    "“一老一小”服务圈覆盖全部城乡社区\n"
	    "\n"
	    "3月6日，在凤鸣街道景澜社区，志\n"
	    "愿者正在为居民义务理发、测量血压，\n"
	    "不少老人早早排起了队。 ■摄影 汤\n"
	    "颖 陆 峰\n");
}

/*
 * parse-layout-3.41: the page's first row holds the masthead's ear and,
 * in the column beside, a short line of a story justified to its column,
 * its characters a space apart (获 得 各 类 奖): that line is text, the
 * top of a column, not furniture; it runs on into the lines under it.
 */
static void
parse_layout_3_41(void **state)
{
	(void)state;
	assert_columns(
	    " 澄湖发布 今澄湖客户端                    获 得 各 类 奖\n"
	    "\n"
	    "本报讯 3月 5 日上午，禾                   补资金1.2 亿元。\n"
	    "润新能源储能电池项目签约仪式              （下转2版）\n"
	    "在澄湖经济技术开发区举行。市\n"
	    "领导方立群、韩卫东出席签约仪              "
	    "惠企政策“免申即享”\n"
	    "式。                                      "
	    "1.2亿元资金直达企业\n",
	    "澄湖发布 今澄湖客户端\n"
	    "本报讯 3月 5 日上午，禾\n"
	    "润新能源储能电池项目签约仪式\n"
	    "在澄湖经济技术开发区举行。市\n"
	    "领导方立群、韩卫东出席签约仪\n"
	    "式。\n"
	    "\n"
	    "获 得 各 类 奖\n"
	    "补资金1.2 亿元。\n"
	    "（下转2版）\n"
	    "\n"
	    "惠企政策“免申即享”\n"
	    "1.2亿元资金直达企业\n");
}

/*
 * parse-layout-3.42: a weather box set wider than the column it stands in
 * (…偏北风3 ⏎ 到4级。…明天早晨最低气温5℃。), a blank row where the
 * column beside sets a line of its own, then a commentary's first line
 * as wide as the column: the blank ends the box; the commentary's text
 * is not the box's.
 */
static void
parse_layout_3_42(void **state)
{
	(void)state;
	assert_columns(
	    "                                                      "
	    "次开工的还有澄湖港区综合码\n"
	    "市十七届人大常委会召开第二十次会议                    "
	    "头二期、西塘桥镇未来社区、\n"
	    "                                                      "
	    "市第二人民医院迁建等项目，\n"
	    "澄湖市交通技工学校                                    "
	    "涵盖产业发展、基础设施、社\n"
	    " 今天多云，午后转晴。明天晴到多云，偏北风3            "
	    "会民生等多个领域。\n"
	    "到4级。今天白天最高气温16℃，明天早晨最低气温5℃。\n"
	    "                                                      "
	    "我市春季重点项目开工仪式在临港新区举行\n"
	    "抓落实，贵在天天抓、事                                "
	    "跑出项目建\n"
	    "事抓。一分部署，九分落实，                            "
	    "设“加速度”\n"
	    "再好的蓝图，如果不落到实处，\n"
	    "也只能是纸上谈兵。                                    "
	    "（下转2版）\n"
	    "\n"
	    "天天抓落实，就要有只争                                "
	    "本报讯 “扫一扫企业码，\n",
	    "市十七届人大常委会召开第二十次会议\n"
	    "澄湖市交通技工学校\n"
	    "今天多云，午后转晴。明天晴到多云，偏北风3\n"
	    "到4级。今天白天最高气温16℃，明天早晨最低气温5℃。\n"
	    "\n"
	    "抓落实，贵在天天抓、事\n"
	    "事抓。一分部署，九分落实，\n"
	    "再好的蓝图，如果不落到实处，\n"
	    "也只能是纸上谈兵。\n"
	    "\n"
	    "天天抓落实，就要有只争\n"
	    "\n"
	    "次开工的还有澄湖港区综合码\n"
	    "头二期、西塘桥镇未来社区、\n"
	    "市第二人民医院迁建等项目，\n"
	    "涵盖产业发展、基础设施、社\n"
	    "会民生等多个领域。\n"
	    "\n"
	    "我市春季重点项目开工仪式在临港新区举行\n"
	    "跑出项目建\n"
	    "设“加速度”\n"
	    "\n"
	    "（下转2版）\n"
	    "\n"
	    "本报讯 “扫一扫企业码，\n");
}

/*
 * parse-layout-3.43: on a page whose bylines carry ■, a story's last line
 * short of its column, a blank row where the column beside sets a byline,
 * and the story's title under it, a topic and a colon first (湖滨街道：小
 * 区停车难有了新解法), wider than the column: the blank parts the title
 * from the story's last line.
 */
static void
parse_layout_3_43(void **state)
{
	(void)state;
	assert_columns(
	    "省了时间，也让政策兑现更加\n"
	    "公平透明。下一步，我市将继"
	    "                                                            "
	    "小区还引入智慧停车系统，\n"
	    "续扩大“免申即享”政策覆盖"
	    "                                                            "
	    "居民通过手机就能看到空余车\n"
	    "面，力争年内可"
	    "                                    "
	    "                                    "
	    "位，临时访客车辆也能预约停\n"
	    "免申事项超过80"
	    "                                    "
	    "                                    "
	    "放。街道相关负责人表示，今\n"
	    "项，让更多企业"
	    "                                    "
	    "                                    "
	    "年将在辖区另外 5个老旧小区\n"
	    "享受到“政策找\n"
	    "企业”的便利。"
	    "                                    "
	    "                                    "
	    "推广这一做法。\n"
	    "\n"
	    "■记 者 顾晓岚"
	    "                                    "
	    "                                    "
	    "湖滨街道：小区停车难有了新解法\n"
	    "本报讯 3月 5日，我市召\n"
	    "开春季农业生产工作会议，部"
	    "                                                            "
	    "营商环境就是生产力。一\n"
	    "署开展春季农业生产“百日行"
	    "                                                            "
	    "个地方能不能留住企业、吸引\n"
	    "动”，确保全年粮食播种面积"
	    "                                                            "
	    "项目，很大程度上取决于营商\n"
	    "稳定在32万亩以上。"
	    "                                  "
	    "                                  "
	    "环境好不好。\n",
	    "省了时间，也让政策兑现更加\n"
	    "公平透明。下一步，我市将继\n"
	    "续扩大“免申即享”政策覆盖\n"
	    "面，力争年内可\n"
	    "免申事项超过80\n"
	    "项，让更多企业\n"
	    "享受到“政策找\n"
	    "企业”的便利。\n"
	    "\n"
	    "■记 者 顾晓岚\n"
	    "本报讯 3月 5日，我市召\n"
	    "开春季农业生产工作会议，部\n"
	    "署开展春季农业生产“百日行\n"
	    "动”，确保全年粮食播种面积\n"
	    "稳定在32万亩以上。\n"
	    "\n"
	    "小区还引入智慧停车系统，\n"
	    "居民通过手机就能看到空余车\n"
	    "位，临时访客车辆也能预约停\n"
	    "放。街道相关负责人表示，今\n"
	    "年将在辖区另外 5个老旧小区\n"
	    "推广这一做法。\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "营商环境就是生产力。一\n"
	    "个地方能不能留住企业、吸引\n"
	    "项目，很大程度上取决于营商\n"
	    "环境好不好。\n");
}

/*
 * parse-layout-3.44: on a page whose bylines carry ■, a story's title set
 * alone under it (柳浦镇湖羊养殖走出共富路), a blank row where the column
 * beside runs on, over a photo's caption that ends on its credit after
 * its last sentence (…的好时光。 ■摄影 汤): the blank parts the title from
 * the caption.  On such pages a picture's title stands under its credit,
 * and the caption's text was read as the title's story.
 */
static void
parse_layout_3_44(void **state)
{
	(void)state;
	assert_columns(
	    "\n"
	    "老楼加装电梯                           "
	    "变成了“大产业”。\n"
	    "居民“上下”不再难\n"
	    "■记者 徐嘉禾                          "
	    "柳浦镇相关负责人表\n"
	    "本报讯 “以前下一                      "
	    "示，下一步将推动湖羊养\n"
	    "趟楼要歇两回，现在按一                 "
	    "殖与稻田种植结合，探索\n"
	    "下按钮就到了。”3月 3                  "
	    "种养循环模式，让农业更\n"
	    "日，家住凤鸣街道梅溪新                 "
	    "绿色、农民更富裕。\n"
	    "村 12幢的 83 岁居民陆\n"
	    "阿婆乘着新装好的电梯下                 "
	    "柳浦镇湖羊养殖走出共富路\n"
	    "楼晒太阳，脸上满是笑容。\n"
	    "这部电梯是梅溪新村今年                 "
	    "近日，在湖滨街道迎\n"
	    "完工的第 3部加装电梯。                 "
	    "湖公园，市民带着孩子在\n"
	    "                                       草坪上放风筝，享受早春\n"
	    "梅溪新村建于上世纪                     "
	    "的好时光。 ■摄影 汤\n"
	    "九十年代，全是六层住宅，               "
	    "颖\n"
	    "老年人口占比超过三成。\n"
	    "“上下楼难”一直是居民                 "
	    "■记者 沈一鸣 通讯员 孙明浩\n",
	    "老楼加装电梯\n"
	    "居民“上下”不再难\n"
	    "■记者 徐嘉禾\n"
	    "本报讯 “以前下一\n"
	    "趟楼要歇两回，现在按一\n"
	    "下按钮就到了。”3月 3\n"
	    "日，家住凤鸣街道梅溪新\n"
	    "村 12幢的 83 岁居民陆\n"
	    "阿婆乘着新装好的电梯下\n"
	    "楼晒太阳，脸上满是笑容。\n"
	    "这部电梯是梅溪新村今年\n"
	    "完工的第 3部加装电梯。\n"
	    "\n"
	    "梅溪新村建于上世纪\n"
	    "九十年代，全是六层住宅，\n"
	    "老年人口占比超过三成。\n"
	    "“上下楼难”一直是居民\n"
	    "\n"
	    "变成了“大产业”。\n"
	    "\n"
	    "柳浦镇相关负责人表\n"
	    "示，下一步将推动湖羊养\n"
	    "殖与稻田种植结合，探索\n"
	    "种养循环模式，让农业更\n"
	    "绿色、农民更富裕。\n"
	    "\n"
	    "柳浦镇湖羊养殖走出共富路\n"
	    "\n"
	    "近日，在湖滨街道迎\n"
	    "湖公园，市民带着孩子在\n"
	    "草坪上放风筝，享受早春\n"
	    "的好时光。 ■摄影 汤\n"
	    "颖\n"
	    "\n"
	    "■记者 沈一鸣 通讯员 孙明浩\n");
}

/*
 * parse-layout-3.45: a photo's caption whose last line ends on its
 * credit after its last sentence (…享受早春的好时光。 本报记者 汤颖摄),
 * under a story's last line and a blank row: the blank parts them, as
 * it does a caption whose credit is a line of its own.
 */
static void
parse_layout_3_45(void **state)
{
	(void)state;
	assert_columns(
	    "　　“以前觉得诈骗离自己很远，今       　　"
	    "“原来家家户户在屋后养几只羊，\n"
	    "天玩了一圈游戏，一一对照才发现有       "
	    "粪污难处理，收入也不稳定。”永丰\n"
	    "些套路我也差点信了。”市民张女士       "
	    "村党支部书记金国华介绍，村里引进\n"
	    "说，回家后要把学到的知识讲给父母       "
	    "澄湖牧原农业科技有限公司，以“公\n"
	    "听。                                   "
	    "司+合作社+农户”模式集中养殖，农\n"
	    "                                       "
	    "户既能拿租金和分红，还能在基地务\n"
	    "　　近日，在湖滨街道迎湖公园，市\n"
	    "民带着孩子在草坪上放风筝，享受早       "
	    "工。\n"
	    "春的好时光。 本报记者 汤颖摄           　　"
	    "如今，基地带动周边46户农户增\n"
	    "                                       "
	    "收，户均年增收2.3万元。村里还依\n",
	    "　　“以前觉得诈骗离自己很远，今\n"
	    "天玩了一圈游戏，一一对照才发现有\n"
	    "些套路我也差点信了。”市民张女士\n"
	    "说，回家后要把学到的知识讲给父母\n"
	    "听。\n"
	    "\n"
	    "　　近日，在湖滨街道迎湖公园，市\n"
	    "民带着孩子在草坪上放风筝，享受早\n"
	    "春的好时光。 本报记者 汤颖摄\n"
	    "\n"
	    "　　“原来家家户户在屋后养几只羊，\n"
	    "粪污难处理，收入也不稳定。”永丰\n"
	    "村党支部书记金国华介绍，村里引进\n"
	    "澄湖牧原农业科技有限公司，以“公\n"
	    "司+合作社+农户”模式集中养殖，农\n"
	    "户既能拿租金和分红，还能在基地务\n"
	    "工。\n"
	    "　　如今，基地带动周边46户农户增\n"
	    "收，户均年增收2.3万元。村里还依\n");
}

/*
 * parse-layout-3.46: a title's line alone between blank rows, under a
 * line that ends a sentence and over a dateline (…再辛苦也值得。” ⏎⏎ 老楼
 * 加装电梯 居民“上下”不再难 ⏎⏎ 本报讯 …), is parted from the line over
 * it, though that line is alone at the column's top and the column beside
 * is set on other baselines: a heading between two stories.  It ran into
 * the story over it as the last words of its paragraph.
 */
static void
parse_layout_3_46(void **state)
{
	(void)state;
	assert_columns(
	    "（上接1版）车间里解决不了的                                     "
	    "成这件事，我们再辛苦也值得。”\n"
	    "问题，就带回企业之家“会诊”。去\n"
	    "年年底，一家纺织企业反映厂区门口                                "
	    "老楼加装电梯 居民“上下”不再难\n"
	    "道路破损、货车进出困难，企业之家\n"
	    "当天就联系镇村建办实地踏勘，一周                                "
	    "本报讯 套圈、答题、扫码领小\n"
	    "后道路修补完毕。企业负责人专门送                                "
	    "礼品……3 月 2 日晚，南漾街道美\n"
	    "来一面锦旗，连说了好几声“谢谢”。\n"
	    "                                                                "
	    "食夜市里格外热闹，一场以“反诈”\n",
	    "（上接1版）车间里解决不了的\n"
	    "问题，就带回企业之家“会诊”。去\n"
	    "年年底，一家纺织企业反映厂区门口\n"
	    "道路破损、货车进出困难，企业之家\n"
	    "当天就联系镇村建办实地踏勘，一周\n"
	    "后道路修补完毕。企业负责人专门送\n"
	    "来一面锦旗，连说了好几声“谢谢”。\n"
	    "\n"
	    "成这件事，我们再辛苦也值得。”\n"
	    "\n"
	    "老楼加装电梯 居民“上下”不再难\n"
	    "本报讯 套圈、答题、扫码领小\n"
	    "礼品……3 月 2 日晚，南漾街道美\n"
	    "食夜市里格外热闹，一场以“反诈”\n");
}

/*
 * parse-layout-3.47: on a page whose bylines carry ■, a title's line
 * wider than its column, with quotes but no pause in it (“一老一小”服务
 * 圈覆盖全部城乡社区), alone over a blank row and the next story's title
 * (西塘桥镇高标准农田 改出“丰”景): the blank parts the two titles, though
 * the column beside sets a line in it.  No line of text is wider than its
 * column; the two titles had run together as one.
 */
static void
parse_layout_3_47(void **state)
{
	(void)state;
	assert_columns(
	    "区，志愿者正在为居民义务理发、                  "
	    "今年我市将重点提升服务质量，\n"
	    "测量血压，不少老人早早排起了                    "
	    "推动养老、托育服务从“有没有”\n"
	    "队。 ■摄影 汤 颖 陆 峰                         "
	    "向“好不好”转变。\n"
	    "\n"
	    "■记 者 沈一鸣                                  "
	    "“一老一小”服务圈覆盖全部城乡社区\n"
	    "通讯员 孙明浩\n"
	    "                                                "
	    "西塘桥镇高标准农田 改出“丰”景\n"
	    "本报讯 “谢谢，谢谢你们\n"
	    "帮我把钱追了回来！”3月5日，                    "
	    "■记 者 顾晓岚\n"
	    "在澄湖市公安局反诈中心，市民                    "
	    "通讯员 钱晓峰\n"
	    "李女士拿到被追回的 86万元后\n",
	    "区，志愿者正在为居民义务理发、\n"
	    "测量血压，不少老人早早排起了\n"
	    "队。 ■摄影 汤 颖 陆 峰\n"
	    "\n"
	    "■记 者 沈一鸣\n"
	    "通讯员 孙明浩\n"
	    "\n"
	    "本报讯 “谢谢，谢谢你们\n"
	    "帮我把钱追了回来！”3月5日，\n"
	    "在澄湖市公安局反诈中心，市民\n"
	    "李女士拿到被追回的 86万元后\n"
	    "\n"
	    "今年我市将重点提升服务质量，\n"
	    "推动养老、托育服务从“有没有”\n"
	    "向“好不好”转变。\n"
	    "\n"
	    "“一老一小”服务圈覆盖全部城乡社区\n"
	    "\n"
	    "西塘桥镇高标准农田 改出“丰”景\n"
	    "\n"
	    "■记 者 顾晓岚\n"
	    "通讯员 钱晓峰\n");
}

/* The left column of the 4.x pages, Latin digits among the Han. */
#define WIDE_READ							\
	"2026年澄湖港开通12\n"						\
	"条远洋航线，首批集装\n"					\
	"箱货轮满载驶出港口，\n"					\
	"运往南洋群岛的港口，\n"					\
	"全年运量30万箱。\n"						\
	"\n" FLOWER_SHOW

/*
 * parse-layout-4.1: set out for a terminal (Han two columns wide, digits
 * one), the right column starts at display column 24 but at a different
 * character on each line.
 */
static void
parse_layout_4_1(void **state)
{
	static const char page[] =
	    "2026年澄湖港开通12      澄湖湿地公园春季花展\n"
	    "条远洋航线，首批集装    今日开幕，三万株郁金\n"
	    "箱货轮满载驶出港口，    香与樱花同时盛放，园\n"
	    "运往南洋群岛的港口，    方预计花展期间接待游\n"
	    "全年运量30万箱。        客十万人次。\n";

	(void)state;
	assert_true(detect(page));
	assert_columns(page, WIDE_READ);
}

/*
 * parse-layout-4.2: set out as poppler does (one cell per character,
 * whatever its width), the right column starts at cell 18.
 */
static void
parse_layout_4_2(void **state)
{
	static const char page[] =
	    "2026年澄湖港开通12      澄湖湿地公园春季花展\n"
	    "条远洋航线，首批集装        今日开幕，三万株郁金\n"
	    "箱货轮满载驶出港口，        香与樱花同时盛放，园\n"
	    "运往南洋群岛的港口，        方预计花展期间接待游\n"
	    "全年运量30万箱。         客十万人次。\n";

	(void)state;
	assert_true(detect(page));
	assert_columns(page, WIDE_READ);
}

/*
 * parse-layout-5.1: parse_page() reads a -layout page through its columns
 * and says so; a plain page stays raw.
 */
static void
parse_layout_5_1(void **state)
{
	static const char page[] =
	    "  澄湖港区新航线开通        湿地花展开幕\n"
	    "\n"
	    "\n"
	    "本报讯 澄湖港区新航线昨    本报讯 澄湖湿地公园春季\n"
	    "日开通，首批集装箱货轮满    花展今日开幕，三万株郁金\n"
	    "载驶出港口，运往南洋群岛    香与樱花同时盛放。园方预\n"
	    "的十二个港口，全年预计运    计花展期间接待游客十万人\n"
	    "量三十万箱，比去年增加三    次，比去年增加两成。\n"
	    "成。\n";
	struct parse_page	*pg;
	size_t			 i;
	int			 port = 0, park = 0;

	(void)state;
	pg = parse_page(page, strlen(page));
	assert_int_equal(pg->format, PARSE_LAYOUT);
	assert_string_equal(parse_format_name(pg->format), "layout");
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		if (a->nparagraphs == 0)
			continue;
		if (strstr(a->paragraphs[0], "澄湖港区新航线昨日开通") != NULL)
			port++;
		if (strstr(a->paragraphs[0], "春季花展今日开幕") != NULL)
			park++;
		assert_null(strstr(a->paragraphs[0], "本报讯 澄湖湿地"));
	}
	assert_int_equal(port, 1);
	assert_int_equal(park, 1);
	parse_page_free(pg);

	pg = parse_page(two_columns_read, strlen(two_columns_read));
	assert_int_equal(pg->format, PARSE_RAW);
	parse_page_free(pg);
}

/*
 * parse-layout-3.48: a photo's caption of six lines and its credit
 * (3月5日，澄湖市人力资源市 ⏎ … ⏎ 职者前来咨询。 ⏎ ■摄影 王 强 …),
 * one blank row over it where the column beside sets a line, under a
 * story's last line that fills its column and ends a sentence: the blank
 * parts the caption from the story.  A caption may run to seven rows
 * with its credit; the two had run together as one paragraph.
 */
static void
parse_layout_3_48(void **state)
{
	(void)state;
	assert_columns(
	    "市委书记方立群在签约仪式"
	    "                                                            "
	    "业收入年均增长超过40%。“订\n"
	    "上表示，新能源是我市重点培育"
	    "                                                        "
	    "单已经排到了下半年，新厂房投\n"
	    "的产业链之一，禾润项目的落户"
	    "                                                        "
	    "产正当其时。”企业负责人邵文\n"
	    "将进一步壮大我市新能源产业集"
	    "                                                        "
	    "斌说。\n"
	    "群。我市将以最优的服务、最强"
	    "                                                        "
	    "项目建设过程中，澄湖经开\n"
	    "的保障，全力推动项目早开工、"
	    "                                                        "
	    "为企业配备了专职服务员，帮助\n"
	    "早投产、早见效，也希望企业在"
	    "                                                        "
	    "企业解决施工许可、电力接入等\n"
	    "澄湖做大做强、行稳致远。"
	    "                                                            "
	    "问题，比原计划提前两个月完成\n"
	    "                                                                "
	    "                    "
	    "建设。邵文斌说：“从打桩到投\n"
	    "近年来，我市坚持“项目为"
	    "                                                            "
	    "产，每一步都有人帮我们盯着，\n"
	    "王”，围绕集成电路、新能源、"
	    "                                                        "
	    "真是省了不少心。”\n"
	    "高端装备三大主导产业精准招商。\n"
	    "去年全市共引进总投资亿元以上"
	    "                                                        "
	    "远澄智能装备新厂房竣工投产\n"
	    "项目47个，其中10亿元以上项目\n"
	    "9个，实际利用外资2.86亿美元。"
	    "                                                       "
	    "创新突破\n"
	    "                                                                "
	    "                    "
	    "实干争先\n"
	    "3月5日，澄湖市人力资源市\n"
	    "场举办春风行动专场招聘会，共"
	    "                                                        "
	    "■记 者 沈一鸣\n"
	    "有 96家企业提供岗位2180个，\n"
	    "涵盖电子信息、机械制造、现代"
	    "                                                        "
	    "东港镇开展春季安全生产大检查\n"
	    "服务等多个行业，吸引了众多求\n"
	    "职者前来咨询。"
	    "                                                                "
	    "      "
	    "本报讯 连日来，东港镇组\n"
	    "■摄影 王 强 马 骁 汤 颖"
	    "                                                            "
	    "织安监、消防、市场监管等部门\n"
	    "                                                                "
	    "                    "
	    "组成联合检查组，深入辖区企业、\n"
	    "招聘会上人气旺"
	    "                                                                "
	    "      "
	    "仓储场所和人员密集场所，开展\n",
	    "市委书记方立群在签约仪式\n"
	    "上表示，新能源是我市重点培育\n"
	    "的产业链之一，禾润项目的落户\n"
	    "将进一步壮大我市新能源产业集\n"
	    "群。我市将以最优的服务、最强\n"
	    "的保障，全力推动项目早开工、\n"
	    "早投产、早见效，也希望企业在\n"
	    "澄湖做大做强、行稳致远。\n"
	    "\n"
	    "近年来，我市坚持“项目为\n"
	    "王”，围绕集成电路、新能源、\n"
	    "高端装备三大主导产业精准招商。\n"
	    "去年全市共引进总投资亿元以上\n"
	    "项目47个，其中10亿元以上项目\n"
	    "9个，实际利用外资2.86亿美元。\n"
	    "\n"
	    "3月5日，澄湖市人力资源市\n"
	    "场举办春风行动专场招聘会，共\n"
	    "有 96家企业提供岗位2180个，\n"
	    "涵盖电子信息、机械制造、现代\n"
	    "服务等多个行业，吸引了众多求\n"
	    "职者前来咨询。\n"
	    "■摄影 王 强 马 骁 汤 颖\n"
	    "\n"
	    "招聘会上人气旺\n"
	    "\n"
	    "业收入年均增长超过40%。“订\n"
	    "单已经排到了下半年，新厂房投\n"
	    "产正当其时。”企业负责人邵文\n"
	    "斌说。\n"
	    "项目建设过程中，澄湖经开\n"
	    "为企业配备了专职服务员，帮助\n"
	    "企业解决施工许可、电力接入等\n"
	    "问题，比原计划提前两个月完成\n"
	    "建设。邵文斌说：“从打桩到投\n"
	    "产，每一步都有人帮我们盯着，\n"
	    "真是省了不少心。”\n"
	    "\n"
	    "远澄智能装备新厂房竣工投产\n"
	    "\n"
	    "创新突破\n"
	    "实干争先\n"
	    "\n"
	    "■记 者 沈一鸣\n"
	    "\n"
	    "东港镇开展春季安全生产大检查\n"
	    "\n"
	    "本报讯 连日来，东港镇组\n"
	    "织安监、消防、市场监管等部门\n"
	    "组成联合检查组，深入辖区企业、\n"
	    "仓储场所和人员密集场所，开展\n");
}

/*
 * parse-layout-3.49: a two-line title set in large type in the right
 * column (东港镇老街改造 ⏎ 二期工程开工), its leading leaving four blank
 * rows between its lines where the column beside goes on: its lines
 * follow each other as plain pdftotext sets them, one title over its
 * story.  The blank rows had parted them into two headings.  Lines of
 * unlike length so set stay apart, and so does furniture over the page.
 */
/* The page of parse-layout-3.49 over and under its title's last line. */
#define LEADING_TOP \
	"澄湖经开区今年新开工项目三十" \
	"                " \
	"企业负责人表示，订单充足。\n" \
	"个，总投资超过一百二十亿元，\n" \
	"其中先进制造业项目占到七成。\n" \
	"经开区相关负责人介绍，今年还\n" \
	"将推出一批标准厂房，让项目\n" \
	"拿地即开工、竣工即投产，并为" \
	"                " \
	"东港镇老街改造\n" \
	"每个项目配备专职服务员，帮助\n" \
	"企业解决用工、用电等难题，力\n" \
	"争全年完成工业投资三百亿元，\n" \
	"比上年增长一成以上。\n" \
	"                              "
#define LEADING_FOOT \
	"\n" \
	"                              " \
	"本报讯 昨天上午，东港镇老\n" \
	"                              " \
	"街改造二期工程正式开工。\n"
/* What is read of it, over and under the title's last line. */
#define LEADING_WANT_TOP \
	"澄湖经开区今年新开工项目三十\n" \
	"个，总投资超过一百二十亿元，\n" \
	"其中先进制造业项目占到七成。\n" \
	"经开区相关负责人介绍，今年还\n" \
	"将推出一批标准厂房，让项目\n" \
	"拿地即开工、竣工即投产，并为\n" \
	"每个项目配备专职服务员，帮助\n" \
	"企业解决用工、用电等难题，力\n" \
	"争全年完成工业投资三百亿元，\n" \
	"比上年增长一成以上。\n" \
	"\n" \
	"企业负责人表示，订单充足。\n" \
	"\n" \
	"东港镇老街改造\n"
#define LEADING_WANT_FOOT \
	"本报讯 昨天上午，东港镇老\n" \
	"街改造二期工程正式开工。\n"

static void
parse_layout_3_49(void **state)
{
	(void)state;
	assert_columns(LEADING_TOP "二期工程开工" LEADING_FOOT,
	    LEADING_WANT_TOP "二期工程开工\n" LEADING_WANT_FOOT);
	/* A short line under a longer one is another heading. */
	assert_columns(LEADING_TOP "开工" LEADING_FOOT,
	    LEADING_WANT_TOP "\n" "开工\n" LEADING_WANT_FOOT);
	/*
	 * Nor is the page's furniture (澄湖日报社), parted from the rest by
	 * fewer blank rows than the cut under it counts, a heading's line.
	 */
	assert_columns(
	    "澄湖日报社\n"
	    "\n"
	    "左栏第一行文字内容"
	    "          "
	    "右栏第一行文字内容\n"
	    "左栏第二行文字内容"
	    "          "
	    "右栏第二行文字内容\n"
	    "左栏第三行文字内容"
	    "          "
	    "右栏第三行文字内容\n"
	    "春耕正当时\n"
	    "左栏第四行文字内容"
	    "          "
	    "右栏第四行文字内容\n",
	    "澄湖日报社\n"
	    "\n"
	    "左栏第一行文字内容\n"
	    "左栏第二行文字内容\n"
	    "左栏第三行文字内容\n"
	    "春耕正当时\n"
	    "左栏第四行文字内容\n"
	    "\n"
	    "右栏第一行文字内容\n"
	    "右栏第二行文字内容\n"
	    "右栏第三行文字内容\n"
	    "右栏第四行文字内容\n");
}

/*
 * parse-layout-3.50: on a page whose bylines carry ■, a commentary's
 * title under its signature, its dashed subtitle (——三论…) and, one
 * blank row under it, a photo's title over its caption: the blank parts
 * the subtitle from the photo's title.  A title's block ends on its
 * subtitle; the two had run together as one heading.
 */
static void
parse_layout_3_50(void **state)
{
	(void)state;
	assert_columns(
	    "会议强调，要认真研"
	    "                     "
	    "加速度。\n"
	    "究处理审议意见，持续加"
	    "                   "
	    "■本报评论员\n"
	    "强国有资产管理，推动民\n"
	    "生实事项目按时保质完成，"
	    "                  "
	    "“天天”抓落实 “事事”见实效\n"
	    "切实把好事办好、实事办"
	    "                   "
	    "——三论推动民营经济高质量发展\n"
	    "实。\n"
	    "                              "
	    "工地上的“春日图”\n"
	    "本次会议由市人大常委\n"
	    "会主任主持。"
	    "                        "
	    "3月6日，在临港新区\n"
	    "                              "
	    "星澜光电产业园项目现场，\n"
	    "                              "
	    "工人们正在进行钢筋绑扎\n"
	    "                              "
	    "作业。\n"
	    "                              "
	    "■摄影 汤 颖\n",
	    "会议强调，要认真研\n"
	    "究处理审议意见，持续加\n"
	    "强国有资产管理，推动民\n"
	    "生实事项目按时保质完成，\n"
	    "切实把好事办好、实事办\n"
	    "实。\n"
	    "\n"
	    "本次会议由市人大常委\n"
	    "会主任主持。\n"
	    "\n"
	    "加速度。\n"
	    "■本报评论员\n"
	    "\n"
	    "“天天”抓落实 “事事”见实效\n"
	    "——三论推动民营经济高质量发展\n"
	    "\n"
	    "工地上的“春日图”\n"
	    "\n"
	    "3月6日，在临港新区\n"
	    "星澜光电产业园项目现场，\n"
	    "工人们正在进行钢筋绑扎\n"
	    "作业。\n"
	    "■摄影 汤 颖\n");
}

/*
 * parse-layout-3.51: on a page whose bylines carry ■, a title alone under
 * its story (…“百日行动”), one blank row under it beside a column set on
 * other baselines, over the next title (以“店小二”精神优化营商环境), a
 * line with no pause in it short of no column: the blank parts them as
 * it parts two titles' lines.  They had run together as one heading.
 */
static void
parse_layout_3_51(void **state)
{
	(void)state;
	assert_columns(
	    "互联网医院上线"
	    "                             "
	    "来田头指导，今年种粮心里更踏\n"
	    "在线问诊 处方流转 药品配送"
	    "                 "
	    "实了。”西塘桥\n"
	    "                                           "
	    "镇 种 粮 大 户\n"
	    "咨询电话：0573-85012345"
	    "                    "
	    "钱建平说，他今\n"
	    "                                           "
	    "年流转了860亩\n"
	    "■记者 徐嘉禾"
	    "                              "
	    "土地，准备全部\n"
	    "通讯员 孙明浩"
	    "                              "
	    "种上优质水稻。\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法"
	    "             "
	    "澄湖启动春季农业生产“百日行动”\n"
	    "\n"
	    "本报讯 “以前晚上回来要"
	    "                    "
	    "以“店小二”精神优化营商环境\n"
	    "绕小区转好几圈，现在楼下就有"
	    "               "
	    "——二论推动民营经济高质量发展\n"
	    "车位了。”3 月 4 日晚，湖滨"
	    "                "
	    "营商环境就是生产力。一个\n"
	    "街道新华小区居民刘先生停好车"
	    "               "
	    "地方能不能留住企业、吸引项目，\n"
	    "后说。"
	    "                                     "
	    "很大程度上取决于营商环境好不\n"
	    "                                           "
	    "好。\n",
	    "互联网医院上线\n"
	    "在线问诊 处方流转 药品配送\n"
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "■记者 徐嘉禾\n"
	    "通讯员 孙明浩\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "本报讯 “以前晚上回来要\n"
	    "绕小区转好几圈，现在楼下就有\n"
	    "车位了。”3 月 4 日晚，湖滨\n"
	    "街道新华小区居民刘先生停好车\n"
	    "后说。\n"
	    "\n"
	    "来田头指导，今年种粮心里更踏\n"
	    "实了。”西塘桥\n"
	    "镇 种 粮 大 户\n"
	    "钱建平说，他今\n"
	    "年流转了860亩\n"
	    "土地，准备全部\n"
	    "种上优质水稻。\n"
	    "\n"
	    "澄湖启动春季农业生产“百日行动”\n"
	    "\n"
	    "以“店小二”精神优化营商环境\n"
	    "——二论推动民营经济高质量发展\n"
	    "营商环境就是生产力。一个\n"
	    "地方能不能留住企业、吸引项目，\n"
	    "很大程度上取决于营商环境好不\n"
	    "好。\n");
}

/*
 * parse-layout-3.52: on a page whose bylines carry ■, a title alone under
 * its story as wide as the column, quotes in it (澄湖启动春季农业生产“百
 * 日行动”), one blank row under it beside a column set on other
 * baselines, over the next story's title: a line of a few glyphs or more
 * with no pause, nearly as wide as the column, parts from a title under
 * it as a title's line does.  They had run together as one heading.  A
 * byline (■记者 X) is no such line.
 */
static void
parse_layout_3_52(void **state)
{
	(void)state;
	assert_columns(
	    "■记者 顾晓岚\n"
	    "“补贴提高了，农技员常常来"
	    "                    "
	    "时访客车辆也能\n"
	    "田头指导，今年种粮心里更踏实了。”"
	    "            "
	    "预约停放。街道\n"
	    "西塘桥镇种粮大户钱建平说，他今"
	    "                "
	    "相关负责人表示，\n"
	    "年流转了860亩土地，准备全部种"
	    "                 "
	    "今 年 将 在 辖\n"
	    "上优质水稻。"
	    "                                  "
	    "区另外5个老旧\n"
	    "                                              "
	    "小区推广这一做\n"
	    "澄湖启动春季农业生产“百日行动”"
	    "              "
	    "法。\n"
	    "\n"
	    "惠企政策“免申即享” 1.2亿元资金直达企业"
	    "      "
	    "营商环境就是生产力。一个地\n"
	    "                                              "
	    "方能不能留住企业、吸引项目，很\n",
	    "■记者 顾晓岚\n"
	    "“补贴提高了，农技员常常来\n"
	    "田头指导，今年种粮心里更踏实了。”\n"
	    "西塘桥镇种粮大户钱建平说，他今\n"
	    "年流转了860亩土地，准备全部种\n"
	    "上优质水稻。\n"
	    "\n"
	    "澄湖启动春季农业生产“百日行动”\n"
	    "\n"
	    "惠企政策“免申即享” 1.2亿元资金直达企业\n"
	    "\n"
	    "时访客车辆也能\n"
	    "预约停放。街道\n"
	    "相关负责人表示，\n"
	    "今 年 将 在 辖\n"
	    "区另外5个老旧\n"
	    "小区推广这一做\n"
	    "法。\n"
	    "\n"
	    "营商环境就是生产力。一个地\n"
	    "方能不能留住企业、吸引项目，很\n");
}

/*
 * parse-layout-3.53: headings of two columns set on adjacent rows, in a
 * region the page's gutters left whole (a title over a picture's blank
 * beside a column's logo and the title under it: 澄言 ⏎ 城市更新要留住
 * 烟火气 ⏎ 让烟火气更旺).  Lines of one heading overlap; these stand in
 * no column of each other, so each is parted from the next.  They had
 * been read as one heading of three lines.  Lines of one title set
 * staggered over its text stay together.
 */
static void
parse_layout_3_53(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖港区今年将新开三条航线，"
	    "      "
	    "湖滨街道的老旧小区改造已完"
	    "       "
	    "东港镇的农机手连夜抢修插秧"
	    "       "
	    "澄湖图书馆新馆将于五月开放，\n"
	    "货物吞吐量有望再创新高。港区"
	    "      "
	    "成过半，加装电梯四十余部，居"
	    "      "
	    "机，为春耕做好准备。镇农业服"
	    "      "
	    "馆内设有儿童阅览区和数字阅\n"
	    "负责人介绍，新航线开通后，企"
	    "      "
	    "民出行更加方便。街道还将继续"
	    "      "
	    "务中心组织技术人员下村指导，"
	    "      "
	    "读区，可同时容纳一千名读者。\n"
	    "业出口时间可缩短两天。"
	    "         "
	    "推进改造。"
	    "               "
	    "确保不误农时。"
	    "             "
	    "（下转第三版）\n"
	    "\n"
	    "\n"
	    "澄湖各地抓好春耕备耕工作"
	    "                                                  "
	    "澄言\n"
	    "农技员下田指导农户"
	    "               "
	    "城市更新要留住烟火气\n"
	    "                                                              "
	    "让烟火气更旺\n"
	    "本报澄湖3月2日电 （记者 李敏）"
	    "                                           "
	    "夜市是城市的烟火，也是百姓\n"
	    "眼下正值春耕备耕时节，澄湖各"
	    "                                              "
	    "的生计。近年来，澄湖各区的\n"
	    "镇街组织农技人员深入田间地头，"
	    "                                             "
	    "夜市经营户逐年增多，摊位也\n"
	    "指导农户做好春耕生产。"
	    "                                                 "
	    "越摆越整齐。夜市的灯火照亮\n"
	    "东港镇农业服务中心的技术人"
	    "                                               "
	    "了街巷，也照亮了经营户的日\n"
	    "员走进田间，为农户讲解育秧"
	    "                                               "
	    "子。城市更新，既要改出新面\n"
	    "和施肥的要点，并发放了种子"
	    "                                               "
	    "貌，也要留住这份烟火气。\n"
	    "和化肥。一位种粮大户说，今\n"
	    "年的春耕准备比往年更充分。\n"
	    "镇里还组织了农资供应点，\n"
	    "                    "
	    "西塘桥镇企业之家开门迎客，企"
	    "      "
	    "南漾街道文化礼堂周末有戏，村\n"
	    "                    "
	    "业有事可以随时来咨询，工作人"
	    "      "
	    "民自编自演的节目轮番上场，礼\n"
	    "                    "
	    "员当天答复，一周内办结。"
	    "        "
	    "堂里常常座无虚席。\n"
	    "                    "
	    "办结率达到九成以上。"
	    "          "
	    "老少都爱来。\n",
	    "澄湖港区今年将新开三条航线，\n"
	    "货物吞吐量有望再创新高。港区\n"
	    "负责人介绍，新航线开通后，企\n"
	    "业出口时间可缩短两天。\n"
	    "\n"
	    "湖滨街道的老旧小区改造已完\n"
	    "成过半，加装电梯四十余部，居\n"
	    "民出行更加方便。街道还将继续\n"
	    "推进改造。\n"
	    "\n"
	    "东港镇的农机手连夜抢修插秧\n"
	    "机，为春耕做好准备。镇农业服\n"
	    "务中心组织技术人员下村指导，\n"
	    "确保不误农时。\n"
	    "\n"
	    "澄湖图书馆新馆将于五月开放，\n"
	    "馆内设有儿童阅览区和数字阅\n"
	    "读区，可同时容纳一千名读者。\n"
	    "（下转第三版）\n"
	    "\n"
	    "澄湖各地抓好春耕备耕工作\n"
	    "农技员下田指导农户\n"
	    "本报澄湖3月2日电 （记者 李敏）\n"
	    "眼下正值春耕备耕时节，澄湖各\n"
	    "镇街组织农技人员深入田间地头，\n"
	    "指导农户做好春耕生产。\n"
	    "东港镇农业服务中心的技术人\n"
	    "员走进田间，为农户讲解育秧\n"
	    "和施肥的要点，并发放了种子\n"
	    "和化肥。一位种粮大户说，今\n"
	    "年的春耕准备比往年更充分。\n"
	    "镇里还组织了农资供应点，\n"
	    "\n"
	    "澄言\n"
	    "\n"
	    "城市更新要留住烟火气\n"
	    "\n"
	    "让烟火气更旺\n"
	    "夜市是城市的烟火，也是百姓\n"
	    "的生计。近年来，澄湖各区的\n"
	    "夜市经营户逐年增多，摊位也\n"
	    "越摆越整齐。夜市的灯火照亮\n"
	    "了街巷，也照亮了经营户的日\n"
	    "子。城市更新，既要改出新面\n"
	    "貌，也要留住这份烟火气。\n"
	    "西塘桥镇企业之家开门迎客，企\n"
	    "业有事可以随时来咨询，工作人\n"
	    "员当天答复，一周内办结。\n"
	    "办结率达到九成以上。\n"
	    "\n"
	    "南漾街道文化礼堂周末有戏，村\n"
	    "民自编自演的节目轮番上场，礼\n"
	    "堂里常常座无虚席。\n"
	    "老少都爱来。\n");
	/*
	 * A title set staggered over its own column's text (澄湖夜市 ⏎
	 * 　　　烟火旺): both lines stand over that text, one heading.
	 */
	assert_columns(
	    "澄湖港区一季度吞吐量创新高"
	    "            "
	    "澄湖夜市\n"
	    "                                                  "
	    "烟火旺\n"
	    "本报澄湖3月9日电（记者周雯）今"
	    "        "
	    "本报澄湖3月9日电（记者李敏）入\n"
	    "年一季度，澄湖港区完成货物吞吐量"
	    "      "
	    "夜，澄湖老街的夜市热闹起来。烧烤、\n"
	    "一千二百万吨，同比增长百分之十二，"
	    "    "
	    "小吃、手工艺品摊位一字排开，游客\n"
	    "创历史同期新高。港区负责人介绍，"
	    "      "
	    "摩肩接踵。今年以来，老街夜市新增\n"
	    "新开的三条航线为增长出了大力。"
	    "        "
	    "摊位六十多个，经营户收入普遍增长。\n",
	    "澄湖港区一季度吞吐量创新高\n"
	    "本报澄湖3月9日电（记者周雯）今\n"
	    "年一季度，澄湖港区完成货物吞吐量\n"
	    "一千二百万吨，同比增长百分之十二，\n"
	    "创历史同期新高。港区负责人介绍，\n"
	    "新开的三条航线为增长出了大力。\n"
	    "\n"
	    "澄湖夜市\n"
	    "烟火旺\n"
	    "本报澄湖3月9日电（记者李敏）入\n"
	    "夜，澄湖老街的夜市热闹起来。烧烤、\n"
	    "小吃、手工艺品摊位一字排开，游客\n"
	    "摩肩接踵。今年以来，老街夜市新增\n"
	    "摊位六十多个，经营户收入普遍增长。\n");
}

/*
 * The page of 3.54 (its rows over the headings serve 3.55 too): a story
 * in two columns over two headings side by side, in large type (each of
 * two lines a few blank rows apart), over their stories, and a column of
 * another story beside them all, which fills every row; and how that
 * column reads.
 */
#define SIDE_TOP_3	\
	"本报讯 澄湖港区新航线" \
	"           " \
	"年预计运量三十万箱，比" \
	"          " \
	"澄湖图书馆新馆将于五月\n" \
	"昨日开通，首批集装箱货" \
	"          " \
	"去年增加三成。港区负责" \
	"          " \
	"开放，馆内设有儿童阅览\n" \
	"轮满载驶出港口，运往南" \
	"          " \
	"人表示，新航线将带动临" \
	"          " \
	"区和数字阅读区，可同时\n"
#define SIDE_TOP	\
	SIDE_TOP_3 \
	"洋群岛的十二个港口，全" \
	"          " \
	"港产业发展。" \
	"                    " \
	"容纳一千名读者。新馆还\n" \
	"                                                                " \
	"设有自习室和报告厅，周\n"

#define SIDE_MID	\
	"                                                                " \
	"民可在网上预约座位。图\n" \
	"                                                                " \
	"书馆负责人介绍，新馆藏\n" \
	"                                                                " \
	"书五十万册，其中地方文\n" \
	"                                                                " \
	"献三万册，都已对读者开\n" \
	"                                                                " \
	"放。开馆当天，图书馆还\n"

#define SIDE_BOTTOM	\
	"                                                                " \
	"展出老照片三百余幅，展\n" \
	"本报讯 澄湖港区扩建工" \
	"           " \
	"本报讯 湖滨街道的老旧" \
	"           " \
	"期一个月。馆内另设有咖\n" \
	"程今日开工，将新增两个" \
	"          " \
	"小区改造已完成过半，加" \
	"          " \
	"啡吧和文创商店，方便读\n" \
	"泊位，年底前完工。" \
	"              " \
	"装电梯四十余部。" \
	"                " \
	"者休息。图书馆周一闭\n" \
	"                                                                " \
	"馆，其余时间九点开放。\n"

#define SIDE_LEFT_READ							\
	"本报讯 澄湖港区新航线\n"					\
	"昨日开通，首批集装箱货\n"					\
	"轮满载驶出港口，运往南\n"					\
	"洋群岛的十二个港口，全\n"
#define SIDE_MID_READ							\
	"\n"								\
	"年预计运量三十万箱，比\n"					\
	"去年增加三成。港区负责\n"					\
	"人表示，新航线将带动临\n"					\
	"港产业发展。\n"						\
	"\n"
#define SIDE_RIGHT_READ							\
	"澄湖图书馆新馆将于五月\n"					\
	"开放，馆内设有儿童阅览\n"					\
	"区和数字阅读区，可同时\n"					\
	"容纳一千名读者。新馆还\n"					\
	"设有自习室和报告厅，周\n"					\
	"末将举办读书分享会，市\n"					\
	"民可在网上预约座位。图\n"					\
	"书馆负责人介绍，新馆藏\n"					\
	"书五十万册，其中地方文\n"					\
	"献三万册，都已对读者开\n"					\
	"放。开馆当天，图书馆还\n"					\
	"将举办澄湖历史图片展，\n"					\
	"展出老照片三百余幅，展\n"					\
	"期一个月。馆内另设有咖\n"					\
	"啡吧和文创商店，方便读\n"					\
	"者休息。图书馆周一闭\n"					\
	"馆，其余时间九点开放。\n"

/*
 * parse-layout-3.54: two headings in large type set side by side, the
 * blank rows between their lines blank only beside a column of text
 * that runs on: each heading's lines follow each other, over its story.
 * They had been read as the last lines of the columns above them, and
 * the story under each was titled by its heading's second line alone.
 * Lines over those blank rows that end sentences (photos' captions), or
 * that run on from the lines over them, are no headings.
 */
static void
parse_layout_3_54(void **state)
{
	(void)state;
	assert_columns(
	    SIDE_TOP
	    "港区扩建工程"
	    "                    "
	    "湖滨街道老旧"
	    "                    "
	    "末将举办读书分享会，市\n"
	    SIDE_MID
	    "今日正式开工"
	    "                    "
	    "小区改造过半"
	    "                    "
	    "将举办澄湖历史图片展，\n"
	    SIDE_BOTTOM,
	    SIDE_LEFT_READ
	    SIDE_MID_READ
	    "港区扩建工程\n"
	    "今日正式开工\n"
	    "本报讯 澄湖港区扩建工\n"
	    "程今日开工，将新增两个\n"
	    "泊位，年底前完工。\n"
	    "\n"
	    "湖滨街道老旧\n"
	    "小区改造过半\n"
	    "本报讯 湖滨街道的老旧\n"
	    "小区改造已完成过半，加\n"
	    "装电梯四十余部。\n"
	    "\n"
	    SIDE_RIGHT_READ);
	assert_columns(
	    SIDE_TOP
	    "码头新建的两座吊机。"
	    "            "
	    "加装电梯后的老楼。"
	    "              "
	    "末将举办读书分享会，市\n"
	    SIDE_MID
	    "港区扩建工程开工"
	    "                "
	    "老旧小区改造过半"
	    "                "
	    "将举办澄湖历史图片展，\n"
	    SIDE_BOTTOM,
	    SIDE_LEFT_READ
	    "码头新建的两座吊机。\n"
	    SIDE_MID_READ
	    "加装电梯后的老楼。\n"
	    "\n"
	    "港区扩建工程开工\n"
	    "本报讯 澄湖港区扩建工\n"
	    "程今日开工，将新增两个\n"
	    "泊位，年底前完工。\n"
	    "\n"
	    "老旧小区改造过半\n"
	    "本报讯 湖滨街道的老旧\n"
	    "小区改造已完成过半，加\n"
	    "装电梯四十余部。\n"
	    "\n"
	    SIDE_RIGHT_READ);
	/*
	 * Lines of text over and under such blank rows (a picture set
	 * across a story's two columns) run on from the lines over them:
	 * no headings, and the blank rows still part two bands.
	 */
	assert_columns(
	    SIDE_TOP_3
	    "洋群岛的十二个港口，全"
	    "          "
	    "港产业发展，港区还将开"
	    "          "
	    "容纳一千名读者。新馆还\n"
	    "                                                                "
	    "设有自习室和报告厅，周\n"
	    "                                                                "
	    "末将举办读书分享会，市\n"
	    "                                                                "
	    "民可在网上预约座位。图\n"
	    "                                                                "
	    "书馆负责人介绍，新馆藏\n"
	    "                                                                "
	    "书五十万册，其中地方文\n"
	    "通两条近洋航线，连接东"
	    "          "
	    "区码头扩建工程同步开"
	    "            "
	    "献三万册，都已对读者开\n"
	    "亚各主要港口，预计今年"
	    "          "
	    "工，将新增两个泊位，明"
	    "          "
	    "放。开馆当天，图书馆还\n"
	    "年底前全部投入运营。港"
	    "          "
	    "年年中完工。"
	    "                    "
	    "将举办澄湖历史图片展，\n"
	    "                                                                "
	    "展出老照片三百余幅，展\n"
	    "                                                                "
	    "期一个月。馆内另设有咖\n"
	    "                                                                "
	    "啡吧和文创商店，方便读\n"
	    "                                                                "
	    "者休息。图书馆周一闭\n"
	    "                                                                "
	    "馆，其余时间九点开放。\n",
	    "本报讯 澄湖港区新航线\n"
	    "昨日开通，首批集装箱货\n"
	    "轮满载驶出港口，运往南\n"
	    "洋群岛的十二个港口，全\n"
	    "\n"
	    "年预计运量三十万箱，比\n"
	    "去年增加三成。港区负责\n"
	    "人表示，新航线将带动临\n"
	    "港产业发展，港区还将开\n"
	    "\n"
	    "通两条近洋航线，连接东\n"
	    "亚各主要港口，预计今年\n"
	    "年底前全部投入运营。港\n"
	    "\n"
	    "区码头扩建工程同步开\n"
	    "工，将新增两个泊位，明\n"
	    "年年中完工。\n"
	    "\n"
	    SIDE_RIGHT_READ);
	/*
	 * The rows over the headings part them from the text over them,
	 * though fewer than part a column's runs: a story in one column
	 * over them keeps its text, the headings theirs.
	 */
	assert_columns(
	    "本报讯 新区地铁三号线\n"
	    "首段昨日完成铺轨，全线\n"
	    "共分两期建设，首期工程\n"
	    "年底开通运营，沿线设站\n"
	    "\n"
	    "城东体育中心                    老城菜市场\n"
	    "\n"
	    "\n"
	    "\n"
	    "\n"
	    "今日对外开放                    改造后开业\n"
	    "\n"
	    "本报讯 城东新建的体育           本报讯 老城区的菜市场\n"
	    "中心今日对外开放，设有          改造完成后重新开业，新\n"
	    "游泳馆和篮球馆等场馆。          增摊位五十余个。\n",
	    "本报讯 新区地铁三号线\n"
	    "首段昨日完成铺轨，全线\n"
	    "共分两期建设，首期工程\n"
	    "年底开通运营，沿线设站\n"
	    "\n"
	    "城东体育中心\n"
	    "今日对外开放\n"
	    "本报讯 城东新建的体育\n"
	    "中心今日对外开放，设有\n"
	    "游泳馆和篮球馆等场馆。\n"
	    "\n"
	    "老城菜市场\n"
	    "改造后开业\n"
	    "本报讯 老城区的菜市场\n"
	    "改造完成后重新开业，新\n"
	    "增摊位五十余个。\n");
	/*
	 * Headings of three lines side by side: the leading under their
	 * first lines is no run of blank rows over their second lines, and
	 * each heading is read whole.
	 */
	assert_columns(
	    SIDE_TOP
	    "港区扩建工程"
	    "                    "
	    "湖滨街道老旧"
	    "                    "
	    "末将举办读书分享会，市\n"
	    "                                                                "
	    "民可在网上预约座位。图\n"
	    "                                                                "
	    "书馆负责人介绍，新馆藏\n"
	    "                                                                "
	    "书五十万册，其中地方文\n"
	    "                                                                "
	    "献三万册，都已对读者开\n"
	    "                                                                "
	    "放。开馆当天，图书馆还\n"
	    "今日正式开工"
	    "                    "
	    "小区改造过半"
	    "                    "
	    "将举办澄湖历史图片展，\n"
	    "                                                                "
	    "展出老照片三百余幅，展\n"
	    "                                                                "
	    "期一个月。馆内另设有咖\n"
	    "                                                                "
	    "啡吧和文创商店，方便读\n"
	    "                                                                "
	    "者休息。图书馆周一闭\n"
	    "                                                                "
	    "馆，其余时间九点开放。\n"
	    "三期同步推进"
	    "                    "
	    "电梯加装提速"
	    "                    "
	    "馆内还设有盲文阅览室，\n"
	    "                                                                "
	    "为视障读者提供服务。图\n"
	    "本报讯 澄湖港区扩建工"
	    "           "
	    "本报讯 湖滨街道的老旧"
	    "           "
	    "书馆将定期举办讲座，邀\n"
	    "程今日开工，将新增两个"
	    "          "
	    "小区改造已完成过半，加"
	    "          "
	    "请专家学者为市民解读经\n"
	    "泊位，年底前完工。"
	    "              "
	    "装电梯四十余部。"
	    "                "
	    "典。新馆开放后，老馆将\n",
	    SIDE_LEFT_READ
	    SIDE_MID_READ
	    "港区扩建工程\n"
	    "今日正式开工\n"
	    "三期同步推进\n"
	    "本报讯 澄湖港区扩建工\n"
	    "程今日开工，将新增两个\n"
	    "泊位，年底前完工。\n"
	    "\n"
	    "湖滨街道老旧\n"
	    "小区改造过半\n"
	    "电梯加装提速\n"
	    "本报讯 湖滨街道的老旧\n"
	    "小区改造已完成过半，加\n"
	    "装电梯四十余部。\n"
	    "\n"
	    SIDE_RIGHT_READ
	    "馆内还设有盲文阅览室，\n"
	    "为视障读者提供服务。图\n"
	    "书馆将定期举办讲座，邀\n"
	    "请专家学者为市民解读经\n"
	    "典。新馆开放后，老馆将\n");
}

/*
 * The rows of the 3.55 pages under a kicker set over another column: the
 * heading (港区扩建工程 ⏎⏎⏎⏎⏎ 今日正式开工, 湖滨街道老旧小区 at its
 * left) and their stories.
 */
#define KICK_LEFT_ROWS	\
	"                                " \
	"港区扩建工程" \
	"                    " \
	"民可在网上预约座位。图\n" \
	"                                                                " \
	"书馆负责人介绍，新馆藏\n" \
	"                                                                " \
	"书五十万册，其中地方文\n" \
	"                                                                " \
	"献三万册，都已对读者开\n" \
	"                                                                " \
	"放。开馆当天，图书馆还\n" \
	"                                                                " \
	"将举办澄湖历史图片展，\n" \
	"湖滨街道老旧小区" \
	"                " \
	"今日正式开工" \
	"                    " \
	"展出老照片三百余幅，展\n" \
	"                                                                " \
	"期一个月。馆内另设有咖\n" \
	"本报讯 湖滨街道的老旧" \
	"           " \
	"本报讯 澄湖港区扩建工" \
	"           " \
	"啡吧和文创商店，方便读\n" \
	"小区改造已完成过半，加" \
	"          " \
	"程今日开工，将新增两个" \
	"          " \
	"者休息。图书馆周一闭\n" \
	"装电梯四十余部。" \
	"                " \
	"泊位，年底前完工。" \
	"              " \
	"馆，其余时间九点开放。\n"

/*
 * The rows of the 3.55 pages under a line over a heading's first line:
 * the heading (港区扩建工程 ⏎⏎⏎⏎⏎ 今日正式开工, 湖滨街道老旧小区 at
 * its right), their stories; and how the headings and stories read when
 * the heading's first line goes with the column above.
 */
#define KICK_MID	\
	"港区扩建工程" \
	"                                                    " \
	"民可在网上预约座位。图\n" \
	"                                                                " \
	"书馆负责人介绍，新馆藏\n" \
	"                                                                " \
	"书五十万册，其中地方文\n" \
	"                                                                " \
	"献三万册，都已对读者开\n" \
	"                                                                " \
	"放。开馆当天，图书馆还\n" \
	"                                                                " \
	"将举办澄湖历史图片展，\n"
#define KICK_BOTTOM	\
	"今日正式开工" \
	"                    " \
	"湖滨街道老旧小区" \
	"                " \
	"展出老照片三百余幅，展\n" \
	"                                                                " \
	"期一个月。馆内另设有咖\n" \
	"本报讯 澄湖港区扩建工" \
	"           " \
	"本报讯 湖滨街道的老旧" \
	"           " \
	"啡吧和文创商店，方便读\n" \
	"程今日开工，将新增两个" \
	"          " \
	"小区改造已完成过半，加" \
	"          " \
	"者休息。图书馆周一闭\n" \
	"泊位，年底前完工。" \
	"              " \
	"装电梯四十余部。" \
	"                " \
	"馆，其余时间九点开放。\n"
#define KICK_BODIES_READ						\
	"今日正式开工\n"						\
	"本报讯 澄湖港区扩建工\n"					\
	"程今日开工，将新增两个\n"					\
	"泊位，年底前完工。\n"					\
	"\n"								\
	"湖滨街道老旧小区\n"					\
	"本报讯 湖滨街道的老旧\n"					\
	"小区改造已完成过半，加\n"					\
	"装电梯四十余部。\n"					\
	"\n"

/*
 * parse-layout-3.55: a heading in large type whose second line has
 * another heading beside it (港区扩建工程 ⏎⏎⏎⏎⏎ 今日正式开工, with
 * 湖滨街道老旧小区 at its left), under a kicker set a row over its first
 * line, over the other heading's column (澄湖港区纪事): the rows over
 * the kicker part the headings from the columns above, and the
 * heading's lines follow each other.  The first line had been read as
 * the last line of the column above it, and the story above was titled
 * by it.  The heading beside may stand at the right too.  No kicker is
 * a line that ends a sentence, one of two pieces, or one under a line
 * of text; no heading has text right under its second line; and a
 * heading alone is glued to its second line under a blank row only (a
 * caption may stand over it).
 */
static void
parse_layout_3_55(void **state)
{
	(void)state;
	assert_columns(
	    SIDE_TOP
	    "澄湖港区纪事"
	    "                                                    "
	    "末将举办读书分享会，市\n"
	    KICK_LEFT_ROWS,
	    SIDE_LEFT_READ
	    SIDE_MID_READ
	    "澄湖港区纪事\n"
	    "湖滨街道老旧小区\n"
	    "本报讯 湖滨街道的老旧\n"
	    "小区改造已完成过半，加\n"
	    "装电梯四十余部。\n"
	    "\n"
	    "港区扩建工程\n"
	    "今日正式开工\n"
	    "本报讯 澄湖港区扩建工\n"
	    "程今日开工，将新增两个\n"
	    "泊位，年底前完工。\n"
	    "\n"
	    SIDE_RIGHT_READ);
	/* The heading beside may stand at the right, with no kicker. */
	assert_columns(
	    SIDE_TOP
	    "港区扩建工程"
	    "                                                    "
	    "末将举办读书分享会，市\n"
	    "                                                                "
	    "民可在网上预约座位。图\n"
	    "                                                                "
	    "书馆负责人介绍，新馆藏\n"
	    "                                                                "
	    "书五十万册，其中地方文\n"
	    "                                                                "
	    "献三万册，都已对读者开\n"
	    "                                                                "
	    "放。开馆当天，图书馆还\n"
	    "今日正式开工"
	    "                    "
	    "湖滨街道老旧小区"
	    "                "
	    "将举办澄湖历史图片展，\n"
	    "                                                                "
	    "展出老照片三百余幅，展\n"
	    "本报讯 澄湖港区扩建工"
	    "           "
	    "本报讯 湖滨街道的老旧"
	    "           "
	    "期一个月。馆内另设有咖\n"
	    "程今日开工，将新增两个"
	    "          "
	    "小区改造已完成过半，加"
	    "          "
	    "啡吧和文创商店，方便读\n"
	    "泊位，年底前完工。"
	    "              "
	    "装电梯四十余部。"
	    "                "
	    "者休息。图书馆周一闭\n"
	    "                                                                "
	    "馆，其余时间九点开放。\n",
	    SIDE_LEFT_READ
	    SIDE_MID_READ
	    "港区扩建工程\n"
	    "今日正式开工\n"
	    "本报讯 澄湖港区扩建工\n"
	    "程今日开工，将新增两个\n"
	    "泊位，年底前完工。\n"
	    "\n"
	    "湖滨街道老旧小区\n"
	    "本报讯 湖滨街道的老旧\n"
	    "小区改造已完成过半，加\n"
	    "装电梯四十余部。\n"
	    "\n"
	    SIDE_RIGHT_READ);
	/*
	 * No kicker: a line that ends a sentence over the heading's first
	 * line (the end of the story above it).
	 */
	assert_columns(
	    SIDE_TOP
	    "泊位年底前完工。"
	    "                                                "
	    "末将举办读书分享会，市\n"
	    KICK_MID
	    KICK_BOTTOM,
	    SIDE_LEFT_READ
	    "泊位年底前完工。\n"
	    "港区扩建工程\n"
	    SIDE_MID_READ
	    KICK_BODIES_READ
	    SIDE_RIGHT_READ);
	/* Nor a line of two pieces over it. */
	assert_columns(
	    SIDE_TOP
	    "澄湖港区纪事"
	    "                    "
	    "湖滨社区"
	    "                        "
	    "末将举办读书分享会，市\n"
	    KICK_MID
	    KICK_BOTTOM,
	    SIDE_LEFT_READ
	    "澄湖港区纪事\n"
	    "港区扩建工程\n"
	    SIDE_MID_READ
	    "湖滨社区\n"
	    "\n"
	    KICK_BODIES_READ
	    SIDE_RIGHT_READ);
	/* Nor a heading whose second line has text right under it. */
	assert_columns(
	    SIDE_TOP
	    "澄湖港区纪事"
	    "                                                    "
	    "末将举办读书分享会，市\n"
	    KICK_MID
	    "今日正式开工"
	    "                    "
	    "湖滨街道老旧小区"
	    "                "
	    "展出老照片三百余幅，展\n"
	    "本报讯 澄湖港区扩建工"
	    "           "
	    "本报讯 湖滨街道的老旧"
	    "           "
	    "期一个月。馆内另设有咖\n"
	    "程今日开工，将新增两个"
	    "          "
	    "小区改造已完成过半，加"
	    "          "
	    "啡吧和文创商店，方便读\n"
	    "泊位，年底前完工。"
	    "              "
	    "装电梯四十余部。"
	    "                "
	    "者休息。图书馆周一闭\n"
	    "                                                                "
	    "馆，其余时间九点开放。\n",
	    SIDE_LEFT_READ
	    "澄湖港区纪事\n"
	    "港区扩建工程\n"
	    SIDE_MID_READ
	    KICK_BODIES_READ
	    SIDE_RIGHT_READ);
	/*
	 * Nor a line of text over the line that might be a kicker.
	 */
	assert_columns(
	    SIDE_TOP_3
	    "洋群岛的十二个港口，全"
	    "          "
	    "港产业发展。"
	    "                    "
	    "容纳一千名读者。新馆还\n"
	    "年预计运量三十万箱"
	    "                                              "
	    "设有自习室和报告厅，周\n"
	    "港区还将开通近洋航线"
	    "                                            "
	    "末将举办读书分享会，市\n"
	    KICK_LEFT_ROWS,
	    SIDE_LEFT_READ
	    "年预计运量三十万箱\n"
	    "港区还将开通近洋航线\n"
	    "\n"
	    "年预计运量三十万箱，比\n"
	    "去年增加三成。港区负责\n"
	    "人表示，新航线将带动临\n"
	    "港产业发展。\n"
	    "港区扩建工程\n"
	    "\n"
	    "湖滨街道老旧小区\n"
	    "本报讯 湖滨街道的老旧\n"
	    "小区改造已完成过半，加\n"
	    "装电梯四十余部。\n"
	    "\n"
	    "今日正式开工\n"
	    "本报讯 澄湖港区扩建工\n"
	    "程今日开工，将新增两个\n"
	    "泊位，年底前完工。\n"
	    "\n"
	    SIDE_RIGHT_READ);
	/*
	 * A heading alone keeps its leading under a blank row only: a
	 * photo's caption with no stop, of two lines over blank rows, is
	 * not taken for a kicker and a heading's first line, and stays
	 * apart from the title under it.
	 */
	assert_columns(
	    "本报讯 澄湖市今年将新建口袋公"
	    "       "
	    "澄湖图书馆新馆将于五月开放，馆\n"
	    "园二十个，分布在老城区和新区，"
	    "      "
	    "内设有儿童阅览区和数字阅读区，\n"
	    "年底前全部建成开放。园林部门介"
	    "      "
	    "可同时容纳一千名读者。新馆还设\n"
	    "绍，新建公园将配备健身器材。"
	    "        "
	    "有自习室和报告厅，周末将举办读\n"
	    "                                    "
	    "书分享会，市民可在网上预约座位。\n"
	    "图为澄湖港区新建的集装箱码头"
	    "        "
	    "图书馆负责人介绍，新馆藏书五十\n"
	    "吊机正在装卸来往货物"
	    "                "
	    "万册，其中地方文献三万册，都已\n"
	    "                                    "
	    "对读者开放。开馆当天，图书馆还\n"
	    "                                    "
	    "将举办澄湖历史图片展，展出老照\n"
	    "                                    "
	    "片三百余幅，展期一个月。馆内另\n"
	    "                                    "
	    "设有咖啡吧和文创商店，方便读者\n"
	    "港区扩建工程"
	    "                        "
	    "休息。图书馆周一闭馆，其余时间\n"
	    "今日正式开工"
	    "                        "
	    "九点开放，晚上九点闭馆，节假日\n"
	    "  "
	    "本报讯 澄湖港区扩建工程今日"
	    "       "
	    "照常开放。读者可凭身份证免费办\n"
	    "开工，将新增两个泊位，年底前完"
	    "      "
	    "理借阅证，每人每次可借图书十册，\n"
	    "工。港区负责人表示，扩建完成后"
	    "      "
	    "借期一个月，可在网上续借一次。\n"
	    "港区年吞吐能力将提高三成。"
	    "          "
	    "新馆还开通了自助借还服务，读者\n",
	    "本报讯 澄湖市今年将新建口袋公\n"
	    "园二十个，分布在老城区和新区，\n"
	    "年底前全部建成开放。园林部门介\n"
	    "绍，新建公园将配备健身器材。\n"
	    "\n"
	    "图为澄湖港区新建的集装箱码头\n"
	    "吊机正在装卸来往货物\n"
	    "\n"
	    "港区扩建工程\n"
	    "今日正式开工\n"
	    "本报讯 澄湖港区扩建工程今日\n"
	    "开工，将新增两个泊位，年底前完\n"
	    "工。港区负责人表示，扩建完成后\n"
	    "港区年吞吐能力将提高三成。\n"
	    "\n"
	    "澄湖图书馆新馆将于五月开放，馆\n"
	    "内设有儿童阅览区和数字阅读区，\n"
	    "可同时容纳一千名读者。新馆还设\n"
	    "有自习室和报告厅，周末将举办读\n"
	    "书分享会，市民可在网上预约座位。\n"
	    "图书馆负责人介绍，新馆藏书五十\n"
	    "万册，其中地方文献三万册，都已\n"
	    "对读者开放。开馆当天，图书馆还\n"
	    "将举办澄湖历史图片展，展出老照\n"
	    "片三百余幅，展期一个月。馆内另\n"
	    "设有咖啡吧和文创商店，方便读者\n"
	    "休息。图书馆周一闭馆，其余时间\n"
	    "九点开放，晚上九点闭馆，节假日\n"
	    "照常开放。读者可凭身份证免费办\n"
	    "理借阅证，每人每次可借图书十册，\n"
	    "借期一个月，可在网上续借一次。\n"
	    "新馆还开通了自助借还服务，读者\n");
}

/*
 * parse-layout-3.56: the first lines of two columns whose tops stand at
 * other heights, printed one column after another (staircase rows), over
 * a blank across both columns: each column goes on under the blank, and
 * is read through before the next.  So too the last lines of columns
 * whose feet stand at other heights, under such a blank.
 */
static void
parse_layout_3_56(void **state)
{
	(void)state;
	assert_columns(
	    "本报讯 澄湖港区新航线\n"
	    "昨日开通，首批集装箱货\n"
	    "                港区负责人表示，新航线\n"
	    "                将带动临港产业发展，港\n"
	    "\n"
	    "\n"
	    "\n"
	    "\n"
	    "轮满载驶出港口，运往南          区还将开通两条近洋航线\n"
	    "洋群岛的十二个港口，全          ，连接东亚各主要港口，\n"
	    "年预计运量三十万箱。            预计年底前全部投入运营。\n",
	    "本报讯 澄湖港区新航线\n"
	    "昨日开通，首批集装箱货\n"
	    "\n"
	    "轮满载驶出港口，运往南\n"
	    "洋群岛的十二个港口，全\n"
	    "年预计运量三十万箱。\n"
	    "\n"
	    "港区负责人表示，新航线\n"
	    "将带动临港产业发展，港\n"
	    "\n"
	    "区还将开通两条近洋航线\n"
	    "，连接东亚各主要港口，\n"
	    "预计年底前全部投入运营。\n");
	assert_columns(
	    "轮满载驶出港口，运往南          区还将开通两条近洋航线\n"
	    "洋群岛的十二个港口，全          ，连接东亚各主要港口，\n"
	    "\n"
	    "\n"
	    "\n"
	    "\n"
	    "年预计运量三十万箱。\n"
	    "港区负责人表示，新航\n"
	    "                                预计年底前全部投入运营。\n"
	    "                                港区码头扩建工程同步开\n"
	    "线将带动临港产业发展。          工，明年年中完工。\n",
	    "轮满载驶出港口，运往南\n"
	    "洋群岛的十二个港口，全\n"
	    "\n"
	    "年预计运量三十万箱。\n"
	    "港区负责人表示，新航\n"
	    "线将带动临港产业发展。\n"
	    "\n"
	    "区还将开通两条近洋航线\n"
	    "，连接东亚各主要港口，\n"
	    "\n"
	    "预计年底前全部投入运营。\n"
	    "港区码头扩建工程同步开\n"
	    "工，明年年中完工。\n");
}

/*
 * parse-layout-3.57: a story's closing note in small type, set wider
 * than its column, runs over the gutter on the last row, beside the
 * last line of the column to its left: it stays in its column, and the
 * columns are read one by one.  It had made a band of its own, read
 * after the story beside.
 */
static void
parse_layout_3_57(void **state)
{
	(void)state;
	assert_columns(
	    "本报讯 澄湖港区新航线     港区码头扩建工程同步开     "
	    "澄湖图书馆新馆将于五月\n"
	    "昨日开通，首批集装箱货     工，将新增两个泊位，明     "
	    "开放，馆内设有儿童阅览\n"
	    "轮满载驶出港口，运往南     年年中完工。扩建后，港     "
	    "区和数字阅读区，可同时\n"
	    "洋群岛的十二个港口，全     区年吞吐能力将达到一百     "
	    "容纳一千名读者。新馆还\n"
	    "年预计运量三十万箱，比     万箱。港区负责人介绍，     "
	    "设有自习室和报告厅，周\n"
	    "去年增加三成。港区负责     扩建工程采用新工艺，施     "
	    "末将举办读书分享会，市\n"
	    "人表示，新航线将带动临     工期间航线照常运营，不     "
	    "民可在网上预约座位。\n"
	    "港产业发展，港区还将开     影响货轮进出港口。港区\n"
	    "通两条近洋航线，连接东     还将新建一座集装箱堆场\n"
	    "亚各主要港口，预计今年     ，明年年底前投入使用。\n"
	    "年底前全部投入运营。      （作者为澄湖大学航运管理系副教授）\n",
	    "本报讯 澄湖港区新航线\n"
	    "昨日开通，首批集装箱货\n"
	    "轮满载驶出港口，运往南\n"
	    "洋群岛的十二个港口，全\n"
	    "年预计运量三十万箱，比\n"
	    "去年增加三成。港区负责\n"
	    "人表示，新航线将带动临\n"
	    "港产业发展，港区还将开\n"
	    "通两条近洋航线，连接东\n"
	    "亚各主要港口，预计今年\n"
	    "年底前全部投入运营。\n"
	    "\n"
	    "港区码头扩建工程同步开\n"
	    "工，将新增两个泊位，明\n"
	    "年年中完工。扩建后，港\n"
	    "区年吞吐能力将达到一百\n"
	    "万箱。港区负责人介绍，\n"
	    "扩建工程采用新工艺，施\n"
	    "工期间航线照常运营，不\n"
	    "影响货轮进出港口。港区\n"
	    "还将新建一座集装箱堆场\n"
	    "，明年年底前投入使用。\n"
	    "（作者为澄湖大学航运管理系副教授）\n"
	    "\n"
	    "澄湖图书馆新馆将于五月\n"
	    "开放，馆内设有儿童阅览\n"
	    "区和数字阅读区，可同时\n"
	    "容纳一千名读者。新馆还\n"
	    "设有自习室和报告厅，周\n"
	    "末将举办读书分享会，市\n"
	    "民可在网上预约座位。\n");
}

/*
 * parse-layout-3.58: a heading set beside its story's two columns, right
 * of where their lines end, on their second row, the columns' first
 * lines set apart from the rest by blank rows (the rows of the columns
 * beside, set on other baselines): the heading is read first, then each
 * column through.  It had been read after the columns, and their first
 * lines apart from them.  A photo's credit set there (记者 王强 摄) is no
 * heading: it is not read first.
 */
#define SIDE_HEAD(h)							\
	"  澄湖新航线，昨日        港区负责人表示，新航线\n"		\
	"\n"								\
	"\n"								\
	"\n"								\
	"\n"								\
	"开通，首批集装箱货轮      将带动临港产业发展，港      " h "\n"	\
	"满载驶出港口，运往南      区还将开通两条近洋航线\n"		\
	"洋群岛的十二个港口，      ，连接东亚各主要港口，\n"		\
	"全年预计运量三十万箱      预计年底前全部投入运营。\n"		\
	"，比去年增加三成。        港区码头扩建工程同步开\n"		\
	"                          工，明年年中完工。\n"

static void
parse_layout_3_58(void **state)
{
	static const struct {
		const char *page, *sign;
	} c[] = {
		{ SIDE_HEAD("新华社记者 王强 摄"), "新华社记者" },
		{ SIDE_HEAD("本报记者 王强 李明"), "本报记者" },
	};
	size_t	len = 0, i;
	char   *got;

	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		got = parse_layout_columns(c[i].page, strlen(c[i].page), &len);
		if (strncmp(got, c[i].sign, strlen(c[i].sign)) == 0)
			fail_msg("%zu: a signature read as a heading: %s", i,
			    got);
		free(got);
	}
	assert_columns(SIDE_HEAD("新航线通向南洋"),
	    "新航线通向南洋\n"
	    "\n"
	    "澄湖新航线，昨日\n"
	    "\n"
	    "开通，首批集装箱货轮\n"
	    "满载驶出港口，运往南\n"
	    "洋群岛的十二个港口，\n"
	    "全年预计运量三十万箱\n"
	    "，比去年增加三成。\n"
	    "\n"
	    "港区负责人表示，新航线\n"
	    "将带动临港产业发展，港\n"
	    "区还将开通两条近洋航线\n"
	    "，连接东亚各主要港口，\n"
	    "预计年底前全部投入运营。\n"
	    "港区码头扩建工程同步开\n"
	    "工，明年年中完工。\n");
}

/*
 * parse-layout-3.59: a kicker over a title in large type whose two lines
 * follow each other with no blank row, the kicker two blank rows over
 * the title (the row under it holds the column beside only): the kicker
 * is a heading of its own, set apart from the title as plain pdftotext
 * sets it.  It had been read as the title's first line.  A heading's two
 * lines in large type, blank rows between them, stay one heading over
 * the dateline right under the second.
 */
/* A story of the harbour, read: eleven lines of a column. */
#define HARBOUR_READ							\
	"澄湖新航线昨日开通，\n"					\
	"首批集装箱货轮满载驶\n"					\
	"出港口，运往南洋群岛\n"					\
	"的十二个港口。全年预\n"					\
	"计运量三十万箱，比去\n"					\
	"年增加三成。港区负责\n"					\
	"人表示，新航线将带动\n"					\
	"临港产业发展，港区还\n"					\
	"将开通两条近洋航线。\n"					\
	"港区码头扩建工程同步\n"					\
	"开工，明年年中完工。\n"
#define KICKER_LEFT_READ						\
	HARBOUR_READ							\
	"\n"								\
	"湖城图书馆新馆昨日开\n"					\
	"馆，藏书五十万册。\n"					\
	"\n"

static void
parse_layout_3_59(void **state)
{
	(void)state;
	assert_columns(
	    "澄湖新航线昨日开通，          湖城图书馆新馆昨日开\n"
	    "首批集装箱货轮满载驶          馆，藏书五十万册。\n"
	    "出港口，运往南洋群岛\n"
	    "的十二个港口。全年预          新型澄湖公园对外开放\n"
	    "计运量三十万箱，比去\n"
	    "\n"
	    "年增加三成。港区负责          湖城新增绿地\n"
	    "人表示，新航线将带动          一百二十公顷\n"
	    "临港产业发展，港区还          本报讯 澄湖公园昨日\n"
	    "将开通两条近洋航线。          开放，新增绿地一百二\n"
	    "港区码头扩建工程同步          十公顷，设有湖滨步道\n"
	    "开工，明年年中完工。          和儿童乐园。\n",
	    KICKER_LEFT_READ
	    "新型澄湖公园对外开放\n"
	    "\n"
	    "湖城新增绿地\n"
	    "一百二十公顷\n"
	    "本报讯 澄湖公园昨日\n"
	    "开放，新增绿地一百二\n"
	    "十公顷，设有湖滨步道\n"
	    "和儿童乐园。\n");
	/* A heading's two lines over its dateline stay one heading. */
	assert_columns(
	    "澄湖新航线昨日开通，          湖城图书馆新馆昨日开\n"
	    "首批集装箱货轮满载驶          馆，藏书五十万册。\n"
	    "出港口，运往南洋群岛\n"
	    "的十二个港口。全年预          港区扩建工程\n"
	    "计运量三十万箱，比去\n"
	    "\n"
	    "年增加三成。港区负责          今日正式开工\n"
	    "人表示，新航线将带动          本报讯 澄湖港区扩建工\n"
	    "临港产业发展，港区还          程今日开工，将新增两个\n"
	    "将开通两条近洋航线。          泊位，年底前完工。\n"
	    "港区码头扩建工程同步\n"
	    "开工，明年年中完工。\n",
	    KICKER_LEFT_READ
	    "港区扩建工程\n"
	    "今日正式开工\n"
	    "本报讯 澄湖港区扩建工\n"
	    "程今日开工，将新增两个\n"
	    "泊位，年底前完工。\n");
}

/*
 * parse-layout-3.60: a title in large type alone over a column's two
 * narrower columns, the rows of its height blank under it, the first
 * column opening on the story's byline: the title runs on into the
 * byline, as plain pdftotext sets them.  It had been set apart from it.
 * A photo's credit there stays apart from the byline.
 */
/* The page of parse-layout-3.60, with h right of its second line. */
#define BYLINE_PAGE(h)							\
	"澄湖新航线昨日开通，\n"					\
	"首批集装箱货轮满载驶          " h "\n"				\
	"出港口，运往南洋群岛\n"					\
	"的十二个港口。全年预\n"					\
	"计运量三十万箱，比去\n"					\
	"年增加三成。港区负责\n"					\
	"人表示，新航线将带动\n"					\
	"临港产业发展，港区还\n"					\
	"将开通两条近洋航线。          本报记者 王澄   公园管理处表\n"	\
	"港区码头扩建工程同步          澄湖公园昨日    示，园内还将\n"	\
	"开工，明年年中完工。          开放，新增绿    增设停车场和\n"	\
	"港区还将新建两座仓库          地一百公顷，    游客服务中心\n"	\
	"和一座冷链物流中心，          设有湖滨步道    ，明年春天前\n"	\
	"预计后年建成投用。            和儿童乐园。    全部完工。\n"
/* Its left column read, and its story under the byline read. */
#define BYLINE_LEFT_READ						\
	HARBOUR_READ							\
	"港区还将新建两座仓库\n"					\
	"和一座冷链物流中心，\n"					\
	"预计后年建成投用。\n"
#define BYLINE_STORY_READ						\
	"本报记者 王澄\n"						\
	"澄湖公园昨日\n"						\
	"开放，新增绿\n"						\
	"地一百公顷，\n"						\
	"设有湖滨步道\n"						\
	"和儿童乐园。\n"						\
	"\n"								\
	"公园管理处表\n"						\
	"示，园内还将\n"						\
	"增设停车场和\n"						\
	"游客服务中心\n"						\
	"，明年春天前\n"						\
	"全部完工。\n"

static void
parse_layout_3_60(void **state)
{
	(void)state;
	assert_columns(BYLINE_PAGE("湖城新增绿地一百公顷"),
	    BYLINE_LEFT_READ "\n湖城新增绿地一百公顷\n" BYLINE_STORY_READ);
	/* A photo's credit stays apart from the byline under it. */
	assert_columns(BYLINE_PAGE("图片由湖城公园提供"),
	    BYLINE_LEFT_READ "\n图片由湖城公园提供\n\n" BYLINE_STORY_READ);
}

/*
 * parse-layout-3.61: a subheading of two lines on adjacent rows inside
 * a column whose lines stand on alternate rows (the column beside is set
 * on other baselines), after a paragraph's end: it is parted from the
 * text under it, which goes on the story, as plain pdftotext gives it.
 * It had run on into that text, and read as the next story's title.
 */
static void
parse_layout_3_61(void **state)
{
	(void)state;
	assert_columns(
	    "                              湖城图书馆新馆昨日开\n"
	    "澄湖新航线昨日开通，\n"
	    "                              馆，藏书五十万册，其\n"
	    "首批集装箱货轮满载驶\n"
	    "                              中地方文献三万册。\n"
	    "出港口，运往南洋群岛\n"
	    "                                新馆设自习室\n"
	    "                                和报告厅\n"
	    "的十二个港口。全年预\n"
	    "                              图书馆负责人介绍，新\n"
	    "计运量三十万箱，比去\n"
	    "                              馆周一闭馆，其余时间\n"
	    "年增加三成。港区负责\n"
	    "                              九点开放。\n"
	    "人表示，新航线将带动\n",
	    "澄湖新航线昨日开通，\n"
	    "首批集装箱货轮满载驶\n"
	    "出港口，运往南洋群岛\n"
	    "的十二个港口。全年预\n"
	    "计运量三十万箱，比去\n"
	    "年增加三成。港区负责\n"
	    "人表示，新航线将带动\n"
	    "\n"
	    "湖城图书馆新馆昨日开\n"
	    "馆，藏书五十万册，其\n"
	    "中地方文献三万册。\n"
	    "新馆设自习室\n"
	    "和报告厅\n"
	    "\n"
	    "图书馆负责人介绍，新\n"
	    "馆周一闭馆，其余时间\n"
	    "九点开放。\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_layout_1_1),
		cmocka_unit_test(parse_layout_1_2),
		cmocka_unit_test(parse_layout_1_3),
		cmocka_unit_test(parse_layout_1_4),
		cmocka_unit_test(parse_layout_2_1),
		cmocka_unit_test(parse_layout_2_2),
		cmocka_unit_test(parse_layout_3_1),
		cmocka_unit_test(parse_layout_3_2),
		cmocka_unit_test(parse_layout_3_3),
		cmocka_unit_test(parse_layout_3_4),
		cmocka_unit_test(parse_layout_3_5),
		cmocka_unit_test(parse_layout_3_6),
		cmocka_unit_test(parse_layout_3_7),
		cmocka_unit_test(parse_layout_3_8),
		cmocka_unit_test(parse_layout_3_9),
		cmocka_unit_test(parse_layout_3_10),
		cmocka_unit_test(parse_layout_3_11),
		cmocka_unit_test(parse_layout_3_12),
		cmocka_unit_test(parse_layout_3_13),
		cmocka_unit_test(parse_layout_3_14),
		cmocka_unit_test(parse_layout_3_15),
		cmocka_unit_test(parse_layout_3_16),
		cmocka_unit_test(parse_layout_3_17),
		cmocka_unit_test(parse_layout_3_18),
		cmocka_unit_test(parse_layout_3_19),
		cmocka_unit_test(parse_layout_3_20),
		cmocka_unit_test(parse_layout_3_21),
		cmocka_unit_test(parse_layout_3_22),
		cmocka_unit_test(parse_layout_3_23),
		cmocka_unit_test(parse_layout_3_24),
		cmocka_unit_test(parse_layout_3_25),
		cmocka_unit_test(parse_layout_3_26),
		cmocka_unit_test(parse_layout_3_27),
		cmocka_unit_test(parse_layout_3_28),
		cmocka_unit_test(parse_layout_3_29),
		cmocka_unit_test(parse_layout_3_30),
		cmocka_unit_test(parse_layout_3_31),
		cmocka_unit_test(parse_layout_3_32),
		cmocka_unit_test(parse_layout_3_33),
		cmocka_unit_test(parse_layout_3_34),
		cmocka_unit_test(parse_layout_3_35),
		cmocka_unit_test(parse_layout_3_36),
		cmocka_unit_test(parse_layout_3_37),
		cmocka_unit_test(parse_layout_3_38),
		cmocka_unit_test(parse_layout_3_39),
		cmocka_unit_test(parse_layout_3_40),
		cmocka_unit_test(parse_layout_3_41),
		cmocka_unit_test(parse_layout_3_42),
		cmocka_unit_test(parse_layout_3_43),
		cmocka_unit_test(parse_layout_3_44),
		cmocka_unit_test(parse_layout_3_45),
		cmocka_unit_test(parse_layout_3_46),
		cmocka_unit_test(parse_layout_3_47),
		cmocka_unit_test(parse_layout_3_48),
		cmocka_unit_test(parse_layout_3_49),
		cmocka_unit_test(parse_layout_3_50),
		cmocka_unit_test(parse_layout_3_51),
		cmocka_unit_test(parse_layout_3_52),
		cmocka_unit_test(parse_layout_3_53),
		cmocka_unit_test(parse_layout_3_54),
		cmocka_unit_test(parse_layout_3_55),
		cmocka_unit_test(parse_layout_3_56),
		cmocka_unit_test(parse_layout_3_57),
		cmocka_unit_test(parse_layout_3_58),
		cmocka_unit_test(parse_layout_3_59),
		cmocka_unit_test(parse_layout_3_60),
		cmocka_unit_test(parse_layout_3_61),
		cmocka_unit_test(parse_layout_4_1),
		cmocka_unit_test(parse_layout_4_2),
		cmocka_unit_test(parse_layout_5_1),
	};

	return (cmocka_run_group_tests_name("parse-layout", tests, NULL,
	    NULL));
}
