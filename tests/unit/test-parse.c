/*
 * parse: each rule of the page parser on small pages written for the test,
 * in the shapes PDF extractors and Markdown converters produce.
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

static struct parse_page *
parse_str(const char *s)
{
	return (parse_page(s, strlen(s)));
}

/* The article whose title is t, or fail. */
static const struct parse_article *
by_title(const struct parse_page *pg, const char *t)
{
	size_t	i;

	for (i = 0; i < pg->narticles; i++) {
		if (strcmp(pg->articles[i].title, t) == 0)
			return (&pg->articles[i]);
	}
	fail_msg("no article titled %s", t);
	return (NULL);
}

/* All paragraphs of a joined by "|". */
static char *
paras(const struct parse_article *a)
{
	size_t	i, len = 1;
	char	*s;

	for (i = 0; i < a->nparagraphs; i++)
		len += strlen(a->paragraphs[i]) + 1;
	s = calloc(1, len);
	for (i = 0; i < a->nparagraphs; i++) {
		if (i != 0)
			strcat(s, "|");
		strcat(s, a->paragraphs[i]);
	}
	return (s);
}

/* Do the paragraphs of the article titled t hold needle?  Fails if none. */
static int
paras_have(const struct parse_page *pg, const char *t, const char *needle)
{
	const struct parse_article	*a = by_title(pg, t);
	char				*all;
	int				 has;

	if (a == NULL)
		return (0);
	all = paras(a);
	has = strstr(all, needle) != NULL;
	free(all);
	return (has);
}

/* How many times the page says needle: in its headings and paragraphs. */
static int
page_count(const struct parse_page *pg, const char *needle)
{
	const struct parse_article *a;
	const char		   *fields[3], *at;
	size_t			    i, k, f;
	int			    n = 0;

	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		fields[0] = a->kicker;
		fields[1] = a->title;
		fields[2] = a->subtitle;
		for (f = 0; f < 3; f++) {
			for (at = fields[f]; (at = strstr(at, needle)) != NULL;
			     at++)
				n++;
		}
		for (k = 0; k < a->nparagraphs; k++) {
			for (at = a->paragraphs[k];
			     (at = strstr(at, needle)) != NULL; at++)
				n++;
		}
	}
	return (n);
}

/* Does the page keep needle anywhere: a heading's line or a paragraph? */
static int
page_keeps(const struct parse_page *pg, const char *needle)
{
	const struct parse_article	*a;
	size_t				 i, k;

	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (strstr(a->kicker, needle) != NULL ||
		    strstr(a->title, needle) != NULL ||
		    strstr(a->subtitle, needle) != NULL)
			return (1);
		for (k = 0; k < a->nparagraphs; k++) {
			if (strstr(a->paragraphs[k], needle) != NULL)
				return (1);
		}
	}
	return (0);
}

/* The article whose first paragraph holds needle, or fail (or two do). */
static const struct parse_article *
with_lead(const struct parse_page *pg, const char *needle)
{
	const struct parse_article	*a = NULL;
	size_t				 i;

	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].nparagraphs == 0 ||
		    strstr(pg->articles[i].paragraphs[0], needle) == NULL)
			continue;
		if (a != NULL)
			fail_msg("two articles open on %s", needle);
		a = &pg->articles[i];
	}
	if (a == NULL)
		fail_msg("no article opens on %s", needle);
	return (a);
}

/* Does the last paragraph of a hold needle? */
static int
last_para_has(const struct parse_article *a, const char *needle)
{
	return (a->nparagraphs > 0 &&
	    strstr(a->paragraphs[a->nparagraphs - 1], needle) != NULL);
}

static size_t
count_kind(const struct parse_page *pg, enum parse_kind k)
{
	size_t	i, n = 0;

	for (i = 0; i < pg->narticles; i++)
		n += pg->articles[i].kind == k;
	return (n);
}

/* A raw page: titles under bodies, a column break mid-sentence. */
static const char PAGE_1[] =
    "本报讯 昨天上午，澄湖经济开发\n"
    "区举行一季度重大项目集中签约\n"
    "活动，共有 12个项目签约，总投\n"
    "资达 36.5亿元。\n"
    "据了解，此次签约的项目涵盖新\n"
    "能源、新材料和高端装备等领域\n"
    "其中外资项目 3个。“我们将全力\n"
    "做好服务保障，”开发区负责人\n"
    "\n"
    "表示，“让项目早落地。”\n"
    "2 月 8 日，首批项目已进场施工。\n"
    "\n"
    "澄湖经开 蓄势待发\n"
    "一季度12个重大项目集中签约\n"
    "■记者 王 强 通讯员 李小梅\n"
    "\n"
    "本报讯 为了让老人少爬楼，西塘\n"
    "桥镇今年计划为 20幢老楼加装电\n"
    "梯，已有 6幢完工。\n"
    "“天天盼着这一天，谢谢大家！”\n"
    "家住三楼的张阿姨说。\n"
    "\n"
    "老楼加装电梯\n"
    "居民上下楼不再难\n";

/* parse-1.1: hard-wrapped lines are rejoined into paragraphs. */
static void
parse_1_1(void **state)
{
	struct parse_page		*pg = parse_str(PAGE_1);
	const struct parse_article	*a;
	char				*p;

	(void)state;
	a = by_title(pg, "澄湖经开 蓄势待发");
	p = paras(a);
	assert_string_equal(a->paragraphs[0], "本报讯昨天上午，澄湖经济开发"
	    "区举行一季度重大项目集中签约活动，共有12个项目签约，总投资达"
	    "36.5亿元。");
	assert_non_null(strstr(p, "新能源、新材料和高端装备等领域其中外资"));
	free(p);
	parse_page_free(pg);
}

/* parse-1.2: a column break inside a sentence is no paragraph break. */
static void
parse_1_2(void **state)
{
	struct parse_page		*pg = parse_str(PAGE_1);
	const struct parse_article	*a;
	char				*p;

	(void)state;
	a = by_title(pg, "澄湖经开 蓄势待发");
	p = paras(a);
	assert_non_null(strstr(p, "开发区负责人表示，“让项目早落地"));
	free(p);
	parse_page_free(pg);
}

/* parse-1.3: a paragraph ends on a short line that ends a sentence. */
static void
parse_1_3(void **state)
{
	struct parse_page		*pg = parse_str(PAGE_1);
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	a = by_title(pg, "澄湖经开 蓄势待发");
	assert_int_equal(a->nparagraphs, 3);
	assert_string_equal(a->paragraphs[2], "2月8日，首批项目已进场施工。");
	/* Every paragraph ends a sentence. */
	for (i = 0; i < a->nparagraphs; i++) {
		uint32_t c;

		text_utf8_prev(a->paragraphs[i], strlen(a->paragraphs[i]), &c);
		assert_true(c == 0x3002 || c == 0x201d || c == 0xff01);
	}
	parse_page_free(pg);
}

/* parse-2.1: spaces beside Chinese characters and digits go, others stay. */
static void
parse_2_1(void **state)
{
	struct parse_page	*pg;
	char			*p;

	(void)state;
	pg = parse_str("本报讯 项目涵盖 new energy and high-tech 等领域，共\n"
	    "有 9个，于 2 月 8 日启动。\n\n测试标题\n");
	p = paras(&pg->articles[0]);
	assert_string_equal(p, "本报讯项目涵盖new energy and high-tech等领域，"
	    "共有9个，于2月8日启动。");
	free(p);
	parse_page_free(pg);
}

/* parse-2.2: the space between the two phrases of a title stays. */
static void
parse_2_2(void **state)
{
	struct parse_page	*pg = parse_str(PAGE_1);

	(void)state;
	assert_string_equal(pg->articles[0].title, "澄湖经开 蓄势待发");
	parse_page_free(pg);
}

/* The first p (pl bytes) in s (n bytes), found byte by byte. */
static const char *
naive_memmem(const char *s, size_t n, const char *p, size_t pl)
{
	size_t	i;

	for (i = 0; i + pl <= n; i++) {
		if (memcmp(s + i, p, pl) == 0)
			return (s + i);
	}
	return (NULL);
}

/*
 * parse-2.3: parse_memmem() finds the first place of a pattern, as a
 * search byte by byte does: in texts of every length around its blocks
 * of 16, 32 and 64 bytes (the last 64 with AVX2 if the processor has it)
 * and of some longer, Chinese characters (alike in their first bytes) and
 * letters mixed, for patterns taken from the text and patterns changed
 * in one byte, at the start, across a block's edge and at the end.
 */
static void
parse_2_3(void **state)
{
	static const char *piece[] = { "澄", "湖", "港", "区", "，", "。",
		"a", "b", " ", "澄湖", "湖港" };
	const size_t	   nitems = sizeof piece / sizeof *piece;
	char		   text[400], pat[16], *heap;
	uint32_t	   seed = 7;
	size_t		   n, len, at, pl, k, tries = 0;

	(void)state;
	for (n = 0; n < 120; n += n < 60 ? 1 : 7) {
		/* A text of some 3n bytes, of the pieces in turn at random. */
		len = 0;
		while (len < 3 * n + (n % 5)) {
			const char *w;

			seed = seed * 1103515245u + 12345u;
			w = piece[(seed >> 16) % nitems];
			memcpy(text + len, w, strlen(w));
			len += strlen(w);
		}
		/* On the heap, its own size: a read past it is an error. */
		heap = xmalloc(len > 0 ? len : 1);
		memcpy(heap, text, len);
		for (at = 0; at < len; at++) {
			for (pl = 1; pl <= 9 && at + pl <= len; pl++) {
				memcpy(pat, text + at, pl);
				assert_ptr_equal(
				    parse_memmem(heap, len, pat, pl),
				    naive_memmem(heap, len, pat, pl));
				for (k = 0; k < pl; k++) {
					pat[k] ^= 0x01;
					assert_ptr_equal(
					    parse_memmem(heap, len, pat, pl),
					    naive_memmem(heap, len, pat, pl));
					pat[k] ^= 0x01;
				}
				tries++;
			}
		}
		free(heap);
	}
	assert_true(tries > 5000);
	assert_ptr_equal(parse_memmem(text, 6, "", 0), text);
	assert_null(parse_memmem("澄湖", 6, "澄湖港", 9));
}

/* parse-3.1: doubled bold titles are undone run by run. */
static void
parse_3_1(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("本报讯 今年，全市计划实施重点项目一百\n"
	    "个，确保一季度开门红。\n\n"
	    "““起跑起跑””港区抓项目港区抓项目\n");
	assert_string_equal(pg->articles[0].title, "“起跑”港区抓项目");
	parse_page_free(pg);
	pg = parse_str("本报讯 今年，全市计划实施重点项目一百\n"
	    "个，确保一季度开门红。\n\n"
	    "澄湖经开澄湖经开 满帆起航满帆起航\n");
	assert_string_equal(pg->articles[0].title, "澄湖经开 满帆起航");
	parse_page_free(pg);
}

/* parse-3.2: honest repeats are not undone (谢谢, 天天, 一一). */
static void
parse_3_2(void **state)
{
	static const char *titles[] = {
		"天天向上", "谢谢", "一一落实", "常常想起", "谢谢你们"
	};
	struct parse_page	*pg;
	char			 page[512];
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof titles / sizeof titles[0]; i++) {
		snprintf(page, sizeof page, "本报讯 今年，全市计划实施重点项目一"
		    "百\n个，确保一季度开门红。\n\n%s\n", titles[i]);
		pg = parse_str(page);
		assert_string_equal(pg->articles[0].title, titles[i]);
		parse_page_free(pg);
	}
	/* And in body text nothing is ever undoubled. */
	pg = parse_str(PAGE_1);
	assert_non_null(strstr(by_title(pg, "老楼加装电梯居民上下楼不再难")->
	    paragraphs[1], "天天盼着这一天，谢谢大家！"));
	parse_page_free(pg);
}

/* parse-4.1: title blocks after bodies, with subtitle; bylines after them. */
static void
parse_4_1(void **state)
{
	struct parse_page		*pg = parse_str(PAGE_1);
	const struct parse_article	*a;

	(void)state;
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	a = by_title(pg, "澄湖经开 蓄势待发");
	assert_string_equal(a->subtitle, "一季度12个重大项目集中签约");
	assert_string_equal(a->byline, "记者 王强 通讯员 李小梅");
	/* A title broken over two lines alike is one title. */
	a = by_title(pg, "老楼加装电梯居民上下楼不再难");
	assert_string_equal(a->byline, "");
	assert_non_null(strstr(a->paragraphs[0], "加装电梯"));
	parse_page_free(pg);
}

/* Titles above bodies, a kicker, a byline between title and body. */
static const char PAGE_2[] =
    "■记 者 陈 晨\n"
    "\n"
    "全市推进会部署今年招商引资工作\n"
    "\n"
    "招商引资 再上台阶\n"
    "\n"
    "本报讯 昨天，全市招商引资推进\n"
    "会召开，会议总结了去年的工作\n"
    "成绩，部署了今年的重点任务。\n"
    "会议强调，要紧盯重点区域和重\n"
    "点产业，全力招引大项目好项目。\n"
    "\n"
    "春风送岗位\n"
    "就业暖人心\n"
    "■记者 赵 敏\n"
    "\n"
    "本报讯 昨天上午，春风行动专场\n"
    "招聘会在市人力资源市场举行，\n"
    "共有 60家企业提供 1500余个岗\n"
    "位，吸引了众多求职者。\n";

/* parse-4.2: title blocks above bodies, kicker, byline at the top. */
static void
parse_4_2(void **state)
{
	struct parse_page		*pg = parse_str(PAGE_2);
	const struct parse_article	*a;

	(void)state;
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	a = by_title(pg, "招商引资 再上台阶");
	assert_string_equal(a->kicker, "全市推进会部署今年招商引资工作");
	assert_string_equal(a->byline, "记者 陈晨");
	assert_non_null(strstr(a->paragraphs[0], "本报讯昨天，全市招商"));
	a = by_title(pg, "春风送岗位就业暖人心");
	assert_string_equal(a->byline, "记者 赵敏");
	assert_non_null(strstr(a->paragraphs[0], "春风行动专场招聘会"));
	parse_page_free(pg);
}

/* A photo, an unsigned commentary, weather, an ad, a masthead. */
static const char PAGE_3[] =
    " 澄湖日报 澄湖新闻客户端\n"
    "\n"
    "营商环境好不好，企业最有发言\n"
    "权。今年以来，我市持续推进助\n"
    "企服务，把政策送进车间、把问\n"
    "题解决在一线，赢得企业点赞。\n"
    "服务没有终点。只有把企业的事\n"
    "当成自己的事，才能让更多企业\n"
    "安心扎根、放心发展。\n"
    "\n"
    "把企业的事当成自己的事\n"
    "\n"
    "昨天，在西塘桥镇的一处农田里，\n"
    "农户驾驶插秧机抢抓农时。\n"
    "■摄影 王 强 陈明远\n"
    "\n"
    "抢抓农时\n"
    "\n"
    "澄湖职业技术学校 招生热线 85012345\n"
    " 今天多云，夜里阴有小雨。明天阴转\n"
    "小雨，东北风3到4级。今天白天最高\n"
    "气温15℃，明天早晨最低气温9℃。\n";

/* parse-5.1: a photo: caption, credit and the photo title after it. */
static void
parse_5_1(void **state)
{
	struct parse_page		*pg = parse_str(PAGE_3);
	const struct parse_article	*a;

	(void)state;
	a = by_title(pg, "抢抓农时");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "摄影 王强 陈明远");
	assert_int_equal(a->nparagraphs, 1);
	assert_string_equal(a->paragraphs[0],
	    "昨天，在西塘桥镇的一处农田里，农户驾驶插秧机抢抓农时。");
	parse_page_free(pg);
}

/* parse-5.2: a body with no 本报讯 and no byline is commentary. */
static void
parse_5_2(void **state)
{
	struct parse_page		*pg = parse_str(PAGE_3);
	const struct parse_article	*a;

	(void)state;
	a = by_title(pg, "把企业的事当成自己的事");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_int_equal(count_kind(pg, PARSE_NEWS), 0);
	parse_page_free(pg);
}

/* parse-5.3: the weather box, and the ad and masthead around it. */
static void
parse_5_3(void **state)
{
	struct parse_page	*pg = parse_str(PAGE_3);

	(void)state;
	assert_non_null(pg->weather);
	assert_string_equal(pg->weather->today, "多云，夜里阴有小雨");
	assert_string_equal(pg->weather->tomorrow, "阴转小雨");
	assert_string_equal(pg->weather->wind, "东北风3到4级");
	assert_true(pg->weather->has_high && pg->weather->has_low);
	assert_int_equal(pg->weather->high, 15);
	assert_int_equal(pg->weather->low, 9);
	assert_int_equal(count_kind(pg, PARSE_WEATHER), 1);
	assert_int_equal(count_kind(pg, PARSE_AD), 1);
	assert_int_equal(count_kind(pg, PARSE_OTHER), 1);	/* masthead */
	parse_page_free(pg);
}

/* parse-5.4: a commentary signed ■本报评论员. */
static void
parse_5_4(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("实干才能出实绩。新的一年，各级干部要\n"
	    "沉下身子、扑下身子，把各项任务落到\n"
	    "实处，以实绩论英雄。\n"
	    "■本报评论员\n\n"
	    "以实干论英雄\n");
	assert_int_equal(pg->articles[0].kind, PARSE_COMMENTARY);
	assert_string_equal(pg->articles[0].byline, "本报评论员");
	assert_string_equal(pg->articles[0].title, "以实干论英雄");
	parse_page_free(pg);
}

/* parse-5.5: a column banner is neither a title nor a kicker. */
static void
parse_5_5(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("本报讯 昨天，全市春季植树活动在滨湖公\n"
	    "园举行，共栽下树苗三千余株。\n\n"
	    "全市春季植树活动举行\n\n"
	    "实干争先\n澄湖进行时\n\n"
	    "本报讯 今年，我市将新建口袋公园二十\n"
	    "个，让市民出门见绿。\n\n"
	    "口袋公园扮靓城市\n");
	assert_int_equal(count_kind(pg, PARSE_BANNER), 1);
	assert_string_equal(by_title(pg, "全市春季植树活动举行")->kicker, "");
	assert_non_null(strstr(by_title(pg, "口袋公园扮靓城市")->paragraphs[0],
	    "口袋公园二十个"));
	parse_page_free(pg);
}

/* parse-6.1: continuation notes, on a line of their own or at the end. */
static void
parse_6_1(void **state)
{
	struct parse_page	*pg;
	char			*p;

	(void)state;
	pg = parse_str("本报讯 今年，全市将新建公园十个，改造\n"
	    "老旧小区三十个，并新增停车位（下转3版）\n\n"
	    "城市更新提速\n");
	assert_string_equal(pg->articles[0].continued_to, "3");
	p = paras(&pg->articles[0]);
	assert_null(strstr(p, "下转"));
	free(p);
	parse_page_free(pg);
	pg = parse_str("（上接1版）\n二千个。市民出行将更加方便。\n\n"
	    "城市更新提速\n");
	assert_string_equal(pg->articles[0].continued_from, "1");
	assert_int_equal(pg->articles[0].kind, PARSE_NEWS);
	parse_page_free(pg);
}

static const char PAGE_MD[] =
    "# 澄湖新区建设全面提速\n"
    "\n"
    "## 企业服务 “一站办结”\n"
    "\n"
    "### ——我市优化营商环境纪实\n"
    "\n"
    "■记者 周 明 通讯员 吴晓\n"
    "\n"
    "本报讯 近日,市企业服务中心正式启用,企业办事实现一站办结。\n"
    "\n"
    "中心设有政策咨询、项目审批等窗口,累计服务企业1200余家\n"
    "\n"
    "次,收到好评率99%。\n"
    "\n"
    "澄湖职业技术学校  \n"
    "招生热线: 85012345  \n"
    "\n"
    "今天阴,明天多云,偏北风3级。今天白天最高气温12℃,明天早晨最低气温-2℃。\n"
    "\n"
    "新区今年计划完成投资80亿元,新开工项目30个。\n"
    "\n"
    "### 晨练\n"
    "\n"
    "昨天清晨,市民在滨湖公园锻炼身体。\n"
    "\n"
    "■摄影 王强\n";

/* parse-7.1: Markdown headings, subtitle, byline, joined column break. */
static void
parse_7_1(void **state)
{
	struct parse_page		*pg = parse_str(PAGE_MD);
	const struct parse_article	*a;

	(void)state;
	assert_int_equal(pg->format, PARSE_MARKDOWN);
	a = by_title(pg, "企业服务 “一站办结”");
	assert_string_equal(a->subtitle, "——我市优化营商环境纪实");
	assert_string_equal(a->byline, "记者 周明 通讯员 吴晓");
	assert_int_equal(a->nparagraphs, 2);
	assert_string_equal(a->paragraphs[1], "中心设有政策咨询、项目审批等窗口,"
	    "累计服务企业1200余家次,收到好评率99%。");
	parse_page_free(pg);
}

/* parse-7.2: body text moved away from its heading finds it again. */
static void
parse_7_2(void **state)
{
	struct parse_page		*pg = parse_str(PAGE_MD);
	const struct parse_article	*a;

	(void)state;
	a = by_title(pg, "澄湖新区建设全面提速");
	assert_int_equal(a->nparagraphs, 1);
	assert_string_equal(a->paragraphs[0],
	    "新区今年计划完成投资80亿元,新开工项目30个。");
	assert_int_equal(pg->weather->low, -2);
	assert_int_equal(count_kind(pg, PARSE_AD), 1);
	a = by_title(pg, "晨练");
	assert_int_equal(a->kind, PARSE_PHOTO);
	parse_page_free(pg);
}

/* parse-8.1: GBK and CRLF pages parse like UTF-8 ones. */
static void
parse_8_1(void **state)
{
	/* 本报讯 测试。\r\n\r\n标题\r\n in GBK. */
	static const char gbk[] = "\xb1\xbe\xb1\xa8\xd1\xb6 \xb2\xe2\xca\xd4"
	    "\xa1\xa3\r\n\r\n\xb1\xea\xcc\xe2\r\n";
	struct parse_page	*pg;
	const char		*enc;
	char			*text, *cause = NULL;
	size_t			 len;

	(void)state;
	text = text_decode(gbk, sizeof gbk - 1, &len, &enc, &cause);
	assert_non_null(text);
	pg = parse_page(text, len);
	assert_int_equal(pg->narticles, 1);
	assert_string_equal(pg->articles[0].title, "标题");
	assert_string_equal(pg->articles[0].paragraphs[0], "本报讯测试。");
	parse_page_free(pg);
	free(text);
}

/* parse-8.2: empty and odd input never crashes and loses no text. */
static void
parse_8_2(void **state)
{
	static const char *odd[] = {
		"", "\n\n\n", "■", "（下转", "#", "# ", "##\n###", "■摄影",
		"今天明天风级", "　　　", "a\n\nb", "本报讯", "））））", "■记者\n■记者"
	};
	struct parse_page	*pg;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof odd / sizeof odd[0]; i++) {
		pg = parse_str(odd[i]);
		assert_non_null(pg);
		parse_page_free(pg);
	}
}

/* The article's first paragraph opens with s. */
#define assert_para_starts(a, s) \
	assert_true(strncmp((a)->paragraphs[0], (s), strlen(s)) == 0)

/* The first story of PAGE_FLOW_BODY, its first paragraph alone. */
#define PAGE_FLOW_PORT \
	"澄湖港区新航线开通\n" \
	"本报澄湖3月7日电（记者 宋远帆）7日\n" \
	"上午，澄湖港区至南洋群岛的首条远洋集\n" \
	"装箱航线正式开通，首航船舶满载电子元\n" \
	"件和纺织品驶离码头。\n"

/* A story about 澄湖's wetland: a subheading and its text. */
#define WETLAND_BIRDS \
	"候鸟数量明显回升\n" \
	"据湿地管理站监测，今冬来此越冬的候鸟\n" \
	"已超过一万只，比修复前增加了近一倍，其\n" \
	"中包括多种国家重点保护鸟类。\n"

/* Its first lines, finishing a sentence, before WETLAND_BIRDS. */
#define WETLAND_LEAD \
	"历时两年的澄湖湿地生态修复工程日前完\n" \
	"工，修复后的湿地水面扩大到八百亩，新种\n" \
	"植芦苇、菖蒲等水生植物二十余种。\n"

/*
 * A page that sets its headings over its bodies, with datelines and page
 * furniture, as pdftotext gives another paper's page.  Invented text.
 */
#define PAGE_FLOW \
	"2024年3月8日 星期五\n" \
	"第3版\n" \
	"责任编辑：林小舟\n\n" \
	PAGE_FLOW_BODY
#define PAGE_FLOW_BODY \
	PAGE_FLOW_PORT \
	"据介绍，新航线每周一班，预计全年可\n" \
	"新增集装箱吞吐量八万标箱，为本地外\n" \
	"贸企业节省物流成本近两成。\n\n" \
	"湖滨公园樱花进入盛花期\n" \
	"新华社澄湖3月7日电 连日来，湖滨公\n" \
	"园的三千余株樱花陆续进入盛花期，吸\n" \
	"引大批市民前来踏青赏花。公园管理处\n" \
	"提醒游客文明赏花。\n" \
	"为方便游客出行，公交部门临时增开\n" \
	"两条赏花专线，周末发车间隔缩短到十\n" \
	"分钟。\n"

/* parse-9.1: titles over bodies, datelines open stories. */
static void
parse_9_1(void **state)
{
	struct parse_page		*pg = parse_str(PAGE_FLOW);
	const struct parse_article	*a;

	(void)state;
	a = by_title(pg, "澄湖港区新航线开通");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 2);
	assert_para_starts(a, "本报澄湖3月7日电");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 2);
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	parse_page_free(pg);
}

/* parse-9.2: page furniture (date, 第N版, 责任编辑) is no article's text. */
static void
parse_9_2(void **state)
{
	struct parse_page	*pg = parse_str(PAGE_FLOW);
	size_t			 i, j;

	(void)state;
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		assert_null(strstr(a->title, "星期"));
		assert_null(strstr(a->kicker, "第3版"));
		for (j = 0; j < a->nparagraphs; j++) {
			assert_null(strstr(a->paragraphs[j], "责任编辑"));
			assert_null(strstr(a->paragraphs[j], "星期五"));
		}
	}
	parse_page_free(pg);
}

/* parse-9.3: a kept two-em indent marks paragraphs, not new stories. */
static void
parse_9_3(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("\u3000\u3000本报讯 今年，全市计划实施重点项目一百\n"
	    "个，确保一季度开门红。\n"
	    "\u3000\u3000项目涵盖产业发展、基础设施和社会民\n"
	    "生等领域，总投资超过三百亿元。\n"
	    "\u3000\u3000市发改委负责人表示，将全力做好要\n"
	    "素保障，推动项目早开工、早见效。\n\n"
	    "重点项目按下快进键\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 1);
	assert_string_equal(pg->articles[0].title, "重点项目按下快进键");
	assert_int_equal(pg->articles[0].nparagraphs, 3);
	parse_page_free(pg);
}

/* parse-9.4: the weather as other papers print it: a range, 温度. */
static void
parse_9_4(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("今日天气\n\n晴到多云 9℃～18℃\n东南风3-4级\n\n"
	    "湖滨公园樱花进入盛花期\n"
	    "新华社澄湖3月7日电 连日来，湖滨公\n"
	    "园的三千余株樱花陆续进入盛花期。\n");
	assert_non_null(pg->weather);
	assert_int_equal(pg->weather->low, 9);
	assert_int_equal(pg->weather->high, 18);
	parse_page_free(pg);
	pg = parse_str("今天 多云\n东南风3-4级\n最低温度6℃\n最高温度15℃\n");
	assert_non_null(pg->weather);
	assert_int_equal(pg->weather->low, 6);
	assert_int_equal(pg->weather->high, 15);
	parse_page_free(pg);
}

/* parse-9.5: fake bold set line by line is one heading, said once. */
static void
parse_9_5(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通。\n");
	assert_string_equal(pg->articles[0].title, "澄湖港区新航线开通");
	parse_page_free(pg);
}

/* parse-9.6: a Latin word hyphenated over a line break is one word. */
static void
parse_9_6(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("本报讯 项目涵盖new energy和high-tech manu-\n"
	    "facturing等领域，总投资12亿元。\n\n标题\n");
	assert_non_null(strstr(pg->articles[0].paragraphs[0],
	    "high-tech manufacturing等领域"));
	parse_page_free(pg);
}

/* parse-9.7: a form feed (the next page of an issue) is a break. */
static void
parse_9_7(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("本报讯 今年，全市计划实施重点项目一百\n"
	    "个，确保一季度开门红。\n\n重点项目按下快进键\n"
	    "\f本报讯 市委书记在签约仪式上表示，新能源\n"
	    "是重点培育的产业链之一。\n\n新能源产业再添新军\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	assert_non_null(by_title(pg, "重点项目按下快进键"));
	assert_non_null(by_title(pg, "新能源产业再添新军"));
	parse_page_free(pg);
}

/* parse-9.8: a section's name set with the date and page label is no title. */
static void
parse_9_8(void **state)
{
	struct parse_page	*pg;
	size_t			 i;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n第3版\n城事\n"
	    "责任编辑：林小舟\n\n" PAGE_FLOW_BODY);
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title, "城事");
	assert_non_null(by_title(pg, "澄湖港区新航线开通"));
	parse_page_free(pg);
}

/* parse-9.9: a half-width full stop after Chinese text ends a sentence. */
static void
parse_9_9(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("澄湖开通暑期服务热线\n\n"
	    "本报讯 暑期服务项目,目前已经开通.\n\n"
	    "东港镇召开安全生产会议\n\n"
	    "本报讯 东港镇召开会议,部署工作.\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	assert_non_null(by_title(pg, "澄湖开通暑期服务热线"));
	assert_non_null(by_title(pg, "东港镇召开安全生产会议"));
	parse_page_free(pg);
}

/*
 * parse-9.10: text the parser writes is clean, even where it takes away
 * the space a variation selector followed (an en space, then U+FE00).
 */
static void
parse_9_10(void **state)
{
	struct parse_page	*pg;
	const char		*p;
	char			*c;
	size_t			 m;

	(void)state;
	pg = parse_str("本报讯 项目涵盖new\xe2\x80\x82\xef\xb8\x80"
	    "energy等领域。\n\n重点项目按下快进键\n");
	assert_true(pg->narticles >= 1);
	assert_true(pg->articles[0].nparagraphs >= 1);
	p = pg->articles[0].paragraphs[0];
	c = text_clean(p, strlen(p), 0, &m);
	assert_int_equal(m, strlen(p));
	assert_memory_equal(c, p, m);
	free(c);
	parse_page_free(pg);
}

/*
 * parse-9.11: a picture's source set apart under it (新华社发, 资料图片)
 * titles nothing, and the text after the picture is more of the story.
 */
static void
parse_9_11(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i, j;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n新华社发\n\n"
	    "据了解，今年湖滨公园还将新栽樱花\n"
	    "五百株，并延长夜间开放时间。\n");
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		assert_string_not_equal(a->title, "新华社发");
		for (j = 0; j < a->nparagraphs; j++)
			assert_null(strstr(a->paragraphs[j], "新华社发"));
	}
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "新栽樱花"));
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	parse_page_free(pg);
}

/*
 * parse-9.12: a line alone between blank lines that ends on a dash leads
 * into the title under it, however wide: a kicker, not a story's text.
 */
static void
parse_9_12(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "东港镇召开春季安全生产现场会——\n\n"
	    "隐患排查不留死角\n"
	    "本报讯（记者 周雯）昨天，东港镇召开\n"
	    "春季安全生产现场会，部署开展为期一\n"
	    "个月的隐患排查整治行动。\n");
	a = by_title(pg, "隐患排查不留死角");
	assert_non_null(a);
	assert_non_null(strstr(a->kicker, "东港镇召开春季安全生产现场会"));
	assert_null(strstr(a->paragraphs[0], "现场会——"));
	assert_int_equal(count_kind(pg, PARSE_NEWS), 3);
	parse_page_free(pg);
}

/*
 * parse-9.13: a column's tag of a few words under a heading is no story;
 * its text is kept as a box's.
 */
static void
parse_9_13(void **state)
{
	struct parse_page	*pg;
	size_t			 i;
	int			 seen = 0;

	(void)state;
	pg = parse_str("城事漫谈\n\n春运一线·暖心故事·回家路上的温暖故事\n\n"
	    PAGE_FLOW_BODY);
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		if (a->kind == PARSE_OTHER && a->nparagraphs > 0 &&
		    strstr(a->paragraphs[0], "暖心故事") != NULL)
			seen = 1;
	}
	assert_true(seen);
	parse_page_free(pg);
}

/*
 * parse-9.14: a title as wide as a paragraph's indented first line, set
 * right over one, is a title: a line with no pause cannot run on into a
 * line that is indented.
 */
static void
parse_9_14(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "澄湖图书馆新馆下月起正式对外开放\n"
	    "市文化广电旅游局昨天宣布，位于滨\n"
	    "湖新区的市图书馆新馆下月起对外开放，\n"
	    "馆藏图书达一百二十万册，设有少儿阅览\n"
	    "区、古籍修复室和数字体验馆等功能区。\n"
	    "新馆开放后实行错峰入馆，每天分上\n"
	    "午、下午和晚上三个时段接待读者。\n");
	a = by_title(pg, "澄湖图书馆新馆下月起正式对外开放");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 2);
	parse_page_free(pg);
}

/*
 * parse-9.15: the numbered parts of one story (第1站, 第2站) are its
 * subheadings, however they are set, not stories of their own.
 */
static void
parse_9_15(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖古镇一日游\n"
	    "本报讯（记者 周雯）春天到了，澄湖古镇\n"
	    "迎来踏青高峰，记者沿着新开通的旅游\n"
	    "线路走了一天。\n\n"
	    "第1站\n水乡码头\n游船排起长队\n"
	    "清晨的码头上，游船已经排起长队，船\n"
	    "工们忙着招呼游客上船。\n\n"
	    "第2站\n老街茶馆\n评弹唱响新曲\n"
	    "中午时分，老街茶馆里座无虚席，评弹\n"
	    "艺人正在演唱新编的曲目。\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 1);
	a = by_title(pg, "澄湖古镇一日游");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "评弹"));
	parse_page_free(pg);
}

/*
 * parse-9.16: a section's name on the page's first line, over the date
 * with blank lines between, is furniture, not a title.
 */
static void
parse_9_16(void **state)
{
	struct parse_page	*pg;
	size_t			 i;

	(void)state;
	pg = parse_str("城事\n\n2024年3月8日 星期五\n\n" PAGE_FLOW_BODY);
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title, "城事");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	parse_page_free(pg);
}

/*
 * parse-9.17: a sign-off broken over two lines closes its story, and a
 * line set apart after it with no pause is the next story's title, even
 * as wide as the narrow column under it.
 */
static void
parse_9_17(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("让老街留住烟火气\n"
	    "老街改造不是推倒重来，而\n"
	    "是让居民的日子过得更舒心。\n"
	    "（作者为澄湖市城市规划设\n"
	    "计研究院高级规划师）\n\n"
	    "夜市点亮滨湖新区\n\n"
	    "滨湖新区夜市昨晚开\n"
	    "市，八十多个摊位吸\n"
	    "引了大批市民前来品\n"
	    "尝各地小吃。\n");
	a = by_title(pg, "让老街留住烟火气");
	assert_non_null(a);
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "夜市"));
	a = by_title(pg, "夜市点亮滨湖新区");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "八十多个摊位"));
	parse_page_free(pg);
}

/*
 * parse-9.18: a dateline broken before its 电 in a narrow column still
 * opens a story, and the line over it is that story's title.
 */
static void
parse_9_18(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "东港镇春耕备耕忙\n"
	    "本报东港3月7日\n"
	    "电 （记者 宋远帆）\n"
	    "眼下正值春耕备耕\n"
	    "时节，东港镇各村\n"
	    "抢抓农时，田间地\n"
	    "头一片繁忙景象。\n");
	a = by_title(pg, "东港镇春耕备耕忙");
	assert_non_null(a);
	assert_para_starts(a, "本报东港3月7日电");
	parse_page_free(pg);
}

/*
 * parse-9.19: a heading that ends on a dash, set apart over the title
 * block of a story, is that story's kicker and never a title itself.
 */
static void
parse_9_19(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n全市春季植树活动启动——\n\n"
	    "添绿护绿\n人人参与\n\n"
	    "本报讯（记者 周雯）昨天，全市春季义务植树\n"
	    "活动在滨湖公园启动，两千余名市民参加。\n");
	a = by_title(pg, "添绿护绿人人参与");
	if (a == NULL)
		a = by_title(pg, "添绿护绿 人人参与");
	assert_non_null(a);
	assert_non_null(strstr(a->kicker, "全市春季植树活动启动"));
	for (i = 0; i < pg->narticles; i++)
		assert_null(strstr(pg->articles[i].title, "——"));
	parse_page_free(pg);
}

/*
 * parse-9.20: a brief's sign-off in brackets, a name or several over up
 * to three lines, closes the story it ends: no heading, no banner.
 */
static void
parse_9_20(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "（宋远帆）\n\n"
	    "东港镇召开安全生产会议\n"
	    "本报讯 东港镇昨天召开会议，部署春\n"
	    "季安全生产大检查工作。\n"
	    "（本报记者周雯、宋远帆、林小舟、\n"
	    "陈思远、顾磊、沈建明、韩卫东）\n");
	for (i = 0; i < pg->narticles; i++)
		assert_null(strstr(pg->articles[i].title, "（"));
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "宋远帆"));
	a = by_title(pg, "东港镇召开安全生产会议");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "韩卫东"));
	parse_page_free(pg);
}

/*
 * parse-9.21: a heading set like a story's earlier subheading is one
 * more of its subheadings, even with a blank line under it.
 */
static void
parse_9_21(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "澄湖春节见闻\n"
	    "本报讯（记者 周雯）春节临近，澄湖城\n"
	    "乡处处洋溢着喜庆祥和的节日气氛。\n"
	    "一盏花灯·传承\n"
	    "老街的花灯作坊里，七十岁的手艺人\n"
	    "正在给新扎的兔子灯糊上彩纸。\n\n"
	    "一台大戏·热闹\n\n"
	    "东港镇的戏台前，锣鼓声里，乡亲们\n"
	    "早早搬来板凳，等着看新编的大戏。\n");
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title, "一台大戏·热闹");
	a = by_title(pg, "澄湖春节见闻");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "戏台"));
	parse_page_free(pg);
}

/*
 * parse-9.22: a running head between two halves of a sentence (a page
 * turned mid-paragraph) parts nothing.
 */
static void
parse_9_22(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n\n"
	    "2024年3月8日 星期五\n第3版\n\n"
	    "装箱航线在港区码头\n"
	    "正式开通，首航船舶满载电子元件和纺织\n"
	    "品驶离码头。\n"
	    "据介绍，新航线每周一班，预计全年可\n"
	    "新增集装箱吞吐量八万标箱，为本地外\n"
	    "贸企业节省物流成本近两成。\n\n"
	    "湖滨公园樱花进入盛花期\n"
	    "新华社澄湖3月7日电 连日来，湖滨公\n"
	    "园的三千余株樱花陆续进入盛花期，吸\n"
	    "引大批市民前来踏青赏花。\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 2);
	assert_non_null(strstr(a->paragraphs[0], "远洋集装箱航线在港区码头正式"));
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title,
		    "装箱航线在港区码头");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	parse_page_free(pg);
}

/*
 * parse-9.23: a line that pauses one character before its end runs on
 * into the next line: never a heading.
 */
static void
parse_9_23(void **state)
{
	struct parse_page	*pg;
	size_t			 i;

	(void)state;
	pg = parse_str("东港镇新建三所幼儿园，新\n"
	    "增学位一千二百个，缓解了入园难问题。\n\n" PAGE_FLOW_BODY);
	for (i = 0; i < pg->narticles; i++)
		assert_null(strstr(pg->articles[i].title, "幼儿园"));
	parse_page_free(pg);
}

/*
 * parse-9.24: under a title broken over lines, a last line that names
 * who attended (韩卫东出席并讲话) is the subtitle.
 */
static void
parse_9_24(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "全市安全生产工作\n"
	    "会议昨天召开\n"
	    "韩卫东出席并讲话\n"
	    "本报讯（记者 周雯）全市安全生产工作\n"
	    "会议昨天召开，部署今年安全生产工作。\n");
	a = by_title(pg, "全市安全生产工作会议昨天召开");
	assert_non_null(a);
	assert_string_equal(a->subtitle, "韩卫东出席并讲话");
	parse_page_free(pg);
}

/*
 * parse-9.25: the same with a pause inside the title (有…，更要…), over
 * a paragraph's indented first line.
 */
static void
parse_9_25(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "有烟火气，更要有书卷气人情味\n"
	    "老街改造完成后，沿街的商铺陆续\n"
	    "开门，书店、茶馆和老字号也都回来了，\n"
	    "居民们说这条老街又有了过去的味道。\n");
	a = by_title(pg, "有烟火气，更要有书卷气人情味");
	assert_non_null(a);
	assert_true(strncmp(a->paragraphs[0], "老街改造", strlen("老街改造")) ==
	    0);
	parse_page_free(pg);
}

/*
 * parse-9.26: a title broken onto a line that pauses, set apart over a
 * dateline with a picture's source between, is all title.
 */
static void
parse_9_26(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "澄湖与滨海两市昨天签署\n"
	    "港口、航运、旅游和物流全面合作协议\n\n"
	    "资料图片\n\n"
	    "本报澄湖3月7日电（记者 宋远帆）两市\n"
	    "昨天签署港口、航运合作协议，共建\n"
	    "南洋航线。\n");
	a = by_title(pg,
	    "澄湖与滨海两市昨天签署港口、航运、旅游和物流全面合作协议");
	assert_non_null(a);
	assert_para_starts(a, "本报澄湖3月7日电");
	parse_page_free(pg);
}

/*
 * parse-9.27: a subheading broken by a column break (…焕发新⏎⏎活力) is
 * one subheading of its story: the page says the joined word elsewhere.
 */
static void
parse_9_27(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "澄湖老街改造完工\n"
	    "本报讯（记者 周雯）经过一年改造，澄\n"
	    "湖老街昨天重新开街，焕发新活力。\n"
	    "让这条千年老街在保护和利用中焕发新\n\n"
	    "活力\n"
	    "改造坚持修旧如旧，保留了石板路、骑\n"
	    "楼和百年老字号。\n");
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title, "活力");
	a = by_title(pg, "澄湖老街改造完工");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "石板路"));
	parse_page_free(pg);
}

/*
 * parse-9.28: a notice's label (遗失声明) as wide as a story's
 * subheading is no subheading of it, nor does it take the story's text
 * set a blank line under it.
 */
static void
parse_9_28(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "澄湖春节见闻\n"
	    "本报讯（记者 周雯）春节临近，澄湖城\n"
	    "乡处处洋溢着喜庆祥和的节日气氛。\n"
	    "花灯传承\n"
	    "老街的花灯作坊里，七十岁的手艺人\n"
	    "正在给新扎的兔子灯糊上彩纸，他说\n\n"
	    "遗失声明\n\n"
	    "今年的兔子灯要比往年多扎一百盏。\n");
	a = by_title(pg, "澄湖春节见闻");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "一百盏"));
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].kind == PARSE_AD &&
		    pg->articles[i].nparagraphs > 0)
			assert_null(
			    strstr(pg->articles[i].paragraphs[0], "一百盏"));
	}
	parse_page_free(pg);
}

/*
 * parse-9.29: on a page that sets titles under their stories, a title set
 * tight under a byline leads the story under it, not the photo above.
 */
static void
parse_9_29(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("本报讯 滨湖新区今年将新建三所学校，新增\n"
	    "学位三千六百个，首所学校秋季开学。\n\n"
	    "滨湖新区新建三所学校\n■记者 周雯\n\n"
	    "本报讯 澄湖港区新航线昨天开通，首航船\n"
	    "舶满载电子元件和纺织品驶离码头。\n\n"
	    "港区新航线开通\n■记者 宋远帆\n\n"
	    "近日，在湖滨公园，市民带着孩子在草坪上\n"
	    "放风筝，享受早春的好时光。\n■摄影 汤颖\n\n"
	    "■记者 顾磊\n柳浦镇湖羊养殖\n走出共富路\n\n"
	    "本报讯 走进柳浦镇永丰村的湖羊养殖基地，\n"
	    "一排排标准化羊舍整齐排列。\n");
	a = by_title(pg, "柳浦镇湖羊养殖走出共富路");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_non_null(strstr(a->paragraphs[0], "永丰村"));
	assert_non_null(by_title(pg, "港区新航线开通"));
	parse_page_free(pg);
}

/*
 * parse-9.30: on a page that sets titles under their stories, a part's
 * heading inside a story (向海而兴：码头连起产业链) is a paragraph of it,
 * not the title of the text under it.
 */
static void
parse_9_30(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("本报讯 澄湖港区综合码头三期工程昨天开工，\n"
	    "工程计划新建泊位十个，总投资46亿元。\n\n"
	    "向海而兴：码头连起产业链\n\n"
	    "港口是澄湖临港产业的“出海口”，原材料\n"
	    "进港、产成品出港的需求逐年增加。\n\n"
	    "澄湖港区三期工程开工\n■记者 陈思远\n\n"
	    "本报讯 滨湖新区今年将新建三所学校，新增\n"
	    "学位三千六百个，首所学校秋季开学。\n\n"
	    "滨湖新区新建三所学校\n■记者 周雯\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	a = by_title(pg, "澄湖港区三期工程开工");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 3);
	assert_string_equal(a->paragraphs[1], "向海而兴：码头连起产业链");
	parse_page_free(pg);
}

/*
 * parse-9.31: a line alone between blanks, wider than a subheading and
 * with no mark in it, after a finished sentence and over a paragraph's
 * first line, titles the story under it; it is no paragraph of the story
 * before.
 */
static void
parse_9_31(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "滨湖新区三所新建学校今秋同时开学\n\n"
	    "今年秋季，滨湖新区三所新建学校\n"
	    "将同时迎来首批学生。\n"
	    "三所学校共设班级九十个，可提供\n"
	    "学位三千六百个，将缓解新区孩子入\n"
	    "学难的问题。\n");
	a = by_title(pg, "滨湖新区三所新建学校今秋同时开学");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "首批学生"));
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "学生"));
	parse_page_free(pg);
}

/*
 * parse-9.32: of two headings stacked over a story, the one its text
 * speaks of titles it, not merely the one set nearer.
 */
static void
parse_9_32(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "三所新学校今秋开学\n\n"
	    "澄湖港区远洋航线今日开通\n\n"
	    "今年秋季，滨湖新区三所新学校将\n"
	    "同时迎来首批学生。三所新学校共设班\n"
	    "级九十个，可提供学位三千六百个，将\n"
	    "缓解新区孩子入学难的问题。\n");
	a = by_title(pg, "三所新学校今秋开学");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "首批学生"));
	parse_page_free(pg);
}

/*
 * parse-9.33: the next numbered part of a story (第3站 after 第2站) is its
 * subheading though a notice stands between them, not a story's title.
 */
static void
parse_9_33(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖古镇一日游\n"
	    "本报讯（记者 周雯）春天到了，澄湖古镇\n"
	    "迎来踏青高峰，记者沿着新开通的旅游\n"
	    "线路走了一天。\n\n"
	    "第1站 水乡码头游船排起长队\n"
	    "清晨的码头上，游船已经排起长队，船\n"
	    "工们忙着招呼游客上船。\n\n"
	    "第2站 老街茶馆评弹唱响新曲\n"
	    "中午时分，老街茶馆里座无虚席，评弹\n"
	    "艺人正在演唱新编的曲目。\n\n"
	    "遗失声明\n"
	    "澄湖渔具店遗失财务印章一枚，声明作废。\n\n"
	    "第3站 湖畔书院古籍重见天日\n"
	    "傍晚，湖畔书院的修复室里，几位老师\n"
	    "正在修补一部清代刻本。\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 1);
	a = by_title(pg, "澄湖古镇一日游");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "刻本"));
	parse_page_free(pg);
}

/*
 * parse-9.34: a briefs column (新闻速递 over short items, each with its
 * title and dateline) is one article under its label, the items' titles
 * its paragraphs.
 */
static void
parse_9_34(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "新闻速递\n"
	    "澄湖图书馆新馆开放\n"
	    "本报电 澄湖图书馆新馆日前开放，藏书\n"
	    "八十万册，周末延长开放两小时。\n\n"
	    "滨湖新区开通夜间公交\n"
	    "本报电 滨湖新区首条夜间公交线路日前\n"
	    "开通，每半小时一班。\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 3);
	a = by_title(pg, "新闻速递");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 4);
	assert_string_equal(a->paragraphs[0], "澄湖图书馆新馆开放");
	assert_string_equal(a->paragraphs[2], "滨湖新区开通夜间公交");
	parse_page_free(pg);
}

/*
 * parse-9.35: a line alone between blanks over a title, shorter than the
 * column and with no mark in it, is that title's kicker, not the rest of
 * the sentence the story before it left open.
 */
static void
parse_9_35(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。据介绍，新航线每\n\n"
	    "经澄湖市政府常务会议审议并通过\n\n"
	    "澄湖市出台\n"
	    "扶持外贸企业十条措施\n"
	    "本报澄湖3月7日电 为帮助外贸企业稳订\n"
	    "单拓市场，澄湖市日前出台十条措施。\n");
	a = by_title(pg, "澄湖市出台扶持外贸企业十条措施");
	assert_non_null(a);
	assert_string_equal(a->kicker, "经澄湖市政府常务会议审议并通过");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_non_null(a);
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "常务会议"));
	parse_page_free(pg);
}

/*
 * parse-9.36: a notice's label on a line of its own over its text (招聘,
 * then the offer) makes a box of it, an advertisement, not a subheading of
 * the story before.
 */
static void
parse_9_36(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "招聘\n"
	    "澄湖物流公司诚聘驾驶员\n"
	    "若干名，有意者请带证件到厂面谈。\n");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	for (i = 0; i < a->nparagraphs; i++)
		assert_null(strstr(a->paragraphs[i], "面谈"));
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (a->nparagraphs > 0 &&
		    strstr(a->paragraphs[a->nparagraphs - 1], "面谈") != NULL)
			assert_int_equal(a->kind, PARSE_AD);
	}
	parse_page_free(pg);
}

/*
 * parse-9.37: a caption's line opening on 图为 is never a heading: the
 * caption stays whole, a photo's, and goes on no story.
 */
static void
parse_9_37(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n\n"
	    "澄湖大桥是连接新区与老城的重要工程，\n"
	    "预计年底建成通车。\n"
	    "图为近日，工人冒着严寒在桥上\n"
	    "为栏杆刷漆。\n"
	    "陈思远 摄\n");
	assert_int_equal(count_kind(pg, PARSE_PHOTO), 1);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (a->kind != PARSE_PHOTO)
			continue;
		assert_non_null(strstr(a->paragraphs[0], "澄湖大桥"));
		assert_non_null(strstr(a->paragraphs[0], "刷漆"));
	}
	parse_page_free(pg);
}

/*
 * parse-9.38: a kicker broken onto a shorter second line, set apart after
 * a story's end (here its continuation note) and over a title, is that
 * title's kicker, not the start of a story of its own.
 */
static void
parse_9_38(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。据介绍，新航线每\n"
	    "（下转第二版）\n\n"
	    "市长在澄湖市港口建设发展座谈会\n"
	    "上强调\n\n"
	    "全力打造\n"
	    "国际航运枢纽\n"
	    "本报澄湖3月7日电 澄湖市港口发展座谈\n"
	    "会7日召开，会议部署了今年的重点工作。\n");
	a = by_title(pg, "全力打造国际航运枢纽");
	assert_non_null(a);
	assert_string_equal(a->kicker, "市长在澄湖市港口建设发展座谈会上强调");
	parse_page_free(pg);
}

/*
 * parse-9.39: a story left untitled once every piece has its place takes
 * a heading still unused on its page that shares a few of its words,
 * rather than leaving the heading a banner.
 */
static void
parse_9_39(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "澄湖老街焕新颜\n\n"
	    "遗失声明\n"
	    "澄湖渔具店遗失财务印章一枚，声明作废。\n\n"
	    "老街改造工程日前完工，青石板路重新铺\n"
	    "设，两旁的店铺也换上了新招牌。\n");
	a = by_title(pg, "澄湖老街焕新颜");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "青石板"));
	parse_page_free(pg);
}

/*
 * parse-9.40: the paper's web address on a line of its own is furniture,
 * and the page's first line of text, set apart and finishing no sentence,
 * is a headline, not the start of a story.
 */
static void
parse_9_40(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i, k;

	(void)state;
	pg = parse_str("澄湖日报网址：www.chenghu-daily.example\n\n"
	    "港区企业服务平台上线，随时听取诉求\n\n"
	    "澄湖市出台扶持外贸企业十条措施\n"
	    "本报澄湖3月7日电（记者 宋远帆）为帮助\n"
	    "外贸企业稳订单拓市场，澄湖市日前出台\n"
	    "十条措施，从融资、物流、通关等方面给\n"
	    "予支持。\n\n"
	    "本报澄湖3月7日电（记者 周雯）昨天，港\n"
	    "区企业服务平台正式上线，企业可在平台\n"
	    "上随时提出诉求，有关部门将在三个工作\n"
	    "日内答复。\n");
	for (i = 0; i < pg->narticles; i++) {
		for (k = 0; k < pg->articles[i].nparagraphs; k++)
			assert_null(strstr(pg->articles[i].paragraphs[k], "www"));
	}
	a = by_title(pg, "港区企业服务平台上线，随时听取诉求");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "服务平台正式上线"));
	parse_page_free(pg);
}

/*
 * parse-9.41: text set wider than the column (a deck across columns) is
 * no paragraph of the story before it, which runs in its column.
 */
static void
parse_9_41(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "港区三期工程开工，总投资四十六亿元，计划新建泊位十"
	    "个，年内完成主体结构。\n\n"
	    "昨天上午，澄湖港区综合码头三期工程\n"
	    "开工，工程计划新建泊位十个，总投资四\n"
	    "十六亿元，预计三年后全面建成投用。\n");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	for (i = 0; i < a->nparagraphs; i++)
		assert_null(strstr(a->paragraphs[i], "三期工程"));
	parse_page_free(pg);
}

/*
 * parse-9.42: a running head naming several of the staff, each after a
 * colon (责任编辑：X  美编：Y), is furniture like one naming one.
 */
static void
parse_9_42(void **state)
{
	struct parse_page	*pg;
	size_t			 i, k;

	(void)state;
	pg = parse_str("责任编辑：沈嘉  美编：周明\n\n" PAGE_FLOW_BODY);
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	for (i = 0; i < pg->narticles; i++) {
		assert_null(strstr(pg->articles[i].title, "编辑"));
		for (k = 0; k < pg->articles[i].nparagraphs; k++)
			assert_null(strstr(pg->articles[i].paragraphs[k], "编辑"));
	}
	parse_page_free(pg);
}

/*
 * parse-9.43: lines set apart right over a byline are its story's title,
 * though a narrow column makes them as wide as a paragraph's first line;
 * and the paper's app named over the first story (a masthead's ear) is
 * an advertisement, no story, that leaves no sentence open.
 */
static void
parse_9_43(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖发布 今澄湖客户端\n\n"
	    "澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者\n"
	    "宋远帆）7日上午，澄湖港\n"
	    "区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船\n"
	    "舶满载电子元件和纺织品驶\n"
	    "离码头。\n\n"
	    "澄湖上线“企业码”\n"
	    "诉求办结率达98.6%\n"
	    "本报记者 李敏\n"
	    "“扫一扫企业码，问题\n"
	    "就能直接提交，还能随时看\n"
	    "到办理进度。”昨天，一家\n"
	    "企业的行政主管这样说。\n"
	    "去年下半年，我市上线\n"
	    "企业码服务平台，为全市一\n"
	    "万八千余家企业赋码，企业\n"
	    "诉求可以直达相关部门。\n\n"
	    "截至目前，平台共收到\n"
	    "企业诉求三千四百余个，办\n"
	    "结率达九成八，企业满意率\n"
	    "达九成七。\n");
	assert_int_equal(pg->articles[0].kind, PARSE_AD);
	a = by_title(pg, "澄湖上线“企业码”诉求办结率达98.6%");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "满意率"));
	parse_page_free(pg);
}

/*
 * parse-9.44: a summary box's label (核心阅读) set right under a line that
 * finishes no sentence makes that line the title the box and the story
 * go with, however wide it is.
 */
static void
parse_9_44(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "澄湖港区综合码头三期工程昨日开工\n"
	    "核心阅读\n"
	    "三期工程计划新建泊位十个，总投资四十六亿元，预计三年后"
	    "建成，港区年吞吐能力将翻一番。\n\n"
	    "昨天上午，澄湖港区综合码头三期工\n"
	    "程开工，工程计划新建泊位十个，总投\n"
	    "资四十六亿元。\n");
	a = by_title(pg, "澄湖港区综合码头三期工程昨日开工");
	assert_non_null(a);
	parse_page_free(pg);
}

/*
 * parse-9.45: a piece that opens on a numbered part (一、…) opens a
 * paragraph: after a column break it goes on the story before it, which
 * finished its sentence, not on one left open inside a sentence.
 */
static void
parse_9_45(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 found = 0;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n\n"
	    "湖滨公园樱花进入盛花期\n"
	    "新华社澄湖3月7日电 连日来，湖滨公\n"
	    "园的三千余株樱花陆续进入盛花期，吸\n"
	    "引大批市民前来踏青赏花。\n\n"
	    "一、赏花专线周末加密，公交线路增开到\n"
	    "两条\n"
	    "为方便游客出行，公交部门临时增开\n"
	    "两条赏花专线，周末发车间隔缩短到十\n"
	    "分钟。\n\n"
	    "件和纺织品驶离码头。据介绍，新航线\n"
	    "每周一班，预计全年可新增集装箱吞吐\n"
	    "量八万标箱。\n");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	for (i = 0; i < a->nparagraphs; i++)
		found |= strstr(a->paragraphs[i], "赏花专线周末加密") != NULL;
	assert_true(found);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_non_null(a);
	for (i = 0; i < a->nparagraphs; i++)
		assert_null(strstr(a->paragraphs[i], "赏花专线"));
	parse_page_free(pg);
}

/*
 * parse-9.46: a story stopped inside a sentence runs on under an
 * advertisement set into its column: the text under the box, with no
 * heading of its own, is the rest of that story, not an untitled one.
 */
static void
parse_9_46(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 found = 0;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n\n"
	    "城南老街改造完工\n\n"
	    "日前，城南老街改造工程完工，青石板\n"
	    "路重新铺设，两旁的店铺换上新招牌，\n\n"
	    "招聘\n"
	    "澄湖茶厂因扩大生产，诚聘采茶工人若干名。\n"
	    "有意者请带证件到厂面谈。\n\n"
	    "沿街十多家老字号陆续重新开张，吸引\n"
	    "不少市民前来打卡。\n");
	a = by_title(pg, "城南老街改造完工");
	assert_non_null(a);
	for (i = 0; i < a->nparagraphs; i++)
		found |= strstr(a->paragraphs[i], "老字号") != NULL;
	assert_true(found);
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title, "");
	parse_page_free(pg);
}

/*
 * parse-9.47: a line alone that ends on a dash is a kicker though it
 * pauses twice, and the line set apart under it, with no mark in it, is
 * the title, though the story's text runs on right under that.
 */
static void
parse_9_47(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "开展河道保洁评比，守护湖岸风光，澄湖南岸村——\n\n"
	    "村里来了“环保管家”\n"
	    "一场春雨过后，南岸村的小路干干净\n"
	    "净，路边的分类垃圾桶摆放整齐。村里\n"
	    "去年请来的“环保管家”每天巡查两次。\n");
	a = by_title(pg, "村里来了“环保管家”");
	assert_non_null(a);
	assert_non_null(strstr(a->kicker, "南岸村"));
	assert_non_null(strstr(a->paragraphs[0], "一场春雨过后"));
	parse_page_free(pg);
}

/*
 * parse-9.48: the text a continuation note opens ((上接1版)车间里…) is the
 * story going on, however short its first line: never a heading, nor a
 * paragraph of its own.
 */
static void
parse_9_48(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("企业之家\n"
	    "把服务送到车间\n"
	    "（上接1版）车间里解决不了的\n"
	    "问题，就带回企业之家“会诊”。去\n"
	    "年年底，一家纺织企业反映厂区门口\n"
	    "道路破损、货车进出困难，企业之家\n"
	    "当天就联系镇村建办实地踏勘，一周\n"
	    "后道路修补完毕。企业负责人专门送\n"
	    "来一面锦旗，连说了好几声“谢谢”。\n"
	    "为了让惠企政策“看得懂、找得\n"
	    "到、用得上”，企业之家还把各级政\n"
	    "策汇编成册，按照企业规模和行业分\n"
	    "类推送。\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS) +
	    count_kind(pg, PARSE_COMMENTARY), 1);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (a->kind == PARSE_NEWS || a->kind == PARSE_COMMENTARY)
			assert_non_null(
			    strstr(a->paragraphs[0], "车间里解决不了的问题"));
	}
	parse_page_free(pg);
}

/*
 * parse-9.49: two phrases parted by a space, with no mark, after a
 * finished sentence and over a paragraph's first line, are the next
 * story's headline, though no blank line sets them apart; nor are they a
 * subheading of the story before.
 */
static void
parse_9_49(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY
	    "老楼加装电梯 居民“上下”不再难\n"
	    "“以前下楼要歇两回，现在按一下\n"
	    "按钮就到了。”家住梅溪新村的陆阿\n"
	    "婆乘着新装好的电梯下楼晒太阳。\n");
	a = by_title(pg, "老楼加装电梯 居民“上下”不再难");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "以前下楼要歇两回"));
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	for (i = 0; i < a->nparagraphs; i++)
		assert_null(strstr(a->paragraphs[i], "加装电梯"));
	parse_page_free(pg);
}

/*
 * parse-9.50: the rest of a sentence a column break left open is the
 * story's, though it is short and says what an advertisement says (报名).
 */
static void
parse_9_50(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 found = 0;

	(void)state;
	pg = parse_str("南漾街道文化礼堂\n"
	    "周末“好戏”连台\n"
	    "本报记者 徐嘉禾\n"
	    "越剧选段、评弹小调、少儿舞\n"
	    "蹈轮番登场，新桥村文化礼堂\n"
	    "座无虚席，村民自编自演的文\n"
	    "艺汇演让大家看得津津有味。\n"
	    "去年以来，街道推出“周周\n"
	    "有活动”计划，各村根据村民\n\n"
	    "喜好“点单”，全年开展活动\n"
	    "三百余场。吴阿姨说，她还报\n"
	    "名参加了礼堂的排舞队。\n");
	assert_int_equal(count_kind(pg, PARSE_AD), 0);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (a->nparagraphs > 0 &&
		    strstr(a->paragraphs[a->nparagraphs - 1], "排舞队") != NULL)
			found |= strstr(a->title, "好戏") != NULL;
	}
	assert_true(found);
	parse_page_free(pg);
}

/*
 * parse-9.51: a photo's credit set on its caption's last line, after the
 * last sentence (…拍照留念。 陆峰 马骁/摄), ends the caption: a photo, and
 * the text after it is not the caption's.
 */
static void
parse_9_51(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续\n"
	    "绽放，吸引众多市民前来踏青赏花、\n"
	    "拍照留念。 陆峰 马骁/摄\n"
	    "三言两语\n"
	    "让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、每一次来访，\n"
	    "背后都是一件具体的事。对这些诉求\n"
	    "能否一一回应、件件落实，检验的是\n"
	    "作风，考验的是能力。一段时间以来，\n"
	    "我市推行“接诉即办”，群众反映的问\n"
	    "题限时答复、限期办结，办理结果由\n"
	    "群众来评价。\n");
	a = NULL;
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].nparagraphs > 0 &&
		    strstr(pg->articles[i].paragraphs[0], "早樱") != NULL)
			a = &pg->articles[i];
	}
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_PHOTO);
	for (i = 0; i < a->nparagraphs; i++)
		assert_null(strstr(a->paragraphs[i], "留言"));
	parse_page_free(pg);
}

/*
 * parse-9.52: a column's piece under its logo: a line with no mark at the
 * top of the text, then a pen name of two or three characters alone, then
 * the text.  The line is the title and the name its author.
 */
static void
parse_9_52(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续\n"
	    "绽放，吸引众多市民前来踏青赏花、\n"
	    "拍照留念。\n"
	    "陆峰 马骁/摄\n"
	    "三言两语\n"
	    "让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、每一次来访，\n"
	    "背后都是一件具体的事。对这些诉求\n"
	    "能否一一回应、件件落实，检验的是\n"
	    "作风，考验的是能力。一段时间以来，\n"
	    "我市推行“接诉即办”，群众反映的问\n"
	    "题限时答复、限期办结，办理结果由\n"
	    "群众来评价。\n");
	a = NULL;
	for (i = 0; i < pg->narticles; i++) {
		if (strstr(pg->articles[i].title, "让“一一回应”成为常态"))
			a = &pg->articles[i];
	}
	assert_non_null(a);
	assert_non_null(strstr(a->byline, "澄言"));
	assert_non_null(strstr(a->paragraphs[0], "群众的每一条留言"));
	parse_page_free(pg);
}

/*
 * parse-9.53: a story's sign-off (（本报澄湖3月4 日电）) right over the next
 * story's title and dateline ends its story; it is no line of that title.
 */
static void
parse_9_53(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("老楼加装电梯 居民“上下”不再难\n"
	    "“以前下楼要歇两回，现在按一下\n"
	    "按钮就到了。”家住梅溪新村的陆阿\n"
	    "婆乘着新装好的电梯下楼晒太阳。\n"
	    "（本报澄湖3月4 日电）\n"
	    "反诈宣传进夜市 “天天讲”守住钱袋子\n"
	    "本报澄湖3月4 日电（记者 沈一鸣）套\n"
	    "圈、答题、扫码领小礼品，南漾街道\n"
	    "美食夜市里格外热闹。\n");
	a = by_title(pg, "反诈宣传进夜市 “天天讲”守住钱袋子");
	assert_non_null(a);
	assert_null(strstr(a->kicker, "电"));
	parse_page_free(pg);
}

/*
 * parse-9.54: a credit that names the paper's reporter (本报记者 汤颖摄)
 * under a caption credits the picture: the caption is a photo's, not a
 * story signed by its reporter.
 */
static void
parse_9_54(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "近日，在湖滨街道迎湖公园，市民带\n"
	    "着孩子在草坪上放风筝，享受早春的\n"
	    "好时光。\n"
	    "本报记者 汤颖摄\n");
	a = NULL;
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].nparagraphs > 0 &&
		    strstr(pg->articles[i].paragraphs[0], "放风筝") != NULL)
			a = &pg->articles[i];
	}
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_PHOTO);
	parse_page_free(pg);
}

/*
 * parse-9.55: a sign-off opened after a story's last sentence and broken
 * onto the next line (…驶离码头。（本报澄湖⏎3月7日电）) ends the story:
 * the rest of a sentence after a column break is another story's.
 */
static void
parse_9_55(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 found = 0;

	(void)state;
	pg = parse_str("湖滨公园樱花进入盛花期\n"
	    "新华社澄湖3月7日电 连日来，湖滨公\n"
	    "园的三千余株樱花陆续进入盛花期，吸\n\n"
	    "澄湖港区新航线开通\n"
	    "本报记者 宋远帆\n"
	    "7日上午，澄湖港区至南洋群岛的首条\n"
	    "远洋集装箱航线正式开通，首航船舶满\n"
	    "载电子元件驶离码头。（本报澄湖\n"
	    "3月7日电）\n\n"
	    "引大批市民前来踏青赏花。公园管理处\n"
	    "提醒游客文明赏花。\n");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	for (i = 0; i < a->nparagraphs; i++)
		found |= strstr(a->paragraphs[i], "踏青赏花") != NULL;
	assert_true(found);
	parse_page_free(pg);
}

/*
 * parse-9.56: a line over the note a story jumps from (（上接1版）) is the
 * story's title, however wide, and two phrases parted by a space under a
 * picture's credit are the next story's headline.
 */
static void
parse_9_56(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("西塘桥镇企业之家 把服务送到车间\n"
	    "（上接1版）车间里解决不了的\n"
	    "问题，就带回企业之家“会诊”。去\n"
	    "年年底，一家纺织企业反映厂区门口\n"
	    "道路破损、货车进出困难，企业之家\n"
	    "当天就联系镇村建办实地踏勘，一周\n"
	    "后道路修补完毕。企业负责人专门送\n"
	    "来一面锦旗，连说了好几声“谢谢”。\n\n"
	    "3月6日，在凤鸣街道景澜社区，志\n"
	    "愿者正在为居民义务理发、测量血压\n"
	    "，不少老人早早排起了队。\n"
	    "汤颖 陆峰/摄\n\n"
	    "西塘桥镇高标准农田 改出“丰”景\n"
	    "机耕路平整宽阔，灌溉渠纵横交\n"
	    "错，一块块田地方方正正。记者在联\n"
	    "丰村看到，去年完成改造的高标准农\n"
	    "田里，农户正忙着翻耕土地，准备春\n"
	    "播。\n");
	a = by_title(pg, "西塘桥镇企业之家 把服务送到车间");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "车间里解决不了"));
	a = by_title(pg, "西塘桥镇高标准农田 改出“丰”景");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "机耕路平整宽阔"));
	parse_page_free(pg);
}

/*
 * parse-9.57: a picture's caption that its credit ends is a photo's,
 * though it says what an advertisement says (招聘会, 岗位).
 */
static void
parse_9_57(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "招聘会上人气旺\n"
	    "3月5日，澄湖市人力资源市场举办\n"
	    "春风行动专场招聘会，共有96家企\n"
	    "业提供岗位2180个，吸引了众多求\n"
	    "职者前来咨询。\n"
	    "王强 马骁/摄\n");
	a = by_title(pg, "招聘会上人气旺");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_PHOTO);
	parse_page_free(pg);
}

/*
 * parse-9.58: a deck of phrases under a heading (清扫湖岸护家园、夜市摆
 * 摊助增收……), short and with no full stop, is no story.
 */
static void
parse_9_58(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("湖畔青年行动\n"
	    "清扫湖岸护家园、夜市摆摊助增收、\n"
	    "街巷巡逻保平安……\n\n" PAGE_FLOW_BODY);
	assert_int_equal(count_kind(pg, PARSE_NEWS) +
	    count_kind(pg, PARSE_COMMENTARY), 2);
	parse_page_free(pg);
}

/*
 * parse-9.59: a notice's label set apart over its text (公告, after a
 * blank line) makes a box of the text, an advertisement, and no paragraph
 * of the text before.
 */
static void
parse_9_59(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 found = 0;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "澄湖大道部分路段将进行\n"
	    "管网施工，\n"
	    "请过往车辆减速慢行。\n\n"
	    "公告\n"
	    "澄湖大道部分路段将进行\n"
	    "管网施工，\n"
	    "请过往车辆减速慢行。\n");
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (a->kind == PARSE_AD && a->nparagraphs > 0 &&
		    strstr(a->paragraphs[a->nparagraphs - 1], "慢行") != NULL)
			found = 1;
	}
	assert_true(found);
	parse_page_free(pg);
}

/*
 * parse-9.60: of two headings stacked over a story, the one its text
 * shares words with titles it, though the other is longer: a heading's
 * words are weighed per character, not in all.
 */
static void
parse_9_60(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("赛龙舟是我们心中的歌\n\n"
	    "描绘生肖之美——画家谈澄湖新春邮票设计创作\n\n"
	    "同湖乡其他节日相比，端午声势更大，赛\n"
	    "龙舟更热烈欢腾。家住湖边，平时忙于生\n"
	    "计，端午让人放下手头，回到村里，和亲\n"
	    "人一起包粽、划船。\n");
	a = by_title(pg, "赛龙舟是我们心中的歌");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "端午声势更大"));
	parse_page_free(pg);
}

/*
 * parse-9.61: a public-service advertisement's slogan under its label
 * (公益广告讲文明 树新风) titles no story, however near.
 */
static void
parse_9_61(void **state)
{
	struct parse_page		*pg;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "公益广告讲文明 树新风\n"
	    "文明城市 共建共享\n\n"
	    "走进澄湖老街的文创小店，墙上挂满了\n"
	    "手绘的生肖年画，一派新春景象。店主\n"
	    "说，今年的鼠年生肖画卖得格外好。\n");
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].kind == PARSE_NEWS ||
		    pg->articles[i].kind == PARSE_COMMENTARY)
			assert_null(strstr(pg->articles[i].title, "文明"));
	}
	parse_page_free(pg);
}

/*
 * parse-9.62: a short line alone after a finished sentence, then a name
 * alone (as a -layout page sets a title centred over two columns and its
 * author at the head of the first), then the text: a new piece under its
 * title, signed, and no subheading of the story before.
 */
static void
parse_9_62(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "珍惜粮食\n\n"
	    "林知远\n"
	    "冰箱里端午包好的粽子剩下几个，放久\n"
	    "了口感差，按往年的做法，大多就丢了\n"
	    "。如今早上赶时间的时候，就一个个蒸\n"
	    "热吃，湖乡糯米的清香一点也没变。\n");
	a = by_title(pg, "珍惜粮食");
	assert_non_null(a);
	assert_non_null(strstr(a->byline, "林知远"));
	assert_non_null(strstr(a->paragraphs[0], "冰箱里"));
	parse_page_free(pg);
}

/*
 * parse-9.63: a story runs on under a box set into its column, though it
 * finished a sentence before the box, when the text under the box opens
 * on text.  (One that opens on a short line with no mark, a title run into
 * its piece, is a piece of its own: styles.sh, other-seed13.)
 */
static void
parse_9_63(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 found = 0;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "公告\n"
	    "澄湖大道部分路段将进行管网施工，\n"
	    "请过往车辆减速慢行。\n\n"
	    "赏花期间，公园开放时间延长到晚上九\n"
	    "点，并增派管理人员维护游园秩序，赏\n"
	    "花季结束后恢复原有开放时间。\n");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	for (i = 0; i < a->nparagraphs; i++)
		found |= strstr(a->paragraphs[i], "恢复原有开放时间") != NULL;
	assert_true(found);
	parse_page_free(pg);
}

/*
 * parse-9.64: a subheading with a pause in it, broken by a column break
 * (赏花环境今年更上层楼，游园秩序越发井⏎⏎井有条), is one
 * subheading of the story running on, not the title of a new one.
 */
static void
parse_9_64(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 found = 0;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "赏花环境今年更上层楼，游园秩序越发井\n\n"
	    "井有条\n"
	    "公园今年新设了五处游客服务点，提供\n"
	    "饮水、导览和急救服务，志愿者在各处\n"
	    "花海入口疏导人流。游客服务点和志愿\n"
	    "者的身影，让游园秩序井井有条。\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS) +
	    count_kind(pg, PARSE_COMMENTARY), 2);
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_non_null(a);
	for (i = 0; i < a->nparagraphs; i++)
		found |= strstr(a->paragraphs[i], "游客服务点") != NULL;
	assert_true(found);
	parse_page_free(pg);
}

/*
 * parse-9.65: a heading set as a story's earlier subheadings are, two
 * phrases parted by a comma alike, is that story's subheading, however
 * far: past another story set between.
 */
static void
parse_9_65(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 found = 0;

	(void)state;
	pg = parse_str("旧小区换上新面貌\n"
	    "位于湖滨街道的湖光小区，过去是一处\n"
	    "无门卫、无停车位的老旧小区。\n\n"
	    "楼组自治，事事有人\n"
	    "在湖光小区，每栋楼都选出了楼长，作\n"
	    "为邻里琐事的“召集人”。\n\n"
	    "多方协作，合力整治\n"
	    "以前，小区门口乱停车的情况常见，街\n"
	    "道会同交警和城管划线整治。\n\n"
	    "湖滨公园樱花进入盛花期\n"
	    "新华社澄湖3月7日电 连日来，湖滨公\n"
	    "园的三千余株樱花陆续进入盛花期，吸\n"
	    "引大批市民前来踏青赏花。\n\n"
	    "业主议事，小区和美\n"
	    "小区里大事小事过去没人商量，街道引\n"
	    "导居民们推选代表组建业主委员会。\n");
	a = by_title(pg, "旧小区换上新面貌");
	assert_non_null(a);
	for (i = 0; i < a->nparagraphs; i++)
		found |= strstr(a->paragraphs[i], "业主委员会") != NULL;
	assert_true(found);
	parse_page_free(pg);
}

/*
 * parse-9.66: a headline that exclaims (撑“渡”船的你，真棒！), alone in a
 * stack of headings, is a heading, not a paragraph of one line.
 */
static void
parse_9_66(void **state)
{
	struct parse_page		*pg;
	size_t				 i, k;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "澄湖渔民深夜救人\n\n"
	    "撑“渡”船的你，真棒！\n\n"
	    "渡船被风浪推向湖心，一位船工正撑着竹\n"
	    "篙拼命往岸边撑。这不是演习场景，是澄\n"
	    "湖渔民深夜救人的一幕。\n");
	for (i = 0; i < pg->narticles; i++) {
		for (k = 0; k < pg->articles[i].nparagraphs; k++)
			assert_null(strstr(pg->articles[i].paragraphs[k],
			    "真棒"));
	}
	parse_page_free(pg);
}

/*
 * parse-9.67: text a notice's label titles (遗失声明, set apart with other
 * headings between) is the notice, an advertisement, not a story.
 */
static void
parse_9_67(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 found = 0;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "公益广告\n\n"
	    "遗失声明\n\n"
	    "节约粮食 从我做起\n\n"
	    "澄湖渔具店遗失财务印章一枚，声明作废。\n");
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (a->nparagraphs > 0 &&
		    strstr(a->paragraphs[0], "遗失财务印章") != NULL) {
			assert_int_equal(a->kind, PARSE_AD);
			found = 1;
		}
	}
	assert_true(found);
	parse_page_free(pg);
}

/*
 * parse-9.68: a kicker ending on a dash leads into the heading after it,
 * though a piece of another story's text stands between them.
 */
static void
parse_9_68(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "援疆医生林晓——\n\n"
	    "清扫湖岸护家园、夜市摆摊助增收……\n\n"
	    "在帕米尔，守护母婴平安\n"
	    "林晓，这位澄湖市第二医院的产科大夫，\n"
	    "两次随医疗队赴帕米尔，在当地医院接生\n"
	    "了近千名婴儿。她说：“能帮到乡亲，我\n"
	    "很高兴。”\n");
	a = by_title(pg, "在帕米尔，守护母婴平安");
	assert_non_null(a);
	assert_non_null(strstr(a->kicker, "援疆医生林晓"));
	parse_page_free(pg);
}

/*
 * parse-9.69: a line that opens a quote and leaves it open, over text
 * that closes it after a stop, is a paragraph's first line broken off by a
 * column break, not a heading.
 */
static void
parse_9_69(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 found = 0;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "“我还要换个身份回到病房\n\n"
	    "去。”虽然还在术后恢复期里，不能再拿\n"
	    "手术刀的林晓，心里一直装着这个梦想。\n");
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		assert_null(strstr(a->title, "换个身份"));
		if (a->nparagraphs > 0 &&
		    strstr(a->paragraphs[a->nparagraphs - 1], "梦想") != NULL)
			found = 1;
	}
	assert_true(found);
	parse_page_free(pg);
}

/*
 * parse-9.70: a photo's caption takes a heading on few shared words only
 * when the heading stands over it: not one set far above, over other text.
 */
static void
parse_9_70(void **state)
{
	struct parse_page		*pg;
	size_t				 i;

	(void)state;
	pg = parse_str("在帕米尔，守护母婴平安\n\n" PAGE_FLOW_BODY "\n"
	    "春节临近，澄湖老街挂起大红灯笼，营造\n"
	    "出浓浓的节日氛围。\n"
	    "本报记者 陆峰摄\n");
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].kind == PARSE_PHOTO)
			assert_null(strstr(pg->articles[i].title, "帕米尔"));
	}
	parse_page_free(pg);
}

/*
 * parse-9.71: a photo's caption broken by a column break inside a
 * sentence is one caption: the photo has its title and all its text.
 */
static void
parse_9_71(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("湖心岛上樱花开\n"
	    "3月7日，澄湖湖心\n\n"
	    "岛上的樱花进入盛花期，\n"
	    "吸引不少市民和游客前来\n"
	    "踏青赏花。据了解，今年\n"
	    "湖心岛新栽种了早樱、晚\n"
	    "樱等品种的樱花树300余\n"
	    "株，花期将持续到4月上\n"
	    "旬。\n"
	    "陆峰/摄\n\n" PAGE_FLOW_BODY);
	a = by_title(pg, "湖心岛上樱花开");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->paragraphs[0], "湖心岛上的樱花"));
	parse_page_free(pg);
}

/*
 * parse-9.72: a story set in a narrow column of its own resumes under its
 * subheading after an ad and another story's text: the text under the
 * subheading, set to the same measure and naming no writer, is its.
 */
static void
parse_9_72(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("澄湖新城再添一座滨水公园\n"
	    "本报澄湖3月7日电（记者 宋远帆）位于\n"
	    "新城东侧的滨水公园昨日正式向市民开放，\n"
	    "公园占地约二百亩，沿湖步道长三公里，设\n"
	    "有儿童乐园、健身广场和观鸟平台等设施。\n"
	    "据新城管委会介绍，公园建设历时两年，\n"
	    "沿用了原有的湿地水系，种植乡土树种四\n"
	    "十余种，将成为周边居民休闲健身的好去\n\n"
	    "区图书馆延长开放\n"
	    "本报记者 林小舟\n"
	    "澄湖区图书馆从本周起\n"
	    "延长开放时间，每天闭\n"
	    "馆时间由晚上八点推迟\n"
	    "到十点，自习区座位也\n"
	    "增加到四百个。馆方介\n"
	    "绍，延时服务主要方便\n"
	    "下班后的读者和备考的\n"
	    "学生。\n"
	    "夜间借阅更方便\n\n"
	    "招聘\n"
	    "澄湖茶厂因扩大生产，诚\n"
	    "聘采茶工人若干名。\n"
	    "有意者请带证件到厂面谈。\n\n"
	    "处。开园首日，公园迎来游客近万人次，\n"
	    "不少市民带着孩子在草坪上放风筝、野餐，\n"
	    "享受初春的好天气。管委会表示，下一步\n"
	    "将在公园北侧增设停车场和公共厕所，进\n"
	    "一步方便市民游园。\n\n"
	    "自助设备上新\n"
	    "延时期间，馆内开放自\n"
	    "助借还机和预约取书柜，\n"
	    "读者凭社保卡即可办理\n"
	    "借阅手续。馆方还将在\n"
	    "夜间安排志愿者值守，\n"
	    "帮助老年读者使用自助\n"
	    "设备。\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title, "自助设备上新");
	assert_true(paras_have(pg, "区图书馆延长开放", "|自助设备上新|延时期间"));
	parse_page_free(pg);

	/* A photo's caption set to that measure stays the photo's. */
	pg = parse_str("区图书馆延长开放\n"
	    "本报记者 林小舟\n"
	    "澄湖区图书馆从本周起\n"
	    "延长开放时间，每天闭\n"
	    "馆时间由晚上八点推迟\n"
	    "到十点，自习区座位也\n"
	    "增加到四百个。馆方介\n"
	    "绍，延时服务主要方便\n"
	    "下班后的读者和备考的\n"
	    "学生。\n\n" PAGE_FLOW_BODY "\n"
	    "湖畔晨练\n"
	    "3月7日清晨，市民在澄\n"
	    "湖湖畔打太极拳、跳健\n"
	    "身操，迎接新一天的到\n"
	    "来，湖边步道上一派生\n"
	    "机勃勃的景象。\n"
	    "陆峰/摄\n");
	a = by_title(pg, "湖畔晨练");
	assert_int_equal(a->kind, PARSE_PHOTO);
	parse_page_free(pg);
}

/*
 * parse-9.73: a line broken inside 摄氏度 (零下 3 摄⏎氏度) is no photo
 * credit: a credit names people, never a number.
 */
static void
parse_9_73(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖冰雕节开幕\n"
	    "本报澄湖1月8日电（记者 宋远帆）第五\n"
	    "届澄湖冰雕节8日在湖心岛开幕，展出冰\n"
	    "雕作品两百余件。据介绍，展区白天气温\n"
	    "保持在零下 5 摄氏度至零下 3 摄\n"
	    "氏度之间，冰雕可保存到二月底。\n");
	a = by_title(pg, "澄湖冰雕节开幕");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_non_null(strstr(a->paragraphs[0], "零下3摄氏度之间"));
	parse_page_free(pg);
}

/*
 * parse-9.74: a story's line as wide as the page's column, with a pause
 * in it, is no title across columns where the column around it reads
 * narrower (a subheading and short lines under it): the text after a
 * column break stays the story's.
 */
static void
parse_9_74(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("湖滨灯会吸引市民游客\n"
	    "本报澄湖2月5日电（记者 宋远帆）元宵\n"
	    "节前夕，澄湖湖滨灯会在湖心岛开幕，二\n"
	    "十余组大型彩灯沿湖岸次第点亮，吸引大\n"
	    "批市民和游客前来观灯赏景。不少游客称\n\n"
	    "赞灯会“有年味、有新意”，称赞主办方用心\n"
	    "安排了“每一个细节”“让老人孩子都玩得\n"
	    "开心”。\n"
	    "互动体验：非遗项目走进灯会\n"
	    "今年灯会增设非遗体验区，剪纸、糖\n"
	    "画、泥塑等十余个项目轮番亮相，游客可以\n"
	    "亲手制作属于自己的小花灯。\n"
	    "数据显示，开幕当晚入园游客超过两万\n"
	    "人次，周边餐饮、住宿消费明显增长。\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 1);
	a = by_title(pg, "湖滨灯会吸引市民游客");
	assert_non_null(strstr(a->paragraphs[0], "游客称赞灯会“有年味"));
	parse_page_free(pg);
}

/*
 * parse-9.75: a caption set across its picture, wider than the column,
 * whose first line pauses and runs on into a line as wide, is the
 * caption's text, not a title across columns: the photo keeps it.
 */
static void
parse_9_75(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "清洁消毒保春运\n\n"
	    "澄湖客运站以“安全出行、有序候车、温馨服务，让每一名旅客回家都更加安\n"
	    "心”为目标，连日来组织全站职工对候车大厅开展清洁消毒，保障旅客出行。\n"
	    "图为职工正在消毒。\n"
	    "陆峰/摄\n");
	a = by_title(pg, "清洁消毒保春运");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->paragraphs[0], "澄湖客运站以“安全出行"));
	parse_page_free(pg);
}

/*
 * parse-9.76: a subheading set as a story's earlier one, with another
 * story's dispatch read between them, is that story's: the text under
 * it does not go on the dispatch.
 */
static void
parse_9_76(void **state)
{
	struct parse_page		*pg;

	(void)state;
	pg = parse_str("澄湖湿地完成生态修复\n"
	    "本报记者 林小舟\n"
	    WETLAND_LEAD
	    WETLAND_BIRDS "\n"
	    PAGE_FLOW_PORT "\n"
	    "市民观鸟热情高涨\n"
	    "每逢周末，不少市民带着望远镜和相机来\n"
	    "到湿地观鸟，管理站还专门开设了观鸟讲\n"
	    "解课堂，向市民普及湿地保护知识。\n");
	assert_true(paras_have(pg, "澄湖湿地完成生态修复", "|市民观鸟热情高涨|每逢周末"));
	assert_false(paras_have(pg, "澄湖港区新航线开通", "每逢周末"));
	parse_page_free(pg);
}

/*
 * parse-9.77: a line alone between blanks over a title, with no mark in
 * it and wider than the column's lines can be, is the title's kicker,
 * though the story before it was left open: no line of that column.
 */
static void
parse_9_77(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("居家办公要注意颈椎健康\n"
	    "本报记者 林小舟\n"
	    "长时间居家办公，不少市民出\n"
	    "现颈肩酸痛的情况。医生提醒，\n"
	    "办公桌椅的高度要合适，电脑屏\n"
	    "幕应与视线齐平，每工作一小时\n\n"
	    "澄湖选手专访谈马拉松“初体验”\n\n"
	    "没料到第一次参赛就完赛了\n"
	    "本报记者 宋远帆\n"
	    "第三届澄湖马拉松上周日开跑，\n"
	    "首次参赛的本地选手陈立在五个\n"
	    "小时内跑完了全程，他说这次比\n"
	    "赛给了自己很大的信心。\n");
	a = by_title(pg, "没料到第一次参赛就完赛了");
	assert_string_equal(a->kicker, "澄湖选手专访谈马拉松“初体验”");
	a = by_title(pg, "居家办公要注意颈椎健康");
	assert_null(strstr(a->paragraphs[0], "初体验"));
	parse_page_free(pg);
}

/*
 * parse-9.78: of two stories left open at the foot of their columns, the
 * text that opens inside a sentence goes on the one whose words it
 * shares, not the one left open last, when neither join says more.
 */
static void
parse_9_78(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("居家办公要注意颈椎健康\n"
	    "本报记者 林小舟\n"
	    "长时间居家办公，不少市民出现颈肩酸痛\n"
	    "的情况。医生提醒，办公桌椅的高度要合\n\n"
	    "澄湖马拉松下月开跑\n"
	    "本报记者 宋远帆\n"
	    "第三届澄湖马拉松将于下月开跑，报名\n"
	    "人数已突破两万人，赛道沿湖而行，途经\n\n"
	    "适，电脑屏幕应与视线齐平，每工作一小\n"
	    "时就要起身活动，做做颈椎操，缓解颈肩\n"
	    "肌肉的疲劳。\n");
	a = by_title(pg, "居家办公要注意颈椎健康");
	assert_non_null(strstr(a->paragraphs[0], "高度要合适，电脑屏幕"));
	a = by_title(pg, "澄湖马拉松下月开跑");
	assert_null(strstr(a->paragraphs[0], "颈椎操"));
	parse_page_free(pg);
}

/*
 * parse-9.79: a notice's text read twice, once without its label, is the
 * notice both times: its first line titles no story.
 */
static void
parse_9_79(void **state)
{
	struct parse_page	*pg;
	size_t			 i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "公益广告\n"
	    "讲文明 树新风\n\n"
	    "湖滨路东段将进行管道\n"
	    "维修施工，\n"
	    "请过往车辆提前绕行。\n\n"
	    "通告\n"
	    "湖滨路东段将进行管道\n"
	    "维修施工，\n"
	    "请过往车辆提前绕行。\n");
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	for (i = 0; i < pg->narticles; i++) {
		if (strcmp(pg->articles[i].title, "湖滨路东段将进行管道") == 0)
			assert_int_equal(pg->articles[i].kind, PARSE_AD);
	}
	parse_page_free(pg);
}

/*
 * parse-9.80: a subheading after a piece of a story's text that is still
 * loose (its title stands elsewhere on the page) goes, with its text,
 * where that piece goes: it titles no story of its own.
 */
static void
parse_9_80(void **state)
{
	struct parse_page		*pg;

	(void)state;
	pg = parse_str("湿地修复让候鸟归来\n\n"
	    PAGE_FLOW_PORT "\n"
	    "公益广告\n"
	    "讲文明 树新风\n\n"
	    WETLAND_LEAD
	    WETLAND_BIRDS);
	assert_true(paras_have(pg, "湿地修复让候鸟归来", "二十余种。|候鸟数量明显回升|据湿地"));
	parse_page_free(pg);
}

/*
 * parse-9.81: a notice's label (订阅热线) over a story's text, whose
 * title stands elsewhere, does not make the story a notice.
 */
static void
parse_9_81(void **state)
{
	struct parse_page	*pg;
	size_t			 i;

	(void)state;
	pg = parse_str("湿地修复让候鸟归来\n\n"
	    PAGE_FLOW_PORT "\n"
	    "订阅热线\n"
	    "欢迎订阅澄湖日报\n\n"
	    "历时两年的澄湖湿地生态修复工程日前完\n"
	    "工，修复后的湿地水面扩大到八百亩，新种\n"
	    "植芦苇、菖蒲等水生植物二十余种。据湿地\n"
	    "管理站监测，今冬来此越冬的候鸟已超过一\n"
	    "万只，比修复前增加了近一倍，其中包括多\n"
	    "种国家重点保护鸟类。\n");
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		if (a->nparagraphs > 0 &&
		    strstr(a->paragraphs[0], "历时两年") != NULL)
			assert_int_not_equal(a->kind, PARSE_AD);
	}
	parse_page_free(pg);
}

/*
 * parse-9.82: text set to a measure two ems or more from the story before
 * it, after that story finished its sentence, is another story's: a
 * change of measure between two bodies is a boundary.
 */
static void
parse_9_82(void **state)
{
	struct parse_page		*pg;

	(void)state;
	pg = parse_str("区图书馆延长开放\n"
	    "本报记者 林小舟\n"
	    "澄湖区图书馆从本周起\n"
	    "延长开放时间，每天闭\n"
	    "馆时间由晚上八点推迟\n"
	    "到十点，自习区座位也\n"
	    "增加到四百个。馆方介\n"
	    "绍，延时服务主要方便\n"
	    "下班后的读者和备考的\n"
	    "学生。\n\n"
	    "记者：老街改造什么时候动工？这是不少老\n"
	    "街坊关心的问题。街道负责人：改造方案已\n"
	    "经过三轮居民议事会讨论，预计下月初动工，\n"
	    "施工期间将分段进行，尽量减少对居民出行\n"
	    "的影响。\n");
	assert_false(paras_have(pg, "区图书馆延长开放", "老街改造"));
	parse_page_free(pg);
}

/*
 * parse-9.83: a section's name at the top of the page is furniture though
 * a running head comes before it: the first line that is not furniture
 * itself, short, over the date, is the section's name.
 */
static void
parse_9_83(void **state)
{
	struct parse_page	*pg;
	size_t			 i;

	(void)state;
	pg = parse_str("第3版\u3000城事\n\n"
	    "要闻\n\n"
	    "2024年3月8日 星期五\n\n" PAGE_FLOW_BODY);
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title, "要闻");
	parse_page_free(pg);
}

/*
 * parse-9.84: an essay's short title over its writer's pen name (春日茶话
 * / 湖生), after another story's finished text, is a signed piece of its
 * own, though the title is only two characters longer than the name: a
 * title that reads as no name.
 */
static void
parse_9_84(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "春日茶话\n"
	    "湖生\n"
	    "今年的新茶上市早，朋友从山里捎来一\n"
	    "包明前茶，嫩芽在杯中舒展，清香满室。\n"
	    "喝茶原本是件简单的事，一杯在手，\n"
	    "便有半日清闲。\n");
	a = by_title(pg, "春日茶话");
	assert_string_equal(a->byline, "湖生");
	assert_non_null(strstr(a->paragraphs[0], "今年的新茶上市早"));
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_int_equal(a->nparagraphs, 2);
	parse_page_free(pg);
}

/*
 * parse-9.85: text that opens a paragraph after a column break, sharing
 * next to no words with the story before it, goes with the heading still
 * unused that fits it: a commentary under its column's logo, read after
 * a dispatch, is not the dispatch's last paragraph.
 */
static void
parse_9_85(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("湖畔论坛\n\n"
	    "读书让城市更有温度\n\n"
	    PAGE_FLOW_PORT "\n"
	    "读书是一座城市的底色。走进澄湖的街头\n"
	    "巷尾，书店、图书馆和社区书房随处可见，\n"
	    "读书的氛围越来越浓。让阅读成为习惯，让\n"
	    "书香浸润生活，城市才会更有温度。\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "读书让城市更有温度");
	assert_non_null(strstr(a->paragraphs[0], "读书是一座城市的底色"));
	parse_page_free(pg);
}

/*
 * parse-9.86: a quote's attribution on a line of its own (——林澄) is a
 * paragraph of the story after the quote, never a heading: the story
 * runs on under it.
 */
static void
parse_9_86(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("湖心村的新变化\n"
	    "本报澄湖3月7日电（记者 宋远帆）湖心\n"
	    "村的变化，是全市乡村振兴的一个缩影。\n"
	    "“把村子建设好，让乡亲们过上好日子。”\n"
	    "——林澄\n"
	    "走进湖心村，一排排白墙黛瓦的民居\n"
	    "错落有致，村道两旁种满了樱花树，村\n"
	    "民们在文化广场上跳起了广场舞。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "湖心村的新变化");
	assert_int_equal(a->nparagraphs, 3);
	assert_string_equal(a->paragraphs[1], "——林澄");
	parse_page_free(pg);
}

/*
 * parse-9.87: a dashed subtitle set apart under its title, right over the
 * story's text, is the subtitle; the line over it is the title, not a
 * kicker over a title that opens with a dash.
 */
static void
parse_9_87(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "湖心村的新变化\n\n"
	    "——回访澄湖区湖心村村民陈立家\n"
	    "湖心村的变化，是全市乡村振兴的一\n"
	    "个缩影。走进湖心村，一排排白墙黛瓦的\n"
	    "民居错落有致，村道两旁种满了樱花树，\n"
	    "村民们在文化广场上跳起了广场舞。\n");
	a = by_title(pg, "湖心村的新变化");
	assert_string_equal(a->subtitle, "——回访澄湖区湖心村村民陈立家");
	assert_string_equal(a->kicker, "");
	assert_non_null(strstr(a->paragraphs[0], "湖心村的变化"));
	parse_page_free(pg);
}

/*
 * parse-9.88: a sign-off at the end of a story's last line, after its
 * last sentence (…这一做法。（本报澄湖3月5日电）), ends the story: the
 * line right under it is the next story's title.
 */
static void
parse_9_88(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("湖滨街道：小区停车难有了新解法\n"
	    "本报记者 徐嘉禾\n"
	    "新华小区建于 2000年前后，原有车\n"
	    "位不足300个，而居民车辆已超过600辆，\n"
	    "停车难问题困扰居民多年。街道相关负责\n"
	    "人表示，今年将在辖区另外 5 个老旧小\n"
	    "区推广这一做法。（本报澄湖3月5日电）\n"
	    "以“店小二”精神优化营商环境\n"
	    "——二论推动民营经济高质量发展\n"
	    "本报评论员\n"
	    "营商环境就是生产力。一个地方能不\n"
	    "能留住企业、吸引项目，很大程度上取决\n"
	    "于营商环境好不好。\n");
	a = by_title(pg, "以“店小二”精神优化营商环境");
	assert_non_null(strstr(a->paragraphs[0], "营商环境就是生产力"));
	a = by_title(pg, "湖滨街道：小区停车难有了新解法");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "店小二"));
	parse_page_free(pg);
}

/*
 * parse-9.89: 本报评论员 on a line of its own, under a title, signs the
 * commentary, with no ■ before it as the seed paper sets one.
 */
static void
parse_9_89(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "以“店小二”精神优化营商环境\n"
	    "本报评论员\n"
	    "营商环境就是生产力。一个地方能不\n"
	    "能留住企业、吸引项目，很大程度上取决\n"
	    "于营商环境好不好。\n");
	a = by_title(pg, "以“店小二”精神优化营商环境");
	assert_string_equal(a->byline, "本报评论员");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	parse_page_free(pg);
}

/*
 * parse-9.90: a headline of two phrases over a dashed subtitle, the text
 * right under them, is a title, though the story before it was left open
 * and the headline is wider than the column.
 */
static void
parse_9_90(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖上线“企业码”\n"
	    "本报讯（记者 李敏）“扫一扫企\n"
	    "业码，诉求就能直达相关部门。”\n"
	    "市营商办负责人表示，下一步将\n"
	    "推动“企业码”与政务服务、金融\n"
	    "服务深度融合，让企业办事更便捷、\n\n"
	    "“天天”抓落实 “事事”见实效\n"
	    "——三论推动民营经济高质量发展\n"
	    "抓落实，贵在天天抓、事事\n"
	    "抓。今天能办的事绝不拖到明天，\n"
	    "这是对群众负责，也是对事业负\n"
	    "责。\n");
	a = by_title(pg, "“天天”抓落实 “事事”见实效");
	assert_string_equal(a->subtitle, "——三论推动民营经济高质量发展");
	assert_non_null(strstr(a->paragraphs[0], "抓落实，贵在天天抓"));
	parse_page_free(pg);
}

/*
 * parse-9.91: a heading the page sets twice (a series' tag over two of
 * its stories) titles neither: the story under it takes the title that
 * fits it from elsewhere on the page.
 */
static void
parse_9_91(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("增开列车 助出省过年\n\n"
	    "春运一线\n\n"
	    "旅途送祝福 上门送服务\n"
	    "临近春节，澄湖火车站为旅客送上新春\n"
	    "祝福，志愿者在候车室里为旅客写春联、\n"
	    "送福字，温暖大家的回家路。\n\n"
	    "春运一线\n"
	    "本报澄湖1月22日电（记者 宋远帆）春\n"
	    "运以来，澄湖站增开了多趟方向列车，不\n"
	    "少外地务工人员的亲属选择到澄湖过年，\n"
	    "增开列车满足了这部分旅客出省过年的需\n"
	    "求。\n");
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].kind != PARSE_BANNER)
			assert_string_not_equal(pg->articles[i].title,
			    "春运一线");
	}
	a = by_title(pg, "增开列车 助出省过年");
	assert_non_null(strstr(a->paragraphs[0], "增开了多趟方向列车"));
	parse_page_free(pg);
}

/*
 * A story, its last words cut off (parse-9.92, 9.308), and the title set
 * under it, over a commentary signed 本报评论员 with its title under it.
 */
#define PARKING_STORY							\
	"本报讯 “以前晚上回来要绕小\n"					\
	"区转好几圈，现在楼下就有车位了。”\n"				\
	"3月4日晚，湖滨街道新华小区居民刘\n"				\
	"先生停好车后说。\n\n"						\
	"新华小区建于2000年前后，原\n"					\
	"有车位不足300个，而居民车辆已超\n"				\
	"过600辆，停车难问题困扰居民多年。\n"				\
	"街道相关负责人表示，今年将在辖区\n"
#define PARKING_COMMENTARY						\
	"湖滨街道：小区停车难有了新解法\n\n"				\
	"营商环境就是生产力。一个地方\n"				\
	"能不能留住企业、吸引项目，很大程\n"				\
	"度上取决于营商环境好不好。\n"					\
	"当好“店小二”，就要有求必应、\n"				\
	"无事不扰，让企业专心搞生产、安心\n"				\
	"谋发展。\n"							\
	"■本报评论员\n\n"						\
	"以“店小二”精神优化营商环境\n"

/*
 * parse-9.92: on a page that sets titles under its stories, a title of
 * the shape a part's heading has (湖滨街道：小区停车难有了新解法) is the
 * story's over it when it speaks of that text, not of the text under it.
 */
static void
parse_9_92(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str(PARKING_STORY
	    "另外5个老旧小区推广这一做法。\n\n"
	    PARKING_COMMENTARY);
	assert_true(paras_have(pg, "湖滨街道：小区停车难有了新解法",
	    "推广这一做法"));
	assert_false(paras_have(pg, "以“店小二”精神优化营商环境",
	    "新华小区"));
	parse_page_free(pg);
}

/*
 * parse-9.93: a title set again over the rest of its story (（上接1版）),
 * in an issue read as one text, is still the story's title: only a short
 * heading the page repeats is a series' tag.
 */
static void
parse_9_93(void **state)
{
	struct parse_page	*pg;
	size_t			 i, n = 0;

	(void)state;
	pg = parse_str("惠企政策“免申即享” 1.2亿元资金直达企业\n"
	    "本报澄湖3月5日电（记者 林小舟）“没想\n"
	    "到不用提交任何材料，补助资金就直接打\n"
	    "到了公司账户上。”一家企业负责人说。\n"
	    "（下转2版）\n\n"
	    PAGE_FLOW_BODY "\n"
	    "惠企政策“免申即享” 1.2亿元资金直达企业\n"
	    "（上接1版）过去，企业申报一项政\n"
	    "策，往往要准备营业执照、财务报表等十\n"
	    "几份材料，还要在多个部门之间来回跑。\n");
	for (i = 0; i < pg->narticles; i++)
		n += strcmp(pg->articles[i].title,
			 "惠企政策“免申即享”1.2亿元资金直达企业") == 0 &&
		    pg->articles[i].kind != PARSE_BANNER;
	assert_int_equal(n, 2);
	parse_page_free(pg);
}

/*
 * parse-9.94: a title read between a kicker and the title it leads into
 * (another story's, set in the same stack), with no mark in it, over a
 * picture's credit and the text: that text's title, not its first line.
 */
static void
parse_9_94(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n第3版\n\n"
	    "市民热议新版城市规划——\n\n"
	    "让澄湖的水\n更清更美\n\n"
	    "澄湖老城更新交出民生新答卷\n\n"
	    "图片由采访对象提供\n\n"
	    "2024年是澄湖老城更新的第一\n"
	    "年，市里先后修缮了三十多条老街\n"
	    "巷，拆除违章建筑两万多平方米，\n"
	    "新增口袋公园十二座。许多市民说，\n"
	    "老城的样子回来了，生活也更方便\n"
	    "了。\n");
	a = by_title(pg, "澄湖老城更新交出民生新答卷");
	assert_para_starts(a, "2024年是");
	parse_page_free(pg);
}

/*
 * parse-9.95: a picture's title over its caption takes it though a
 * notice's box is set between them and they share few words.
 */
static void
parse_9_95(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "冬捕开网\n\n"
	    "遗失声明\n"
	    "澄湖市东港商贸有限公司不慎遗失营业执\n"
	    "照副本一份，特此声明作废。\n\n"
	    "1月7日，澄湖东岸的渔民们拉起今年冬捕的第一网，银光闪闪的鲢鱼"
	    "跃出水面。\n"
	    "近年来澄湖坚持生态养殖，湖水清了，鱼也多了。\n"
	    "林小舟摄\n");
	a = by_title(pg, "冬捕开网");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->paragraphs[0], "第一网"));
	parse_page_free(pg);
}

/*
 * parse-9.96: a title broken at its pause, the pause set again at the
 * head of its second line: one title, one pause, over its text.
 */
static void
parse_9_96(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "夜市开张，\n"
	    "，老街重现烟火气\n"
	    "本报记者 林小舟\n"
	    "3月以来，澄湖老街夜市重新开张，每\n"
	    "晚六点到十点，六十多个摊位沿街排开，小\n"
	    "吃、手作、旧书应有尽有，吸引了大批市民和\n"
	    "游客。\n");
	a = by_title(pg, "夜市开张，老街重现烟火气");
	assert_para_starts(a, "3月以来");
	parse_page_free(pg);
}

/*
 * parse-9.97: an ad's line that finishes no sentence (邮局均可订阅) under
 * an ad's name is the ad: neither the story below takes it, nor does the
 * name title that story.
 */
static void
parse_9_97(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "公益广告\n"
	    "\n"
	    "爱护澄湖 人人有责\n"
	    "珍惜水源 保护家园\n"
	    "\n"
	    "欢迎订阅澄湖日报\n"
	    "请到邮局办理订阅\n"
	    "\n"
	    "夜市开张，\n"
	    "，老街重现烟火气\n"
	    "\n"
	    "图片由采访对象提供\n"
	    "\n"
	    "本报记者 林小舟\n"
	    "3月以来，澄湖老街夜市重新开张，每\n"
	    "晚六点到十点，六十多个摊位沿街排开，小\n"
	    "吃、手作、旧书应有尽有，吸引了大批市民和\n"
	    "游客。\n");
	a = by_title(pg, "夜市开张，老街重现烟火气");
	assert_int_equal(a->nparagraphs, 1);
	assert_para_starts(a, "3月以来");
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title, "欢迎订阅澄湖日报");
	parse_page_free(pg);
}

/*
 * parse-9.98: text that runs on inside a sentence, after a notice's box
 * and a heading nothing took, goes on the story left inside a sentence
 * before them, past a story that finished its own.
 */
static void
parse_9_98(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "\n"
	    "图片由采访对象提供\n"
	    "\n"
	    "本报记者 林小舟\n"
	    "3月以来，澄湖老街夜市重新开张，每\n"
	    "晚六点到十点，六十多个摊位沿街排开，\n"
	    "小吃、手作、旧书应有尽有。摊主们会\n"
	    "提前一天在群里预告次日\n"
	    "\n"
	    "公交通勤专线开通\n"
	    "本报记者 宋远帆\n"
	    "昨天起，澄湖公交开通三条通勤专\n"
	    "线，方便复工人员上下班。每条线路早\n"
	    "晚高峰各发车十班。\n"
	    "\n"
	    "通勤专线首日运行平稳\n"
	    "\n"
	    "招聘\n"
	    "澄湖某物流公司诚聘货车司机五名，\n"
	    "有意者请电话联系。\n"
	    "\n"
	    "上架的菜单，市民可以提前选好想吃\n"
	    "的小吃，到了现场直接取货，不用排\n"
	    "长队。\n");
	a = by_title(pg, "老街夜市重新开张");
	assert_int_equal(a->nparagraphs, 1);
	assert_non_null(strstr(a->paragraphs[0], "预告次日上架的菜单"));
	parse_page_free(pg);
}

/* The page of parse-9.99 to parse-9.101: three title blocks of two lines. */
#define PAGE_TWO_LINE_HEADS \
	"澄湖港区新航线开通\n" \
	"本报澄湖3月7日电（记者 宋远帆）7日\n" \
	"上午，澄湖港区至南洋群岛的首条远洋集\n" \
	"装箱航线正式开通，首航船舶满载电子元\n" \
	"件和纺织品驶离码头。\n" \
	"\n" \
	"湖畔短评\n" \
	"让服务多走一步\n" \
	"本报评论员\n" \
	"新春开局，我市组织机关干部走进企\n" \
	"业，面对面听取意见，帮企业解决实际\n" \
	"困难。服务多走一步，企业就多一分信心。\n" \
	"\n" \
	"总投资8亿元 年产值可达12亿元\n" \
	"东港镇新材料项目开工\n" \
	"本报讯（记者 林小舟）昨天上午，东港\n" \
	"镇新材料项目开工，项目建成后将形成年\n" \
	"产五万吨新材料的生产能力。\n" \
	"\n" \
	"推行垃\n" \
	"圾分类积分兑换新办法\n" \
	"本报讯（记者 周雯）从下月起，澄湖\n" \
	"全面推行垃圾分类积分兑换，居民把垃圾分类投\n" \
	"放可以积分，积分能兑换日用品。\n"

/* Parses PAGE_TWO_LINE_HEADS: the story titled title has this kicker. */
static void
two_line_heads(const char *title, const char *kicker)
{
	struct parse_page	*pg = parse_str(PAGE_TWO_LINE_HEADS);

	assert_string_equal(by_title(pg, title)->kicker, kicker);
	parse_page_free(pg);
}

/*
 * parse-9.99: a column's name far shorter than the line under it (湖畔短
 *评 over 让服务多走一步) was not broken off the title: it is the
 * kicker, set in the same type, and the title is the line under it.
 */
static void
parse_9_99(void **state)
{
	(void)state;
	two_line_heads("让服务多走一步", "湖畔短评");
}

/*
 * parse-9.100: two phrases parted by a space over a title line are whole
 * in themselves: the kicker, not the title's first half.
 */
static void
parse_9_100(void **state)
{
	(void)state;
	two_line_heads("东港镇新材料项目开工", "总投资8亿元 年产值可达12亿元");
}

/*
 * parse-9.101: a short first line broken inside a word that the page says
 * elsewhere (垃⏎圾) is the title's first half, however short.
 */
static void
parse_9_101(void **state)
{
	(void)state;
	two_line_heads("推行垃圾分类积分兑换新办法", "");
}

/*
 * parse-9.102: a first line that names the meeting held (…召开专题会议)
 * over what it decided is the kicker, as one that ends on 召开 or 强调.
 */
static void
parse_9_102(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "市政府召开专题会议\n"
	    "部署春季防汛备汛工作\n"
	    "本报讯（记者 周雯）昨天下午，市政府\n"
	    "召开专题会议，部署春季防汛备汛工作，\n"
	    "要求各地提前检查堤防和泵站。\n");
	a = by_title(pg, "部署春季防汛备汛工作");
	assert_string_equal(a->kicker, "市政府召开专题会议");
	parse_page_free(pg);
}

/*
 * parse-9.103: a column's name over a title of two lines is the kicker
 * when it is far shorter than the two lines together, though no shorter
 * than either by much.
 */
static void
parse_9_103(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "湖畔短评\n"
	    "“天天”抓落实\n"
	    "“事事”见实效\n"
	    "本报评论员\n"
	    "抓落实，贵在每一天。只有天天盯着\n"
	    "干，事事才能见实效，群众的期盼才能\n"
	    "一件件变成现实。\n");
	a = by_title(pg, "“天天”抓落实“事事”见实效");
	assert_string_equal(a->kicker, "湖畔短评");
	parse_page_free(pg);
}

/*
 * parse-9.104: a line as wide as the column, finishing no sentence, under
 * a column's name and over a dashed subtitle is the title, not the first
 * line of the text.
 */
static void
parse_9_104(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "湖畔观察\n"
	    "以“店小二”精神优化营商环境\n"
	    "——二论推动民营经济高质量发展\n"
	    "营商环境就是生产力。一个地方\n"
	    "能不能留住企业、吸引项目，很大程\n"
	    "度上取决于营商环境好不好。\n"
	    "当好“店小二”，就要有求必应、\n"
	    "无事不扰。企业有需要的时候，政府\n"
	    "\n"
	    "部门要第一时间响应、第一时间解决；\n"
	    "企业正常生产经营的时候，不随意检\n"
	    "查、不层层加码，让企业专心搞生产、\n");
	a = by_title(pg, "以“店小二”精神优化营商环境");
	assert_string_equal(a->subtitle, "——二论推动民营经济高质量发展");
	assert_para_starts(a, "营商环境就是生产力");
	parse_page_free(pg);
}

/*
 * parse-9.105: a title no story took, most of whose words a story left
 * untitled says again, though not in its first lines, titles that story
 * once every piece has its place.
 */
static void
parse_9_105(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "专家热议澄湖新版城市规划——\n"
	    "\n"
	    "让澄湖的水\n"
	    "更清更美\n"
	    "\n"
	    "澄湖老城更新交出民生新答卷\n"
	    "\n"
	    "图片由采访对象提供\n"
	    "\n"
	    "2024年是澄湖老城更新的第一\n"
	    "年，市里先后修缮了三十多条老街\n"
	    "巷，拆除违章建筑两万多平方米，\n"
	    "新增口袋公园十二座。许多市民说，\n"
	    "老城的样子回来了，生活也更方便\n"
	    "了。\n"
	    "\n"
	    "冬捕开网\n"
	    "\n"
	    "遗失声明\n"
	    "澄湖市东港商贸有限公司不慎遗失营业执\n"
	    "照副本一份，特此声明作废。\n"
	    "\n"
	    "1月7日，渔民们拉起今年冬捕的第一网，银光闪闪的鲢鱼跃出水面。\n"
	    "林小舟摄\n"
	    "\n"
	    "近年来，市里持续推进水环境治理，\n"
	    "关停沿岸排污口四十多个，监测数据\n"
	    "一年比一年好看，越来越多的水鸟回\n"
	    "到岸边栖息。\n"
	    "\n"
	    "每到周末，前来散步的市民络绎不\n"
	    "绝。大家都说，澄湖的水更清了，景\n"
	    "色也更美了。\n");
	a = by_title(pg, "让澄湖的水更清更美");
	assert_para_starts(a, "近年来");
	parse_page_free(pg);
}

/*
 * parse-9.106: a dashed subtitle set apart under a stack of headings is a
 * heading, not the first line of the text under them.
 */
static void
parse_9_106(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "记者走进澄湖湿地深处\n"
	    "\n"
	    "今年五处湿地公园将通过验收\n"
	    "\n"
	    "探访澄湖候鸟岛\n"
	    "\n"
	    "——湿地保护修复工作取得明显成效\n"
	    "\n"
	    "核心阅读\n"
	    "候鸟岛位于澄湖北岸，是全市最大的候鸟越冬地，每年有上万只候鸟在此栖息。\n"
	    "\n"
	    "澄湖日报资料图片\n"
	    "\n"
	    "每年冬天，成千上万只候鸟飞到澄湖\n"
	    "北岸的候鸟岛越冬。岛上芦苇丛生，浅\n"
	    "滩连片，是水鸟理想的栖息地。\n"
	    "护鸟员老周在岛上守了二十年，他说，\n"
	    "这几年来岛上的候鸟一年比一年多，有\n"
	    "的鸟连名字都叫不上来。\n"
	    "\n"
	    "本报澄湖3月7日电（记者 宋远帆）记\n"
	    "者从市林业局获悉，今年我市五处湿地公\n"
	    "园将通过验收，湿地保护修复工作取得明\n"
	    "显成效，全市湿地保护率超过六成。\n");
	a = by_title(pg, "探访澄湖候鸟岛");
	assert_para_starts(a, "每年冬天");
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].nparagraphs > 0)
			assert_false(strncmp(pg->articles[i].paragraphs[0],
			    "——", strlen("——")) == 0);
	}
	parse_page_free(pg);
}

/*
 * parse-9.107: a line set apart over a title, taken for its kicker by
 * where it stands, is the title of the story that says most of its words
 * again (two stories' headings read as one stack), and the dashed
 * subtitle under them goes with it.
 */
static void
parse_9_107(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "记者走进澄湖湿地深处\n"
	    "\n"
	    "今年全市五处湿地公园将通过验收\n"
	    "\n"
	    "探访澄湖候鸟岛\n"
	    "\n"
	    "——湿地保护修复工作取得明显成效\n"
	    "\n"
	    "核心阅读\n"
	    "候鸟岛位于澄湖北岸，是全市最大的候鸟越冬地，每年有上万只候鸟在此栖息。\n"
	    "\n"
	    "澄湖日报资料图片\n"
	    "\n"
	    "每年冬天，成千上万只候鸟飞到澄湖\n"
	    "北岸的候鸟岛越冬。岛上芦苇丛生，浅\n"
	    "滩连片，是水鸟理想的栖息地。\n"
	    "护鸟员老周在岛上守了二十年，他说，\n"
	    "这几年来岛上的候鸟一年比一年多，有\n"
	    "的鸟连名字都叫不上来。\n"
	    "\n"
	    "本报澄湖3月7日电（记者 宋远帆）记\n"
	    "者从市林业局获悉，今年我市五处湿地公\n"
	    "园将通过验收，湿地保护修复工作取得明\n"
	    "显成效，全市湿地保护率超过六成。\n");
	a = by_title(pg, "今年全市五处湿地公园将通过验收");
	assert_para_starts(a, "本报澄湖3月7日电");
	a = by_title(pg, "探访澄湖候鸟岛");
	assert_string_equal(a->kicker, "");
	assert_para_starts(a, "每年冬天");
	parse_page_free(pg);
}

/*
 * parse-9.108: a column's short name over the page and a story's long
 * title set under it both share words with the story: the title, which
 * shares many more, takes it, though per character the name scores as
 * well.
 */
static void
parse_9_108(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "经济观察\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "本报澄湖3月7日电（记者 林小舟）为\n"
	    "更好服务企业，澄湖日前推出助企服务\n"
	    "新举措十条，从企业开办、项目审批、\n"
	    "要素保障等方面推出一百项措施，让企\n"
	    "业办事少跑腿。新举措提出，今年全市\n"
	    "企业开办时间压缩到一个工作日以内。\n"
	    "经济观察人士认为，这将为经济发展注\n"
	    "入新动能。\n"
	    "\n"
	    "澄湖推出助企服务\n"
	    "新举措十条\n");
	a = by_title(pg, "澄湖推出助企服务新举措十条");
	assert_non_null(strstr(a->paragraphs[0], "一百项措施"));
	parse_page_free(pg);
}

/*
 * parse-9.109: a story whose subheadings were all two lines (修步道 over
 * 老人散步更安心) has no subheading of one: a heading of one line after
 * its text titles a story of its own.
 */
static void
parse_9_109(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "小区改造惠民生\n"
	    "本报澄湖3月7日电（记者 宋远帆）去年\n"
	    "以来，澄湖市启动老旧小区改造，一批民\n"
	    "生实事陆续落地，居民的日子越过越舒心。\n"
	    "\n"
	    "修步道\n"
	    "老人散步更安心\n"
	    "走进南漾新村，新铺的步道平整防滑，\n"
	    "两旁种满了花草。不少老人吃过晚饭就\n"
	    "来散步，说这条路走起来踏实。\n"
	    "\n"
	    "建书屋\n"
	    "孩子读书有去处\n"
	    "小区里的闲置用房改成了书屋，放学后\n"
	    "孩子们在这里看书写作业，家长下班后\n"
	    "再来接，大家都很满意。\n"
	    "\n"
	    "湖畔夜市人气旺\n"
	    "每到周末晚上，澄湖湖畔的夜市就热闹\n"
	    "起来，小吃摊、手作摊前排起了长队，\n"
	    "不少外地游客也专程赶来。\n");
	a = by_title(pg, "湖畔夜市人气旺");
	assert_para_starts(a, "每到周末晚上");
	assert_false(paras_have(pg, "小区改造惠民生", "湖畔夜市"));
	parse_page_free(pg);
}

/*
 * parse-9.110: a title and its deck right over a picture's source, neither
 * finishing a sentence, are a heading block over a picture with no
 * caption, not a caption: the title goes to the story that says its
 * words, not to the text under the picture.
 */
static void
parse_9_110(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "\n"
	    "守住烟火气，就是守住老城的魂\n"
	    "老街改造不搞大拆大建，修旧如旧，让原住居民留下来，让老手艺传下去\n"
	    "图片由采访对象提供\n"
	    "\n"
	    "本报讯（记者 宋远帆）3月7日，澄湖\n"
	    "港区至南洋群岛的首条远洋集装箱航线正\n"
	    "式开通，首航船舶满载电子元件和纺织品\n"
	    "驶离码头。\n"
	    "\n"
	    "本报记者 林小舟\n"
	    "老街改造完工后，原住居民大多留了下\n"
	    "来，老手艺人也在街上重新开了店。街道\n"
	    "负责人说，守住烟火气，就是守住老城的\n"
	    "魂，改造要修旧如旧，不能大拆大建。\n");
	assert_int_equal(count_kind(pg, PARSE_PHOTO), 0);
	a = by_title(pg, "守住烟火气，就是守住老城的魂");
	assert_para_starts(a, "老街改造完工后");
	parse_page_free(pg);
}

/*
 * parse-9.111: on another paper's page a story needs no dateline to be
 * news; commentary says so, by an opinion column's name over it or by a
 * name alone under its title (an essay's writer), not by lacking one.
 */
static void
parse_9_111(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "\n"
	    "每到周末晚上，澄湖老街的夜市就热闹\n"
	    "起来，小吃摊、手作摊前排起了长队，\n"
	    "不少外地游客也专程赶来。\n"
	    "\n"
	    "湖畔观察\n"
	    "让老街在烟火气里焕新\n"
	    "\n"
	    "老街是城市的记忆。改造老街，不能\n"
	    "只求新，更要留住烟火气，让老街坊住\n"
	    "得下、留得住。\n"
	    "\n"
	    "春天里的一杯新茶\n"
	    "林知远\n"
	    "\n"
	    "清明前后，澄湖西山的茶园里一片新绿。\n"
	    "采茶人起得早，露水未干便上了山，一\n"
	    "芽一叶，都是春天的味道。\n");
	assert_int_equal(by_title(pg, "澄湖港区新航线开通")->kind, PARSE_NEWS);
	assert_int_equal(by_title(pg, "老街夜市重新开张")->kind, PARSE_NEWS);
	assert_int_equal(by_title(pg, "让老街在烟火气里焕新")->kind,
	    PARSE_COMMENTARY);
	assert_int_equal(by_title(pg, "春天里的一杯新茶")->kind,
	    PARSE_COMMENTARY);
	parse_page_free(pg);
}

/*
 * parse-9.112: an opinion column's name set apart over a title (湖畔随笔)
 * is no subheading of the story before: it heads the piece under it, its
 * kicker, and makes it commentary.
 */
static void
parse_9_112(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "湖畔随笔\n"
	    "\n"
	    "春天里的澄湖\n"
	    "春风吹过澄湖，湖边的柳树发了新芽，\n"
	    "早起散步的人多了起来。站在湖堤上远\n"
	    "望，水天一色，让人心里也敞亮了许多。\n");
	a = by_title(pg, "春天里的澄湖");
	assert_string_equal(a->kicker, "湖畔随笔");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_false(paras_have(pg, "澄湖港区新航线开通", "春风吹过"));
	parse_page_free(pg);
}

/*
 * The head of a page that sets headings over bodies, and a brief story
 * on it, finished: the page the 9.113 and later cases go on.  Its last
 * line, PAGE_PORT_OPEN's next, is theirs to set otherwise.
 */
#define PAGE_PORT_OPEN \
	"2024年3月8日 星期五\n" \
	"第3版\n" \
	"\n" \
	"澄湖港区新航线开通\n" \
	"本报讯（记者 宋远帆）3月7日，澄湖\n" \
	"港区至南洋群岛的首条远洋集装箱航线正\n" \
	"式开通，首航船舶满载电子元件和纺织品\n"
#define PAGE_PORT_BRIEF PAGE_PORT_OPEN "驶离码头。\n"

/* PAGE_PORT_BRIEF, then a title block and the text under it, parsed. */
static struct parse_page *
parse_head_over(const char *head, const char *text)
{
	char page[1024];

	snprintf(page, sizeof page, "%s\n%s%s", PAGE_PORT_BRIEF, head, text);
	return (parse_str(page));
}

/*
 * parse-9.113: a line set apart that finishes no sentence, a little wider
 * than the column, over two decks set across the columns: a title and
 * its decks heading the story under them, not text going on from the
 * story before.
 */
static void
parse_9_113(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报讯（记者 宋远帆）3月7日，澄湖\n"
	    "港区至南洋群岛的首条远洋集装箱航线正\n"
	    "式开通，首航船舶满载电子元件和纺织品\n"
	    "驶离码头，港区今年还将开通两条航线，\n"
	    "（下转第2版）\n"
	    "\n"
	    "守住老街烟火气，让老手艺人留下来开好店\n"
	    "老街改造不搞大拆大建、修旧如旧，让原住居民留下来，让老手艺传下去，让夜市重新热闹起来\n"
	    "街道将为老街的手艺人减免三年房租 并在老街口设立手作集市与非遗展示馆供游客参观\n"
	    "\n"
	    "  老街改造完工后，原住居民大多留了\n"
	    "下来，老手艺人也在街上重新开了店。街\n"
	    "道负责人说，改造要修旧如旧，不能大拆\n"
	    "大建，要让老城的烟火气一直留下去。\n");
	a = by_title(pg, "守住老街烟火气，让老手艺人留下来开好店");
	assert_para_starts(a, "老街改造完工后");
	parse_page_free(pg);
}

/*
 * parse-9.114: a short line and a line of two phrases parted by a space,
 * neither with a mark in it, set apart over a paragraph's first line: a
 * title and its deck heading the story under them, not text going on
 * from the story before.
 */
static void
parse_9_114(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "“航线开了，货就更好走了。”港区负\n"
	    "责人说，今年还将开通两条新航线。\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "修旧如旧留住烟火气 老手艺人回街开店\n"
	    "\n"
	    "  每到周末晚上，澄湖老街的夜市就热\n"
	    "闹起来，小吃摊、手作摊前排起了长队，\n"
	    "不少老手艺人也回到街上重新开了店。\n");
	a = by_title(pg, "老街夜市重新开张");
	assert_para_starts(a, "每到周末晚上");
	parse_page_free(pg);
}

/*
 * parse-9.115: a column's name set apart over a line that finishes no
 * sentence, as wide as a paragraph's first line, the two alone between
 * blanks over a paragraph: the name and the title of a new piece, not a
 * subheading of the story before.
 */
static void
parse_9_115(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "“航线开了，货就更好走了。”港区负\n"
	    "责人说，今年还将开通两条新航线。\n"
	    "\n"
	    "湖畔观察\n"
	    "老街改造要留住人，更要留住烟火气\n"
	    "\n"
	    "  每到周末晚上，澄湖老街的夜市就热\n"
	    "闹起来，小吃摊、手作摊前排起了长队，\n"
	    "不少老手艺人也回到街上重新开了店。\n"
	    "  改造不搞大拆大建，修旧如旧，让原\n"
	    "住居民留下来，让老手艺传下去。\n");
	a = by_title(pg, "老街改造要留住人，更要留住烟火气");
	assert_para_starts(a, "每到周末晚上");
	parse_page_free(pg);
}

/*
 * parse-9.116: a picture's credit read into a paragraph, after a line
 * that pauses (…开了店，⏎资料图片⏎…), ends neither the paragraph
 * nor its story: the line after it goes on, whatever its shape.
 */
static void
parse_9_116(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报讯（记者 宋远帆）3月7日，澄\n"
	    "湖港区至南洋群岛的首条远洋集装箱航\n"
	    "线正式开通，首航船舶满载电子元件和\n"
	    "纺织品驶离码头。\n"
	    "  老街改造完工后，原住居民大多留\n"
	    "了下来，老手艺人也在街上重新开了店，\n"
	    "资料图片\n"
	    "大家心里都有一个愿望：“让老街的烟火\n"
	    "气一直留下去，让手艺代代传下\n"
	    "去。”\n"
	    "  港区负责人说，今年还将开通两条\n"
	    "新航线，货就更好走了。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 3);
	assert_true(strstr(a->paragraphs[1], "大家心里都有一个愿望") != NULL);
	parse_page_free(pg);
}

/*
 * parse-9.117: a picture's source set apart between two runs of a
 * story's text, the first left inside a sentence, credits a picture
 * elsewhere: the text runs on past it, and no photo is made of it.
 */
static void
parse_9_117(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "湖畔书声\n"
	    "老街书店里的新故事\n"
	    "\n"
	    "  老街书店开张三十年，见证了澄湖\n"
	    "城的变迁。店主说，书店最早只卖教辅，\n"
	    "后来开始办读书会，每月一场，从未间\n"
	    "断。读书会请来作家、老师和手艺人，\n"
	    "讲老城的掌故，也讲新城的规划，来听\n"
	    "\n"
	    "资料图片\n"
	    "的人越来越多，年轻人也多了起来。\n"
	    "  去年，书店又开了夜读角，晚上十\n"
	    "点以后仍然亮着灯。\n"
	    "夜读角灯不灭\n"
	    "老街文脉续新篇\n"
	    "  店主说，夜读角的灯要一直亮下去，\n"
	    "让晚归的人也有个去处。书店还要和老\n"
	    "街的茶馆合作，办一场古籍修复展。\n");
	assert_int_equal(pg->narticles, 1);
	assert_int_equal(count_kind(pg, PARSE_PHOTO), 0);
	a = by_title(pg, "老街书店里的新故事");
	assert_non_null(strstr(a->paragraphs[0], "来听的人越来越多"));
	parse_page_free(pg);
}

/*
 * parse-9.118: a reporter's byline set apart between a title and its
 * text is that story's: neither the story's before it nor, at the page's
 * top, a story of its own with nothing in it.
 */
static void
parse_9_118(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "老街夜市重新开张\n"
	    "\n"
	    "本报记者 林小舟\n"
	    "\n"
	    "  每到周末晚上，澄湖老街的夜市就热\n"
	    "闹起来，小吃摊、手作摊前排起了长队，\n"
	    "不少老手艺人也回到街上重新开了店。\n");
	a = by_title(pg, "老街夜市重新开张");
	assert_string_equal(a->byline, "本报记者 林小舟");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->byline, "");
	parse_page_free(pg);

	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "\n"
	    "本报记者 林小舟\n"
	    "\n"
	    "  每到周末晚上，澄湖老街的夜市就热\n"
	    "闹起来，小吃摊、手作摊前排起了长队，\n"
	    "不少老手艺人也回到街上重新开了店。\n"
	    "  改造不搞大拆大建，修旧如旧，让原\n"
	    "住居民留下来，让老手艺传下去。街道\n"
	    "还在老街口设了手作集市，每月一场。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "老街夜市重新开张");
	assert_string_equal(a->byline, "本报记者 林小舟");
	parse_page_free(pg);
}

/*
 * parse-9.119: a line right over a title of two phrases parted by a space
 * (增开列车 助旅客回家过年) is its kicker, the break inside no word; a
 * line that ends on a pause runs on into the title, and a line of two
 * phrases as long as a deck is no title under a kicker.
 */
static void
parse_9_119(void **state)
{
	static const struct {
		const char *head; /* the title block's two lines */
		const char *title;
		const char *kicker;
	} cases[] = {
		{ "澄湖春运一线\n增开列车 助旅客回家过年\n",
		    "增开列车 助旅客回家过年", "澄湖春运一线" },
		{ "春运路上，\n增开列车 助旅客回家过年\n",
		    "春运路上，增开列车 助旅客回家过年", "" },
		{ "澄湖春运增开临时列车\n车站设爱心服务台 志愿者帮旅客搬行李\n",
		    "澄湖春运增开临时列车", "" },
	};
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		pg = parse_head_over(cases[i].head,
		    "本报讯（记者 林小舟）春运以来，澄湖\n"
		    "站增开临时列车十二对，方便旅客回家过\n"
		    "年，车站还在候车室设了爱心服务台。\n");
		a = by_title(pg, cases[i].title);
		assert_string_equal(a->kicker, cases[i].kicker);
		parse_page_free(pg);
	}
}

/*
 * parse-9.120: a headline of two lines alike, a blank between them and
 * the break inside a word the page says elsewhere (…重新开⏎⏎张…), is one
 * title: the blank is the leading of its large type, as pdftotext
 * -layout keeps it.
 */
static void
parse_9_120(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "老街夜市今晚重新开\n"
	    "\n"
	    "张迎接八方来客\n"
	    "本报记者 林小舟\n"
	    "  每到周末晚上，澄湖老街的夜市就热\n"
	    "闹起来。夜市重新开张后，小吃摊、手作\n"
	    "摊前排起了长队，不少老手艺人也回到街\n"
	    "上重新开了店。\n");
	a = by_title(pg, "老街夜市今晚重新开张迎接八方来客");
	assert_string_equal(a->kicker, "");
	assert_int_equal(count_kind(pg, PARSE_BANNER), 0);
	parse_page_free(pg);
}

/*
 * parse-9.121: a byline moved to the story under its title takes no
 * signature of the story it leaves (本报评论员 signs that one): the story
 * it goes to stays news.
 */
static void
parse_9_121(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "让老街留住烟火气\n"
	    "  老街改造不搞大拆大建，修旧如旧，让\n"
	    "原住居民留下来，让老手艺传下去，这是\n"
	    "老城更新该有的样子。\n"
	    "本报评论员\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "\n"
	    "本报记者 林小舟\n"
	    "\n"
	    "  每到周末晚上，澄湖老街的夜市就热\n"
	    "闹起来，小吃摊、手作摊前排起了长队，\n"
	    "不少老手艺人也回到街上重新开了店。\n");
	a = by_title(pg, "老街夜市重新开张");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_string_equal(a->byline, "本报记者 林小舟");
	parse_page_free(pg);
}

/*
 * parse-9.122: a title over a deck of two phrases parted by a space, the
 * deck longer (a deck's length) but less than subtitle_ratio times the
 * title: the title, whole in itself, and its deck.  A title line that
 * ends on a pause runs on into the line under it.
 */
static void
parse_9_122(void **state)
{
	static const struct {
		const char *head; /* the title block's two lines */
		const char *title;
		const char *subtitle;
	} cases[] = {
		{ "澄湖湿地公园春季花展开幕\n花展游客创新高 多项“首次”亮相湿地\n",
		    "澄湖湿地公园春季花展开幕",
		    "花展游客创新高 多项“首次”亮相湿地" },
		{ "澄湖湿地公园春季花展，\n花展游客创新高 多项“首次”亮相湿地\n",
		    "澄湖湿地公园春季花展，花展游客创新高 多项“首次”亮相湿地",
		    "" },
	};
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		pg = parse_head_over(cases[i].head,
		    "本报讯（记者 林小舟）澄湖湿地公园春季\n"
		    "花展今日开幕，三万株郁金香与樱花同时\n"
		    "盛放，园方预计接待游客十万人次。\n");
		a = by_title(pg, cases[i].title);
		assert_string_equal(a->subtitle, cases[i].subtitle);
		parse_page_free(pg);
	}
}

/*
 * parse-9.123: a line with no mark in it right under a picture's credit
 * that ends a caption, over a paragraph's first line, titles the story
 * under it, though it fills the column and no blank sets it apart.
 */
static void
parse_9_123(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "2024年3月5日 星期二\n"
	    "第1版\n"
	    "\n"
	    "\n"
	    "市政府召开常务会议\n"
	    "研究部署一季度稳增长工作\n"
	    "本报澄湖3 月4日电\n"
	    "（记者 周雯）3月 4日下\n"
	    "午，市长韩卫东主持召开\n"
	    "市政府第二十六次常务会\n"
	    "议，研究部署一季度稳增\n"
	    "长工作，审议《澄湖市促\n"
	    "进民营经济高质量发展若\n"
	    "干措施》等文件。\n"
	    "会议指出，一季度是\n"
	    "全年工作的基础，各地各\n"
	    "部门要紧盯目标任务，坚\n"
	    "持问题导向，抓好工业生\n"
	    "产、项目投资、消费促进\n"
	    "等重点工作，全力以赴冲\n"
	    "刺首季“开门红”。\n"
	    "会议强调，要把稳增\n"
	    "长各项政策落到实处，及\n"
	    "时兑现惠企资金，帮助企\n"
	    "业解决融资、用工等实际\n"
	    "困难；要守牢安全生产底\n"
	    "线，扎实做好春季森林防\n"
	    "火、道路交通等领域的安\n"
	    "全隐患排查整治，为经济\n"
	    "社会发展营造平安稳定的\n"
	    "环境。\n"
	    "\n"
	    "早稻育秧\n"
	    "田头正忙\n"
	    "昨天，在柳浦镇新丰\n"
	    "村的育秧工厂内，农技人\n"
	    "员正在检查早稻秧苗的长\n"
	    "势。眼下正值春耕备耕关\n"
	    "键时节，我市各地抢抓晴\n"
	    "好天气，做好育秧、施肥、\n"
	    "农机检修等准备工作。\n"
	    "本报记者 王强、陆峰摄\n"
	    "助企服务要“沉”到一线\n"
	    "新春开局，我市组织\n"
	    "387 名机关干部担任“助\n"
	    "企服务员”，组成 62支\n"
	    "服务小分队，带着政策、\n"
	    "带着问题走进企业车间。\n"
	    "本报评论员\n");
	a = by_title(pg, "助企服务要“沉”到一线");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_true(strncmp(a->paragraphs[0], "新春开局", strlen("新春开局")) == 0);
	a = by_title(pg, "早稻育秧田头正忙");
	assert_int_equal(a->nparagraphs, 1);
	parse_page_free(pg);
}

/*
 * parse-9.124: a story's first paragraph under its title, full lines of
 * the column that finish a sentence, is no ad's box for a word an ad
 * might say (联系): the story keeps it.
 */
static void
parse_9_124(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报讯（记者 宋远帆）3月7日，澄湖\n"
	    "港区至南洋群岛的首条远洋集装箱航线正\n"
	    "式开通，首航船舶满载电子元件和纺织品\n"
	    "驶离码头。\n"
	    "\n"
	    "跑出项目建设“加速度”\n"
	    "\n"
	    "大抓项目，抓大项目。今年以来，我市\n"
	    "围绕“项目攻坚年”部署，建立市领导联系\n"
	    "重大项目制度，对重大项目实行清单化管\n"
	    "理、节点化推进，每月一通报、每季一比拼。\n"
	    "\n"
	    "在要素保障方面，我市优先保障重大项\n"
	    "目用地，今年计划供应工业用地三千亩，一\n"
	    "季度已有二十多个项目完成“拿地即开工”。\n");
	a = by_title(pg, "跑出项目建设“加速度”");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 2);
	parse_page_free(pg);
}

/*
 * parse-9.125: a title over the note that a story jumps from another page
 * (（上接1版）), right after a story that finished its sentence, heads
 * the rest of its own story: no subheading of the story before.
 */
static void
parse_9_125(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "惠企政策“免申即享”\n"
	    "资金直达企业\n"
	    "（上接1版）\n"
	    "过去，企业申报一项政策，往往要\n"
	    "准备营业执照、财务报表等多份材料。为\n"
	    "此，我市梳理出首批四十二项可以免申即\n"
	    "享的政策事项，资金直接拨付到企业账户。\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "惠企政策“免申即享”资金直达企业");
	assert_string_equal(a->continued_from, "1");
	parse_page_free(pg);
}

/*
 * parse-9.126: a picture's title and caption after a story, a blank from
 * the extractor inside the caption's sentence, the credit at its end: a
 * photo of its own, not a subheading and text of the story before.
 */
static void
parse_9_126(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "早稻育秧 田头正忙\n"
	    "昨天，在柳浦镇新丰村的育秧工厂内，农\n"
	    "技人员正在检查早稻秧苗的长势。眼\n"
	    "\n"
	    "下正值春耕时节，各地抢抓晴好天气。\n"
	    "王强 陆峰/摄\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "早稻育秧 田头正忙");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_int_equal(a->nparagraphs, 1);
	parse_page_free(pg);
}

/*
 * parse-9.127: a story's last paragraph, set apart by a blank and ending
 * on its dateline in brackets (（本报澄湖3月4日电）), full lines of the
 * column: the story's, though it says a word an ad might (报名).
 */
static void
parse_9_127(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "2024年3月5日 星期二\n"
	    "第3版\n"
	    "\n"
	    "南漾街道文化礼堂\n"
	    "周末“好戏”连台\n"
	    "越剧选段、评弹小调、少\n"
	    "儿舞蹈轮番登场……3月 2 日\n"
	    "下午，南漾街道新桥村文化礼\n"
	    "堂座无虚席，一场由村民自编\n"
	    "自演的周末文艺汇演让大家看\n"
	    "得津津有味。\n"
	    "去年以来，南漾街道推出\n"
	    "文化礼堂“周周有活动”计划，\n"
	    "各村根据村民喜好“点单”，\n"
	    "街道统筹文化资源“配送”，\n"
	    "全年共开展演出、讲座、培训\n"
	    "等活动 320余场，参与群众超\n"
	    "过 4 万人次。\n"
	    "\n"
	    "“以前周末没什么去处，\n"
	    "现在礼堂里常常有节目，老老\n"
	    "少少都愿意来。”新桥村村民\n"
	    "吴阿姨说，她还报名参加了礼\n"
	    "堂的排舞队，每周都来练习。\n"
	    "（本报澄湖3 月4 日电）\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "南漾街道文化礼堂周末“好戏”连台");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 4);
	parse_page_free(pg);
}

/*
 * parse-9.128: a title right under a caption's credit, its column's name
 * (澄言, two characters) set under it: the title is the line alone, the
 * name goes in the kicker's place, and the text under them is theirs.
 */
static void
parse_9_128(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "2024年3月5日 星期二\n"
	    "第3版\n"
	    "\n"
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的\n"
	    "\n"
	    "早樱陆续绽放，吸引众多市民\n"
	    "和游客前来踏青赏花、拍照留\n"
	    "念。\n"
	    "本报记者 陆峰、马骁摄\n"
	    "让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、每一\n"
	    "个电话，背后都是一件具体的\n"
	    "事。对这些诉求能否一一回应、\n"
	    "件件落实，检验的是作风，考\n"
	    "验的是能力。\n"
	    "（作者为澄湖市委党校副教授）\n");
	a = by_title(pg, "让“一一回应”成为常态");
	assert_string_equal(a->kicker, "澄言");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_true(strncmp(a->paragraphs[0], "群众的每一条留言",
			strlen("群众的每一条留言")) == 0);
	a = by_title(pg, "湖畔春色");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_int_equal(a->nparagraphs, 1);
	parse_page_free(pg);
}

/*
 * parse-9.129: a subheading the column broke, two characters on its
 * second line (…加快集聚⏎发展), after a finished sentence and over a
 * paragraph's first line: the story's, not a new title over a column's
 * name that takes the story's text.  A column's name is told only where
 * a caption's credit stands over the title (parse-9.128).
 */
static void
parse_9_129(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "港区新航线开通以来货运量稳步上升，\n"
	    "码头作业效率提高，船舶平均等泊时间缩\n"
	    "短一半，港区企业纷纷增开航班。\n"
	    "临港物流产业链加快集聚\n"
	    "发展\n"
	    "港区管委会表示，下一步将继续完善\n"
	    "集疏运体系，提升港口综合服务能力。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "集疏运"));
	parse_page_free(pg);
}

/*
 * parse-9.130: a story's words after a blank that parts them from the
 * quote they follow (…都愿意来。”⏎⏎新桥村村民吴阿姨说…), the first line
 * set full: the rest of that paragraph, no ad's box for a word an ad
 * might say (报名).
 */
static void
parse_9_130(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "南漾街道文化礼堂 周末好戏连台\n"
	    "本报讯（记者 徐嘉禾）越剧选段、评\n"
	    "弹小调轮番登场。“以前周末没什么去处，\n"
	    "现在礼堂里常常有节目，都愿意来。”\n"
	    "\n"
	    "新桥村村民吴阿姨说，她还报名参加了礼\n"
	    "堂的排舞队，每周都来练习。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "南漾街道文化礼堂 周末好戏连台");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "排舞队"));
	parse_page_free(pg);
}

/*
 * parse-9.131: a picture's credit the extractor wrapped before its 摄
 * (新华社记者 王强 陆峰⏎摄) is one credit: it ends the caption, which is
 * a photo under its title, not a subheading and text of the story
 * before.
 */
static void
parse_9_131(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "早稻育秧 田头正忙\n"
	    "昨天，在柳浦镇新丰村的育秧工厂内，农\n"
	    "技人员正在检查早稻秧苗的长势。\n"
	    "新华社记者 王强 陆峰\n"
	    "摄\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "早稻育秧 田头正忙");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "新华社记者 王强 陆峰摄");
	parse_page_free(pg);
}

/*
 * parse-9.132: a picture's title and caption after a story, its credit set
 * apart by a blank under the caption: one photo with its credit, not a
 * subheading and text of the story before and an empty photo.
 */
static void
parse_9_132(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "湖心岛上樱花开\n"
	    "3月7日，澄湖湖心岛上的樱花进入盛花期，\n"
	    "吸引不少市民和游客前来踏青赏花。\n"
	    "\n"
	    "新华社记者 陆峰 摄\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "湖心岛上樱花开");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_int_equal(a->nparagraphs, 1);
	parse_page_free(pg);
}

/*
 * parse-9.133: a story's sign-off broken over two lines (…驶离码头。（本报
 * 澄湖3月7⏎日电）) ends it: the two phrases under it title the next
 * story.  A sign-off set apart by blanks over a picture's title is that
 * story's end, not the picture's kicker.
 */
static void
parse_9_133(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "3月7日，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通，首航船舶满载电子\n"
	    "元件和纺织品驶离码头。（本报澄湖3月7\n"
	    "日电）\n"
	    "西塘桥镇企业之家 把服务送到车间\n"
	    "“厂里有几台设备想搞技术改造，补\n"
	    "助政策怎么申请？”在西塘桥镇企业之家服\n"
	    "务大厅，工作人员当场调出政策清单。\n"
	    "\n"
	    "（本报澄湖3月7日电）\n"
	    "\n"
	    "早稻育秧 田头正忙\n"
	    "昨天，在柳浦镇新丰村的育秧工厂内，农\n"
	    "技人员正在检查早稻秧苗的长势。\n"
	    "王强 陆峰/摄\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "西塘桥镇企业之家 把服务送到车间");
	assert_non_null(strstr(a->paragraphs[0], "厂里有几台设备"));
	a = by_title(pg, "早稻育秧 田头正忙");
	assert_string_equal(a->kicker, "");
	parse_page_free(pg);
}

/*
 * parse-9.134: a line of two phrases parted by a space over a line far
 * longer that opens with no dash: the kicker over the title, not a title
 * over its deck.  A dashed line under it is still the deck.
 */
static void
parse_9_134(void **state)
{
	static const struct {
		const char *head; /* the title block's two lines */
		const char *kicker;
		const char *title;
	} cases[] = {
		{ "总投资46亿元 年底建成投用\n"
		  "澄湖港区综合码头三期工程全面开工 建成后年吞吐能力将破三千万吨\n",
		    "总投资46亿元 年底建成投用",
		    "澄湖港区综合码头三期工程全面开工 建成后年吞吐能力将破三千万吨" },
		{ "港区新码头 开工建设\n"
		  "——澄湖港区综合码头三期工程全面开工，建成后吞吐能力大增\n",
		    "", "港区新码头 开工建设" },
	};
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		pg = parse_head_over(cases[i].head,
		    "本报讯（记者 林小舟）澄湖港区综合码头\n"
		    "三期工程昨日开工，计划新建泊位十个，配\n"
		    "套建设堆场、仓库和铁路专用线。\n");
		a = by_title(pg, cases[i].title);
		assert_string_equal(a->kicker, cases[i].kicker);
		parse_page_free(pg);
	}
}

/*
 * parse-9.135: a title the column broke before its last character or two
 * keeps them (…迎八方⏎来客, …烟火⏎气): no column's name for the kicker's
 * place, whether or not the page says the broken word elsewhere.
 */
static void
parse_9_135(void **state)
{
	static const struct {
		const char *head; /* the title block's two lines */
		const char *kicker;
		const char *title;
	} cases[] = {
		{ "老街夜市今晚重新开张迎八方\n来客\n", "",
		    "老街夜市今晚重新开张迎八方来客" },
		{ "让湖畔老街留住烟火\n气\n", "", "让湖畔老街留住烟火气" },
	};
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		pg = parse_head_over(cases[i].head,
		    "本报讯（记者 林小舟）澄湖老街改造后\n"
		    "重新开街，小吃摊和手作摊前排起长队。\n");
		a = by_title(pg, cases[i].title);
		assert_string_equal(a->kicker, cases[i].kicker);
		parse_page_free(pg);
	}
}

/*
 * parse-9.136: a heading set apart after a story that opened on its
 * dateline, over text that a commentary's signature ends (本报评论员):
 * the commentary's title, not a subheading of the news story before.
 */
static void
parse_9_136(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "助企服务要“沉”到一线\n"
	    "新春开局，我市组织三百多名机关干\n"
	    "部担任“助企服务员”，带着政策、带着问\n"
	    "题走进企业车间，企业办事更方便了。\n"
	    "服务企业，最怕的是隔着玻璃看。只\n"
	    "有沉下身子，才能听到企业最想说的话。\n"
	    "本报评论员\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "助企服务要“沉”到一线");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	parse_page_free(pg);
}

/*
 * parse-9.137: a picture's caption with no title under a story's finished
 * text, a blank from the extractor inside its sentence: a photo to its
 * credit, not the story's last paragraph and a photo of the caption's
 * rest.
 */
static void
parse_9_137(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "3月7日，湖心岛上的樱花进入盛\n"
	    "花期，吸引不少市民和游客前来踏青赏\n"
	    "\n"
	    "花。 陆峰/摄\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = &pg->articles[1];
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_int_equal(a->nparagraphs, 1);
	assert_non_null(strstr(a->paragraphs[0], "湖心岛上的樱花进入盛花期"));
	assert_non_null(strstr(a->paragraphs[0], "前来踏青赏花。"));
	parse_page_free(pg);
}

/*
 * parse-9.138: two lines set apart after a finished sentence, with no mark
 * in either and the first short of the column, over a paragraph's first
 * line: a heading's two lines, not the first words of that paragraph.
 */
static void
parse_9_138(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i, j, lead = 0;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "澄湖召开港航工作会议\n"
	    "部署今年港口建设和航线拓展重点任务\n"
	    "3月7日下午，全市港航工作会议在港\n"
	    "区召开，会议总结去年港航工作，部署今年\n"
	    "港口建设重点任务。\n");
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		for (j = 0; j < a->nparagraphs; j++) {
			assert_null(strstr(a->paragraphs[j], "工作会议部署"));
			assert_null(strstr(a->paragraphs[j], "任务3月7日"));
			lead += strncmp(a->paragraphs[j], "3月7日下午",
			    strlen("3月7日下午")) == 0;
		}
	}
	assert_int_equal(lead, 1);
	parse_page_free(pg);
}

/*
 * parse-9.139: a heading set apart after a commentary that a signature
 * signs (本报评论员), over a lead that opens on its day (3月7日下午，…):
 * the next story, news, not a subheading of the commentary.
 */
static void
parse_9_139(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 j;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
		       "第1版\n"
		       "\n"
		       "助企服务贵在常态长效\n"
		       "本报评论员\n"
		       "新春开局，我市组织三百多名机关干\n"
		       "部担任助企服务员，带着政策、带着问题\n"
		       "走进企业车间，企业办事更方便了。\n"
		       "服务企业，最怕的是隔着玻璃看。只\n"
		       "有沉下身子，才能听到企业最想说的话。\n"
		       "\n"
		       "澄湖召开港航工作会议\n"
		       "部署今年港口建设和航线拓展重点任务\n"
		       "3月7日下午，全市港航工作会议在港\n"
		       "区召开，会议总结去年港航工作，部署今年\n"
		       "港口建设重点任务。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "助企服务贵在常态长效");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	for (j = 0; j < a->nparagraphs; j++)
		assert_null(strstr(a->paragraphs[j], "港航"));
	a = &pg->articles[1];
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_non_null(strstr(a->title, "澄湖召开港航工作会议"));
	assert_int_equal(a->nparagraphs, 1);
	assert_para_starts(a, "3月7日下午");
	parse_page_free(pg);
}

/*
 * parse-9.140: a heading wider than its column that opens on a topic and a
 * colon (绿色航运：…), as a line of the story before it did, alone
 * between a finished sentence and a new paragraph (航线拓展：…): one more
 * subheading of that story.  One so set after a story without such a
 * line is the next story's title.
 */
static void
parse_9_140(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "航线拓展：连通南洋群岛\n"
	    "新航线每周往返两班，港区企业的电\n"
	    "子元件可以直接装船出口，运输时间缩短\n"
	    "三天。\n"
	    "绿色航运：首航船舶全程使用岸电和低硫燃油\n"
	    "首航船舶在港期间全程使用岸电，航\n"
	    "行中使用低硫燃油，减少废气排放。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 5);
	assert_string_equal(a->paragraphs[3],
	    "绿色航运：首航船舶全程使用岸电和低硫燃油");
	parse_page_free(pg);

	pg = parse_str(PAGE_PORT_BRIEF
	    "湖滨街道：老旧小区停车难有了新的解决办法\n"
	    "湖滨街道在三个老旧小区试点错时共享\n"
	    "停车，新增夜间车位三百多个，居民停车\n"
	    "难缓解了。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "湖滨街道：老旧小区停车难有了新的解决办法");
	assert_int_equal(a->nparagraphs, 1);
	parse_page_free(pg);
}

/*
 * parse-9.141: two lines over the note that a story jumps from another
 * page (（上接1版）), at the head of the page, finishing no sentence: the
 * story's title, though the first is as short as a paragraph's first
 * line in that column.
 */
static void
parse_9_141(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("港航政策“一网通办”\n"
		       "3.6亿元补贴直达船企\n"
		       "（上接1版）过去，船企\n"
		       "申报一项补贴，往往要跑多个\n"
		       "部门、交十几份材料。如今，\n"
		       "企业在平台上点一点，补贴就\n"
		       "能直接到账，省时又省心。\n");
	assert_int_equal(pg->narticles, 1);
	a = &pg->articles[0];
	assert_string_equal(a->title, "港航政策“一网通办”3.6亿元补贴直达船企");
	assert_string_equal(a->continued_from, "1");
	assert_para_starts(a, "过去，");
	parse_page_free(pg);
}

/*
 * parse-9.142: a dateline the column broke before its 日电 (新华社澄湖 3 月
 * 7⏎日电（记者…）) is a dateline all the same: it opens a story under
 * the title over it, and the story's first paragraph runs on through it.
 */
static void
parse_9_142(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "南漾街道文化礼堂 周末“好戏”连台\n"
	    "新华社澄湖 3 月 7\n"
	    "日电（记者 徐嘉禾） 越剧选段、评弹\n"
	    "小调、少儿舞蹈轮番登场，南漾街道新桥\n"
	    "村文化礼堂座无虚席。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "南漾街道文化礼堂 周末“好戏”连台");
	assert_int_equal(a->nparagraphs, 1);
	assert_para_starts(a, "新华社澄湖3月7日电（记者");
	parse_page_free(pg);
}

/*
 * parse-9.143: a line with no mark in it right under a heading line (a
 * column's name, 澄湖时评), right over a paragraph's first line: the
 * title, though as short as a first line in that column, not the first
 * words of the text.
 */
static void
parse_9_143(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "澄湖时评\n"
	    "港区服务要“沉”到码头一线船企车间\n"
	    "新春开局，港区组织百名机关干部担\n"
	    "任服务专员，带着政策走进码头和船企，\n"
	    "企业办事更方便了。\n"
	    "本报评论员\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "港区服务要“沉”到码头一线船企车间");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_string_equal(a->kicker, "澄湖时评");
	assert_para_starts(a, "新春开局，");
	parse_page_free(pg);
}

/*
 * parse-9.144: a paragraph's first line with no mark in it, under its
 * title, that runs on into full lines of its column (wider by an indent,
 * as wide as each other) is the text's, not one more heading line, though
 * a wider story on the page makes it look like a heading.
 */
static void
parse_9_144(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
		       "第3版\n"
		       "\n"
		       "澄湖港区新航线开通\n"
		       "本报讯（记者 宋远帆）3月7日，澄湖港\n"
		       "区至南洋群岛的首条远洋集装箱航线正式开通，\n"
		       "首航船舶满载电子元件、纺织品和小家电驶离码\n"
		       "头。据介绍，新航线每周往返两班，港区企业的\n"
		       "货物可以直接装船出口，运输时间缩短三天，物\n"
		       "流成本下降一成以上。\n"
		       "西塘桥镇企业之家 把服务送到车间\n"
		       "“厂里有几台设备想搞技术改造和升\n"
		       "级，补助政策怎么申请？”在西塘桥镇企\n"
		       "业之家服务大厅，工作人员当场调出政策\n"
		       "清单，一条一条讲解申报条件。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "西塘桥镇企业之家 把服务送到车间");
	assert_string_equal(a->kicker, "");
	assert_para_starts(a, "“厂里有几台设备");
	parse_page_free(pg);
}

/*
 * parse-9.145: lines with no mark in them at the head of the page over a
 * byline or a paragraph's first line are the heading: a kicker as wide as
 * a first line over a title wider than the column, or three lines (a
 * kicker and a title broken in two).  No text runs so long without a mark.
 */
#define PORT_LEAD \
	"3月7日上午，澄湖港区综合码\n" \
	"头三期工程在东港作业区开工。工程\n" \
	"计划新建泊位十个，配套建设堆场、\n" \
	"仓库和铁路专用线，总投资46亿元。\n" \
	"三期工程建成后，澄湖港区年货物吞\n" \
	"吐能力将由目前的一千九百万吨提升\n" \
	"至三千一百万吨以上，港区将从以散\n" \
	"货为主的码头转向散货、集装箱并重\n" \
	"的综合性港区。\n"

static void
parse_9_145(void **state)
{
	static const struct {
		const char *head;
		const char *title;
		const char *byline;
	} cases[] = {
		{ "总投资46亿元 计划2026年内建成投用\n"
		  "澄湖港区综合码头三期工程全面开工 建成后吞吐能力将突破三千万吨\n"
		  "本报记者 陈思远\n",
		    "澄湖港区综合码头三期工程全面开工 建成后吞吐能力将突破三千万吨",
		    "本报记者 陈思远" },
		{ "总投资46亿元 计划2026年内建成投用\n"
		  "澄湖港区综合码头三期工程全面开工\n"
		  "建成后吞吐能力将突破三千万吨\n",
		    "澄湖港区综合码头三期工程全面开工建成后吞吐能力将突破三千万吨",
		    "" },
	};
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				 page[2048];
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(page, sizeof page, "%s%s", cases[i].head, PORT_LEAD);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, 1);
		a = &pg->articles[0];
		assert_int_equal(a->kind, PARSE_NEWS);
		assert_string_equal(a->kicker, "总投资46亿元 计划2026年内建成投用");
		assert_string_equal(a->title, cases[i].title);
		assert_string_equal(a->byline, cases[i].byline);
		assert_para_starts(a, "3月7日上午，");
		parse_page_free(pg);
	}
}

/*
 * parse-9.146: a line that finishes no sentence right after a story's last
 * sentence, not set as a first line, over a dashed subtitle (——二论…):
 * the next piece's title, not a paragraph of the story before.
 */
static void
parse_9_146(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "以“店小二”精神服务港区企业和船员们\n"
	    "——二论推动港航经济高质量发展\n"
	    "港航服务就是生产力。一个港区能不\n"
	    "能留住船企，很大程度上取决于服务好不\n"
	    "好。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "以“店小二”精神服务港区企业和船员们");
	assert_string_equal(a->subtitle, "——二论推动港航经济高质量发展");
	parse_page_free(pg);
}

/*
 * parse-9.147: a picture's credit set after its caption's last sentence,
 * wrapped inside its names (…前来咨询。 本报记者 王⏎强、马骁摄), is one
 * credit: the photo's byline, its caption whole.
 */
static void
parse_9_147(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "招聘会上人气旺\n"
	    "3月5日，澄湖市人力资源市场举办\n"
	    "春风行动专场招聘会，吸引了众多求职者\n"
	    "前来咨询。 本报记者 王\n"
	    "强、马骁摄\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "招聘会上人气旺");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "本报记者 王强、马骁摄");
	assert_int_equal(a->nparagraphs, 1);
	assert_string_equal(a->paragraphs[0],
	    "3月5日，澄湖市人力资源市场举办春风行动专场招聘会，吸引了众多"
	    "求职者前来咨询。");
	parse_page_free(pg);
}

/*
 * parse-9.148: an ad's line to call set apart (咨询电话：0573-…), alone or
 * under the ad's name, titles no story, not even an untitled caption right
 * under it.
 */
static void
parse_9_148(void **state)
{
	struct parse_page		*pg;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "3月7日，湖心岛上的樱花进入盛花期，\n"
	    "吸引不少市民前来踏青赏花。 本报记者 陆峰摄\n");
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].kind == PARSE_PHOTO)
			break;
	}
	assert_true(i < pg->narticles);
	assert_null(strstr(pg->articles[i].title, "电话"));
	assert_string_equal(pg->articles[i].byline, "本报记者 陆峰摄");
	parse_page_free(pg);

	/* Nor does an ad's name over its line to call. */
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "澄湖湖心岛游船码头\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "3月7日，湖心岛上的樱花进入盛花期，\n"
	    "吸引不少市民前来踏青赏花。 本报记者 陆峰摄\n");
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].kind == PARSE_PHOTO)
			break;
	}
	assert_true(i < pg->narticles);
	assert_null(strstr(pg->articles[i].title, "电话"));
	parse_page_free(pg);
}

/*
 * parse-9.149: a line with no pause set apart after the note that a story
 * goes on on another page (（下转2版）), over a paragraph's first line:
 * the next story's title, though as wide as a first line.
 */
static void
parse_9_149(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_OPEN
		       "驶离码头。（下转2版）\n"
		       "\n"
		       "港区服务要“沉”到码头一线船企车间\n"
		       "新春开局，港区组织百名机关干部担\n"
		       "任服务专员，带着政策走进码头和船企，\n"
		       "企业办事更方便了。\n"
		       "本报评论员\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_string_equal(a->continued_to, "2");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "港区服务要“沉”到码头一线船企车间");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	parse_page_free(pg);
}

/*
 * parse-9.150: a short piece set apart between blanks under a story's
 * finished text, its credit alone under it (…踏青赏花。⏎⏎新华社记者 陆峰
 * 摄): a caption, the photo's, not the story's last paragraph and an
 * empty photo.
 */
static void
parse_9_150(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "3月7日，澄湖湖心岛上的樱花进入盛\n"
	    "花期，吸引了不少市民和游客前来踏青赏\n"
	    "花。\n"
	    "\n"
	    "新华社记者 陆峰 摄\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = &pg->articles[1];
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "新华社记者 陆峰 摄");
	assert_int_equal(a->nparagraphs, 1);
	assert_non_null(strstr(a->paragraphs[0], "樱花进入盛花期"));
	parse_page_free(pg);
}

/*
 * parse-9.151: a jump note the extractor broke with a blank line in it
 * (（下转2⏎⏎版）) is one note: the story goes on on page 2, and no "版）"
 * is left to head anything.
 */
static void
parse_9_151(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_PORT_OPEN
		       "驶离码头。（下转2\n"
		       "\n"
		       "版）\n"
		       "\n"
		       "湖心岛上樱花开\n"
		       "3月7日，澄湖湖心岛上的樱花进入盛\n"
		       "花期，吸引了不少市民和游客前来踏青赏\n"
		       "花。\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->continued_to, "2");
	assert_string_equal(a->paragraphs[a->nparagraphs - 1] +
		strlen(a->paragraphs[a->nparagraphs - 1]) - strlen("码头。"),
	    "码头。");
	for (i = 0; i < pg->narticles; i++)
		assert_null(strstr(pg->articles[i].title, "版）"));
	parse_page_free(pg);
}

/*
 * parse-9.152: a byline in brackets opening a line a blank under its
 * dateline (本报澄湖3月7日电⏎⏎（记者 宋远帆） 3月7⏎日，…) is the
 * dateline's: one story, its lead whole, no heading of its own.
 */
static void
parse_9_152(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
		       "第3版\n"
		       "\n"
		       "澄湖港区新航线开通\n"
		       "本报澄湖3月7日电\n"
		       "\n"
		       "（记者 宋远帆） 3月7\n"
		       "日，澄湖港区至南洋群岛的首条远洋集装箱\n"
		       "航线正式开通，首航船舶满载电子元件和纺\n"
		       "织品驶离码头。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 1);
	assert_para_starts(a, "本报澄湖3月7日电（记者");
	parse_page_free(pg);
}

/*
 * parse-9.153: a title and the dashed subtitle set apart under it, a blank
 * between each and the text (以“店小二”精神…⏎⏎——二论…⏎⏎港航服务…): one
 * heading, title and subtitle, whichever of the two the text is matched
 * to.
 */
static void
parse_9_153(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_PORT_OPEN
		       "驶离码头。（下转2版）\n"
		       "\n"
		       "以“店小二”精神服务港区企业\n"
		       "\n"
		       "——二论推动港航经济高质量发展\n"
		       "\n"
		       "港航服务就是生产力。一个港区能不\n"
		       "能留住船企，很大程度上取决于服务好不\n"
		       "好。\n");
	a = by_title(pg, "以“店小二”精神服务港区企业");
	assert_string_equal(a->subtitle, "——二论推动港航经济高质量发展");
	assert_int_equal(a->nparagraphs, 1);
	for (i = 0; i < pg->narticles; i++)
		assert_int_not_equal(pg->articles[i].kind, PARSE_BANNER);
	parse_page_free(pg);
}

/*
 * parse-9.154: a credit of names alone after a caption's last sentence,
 * wrapped inside a name with a blank from the extractor (…前来咨询。 王强
 * 马⏎⏎骁 汤颖/摄), is one credit: the photo's, its caption whole.
 */
static void
parse_9_154(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "招聘会上人气旺\n"
	    "3月5日，澄湖市人力资源市场举办\n"
	    "春风行动专场招聘会，吸引了众多求职者\n"
	    "前来咨询。 王强 马\n"
	    "\n"
	    "骁 汤颖/摄\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "招聘会上人气旺");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->byline, "马骁"));
	assert_int_equal(a->nparagraphs, 1);
	assert_string_equal(a->paragraphs[0],
	    "3月5日，澄湖市人力资源市场举办春风行动专场招聘会，吸引了众多"
	    "求职者前来咨询。");
	parse_page_free(pg);
}

/*
 * A page whose port story is left inside a sentence at its foot (it goes
 * on in a column elsewhere), a form feed, and the next page's furniture:
 * the page the 9.155 and 9.156 cases go on.
 */
#define PAGE_PORT_TURNS \
	"2024年3月8日 星期五\n" \
	"\n" \
	"第3版　要闻\n" \
	"\n" \
	"澄湖港区新航线开通\n" \
	"本报讯（记者 宋远帆）3月7日，澄湖\n" \
	"港区至南洋群岛的首条远洋集装箱航线正\n" \
	"式开通，首航船舶满载电子元件和纺织品\n" \
	"驶离码头。新航线每周往返两班，将有助于\n" \
	"\n" \
	"\f2024年3月8日 星期五\n" \
	"\n" \
	"第4版　要闻\n" \
	"\n"

/*
 * parse-9.155: a story left inside a sentence at a page's foot (it goes on
 * in a column elsewhere), the next page's furniture, then a story that
 * opens on its dateline: two stories.  The furniture taken out joins no
 * sentence to a dateline.
 */
static void
parse_9_155(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_TURNS
		       "本报澄湖3月7日电（记者 林小舟）澄湖老\n"
		       "街改造后重新开街，小吃摊和手作摊前排\n"
		       "起长队，市民游客络绎不绝。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "本报澄湖"));
	a = &pg->articles[1];
	assert_para_starts(a, "本报澄湖3月7日电");
	parse_page_free(pg);
}

/*
 * parse-9.156: a form feed parts the text, though the page before it ends
 * inside a sentence and furniture heads the next: a new page is laid out
 * anew, and its first story is its own, not the rest of that sentence.
 */
static void
parse_9_156(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_TURNS
		       "湖心岛上樱花开\n"
		       "3月7日，澄湖湖心岛上的樱花进入盛\n"
		       "花期，吸引了不少市民和游客前来踏青赏\n"
		       "花。据了解，今年湖心岛新栽种了早樱、\n"
		       "晚樱等品种的樱花树三百余株。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "樱花"));
	a = by_title(pg, "湖心岛上樱花开");
	assert_para_starts(a, "3月7日，澄湖湖心岛");
	parse_page_free(pg);
}

/*
 * parse-9.157: a kicker ending on a dash set apart over furniture (the
 * foot of one page, the head of the next), the title and text under it:
 * the kicker leads into that title, and runs on into no text.
 */
static void
parse_9_157(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "开展垃圾分类评比，守护湖岸生态环境，澄湖南岸村——\n"
	    "\n"
	    "责任编辑：林小舟\n"
	    "\n"
	    "2024年3月8日 星期五\n"
	    "\n"
	    "第4版　要闻\n"
	    "\n"
	    "村里来了个“护湖达人”\n"
	    "刚下过一场春雨，澄湖南岸村蒙上了\n"
	    "一层淡淡的薄雾。村民老周一早就拎着\n"
	    "袋子出门，沿着湖岸捡拾垃圾。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "村里来了个“护湖达人”");
	assert_string_equal(a->kicker,
	    "开展垃圾分类评比，守护湖岸生态环境，澄湖南岸村——");
	assert_para_starts(a, "刚下过一场春雨");
	parse_page_free(pg);
}

/*
 * parse-9.158: a line with no mark right after a story's sign-off, no
 * blank between, a column's name under it (…（本报澄湖⏎3月7日电）⏎让港区
 * 服务“一一回应”成为常态⏎澄言): the next story's title, the name in
 * the kicker's place.  Nothing of a story goes on after its sign-off.
 */
static void
parse_9_158(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_OPEN
	    "驶离码头，市民前来观看。（本报澄湖\n"
	    "3月7日电）\n"
	    "让港区服务“一一回应”成为常态\n"
	    "澄言\n"
	    "企业的每一条留言、每一条建议，背\n"
	    "后都是一件具体的事。对这些诉求能否一\n"
	    "一回应，检验的是作风。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "让港区服务“一一回应”成为常态");
	assert_string_equal(a->kicker, "澄言");
	assert_para_starts(a, "企业的每一条留言");
	parse_page_free(pg);
}

/*
 * parse-9.159: a sign-off that opens as one (（作者为…), broken by a blank
 * from the extractor before its bracket closes (…社会科⏎⏎学院研究员）),
 * ends its piece all the same: the title right under it heads the next.
 */
static void
parse_9_159(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 j;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
		       "第3版\n"
		       "\n"
		       "让老街在烟火气里焕新\n"
		       "老街是城市的记忆。走进刚刚完成改造\n"
		       "的城南老街，青石板路还是原来的样子，沿\n"
		       "街的老字号重新亮起了招牌。希望更多的\n"
		       "老街在改造中守住根脉、留住乡愁。\n"
		       "（作者为澄湖市社会科\n"
		       "\n"
		       "学院研究员）\n"
		       "湖心岛上樱花开\n"
		       "3月7日，澄湖湖心岛上的樱花进入盛\n"
		       "花期，吸引了不少市民和游客前来踏青赏\n"
		       "花。据了解，今年湖心岛新栽种了早樱、\n"
		       "晚樱等品种的樱花树三百余株。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "让老街在烟火气里焕新");
	for (j = 0; j < a->nparagraphs; j++)
		assert_null(strstr(a->paragraphs[j], "樱花"));
	a = by_title(pg, "湖心岛上樱花开");
	assert_para_starts(a, "3月7日，澄湖湖心岛");
	parse_page_free(pg);
}

/*
 * parse-9.160: two lines with no mark opening the page, the first short of
 * the page's column, over a paragraph's first line: the heading, though
 * the column under them, measured with them, makes the first look like a
 * first line.
 */
static void
parse_9_160(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("反诈宣传进夜市\n"
		       "“天天讲”守住钱袋子\n"
		       "套圈、答题、扫码领\n"
		       "小礼品……3月2日晚，\n"
		       "南漾街道美食夜市里格外\n"
		       "热闹，一场以“反诈”为\n"
		       "主题的宣传活动吸引了不\n"
		       "少市民驻足参与。民警现\n"
		       "场讲解常见骗局，提醒大\n"
		       "家守住钱袋子。\n");
	assert_int_equal(pg->narticles, 1);
	a = &pg->articles[0];
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_non_null(strstr(a->title, "反诈宣传进夜市"));
	assert_para_starts(a, "套圈、答题");
	parse_page_free(pg);
}

/*
 * parse-9.161: lines with no mark right under a picture's credit, over a
 * byline (…花。 陆峰/摄⏎总投资46亿元 …⏎澄湖港区…全面开工⏎建成后…⏎本报
 * 记者 陈思远): the next story's heading, not more of the caption.
 */
static void
parse_9_161(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
		       "第3版\n"
		       "\n"
		       "湖心岛上樱花开\n"
		       "3月7日，澄湖湖心岛上的樱花进入盛\n"
		       "花期，吸引了不少市民和游客前来踏青赏\n"
		       "花。 陆峰/摄\n"
		       "总投资46亿元 计划2026年内建成投用\n"
		       "澄湖港区综合码头三期工程全面开工\n"
		       "建成后吞吐能力将突破三千万吨\n"
		       "本报记者 陈思远\n" PORT_LEAD);
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "湖心岛上樱花开");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "陆峰/摄");
	a = by_title(pg,
	    "澄湖港区综合码头三期工程全面开工建成后吞吐能力将突破三千万吨");
	assert_string_equal(a->byline, "本报记者 陈思远");
	assert_para_starts(a, "3月7日上午，");
	parse_page_free(pg);
}

/*
 * parse-9.162: a credit of names after a caption's last sentence, its
 * 摄 wrapped alone onto the next line (…前来咨询。 王强 马骁/⏎摄): one
 * credit, the photo's, its caption whole.
 */
static void
parse_9_162(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "招聘会上人气旺\n"
	    "3月5日，澄湖市人力资源市场举办\n"
	    "春风行动专场招聘会，吸引了众多求职者\n"
	    "前来咨询。 王强 马骁/\n"
	    "摄\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "招聘会上人气旺");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->byline, "马骁/摄"));
	assert_int_equal(a->nparagraphs, 1);
	assert_null(strstr(a->paragraphs[0], "马骁"));
	parse_page_free(pg);
}

/*
 * parse-9.163: a title over a dashed subtitle right under a story's jump
 * note (…领域。（下转2版）⏎“天天”抓落实…⏎——三论…): the next piece's
 * title, not the story's paragraph.
 */
static void
parse_9_163(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_OPEN
	    "驶离码头。（下转2版）\n"
	    "以“店小二”精神服务港区企业和船员们\n"
	    "——二论推动港航经济高质量发展\n"
	    "港航服务就是生产力。一个港区能不\n"
	    "能留住船企，很大程度上取决于服务好不\n"
	    "好。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->continued_to, "2");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "以“店小二”精神服务港区企业和船员们");
	assert_string_equal(a->subtitle, "——二论推动港航经济高质量发展");
	parse_page_free(pg);
}

/*
 * parse-9.164: a credit after a caption's last sentence whose role word
 * the extractor broke (…拍照留念。 新华社⏎记者 陆峰 马骁 摄): one credit,
 * the caption whole, and the title right under it heads the next story
 * with its column's name.
 */
static void
parse_9_164(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱\n"
	    "陆续绽放，吸引众多市民和游客前\n"
	    "来踏青赏花、拍照留念。 新华社\n"
	    "记者 陆峰 马骁 摄\n"
	    "让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、每一个电\n"
	    "话，背后都是一件具体的事。对这\n"
	    "些诉求能否一一回应、件件落实，\n"
	    "考验着作风。\n");
	a = by_title(pg, "湖畔春色");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "新华社记者 陆峰 马骁 摄");
	assert_int_equal(a->nparagraphs, 1);
	assert_null(strstr(a->paragraphs[0], "新华社"));
	a = by_title(pg, "让“一一回应”成为常态");
	assert_non_null(strstr(a->paragraphs[0], "群众的每一条留言"));
	parse_page_free(pg);
}

/*
 * parse-9.165: a picture's title set apart under a story, over a caption
 * that a blank from the extractor parts between two of its sentences
 * and a credit ends (工地上的“春日图”⏎3月6日，…作业。⏎⏎开春以来，…热
 * 潮。 本报记者 马骁摄): a photo of its own, not a subheading of the
 * story before with a caption after it.
 */
static void
parse_9_165(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "港区负责人表示，下一步将加密航班，\n"
	    "持续优化口岸服务，让企业出海更便捷、\n"
	    "通关更顺畅，切实把好事办好、实事\n"
	    "办实。\n"
	    "\n"
	    "工地上的“春日图”\n"
	    "3月6日，在临港新区星澜光电产业园\n"
	    "项目现场，工人们正在进行钢筋绑扎作业。\n"
	    "\n"
	    "开春以来，我市各重点项目工地全面复工，\n"
	    "处处是你追我赶的建设热潮。 本报记者\n"
	    "马骁摄\n");
	a = by_title(pg, "工地上的“春日图”");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->paragraphs[0], "3月6日，在临港新区"));
	assert_non_null(strstr(a->byline, "马骁摄"));
	assert_int_equal(pg->narticles, 2);
	assert_null(strstr(by_title(pg, "澄湖港区新航线开通")->paragraphs[0],
	    "工地上"));
	parse_page_free(pg);
}

/*
 * parse-9.166: a caption's first line that opens on its day and a pause
 * (3月 6日，在临港新区星澜), short of the column under a picture's title:
 * the caption's, not a second line of the title.
 */
static void
parse_9_166(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯（记者 宋远帆）3月7日，\n"
	    "澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通，首航船\n"
	    "舶满载电子元件和纺织品驶离码\n"
	    "头。港区负责人表示，将加密航班。\n"
	    "\n"
	    "工地上的“春日图”\n"
	    "3月 6日，在临港新区星澜\n"
	    "光电产业园项目现场，工人们正\n"
	    "在进行钢筋绑扎作业。开春以来，\n"
	    "我市各重点项目工地全面复工，\n"
	    "处处是你追我赶的建设热潮。\n"
	    "马骁/摄\n"
	    "\n"
	    "“天天”抓落实 “事事”见实效\n"
	    "——三论推动民营经济高质量发展\n"
	    "抓落实，贵在天天抓、事事\n"
	    "抓。一分部署，九分落实，再好\n"
	    "的蓝图，如果不落到实处，也只\n"
	    "能是纸上谈兵。\n"
	    "天天抓落实，就要有只争朝\n"
	    "夕的紧迫感。今年的目标任务已\n"
	    "经明确，时间不等人，机遇不等\n"
	    "人。各级干部要把每一天都当作\n"
	    "关键的一天，把每一项任务都当\n"
	    "\n"
	    "作重要的任务，今天能办的事绝不拖到明天。\n");
	a = by_title(pg, "工地上的“春日图”");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->paragraphs[0], "6日，在临港新区"));
	parse_page_free(pg);
}

/*
 * parse-9.167: two lines with no mark right after a story's last
 * sentence, with no blank, over a byline (…早见效。⏎市政府召开常务会议⏎
 * 研究部署一季度稳增长工作⏎本报记者 周雯): the next story's heading, in a
 * column so narrow that its first line is as short as a paragraph's.
 */
static void
parse_9_167(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖经开 开局冲刺\n"
	    "本报记者 陈思远\n"
	    "昨天上午，澄湖经济技术\n"
	    "开发区举行一季度项目集\n"
	    "中开工活动。经开党工委\n"
	    "书记表示，将持续做好要\n"
	    "素保障，确保项目早开工、\n"
	    "早竣工、早投产、早见效。\n"
	    "市政府召开常务会议\n"
	    "研究部署一季度稳增长工作\n"
	    "本报记者 周雯\n"
	    "3月4日下午，市长韩\n"
	    "卫东主持召开市政府第二\n"
	    "十六次常务会议，研究部\n"
	    "署一季度稳增长工作。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "研究部署一季度稳增长工作");
	assert_string_equal(a->kicker, "市政府召开常务会议");
	assert_non_null(strstr(a->paragraphs[0], "3月4日下午"));
	assert_null(strstr(by_title(pg, "澄湖经开 开局冲刺")->paragraphs[0],
	    "常务会议"));
	parse_page_free(pg);
}

/*
 * parse-9.168: a line with no mark right after a signed commentary's
 * last sentence, with no blank, over a lead's first line that opens on
 * its day (…热土。⏎澄湖启动春季农业生产“百日行动”⏎3 月5日，我市召开…):
 * the next story's title, not the commentary's text.
 */
static void
parse_9_168(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("以“店小二”精神优化营商环境\n"
	    "本报评论员\n"
	    "营商环境就是生产力。一个地方能\n"
	    "不能留住企业、吸引项目，很大程度上\n"
	    "取决于营商环境好不好。\n"
	    "优化营商环境没有终点，只有连续\n"
	    "不断的新起点。只要我们始终把企业当\n"
	    "家人，澄湖就一定能成为企业家投资兴\n"
	    "业的热土。\n"
	    "澄湖启动春季农业生产“百日行动”\n"
	    "3 月5日，我市召开春季农业生产\n"
	    "工作会议，部署开展春季农业生产“百\n"
	    "日行动”，确保全年粮食播种面积稳定\n"
	    "在 32 万亩以上。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖启动春季农业生产“百日行动”");
	assert_non_null(strstr(a->paragraphs[0], "月5日，我市召开"));
	a = by_title(pg, "以“店小二”精神优化营商环境");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "百日行动"));
	parse_page_free(pg);
}

/*
 * parse-9.169: a line that pauses, as wide as the page's column, after a
 * column break inside a sentence (…共引进总⏎⏎投资亿元以上项目47个，其中
 * 10亿元以⏎上项目9个，…), over a box set wider (a weather report): the
 * story's text going on, not a title because the lines around it read
 * wide.
 */
static void
parse_9_169(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("禾润新能源电池项目签约落户澄湖经开\n"
	    "本报澄湖3月5日电（记者 陈思远）\n"
	    "3月5日上午，禾润新能源储能电池项目\n"
	    "签约仪式在澄湖经济技术开发区举行。\n"
	    "禾润新能源科技有限公司成立于\n"
	    "2016年，是一家专注于储能电池研发、\n"
	    "生产和系统集成的高新技术企业，产品\n"
	    "远销欧洲、东南亚等30多个国家和地\n"
	    "区。此次签约的项目总投资30亿元，分\n"
	    "两期建设，主要建设储能电池电芯及模\n"
	    "组生产线。\n"
	    "近年来，我市坚持“项目为王”，\n"
	    "围绕集成电路、新能源、高端装备三大\n"
	    "主导产业精准招商。去年全市共引进总\n"
	    "\n"
	    "投资亿元以上项目47个，其中10亿元以\n"
	    "上项目9个，实际利用外资 2.86亿美元。\n"
	    "\n"
	    "澄湖书城\n"
	    "今天阴有小雨，雨量中等。明天阴转多云，东北风\n"
	    "3到4级，阵风5级。今天白天最高气温12℃，明天早\n"
	    "晨最低气温6℃。\n");
	a = by_title(pg, "禾润新能源电池项目签约落户澄湖经开");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "共引进总投资亿元以上项目47个"));
	parse_page_free(pg);
}

/*
 * parse-9.170: an untitled caption under a story that its sign-off ends
 * (…值得。”（本报澄湖3月4 日⏎电）⏎⏎近日，…好时⏎⏎光。⏎本报记者 汤颖
 * 摄): a photo of its own, not the story's last paragraph.
 */
static void
parse_9_170(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_PORT_OPEN
	    "驶离码头。“过去是求着船公司来，现在\n"
	    "是船公司排着队来。”港区负责人笑着说，\n"
	    "“能为企业办成这件事，我们再辛苦也值\n"
	    "得。”（本报澄湖3月4 日\n"
	    "电）\n"
	    "\n"
	    "近日，在湖滨街道迎湖公园，市民带\n"
	    "着孩子在草坪上放风筝，享受早春的好时\n"
	    "\n"
	    "光。\n"
	    "本报记者 汤颖摄\n");
	a = by_title(pg, "澄湖港区新航线开通");
	for (i = 0; i < a->nparagraphs; i++)
		assert_null(strstr(a->paragraphs[i], "放风筝"));
	assert_int_equal(count_kind(pg, PARSE_PHOTO), 1);
	parse_page_free(pg);
}

/*
 * A story of grants paid without asking, in a narrow column, to its
 * paragraph's line left open at a column's foot (…企业通过), for the
 * tests of lines judged against a page's column.
 */
#define PAGE_GRANTS_OPEN \
	"惠企政策“免申即享” 1.2亿元资金直达企业\n" \
	"本报记者 李敏 本报通讯员 郑洁\n" \
	"“没想到不用提交任何\n" \
	"材料，补助资金就直接打到\n" \
	"了公司账户上。”3月5 日，\n" \
	"澄湖远澄智能装备有限公司\n" \
	"财务经理收到了一笔48万元\n" \
	"的技术改造补助，这让她有\n" \
	"些意外。\n"
#define PAGE_GRANTS_COUNT \
	"这是我市推行惠企政策\n" \
	"“免申即享”的一个缩影。\n" \
	"今年以来，市经信、财政、\n" \
	"税务等部门通过数据共享，\n" \
	"对符合条件的企业自动识别、\n" \
	"自动匹配、自动兑付，企业\n" \
	"不用申请、不用跑腿，就能\n" \
	"享受政策红利。截至目前，\n" \
	"全市已有1126 家企业通过\n"

/*
 * parse-9.171: a line with no mark set apart after a box (a weather
 * report), a little wider than the column, over a lead that opens on its
 * day and pauses (远澄智能装备新厂房竣工投产⏎3 月 5日，位于澄湖经…):
 * the next story's title, not a paragraph of the story before the box.
 */
static void
parse_9_171(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_GRANTS_OPEN PAGE_GRANTS_COUNT
	    "“免申即享”获得各类奖补\n"
	    "资金 1.2亿元。（下转2版）\n"
	    "\n"
	    " 今天阴有小雨，雨量中等。明天阴转多云，东北风\n"
	    "3到4级，阵风5级。今天白天最高气温12℃，明天早晨\n"
	    "最低气温6℃。\n"
	    "\n"
	    "远澄智能装备新厂房竣工投产\n"
	    "3 月 5日，位于澄湖经\n"
	    "开迎湖大道的远澄智能装备\n"
	    "有限公司新厂房正式竣工投\n"
	    "产。新厂房总建筑面积4.8\n"
	    "万平方米，引进自动化焊接、\n"
	    "激光切割等生产线12 条，\n"
	    "达产后可新增年产值8 亿元。\n");
	a = by_title(pg, "远澄智能装备新厂房竣工投产");
	assert_non_null(strstr(a->paragraphs[0], "位于澄湖经开"));
	a = by_title(pg, "惠企政策“免申即享”1.2亿元资金直达企业");
	assert_null(
	    strstr(a->paragraphs[a->nparagraphs - 1], "远澄智能装备新"));
	parse_page_free(pg);
}

/*
 * parse-9.172: a picture's caption under its title that a blank from the
 * extractor breaks inside a sentence (工地上的“春日图”⏎3月6日，…工地全⏎
 * ⏎面复工，…热潮。 本报记者 马骁摄): one photo, not a story and a
 * photo of its own.
 */
static void
parse_9_172(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖上线“企业码” 诉求办结率达98.6%\n"
	    "去年下半年，我市上线\n"
	    "“企业码”服务平台，为全市\n"
	    " 1.8万余家企业赋码，企业诉\n"
	    "求可以一键直达相关部门。平\n"
	    "台实行“首问负责、限时办结、\n"
	    "跟踪问效”，简单诉求3个工\n"
	    "作日内办结，复杂诉求由市企\n"
	    "业服务中心牵头组织会商。\n"
	    "截至目前，平台共收到企\n"
	    "业诉求3467个，办结率达\n"
	    "98.6%，企业满意率达97.2%。\n"
	    "平台还整合了各级惠企政策\n"
	    "1200余条，企业可以按行业、\n"
	    "按类别查询，政策条款一目了\n"
	    "\n"
	    "然。\n"
	    "市企业服务中心相关负责\n"
	    "人表示，下一步将推动“企业\n"
	    "码”与政务服务、金融服务深\n"
	    "度融合，让企业办事更便捷、\n"
	    "融资更顺畅，持续擦亮“澄心\n"
	    "办”营商环境服务品牌。\n"
	    "\n"
	    "工地上的“春日图”\n"
	    "3月6日，在临港新区星澜\n"
	    "光电产业园项目现场，工人们\n"
	    "正在进行钢筋绑扎作业。开春\n"
	    "以来，我市各重点项目工地全\n"
	    "\n"
	    "面复工，处处是你追我赶的建\n"
	    "设热潮。 本报记者 马骁摄\n"
	    "\n"
	    "澄湖市交通技工学校\n"
	    "2024年招生简章\n"
	    "招生热线：0573-85223366（全日制）\n"
	    "友情提醒：关注天气，注意交通安全\n");
	a = by_title(pg, "工地上的“春日图”");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->paragraphs[0], "工地全面复工"));
	assert_non_null(strstr(a->byline, "马骁摄"));
	assert_int_equal(count_kind(pg, PARSE_PHOTO), 1);
	parse_page_free(pg);
}

/*
 * parse-9.173: a line that pauses right under a byline (本报评论员⏎新春
 * 开局，我市组织387名), short of the column as a first line with figures
 * in it is: the text's first line, not a title of its own.
 */
static void
parse_9_173(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("助企服务要“沉”到一线\n"
	    "本报评论员\n"
	    "新春开局，我市组织387名\n"
	    "机关干部担任“助企服务员”，\n"
	    "组成62支服务小分队，带着政策、\n"
	    "带着问题走进企业车间。这一做\n"
	    "法，让不少企业负责人感叹：政\n"
	    "策找上门来了。\n"
	    "服务企业，最怕的是“隔着\n"
	    "玻璃看”。坐在办公室里发文件、\n"
	    "开会议，往往看不清企业的真实\n"
	    "处境；只有沉下身子，走到生产\n"
	    "线旁、坐到会议桌前，才能听到\n"
	    "企业最想说的话。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "助企服务要“沉”到一线");
	assert_non_null(strstr(a->paragraphs[0], "新春开局，我市组织387名"));
	parse_page_free(pg);
}

/*
 * parse-9.174: a line with no pause, as wide as the page's column, after
 * a column break inside a sentence and over the paragraph's last line
 * (…企业通过⏎⏎“免申即享”获得各类奖补⏎资金 1.2亿元。（下转2版）), a box
 * set wider under it: the story's text going on, not a title.
 */
static void
parse_9_174(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_GRANTS_OPEN
	    "去年以来，我市梳理出首\n"
	    "批42项可“免申即享”的\n"
	    "政策事项，覆盖技术改造、\n"
	    "研发投入、稳岗就业、外贸\n"
	    "出口等领域。平台根据企业\n"
	    "的纳税、社保、用电等数据\n"
	    "自动测算，资金审核通过后\n"
	    "直接拨付到企业账户。\n"
	    PAGE_GRANTS_COUNT
	    "\n"
	    "“免申即享”获得各类奖补\n"
	    "资金 1.2亿元。（下转2版）\n"
	    "\n"
	    " 今天阴有小雨，雨量中等。明天阴转多云，东北风\n"
	    "3到4级，阵风5级。今天白天最高气温12℃，明天早晨\n"
	    "最低气温6℃。\n");
	a = by_title(pg, "惠企政策“免申即享”1.2亿元资金直达企业");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "企业通过“免申即享”获得各类奖补资金"));
	assert_int_equal(pg->narticles, 2);
	parse_page_free(pg);
}

/*
 * parse-9.175: a story's sign-off alone after a column break (…优质水
 * 稻。⏎⏎（本报澄湖3 月5日电）), while a story above runs on into an ad
 * with no stop: the sign-off ends the story right before it.
 */
static void
parse_9_175(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("惠企政策“免申即享” 1.2亿元资金直达企业\n"
	    "（上接1版）过去，企业申报一项\n"
	    "政策，往往要准备营业执照、财务报表、\n"
	    "\n"
	    "项目证明等十几份材料，还要在多个部\n"
	    "门之间来回跑。“有的小企业没有专人\n"
	    "研究政策，明明符合条件却不知道申报，\n"
	    "白白错过。”市经信局相关负责人说。\n"
	    "为此，我市依托企业综合服务平台，\n"
	    "梳理出首批42 项可“免申即享”的政\n"
	    "策事项，覆盖技术改造、研发投入、稳\n"
	    "岗就业、外贸出口等领域。平台根据企\n"
	    "业的纳税、社保、用电等数据自动测算，\n"
	    "资金审核通过后直接拨付到企业账户。\n"
	    "“免申即享”不仅让企业省了时间，\n"
	    "也让政策兑现更加公平透明。下一步，\n"
	    "我市将继续扩大“免申即享”政策覆盖\n"
	    "面，力争年内可免申事项超过80项，让\n"
	    "更多企业享受到“政策找企业”的便利。\n"
	    "\n"
	    "澄湖市第一人民医院\n"
	    "互联网医院上线\n"
	    "在线问诊 处方流转 药品配送\n"
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "言论\n"
	    "以“店小二”精神优化营商环境\n"
	    "——二论推动民营经济高质量发展\n"
	    "本报评论员\n"
	    "营商环境就是生产力。一个地方能\n"
	    "不能留住企业、吸引项目，很大程度上\n"
	    "取决于营商环境好不好。\n"
	    "当好“店小二”，就要有求必应、\n"
	    "无事不扰。企业有需要的时候，政府部\n"
	    "门要第一时间响应、第一时间解决；企\n"
	    "业正常生产经营的时候，不随意检查、\n"
	    "不层层加码，让企业专心搞生产、安心\n"
	    "\n"
	    "谋发展。\n"
	    "当好“店小二”，还要主动靠前、\n"
	    "换位思考。多站在企业的角度想问题，\n"
	    "多问一问企业需要什么、还缺什么，把\n"
	    "政策和服务做在企业开口之前。\n"
	    "优化营商环境没有终点，只有连续\n"
	    "不断的新起点。只要我们始终把企业当\n"
	    "家人、把企业的事当自家事，澄湖就一\n"
	    "定能成为企业家投资兴业的热土。\n"
	    "澄湖启动春季农业生产“百日行动”\n"
	    "3 月5日，我市召开春季农业生产\n"
	    "工作会议，部署开展春季农业生产“百\n"
	    "\n"
	    "日行动”，确保全年粮食播种面积稳定\n"
	    "在 32 万亩以上。\n"
	    "会议要求，各镇街道要抓住当前有\n"
	    "利时机，扎实做好早稻育秧、小麦田间\n"
	    "管理、油菜病虫害防治等工作，加快推\n"
	    "进高标准农田建设，确保春耕生产有序\n"
	    "开展。农业农村部门要组织农技人员下\n"
	    "沉一线，开展技术指导服务。\n"
	    "今年，我市还将安排三农专项资金\n"
	    " 2.6亿元，重点支持粮食生产、农业机\n"
	    "械化和农村人居环境提升，并对种粮大\n"
	    "户给予每亩最高200 元的补贴，进一步\n"
	    "调动农民种粮积极性。\n"
	    "“补贴提高了，农技员常常来田头\n"
	    "指导，今年种粮心里更踏实了。”西塘\n"
	    "桥镇种粮大户钱建平说，他今年流转了\n"
	    " 860 亩土地，准备全部种上优质水稻。\n"
	    "\n"
	    "（本报澄湖3 月5日电）\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "本报澄湖3月 5日电（记者 徐嘉禾\n"
	    " 通讯员 孙明浩） “以前晚上回来要\n"
	    "绕小区转好几圈，现在楼下就有车位了。”\n");
	a = by_title(pg, "澄湖启动春季农业生产“百日行动”");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "（本报澄湖3月5日电）"));
	a = by_title(pg, "惠企政策“免申即享”1.2亿元资金直达企业");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "本报澄湖"));
	parse_page_free(pg);
}

/*
 * parse-9.176: an ad's box that ends on its address, with no stop, and
 * gives a number to call (澄湖市职业技术学校⏎…招生热线：0573-…⏎地址：…
 * 168号) is an ad, not a story under the slogan set apart over it.
 */
static void
parse_9_176(void **state)
{
	struct parse_page		*pg;
	size_t				 i;

	(void)state;
	pg = parse_str("西塘桥镇企业之家\n"
	    "把服务送到车间\n"
	    "本报记者 李敏 本报通讯员 吴倩 钱晓峰\n"
	    "“厂里有几台设备想搞\n"
	    "技术改造，补助政策怎么申\n"
	    "请？”3月4 日上午，在西\n"
	    "\n"
	    "塘桥镇企业之家服务大厅，\n"
	    "澄湖恒达精工机械有限公司\n"
	    "财务负责人周晓燕一进门就\n"
	    "提出了问题。工作人员当场\n"
	    "调出政策清单，一条一条讲\n"
	    "解申报条件，不到半小时，\n"
	    "企业就拿到了完整的材料指\n"
	    "引。\n"
	    "这是西塘桥镇企业之家\n"
	    "开门办公的一个日常场景。\n"
	    "去年以来，西塘桥镇把分散\n"
	    "在经济发展、市场监管、人\n"
	    "力社保等部门的涉企服务事\n"
	    "项集中起来，打造“一站式”\n"
	    "企业服务综合体，企业办事\n"
	    "从“跑多门”变成“进一门”。\n"
	    "不仅如此，企业之家还\n"
	    "组建了一支由12 名骨干组\n"
	    "成的“车间服务队”，每周\n"
	    "固定两天下企业，把政策宣\n"
	    "讲、诉求收集、难题会商搬\n"
	    "到车间现场。截至目前，服\n"
	    "务队已走访企业 236家次，\n"
	    "收集各类诉求 148 个，已\n"
	    "办结139个。（下转2版）\n"
	    "\n"
	    "四敢争先\n"
	    "澄湖进行时\n"
	    "\n"
	    "澄湖市职业技术学校\n"
	    "2024年春季招生火热进行中\n"
	    "招生热线：0573-85216688\n"
	    "地址：澄湖市凤鸣街道景澜路168号\n"
	    "\n"
	    "助企服务要“沉”到一线\n"
	    "本报评论员\n"
	    "新春开局，我市组织\n"
	    "387名机关干部担任“助企\n"
	    "服务员”，组成62 支服务\n"
	    "小分队，带着政策、带着问\n");
	assert_int_equal(count_kind(pg, PARSE_AD), 1);
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		if (a->nparagraphs > 0 &&
		    strstr(a->paragraphs[0], "招生热线") != NULL)
			assert_int_equal(a->kind, PARSE_AD);
	}
	parse_page_free(pg);
}

/*
 * parse-9.177: a heading set apart that says what ads say (澄湖市老年大学⏎
 * 春季班报名开始啦), over an ad's line to call set apart too (报名电话：
 * 0573-…): the ad's name, the ad's kind.
 */
static void
parse_9_177(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("东港镇开展春季安全生产大检查\n"
	    "连日来，东港镇组织安监、\n"
	    "消防、市场监管等部门组成联\n"
	    "合检查组，深入辖区企业、仓\n"
	    "储场所和人员密集场所，开展\n"
	    "春季安全生产大检查。\n"
	    "检查组重点检查了企业复\n"
	    "工复产后的设备设施运行、消\n"
	    "防通道畅通、危险化学品储存\n"
	    "\n"
	    "等情况，对发现的问题当场反\n"
	    "馈、限期整改。截至目前，共\n"
	    "检查企业和场所158 家，发现\n"
	    "并督促整改隐患213处。\n"
	    "东港镇相关负责人表示，\n"
	    "将建立隐患整改“回头看”机\n"
	    "制，确保问题整改到位，坚决\n"
	    "守牢安全生产底线。\n"
	    "\n"
	    "澄湖市老年大学\n"
	    "春季班报名开始啦\n"
	    "开设书法、国画、声乐、太极、智能手机应用等课程\n"
	    "\n"
	    "报名电话：0573-85110520\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "本报澄湖1月20 日电（记\n"
	    "者 徐嘉禾 通讯员 孙明浩）\n"
	    "“以前晚上回来要绕小区转好\n"
	    "几圈，现在楼下就有车位了。”\n"
	    "3月 4日晚，湖滨街道新华小\n"
	    "区居民刘先生停好车后说。\n"
	    "新华小区建于2000年前后，\n"
	    "原有车位不足 300个，而居民\n"
	    "\n"
	    "车辆已超过 600辆，停车难问\n"
	    "题困扰居民多年。去年，湖滨\n"
	    "街道结合老旧小区改造，通过\n"
	    "拆除违章建筑、改造闲置绿地、\n"
	    "错时共享周边单位停车场等办\n");
	a = by_title(pg, "澄湖市老年大学春季班报名开始啦");
	assert_int_equal(a->kind, PARSE_AD);
	parse_page_free(pg);
}

/*
 * parse-9.178: two lines with no mark right under a commentary's
 * signature, over a byline (…积蓄更足的底气。⏎本报评论员⏎市政府召开常务
 * 会议⏎研究部署一季度稳增长工作⏎本报记者 周雯): the next story's
 * heading, not the commentary's text.
 */
static void
parse_9_178(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "助企服务要“沉”到一线\n"
	    "新春开局，我市组织387名\n"
	    "机关干部担任“助企服务员”，\n"
	    "组成 62支服务小分队，带着政\n"
	    "策、带着问题走进企业车间。这\n"
	    "一做法，让不少企业负责人感叹：\n"
	    "政策找上门来了。\n"
	    "服务企业，最怕的是“隔着\n"
	    "玻璃看”。坐在办公室里发文件、\n"
	    "开会议，往往看不清企业的真实\n"
	    "处境；只有沉下身子，走到生产\n"
	    "线旁、坐到会议桌前，才能听到\n"
	    "企业最想说的话，找准订单、用\n"
	    "工、资金方面的堵点和难点。\n"
	    "“沉”到一线，贵在常态长\n"
	    "效。助企服务不能一阵风，不能\n"
	    "走过场，更不能“走一走、看一\n"
	    "看、问一问”就算完事。要建立\n"
	    "问题清单、责任清单、销号清单，\n"
	    "企业提出的诉求件件有着落、事\n"
	    "事有回音，让企业感受到实打实\n"
	    "的温度。\n"
	    "\n"
	    "“沉”到一线，也是锻炼干\n"
	    "部的好课堂。干部在服务企业中\n"
	    "了解产业、熟悉市场，在解决难\n"
	    "题中提升本领、改进作风，这本\n"
	    "身就是推动营商环境持续优化的\n"
	    "过程。\n"
	    "企业兴则城市兴。期待更多\n"
	    "干部把办公桌搬到企业去，把惠\n"
	    "企政策讲明白、送到位，用实实\n"
	    "在在的服务，为澄湖高质量发展\n"
	    "积蓄更足的底气。\n"
	    "本报评论员\n"
	    "市政府召开常务会议\n"
	    "研究部署一季度稳增长工作\n"
	    "本报记者 周雯\n"
	    "3月4日下午，市长韩卫东主\n"
	    "持召开市政府第二十六次常务会\n"
	    "议，研究部署一季度稳增长工作，\n"
	    "审议《澄湖市促进民营经济高质\n"
	    "量发展若干措施》等文件。\n"
	    "会议指出，一季度是全年工\n"
	    "作的基础，各地各部门要紧盯目\n"
	    "标任务，坚持问题导向，抓好工\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "研究部署一季度稳增长工作");
	assert_non_null(strstr(a->paragraphs[0], "3月4日下午"));
	a = by_title(pg, "助企服务要“沉”到一线");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "常务会议"));
	parse_page_free(pg);
}

/*
 * parse-9.179: a title right after a story's last sentence, as short as
 * a paragraph's first line, over a dashed subtitle that text opens under
 * (…的便利。⏎以“店小二”精神优化营商环境⏎——二论…⏎营商环境就是生产
 * 力。…): the next piece's title, not a paragraph of the story before.
 */
static void
parse_9_179(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("惠企政策“免申即享”\n"
	    "1.2亿元资金直达企业\n"
	    "（上接1版）过去，企业申报一\n"
	    "项政策，往往要准备营业执照、财务\n"
	    "报表、项目证明等十几份材料，还要\n"
	    "在多个部门之间来回跑。“有的小企\n"
	    "业没有专人研究政策，明明符合条件\n"
	    "却不知道申报，白白错过。”市经信\n"
	    "局相关负责人说。\n"
	    "为此，我市依托企业综合服务平\n"
	    "台，梳理出首批42项可“免申即享”\n"
	    "的政策事项，覆盖技术改造、研发投\n"
	    "入、稳岗就业、外贸出口等领域。平\n"
	    "台根据企业的纳税、社保、用电等数\n"
	    "\n"
	    "据自动测算，资金审核通过后直接拨\n"
	    "付到企业账户。\n"
	    "“免申即享”不仅让企业省了时\n"
	    "间，也让政策兑现更加公平透明。下\n"
	    "一步，我市将继续扩大“免申即享”\n"
	    "政策覆盖面，力争年内可免申事项超\n"
	    "过 80项，让更多企业享受到“政策\n"
	    "找企业”的便利。\n"
	    "以“店小二”精神优化营商环境\n"
	    "——二论推动民营经济高质量发展\n"
	    "营商环境就是生产力。一个地方\n"
	    "能不能留住企业、吸引项目，很大程\n"
	    "度上取决于营商环境好不好。\n"
	    "当好“店小二”，就要有求必应、\n"
	    "无事不扰。企业有需要的时候，政府\n"
	    "部门要第一时间响应、第一时间解决；\n"
	    "企业正常生产经营的时候，不随意检\n"
	    "查、不层层加码，让企业专心搞生产、\n"
	    "安心谋发展。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "以“店小二”精神优化营商环境");
	assert_string_equal(a->subtitle, "——二论推动民营经济高质量发展");
	assert_non_null(strstr(a->paragraphs[0], "营商环境就是生产力"));
	parse_page_free(pg);
}

/*
 * parse-9.180: a caption's first line that opens on a word of when and a
 * pause (近日，澄湖风景区湖畔的早樱陆), under a picture's title at the
 * page's head where the boxes under it read wide: the caption's, not a
 * second line of the title.
 */
static void
parse_9_180(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆\n"
	    "续绽放，吸引众多市民和游客前来踏\n"
	    "青赏花、拍照留念。\n"
	    "本报记者 陆峰、马骁摄\n"
	    "\n"
	    "民生实事\n"
	    "温暖民心\n"
	    "\n"
	    "澄湖市老年大学\n"
	    "春季班报名开始啦\n"
	    "开设书法、国画、声乐、太极、智能手机应用等课程\n");
	a = by_title(pg, "湖畔春色");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->paragraphs[0], "近日，澄湖风景区"));
	parse_page_free(pg);
}

/*
 * parse-9.181: an ad's lines with no stop under its name (澄湖市第一人民医
 * 院⏎互联网医院上线⏎在线问诊 处方流转 药品配送), over its line to call set
 * apart (咨询电话：0573-…): one ad, not a subheading of the story before
 * that takes the text of the story after it.
 */
static void
parse_9_181(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖启动春季农业生产“百日行动”\n"
	    "本报澄湖3月5日电（记者 顾晓\n"
	    "岚）3月5日，我市召开春季农业生产\n"
	    "工作会议，部署开展春季农业生产\n"
	    "“百日行动”，确保全年粮食播种面\n"
	    "积稳定在32万亩以上。\n"
	    "会议要求，各镇街道要抓住当前\n"
	    "有利时机，扎实做好早稻育秧、小麦\n"
	    "田间管理、油菜病虫害防治等工作，\n"
	    "加快推进高标准农田建设，确保春耕\n"
	    "生产有序开展。农业农村部门要组织\n"
	    "\n"
	    "农技人员下沉一线，开展技术指导服\n"
	    "务。\n"
	    "今年，我市还将安排三农专项资\n"
	    "金2.6亿元，重点支持粮食生产、农\n"
	    "业机械化和农村人居环境提升，并对\n"
	    "种粮大户给予每亩最高 200元的补贴，\n"
	    "进一步调动农民种粮积极性。\n"
	    "“补贴提高了，农技员常常来田\n"
	    "头指导，今年种粮心里更踏实了。”\n"
	    "西塘桥镇种粮大户钱建平说，他今年\n"
	    "流转了860 亩土地，准备全部种上优\n"
	    "质水稻。\n"
	    "\n"
	    "澄湖市第一人民医院\n"
	    "互联网医院上线\n"
	    "在线问诊 处方流转 药品配送\n"
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "本报记者 徐嘉禾 本报通讯员 孙明浩\n"
	    "“以前晚上回来要绕小区转好几\n"
	    "圈，现在楼下就有车位了。”3月4日\n"
	    "晚，湖滨街道新华小区居民刘先生停\n"
	    "好车后说。\n"
	    "新华小区建于2000年前后，原有\n"
	    "车位不足 300个，而居民车辆已超过\n"
	    "600辆，停车难问题困扰居民多年。\n"
	    "\n"
	    "去年，湖滨街道结合老旧小区改造，\n"
	    "通过拆除违章建筑、改造闲置绿地、\n"
	    "错时共享周边单位停车场等办法，新\n"
	    "增停车位286个。\n"
	    "小区还引入智慧停车系统，居民\n"
	    "通过手机就能看到空余车位，临时访\n"
	    "客车辆也能预约停放。街道相关负责\n");
	assert_int_equal(count_kind(pg, PARSE_AD), 1);
	a = by_title(pg, "澄湖市第一人民医院互联网医院上线");
	assert_int_equal(a->kind, PARSE_AD);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1], "咨询电话"));
	a = by_title(pg, "湖滨街道：小区停车难有了新解法");
	assert_true(a->nparagraphs >= 3);
	assert_non_null(strstr(a->paragraphs[2], "湖滨街道结合"));
	parse_page_free(pg);
}

/*
 * parse-9.182: an issue whose pages, parted by form feeds, are set in
 * columns of different widths: each page's lines are judged against its
 * own column.  A picture's title and caption on a narrow first page,
 * under a story's jump note, stay a photo where the wide second page
 * would make the caption's lines read short.
 */
static void
parse_9_182(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月7日 星期四\n"
	    "第1版\n"
	    "要闻\n"
	    "责任编辑：陆文博\n"
	    "\n"
	    " 澄湖发布 今澄湖客户端\n"
	    "\n"
	    "我市春季重点项目开工仪式在临港新区举行\n"
	    "跑出项目建设“加速度”\n"
	    "本报记者 陈思远\n"
	    "  3月6日上午，我市2024年\n"
	    "春季重点项目开工仪式在临港\n"
	    "新区星澜光电产业园举行。当\n"
	    "天共有 8 个项目破土动工，\n"
	    "总投资86.4亿元，今年计划完\n"
	    "成投资21.7亿元。\n"
	    "  星澜光电产业园由澄湖星\n"
	    "澜光电科技有限公司投资 32\n"
	    "\n"
	    "亿元建设，占地286亩，将建\n"
	    "成高端光学元件和激光器件生\n"
	    "产基地，投产后将成为我市光\n"
	    "电产业链的龙头项目。项目负\n"
	    "责人说，企业将倒排工期、加\n"
	    "快施工，力争明年二季度让首\n"
	    "条生产线投产。\n"
	    "  除星澜光电产业园外，此\n"
	    "次开工的还有澄湖港区综合码\n"
	    "头二期、西塘桥镇未来社区、\n"
	    "市第二人民医院迁建等项目，\n"
	    "涵盖产业发展、基础设施、社\n"
	    "会民生等多个领域。（下转 2\n"
	    " 版）\n"
	    "\n"
	    "工地上的“春日图”\n"
	    "  3月6 日，在临港新区星\n"
	    "澜光电产业园项目现场，工人\n"
	    "们正在进行钢筋绑扎作业。开\n"
	    "春以来，我市各重点项目工地\n"
	    "全面复工，处处是你追我赶的\n"
	    "\n"
	    "建设热潮。\n"
	    "本报记者 马骁摄\n"
	    "\n"
	    "澄湖市交通技工学校\n"
	    "\f2024年3月7日 星期四  第2版  经济  责任编辑：陆文博\n"
	    "\n"
	    "西塘桥镇高标准农田\n"
	    "改出“丰”景\n"
	    "  本报澄湖3月6 日电（记者 顾晓岚\n"
	    " 通讯员 钱晓峰） 机耕路平整宽阔，\n"
	    "灌溉渠纵横交错，一块块田地方方正正\n"
	    "……3月5日，记者在西塘桥镇联丰村看\n"
	    "到，去年完成改造的2100 亩高标准农\n"
	    "田里，农户正忙着翻耕土地，准备春播。\n"
	    "  “以前田块小、路不通，机器开不\n"
	    "进来，现在连片种植，用上了无人机飞\n"
	    "\n"
	    "防，省工又省钱。”种粮大户马志勇算\n"
	    "了一笔账，改造后每亩地的产量提高了\n"
	    "约80斤，成本却降了不少。\n"
	    "  去年，西塘桥镇投入资金3600万元，\n"
	    "实施高标准农田建设项目4个，同步推\n"
	    "进农田灌排设施、田间道路和农田防护\n"
	    "林建设。今年，该镇还计划新建和改造\n");
	a = by_title(pg, "工地上的“春日图”");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(
	    strstr(a->paragraphs[0], "全面复工，处处是你追我赶的建设热潮"));
	parse_page_free(pg);
}

/*
 * parse-9.183: an untitled caption at the page's head that a blank from
 * the extractor breaks inside its sentence (3月 6 日，在凤鸣街道景澜社区，
 * 志⏎⏎愿者正在…排起了队。⏎汤颖 陆峰/摄): one photo, not a story's
 * first words and a photo of the rest.
 */
static void
parse_9_183(void **state)
{
	struct parse_page		*pg;
	size_t				 i;

	(void)state;
	pg = parse_str("3月 6 日，在凤鸣街道景澜社区，志\n"
	    "\n"
	    "愿者正在为居民义务理发、测量血压，不\n"
	    "少老人早早排起了队。\n"
	    "汤颖 陆峰/摄\n"
	    "\n"
	    "冒充客服骗走积蓄 民警追回86万元\n"
	    "本报澄湖3 月6 日电（记者 沈一鸣\n"
	    "通讯员 孙明浩）“谢谢，谢谢你们帮我\n"
	    "把钱追了回来！”3月5 日，在澄湖市公\n"
	    "安局反诈中心，市民李女士拿到被追回的\n"
	    "86 万元后激动不已。\n");
	assert_int_equal(count_kind(pg, PARSE_PHOTO), 1);
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		if (a->kind == PARSE_PHOTO) {
			assert_non_null(
			    strstr(a->paragraphs[0], "景澜社区，志愿者"));
			assert_non_null(strstr(a->byline, "陆峰/摄"));
		}
	}
	parse_page_free(pg);
}

/*
 * parse-9.184: a paragraph's first line that pauses right under a
 * subheading (港城融合：物流园区同步推进⏎与码头同步建设的，还有占地 680),
 * short of the column by its indent and its figures, running on into
 * full lines: the paragraph's, not a second heading line that makes a
 * story of the subheading.
 */
static void
parse_9_184(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("总投资46亿元 计划2026年底建成投用\n"
	    "澄湖港区综合码头三期工程全面开工\n"
	    "建成后年吞吐能力将突破三千万吨\n"
	    "新华社澄湖3月7日电（记者 陈思远）\n"
	    "3 月 7日上午，澄湖港区综合码头三期工\n"
	    "程在东港作业区开工。工程计划新建 5\n"
	    "万吨级泊位 4 个、2 万吨级泊位6 个，\n"
	    "配套建设堆场、仓库和铁路专用线，总投\n"
	    "\n"
	    "资46 亿元。\n"
	    "三期工程建成后，澄湖港区年货物吞\n"
	    "吐能力将由目前的 1900万吨提升至3100\n"
	    "万吨以上，集装箱年吞吐能力达到80 万\n"
	    "标箱，港区将从以散货为主的码头转向散\n"
	    "货、集装箱并重的综合性港区。\n"
	    "向海而兴：码头连起产业链\n"
	    "港口是澄湖临港产业的“出海口”。\n"
	    "近年来，星澜光电、禾润新能源等一批重\n"
	    "大项目相继落户临港新区，原材料进港、\n"
	    "产成品出港的需求逐年增加。去年，港区\n"
	    "为临港企业完成的货物运输量占全部吞吐\n"
	    "\n"
	    "量的四成以上。\n"
	    "“以前我们的光学玻璃原料要先运到\n"
	    "外地港口，再用货车转运过来，一吨要多\n"
	    "花六七十元。”星澜光电物流部负责人宋\n"
	    "立新说，三期码头建成后，原料船可以直\n"
	    "接靠泊，企业每年能省下近千万元物流成\n"
	    "本。\n"
	    "绿色港口：岸电覆盖所有泊位\n"
	    "按照设计方案，三期工程将实现岸电\n"
	    "设施全覆盖，船舶靠港期间使用岸上电源，\n"
	    "不再开启船上的柴油发电机。堆场的装卸\n"
	    "设备全部采用电力驱动，港区内的集卡也\n"
	    "将逐步更换为新能源车辆。\n"
	    "港区还将建设雨污分流和粉尘在线监\n"
	    "测系统，散货堆场全部加盖防风抑尘网。\n"
	    "澄湖港务集团工程部经理何建平介绍，这\n"
	    "些措施投用后，港区单位吞吐量能耗预计\n"
	    "比二期工程下降两成左右。\n"
	    "港城融合：物流园区同步推进\n"
	    "与码头同步建设的，还有占地 680\n"
	    "亩的临港物流园区。园区将引进冷链仓储、\n"
	    "保税物流和多式联运企业，预计可新增就\n"
	    "业岗位2000个以上。\n"
	    "市交通运输局相关负责人表示，将加\n"
	    "\n"
	    "强工程建设全过程监管，倒排工期、挂图\n"
	    "作战，确保三期工程按期建成，为澄湖建\n");
	assert_int_equal(pg->narticles, 1);
	a = &pg->articles[0];
	assert_true(a->nparagraphs >= 2);
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 2],
	    "与码头同步建设的，还有占地680亩"));
	parse_page_free(pg);
}

/*
 * parse-9.185: an untitled caption at the head of an issue's next page,
 * under its furniture (…美编：陆文博\f第2版 经济⏎…⏎  3月 6 日，在凤鸣街道
 * 景澜社区，志⏎⏎愿者正在…排起了队。⏎汤颖 陆峰/摄): the page opens
 * where its furniture is taken out, and the caption there is one photo.
 */
static void
parse_9_185(void **state)
{
	struct parse_page		*pg;
	size_t				 i, n = 0;

	(void)state;
	pg = parse_str("企业服务中心牵头组织会商。\n"
	    "  截至目前，平台共收到企业诉\n"
	    "求3467个，办结率达 98.6%，企业\n"
	    "满意率达97.2%。平台还整合了各\n"
	    "级惠企政策 1200 余条，企业可以\n"
	    "按行业、按类别查询，政策条款一\n"
	    "目了然。\n"
	    "  市企业服务中心相关负责人表\n"
	    "示，下一步将推动“企业码”与政\n"
	    "务服务、金融服务深度融合，让企\n"
	    "业办事更便捷、融资更顺畅，持续\n"
	    "擦亮“澄心办”营商环境服务品牌。\n"
	    "\n"
	    "澄湖市交通技工学校\n"
	    "2024年招生简章\n"
	    "招生热线：0573-85223366（全日制）\n"
	    "友情提醒：关注天气，注意交通安全\n"
	    "\n"
	    "工地上的“春日图”\n"
	    "  3 月 6 日，在临港新区星澜\n"
	    "光电产业园项目现场，工人们正在\n"
	    "进行钢筋绑扎作业。开春以来，我\n"
	    "市各重点项目工地全面复工，处处\n"
	    "是你追我赶的建设热潮。\n"
	    "本报记者 马骁摄\n"
	    "\n"
	    "第1版 要闻\n"
	    "2024年3月7日 星期四\n"
	    "责任编辑：许静  美编：陆文博\n"
	    "\f第2版 经济\n"
	    "2024年3月7日 星期四\n"
	    "责任编辑：沈嘉  美编：许静\n"
	    "\n"
	    "  3月 6 日，在凤鸣街道景澜社区，志\n"
	    "\n"
	    "愿者正在为居民义务理发、测量血压，不\n"
	    "少老人早早排起了队。\n"
	    "汤颖 陆峰/摄\n"
	    "\n"
	    "冒充客服骗走积蓄 民警追回86万元\n"
	    "  本报澄湖3 月6 日电（记者 沈一鸣\n"
	    "通讯员 孙明浩）“谢谢，谢谢你们帮我\n"
	    "把钱追了回来！”3月5 日，在澄湖市公\n"
	    "安局反诈中心，市民李女士拿到被追回的\n");
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		if (a->nparagraphs > 0 &&
		    strstr(a->paragraphs[0], "凤鸣街道景澜社区") != NULL) {
			assert_int_equal(a->kind, PARSE_PHOTO);
			assert_non_null(
			    strstr(a->paragraphs[0], "景澜社区，志愿者"));
			n++;
		}
	}
	assert_int_equal(n, 1);
	parse_page_free(pg);
}

/*
 * parse-9.186: a title as wide as its column, with no mark in it, set
 * apart over a paragraph's first line that pauses and runs on into full
 * lines (…0573-85012345⏎⏎助企服务要“沉”到一线⏎新春开局，我市组织⏎387名…):
 * the line under it opens a paragraph, so it opens none; a heading.
 */
static void
parse_9_186(void **state)
{
	struct parse_page *pg;
	size_t		   i;
	int		   found = 0;

	(void)state;
	pg = parse_str("澄湖市第一人民医院\n"
	    "互联网医院上线\n"
	    "在线问诊 处方流转 药品配送\n"
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "助企服务要“沉”到一线\n"
	    "新春开局，我市组织\n"
	    "387名机关干部担任“助\n"
	    "企服务员”，组成62支服\n"
	    "务小分队，带着政策、带\n"
	    "着问题走进企业车间。这\n"
	    "一做法，让不少企业负责\n"
	    "人感叹：政策找上门来了。\n"
	    "\n"
	    "服务企业，最怕的是\n"
	    "“隔着玻璃看”。坐在办\n"
	    "公室里发文件、开会议，\n"
	    "往往看不清企业的真实处\n"
	    "境；只有沉下身子，走到\n"
	    "生产线旁、坐到会议桌前，\n"
	    "才能听到企业最想说的话，\n"
	    "找准订单、用工、资金方\n"
	    "面的堵点和难点。\n"
	    "本报评论员\n");
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		if (a->nparagraphs > 0 &&
		    strncmp(a->paragraphs[0], "新春开局", 12) == 0) {
			assert_string_equal(a->title, "助企服务要“沉”到一线");
			found++;
		}
	}
	assert_int_equal(found, 1);
	parse_page_free(pg);
}

/*
 * parse-9.187: a line as wide as the page's column, with no mark in it,
 * after a column break inside a sentence and over a line as wide
 * (…开业一周来，各⏎⏎社区食堂每天供应“银发套餐”⏎400余份，…), where a
 * weather box set wider under it makes the column around it read wide:
 * a line of the sentence, no title.  A heading stands over a first line.
 */
static void
parse_9_187(void **state)
{
	struct parse_page *pg;
	size_t		   i;
	int		   found = 0;

	(void)state;
	pg = parse_str("与码头同步建设的，还有占地\n"
	    "680亩的临港物流园区。园区将引\n"
	    "进冷链仓储、保税物流和多式联运\n"
	    "企业，预计可新增就业岗位2000\n"
	    "个以上。\n"
	    "市交通运输局相关负责人表示，\n"
	    "将加强工程建设全过程监管，倒排\n"
	    "工期、挂图作战，确保三期工程按\n"
	    "期建成，为澄湖建设现代化港口城\n"
	    "市打下坚实基础。\n"
	    "\n"
	    "南漾街道社区食堂推出“银发套餐”\n"
	    "一荤两素一汤，价格只要12\n"
	    "元，80岁以上老人还能再打八折。\n"
	    "3月起，南漾街道的5家社区食堂推\n"
	    "出“银发套餐”，每天中午为辖区\n"
	    "老人提供营养均衡、软烂适口的午\n"
	    "餐。\n"
	    "街道还组织志愿者为行动不便\n"
	    "的老人送餐上门。开业一周来，各\n"
	    "\n"
	    "社区食堂每天供应“银发套餐”\n"
	    "400余份，助餐服务覆盖辖区60岁\n"
	    "以上老人近3000名。\n"
	    "\n"
	    "今天晴到多云，偏东风2到3级。明天多云，夜里\n"
	    "有阵雨。今天白天最高气温17℃，明天早晨最低气温8\n"
	    "℃。\n");
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];
		size_t			    k;

		assert_string_not_equal(a->title, "社区食堂每天供应“银发套餐”");
		for (k = 0; k < a->nparagraphs; k++) {
			if (strstr(a->paragraphs[k], "开业一周来，各社区食堂每天"
						     "供应“银发套餐”400余份") !=
			    NULL) {
				assert_string_equal(a->title,
				    "南漾街道社区食堂推出“银发套餐”");
				found++;
			}
		}
	}
	assert_int_equal(found, 1);
	parse_page_free(pg);
}

/*
 * parse-9.188: a paragraph set apart right after a story's text, opening
 * on a first line, saying some of the story's words and one of an ad's
 * (…4万人次。⏎⏎“以前周末没什么去处，现在礼堂⏎…她还报名参加了⏎…): the
 * story's next paragraph, not an ad.  An ad's box has a number to call
 * or more of an ad's words, and is about something else.
 */
static void
parse_9_188(void **state)
{
	struct parse_page *pg;
	size_t		   i, k;
	int		   found = 0;

	(void)state;
	pg = parse_str("南漾街道文化礼堂 周末“好戏”连台\n"
	    "本报澄湖3 月 4 日电（记者 徐嘉\n"
	    "禾） 越剧选段、评弹小调、少儿舞蹈\n"
	    "轮番登场……3 月2日下午，南漾街道\n"
	    "新桥村文化礼堂座无虚席，一场由村民\n"
	    "自编自演的周末文艺汇演让大家看得津\n"
	    "津有味。\n"
	    "去年以来，南漾街道推出文化礼堂\n"
	    "“周周有活动”计划，各村根据村民喜\n"
	    "好“点单”，街道统筹文化资源“配送”，\n"
	    "全年共开展演出、讲座、培训等活动\n"
	    "320余场，参与群众超过 4万人次。\n"
	    "\n"
	    "“以前周末没什么去处，现在礼堂\n"
	    "里常常有节目，老老少少都愿意来。”\n"
	    "新桥村村民吴阿姨说，她还报名参加了\n"
	    "礼堂的排舞队，每周都来练习。\n"
	    "\n"
	    "家门口的“幸福食堂”开张了\n"
	    "本报记者 顾晓岚 本报通讯员 郑洁\n"
	    "一荤两素一汤，只要12元。3月4日\n"
	    "中午，湖滨街道景澜社区“幸福食堂”\n"
	    "正式开张，不少老人早早就来排队。\n");
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		assert_int_not_equal(a->kind, PARSE_AD);
		for (k = 0; k < a->nparagraphs; k++) {
			if (strncmp(a->paragraphs[k], "“以前周末没什么去处", 27) ==
			    0) {
				assert_string_equal(a->title,
				    "南漾街道文化礼堂 周末“好戏”连台");
				found++;
			}
		}
	}
	assert_int_equal(found, 1);
	parse_page_free(pg);
}

/*
 * parse-9.189: a paragraph's first line that opens on a word of when and
 * a pause (如今，基地带动周边46 户农户), after a column break in the
 * sentence before (…还能在基地务⏎⏎工。): the story's text, no title of
 * the caption set under it.
 */
static void
parse_9_189(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i, k;
	int				 found = 0;

	(void)state;
	pg = parse_str("柳浦镇湖羊养殖走出共富路\n"
	    "本报记者 顾晓岚 本报通讯员 郑洁\n"
	    "走进柳浦镇永丰村的湖羊养殖基\n"
	    "地，一排排标准化羊舍整齐排列，自\n"
	    "\n"
	    "动喂料机沿着轨道缓缓移动。这个总\n"
	    "投资1800万元的养殖基地去年建成投\n"
	    "用，存栏湖羊3200余只，年出栏量可\n"
	    "达8000只。\n"
	    "村党支部书记金国华介绍，村里引进\n"
	    "澄湖牧原农业科技有限公司，以“公\n"
	    "司+合作社+农户”模式集中养殖，农\n"
	    "户既能拿租金和分红，还能在基地务\n"
	    "\n"
	    "工。\n"
	    "如今，基地带动周边46 户农户\n"
	    "增收，户均年增收2.3万元。村里还\n"
	    "依托湖羊产业发展羊肉加工和农家乐，\n"
	    "让“小湖羊”变成了“大产业”。\n"
	    "柳浦镇相关负责人表示，下一步\n"
	    "将推动湖羊养殖与稻田种植结合，探\n"
	    "索种养循环模式，让农业更绿色、农\n"
	    "民更富裕。\n"
	    "\n"
	    "近日，在湖滨街道迎湖公园，市\n"
	    "民带着孩子在草坪上放风筝，享受早\n"
	    "春的好时光。\n"
	    "汤颖/摄\n");
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		assert_null(strstr(a->title, "如今"));
		for (k = 0; k < a->nparagraphs; k++) {
			if (strncmp(a->paragraphs[k], "如今，基地带动", 21) ==
			    0) {
				assert_string_equal(a->title,
				    "柳浦镇湖羊养殖走出共富路");
				found++;
			}
		}
	}
	assert_int_equal(found, 1);
	parse_page_free(pg);
}

/*
 * parse-9.190: the page's first line, with no mark in it and as wide as a
 * first line, over a paragraph's first line that pauses and runs on into
 * full lines (家门口的“幸福食堂”开张了⏎一荤两素一汤，只要12元。3⏎…): the
 * story's title, as one set apart is (parse-9.186).
 */
static void
parse_9_190(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("家门口的“幸福食堂”开张了\n"
	    "一荤两素一汤，只要12元。3\n"
	    "月 4日中午，湖滨街道景澜社区\n"
	    "“幸福食堂”正式开张，不少老人\n"
	    "早早就来排队。“饭菜软硬正好，\n"
	    "价钱也公道，以后不用自己开火了。”\n"
	    "72 岁的王大伯一边吃一边说。\n");
	assert_int_equal(pg->narticles, 1);
	a = &pg->articles[0];
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_string_equal(a->title, "家门口的“幸福食堂”开张了");
	assert_int_equal(strncmp(a->paragraphs[0], "一荤两素一汤", 18), 0);
	parse_page_free(pg);
}

/*
 * parse-9.191: a paragraph's first line broken short before a figure that
 * would not fit on it (禾润新能源科技有限公司成立于⏎2016年，是一家…;
 * 景澜社区 60岁以上老人有⏎⏎1400多人，…), a column break between or not:
 * with the figure it is as wide as a first line, and the figure opens a
 * full line.  A line of text, no heading.
 */
static void
parse_9_191(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("禾润新能源电池项目签约落户澄湖经开\n"
	    "本报讯（记者 陈思远） 3月5日上午，\n"
	    "禾润新能源储能电池项目签约仪式在澄湖\n"
	    "经济技术开发区举行。市领导方立群、韩\n"
	    "卫东出席签约仪式。\n"
	    "禾润新能源科技有限公司成立于\n"
	    "2016年，是一家专注于储能电池研发、生\n"
	    "产和系统集成的高新技术企业，产品远销\n"
	    "欧洲、东南亚等30多个国家和地区。此次\n"
	    "签约的项目总投资12亿元，建成后可年产\n"
	    "储能电池5吉瓦时。\n");
	assert_int_equal(pg->narticles, 1);
	a = &pg->articles[0];
	assert_string_equal(a->title, "禾润新能源电池项目签约落户澄湖经开");
	assert_int_equal(a->nparagraphs, 2);
	assert_int_equal(strncmp(a->paragraphs[1],
			     "禾润新能源科技有限公司成立于2016年", 46),
	    0);
	parse_page_free(pg);

	pg = parse_str("家门口的“幸福食堂”开张了\n"
	    "一荤两素一汤，只要12元。3\n"
	    "月 4日中午，湖滨街道景澜社区\n"
	    "“幸福食堂”正式开张，不少老人\n"
	    "早早就来排队。“饭菜软硬正好，\n"
	    "价钱也公道，以后不用自己开火了。”\n"
	    "72 岁的王大伯一边吃一边说。\n"
	    "景澜社区 60岁以上老人有\n"
	    "\n"
	    "1400多人，其中独居老人近 200\n"
	    "人，“吃饭难”是大家反映最多的\n"
	    "问题。社区腾出一处闲置用房，引\n"
	    "入专业餐饮企业运营，为老人提供\n"
	    "堂食和送餐服务。\n");
	assert_int_equal(pg->narticles, 1);
	a = &pg->articles[0];
	assert_string_equal(a->title, "家门口的“幸福食堂”开张了");
	assert_true(a->nparagraphs >= 2);
	assert_int_equal(strncmp(a->paragraphs[a->nparagraphs - 1],
			     "景澜社区60岁以上老人有1400多人", 41),
	    0);
	parse_page_free(pg);
}

/*
 * parse-9.192: three lines or more with no mark in them right under a
 * box's last line that finishes nothing (…招生热线：0573-85223366⏎友情提
 * 醒：关注天气，注意交通安全⏎湖畔观察⏎“天天”抓落实⏎“事事”见实效⏎——三论
 * …⏎抓落实，贵在…): the next story's heading, though no blank sets it
 * apart.  No sentence runs on into a stack of short lines; one broken
 * inside a word (…本报记⏎者 宋宁华⏎第6计⏎…) does run on.
 */
static void
parse_9_192(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖市交通技工学校\n"
	    "2024年招生简章\n"
	    "招生热线：0573-85223366（全日制）\n"
	    "友情提醒：关注天气，注意交通安全\n"
	    "湖畔观察\n"
	    "“天天”抓落实\n"
	    "“事事”见实效\n"
	    "——三论推动民营经济高质量发展\n"
	    "抓落实，贵在天天抓、事事\n"
	    "抓。一分部署，九分落实，再好\n"
	    "的蓝图，如果不落到实处，也只\n"
	    "能是纸上谈兵。\n"
	    "天天抓落实，就要有只争朝\n"
	    "夕的紧迫感。今年的目标任务已\n"
	    "经明确，时间不等人，机遇不等\n"
	    "人。各级干部要把每一天都当作\n"
	    "关键的一天，把每一项任务都当\n"
	    "作重要的任务，今天能办的事绝\n"
	    "不拖到明天。\n"
	    "本报评论员\n");
	a = by_title(pg, "“天天”抓落实“事事”见实效");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_int_equal(strncmp(a->paragraphs[0], "抓落实，贵在", 18), 0);
	parse_page_free(pg);
}

/*
 * parse-9.193: a paragraph set apart at a story's end, saying words of
 * the story's earlier text, not of the part right over it (梅溪新村…社区
 * …⏎⏎截至目前，…“电梯梦”。⏎⏎“过去是求着大家签字，现在是大⏎家排着队来
 * 报名。”梅溪新村社区书记…): the story's, no ad (as parse-9.188).
 */
static void
parse_9_193(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("老楼加装电梯 居民“上下”不再难\n"
	    "本报澄湖3月4日电（记者 徐嘉禾）\n"
	    "“以前下一趟楼要歇两回，现在按一下\n"
	    "按钮就到了。”3月3日，家住凤鸣街道\n"
	    "梅溪新村12幢的83岁居民陆阿婆乘着新\n"
	    "装好的电梯下楼晒太阳，脸上满是笑容。\n"
	    "这部电梯是梅溪新村今年完工的第3部\n"
	    "加装电梯。\n"
	    "梅溪新村建于上世纪九十年代，全\n"
	    "是六层住宅，老年人口占比超过三成。\n"
	    "“上下楼难”一直是居民的心头事。去\n"
	    "年，社区把加装电梯列为民生实事项目，\n"
	    "社区干部一家一户上门做工作，楼道长\n"
	    "\n"
	    "天天在群里解答居民的疑问，终于让几\n"
	    "个单元的意见统一了起来。\n"
	    "截至目前，我市已累计完成既有住\n"
	    "宅加装电梯217台，另有46台正在施工。\n"
	    "市住建局相关负责人表示，今年将继续\n"
	    "简化审批流程，推行“一窗受理、并联\n"
	    "审批”，让更多老旧小区的居民圆上\n"
	    "“电梯梦”。\n"
	    "\n"
	    "“过去是求着大家签字，现在是大\n"
	    "家排着队来报名。”梅溪新村社区书记\n"
	    "朱海燕笑着说，“能为老人们办成这件\n"
	    "事，我们再辛苦也值得。”\n");
	for (i = 0; i < pg->narticles; i++)
		assert_int_not_equal(pg->articles[i].kind, PARSE_AD);
	a = by_title(pg, "老楼加装电梯 居民“上下”不再难");
	assert_int_equal(strncmp(a->paragraphs[a->nparagraphs - 1],
			     "“过去是求着大家签字", 27),
	    0);
	parse_page_free(pg);
}

/*
 * parse-9.194: a paragraph's first line set apart, with one pause, over
 * a line short only of a figure that would not fit (…总⏎投资 46 亿元。⏎⏎
 * 三期工程建成后，澄湖港区⏎年货物吞吐能力将由目前的⏎1900万吨提升至…):
 * the line under is no first line, so this one is no title over it.
 */
static void
parse_9_194(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i, k;
	int				 found = 0;

	(void)state;
	pg = parse_str("澄湖港区综合码头三期工程全面开工\n"
	    "本报记者 陈思远 本报通讯员 顾磊\n"
	    "3月7 日上午，澄湖港区综\n"
	    "合码头三期工程在东港作业区开\n"
	    "工。工程计划新建5万吨级泊位\n"
	    "4个、2万吨级泊位6个，配套建\n"
	    "设堆场、仓库和铁路专用线，总\n"
	    "投资 46 亿元。\n"
	    "\n"
	    "三期工程建成后，澄湖港区\n"
	    "年货物吞吐能力将由目前的\n"
	    "1900万吨提升至3100万吨以上，\n"
	    "集装箱年吞吐能力达到80万标箱，\n"
	    "港区将从以散货为主的码头转向\n"
	    "散货、集装箱并重的综合性港区。\n");
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		assert_null(strstr(a->title, "三期工程建成后"));
		for (k = 0; k < a->nparagraphs; k++) {
			if (strncmp(a->paragraphs[k],
				"三期工程建成后，澄湖港区年货物", 45) == 0) {
				assert_string_equal(a->title,
				    "澄湖港区综合码头三期工程全面开工");
				found++;
			}
		}
	}
	assert_int_equal(found, 1);
	parse_page_free(pg);
}

/*
 * parse-9.195: a page that opens on a title right over its byline
 * (家门口的“幸福食堂”开张了⏎本报记者 顾晓岚 本报通讯员 郑洁⏎…) opens on
 * no text, though the title is as wide as a first line and no dateline
 * stands under a heading: its titles stand over their stories, and the
 * caption at its end (湖畔春色⏎近日，…⏎…新华社记者 陆⏎峰 马骁 摄) is a
 * photo under its own title.
 */
static void
parse_9_195(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("家门口的“幸福食堂”开张了\n"
	    "本报记者 顾晓岚 本报通讯员 郑洁\n"
	    "一荤两素一汤，只要12 元。3月\n"
	    "4日中午，湖滨街道景澜社区“幸福\n"
	    "食堂”正式开张，不少老人早早就来\n"
	    "排队。“饭菜软硬正好，价钱也公道，\n"
	    "以后不用自己开火了。”72 岁的王\n"
	    "大伯一边吃一边说。\n"
	    "据了解，今年我市计划新建和提\n"
	    "升老年食堂30家，实现城乡社区助餐\n"
	    "服务全覆盖，让老人们在家门口就能\n"
	    "吃上热乎饭。（本报澄湖3 月4日电）\n"
	    "\n"
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆\n"
	    "续绽放，吸引众多市民和游客前来踏\n"
	    "青赏花、拍照留念。 新华社记者 陆\n"
	    "峰 马骁 摄\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "家门口的“幸福食堂”开张了");
	assert_int_equal(a->kind, PARSE_NEWS);
	a = by_title(pg, "湖畔春色");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_int_equal(strncmp(a->paragraphs[0], "近日，澄湖风景区", 24), 0);
	parse_page_free(pg);
}

/*
 * parse-9.196: an ad's heading lines ending on its line to call, and a
 * story's title right under them with no blank between, over the story's
 * dateline (澄湖市老年大学⏎春季班报名开始啦⏎…⏎报名电话：0573-85110520⏎南
 * 漾街道文化礼堂 周末“好戏”连台⏎本报澄湖3月4日电…): the line to call
 * ends the ad's heading; the title is the story's, not the ad's.
 */
static void
parse_9_196(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖市老年大学\n"
	    "春季班报名开始啦\n"
	    "开设书法、国画、声乐、太极、智能手机应用等课程\n"
	    "报名电话：0573-85110520\n"
	    "南漾街道文化礼堂 周末“好戏”连台\n"
	    "本报澄湖3月4日电（记者 徐嘉禾）越剧选\n"
	    "段、评弹小调、少儿舞蹈轮番登场……3\n"
	    "月2日下午，南漾街道新桥村文化礼堂座\n"
	    "无虚席，一场由村民自编自演的周末文艺\n"
	    "汇演让大家看得津津有味。\n"
	    "去年以来，南漾街道推出文化礼堂\n"
	    "“周周有活动”计划，各村根据村民喜好\n"
	    "“点单”，街道统筹文化资源“配送”，全\n"
	    "年共开展演出、讲座、培训等活动320余\n"
	    "场，参与群众超过4万人次。\n");
	a = by_title(pg, "南漾街道文化礼堂 周末“好戏”连台");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(strncmp(a->paragraphs[0], "本报澄湖3月4日电", 22), 0);
	assert_null(strstr(a->subtitle, "报名电话"));
	parse_page_free(pg);
}

/*
 * parse-9.197: the page's ear, a first line saying what ads say, right
 * over a story's kicker and title with no blank between (澄湖发布 今澄湖
 * 客户端⏎我市春季重点项目开工仪式在临港新区举行⏎跑出项目建设“加速度”⏎
 * 本报记者 陈思远⏎…): it heads nothing, and the kicker and the title
 * under it are read as they would be without it.
 */
static void
parse_9_197(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖发布 今澄湖客户端\n"
	    "我市春季重点项目开工仪式在临港新区举行\n"
	    "跑出项目建设“加速度”\n"
	    "本报记者 陈思远\n"
	    "3月 6日上午，我市2024年春\n"
	    "季重点项目开工仪式在临港新区星\n"
	    "澜光电产业园举行。当天共有8个\n"
	    "项目破土动工，总投资86.4亿元，\n"
	    "今年计划完成投资21.7亿元。\n");
	a = by_title(pg, "跑出项目建设“加速度”");
	assert_string_equal(a->kicker, "我市春季重点项目开工仪式在临港新区举行");
	assert_string_equal(a->byline, "本报记者 陈思远");
	parse_page_free(pg);
}

/*
 * parse-9.198: a line with no mark in it right under an ad's line to
 * call, no blank between, over a caption's lead that opens on a word of
 * when (…报名电话：0573-85110520⏎湖畔春色⏎近日，澄湖风景区湖畔⏎…⏎本报
 * 记者 陆峰、马骁摄): the picture's title, not more of the ad, and the ad's
 * name titles no picture.
 */
static void
parse_9_198(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖市老年大学\n"
	    "春季班报名开始啦\n"
	    "开设书法、国画、声乐、太极、智能手机应用等课程\n"
	    "报名电话：0573-85110520\n"
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔\n"
	    "的早樱陆续绽放，吸引众多\n"
	    "市民和游客前来踏青赏花、\n"
	    "拍照留念。\n"
	    "本报记者 陆峰、马骁摄\n");
	a = by_title(pg, "湖畔春色");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_int_equal(strncmp(a->paragraphs[0], "近日，澄湖风景区", 24), 0);
	a = by_title(pg, "澄湖市老年大学春季班报名开始啦");
	assert_int_equal(a->kind, PARSE_AD);
	parse_page_free(pg);
}

/*
 * parse-9.199: a line in a sentence that paused over it, a column break
 * between, running on into a word the line under it ends (…负责人表示，
 * ⏎⏎将建立隐患整改“回头看”机⏎制，确保…): the sentence's, no title of its
 * rest.  A title broken inside a word (市长韩卫东同南洋群岛港务局局⏎长、航运公
 * 会…) follows no pause.
 */
static void
parse_9_199(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("东港镇开展春季安全生产大检查\n"
	    "  连日来，东港镇组织安监、\n"
	    "消防、市场监管等部门组成联合\n"
	    "检查组，深入辖区企业、仓储场\n"
	    "所和人员密集场所，开展春季安\n"
	    "全生产大检查。\n"
	    "  检查组重点检查了企业复\n"
	    "工复产后的设备设施运行、消\n"
	    "防通道畅通、危险化学品储存\n"
	    "等情况，对发现的问题当场反\n"
	    "馈、限期整改。截至目前，共\n"
	    "检查企业和场所158家，发现\n"
	    "并督促整改隐患213处。\n"
	    "  东港镇相关负责人表示，\n"
	    "\n"
	    "将建立隐患整改“回头看”机\n"
	    "制，确保问题整改到位，坚决\n"
	    "守牢安全生产底线。\n"
	    "\n"
	    "2024年3月6日 星期三\n"
	    "第1版\n"
	    "要闻\n"
	    "责任编辑：周明\n"
	    "\f第2版 经济\n"
	    "2024年3月6日 星期三\n"
	    "责任编辑：沈嘉  美编：周明\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "本报记者 徐嘉禾 本报通讯员 孙明浩\n"
	    "  “以前晚上回来要绕小区转好\n"
	    "几圈，现在楼下就有车位了。”3\n"
	    "月4日晚，湖滨街道新华小区居民\n"
	    "刘先生停好车后说。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "东港镇开展春季安全生产大检查");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "负责人表示，将建立隐患整改“回头看”机制"));
	parse_page_free(pg);
}

/*
 * parse-9.200: a line set apart after a story's sign-off is the next
 * story's title, however wide, when the weather box is set between them
 * (…再来。⏎（作者为…）⏎⏎今天晴…8℃。⏎⏎西河街道…开张⏎…): a box is set into
 * the column where a story stops, and nothing of it goes on after.
 */
static void
parse_9_200(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("书香要飘进寻常巷陌\n"
	    "陈映秋\n"
	    "城西的旧粮仓改成了图书馆，\n"
	    "开馆一个月，借阅量翻了一番，\n"
	    "不少居民下班后专程过来坐坐。\n"
	    "一座城市的书香，不在于建了多\n"
	    "少座大馆，而在于走几步就能摸\n"
	    "到书。把阅读空间开到家门口，\n"
	    "书香才能飘进寻常巷陌。\n"
	    "（作者为澄湖师范学院讲师）\n"
	    "\n"
	    "今天多云转阴，东南风3到4级。明天小雨，夜里\n"
	    "转阴。今天最高气温15℃，明天最低气温9℃。\n"
	    "\n"
	    "西河街道老年活动中心重新开张了啦\n"
	    "一楼是棋牌室，二楼是书画室，\n"
	    "三楼还有一间小小的舞蹈房。3 月\n"
	    "起，活动中心每天早上八点开门，\n"
	    "辖区老人凭卡免费使用。\n"
	    "街道还请来志愿者教老人使用\n"
	    "智能手机，每周两次，报名的老\n"
	    "人已经排到了下个月。\n");
	a = by_title(pg, "西河街道老年活动中心重新开张了啦");
	assert_non_null(a);
	assert_int_equal(strncmp(a->paragraphs[0], "一楼是棋牌室", 18), 0);
	a = by_title(pg, "书香要飘进寻常巷陌");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "棋牌室"));
	parse_page_free(pg);
}

/*
 * parse-9.201: a commentary's signature set under its last sentence
 * (…更足的底气。⏎本报评论员) ends it as a sign-off does: the lines set
 * apart after it are the next story's headings, never its text.
 */
static void
parse_9_201(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("让小店开得下去\n"
	    "街角的早点铺、修鞋摊，撑\n"
	    "起的是一条街的烟火。给小\n"
	    "店多一分包容，城市就多一\n"
	    "分温度，也多一分活力。\n"
	    "本报评论员\n"
	    "\n"
	    "市政府召开专题会议\n"
	    "部署春季植树造林和防火工作\n"
	    "3月2日上午，副市长\n"
	    "林海波主持召开专题会议，\n"
	    "部署今年春季植树造林工作。\n"
	    "会议要求，各地要抓住\n"
	    "春季有利时机，确保完成全\n"
	    "年造林任务。\n");
	a = by_title(pg, "部署春季植树造林和防火工作");
	assert_non_null(a);
	assert_int_equal(strncmp(a->paragraphs[0], "3月2日上午", 14), 0);
	a = by_title(pg, "让小店开得下去");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "植树"));
	parse_page_free(pg);
}

/*
 * parse-9.202: a line with no mark right after a paragraph's last line,
 * as wide as a first line and over one (…还想再来。⏎西河街道社区书屋开放
 * 到十点半⏎每天晚上…，⏎从本月起…): a title, though no blank sets it
 * apart.  A paragraph's first line would run on into a full line.
 */
static void
parse_9_202(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("让老巷留住烟火气\n"
	    "周若溪\n"
	    "城东的老巷改造完工了，石板路\n"
	    "还是原来的样子，沿街的老字号重新\n"
	    "亮起招牌，茶馆里又坐满了人。\n"
	    "老巷焕新没有终点。希望更多的\n"
	    "老巷在改造中守住根脉，让居民住得\n"
	    "舒心，让游客来了还想再来。\n"
	    "西河街道社区书屋开放到十点半\n"
	    "每天晚上九点关门的社区书屋，\n"
	    "从本月起延长到晚上十点半，方便上\n"
	    "班族下班后来看书。书屋还添置了一\n"
	    "批新书，供居民免费借阅。\n"
	    "街道相关负责人介绍，下一步将\n"
	    "在辖区再建三家社区书屋，让居民走\n"
	    "几步路就能摸到书。\n");
	a = by_title(pg, "西河街道社区书屋开放到十点半");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "让老巷留住烟火气");
	assert_int_equal(a->nparagraphs, 2);
	parse_page_free(pg);
}

/*
 * parse-9.203: a line set apart after a finished sentence, with no mark
 * but a colon inside it (西河街道：老旧小区用上充电桩), over a paragraph's
 * first line: the next story's title, naming a place before what it
 * says.  One that says a word of the story above it is a subheading of
 * that story (向海而兴：码头连起产业链 under a story of the port's 码头).
 */
static void
parse_9_203(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖新建三座口袋公园\n"
	    "本报讯记者昨日从市园林局了解\n"
	    "到，城区新建的三座口袋公园已经完\n"
	    "工，市民在家门口就能散步。\n"
	    "口袋公园里种了桂花和樱花，还\n"
	    "设了儿童游乐区和健身步道，周边居\n"
	    "民纷纷前来打卡。\n"
	    "\n"
	    "西河街道：老旧小区用上充电桩\n"
	    "“以前电动车只能推上楼充电，\n"
	    "现在楼下就有充电桩了。”景苑小区\n"
	    "的居民王阿姨高兴地说，充电又方便\n"
	    "又安全，大家都很满意。\n"
	    "街道今年在辖区老旧小区新装了\n"
	    "充电桩两百多个，方便居民充电。\n");
	a = by_title(pg, "西河街道：老旧小区用上充电桩");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "澄湖新建三座口袋公园");
	assert_int_equal(a->nparagraphs, 2);
	parse_page_free(pg);

	pg = parse_str("澄湖港区新码头开工\n"
	    "本报讯记者昨日从市港航局了解\n"
	    "到，澄湖港区新码头正式开工建设，\n"
	    "建成后港区吞吐能力将大幅提升。\n"
	    "新码头位于东港作业区，计划新\n"
	    "建泊位六个，配套建设堆场和仓库，\n"
	    "预计两年后建成投用。\n"
	    "\n"
	    "向海而兴：码头连起产业链\n"
	    "港口是临港企业的出海口。不少\n"
	    "企业负责人表示，新码头建成后，原\n"
	    "料船可以直接靠泊，物流成本能省下\n"
	    "一大截。\n");
	assert_int_equal(pg->narticles, 1);
	parse_page_free(pg);
}

/*
 * parse-9.204: two lines set apart after a finished sentence, with no
 * mark in either, over a paragraph's first line: a heading's two lines,
 * though the first is as wide as a first line, when the second is too
 * short to go on a paragraph and ends on no stop (…热线咨询。⏎⏎西河镇新建
 * 高标准农田⏎种出好收成⏎机耕路…).  Saying no word of the story over it,
 * it heads a story of its own, not a subheading of that one.
 */
static void
parse_9_204(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("老人被骗积蓄 民警全额追回\n"
	    "昨天上午，家住城南的\n"
	    "王大爷把一面锦旗送到派出\n"
	    "所，感谢民警帮他追回被骗\n"
	    "的八万元积蓄。\n"
	    "民警提醒，凡是自称客\n"
	    "服要求转账的，一律是诈骗。\n"
	    "遇到可疑情况，请及时拨打\n"
	    "反诈热线咨询。\n"
	    "\n"
	    "西河镇新建高标准农田\n"
	    "种出好收成\n"
	    "机耕路平整宽阔，灌溉\n"
	    "渠纵横交错，一块块田地方\n"
	    "方正正。西河镇去年新建高\n"
	    "标准农田三千亩，亩产提高\n"
	    "了一成多。\n"
	    "镇农业办负责人说，今\n"
	    "年还将再建两千亩，让更多\n"
	    "农户受益。\n");
	a = by_title(pg, "西河镇新建高标准农田种出好收成");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "老人被骗积蓄 民警全额追回");
	assert_int_equal(a->nparagraphs, 2);
	parse_page_free(pg);
}

/*
 * parse-9.205: a heading of two lines right under a story's last line
 * (…再辛苦也值得。”⏎社区书屋开进夜市⏎“夜读”点亮烟火气⏎套圈、…) that
 * says no word of that story heads a story of its own: a subheading
 * says its story's words.
 */
static void
parse_9_205(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("老楼加装电梯 居民出行不难\n"
	    "今年以来，梅溪新村已\n"
	    "有十二栋老楼装上了电梯，\n"
	    "住在顶楼的老人下楼买菜再\n"
	    "也不用发愁了。\n"
	    "“过去是求着大家签字，\n"
	    "现在是大家排着队来报名。”\n"
	    "楼组长老陈笑着说，“能为老\n"
	    "人们办成这件事，再辛苦也\n"
	    "值得。”\n"
	    "社区书屋开进夜市\n"
	    "“夜读”点亮烟火气\n"
	    "套圈、答题、扫码借书\n"
	    "……前天晚上，南河街道美\n"
	    "食夜市里格外热闹，一座流\n"
	    "动书屋吸引了不少市民驻足\n"
	    "翻阅。\n"
	    "街道相关负责人介绍，\n"
	    "流动书屋每周开放三个晚上，\n"
	    "今后还将走进更多商圈。\n");
	a = by_title(pg, "社区书屋开进夜市“夜读”点亮烟火气");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "老楼加装电梯 居民出行不难");
	assert_int_equal(a->nparagraphs, 2);
	parse_page_free(pg);
}

/*
 * parse-9.206: a line set apart and as wide as its column, under a line
 * as wide that a column break stopped on a word (…澄⏎湖港区年货物吞吐能力
 * 将⏎⏎由目前的1900万吨提升至⏎3100 万吨以上，…), is the rest of that
 * sentence, though the line under it reads as short as a first line: a
 * title is seldom as wide as the column of text under it.
 */
static void
parse_9_206(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("总投资46亿元 计划2026年底建成投用\n"
	    "澄湖港区综合码头三期工程全面开工\n"
	    "建成后年吞吐能力将突破三千万吨\n"
	    "本报讯（记者 陈思\n"
	    "\n"
	    "远 通讯员 顾磊）3月7\n"
	    "日上午，澄湖港区综合码\n"
	    "头三期工程在东港作业区\n"
	    "开工。工程计划新建5万\n"
	    "吨级泊位4个、2万吨级泊\n"
	    "位6个，配套建设堆场、\n"
	    "仓库和铁路专用线，总投\n"
	    "资46亿元。\n"
	    "三期工程建成后，澄\n"
	    "湖港区年货物吞吐能力将\n"
	    "\n"
	    "由目前的1900万吨提升至\n"
	    "3100 万吨以上，集装箱\n"
	    "年吞吐能力达到80万标箱，\n"
	    "港区将从以散货为主的码\n"
	    "头转向散货、集装箱并重\n"
	    "的综合性港区。\n"
	    "向海而兴：码头连起产业链\n"
	    "港口是澄湖临港产业\n"
	    "的“出海口”。近年来，\n"
	    "星澜光电、禾润新能源等\n"
	    "一批重大项目相继落户临\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "澄湖港区综合码头三期工程全面开工建成后年吞吐能力将突破三千万吨");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[1],
	    "年货物吞吐能力将由目前的1900万吨提升至3100万吨以上"));
	parse_page_free(pg);
}

/*
 * parse-9.207: a title of one line that opens on a topic and a colon,
 * after a story it says no word of (…的便利。⏎⏎湖滨街道：小区停车难有了新
 * 解法⏎“以前…), heads a story of its own: a subheading set so says its
 * story's words.
 */
static void
parse_9_207(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("惠企政策“免申即享”\n"
	    "1.2亿元资金直达企业\n"
	    "（上接1版）过去，企业申报一\n"
	    "项政策，往往要准备营业执照、财务\n"
	    "报表、项目证明等十几份材料，还要\n"
	    "在多个部门之间来回跑。“有的小企\n"
	    "业没有专人研究政策，明明符合条件\n"
	    "却不知道申报，白白错过。”市经信\n"
	    "局相关负责人说。\n"
	    "为此，我市依托企业综合服务平\n"
	    "台，梳理出首批 42 项可“免申即享”\n"
	    "的政策事项，覆盖技术改造、研发投\n"
	    "入、稳岗就业、外贸出口等领域。平\n"
	    "台根据企业的纳税、社保、用电等数\n"
	    "据自动测算，资金审核通过后直接拨\n"
	    "付到企业账户。\n"
	    "“免申即享”不仅让企业省了时\n"
	    "间，也让政策兑现更加公平透明。下\n"
	    "一步，我市将继续扩大“免申即享”\n"
	    "政策覆盖面，力争年内可免申事项超\n"
	    "\n"
	    "过80 项，让更多企业享受到“政策\n"
	    "找企业”的便利。\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "“以前晚上回来要绕小区转好几\n"
	    "圈，现在楼下就有车位了。”3月4日\n"
	    "晚，湖滨街道新华小区居民刘先生停\n"
	    "好车后说。\n"
	    "新华小区建于 2000 年前后，原\n"
	    "有车位不足300个，而居民车辆已超\n"
	    "过600辆，停车难问题困扰居民多年。\n"
	    "去年，湖滨街道结合老旧小区改造，\n"
	    "通过拆除违章建筑、改造闲置绿地、\n"
	    "错时共享周边单位停车场等办法，新\n"
	    "增停车位286个。\n"
	    "小区还引入智慧停车系统，居民\n"
	    "通过手机就能看到空余车位，临时访\n"
	    "客车辆也能预约停放。街道相关负责\n"
	    "人表示，今年将在辖区另外5个老旧\n"
	    "小区推广这一做法。（本报澄湖3月\n"
	    "5日电）\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "湖滨街道：小区停车难有了新解法");
	assert_int_equal(a->nparagraphs, 3);
	parse_page_free(pg);
}

/*
 * parse-9.208: a heading of two lines that says one pair of characters
 * of the story over it by chance (天天) still heads a story of its own:
 * a subheading says more of its story's words.
 */
static void
parse_9_208(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				*s;

	(void)state;
	pg = parse_str("老楼加装电梯 居民出行不难\n"
	    "今年以来，梅溪新村已\n"
	    "有十二栋老楼装上了电梯，\n"
	    "住在顶楼的老人下楼买菜再\n"
	    "也不用发愁了，天天都能下楼。\n"
	    "“过去是求着大家签字，\n"
	    "现在是大家排着队来报名。”\n"
	    "楼组长老陈笑着说，“能为老\n"
	    "人们办成这件事，再辛苦也\n"
	    "值得。”\n"
	    "社区书屋开进夜市\n"
	    "“天天读”点亮夜生活\n"
	    "套圈、答题、扫码借书\n"
	    "……前天晚上，南河街道美\n"
	    "食夜市里格外热闹，一座流\n"
	    "动书屋吸引了不少市民驻足\n"
	    "翻阅。\n"
	    "街道相关负责人介绍，\n"
	    "流动书屋每周开放三个晚上，\n"
	    "今后还将走进更多商圈。\n");
	a = by_title(pg, "社区书屋开进夜市“天天读”点亮夜生活");
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "老楼加装电梯 居民出行不难");
	s = paras(a);
	assert_null(strstr(s, "套圈"));
	free(s);
	parse_page_free(pg);
}

/*
 * parse-9.209: a paragraph's first line right after a paragraph's last
 * line, with no mark in it, over a line with figures (…志远出席。⏎会议听
 * 取和审议了市⏎政府关于 2023年度国有⏎资产管理…): text, not a title.
 * Figures, and the space an extractor sets beside them, make a full line
 * read as short as a first line.  (The page is one of our sample
 * issues'.)
 */
static void
parse_9_209(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("\n"
	    "市十七届人大常委会召开第二十次会议\n"
	    "本报记者 周雯\n"
	    "3月6 日上午，市十\n"
	    "七届人大常委会召开第二\n"
	    "十次会议。市人大常委会\n"
	    "主任许文华主持会议，副\n"
	    "主任陈国梁、蒋丽萍、何\n"
	    "志远出席。\n"
	    "会议听取和审议了市\n"
	    "政府关于 2023年度国有\n"
	    "资产管理情况的综合报告，\n"
	    "听取了关于民生实事项目\n"
	    "代表票决制实施情况的报\n"
	    "告，审议通过了有关人事\n"
	    "任免事项。\n"
	    "会议强调，要认真研\n"
	    "究处理审议意见，持续加\n"
	    "\n"
	    "强国有资产管理，推动民\n"
	    "生实事项目按时保质完成，\n"
	    "切实把好事办好、实事办\n"
	    "实。（本报澄湖 3月6日\n"
	    "电）\n"
	    "\n"
	    "澄湖市交通技工学校\n"
	    "2024年招生简章\n"
	    "招生热线：0573-85223366（全日制）\n"
	    "友情提醒：关注天气，注意交通安全\n"
	    "\n"
	    " 今天多云，午后转晴。明天晴到多云，偏北风3\n"
	    "到4级。今天白天最高气温16℃，明天早晨最低气温5℃。\n"
	    "\n"
	    "言论\n"
	    "“天天”抓落实 “事事”见实效\n"
	    "——三论推动民营经济高质量发展\n"
	    "本报评论员\n"
	    "抓落实，贵在天天抓、\n"
	    "事事抓。一分部署，九分\n"
	    "落实，再好的蓝图，如果\n"
	    "不落到实处，也只能是纸\n"
	    "上谈兵。\n"
	    "天天抓落实，就要有\n"
	    "只争朝夕的紧迫感。今年\n"
	    "的目标任务已经明确，时\n"
	    "间不等人，机遇不等人。\n"
	    "各级干部要把每一天都当\n"
	    "作关键的一天，把每一项\n"
	    "任务都当作重要的任务，\n");
	for (i = 0; i < pg->narticles; i++)
		assert_null(strstr(pg->articles[i].title, "会议听取"));
	a = by_title(pg, "市十七届人大常委会召开第二十次会议");
	assert_int_equal(strncmp(a->paragraphs[1], "会议听取和审议了市政府",
			     33),
	    0);
	parse_page_free(pg);
}

/*
 * parse-9.210: a column's name of two Han characters under a title of
 * one line short of the column, right over the text, opening the page
 * (让“一一回应”成为常态⏎澄言⏎群众的…): the column's name, not the end of
 * the title, however the heading was found.  (The page is one of our
 * sample issues'.)
 */
static void
parse_9_210(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、每一个电\n"
	    "话，背后都是一件具体的事。对这\n"
	    "些诉求能否一一回应、件件落实，\n"
	    "检验的是作风，考验的是能力。\n"
	    "一段时间以来，我市在民生热\n"
	    "线推行“接诉即办”，群众反映的\n"
	    "问题限时答复、限期办结，办理结\n"
	    "果由群众来评价。一年下来，热线\n"
	    "受理量增加了，满意率却不降反升，\n"
	    "说明只要真心实意去办，群众是看\n"
	    "得见的。\n"
	    "一一回应，不是简单地回个电\n");
	a = by_title(pg, "让“一一回应”成为常态");
	assert_string_equal(a->kicker, "澄言");
	parse_page_free(pg);
}

/* parse-9.211's page (one of our sample issues'), its byline given. */
#define PAGE_STANDING_MEETING(BYLINE) \
	"市政府召开常务会议\n" \
	"研究部署一季度稳增长工作\n" \
	BYLINE \
	"3月4日下午，市长韩卫东主持\n" \
	"召开市政府第二十六次常务会议，\n" \
	"\n" \
	"研究部署一季度稳增长工作，审议\n" \
	"《澄湖市促进民营经济高质量发展\n" \
	"若干措施》等文件。\n" \
	"会议强调，要把稳增长各项政\n" \
	"策落到实处，及时兑现惠企资金，\n" \
	"帮助企业解决融资、用工等实际困\n" \
	"难；要守牢安全生产底线，扎实做\n" \
	"好春季森林防火、道路交通等领域\n" \
	"的安全隐患排查整治，为经济社会\n" \
	"发展营造平安稳定的环境。\n" \
	"助企服务要“沉”到一线\n" \
	"新春开局，我市组织387名机\n" \
	"关干部担任“助企服务员”，组成\n" \
	"62 支服务小分队，带着政策、带\n" \
	"着问题走进企业车间。这一做法，\n" \
	"让不少企业负责人感叹：政策找上\n" \
	"门来了。\n" \
	"“沉”到一线，贵在常态长效。\n" \
	"助企服务不能一阵风，不能走过场，\n" \
	"更不能“走一走、看一看、问一问”\n" \
	"就算完事。要建立问题清单、责任\n" \
	"清单、销号清单，企业提出的诉求\n" \
	"件件有着落、事事有回音，让企业\n" \
	"感受到实打实的温度。\n" \
	"企业兴则城市兴。期待更多干\n" \
	"部把办公桌搬到企业去，把惠企政\n" \
	"策讲明白、送到位，用实实在在的\n" \
	"服务，为澄湖高质量发展积蓄更足\n" \
	"的底气。\n" \
	"本报评论员\n"

/*
 * parse-9.211: a one-line heading right after a news story's last
 * sentence (its reporter named: 本报记者 周雯), over text that a
 * commentary's signature ends (…的底气。⏎本报评论员): the commentary's
 * title, not a subheading of the news story.  A news story is signed by
 * none; a 记者 byline makes it news as a dateline does.  (The page is
 * one of our sample issues'.)
 */
static void
parse_9_211(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_STANDING_MEETING("本报记者 周雯\n"));
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "研究部署一季度稳增长工作");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "助企服务要“沉”到一线");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_string_equal(a->byline, "本报评论员");
	assert_int_equal(strncmp(a->paragraphs[0], "新春开局", 12), 0);
	parse_page_free(pg);
}

/*
 * parse-9.212: stories filed from one place on one day open alike, and in
 * one column width their datelines break alike (本报澄湖3月5日电（记⏎者
 * 陈思远）…, three times on the page): each is its story's dateline, not
 * a running header the page repeats.  Dropped as one, the stories lost
 * their openings and two ran together.
 */
static void
parse_9_212(void **state)
{
	static const char *const title[] = {
		"禾润新能源电池项目签约落户澄湖经开",
		"远澄智能装备新厂房竣工投产",
		"东港镇开展春季安全生产大检查",
	};
	static const char		 opening[] = "本报澄湖3月5日电（记者";
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("禾润新能源电池项目签约落户澄湖经开\n"
	    "本报澄湖3月5日电（记\n"
	    "者 陈思远） 3月5日上午，\n"
	    "禾润新能源储能电池项目签\n"
	    "约仪式在澄湖经济技术开发\n"
	    "区举行。市领导方立群、韩\n"
	    "卫东出席签约仪式。\n"
	    "\n"
	    "远澄智能装备新厂房竣工投产\n"
	    "本报澄湖3月5日电（记\n"
	    "者 周雯） 3月5日，位于澄\n"
	    "湖经开迎湖大道的远澄智能\n"
	    "装备有限公司新厂房正式竣\n"
	    "工投产。\n"
	    "\n"
	    "东港镇开展春季安全生产大检查\n"
	    "本报澄湖3月5日电（记\n"
	    "者 沈一鸣） 连日来，东港\n"
	    "镇组织安监、消防、市场监\n"
	    "管等部门组成联合检查组，\n"
	    "开展春季安全生产大检查。\n");
	assert_int_equal(pg->narticles, 3);
	for (i = 0; i < 3; i++) {
		a = by_title(pg, title[i]);
		assert_int_equal(a->nparagraphs, 1);
		assert_int_equal(
		    strncmp(a->paragraphs[0], opening, sizeof opening - 1), 0);
	}
	parse_page_free(pg);
}

/*
 * parse-9.213: a line set apart after a sentence that paused over it,
 * running on into a line as wide as its column that opens no paragraph
 * (…截至目前，⏎⏎全市已有1126家企业通过⏎“免申即享”获得各类奖补⏎资金1.2
 * 亿元。): the sentence going on across a column break, not a heading.
 * Text's first line, set short by its indent, stands under a heading.
 * The weather box set beside it makes the column around it read wide;
 * the page's column says the line is full.  (The page is one of our
 * sample issues'.)
 */
static void
parse_9_213(void **state)
{
	static const char		 end[] =
	    "截至目前，全市已有1126家企业通过“免申即享”获得各类奖补资金1.2亿元。";
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i, n;

	(void)state;
	pg = parse_str("远澄智能装备新厂房竣工投产\n"
	    "本报澄湖 3 月 5日电\n"
	    "（记者 周雯 通讯员 顾磊）\n"
	    "3月 5日，位于澄湖经开迎\n"
	    "\n"
	    "湖大道的远澄智能装备有限\n"
	    "公司新厂房正式竣工投产。\n"
	    "新厂房总建筑面积 4.8万平\n"
	    "方米，引进自动化焊接、激\n"
	    "光切割等生产线12条，达产\n"
	    "后可新增年产值 8亿元。\n"
	    "远澄智能主要生产物流\n"
	    "分拣装备和智能仓储系统，\n"
	    "近三年营业收入年均增长超\n"
	    "过40%。“订单已经排到了\n"
	    "下半年，新厂房投产正当其\n"
	    "时。”企业负责人邵文斌说。\n"
	    "项目建设过程中，澄湖\n"
	    "经开为企业配备了专职服务\n"
	    "员，帮助企业解决施工许可、\n"
	    "电力接入等问题，比原计划\n"
	    "提前两个月完成建设。邵文\n"
	    "斌说：“从打桩到投产，每\n"
	    "一步都有人帮我们盯着，真\n"
	    "是省了不少心。”\n"
	    "\n"
	    "惠企政策“免申即享” 1.2亿元资金直达企业\n"
	    "本报澄湖3月5日电（记\n"
	    "者 李敏 通讯员 郑洁）\n"
	    "“没想到不用提交任何材料，\n"
	    "补助资金就直接打到了公司\n"
	    "账户上。”3 月5日，澄湖\n"
	    "远澄智能装备有限公司财务\n"
	    "经理收到了一笔48万元的技\n"
	    "术改造补助，这让她有些意\n"
	    "外。\n"
	    "这是我市推行惠企政策\n"
	    "“免申即享”的一个缩影。\n"
	    "今年以来，市经信、财政、\n"
	    "税务等部门通过数据共享，\n"
	    "对符合条件的企业自动识别、\n"
	    "自动匹配、自动兑付，企业\n"
	    "不用申请、不用跑腿，就能\n"
	    "享受政策红利。截至目前，\n"
	    "\n"
	    "全市已有1126家企业通过\n"
	    "“免申即享”获得各类奖补\n"
	    "资金1.2 亿元。（下转2版）\n"
	    "\n"
	    "创新突破\n"
	    "实干争先\n"
	    "\n"
	    " 今天阴有小雨，雨量中等。明天阴转多云，东北风3\n"
	    "到4级，阵风5级。今天白天最高气温12℃，明天早晨\n"
	    "最低气温6℃。\n");
	for (i = 0; i < pg->narticles; i++)
		assert_null(strstr(pg->articles[i].title, "全市已有"));
	a = by_title(pg, "惠企政策“免申即享”1.2亿元资金直达企业");
	assert_string_equal(a->continued_to, "2");
	n = strlen(a->paragraphs[a->nparagraphs - 1]);
	assert_true(n >= sizeof end - 1);
	assert_string_equal(a->paragraphs[a->nparagraphs - 1] + n -
		(sizeof end - 1),
	    end);
	parse_page_free(pg);
}

/*
 * parse-9.214: a line with no mark right after a paragraph's last line,
 * with a column's name under it and text's first line under that (…每周
 * 都来练习。⏎让“一一回应”成为常态⏎澄言⏎群众的…): a commentary's title
 * and its column, though no blank or sign-off sets them apart; and a
 * heading with a column's name is no subheading of the story over it.
 * (The page is one of our sample issues'.)
 */
static void
parse_9_214(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("南漾街道文化礼堂\n"
	    "周末“好戏”连台\n"
	    "本报澄湖3月4日电（记者 徐嘉禾）\n"
	    "越剧选段、评弹小调、少儿舞蹈轮番登\n"
	    "场……3月2日下午，南漾街道新桥村文\n"
	    "化礼堂座无虚席，一场由村民自编自演\n"
	    "的周末文艺汇演让大家看得津津有味。\n"
	    "去年以来，南漾街道推出文化礼堂\n"
	    "“周周有活动”计划，各村根据村民喜\n"
	    "好“点单”，街道统筹文化资源“配送”，\n"
	    "全年共开展演出、讲座、培训等活动\n"
	    "320余场，参与群众超过 4万人次。\n"
	    "“以前周末没什么去处，现在礼堂\n"
	    "里常常有节目，老老少少都愿意来。”\n"
	    "新桥村村民吴阿姨说，她还报名参加了\n"
	    "礼堂的排舞队，每周都来练习。\n"
	    "让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、每一个电话，\n"
	    "背后都是一件具体的事。对这些诉求能\n"
	    "否一一回应、件件落实，检验的是作风，\n"
	    "考验的是能力。\n"
	    "一段时间以来，我市在民生热线推\n"
	    "行“接诉即办”，群众反映的问题限时\n"
	    "答复、限期办结，办理结果由群众来评\n"
	    "\n"
	    "价。一年下来，热线受理量增加了，满\n"
	    "意率却不降反升，说明只要真心实意去\n"
	    "办，群众是看得见的。\n"
	    "一一回应，不是简单地回个电话、\n"
	    "发条短信，而是要把问题真正解决。有\n"
	    "的问题牵涉多个部门，就要建立协同机\n"
	    "制，不能互相推诿；有的问题一时解决\n"
	    "不了，也要说明原因、给出时间表，让\n"
	    "群众心里有底。\n"
	    "民生无小事，枝叶总关情。把群众\n"
	    "的事当成自己的事，常常想一想群众还\n"
	    "盼着什么，我们的工作才能真正做到群\n"
	    "众心坎上。\n"
	    "（作者为澄湖大学经济学院教授）\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "南漾街道文化礼堂周末“好戏”连台");
	assert_int_equal(a->nparagraphs, 3);
	a = by_title(pg, "让“一一回应”成为常态");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_string_equal(a->kicker, "澄言");
	assert_int_equal(strncmp(a->paragraphs[0], "群众的每一条留言", 24), 0);
	parse_page_free(pg);
}

/*
 * parse-9.215: a line with no mark right under the note that a story goes
 * on on another page (…多个领域。（下转2版）⏎澄湖上线“企业码” 诉求办结率达
 * 98.6%⏎“扫一扫企业码，…), over text's first line: the next story's title,
 * as after a sign-off.  Nothing of the story goes on after its jump.
 * (The page is one of our sample issues'.)
 */
static void
parse_9_215(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("我市春季重点项目开工仪式在临港新区举行\n"
	    "跑出项目建设“加速度”\n"
	    "本报记者 陈思远\n"
	    "3月 6日上午，我市2024年春季重\n"
	    "点项目开工仪式在临港新区星澜光电产\n"
	    "业园举行。当天共有 8 个项目破土动\n"
	    "工，总投资 86.4 亿元，今年计划完成\n"
	    "投资21.7 亿元。\n"
	    "星澜光电产业园由澄湖星澜光电科\n"
	    "技有限公司投资32 亿元建设，占地\n"
	    "286亩，将建成高端光学元件和激光器\n"
	    "件生产基地，投产后将成为我市光电产\n"
	    "业链的龙头项目。项目负责人说，企业\n"
	    "将倒排工期、加快施工，力争明年二季\n"
	    "度让首条生产线投产。\n"
	    "除星澜光电产业园外，此次开工的\n"
	    "还有澄湖港区综合码头二期、西塘桥镇\n"
	    "\n"
	    "未来社区、市第二人民医院迁建等项目，\n"
	    "涵盖产业发展、基础设施、社会民生等\n"
	    "多个领域。（下转2版）\n"
	    "澄湖上线“企业码” 诉求办结率达98.6%\n"
	    "“扫一扫企业码，问题就能直接提\n"
	    "交，还能随时看到办理进度。”3 月6\n"
	    "日，澄湖禾润新材料科技有限公司行政\n"
	    "主管在手机上提交了一条关于员工子女\n"
	    "入学的诉求，两天后就收到了市教育局\n"
	    "的答复。\n"
	    "去年下半年，我市上线“企业码”\n"
	    "服务平台，为全市 1.8万余家企业赋码，\n"
	    "企业诉求可以一键直达相关部门。平台\n"
	    "实行“首问负责、限时办结、跟踪问效”，\n"
	    "简单诉求3个工作日内办结，复杂诉求\n"
	    "由市企业服务中心牵头组织会商。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "跑出项目建设“加速度”");
	assert_string_equal(a->continued_to, "2");
	assert_int_equal(a->nparagraphs, 3);
	a = by_title(pg, "澄湖上线“企业码” 诉求办结率达98.6%");
	assert_int_equal(a->nparagraphs, 2);
	parse_page_free(pg);
}

/*
 * parse-9.216: a commentary's sign-off broken over two lines and set
 * apart from its last sentence (…还想再⏎来。⏎⏎（作者为澄湖市委党校⏎副教授
 * ）), right over the next story's title and byline: it ends the
 * commentary, not the head of the heading over the byline.  (The page is
 * one of our sample issues'.)
 */
static void
parse_9_216(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("烟火气，是老街最宝贵\n"
	    "的东西。卖了三十多年馄饨\n"
	    "的老店、修了半辈子钟表的\n"
	    "老师傅，都是老街的一部分。\n"
	    "让他们留下来、过得好，老\n"
	    "街才有生命力。\n"
	    "老街焕新没有终点。希\n"
	    "望更多的老街在改造中守住\n"
	    "根脉、留住乡愁，让居民住\n"
	    "得舒心，让游客来了还想再\n"
	    "来。\n"
	    "\n"
	    "（作者为澄湖市委党校\n"
	    "副教授）\n"
	    "一季度全市新增城镇就业岗位一万两千余个 高校毕业生留澄就业比例创新高\n"
	    "本报记者 周雯 本报通讯员 吴倩\n"
	    "记者从市人力资源和社\n"
	    "会保障局获悉，今年1 至2\n"
	    "月，全市新增城镇就业岗位\n"
	    " 12360个，城镇登记失业率\n"
	    "控制在2.1%以内，高校毕业\n"
	    "生留澄就业比例达到61.5%，\n"
	    "比去年同期提高3.8 个百分\n"
	    "点。\n");
	for (i = 0; i < pg->narticles; i++)
		assert_null(strstr(pg->articles[i].title, "作者为"));
	a = by_title(pg, "一季度全市新增城镇就业岗位一万两千余个 "
			 "高校毕业生留澄就业比例创新高");
	assert_string_equal(a->byline, "本报记者 周雯 本报通讯员 吴倩");
	parse_page_free(pg);
}

/*
 * parse-9.217: a short piece that finishes its sentence, set apart after
 * a story's last paragraph, with a credit set alone right under it (…排
 * 起了队。⏎⏎新华社记者 汤颖 陆峰 摄): a picture's caption and its credit,
 * one photo, not the story's last paragraph and a photo with no text.
 * (The page is one of our sample issues'.)
 */
static void
parse_9_217(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str("跑出项目建设“加速度”\n"
	    "（上接1 版）大抓项目，抓大项目。\n"
	    "今年以来，我市围绕“项目攻坚年”部\n"
	    "署，建立市领导联系重大项目制度，对\n"
	    "重大项目实行清单化管理、节点化推进，\n"
	    "每月一通报、每季一比拼。\n"
	    "\n"
	    "在要素保障方面，我市优先保障重\n"
	    "大项目用地，今年计划供应工业用地\n"
	    "3200亩；同时设立规模50 亿元的产业\n"
	    "基金，引导金融机构加大对重点项目的\n"
	    "信贷支持。一季度，全市已有23个项目\n"
	    "完成“拿地即开工”。\n"
	    "据统计，1至2月，全市完成固定资\n"
	    "产投资62.3亿元，同比增长 11.4%，其\n"
	    "中工业投资增长18.6%。市发改局相关\n"
	    "负责人表示，将继续紧盯全年目标，确\n"
	    "保全年固定资产投资增长8%以上。\n"
	    "\n"
	    "3月6 日，在凤鸣街道景澜社区，\n"
	    "志愿者正在为居民义务理发、测量血压，\n"
	    "不少老人早早排起了队。\n"
	    "\n"
	    "新华社记者 汤颖 陆峰 摄\n"
	    "\n"
	    "“一老一小”服务圈覆盖全部城乡社区\n"
	    "本报澄湖3月 6日电（记者 徐嘉禾）\n"
	    "早上把孩子送进社区托育园，中午到老\n"
	    "年食堂吃饭，下午带着老人去康养中心\n"
	    "做理疗……如今，在澄湖的城乡社区，\n"
	    "“一老一小”服务就在家门口。\n");
	a = by_title(pg, "跑出项目建设“加速度”");
	assert_int_equal(a->nparagraphs, 4);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (a->kind != PARSE_PHOTO)
			continue;
		assert_string_equal(a->byline, "新华社记者 汤颖 陆峰 摄");
		assert_int_equal(a->nparagraphs, 1);
		assert_non_null(strstr(a->paragraphs[0], "排起了队"));
		break;
	}
	assert_true(i < pg->narticles);
	parse_page_free(pg);
}

/*
 * parse-9.218: parse-9.211's page with the byline spaced out as some
 * extractors give a letter-spaced line (记 者 周 雯): it names the reporter
 * all the same, so the story over the commentary is news and the heading
 * under it the commentary's title.
 */
static void
parse_9_218(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(PAGE_STANDING_MEETING("记 者 周 雯\n"));
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "研究部署一季度稳增长工作");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_string_equal(a->byline, "记者 周雯");
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "助企服务要“沉”到一线");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_string_equal(a->byline, "本报评论员");
	parse_page_free(pg);
}

/*
 * parse-9.219: two lines that neither pause nor end a sentence, right after
 * a sentence's end (…底线。), the second short of its column, over a
 * paragraph's first line (惠企政策“免申即享”⏎1.2亿元资金直达企业⏎“没想到不用提交
 * 任何⏎材料，…): a title of two lines.  In a paragraph only the first and
 * the last line are short, and the last ends a sentence, so neither is a
 * paragraph's line.  Read as text, the next story ran into the one above.
 * (The page is one of our sample issues'.)
 */
static void
parse_9_219(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("东港镇开展春季安全生产大检查\n"
	    "本报讯（记者 沈一鸣）\n"
	    "连日来，东港镇组织安监、\n"
	    "消防、市场监管等部门组成\n"
	    "联合检查组，深入辖区企业、\n"
	    "仓储场所和人员密集场所，\n"
	    "开展春季安全生产大检查。\n"
	    "检查组重点检查了企业\n"
	    "复工复产后的设备设施运行、\n"
	    "消防通道畅通、危险化学品\n"
	    "储存等情况，对发现的问题\n"
	    "当场反馈、限期整改。截至\n"
	    "目前，共检查企业和场所\n"
	    "158家，发现并督促整改隐\n"
	    "患213处。\n"
	    "东港镇相关负责人表示，\n"
	    "将建立隐患整改“回头看”\n"
	    "机制，确保问题整改到位，\n"
	    "\n"
	    "坚决守牢安全生产底线。\n"
	    "惠企政策“免申即享”\n"
	    "1.2亿元资金直达企业\n"
	    "“没想到不用提交任何\n"
	    "材料，补助资金就直接打到\n"
	    "了公司账户上。”3 月5日，\n"
	    "澄湖远澄智能装备有限公司\n"
	    "财务经理收到了一笔 48万\n"
	    "元的技术改造补助，这让她\n"
	    "有些意外。\n"
	    "这是我市推行惠企政策\n"
	    "“免申即享”的一个缩影。\n"
	    "今年以来，市经信、财政、\n"
	    "税务等部门通过数据共享，\n"
	    "对符合条件的企业自动识别、\n"
	    "自动匹配、自动兑付，企业\n"
	    "不用申请、不用跑腿，就能\n"
	    "享受政策红利。截至目前，\n"
	    "全市已有1126家企业通过\n"
	    "“免申即享”获得各类奖补\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "东港镇开展春季安全生产大检查");
	assert_int_equal(a->nparagraphs, 3);
	a = by_title(pg, "惠企政策“免申即享”1.2亿元资金直达企业");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 2);
	assert_int_equal(strncmp(a->paragraphs[0], "“没想到不用提交", 24), 0);
	parse_page_free(pg);
}

/*
 * parse-9.220: a paragraph's first line broken short of a figure that would
 * not fit (景澜社区60 岁以上老人有⏎1400多人，其中…), set a blank apart from
 * the sentence over it, is the paragraph's, not a title as wide as the
 * column's first lines over one.  Read as a title, it cut its story in
 * two.  (The page is one of our sample archive's.)
 */
static void
parse_9_220(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("家门口的“幸福食堂”开张了\n"
	    "本报澄湖 1月15日电（记者\n"
	    " 顾晓岚 通讯员 郑洁）一荤两\n"
	    "素一汤，只要12元。3月4日中午，\n"
	    "湖滨街道景澜社区“幸福食堂”\n"
	    "正式开张，不少老人早早就来排\n"
	    "队。“饭菜软硬正好，价钱也公\n"
	    "道，以后不用自己开火了。”72\n"
	    "岁的王大伯一边吃一边说。\n"
	    "\n"
	    "景澜社区60 岁以上老人有\n"
	    "1400多人，其中独居老人近200\n"
	    "人，“吃饭难”是大家反映最多\n"
	    "的问题。社区腾出一处闲置用房，\n"
	    "引入专业餐饮企业运营，为老人\n"
	    "提供堂食和送餐服务，80岁以上\n"
	    "老人和低保老人还能享受额外补\n"
	    "贴。\n"
	    "食堂开张后，社区志愿者每\n"
	    "天为行动不便的老人送餐上门。\n"
	    "“谢谢你们，天天惦记着我们这\n"
	    "些老人。”接过饭盒时，独居的\n"
	    "沈奶奶总要拉着志愿者的手说上\n"
	    "几句。\n"
	    "据了解，今年我市计划新建\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "家门口的“幸福食堂”开张了");
	assert_int_equal(a->nparagraphs, 4);
	assert_int_equal(strncmp(a->paragraphs[1], "景澜社区60岁以上老人有1400多人", 42), 0);
	parse_page_free(pg);
}

/*
 * parse-9.221: on a page whose paragraphs open the column less an indent,
 * a line right after a paragraph's last, wider than a first line, with no
 * mark and no figure, over a first line, is a title (…就⏎业。⏎⏎南漾街道社区
 * 食堂推出“银发套餐”⏎一荤两素一汤，…): no paragraph opens so wide.  As wide
 * as that, one alone is no subheading of the story over it either: those
 * are shorter than a first line.  Read as one, the next story ran into the
 * story above.  (The page is one of our sample issues'.)
 */
static void
parse_9_221(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("总投资46亿元 计划2026年底建成投用\n"
	    "澄湖港区综合码头三期工程全面开工 建成后年吞吐能力将突破三千万吨\n"
	    "本报澄湖3月7 日电（记者 陈思远\n"
	    " 通讯员 顾磊） 3 月7日上午，澄湖港\n"
	    "区综合码头三期工程在东港作业区开工。\n"
	    "工程计划新建5万吨级泊位 4 个、2万\n"
	    "吨级泊位6个，配套建设堆场、仓库和\n"
	    "铁路专用线，总投资46亿元。\n"
	    "三期工程建成后，澄湖港区年货物\n"
	    "吞吐能力将由目前的1900万吨提升至\n"
	    "3100万吨以上，集装箱年吞吐能力达到\n"
	    "80万标箱，港区将从以散货为主的码头\n"
	    "转向散货、集装箱并重的综合性港区。\n"
	    "向海而兴：码头连起产业链\n"
	    "港口是澄湖临港产业的“出海口”。\n"
	    "近年来，星澜光电、禾润新能源等一批\n"
	    "重大项目相继落户临港新区，原材料进\n"
	    "港、产成品出港的需求逐年增加。去年，\n"
	    "港区为临港企业完成的货物运输量占全\n"
	    "部吞吐量的四成以上。\n"
	    "“以前我们的光学玻璃原料要先运\n"
	    "\n"
	    "到外地港口，再用货车转运过来，一吨\n"
	    "要多花六七十元。”星澜光电物流部负\n"
	    "责人宋立新说，三期码头建成后，原料\n"
	    "船可以直接靠泊，企业每年能省下近千\n"
	    "万元物流成本。\n"
	    "绿色港口：岸电覆盖所有泊位\n"
	    "按照设计方案，三期工程将实现岸\n"
	    "电设施全覆盖，船舶靠港期间使用岸上\n"
	    "电源，不再开启船上的柴油发电机。堆\n"
	    "场的装卸设备全部采用电力驱动，港区\n"
	    "内的集卡也将逐步更换为新能源车辆。\n"
	    "港区还将建设雨污分流和粉尘在线\n"
	    "监测系统，散货堆场全部加盖防风抑尘\n"
	    "网。澄湖港务集团工程部经理何建平介\n"
	    "绍，这些措施投用后，港区单位吞吐量\n"
	    "能耗预计比二期工程下降两成左右。\n"
	    "港城融合：物流园区同步推进\n"
	    "与码头同步建设的，还有占地680\n"
	    "亩的临港物流园区。园区将引进冷链仓\n"
	    "储、保税物流和多式联运企业，预计可\n"
	    "新增就业岗位2000个以上。\n"
	    "市交通运输局相关负责人表示，将\n"
	    "加强工程建设全过程监管，倒排工期、\n"
	    "挂图作战，确保三期工程按期建成，为\n"
	    "\n"
	    "澄湖建设现代化港口城市打下坚实基础。\n"
	    "\n"
	    "湖心岛上樱花开\n"
	    "3月7日，澄湖湖心岛上的樱花进入\n"
	    "盛花期，吸引不少市民和游客前来踏青\n"
	    "赏花。据了解，今年湖心岛新栽种了早\n"
	    "樱、晚樱等品种的樱花树300余株，花\n"
	    "期将持续到 4月上旬。\n"
	    "本报记者 陆峰摄\n"
	    "\n"
	    " 今天晴到多云，偏东风2到3级。明天多云，夜里有阵\n"
	    "雨。今天白天最高气温17℃，明天早晨最低气温8℃。\n"
	    "\n"
	    "一季度全市新增城镇就业岗位一万两千余个 高校毕业生留澄就业比例创新高\n"
	    "本报澄湖 3 月7日电（记者 周雯\n"
	    "通讯员 吴倩） 记者从市人力资源和社\n"
	    "会保障局获悉，今年1 至2 月，全市新\n"
	    "增城镇就业岗位12360个，城镇登记失\n"
	    "业率控制在2.1%以内，高校毕业生留澄\n"
	    "就业比例达到 61.5%，比去年同期提高\n"
	    "3.8个百分点。\n"
	    "今年以来，我市先后举办“春风行\n"
	    "动”等各类招聘活动46场，组织1800\n"
	    "余家次企业参会，提供岗位3.6 万个。\n"
	    "针对应届高校毕业生，我市推出住房补\n"
	    "\n"
	    "贴、见习补贴和创业扶持等12条措施，\n"
	    "吸引更多青年人才来澄留澄。\n"
	    "市人社局相关负责人表示，下一步\n"
	    "将开展重点企业用工服务专项行动，为\n"
	    "企业提供招聘、培训、社保等一站式服\n"
	    "务，努力实现更加充分、更高质量的就\n"
	    "业。\n"
	    "\n"
	    "南漾街道社区食堂推出“银发套餐”\n"
	    "一荤两素一汤，价格只要12元，80\n"
	    " 岁以上老人还能再打八折。3月起，南\n"
	    "漾街道的 5家社区食堂推出“银发套餐”，\n"
	    "每天中午为辖区老人提供营养均衡、软\n"
	    "烂适口的午餐。\n"
	    "街道还组织志愿者为行动不便的老\n"
	    "人送餐上门。开业一周来，各社区食堂\n"
	    "每天供应“银发套餐”400 余份，助餐\n"
	    "服务覆盖辖区60岁以上老人近 3000名。\n"
	    "（本报澄湖3月 7日电）\n");
	a = by_title(pg, "一季度全市新增城镇就业岗位一万两千余个 "
			 "高校毕业生留澄就业比例创新高");
	assert_int_equal(a->nparagraphs, 3);
	a = by_title(pg, "南漾街道社区食堂推出“银发套餐”");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 2);
	assert_int_equal(strncmp(a->paragraphs[0], "一荤两素一汤", 18), 0);
	parse_page_free(pg);
}

/*
 * parse-9.222: a story's first line at the top of a page, broken inside a
 * word at a column break (群众的每一条留言、每一个电话，背⏎⏎后都是一件具体的
 * 事。…), leaves its sentence open, though an ad's word is in it (电话):
 * a masthead's ear that names the paper's app leaves none open, but an
 * ear makes no sentence and does not pause.  Read as an ear, the line
 * became an ad's box and the story lost its opening.  (The page is one of
 * our sample archive's.)
 */
static void
parse_9_222(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、每一个电话，背\n"
	    "\n"
	    "后都是一件具体的事。对这些诉求能否一\n"
	    "一回应、件件落实，检验的是作风，考验\n"
	    "的是能力。\n"
	    "一段时间以来，我市在民生热线推行\n"
	    "“接诉即办”，群众反映的问题限时答复、\n"
	    "限期办结，办理结果由群众来评价。一年\n"
	    "下来，热线受理量增加了，满意率却不降\n"
	    "反升，说明只要真心实意去办，群众是看\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "让“一一回应”成为常态");
	assert_int_not_equal(a->kind, PARSE_AD);
	assert_int_equal(a->nparagraphs, 2);
	assert_int_equal(strncmp(a->paragraphs[0],
			     "群众的每一条留言、每一个电话，背后都是", 57),
	    0);
	parse_page_free(pg);
}

/*
 * parse-9.223: a commentary's signature at the end of its text (…的热土。⏎
 * 本报评论员) closes it: a line with no mark right under it, over a first
 * line (澄湖启动春季农业生产“百日行动”⏎  3月5 日，我市召开…), heads the next
 * story, no blank between.  Read as text, the next story ran into the
 * commentary.  (The page is one of our sample issues', indents kept.)
 */
static void
parse_9_223(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖时评\n"
	    "以“店小二”精神优化营商环境\n"
	    "——二论推动民营经济高质量发展\n"
	    "  营商环境就是生产力。一个地方能不\n"
	    "能留住企业、吸引项目，很大程度上取决\n"
	    "于营商环境好不好。\n"
	    "  当好“店小二”，就要有求必应、无\n"
	    "事不扰。企业有需要的时候，政府部门要\n"
	    "第一时间响应、第一时间解决；企业正常\n"
	    "\n"
	    "生产经营的时候，不随意检查、不层层加\n"
	    "码，让企业专心搞生产、安心谋发展。\n"
	    "  当好“店小二”，还要主动靠前、换\n"
	    "位思考。多站在企业的角度想问题，多问\n"
	    "一问企业需要什么、还缺什么，把政策和\n"
	    "服务做在企业开口之前。\n"
	    "  优化营商环境没有终点，只有连续不\n"
	    "断的新起点。只要我们始终把企业当家人、\n"
	    "把企业的事当自家事，澄湖就一定能成为\n"
	    "企业家投资兴业的热土。\n"
	    "\n"
	    "本报评论员\n"
	    "澄湖启动春季农业生产“百日行动”\n"
	    "  3月5 日，我市召开春季农业生产工\n"
	    "作会议，部署开展春季农业生产“百日行\n"
	    "动”，确保全年粮食播种面积稳定在32万\n"
	    "亩以上。\n"
	    "  会议要求，各镇街道要抓住当前有利\n"
	    "时机，扎实做好早稻育秧、小麦田间管理、\n"
	    "油菜病虫害防治等工作，加快推进高标准\n"
	    "农田建设，确保春耕生产有序开展。农业\n"
	    "农村部门要组织农技人员下沉一线，开展\n"
	    "技术指导服务。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "以“店小二”精神优化营商环境");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_string_equal(a->byline, "本报评论员");
	assert_int_equal(a->nparagraphs, 4);
	a = by_title(pg, "澄湖启动春季农业生产“百日行动”");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 2);
	assert_int_equal(strncmp(a->paragraphs[0], "3月5日，我市召开", 23), 0);
	parse_page_free(pg);
}

/*
 * parse-9.224: a line that opens a sentence after a full stop and ends on
 * a word (实干才能出实绩。让我们以) leaves the sentence open, as one that ends
 * on a pause does: the line after the column break that finishes it
 * (“天天”抓落实的韧劲、“事事”⏎见实效的拼劲，…) is its text, not a heading,
 * though it says the title's words.  Read as a heading, the commentary's
 * last paragraph became a piece of its own.  (The page is one of our
 * sample issues'.)
 */
static void
parse_9_224(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(" 澄湖发布 今澄湖客户端\n"
	    "\n"
	    "市十七届人大常委会召开第二十次会议\n"
	    "本报澄湖3月 6日电（记者\n"
	    "周雯） 3 月6日上午，市十七届\n"
	    "人大常委会召开第二十次会议。\n"
	    "市人大常委会主任许文华主持会\n"
	    "议，副主任陈国梁、蒋丽萍、何\n"
	    "志远出席。\n"
	    "会议听取和审议了市政府关\n"
	    "于2023年度国有资产管理情况的\n"
	    "综合报告，听取了关于民生实事\n"
	    "项目代表票决制实施情况的报告，\n"
	    "审议通过了有关人事任免事项。\n"
	    "会议强调，要认真研究处理\n"
	    "审议意见，持续加强国有资产管\n"
	    "理，推动民生实事项目按时保质\n"
	    "\n"
	    "完成，切实把好事办好、实事办\n"
	    "实。\n"
	    "\n"
	    "三言两语\n"
	    "“天天”抓落实\n"
	    "“事事”见实效\n"
	    "——三论推动民营经济高质量发展\n"
	    "抓落实，贵在天天抓、事事\n"
	    "抓。一分部署，九分落实，再好\n"
	    "的蓝图，如果不落到实处，也只\n"
	    "能是纸上谈兵。\n"
	    "天天抓落实，就要有只争朝\n"
	    "夕的紧迫感。今年的目标任务已\n"
	    "经明确，时间不等人，机遇不等\n"
	    "人。各级干部要把每一天都当作\n"
	    "关键的一天，把每一项任务都当\n"
	    "作重要的任务，今天能办的事绝\n"
	    "不拖到明天。\n"
	    "事事见实效，就要有较真碰\n"
	    "硬的精气神。检验工作的标准不\n"
	    "是开了多少会、发了多少文，而\n"
	    "是解决了多少问题、群众和企业\n"
	    "满意不满意。要盯住问题不放松，\n"
	    "一件一件抓、一项一项改，真正\n"
	    "做到件件有着落、事事有回音。\n"
	    "实干才能出实绩。让我们以\n"
	    "\n"
	    "“天天”抓落实的韧劲、“事事”\n"
	    "见实效的拼劲，跑出高质量发展\n"
	    "的加速度。\n"
	    "本报评论员\n"
	    "\n"
	    "我市春季重点项目开工仪式在临港新区举行\n"
	    "跑出项目建设“加速度”\n"
	    "本报澄湖3月6 日电（记者\n"
	    "陈思远）3月6 日上午，我市\n"
	    "2024年春季重点项目开工仪式在\n"
	    "临港新区星澜光电产业园举行。\n"
	    "当天共有8 个项目破土动工，总\n"
	    "投资 86.4亿元，今年计划完成\n"
	    "投资21.7 亿元。\n"
	    "\n"
	    "星澜光电产业园由澄湖星澜\n"
	    "光电科技有限公司投资32 亿元\n"
	    "建设，占地 286 亩，将建成高\n"
	    "端光学元件和激光器件生产基地，\n"
	    "投产后将成为我市光电产业链的\n"
	    "龙头项目。项目负责人说，企业\n"
	    "将倒排工期、加快施工，力争明\n"
	    "年二季度让首条生产线投产。\n"
	    "除星澜光电产业园外，此次\n"
	    "开工的还有澄湖港区综合码头二\n"
	    "\n"
	    "期、西塘桥镇未来社区、市第二\n"
	    "人民医院迁建等项目，涵盖产业\n"
	    "发展、基础设施、社会民生等多\n"
	    "个领域。（下转2版）\n"
	    "\n"
	    "工地上的“春日图”\n"
	    "3 月6日，在临港新区星澜\n"
	    "光电产业园项目现场，工人们正\n"
	    "在进行钢筋绑扎作业。开春以来，\n");
	a = by_title(pg, "“天天”抓落实“事事”见实效");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_int_equal(a->nparagraphs, 4);
	assert_non_null(strstr(a->paragraphs[3], "让我们以“天天”抓落实的韧劲"));
	assert_int_equal(pg->narticles, 5);
	parse_page_free(pg);
}

/*
 * parse-9.225: a dateline broken at a column break inside its bracket
 * (本报澄湖3月4日电（记者⏎⏎李敏 通讯员 吴倩 钱晓峰）): the line that closes
 * the bracket the line over it opened is the dateline's rest, not a
 * heading.  Read as one, it titled the story and left its title over the
 * dateline alone.  (The page is one of our sample issues'.)
 */
static void
parse_9_225(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("西塘桥镇企业之家\n"
	    "把服务送到车间\n"
	    "本报澄湖3月4日电（记者\n"
	    "\n"
	    "李敏 通讯员 吴倩 钱晓峰）\n"
	    "“厂里有几台设备想搞技术改造，\n"
	    "补助政策怎么申请？”3月4 日\n"
	    "上午，在西塘桥镇企业之家服务\n"
	    "大厅，澄湖恒达精工机械有限公\n"
	    "司财务负责人周晓燕一进门就提\n"
	    "出了问题。工作人员当场调出政\n"
	    "策清单，一条一条讲解申报条件，\n"
	    "不到半小时，企业就拿到了完整\n"
	    "的材料指引。\n"
	    "这是西塘桥镇企业之家开门\n"
	    "办公的一个日常场景。去年以来，\n"
	    "西塘桥镇把分散在经济发展、市\n"
	    "场监管、人力社保等部门的涉企\n"
	    "\n"
	    "服务事项集中起来，打造“一站\n"
	    "式”企业服务综合体，企业办事\n"
	    "从“跑多门”变成“进一门”。\n"
	    "不仅如此，企业之家还组建\n"
	    "了一支由12名骨干组成的“车间\n"
	    "服务队”，每周固定两天下企业，\n"
	    "把政策宣讲、诉求收集、难题会\n"
	    "商搬到车间现场。截至目前，服\n"
	    "务队已走访企业236家次，收集\n"
	    "各类诉求148个，已办结139个。\n"
	    "（下转2版）\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "西塘桥镇企业之家把服务送到车间");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 3);
	assert_int_equal(strncmp(a->paragraphs[0], "本报澄湖3月4日电（记者李敏", 38),
	    0);
	parse_page_free(pg);
}

/*
 * parse-9.226: a sign-off broken at a column break (…实事办实。（本报澄湖
 * 3 月 6⏎⏎日电）) ends its story all the same: the line that closes it is
 * the story's last, and the story is closed, so the text after it (a
 * story's, its title elsewhere) does not take the sign-off's rest for
 * its title.  (The page is one of our sample issues', indents kept.)
 */
static void
parse_9_226(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 k, n;

	(void)state;
	pg = parse_str("市十七届人大常委会召开第二十次会议\n"
	    "本报记者 周雯\n"
	    "  3月6日上午，市十七\n"
	    "届人大常委会召开第二十\n"
	    "次会议。市人大常委会主\n"
	    "任许文华主持会议，副主\n"
	    "任陈国梁、蒋丽萍、何志\n"
	    "远出席。\n"
	    "  会议听取和审议了市\n"
	    "政府关于 2023年度国有\n"
	    "资产管理情况的综合报告，\n"
	    "\n"
	    "听取了关于民生实事项目\n"
	    "代表票决制实施情况的报\n"
	    "告，审议通过了有关人事\n"
	    "任免事项。\n"
	    "  会议强调，要认真研\n"
	    "究处理审议意见，持续加\n"
	    "强国有资产管理，推动民\n"
	    "生实事项目按时保质完成，\n"
	    "切实把好事办好、实事办\n"
	    "实。（本报澄湖 3 月 6\n"
	    "\n"
	    "日电）\n"
	    "\n"
	    "  本报澄湖 3月6日电\n"
	    "（记者 沈一鸣 通讯员\n"
	    "孙明浩）“谢谢，谢谢你\n"
	    "\n"
	    "们帮我把钱追了回来！”\n"
	    "3月5 日，在澄湖市公安\n"
	    "局反诈中心，市民李女士\n"
	    "拿到被追回的86万元后激\n"
	    "动不已。\n"
	    "  今年 1月，李女士接\n"
	    "到一个自称“网购平台客\n"
	    "服”的电话，对方称她购\n"
	    "买的商品存在质量问题，\n"
	    "需要办理退款。在对方的\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "市十七届人大常委会召开第二十次会议");
	assert_int_equal(a->nparagraphs, 3);
	n = strlen(a->paragraphs[2]);
	assert_true(n > 29);
	assert_string_equal(a->paragraphs[2] + n - 29, "（本报澄湖3月6日电）");
	for (k = 0; k < pg->narticles; k++)
		assert_null(strstr(pg->articles[k].title, "日电）"));
	parse_page_free(pg);
}

/*
 * parse-9.227: a title of two lines set apart under a picture's credit
 * (…本报记者 陆峰、马骁摄⏎⏎南漾街道文化礼堂⏎周末“好戏”连台⏎越剧选段、评弹
 * 小调、⏎少儿舞蹈…), over a first line whose closing pause hangs past the
 * column: both lines are the title's.  The second was read as the text's
 * first words.  (The page is one of our sample issues'.)
 */
static void
parse_9_227(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("湖畔春色\n"
	    "近日，澄湖风景区湖\n"
	    "畔的早樱陆续绽放，吸引\n"
	    "众多市民和游客前来踏青\n"
	    "赏花、拍照留念。\n"
	    "本报记者 陆峰、马骁摄\n"
	    "\n"
	    "南漾街道文化礼堂\n"
	    "周末“好戏”连台\n"
	    "越剧选段、评弹小调、\n"
	    "少儿舞蹈轮番登场……3\n"
	    "月2 日下午，南漾街道新\n"
	    "桥村文化礼堂座无虚席，\n"
	    "一场由村民自编自演的周\n"
	    "末文艺汇演让大家看得津\n"
	    "津有味。\n"
	    "去年以来，南漾街道\n"
	    "推出文化礼堂“周周有活\n"
	    "动”计划，各村根据村民\n"
	    "喜好“点单”，街道统筹\n"
	    "文化资源“配送”，全年\n"
	    "\n"
	    "共开展演出、讲座、培训\n"
	    "等活动320 余场，参与群\n"
	    "众超过 4万人次。\n"
	    "“以前周末没什么去\n"
	    "处，现在礼堂里常常有节\n"
	    "目，老老少少都愿意来。”\n"
	    "新桥村村民吴阿姨说，她\n"
	    "还报名参加了礼堂的排舞\n"
	    "队，每周都来练习。\n");
	a = by_title(pg, "南漾街道文化礼堂周末“好戏”连台");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 3);
	assert_int_equal(strncmp(a->paragraphs[0], "越剧选段", 12), 0);
	parse_page_free(pg);
}

/*
 * parse-9.228: a paragraph's first line broken short of a figure at a
 * column break (禾润新能源科技有限公司成立于⏎⏎2016 年，是一家…) is the
 * paragraph's, though the line the figure opens reads a little short of
 * the column: a figure's width is unsure, and so is its line's.  Read as
 * a title, it cut its story in two.  (The page is one of our sample
 * issues'.)
 */
static void
parse_9_228(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "总投资30亿元 项目达产后年产值可达60亿元\n"
	    "禾润新能源电池项目签约落户澄湖经开\n"
	    "本报记者 陈思远\n"
	    "3月5日上午，禾润新能源储能电\n"
	    "池项目签约仪式在澄湖经济技术开发\n"
	    "区举行。市领导方立群、韩卫东出席\n"
	    "签约仪式。\n"
	    "\n"
	    "禾润新能源科技有限公司成立于\n"
	    "2016 年，是一家专注于储能电池研\n"
	    "发、生产和系统集成的高新技术企业，\n"
	    "产品远销欧洲、东南亚等30多个国家\n"
	    "和地区。此次签约的项目总投资 30\n"
	    "亿元，分两期建设，主要建设储能电\n"
	    "池电芯及模组生产线，全部达产后可\n"
	    "形成年产10GWh储能电池的生产能力，\n"
	    "年产值可达60亿元。\n"
	    "“我们看中的不仅是澄湖的区位\n"
	    "优势，更是这里的产业生态和服务效\n"
	    "率。”禾润新能源董事长宋立新说，\n"
	    "项目一期计划今年6月开工建设，\n"
	    "2025年底前投产。\n"
	    "\n"
	    "市委书记方立群在签约仪式上表\n"
	    "示，新能源是我市重点培育的产业链\n"
	    "之一，禾润项目的落户将进一步壮大\n"
	    "我市新能源产业集群。我市将以最优\n"
	    "的服务、最强的保障，全力推动项目\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "禾润新能源电池项目签约落户澄湖经开");
	assert_int_equal(a->nparagraphs, 4);
	assert_int_equal(
	    strncmp(a->paragraphs[1], "禾润新能源科技有限公司成立于2016年", 49), 0);
	parse_page_free(pg);
}

/*
 * parse-9.229: text opening inside a paragraph right after a story's quote
 * closed, a column break between (…现在楼下就有车位了。”⏎⏎3月4日晚，湖滨
 * 街道新华小区居民刘先⏎生停好车后说。), says who said it: the story's text
 * still, not the rest of a box left open elsewhere on the page.  (The
 * page is one of our sample issues', cut down.)
 */
static void
parse_9_229(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "澄湖书城\n"
	    "春季读书月 全场图书八折\n"
	    "活动时间：3月1日至3月31日\n"
	    "\n"
	    "创新突破\n"
	    "实干争先\n"
	    "\n"
	    "惠企政策“免申即享”\n"
	    "1.2亿元资金直达企业\n"
	    "  “没想到不用提交任何材料，补\n"
	    "助资金就直接打到了公司账户上。”\n"
	    "3月5 日，澄湖远澄智能装备有限公\n"
	    "司财务经理收到了一笔48万元的技术\n"
	    "改造补助，这让她有些意外。\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "  本报澄湖3月5日电（记者 徐嘉禾\n"
	    "通讯员 孙明浩） “以前晚上回来要绕\n"
	    "小区转好几圈，现在楼下就有车位了。”\n"
	    "\n"
	    "3月4日晚，湖滨街道新华小区居民刘先\n"
	    "生停好车后说。\n"
	    "  新华小区建于2000年前后，原有车\n"
	    "位不足300个，而居民车辆已超过 600\n"
	    "辆，停车难问题困扰居民多年。去年，\n"
	    "湖滨街道结合老旧小区改造，通过拆除\n"
	    "违章建筑、改造闲置绿地、错时共享周\n"
	    "边单位停车场等办法，新增停车位286\n"
	    "个。\n"
	    "  小区还引入智慧停车系统，居民通\n"
	    "过手机就能看到空余车位，临时访客车\n"
	    "辆也能预约停放。街道相关负责人表示，\n"
	    "今年将在辖区另外5个老旧小区推广这\n"
	    "一做法。\n"
	    "\n");
	a = by_title(pg, "湖滨街道：小区停车难有了新解法");
	assert_int_equal(a->nparagraphs, 4);
	assert_int_equal(strncmp(a->paragraphs[1], "3月4日晚，", 14), 0);
	a = by_title(pg, "春季读书月 全场图书八折");
	assert_int_equal(a->nparagraphs, 1);
	parse_page_free(pg);
}

/*
 * parse-9.230: an ad's box set into the column where a story stops (…上优质
 * 水稻。⏎⏎澄湖市第一人民医院⏎…⏎咨询电话：0573-…) stands between the story's
 * last line and the next title; on a page that indents its paragraphs, a
 * line as wide as the column under the box, over a first line, is that
 * title (湖滨街道：小区停车难有了新解法), its colon after a place's name
 * no sentence's mark.  Read as the text under the box, it ran the next
 * story into the one over the box.  (The page is one of our sample
 * issues', cut down.)
 */
static void
parse_9_230(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "澄湖启动春季农业生产“百日行动”\n"
	    "本报记者 顾晓岚\n"
	    "3月5 日，我市召开春季农业\n"
	    "生产工作会议，部署开展春季农业\n"
	    "生产“百日行动”，确保全年粮食\n"
	    "\n"
	    "播种面积稳定在32 万亩以上。\n"
	    "会议要求，各镇街道要抓住当\n"
	    "前有利时机，扎实做好早稻育秧、\n"
	    "小麦田间管理、油菜病虫害防治等\n"
	    "工作，加快推进高标准农田建设，\n"
	    "确保春耕生产有序开展。农业农村\n"
	    "部门要组织农技人员下沉一线，开\n"
	    "展技术指导服务。\n"
	    "今年，我市还将安排三农专项\n"
	    "资金2.6亿元，重点支持粮食生产、\n"
	    "农业机械化和农村人居环境提升，\n"
	    "并对种粮大户给予每亩最高 200元\n"
	    "的补贴，进一步调动农民种粮积极\n"
	    "性。\n"
	    "“补贴提高了，农技员常常来\n"
	    "田头指导，今年种粮心里更踏实了。”\n"
	    "西塘桥镇种粮大户钱建平说，他今\n"
	    "年流转了860 亩土地，准备全部种\n"
	    "上优质水稻。\n"
	    "\n"
	    "澄湖市第一人民医院\n"
	    "互联网医院上线\n"
	    "在线问诊 处方流转 药品配送\n"
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "“以前晚上回来要绕小区转好\n"
	    "几圈，现在楼下就有车位了。”3\n"
	    "\n"
	    "月 4 日晚，湖滨街道新华小区居\n"
	    "民刘先生停好车后说。\n"
	    "新华小区建于2000年前后，原\n"
	    "有车位不足 300个，而居民车辆已\n"
	    "超过600 辆，停车难问题困扰居民\n"
	    "多年。去年，湖滨街道结合老旧小\n"
	    "区改造，通过拆除违章建筑、改造\n"
	    "闲置绿地、错时共享周边单位停车\n"
	    "场等办法，新增停车位 286 个。\n");
	a = by_title(pg, "湖滨街道：小区停车难有了新解法");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 2);
	assert_int_equal(strncmp(a->paragraphs[0], "“以前晚上", 15), 0);
	a = by_title(pg, "澄湖启动春季农业生产“百日行动”");
	assert_int_equal(a->nparagraphs, 4);
	parse_page_free(pg);
}

/*
 * parse-9.231: a one-line heading as long as a title (ten ems or more),
 * with no mark and not two phrases, under a story that has had no
 * subheading, heads a story of its own when it says none of the story's
 * words (…我们再辛苦也值得。”⏎柳浦镇湖羊养殖走出共富路⏎走进柳浦镇永丰村
 * 的…): a subheading is short, or says its story's.  Read as a
 * subheading, it ran the next story into the one over it.  (The page is
 * one of our sample issues', cut down.)
 */
static void
parse_9_231(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "老楼加装电梯 居民“上下”不再难\n"
	    "本报记者 徐嘉禾\n"
	    "“以前下一趟楼要歇两回，现在\n"
	    "按一下按钮就到了。”3 月3日，家\n"
	    "住凤鸣街道梅溪新村12幢的83岁居民\n"
	    "陆阿婆乘着新装好的电梯下楼晒太阳，\n"
	    "脸上满是笑容。这部电梯是梅溪新村\n"
	    "今年完工的第3部加装电梯。\n"
	    "截至目前，我市已累计完成既有\n"
	    "住宅加装电梯217台，另有46台正在\n"
	    "施工。市住建局相关负责人表示，今\n"
	    "年将继续简化审批流程，推行“一窗\n"
	    "受理、并联审批”，让更多老旧小区\n"
	    "的居民圆上“电梯梦”。\n"
	    "“过去是求着大家签字，现在是\n"
	    "大家排着队来报名。”梅溪新村社区\n"
	    "书记朱海燕笑着说，“能为老人们办\n"
	    "成这件事，我们再辛苦也值得。”\n"
	    "柳浦镇湖羊养殖走出共富路\n"
	    "走进柳浦镇永丰村的湖羊养殖基\n"
	    "地，一排排标准化羊舍整齐排列，自\n"
	    "动喂料机沿着轨道缓缓移动。这个总\n"
	    "投资1800万元的养殖基地去年建成投\n"
	    "用，存栏湖羊3200余只，年出栏量可\n"
	    "达8000只。\n"
	    "“原来家家户户在屋后养几只羊，\n"
	    "粪污难处理，收入也不稳定。”永丰\n"
	    "村党支部书记金国华介绍，村里引进\n"
	    "澄湖牧原农业科技有限公司，以“公\n"
	    "司+合作社+农户”模式集中养殖，农\n"
	    "\n"
	    "户既能拿租金和分红，还能在基地务\n"
	    "工。\n");
	a = by_title(pg, "柳浦镇湖羊养殖走出共富路");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 2);
	assert_int_equal(strncmp(a->paragraphs[0], "走进柳浦镇", 15), 0);
	a = by_title(pg, "老楼加装电梯 居民“上下”不再难");
	assert_int_equal(a->nparagraphs, 3);
	parse_page_free(pg);
}

/*
 * parse-9.232: a sentence ended one em short of its column only because
 * the quote that opens the next was pushed down, an opening mark never
 * ending a line (…还要⏎在多个部门之间来回跑。⏎⏎“有的小企业没有专人研究⏎
 * 政策，…), leaves its paragraph open across the column break: the line
 * as wide as the column under the break opens no paragraph, and goes on
 * the story over it, not into a box left open elsewhere on the page.
 * (The page is one of our sample issues', cut down.)
 */
static void
parse_9_232(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "澄湖启动春季农业生产“百日行动”\n"
	    "本报澄湖 3月5日电\n"
	    "（记者 顾晓岚）3月5日，\n"
	    "我市召开春季农业生产工作\n"
	    "会议，部署开展春季农业生\n"
	    "产“百日行动”，确保全年\n"
	    "粮食播种面积稳定在32万亩\n"
	    "以上。\n"
	    "“补贴提高了，农技员\n"
	    "常常来田头指导，今年种粮\n"
	    "心里更踏实了。”西塘桥镇\n"
	    "种粮大户钱建平说，他今年\n"
	    "流转了860 亩土地，准备全\n"
	    "部种上优质水稻。\n"
	    "\n"
	    "澄湖市第一人民医院\n"
	    "互联网医院上线\n"
	    "在线问诊 处方流转 药品配送\n"
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "惠企政策“免申即享” 1.2亿元资金直达企业\n"
	    "（上接1版）过去，企\n"
	    "业申报一项政策，往往要准\n"
	    "备营业执照、财务报表、项\n"
	    "目证明等十几份材料，还要\n"
	    "在多个部门之间来回跑。\n"
	    "\n"
	    "“有的小企业没有专人研究\n"
	    "政策，明明符合条件却不知\n"
	    "道申报，白白错过。”市经\n"
	    "信局相关负责人说。\n"
	    "为此，我市依托企业综\n"
	    "合服务平台，梳理出首批42\n"
	    "项可“免申即享”的政策事\n");
	a = by_title(pg, "惠企政策“免申即享”1.2亿元资金直达企业");
	assert_int_equal(a->nparagraphs, 3);
	assert_int_equal(strncmp(a->paragraphs[1], "“有的小企业", 18), 0);
	a = by_title(pg, "澄湖启动春季农业生产“百日行动”");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "有的小企业"));
	parse_page_free(pg);
}

/*
 * parse-9.233: a title nearly as wide as its column with its column's
 * name right under it (让“一一回应”成为常态⏎澄言⏎群众的每一条留言、每⏎…),
 * after a story's last sentence, heads a story of its own when it says
 * none of the words of the story over it, though no signature ends its
 * text.  Read as a subheading of two lines, it ran the commentary into
 * the news story over it.  One short of the column over two characters
 * is still a subheading the column broke (parse-9.129).  (The page is one
 * of our sample issues', cut down.)
 */
static void
parse_9_233(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "南漾街道文化礼堂 周末“好戏”连台\n"
	    "新华社澄湖3月4 日电\n"
	    "（记者 徐嘉禾）越剧选段、\n"
	    "评弹小调、少儿舞蹈轮番登\n"
	    "场……3 月2 日下午，南漾\n"
	    "街道新桥村文化礼堂座无虚\n"
	    "席，一场由村民自编自演的\n"
	    "周末文艺汇演让大家看得津\n"
	    "津有味。\n"
	    "“以前周末没什么去处，\n"
	    "现在礼堂里常常有节目，老\n"
	    "老少少都愿意来。”新桥村\n"
	    "村民吴阿姨说，她还报名参\n"
	    "加了礼堂的排舞队，每周都\n"
	    "\n"
	    "来练习。\n"
	    "让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、每\n"
	    "一个电话，背后都是一件具\n"
	    "体的事。对这些诉求能否一\n"
	    "一回应、件件落实，检验的\n"
	    "是作风，考验的是能力。\n"
	    "一段时间以来，我市在\n"
	    "民生热线推行“接诉即办”，\n"
	    "群众反映的问题限时答复、\n"
	    "限期办结，办理结果由群众\n"
	    "来评价。一年下来，热线受\n"
	    "理量增加了，满意率却不降\n"
	    "反升，说明只要真心实意去\n"
	    "办，群众是看得见的。\n"
	    "一一回应，不是简单地\n"
	    "回个电话、发条短信，而是\n"
	    "要把问题真正解决。有的问\n"
	    "题牵涉多个部门，就要建立\n"
	    "协同机制，不能互相推诿；\n"
	    "有的问题一时解决不了，也\n"
	    "要说明原因、给出时间表，\n"
	    "让群众心里有底。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "南漾街道文化礼堂 周末“好戏”连台");
	assert_int_equal(a->nparagraphs, 2);
	a = &pg->articles[1];
	assert_int_equal(a->nparagraphs, 3);
	assert_int_equal(strncmp(a->paragraphs[0], "群众的每一条留言", 24), 0);
	parse_page_free(pg);
}

/*
 * parse-9.234: two lines with no mark right after the note that a story
 * goes on on another page (…已办结139⏎个。（下转2 版）⏎市政府召开常务会议⏎
 * 研究部署一季度稳增长工作⏎3月4日下午，市长韩卫⏎…), over a lead that
 * opens on its day, are the next story's kicker and title: nothing of
 * the story goes on after the note.  Read as its text, they ran the next
 * story into it.  (The page is one of our sample issues', cut down.)
 */
static void
parse_9_234(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "西塘桥镇企业之家\n"
	    "把服务送到车间\n"
	    "本报澄湖3月4日电（记\n"
	    "者 李敏 通讯员 吴倩 钱晓\n"
	    "峰）“厂里有几台设备想搞\n"
	    "技术改造，补助政策怎么申\n"
	    "请？”3月4日上午，在西塘\n"
	    "桥镇企业之家服务大厅，澄\n"
	    "湖恒达精工机械有限公司财\n"
	    "务负责人周晓燕一进门就提\n"
	    "出了问题。工作人员当场调\n"
	    "出政策清单，一条一条讲解\n"
	    "申报条件，不到半小时，企\n"
	    "业就拿到了完整的材料指引。\n"
	    "这是西塘桥镇企业之家\n"
	    "开门办公的一个日常场景。\n"
	    "不仅如此，企业之家还\n"
	    "组建了一支由12名骨干组成\n"
	    "的“车间服务队”，每周固\n"
	    "定两天下企业，把政策宣讲、\n"
	    "诉求收集、难题会商搬到车\n"
	    "间现场。截至目前，服务队\n"
	    "已走访企业236家次，收集\n"
	    "各类诉求148个，已办结139\n"
	    "个。（下转2 版）\n"
	    "市政府召开常务会议\n"
	    "研究部署一季度稳增长工作\n"
	    "3月4日下午，市长韩卫\n"
	    "东主持召开市政府第二十六\n"
	    "次常务会议，研究部署一季\n"
	    "度稳增长工作，审议《澄湖\n"
	    "市促进民营经济高质量发展\n"
	    "若干措施》等文件。\n"
	    "会议指出，一季度是全\n"
	    "年工作的基础，各地各部门\n"
	    "要紧盯目标任务，坚持问题\n"
	    "导向，抓好工业生产、项目\n"
	    "投资、消费促进等重点工作，\n"
	    "全力以赴冲刺首季“开门红”。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "研究部署一季度稳增长工作");
	assert_string_equal(a->kicker, "市政府召开常务会议");
	assert_int_equal(a->nparagraphs, 2);
	assert_int_equal(strncmp(a->paragraphs[0], "3月4日下午", 14), 0);
	a = by_title(pg, "西塘桥镇企业之家把服务送到车间");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "市政府"));
	parse_page_free(pg);
}

/*
 * parse-9.235: a title right under a commentary's closing signature may
 * hold a colon after a place's name (…的热土。⏎本报评论员⏎湖滨街道：小区
 * 停车难有了新解法⏎“以前晚上回来要绕小区转好几圈，⏎…), and the first line
 * under it may hang its pause past the column: the signature closed the
 * commentary, and the title heads the next story.  Read as the
 * commentary's text, it ran the next story into it.  (The page is one
 * of our sample issues', cut down.)
 */
static void
parse_9_235(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "三言两语\n"
	    "以“店小二”精神优化营商环境\n"
	    "——二论推动民营经济高质量发展\n"
	    "营商环境就是生产力。一个地方能\n"
	    "不能留住企业、吸引项目，很大程度上\n"
	    "取决于营商环境好不好。\n"
	    "优化营商环境没有终点，只有连续\n"
	    "不断的新起点。只要我们始终把企业当\n"
	    "家人、把企业的事当自家事，澄湖就一\n"
	    "定能成为企业家投资兴业的热土。\n"
	    "本报评论员\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "“以前晚上回来要绕小区转好几圈，\n"
	    "现在楼下就有车位了。”3月4日晚，湖\n"
	    "滨街道新华小区居民刘先生停好车后说。\n"
	    "新华小区建于2000年前后，原有车\n"
	    "位不足300个，而居民车辆已超过600辆，\n"
	    "停车难问题困扰居民多年。去年，湖滨\n"
	    "街道结合老旧小区改造，通过拆除违章\n"
	    "\n"
	    "建筑、改造闲置绿地、错时共享周边单\n"
	    "位停车场等办法，新增停车位 286个。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "湖滨街道：小区停车难有了新解法");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 2);
	assert_int_equal(strncmp(a->paragraphs[0], "“以前晚上", 15), 0);
	a = by_title(pg, "以“店小二”精神优化营商环境");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_int_equal(a->nparagraphs, 2);
	parse_page_free(pg);
}

/*
 * parse-9.236: a paragraph's first line that opens on the year and its
 * month and a pause (今年1月，李女士接到一个自称⏎⏎“网购平台客服”的电话，…),
 * a column break under it, is a lead's opening as 近日，… is, never a
 * heading.  Read as a title, it cut its story in two.  (The page is one
 * of our sample issues', cut down.)
 */
static void
parse_9_236(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "冒充客服骗走积蓄 民警追回86万元\n"
	    "本报澄湖 3 月 6 日电（记者 沈\n"
	    "一鸣 通讯员 孙明浩） “谢谢，谢谢\n"
	    "你们帮我把钱追了回来！”3 月5日，\n"
	    "在澄湖市公安局反诈中心，市民李女士\n"
	    "拿到被追回的 86 万元后激动不已。\n"
	    "今年1月，李女士接到一个自称\n"
	    "\n"
	    "“网购平台客服”的电话，对方称她购\n"
	    "买的商品存在质量问题，需要办理退款。\n"
	    "在对方的诱导下，李女士下载了一款会\n"
	    "议软件并开启屏幕共享，短短两个小时\n"
	    "内，账户里的钱被分多次转走。\n"
	    "接到报警后，市公安局迅速成立专\n"
	    "案组，连续奋战40 多天，辗转多个省\n"
	    "市，成功抓获犯罪嫌疑人 5名，为李女\n"
	    "士追回全部被骗资金。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "冒充客服骗走积蓄 民警追回86万元");
	assert_int_equal(a->nparagraphs, 3);
	assert_int_equal(strncmp(a->paragraphs[1], "今年1月，", 13), 0);
	parse_page_free(pg);
}

/*
 * parse-9.237: a heading broken at its pause, the pause set again at the
 * head of its next line, is the heading's even right under a kicker with
 * no blank between: a line short of its column that ends on a pause ends
 * no paragraph's line, and no text opens on a pause.  The line over it
 * that closes a quotation is its kicker.  (pdftotext -layout sets a large
 * title's lines on rows of their own, with no blank between.)
 */
static void
parse_9_237(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "“晚上又有地方逛了”\n"
	    "夜市开张，\n"
	    "，老街重现烟火气\n"
	    "3月以来，澄湖老街夜市重新开张，每\n"
	    "晚六点到十点，六十多个摊位沿街排开，小\n"
	    "吃、手作、旧书应有尽有，吸引了大批市民和\n"
	    "游客。\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "夜市开张，老街重现烟火气");
	assert_string_equal(a->kicker, "“晚上又有地方逛了”");
	assert_int_equal(a->nparagraphs, 1);
	assert_para_starts(a, "3月以来");
	parse_page_free(pg);
}

/*
 * parse-9.238: on a page whose paragraphs keep their indent, a line that
 * is not indented, set apart (here at the head of a new page, after a
 * form feed), with no mark in it, over an indented first line, is a
 * title: a paragraph's last line ends its sentence.  It was read as a
 * paragraph of the story above.  (The page is one of our sample issues',
 * cut down.)
 */
static void
parse_9_238(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("老楼加装电梯 居民“上下”不再难\n"
	    "  截至目前，我市已累计完成既有住宅\n"
	    "加装电梯217台，另有46台正在施工。\n"
	    "  “过去是求着大家签字，现在是大家\n"
	    "排着队来报名。”社区书记笑着说，“能\n"
	    "为老人们办成这件事，我们再辛苦也值\n"
	    "得。”\n"
	    "\f\n"
	    "家门口的“幸福食堂”开张了\n"
	    "  一荤两素一汤，只要12元。3\n"
	    "月4日中午，湖滨街道景澜社区\n"
	    "“幸福食堂”正式开张，不少老人\n"
	    "早早就来排队。“饭菜软硬正好，\n"
	    "价钱也公道，以后不用自己开火了。”\n"
	    "  食堂开张后，社区志愿者每天\n"
	    "为行动不便的老人送餐上门。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "老楼加装电梯 居民“上下”不再难");
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "家门口的“幸福食堂”开张了");
	assert_int_equal(a->nparagraphs, 2);
	assert_para_starts(a, "一荤两素");
	parse_page_free(pg);
}

/*
 * parse-9.239: a label right over a weather box (天气预报) is the box's,
 * its text kept: it was marked used and dropped from the page.
 */
static void
parse_9_239(void **state)
{
	struct parse_page		*pg;
	size_t				 i;
	int				 seen = 0;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日上午，澄湖港区至南洋群岛的首"
	    "条远洋集装箱航线正式开通。\n"
	    "\n"
	    "天气预报\n"
	    "今天多云，午后转晴。明天晴到多云，偏北风3到4级。\n"
	    "今天白天最高气温16℃，明天早晨最低气温5℃。\n");
	assert_non_null(pg->weather);
	assert_int_equal(pg->weather->high, 16);
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		if (a->kind == PARSE_WEATHER) {
			assert_string_equal(a->title, "天气预报");
			seen = 1;
		}
	}
	assert_true(seen);
	parse_page_free(pg);
}

/*
 * parse-9.240: a heading's first line far wider than every line under it,
 * with no blank between and the break inside no word, is the kicker over
 * a title in larger type (pdftotext -layout keeps no blank between them).
 * It was read as the title's first part.
 */
static void
parse_9_240(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "临港新区推动新能源产业链延链补链强链\n"
	    "电池项目落地\n"
	    "投产正当时\n"
	    "本报澄湖3月6日电（记者 周雯）6日上\n"
	    "午，临港新区禾润新能源电池项目正式投\n"
	    "产，项目总投资12亿元，达产后年产值可\n"
	    "达30亿元。\n");
	a = by_title(pg, "电池项目落地投产正当时");
	assert_string_equal(a->kicker, "临港新区推动新能源产业链延链补链强链");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	parse_page_free(pg);
}

/*
 * parse-9.241: a weather box as other papers print it says its sky and
 * wind on lines of their own, under a label or with no day named (今天 多
 * 云⏎东南风3-4级⏎最低温度6℃…; 晴到多云 9℃～18℃⏎东南风3-4级): both are
 * read, not only the temperatures.  The label is the box's heading.
 */
static void
parse_9_241(void **state)
{
	struct parse_page	*pg;
	size_t			 i;
	int			 seen = 0;

	(void)state;
	pg = parse_str("今日天气\n\n晴到多云 9℃～18℃\n东南风3-4级\n\n"
	    "湖滨公园樱花进入盛花期\n"
	    "新华社澄湖3月7日电 连日来，湖滨公\n"
	    "园的三千余株樱花陆续进入盛花期。\n");
	assert_non_null(pg->weather);
	assert_string_equal(pg->weather->today, "晴到多云");
	assert_string_equal(pg->weather->wind, "东南风3-4级");
	parse_page_free(pg);
	pg = parse_str("湖滨公园樱花进入盛花期\n"
	    "新华社澄湖3月7日电 连日来，湖滨公\n"
	    "园的三千余株樱花陆续进入盛花期。\n\n"
	    "天气预报\n今天 多云\n东南风3-4级\n最低温度6℃\n最高温度15℃\n");
	assert_non_null(pg->weather);
	assert_string_equal(pg->weather->today, "多云");
	assert_string_equal(pg->weather->wind, "东南风3-4级");
	assert_int_equal(pg->weather->low, 6);
	assert_int_equal(pg->weather->high, 15);
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].kind == PARSE_WEATHER) {
			assert_non_null(strstr(pg->articles[i].title, "多云"));
			seen = 1;
		}
	}
	assert_true(seen);
	parse_page_free(pg);
}

/*
 * parse-9.242: in Markdown, lines broken by hand that finish no sentence
 * (an ad's name and what it offers), over a number to call set apart, are
 * one ad with it: they were the last paragraph of the story above, and
 * the ad kept only its number.
 */
static void
parse_9_242(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;
	int				 seen = 0;
	char				*all;

	(void)state;
	pg = parse_str("# 湖滨街道：小区停车难有了新解法\n\n"
	    "本报讯 3月4日晚，湖滨街道新华小区居民刘先生停好车后说，现在楼下"
	    "就有车位了。\n\n"
	    "街道相关负责人表示，今年将在辖区另外5个老旧小区推广这一做法。\n\n"
	    "澄湖市第一人民医院  \n"
	    "互联网医院上线  \n"
	    "在线问诊 处方流转 药品配送  \n\n"
	    "咨询电话：0573-85012345  \n");
	a = by_title(pg, "湖滨街道：小区停车难有了新解法");
	assert_int_equal(a->nparagraphs, 2);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (a->kind != PARSE_AD)
			continue;
		all = paras(a);
		assert_non_null(strstr(all, "澄湖市第一人民医院"));
		assert_non_null(strstr(all, "咨询电话"));
		free(all);
		seen++;
	}
	assert_int_equal(seen, 1);
	parse_page_free(pg);
}

/*
 * parse-9.243: a heading of a line or two that ends on a verb saying what
 * follows (…召开座谈会强调, …领导小组印发通知), right over another
 * heading, is that heading's kicker: it was left a banner of its own.
 */
static void
parse_9_243(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("\n"
	    "市委全面深化改革委员会办公室印发通知\n"
	    "\n"
	    "扎实推进营商环境改革各项任务落地见效\n"
	    "本报澄湖3月7日电（记者 宋远帆）近日，市\n"
	    "委全面深化改革委员会办公室印发通知，要\n"
	    "求各地各部门对照年度改革任务清单，扎实\n"
	    "推进营商环境改革各项任务落地见效。\n");
	a = by_title(pg, "扎实推进营商环境改革各项任务落地见效");
	assert_string_equal(a->kicker, "市委全面深化改革委员会办公室印发通知");
	assert_int_equal(pg->narticles, 1);
	parse_page_free(pg);
}

/*
 * parse-9.244: a speaker's words set apart over a title, his name and a
 * colon first, with no full stop (韩卫东：坚定信心、真抓实干，…⏎…作风要更
 * 扎实), are the title's kicker, though they pause as a kicker with no
 * mark may not.  They were a banner of their own.
 */
static void
parse_9_244(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "韩卫东：坚定信心、真抓实干，项目要更快落地、服务要更\n"
	    "加贴心、作风要更扎实\n"
	    "\n"
	    "全力以赴抓好一季度重点项目建设\n"
	    "本报澄湖3月6日电（记者 周雯）6日上\n"
	    "午，市长韩卫东前往临港新区，实地检查一\n"
	    "季度重点项目建设推进情况。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "全力以赴抓好一季度重点项目建设");
	assert_string_equal(a->kicker, "韩卫东：坚定信心、真抓实干，项目要更快"
				       "落地、服务要更加贴心、作风要更扎实");
	assert_int_equal(a->nparagraphs, 1);
	parse_page_free(pg);
}

/*
 * parse-9.245: a question of two clauses set apart over a title (办事排队
 * 久，窗口为何不多开？) is its kicker: it was the last paragraph of the
 * story above.
 */
static void
parse_9_245(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "办事排队久，窗口为何不多开？\n"
	    "\n"
	    "政务大厅推出“潮汐窗口”\n"
	    "本报记者 周雯\n"
	    "3月以来，市民之家政务服务大厅根据\n"
	    "办事人数调整窗口数量，高峰时段加开窗口\n"
	    "十余个，群众平均等候时间缩短一半。\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	a = by_title(pg, "政务大厅推出“潮汐窗口”");
	assert_string_equal(a->kicker, "办事排队久，窗口为何不多开？");
	parse_page_free(pg);
}

/*
 * A packed page (no blank lines, as pdftotext -raw gives it) of three
 * stories in our paper's way, each title after its story over its byline;
 * the first story's title is first.
 */
static struct parse_page *
parse_packed(const char *first)
{
	static const char fmt[] = "本报讯 东湖公园提升改造工程日前完\n"
				  "工，新建步道3公里，增设座椅和照明设\n"
				  "施，还改造了两处公共厕所，周边居民散\n"
				  "步、健身更加方便。\n"
				  "“以前晚上不敢来，现在灯亮了，路也\n"
				  "平了。”家住附近的王阿姨说。\n"
				  "%s\n"
				  "■记者 顾晓岚\n"
				  "本报讯 今年以来，凤鸣街道梅溪新村已\n"
				  "完工加装电梯3部，另有5部正在施工。\n"
				  "街道专门组建了协调小组，帮助居民解\n"
				  "决意见不一、资金分摊等难题，让老人\n"
				  "下楼不再难。\n"
				  "“现在按一下按钮就到了，再也不用歇\n"
				  "两回。”83岁的陆阿婆说。\n"
				  "老楼加装电梯\n"
				  "居民“上下”不再难\n"
				  "■记者 沈一鸣\n"
				  "本报讯 3月2日晚，南漾街道美食夜市\n"
				  "里格外热闹，民警和志愿者一边陪着市\n"
				  "民做游戏，一边讲解刷单返利、冒充客\n"
				  "服等常见诈骗手法。\n"
				  "夜市里的反诈课堂\n"
				  "■记者 周雯\n";
	char page[2048];

	snprintf(page, sizeof page, fmt, first);
	return (parse_str(page));
}

/*
 * parse-9.246: an extractor that sets no blank line between blocks
 * (pdftotext -raw and others): on such a page a line short of its column
 * by more than an indent, ending no sentence and on no pause, is set
 * apart as a blank line would set it.  The two-line title after the
 * second story (老楼加装电梯⏎居民“上下”不再难) was that story's last
 * two paragraphs, and the story had no title.
 */
static void
parse_9_246(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_packed("东湖公园完成提升改造");
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "老楼加装电梯居民“上下”不再难");
	assert_int_equal(a->nparagraphs, 2);
	assert_string_equal(a->paragraphs[1],
	    "“现在按一下按钮就到了，再也不用歇两回。”83岁的陆阿婆说。");
	assert_non_null(by_title(pg, "东湖公园完成提升改造"));
	assert_non_null(by_title(pg, "夜市里的反诈课堂"));
	parse_page_free(pg);
}

/*
 * parse-9.247: on a page with no blank lines, a line right over a byline
 * (■记者 …) or a 本报讯 lead, ending no sentence and on no pause, is set
 * apart however wide it is: a title as wide as its column
 * (东湖公园完成提升改造新增步道三公里) was its story's last paragraph.
 */
static void
parse_9_247(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_packed("东湖公园完成提升改造新增步道三公里");
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "东湖公园完成提升改造新增步道三公里");
	assert_int_equal(a->nparagraphs, 2);
	assert_string_equal(a->paragraphs[1],
	    "“以前晚上不敢来，现在灯亮了，路也平了。”家住附近的王阿姨说。");
	parse_page_free(pg);
}

/*
 * parse-9.248: a weather box of other papers sets a field a line
 * (东南风3-4级⏎最低温度8℃⏎最高温度16℃): each is a paragraph of its
 * own, not one run together (东南风3-4级最低温度8℃最高温度16℃).
 */
static void
parse_9_248(void **state)
{
	struct parse_page	*pg;
	char			*s;
	size_t			 i;

	(void)state;
	pg = parse_head_over("天气预报\n今天 多云\n",
	    "东南风3-4级\n最低温度8℃\n最高温度16℃\n");
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].kind == PARSE_WEATHER)
			break;
	}
	assert_true(i < pg->narticles);
	s = paras(&pg->articles[i]);
	assert_string_equal(s, "东南风3-4级|最低温度8℃|最高温度16℃");
	free(s);
	assert_int_equal(pg->weather->high, 16);
	assert_int_equal(pg->weather->low, 8);
	parse_page_free(pg);
}

/*
 * 9.249: an ad is told by how many of the ad words are in it, each counted
 * once however often it comes, a word inside another counted too, at the
 * start or end of the text, in Chinese or Latin.
 */
static void
parse_9_249(void **state)
{
	(void)state;
	assert_int_equal(parse_ad_score(""), 0);
	assert_int_equal(parse_ad_score("澄湖港区新航线昨日开通。"), 0);
	assert_int_equal(parse_ad_score("热线"), 1);
	assert_int_equal(parse_ad_score("热线热线热线"), 1);
	assert_int_equal(parse_ad_score("招聘热线"), 2);
	assert_int_equal(parse_ad_score("欢迎垂询 电话"), 2);
	assert_int_equal(parse_ad_score("下载APP，扫码关注公众号"), 3);
	assert_int_equal(parse_ad_score("网址 http://www.example.cn"), 3);
	assert_int_equal(parse_ad_score("app ww. htt"), 0);
	/* Half a word is no word: 热 then 线 apart. */
	assert_int_equal(parse_ad_score("热 线 电"), 0);
	assert_int_equal(parse_ad_score("澄湖晚报新闻网客户端"), 2);
}

/*
 * 9.250: weather text is a temperature named with its ℃, or today and
 * tomorrow with a wind force, short.
 */
static void
parse_9_250(void **state)
{
	(void)state;
	assert_true(parse_is_weather_text("最高气温16℃"));
	assert_true(parse_is_weather_text("温度8℃～16℃"));
	assert_false(parse_is_weather_text("最高气温十六度"));
	assert_false(parse_is_weather_text("16℃的湖水"));
	assert_true(parse_is_weather_text("今天多云，明天晴，东南风3级"));
	assert_false(parse_is_weather_text("今天多云，明天晴，东南风"));
	assert_false(parse_is_weather_text("今天和明天的风"));
	assert_false(parse_is_weather_text(""));
}

/*
 * 9.251: a weather box keeps the space between its fields (晴到多云
 * 11℃～17℃); body text still loses the spaces an extractor set beside
 * figures (2 月 8 日).
 */
static void
parse_9_251(void **state)
{
	struct parse_page *pg;
	char		  *s;
	size_t		   i;

	(void)state;
	pg = parse_head_over("今日天气\n\n", "晴到多云 11℃～17℃\n东北风3-4级\n");
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].kind == PARSE_WEATHER)
			break;
	}
	assert_true(i < pg->narticles);
	s = paras(&pg->articles[i]);
	assert_string_equal(s, "晴到多云 11℃～17℃|东北风3-4级");
	free(s);
	assert_int_equal(pg->weather->high, 17);
	assert_int_equal(pg->weather->low, 11);
	parse_page_free(pg);

	s = parse_clean("共有 9个，2 月 8 日", strlen("共有 9个，2 月 8 日"),
	    PARSE_KEEP_NONE);
	assert_string_equal(s, "共有9个，2月8日");
	free(s);
}

/*
 * 9.252: the space after a dateline stays before a figure (本报澄湖3月4日电
 * 3月4日上午); not before the reporter's bracket nor before Chinese text.
 * A headline keeps the space after a quotation (服务“到家” 凤鸣…).
 */
static void
parse_9_252(void **state)
{
	static const struct {
		const char *line, *want;
	} c[] = {
		{ "本报澄湖3月4日电 3月4日上午，澄湖港区新航线开通。",
		    "本报澄湖3月4日电 3月4日上午，澄湖港区新航线开通。" },
		{ "本报讯 3月4日上午，澄湖港区新航线开通。",
		    "本报讯 3月4日上午，澄湖港区新航线开通。" },
		{ "本报澄湖3月4日电 （记者 宋远帆）澄湖港区新航线开通。",
		    "本报澄湖3月4日电（记者宋远帆）澄湖港区新航线开通。" },
		{ "新华社澄湖3月4日电 澄湖港区新航线昨日开通。",
		    "新华社澄湖3月4日电澄湖港区新航线昨日开通。" },
		{ "澄湖港区 3 月 4 日开通新航线。", "澄湖港区3月4日开通新航线。" },
	};
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				 page[1024];
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		snprintf(page, sizeof page, "澄湖港区新航线开通\n\n%s\n",
		    c[i].line);
		pg = parse_str(page);
		a = by_title(pg, "澄湖港区新航线开通");
		assert_true(a->nparagraphs >= 1);
		if (strcmp(a->paragraphs[0], c[i].want) != 0)
			fail_msg("%zu: \"%s\", want \"%s\"", i,
			    a->paragraphs[0], c[i].want);
		parse_page_free(pg);
	}
	pg = parse_str("“凤鸣之家”服务“到家” 凤鸣街道获评先进\n\n"
	    "本报讯 3月4日上午，凤鸣街道获评全省先进。\n");
	a = by_title(pg, "“凤鸣之家”服务“到家” 凤鸣街道获评先进");
	assert_non_null(a);
	parse_page_free(pg);
}

/*
 * 9.253: an ad's further field set apart under it (…课程⏎⏎报名电话：…) is
 * the same ad, a paragraph of its own, in raw text and in Markdown; an
 * ad under another that opens on no field is another.
 */
static void
parse_9_253(void **state)
{
	static const char *const pages[] = {
		"民生无小事，枝叶总关情。把群\n众的事当成自己的事，常常想一"
		"想群\n众还盼着什么，我们的工作才能真正\n做到群众心坎上。\n"
		"■澄 言\n\n"
		"澄湖市老年大学\n春季班报名开始啦\n"
		"开设书法、国画、声乐、太极、智能手机应用等课程\n\n"
		"报名电话：0573-85110520\n",
		"## 澄湖港区新航线开通\n\n本报讯 3月4日上午，澄湖港区至南洋"
		"群岛的首条远洋集装箱航线正式开通。\n\n"
		"澄湖市老年大学  \n春季班报名开始啦  \n"
		"开设书法、国画、声乐等课程\n\n"
		"报名电话：0573-85110520\n",
	};
	struct parse_page	*pg;
	const struct parse_article *a = NULL;
	size_t			 i, k;

	(void)state;
	for (k = 0; k < sizeof pages / sizeof pages[0]; k++) {
		pg = parse_str(pages[k]);
		assert_int_equal(count_kind(pg, PARSE_AD), 1);
		for (i = 0; i < pg->narticles; i++) {
			if (pg->articles[i].kind == PARSE_AD)
				a = &pg->articles[i];
		}
		assert_non_null(a);
		assert_true(a->nparagraphs >= 2);
		assert_string_equal(a->paragraphs[a->nparagraphs - 1],
		    "报名电话：0573-85110520");
		parse_page_free(pg);
	}
	pg = parse_str("民生无小事，枝叶总关情。把群\n众的事当成自己的事，常常"
	    "想一想群\n众还盼着什么，我们的工作才能真正\n做到群众心坎上。\n"
	    "■澄 言\n\n"
	    "澄湖市老年大学\n春季班报名开始啦\n报名电话：0573-85110520\n\n"
	    "澄湖书城\n读书月全场八折\n咨询电话：0573-85110666\n");
	assert_int_equal(count_kind(pg, PARSE_AD), 2);
	parse_page_free(pg);
}

/*
 * 9.254: two lines set apart a blank line over a dateline, under a
 * finished sentence, finishing nothing and stopping nowhere (a title set
 * across several columns, wider than the text's column): the title.
 */
static void
parse_9_254(void **state)
{
	static const char page[] =
	    "澄湖市长就港区货轮失火分别向船东代表\n"
	    "陈立新、救援队队长周海峰致慰问信\n\n"
	    "本报澄湖 3 月 4 日电 澄湖市长 3\n"
	    "月 4 日就港区货轮失火分别向船东代\n"
	    "表陈立新、救援队队长周海峰致慰问信。\n"
	    "市长在慰问信中表示，惊悉港区一\n"
	    "艘货轮失火，造成部分货物受损，我\n"
	    "谨代表市政府，向全体救援人员表示\n"
	    "诚挚的慰问。\n\n"
	    "湿地公园春季花展今日开幕三万株郁金\n"
	    "香与樱花同时盛放、游客可免费入园\n\n"
	    "本报澄湖 3 月 4 日电 澄湖湿地公\n"
	    "园春季花展今日开幕，三万株郁金香\n"
	    "与樱花同时盛放，园方预计花展期间\n"
	    "接待游客十万人次，比去年增加两成。\n"
	    "公交公司将增开两条专线，方便市\n"
	    "民前往赏花。\n";
	struct parse_page	   *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "澄湖市长就港区货轮失火分别向船东代表陈立新、"
			 "救援队队长周海峰致慰问信");
	assert_non_null(a);
	a = by_title(pg, "湿地公园春季花展今日开幕三万株郁金香与樱花同时"
			 "盛放、游客可免费入园");
	assert_non_null(a);
	assert_true(a->nparagraphs >= 1);
	assert_non_null(strstr(a->paragraphs[0], "本报澄湖3月4日电"));
	parse_page_free(pg);
}

/*
 * 9.255: a heading's word broken by its leading, the rest set apart under
 * it (…港务局局⏎⏎长、副局长互致贺信), as -layout text sets a headline
 * in large type: one title, the page saying the joined word elsewhere.
 */
static void
parse_9_255(void **state)
{
	static const char page[] =
	    "澄湖港区新航线开通\n\n"
	    "本报讯 3月4日上午，澄湖港区至南洋\n"
	    "群岛的首条远洋集装箱航线正式开通，\n"
	    "首批货轮满载驶出港口。\n\n"
	    "澄湖市长同南洋群岛港务局局\n\n"
	    "长、副局长互致贺信\n\n"
	    "本报澄湖 3 月 4 日电 3 月 4 日，澄\n"
	    "湖市长同南洋群岛港务局局长、副局长\n"
	    "互致贺信，祝贺两地首条远洋航线开通。\n"
	    "市长在贺信中表示，愿同港务局局长一\n"
	    "道，推动两地港口合作不断深化。\n";
	struct parse_page *pg;

	(void)state;
	pg = parse_str(page);
	assert_non_null(
	    by_title(pg, "澄湖市长同南洋群岛港务局局长、副局长互致贺信"));
	parse_page_free(pg);
}

/* The stories of the 9.256 pages, under their stack of headings. */
#define KICKED_STORIES                                 \
	"港区建设跑出加速度\n\n"                         \
	"全市经济运行开局良好\n\n"                       \
	"一季度，全市经济运行开局良好，主要\n"           \
	"指标好于预期。市统计局昨天发布的数\n"           \
	"据显示，全市地区生产总值同比增长六\n"           \
	"点二个百分点，社会消费品零售总额稳\n"           \
	"步回升。\n\n"                                   \
	"本报澄湖3月7日电（记者 宋远帆）澄\n"            \
	"湖港区扩建工程昨日全面开工。“今年\n"            \
	"港区要再建两个深水泊位，工期比原计\n"           \
	"划提前三个月。”港区管委会主任林海\n"            \
	"说，扩建工程全面开工后，港区的建设\n"           \
	"跑出了加速度，全年预计完成投资二十\n"           \
	"亿元。\n"

/*
 * 9.256: a stack of headings read a row at a time (two kickers, then
 * their two titles): the story that took its kicker by the words they
 * share takes the title left under it too, the heading its text says
 * again; a column's logo in the stack, shorter than a title, does not.
 * A story whose dashed subtitle stands over that heading keeps its title
 * and subtitle as they are.
 */
static void
parse_9_256(void **state)
{
	static const char page[] =
	    "2024年3月8日 星期五\n"
	    "第3版\n\n"
	    "澄湖港区扩建工程全面开工\n\n"
	    "港区纵横\n\n"
	    "市统计局发布一季度经济数据\n\n" KICKED_STORIES;
	static const char subtitled[] =
	    "2024年3月8日 星期五\n"
	    "第3版\n\n"
	    "澄湖港区扩建工程全面开工\n\n"
	    "——访港区管委会主任林海\n\n"
	    "市统计局发布一季度经济数据\n\n" KICKED_STORIES;
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "港区建设跑出加速度");
	assert_non_null(a);
	assert_string_equal(a->kicker, "澄湖港区扩建工程全面开工");
	assert_para_starts(a, "本报澄湖");
	assert_non_null(by_title(pg, "全市经济运行开局良好"));
	a = by_title(pg, "港区纵横");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_BANNER);
	parse_page_free(pg);

	pg = parse_str(subtitled);
	a = by_title(pg, "澄湖港区扩建工程全面开工");
	assert_non_null(a);
	assert_string_equal(a->subtitle, "——访港区管委会主任林海");
	assert_para_starts(a, "本报澄湖");
	parse_page_free(pg);
}

/*
 * 9.257: titles under their stories, beside a title set over its story
 * (the page's one tight pair says titles stand over): each title goes to
 * the story that says its words, not to the story or photo under it.
 */
static void
parse_9_257(void **state)
{
	static const char page[] =
	    "本报讯 3月5日，在澄湖市公安局反\n"
	    "诈中心，市民李女士拿到被追回的86\n"
	    "万元后激动不已。今年1月，她接到\n"
	    "自称网购平台客服的电话，账户里的\n"
	    "钱被分多次转走。\n"
	    "\n"
	    "接到报警后，民警连续奋战40多天，\n"
	    "为李女士追回全部被骗资金。\n"
	    "\n"
	    "冒充客服骗走积蓄 民警追回86万元\n"
	    "■记者 沈一鸣\n"
	    "\n"
	    "■记者 顾晓岚\n"
	    "\n"
	    "本报讯 机耕路平整宽阔，灌溉渠纵\n"
	    "横交错……3月5日，记者在西塘桥镇\n"
	    "联丰村看到，去年完成改造的2100亩\n"
	    "高标准农田里，农户正忙着翻耕土地。\n"
	    "\n"
	    "西塘桥镇农业农村办负责人说，高标\n"
	    "准农田建好了还要管好用好。\n"
	    "\n"
	    "西塘桥镇高标准农田 改出“丰”景\n"
	    "\n"
	    "3月6日，在凤鸣街道景澜社区，志愿\n"
	    "者正在为居民义务理发、测量血压。\n"
	    "■摄影 汤 颖\n"
	    "\n"
	    "■记者 徐嘉禾\n"
	    "社区服务圈覆盖城乡\n"
	    "本报讯 早上把孩子送进社区托育园，\n"
	    "中午到老年食堂吃饭，服务就在家门\n"
	    "口。去年，我市新建社区服务中心58\n"
	    "家，城乡社区服务实现全覆盖。\n";
	struct parse_page *pg;

	(void)state;
	pg = parse_str(page);
	assert_true(paras_have(pg, "冒充客服骗走积蓄 民警追回86万元",
	    "在澄湖市公安局"));
	assert_true(paras_have(pg, "西塘桥镇高标准农田 改出“丰”景", "机耕路"));
	assert_true(paras_have(pg, "社区服务圈覆盖城乡", "托育园"));
	parse_page_free(pg);
}

/*
 * 9.258: a title under its story, a blank, then the next story's title
 * over it: two titles, each the one whose words its story says, not a
 * kicker and its title.  A kicker and its title a blank apart, both
 * about the story over them, stay one block.
 */
static void
parse_9_258(void **state)
{
	static const char two[] =
	    "本报讯 走进柳浦镇永丰村的湖羊养殖\n"
	    "基地，一排排标准化羊舍整齐排列。\n"
	    "这个总投资1800万元的养殖基地去年\n"
	    "建成投用，带动周边46户农户增收。\n"
	    "\n"
	    "柳浦镇相关负责人表示，下一步将推\n"
	    "动湖羊养殖与稻田种植结合，让农民\n"
	    "更富裕。\n"
	    "\n"
	    "柳浦镇湖羊养殖走出共富路\n"
	    "\n"
	    "反诈宣传进夜市 “天天讲”守住钱袋子\n"
	    "■记者 沈一鸣\n"
	    "\n"
	    "本报讯 套圈、答题、扫码领小礼品\n"
	    "……3月2日晚，南漾街道美食夜市里\n"
	    "格外热闹，一场以“反诈”为主题的\n"
	    "游园活动吸引了不少市民驻足。民警\n"
	    "一边陪着大家做游戏，一边进行反诈\n"
	    "宣传：骗子的套路常常翻新，宣传就\n"
	    "要天天讲。\n";
	static const char one[] =
	    "本报讯 澄湖湿地公园春季花展今日开\n"
	    "幕，三万株郁金香与樱花同时盛放。\n"
	    "园方预计花展期间接待游客十万人次，\n"
	    "湿地公园将延长开放时间。\n"
	    "\n"
	    "湿地公园春季花展开幕\n"
	    "\n"
	    "三万株郁金香同时盛放\n"
	    "■记者 林舟\n"
	    "\n"
	    "■记者 沈一鸣\n"
	    "\n"
	    "本报讯 3月4日上午，澄湖港区至南洋\n"
	    "群岛的首条远洋集装箱航线正式开通，\n"
	    "首批货轮满载驶出港口。\n";
	struct parse_page *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(two);
	a = by_title(pg, "柳浦镇湖羊养殖走出共富路");
	assert_non_null(a);
	assert_string_equal(a->kicker, "");
	assert_non_null(strstr(a->paragraphs[0], "湖羊养殖"));
	a = by_title(pg, "反诈宣传进夜市 “天天讲”守住钱袋子");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "夜市"));
	parse_page_free(pg);

	pg = parse_str(one);
	a = by_title(pg, "三万株郁金香同时盛放");
	assert_non_null(a);
	assert_string_equal(a->kicker, "湿地公园春季花展开幕");
	assert_non_null(strstr(a->paragraphs[0], "湿地公园"));
	parse_page_free(pg);
}

/* The story, title and byline over the 9.259 pages' commentary. */
#define PORT_COMMENT							\
	"本报讯 3月4日上午，澄湖港区至南\n"				\
	"洋群岛的首条远洋航线正式开通，首\n"			\
	"批货轮满载驶出港口。\n"					\
	"\n"								\
	"澄湖港区新航线开通\n"					\
	"■记者 林舟\n"							\
	"\n"								\
	"让港口服务跟上新航线\n"

/*
 * 9.259: a line short of its column that ends no sentence, over a
 * paragraph's first line (an indent short) and a full line, heads that
 * paragraph: a commentary's title set tight over it.  Over a full line
 * it is the text's first line, as before.
 */
static void
parse_9_259(void **state)
{
	static const char tight[] =
	    PORT_COMMENT
	    "港区开通新航线，是澄湖\n"
	    "对外开放的一件大事。航线开\n"
	    "得好，更要服务跟得上，让每\n"
	    "一家企业都用得上、用得好。\n";
	static const char full[] =
	    PORT_COMMENT
	    "港区开通新航线，是澄湖对\n"
	    "外开放的一件大事。航线开\n"
	    "得好，更要服务跟得上，让\n"
	    "每一家企业都用得上、用得\n"
	    "好。\n";
	static const char twolines[] =
	    PORT_COMMENT
	    "港区开通新航线，是澄湖\n"
	    "对外开放的大事。\n"
	    "航线开得好，更要服务跟\n"
	    "得上，让每一家企业都能用得\n"
	    "上用得好，让港口服务跟上新\n"
	    "航线的脚步，让更多货轮驶向\n"
	    "远方。\n";
	struct parse_page *pg;
	const struct parse_article *a;
	size_t i, found = 0;

	(void)state;
	pg = parse_str(tight);
	a = by_title(pg, "让港口服务跟上新航线");
	assert_non_null(a);
	assert_non_null(strstr(a->paragraphs[0], "港区开通新航线"));
	assert_null(strstr(a->paragraphs[0], "跟上新航线"));
	parse_page_free(pg);

	pg = parse_str(full);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		assert_string_not_equal(a->title, "让港口服务跟上新航线");
		if (a->nparagraphs > 0 &&
		    strstr(a->paragraphs[0], "让港口服务跟上新航线港区") != NULL)
			found++;
	}
	assert_int_equal(found, 1);
	parse_page_free(pg);

	/* Nor is it over a paragraph of two lines, the second not full. */
	pg = parse_str(twolines);
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title,
		    "让港口服务跟上新航线");
	parse_page_free(pg);
}

/*
 * 9.260: a column's banner of two short lines (港城潮涌 ⏎ 扬帆远航) under
 * a title set under its story, a blank over the next story's byline: a
 * banner, not the title under the title as kicker.
 */
static void
parse_9_260(void **state)
{
	static const char page[] =
	    "港区开通新航线，是澄湖对外开放的\n"
	    "一件大事。航线开得好，更要服务跟\n"
	    "得上，让每一家企业都用得上、用得\n"
	    "好，让港口服务跟上新航线的脚步。\n"
	    "■本报评论员\n"
	    "\n"
	    "让港口服务跟上新航线\n"
	    "\n"
	    "港城潮涌\n"
	    "扬帆远航\n"
	    "\n"
	    "■记者 林舟\n"
	    "\n"
	    "澄湖港区扩建工程全面开工\n"
	    "本报讯 3月7日，澄湖港区扩建工程\n"
	    "全面开工。港区今年要再建两个深水\n"
	    "泊位，全年预计完成投资二十亿元。\n";
	struct parse_page *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "让港口服务跟上新航线");
	assert_non_null(a);
	assert_string_equal(a->kicker, "");
	assert_int_equal(count_kind(pg, PARSE_BANNER), 1);
	a = by_title(pg, "澄湖港区扩建工程全面开工");
	assert_non_null(a);
	assert_non_null(strstr(a->byline, "林舟"));
	parse_page_free(pg);
}

/*
 * 9.261: two short lines over a caption that a column break cuts, then
 * its credit, are the photo's title, not a banner; a column's banner
 * over them stays one.
 */
static void
parse_9_261(void **state)
{
	static const char page[] =
	    "港城潮涌\n"
	    "扬帆远航\n"
	    "\n"
	    "早稻育秧\n"
	    "春耕正忙\n"
	    "\n"
	    "昨天，在柳浦镇新丰村\n"
	    "的育秧工厂内，农技人\n"
	    "\n"
	    "员正在检查早稻秧苗的\n"
	    "长势。\n"
	    "■摄影 王强\n"
	    "\n"
	    "■记者 林舟\n"
	    "\n"
	    "澄湖港区扩建工程全面开工\n"
	    "本报讯 3月7日，澄湖港区扩建工程\n"
	    "全面开工。港区今年要再建两个深水\n"
	    "泊位，全年预计完成投资二十亿元。\n";
	struct parse_page *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "早稻育秧春耕正忙");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->paragraphs[0], "农技人员正在检查"));
	assert_int_equal(count_kind(pg, PARSE_BANNER), 1);
	parse_page_free(pg);
}

/*
 * 9.262: a story's subheading, a blank under its first paragraph and set
 * tight over the next (an indent short), stays in its story: the line
 * over a paragraph's first line heads an article only where no body
 * goes before it (9.259).
 */
static void
parse_9_262(void **state)
{
	static const char page[] =
	    "本报讯 3月4日上午，澄湖\n"
	    "港区至南洋群岛的首条远洋航\n"
	    "线正式开通，首批货轮满载驶\n"
	    "出港口。\n"
	    "\n"
	    "航线开通串起新商机\n"
	    "港区开通新航线以后，南\n"
	    "洋群岛的水果和木材可以直接\n"
	    "运到澄湖，本地的电器也能更\n"
	    "快运往海外。\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "■记者 林舟\n"
	    "\n"
	    "本报讯 3月7日，澄湖港区\n"
	    "扩建工程全面开工。港区今年\n"
	    "要再建两个深水泊位，预计完\n"
	    "成投资二十亿元。\n"
	    "\n"
	    "港区扩建工程全面开工\n";
	struct parse_page *pg;

	(void)state;
	pg = parse_str(page);
	assert_true(paras_have(pg, "澄湖港区新航线开通", "首批货轮满载驶出港口"));
	assert_true(paras_have(pg, "澄湖港区新航线开通", "航线开通串起新商机"));
	assert_true(paras_have(pg, "港区扩建工程全面开工", "扩建工程全面开工"));
	assert_int_equal(pg->narticles, 2);
	parse_page_free(pg);
}

/*
 * 9.263: two heading lines over a story, neither bold, the first ending
 * the way a kicker does (…召开常务会议, leading into what it did): the
 * kicker and the title.  Two lines that end no such way are one title
 * broken in two.
 */
static void
parse_9_263(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    "市政府召开常务会议\n"
	    "研究部署港区扩建工作\n"
	    "\n"
	    "本报讯 3月4日下午，市政府召开\n"
	    "常务会议，研究部署港区扩建工作。\n"
	    "会议要求，港区今年要再建两个深水\n"
	    "泊位，全年预计完成投资二十亿元。\n"
	    "\n"
	    "■记者 顾晓岚\n"
	    "湿地公园春季花展\n"
	    "今日在澄湖开幕\n"
	    "\n"
	    "本报讯 澄湖湿地公园春季花展今日\n"
	    "开幕，三万株郁金香与樱花同时盛放，\n"
	    "园方预计接待游客十万人次。\n";
	struct parse_page *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "研究部署港区扩建工作");
	assert_non_null(a);
	assert_string_equal(a->kicker, "市政府召开常务会议");
	a = by_title(pg, "湿地公园春季花展今日在澄湖开幕");
	assert_non_null(a);
	assert_string_equal(a->kicker, "");
	parse_page_free(pg);
}

/*
 * 9.264: a story under its title and byline, from its dateline, then a
 * commentary with no title over it, signed (■澄言) with its title under
 * the signature: the text is two articles, cut where the two titles'
 * words part, the story's last paragraph, which says neither, kept
 * with the story.  The title under the signature is the commentary's,
 * not the photo's under it.
 */
static void
parse_9_264(void **state)
{
	static const char page[] =
	    "港区新航线今日开通\n"
	    "■记者 林舟\n"
	    "本报讯 3月4日上午，澄湖港区至南洋\n"
	    "群岛的首条远洋航线开通，首批货轮满\n"
	    "载驶出港口。\n"
	    "\n"
	    "港区负责人表示，新航线每周往返两\n"
	    "班，全年预计运量三十万箱。\n"
	    "\n"
	    "码头工人老周说：“活多了，干劲也\n"
	    "足了。”\n"
	    "\n"
	    "企业办事，最怕来回跑。一件事能不\n"
	    "能一次办好，检验的是服务的温度。\n"
	    "\n"
	    "一次办好，不是一句口号，要把流程\n"
	    "理顺，把材料减下来。\n"
	    "■澄 言\n"
	    "\n"
	    "让“一次办好”成为常态\n"
	    "\n"
	    "昨天，澄湖湿地公园的早樱陆续绽放，\n"
	    "吸引众多市民前来赏花。\n"
	    "■摄影 王强\n"
	    "\n"
	    "湖畔春色\n";
	struct parse_page *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	assert_true(paras_have(pg, "港区新航线今日开通", "首批货轮满载驶出港口"));
	assert_true(paras_have(pg, "港区新航线今日开通", "活多了，干劲也足了"));
	a = by_title(pg, "让“一次办好”成为常态");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_true(paras_have(pg, "让“一次办好”成为常态", "企业办事，最怕来回跑"));
	assert_false(paras_have(pg, "让“一次办好”成为常态", "码头工人老周"));
	a = by_title(pg, "湖畔春色");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_PHOTO);
	parse_page_free(pg);
}

/*
 * Parses page and asserts the article titled title has that kicker and
 * subtitle.
 */
static void
assert_title_block(const char *page, const char *title, const char *kicker,
    const char *subtitle)
{
	struct parse_page	  *pg = parse_str(page);
	const struct parse_article *a = by_title(pg, title);

	assert_non_null(a);
	assert_string_equal(a->kicker, kicker);
	assert_string_equal(a->subtitle, subtitle);
	parse_page_free(pg);
}

/*
 * Stories the 9.26x and 9.27x pages share, under their bylines: a library
 * opens, a cold store opens (in a narrower column too).
 */
#define LIBRARY_STORY							\
	"本报讯 3月5日，澄湖新城图书馆分馆\n"				\
	"在凤鸣街道开放，市民可凭身份证\n"				\
	"免费借阅图书。\n"
#define COLD_STORE_STORY						\
	"本报讯 3月5日，澄湖东港镇首座冷链\n"				\
	"仓库投入使用，可储存果蔬三千吨。\n"
#define COLD_STORE_NARROW						\
	"本报讯 3月5日，澄湖东港镇首座\n"				\
	"农产品冷链仓库投入使用，可储存\n"				\
	"果蔬三千吨。\n"

/*
 * 9.265: an ad whose name says nothing of an ad (a clinic's name and its
 * hours) over its contact line a blank apart, under a story whose title
 * stands under it: the name is the ad's, not a title over the story's.
 */
static void
parse_9_265(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    LIBRARY_STORY
	    "\n"
	    "分馆负责人介绍，分馆藏书两万册，\n"
	    "每周一闭馆。\n"
	    "\n"
	    "新城图书馆分馆开放\n"
	    "\n"
	    "澄湖市康宁口腔诊所\n"
	    "周末全天开诊\n"
	    "\n"
	    "预约电话：0573-85990011\n"
	    "\n"
	    "■记者 陈雨\n"
	    COLD_STORE_NARROW
	    "\n"
	    "东港冷链仓库投用\n";
	struct parse_page *pg;
	size_t		   i, ads = 0;

	(void)state;
	pg = parse_str(page);
	assert_true(paras_have(pg, "新城图书馆分馆开放", "两万册"));
	assert_true(paras_have(pg, "东港冷链仓库投用", "果蔬三千吨"));
	for (i = 0; i < pg->narticles; i++) {
		const struct parse_article *a = &pg->articles[i];

		assert_null(strstr(a->title, "口腔诊所"));
		if (a->kind == PARSE_AD && a->nparagraphs > 0 &&
		    strstr(a->paragraphs[0], "口腔诊所") != NULL)
			ads++;
	}
	assert_int_equal(ads, 1);
	parse_page_free(pg);
}

/*
 * 9.266: a story under its title, from its dateline, then a commentary
 * signed ■本报评论员 with its title and a series's subtitle under it
 * (——三论推动…): the story's last paragraph says the subtitle's words, not
 * the title's, and stays with the story.
 */
static void
parse_9_266(void **state)
{
	static const char page[] =
	    "港区新航线今日开通\n"
	    "■记者 林舟\n"
	    "本报讯 3月4日上午，澄湖港区至南洋\n"
	    "群岛的首条远洋航线开通，首批货轮满\n"
	    "载驶出港口。\n"
	    "\n"
	    "港区负责人表示，下一步将推动航线\n"
	    "加密，推动港区经济高质量发展。\n"
	    "\n"
	    "一次办好，贵在用心。企业办事最怕\n"
	    "来回跑，办好一件事，才见实效。\n"
	    "\n"
	    "“一次办好”不是口号，要把流程理顺，\n"
	    "把材料减下来，让企业少跑腿。\n"
	    "■本报评论员\n"
	    "\n"
	    "“一次办好”见实效\n"
	    "——三论推动民营经济高质量发展\n";
	struct parse_page *pg;

	(void)state;
	pg = parse_str(page);
	assert_true(paras_have(pg, "港区新航线今日开通", "推动航线加密"));
	assert_true(paras_have(pg, "“一次办好”见实效", "贵在用心"));
	assert_false(paras_have(pg, "“一次办好”见实效", "推动航线加密"));
	parse_page_free(pg);
}

/*
 * 9.267: the same without a subtitle, the story's second paragraph saying
 * one pair of each title (植树, 环境): the cut that parts the titles' words
 * best by a pair's chance share is no better than the later cut after the
 * story's last paragraph, which says neither, and the later one stands.
 */
static void
parse_9_267(void **state)
{
	static const char page[] =
	    "澄湖启动春季义务植树月活动\n"
	    "■记者 林舟\n"
	    "本报讯 3月5日，我市启动春季义务\n"
	    "植树月活动，全年计划植树十万株。\n"
	    "\n"
	    "今年，市里安排植树专项资金，支持\n"
	    "乡村人居环境提升。\n"
	    "\n"
	    "种树大户老钱说：“今年心里更踏实\n"
	    "了。”\n"
	    "\n"
	    "服务环境就是生产力。当好“店小二”，\n"
	    "就要有求必应、无事不扰。\n"
	    "\n"
	    "优化服务没有终点，只有连续不断的\n"
	    "新起点。\n"
	    "■本报评论员\n"
	    "\n"
	    "以“店小二”精神优化服务环境\n";
	struct parse_page *pg;

	(void)state;
	pg = parse_str(page);
	assert_true(
	    paras_have(pg, "澄湖启动春季义务植树月活动", "植树专项资金"));
	assert_true(paras_have(pg, "澄湖启动春季义务植树月活动", "更踏实了"));
	assert_true(paras_have(pg, "以“店小二”精神优化服务环境", "生产力"));
	assert_false(
	    paras_have(pg, "以“店小二”精神优化服务环境", "更踏实了"));
	parse_page_free(pg);
}

/*
 * 9.268: a story from its dateline, then, a blank under its last
 * sentence, a commentary's title set tight over its first paragraph (an
 * indent short) and the commentary signed ■澄 言: a dated story is not
 * signed, so the line is the commentary's title, not the story's
 * subheading (9.262, where no signature follows).
 */
static void
parse_9_268(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    "港区新航线今日开通\n"
	    "\n"
	    "本报讯 3月4日上午，澄湖\n"
	    "港区至南洋群岛的首条远洋航\n"
	    "线正式开通，首批货轮满载驶\n"
	    "出港口。\n"
	    "\n"
	    "港区负责人表示，新航线每\n"
	    "周往返两班，全年预计运量三\n"
	    "十万箱。\n"
	    "\n"
	    "让办事像网购一样方便\n"
	    "企业办事最怕来回跑，一\n"
	    "件事能不能一次办好，检验的\n"
	    "是服务的温度，也是作风。\n"
	    "\n"
	    "一次办好，不是一句口号，\n"
	    "要把流程理顺，把材料减下来，\n"
	    "让企业少跑腿。\n"
	    "■澄 言\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	assert_true(paras_have(pg, "港区新航线今日开通", "三十万箱"));
	assert_false(paras_have(pg, "港区新航线今日开通", "最怕来回跑"));
	a = by_title(pg, "让办事像网购一样方便");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_true(paras_have(pg, "让办事像网购一样方便", "最怕来回跑"));
	parse_page_free(pg);
}

/*
 * 9.269: a shop's ad with no phone number (its name, a sale, its dates:
 * 活动时间) under a story's title set under the story: the ad's, no kicker
 * over the title and no title of the story.
 */
static void
parse_9_269(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    COLD_STORE_NARROW
	    "\n"
	    "仓库负责人介绍，冷链仓库今年还\n"
	    "将扩建一期，服务周边农户。\n"
	    "\n"
	    "东港冷链仓库投用\n"
	    "\n"
	    "澄湖文具城\n"
	    "开学季 全场文具八折\n"
	    "活动时间：8月20日至9月10日\n"
	    "\n"
	    "■记者 陈雨\n"
	    LIBRARY_STORY
	    "\n"
	    "新城图书馆分馆开放\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "东港冷链仓库投用");
	assert_non_null(a);
	assert_string_equal(a->kicker, "");
	assert_true(paras_have(pg, "东港冷链仓库投用", "果蔬三千吨"));
	assert_int_equal(count_kind(pg, PARSE_AD), 1);
	parse_page_free(pg);
}

/*
 * 9.270: a title of two four-character phrases (港区扩建 开局提速) tight
 * under a byline: not names wrapped from the byline but the title, over
 * its subtitle.  A name of four characters is rare, two of them rarer.
 */
static void
parse_9_270(void **state)
{
	static const char page[] =
	    "■记者 林舟 通讯员 顾 磊\n"
	    "港区扩建 开局提速\n"
	    "两个深水泊位同日开工 总投资20亿元\n"
	    "本报讯 3月7日，澄湖港区扩建工程\n"
	    "全面开工。港区今年要再建两个深水\n"
	    "泊位，预计完成投资二十亿元。\n"
	    "\n"
	    "港区负责人表示，扩建工程明年年底\n"
	    "前完工，建成后年吞吐能力翻一番。\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "港区扩建 开局提速");
	assert_non_null(a);
	assert_string_equal(a->subtitle, "两个深水泊位同日开工 总投资20亿元");
	assert_string_equal(a->byline, "记者 林舟 通讯员 顾磊");
	parse_page_free(pg);
}

/*
 * 9.271: a kicker that ends as kickers do (…召开常务会议) over a title a
 * narrow column broke in two (研究部署春季造 ⏎ 林绿化工作): the kicker,
 * and the two lines one title, no subtitle.
 */
static void
parse_9_271(void **state)
{
	static const char page[] =
	    "■记者 周雯\n"
	    "市政府召开常务会议\n"
	    "研究部署春季造\n"
	    "林绿化工作\n"
	    "\n"
	    "本报讯 3月4日下午，市政府召开常务\n"
	    "会议，研究部署春季造林绿化工作。\n"
	    "会议要求，各地要抓住时节，做好苗\n"
	    "木调运，确保完成今年造林任务。\n";
	(void)state;
	assert_title_block(page, "研究部署春季造林绿化工作",
	    "市政府召开常务会议", "");
}

/*
 * 9.272: a title set under its story, a blank over the next story's title
 * set over its byline and text: two titles, not a kicker and title, though
 * the next story's lead says only three of its title's eleven pairs (客服,
 * 追回, 万元).
 */
static void
parse_9_272(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    COLD_STORE_STORY
	    "\n"
	    "仓库负责人介绍，东港冷链仓库今年还\n"
	    "将扩建一期，服务周边农户。\n"
	    "\n"
	    "东港冷链仓库投用\n"
	    "\n"
	    "冒充客服骗走积蓄 民警追回86万元\n"
	    "■记者 沈一鸣\n"
	    "\n"
	    "本报讯 “谢谢你们帮我把钱追了回来！”\n"
	    "3月5日，市民李女士拿到被追回的86万\n"
	    "元后激动不已。今年1月，她接到一个自\n"
	    "称“网购平台客服”的电话，账户里的钱\n"
	    "被分多次转走。\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "东港冷链仓库投用");
	assert_non_null(a);
	assert_string_equal(a->kicker, "");
	assert_true(paras_have(pg, "东港冷链仓库投用", "果蔬三千吨"));
	assert_true(
	    paras_have(pg, "冒充客服骗走积蓄 民警追回86万元", "网购平台客服"));
	parse_page_free(pg);
}

/*
 * 9.273: a weather box a column break cut in two, the sky over a blank
 * and the temperatures under it: one box, its forecast read from both
 * (the temperatures too, not only the sky of its first part).
 */
static void
parse_9_273(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    COLD_STORE_STORY
	    "\n"
	    "东港冷链仓库投用\n"
	    "\n"
	    "今天多云，午后转晴。明天晴到多云，偏北风3到4级。\n"
	    "\n"
	    "今天白天最高气温16℃，明天早晨最低气温5℃。\n"
	    "\n"
	    "■记者 陈雨\n"
	    LIBRARY_STORY
	    "\n"
	    "新城图书馆分馆开放\n";
	struct parse_page *pg;

	(void)state;
	pg = parse_str(page);
	assert_int_equal(count_kind(pg, PARSE_WEATHER), 1);
	assert_non_null(pg->weather);
	assert_string_equal(pg->weather->today, "多云，午后转晴");
	assert_true(pg->weather->has_high);
	assert_int_equal(pg->weather->high, 16);
	assert_true(pg->weather->has_low);
	assert_int_equal(pg->weather->low, 5);
	parse_page_free(pg);
}

/*
 * 9.274: a title, then a blank (a column break), then its dashed
 * subtitle over the byline and text: the title and its subtitle, not a
 * kicker over a title that opens on a dash.
 */
static void
parse_9_274(void **state)
{
	static const char page[] =
	    "港区新航线今日开通\n"
	    "\n"
	    "——澄湖港区开辟首条远洋航线\n"
	    "■记者 林舟\n"
	    "本报讯 3月4日上午，澄湖港区至南洋\n"
	    "群岛的首条远洋航线开通，首批货轮满\n"
	    "载驶出港口。\n";
	(void)state;
	assert_title_block(page, "港区新航线今日开通", "",
	    "——澄湖港区开辟首条远洋航线");
}

/*
 * 9.275: two heading lines, neither bold: two phrases that give figures
 * (总投资20亿元 年产值可达40亿元) over a line that gives none: the kicker
 * over the title.  Two phrases with no figure over a line are the title
 * over its subtitle (PAGE_1: 澄湖经开 蓄势待发).
 */
static void
parse_9_275(void **state)
{
	static const char page[] =
	    "■记者 陈思远\n"
	    "总投资20亿元 年产值可达40亿元\n"
	    "澄湖港区冷链物流园项目签约\n"
	    "\n"
	    "本报讯 3月5日上午，澄湖港区冷链物\n"
	    "流园项目签约仪式举行。项目总投资20\n"
	    "亿元，建成后年产值可达40亿元。\n";
	(void)state;
	assert_title_block(page, "澄湖港区冷链物流园项目签约",
	    "总投资20亿元 年产值可达40亿元", "");
}

/*
 * 9.276: a caption whose credit starts at the end of its last line
 * (…的果蔬。 ■摄影) and names its photographers on the next line (王 强
 * 马 骁): the credit, and the caption a photo under its title.
 */
static void
parse_9_276(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    COLD_STORE_STORY
	    "\n"
	    "东港冷链仓库投用\n"
	    "\n"
	    "3月5日，在东港镇冷链仓库，工人们\n"
	    "正在搬运刚刚入库的果蔬。 ■摄影\n"
	    "王 强 马 骁\n"
	    "\n"
	    "果蔬入库忙\n"
	    "\n"
	    "■记者 陈雨\n"
	    LIBRARY_STORY
	    "\n"
	    "新城图书馆分馆开放\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "果蔬入库忙");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "摄影 王强 马骁");
	assert_true(paras_have(pg, "果蔬入库忙", "刚刚入库的果蔬。"));
	assert_false(paras_have(pg, "果蔬入库忙", "■"));
	parse_page_free(pg);
}

/*
 * 9.277: a commentary, its signature (■本报评论员) and its title under
 * it, then a blank and a photo's title over its caption and credit: two
 * titles, the story over the first past its signature, not a kicker over
 * the photo's title.
 */
static void
parse_9_277(void **state)
{
	static const char page[] =
	    "企业办事，最怕来回跑。一件事能不\n"
	    "能一次办好，检验的是服务的温度。\n"
	    "\n"
	    "一次办好，不是一句口号，要把流程\n"
	    "理顺，把材料减下来。\n"
	    "\n"
	    "■本报评论员\n"
	    "\n"
	    "让“一次办好”成为常态\n"
	    "\n"
	    "早樱绽放\n"
	    "湖畔春浓\n"
	    "\n"
	    "昨天，澄湖湿地公园的早樱陆续绽放，\n"
	    "湖畔春意正浓，吸引众多市民赏花。\n"
	    "■摄影 王强\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "让“一次办好”成为常态");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_string_equal(a->kicker, "");
	a = by_title(pg, "早樱绽放湖畔春浓");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_PHOTO);
	parse_page_free(pg);
}

/*
 * 9.278: a title under its story, a blank, then the title of a story
 * continued from page 1 over its text, which opens on （上接1版）: two
 * titles, the continued story read past its note.
 */
static void
parse_9_278(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    COLD_STORE_STORY
	    "\n"
	    "东港冷链仓库投用\n"
	    "\n"
	    "港区航线再添新班\n"
	    "（上接1版）港区负责人表示，新开\n"
	    "的航线每周往返两班，全年预计运量\n"
	    "三十万箱。\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "东港冷链仓库投用");
	assert_non_null(a);
	assert_string_equal(a->kicker, "");
	assert_true(paras_have(pg, "东港冷链仓库投用", "果蔬三千吨"));
	assert_true(paras_have(pg, "港区航线再添新班", "三十万箱"));
	parse_page_free(pg);
}

/*
 * 9.279: a commentary's title and its dashed subtitle under its
 * signature, set tight over a weather box (the blank between lost): the
 * commentary's title, not the box's sponsor, and the box after it.
 */
static void
parse_9_279(void **state)
{
	static const char page[] =
	    "企业办事，最怕来回跑。一件事能不\n"
	    "能一次办好，检验的是服务的温度。\n"
	    "■本报评论员\n"
	    "\n"
	    "让“一次办好”成为常态\n"
	    "——三论优化营商环境\n"
	    "今天多云，午后转晴。明天晴到多云，偏北风3到4级。\n"
	    "今天白天最高气温16℃，明天早晨最低气温5℃。\n";
	struct parse_page	  *pg;
	const struct parse_article *a;
	size_t			   i;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "让“一次办好”成为常态");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_string_equal(a->subtitle, "——三论优化营商环境");
	assert_int_equal(count_kind(pg, PARSE_WEATHER), 1);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (a->kind != PARSE_WEATHER)
			continue;
		assert_true(a->nparagraphs > 0);
		assert_null(strstr(a->paragraphs[0], "三论"));
	}
	assert_non_null(pg->weather);
	assert_true(pg->weather->has_high);
	parse_page_free(pg);
}

/*
 * 9.280: a story's title set under it tight over an ad (the blank
 * between lost): the story says the line's words, so it is the story's
 * title, and the ad is the lines under it.
 */
static void
parse_9_280(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    COLD_STORE_STORY
	    "\n"
	    "东港冷链仓库今年还将扩建一期，服\n"
	    "务周边农户。\n"
	    "\n"
	    "东港冷链仓库投用\n"
	    "澄湖市康宁口腔诊所\n"
	    "周末全天开诊\n"
	    "预约电话：0573-85990011\n";
	struct parse_page	  *pg;
	const struct parse_article *a;
	size_t			   i;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "东港冷链仓库投用");
	assert_non_null(a);
	assert_true(paras_have(pg, "东港冷链仓库投用", "服务周边农户"));
	assert_int_equal(count_kind(pg, PARSE_AD), 1);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (a->kind == PARSE_AD)
			assert_string_equal(a->paragraphs[0],
			    "澄湖市康宁口腔诊所");
	}
	parse_page_free(pg);
}

/*
 * 9.281: a commentary's title and its dashed subtitle under its
 * signature, set tight over an ad: the commentary's title, the ad under
 * it.  An ad's own slogan that opens on a dash (——您身边的银行), under a
 * story that does not say the ad's name, stays in the ad.
 */
static void
parse_9_281(void **state)
{
	static const char signed_page[] =
	    "企业办事，最怕来回跑。一件事能不\n"
	    "能一次办好，检验的是服务的温度。\n"
	    "■本报评论员\n"
	    "\n"
	    "让“一次办好”成为常态\n"
	    "——三论优化营商环境\n"
	    "澄湖市康宁口腔诊所\n"
	    "周末全天开诊\n"
	    "咨询电话：0573-85990011\n";
	static const char slogan_page[] =
	    "■记者 林舟\n"
	    COLD_STORE_STORY
	    "\n"
	    "东港冷链仓库投用\n"
	    "\n"
	    "澄湖农商银行\n"
	    "——您身边的银行\n"
	    "服务热线：0573-96596\n";
	struct parse_page	  *pg;
	const struct parse_article *a;
	size_t			   i;

	(void)state;
	pg = parse_str(signed_page);
	a = by_title(pg, "让“一次办好”成为常态");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_string_equal(a->subtitle, "——三论优化营商环境");
	assert_int_equal(count_kind(pg, PARSE_AD), 1);
	parse_page_free(pg);

	pg = parse_str(slogan_page);
	assert_int_equal(count_kind(pg, PARSE_AD), 1);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		assert_null(strstr(a->title, "农商银行"));
		assert_null(strstr(a->subtitle, "您身边的银行"));
	}
	parse_page_free(pg);
}

/*
 * 9.282: a title in large type broken inside a figure, its unit under a
 * blank (…投资200 ⏎⏎ 亿元建设深水泊位): one title, not a kicker over the
 * rest, on a page that sets headings over stories and on one of ■
 * bylines.
 */
static void
parse_9_282(void **state)
{
	static const char over_page[] =
	    "澄湖港区扩建工程投资200\n"
	    "\n"
	    "亿元建设深水泊位\n"
	    "\n"
	    "本报澄湖3月7日电（记者林舟）澄湖港区\n"
	    "扩建工程今天全面开工。港区今年要再建\n"
	    "两个深水泊位，预计完成投资二十亿元。\n"
	    "港区负责人表示，扩建工程明年年底前完\n"
	    "工，建成后年吞吐能力翻一番，可停靠更\n"
	    "大的远洋货轮。\n"
	    "港区周边的物流企业也在加紧布局，新建\n"
	    "的冷链仓库今年投用。\n";
	static const char square_page[] =
	    "■记者 林舟\n"
	    "\n"
	    "澄湖港区扩建工程投资200\n"
	    "\n"
	    "亿元建设深水泊位\n"
	    "\n"
	    "本报讯 3月7日，澄湖港区扩建工程全面\n"
	    "开工。港区今年要再建两个深水泊位，预\n"
	    "计完成投资二十亿元。\n";
	const char	  *pages[] = { over_page, square_page };
	struct parse_page *pg;
	size_t		   i;

	(void)state;
	for (i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		pg = parse_str(pages[i]);
		assert_non_null(
		    by_title(pg, "澄湖港区扩建工程投资200亿元建设深水泊位"));
		parse_page_free(pg);
	}
}

/*
 * 9.283: a story that a note ends (（下转2版）), its title under the note,
 * a blank, and the next story's title over its byline and text: two
 * titles, the story over the first read past its note.
 */
static void
parse_9_283(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    COLD_STORE_STORY
	    "（下转2版）\n"
	    "\n"
	    "东港冷链仓库投用\n"
	    "\n"
	    "冒充客服骗走积蓄 民警追回86万元\n"
	    "■记者 沈一鸣\n"
	    "\n"
	    "本报讯 “谢谢你们帮我把钱追了回来！”\n"
	    "3月5日，市民李女士拿到被追回的86万\n"
	    "元后激动不已。今年1月，她接到一个自\n"
	    "称“网购平台客服”的电话，账户里的钱\n"
	    "被分多次转走。\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "东港冷链仓库投用");
	assert_non_null(a);
	assert_string_equal(a->kicker, "");
	assert_string_equal(a->continued_to, "2");
	assert_true(
	    paras_have(pg, "冒充客服骗走积蓄 民警追回86万元", "网购平台客服"));
	parse_page_free(pg);
}

/*
 * 9.284: 9.268's page with no dateline at the top of its text: a signed
 * text that opens on none may have a subheading, and the line tight over
 * its paragraph stays in it.
 */
static void
parse_9_284(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    "港区新航线今日开通\n"
	    "\n"
	    "3月4日上午，澄湖\n"
	    "港区至南洋群岛的首条远洋航\n"
	    "线正式开通，首批货轮满载驶\n"
	    "出港口。\n"
	    "\n"
	    "港区负责人表示，新航线每\n"
	    "周往返两班，全年预计运量三\n"
	    "十万箱。\n"
	    "\n"
	    "让办事像网购一样方便\n"
	    "企业办事最怕来回跑，一\n"
	    "件事能不能一次办好，检验的\n"
	    "是服务的温度，也是作风。\n"
	    "\n"
	    "一次办好，不是一句口号，\n"
	    "要把流程理顺，把材料减下来，\n"
	    "让企业少跑腿。\n"
	    "■澄 言\n";
	struct parse_page *pg;

	(void)state;
	pg = parse_str(page);
	assert_int_equal(pg->narticles, 1);
	assert_true(
	    paras_have(pg, "港区新航线今日开通", "让办事像网购一样方便"));
	assert_true(paras_have(pg, "港区新航线今日开通", "最怕来回跑"));
	parse_page_free(pg);
}

/*
 * 9.285: a column's banner (创新突破 ⏎ 实干争先) set tight under a title
 * block under its story: a banner, not the title's last lines.  A title
 * a narrow column broke into short lines under its kicker, its byline and
 * text tight under it, is no banner and stays the title.
 */
static void
parse_9_285(void **state)
{
	static const char banner_page[] =
	    "■记者 陈思远\n"
	    "本报讯 3月5日上午，澄湖港区冷链物\n"
	    "流园项目签约仪式举行。项目总投资20\n"
	    "亿元，建成后年产值可达40亿元。\n"
	    "\n"
	    "总投资20亿元 年产值可达40亿元\n"
	    "澄湖港区冷链物流园项目签约\n"
	    "创新突破\n"
	    "实干争先\n"
	    "\n"
	    "■记者 林舟\n"
	    "本报讯 3月4日上午，澄湖港区至南洋\n"
	    "群岛的首条远洋航线开通，首批货轮满\n"
	    "载驶出港口。\n"
	    "\n"
	    "港区新航线今日开通\n";
	static const char narrow_page[] =
	    "■记者 周雯\n"
	    "澄湖港区扩建工程今天全面开工\n"
	    "两个泊位\n"
	    "同日开建\n"
	    "本报讯 3月7日，澄湖港区扩建工程全面\n"
	    "开工。港区今年要再建两个深水泊位，预\n"
	    "计完成投资二十亿元。\n";
	struct parse_page *pg;

	(void)state;
	assert_title_block(banner_page, "澄湖港区冷链物流园项目签约",
	    "总投资20亿元 年产值可达40亿元", "");
	pg = parse_str(banner_page);
	assert_int_equal(count_kind(pg, PARSE_BANNER), 1);
	parse_page_free(pg);
	assert_title_block(narrow_page, "两个泊位同日开建",
	    "澄湖港区扩建工程今天全面开工", "");
}

/*
 * parse-9.286: the line a kicker leads into, right under it with no mark
 * in it and set apart from the text under it, is the title, though it is
 * as wide as the column: not the story's first line.
 */
static void
parse_9_286(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("记者走访《澄湖市河湖长制实施条例》"
		       "施行一周年来南岸村的新变化——\n"
		       "南岸村迎来守护河湖的环保管家\n"
		       "\n"
		       "一场春雨过后，南岸村的小路干\n"
		       "干净净，路边的分类垃圾桶摆放\n"
		       "整齐。村里去年请来的“环保管\n"
		       "家”每天巡查两次，发现问题当\n"
		       "场处理。\n"
		       "村民老周说，过去河道里漂着\n"
		       "塑料袋，如今湖水清了，鱼也多\n"
		       "了起来。\n");
	a = by_title(pg, "南岸村迎来守护河湖的环保管家");
	assert_non_null(a);
	assert_non_null(strstr(a->kicker, "新变化"));
	assert_para_starts(a, "一场春雨过后");
	parse_page_free(pg);
}

/*
 * parse-9.287: a story that goes on from another page (（上接1版）) carries
 * its title, whatever its words say of the part on this page.  Opening
 * the page with none over it, the title a blank under it is its own,
 * not a kicker over the next story's title; and a title over the note,
 * a blank under the title of the story before, is the jump's, not that
 * story's title under a kicker.
 */
static void
parse_9_287(void **state)
{
	static const char opens[] =
	    "（上接1版）大抓项目，抓大项目。今\n"
	    "年以来，我市围绕重点工程部署，建立市\n"
	    "领导联系重大工程制度，实行清单化管理、\n"
	    "节点化推进，每月一通报、每季一比拼。\n"
	    "\n"
	    "在要素保障方面，我市优先保障重点\n"
	    "工程用地，一季度已有二十多个工程完成\n"
	    "“拿地即开工”。\n"
	    "\n"
	    "跑出项目建设“加速度”\n"
	    "\n"
	    "西塘桥镇高标准农田\n"
	    "改出“丰”景\n"
	    "\n"
	    "■记者 顾晓岚\n"
	    "本报讯 机耕路平整宽阔，灌溉渠纵横\n"
	    "交错，一块块农田方方正正。3月5日，记\n"
	    "者在西塘桥镇联丰村看到，去年建成的高\n"
	    "标准农田已经平整完毕，等待春播。\n";
	static const char under[] =
	    "■记者 徐嘉禾\n"
	    "本报讯 早上把孩子送进社区托育园，\n"
	    "中午到老年食堂吃饭，下午带着老人去康\n"
	    "养中心做理疗，如今，在澄湖的城乡社区，\n"
	    "“一老一小”服务圈已覆盖全部社区，居\n"
	    "民在家门口就能享受养老托育服务。\n"
	    "\n"
	    "“一老一小”服务圈覆盖全部城乡社区\n"
	    "\n"
	    "跑出项目建设“加速度”\n"
	    "\n"
	    "（上接1版）大抓项目，抓大项目。今\n"
	    "年以来，我市围绕重点工程部署，建立市\n"
	    "领导联系重大工程制度，实行清单化管理、\n"
	    "节点化推进，每月一通报、每季一比拼。\n";
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(opens);
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "跑出项目建设“加速度”");
	assert_para_starts(a, "大抓项目");
	a = by_title(pg, "西塘桥镇高标准农田改出“丰”景");
	assert_string_equal(a->kicker, "");
	parse_page_free(pg);
	pg = parse_str(under);
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "“一老一小”服务圈覆盖全部城乡社区");
	assert_string_equal(a->kicker, "");
	assert_para_starts(a, "本报讯");
	a = by_title(pg, "跑出项目建设“加速度”");
	assert_para_starts(a, "大抓项目");
	parse_page_free(pg);
}

/*
 * parse-9.288: a line with no mark in it, as wide as the column, right
 * after a story's last sentence and right over a paragraph's first line
 * (…早见效。⏎助企服务要下沉到企业生产一线⏎新春开局，…): the next story's
 * title.  No paragraph ends on it with no stop, and a paragraph's first
 * line is indented.
 */
static void
parse_9_288(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖经开 开局冲刺\n"
	    "本报澄湖讯 春风拂面，塔吊林\n"
	    "立。昨天上午，澄湖经济技术开\n"
	    "发区举行重大项目开工仪式，共\n"
	    "有十八个项目同日开工。经开区\n"
	    "表示将持续做好要素保障，确保\n"
	    "项目早开工、早竣工、早见效。\n"
	    "助企服务要下沉到企业生产一线\n"
	    "新春开局，我市组织了三\n"
	    "百多名机关干部担任助企服务员\n"
	    "组成数十支服务小分队，带着政\n"
	    "策走进企业车间，这一做法让不\n"
	    "少企业负责人感到暖心。\n"
	    "本报评论员\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖经开 开局冲刺");
	assert_int_equal(a->kind, PARSE_NEWS);
	a = by_title(pg, "助企服务要下沉到企业生产一线");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_para_starts(a, "新春开局");
	parse_page_free(pg);
}

/*
 * parse-9.289: a line that opens on a topic and a colon (湖滨街道：小区停车
 * 难有了新解法), set apart after a story's last sentence and right over a
 * paragraph's first line, on a page that has set no subheading so: the
 * next story's title, not a line of the story over it.  On a page that
 * has (“最温暖”：老人孩子结伴赏灯), such a line is one more subheading.
 */
static void
parse_9_289(void **state)
{
	static const char subheads[] =
	    "湖畔灯会点亮元宵夜\n"
	    "3月5日晚，澄湖湖畔灯会开幕，三\n"
	    "十组大型彩灯沿湖岸次第亮起，吸引市\n"
	    "民游客十余万人次前来观灯。\n"
	    "\n"
	    "“最温暖”：老人孩子结伴赏灯\n"
	    "今年灯会专门设置了无障碍观灯通\n"
	    "道，不少社区组织老人和孩子结伴而\n"
	    "来，在彩灯下拍照留念。\n"
	    "\n"
	    "全城联动：八个街道同步办灯会\n"
	    "除湖畔主会场外，八个街道也同步\n"
	    "举办社区灯会，猜灯谜、做汤圆等活动\n"
	    "让元宵节的年味更浓。\n";
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(subheads);
	assert_int_equal(pg->narticles, 1);
	parse_page_free(pg);
	pg = parse_str(
	    "澄湖启动春季农业生产“百日行动”\n"
	    "3月5日，我市召开春季农业生产工\n"
	    "作会议，部署开展春季农业生产“百日行\n"
	    "动”，确保全年粮食播种面积稳定在32万\n"
	    "亩以上。\n"
	    "“补贴提高了，农技员常常来田头指\n"
	    "导，今年种粮心里更踏实了。”西塘桥镇\n"
	    "种粮大户钱建平说，他今年流转了860亩\n"
	    "土地，准备全部种上优质水稻。\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "“以前晚上回来要绕小区转好几圈，\n"
	    "现在楼下就有车位了。”3月4日晚，湖\n"
	    "滨街道新华小区居民刘先生停好车后说。\n"
	    "新华小区建于2000年前后，原有车\n"
	    "位不足300个，而居民车辆已超过600辆，\n"
	    "停车难问题困扰居民多年。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖启动春季农业生产“百日行动”");
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "湖滨街道：小区停车难有了新解法");
	assert_para_starts(a, "“以前晚上");
	parse_page_free(pg);
}

/*
 * parse-9.290: the same title broken in two by a narrow column, one
 * four-character phrase a line (港区扩建 ⏎ 开局提速), tight under the
 * byline: the title still, not names wrapped from the byline.  Under a
 * photo's credit such lines may be a column's banner (创新突破 ⏎ 实干争先):
 * a banner, not more names of the credit its 摄 closed, and the title
 * under them stays the story's.
 */
static void
parse_9_290(void **state)
{
	static const char credited[] =
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续绽放，\n"
	    "吸引众多市民前来踏青赏花。\n"
	    "本报记者 王强摄\n"
	    "创新突破\n"
	    "实干争先\n"
	    "东港镇开展春季安全生产大检查\n"
	    "本报澄湖3月5日电（记者 沈一鸣）连日\n"
	    "来，东港镇组织安监、消防等部门开展春\n"
	    "季安全生产大检查。\n";
	static const char page[] =
	    "■记者 林舟 通讯员 顾 磊\n"
	    "港区扩建\n"
	    "开局提速\n"
	    "两个深水泊位同日开工 总投资20亿元\n"
	    "本报讯 3月7日，澄湖港区扩建工程\n"
	    "全面开工。港区今年要再建两个深水\n"
	    "泊位，预计完成投资二十亿元。\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "港区扩建开局提速");
	assert_string_equal(a->subtitle, "两个深水泊位同日开工 总投资20亿元");
	assert_string_equal(a->byline, "记者 林舟 通讯员 顾磊");
	parse_page_free(pg);
	pg = parse_str(credited);
	a = by_title(pg, "东港镇开展春季安全生产大检查");
	assert_string_equal(a->kicker, "");
	a = by_title(pg, "湖畔春色");
	assert_string_equal(a->byline, "本报记者 王强摄");
	assert_int_equal(count_kind(pg, PARSE_BANNER), 1);
	parse_page_free(pg);
}

/*
 * parse-9.291: a -layout page whose first row holds the masthead line and,
 * over the right column, the end of a sign-off that the left column's
 * last line broke (…大检查。（本报澄 ⏎ 湖3月5日电）): a piece with a
 * bracket it did not open is text, not the page's furniture, and the
 * sign-off ends its story whole.
 */
static void
parse_9_291(void **state)
{
	static const char page[] =
	    " 澄湖发布 今澄湖客户端                  湖3月5日电）\n"
	    "\n"
	    "东港镇开展安全生产检查                  "
	    "远澄智能装备新厂房投产\n"
	    "本报澄湖3月5日电 连日来，东港           "
	    "本报澄湖3月5日电 远澄智能装\n"
	    "镇组织安监、消防等部门开展春            "
	    "备有限公司新厂房昨日正式竣工\n"
	    "季安全生产大检查。（本报澄              "
	    "投产，可新增年产值八亿元。\n";
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "东港镇开展安全生产检查");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "大检查。（本报澄湖3月5日电）"));
	assert_int_equal(count_kind(pg, PARSE_BANNER), 1);
	parse_page_free(pg);
}

/*
 * parse-9.292: a column's banner (四敢争先 ⏎ 澄湖进行时) set apart over a
 * story's title, no blank between them: a banner, not the title's kicker
 * and title.  Two short lines with no mark over a wider heading line.
 */
static void
parse_9_292(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "\n"
	    "四敢争先\n"
	    "澄湖进行时\n"
	    "东港镇开展春季安全生产大检查\n"
	    "本报记者 沈一鸣\n"
	    "连日来，东港镇组织安监、消防等部\n"
	    "门开展春季安全生产大检查，共排查隐患\n"
	    "一百二十处。\n");
	a = by_title(pg, "东港镇开展春季安全生产大检查");
	assert_string_equal(a->kicker, "");
	assert_int_equal(count_kind(pg, PARSE_BANNER), 1);
	parse_page_free(pg);
}

/*
 * parse-9.293: two stories' kickers and titles side by side, read a row
 * at a time: kicker, kicker, title, title.  The first story's title is
 * the third heading, under its kicker; the second's kicker is the second
 * heading, over its title.  No heading is left a banner.
 */
static void
parse_9_293(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "“春耕不等人，设备早一天修好，地里\n"
	    "就能早一天开工。”王师傅说。\n"
	    "\n"
	    "柳浦镇农机手连夜抢修插秧机\n"
	    "\n"
	    "备足春耕物资 保障粮食生产\n"
	    "\n"
	    "修好插秧机的你，真行！\n"
	    "\n"
	    "东港镇春耕物资\n"
	    "供应充足\n"
	    "本报澄湖3月6日电（记者 沈一鸣）\n"
	    "连日来，东港镇各农资门店备足种子、化\n"
	    "肥和农药，并派出农技员下村指导，全镇\n"
	    "春耕物资供应充足、价格平稳。\n"
	    "\n"
	    "插秧机冒着黑烟停在田头，眼看就要误了\n"
	    "农时……这不是故事，是3月5日发生在柳浦\n"
	    "镇新丰村的真实一幕。当晚，农机手陈建\n"
	    "国带着工具赶到田头，一修就是五个小时。\n"
	    "“零件一换上，机器就转起来了。”种粮\n"
	    "大户周立新说，第二天一早，插秧机就下了田。\n");
	a = by_title(pg, "修好插秧机的你，真行！");
	assert_string_equal(a->kicker, "柳浦镇农机手连夜抢修插秧机");
	assert_non_null(strstr(a->paragraphs[0], "插秧机冒着黑烟"));
	a = by_title(pg, "东港镇春耕物资供应充足");
	assert_string_equal(a->kicker, "备足春耕物资 保障粮食生产");
	assert_int_equal(count_kind(pg, PARSE_BANNER), 0);
	parse_page_free(pg);
}

/*
 * parse-9.294: two stories' titles side by side and their dashed
 * subtitles under them, read a row at a time.  The second title, taken
 * by no story, is the story's whose subtitle stands a row under it, not
 * a banner; the masthead's column tag stays its kicker.
 */
static void
parse_9_294(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "2024年3月6日 星期三\n"
	    "今日8版\n"
	    "\n"
	    "澄湖日报\n"
	    "乡村振兴在新丰\n"
	    "\n"
	    "为春耕备耕送去及时雨\n"
	    "\n"
	    "日子变美了 机会增多了\n"
	    "\n"
	    "——市农业农村局部署春季农业生产工作在全市引起热烈反响\n"
	    "\n"
	    "——回访柳浦镇新丰村种粮大户周立新家\n"
	    "新丰村发生的变化，是我市乡村振兴的一个缩影。走进周立\n"
	    "新家，新盖的二层小楼宽敞明亮，院子里停着一辆崭新的插秧\n"
	    "机。“这几年，村里路修好了，水变清了，来收粮的客商也多\n"
	    "了。”周立新说，去年他家种了三百亩水稻，纯收入超过二十\n"
	    "万元。\n"
	    "\n"
	    "本报澄湖3月5日电（记者 沈一鸣）市农业农村局日前部署春\n"
	    "季农业生产工作，各镇街迅速行动，组织农技人员下田指导，\n"
	    "抢抓农时做好春耕备耕。柳浦镇农技站站长说，全镇已调运种\n"
	    "子和化肥一千余吨，确保春耕物资供应充足。\n");
	a = by_title(pg, "日子变美了 机会增多了");
	assert_string_equal(a->subtitle, "——回访柳浦镇新丰村种粮大户周立新家");
	assert_non_null(strstr(a->paragraphs[0], "新丰村发生的变化"));
	a = by_title(pg, "为春耕备耕送去及时雨");
	assert_non_null(strstr(a->paragraphs[0], "本报澄湖3月5日电"));
	assert_int_equal(count_kind(pg, PARSE_BANNER), 0);
	parse_page_free(pg);
}

/*
 * parse-9.295: a column whose lines that end on a pause hang it one em
 * past the others.  The column is as wide as its other lines: a
 * paragraph's first line after a column break, set short by its indent
 * and running on into a full line (会议听取和审议了市 ⏎ 政府关于 2023年度
 * 国有), is no title.
 */
static void
parse_9_295(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "市十七届人大常委会召开第二十次会议\n"
	    "本报澄湖 3 月 6日\n"
	    "电（记者 周雯）3月6 日\n"
	    "上午，市十七届人大常委\n"
	    "会召开第二十次会议。市\n"
	    "人大常委会主任许文华主\n"
	    "持会议，副主任陈国梁、\n"
	    "蒋丽萍、何志远出席。\n"
	    "\n"
	    "会议听取和审议了市\n"
	    "政府关于 2023年度国有\n"
	    "资产管理情况的综合报告，\n"
	    "听取了关于民生实事项目\n"
	    "代表票决制实施情况的报\n"
	    "告，审议通过了有关人事\n"
	    "任免事项。\n"
	    "会议强调，要认真研\n"
	    "究处理审议意见，持续加\n"
	    "强国有资产管理，推动民\n"
	    "生实事项目按时保质完成，\n"
	    "\n"
	    "切实把好事办好、实事办\n"
	    "实。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "市十七届人大常委会召开第二十次会议");
	assert_int_equal(a->nparagraphs, 3);
	assert_para_starts(a, "本报澄湖3月6日电");
	assert_true(strncmp(a->paragraphs[1], "会议听取和审议了市政府",
			strlen("会议听取和审议了市政府")) == 0);
	parse_page_free(pg);
}

/*
 * parse-9.296: a paragraph's first line after a column break, over a line
 * broken short before a figure that would not fit (…办结率达 ⏎ 98.6%，企
 * 业满意率达97.2%。): the line the figure opens ends its paragraph, but is
 * a full one, and the line over it is no first line under a title.  No
 * title stands between the two halves of the story.
 */
static void
parse_9_296(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖上线“企业码”\n"
	    "诉求办结率达98.6%\n"
	    "“扫一扫企业码，问题就\n"
	    "能直接提交，还能随时看到办\n"
	    "理进度。”3月6日，澄湖禾润\n"
	    "新材料科技有限公司行政主管\n"
	    "在手机上提交了一条关于员工\n"
	    "\n"
	    "子女入学的诉求，两天后就收\n"
	    "到了市教育局的答复。\n"
	    "去年下半年，我市上线\n"
	    "“企业码”服务平台，为全市\n"
	    "1.8万余家企业赋码，企业诉\n"
	    "求可以一键直达相关部门。平\n"
	    "台实行“首问负责、限时办结、\n"
	    "跟踪问效”，简单诉求3个工\n"
	    "作日内办结，复杂诉求由市企\n"
	    "业服务中心牵头组织会商。\n"
	    "\n"
	    "截至目前，平台共收到企\n"
	    "业诉求3467个，办结率达\n"
	    "98.6%，企业满意率达97.2%。\n"
	    "平台还整合了各级惠企政策\n"
	    "1200余条，企业可以按行业、\n"
	    "按类别查询，政策条款一目了\n"
	    "然。\n"
	    "市企业服务中心相关负责\n"
	    "人表示，下一步将推动“企业\n"
	    "码”与政务服务、金融服务深\n"
	    "度融合，让企业办事更便捷、\n"
	    "融资更顺畅，持续擦亮“澄心\n"
	    "办”营商环境服务品牌。（本\n"
	    "报澄湖3月6日电）\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "澄湖上线“企业码”诉求办结率达98.6%");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "营商环境服务品牌"));
	parse_page_free(pg);
}

/*
 * parse-9.297: an ad's box after a commentary: its name (two lines with
 * no mark), its services, and its line to call set apart under them.
 * The name is the ad's, no subheading of the commentary; the line to
 * call is the ad's text, once; and the story after the ad, broken by a
 * column break after a sentence's end, goes on under its own title.
 */
static void
parse_9_297(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	const char			*last;

	(void)state;
	pg = parse_str(
	    "三言两语\n"
	    "以“店小二”精神优化营商环境\n"
	    "——二论推动民营经济高质量发展\n"
	    "本报评论员\n"
	    "营商环境就是生产力。一个\n"
	    "地方能不能留住企业、吸引项目，\n"
	    "\n"
	    "很大程度上取决于营商环境好不\n"
	    "好。\n"
	    "当好“店小二”，就要有求\n"
	    "必应、无事不扰。企业有需要的\n"
	    "时候，政府部门要第一时间响应、\n"
	    "第一时间解决；企业正常生产经\n"
	    "营的时候，不随意检查、不层层\n"
	    "加码，让企业专心搞生产、安心\n"
	    "谋发展。\n"
	    "当好“店小二”，还要主动\n"
	    "靠前、换位思考。多站在企业的\n"
	    "角度想问题，多问一问企业需要\n"
	    "什么、还缺什么，把政策和服务\n"
	    "做在企业开口之前。\n"
	    "优化营商环境没有终点，只\n"
	    "有连续不断的新起点。只要我们\n"
	    "始终把企业当家人、把企业的事\n"
	    "当自家事，澄湖就一定能成为企\n"
	    "\n"
	    "业家投资兴业的热土。\n"
	    "\n"
	    "澄湖市第一人民医院\n"
	    "互联网医院上线\n"
	    "在线问诊 处方流转 药品配送\n"
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "澄湖启动春季农业生产“百日行动”\n"
	    "新华社澄湖 3月5 日电（记\n"
	    "者 顾晓岚）3月5日，我市召开\n"
	    "春季农业生产工作会议，部署开\n"
	    "展春季农业生产“百日行动”，\n"
	    "确保全年粮食播种面积稳定在32\n"
	    "万亩以上。\n"
	    "会议要求，各镇街道要抓住\n"
	    "当前有利时机，扎实做好早稻育\n"
	    "秧、小麦田间管理、油菜病虫害\n"
	    "防治等工作，加快推进高标准农\n"
	    "田建设，确保春耕生产有序开展。\n"
	    "\n"
	    "农业农村部门要组织农技人员下\n"
	    "沉一线，开展技术指导服务。\n"
	    "今年，我市还将安排三农专\n"
	    "项资金2.6 亿元，重点支持粮食\n"
	    "生产、农业机械化和农村人居环\n"
	    "境提升，并对种粮大户给予每亩\n"
	    "最高 200元的补贴，进一步调动\n"
	    "农民种粮积极性。\n"
	    "“补贴提高了，农技员常常\n"
	    "来田头指导，今年种粮心里更踏\n"
	    "实了。”西塘桥镇种粮大户钱建\n"
	    "平说，他今年流转了 860亩土地，\n"
	    "准备全部种上优质水稻。\n");
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "以“店小二”精神优化营商环境");
	last = a->paragraphs[a->nparagraphs - 1];
	assert_non_null(strstr(last, "投资兴业的热土。"));
	assert_null(strstr(last, "互联网医院"));
	a = by_title(pg, "澄湖市第一人民医院互联网医院上线");
	assert_int_equal(a->kind, PARSE_AD);
	assert_int_equal(count_kind(pg, PARSE_AD), 1);
	a = by_title(pg, "澄湖启动春季农业生产“百日行动”");
	last = a->paragraphs[a->nparagraphs - 1];
	assert_non_null(strstr(last, "准备全部种上优质水稻。"));
	parse_page_free(pg);
}

/*
 * parse-9.298: a page that opens on a heading's two lines, no mark in
 * either, over the story's byline (冒充客服骗走积蓄 ⏎ 民警追回86万元 ⏎
 * 本报记者 …): the title, both lines, not the story's first words.
 */
static void
parse_9_298(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "冒充客服骗走积蓄\n"
	    "民警追回86万元\n"
	    "本报记者 沈一鸣 本报通讯员 孙明浩\n"
	    "“谢谢，谢谢你们帮\n"
	    "我把钱追了回来！”3 月\n"
	    "5 日，在澄湖市公安局反\n"
	    "诈中心，市民李女士拿到\n"
	    "被追回的86万元后激动不\n"
	    "已。\n"
	    "\n"
	    "今年1月，李女士接\n"
	    "到一个自称“网购平台客\n"
	    "服”的电话，对方称她购\n"
	    "买的商品存在质量问题，\n"
	    "需要办理退款。在对方的\n"
	    "诱导下，李女士下载了一\n"
	    "款会议软件并开启屏幕共\n"
	    "享，短短两个小时内，账\n"
	    "户里的钱被分多次转走。\n"
	    "接到报警后，市公安\n"
	    "局迅速成立专案组，连续\n"
	    "奋战40 多天，辗转多个\n"
	    "省市，成功抓获犯罪嫌疑\n"
	    "人5名，为李女士追回全\n"
	    "部被骗资金。\n"
	    "警方提醒，凡是自称\n"
	    "客服要求退款、理赔的，\n"
	    "都要通过官方渠道核实；\n"
	    "凡是要求下载会议软件、\n"
	    "开启屏幕共享的，一律是\n"
	    "诈骗。遇到可疑情况，请\n"
	    "及时拨打96110咨询。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "冒充客服骗走积蓄民警追回86万元");
	assert_para_starts(a, "“谢谢，谢谢你们帮");
	parse_page_free(pg);
}

/*
 * parse-9.299: a heading's two lines right under a story's sign-off, no
 * blank between (（本报澄湖3月6 日电） ⏎ 西塘桥镇高标准农田 ⏎ 改出“丰”景
 * ⏎ 机耕路…): no text goes on from a sign-off, so they head the next
 * story, not the end of the last.
 */
static void
parse_9_299(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖港区新航线开通\n"
	    "本报讯（记者 宋远帆）7日上午，澄湖港区至\n"
	    "南洋群岛的首条远洋集装箱航线正式开通，首\n"
	    "航船舶满载电子元件和纺织品驶离码头。遇\n"
	    "到航运问题，请拨打港区服务热线咨询。\n"
	    "\n"
	    "（本报澄湖3月6 日电）\n"
	    "西塘桥镇高标准农田\n"
	    "改出“丰”景\n"
	    "机耕路平整宽阔，灌\n"
	    "溉渠纵横交错，一块块田\n"
	    "地方方正正……3月 5日，\n"
	    "记者在西塘桥镇联丰村看\n"
	    "到，去年完成改造的2100\n"
	    "亩高标准农田里，农户正\n"
	    "忙着翻耕土地，准备春播。\n"
	    "“以前田块小、路不\n"
	    "通，机器开不进来，现在\n"
	    "连片种植，用上了无人机\n"
	    "飞防，省工又省钱。”种\n"
	    "\n"
	    "粮大户马志勇算了一笔账，\n"
	    "改造后每亩地的产量提高\n"
	    "了约80斤，成本却降了不\n"
	    "少。\n"
	    "去年，西塘桥镇投入\n"
	    "资金3600万元，实施高标\n"
	    "准农田建设项目4个，同\n"
	    "步推进农田灌排设施、田\n"
	    "间道路和农田防护林建设。\n"
	    "今年，该镇还计划新建和\n"
	    "改造提升高标准农田3000\n"
	    "亩。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "（本报澄湖3月6日电）"));
	a = by_title(pg, "西塘桥镇高标准农田改出“丰”景");
	assert_para_starts(a, "机耕路平整宽阔");
	parse_page_free(pg);
}

/*
 * parse-9.300: a story's last paragraph after a column break, which gives
 * a number to call (…请及时拨打 ⏎ 96110咨询。): its lines run as the
 * story's text, one of them broken short before the figure that would
 * not fit, so it is the story's, not an ad's box.
 */
static void
parse_9_300(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "冒充客服骗走积蓄\n"
	    "民警追回86万元\n"
	    "本报澄湖 3月6日电（记者 沈一鸣\n"
	    "通讯员 孙明浩） “谢谢，谢谢你们帮我\n"
	    "把钱追了回来！”3月5日，在澄湖市公安\n"
	    "局反诈中心，市民李女士拿到被追回的86\n"
	    "万元后激动不已。\n"
	    "今年1月，李女士接到一个自称“网\n"
	    "购平台客服”的电话，对方称她购买的商\n"
	    "品存在质量问题，需要办理退款。在对方\n"
	    "的诱导下，李女士下载了一款会议软件并\n"
	    "开启屏幕共享，短短两个小时内，账户里\n"
	    "的钱被分多次转走。\n"
	    "接到报警后，市公安局迅速成立专案\n"
	    "组，连续奋战40 多天，辗转多个省市，\n"
	    "\n"
	    "成功抓获犯罪嫌疑人5名，为李女士追回\n"
	    "全部被骗资金。\n"
	    "\n"
	    "警方提醒，凡是自称客服要求退款、\n"
	    "理赔的，都要通过官方渠道核实；凡是要\n"
	    "求下载会议软件、开启屏幕共享的，一律\n"
	    "是诈骗。遇到可疑情况，请及时拨打\n"
	    "96110咨询。\n"
	    "\n"
	    "“一老一小”服务圈覆盖全部城乡社区\n"
	    "本报记者 徐嘉禾\n"
	    "早上把孩子送进社区托育园，中午到\n"
	    "老年食堂吃饭，下午带着老人去康养中心\n"
	    "做理疗……如今，在澄湖的城乡社区，\n"
	    "“一老一小”服务就在家门口。\n");
	assert_int_equal(count_kind(pg, PARSE_AD), 0);
	a = by_title(pg, "冒充客服骗走积蓄民警追回86万元");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "请及时拨打96110咨询。"));
	parse_page_free(pg);
}

/*
 * parse-9.301: a title right under a photo's caption and its credit, no
 * blank between (…念。 ⏎ 陆峰 马骁/摄 ⏎ 家门口的“幸福食堂”开张了 ⏎ 一荤
 * 两素…): nothing of the caption runs on from its credit, so the line
 * under it heads the next story; the story is not the photo's caption.
 */
static void
parse_9_301(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的\n"
	    "早樱陆续绽放，吸引众多市民\n"
	    "和游客前来踏青赏花、拍照留\n"
	    "念。\n"
	    "陆峰 马骁/摄\n"
	    "家门口的“幸福食堂”开张了\n"
	    "一荤两素一汤，只要12元。\n"
	    "3月 4日中午，湖滨街道景澜\n"
	    "社区“幸福食堂”正式开张，\n"
	    "不少老人早早就来排队。“饭\n"
	    "菜软硬正好，价钱也公道，以\n"
	    "后不用自己开火了。”72岁的\n"
	    "王大伯一边吃一边说。\n"
	    "景澜社区 60 岁以上老人\n"
	    "有1400多人，其中独居老人近\n"
	    "200人，“吃饭难”是大家反\n"
	    "映最多的问题。社区腾出一处\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "湖畔春色");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "一荤两素"));
	a = by_title(pg, "家门口的“幸福食堂”开张了");
	assert_para_starts(a, "一荤两素一汤");
	parse_page_free(pg);
}

/*
 * parse-9.302: an ad's box at the page's head whose last line is one of
 * its fields (活动时间：3月1日至3月31日) leaves no sentence open: it is an
 * ad, and the text that goes on after a column break (…方立群在签约仪式
 * ⏎⏎ 上表示，…) is the story's that broke off there, not the ad's.
 */
static void
parse_9_302(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    " 澄湖发布 今澄湖客户端\n"
	    "\n"
	    "澄湖书城\n"
	    "春季读书月 全场图书八折\n"
	    "活动时间：3月1日至3月31日\n"
	    "\n"
	    "惠企政策“免申即享” 1.2亿元资金直达企业\n"
	    "本报讯（记者 李敏 通讯员\n"
	    "\n"
	    " 郑洁） “没想到不用提交任何\n"
	    "材料，补助资金就直接打到了公\n"
	    "司账户上。”3月 5日，澄湖远\n"
	    "澄智能装备有限公司财务经理收\n"
	    "到了一笔48万元的技术改造补助，\n"
	    "这让她有些意外。\n"
	    "这是我市推行惠企政策“免\n"
	    "申即享”的一个缩影。今年以来，\n"
	    "市经信、财政、税务等部门通过\n"
	    "数据共享，对符合条件的企业自\n"
	    "动识别、自动匹配、自动兑付，\n"
	    "企业不用申请、不用跑腿，就能\n"
	    "享受政策红利。截至目前，全市\n"
	    "已有1126家企业通过“免申即享”\n"
	    "获得各类奖补资金 1.2 亿元。\n"
	    "（下转2版）\n"
	    "\n"
	    "创新突破\n"
	    "实干争先\n"
	    "\n"
	    "总投资30亿元 项目达产后年产值可达60亿元\n"
	    "禾润新能源电池项目签约落户澄湖经开\n"
	    "本报澄湖 3月 5 日电（记\n"
	    "者 陈思远）3月5日上午，禾润\n"
	    "新能源储能电池项目签约仪式在\n"
	    "澄湖经济技术开发区举行。市领\n"
	    "导方立群、韩卫东出席签约仪式。\n"
	    "禾润新能源科技有限公司成\n"
	    "立于 2016年，是一家专注于储\n"
	    "能电池研发、生产和系统集成的\n"
	    "\n"
	    "高新技术企业，产品远销欧洲、\n"
	    "东南亚等30多个国家和地区。此\n"
	    "次签约的项目总投资30亿元，分\n"
	    "两期建设，主要建设储能电池电\n"
	    "芯及模组生产线，全部达产后可\n"
	    "形成年产10GWh储能电池的生产\n"
	    "能力，年产值可达60亿元。\n"
	    "“我们看中的不仅是澄湖的\n"
	    "区位优势，更是这里的产业生态\n"
	    "和服务效率。”禾润新能源董事\n"
	    "长宋立新说，项目一期计划今年\n"
	    " 6 月开工建设，2025年底前投\n"
	    "产。\n"
	    "市委书记方立群在签约仪式\n"
	    "\n"
	    "上表示，新能源是我市重点培育\n"
	    "的产业链之一，禾润项目的落户\n"
	    "将进一步壮大我市新能源产业集\n"
	    "群。我市将以最优的服务、最强\n"
	    "的保障，全力推动项目早开工、\n"
	    "早投产、早见效，也希望企业在\n"
	    "澄湖做大做强、行稳致远。\n"
	    "近年来，我市坚持“项目为\n"
	    "王”，围绕集成电路、新能源、\n"
	    "高端装备三大主导产业精准招商。\n"
	    "去年全市共引进总投资亿元以上\n"
	    "项目 47个，其中10亿元以上项\n"
	    "目9个，实际利用外资2.86亿美\n"
	    "元。\n");
	a = by_title(pg, "春季读书月 全场图书八折");
	assert_int_equal(a->kind, PARSE_AD);
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "签约仪式"));
	a = by_title(pg, "禾润新能源电池项目签约落户澄湖经开");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "实际利用外资2.86亿美元。"));
	parse_page_free(pg);
}

/*
 * parse-9.303: a story's first paragraph, one short line that names a
 * thing an ad might (套圈、答题、扫码领小礼品……), right under the story's
 * byline: no ad's box carries a reporter's byline, so it is the story's
 * text, and the story goes on after the blank under it.
 */
static void
parse_9_303(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "西塘桥镇企业之家 把服务送到车间\n"
	    "本报讯（记者 李敏）今年以来，西塘桥镇企业之家\n"
	    "“企业的事再小也是大事。”西\n"
	    "塘桥镇党委委员方莉说，下一步，企\n"
	    "业之家将推出“周三企业接待日”，\n"
	    "由镇领导轮流坐班，面对面倾听企业\n"
	    "心声，让企业在西塘桥安心发展、放\n"
	    "心投资。\n"
	    "反诈宣传进夜市 “天天讲”守住钱袋子\n"
	    "本报记者 沈一鸣 本报通讯员 孙明浩\n"
	    "套圈、答题、扫码领小礼品……\n"
	    "\n"
	    "3月2日晚，南漾街道美食夜市里格外\n"
	    "热闹，一场以“反诈”为主题的游园\n"
	    "活动吸引了不少市民驻足。民警和志\n"
	    "愿者一边陪着大家做游戏，一边讲解\n"
	    "刷单返利、冒充客服等常见诈骗手法。\n"
	    "“骗子的套路常常翻新，宣传就\n"
	    "要天天讲、反复讲。”南漾派出所社\n");
	assert_int_equal(count_kind(pg, PARSE_AD), 0);
	a = by_title(pg, "反诈宣传进夜市 “天天讲”守住钱袋子");
	assert_para_starts(a, "套圈、答题、扫码领小礼品");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "南漾派出所社"));
	parse_page_free(pg);
}

/*
 * parse-9.304: a picture has one title.  Under its credit, a one-line
 * heading (湖畔春色) is the picture's title, so two short lines over its
 * caption (民生实事 ⏎ 温暖民心) are a column's banner, not a title that
 * takes the commentary's title over it as its kicker.  Two short lines
 * under the credit are the banner, and those over the caption the
 * title (9.261).
 */
static void
parse_9_304(void **state)
{
	static const char page[] =
	    "群众的每一条留言、每一个电话，\n"
	    "背后都是一件具体的事。把群众\n"
	    "的事当成自己的事，工作才能真\n"
	    "正做到群众心坎上。\n"
	    "■澄 言\n"
	    "\n"
	    "让“一一回应”成为常态\n"
	    "\n"
	    "民生实事\n"
	    "温暖民心\n"
	    "\n"
	    "近日，澄湖风景区湖畔的早樱陆\n"
	    "续绽放，吸引众多市民前来踏青。\n"
	    "■摄影 陆 峰\n"
	    "\n"
	    "湖畔春色\n";
	struct parse_page *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "让“一一回应”成为常态");
	assert_non_null(a);
	assert_string_equal(a->kicker, "");
	assert_non_null(strstr(a->paragraphs[0], "群众的每一条留言"));
	a = by_title(pg, "湖畔春色");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_PHOTO);
	a = by_title(pg, "民生实事温暖民心");
	assert_int_equal(a->kind, PARSE_BANNER);
	parse_page_free(pg);
}

/*
 * parse-9.305: a title set under its story, then the next story's kicker
 * and its title, each a blank apart, the title over its byline and text:
 * the first is the upper story's title, the second the lower story's
 * kicker, as their words say (9.272).  It was the upper story's title and
 * the title under it its kicker.
 */
static void
parse_9_305(void **state)
{
	static const char page[] =
	    "■记者 林舟\n"
	    COLD_STORE_STORY
	    "\n"
	    "仓库负责人介绍，东港冷链仓库今年还\n"
	    "将扩建一期，服务周边农户。（下转2版）\n"
	    "\n"
	    "东港冷链仓库投用\n"
	    "\n"
	    "市政府召开常务会议\n"
	    "\n"
	    "研究部署一季度稳增长工作\n"
	    "■记者 周雯\n"
	    "本报讯 3月4日下午，市长主持召开市\n"
	    "政府第二十六次常务会议，研究部署一\n"
	    "季度稳增长工作。\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	a = by_title(pg, "东港冷链仓库投用");
	assert_string_equal(a->kicker, "");
	assert_true(paras_have(pg, "东港冷链仓库投用", "果蔬三千吨"));
	a = by_title(pg, "研究部署一季度稳增长工作");
	assert_string_equal(a->kicker, "市政府召开常务会议");
	assert_true(paras_have(pg, "研究部署一季度稳增长工作", "常务会议"));
	parse_page_free(pg);
}

/*
 * A story that jumps to another page, its title set under it: over the
 * commentary of parse-9.306 and 9.307, whose title is set tight over it.
 */
#define JUMP_STORY_TITLED						\
	"■记者 林舟\n"							\
	"本报讯 3月5日，澄湖东港镇首座冷链\n"				\
	"仓库投入使用，可储存果蔬三千吨。（下转2版）\n"			\
	"\n"								\
	"东港冷链仓库投用\n"						\
	"\n"

/*
 * parse-9.306: a line over a paragraph's first line, tight over it, is
 * its title, though the first line is short of an indent by more: a
 * figure that would not fit (387名) opens the line after it.
 */
static void
parse_9_306(void **state)
{
	static const char page[] =
	    JUMP_STORY_TITLED
	    "助企服务要沉到一线去\n"
	    "新春开局，我市组织\n"
	    "387名机关干部担任助企服\n"
	    "务员，组成服务小分队，带\n"
	    "着政策走进企业车间。这一\n"
	    "做法让企业负责人感叹。\n"
	    "■澄 言\n";
	struct parse_page *pg;

	(void)state;
	pg = parse_str(page);
	assert_true(paras_have(pg, "助企服务要沉到一线去", "新春开局"));
	parse_page_free(pg);
}

/*
 * parse-9.307: so is a line one em short of the column, with no figure in
 * it: running text fills its line, or ends a sentence short of it.
 */
static void
parse_9_307(void **state)
{
	static const char page[] =
	    JUMP_STORY_TITLED
	    "助企服务要“沉”到一线\n"
	    "新春开局，市里组织了\n"
	    "机关干部担任助企服务员，\n"
	    "组成服务小分队，带着政策\n"
	    "走进企业车间。这一做法让\n"
	    "企业负责人感叹。\n"
	    "■澄 言\n";
	struct parse_page *pg;

	(void)state;
	pg = parse_str(page);
	assert_true(paras_have(pg, "助企服务要“沉”到一线", "新春开局"));
	parse_page_free(pg);
}

/*
 * parse-9.308: so it is when a column break left only the story's last
 * words over the title (推广这一做法。): the story's text is read back to
 * where it starts (9.92).
 */
static void
parse_9_308(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str(PARKING_STORY
	    "另外5个老旧小区\n\n"
	    "推广这一做法。\n\n"
	    PARKING_COMMENTARY);
	assert_true(paras_have(pg, "湖滨街道：小区停车难有了新解法",
	    "推广这一做法"));
	assert_false(paras_have(pg, "以“店小二”精神优化营商环境",
	    "新解法"));
	parse_page_free(pg);
}

/*
 * parse-9.309: a story that goes on from another page (（上接1版）) under
 * its title, then, with no title between, a commentary signed 本报评论员
 * with its title under it: two articles, as for a story that opens on a
 * dateline.  The story's first part, its dateline in it, is on the other
 * page; a commentary is signed, a story is not.
 */
static void
parse_9_309(void **state)
{
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str("惠企政策“免申即享” 资金直达企业\n"
	    "（上接1版）过去，企业申报一项政策，\n"
	    "往往要准备十几份材料，还要在多个部\n"
	    "门之间来回跑。为此，我市梳理出首批\n"
	    "42项可“免申即享”的政策事项，资金\n"
	    "审核通过后直接拨付到企业账户。\n\n"
	    "营商环境就是生产力。一个地方能\n"
	    "不能留住企业、吸引项目，很大程度上\n"
	    "取决于营商环境好不好。当好“店小\n"
	    "二”，就要有求必应、无事不扰。\n"
	    "■本报评论员\n\n"
	    "以“店小二”精神优化营商环境\n");
	a = by_title(pg, "以“店小二”精神优化营商环境");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_para_starts(a, "营商环境就是生产力");
	a = by_title(pg, "惠企政策“免申即享” 资金直达企业");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_false(paras_have(pg, "惠企政策“免申即享” 资金直达企业",
	    "营商环境"));
	parse_page_free(pg);
}

/*
 * parse-9.310: a photo's credit set after its caption's last sentence,
 * its last name broken after one character and the rest set a blank
 * lower (…好时光。 ■摄影 汤 ⏎⏎ 颖): one credit, and the picture has no
 * title.  A lone character was the picture's title.  A title of two
 * characters under a credit whose last name is whole stays the title.
 */
static void
parse_9_310(void **state)
{
	static const char story[] =
	    "\n"
	    "柳浦镇湖羊养殖走出共富路\n"
	    "\n"
	    "■记者 顾晓岚\n"
	    "本报讯 走进柳浦镇永丰村的湖羊养殖基地，\n"
	    "一排排标准化羊舍整齐排列。\n";
	struct parse_page	  *pg;
	const struct parse_article *a;
	char			  *page;

	(void)state;
	xasprintf(&page, "%s%s",
	    "近日，在湖滨街道迎湖公园，\n"
	    "市民带着孩子在草坪上放风筝，\n"
	    "享受早春的好时光。 ■摄影 汤\n"
	    "\n"
	    " 颖\n",
	    story);
	pg = parse_str(page);
	free(page);
	a = &pg->articles[0];
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->title, "");
	assert_non_null(strstr(a->byline, "汤颖"));
	assert_true(paras_have(pg, "柳浦镇湖羊养殖走出共富路", "湖羊养殖基地"));
	parse_page_free(pg);
	xasprintf(&page, "%s%s",
	    "近日，在湖滨街道迎湖公园，\n"
	    "市民带着孩子在草坪上放风筝，\n"
	    "享受早春的好时光。 ■摄影 汤颖\n"
	    "\n"
	    "春色\n",
	    story);
	pg = parse_str(page);
	free(page);
	assert_int_equal(by_title(pg, "春色")->kind, PARSE_PHOTO);
	parse_page_free(pg);
}

/*
 * parse-9.311: a title set under its story, its story saying only three
 * of its eleven pairs (客服, 追回, 万元), a blank over the next story's
 * title set over its byline: the upper story's title, not the lower
 * title's kicker, since the lower title says much of its own story and
 * nothing of the story over it, and the upper says less of the story
 * under it (9.272).
 */
static void
parse_9_311(void **state)
{
	static const char page[] =
	    "■记者 沈一鸣\n"
	    "本报讯 “谢谢你们帮我把钱追了回来！”\n"
	    "3月5日，市民李女士拿到被追回的86万\n"
	    "元后激动不已。今年1月，她接到一个自\n"
	    "称“网购平台客服”的电话，账户里的钱\n"
	    "被分多次转走。\n"
	    "\n"
	    "冒充客服骗走积蓄 民警追回86万元\n"
	    "\n"
	    "西塘桥镇高标准农田\n"
	    "改出“丰”景\n"
	    "■记者 顾晓岚\n"
	    "本报讯 机耕路平整宽阔，灌溉渠纵横\n"
	    "交错。3月5日，记者在西塘桥镇联丰村\n"
	    "看到，去年完成改造的高标准农田里，\n"
	    "农户正忙着翻耕土地。\n";
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str(page);
	assert_true(paras_have(pg, "冒充客服骗走积蓄 民警追回86万元",
	    "网购平台客服"));
	a = by_title(pg, "西塘桥镇高标准农田改出“丰”景");
	assert_string_equal(a->kicker, "");
	parse_page_free(pg);
}

/*
 * parse-9.312: a short line of text justified to a narrow column comes
 * out spread, a space between its characters (新 桥 村 村 民): text that
 * runs on, not a title set under the story over it.
 */
static void
parse_9_312(void **state)
{
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str("■记者 林舟\n"
	    "本报讯 3月2日下午，南漾街道新桥村文化礼堂\n"
	    "座无虚席，一场由村民自编自演的文艺演出在\n"
	    "这里上演。\n\n"
	    "“以前周末没什么去处，现在礼堂里\n"
	    "常常有节目，老\n"
	    "老少少都愿意来。”\n"
	    "新 桥 村 村 民\n\n"
	    "吴阿姨说，她还\n"
	    "报名参加了礼堂\n"
	    "的排舞队，每周\n"
	    "都来练习。\n\n"
	    "南漾街道文化礼堂 周末“好戏”连台\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "南漾街道文化礼堂 周末“好戏”连台");
	assert_true(paras_have(pg, "南漾街道文化礼堂 周末“好戏”连台",
	    "新桥村村民"));
	assert_true(paras_have(pg, "南漾街道文化礼堂 周末“好戏”连台",
	    "吴阿姨说"));
	assert_int_equal(a->kind, PARSE_NEWS);
	parse_page_free(pg);
}

/*
 * parse-9.313: two lines between a story's finished sentence and text
 * that runs on, the first an indent short and the second full, are a
 * paragraph's first lines cut off by a column break, not a title, though
 * the few lines over them, with figures, measure the column short: the
 * text under them measures it too.
 */
static void
parse_9_313(void **state)
{
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str("本报讯 3月 6日上午，我市\n"
	    "2024年春季重点项目开工仪式在\n"
	    "临港新区星澜光电产业园举行。\n"
	    "当天共有8 个项目破土动工，总\n"
	    "投资 86.4亿元，今年计划完成\n"
	    "投资 21.7亿元。\n\n"
	    "星澜光电产业园由澄湖星澜\n"
	    "光电科技有限公司投资32亿元建\n\n"
	    "设，占地 286亩，将建成高端光\n"
	    "学元件和激光器件生产基地，投\n"
	    "产后将成为我市光电产业链的龙\n"
	    "头项目。项目负责人说，企业将\n"
	    "倒排工期、加快施工，力争明年\n"
	    "二季度让首条生产线投产。（下转2版）\n\n"
	    "跑出项目建设“加速度”\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "跑出项目建设“加速度”");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_true(paras_have(pg, "跑出项目建设“加速度”",
	    "投资32亿元建设，占地"));
	parse_page_free(pg);
}

/*
 * parse-9.314: two lines with no mark set apart after a story's finished
 * sentence, over a paragraph's first line whose pause hangs past the
 * column (越剧选段、评弹小调、): a title of two lines, though a blank
 * stands over them.  The second line was read as the paragraph's first.
 */
static void
parse_9_314(void **state)
{
	struct parse_page	  *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str("家门口的“幸福食堂”开张了\n"
	    "本报澄湖3月4日电（记者 林舟）据了解，今年\n"
	    "我市计划新建和提升老年食堂30家，实现城乡\n"
	    "社区助餐服务全覆盖，让老人们在家门口就能\n"
	    "吃上热乎饭。\n\n"
	    "南漾街道文化礼堂\n"
	    "周末“好戏”连台\n"
	    "越剧选段、评弹小调、\n"
	    "少儿舞蹈轮番登场……3\n"
	    "月 2日下午，南漾街道新\n"
	    "桥村文化礼堂座无虚席，\n"
	    "一场由村民自编自演的周\n"
	    "末文艺汇演让大家看得津\n"
	    "津有味。\n");
	a = by_title(pg, "南漾街道文化礼堂周末“好戏”连台");
	assert_para_starts(a, "越剧选段");
	parse_page_free(pg);
}

/*
 * parse-9.315: a story's subheading the column broke in two, its first
 * line as wide as the column (…涌动着回乡的澄湖人浓浓的 ⏎ 家乡情怀), is
 * one paragraph, and the paragraph under it another.  It was read as two
 * lines of the paragraph under it (9.314 made them a subheading's, each
 * a paragraph).
 */
static void
parse_9_315(void **state)
{
	struct parse_page	  *pg;
	const struct parse_article *a;
	size_t			   i;

	(void)state;
	pg = parse_str("澄湖人过年\n"
	    "本报澄湖1月23日电（记者 林舟）腊月\n"
	    "里，澄湖的大街小巷挂起了红灯笼，集市\n"
	    "上的年货摊一个挨着一个，离家的澄湖人\n"
	    "回到家乡，节日的气氛一天比一天浓。\n"
	    "从家庭、街坊到整座城市，节日把人们的\n"
	    "心连在一起，凝聚起向上的力量。\n\n"
	    "节日的气氛里涌动着回乡的澄湖人浓浓的\n"
	    "家乡情怀\n"
	    "节日是人们认同家乡的重要时刻。每\n"
	    "到春节，在外打拼的游子都要赶回家乡，\n"
	    "同家人吃一顿年夜饭，和老街坊拜个早年，\n"
	    "再去湖边走一走，看看家乡的新变化。\n");
	a = by_title(pg, "澄湖人过年");
	for (i = 0; i < a->nparagraphs; i++) {
		if (strstr(a->paragraphs[i], "浓浓的") != NULL)
			break;
	}
	assert_true(i + 1 < a->nparagraphs);
	assert_string_equal(a->paragraphs[i],
	    "节日的气氛里涌动着回乡的澄湖人浓浓的家乡情怀");
	assert_true(strncmp(a->paragraphs[i + 1], "节日是人们认同家乡",
			strlen("节日是人们认同家乡")) == 0);
	parse_page_free(pg);
}

/*
 * parse-9.316: a credit of names alone after a caption's last sentence,
 * wrapped inside its last name (…前来咨询。 王强 马骁 汤⏎颖/摄), is one
 * credit, the line under it no heading: the photo's, its caption whole.
 * Three names and a character were longer than the test allowed, which
 * counted bytes against a count of characters.
 */
static void
parse_9_316(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_PORT_BRIEF
	    "\n"
	    "招聘会上人气旺\n"
	    "3月5日，澄湖市人力资源市场举办\n"
	    "春风行动专场招聘会，吸引了众多求职者\n"
	    "前来咨询。 王强 马骁 汤\n"
	    "颖/摄\n");
	a = by_title(pg, "招聘会上人气旺");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_non_null(strstr(a->byline, "汤颖"));
	assert_int_equal(a->nparagraphs, 1);
	assert_string_equal(a->paragraphs[0],
	    "3月5日，澄湖市人力资源市场举办春风行动专场招聘会，吸引了众多"
	    "求职者前来咨询。");
	for (i = 0; i < pg->narticles; i++)
		assert_int_not_equal(pg->articles[i].kind, PARSE_BANNER);
	parse_page_free(pg);
}

/*
 * parse-9.317: a heading as long as a title, set apart after a finished
 * story, that says two of that story's pairs of characters (开展, 安全)
 * and a dozen of the text under it (南漾街道开展春季消防安全大检查 over
 * …开展春季消防安全大检查，…), heads a story of its own.  Two pairs
 * had made it a subheading of the story over it.
 */
static void
parse_9_317(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖新建三座污水处理厂\n"
	    "本报澄湖3月5日电（记者 林舟）今年，澄湖\n"
	    "将在城东、城西和湖滨新建三座污水处理\n"
	    "厂，总投资12亿元，年内全部开工。三座\n"
	    "厂建成后，全市日处理能力将提高一半，\n"
	    "老城区的雨污混接问题可望根本解决。\n"
	    "市水务局相关负责人介绍，施工期间将同\n"
	    "步开展管网排查，确保老厂运行安全。\n"
	    "\n"
	    "南漾街道开展春季消防安全大检查\n"
	    "连日来，南漾街道组织消防、应急等部门组\n"
	    "成检查组，深入辖区商铺、仓库和居民小区，\n"
	    "开展春季消防安全大检查，共排查隐患\n"
	    "86处，已当场整改71处。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖新建三座污水处理厂");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "确保老厂运行安全。"));
	a = by_title(pg, "南漾街道开展春季消防安全大检查");
	assert_int_equal(a->nparagraphs, 1);
	assert_para_starts(a, "连日来，南漾街道");
	parse_page_free(pg);
}

/*
 * parse-9.318: a story's first line that opens a quote and leaves it
 * open, under a title and over a line that closes it (“家里老人的医保卡
 * 丢了该去哪 ⏎ 补，…怎么走呢？”3月6 ⏎ …), is text, though as short as a
 * first line under an indent: a title closes its own quotes.  It was read
 * as the title, the title over it as its kicker.
 */
static void
parse_9_318(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖市第二职业学校\n"
	    "2024年春季招生火热进行中\n"
	    "招生热线：0573-85210000\n"
	    "地址：澄湖市南漾街道学府路16号\n"
	    "\n"
	    "南漾街道便民服务站 把服务送到楼下\n"
	    "“家里老人的医保卡丢了该去哪\n"
	    "补，办事流程怎么走呢？”3月6\n"
	    "日上午，在南漾街道便民服务站大\n"
	    "厅，居民陈阿姨一进门就提出了问\n"
	    "题。工作人员当场调出办事指南，\n"
	    "一条一条讲解，不到十分钟，就替\n"
	    "她办好了补卡手续。\n"
	    "这是南漾街道便民服务站开门办\n"
	    "事的一个日常场景。今年以来，便\n"
	    "民服务站已接待居民4300多人次，\n"
	    "办结各类事项4100件。\n"
	    "\n"
	    "澄湖新建三座污水处理厂\n"
	    "本报澄湖3月5日电（记者 林舟）今\n"
	    "年，澄湖将在城东、城西和湖滨新建\n"
	    "三座污水处理厂，总投资12亿元，年\n"
	    "内全部开工。三座厂建成后，全市日\n"
	    "处理能力将提高一半。\n");
	a = by_title(pg, "南漾街道便民服务站 把服务送到楼下");
	assert_string_equal(a->kicker, "");
	assert_para_starts(a, "“家里老人的医保卡丢了该去哪补，");
	parse_page_free(pg);
}

/*
 * parse-9.319: the rest of a story's sentence after a column break, its
 * first line short of the column by the figure that opens the line under
 * it (…一律是诈骗。遇到 ⏎⏎ 可疑情况，请及时拨打 ⏎ 96110咨询。), goes
 * on the story's sentence: no ad's box.  The short line had read as a
 * first line under an indent, and the number to call made the piece an
 * ad.
 */
static void
parse_9_319(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(
	    "南漾街道破获一起诈骗案\n"
	    "本报澄湖3月6日电（记者 林\n"
	    "舟）近日，南漾街道一位居民\n"
	    "接到自称“快递客服”的电话，\n"
	    "按对方要求操作后，账户里的\n"
	    "钱被分多次转走。接到报警后，\n"
	    "警方迅速成立专案组，追回全\n"
	    "部被骗资金。\n"
	    "警方提醒，凡是自称客服\n"
	    "要求退款的，都要通过官方渠\n"
	    "道核实；凡是要求下载会议软\n"
	    "件的，一律是诈骗。遇到\n"
	    "\n"
	    "可疑情况，请及时拨打\n"
	    "96110咨询。\n");
	for (i = 0; i < pg->narticles; i++)
		assert_int_not_equal(pg->articles[i].kind, PARSE_AD);
	a = by_title(pg, "南漾街道破获一起诈骗案");
	assert_non_null(strstr(a->paragraphs[a->nparagraphs - 1],
	    "遇到可疑情况，请及时拨打96110咨询。"));
	parse_page_free(pg);
}

/*
 * parse-9.320: a paragraph's first line, with a pause in it, right after
 * a finished sentence and as wide as the page's column less its indent,
 * that a column break parts from the full line it runs on into (…隐患
 * 213处。 ⏎ 东港镇相关负责人表示，将建立隐患 ⏎⏎ 整改“回头看”机制，…),
 * is its story's text.  It was a heading over a story of its own.
 */
static void
parse_9_320(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(
	    "东港镇开展春季安全生产大检查\n"
	    "本报澄湖3月5日电（记者 沈一鸣）\n"
	    "连日来，东港镇组织安监、消防、市场监\n"
	    "管等部门组成联合检查组，深入辖区企业、\n"
	    "仓储场所和人员密集场所，开展春季安全\n"
	    "生产大检查。\n"
	    "检查组重点检查了企业复工复产后的\n"
	    "设备设施运行、消防通道畅通、危险化学\n"
	    "品储存等情况，对发现的问题当场反馈、\n"
	    "限期整改。截至目前，共检查企业和场所\n"
	    "158家，发现并督促整改隐患213处。\n"
	    "东港镇相关负责人表示，将建立隐患\n"
	    "\n"
	    "整改“回头看”机制，确保问题整改到位，\n"
	    "坚决守牢安全生产底线。\n"
	    "\n"
	    "澄湖书城\n"
	    "今天阴有小雨，雨量中等。明天阴转多云，东北风3到4\n"
	    "级，阵风5级。今天白天最高气温12℃，明天早晨最\n"
	    "低气温6℃。\n"
	    "\n"
	    "远澄智能装备新厂房竣工投产\n"
	    "本报澄湖3月 5日电（记者 周雯 通\n"
	    "讯员 顾磊） 3月5日，位于澄湖经开迎湖\n"
	    "大道的远澄智能装备有限公司新厂房正式\n"
	    "竣工投产。新厂房总建筑面积4.8万平方\n"
	    "米，引进自动化焊接、激光切割等生产线\n");
	for (i = 0; i < pg->narticles; i++)
		assert_null(strstr(pg->articles[i].title, "负责人"));
	a = by_title(pg, "东港镇开展春季安全生产大检查");
	assert_string_equal(a->paragraphs[a->nparagraphs - 1],
	    "东港镇相关负责人表示，将建立隐患整改“回头看”机制，确保问题"
	    "整改到位，坚决守牢安全生产底线。");
	parse_page_free(pg);
}

/*
 * parse-9.321: a story with no heading over it, whose lead a column break
 * parts two lines in, inside a sentence (…哪里有险情就出现在 ⏎⏎ 哪里，
 * 不少人…), takes the title its whole lead says (在防汛一线锤炼干部作风),
 * as it does when no break is there.  It was matched on its first two
 * lines only, which say too little, and ran on into the story over it.
 */
static void
parse_9_321(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖港区新建泊位投入使用\n"
	    "本报澄湖三月五日电澄湖港区东作业区新建\n"
	    "的两个万吨级泊位正式投入使用，港区年吞\n"
	    "吐能力由此提升至一千二百万吨。新泊位配\n"
	    "备了自动化岸桥和智能理货系统，船舶靠泊\n"
	    "作业时间比过去缩短近三成。港区相关负责\n"
	    "人介绍，今年港区还将开工建设集装箱堆场\n"
	    "二期，进一步完善集疏运体系，为临港产业\n"
	    "发展提供更有力的支撑。\n"
	    "\n"
	    "澄言\n"
	    "\n"
	    "在防汛一线锤炼干部作风\n"
	    "\n"
	    "远澄智能装备新厂房竣工投产\n"
	    "本报澄湖三月五日电位于澄湖经开迎湖大道\n"
	    "的远澄智能装备有限公司新厂房正式竣工投\n"
	    "产。新厂房总建筑面积四万八千平方米，引\n"
	    "进自动化焊接、激光切割等生产线，达产后\n"
	    "可实现年产值六亿元。（下转二版）\n"
	    "\n"
	    "今年入汛以来，柳浦镇的镇村干部白天巡堤\n"
	    "查险、夜里轮班值守，哪里有险情就出现在\n"
	    "\n"
	    "哪里，不少人一连几天吃住在堤上。镇党委\n"
	    "书记说，防汛一线就是锤炼干部作风的主战\n"
	    "场，干部作风好不好，群众看得最清楚。要\n"
	    "让干部在风雨中经受考验、增长才干，在急\n"
	    "难险重任务中挺身而出，把防汛一线锤炼干\n"
	    "部作风落到每一段堤防上。\n");
	a = by_title(pg, "在防汛一线锤炼干部作风");
	assert_true(strncmp(a->paragraphs[0], "今年入汛以来",
			strlen("今年入汛以来")) == 0);
	a = by_title(pg, "远澄智能装备新厂房竣工投产");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "入汛"));
	parse_page_free(pg);
}

/*
 * parse-9.322: a story's subheading under a piece of two lines that a
 * column break parted from the text over it inside a sentence (…在风 ⏎⏎
 * 雨中经受考验、…锤炼干部的好课堂。 ⏎⏎ 干部下沉一线排查隐患守护安澜),
 * in a story whose title is set elsewhere, is that story's, as it is
 * when no break is there.  The two lines alone were too short a story to
 * have a subheading, and it headed a story of its own.
 */
static void
parse_9_322(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(
	    "澄言\n"
	    "\n"
	    "在防汛一线锤炼干部作风\n"
	    "\n"
	    "远澄智能装备新厂房竣工投产\n"
	    "本报澄湖三月五日电位于澄湖经开迎湖\n"
	    "大道的远澄智能装备有限公司新厂房正式竣\n"
	    "工投产。新厂房建筑面积四万八千平方米，\n"
	    "引进自动化焊接、激光切割等生产线，达产\n"
	    "后可实现年产值六亿元。（下转二版）\n"
	    "\n"
	    "今年以来，澄湖市把防汛备汛作为锤炼\n"
	    "干部作风的重要课堂，组织全市机关干部下\n"
	    "沉到河道、泵站和圩区一线，排查隐患、疏\n"
	    "通河道、加固堤防。\n"
	    "镇里把防汛一线当作锤炼干部作风的考\n"
	    "场，要求党员干部带头巡堤、带头值守、带\n"
	    "头转移群众，让群众看到干部就安心，在风\n"
	    "\n"
	    "雨中经受考验、增长才干，这是对干部作风\n"
	    "的一次检验，也是锤炼干部的好课堂。\n"
	    "\n"
	    "干部下沉一线排查隐患守护安澜\n"
	    "记者在柳浦镇看到，镇村干部分成二十\n"
	    "个小组，逐段查看河道堤防，对发现的问题\n"
	    "当场登记、限期整改，目前已整改隐患一百\n"
	    "二十处。\n");
	for (i = 0; i < pg->narticles; i++)
		assert_null(strstr(pg->articles[i].title, "干部下沉"));
	a = by_title(pg, "在防汛一线锤炼干部作风");
	assert_string_equal(a->paragraphs[a->nparagraphs - 1],
	    "记者在柳浦镇看到，镇村干部分成二十个小组，逐段查看河道堤防，"
	    "对发现的问题当场登记、限期整改，目前已整改隐患一百二十处。");
	parse_page_free(pg);
}

/*
 * parse-9.323: a paragraph after a column break, whose first two lines a
 * second break parts from the rest inside a sentence (…鹭类候鸟和越冬 ⏎⏎
 * 的鸥类候鸟，…), is more of the story over it: with the rest, it says
 * enough of the story's words (related_min pairs: 候鸟, 白鹤, 湿地, …),
 * as it does when no break is there.  The two lines alone say too few,
 * and a heading left over from the top of the page (记者走进湿地保护区腹
 * 地), whose words the rest says, took them as a story of its own.
 */
static void
parse_9_323(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "记者走进湿地保护区腹地\n"
	    "\n"
	    "今年全市将新建三处湿地公园\n"
	    "\n"
	    "探访东滩候鸟越冬地\n"
	    "本报澄湖1月8日电 隆冬时节，东\n"
	    "滩湿地迎来越冬候鸟的高峰。记者跟随保\n"
	    "护站巡护员走进滩涂深处，成群的白鹤、\n"
	    "灰鹤在浅水中觅食，不时振翅飞起。\n"
	    "保护站站长陈国梁介绍，今年在东滩\n"
	    "越冬的候鸟已超过三万只，其中国家一级\n"
	    "保护鸟类白鹤有二百多只，数量比去年增\n"
	    "加了近两成。\n"
	    "\n"
	    "除了白鹤、灰鹤之外，东滩最多的是\n"
	    "雁鸭类候鸟、鹬类候鸟、鹭类候鸟和越冬\n"
	    "\n"
	    "的鸥类候鸟，它们每年秋天从北方飞来，\n"
	    "在澄湖东部湿地保护区腹地的芦苇荡和浅\n"
	    "滩里度过整个冬天，来年开春再飞回北方\n"
	    "繁殖。巡护员每天都要记下候鸟的种类和\n"
	    "数量。\n"
	    "\n"
	    "本报澄湖1月8日电 记者从市林业\n"
	    "局获悉，今年全市将新建三处湿地公园，\n"
	    "修复退化湿地一千二百亩，湿地保护率提\n"
	    "高到百分之六十以上。\n");
	a = by_title(pg, "探访东滩候鸟越冬地");
	assert_int_equal(a->nparagraphs, 3);
	assert_string_equal(a->paragraphs[2],
	    "除了白鹤、灰鹤之外，东滩最多的是雁鸭类候鸟、鹬类候鸟、鹭类候鸟"
	    "和越冬的鸥类候鸟，它们每年秋天从北方飞来，在澄湖东部湿地保护区"
	    "腹地的芦苇荡和浅滩里度过整个冬天，来年开春再飞回北方繁殖。巡护"
	    "员每天都要记下候鸟的种类和数量。");
	parse_page_free(pg);
}

/*
 * parse-9.324: a paragraph after a column break is more of the story
 * over it when it says the story's words, though the piece right over it,
 * cut short by a subheading (小吃街，街小吃 ⏎ “以前一条街…都来了。”),
 * says next to none of them.  A heading left over from the top of the
 * page whose words it says (老街坊说起新变化) took it as a story of its
 * own.
 */
static void
parse_9_324(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(
	    "老街坊说起新变化\n"
	    "\n"
	    "老街焕新颜 生意更红火\n"
	    "本报澄湖1月30日电 连日来，柳\n"
	    "浦镇老街人气渐旺，沿街的小吃店、茶馆\n"
	    "和手工作坊家家开门迎客，外地游客络绎\n"
	    "不绝。老街改造完成后，青石板路修缮一\n"
	    "新，临街店铺统一了招牌，夜里还亮起了\n"
	    "灯笼。\n"
	    "镇里还请来老手艺人开设体验课，游\n"
	    "客可以学做米糕、编竹篮，老街的生意一\n"
	    "天比一天红火。\n"
	    "小吃街，街小吃\n"
	    "“以前一条街只有三四家店。现在外地游\n"
	    "客都来了。”\n"
	    "\n"
	    "午饭时间，老街坊们坐在一起说起新\n"
	    "变化，个个喜上眉梢。经营米糕店的王阿\n"
	    "婆说，店里每天要做三百多块米糕，周末\n"
	    "游客多，常常不到中午就卖完了。老街的\n"
	    "小吃店、茶馆生意红火，不少在外打工的\n"
	    "年轻人也回到老街开起了店铺。\n");
	a = by_title(pg, "老街焕新颜 生意更红火");
	assert_true(strncmp(a->paragraphs[a->nparagraphs - 1], "午饭时间",
			strlen("午饭时间")) == 0);
	for (i = 0; i < pg->narticles; i++)
		assert_true(pg->articles[i].nparagraphs == 0 ||
		    strcmp(pg->articles[i].title, "老街坊说起新变化") != 0);
	parse_page_free(pg);
}

/*
 * parse-9.325: a photo's caption that two column breaks part inside its
 * sentences (…育秧工厂内， ⏎⏎ 农技人员…抢抓晴 ⏎⏎ 好天气，…准备工作。 王
 * 强 陆峰/摄) is one caption under its title.  One break was read so; at
 * the second, the piece that ends on the credit made a photo of its own,
 * and the title with the first two pieces a story.
 */
static void
parse_9_325(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "市政府召开常务会议\n"
	    "研究部署一季度稳增长工作\n"
	    "本报澄湖 3月4日电（记者 周雯） 3\n"
	    "月4日下午，市长韩卫东主持召开市政府\n"
	    "第二十六次常务会议，研究部署一季度稳\n"
	    "增长工作，审议《澄湖市促进民营经济高\n"
	    "质量发展若干措施》等文件。\n"
	    "会议指出，一季度是全年工作的基础，\n"
	    "各地各部门要紧盯目标任务，坚持问题导\n"
	    "向，抓好工业生产、项目投资、消费促进\n"
	    "等重点工作，全力以赴冲刺首季“开门红”。\n"
	    "会议强调，要把稳增长各项政策落到\n"
	    "实处，及时兑现惠企资金，帮助企业解决\n"
	    "融资、用工等实际困难；要守牢安全生产\n"
	    "底线，扎实做好春季森林防火、道路交通\n"
	    "等领域的安全隐患排查整治，为经济社会\n"
	    "发展营造平安稳定的环境。\n"
	    "\n"
	    "早稻育秧 春耕正忙\n"
	    "昨天，在柳浦镇新丰村的育秧工厂内，\n"
	    "\n"
	    "农技人员正在检查早稻秧苗的长势。眼下\n"
	    "正值春耕备耕关键时节，我市各地抢抓晴\n"
	    "\n"
	    "好天气，做好育秧、施肥、农机检修等准\n"
	    "备工作。 王强 陆峰/摄\n"
	    "西塘桥镇企业之家 把服务送到车间\n"
	    "本报记者 李敏 本报通讯员 吴倩 钱晓峰\n"
	    "“厂里有几台设备想搞技术改造，补\n"
	    "助政策怎么申请？”3 月 4日上午，在西\n"
	    "塘桥镇企业之家服务大厅，澄湖恒达精工\n"
	    "机械有限公司财务负责人周晓燕一进门就\n"
	    "提出了问题。工作人员当场调出政策清单，\n"
	    "一条一条讲解申报条件，不到半小时，企\n"
	    "业就拿到了完整的材料指引。\n");
	a = by_title(pg, "早稻育秧 春耕正忙");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_int_equal(a->nparagraphs, 1);
	assert_string_equal(a->paragraphs[0],
	    "昨天，在柳浦镇新丰村的育秧工厂内，农技人员正在检查早稻秧苗的长"
	    "势。眼下正值春耕备耕关键时节，我市各地抢抓晴好天气，做好育秧、"
	    "施肥、农机检修等准备工作。");
	assert_int_equal(pg->narticles, 3);
	parse_page_free(pg);
}

/*
 * parse-9.326: the rest of a story after a column break inside a sentence,
 * which its writer's sign-off closes and a picture's source follows (…留住
 * 城市的记忆。 ⏎ （作者为…馆员） ⏎ 本报资料图片), is that story's text, not
 * a photo's caption: a caption is signed by its credit alone.  With the
 * story over it too long for a caption, the rest made a photo of its own.
 */
static void
parse_9_326(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "让老街留住烟火气\n"
	    "本报澄湖3月5日电 柳浦镇老街改造完成后，青石\n"
	    "板路修缮一新，临街店铺统一了招牌，夜里还亮起\n"
	    "了灯笼。镇里请来老手艺人开设体验课，游客可以\n"
	    "学做米糕、编竹篮，老街的生意一天比一天红火。\n"
	    "这几年，全市把城镇有机更新作为民生实事来抓，\n"
	    "先后改造老旧街区十二条，修缮历史建筑八十多处，\n"
	    "既改善了居民的居住条件，也让老街的商业重新活\n"
	    "跃起来。改造中，镇里坚持“修旧如旧”，保留了\n"
	    "\n"
	    "老街原有的格局和风貌，不少在外打工的年轻人也\n"
	    "回到老街开起了店铺。老街的变化，是全市推进城\n"
	    "镇有机更新的一个缩影。留住老街的烟火气，就是\n"
	    "留住城市的记忆。\n"
	    "（作者为澄湖市文史研究馆馆员）\n"
	    "本报资料图片\n"
	    "\n"
	    "远澄智能装备新厂房竣工投产\n"
	    "本报澄湖3月5日电（记者 周雯）3月5日，位于澄\n"
	    "湖经开迎湖大道的远澄智能装备有限公司新厂房正\n"
	    "式竣工投产。新厂房总建筑面积4.8万平方米，引\n"
	    "进自动化焊接、激光切割等生产线。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "让老街留住烟火气");
	assert_non_null(strstr(a->paragraphs[0],
	    "保留了老街原有的格局和风貌，不少在外打工的年轻人也回到老街开起"
	    "了店铺。"));
	parse_page_free(pg);
}

/*
 * parse-9.327: of two stories left open inside a sentence, the rest after
 * a column break that closes a bracket it did not open (沈一鸣）记者从…)
 * goes on the one whose last line left that bracket open (本报澄湖3月5日
 * 电 （记者), a dateline broken at its reporter's name.  It went on the
 * story over the dateline, which a line ending on 有助于 left open too.
 */
static void
parse_9_327(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "老街改造让居民生活更方便\n"
	    "本报澄湖3月5日电（记者 周雯）今年以来，柳浦镇\n"
	    "对老街实施改造，修缮青石板路，统一临街店铺\n"
	    "招牌，还新建了两处停车场和一个口袋公园。镇\n"
	    "里有关负责人表示，老街改造既改善了居民的居\n"
	    "住条件，也让老街的商业重新活跃起来，有助于\n"
	    "\n"
	    "本报澄湖3月5日电 （记者\n"
	    "\n"
	    "沈一鸣）记者从市港航管理中心获悉，澄湖港区\n"
	    "东作业区新建的两个万吨级泊位正式投入使用，\n"
	    "港区年吞吐能力由此提升至一千二百万吨。新泊\n"
	    "位配备了自动化岸桥和智能理货系统。\n"
	    "\n"
	    "新泊位投入使用\n");
	a = by_title(pg, "新泊位投入使用");
	assert_int_equal(a->nparagraphs, 1);
	assert_non_null(strstr(a->paragraphs[0], "（记者沈一鸣）记者从"));
	a = by_title(pg, "老街改造让居民生活更方便");
	assert_null(strstr(a->paragraphs[a->nparagraphs - 1], "港区"));
	parse_page_free(pg);
}

/*
 * parse-9.328: a story's lead run on over a column break weighs a heading
 * by the pairs of characters it says, not by single characters that a
 * longer text holds anyway.  A column's banner (四敢争先 ⏎ 澄湖进行时)
 * titles no story whose title ran into its text (西塘桥镇企业之家 把服务
 * 送到车间“厂里有几台…), though its characters stand here and there in
 * the story's 20 lines.
 */
static void
parse_9_328(void **state)
{
	struct parse_page	*pg;
	size_t			 i, n = 0;

	(void)state;
	pg = parse_str(
	    "西塘桥镇企业之家 把服务送到车间\n"
	    "“厂里有几台设备想搞技术改造，\n"
	    "补助政策怎么申请？”3月4日上午，\n"
	    "\n"
	    "在西塘桥镇企业之家服务大厅，澄湖\n"
	    "恒达精工机械有限公司财务负责人周\n"
	    "晓燕一进门就提出了问题。工作人员\n"
	    "当场调出政策清单，一条一条讲解申\n"
	    "报条件，不到半小时，企业就拿到了\n"
	    "完整的材料指引。\n"
	    "这是西塘桥镇企业之家开门办公\n"
	    "的一个日常场景。去年以来，西塘桥\n"
	    "镇把分散在经济发展、市场监管、人\n"
	    "力社保等部门的涉企服务事项集中起\n"
	    "来，打造“一站式”企业服务综合体，\n"
	    "企业办事从“跑多门”变成“进一门”。\n"
	    "不仅如此，企业之家还组建了一\n"
	    "支由 12 名骨干组成的“车间服务队”，\n"
	    "每周固定两天下企业，把政策宣讲、\n"
	    "诉求收集、难题会商搬到车间现场。\n"
	    "截至目前，服务队已走访企业236家\n"
	    "次，收集各类诉求148个，已办结139\n"
	    "个。\n"
	    "\n"
	    "四敢争先\n"
	    "澄湖进行时\n"
	    "\n"
	    "市十七届人大常委会召开第二十次会议\n"
	    "本报讯（记者 周雯）3 月6日上\n"
	    "午，市十七届人大常委会召开第二十\n"
	    "次会议。市人大常委会主任许文华主\n"
	    "持会议，副主任陈国梁、蒋丽萍、何\n"
	    "志远出席。\n"
	    "会议听取和审议了市政府关于\n"
	    "\n"
	    "2023年度国有资产管理情况的综合报\n"
	    "告，听取了关于民生实事项目代表票\n"
	    "决制实施情况的报告，审议通过了有\n"
	    "关人事任免事项。\n"
	    "会议强调，要认真研究处理审议\n");
	for (i = 0; i < pg->narticles; i++) {
		if (pg->articles[i].nparagraphs == 0 ||
		    strstr(pg->articles[i].paragraphs[0], "企业之家") == NULL)
			continue;
		n++;
		assert_string_not_equal(pg->articles[i].title,
		    "四敢争先澄湖进行时");
	}
	assert_int_equal(n, 1);
	parse_page_free(pg);
}

/*
 * parse-9.329: a title set right under a story's text, no blank line
 * between, where that text ends a sentence as wide as its column (…种上优
 * 质水稻。⏎湖滨街道：小区停车难有了新解法⏎“以前晚上…圈，⏎…): short of
 * the column, ending no sentence, over a paragraph's first line whose
 * pause hangs past the column, it is no line of the paragraph over it.
 * It says the words of the lead under it, not the story's above, so it
 * titles a story of its own.  A subheading set so (物流园区要与码头建设
 * 同步推进), which says its story's words, stays in its story.
 */
static void
parse_9_329(void **state)
{
	struct parse_page	*pg;
	size_t			 i;

	(void)state;
	pg = parse_str(
	    "澄湖启动春季农业生产“百日行动”\n"
	    "本报澄湖3月 5日电（记者 顾晓岚）\n"
	    "3 月5日，我市召开春季农业生产工作\n"
	    "会议，部署开展春季农业生产“百日行\n"
	    "动”，确保全年粮食播种面积稳定在32\n"
	    " 万亩以上。\n"
	    "会议要求，各镇街道要抓住当前有\n"
	    "利时机，扎实做好早稻育秧、小麦田间\n"
	    "管理、油菜病虫害防治等工作，加快推\n"
	    "进高标准农田建设，确保春耕生产有序\n"
	    "开展。农业农村部门要组织农技人员下\n"
	    "沉一线，开展技术指导服务。\n"
	    "“补贴提高了，农技员常常来田头\n"
	    "指导，今年种粮心里更踏实了。”西塘\n"
	    "桥镇种粮大户钱建平说，他今年流转了\n"
	    "860亩土地，准备全部种上优质水稻。\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "“以前晚上回来要绕小区转好几圈，\n"
	    "现在楼下就有车位了。”3月4日晚，湖\n"
	    "滨街道新华小区居民刘先生停好车后说。\n"
	    "新华小区建于2000年前后，原有车\n"
	    "位不足 300 个，而居民车辆已超过600\n"
	    "辆，停车难问题困扰居民多年。去年，\n"
	    "湖滨街道结合老旧小区改造，通过拆除\n"
	    "违章建筑、改造闲置绿地、错时共享周\n"
	    "边单位停车场等办法，新增停车位286\n"
	    "个。\n");
	assert_int_equal(pg->narticles, 2);
	assert_string_equal(pg->articles[1].title,
	    "湖滨街道：小区停车难有了新解法");
	for (i = 0; i < pg->articles[0].nparagraphs; i++)
		assert_null(strstr(pg->articles[0].paragraphs[i], "停车"));
	parse_page_free(pg);

	pg = parse_str(
	    "澄湖港区二期码头开工建设\n"
	    "本报澄湖3月 5日电（记者 顾晓岚）\n"
	    "3 月5日，澄湖港区二期码头工程开\n"
	    "工。工程建设4个万吨级泊位，建成\n"
	    "后澄湖港区年货物吞吐能力将大幅提\n"
	    "升，临港物流园区的货物可以直接装\n"
	    "船出海，码头与物流园区连成一体。\n"
	    "与码头同步建设的，还有占地680\n"
	    "亩的临港物流园区。园区将引进冷链\n"
	    "仓储、保税物流和多式联运企业，预\n"
	    "计可新增就业岗位2000个以上。\n"
	    "物流园区要与码头建设同步推进\n"
	    "港区管委会负责人向记者介绍说，\n"
	    "物流园区一期已完成土地平整，码头\n"
	    "建成之日就是园区开园之时，两者同\n"
	    "步推进，互为支撑。\n");
	assert_int_equal(pg->narticles, 1);
	parse_page_free(pg);
}

/*
 * parse-9.330: a title with a colon in it (湖滨街道：小区停车难有了新解法)
 * set apart under an ad's line to call (咨询电话：0573-…), over a
 * paragraph's first line, heads a story, as it does after a sentence's
 * end: nothing runs on from a number to call.  It had been read as the
 * first line of more text of the story over the ad.
 */
static void
parse_9_330(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖启动春季农业生产“百日行动”\n"
	    "本报澄湖3月 5日电（记者 顾晓岚）\n"
	    "3 月5日，我市召开春季农业生产工作会\n"
	    "议，部署开展春季农业生产“百日行动”，\n"
	    "确保全年粮食播种面积稳定在32万亩以\n"
	    "上。\n"
	    "“补贴提高了，农技员常常来田头指\n"
	    "导，今年种粮心里更踏实了。”西塘桥镇\n"
	    "种粮大户钱建平说，他今年流转了860亩\n"
	    "土地，准备全部种上优质水稻。\n"
	    "\n"
	    "澄湖市第一人民医院\n"
	    "互联网医院上线\n"
	    "在线问诊 处方流转 药品配送\n"
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "“以前晚上回来要绕小区转好几圈，\n"
	    "现在楼下就有车位了。”3月4日晚，湖滨\n"
	    "街道新华小区居民刘先生停好车后说。\n"
	    "新华小区建于2000年前后，原有车位\n"
	    "不足 300个，而居民车辆已超过600辆，\n"
	    "停车难问题困扰居民多年。去年，湖滨街\n"
	    "道结合老旧小区改造，通过拆除违章建筑、\n"
	    "改造闲置绿地、错时共享周边单位停车场\n"
	    "等办法，新增停车位 286个。\n");
	a = with_lead(pg, "以前晚上");
	assert_string_equal(a->title, "湖滨街道：小区停车难有了新解法");
	assert_true(last_para_has(a, "286"));
	parse_page_free(pg);
}

/*
 * parse-9.331: a title as wide as a narrow column, set right under a
 * story's last sentence, a column's name of two characters under it and
 * the text's first line under that (…吃上热乎饭。⏎让“一一回应”成为常态⏎
 * 澄言⏎群众的每一条留言、⏎…): no paragraph breaks into a line of two
 * characters that finishes nothing, so both head a story, whether the
 * short line is the column's name or the title's last line.  The title
 * had been read as more of the story above, and, with a column break in
 * the text under it, so had the text.
 */
static void
parse_9_331(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "家门口的“幸福食堂”开张了\n"
	    "本报澄湖 3月4日电\n"
	    "（记者 顾晓岚 通讯员\n"
	    "郑洁） 一荤两素一汤，\n"
	    "只要12元。3月4日中午，\n"
	    "南漾街道的老年食堂正\n"
	    "式开张，前来吃饭的老人\n"
	    "坐满了整个餐厅。\n"
	    "据了解，今年我市计\n"
	    "划新建和提升老年食堂30\n"
	    " 家，实现城乡社区助餐\n"
	    "服务全覆盖，让老人们在\n"
	    "家门口就能吃上热乎饭。\n"
	    "让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、\n"
	    "每一个电话，背后都是一\n"
	    "\n"
	    "件具体的事。对这些诉求\n"
	    "能否一一回应、件件落实，\n"
	    "检验的是作风，考验的是\n"
	    "能力。\n");
	assert_false(last_para_has(with_lead(pg, "一荤两素"), "一一回应"));
	a = with_lead(pg, "群众的每一条");
	assert_non_null(strstr(a->title, "一一回应"));
	parse_page_free(pg);
}

/*
 * parse-9.332: a title of two lines right under a story's last sentence,
 * over a paragraph's first line, in a narrow column (…再辛苦也值得。”⏎反
 * 诈宣传进夜市⏎“天天讲”守住钱袋子⏎套圈、答题、扫码领⏎…): the second
 * line may read as wide as the column, less a quote's width, when the
 * first is too short to be any line of a paragraph (not its first, a
 * column less its indent; not its last, which ends a sentence).  The
 * title and its story had been read as more of the story above.
 */
static void
parse_9_332(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "老楼加装电梯 居民“上下”不再难\n"
	    "新华社澄湖3月4日电\n"
	    "（记者 徐嘉禾） 截至目\n"
	    "前，我市已累计完成既有\n"
	    "住宅加装电梯217台，另\n"
	    "有46台正在施工。\n"
	    "“过去是求着大家签\n"
	    "字，现在是大家排着队来\n"
	    "报名。”梅溪新村社区书\n"
	    "记朱海燕笑着说，“能为\n"
	    "老人们办成这件事，我们\n"
	    "再辛苦也值得。”\n"
	    "反诈宣传进夜市\n"
	    "“天天讲”守住钱袋子\n"
	    "套圈、答题、扫码领\n"
	    "小礼品……3月2 日晚，\n"
	    "南漾街道美食夜市里格外\n"
	    "热闹，一场以“反诈”为\n"
	    "主题的游园活动吸引了不\n"
	    "少市民驻足。\n");
	assert_false(last_para_has(with_lead(pg, "截至目前"), "反诈"));
	a = with_lead(pg, "套圈");
	assert_string_equal(a->title, "反诈宣传进夜市“天天讲”守住钱袋子");
	parse_page_free(pg);
}

/*
 * parse-9.333: a title right under a paragraph's last line, over a first
 * line (…放心投资。⏎柳浦镇湖羊养殖走出共富路⏎走进柳浦镇永丰村的湖羊养殖
 * ⏎…), both as wide as the column less its indent, heads a story, though
 * the page's column reads a character wider than the part they are in:
 * its lines hang their closing marks past the column (…企业接待日”，).
 * Each may fit the first line's width of either measure.  The title and
 * its story had been read as more of the story above.
 */
static void
parse_9_333(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "西塘桥镇企业之家 把服务送到车间\n"
	    "（上接1版）车间里解决不了\n"
	    "的问题，就带回企业之家“会诊”。\n"
	    "去年年底，一家纺织企业反映厂区\n"
	    "门口道路破损、货车进出困难，企\n"
	    "业之家当天就联系镇村建办实地踏\n"
	    "勘，一周后道路修补完毕。企业负\n"
	    "责人专门送来一面锦旗，连说了好\n"
	    "几声“谢谢”。\n"
	    "为了让惠企政策“看得懂、找\n"
	    "\n"
	    "得到、用得上”，企业之家还把各\n"
	    "级政策汇编成册，按照企业规模和\n"
	    "行业分类推送，今年以来已帮助28\n"
	    "家企业申领各类奖补资金 1360万\n"
	    "元。\n"
	    "“企业的事再小也是大事。”\n"
	    "西塘桥镇党委委员方莉说，下一步，\n"
	    "企业之家将推出“周三企业接待日”，\n"
	    "由镇领导轮流坐班，面对面倾听企\n"
	    "业心声，让企业在西塘桥安心发展、\n"
	    "放心投资。\n"
	    "柳浦镇湖羊养殖走出共富路\n"
	    "走进柳浦镇永丰村的湖羊养殖\n"
	    "基地，一排排标准化羊舍整齐排列，\n"
	    "自动喂料机沿着轨道缓缓移动。这\n"
	    "个总投资 1800万元的养殖基地去\n"
	    "年建成投用，存栏湖羊 3200余只，\n"
	    "年出栏量可达8000只。\n"
	    "“原来家家户户在屋后养几只\n"
	    "羊，粪污难处理，收入也不稳定。”\n"
	    "永丰村党支部书记金国华介绍，村\n");
	assert_false(last_para_has(with_lead(pg, "车间里"), "湖羊"));
	a = with_lead(pg, "走进柳浦镇");
	assert_string_equal(a->title, "柳浦镇湖羊养殖走出共富路");
	parse_page_free(pg);
}

/*
 * parse-9.334: a title of two phrases set apart after a story's end, over
 * a first line whose pause hangs past the column and a column break under
 * that (…转变。⏎⏎西塘桥镇高标准农田 改出“丰”景⏎机耕路平整宽阔，灌溉渠纵
 * 横交错，⏎⏎一块块…), heads its story: the line under it is set as a
 * first line but for the mark.  It had been read as more of the story
 * above.  A subheading of two phrases set so, which says its story's
 * words (高标准农田 建好更要管好), stays in its story.
 */
static void
parse_9_334(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "“一老一小”服务圈覆盖全部城乡社区\n"
	    "本报记者 徐嘉禾\n"
	    "早上把孩子送进社区托育园，中午\n"
	    "到老年食堂吃饭，下午带着老人去康养\n"
	    "中心做理疗……如今，在澄湖的城乡社\n"
	    "区，“一老一小”服务就在家门口。\n"
	    "去年，我市把“一老一小”服务圈\n"
	    "建设列为十大民生实事之一，新建和改\n"
	    "造提升社区居家养老服务照料中心58家、\n"
	    "\n"
	    "普惠性托育机构21家，城乡社区“一老\n"
	    "一小”服务实现全覆盖。\n"
	    "为了让服务更贴心，各社区还组建\n"
	    "了由医生、社工和志愿者组成的服务团\n"
	    "队，定期上门为高龄、独居老人提供健\n"
	    "康检查和生活照料。“有什么不舒服，\n"
	    "一个电话就有人来看看，心里踏实多了。”\n"
	    "凤鸣街道 86岁的赵大爷说。\n"
	    "市民政局相关负责人介绍，今年我\n"
	    "市将重点提升服务质量，推动养老、托\n"
	    "育服务从“有没有”向“好不好”转变。\n"
	    "\n"
	    "西塘桥镇高标准农田 改出“丰”景\n"
	    "机耕路平整宽阔，灌溉渠纵横交错，\n"
	    "\n"
	    "一块块田地方方正正……3月5日，记者\n"
	    "在西塘桥镇联丰村看到，去年完成改造\n"
	    "的2100亩高标准农田里，农户正忙着翻\n"
	    "耕土地，准备春播。\n"
	    "“以前田块小、路不通，机器开不\n"
	    "进来，现在连片种植，用上了无人机飞\n"
	    "防，省工又省钱。”种粮大户马志勇算\n"
	    "了一笔账，改造后每亩地的产量提高了\n"
	    "约80斤，成本却降了不少。\n"
	    "去年，西塘桥镇投入资金3600万元，\n");
	assert_false(last_para_has(with_lead(pg, "早上把孩子"), "田地"));
	a = with_lead(pg, "机耕路");
	assert_string_equal(a->title, "西塘桥镇高标准农田 改出“丰”景");
	parse_page_free(pg);

	pg = parse_str(
	    "西塘桥镇高标准农田 改出“丰”景\n"
	    "机耕路平整宽阔，灌溉渠纵横交错，\n"
	    "\n"
	    "一块块田地方方正正……3月5日，记者\n"
	    "在西塘桥镇联丰村看到，去年完成改造\n"
	    "的2100亩高标准农田里，农户正忙着翻\n"
	    "耕土地，准备春播。\n"
	    "高标准农田 建好更要管好\n"
	    "西塘桥镇为每块农田落实管护责任，\n"
	    "并建立巡查台账，发现沟渠堵塞、道路\n"
	    "破损的问题及时修复，确保农田长期发\n"
	    "挥效益。\n"
	    "“以前田块小、路不通，机器开不\n"
	    "进来，现在连片种植，用上了无人机飞\n"
	    "防，省工又省钱。”种粮大户马志勇算\n"
	    "了一笔账，改造后每亩地的产量提高了\n"
	    "约80斤，成本却降了不少。\n"
	    "去年，西塘桥镇投入资金3600万元，\n");
	assert_int_equal(pg->narticles, 1);
	parse_page_free(pg);
}

/*
 * parse-9.335: a title of two lines set apart after a story's end (…外资
 * 2.86亿美元。⏎⏎惠企政策“免申即享”⏎1.2亿元资金直达企业⏎“没想到…) says a
 * few words of the story over it (亿元, 资金, 企业: a story of a
 * project's investment), but far more of the text under it: it heads a
 * story of its own, not a subheading of the one above.
 */
static void
parse_9_335(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "总投资30亿元 项目达产后年产值可达60亿元\n"
	    "禾润新能源电池项目签约落户澄湖经开\n"
	    "新华社澄湖3月 5日电\n"
	    "（记者 陈思远） 3月5日上\n"
	    "午，禾润新能源储能电池项\n"
	    "目签约仪式在澄湖经济技术\n"
	    "开发区举行。市领导方立群、\n"
	    "韩卫东出席签约仪式。\n"
	    "\n"
	    "的项目总投资 30亿元，分\n"
	    "两期建设，主要建设储能电\n"
	    "池电芯及模组生产线，全部\n"
	    "达产后可形成年产10GWh储\n"
	    "能电池的生产能力，年产值\n"
	    "可达 60亿元。\n"
	    "市委书记方立群在签约\n"
	    "仪式上表示，新能源是我市\n"
	    "重点培育的产业链之一，禾\n"
	    "润项目的落户将进一步壮大\n"
	    "我市新能源产业集群。我市\n"
	    "将以最优的服务、最强的保\n"
	    "障，全力推动项目早开工、\n"
	    "早投产、早见效，也希望企\n"
	    "业在澄湖做大做强、行稳致\n"
	    "远。\n"
	    "\n"
	    "近年来，我市坚持“项\n"
	    "目为王”，围绕集成电路、\n"
	    "新能源、高端装备三大主导\n"
	    "产业精准招商。去年全市共\n"
	    "引进总投资亿元以上项目47\n"
	    " 个，其中10亿元以上项目9\n"
	    "个，实际利用外资2.86亿美\n"
	    "元。\n"
	    "\n"
	    "惠企政策“免申即享”\n"
	    "1.2亿元资金直达企业\n"
	    "“没想到不用提交任何\n"
	    "材料，补助资金就直接打到\n"
	    "了公司账户上。”3月5 日，\n"
	    "澄湖远澄智能装备有限公司\n"
	    "财务经理收到了一笔48万元\n"
	    "的技术改造补助，这让她有\n"
	    "些意外。\n"
	    "这是我市推行惠企政策\n"
	    "“免申即享”的一个缩影。\n"
	    "今年以来，市经信、财政、\n"
	    "税务等部门通过数据共享，\n"
	    "对符合条件的企业自动识别、\n"
	    "自动匹配、自动兑付，企业\n"
	    "不用申请、不用跑腿，就能\n"
	    "享受政策红利。截至目前，\n"
	    "全市已有1126家企业通过\n"
	    "“免申即享”获得各类奖补\n"
	    "\n"
	    "资金1.2亿元。（下转 2 版）\n");
	a = with_lead(pg, "没想到");
	assert_string_equal(a->title, "惠企政策“免申即享”1.2亿元资金直达企业");
	parse_page_free(pg);
}

/*
 * parse-9.336: our paper's pages, which set a blank between paragraphs:
 * a paragraph's first line, a column break under it inside a word (优化营
 * 商环境没有终 ⏎⏎ 点，只有…), is text, not a heading: no line opens on
 * one character and a pause but the rest of a cut word.  It had titled a
 * commentary of its own, the rest of the piece's ending.
 */
static void
parse_9_336(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str(
	    "以“店小二”精神优化营商环境\n"
	    "——二论推动民营经济高质量发展\n"
	    "\n"
	    "营商环境就是生产力。\n"
	    "一个地方能不能留住企业、\n"
	    "\n"
	    "吸引项目，很大程度上取\n"
	    "决于营商环境好不好。\n"
	    "\n"
	    "当好“店小二”，就\n"
	    "要有求必应、无事不扰。\n"
	    "企业有需要的时候，政府\n"
	    "部门要第一时间响应、第\n"
	    "一时间解决；企业正常生\n"
	    "产经营的时候，不随意检\n"
	    "查、不层层加码，让企业\n"
	    "专心搞生产、安心谋发展。\n"
	    "\n"
	    "当好“店小二”，还\n"
	    "要主动靠前、换位思考。\n"
	    "多站在企业的角度想问题，\n"
	    "多问一问企业需要什么、\n"
	    "还缺什么，把政策和服务\n"
	    "做在企业开口之前。\n"
	    "\n"
	    "优化营商环境没有终\n"
	    "\n"
	    "点，只有连续不断的新起\n"
	    "点。只要我们始终把企业\n"
	    "当家人、把企业的事当自\n"
	    "家事，澄湖就一定能成为\n"
	    "企业家投资兴业的热土。\n"
	    "■本报评论员\n");
	assert_int_equal(pg->narticles, 1);
	assert_string_equal(pg->articles[0].title,
	    "以“店小二”精神优化营商环境");
	assert_non_null(strstr(
	    pg->articles[0].paragraphs[pg->articles[0].nparagraphs - 1],
	    "优化营商环境没有终点，"));
	parse_page_free(pg);
}

/*
 * parse-9.337: a title with a colon set apart under an ad's line to call
 * (湖滨街道：小区停车难有了新解法, parse-9.330) heads its story though the
 * first line under it hangs its pause past the column (…转好几圈，): the
 * lines under that are read short by a figure (3 月4日), and the column
 * with them.  Set apart, a title that opens on a topic and a colon has
 * said few of the words over it already (flow_colon_title()).
 */
static void
parse_9_337(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "当好“店小二”，还要主动靠前、换\n"
	    "位思考。多站在企业的角度想问题，多问\n"
	    "一问企业需要什么、还缺什么，把政策和\n"
	    "服务做在企业开口之前。\n"
	    "优化营商环境没有终点，只有连续不\n"
	    "断的新起点。只要我们始终把企业当家人、\n"
	    "\n"
	    "把企业的事当自家事，澄湖就一定能成为\n"
	    "企业家投资兴业的热土。\n"
	    "\n"
	    "澄湖市第一人民医院\n"
	    "互联网医院上线\n"
	    "在线问诊 处方流转 药品配送\n"
	    "\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "湖滨街道：小区停车难有了新解法\n"
	    "“以前晚上回来要绕小区转好几圈，\n"
	    "现在楼下就有车位了。”3 月4日晚，湖\n"
	    "滨街道新华小区居民刘先生停好车后说。\n"
	    "新华小区建于2000年前后，原有车位\n"
	    "不足300 个，而居民车辆已超过 600辆，\n"
	    "停车难问题困扰居民多年。去年，湖滨街\n"
	    "道结合老旧小区改造，通过拆除违章建筑、\n"
	    "改造闲置绿地、错时共享周边单位停车场\n"
	    "等办法，新增停车位286 个。\n"
	    "小区还引入智慧停车系统，居民通过\n"
	    "手机就能看到空余车位，临时访客车辆也\n"
	    "能预约停放。街道相关负责人表示，今年\n");
	a = with_lead(pg, "以前晚上");
	assert_string_equal(a->title, "湖滨街道：小区停车难有了新解法");
	parse_page_free(pg);
}

/*
 * parse-9.338: a title set apart, wider than the column of text under it
 * (东港镇开展春季安全生产大检查), over a first line that hangs its pause
 * past the column (连日来，东港镇组织安监、), heads its story: no
 * subheading is wider than its column.  It had been read as a line of
 * text, the story with no title.
 */
static void
parse_9_338(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "这是我市推行惠企政策\n"
	    "“免申即享”的一个缩影。今\n"
	    "年以来，市经信、财政、税务\n"
	    "等部门通过数据共享，对符合\n"
	    "条件的企业自动识别、自动匹\n"
	    "配、自动兑付，企业不用申请、\n"
	    "不用跑腿，就能享受政策红利。\n"
	    "截至目前，全市已有1126家企\n"
	    "业通过“免申即享”获得各类\n"
	    "奖补资金1.2亿元。（下转2版）\n"
	    "\n"
	    "澄湖书城\n"
	    " 今天阴有小雨，雨量中等。明天阴转多云，东北\n"
	    "风3到4级，阵风5级。今天白天最高气温12℃，明天早晨\n"
	    "最低气温6℃。\n"
	    "\n"
	    "东港镇开展春季安全生产大检查\n"
	    "连日来，东港镇组织安监、\n"
	    "消防、市场监管等部门组成联\n"
	    "合检查组，深入辖区企业、仓\n"
	    "储场所和人员密集场所，开展\n"
	    "春季安全生产大检查。\n"
	    "检查组重点检查了企业复\n"
	    "工复产后的设备设施运行、消\n"
	    "防通道畅通、危险化学品储存\n"
	    "\n"
	    "等情况，对发现的问题当场反\n"
	    "馈、限期整改。截至目前，共\n"
	    "检查企业和场所158家，发现\n");
	a = with_lead(pg, "连日来");
	assert_string_equal(a->title, "东港镇开展春季安全生产大检查");
	parse_page_free(pg);
}

/*
 * parse-9.339: an opinion column's name set right under a picture's
 * credit (…本报记者 马骁摄⏎湖畔观察⏎“天天”抓落实 “事事”见实效⏎——三论
 * …) is no name of a photographer's, though it is four characters: it
 * heads the commentary under it, its kicker.  As the credit's, it had
 * kept the title and the commentary in the picture's caption.
 */
static void
parse_9_339(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "工地上的“春日图”\n"
	    "3月6日，在临港新区星澜\n"
	    "光电产业园项目现场，工人们\n"
	    "正在进行钢筋绑扎作业。开春\n"
	    "以来，我市各重点项目工地全\n"
	    "面复工，处处是你追我赶的建\n"
	    "设热潮。\n"
	    "本报记者 马骁摄\n"
	    "湖畔观察\n"
	    "“天天”抓落实 “事事”见实效\n"
	    "——三论推动民营经济高质量发展\n"
	    "抓落实，贵在天天抓、事\n"
	    "事抓。一分部署，九分落实，\n"
	    "再好的蓝图，如果不落到实处，\n"
	    "也只能是纸上谈兵。\n"
	    "\n"
	    "天天抓落实，就要有只争\n"
	    "朝夕的紧迫感。今年的目标任\n"
	    "务已经明确，时间不等人，机\n"
	    "遇不等人。各级干部要把每一\n"
	    "天都当作关键的一天，把每一\n"
	    "项任务都当作重要的任务，今\n"
	    "天能办的事绝不拖到明天。\n"
	    "事事见实效，就要有较真\n"
	    "碰硬的精气神。检验工作的标\n"
	    "准不是开了多少会、发了多少\n"
	    "文，而是解决了多少问题、群\n"
	    "众和企业满意不满意。要盯住\n");
	assert_false(last_para_has(with_lead(pg, "钢筋绑扎"), "落实"));
	a = with_lead(pg, "抓落实，贵在");
	assert_string_equal(a->title, "“天天”抓落实 “事事”见实效");
	assert_string_equal(a->kicker, "湖畔观察");
	parse_page_free(pg);
}

/*
 * parse-9.340: a title right under a paragraph's last line (…2.86 亿美
 * 元。⏎东港镇开展春季安全生产大检查⏎连日来，东港镇组织安监、消防、⏎⏎
 * 市场监管…) over a first line that hangs its pause past the column, a
 * column break right under that: the first line is one but for its
 * mark, though no line under it shows the paragraph going on.  The
 * title and its story had been read as more of the story above.
 */
static void
parse_9_340(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "早开工、早投产、早见效，也希望企\n"
	    "业在澄湖做大做强、行稳致远。\n"
	    "近年来，我市坚持“项目为王”，\n"
	    "围绕集成电路、新能源、高端装备三\n"
	    "大主导产业精准招商。去年全市共引\n"
	    "进总投资亿元以上项目 47个，其中\n"
	    "10 亿元以上项目9个，实际利用外资\n"
	    "2.86 亿美元。\n"
	    "东港镇开展春季安全生产大检查\n"
	    "连日来，东港镇组织安监、消防、\n"
	    "\n"
	    "市场监管等部门组成联合检查组，深\n"
	    "入辖区企业、仓储场所和人员密集场\n"
	    "所，开展春季安全生产大检查。\n"
	    "检查组重点检查了企业复工复产\n"
	    "后的设备设施运行、消防通道畅通、\n"
	    "危险化学品储存等情况，对发现的问\n"
	    "题当场反馈、限期整改。截至目前，\n"
	    "共检查企业和场所158家，发现并督\n"
	    "促整改隐患 213处。\n"
	    "东港镇相关负责人表示，将建立\n"
	    "隐患整改“回头看”机制，确保问题\n"
	    "整改到位，坚决守牢安全生产底线。\n");
	assert_false(last_para_has(with_lead(pg, "早开工"), "安全生产"));
	a = with_lead(pg, "连日来");
	assert_string_equal(a->title, "东港镇开展春季安全生产大检查");
	parse_page_free(pg);
}

/*
 * parse-9.341: reporters' names in brackets on a line of their own right
 * under a dateline (本报澄湖 3 月 4日电⏎（记者 顾晓岚 通讯员 郑洁）) are
 * the dateline's, not a sign-off that ends the story above: the text
 * under them is the lead, not the title of a story of its own.
 */
static void
parse_9_341(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str(
	    "“以前觉得诈骗离自己很\n"
	    "远，今天玩了一圈游戏，一一\n"
	    "对照才发现有些套路我也差点\n"
	    "信了。”市民张女士说，回家\n"
	    "后要把学到的知识讲给父母听。\n"
	    "柳浦镇湖羊养殖走出共富路\n"
	    "本报澄湖 3 月 4日电\n"
	    "（记者 顾晓岚 通讯员 郑洁）\n"
	    "走进柳浦镇永丰村的湖羊养殖\n"
	    "\n"
	    "基地，一排排标准化羊舍整齐\n"
	    "排列，自动喂料机沿着轨道缓\n"
	    "缓移动。这个总投资1800万元\n"
	    "的养殖基地去年建成投用，存\n"
	    "栏湖羊3200余只，年出栏量可\n"
	    "达8000只。\n"
	    "“原来家家户户在屋后养\n"
	    "几只羊，粪污难处理，收入也\n"
	    "不稳定。”永丰村党支部书记\n"
	    "金国华介绍，村里引进澄湖牧\n");
	assert_true(paras_have(pg, "柳浦镇湖羊养殖走出共富路", "走进柳浦镇"));
	assert_true(paras_have(pg, "柳浦镇湖羊养殖走出共富路", "年出栏量"));
	parse_page_free(pg);
}

/*
 * A paragraph quoted, the end of a story, then a column break and the
 * lead of a story whose title stands at the page's foot, over nothing
 * (parse-9.342, 9.343).
 */
#define PAGE_FAR_TITLE \
	"“下班后来这里看一会儿书，心\n" \
	"里特别踏实。”市民周女士说。\n" \
	"\n" \
	"在南漾街道新桥村，一座建于清\n" \
	"代的石拱古桥修缮完工。这座古桥是\n" \
	"村里老人心中的念想，修缮时工匠们\n" \
	"按照原样补砌条石，保留了桥面上的\n" \
	"老纹路，为村里留住乡愁。\n" \
	"村民吴大伯说，小时候天天从桥\n" \
	"上走过，如今古桥修好了，心里高兴。\n" \
	"\n" \
	"古桥修缮留住乡愁\n"

/*
 * parse-9.342: a title pdftotext set far from its text, alone at the
 * page's foot, whose words a paragraph after a column break says (…一座
 * 建于清代的石拱古桥修缮完工…为村里留住乡愁 under 古桥修缮留住乡愁):
 * that paragraph leads its story, not more of the story above it, which
 * says none of the title's words.
 */
static void
parse_9_342(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str(
	    "湖畔书屋开门迎客\n"
	    "\n"
	    "近日，位于澄湖南岸的湖畔书屋\n"
	    "正式开门迎客。书屋藏书一万余册，\n"
	    "设有少儿阅读区和自习区，每天免费\n"
	    "开放到晚上九点，周末还有读书会。\n"
	    PAGE_FAR_TITLE);
	assert_string_equal(with_lead(pg, "在南漾街道")->title,
	    "古桥修缮留住乡愁");
	assert_true(last_para_has(with_lead(pg, "近日"), "周女士说"));
	parse_page_free(pg);
}

/*
 * parse-9.343: so too when the story above is itself still loose, under
 * a public-service ad's box, its title nowhere: the far title's lead is
 * a story of its own, not more of that one.
 */
static void
parse_9_343(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str(
	    "湖畔书屋开门迎客\n"
	    "\n"
	    "近日，位于澄湖南岸的湖畔书屋\n"
	    "正式开门迎客。书屋藏书一万余册，\n"
	    "设有少儿阅读区和自习区，每天免费\n"
	    "开放到晚上九点，周末还有读书会。\n"
	    "\n"
	    "公益广告\n"
	    "文明澄湖 你我共建\n"
	    "\n"
	    "西塘桥镇的老街上，这几天格外\n"
	    "热闹。返乡的年轻人带着孩子逛老街、\n"
	    "看花灯，街边的糕团店排起了长队。\n"
	    PAGE_FAR_TITLE);
	assert_string_equal(with_lead(pg, "在南漾街道")->title,
	    "古桥修缮留住乡愁");
	assert_true(last_para_has(with_lead(pg, "西塘桥镇"), "周女士说"));
	parse_page_free(pg);
}

/*
 * parse-9.344: lines with no mark right under a line that finishes no
 * sentence, right over one that opens on the rest of the word the last
 * of them cut (…临港新区星澜产 ⏎ 业园举行 2024年一季度重 ⏎ … ⏎ 新星澜
 * 光电三期厂房奠基仪 ⏎ 式。此次活动…): the paragraph runs on through
 * them; they are no title, though set short of the page's wider column.
 */
static void
parse_9_344(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "临港新区 春潮涌动\n"
	    "本报记者 沈一鸣 本报通讯员 孙明浩\n"
	    "春雨初歇，机器轰鸣。\n"
	    "昨天下午，临港新区星澜产\n"
	    "业园举行 2024年一季度重\n"
	    "大项目集中签约投产活动暨\n"
	    "新星澜光电三期厂房奠基仪\n"
	    "式。此次活动共有12 个项\n"
	    "目集中签约，总投资38.4亿\n"
	    "元，其中外资项目3个。\n"
	    "\n"
	    "今天多云到阴，夜里阴有小雨。明天小雨转阴，偏\n"
	    "北风3到4级。\n"
	    "\n"
	    "服务企业要沉到一线\n"
	    "新春开局，我市组织机关干\n"
	    "部走进企业，带着政策、带着\n"
	    "问题走进车间。这一新做法，\n"
	    "被企业称为“听一听、记一记、\n"
	    "办一办”。各类安全隐患的排\n"
	    "查和整治，也一并送上门来。\n");
	a = with_lead(pg, "春雨初歇");
	assert_string_equal(a->title, "临港新区 春潮涌动");
	assert_true(last_para_has(a, "外资项目3个"));
	parse_page_free(pg);
}

/*
 * parse-9.345: a paragraph's last line after a column break, cut inside a
 * word, over the word's end and a stop (…超过 80项，⏎⏎让更多企业享受到
 * “政策找企业”的便 ⏎ 利。（本报澄湖3月4日电）): the story's text, not
 * a title over a sign-off.
 */
static void
parse_9_345(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str(
	    "惠企政策“免申即享”\n"
	    "本报记者 李敏\n"
	    "今年以来，我市梳理出第一批可\n"
	    "“免申即享”的惠企政策38项，企\n"
	    "业无需申报，符合条件即可直接拿\n"
	    "到奖补资金。截至目前，全市已有\n"
	    "1126家企业获得各类奖补资金。\n"
	    "“免申即享”不仅让企业省了时间，\n"
	    "也让政策兑现更加公平透明。下一步，\n"
	    "我市将继续扩大“免申即享”政策覆盖\n"
	    "面，力争年内可免申事项超过 80项，\n"
	    "\n"
	    "让更多企业享受到“政策找企业”的便\n"
	    "利。（本报澄湖3月4日电）\n"
	    "\n"
	    "老楼加装电梯 居民“上下”不再难\n"
	    "本报记者 徐嘉禾\n"
	    "“以前下一趟楼要歇两回，现在按\n"
	    "一下按钮就到了。”3月3日，家住凤\n"
	    "鸣街道梅溪新村12幢的83岁老人\n"
	    "说。今年我市计划为老旧小区加装电\n"
	    "梯120部，目前已开工46部。\n");
	assert_true(last_para_has(with_lead(pg, "今年以来"), "的便利。"));
	parse_page_free(pg);
}

/*
 * parse-9.346: a title with a column's name right under it (小事情里见作
 * 风⏎澄言), after a story that finished its sentence: a commentary's
 * head, not a subheading of that story, though no signature ends the
 * commentary.  A subheading carries no column's name.
 */
static void
parse_9_346(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "反诈宣传进夜市 “天天讲”守住钱袋子\n"
	    "本报澄湖3月3日电（记者 沈一鸣）套圈、\n"
	    "答题、扫码领小礼品……3月2日晚，南漾\n"
	    "街道美食夜市里格外热闹，一场以“反诈”\n"
	    "为主题的游园活动吸引了不少市民。\n"
	    "“以前觉得诈骗离自己很远，今天玩\n"
	    "了一圈游戏，一一对照才发现有些套路\n"
	    "我也差点信了。”市民张女士说，回家后\n"
	    "要把学到的知识讲给父母听。\n"
	    "小事情里见作风\n"
	    "澄言\n"
	    "办好一件小事，胜过十句表\n"
	    "态。路灯坏了有人修，井盖松了有\n"
	    "人管，群众看在眼里，记在心上。\n"
	    "一段时间以来，我市在各个街\n"
	    "道推行“小事马上办”，群众反映的\n"
	    "问题当天有人接、三天有回音。一\n"
	    "年下来，办结的小事多了，群众的\n"
	    "笑脸也多了。民生无小事，把小事\n"
	    "办实办好，就是最好的作风。\n");
	a = with_lead(pg, "办好一件小事");
	assert_string_equal(a->title, "小事情里见作风");
	assert_true(last_para_has(a, "最好的作风"));
	assert_true(last_para_has(with_lead(pg, "本报澄湖"), "讲给父母听"));
	parse_page_free(pg);
}

/*
 * parse-9.347: an ad's field word said in prose, more words after it
 * (群众打来的每一个电话，背⏎后都是一件要办的事。), under a title and
 * its column's name: a commentary's first paragraph, not an ad's box.
 * An ad's label ends on a colon, a number or the line (电话：…).
 */
static void
parse_9_347(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "家门口的“幸福食堂”开张了\n"
	    "本报澄湖3月4日电（记者 顾晓岚）一荤两素\n"
	    "一汤，只要12元。3月4日中午，湖滨街\n"
	    "道景澜社区“幸福食堂”正式开张，不少\n"
	    "老人早早就来排队。今年我市将新建和\n"
	    "提升老年食堂30家，实现城乡社区助餐\n"
	    "服务全覆盖，让老人们在家门口就能吃\n"
	    "上热乎饭。\n"
	    "小事情里见作风\n"
	    "澄言\n"
	    "群众打来的每一个电话，背\n"
	    "后都是一件要办的事。\n"
	    "\n"
	    "路灯坏了有人修，井盖松了有人\n"
	    "管，群众看在眼里，记在心上。\n"
	    "一段时间以来，我市在各个街\n"
	    "道推行“小事马上办”，群众反映的\n"
	    "问题当天有人接、三天有回音。一\n"
	    "年下来，办结的小事多了，群众的\n"
	    "笑脸也多了。民生无小事，把小事\n"
	    "办实办好，就是最好的作风。\n");
	assert_int_equal(parse_ad_score("每一个电话，背后"), 0);
	assert_int_equal(parse_ad_score("民生热线推行"), 0);
	assert_int_equal(parse_ad_score("咨询电话：0573-85110520"), 2);
	assert_int_equal(parse_ad_score("热线 400-800"), 1);
	a = with_lead(pg, "群众打来的");
	assert_int_not_equal(a->kind, PARSE_AD);
	assert_string_equal(a->title, "小事情里见作风");
	assert_true(last_para_has(a, "最好的作风"));
	parse_page_free(pg);
}

/*
 * parse-9.348: on our paper's pages, a paragraph's first line that a
 * column break cut inside a quote (项目是新区发展的“顶梁 ⏎⏎ 柱”。今年，
 * …): the line under the break opens on the word's end, its closing
 * quote and a stop, so the line over it is text, not a heading; the
 * rest goes on the story it is in, not on the commentary whose title
 * stands under that commentary's text.
 */
static void
parse_9_348(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "临港新区 春潮涌动\n"
	    "\n"
	    "■记者 沈一鸣\n"
	    "本报讯 春雨初歇，机器轰\n"
	    "鸣。昨天下午，临港新区举行\n"
	    "一季度重大项目集中签约活动，\n"
	    "共有12个项目集中签约，总\n"
	    "投资38.4亿元，其中外资项目\n"
	    "3个，合同外资1.2亿美元。\n"
	    "\n"
	    "项目是新区发展的“顶梁\n"
	    "\n"
	    "柱”。今年，临港新区将以\n"
	    "“项目攻坚年”为抓手，实行\n"
	    "项目全周期专班服务，一个项\n"
	    "目一名领导、一套方案、一抓\n"
	    "到底，力争全年完成固定资产\n"
	    "投资百亿元。\n"
	    "\n"
	    "办好一件小事，胜过十句\n"
	    "表态。路灯坏了有人修，井盖\n"
	    "松了有人管，群众看在眼里，\n"
	    "记在心上。\n"
	    "一段时间以来，我市在各个\n"
	    "街道推行“小事马上办”，群众\n"
	    "反映的问题当天有人接、三天\n"
	    "有回音。民生无小事，把小事\n"
	    "办实办好，就是最好的作风。\n"
	    "■本报评论员\n"
	    "\n"
	    "小事情里见作风\n");
	a = by_title(pg, "临港新区 春潮涌动");
	assert_true(last_para_has(a, "顶梁柱”。今年"));
	a = by_title(pg, "小事情里见作风");
	assert_true(strncmp(a->paragraphs[0], "办好一件小事",
			strlen("办好一件小事")) == 0);
	parse_page_free(pg);
}

/*
 * parse-9.349: a full line that stops inside a clause, on a character
 * and no mark (…截至目前，全市), then a column break and a line that
 * reads short beside a wide weather box and says the story's words (已有
 * 2136户摊主通过“扫码即办”), over a line that is no first line: the
 * sentence going on, not a title over the jump note.
 */
static void
parse_9_349(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str(
	    "夜市摊位“扫码即办” 营业执照当天到手\n"
	    "本报澄湖3月5日电（记者 李敏）“没想\n"
	    "到在手机上填几项信息，当天就拿到了营\n"
	    "业执照。”3月5日，在南漾街道美食夜市\n"
	    "经营小吃摊的周女士说。\n"
	    "周女士告诉记者，过去办执照要跑好几\n"
	    "趟窗口，材料不全还得回家再取，如今在\n"
	    "摊位前扫一扫二维码，填好信息、拍好照\n"
	    "片，半天就收到了审核通过的短信。\n"
	    "这是我市推行个体工商户“扫码即\n"
	    "办”的一个缩影。今年以来，市场监管、\n"
	    "税务等部门通过数据共享，对符合条件\n"
	    "的摊主自动核验、自动发照，摊主不用\n"
	    "排队、也不用再跑腿。截至目前，全市\n"
	    "\n"
	    "已有 2136户摊主通过“扫码即办”\n"
	    "领到了营业执照。（下转2\n"
	    "版）\n"
	    "\n"
	    "今天阴有小雨，雨量中等。明天阴转多云，东北风\n"
	    "3到4级，阵风5级。今天白天最高气温12℃，明天早晨最\n"
	    "低气温6℃。\n"
	    "\n"
	    "湖畔书屋开门迎客\n"
	    "本报澄湖3月5日电（记者 徐嘉禾）近日，\n"
	    "位于澄湖南岸的湖畔书屋正式开门迎客。\n"
	    "书屋藏书一万余册，设有少儿阅读区和自\n"
	    "习区，每天免费开放到晚上九点，周末还\n"
	    "有读书会。“下班后来这里看一会儿书，\n"
	    "心里特别踏实。”市民周先生说。\n");
	assert_true(last_para_has(with_lead(pg, "本报澄湖3月5日电（记者李敏"),
	    "全市已有2136户摊主"));
	parse_page_free(pg);
}

/*
 * parse-9.350: a caption with no title atop the page, a column break
 * inside its sentence (3月6日，在凤鸣街道景澜社区， ⏎⏎ 志愿者正在…排起了
 * 队。 ⏎ 新华社记者 汤颖 摄): one photo, not a fragment and a photo.
 */
static void
parse_9_350(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "3月6日，在凤鸣街道景澜社区，\n"
	    "\n"
	    "志愿者正在为居民义务理发、测\n"
	    "量血压，不少老人早早排起了队。\n"
	    "新华社记者 汤颖 摄\n"
	    "老楼加装电梯 居民“上下”不再难\n"
	    "本报记者 徐嘉禾\n"
	    "“以前下一趟楼要歇两回，\n"
	    "现在按一下按钮就到了。”3月3\n"
	    "日，家住凤鸣街道梅溪新村的陆\n"
	    "阿姨说。今年我市计划为老旧小\n"
	    "区加装电梯120部，目前已开工\n"
	    "46部，已投用21部。\n");
	a = with_lead(pg, "3月6日，在凤鸣街道");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_true(last_para_has(a, "排起了队"));
	assert_int_equal(pg->narticles, 2);
	parse_page_free(pg);
}

/*
 * parse-9.351: a picture's credit wrapped after its role word (…享受早春
 * 的好时光。 本报记者 ⏎ 汤颖摄), set whole again with no space before its
 * names: a credit still, the caption a photo, not a commentary under a
 * title 本报记者汤颖摄.
 */
static void
parse_9_351(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "近日，在湖滨街道迎湖公园，\n"
	    "市民带着孩子在草坪上放风筝，\n"
	    "享受早春的好时光。 本报记者\n"
	    "汤颖摄\n"
	    "\n"
	    "本报讯 近日，位于澄湖南岸的湖\n"
	    "畔书屋正式开门迎客。书屋藏书一\n"
	    "万余册，每天免费开放到晚上九点。\n"
	    "湖畔书屋开门迎客\n");
	a = with_lead(pg, "近日，在湖滨街道");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_true(a->title == NULL || strstr(a->title, "摄") == NULL);
	assert_string_equal(with_lead(pg, "本报讯")->title, "湖畔书屋开门迎客");
	parse_page_free(pg);
}

/*
 * parse-9.352: a page with no ■ that opens on the rest of a story from
 * page 1 and sets a dateline only after a blank line under its title,
 * but a byline right under a title (…不再难 ⏎ 本报记者 徐嘉禾): its titles
 * stand over their stories, as the byline shows.  It had been read as
 * our paper's, titles under their stories.
 */
static void
parse_9_352(void **state)
{
	struct parse_page	*pg;

	(void)state;
	pg = parse_str(
	    "西塘桥镇企业之家 把服务送到车间\n"
	    "（上接1版）车间里解决不了的\n"
	    "问题，就带回企业之家“会诊”。去\n"
	    "年年底，一家纺织企业反映厂区门口\n"
	    "道路破损，企业之家当天就联系镇村\n"
	    "建办实地踏勘，一周后道路修补完毕。\n"
	    "老楼加装电梯 居民“上下”不再难\n"
	    "本报记者 徐嘉禾\n"
	    "“以前下一趟楼要歇两回，现在\n"
	    "按一下按钮就到了。”3月3日，家住\n"
	    "凤鸣街道梅溪新村12幢的83岁居民\n"
	    "陆阿婆乘着新装好的电梯下楼晒太阳，\n"
	    "脸上满是笑容。\n"
	    "湖畔书屋开门迎客\n"
	    "\n"
	    "本报澄湖3月4日电 近日，位于澄湖\n"
	    "南岸的湖畔书屋正式开门迎客。书屋\n"
	    "藏书一万余册，设有少儿阅读区和自\n"
	    "习区，每天免费开放到晚上九点。\n");
	assert_string_equal(with_lead(pg, "“以前下一趟楼")->title,
	    "老楼加装电梯 居民“上下”不再难");
	assert_true(last_para_has(with_lead(pg, "车间里"), "修补完毕。"));
	assert_int_equal(with_lead(pg, "本报澄湖")->kind, PARSE_NEWS);
	parse_page_free(pg);
}

/*
 * parse-9.353: a stack of headings atop the page (小事情里见作风 ⏎⏎ 湖畔
 * 春色) over a photo's caption: the first was taken for the photo's
 * kicker by where it stands.  A commentary with no title below says its
 * words, the photo none: it is the commentary's title.
 */
static void
parse_9_353(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    " 澄湖发布 今澄湖客户端\n"
	    "\n"
	    "小事情里见作风\n"
	    "\n"
	    "湖畔春色\n"
	    "\n"
	    "近日，澄湖风景区湖畔的早樱陆续绽\n"
	    "放，吸引众多市民和游客前来踏青赏花、\n"
	    "拍照留念。 ■摄影 王 强 陆 峰\n"
	    "\n"
	    "■记 者 李 敏\n"
	    "本报讯 近日，位于澄湖南岸的湖畔书屋\n"
	    "正式开门迎客。书屋藏书一万余册，每天\n"
	    "免费开放到晚上九点。\n"
	    "湖畔书屋开门迎客\n"
	    "\n"
	    "办好一件小事，胜过十句表态。路灯坏\n"
	    "了有人修，井盖松了有人管，群众看在眼\n"
	    "里，记在心上。民生无小事，把小事办实\n"
	    "办好，就是最好的作风。小事情里见作风，\n"
	    "说的就是这个道理。\n"
	    "■本报评论员\n");
	assert_string_equal(with_lead(pg, "办好一件小事")->title,
	    "小事情里见作风");
	a = with_lead(pg, "近日，澄湖风景区");
	assert_string_equal(a->title, "湖畔春色");
	assert_string_equal(a->kicker, "");
	parse_page_free(pg);
}

/*
 * parse-9.354: a story's first paragraph, short, then a column break and
 * a paragraph that quotes the story's title set far from it (“小事情里
 * 见作风”。…, the title at the page's foot): the paragraph goes on the
 * story, which a first paragraph alone is too short to be one of its
 * own (parse-9.342 and 9.343 keep their far titles' leads apart).
 */
static void
parse_9_354(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "湖畔书屋开门迎客\n"
	    "\n"
	    "近日，位于澄湖南岸的湖畔书屋\n"
	    "正式开门迎客。书屋藏书一万余册，\n"
	    "设有少儿阅读区和自习区，每天免费\n"
	    "开放到晚上九点，周末还有读书会。\n"
	    "\n"
	    "公益广告\n"
	    "文明澄湖 你我共建\n"
	    "\n"
	    "办好一件小事，胜过十句表态，\n"
	    "抓落实就要天天抓。\n"
	    "\n"
	    "“小事情里见作风”。路灯坏了\n"
	    "有人修，井盖松了有人管，群众看在\n"
	    "眼里，记在心上。民生无小事，把小\n"
	    "事办实办好，就是最好的作风。\n"
	    "\n"
	    "小事情里见作风\n");
	a = with_lead(pg, "办好一件小事");
	assert_string_equal(a->title, "小事情里见作风");
	assert_true(last_para_has(a, "最好的作风"));
	parse_page_free(pg);
}

/*
 * parse-9.355: a title that opens on a place and a colon (桥头社区：老楼
 * 加装电梯有了新进展), set apart after a finished sentence, over a
 * paragraph's first line that hangs its pause past the column (“以前上下
 * 楼要歇上好几回才到家，): the title of a story of its own, not a
 * paragraph of the story above.
 */
static void
parse_9_355(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "东港镇春季植树活动启动\n"
	    "本报讯（记者 顾晓岚）3月5日，\n"
	    "东港镇组织干部群众来到沿河绿化带，\n"
	    "义务植树三千余株。今年全镇计划新增\n"
	    "绿地二十公顷，打造一批口袋公园和林\n"
	    "荫步道。\n"
	    "镇里还将组织志愿者认养树木，定\n"
	    "期浇水、修剪、除虫，确保栽一棵活一\n"
	    "棵，种一片绿一片。\n"
	    "\n"
	    "桥头社区：老楼加装电梯有了新进展\n"
	    "“以前上下楼要歇上好几回才到家，\n"
	    "现在按下按钮就到家门口了。”周阿\n"
	    "姨笑着说。去年以来，桥头社区先后为\n"
	    "六栋老楼加装了电梯，今年还将再装八\n"
	    "部，惠及居民三百余户。\n");
	a = with_lead(pg, "以前上下楼");
	assert_string_equal(a->title, "桥头社区：老楼加装电梯有了新进展");
	assert_true(last_para_has(a, "三百余户"));
	a = with_lead(pg, "本报讯");
	assert_false(last_para_has(a, "三百余户"));
	parse_page_free(pg);
}

/*
 * parse-9.356: on our paper's pages, a paragraph set to the column, its
 * first line an indent short and its second full, that goes on narrower
 * beside a picture (新河村党支部书记陈建华介 ⏎ 绍，菜园实行… ⏎ 担种子和
 * 肥料，收获 ⏎ …): its first line is text, not a title wider than the
 * narrow lines under it, and the paragraph stays in its story.
 */
static void
parse_9_356(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "东港镇“共享菜园”开园\n"
	    "\n"
	    "■记者 沈一鸣\n"
	    "本报讯 昨天上午，东港镇首个“共\n"
	    "享菜园”在新河村开园，四十多户\n"
	    "村民领到了自家的菜地。菜园由村\n"
	    "里闲置的边角地改造而成，共划出\n"
	    "六十块小菜地，配套建设了灌溉设\n"
	    "施和农具房。\n"
	    "\n"
	    "新河村党支部书记陈建华介\n"
	    "绍，菜园实行认领制，村民只需承\n"
	    "担种子和肥料，收获\n"
	    "的蔬菜归自己所有，\n"
	    "还可以拿到村里的\n"
	    "爱心超市义卖，所\n"
	    "得用于帮扶困难\n"
	    "家庭。\n"
	    "\n"
	    "3月 4 日，在新河村“共享菜园”，\n"
	    "村民们正在平整土地、播撒菜籽。\n"
	    "■摄影 王 强\n"
	    "\n"
	    "春风里的新菜地\n"
	    "\n"
	    "■记 者 周 雯\n"
	    "本报讯 昨天，市政府召开全市安\n"
	    "全生产工作会议，部署一季度安全\n"
	    "生产重点工作。\n");
	a = with_lead(pg, "本报讯昨天上午");
	assert_true(last_para_has(a, "帮扶困难家庭"));
	assert_true(paras_have(pg, "东港镇“共享菜园”开园", "陈建华介绍"));
	parse_page_free(pg);
}

/*
 * parse-9.357: a story's title alone at a column's foot, set apart from
 * the story over it, and the story's text at the next column's head,
 * opening on the note that it jumps from another page (东港镇企业服务站
 * 帮企业解难题 ⏎⏎ （上接1版）车间里…): the title is the jumped story's,
 * a column break between, and its text is no more of the story above.
 */
static void
parse_9_357(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "柳浦镇湖羊养殖走出共富路\n"
	    "本报讯（记者 顾晓岚）走进柳浦镇\n"
	    "永丰村的湖羊养殖基地，一排排标准化\n"
	    "羊舍整齐排列，自动喂料机沿着轨道缓\n"
	    "缓移动。基地去年建成投用，存栏湖羊\n"
	    "三千余只，带动周边农户增收致富。\n"
	    "柳浦镇相关负责人表示，下一步将\n"
	    "推动湖羊养殖与稻田种植结合，让农业\n"
	    "更绿色、农民更富裕。\n"
	    "\n"
	    "东港镇企业服务站 帮企业解难题\n"
	    "\n"
	    "（上接1版）车间里解决不了的问\n"
	    "题，就带回服务站“会诊”。去年年\n"
	    "底，一家纺织企业反映厂区门口道路破\n"
	    "损、货车进出困难，服务站当天就联\n"
	    "系有关部门实地踏勘，一周后道路修补\n"
	    "完毕。企业负责人专门送来一面锦旗。\n");
	a = with_lead(pg, "车间里解决不了");
	assert_string_equal(a->title, "东港镇企业服务站 帮企业解难题");
	assert_true(last_para_has(a, "一面锦旗"));
	a = with_lead(pg, "本报讯");
	assert_true(last_para_has(a, "农民更富裕"));
	parse_page_free(pg);
}

/*
 * parse-9.358: a commentary's signature under its text (本报评论员), a
 * blank, then a title that opens on a place and a colon over a first
 * line that hangs its pause past the page's column (“以前上下楼要歇上好
 * 几回才到家，), the lines near it set narrower than the column: the
 * title heads a story of its own, not more of the commentary.
 */
static void
parse_9_358(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "把群众的小事办成实事\n"
	    "路灯坏了有人修，井盖松了有人\n"
	    "管，群众看在眼里，记在心上。民生\n"
	    "无小事，一件件小事办好了，群众的获\n"
	    "得感就实实在在地多了起来。各级干部\n"
	    "要把群众的事当成自己的事，常常想一\n"
	    "想群众还盼着什么，把工作做到群众心\n"
	    "坎上，澄湖就一定能成为宜居的家园。\n"
	    "本报评论员\n"
	    "\n"
	    "桥头社区：老楼加装电梯有了新进展\n"
	    "“以前上下楼要歇上好几回才到家，\n"
	    "现在按下按钮就到家门口了。”周阿\n"
	    "姨笑着说。去年以来，桥头社区先后为\n"
	    "六栋老楼加装了电梯。\n"
	    "今年社区还将再装八部电梯，惠\n"
	    "及居民三百余户，施工单位上门答疑，\n"
	    "居民有意见当面提、当场改。\n");
	a = with_lead(pg, "以前上下楼");
	assert_string_equal(a->title, "桥头社区：老楼加装电梯有了新进展");
	assert_true(last_para_has(a, "当场改"));
	a = with_lead(pg, "路灯坏了");
	assert_true(last_para_has(a, "宜居的家园"));
	parse_page_free(pg);
}

/*
 * parse-9.359: a photo's caption in a narrow column, a column break
 * inside a word (…涵盖电子信 ⏎⏎ 息、机械制造、现代服务等 ⏎ 多个行业，…):
 * the line under the break opens on the word's end and a pause, so it
 * goes on the caption; it is no title of a story of its own.
 */
static void
parse_9_359(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "东港镇开展春季安全生产大检查\n"
	    "本报澄湖3 月 5 日电\n"
	    "（记者 沈一鸣） 连日来，\n"
	    "东港镇组织安监、消防、市\n"
	    "场监管等部门组成联合检查\n"
	    "组，深入辖区企业、仓储场\n"
	    "所和人员密集场所，开展春\n"
	    "季安全生产大检查。\n"
	    "检查组重点检查了企业\n"
	    "复工复产后的设备设施运行、\n"
	    "消防通道畅通、危险化学品\n"
	    "储存等情况，对发现的问题\n"
	    "当场反馈、限期整改。截至\n"
	    "目前，共检查企业和场所\n"
	    "158 家，发现并督促整改隐\n"
	    "患213 处。\n"
	    "东港镇相关负责人表示，\n"
	    "将建立隐患整改“回头看”\n"
	    "机制，确保问题整改到位，\n"
	    "坚决守牢安全生产底线。\n"
	    "\n"
	    "创新突破\n"
	    "实干争先\n"
	    "\n"
	    "招聘会上人气旺\n"
	    "3月 5日，澄湖市人力\n"
	    "资源市场举办春风行动专场\n"
	    "招聘会，共有 96家企业提\n"
	    "供岗位2180个，涵盖电子信\n"
	    "\n"
	    "息、机械制造、现代服务等\n"
	    "多个行业，吸引了众多求职\n"
	    "者前来咨询。\n"
	    "王强 马骁 汤颖/摄\n"
	    "\n"
	    "澄湖书城\n"
	    " 今天阴有小雨，雨量中等。明天阴转多云，东北\n"
	    "风3到4级，阵风5级。今天白天最高气温12℃，明天早\n"
	    "晨最低气温6℃。\n");
	a = with_lead(pg, "澄湖市人力资源市场");
	assert_string_equal(a->title, "招聘会上人气旺");
	assert_true(last_para_has(a, "机械制造、现代服务等多个行业"));
	assert_int_equal(count_kind(pg, PARSE_NEWS), 1);
	parse_page_free(pg);
}

/*
 * parse-9.360: on our paper's pages, a paragraph set narrower beside a
 * picture, a column break inside a word (…今年种粮心里更踏实了。” ⏎ 西塘
 * 桥镇种粮大 ⏎⏎ 户钱建平说，他 ⏎ …): the page says the word whole
 * elsewhere (种粮大户), so the line over the break is text, not a title
 * set under the paragraph, and the rest goes on the story.
 */
static void
parse_9_360(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "■记 者 顾晓岚\n"
	    "澄湖启动春季农业\n"
	    "生产“百日行动”\n"
	    "本报讯 3 月5日，我市召开春\n"
	    "季农业生产工作会议，部署开展春\n"
	    "季农业生产“百日行动”，确保全\n"
	    "年粮食播种面积稳定在32万亩以上。\n"
	    "\n"
	    "会议要求，各镇街道要抓住当\n"
	    "前有利时机，扎实做好早稻育秧、\n"
	    "小麦田间管理、油菜病虫害防治等\n"
	    "工作，加快推进高标准农田建设，\n"
	    "\n"
	    "确保春耕生产有序开展。农业农村\n"
	    "部门要组织农技人员下沉一线，开\n"
	    "展技术指导服务。\n"
	    "\n"
	    "今年，我市还将安排三农专项\n"
	    "资金 2.6 亿元，重点支持粮食生\n"
	    "产、农业机械化和农村人居环境提\n"
	    "升，并对种粮大户给予每亩最高\n"
	    "200元的补贴，进一步调动农民种\n"
	    "粮积极性。\n"
	    "\n"
	    "“补贴提高了，农技员常常来\n"
	    "田头指导，今年种粮心里更踏实了。”\n"
	    "西塘桥镇种粮大\n"
	    "\n"
	    "户钱建平说，他\n"
	    "今年流转了860\n"
	    "亩土地，准备全\n"
	    "部种上优质水稻。\n");
	a = with_lead(pg, "本报讯");
	assert_string_equal(a->title, "澄湖启动春季农业生产“百日行动”");
	assert_true(last_para_has(a, "种粮大户钱建平说"));
	assert_int_equal(pg->narticles, 1);
	parse_page_free(pg);
}

/* The story of the 9.361 and 9.362 pages, over and under its subheading. */
#define PARKING_LEAD                                   \
	"湖滨街道破解停车难\n"                         \
	"本报澄湖3月4日电（记者 顾晓岚）\n"            \
	"湖滨街道结合老旧小区改造，通过拆除\n"         \
	"违章建筑、改造闲置绿地等办法，新增\n"         \
	"停车位两千余个，停车难问题得到缓解。\n"       \
	"街道还引入智慧停车系统，居民通过\n"           \
	"手机就能看到空余车位，临时访客车辆\n"         \
	"也能预约停放。\n"                             \
	"\n"
#define PARKING_REST                                   \
	"“以前晚上回来要绕小区转好几圈，\n"            \
	"现在楼下就有车位了。”新华小区居民\n"          \
	"刘先生说。新华小区建于上世纪九十年\n"         \
	"代，原有车位不足三百个，如今新增了\n"         \
	"一百多个，居民们都很满意。\n"                 \
	"\n"                                           \
	"错时共享让车位\n"                             \
	"“流动”起来\n"                                 \
	"街道还协调周边单位，把夜间空闲的\n"           \
	"停车场向居民开放，每月收取少量费用，\n"       \
	"让车位“流动”起来。\n"

/* Is the subheading of page one paragraph of its story, all of it? */
static void
assert_parking_subhead(const char *page)
{
	struct parse_page		*pg = parse_str(page);
	const struct parse_article	*a;
	size_t				 i, whole = 0;

	a = by_title(pg, "湖滨街道破解停车难");
	for (i = 0; i < a->nparagraphs; i++)
		whole += strcmp(a->paragraphs[i],
		    "老旧小区新增停车位两千余个") == 0;
	assert_int_equal(whole, 1);
	assert_true(last_para_has(a, "流动”起来。"));
	parse_page_free(pg);
}

/*
 * parse-9.361: a story's subheading of two lines, broken inside a word
 * the page says elsewhere (老旧小区新增停车 ⏎ 位两千余个; 停车位): one
 * paragraph, not two.
 */
static void
parse_9_361(void **state)
{
	(void)state;
	assert_parking_subhead(PARKING_LEAD
	    "老旧小区新增停车\n"
	    "位两千余个\n" PARKING_REST);
}

/*
 * parse-9.362: the same subheading, a blank between its two lines (老旧
 * 小区新增停车 ⏎⏎ 位两千余个): still one paragraph.
 */
static void
parse_9_362(void **state)
{
	(void)state;
	assert_parking_subhead(PARKING_LEAD
	    "老旧小区新增停车\n"
	    "\n"
	    "位两千余个\n" PARKING_REST);
}

/*
 * parse-9.363: on our paper's pages, an ad's name set apart over its
 * three lines (澄湖市第一人民医院 ⏎⏎ 互联网医院上线 ⏎ 在线问诊 … ⏎ 咨询电
 * 话：0573-…), under a story's title set under its text: the name is
 * the ad's, and the title stays the story's.
 */
static void
parse_9_363(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(
	    "■记者 徐嘉禾\n"
	    "通讯员 孙明浩\n"
	    "本报讯 “以前晚上\n"
	    "回来要绕小区转好几圈，\n"
	    "现在楼下就有车位了。”\n"
	    "3 月 4日晚，湖滨街道新\n"
	    "华小区居民刘先生停好车\n"
	    "后说。\n"
	    "\n"
	    "新华小区建于2000年\n"
	    "前后，原有车位不足 300\n"
	    "个，而居民车辆已超过\n"
	    "600辆，停车难问题困扰\n"
	    "居民多年。去年，湖滨街\n"
	    "道结合老旧小区改造，通\n"
	    "过拆除违章建筑、改造闲\n"
	    "置绿地、错时共享周边单\n"
	    "位停车场等办法，新增停\n"
	    "车位 286 个。\n"
	    "小区还引入智慧停车\n"
	    "\n"
	    "系统，居民通过手机就能\n"
	    "看到空余车位，临时访客\n"
	    "车辆也能预约停放。街道\n"
	    "相关负责人表示，今年将\n"
	    "在辖区另外5个老旧小区\n"
	    "推广这一做法。\n"
	    "\n"
	    "湖滨街道：小区\n"
	    "停车难有了新解法\n"
	    "\n"
	    "澄湖市第一人民医院\n"
	    "\n"
	    "互联网医院上线\n"
	    "在线问诊 处方流转 药品配送\n"
	    "咨询电话：0573-85012345\n"
	    "\n"
	    "■记 者 顾晓岚\n"
	    "本报讯 3月 5日，我\n"
	    "市召开春季农业生产工作\n"
	    "会议，部署开展春季农业\n"
	    "生产“百日行动”，确保\n"
	    "全年粮食播种面积稳定在\n"
	    "32万亩以上。\n");
	a = with_lead(pg, "以前晚上回来");
	assert_string_equal(a->title, "湖滨街道：小区停车难有了新解法");
	for (i = 0; i < pg->narticles; i++)
		assert_string_not_equal(pg->articles[i].title,
		    "澄湖市第一人民医院");
	parse_page_free(pg);
}

/*
 * parse-9.364: a photo's credit the extractor wrapped before its 摄, each
 * line set in by a space ( 新华社记者 王强 马骁 汤颖 ⏎  摄): one credit,
 * and the caption over it a photo's.
 */
static void
parse_9_364(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "春风里的新菜地\n"
	    "3月4日，在新河村“共享菜园”，村民\n"
	    "们正在平整土地、播撒菜籽，准备种上\n"
	    "青菜、萝卜、番茄等十多种蔬菜。\n"
	    " 新华社记者 王强 马骁 汤颖\n"
	    " 摄\n"
	    "\n"
	    "东港镇开展春季安全生产大检查\n"
	    "本报讯（记者 沈一鸣）连日来，东港镇\n"
	    "组织安监、消防等部门深入辖区企业开\n"
	    "展安全生产检查，共排查整改隐患一百\n"
	    "余处。\n");
	a = by_title(pg, "春风里的新菜地");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "新华社记者 王强 马骁 汤颖 摄");
	assert_int_equal(pg->narticles, 2);
	parse_page_free(pg);
}

/*
 * parse-9.365: a title as wide as its column (让“一一回应”成为常态, a
 * column of eleven), its column's name right under it (澄言), over text
 * that its writer signs off ((作者为…)): the name goes in the kicker's
 * place, not at the end of the title.  A title so wide might have been
 * broken by the column; a column's name over signed text is none of it.
 */
static void
parse_9_365(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的早\n"
	    "樱陆续绽放，吸引众多市民和\n"
	    "游客前来踏青赏花、拍照留念。\n"
	    "新华社记者 陆峰 马骁 摄\n"
	    "让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、\n"
	    "每一个电话，背后都是一\n"
	    "件具体的事。对这些诉求\n"
	    "能否一一回应、件件落实，\n"
	    "检验的是作风，考验的是\n"
	    "能力。\n"
	    "民生无小事，枝叶总\n"
	    "关情。把群众的事当成自\n"
	    "己的事，我们的工作才能\n"
	    "真正做到群众心坎上。\n"
	    "（作者为澄湖市委党\n"
	    "校副教授）\n");
	a = by_title(pg, "让“一一回应”成为常态");
	assert_string_equal(a->kicker, "澄言");
	assert_true(strncmp(a->paragraphs[0], "群众的每一条留言",
			strlen("群众的每一条留言")) == 0);
	parse_page_free(pg);
}

/*
 * parse-9.366: a story that goes on from another page (（上接1版）)
 * carries the title a blank over its note, whatever its words say of
 * the part on this page, not only at the page's head: under a title set
 * under the story before it (…长久用。⏎⏎西塘桥镇高标准农田 改出“丰”景
 * ⏎⏎（上接1版）…), its own title under it is its, not a kicker over the
 * next story's title.  Over the note, a blank under the title of the
 * story before, the title is the jump's even when that story says the
 * title over it only in part (客服 and 追回 of 冒充客服骗走积蓄 民警追回86
 * 万元).
 */
static void
parse_9_366(void **state)
{
	static const char mid[] =
	    "■记者 顾晓岚\n"
	    "本报讯 机耕路平整宽阔，灌溉渠纵横\n"
	    "交错，一块块农田方方正正。去年，西塘\n"
	    "桥镇实施高标准农田建设项目4个。\n"
	    "\n"
	    "西塘桥镇农业农村办负责人说，镇里\n"
	    "将建立长效管护机制，让农田设施常常\n"
	    "用、长久用。\n"
	    "\n"
	    "西塘桥镇高标准农田 改出“丰”景\n"
	    "\n"
	    "（上接1版）大抓项目，抓大项目。今\n"
	    "年以来，我市围绕重点工程部署，建立市\n"
	    "领导联系重大工程制度，实行清单化管理、\n"
	    "节点化推进，每月一通报、每季一比拼。\n"
	    "\n"
	    "跑出项目建设“加速度”\n"
	    "\n"
	    "冒充客服骗走积蓄 民警追回86万元\n"
	    "■记者 沈一鸣\n"
	    "本报讯 “谢谢你们帮我把钱追了回来！”\n"
	    "3月5日，在澄湖市公安局反诈中心，市民\n"
	    "李女士拿到被追回的86万元后激动不已。\n"
	    "自称客服的人骗她下载会议软件。\n";
	static const char shared[] =
	    "■记者 沈一鸣\n"
	    "本报讯 “谢谢你们帮我把钱拿了回来！”\n"
	    "3月5日，在澄湖市公安局反诈中心，市民\n"
	    "李女士拿到被骗的钱后激动不已。\n"
	    "\n"
	    "警方提醒，凡是自称客服要求退款、\n"
	    "理赔的，都要通过官方渠道核实。遇到\n"
	    "可疑情况，请及时拨打96110咨询。此前，\n"
	    "民警为李女士追回全部被骗资金。\n"
	    "\n"
	    "冒充客服骗走积蓄 民警追回86万元\n"
	    "\n"
	    "跑出项目建设“加速度”\n"
	    "\n"
	    "（上接1版）大抓项目，抓大项目。今\n"
	    "年以来，我市围绕重点工程部署，建立市\n"
	    "领导联系重大工程制度，实行清单化管理、\n"
	    "节点化推进，每月一通报、每季一比拼。\n";
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(mid);
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "跑出项目建设“加速度”");
	assert_para_starts(a, "大抓项目");
	a = by_title(pg, "冒充客服骗走积蓄 民警追回86万元");
	assert_string_equal(a->kicker, "");
	assert_para_starts(a, "本报讯");
	parse_page_free(pg);
	pg = parse_str(shared);
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "冒充客服骗走积蓄 民警追回86万元");
	assert_string_equal(a->kicker, "");
	assert_para_starts(a, "本报讯");
	a = by_title(pg, "跑出项目建设“加速度”");
	assert_para_starts(a, "大抓项目");
	parse_page_free(pg);
}

/*
 * parse-9.367: a title set right over a paragraph's first line, no blank
 * between (助企服务要“沉”到一线 ⏎ 新春开局，我市组织387名机关干 ⏎ 部担任
 * “助企服务员”，组成 62支服 ⏎ …): the line under the first is full,
 * though the extractor set a space beside its figure (组成 62支), which
 * stood for room on the page.  Measured by its ems alone it was short
 * of the column, and the title stayed the commentary's first paragraph.
 */
static void
parse_9_367(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "■记者 王强\n"
	    "昨天，在柳浦镇新丰村的育秧工厂\n"
	    "内，农技人员正在检查早稻秧苗的长势。\n"
	    "■摄影 王 强 陆 峰\n"
	    "\n"
	    "早稻育秧\n"
	    "春耕正忙\n"
	    "\n"
	    "助企服务要“沉”到一线\n"
	    "新春开局，我市组织387名机关干\n"
	    "部担任“助企服务员”，组成 62支服\n"
	    "务小分队，带着政策、带着问题走进企\n"
	    "业车间。这一做法，让不少企业负责人\n"
	    "感叹：政策找上门来了。\n"
	    "服务企业，最怕的是“隔着玻璃看”。\n"
	    "坐在办公室里发文件、开会议，往往看\n"
	    "不清企业的真实处境。\n"
	    "■澄言\n");
	a = by_title(pg, "助企服务要“沉”到一线");
	assert_para_starts(a, "新春开局");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	parse_page_free(pg);
}

/*
 * parse-9.368: the page's first line, no pause and no stop in it, right
 * over a paragraph's first line (家门口的“幸福食堂”开张了 ⏎ 一荤两素一汤，
 * 只要 12 ⏎ 元。3 月4日中午，…): a paragraph's first line is its top, so
 * the line over it is the story's title, though no blank sets it apart,
 * and though that first line end a sentence (一荤两素一汤，只要12元。).
 * Not an ad's name over its text and its number to call.
 */
static void
parse_9_368(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "家门口的“幸福食堂”开张了\n"
	    "一荤两素一汤，只要 12\n"
	    "元。3 月4日中午，湖滨街道\n"
	    "\n"
	    "景澜社区“幸福食堂”正式开\n"
	    "张，不少老人早早就来排队。\n"
	    "“饭菜软硬正好，价钱也公道，\n"
	    "以后不用自己开火了。”72\n"
	    "岁的王大伯一边吃一边说。\n"
	    "景澜社区60岁以上老人有\n"
	    "1400多人，其中独居老人近\n"
	    "200人，“吃饭难”是大家反\n"
	    "映最多的问题。社区腾出一处\n"
	    "闲置用房，引入专业餐饮企业\n");
	a = by_title(pg, "家门口的“幸福食堂”开张了");
	assert_para_starts(a, "一荤两素一汤");
	parse_page_free(pg);
	/* So when that first line ends a sentence. */
	pg = parse_str(
	    "家门口的“幸福食堂”开张了\n"
	    "一荤两素一汤，只要12元。\n"
	    "3月 4 日中午，湖滨街道景澜社\n"
	    "区“幸福食堂”正式开张，不少\n"
	    "老人早早就来排队。“饭菜软硬\n"
	    "正好，价钱也公道，以后不用自\n"
	    "己开火了。”72 岁的王大伯一\n"
	    "边吃一边说。\n");
	a = by_title(pg, "家门口的“幸福食堂”开张了");
	assert_para_starts(a, "一荤两素一汤");
	parse_page_free(pg);
	pg = parse_str(
	    "澄湖市职业技术学校\n"
	    "2024年春季招生火热进行中\n"
	    "招生热线：0573-85216688\n"
	    "地址：澄湖市凤鸣街道景澜路168号\n"
	    "\n"
	    "家门口的“幸福食堂”开张了\n"
	    "本报澄湖 3月19 日电（记者\n"
	    "顾晓岚 通讯员 郑洁）一荤两素一\n"
	    "汤，只要12 元。3月4日中午，湖\n"
	    "滨街道景澜社区“幸福食堂”正式\n"
	    "开张，不少老人早早就来排队。\n"
	    "“饭菜软硬正好，价钱也公道，以\n");
	assert_int_equal(pg->narticles, 2);
	assert_int_equal(pg->articles[0].kind, PARSE_AD);
	assert_string_equal(pg->articles[0].title, "");
	a = by_title(pg, "家门口的“幸福食堂”开张了");
	assert_para_starts(a, "本报澄湖");
	parse_page_free(pg);
}

/*
 * parse-9.369: two short lines over a picture's caption and its credit
 * (早稻育秧 ⏎ 春耕正忙 ⏎⏎ 昨天，在柳浦镇…⏎■摄影 王 强 陆 峰) are the
 * picture's title, not a column's banner, though a title stands under
 * the credit: that one stands right over a story's byline (澄湖经开 开局
 * 冲刺 ⏎ ■记者 陈思远), and is the story's, not the picture's.
 */
static void
parse_9_369(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "早稻育秧\n"
	    "春耕正忙\n"
	    "\n"
	    "昨天，在柳浦镇新丰\n"
	    "村的育秧工厂内，农技人\n"
	    "员正在检查早稻秧苗的长\n"
	    "势。眼下正值春耕备耕关\n"
	    "键时节，我市各地抢抓晴\n"
	    "好天气，做好育秧、施肥、\n"
	    "农机检修等准备工作。\n"
	    "■摄影 王 强 陆 峰\n"
	    "\n"
	    "澄湖经开澄湖经开\n"
	    "开局冲刺开局冲刺\n"
	    "18个项目同日开工竣工投产18个项目同日开工竣工投产 "
	    "总投资52.6亿元总投资52.6亿元\n"
	    "■记者 陈思远\n"
	    "通讯员 顾 磊\n"
	    "\n"
	    "本报讯 春风拂面，\n"
	    "塔吊林立。昨天上午，澄\n");
	a = by_title(pg, "早稻育秧春耕正忙");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_para_starts(a, "昨天，在柳浦镇");
	a = by_title(pg, "澄湖经开开局冲刺");
	assert_para_starts(a, "本报讯");
	parse_page_free(pg);
}

/*
 * parse-9.370: the page opens on a title, its column's name right under
 * it and a paragraph's first line under that, no blank between them
 * (让“一一回应”成为常态 ⏎ 澄言 ⏎ 群众的每一条留言、⏎ 每一个电话，…): the
 * title is the line alone, the name goes in the kicker's place, and the
 * text under them is theirs.  The three had run together as text.
 */
static void
parse_9_370(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "让“一一回应”成为常态\n"
	    "澄言\n"
	    "群众的每一条留言、\n"
	    "每一个电话，背后都是一\n"
	    "件具体的事。对这些诉求\n"
	    "能否一一回应、件件落实，\n"
	    "检验的是作风，考验的是\n"
	    "能力。\n");
	a = by_title(pg, "让“一一回应”成为常态");
	assert_string_equal(a->kicker, "澄言");
	assert_para_starts(a, "群众的每一条留言");
	parse_page_free(pg);
}

/*
 * parse-9.371: the page opens on two heading lines right over a
 * paragraph's first line, no blank between them (市政府召开常务会议 ⏎ 研究
 * 部署一季度稳增长工作 ⏎ 3 月4 日下午，…): a kicker and its title over
 * the lead, as one line so set is a title (parse-9.368).  They had been
 * read as the lead's first lines.
 */
static void
parse_9_371(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "市政府召开常务会议\n"
	    "研究部署一季度稳增长工作\n"
	    "3 月4 日下午，市长韩\n"
	    "卫东主持召开市政府第二十\n"
	    "六次常务会议，研究部署一\n"
	    "季度稳增长工作，审议《澄\n"
	    "湖市促进民营经济高质量发\n");
	a = by_title(pg, "研究部署一季度稳增长工作");
	assert_string_equal(a->kicker, "市政府召开常务会议");
	assert_para_starts(a, "3月4日下午");
	parse_page_free(pg);
}

/*
 * parse-9.372: a short line with no mark, a blank over it, stands between
 * a full line that leaves a sentence open (…招呼顾客，) and a full line
 * that goes on with it, no blank between (一边告诉记者，…): no line of
 * running text is short there, so it is a heading that the extractor set
 * at the head of the story's next column, as pdftotext -layout does with
 * a title set over a second column.  It is the story's title, the series
 * label over the story its kicker, and the sentence reads whole.  It had
 * been read into the sentence (…招呼顾客，澄湖年货新气象一边…).
 */
static void
parse_9_372(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖新春·年货市场扫描\n"
	    "\n"
	    "本报澄湖1月20日电 （记者 李敏）年味渐\n"
	    "浓，澄湖城里城外的年货市场一天比一天\n"
	    "热闹。湖滨街道的老街上，腊肉、年糕、\n"
	    "春联摆满了两旁的摊位，前来选购的市民\n"
	    "络绎不绝。\n"
	    "老街商户王建国说，今年他家的年糕\n"
	    "卖得格外好，每天要蒸上三百多斤，到了\n"
	    "傍晚仍有不少市民排队等候，有的还专门\n"
	    "从邻近的县城赶来，只为买上几块带回家\n"
	    "和家人一起品尝。老王一边忙着招呼顾客，\n"
	    "\n"
	    "澄湖年货新气象\n"
	    "一边告诉记者，今年来买年糕的年轻人比\n"
	    "往年多了不少，还有人在店门口拍照留念。\n"
	    "据市商务局介绍，今年全市共设立年货\n"
	    "集市二十个，较去年增加五个。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "澄湖年货新气象");
	assert_string_equal(a->kicker, "澄湖新春·年货市场扫描");
	assert_true(paras_have(pg, "澄湖年货新气象", "招呼顾客，一边告诉记者"));
	parse_page_free(pg);
}

/* The story of parse-9.372 under heading lines of its own, or none. */
static struct parse_page *
parse_in_sentence(const char *heads, const char *line)
{
	char page[2048];

	snprintf(page, sizeof page,
	    "%s"
	    "本报澄湖1月20日电 （记者 李敏）年味渐\n"
	    "浓，澄湖城里城外的年货市场一天比一天\n"
	    "热闹。湖滨街道的老街上，腊肉、年糕、\n"
	    "春联摆满了两旁的摊位，前来选购的市民\n"
	    "络绎不绝。\n"
	    "老街商户王建国说，今年他家的年糕\n"
	    "卖得格外好，每天要蒸上三百多斤，到了\n"
	    "傍晚仍有不少市民排队等候，有的还专门\n"
	    "从邻近的县城赶来，只为买上几块带回家\n"
	    "和家人一起品尝。老王一边忙着招呼顾客，\n"
	    "\n"
	    "%s\n"
	    "一边告诉记者，今年来买年糕的年轻人比\n"
	    "往年多了不少，还有人在店门口拍照留念。\n",
	    heads, line);
	return (parse_str(page));
}

/*
 * parse-9.373: a heading found inside a sentence (parse-9.372) does not
 * take the place of a story's own title and subtitle: the story keeps
 * them, and the line stays where the page set it, its words kept.  Nor
 * is a column's tag in brackets or a summary's label so found: a title
 * would drop it, and its words would be lost.
 */
static void
parse_9_373(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_in_sentence("老街年糕铺排起长队\n"
			       "——澄湖年货市场见闻\n"
			       "\n",
	    "澄湖年货新气象");
	a = by_title(pg, "老街年糕铺排起长队");
	assert_string_equal(a->subtitle, "——澄湖年货市场见闻");
	assert_true(paras_have(pg, "老街年糕铺排起长队", "澄湖年货新气象"));
	parse_page_free(pg);

	pg = parse_in_sentence("澄湖新春·年货市场扫描\n\n", "【年货看点】");
	assert_true(
	    paras_have(pg, "澄湖新春·年货市场扫描", "【年货看点】一边"));
	parse_page_free(pg);

	pg = parse_in_sentence("澄湖新春·年货市场扫描\n\n", "核心阅读");
	assert_true(paras_have(pg, "澄湖新春·年货市场扫描", "核心阅读一边"));
	parse_page_free(pg);
}

/*
 * parse-9.374: a title of two lines broken inside a word the page says
 * again (全市安全生产工作 ⏎⏎ 会议在澄湖召开: 工作会议), its leading a
 * blank between them, is one heading also where it stands right under
 * the last sentence of the story before it (pdftotext -layout sets it
 * there) and over a deck right over its dateline.  Its first line had
 * been read as a heading of its own, its second as the kicker.  (Whether
 * the deck is the title's last words or its subtitle is asked elsewhere.)
 */
static void
parse_9_374(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖港区一季度吞吐量创新高\n"
	    "\n"
	    "本报澄湖3月12日电 （记者 周雯）今年\n"
	    "一季度，澄湖港区完成货物吞吐量一千二\n"
	    "百万吨，同比增长百分之十二，创历史同\n"
	    "期新高。港区负责人表示，将继续优化航\n"
	    "线布局，提升通关效率。\n"
	    "全市安全生产工作\n"
	    "\n"
	    "会议在澄湖召开\n"
	    "韩卫东到会部署\n"
	    "本报澄湖3月12日电 （记者 李敏）全市\n"
	    "安全生产工作会议12日在澄湖召开。市长\n"
	    "韩卫东到会部署今年的工作，要求各地压\n"
	    "紧压实安全生产责任，扎实开展隐患排查\n"
	    "整治，坚决守牢安全底线。\n");
	a = with_lead(pg, "安全生产工作会议12日");
	assert_string_equal(a->kicker, "");
	assert_true(parse_starts(a->title, strlen(a->title),
	    "全市安全生产工作会议在澄湖召开"));
	assert_int_equal(pg->narticles, 2);
	parse_page_free(pg);
}

/*
 * parse-9.375: a line that exclaims (…，真了不起！) right under a heading
 * line with no mark, at the head of the page, set apart over the text (a
 * picture's source between or not), is the title, whole in itself; the
 * line over it is its kicker.  It had been read as the story's first
 * paragraph.  The same two lines inside a story's text, under a finished
 * paragraph and over more of the story, are its subheading and a line
 * of its text: the story goes on under them.
 */
static void
parse_9_375(void **state)
{
	static const char *const between[] = { "\n", "\n本报资料图片\n\n" };
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				 page[2048];
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof between / sizeof between[0]; i++) {
		snprintf(page, sizeof page,
		    "湖滨社区志愿者雪夜救人\n"
		    "冰面救人的你们，真了不起！\n"
		    "%s"
		    "1月8日深夜，湖滨社区两名志愿者在\n"
		    "巡河时发现有人落入冰窟，两人用绳索和\n"
		    "木板合力将落水者救上岸，并及时送医。\n"
		    "目前，落水者已脱离危险。\n"
		    "\n"
		    "澄湖港区一季度吞吐量创新高\n"
		    "\n"
		    "本报澄湖3月9日电 （记者 周雯）今年\n"
		    "一季度，澄湖港区完成货物吞吐量一千二\n"
		    "百万吨，同比增长百分之十二，创历史同\n"
		    "期新高。\n",
		    between[i]);
		pg = parse_str(page);
		a = with_lead(pg, "1月8日深夜");
		assert_string_equal(a->title, "冰面救人的你们，真了不起！");
		assert_string_equal(a->kicker, "湖滨社区志愿者雪夜救人");
		parse_page_free(pg);
	}
	pg = parse_str(
	    "澄湖港区一季度吞吐量创新高\n"
	    "\n"
	    "本报澄湖3月9日电 （记者 周雯）今年\n"
	    "一季度，澄湖港区完成货物吞吐量一千二\n"
	    "百万吨，同比增长百分之十二，创历史同\n"
	    "期新高。港区负责人表示，将继续优化航\n"
	    "线布局，提升通关效率。\n"
	    "\n"
	    "守牢安全底线\n"
	    "安全生产，人人有责！\n"
	    "\n"
	    "港区负责人介绍，今年澄湖港区将继续\n"
	    "优化航线布局，提升通关效率，力争货物\n"
	    "吞吐量再创新高。\n");
	assert_int_equal(pg->narticles, 1);
	assert_true(paras_have(pg, "澄湖港区一季度吞吐量创新高", "再创新高"));
	parse_page_free(pg);
}

/*
 * parse-9.376: a title in large type may leave its last word on a line
 * of its own (…攻坚 ⏎⏎ 战), a blank over it, right over the dateline;
 * and a kicker that reports a speech may leave its verb's last character
 * so (…工作时强 ⏎ 调), with no blank between it and the title.  The word
 * goes back to its line: the title is whole, the kicker ends on 强调.
 * The lines left alone stretch the stack past a heading's five lines;
 * a word is no line.  Not a title's line that ends on the whole verb,
 * nor a short heading whose first character only makes a pair with the
 * line over it.
 */
static void
parse_9_376(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖港区一季度吞吐量创新高\n"
	    "\n"
	    "本报澄湖3月9日电 （记者 周雯）今年\n"
	    "一季度，澄湖港区完成货物吞吐量一千二\n"
	    "百万吨，同比增长百分之十二，创历史同\n"
	    "期新高。\n"
	    "\n"
	    "市长韩卫东在澄湖港区检查\n"
	    "防汛和安全生产工作时强\n"
	    "调\n"
	    "压紧压实责任 全力打好港\n"
	    "区防汛和安全生产攻坚\n"
	    "\n"
	    "战\n"
	    "本报澄湖6月12日电 （记者 李敏）市长\n"
	    "韩卫东12日到澄湖港区检查防汛和安全生\n"
	    "产工作。他要求各部门压紧压实责任，坚\n"
	    "决打好防汛和安全生产攻坚战，确保港区\n"
	    "安全度汛。\n");
	a = with_lead(pg, "韩卫东12日");
	assert_string_equal(a->title,
	    "压紧压实责任 全力打好港区防汛和安全生产攻坚战");
	assert_string_equal(a->kicker,
	    "市长韩卫东在澄湖港区检查防汛和安全生产工作时强调");
	assert_int_equal(pg->narticles, 2);
	parse_page_free(pg);
	/* A title whose line ends on the whole verb: no kicker's. */
	pg = parse_str(
	    "澄湖新修订的控烟条例\n"
	    "比旧条例更加突出强调\n"
	    "室内公共场所全面禁烟\n"
	    "本报澄湖5月31日电 （记者 李敏）新修\n"
	    "订的《澄湖市控制吸烟条例》今天起施行。\n"
	    "新条例把禁烟范围扩大到所有室内公共场\n"
	    "所，并加大了处罚力度。\n");
	a = with_lead(pg, "新修订的");
	assert_string_equal(a->kicker, "");
	assert_true(parse_starts(a->title, strlen(a->title),
	    "澄湖新修订的控烟条例比旧条例"));
	parse_page_free(pg);
	/*
	 * A short heading under a title of two lines, a blank between: the
	 * pair at the break (人家) is said, but no word of three (守鸟人家).
	 */
	pg = parse_str(
	    "湿地公园里有位\n"
	    "二十年的守鸟人\n"
	    "\n"
	    "家风\n"
	    "本报澄湖12月3日电 （记者 李敏）东港\n"
	    "镇的周家是远近闻名的好人家。周家三代\n"
	    "人都在镇上的小学教书，如今孙女也考上\n"
	    "了师范大学。\n");
	a = with_lead(pg, "东港镇的周家");
	assert_string_equal(a->title, "家风");
	parse_page_free(pg);
}

/*
 * parse-9.377: an extractor may read a headline far from its story (here
 * at the page's end), and the story then takes the deck over its text,
 * two phrases parted by a space, for its title.  The headline, taken by
 * nothing, is a banner.  When the story says most of the banner's words,
 * in its lead too, the banner is its title and the deck its subtitle.
 * Not when the story's title is no deck, nor has a kicker over it; nor a
 * banner as short as a section's name, or one that reads as a kicker.
 */
static void
parse_9_377(void **state)
{
	static const struct {
		const char *head, *banner;
		int	    moves;
	} cases[] = {
		{ "市民游客逛夜市 老街烟火气回来了",
		    "老街夜市迎来八方游客", 1 },
		{ "市民游客逛夜市老街烟火气回来了",
		    "老街夜市迎来八方游客", 0 },
		{ "市民游客逛夜市 老街烟火气回来了", "夜市开张", 0 },
		{ "市民游客逛夜市 老街烟火气回来了",
		    "老街夜市迎来八方游客召开", 0 },
		{ "韩卫东在老街夜市调研时强\n调\n"
		  "市民游客逛夜市 老街烟火气回来了",
		    "老街夜市迎来八方游客", 0 },
	};
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				 page[2048];
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(page, sizeof page,
		    "澄湖港区一季度吞吐量创新高\n"
		    "\n"
		    "本报澄湖3月9日电 （记者 周雯）今年\n"
		    "一季度，澄湖港区完成货物吞吐量一千二\n"
		    "百万吨，同比增长百分之十二，创历史同\n"
		    "期新高。港区负责人表示，将继续优化航\n"
		    "线布局，提升通关效率。\n"
		    "\n"
		    "%s\n"
		    "本报澄湖3月9日电 （记者 李敏）3月8\n"
		    "日晚，澄湖老街夜市重新开张，迎来八方\n"
		    "游客。夜市共设摊位一百二十个，小吃、\n"
		    "手作、花灯应有尽有。“老街夜市又热闹\n"
		    "起来了！”一位老居民说。据了解，老街\n"
		    "夜市每晚营业到十点，周末延长一小时。\n"
		    "\n"
		    "%s\n",
		    cases[i].head, cases[i].banner);
		pg = parse_str(page);
		a = with_lead(pg, "3月8日晚");
		if (cases[i].moves) {
			assert_string_equal(a->title, cases[i].banner);
			assert_string_equal(a->subtitle, cases[i].head);
			assert_int_equal(pg->narticles, 2);
		} else {
			assert_string_not_equal(a->title, cases[i].banner);
			assert_int_equal(pg->narticles, 3);
		}
		parse_page_free(pg);
	}
}

/*
 * parse-9.378: on a page whose extractor kept the paragraphs' indent, a
 * title set apart under its story and indented as they are, right over
 * a picture's caption, is no paragraph of one line: the story's title,
 * and the caption under it opens a frame of its own.  It had been read
 * as the caption's first paragraph, the story left untitled.
 */
static void
parse_9_378(void **state)
{
	static const char *const indent[] = { "    ", "\u3000\u3000" };
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				 page[2048];
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof indent / sizeof indent[0]; i++) {
		snprintf(page, sizeof page,
		    "%s本报讯 今年，全市计划实施重点项目一百\n"
		    "个，确保一季度开门红。\n"
		    "\n"
		    "%s项目涵盖产业发展、基础设施和社会民\n"
		    "生等领域，总投资超过三百亿元。\n"
		    "\n"
		    "重点项目按下快进键\n"
		    "\n"
		    "%s本报讯 组建平安宣讲队伍，以唱跳的方\n"
		    "式宣传防诈知识，湖滨街道的平安建设走\n"
		    "进了千家万户。\n"
		    "\n"
		    "%s街道负责人说，平安建设不是一蹴而\n"
		    "就，需要久久为功。\n"
		    "\n"
		    "%s湖滨街道久久为功推动平安建设\n"
		    "%s昨天，在柳浦镇新丰村的田间，农户\n"
		    "正在覆盖薄膜，为毛豆种植做好准备。\n"
		    "■摄影 汤颖\n"
		    "\n"
		    "%s春耕备耕\n"
		    "不误农时\n",
		    indent[i], indent[i], indent[i], indent[i], indent[i],
		    indent[i], indent[i]);
		pg = parse_str(page);
		a = with_lead(pg, "本报讯组建平安宣讲队伍");
		assert_string_equal(a->title, "湖滨街道久久为功推动平安建设");
		a = with_lead(pg, "昨天，在柳浦镇");
		assert_int_equal(a->nparagraphs, 1);
		parse_page_free(pg);
	}
}

/*
 * parse-9.379: a running foot and head taken out between a public
 * service ad's slogan (讲文明 树新风 ⏎ 文明城市 共建共享) and the next
 * text: the slogan, two phrases whole in themselves, does not run on
 * into that text, which had become the ad's.
 */
static void
parse_9_379(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "澄湖港区一季度吞吐量创新高\n"
	    "\n"
	    "本报澄湖3月9日电 （记者 周雯）今年\n"
	    "一季度，澄湖港区完成货物吞吐量一千二\n"
	    "百万吨，同比增长百分之十二，创历史同\n"
	    "期新高。\n"
	    "\n"
	    "本报　责任编辑：王晓燕\n"
	    "\n"
	    "2024年3月10日 星期日\n"
	    "\n"
	    "公益广告\n"
	    "讲文明 树新风\n"
	    "文明城市 共建共享\n"
	    "\n"
	    "本报　责任编辑：王晓燕\n"
	    "\n"
	    "2024年3月10日 星期日\n"
	    "\n"
	    "李敏是湖滨社区的一名网格员，每天\n"
	    "走街串巷，为居民排忧解难。“社区的事\n"
	    "就是自己的事。”她说。\n"
	    "\n"
	    "本报　责任编辑：王晓燕\n"
	    "\n"
	    "2024年3月10日 星期日\n");
	a = with_lead(pg, "李敏是湖滨社区");
	assert_int_not_equal(a->kind, PARSE_AD);
	assert_null(strstr(a->title, "文明"));
	assert_null(strstr(a->kicker, "文明"));
	parse_page_free(pg);
}

/*
 * Do the paragraphs of the article titled t hold the first six characters
 * of text (each three bytes in UTF-8)?
 */
static int
paras_open(const struct parse_page *pg, const char *t, const char *text)
{
	char first[19];

	size_t n = strlen(text) < 18 ? strlen(text) : 18;

	memcpy(first, text, n);
	first[n] = '\0';
	return (paras_have(pg, t, first));
}

/*
 * parse-9.380: a blank the extractor set inside a paragraph (a row of
 * another column stood level with none of this one's): the piece under
 * it opens on no paragraph's first line, and the sentence before the
 * blank ended on a full line.  It goes on that paragraph when it says
 * the words of its story, more than of the sentence another story left
 * open further back (…还将大大有助于).  It had become the rest of that
 * sentence.  A piece that says more of the open sentence's words stays
 * its rest, and so does any piece after a paragraph that ended short.
 * So does one that two stories on one subject share many words with: it
 * must say more than twice as many of the story before it.  Nor does a
 * piece that joins the open sentence as the page's words do (高新 ⏎ 区),
 * or closes the quote it left open, ever go on the story before it.
 */
static void
parse_9_380(void **state)
{
	static const struct {
		const char *end;   /* the subway story's last line */
		const char *piece; /* the piece after the blank under it */
		const char *owner; /* the title of the story it goes to */
	} cases[] = {
		{ "车，全长二十六公里，其中地下段十八公里。\n",
		    "截至去年底，全市地铁运营里程达到一百二十\n"
		    "公里，地铁日均客运量超过一百万人次，地铁\n"
		    "已经成为市民出行的首选。\n",
		    "澄湖地铁新线年内开通" },
		{ "车，全长二十六公里，其中地下段十八公里。\n",
		    "进一步提高港区码头装卸作业效率，港区到地\n"
		    "铁三号线车站的专用通道也将开工建设。\n",
		    "澄湖港区推进智慧码头建设" },
		{ "车，全长二十六公里。\n",
		    "进一步方便地铁三号线沿线企业运输货物，地\n"
		    "铁三号线将开通货运专列。\n",
		    "澄湖港区推进智慧码头建设" },
	};
	/* The subway story's open sentence, and its rest under the bus's. */
	static const struct {
		const char *open, *rest;
	} rests[] = {
		{ "市轨道交通建设指挥部负责人说，项目建\n"
		  "成后，北部新城到市中心的通行时间将缩短一\n"
		  "半，对于缓解城市北部交通压力，还将大大有\n",
		    "助于缓解早晚高峰交通拥堵，带动沿线片区发\n"
		    "展，为市民出行提供更多便利，进一步提升城\n"
		    "市公共交通服务水平。\n" },
		{ "市轨道交通建设指挥部负责人说，项目建\n"
		  "成后，北部新城到市中心的通行时间将缩短一\n"
		  "半，并将为居住在北部新城、科教城和高新\n",
		    "区的市民出行提供更多便利，进一步提升全市\n"
		    "公交服务水平。\n" },
		{ "市轨道交通建设指挥部负责人说：“项目建\n"
		  "成后，北部新城到市中心的通行时间将缩短一\n"
		  "半，对于缓解城市北部的交通压力将大有助于\n",
		    "缓解早晚高峰交通拥堵，带动沿线片区发展，\n"
		    "为市民出行提供更多便利，进一步提升城市公\n"
		    "共交通服务水平。”\n" },
	};
	struct parse_page	*pg;
	char			 page[2048];
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(page, sizeof page,
		    "澄湖港区推进智慧码头建设\n"
		    "\n"
		    "本报澄湖3月9日电 （记者 周雯）今年，澄\n"
		    "湖港区启动智慧码头建设，全年计划投资十二\n"
		    "亿元，新建自动化泊位四个，改造堆场两处。\n"
		    "港区负责人说，码头装卸将全面实现远程\n"
		    "操控，作业效率可提高三成以上，能耗明显下\n"
		    "降，智慧码头建设投用以后，还将大大有助于\n"
		    "\n"
		    "澄湖地铁新线年内开通\n"
		    "\n"
		    "本报澄湖3月9日电 （记者 李敏）记者从\n"
		    "市地铁集团获悉，今年地铁三号线将建成通\n"
		    "%s"
		    "\n"
		    "%s",
		    cases[i].end, cases[i].piece);
		pg = parse_str(page);
		assert_true(paras_open(pg, cases[i].owner, cases[i].piece));
		/* Going on a paragraph, it is no paragraph of its own. */
		if (i == 0)
			assert_true(paras_have(pg, cases[i].owner,
			    "十八公里。截至去年底"));
		parse_page_free(pg);
	}
	for (i = 0; i < sizeof rests / sizeof rests[0]; i++) {
		snprintf(page, sizeof page,
		    "澄湖地铁三号线北延段开工\n"
		    "\n"
		    "本报澄湖3月9日电 （记者 周雯）3月8日，\n"
		    "澄湖地铁三号线北延段在高新区正式开工。北\n"
		    "延段全长十一公里，设车站七座，总投资约九\n"
		    "十亿元，计划于后年底建成通车。\n"
		    "据介绍，北延段建成后，将串联高新区、\n"
		    "科教城和北部新城三个片区，沿线居住人口超\n"
		    "过四十万。\n"
		    "\n"
		    "%s"
		    "\n"
		    "澄湖公交优化十二条线路\n"
		    "\n"
		    "本报澄湖3月9日电 （记者 李敏）记者从\n"
		    "市交通运输局获悉，今年全市将优化调整公交\n"
		    "线路十二条，新开通社区微循环线路五条，进\n"
		    "一步方便市民出行，提升全市公交服务水平。\n"
		    "\n"
		    "%s",
		    rests[i].open, rests[i].rest);
		pg = parse_str(page);
		assert_true(
		    paras_open(pg, "澄湖地铁三号线北延段开工", rests[i].rest));
		assert_false(
		    paras_open(pg, "澄湖公交优化十二条线路", rests[i].rest));
		parse_page_free(pg);
	}
}

/* The top of parse-9.381's pages: a story that finished its sentence. */
#define PAGE_381_TOP \
	"澄湖夜市开张\n" \
	"\n" \
	"本报讯 昨晚，澄湖老街夜市正式\n" \
	"开张，一百二十个摊位亮灯迎客，\n"

/*
 * parse-9.381: a title block of three parts, each set apart: a speaker's
 * words as the kicker (韩卫东：…), the title, as wide as a column's line
 * and with no mark, and a deck across columns.  The title is a heading,
 * though as wide as text: a line with no mark, alone between blanks
 * under a speaker's words set apart and over a heading wider than its
 * column, is one.  The deck under it (two lines or more) is its
 * subtitle, not the story's title, and the
 * kicker and title are not left a banner.  A line over such a block with
 * no kicker over it (a masthead's ear) is no title over a deck.
 */
static void
parse_9_381(void **state)
{
	static const char *const kicker[] = {
		"韩卫东：稳住信心、久久为功，项目建设要更快、服务企业要更实\n",
		"韩卫东：稳住信心、久久为功，项目建设要更快、服务企业\n"
		"要更实、安全生产要更严\n",
	};
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				 page[2048];
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof kicker / sizeof kicker[0]; i++) {
		snprintf(page, sizeof page,
		    PAGE_381_TOP
		    "市民游客纷至沓来，老街一下子热\n"
		    "闹了起来。\n"
		    "\n"
		    "%s"
		    "\n"
		    "全力跑出港区项目建设加速度\n"
		    "\n"
		    "与王强分别检查一季度重点项目推进和安全生产工作情况\n"
		    "对参建单位和一线建设者表示感谢 李敏参加\n"
		    "\n"
		    "本报讯 市委书记韩卫东，市委\n"
		    "副书记、市长王强昨天上午分别前\n"
		    "往澄湖港区、临港新区和高新区，\n"
		    "实地检查一季度重点项目推进和安\n"
		    "全生产情况。\n",
		    kicker[i]);
		pg = parse_str(page);
		a = with_lead(pg, "本报讯市委书记韩卫东");
		assert_string_equal(a->title, "全力跑出港区项目建设加速度");
		assert_true(parse_starts(a->kicker, strlen(a->kicker),
		    "韩卫东："));
		assert_true(parse_starts(a->subtitle, strlen(a->subtitle),
		    "与王强分别检查"));
		assert_int_equal(count_kind(pg, PARSE_BANNER), 0);
		assert_int_equal(count_kind(pg, PARSE_OTHER), 0);
		parse_page_free(pg);
	}
	pg = parse_str("澄湖发布 今澄湖客户端\n"
		       "\n"
		       "全市春季重点项目集中开工仪式在临港新区举行\n"
		       "跑出项目建设“加速度”\n"
		       "本报讯 昨天上午，全市春季重点\n"
		       "项目集中开工仪式在临港新区举行，\n"
		       "当天共有八个项目破土动工，总投资\n"
		       "八十六亿元。\n");
	a = with_lead(pg, "本报讯昨天上午");
	assert_string_equal(a->title, "跑出项目建设“加速度”");
	parse_page_free(pg);
	/*
	 * A line with no mark alone under a sentence left open, with no
	 * speaker's words over it, is text; a wide title of one line under
	 * a kicker and a title is the title of the text under it, not their
	 * deck.
	 */
	pg = parse_str(PAGE_381_TOP
	    "市民游客纷至沓来，老街一下子热\n"
	    "闹了起来。今年还将增设文创摊位，\n"
	    "\n"
	    "吸引更多年轻游客走进澄湖老街\n"
	    "\n"
	    "澄湖港区一季度重点项目全部开工建设进度好于预期\n"
	    "\n"
	    "本报讯 记者从澄湖港区管委会获\n"
	    "悉，一季度港区十二个重点项目全\n"
	    "部开工，完成投资同比增长两成。\n");
	assert_true(paras_have(pg, "澄湖夜市开张", "走进澄湖老街"));
	parse_page_free(pg);
	pg = parse_str(PAGE_381_TOP
	    "市民游客纷至沓来，老街一下子热\n"
	    "闹了起来。\n"
	    "\n"
	    "王强：贴近群众、服务民生，让市民在家门口享受更便利的服务\n"
	    "\n"
	    "澄湖老城区新增十个便民服务中心\n"
	    "\n"
	    "澄湖港区一季度重点项目全部开工建设进度好于预期\n"
	    "\n"
	    "本报讯 记者从澄湖港区管委会获\n"
	    "悉，一季度港区十二个重点项目全\n"
	    "部开工，完成投资同比增长两成。\n"
	    "\n"
	    "本报讯 今年以来，澄湖市在老城\n"
	    "区新建十个便民服务中心，为周边\n"
	    "居民提供理发、修鞋等服务。\n");
	a = with_lead(pg, "本报讯记者从澄湖港区");
	assert_string_equal(a->title,
	    "澄湖港区一季度重点项目全部开工建设进度好于预期");
	parse_page_free(pg);
}

/*
 * parse-9.383: a title of two lines of unlike widths, with a blank
 * between (pdftotext -layout sets one under a line of large type).  The
 * break falls inside a phrase the story says (设年”动员), so the short
 * line under the blank goes on the line over it: one title under its
 * kicker, not a title for the text and a banner.  A heading over a
 * title, where the page says no such phrase, is not part of it, nor is
 * a line of text as wide as its column.
 */
static void
parse_9_383(void **state)
{
	static const struct {
		const char *page, *lead, *title;
	} apart[] = {
		{ PAGE_381_TOP "市民游客纷至沓来，老街一下子热\n"
			       "闹了起来。\n"
			       "\n"
			       "走进澄湖\n"
			       "\n"
			       "老街石桥修缮一新\n"
			       "本报讯 记者从澄湖市住建局获悉，\n"
			       "老街石桥修缮工程日前完工，三座\n"
			       "明代石桥重新向游人开放。\n",
		    "本报讯记者从澄湖市住建局", "老街石桥修缮一新" },
		{ "综合新闻\n"
		  "\n"
		  "发布首批澄湖老字号名录\n"
		  "本报讯 昨天，澄湖市商务局召开新\n"
		  "闻发布会，发布首批澄湖老字号名\n"
		  "录，共有三十家老店入选。\n"
		  "\n"
		  "老店焕新颜\n"
		  "本报讯 市商务局在新闻发布会上介\n"
		  "绍，今年将扶持老店改造门面。\n",
		    "本报讯昨天，澄湖市商务局", "发布首批澄湖老字号名录" },
		{ PAGE_381_TOP "市民游客纷至沓来，老街一下子热\n"
			       "闹了起来。\n"
			       "\n"
			       "市委常委会召开扩大会议\n"
			       "\n"
			       "研究部署今年经济工作\n"
			       "本报讯 市委常委会昨天召开扩\n"
			       "大会议研究部署今年经济工作。\n",
		    "本报讯市委常委会", "研究部署今年经济工作" },
		{ PAGE_381_TOP
		    "市民游客纷至沓来，老街一下子热\n"
		    "闹了起来。\n"
		    "\n"
		    "喜迎建城八百年 守护千年古城文脉 扮靓美丽新澄湖\n"
		    "\n"
		    "老街石桥修缮一新\n"
		    "本报讯 记者从澄湖市住建局获悉，\n"
		    "美丽新澄湖老街石桥修缮工程日前完\n"
		    "工，三座明代石桥重新向游人开放。\n",
		    "本报讯记者从澄湖市住建局", "老街石桥修缮一新" },
		/* Under a kicker no wider than its column. */
		{ PAGE_381_TOP "市民游客纷至沓来，老街一下子热\n"
			       "闹了起来。\n"
			       "\n"
			       "澄湖市委印发通知\n"
			       "全市上下深入学习贯彻韩卫东同志在“项目建设年”\n"
			       "\n"
			       "动员大会上的讲话精神\n"
			       "本报讯 市委办公室、市政府办公\n"
			       "室昨天印发通知，要求全市上下深\n"
			       "入学习贯彻韩卫东同志在“项目建\n"
			       "设年”动员大会上的讲话精神。\n",
		    "本报讯市委办公室", "动员大会上的讲话精神" },
		/* Where the page says no phrase across the break. */
		{ PAGE_381_TOP
		    "市民游客纷至沓来，老街一下子热\n"
		    "闹了起来。\n"
		    "\n"
		    "中共澄湖市委办公室 澄湖市人民政府办公室印发通知\n"
		    "全市上下深入学习贯彻韩卫东同志在“项目建设年”\n"
		    "\n"
		    "动员大会上的讲话精神\n"
		    "本报讯 市委办公室、市政府办公\n"
		    "室昨天印发通知，要求全市上下深\n"
		    "入学习贯彻韩卫东同志关于项目建\n"
		    "设的讲话精神。\n",
		    "本报讯市委办公室", "动员大会上的讲话精神" },
	};
	struct parse_page		*pg;
	const struct parse_article	*a;
	size_t				 i;

	(void)state;
	pg = parse_str(PAGE_381_TOP
	    "市民游客纷至沓来，老街一下子热\n"
	    "闹了起来。\n"
	    "\n"
	    "中共澄湖市委办公室 澄湖市人民政府办公室印发通知\n"
	    "全市上下深入学习贯彻韩卫东同志在“项目建设年”\n"
	    "\n"
	    "动员大会上的讲话精神\n"
	    "本报讯 市委办公室、市政府办公\n"
	    "室昨天印发通知，要求全市上下深\n"
	    "入学习贯彻韩卫东同志在“项目建\n"
	    "设年”动员大会上的讲话精神，把\n"
	    "各项工作抓实抓细。\n");
	a = with_lead(pg, "本报讯市委办公室");
	assert_string_equal(a->title, "全市上下深入学习贯彻韩卫东同志在"
				      "“项目建设年”动员大会上的讲话精神");
	assert_true(parse_starts(a->kicker, strlen(a->kicker), "中共澄湖"));
	assert_int_equal(count_kind(pg, PARSE_BANNER), 0);
	parse_page_free(pg);
	pg = parse_str(PAGE_381_TOP
	    "市民游客纷至沓来，老街一下子热\n"
	    "闹了起来。\n"
	    "\n"
	    "喜迎澄湖建城八百年系列报道之三\n"
	    "\n"
	    "老街夜市今晚开张\n"
	    "本报讯 记者从澄湖市商务局获悉，\n"
	    "老街夜市今晚开张，一百二十个摊\n"
	    "位将亮灯迎客。\n");
	a = with_lead(pg, "本报讯记者从澄湖市商务局");
	assert_string_equal(a->title, "老街夜市今晚开张");
	parse_page_free(pg);
	pg = parse_str(PAGE_381_TOP
	    "老街街头处处贴着“项目建设年”\n"
	    "\n"
	    "动员大会精神宣传栏\n"
	    "本报讯 市委办公室、市政府办公\n"
	    "室昨天印发通知，要求全市上下深\n"
	    "入学习贯彻韩卫东同志在“项目建\n"
	    "设年”动员大会上的讲话精神。\n");
	a = with_lead(pg, "本报讯市委办公室");
	assert_string_equal(a->title, "动员大会精神宣传栏");
	assert_true(paras_have(pg, "澄湖夜市开张", "处处贴着"));
	parse_page_free(pg);
	/*
	 * Nor a line set apart over a title, though they meet in a phrase
	 * the page says: a column's logo (澄湖老街), a page's label (综合新
	 * 闻发布, said as 新闻发布会), a kicker its lead restates, a banner.
	 */
	for (i = 0; i < sizeof apart / sizeof apart[0]; i++) {
		pg = parse_str(apart[i].page);
		a = with_lead(pg, apart[i].lead);
		assert_string_equal(a->title, apart[i].title);
		parse_page_free(pg);
	}
}

/* The top of parse-9.384's pages: a story in a column ten ems wide. */
#define PAGE_384_TOP \
	"澄湖新建口袋公园\n" \
	"本报记者 韩卫东\n" \
	"今年以来，澄湖市见缝\n" \
	"插针建设口袋公园，已\n" \
	"建成二十个。\n" \
	"\n"

/*
 * parse-9.384: a title of two lines alike, broken inside a word the page
 * says (可 ⏎ 以), with no blank between, in a column so narrow that the
 * second line is as wide as a paragraph's first: one title over its
 * byline, not a title cut short and a line of text.  With a blank
 * between, as before.  Not over text that runs on under a blank.
 */
static void
parse_9_384(void **state)
{
	static const char *const gap[] = { "", "\n" };
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				 page[1024];
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof gap / sizeof gap[0]; i++) {
		snprintf(page, sizeof page,
		    PAGE_381_TOP
		    "市民游客纷至沓来，老街一下子热\n"
		    "闹了起来。\n"
		    "\n"
		    "老街商户今起可\n"
		    "%s"
		    "以申领开业补贴\n"
		    "\n"
		    "本报记者 李敏\n"
		    "记者昨天从市商务局获\n"
		    "悉，老街商户今起可以\n"
		    "凭营业执照申领开业补\n"
		    "贴，每户最高可领两万\n"
		    "元，补贴将在月底前发\n"
		    "放到位。\n",
		    gap[i]);
		pg = parse_str(page);
		a = with_lead(pg, "记者昨天从市商务局");
		assert_string_equal(a->title, "老街商户今起可以申领开业补贴");
		assert_string_equal(a->byline, "本报记者 李敏");
		parse_page_free(pg);
	}
	/*
	 * Not a heading over a paragraph's first line that a column break
	 * cuts, though the break between them makes a word (湖市, said in
	 * 澄湖市): text runs on under the blank.
	 */
	pg = parse_str(PAGE_384_TOP
	    "夜市点亮新澄湖\n"
	    "市民周末来老街逛\n"
	    "\n"
	    "一逛的越来越多，摊主\n"
	    "们的生意也红火起来\n"
	    "了。\n");
	a = by_title(pg, "夜市点亮新澄湖");
	assert_non_null(a);
	assert_true(a->nparagraphs > 0);
	assert_true(parse_starts(a->paragraphs[0], strlen(a->paragraphs[0]),
	    "市民周末来老街逛一逛"));
	parse_page_free(pg);
	pg = parse_str(PAGE_384_TOP
	    "老街夜市开张\n"
	    "本报记者 周雯\n"
	    "昨晚，澄湖老街夜市正\n"
	    "式开张，一百二十个摊\n"
	    "位亮灯迎客。\n"
	    "夜市点亮澄湖\n"
	    "市民周末来老街夜\n"
	    "\n"
	    "市逛一逛的越来越多，\n"
	    "摊主们的生意也红火起\n"
	    "来了。\n");
	assert_true(paras_have(pg, "老街夜市开张", "市民周末来老街夜市逛"));
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	parse_page_free(pg);
}

/* Adds an article to pg: no kicker, paragraphs up to a NULL. */
static void
add_article(struct parse_page *pg, enum parse_kind kind, const char *title,
    const char *subtitle, const char *byline, const char *const *paras)
{
	struct parse_article	*a;
	size_t			 n = 0;

	pg->articles = realloc(pg->articles,
	    (pg->narticles + 1) * sizeof *pg->articles);
	assert_non_null(pg->articles);
	a = &pg->articles[pg->narticles++];
	memset(a, 0, sizeof *a);
	a->kind = kind;
	a->kicker = strdup("");
	a->title = strdup(title);
	a->subtitle = strdup(subtitle);
	a->byline = strdup(byline);
	a->continued_to = strdup("");
	a->continued_from = strdup("");
	while (paras[n] != NULL)
		n++;
	a->paragraphs = calloc(n + 1, sizeof *a->paragraphs);
	assert_non_null(a->paragraphs);
	for (a->nparagraphs = 0; a->nparagraphs < n; a->nparagraphs++)
		a->paragraphs[a->nparagraphs] = strdup(paras[a->nparagraphs]);
}

/*
 * parse-9.385: a story's opening cut from its title.  A box set into
 * the column (a public service ad) may stand between a story's heading
 * and its text, and the reading gives the heading to the story's later
 * text, which says the title's words, and leaves the opening a story
 * with no title.  The opening, read between that story's heading and
 * its text, says the heading block's words (韩卫东, 老街修缮) more than
 * the text it was given opens with: it opens that story.  Not an
 * opening that is dated or signed, a copy of the story's first words,
 * one that says two headings alike or too few of one's words, one read
 * before the story's heading or after its text, or going on on another
 * page or from one; not before a story that opens on its dateline or
 * goes on from another page, a photo's text, or a story whose own
 * opening says the heading more; a story takes one opening.
 */
static void
parse_9_385(void **state)
{
	static const char *const opening[] = {
		"走进澄湖老街的石桥工坊，只见韩卫东正在修补一块明代石板。",
		"“老街修缮，最要紧的是修旧如旧。”韩卫东说，手艺人要守护"
		"好每一块石板。",
		NULL
	};
	static const char *const rest[] = {
		"“手艺是有生命的，要一代代传下去。”他说，今年工坊又收了"
		"三个徒弟。",
		NULL
	};
	static const char *const dated[] = {
		"本报讯 走进澄湖老街的石桥工坊，只见韩卫东正在修补一块明"
		"代石板。老街修缮，守护好每一块石板。",
		NULL
	};
	static const char *const copy[] = {
		"走进澄湖老街的石桥工坊，只见韩卫东正在修补一块明代石板。"
		"“手艺是有生命的，要一代代传下去。”他说，今年工坊又收了"
		"三个徒弟。",
		NULL
	};
	static const char *const teahouse[] = {
		"湖滨茶馆至今还在营业，来喝茶的老人越来越多。",
		NULL
	};
	static const char *const few[] = {
		"走进澄湖老街的石桥工坊，工人们正在修补一块明代石板。",
		NULL
	};
	static const char *const says[] = {
		"韩卫东认为，守护老街的手艺人，就是守护城市的记忆，老街修"
		"缮要修旧如旧。",
		NULL
	};
	static const char *const strong[] = {
		"韩卫东谈澄湖老街修缮：守护老街的手艺人，修旧如旧。",
		NULL
	};
	static const char *const own_dated[] = {
		"本报讯 “手艺是有生命的，要一代代传下去。”他说，今年工坊"
		"又收了三个徒弟。",
		NULL
	};
	static const struct {
		const char *const *u;
		const char	  *byline;
		const char *const *t;
		int		   twice;
		size_t		   at; /* where the untitled text stands */
	} no[] = {
		{ dated, "", rest, 0, 10 },
		{ opening, "本报记者 李敏", rest, 0, 10 },
		{ copy, "", rest, 0, 10 },
		{ opening, "", rest, 1, 10 },
		{ few, "", rest, 0, 10 },
		{ opening, "", says, 0, 10 },
		{ opening, "", own_dated, 0, 10 },
		{ opening, "", rest, 0, 50 },
		{ opening, "", rest, 0, 0 },
	};
	/* The title over line 1, its text from 30, the teahouse's at 40. */
	static const struct parse_span span[] = {
		{ 1, 30 }, { 40, 41 }, { SIZE_MAX, 10 }, { SIZE_MAX, 60 }
	};
	struct parse_span	 at[4];
	struct parse_page	*pg;
	const struct parse_article *a;
	size_t			 i;

	(void)state;
	pg = calloc(1, sizeof *pg);
	assert_non_null(pg);
	add_article(pg, PARSE_NEWS, "守护老街的手艺人",
	    "——韩卫东谈澄湖老街修缮", "", rest);
	add_article(pg, PARSE_NEWS, "湖滨茶馆百年飘香", "", "", teahouse);
	add_article(pg, PARSE_NEWS, "", "", "", opening);
	add_article(pg, PARSE_NEWS, "", "", "", strong);
	memcpy(at, span, sizeof at);
	at[3].body_first = 20;
	parse_opening_home(pg, at);
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "守护老街的手艺人");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 3);
	assert_string_equal(a->paragraphs[0], opening[0]);
	assert_string_equal(a->paragraphs[1], opening[1]);
	assert_string_equal(a->paragraphs[2], rest[0]);
	parse_page_free(pg);
	for (i = 0; i < sizeof no / sizeof no[0]; i++) {
		pg = calloc(1, sizeof *pg);
		assert_non_null(pg);
		add_article(pg, PARSE_NEWS, "守护老街的手艺人",
		    "——韩卫东谈澄湖老街修缮", "", no[i].t);
		add_article(pg, PARSE_NEWS,
		    no[i].twice ? "守护老街的手艺人" : "湖滨茶馆百年飘香",
		    no[i].twice ? "——韩卫东谈澄湖老街修缮" : "", "",
		    teahouse);
		add_article(pg, PARSE_NEWS, "", "", no[i].byline, no[i].u);
		memcpy(at, span, sizeof at);
		at[2].body_first = no[i].at;
		if (no[i].twice) {
			/* The title said twice stands over the text too. */
			at[1].head_last = 2;
			at[1].body_first = 35;
		}
		parse_opening_home(pg, at);
		assert_int_equal(pg->narticles, 3);
		parse_page_free(pg);
	}
	/*
	 * Nor text that goes on on another page, or from one; nor before a
	 * story that goes on from another page, or before a photo's text.
	 */
	for (i = 0; i < 4; i++) {
		struct parse_article *x;
		char		    **note;

		pg = calloc(1, sizeof *pg);
		assert_non_null(pg);
		add_article(pg, i == 3 ? PARSE_PHOTO : PARSE_NEWS,
		    "守护老街的手艺人", "——韩卫东谈澄湖老街修缮", "", rest);
		add_article(pg, PARSE_NEWS, "湖滨茶馆百年飘香", "", "",
		    teahouse);
		add_article(pg, PARSE_NEWS, "", "", "", opening);
		x = &pg->articles[i == 2 ? 0 : 2];
		note = i == 0 ? &x->continued_to : &x->continued_from;
		if (i < 3) {
			free(*note);
			*note = strdup("2");
		}
		parse_opening_home(pg, span);
		assert_int_equal(pg->narticles, 3);
		parse_page_free(pg);
	}
}

/* The story of parse-9.386's pages over which a banner stands. */
static const char *const stacked_port[] = {
	"本报讯（记者 李敏）澄湖港区新航线昨日开通，首批集装箱货轮"
	"满载驶出港口。",
	"港区负责人表示，新航线将带动临港产业发展。",
	NULL
};

/*
 * A page of parse-9.386: the port's story titled port, banner b, and a
 * story titled title (subtitle) with paragraphs paras.
 */
static struct parse_page *
stacked_page(const char *port, const char *b, const char *title,
    const char *subtitle, const char *const *paras)
{
	static const char *const none[] = { NULL };
	struct parse_page	*pg = calloc(1, sizeof *pg);

	assert_non_null(pg);
	add_article(pg, PARSE_NEWS, port, "", "", stacked_port);
	add_article(pg, PARSE_BANNER, b, "", "", none);
	add_article(pg, PARSE_NEWS, title, subtitle, "", paras);
	return (pg);
}

/*
 * parse-9.386: a story's title read far from its text.  The reading may
 * set a story's title under another story's heading, over that story's
 * text (two headings stacked over one text), and the story, left with
 * no title, is titled by its first subheading.  The title, a banner so
 * stacked, whose pairs of characters the story says, more than any
 * other story, goes back to the story whose title is a subheading like
 * one inside it, and that subheading opens its text again.  Not a
 * banner stacked under no heading, short, read as a kicker, said as little
 * by the story, said by two stories alike, or a copy of a heading; nor
 * for a story titled by two phrases, with a subtitle, with no
 * subheading like its title (a photo's credit is none), or with one
 * only as its last paragraph, or that opens on its dateline; nor a
 * banner stacked under that story's own heading too (a quote).  A story
 * takes one banner, the first.
 */
static void
parse_9_386(void **state)
{
	static const char *const street[] = {
		"入夜，澄湖的老街热闹起来。老街是澄湖人的老街，也是大家的"
		"老街，夜市新增摊位六十多个。",
		"手艺人守着老街",
		"老街上的手艺人，有的做了几十年竹编，有的修了半辈子钟表。",
		"游客点赞老街新貌",
		"不少游客专程从外地赶来，逛老街、看夜景、尝小吃。",
		NULL
	};
	static const char *const unlike[] = {
		"入夜，澄湖的老街热闹起来。老街是澄湖人的老街，也是大家的"
		"老街，夜市新增摊位六十多个。",
		"老街上的手艺人守着几十年的老手艺",
		"老街上的手艺人，有的做了几十年竹编，有的修了半辈子钟表。",
		NULL
	};
	static const char *const last[] = {
		"入夜，澄湖的老街热闹起来。老街是澄湖人的老街，也是大家的"
		"老街，夜市新增摊位六十多个。",
		"老街上的手艺人，有的做了几十年竹编，有的修了半辈子钟表。",
		"游客点赞老街新貌",
		NULL
	};
	static const char *const dated[] = {
		"本报讯 入夜，澄湖的老街热闹起来。老街是澄湖人的老街，也是"
		"大家的老街，夜市新增摊位六十多个。",
		"手艺人守着老街",
		"老街上的手艺人，有的做了几十年竹编，有的修了半辈子钟表。",
		"游客点赞老街新貌",
		"不少游客专程从外地赶来，逛老街、看夜景、尝小吃。",
		NULL
	};
	static const char *const shore[] = {
		"开春以来，候鸟飞回澄湖的湖畔。湖畔是游人的湖畔，也是候鸟的"
		"家园。",
		"观鸟人守着湖畔",
		"每天清晨，观鸟人带着望远镜来到湖边，记下候鸟的种类。",
		"湖畔步道新开放",
		"新开放的步道沿湖而建，游人可以近距离看鸟。",
		NULL
	};
	static const char *const credit[] = {
		"入夜，澄湖的老街热闹起来。老街是澄湖人的老街，也是大家的"
		"老街，夜市新增摊位六十多个。",
		"本报记者 李敏 摄",
		"不少游客专程从外地赶来，逛老街、看夜景、尝小吃。",
		NULL
	};
	static const char	*banner = "“老街是澄湖的，也是大家的”";
	static const struct {
		const char	   *banner;
		const char	   *port;     /* the first story's title */
		const char	   *title;    /* the second story's */
		const char	   *subtitle;
		const char *const *text;
		size_t		    at;	      /* the banner's line */
		int		    twice;    /* the second story twice */
	} no[] = {
		{ NULL, NULL, NULL, "", street, 1, 0 },
		{ "老街是大家的", NULL, NULL, "", street, 4, 0 },
		{ "“老街是澄湖的，也是大家的”——", NULL, NULL, "", street, 4,
		    0 },
		{ "“老街的夜市越来越旺”", NULL, NULL, "", street, 4, 0 },
		{ NULL, NULL, NULL, "", street, 4, 1 },
		{ NULL, "“老街是澄湖的，也是大家的”", NULL, "", street, 4, 0 },
		{ NULL, NULL, "夜市灯火 照亮老街", "", street, 4, 0 },
		{ NULL, NULL, NULL, "——澄湖老街见闻", street, 4, 0 },
		{ NULL, NULL, NULL, "", unlike, 4, 0 },
		{ NULL, NULL, NULL, "", last, 4, 0 },
		{ NULL, NULL, NULL, "", dated, 4, 0 },
		{ NULL, NULL, NULL, "", credit, 4, 0 },
	};
	/* The port's heading over line 2, its text from 6; the street's. */
	static const struct parse_span span[] = {
		{ 2, 6 }, { 4, SIZE_MAX }, { 20, 21 }, { 40, 41 }
	};
	static const char *const none[] = { NULL };
	struct parse_span	 at[4];
	struct parse_page	*pg;
	const struct parse_article *a;
	size_t			 i, n;

	(void)state;
	pg = stacked_page("港区新航线开通", banner, "夜市灯火照老街", "",
	    street);
	memcpy(at, span, sizeof at);
	parse_subhead_home(pg, at);
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, banner);
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 6);
	assert_string_equal(a->paragraphs[0], "夜市灯火照老街");
	assert_string_equal(a->paragraphs[1], street[0]);
	/* span[] stays the articles'. */
	assert_int_equal(at[1].head_last, 20);
	assert_int_equal(at[1].body_first, 21);
	parse_page_free(pg);
	for (i = 0; i < sizeof no / sizeof no[0]; i++) {
		pg = stacked_page(no[i].port ? no[i].port : "港区新航线开通",
		    no[i].banner ? no[i].banner : banner,
		    no[i].title ? no[i].title : "夜市灯火照老街",
		    no[i].subtitle, no[i].text);
		if (no[i].twice)
			add_article(pg, PARSE_NEWS, "夜市灯火照老街", "", "",
			    no[i].text);
		n = pg->narticles;
		memcpy(at, span, sizeof at);
		at[1].head_last = no[i].at;
		parse_subhead_home(pg, at);
		assert_int_equal(pg->narticles, n);
		assert_int_equal(pg->articles[1].kind, PARSE_BANNER);
		parse_page_free(pg);
	}
	/*
	 * Not a banner stacked under the story's own heading too (a quote
	 * set between its heading and its text).
	 */
	pg = stacked_page("港区新航线开通", banner, "夜市灯火照老街", "",
	    street);
	memcpy(at, span, sizeof at);
	at[0].body_first = 40;
	at[1].head_last = 5;
	at[2].head_last = 3;
	parse_subhead_home(pg, at);
	assert_int_equal(pg->narticles, 3);
	parse_page_free(pg);
	/*
	 * A story takes one title: of two banners that say it, the first.
	 * Two banners for two stories both go, the second passing over the
	 * first, gone.
	 */
	pg = stacked_page("港区新航线开通", "老街是澄湖人的老街",
	    "夜市灯火照老街", "", street);
	add_article(pg, PARSE_BANNER, "“夜市热闹起来，老街新貌”", "", "",
	    none);
	memcpy(at, span, sizeof at);
	at[3].head_last = 5;
	at[3].body_first = SIZE_MAX;
	parse_subhead_home(pg, at);
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "老街是澄湖人的老街");
	assert_non_null(a);
	assert_string_equal(a->paragraphs[0], "夜市灯火照老街");
	assert_string_equal(a->paragraphs[1], street[0]);
	parse_page_free(pg);
	pg = stacked_page("港区新航线开通", banner, "夜市灯火照老街", "",
	    street);
	add_article(pg, PARSE_BANNER, "“湖畔是游人的，也是候鸟的”", "", "",
	    none);
	add_article(pg, PARSE_NEWS, "候鸟飞回湖畔", "", "", shore);
	{
		struct parse_span five[5] = { { 2, 6 }, { 4, SIZE_MAX },
			{ 20, 21 }, { 5, SIZE_MAX }, { 40, 41 } };

		parse_subhead_home(pg, five);
	}
	assert_int_equal(pg->narticles, 3);
	assert_non_null(by_title(pg, banner));
	assert_non_null(by_title(pg, "“湖畔是游人的，也是候鸟的”"));
	parse_page_free(pg);
}

/*
 * parse-9.387: the move of parse-9.386 through the whole reading.  A
 * story's title (a quote) read between another story's heading and its
 * text, and the story left to open on its subheading like the one
 * inside it: the quote titles the story, the subheading opens its text.
 * It had been a banner, and the story titled by its subheading.
 */
static void
parse_9_387(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str(
	    "城市\n"
	    "\n"
	    "2026年3月12日 星期四\n"
	    "\n"
	    "澄湖日报 第3版\n"
	    "责任编辑：周立 王洁\n"
	    "\n"
	    "湖港合作\n"
	    "湖港合作\n"
	    "开新局\n"
	    "开新局\n"
	    "\n"
	    "“老街是澄湖的，也是大家的”\n"
	    "\n"
	    "岁末年初，万象更新。我谨代表澄湖\n"
	    "港务集团，向全市人民和港区建设者致以\n"
	    "新春的祝福。\n"
	    "过去一年，在市委市政府的坚强领导\n"
	    "下，港区广大建设者迎难而上，新开航线\n"
	    "五条，集装箱吞吐量创下历史新高，湖港\n"
	    "合作迈出坚实步伐，一批临港项目落地投\n"
	    "产，港区与老城区的联系更加紧密。\n"
	    "新的一年，集团将继续深化湖港合作，\n"
	    "推动港区与老城区联动发展，为澄湖建设\n"
	    "现代化滨湖城市贡献力量。\n"
	    "祝湖港合作开新局！祝全市人民新春\n"
	    "快乐！\n"
	    "（作者为澄湖港务集团董事长）\n"
	    "本报资料图片\n"
	    "\n"
	    "老街年味一天比一天浓\n"
	    "腊月以来，澄湖老街披上了节日的盛\n"
	    "装，街口挂起红灯笼，石板路两侧摆满年\n"
	    "货摊，前来选购春联、糖果和腊味的市民\n"
	    "络绎不绝。老街上的竹编铺、钟表铺也贴\n"
	    "上了新春的对联，不少游客专程从外地赶\n"
	    "来。一位来自邻市的游客说：“这里的年\n"
	    "味让人觉得亲切，老街是澄湖的，也是大\n"
	    "家的。”\n"
	    "街道在老街口搭起戏台，每天傍晚都\n"
	    "有舞龙、舞狮和地方戏演出，吸引了很多\n"
	    "市民观看。街道负责人介绍，今年的年货\n"
	    "市集比往年多了三十多个摊位。\n"
	    "\n"
	    "手艺人忙着赶制年货\n"
	    "竹编艺人陈伯这几天忙得脚不沾地，\n"
	    "他编的竹篮、灯笼一上架就被买走。他说，\n"
	    "老街改造后，来店里的年轻人多了，不少\n"
	    "人专门来学编竹篮。\n"
	    "老街上的糕点铺每天凌晨三点就开始\n"
	    "蒸年糕，排队的市民从店门口一直排到街\n"
	    "角。\n"
	    "\n"
	    "港区新航线开通\n"
	    "本报讯（记者 李敏）澄湖港区新航\n"
	    "线昨日开通，首批集装箱货轮满载驶出港\n"
	    "口。\n"
	    "港区负责人表示，新航线将带动临港\n"
	    "产业发展，预计全年新增集装箱吞吐量八\n"
	    "万标准箱。\n"
	    "\n");
	a = by_title(pg, "“老街是澄湖的，也是大家的”");
	assert_non_null(a);
	assert_true(a->nparagraphs > 2);
	assert_string_equal(a->paragraphs[0], "老街年味一天比一天浓");
	assert_non_null(by_title(pg, "湖港合作开新局"));
	parse_page_free(pg);
}

/*
 * parse-9.388: other papers' datelines.  A paper names itself, or a
 * source, before its place and date (澄湖日报澄湖3月7日电, 湖城晚报澄湖3月7日
 * 讯), or alone before its 讯 or 电 (澄湖日报电): each opens a story, as
 * 本报讯 does.  Lines that only start so are none: the end of a bracket
 * (…（湖城晚 ⏎⏎ 报澄湖3月7日电）), a name that runs on into a word (湖城晚
 * 报电子版, 3月8日电影周), a word that is no paper's name before 讯 (港区
 * 快讯（…）, 村民闻讯).
 */
static void
parse_9_388(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "澄湖日报澄湖3月7日电（记者 宋远帆）7日\n"
	    "上午，澄湖港区至南洋群岛的首条远洋集\n"
	    "装箱航线正式开通，首航船舶满载电子元\n"
	    "件和纺织品驶离码头。\n"
	    "据介绍，新航线每周往返一班，全程约\n"
	    "二十天，将为本地外贸企业节省大量物\n"
	    "流成本。\n"
	    "老街夜市重新开张\n"
	    "湖城晚报澄湖3月7日讯（记者 林知远）每\n"
	    "到周末晚上，澄湖老街的夜市就热闹起来，\n"
	    "小吃摊、手作摊前排起了长队。\n"
	    "湖滨公园樱花进入盛花期\n"
	    "澄湖日报电 连日来，湖滨公园的樱花\n"
	    "陆续绽放，吸引了大批市民前来赏花拍\n"
	    "照，园方增派人手维持秩序。\n"
	    "湖滨书市今日开张\n"
	    "【湖城晚报讯】湖滨书市今天开张，五十\n"
	    "多家书店参展。\n");
	assert_int_equal(pg->narticles, 4);
	assert_para_starts(by_title(pg, "湖滨书市今日开张"), "【湖城晚报讯】");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 2);
	assert_true(last_para_has(a, "节省大量物流成本"));
	a = by_title(pg, "老街夜市重新开张");
	assert_para_starts(a, "湖城晚报澄湖3月7日讯（记者林知远）每到");
	assert_int_equal(a->kind, PARSE_NEWS);
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_para_starts(a, "澄湖日报电连日来");
	parse_page_free(pg);

	pg = parse_str("2024年3月8日 星期五\n"
	    "第3版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "首航船舶满载电子元件和纺织品驶离码头，\n"
	    "消息当天就登上了\n"
	    "湖城晚报电子版头条。市民还可以查阅\n"
	    "港区的通告了解航线的详情。（湖城晚\n"
	    "\n"
	    "报澄湖3月7日电）\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "每到周末晚上，澄湖老街的夜市就热闹起\n"
	    "来，市民还可以查阅\n"
	    "港区快讯（第二期）了解夜市的详情。\n"
	    "3月8日电影周将在老街开幕，市民可预约。\n"
	    "3 月 8 日 电 影 周 也在老街。\n"
	    "摊位前排起了长队。\n"
	    "附近村民闻讯\n"
	    "赶来，不少游客也专程赶来。老街改造后接入了\n"
	    "物联网电\n"
	    "表和路灯。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_int_equal(a->nparagraphs, 1);
	assert_true(last_para_has(a, "登上了湖城晚报电子版头条"));
	assert_true(last_para_has(a, "（湖城晚报澄湖3月7日电）"));
	a = by_title(pg, "老街夜市重新开张");
	assert_para_starts(a, "每到周末晚上");
	assert_true(paras_have(pg, "老街夜市重新开张", "港区快讯（第二期）"));
	assert_true(paras_have(pg, "老街夜市重新开张", "3月8日电影周"));
	assert_true(paras_have(pg, "老街夜市重新开张", "电影周也在老街"));
	assert_true(paras_have(pg, "老街夜市重新开张", "附近村民闻讯"));
	assert_true(last_para_has(a, "物联网电表和路灯"));
	parse_page_free(pg);
}

/*
 * parse-9.389: other papers' bylines.  A role may be 记者 or 通讯员 after
 * what qualifies a reporter (本报全媒体记者, 首席记者), and a byline may
 * open with another mark than ■ (◆, □), which goes from the byline as ■
 * does: the byline parts title from text, on a page's first story too.
 * A photo's credit that names its role so (全媒体记者 … 摄) stays a
 * credit, and the title under it a title.  A list's items (●摄影大赛,
 * ●通讯员培训), a section's label (◆记者手记) and a title (小记者 大视
 * 野) are no bylines.
 */
static void
parse_9_389(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第5版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报全媒体记者 宋远帆\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通，首航船舶满载电\n"
	    "子元件和纺织品驶离码头。\n"
	    "据介绍，新航线每周往返一班，全程约\n"
	    "二十天，将为本地外贸企业节省大量物\n"
	    "流成本。\n"
	    "老街夜市重新开张\n"
	    "◆　首席记者 林知远 通讯员 周小禾\n"
	    "每到周末晚上，澄湖老街的夜市就热闹\n"
	    "起来，小吃摊、手作摊前排起了长队，\n"
	    "不少外地游客也专程赶来。\n"
	    "湖滨公园樱花进入盛花期\n"
	    "□记者 陈一鸣\n"
	    "连日来，湖滨公园的樱花陆续绽放，吸\n"
	    "引了大批市民前来赏花拍照，园方增派\n"
	    "人手维持秩序。\n");
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->byline, "本报全媒体记者 宋远帆");
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "老街夜市重新开张");
	assert_string_equal(a->byline, "首席记者 林知远 通讯员 周小禾");
	assert_para_starts(a, "每到周末晚上");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_string_equal(a->byline, "记者 陈一鸣");
	assert_para_starts(a, "连日来");
	parse_page_free(pg);

	pg = parse_str("湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续绽放，\n"
	    "吸引众多市民前来踏青赏花。\n"
	    "\n"
	    "全媒体记者 王强 马骁 汤颖 摄\n"
	    "澄湖经开 开局冲刺\n"
	    "——18个项目同日开工 总投资52.6亿元\n"
	    "湖城晚报澄湖3月13日电\n"
	    "（全媒体记者 陈思远 通讯员 顾\n"
	    "磊） 春风拂面，塔吊林立。昨天上午，\n"
	    "澄湖经济技术开发区举行项目集中开工\n"
	    "活动。\n");
	a = by_title(pg, "湖畔春色");
	assert_string_equal(a->byline, "全媒体记者 王强 马骁 汤颖 摄");
	a = by_title(pg, "澄湖经开 开局冲刺");
	assert_string_equal(a->subtitle, "——18个项目同日开工 总投资52.6亿元");
	assert_para_starts(a,
	    "湖城晚报澄湖3月13日电（全媒体记者陈思远通讯员顾磊）");
	parse_page_free(pg);

	pg = parse_str("城市新闻\n"
	    "\n"
	    "2024年3月8日 星期五\n"
	    "\n"
	    "湖城晚报 第7版\n"
	    "责任编辑：周立\n"
	    "\n"
	    "湖畔花市明起开张\n"
	    "□记者 王小禾\n"
	    "澄湖湖畔花市明天开张，六十\n"
	    "多家花农带来了兰花、杜鹃和茶\n"
	    "花。花市将开到本月底，每天早\n"
	    "上八点开门，晚上九点收摊。\n");
	a = by_title(pg, "湖畔花市明起开张");
	assert_string_equal(a->byline, "记者 王小禾");
	parse_page_free(pg);

	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯（记者 宋远帆）7日上午，澄湖港区\n"
	    "首条远洋航线正式开通。文化节设三项活动：\n"
	    "●摄影大赛\n"
	    "●通讯员培训\n"
	    "据介绍，新航线每周往返一班。\n"
	    "◆记者手记\n"
	    "航线开通那天，码头上挤满了人。\n"
	    "\n"
	    "小记者 大视野\n"
	    "本报讯（记者 林知远）3日，澄湖小学的\n"
	    "小记者们走进港区参观。\n"
	    "\n"
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续绽放，\n"
	    "吸引众多市民前来踏青赏花。\n"
	    "▲全媒体记者 王强 摄\n"
	    "澄湖经开 开局冲刺\n"
	    "本报讯（记者 陈思远）春风拂面，塔吊林\n"
	    "立。澄湖经济技术开发区举行项目集中开工\n"
	    "活动。\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->byline, "");
	assert_true(paras_have(pg, "澄湖港区新航线开通", "●摄影大赛"));
	assert_true(paras_have(pg, "澄湖港区新航线开通", "●通讯员培训"));
	assert_true(paras_have(pg, "澄湖港区新航线开通", "◆记者手记"));
	assert_string_equal(by_title(pg, "小记者 大视野")->byline, "");
	assert_string_equal(by_title(pg, "湖畔春色")->byline,
	    "全媒体记者 王强 摄");
	by_title(pg, "澄湖经开 开局冲刺");
	parse_page_free(pg);
}

/*
 * parse-9.391: bylines that name the paper or carry a label.  A paper's
 * name may stand before the role (湖城日报记者, 湖城晚报全媒体记者,
 * 晨报记者), as 本报 does, when a name follows: one of two or three
 * characters that opens on a surname, or more than one (栗舟 宋远帆); a
 * phrase after it (蹲点一线, 林间漫步) leaves a title.  A label may open a
 * byline (文/记者 …, 文/ and names alone, 文/图 …, 图/文 …) or a
 * picture's credit (图/ …), and goes from it as ■ does.  A credit its 摄
 * has closed takes no more lines, nor a label's names with no role but
 * names wrapped under them: the title under it stays a title.  Lines
 * that only start so are text: 文/体/旅融合, 港城日报记者 站里的….
 */
static void
parse_9_391(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第5版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "湖城日报记者 宋远帆\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通，首航船舶满载电\n"
	    "子元件和纺织品驶离码头。\n"
	    "老街夜市重新开张\n"
	    "文/记者 林知远 通讯员 周小禾\n"
	    "每到周末晚上，澄湖老街的夜市就热闹\n"
	    "起来，小吃摊、手作摊前排起了长队。\n"
	    "文/体/旅融合发展，是老街今年的新课\n"
	    "题，街道为此请来了专家。\n"
	    "湖滨公园樱花进入盛花期\n"
	    "文／陈一鸣\n"
	    "连日来，湖滨公园的樱花陆续绽放，吸\n"
	    "引了大批市民前来赏花拍照，其中有\n"
	    "港城日报记者 站里的三名记者\n"
	    "和几位摄影爱好者。\n"
	    "澄湖书展今起开幕\n"
	    "文/图 湖城晚报全媒体记者 王小禾\n"
	    "第五届澄湖书展今天在会展中心开幕，\n"
	    "两百多家出版单位参展。\n");
	assert_int_equal(pg->narticles, 4);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->byline, "湖城日报记者 宋远帆");
	assert_para_starts(a, "7日上午");
	a = by_title(pg, "老街夜市重新开张");
	assert_string_equal(a->byline, "记者 林知远 通讯员 周小禾");
	assert_true(paras_have(pg, "老街夜市重新开张", "文/体/旅融合发展"));
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_string_equal(a->byline, "陈一鸣");
	assert_true(paras_have(pg, "湖滨公园樱花进入盛花期",
	    "港城日报记者站里的三名记者"));
	a = by_title(pg, "澄湖书展今起开幕");
	assert_string_equal(a->byline, "湖城晚报全媒体记者 王小禾");
	assert_para_starts(a, "第五届澄湖书展");
	parse_page_free(pg);

	pg = parse_str("湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续绽放，\n"
	    "吸引众多市民前来踏青赏花。\n"
	    "图/王强\n"
	    "\n"
	    "湖城新貌\n"
	    "澄湖新城的第一批住户已经搬进新居，\n"
	    "小区里的樱花也开了。\n"
	    "本报记者 陆峰、马骁摄\n"
	    "澄湖经开 开局冲刺\n"
	    "——18个项目同日开工 总投资52.6亿元\n"
	    "本报讯（记者 陈思远）春风拂面，塔吊林\n"
	    "立。澄湖经济技术开发区举行项目集中开工\n"
	    "活动。\n");
	a = by_title(pg, "湖畔春色");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "王强");
	a = by_title(pg, "湖城新貌");
	assert_string_equal(a->byline, "本报记者 陆峰、马骁摄");
	a = by_title(pg, "澄湖经开 开局冲刺");
	assert_string_equal(a->subtitle, "——18个项目同日开工 总投资52.6亿元");
	parse_page_free(pg);

	pg = parse_str("湖滨公园樱花进入盛花期\n"
	    "晨报记者 顾小舟\n"
	    "连日来，湖滨公园的樱花陆续绽放，吸\n"
	    "引了大批市民前来赏花拍照。\n"
	    "\n"
	    "湖城电视台记者 蹲点一线\n"
	    "本报讯（记者 周小禾）今年春节，湖城电\n"
	    "视台派出多路记者到一线蹲点采访。\n"
	    "\n"
	    "湖城晚报记者 林间漫步\n"
	    "本报讯（记者 林知远）澄湖森林公园的\n"
	    "新步道昨天开放。\n"
	    "\n"
	    "澄湖书展今起开幕\n"
	    "湖城日报记者 栗舟 宋远帆\n"
	    "第五届澄湖书展今天在会展中心开幕，\n"
	    "两百多家出版单位参展。\n");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_string_equal(a->byline, "晨报记者 顾小舟");
	assert_para_starts(a, "连日来");
	a = by_title(pg, "湖城电视台记者 蹲点一线");
	assert_para_starts(a, "本报讯");
	a = by_title(pg, "湖城晚报记者 林间漫步");
	assert_para_starts(a, "本报讯");
	a = by_title(pg, "澄湖书展今起开幕");
	assert_string_equal(a->byline, "湖城日报记者 栗舟 宋远帆");
	parse_page_free(pg);

	/*
	 * A label's names with no role are whole on their line, but for
	 * names wrapped under them: two pictures' credits, each over the
	 * next picture's title.  图/文 and 文/图 sign the writer, who took
	 * the pictures too, and give no cue of the kind.
	 */
	pg = parse_str("湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续绽放，\n"
	    "吸引众多市民前来踏青赏花。\n"
	    "图/王强\n"
	    "湖城新貌\n"
	    "澄湖新城的第一批住户已经搬进新居，\n"
	    "小区里的樱花也开了。\n"
	    "图/李明\n");
	assert_int_equal(count_kind(pg, PARSE_PHOTO), 2);
	assert_string_equal(by_title(pg, "湖畔春色")->byline, "王强");
	assert_string_equal(by_title(pg, "湖城新貌")->byline, "李明");
	parse_page_free(pg);
	pg = parse_str("澄湖书展今起开幕\n"
	    "图/文 王小禾\n"
	    "第五届澄湖书展今天在会展中心开幕，\n"
	    "两百多家出版单位参展。\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "文/图林知远\n"
	    "每到周末晚上，澄湖老街的夜市就热闹\n"
	    "起来，小吃摊、手作摊前排起了长队。\n"
	    "\n"
	    "湖滨公园樱花进入盛花期\n"
	    "文/周小禾 顾小舟 宋远帆 林一\n"
	    "陈思远\n"
	    "连日来，湖滨公园的樱花陆续绽放，吸\n"
	    "引了大批市民前来赏花拍照。\n");
	a = by_title(pg, "澄湖书展今起开幕");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_string_equal(a->byline, "王小禾");
	a = by_title(pg, "老街夜市重新开张");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_string_equal(a->byline, "林知远");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_string_equal(a->byline, "周小禾 顾小舟 宋远帆 林一 陈思远");
	parse_page_free(pg);

	/* Surnames of two characters; 文 after 图/ as a surname. */
	pg = parse_str("澄湖书展今起开幕\n"
	    "湖城晚报记者 欧阳一鸣\n"
	    "第五届澄湖书展今天在会展中心开幕，\n"
	    "两百多家出版单位参展。\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "文/周小禾 顾小舟 宋远帆 林一\n"
	    "司马小舟\n"
	    "每到周末晚上，澄湖老街的夜市就热闹\n"
	    "起来，小吃摊、手作摊前排起了长队。\n"
	    "\n"
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续绽放，\n"
	    "吸引众多市民前来踏青赏花。\n"
	    "图/文静怡\n");
	assert_string_equal(by_title(pg, "澄湖书展今起开幕")->byline,
	    "湖城晚报记者 欧阳一鸣");
	assert_string_equal(by_title(pg, "老街夜市重新开张")->byline,
	    "周小禾 顾小舟 宋远帆 林一 司马小舟");
	a = by_title(pg, "湖畔春色");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "文静怡");
	parse_page_free(pg);
}

/*
 * parse-9.392: other papers' staff lines are furniture too: a staff word
 * after 本版 (本版责编：X  美编：Y  校对：Z), or a bare 编辑 with a slash
 * before more of the staff (编辑/X 美编/Y), at the page's top or foot.  A
 * line that opens on such a word with no colon, slash or space after it
 * (编辑部…, 本版推出…), or on a list of words (编辑/校对/印刷), is text.
 */
static void
parse_9_392(void **state)
{
	static const char *head[] = {
		"本版责编：沈嘉  美编：周明  校对：林一\n",
		"编辑/沈嘉 美编/周明\n" };
	struct parse_page	*pg;
	char			 buf[4096];
	size_t			 i, j, k;

	(void)state;
	for (i = 0; i < sizeof head / sizeof head[0]; i++) {
		snprintf(buf, sizeof buf, "%s\n%s\n%s", head[i],
		    PAGE_FLOW_BODY, head[i]);
		pg = parse_str(buf);
		assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
		for (j = 0; j < pg->narticles; j++) {
			assert_null(strstr(pg->articles[j].title, "沈嘉"));
			for (k = 0; k < pg->articles[j].nparagraphs; k++)
				assert_null(strstr(
				    pg->articles[j].paragraphs[k], "沈嘉"));
		}
		parse_page_free(pg);
	}
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯（记者 宋远帆）7日上午，澄湖港区\n"
	    "首条远洋航线正式开通。当天上午\n"
	    "编辑部的记者们也赶到码头\n"
	    "本版推出系列报道\n"
	    "据介绍，新航线每周往返一班。一份报纸\n"
	    "要经过采访、\n"
	    "编辑/校对/印刷\n"
	    "等多道工序。\n");
	assert_true(paras_have(pg, "澄湖港区新航线开通", "编辑部的记者们"));
	assert_true(paras_have(pg, "澄湖港区新航线开通", "本版推出系列报道"));
	assert_true(paras_have(pg, "澄湖港区新航线开通", "编辑/校对/印刷"));
	parse_page_free(pg);
}

/*
 * parse-9.393: continuation notes set bare, as some papers set them: 下转
 * or 上接 with no bracket, an arrow before or after or none (下转第2版◀,
 * ▶下转A3版, 上接第1版), on a line of their own or after a story's last
 * sentence (after its mark, a quotation's end or a space, a wide one
 * too).  下转 inside a sentence (这里的下转第 ⏎ 二版面…, …见下转第4版) is
 * text.
 */
static void
parse_9_393(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯（记者 宋远帆）7日上午，澄湖港区\n"
	    "至南洋群岛的首条远洋集装箱航线正式开\n"
	    "通。下转第2版◀\n"
	    "\n"
	    "湖滨公园樱花进入盛花期\n"
	    "本报讯（记者 陈一鸣）连日来，湖滨公园\n"
	    "的樱花陆续绽放。\n"
	    "▶下转A3版\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "本报讯（记者 林知远）每到周末晚上，澄\n"
	    "湖老街的夜市就热闹起来，这里的下转第\n"
	    "二版面有详细介绍，相关报道见下转第4版\n"
	    "的专题。\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->continued_to, "2");
	assert_int_equal(a->nparagraphs, 1);
	assert_null(strstr(a->paragraphs[0], "下转"));
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_string_equal(a->continued_to, "A3");
	a = by_title(pg, "老街夜市重新开张");
	assert_string_equal(a->continued_to, "");
	assert_true(paras_have(pg, "老街夜市重新开张", "这里的下转第二版面"));
	assert_true(paras_have(pg, "老街夜市重新开张", "见下转第4版的专题"));
	parse_page_free(pg);

	/*
	 * After a space, or a quotation's end, or where a 下转 of a word
	 * (地下转运站) stands before it.
	 */
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯（记者 宋远帆）7日上午，澄湖港区\n"
	    "至南洋群岛的首条远洋集装箱航线正式开\n"
	    "通，市民称“家门口就能出海了”　下转第2版\n"
	    "\n"
	    "澄湖新建垃圾转运站投用\n"
	    "本报讯（记者 宋远帆）昨天，澄湖区首座\n"
	    "全封闭垃圾转运站投入使用，生活垃圾将\n"
	    "先运往新建的地下转运站。下转第3版\n"
	    "\n"
	    "湖滨公园樱花进入盛花期\n"
	    "本报讯（记者 陈一鸣）连日来，湖滨公园\n"
	    "的樱花陆续绽放，市民说：“真美。”下转第4版\n");
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->continued_to, "2");
	a = by_title(pg, "澄湖新建垃圾转运站投用");
	assert_string_equal(a->continued_to, "3");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_string_equal(a->continued_to, "4");
	parse_page_free(pg);

	pg = parse_str("上接第1版\n"
	    "据介绍，新航线每周往返一班，全程约\n"
	    "二十天，将为本地外贸企业节省大量物\n"
	    "流成本。\n");
	assert_string_equal(pg->articles[0].continued_from, "1");
	assert_null(strstr(pg->articles[0].paragraphs[0], "上接"));
	parse_page_free(pg);
}

/*
 * parse-9.394: other papers' page headers are furniture at a page's edge:
 * the page's number (A05, 05) with a date, or with a letter or 版 and
 * parted by bars from a section's name (A05｜要闻｜2024年3月8日, 要闻丨A05,
 * under the paper's name), or alone on the page's first line (05 over
 * 要闻), or 第A05版.  A narrow column's lines that read so (…新签 ⏎ 约项目
 * 12 ⏎ 个，…; at a page's foot, …其中10 ⏎ 亿元以上 9 ⏎ 个，…) run on, and
 * stay; so do titles with a figure in them (2024 马拉松赛, 5G 网络…, G20
 * 峰会开幕, 湖城丨12 小时, 聚焦两会·5 大亮点).
 */
static void
parse_9_394(void **state)
{
	static const char *head[] = { "A05｜要闻｜2024年3月8日\n",
		"要闻丨A05\n", "05\n要闻\n", "第A05版：要闻\n" };
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				 buf[4096];
	size_t				 i, j;

	(void)state;
	for (i = 0; i < sizeof head / sizeof head[0]; i++) {
		snprintf(buf, sizeof buf, "%s\n%s", head[i], PAGE_FLOW_BODY);
		pg = parse_str(buf);
		assert_int_equal(pg->narticles, 2);
		for (j = 0; j < pg->narticles; j++)
			assert_string_equal(pg->articles[j].kicker, "");
		assert_false(page_keeps(pg, "05"));
		assert_false(page_keeps(pg, "要闻"));
		parse_page_free(pg);
	}
	pg = parse_str("2024 马拉松赛\n"
	    "本报讯（记者 宋远帆）昨天，2024澄湖马拉松\n"
	    "鸣枪开跑，两万名选手参赛。\n"
	    "\n"
	    "5G 网络覆盖全城\n"
	    "本报讯（记者 陈一鸣）近\n"
	    "年来，我市坚持项\n"
	    "目为王，今年新签\n"
	    "约项目 12\n"
	    "个，总投资86亿元，\n"
	    "去年引进项目\n"
	    "47 个，其中10\n"
	    "亿元以上 9\n"
	    "个，实际利用外资\n"
	    "2.86亿美元。\n");
	a = by_title(pg, "2024马拉松赛");
	assert_para_starts(a, "本报讯");
	assert_true(paras_have(pg, "5G网络覆盖全城", "新签约项目12个"));
	assert_true(paras_have(pg, "5G网络覆盖全城", "其中10亿元以上9个"));
	parse_page_free(pg);

	/*
	 * A title of a figure and a word at a page's top, a list's items,
	 * a match's scores and a sign's lines at its foot, a line after a
	 * form feed, and 第A3版 inside the page stay.
	 */
	pg = parse_str("12 小时\n"
	    "本报讯（记者 宋远帆）昨天，澄湖港区\n"
	    "新航线正式开通，首艘货轮驶离码头，随后\n"
	    "\f12\n"
	    "艘货轮将于本月陆续抵港。\n"
	    "本报将推出系列报道。\n"
	    "港区建设的详情，见\n"
	    "第A3版\n"
	    "的专题。今年重点建设的港区如下。\n"
	    "1 澄湖港区\n"
	    "2 湖城新港\n"
	    "当天比赛的比分如下。\n"
	    "澄湖队 3\n"
	    "湖城队 1\n"
	    "码头的指示牌写着：\n"
	    "B1 出口\n"
	    "B2 停车场\n");
	by_title(pg, "12小时");
	assert_true(page_keeps(pg, "12艘货轮"));
	assert_false(page_keeps(pg, "随后艘货轮"));
	assert_true(page_keeps(pg, "第A3版"));
	assert_true(page_keeps(pg, "2湖城新港"));
	assert_true(page_keeps(pg, "湖城队1"));
	assert_true(page_keeps(pg, "B2停车场"));
	parse_page_free(pg);

	pg = parse_str("G20 峰会开幕\n"
	    "本报讯（记者 宋远帆）昨天，澄湖港区\n"
	    "新航线正式开通。\n"
	    "\f湖城丨12 小时\n"
	    "本报讯（记者 陈一鸣）连日来，湖滨公园\n"
	    "的樱花陆续绽放。\n"
	    "\n"
	    "聚焦两会·5 大亮点\n");
	by_title(pg, "G20峰会开幕");
	by_title(pg, "湖城丨12小时");
	assert_true(page_keeps(pg, "5大亮点"));
	parse_page_free(pg);

	/* Under the paper's name, and parted by 丨. */
	pg = parse_str("湖城晚报\n"
	    "A05丨要闻丨2024年3月8日\n"
	    PAGE_FLOW_BODY);
	assert_int_equal(count_kind(pg, PARSE_NEWS), 2);
	for (j = 0; j < pg->narticles; j++) {
		assert_null(strstr(pg->articles[j].kicker, "A05"));
		assert_null(strstr(pg->articles[j].title, "A05"));
	}
	parse_page_free(pg);
}

/*
 * parse-9.395: more of other papers' bylines and credits.  A newsroom's
 * name may run to eight characters and end in 中心 (湖城广播电视台记者,
 * 湖城县融媒体中心记者), or stand a space from the role (湖城日报 记者 X);
 * two credits may share a line (文/本报记者 X 图/Y, 文/X 摄影/Y, 文/X
 * 图/受访者提供); a picture's source may have no name (图/受访者提供,
 * （受访者供图）, 受访者提供).  Lines that only start so stay text:
 * titles 湖城日报 记者节特刊, 会展中心 记者云集, 湖城日报 记者 蹲点一线
 * (no name after the role), 澄湖论坛 记者 王强 (no paper before it), a
 * sentence 受访者提供的照片….
 */
static void
parse_9_395(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("2024年3月8日 星期五\n"
	    "第5版\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "文/本报记者 宋远帆 图/王强\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通，首航船舶满载电\n"
	    "子元件和纺织品驶离码头。\n"
	    "老街夜市重新开张\n"
	    "湖城县融媒体中心记者 林知远\n"
	    "每到周末晚上，澄湖老街的夜市就热闹\n"
	    "起来，小吃摊、手作摊前排起了长队。\n"
	    "湖滨公园樱花进入盛花期\n"
	    "湖城广播电视台记者 陈一鸣\n"
	    "连日来，湖滨公园的樱花陆续绽放，吸\n"
	    "引了大批市民前来赏花拍照。\n"
	    "澄湖书展今起开幕\n"
	    "湖城日报 记者 王小禾\n"
	    "第五届澄湖书展今天在会展中心开幕，\n"
	    "两百多家出版单位参展。\n"
	    "湖城马拉松鸣枪开跑\n"
	    "文/顾小舟 摄影/周小禾\n"
	    "一万名跑者昨天从澄湖广场出发，沿湖\n"
	    "岸奔跑。\n"
	    "湖城半程马拉松开跑\n"
	    "文/顾小舟 图/受访者提供\n"
	    "一万名跑者昨天从澄湖广场出发，沿湖\n"
	    "岸奔跑。\n");
	assert_int_equal(pg->narticles, 6);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->byline, "本报记者 宋远帆 图/王强");
	assert_para_starts(a, "7日上午");
	a = by_title(pg, "老街夜市重新开张");
	assert_string_equal(a->byline, "湖城县融媒体中心记者 林知远");
	assert_para_starts(a, "每到周末");
	a = by_title(pg, "湖滨公园樱花进入盛花期");
	assert_string_equal(a->byline, "湖城广播电视台记者 陈一鸣");
	assert_para_starts(a, "连日来");
	a = by_title(pg, "澄湖书展今起开幕");
	assert_string_equal(a->byline, "湖城日报 记者 王小禾");
	assert_para_starts(a, "第五届");
	a = by_title(pg, "湖城马拉松鸣枪开跑");
	assert_string_equal(a->byline, "顾小舟 摄影/周小禾");
	assert_para_starts(a, "一万名");
	a = by_title(pg, "湖城半程马拉松开跑");
	assert_string_equal(a->byline, "顾小舟 图/受访者提供");
	assert_para_starts(a, "一万名");
	parse_page_free(pg);

	pg = parse_str("湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续绽放，\n"
	    "吸引众多市民前来踏青赏花。\n"
	    "图/受访者提供\n"
	    "湖城新貌\n"
	    "澄湖新城的第一批住户已经搬进新居，\n"
	    "小区里的樱花也开了。\n"
	    "（受访者供图）\n"
	    "老街新颜\n"
	    "改造后的澄湖老街恢复了青石板路面。\n"
	    "受访者提供\n"
	    "\n"
	    "湖城日报 记者节特刊\n"
	    "本报讯（记者 周小禾）今天是记者节，本\n"
	    "报推出特刊。受访者提供的照片记录了\n"
	    "一线记者的日常。\n"
	    "\n"
	    "会展中心 记者云集\n"
	    "本报讯（记者 林知远）澄湖书展开幕首日，\n"
	    "会展中心来了上百名记者。\n"
	    "\n"
	    "湖城日报 记者 蹲点一线\n"
	    "本报讯（记者 陈一鸣）今年春节，本报派\n"
	    "出多路记者到一线蹲点采访。\n"
	    "\n"
	    "澄湖论坛 记者 王强\n"
	    "本报讯（记者 宋远帆）第三届澄湖论坛昨\n"
	    "天开幕，本报记者王强主持开幕式。\n");
	a = by_title(pg, "湖畔春色");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "受访者提供");
	a = by_title(pg, "湖城新貌");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_para_starts(a, "澄湖新城");
	a = by_title(pg, "老街新颜");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_para_starts(a, "改造后");
	a = by_title(pg, "湖城日报 记者节特刊");
	assert_para_starts(a, "本报讯");
	assert_true(paras_have(pg, "湖城日报 记者节特刊", "受访者提供的照片"));
	a = by_title(pg, "会展中心 记者云集");
	assert_para_starts(a, "本报讯");
	a = by_title(pg, "湖城日报 记者 蹲点一线");
	assert_para_starts(a, "本报讯");
	a = by_title(pg, "澄湖论坛 记者 王强");
	assert_para_starts(a, "本报讯");
	parse_page_free(pg);
}

/*
 * parse-9.396: notes that say where an article came from in other
 * papers' words: （紧接第1版）, （接第1版）, (接第1版), on a line of their
 * own or opening the text.  A bracket that opens on 接 but names no page
 * is text: （接上级通知）….
 */
static void
parse_9_396(void **state)
{
	static const char *note[] = { "（紧接第1版）\n", "（紧接第1版）",
		"（接第1版）", "(接第1版)" };
	struct parse_page	*pg;
	char			 page[512];
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof note / sizeof note[0]; i++) {
		snprintf(page, sizeof page,
		    "%s据介绍，新航线每周往返一班，全程约\n"
		    "二十天，将为本地外贸企业节省大量物\n"
		    "流成本。\n",
		    note[i]);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, 1);
		assert_string_equal(pg->articles[0].continued_from, "1");
		assert_para_starts(&pg->articles[0], "据介绍");
		parse_page_free(pg);
	}
	pg = parse_str("（接上级通知）澄湖港区暂停夜间作业，\n"
	    "恢复时间另行通知。\n");
	assert_string_equal(pg->articles[0].continued_from, "");
	assert_para_starts(&pg->articles[0], "（接上级通知）");
	parse_page_free(pg);
}

/*
 * parse-9.397: bylines of city papers and sites.  A label may end in a
 * colon (采写：, 撰文：, 文：, 图文：, 摄影：) and 图： may follow the
 * writer's names; a site's name may follow the paper's after a dash or a
 * dot (湖城日报—湖城网记者, 湖城日报——湖城网记者, 湖城青年报·湖青在线
 * 记者), and end in 新闻 or 在线 there; a commentator signs as a reporter
 * does (湖城日报评论员 王强, 特约评论员 王强, 特约撰稿人 王强) and makes
 * the story commentary, and ■评论员 王强 signs the commentary above it.
 * Lines that only look so stay what they are: 图： alone opens a caption
 * (图：港区夜景) or names a source (图：受访者提供); a dash after no
 * paper's name, or before no site's, makes no byline (澄湖论坛—记者 王强,
 * 湖城晚报—十佳小记者 林小满); nor do 新闻记者 alone (优秀新闻记者 林小满),
 * a series' name (湖城日报 记者 田间行), a list's row after 文：
 * (文：历史 政治 地理), or names a sentence's colon opens onto (…。获奖作者
 * 是：); a title or a label that ends in a colon (两会声音：, 采写：) keeps
 * the byline under it.
 */
static void
parse_9_397(void **state)
{
	static const struct {
		const char	*line;
		const char	*byline;
		enum parse_kind	 kind;
	} by[] = {
		{ "采写：湖城都市报记者 王强", "湖城都市报记者 王强",
		    PARSE_NEWS },
		{ "撰文：王强", "王强", PARSE_NEWS },
		{ "文：王强 图：李明", "王强 图：李明", PARSE_NEWS },
		{ "摄影：湖城都市报记者 王强", "湖城都市报记者 王强",
		    PARSE_PHOTO },
		{ "湖城日报—湖城新闻记者 王强", "湖城日报—湖城新闻记者 王强",
		    PARSE_NEWS },
		{ "湖城日报——湖城网记者 王强", "湖城日报——湖城网记者 王强",
		    PARSE_NEWS },
		{ "湖城日报－湖城网记者 王强", "湖城日报－湖城网记者 王强",
		    PARSE_NEWS },
		{ "图文：本报记者 王强", "本报记者 王强", PARSE_NEWS },
		{ "湖城日报—湖城网记者 王强", "湖城日报—湖城网记者 王强",
		    PARSE_NEWS },
		{ "湖城青年报·湖青在线记者 王强",
		    "湖城青年报·湖青在线记者 王强", PARSE_NEWS },
		{ "湖城日报评论员 王强", "湖城日报评论员 王强",
		    PARSE_COMMENTARY },
		{ "特约评论员 王强", "特约评论员 王强", PARSE_COMMENTARY },
		{ "评论员 王强", "评论员 王强", PARSE_COMMENTARY },
		{ "本报评论员 王强", "本报评论员 王强", PARSE_COMMENTARY },
		{ "湖城日报特约撰稿人 王强", "湖城日报特约撰稿人 王强",
		    PARSE_COMMENTARY },
	};
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				 page[1024];
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof by / sizeof by[0]; i++) {
		snprintf(page, sizeof page,
		    "澄湖港区新航线开通\n"
		    "%s\n"
		    "7日上午，澄湖港区至南洋群岛的首条远\n"
		    "洋集装箱航线正式开通，首航船舶满载电\n"
		    "子元件和纺织品驶离码头。\n"
		    "\n"
		    "老街夜市重新开张\n"
		    "本报讯（记者 林知远）每到周末晚上，澄湖老\n"
		    "街的夜市就热闹起来。\n",
		    by[i].line);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, 2);
		a = by_title(pg, "澄湖港区新航线开通");
		assert_string_equal(a->byline, by[i].byline);
		assert_int_equal(a->kind, by[i].kind);
		assert_para_starts(a, "7日上午");
		parse_page_free(pg);
	}

	pg = parse_str("澄湖港区新航线开通\n"
	    "图：港区夜景\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通，首航船舶满载电\n"
	    "子元件和纺织品驶离码头。\n"
	    "\n"
	    "澄湖论坛—记者 王强\n"
	    "本报讯（记者 宋远帆）第三届澄湖论坛昨\n"
	    "天开幕，本报记者王强主持开幕式。\n"
	    "\n"
	    "湖城晚报—十佳小记者 林小满\n"
	    "本报讯（记者 周小禾）今年的十佳小记者\n"
	    "评选结果昨天揭晓。\n");
	assert_string_equal(pg->articles[0].byline, "");
	assert_true(page_keeps(pg, "港区夜景"));
	a = by_title(pg, "澄湖论坛—记者 王强");
	assert_para_starts(a, "本报讯");
	a = by_title(pg, "湖城晚报—十佳小记者 林小满");
	assert_para_starts(a, "本报讯");
	parse_page_free(pg);

	pg = parse_str("优秀新闻记者 林小满\n"
	    "二十年守望澄湖\n"
	    "本报讯（记者 林知远）二十年来，她的镜头一直\n"
	    "对准澄湖两岸的变迁。\n"
	    "\n"
	    "湖城日报 记者 田间行\n"
	    "本报讯（记者 周小禾）春耕时节，本报记者走进\n"
	    "澄湖两岸的田间地头。\n"
	    "\n"
	    "选科方案公布\n"
	    "本报讯（记者 林知远）湖城中学昨天公布了高\n"
	    "一学生的选科方案，按传统组合分班：\n"
	    "文：历史 政治 地理\n"
	    "理：物理 化学 生物\n"
	    "各组合的招生计划将另行公布。\n"
	    "文：历史 地理 生物\n"
	    "也可以选。各组合的课表印在\n"
	    "文：周末特刊\n"
	    "上。获奖作者是：\n"
	    "湖城日报 记者 王强\n"
	    "湖城县融媒体中心记者 陈一鸣\n"
	    "颁奖仪式将于下月举行。\n");
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "二十年守望澄湖");
	assert_string_equal(a->kicker, "优秀新闻记者 林小满");
	assert_string_equal(a->byline, "");
	a = by_title(pg, "湖城日报 记者 田间行");
	assert_string_equal(a->byline, "");
	a = by_title(pg, "选科方案公布");
	assert_string_equal(a->byline, "");
	assert_true(paras_have(pg, "选科方案公布", "文：历史政治地理"));
	assert_true(paras_have(pg, "选科方案公布", "文：历史地理生物"));
	assert_true(paras_have(pg, "选科方案公布", "文：周末特刊"));
	assert_true(paras_have(pg, "选科方案公布",
	    "湖城日报记者王强湖城县融媒体中心记者陈一鸣"));
	parse_page_free(pg);

	pg = parse_str("澄湖港区新航线开通\n"
	    "本报记者 宋远帆\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通。\n"
	    "\n"
	    "湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续绽放，\n"
	    "吸引众多市民前来踏青赏花。\n"
	    "图：受访者提供\n");
	a = by_title(pg, "湖畔春色");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "图：受访者提供");
	parse_page_free(pg);

	/* A label or a title that ends in a colon keeps its byline. */
	pg = parse_str("两会声音：\n"
	    "本报记者 王强\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通，首航船舶满载电\n"
	    "子元件和纺织品驶离码头。\n"
	    "\n"
	    "澄湖老街的新生\n"
	    "采写：\n"
	    "本报记者 李明\n"
	    "每到周末晚上，澄湖老街的夜市就热闹\n"
	    "起来，小吃摊、手作摊前排起了长队。\n");
	assert_string_equal(by_title(pg, "两会声音：")->byline,
	    "本报记者 王强");
	assert_string_equal(pg->articles[1].byline, "本报记者 李明");
	parse_page_free(pg);

	/* The signature under a commentary stays its. */
	pg = parse_str("让老街留住烟火气\n"
	    "老街改造，改的是路面，留的是烟火气。\n"
	    "街坊的小吃摊、手作摊，才是老街的魂。\n"
	    "■评论员 林知远\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报记者 宋远帆\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通。\n");
	a = by_title(pg, "让老街留住烟火气");
	assert_int_equal(a->kind, PARSE_COMMENTARY);
	assert_string_equal(a->byline, "评论员 林知远");
	assert_string_equal(by_title(pg, "澄湖港区新航线开通")->byline,
	    "本报记者 宋远帆");
	parse_page_free(pg);
}

/*
 * parse-9.398: datelines of newsrooms: a broadcaster's name of up to
 * eight characters (湖城广播电视台讯) or a newsroom's that ends in 中心
 * (湖城县融媒体中心讯) opens a story on a page of headings over bodies,
 * as 本报讯 does, with no heading over it: the story before it ends
 * there.  A name of nine characters does not (湖城市广播电视总台讯 runs
 * on), nor an ad's 电 话 spaced out (湖城会展服务中心电 话：…).
 */
static void
parse_9_398(void **state)
{
	static const char *lead[] = { "湖城广播电视台讯", "湖城县融媒体中心讯",
		"湖城市广播电视总台讯" };
	struct parse_page	*pg;
	char			 page[1024];
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof lead / sizeof lead[0]; i++) {
		snprintf(page, sizeof page,
		    "澄湖港区新航线开通\n"
		    "%s（记者 王强）7日上午，澄湖港区至南洋群\n"
		    "岛的首条远洋集装箱航线正式开通，首航\n"
		    "船舶满载电子元件和纺织品驶离码头。\n"
		    "%s（记者 王强）每到周末晚上，澄湖老街\n"
		    "的夜市就热闹起来，小吃摊、手作摊前排\n"
		    "起了长队。\n",
		    lead[i], lead[i]);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, i < 2 ? 2 : 1);
		if (i < 2) {
			assert_para_starts(&pg->articles[0], lead[i]);
			assert_para_starts(&pg->articles[1], lead[i]);
		}
		parse_page_free(pg);
	}

	/* An ad's 电 话 spaced out opens nothing. */
	pg = parse_str("澄湖会展中心招租\n"
	    "本中心现有展厅三间对外出租，面积从两百\n"
	    "到八百平方米不等，欢迎洽谈。\n"
	    "咨询：湖城县会展服务中心\n"
	    "湖城会展服务中心电 话：12345678\n"
	    "湖城人民广播电台电 话：87654321\n"
	    "澄湖会展服务中心电 12345678\n"
	    "地址：湖城县澄湖大道1号\n");
	assert_int_equal(pg->narticles, 1);
	assert_int_equal(pg->articles[0].kind, PARSE_AD);
	parse_page_free(pg);
}

/*
 * parse-9.399: bylines of papers that set a name close to its role, or
 * after a slash or a colon: 本报记者王强, 记者王强、李明, 记者/王强,
 * 记者：王强, 湖城晚报记者王强, 湖城晚报记者/王强, under a title or
 * signing a story's end.  What only looks so stays what it was: a
 * heading (记者连线, 记者手记, 记者面对面, 记者田间行, 记者节快乐,
 * 记者时评), a kicker (记者走基层), a credit (本报记者王强摄), a
 * reporter's question in an interview (记者：近年来，…, 记者：这些年),
 * and a narrow column's line that opens so (本报记者走访了, 记者向他).
 */
static void
parse_9_399(void **state)
{
	static const struct {
		const char *line;
		const char *byline;
	} by[] = {
		{ "本报记者王强", "本报记者王强" },
		{ "记者王强、李明", "记者王强、李明" },
		{ "记者王强 通讯员 李明", "记者王强 通讯员 李明" },
		{ "记者/王强", "记者/王强" },
		{ "记者：王强", "记者：王强" },
		{ "湖城晚报记者王强", "湖城晚报记者王强" },
		{ "湖城晚报记者/王强", "湖城晚报记者/王强" },
	};
	static const char *title[] = { "记者连线", "记者手记", "记者面对面",
		"记者田间行", "记者节快乐", "记者时评", "本报记者仝一鸣" };
	struct parse_page		*pg, *pg2;
	const struct parse_article	*a;
	char				 page[1024];
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof by / sizeof by[0]; i++) {
		snprintf(page, sizeof page,
		    "澄湖港区新航线开通\n"
		    "%s\n"
		    "7日上午，澄湖港区至南洋群岛的首条远\n"
		    "洋集装箱航线正式开通，首航船舶满载电\n"
		    "子元件和纺织品驶离码头。\n"
		    "\n"
		    "老街夜市重新开张\n"
		    "本报讯（记者 林知远）每到周末晚上，澄湖老\n"
		    "街的夜市就热闹起来。\n",
		    by[i].line);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, 2);
		a = by_title(pg, "澄湖港区新航线开通");
		assert_string_equal(a->byline, by[i].byline);
		assert_para_starts(a, "7日上午");
		parse_page_free(pg);
	}

	for (i = 0; i < sizeof title / sizeof title[0]; i++) {
		snprintf(page, sizeof page,
		    "%s\n"
		    "\n"
		    "7日上午，澄湖港区至南洋群岛的首条远\n"
		    "洋集装箱航线正式开通，首航船舶满载电\n"
		    "子元件和纺织品驶离码头。\n",
		    title[i]);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, 1);
		assert_string_equal(pg->articles[0].byline, "");
		assert_true(page_keeps(pg, title[i]));
		parse_page_free(pg);
	}

	pg = parse_str("港区夜景\n"
	    "7日晚，澄湖港区灯火通明，集装箱货轮\n"
	    "在夜色中进出港口。\n"
	    "本报记者王强摄\n"
	    "\n"
	    "澄湖作家谈创作\n"
	    "本报记者 林知远\n"
	    "记者：近年来，澄湖的作家们写了不少\n"
	    "关于老街的作品，原因是什么？\n"
	    "周小禾：老街是湖城人的记忆。\n");
	a = by_title(pg, "港区夜景");
	assert_int_equal(a->kind, PARSE_PHOTO);
	assert_string_equal(a->byline, "本报记者王强摄");
	a = by_title(pg, "澄湖作家谈创作");
	assert_string_equal(a->byline, "本报记者 林知远");
	assert_true(paras_have(pg, "澄湖作家谈创作", "记者：近年来"));
	parse_page_free(pg);

	/* Signing a story's end; a kicker over the next title. */
	pg = parse_str("澄湖港区新航线开通\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通，首航船舶满载电\n"
	    "子元件和纺织品驶离码头。\n"
	    "记者林知远\n"
	    "\n"
	    "记者走基层\n"
	    "湖城渔村的冬捕季\n"
	    "本报记者 宋远帆\n"
	    "天还没亮，澄湖北岸的渔村已经热闹起\n"
	    "来，渔民们驾船出湖收网。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->byline, "记者林知远");
	assert_para_starts(a, "7日上午");
	assert_true(page_keeps(pg, "记者走基层"));
	assert_string_equal(pg->articles[1].byline, "本报记者 宋远帆");
	parse_page_free(pg);

	/* A narrow column's lines, and an interview's. */
	pg = parse_str("湖城小巷里的修鞋摊\n"
	    "本报记者 宋远帆\n"
	    "在湖城东门老街\n"
	    "的巷口，有一个\n"
	    "开了三十年的修\n"
	    "鞋摊。近日，\n"
	    "本报记者走访了\n"
	    "这个小摊，摊主\n"
	    "老周正低头给一\n"
	    "双皮鞋换鞋跟。等\n"
	    "记者向他\n"
	    "问好，他才抬起\n"
	    "头来。\n"
	    "记者：这些年\n"
	    "生意怎么样？\n");
	assert_int_equal(pg->narticles, 1);
	assert_string_equal(pg->articles[0].byline, "本报记者 宋远帆");
	assert_true(
	    paras_have(pg, "湖城小巷里的修鞋摊", "近日，本报记者走访了"));
	assert_true(paras_have(pg, "湖城小巷里的修鞋摊", "等记者向他问好"));
	assert_true(paras_have(pg, "湖城小巷里的修鞋摊", "记者：这些年生意"));
	parse_page_free(pg);

	/*
	 * Under a title further down the page, a blank between or none;
	 * not under a byline, after a line that ends a sentence with text
	 * under it, after one that pauses twice or ends on a pause, nor
	 * under more lines than a title's since a blank.
	 */
	pg = parse_str("老街夜市重新开张\n"
	    "本报讯（记者 林知远）每到周末晚上，澄\n"
	    "湖老街的夜市就热闹起来。\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "记者王强\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通。\n"
	    "\n"
	    "湖城半程马拉松开跑\n"
	    "\n"
	    "记者宋远帆\n"
	    "一万名跑者昨天从澄湖广场出发，沿湖\n"
	    "岸跑完二十一公里。\n");
	assert_int_equal(pg->narticles, 3);
	assert_string_equal(by_title(pg, "澄湖港区新航线开通")->byline,
	    "记者王强");
	assert_string_equal(by_title(pg, "湖城半程马拉松开跑")->byline,
	    "记者宋远帆");
	parse_page_free(pg);

	/*
	 * Signing a story with the next title right under it, on two
	 * lines, and between stories set with no blank; under a title
	 * that ends on ！.
	 */
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报记者王强\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通。\n"
	    "老街夜市重新开张\n"
	    "本报记者林知远\n"
	    "每到周末晚上，澄湖老街的夜市就热闹\n"
	    "起来，小吃摊前排起了长队。\n"
	    "\n"
	    "澄湖环湖跑鸣枪\n"
	    "记者宋远帆\n"
	    "一万名跑者昨天从澄湖广场出发，沿湖\n"
	    "岸跑完二十一公里。\n"
	    "本报记者陈一鸣\n"
	    "通讯员李明\n"
	    "\n"
	    "湖城图书馆延时开放\n"
	    "本报讯（记者 周小禾）湖城图书馆从下月\n"
	    "起每晚开放到九点。\n"
	    "记者顾小舟\n"
	    "湖城半程马拉松开跑\n"
	    "本报讯（记者 宋远帆）一万名跑者昨天\n"
	    "从澄湖广场出发。\n"
	    "记者周小禾\n"
	    "\n"
	    "本报讯（记者 林知远）湖城夜市今晚起\n"
	    "延长营业到十一点。\n");
	assert_int_equal(pg->narticles, 6);
	assert_string_equal(by_title(pg, "湖城半程马拉松开跑")->byline,
	    "记者周小禾");
	assert_string_equal(by_title(pg, "澄湖港区新航线开通")->byline,
	    "本报记者王强");
	assert_string_equal(by_title(pg, "老街夜市重新开张")->byline,
	    "本报记者林知远");
	a = by_title(pg, "澄湖环湖跑鸣枪");
	assert_string_equal(a->byline, "记者宋远帆 本报记者陈一鸣 通讯员李明");
	assert_string_equal(by_title(pg, "湖城图书馆延时开放")->byline,
	    "记者顾小舟");
	assert_para_starts(by_title(pg, "湖城半程马拉松开跑"), "本报讯");
	parse_page_free(pg);

	/*
	 * After a story's sentence with text under it, a name set after a
	 * wide space is read as one after a space is.
	 */
	pg = parse_str("澄湖港区新航线开通\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通。\n"
	    "记者　王强\n"
	    "港区负责人介绍，新航线每周一班。\n");
	pg2 = parse_str("澄湖港区新航线开通\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通。\n"
	    "记者 王强\n"
	    "港区负责人介绍，新航线每周一班。\n");
	assert_int_equal(pg->narticles, pg2->narticles);
	assert_int_equal(pg->articles[0].nparagraphs,
	    pg2->articles[0].nparagraphs);
	assert_false(page_keeps(pg, "正式开通。记者"));
	parse_page_free(pg);
	parse_page_free(pg2);

	/*
	 * Set apart over a title, a column's name (记者马上办) is its
	 * kicker; a sentence's 记者王强说 in a narrow column is text.
	 */
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯 7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通，首航船舶驶离码头。\n"
	    "\n"
	    "记者马上办\n"
	    "澄湖老街路灯亮了\n"
	    "本报讯 每到周末晚上，澄湖老街的夜市就热闹起\n"
	    "来，可路灯坏了大半年。\n"
	    "\n"
	    "湖城港区新码头启用\n"
	    "本报讯 7日上午，湖城\n"
	    "港区新码头启用，首航\n"
	    "船舶驶离码头。\n"
	    "记者王强说\n"
	    "这是湖城第一条远洋\n"
	    "航线，意义重大。\n");
	assert_string_equal(pg->articles[0].byline, "");
	assert_true(page_keeps(pg, "记者马上办"));
	assert_string_equal(by_title(pg, "湖城港区新码头启用")->byline, "");
	assert_true(page_keeps(pg, "记者王强说"));
	parse_page_free(pg);

	/* Under a title that ends on ！, read as a spaced name is. */
	pg = parse_str("你是最棒的！\n"
	    "记者宋远帆\n"
	    "一万名跑者昨天从澄湖广场出发，沿湖\n"
	    "岸跑完二十一公里。\n");
	pg2 = parse_str("你是最棒的！\n"
	    "记者 宋远帆\n"
	    "一万名跑者昨天从澄湖广场出发，沿湖\n"
	    "岸跑完二十一公里。\n");
	assert_int_equal(pg->narticles, pg2->narticles);
	assert_int_equal(pg->articles[0].nparagraphs,
	    pg2->articles[0].nparagraphs);
	parse_page_free(pg);
	parse_page_free(pg2);

	/* Under another byline it goes on; after a sentence, text. */
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报记者王强\n"
	    "通讯员李明\n"
	    "7日上午，澄湖港区至南洋群岛的首条远\n"
	    "洋集装箱航线正式开通。\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "本报讯（记者 林知远）每到周末晚上，澄\n"
	    "湖老街的夜市就热闹起来。\n"
	    "记者向他\n"
	    "们问好的摊主有很多，大家都很热情。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖港区新航线开通");
	assert_string_equal(a->byline, "本报记者王强 通讯员李明");
	assert_para_starts(a, "7日上午");
	a = by_title(pg, "老街夜市重新开张");
	assert_string_equal(a->byline, "");
	assert_true(page_keeps(pg, "记者向他"));
	parse_page_free(pg);

	pg = parse_str("渔民老周的湖\n"
	    "本报记者 宋远帆\n"
	    "记者：这些年\n"
	    "澄湖的变化大\n"
	    "吗？\n"
	    "老周：大啊。\n"
	    "以前湖水浑得\n"
	    "很，现在清了。\n"
	    "老周说，每天\n"
	    "来收网的人都\n"
	    "多了。看到了\n"
	    "记者王强\n"
	    "来，也问好。\n"
	    "摊主老周说：\n"
	    "记者向他\n"
	    "问好的人多。\n"
	    "来的人多，前\n"
	    "天，来收网的\n"
	    "记者向他\n"
	    "招手。\n");
	assert_int_equal(pg->narticles, 1);
	assert_string_equal(pg->articles[0].byline, "本报记者 宋远帆");
	assert_true(paras_have(pg, "渔民老周的湖", "记者：这些年澄湖"));
	assert_true(paras_have(pg, "渔民老周的湖", "看到了记者王强来"));
	assert_true(paras_have(pg, "渔民老周的湖", "说：记者向他问好"));
	assert_true(paras_have(pg, "渔民老周的湖", "收网的记者向他招手"));
	parse_page_free(pg);

	pg = parse_str("湖城小巷里的修鞋摊\n"
	    "\n"
	    "在湖城东门老街\n"
	    "的巷口有一个开\n"
	    "了三十年的修鞋\n"
	    "摊摊主老周说他\n"
	    "每天都会看到\n"
	    "记者向他\n"
	    "问好便笑着点了\n"
	    "点头。\n");
	assert_int_equal(pg->narticles, 1);
	assert_string_equal(pg->articles[0].byline, "");
	assert_true(page_keeps(pg, "记者向他"));
	parse_page_free(pg);
}

/*
 * parse-9.400: credits and sources as other papers set them: a credit in
 * brackets (（本报记者 王强摄）), 资料图 for 资料图片 (本报资料图), and a
 * source named after a label that says so (图片来源：湖城晚报, 图源：
 * 湖城晚报).  Each ends its photo, and the story after it keeps its
 * title, also after a credit of who wrote the text and took its
 * pictures (（记者 王强 文/摄）).  Text that only looks so stays text: a
 * sentence that opens on such a label, and a narrow column's line that
 * ends on 资料图 (…珍贵的资料图 ⏎ 表).
 */
static void
parse_9_400(void **state)
{
	static const char *credit[] = { "（本报记者 王强摄）",
		"（湖城晚报记者 王强 摄）", "资料图", "（资料图）",
		"本报资料图",
		"图片来源：湖城晚报", "图源：湖城晚报" };
	static const char *signoff[] = { "（本报记者 王强 文/摄）",
		"（记者 王强 文/摄）", "（王强 文并摄）" };
	struct parse_page		*pg;
	const struct parse_article	*a;
	char				 page[1024];
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof credit / sizeof credit[0]; i++) {
		snprintf(page, sizeof page,
		    "老街夜市重新开张\n"
		    "本报讯（记者 林知远）每到周末晚上，澄湖老\n"
		    "街的夜市就热闹起来。\n"
		    "\n"
		    "湖畔春色\n"
		    "近日，澄湖风景区湖畔的早樱陆续绽放，\n"
		    "吸引众多市民前来踏青赏花。\n"
		    "%s\n"
		    "澄湖港区新航线开通\n"
		    "7日上午，澄湖港区至南洋群岛的首条远\n"
		    "洋集装箱航线正式开通，首航船舶满载电\n"
		    "子元件和纺织品驶离码头。\n",
		    credit[i]);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, 3);
		a = by_title(pg, "湖畔春色");
		assert_int_equal(a->kind, PARSE_PHOTO);
		assert_string_equal(a->byline, credit[i]);
		a = by_title(pg, "澄湖港区新航线开通");
		assert_para_starts(a, "7日上午");
		parse_page_free(pg);
	}

	pg = parse_str("湖畔春色\n"
	    "近日，澄湖风景区湖畔的早樱陆续绽放，\n"
	    "吸引众多市民前来踏青赏花。\n"
	    "图片来源：市民拍摄，记者已核实\n"
	    "这些照片已在网上流传多日。\n");
	assert_int_equal(pg->narticles, 1);
	assert_string_equal(pg->articles[0].byline, "");
	assert_true(paras_have(pg, "湖畔春色", "图片来源：市民拍摄"));
	parse_page_free(pg);

	pg = parse_str("湖城老照片展开幕\n"
	    "本报讯（记者 林知远）湖城\n"
	    "档案馆昨天举办老照片展，\n"
	    "展出三百多幅老照片和\n"
	    "一批珍贵的资料图\n"
	    "表，不少是首次公\n"
	    "开。\n");
	assert_int_equal(pg->articles[0].kind, PARSE_NEWS);
	assert_string_equal(pg->articles[0].byline, "");
	assert_true(paras_have(pg, "湖城老照片展开幕", "资料图表，不少"));
	parse_page_free(pg);

	for (i = 0; i < sizeof signoff / sizeof signoff[0]; i++) {
		snprintf(page, sizeof page,
		    "澄湖港区新航线开通\n"
		    "本报讯 7日上午，澄湖港区至南洋群岛的\n"
		    "首条远洋集装箱航线正式开通，首航船舶\n"
		    "满载电子元件和纺织品驶离码头。\n"
		    "%s\n"
		    "老街夜市重新开张\n"
		    "本报讯（记者 林知远）每到周末晚上，澄湖老\n"
		    "街的夜市就热闹起来。\n",
		    signoff[i]);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, 2);
		assert_string_equal(pg->articles[0].byline, signoff[i]);
		assert_para_starts(by_title(pg, "老街夜市重新开张"), "本报讯");
		parse_page_free(pg);
	}
}

/*
 * parse-9.401: a sign-off after a story's last line ((周小禾), (记者
 * 王强), (责任编辑：周小禾), (编辑：陈一鸣)) ends the story; what a blank
 * parts from it is not taken for a title when it cannot be one: a
 * dateline whose line breaks before any pause (the title set after the
 * story), or a line that fills its column, runs on and is cut from a
 * sentence (的澄湖老街…), a story going on in the next column.  A title
 * as wide as its column stays one.  A brief signed so stays news,
 * however short.
 */
static void
parse_9_401(void **state)
{
	struct parse_page		*pg;
	const struct parse_article	*a;

	(void)state;
	pg = parse_str("老街夜市重新开张\n"
	    "本报讯（记者林知远）每到周末晚上，澄\n"
	    "湖老街的夜市就热闹起来。华灯初上，夜\n"
	    "幕降临后，沿着青石板路一路走去，两旁\n"
	    "挂满灯笼\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报讯（记者王强）7日上午，澄湖港区\n"
	    "至南洋群岛的首条远洋集装箱航线正式开\n"
	    "通，首航船舶满载电子元件和纺织品驶离\n"
	    "码头。\n"
	    "（周小禾）\n"
	    "\n"
	    "的澄湖老街在五彩灯光映衬下显得格外迷\n"
	    "人，小吃摊、手作摊前排起了长队，不少\n"
	    "外地游客慕名而来。\n");
	assert_int_equal(pg->narticles, 2);
	assert_true(paras_have(pg, "老街夜市重新开张", "两旁挂满灯笼的澄湖"));
	assert_true(paras_have(pg, "澄湖港区新航线开通", "（周小禾）"));
	parse_page_free(pg);

	/* A title as wide after a sign-off, an earlier story left open. */
	pg = parse_str("老街夜市重新开张\n"
	    "本报讯（记者林知远）每到周末晚上，澄\n"
	    "湖老街的夜市就热闹起来。华灯初上，夜\n"
	    "幕降临后，沿着青石板路一路走去，两旁\n"
	    "挂满灯笼\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报讯（记者王强）7日上午，澄湖港区\n"
	    "至南洋群岛的首条远洋集装箱航线正式开\n"
	    "通，首航船舶满载电子元件驶离码头。\n"
	    "（周小禾）\n"
	    "\n"
	    "的士司机争当澄湖城市文明志愿服务员\n"
	    "一万名跑者昨天从澄湖广场出发，沿湖\n"
	    "岸跑完二十一公里，沿途市民夹道加油。\n"
	    "（编辑：以下为发言摘登）\n"
	    "周小禾：感谢大家。\n");
	assert_int_equal(pg->narticles, 3);
	assert_true(paras_have(pg, "的士司机争当澄湖城市文明志愿服务员",
	    "（编辑：以下为发言摘登）"));
	parse_page_free(pg);

	/* A title that ends on 的 after a sign-off, no story left open. */
	pg = parse_str("老街夜市重新开张\n"
	    "本报讯（记者林知远）每到周末晚上，澄\n"
	    "湖老街的夜市就热闹起来。华灯初上，夜\n"
	    "幕降临后，沿着青石板路一路走去，两旁\n"
	    "的小吃摊前排起了长队。\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报讯（记者王强）7日上午，澄湖港区\n"
	    "至南洋群岛的首条远洋集装箱航线正式开\n"
	    "通，首航船舶满载电子元件驶离码头。\n"
	    "（周小禾）\n"
	    "\n"
	    "澄湖老街的好日子都是大家一起拼出来的\n"
	    "去年以来，湖城老街商户数量翻了一番，\n"
	    "夜市客流比前年多了三成。\n");
	assert_int_equal(pg->narticles, 3);
	assert_para_starts(
	    by_title(pg, "澄湖老街的好日子都是大家一起拼出来的"), "去年以来");
	parse_page_free(pg);

	pg = parse_str("老年食堂覆盖城乡\n"
	    "本报澄湖1月14日电 据了\n"
	    "解，今年我市计划新建和\n"
	    "提升老年食堂30家，实现\n"
	    "城乡社区助餐服务全覆盖\n"
	    "，让老人们在家门口就能\n"
	    "吃上热乎饭。\n"
	    "（本报澄湖1月14日电）\n"
	    "\n"
	    "跑出项目建设“加速度”\n"
	    "大抓项目，抓大项目。\n"
	    "今年以来，我市围绕“项\n"
	    "目攻坚年”部署，建立市\n"
	    "领导联系重大项目制度，\n"
	    "对重大项目实行清单化管\n"
	    "理。\n");
	assert_int_equal(pg->narticles, 2);
	assert_para_starts(by_title(pg, "跑出项目建设“加速度”"), "大抓项目");
	parse_page_free(pg);

	pg = parse_str("老街夜市重新开张\n"
	    "本报讯（记者林知远）每到周末晚上，澄\n"
	    "湖老街的夜市就热闹起来。华灯初上，夜\n"
	    "幕降临后，小吃摊前排起了长队，而且\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报讯（记者王强）7日上午，澄湖港区\n"
	    "至南洋群岛的首条远洋集装箱航线正式开\n"
	    "通，首航船舶满载电子元件和纺织品驶离\n"
	    "码头。\n"
	    "（记者 周小禾）\n"
	    "\n"
	    "不少外地游客也慕名来到夜市品尝澄湖的\n"
	    "特色小吃。\n");
	assert_int_equal(pg->narticles, 2);
	assert_true(paras_have(pg, "老街夜市重新开张", "而且不少外地游客"));
	parse_page_free(pg);

	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯（记者王强）7日上午，澄湖港区\n"
	    "至南洋群岛的首条远洋集装箱航线正式开\n"
	    "通，首航船舶满载电子元件和纺织品驶离\n"
	    "码头。\n"
	    "（记者 周小禾）\n"
	    "\n"
	    "本报澄湖3月7日电 为进\n"
	    "一步繁荣夜间经济，澄湖老街夜市昨晚重\n"
	    "新开张，小吃摊、手作摊前排起了长队。\n"
	    "\n"
	    "老街夜市重新开张\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "老街夜市重新开张");
	assert_string_equal(a->subtitle, "");
	assert_para_starts(a, "本报澄湖3月7日电");
	assert_true(paras_have(pg, "澄湖港区新航线开通", "（记者周小禾）"));
	parse_page_free(pg);

	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯（记者 王强）7日上午，澄湖港区\n"
	    "至南洋群岛的首条远洋集装箱航线正式开\n"
	    "通，首航船舶满载电子元件驶离码头。\n"
	    "（责任编辑：周小禾）\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "本报讯（记者 林知远）每到周末晚上，澄\n"
	    "湖老街的夜市就热闹起来。\n"
	    "（编辑：陈一鸣）\n"
	    "\n"
	    "湖城半程马拉松开跑\n"
	    "本报讯（记者 宋远帆）一万名跑者昨天\n"
	    "从澄湖广场出发。\n");
	assert_int_equal(pg->narticles, 3);
	assert_true(
	    paras_have(pg, "澄湖港区新航线开通", "（责任编辑：周小禾）"));
	a = by_title(pg, "老街夜市重新开张");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_true(paras_have(pg, "老街夜市重新开张", "（编辑：陈一鸣）"));
	assert_int_equal(by_title(pg, "湖城半程马拉松开跑")->kind, PARSE_NEWS);
	parse_page_free(pg);
}

/*
 * parse-9.402: sign-offs a page repeats are no running head: one
 * reporter's briefs each signed （王强）, or each story ended （完）, keep
 * their sign-offs, and each story ends on its own.  A closing mark on a
 * line of its own beside the page's furniture (…的支持。⏎”⏎第2版) is the
 * sentence's, not a section's name dropped with the furniture.
 */
static void
parse_9_402(void **state)
{
	static const char *sign[] = { "（王强）", "（完）" };
	struct parse_page	*pg;
	char			 page[2048];
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof sign / sizeof sign[0]; i++) {
		snprintf(page, sizeof page,
		    "澄湖港区新航线开通\n"
		    "7日上午，澄湖港区至南洋群岛的首条远\n"
		    "洋集装箱航线正式开通。\n"
		    "%s\n"
		    "\n"
		    "老街夜市重新开张\n"
		    "每到周末晚上，澄湖老街的夜市就热闹\n"
		    "起来，小吃摊前排起了长队。\n"
		    "%s\n"
		    "\n"
		    "湖城半程马拉松开跑\n"
		    "一万名跑者昨天从澄湖广场出发，沿湖\n"
		    "岸跑完二十一公里。\n"
		    "%s\n",
		    sign[i], sign[i], sign[i]);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, 3);
		assert_true(paras_have(pg, "澄湖港区新航线开通", sign[i]));
		assert_true(paras_have(pg, "老街夜市重新开张", sign[i]));
		assert_true(paras_have(pg, "湖城半程马拉松开跑", sign[i]));
		parse_page_free(pg);
	}

	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯（记者 王强）7日上午，澄湖港区至南洋群\n"
	    "岛的首条远洋集装箱航线正式开通。港区负\n"
	    "责人说：“感谢大家的支持。\n"
	    "”\n"
	    "第2版\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "本报讯（记者 林知远）每到周末晚上，澄湖老\n"
	    "街的夜市就热闹起来。\n");
	assert_int_equal(pg->narticles, 2);
	assert_true(paras_have(pg, "澄湖港区新航线开通", "的支持。”"));
	assert_false(page_keeps(pg, "第2版"));
	parse_page_free(pg);
}

/*
 * parse-9.403: a byline over a dateline (本报记者 王强⏎本报讯 …), set
 * apart from it or not, or a title and its deck read as text over them:
 * the dateline opens the text of the story the byline signs, not a story
 * of its own under no title.
 */
static void
parse_9_403(void **state)
{
	static const char *gap[] = { "", "\n" };
	static const char *dateline[] = { "本报讯", "本报湖城1月5日电" };
	const struct parse_article *a;
	struct parse_page	   *pg;
	char			    page[2048];
	size_t			    i, k;

	(void)state;
	for (i = 0; i < 2; i++) {
		for (k = 0; k < 2; k++) {
			snprintf(page, sizeof page,
			    "湖城今年再添三座公园\n"
			    "本报记者 王强\n"
			    "%s%s 湖城市园林局昨日宣布，今年将\n"
			    "在澄湖东岸新建三座口袋公园，总面积约\n"
			    "十二公顷，预计年底前全部开放。\n"
			    "\n"
			    "澄湖龙舟赛鸣锣开赛\n"
			    "本报记者 李明 通讯员 周小满\n"
			    "%s%s 第十届澄湖龙舟赛昨日鸣锣开赛\n"
			    "，来自全市的二十四支队伍参加角逐，岸\n"
			    "边观众超过两万人。\n",
			    gap[i], dateline[k], gap[i], dateline[k]);
			pg = parse_str(page);
			assert_int_equal(pg->narticles, 2);
			a = by_title(pg, "湖城今年再添三座公园");
			assert_string_equal(a->byline, "本报记者 王强");
			assert_para_starts(a, dateline[k]);
			a = by_title(pg, "澄湖龙舟赛鸣锣开赛");
			assert_para_starts(a, dateline[k]);
			assert_true(paras_have(pg, "澄湖龙舟赛鸣锣开赛",
			    "二十四支队伍"));
			parse_page_free(pg);
		}
	}

	pg = parse_str("湖城老街改造方案公示\n"
	    "澄湖区昨日公示老街改造方案，保留青石板路和老字号招牌，"
	    "增设步道和停车位\n"
	    "本报记者 赵丽\n"
	    "本报讯 湖城老街改造方案公示以来，不\n"
	    "少市民提出意见，希望保留老字号招牌。\n"
	    "\n"
	    "澄湖龙舟赛鸣锣开赛\n"
	    "本报记者 李明\n"
	    "本报讯 第十届澄湖龙舟赛昨日鸣锣开赛\n"
	    "，来自全市的二十四支队伍参加角逐。\n");
	assert_int_equal(pg->narticles, 2);
	assert_true(paras_have(pg, "湖城老街改造方案公示", "少市民提出意见"));
	parse_page_free(pg);

	/* A commentary's signature ends it: the dateline under it does not. */
	pg = parse_str("让老街留住烟火气\n"
	    "老街改造，要留住老字号，也要留住街坊\n"
	    "邻里的烟火气，这是老街的根。\n"
	    "\n"
	    "本报评论员\n"
	    "本报讯（记者 宋远帆）一万名跑者昨天\n"
	    "从澄湖广场出发，沿湖岸跑完二十一公里\n"
	    "。\n");
	assert_int_equal(pg->narticles, 2);
	assert_false(paras_have(pg, "让老街留住烟火气", "一万名跑者"));
	parse_page_free(pg);
}

/*
 * parse-9.404: titles that exclaim or ask (澄湖龙舟赛，开赛了！), on a
 * line or two, over a byline, or set apart over a lead that says their
 * words.  A question set apart that says the words of the story above
 * it, or one right after a sentence's end, is that story's text.
 */
static void
parse_9_404(void **state)
{
	const struct parse_article *a;
	struct parse_page	   *pg;

	(void)state;
	pg = parse_str("湖城今年再添三座公园\n"
	    "本报记者 王强\n"
	    "本报讯 湖城市园林局昨日宣布，今年将\n"
	    "在澄湖东岸新建三座口袋公园，总面积约\n"
	    "十二公顷，预计年底前全部开放。\n"
	    "\n"
	    "澄湖龙舟赛，开赛了！\n"
	    "本报记者 李明\n"
	    "本报讯 第十届澄湖龙舟赛昨日鸣锣开赛\n"
	    "，来自全市的二十四支队伍参加角逐，岸\n"
	    "边观众超过两万人。\n"
	    "\n"
	    "谁来守护\n"
	    "老街的记忆？\n"
	    "本报记者 赵丽\n"
	    "湖城老街改造方案公示以来，不少市民提\n"
	    "出意见，希望保留青石板路和老字号招牌\n"
	    "。\n");
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "澄湖龙舟赛，开赛了！");
	assert_string_equal(a->byline, "本报记者 李明");
	assert_para_starts(a, "本报讯");
	a = by_title(pg, "谁来守护老街的记忆？");
	assert_para_starts(a, "湖城老街改造方案");
	parse_page_free(pg);

	pg = parse_str("湖城今年再添三座公园\n"
	    "本报讯 湖城市园林局昨日宣布，今年将\n"
	    "在澄湖东岸新建三座口袋公园，总面积约\n"
	    "十二公顷，预计年底前全部开放。\n"
	    "\n"
	    "龙舟竞渡，澄湖沸腾了！\n"
	    "本报讯 第十届澄湖龙舟赛昨日鸣锣开赛\n"
	    "，来自全市的二十四支龙舟队伍参加角逐\n"
	    "，澄湖岸边观众超过两万人，龙舟竞渡的\n"
	    "鼓声响彻湖面。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "龙舟竞渡，澄湖沸腾了！");
	assert_para_starts(a, "本报讯");
	parse_page_free(pg);

	pg = parse_str("湖城今年再添三座公园\n"
	    "湖城市园林局昨日宣布，今年将在澄湖东\n"
	    "岸新建三座口袋公园，总面积约十二公顷\n"
	    "，预计年底前全部开放。公园里种什么？\n"
	    "\n"
	    "公园里种水杉还是种樱花？\n"
	    "园林局负责人说，新公园将保留原有\n"
	    "的水杉林，并在公园步道两旁种上樱花，\n"
	    "口袋公园里还将增设儿童游乐设施。\n");
	assert_int_equal(pg->narticles, 1);
	assert_true(paras_have(pg, "湖城今年再添三座公园", "种水杉还是"));
	parse_page_free(pg);

	/*
	 * A story's last line after a column break, and the byline that
	 * signs it after it, or a commentary's signature: the story's.
	 */
	pg = parse_str("澄湖龙舟赛鸣锣开赛\n"
	    "第十届澄湖龙舟赛昨日鸣锣开赛，来自全\n"
	    "市的二十四支龙舟队伍参加角逐，岸边观\n"
	    "众超过两万人。\n"
	    "\n"
	    "澄湖龙舟队加油！\n"
	    "本报记者 李明\n"
	    "\n"
	    "让老街留住烟火气\n"
	    "老街改造，要留住老字号，也要留住街坊\n"
	    "邻里的烟火气，这是老街的根。\n"
	    "\n"
	    "让我们一起守护老街！\n"
	    "本报评论员\n"
	    "湖城半程马拉松开跑\n"
	    "本报讯（记者 宋远帆）一万名跑者昨天\n"
	    "从澄湖广场出发。\n");
	assert_int_equal(pg->narticles, 3);
	assert_true(paras_have(pg, "澄湖龙舟赛鸣锣开赛", "龙舟队加油！"));
	assert_true(paras_have(pg, "让老街留住烟火气", "一起守护老街！"));
	by_title(pg, "湖城半程马拉松开跑");
	parse_page_free(pg);
}

/*
 * parse-9.405: a continuation note with spaces the extractor set in it
 * (（ 下转第2版 ）, （下 转 A3 版）, ▶ 下转 A3 版), on a line of its own or
 * at the end of a line of text, ends its story and says where it goes
 * on.  Reporters' names in brackets with spaces (（ 记者 王强 ）) are no
 * note.
 */
static void
parse_9_405(void **state)
{
	static const struct {
		const char *note, *page;
	} notes[] = { { "（ 下转第2版 ）", "2" }, { "（下 转 A3 版）", "A3" },
		{ "▶ 下转 A3 版", "A3" }, { "（ 转第 十二 版 ）", "12" } };
	const struct parse_article *a;
	struct parse_page	   *pg;
	char			    page[2048];
	size_t			    i, tail;

	(void)state;
	for (i = 0; i < sizeof notes / sizeof notes[0]; i++) {
		for (tail = 0; tail < 2; tail++) {
			snprintf(page, sizeof page,
			    "澄湖港区新航线开通\n"
			    "本报讯（记者 王强）7日上午，澄湖港区至南\n"
			    "洋群岛的首条远洋集装箱航线正式开通。%s"
			    "%s\n"
			    "\n"
			    "老街夜市重新开张\n"
			    "本报讯（记者 林知远）每到周末晚上，澄湖老\n"
			    "街的夜市就热闹起来。\n",
			    tail ? "" : "\n", notes[i].note);
			pg = parse_str(page);
			assert_int_equal(pg->narticles, 2);
			a = by_title(pg, "澄湖港区新航线开通");
			assert_string_equal(a->continued_to, notes[i].page);
			assert_false(paras_have(pg, "澄湖港区新航线开通", "转"));
			parse_page_free(pg);
		}
	}

	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯 7日上午，澄湖港区至南洋群岛的首条\n"
	    "远洋集装箱航线正式开通。\n"
	    "（ 记者 王强 ）\n");
	assert_true(paras_have(pg, "澄湖港区新航线开通", "（记者王强）"));
	assert_string_equal(pg->articles[0].continued_to, "");
	parse_page_free(pg);
}

/* The race story the cases of parse-9.406 tell on. */
#define RACE_TITLE "澄湖龙舟赛鸣锣开赛\n"
#define RACE_LEAD				\
	"第十届澄湖龙舟赛昨日上午在澄湖\n"	\
	"南岸鸣锣开赛，来自全市的二十四支队\n"
#define RACE_CROWD "伍参加角逐，岸边观众超过两万人。\n"

/*
 * parse-9.406: what a title that exclaims or asks (parse-9.404) is not: the
 * rest of a sentence a column break left alone at the next column's head
 * (…一浪高过一浪⏎⏎的加油声响彻湖面！); a lead's first words under a title
 * and its byline (好消息！); a story's last line over the byline that signs
 * it, the next story's title under that (a line right over a dateline or
 * set apart from it), or a dateline set apart under it that says none of
 * its words.  Nor does a dateline go on a byline set apart under a story's
 * last sentence (parse-9.403).
 */
static void
parse_9_406(void **state)
{
	static const char race[] = RACE_TITLE RACE_LEAD RACE_CROWD
	    "湖滨街道代表队以两分零五秒的成\n"
	    "绩夺得男子组冠军。\n"
	    "\n";
	static const char *after[] = {
		"明年的赛场，我们再相会！\n本报记者 李明\n"
		"湖城老街夜市今晚重新开张\n本报讯 湖城老街夜市今晚重新开张\n",
		"明年的赛场，我们再相会！\n本报记者 李明\n"
		"湖城老街夜市今晚重新开张\n\n本报讯 湖城老街夜市今晚重新开张\n",
		"明年的赛场，我们再相会！\n本报记者 李明\n\n"
		"本报讯 湖城老街夜市今晚重新开张\n",
		"本报记者 李明\n本报讯 湖城老街夜市今晚重新开张\n",
	};
	const struct parse_article *a;
	struct parse_page	   *pg;
	char			    page[2048];
	size_t			    i;

	(void)state;
	pg = parse_str(RACE_TITLE RACE_LEAD RACE_CROWD
	    "比赛进入决赛阶段，岸边观众纷纷\n"
	    "站起身来，挥舞着手中的小旗，齐声为\n"
	    "家乡的队伍呐喊助威，一浪高过一浪\n"
	    "\n"
	    "的加油声响彻湖面！\n"
	    "最终，湖滨街道代表队以两分零五\n"
	    "秒的成绩夺得男子组冠军，东岸街道代\n"
	    "表队获得女子组冠军。\n");
	assert_int_equal(pg->narticles, 1);
	assert_true(paras_have(pg, "澄湖龙舟赛鸣锣开赛", "一浪的加油声"));
	parse_page_free(pg);

	pg = parse_str(RACE_TITLE
	    "本报记者 李明\n"
	    "好消息！\n" RACE_LEAD RACE_CROWD);
	assert_int_equal(pg->narticles, 1);
	assert_true(paras_have(pg, "澄湖龙舟赛鸣锣开赛", "好消息！"));
	parse_page_free(pg);

	pg = parse_str(RACE_TITLE "好消息！\n" RACE_LEAD RACE_CROWD);
	assert_int_equal(pg->narticles, 1);
	assert_true(paras_have(pg, "澄湖龙舟赛鸣锣开赛", "好消息！"));
	parse_page_free(pg);

	for (i = 0; i < sizeof after / sizeof after[0]; i++) {
		snprintf(page, sizeof page,
		    "%s%s"
		    "，一百二十个摊位将迎接八方来客，夜\n"
		    "市将持续营业至十月底。\n",
		    race, after[i]);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, 2);
		a = by_title(pg, "澄湖龙舟赛鸣锣开赛");
		assert_string_equal(a->byline, "本报记者 李明");
		assert_false(
		    paras_have(pg, "澄湖龙舟赛鸣锣开赛", "一百二十个摊位"));
		if (i < 3)
			assert_true(paras_have(pg, "澄湖龙舟赛鸣锣开赛",
			    "我们再相会！"));
		parse_page_free(pg);
	}

	/* Nor over a byline: the rest of a sentence, a story's last line. */
	pg = parse_str(RACE_TITLE RACE_LEAD
	    "伍参加角逐，岸边观众齐声呐喊，一浪\n"
	    "高过一浪\n"
	    "\n"
	    "的欢呼声响彻湖面！\n"
	    "本报记者 李明\n"
	    "湖滨街道代表队以两分零五秒的成\n"
	    "绩夺得男子组冠军，东岸街道代表队获\n"
	    "得女子组冠军，观众久久不愿离去。\n");
	assert_int_equal(pg->narticles, 1);
	assert_true(paras_have(pg, "澄湖龙舟赛鸣锣开赛", "的欢呼声"));
	parse_page_free(pg);

	pg = parse_str("澄湖老街改造完工\n"
	    "澄湖老街改造工程昨日完工，青石板路\n"
	    "和老字号招牌都保留了下来，这是街坊\n"
	    "们盼了多年的事情。\n"
	    "\n"
	    "老街，欢迎你回来！\n"
	    "本报记者 王强\n"
	    "湖城公交新开\n"
	    "三条线路\n"
	    "\n"
	    "本报讯 湖城公交集团昨日宣布，新开\n"
	    "三条线路，方便市民前往老街。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "澄湖老街改造完工");
	assert_string_equal(a->byline, "本报记者 王强");
	assert_true(paras_have(pg, "澄湖老街改造完工", "欢迎你回来！"));
	parse_page_free(pg);

	/*
	 * A brief that ends on a number to call, signed, and the next set
	 * apart under it: two briefs.
	 */
	pg = parse_str("湖城简讯\n"
	    "本报讯 湖城图书馆新馆昨日开放试运\n"
	    "行，开放时间为每天9时至21时，\n"
	    "咨询电话：0573-85110520\n"
	    "本报记者 王强\n"
	    "\n"
	    "本报讯 澄湖街道日前启动老旧小区改\n"
	    "造，预计年底前全部完工。\n"
	    "通讯员 李明\n");
	assert_int_equal(pg->narticles, 2);
	assert_string_equal(by_title(pg, "湖城简讯")->byline, "本报记者 王强");
	assert_false(paras_have(pg, "湖城简讯", "老旧小区"));
	parse_page_free(pg);
}

/*
 * parse-9.407: a photo's credit with 摄影 set apart after a reporter's
 * names (本报记者 王强 摄影, 通讯员 李明 摄影) is a credit.  A title that
 * ends on the word (爱上摄影, 走进 摄影), a line of text (…体验 VR 摄影), or
 * the byline of a reporter who wrote the story and took its pictures (本报
 * 记者 王强 文/摄影) is none.
 */
static void
parse_9_407(void **state)
{
	static const char *credit[] = { "本报记者 王强 摄影",
		"新华社记者 王强 摄影", "通讯员 李明 摄影" };
	const struct parse_article *a;
	struct parse_page	   *pg;
	char			    page[2048];
	size_t			    i;

	(void)state;
	for (i = 0; i < sizeof credit / sizeof credit[0]; i++) {
		snprintf(page, sizeof page,
		    "澄湖龙舟赛鸣锣开赛\n"
		    "本报讯 第十届澄湖龙舟赛昨日鸣锣开赛\n"
		    "，来自全市的二十四支队伍参加角逐。\n"
		    "\n"
		    "龙舟健儿奋力划桨冲向终点。\n"
		    "%s\n"
		    "\n"
		    "爱上摄影\n"
		    "本报讯（记者 李明）湖城摄影节昨日开\n"
		    "幕，展出作品三百余幅。\n",
		    credit[i]);
		pg = parse_str(page);
		assert_int_equal(pg->narticles, 3);
		assert_int_equal(count_kind(pg, PARSE_PHOTO), 1);
		assert_string_equal(
		    by_title(pg, "澄湖龙舟赛鸣锣开赛")->byline, "");
		assert_false(paras_have(pg, "澄湖龙舟赛鸣锣开赛", "划桨"));
		assert_int_equal(by_title(pg, "爱上摄影")->kind, PARSE_NEWS);
		parse_page_free(pg);
	}

	pg = parse_str("澄湖湿地迎来候鸟\n"
	    "本报记者 王强 文/摄影\n"
	    "\n"
	    "本报讯 入冬以来，澄湖湿地迎来大批越\n"
	    "冬候鸟，市民可以在观鸟台体验 VR 摄影\n"
	    "和无人机操控，感受候鸟迁徙的壮观。\n"
	    "\n"
	    "走进 摄影\n"
	    "本报讯（记者 李明）湖城摄影节昨日开\n"
	    "幕，展出作品三百余幅。\n");
	assert_int_equal(pg->narticles, 2);
	assert_int_equal(count_kind(pg, PARSE_PHOTO), 0);
	a = by_title(pg, "澄湖湿地迎来候鸟");
	assert_string_equal(a->byline, "本报记者 王强 文/摄影");
	assert_true(paras_have(pg, "澄湖湿地迎来候鸟", "VR摄影和无人机"));
	by_title(pg, "走进 摄影");
	parse_page_free(pg);
}

/*
 * parse-9.408: a brief too short to measure its own column by, on a page
 * of titles over their stories, is measured by its widest line: a line
 * short of it that ends a sentence ends a paragraph there too.  The
 * brief's two paragraphs had run together into one.
 */
static void
parse_9_408(void **state)
{
	const struct parse_article *a;
	struct parse_page	   *pg;

	(void)state;
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报讯（记者 王强）澄湖港区至南洋群\n"
	    "岛的集装箱新航线昨日开通，首批货轮满\n"
	    "载机电产品驶出港口，运往南洋群岛的十\n"
	    "二个港口。\n"
	    "新航线每周往返两班，全年预计运量\n"
	    "三十万箱，比去年增加三成，可为沿线企\n"
	    "业节省物流费用约一成。\n"
	    "\n"
	    "湿地花展开幕\n"
	    "本报讯 澄湖湿地公园春季花展今日开\n"
	    "幕，市民踏青赏花。\n"
	    "园方增开两条公交专线方便游客出行。\n");
	assert_int_equal(pg->narticles, 2);
	assert_int_equal(by_title(pg, "澄湖港区新航线开通")->nparagraphs, 2);
	a = by_title(pg, "湿地花展开幕");
	assert_int_equal(a->nparagraphs, 2);
	assert_string_equal(a->paragraphs[1],
	    "园方增开两条公交专线方便游客出行。");
	parse_page_free(pg);
}

/*
 * parse-9.409: a brief's sign-off run in after its last sentence (…增长
 * 一成。（王强）), with the mark that it is done (（完）) or that mark
 * alone, ends the brief: the line set apart after it is the next
 * brief's title.  The briefs had run into one.  A bracket of words that
 * are no names (（湖城）) or that point to a picture (（左图）), or names
 * or the mark after no sentence's end, end nothing.  A pen name on a
 * line of its own (（晓岚）) signs a brief, common surname or not.
 */
static void
parse_9_409(void **state)
{
	static const char *const ends[] = { "。（王强）", "。（王强）（完）",
		"。（完）", "。（记者 王强）", "！（王强）", "”（完）",
		"。（记者 王强 湖城3月5日电）", "。\n（晓岚）" };
	static const char *const goes[] = { "。（湖城）", "（王强）", "（完）",
		"。（左图）" };
	struct parse_page	*pg;
	char			 buf[2048];
	size_t			 i;

	(void)state;
	for (i = 0; i < 12; i++) {
		const char *e = i < 8 ? ends[i] : goes[i - 8];

		snprintf(buf, sizeof buf, "湖城新闻\n"
		    "澄湖港区新航线开通\n"
		    "本报电 澄湖港区至南洋群岛的集\n"
		    "装箱新航线昨日开通，首批货轮满\n"
		    "载机电产品驶出港口，运往南洋群\n"
		    "岛的十二个港口。新航线每周往返\n"
		    "两班，全年预计运量三十万箱，比\n"
		    "去年增长一成%s\n"
		    "\n"
		    "企业之家把服务送到车间园区\n"
		    "日前，湖城区企业之家走进澄湖工\n"
		    "业园，为二十多家企业解答用工、\n"
		    "融资和税务方面的问题。企业之家\n"
		    "每月走进一个园区，把服务送到车\n"
		    "间，今年已为三百多家企业办成实\n"
		    "事%s\n"
		    "\n"
		    "湿地公园春季花展今日开幕\n"
		    "澄湖湿地公园春季花展今日开幕，\n"
		    "市民踏青赏花。园方增开两条公交\n"
		    "专线方便游客出行。\n",
		    e, e);
		pg = parse_str(buf);
		if (i < 8) {
			assert_int_equal(pg->narticles, 3);
			by_title(pg, "企业之家把服务送到车间园区");
			by_title(pg, "湿地公园春季花展今日开幕");
		} else
			assert_int_equal(pg->narticles, 1);
		parse_page_free(pg);
	}
}

/*
 * parse-9.410: a photo's credit as names and a slash before 摄影 (王强/摄
 * 影, 王强、李文／摄影, 湖城日报记者 王强/摄影) credits the caption over it:
 * the caption had run into the story above and the credit stood as a
 * title.  文/摄影 after the names (王强 文/摄影) is a writer's, and a
 * section's name (旅行/摄影) no photographer's: no credit.
 */
static void
parse_9_410(void **state)
{
	static const char *const credits[] = { "王强/摄影", "王强、李文／摄影",
		"湖城日报记者 王强/摄影", "王强 李文/摄影", "王强 文/摄影",
		"旅行/摄影" };
	const struct parse_article *a;
	struct parse_page	   *pg;
	char			    buf[2048];
	size_t			    i;

	(void)state;
	for (i = 0; i < 6; i++) {
		snprintf(buf, sizeof buf, "澄湖港区新航线开通\n"
		    "本报讯（记者 陈明）澄湖港区至南洋群岛\n"
		    "的集装箱新航线昨日开通，首批货轮满载\n"
		    "机电产品驶出港口，运往南洋群岛的十二\n"
		    "个港口。\n"
		    "新航线每周往返两班，全年预计运量三十\n"
		    "万箱，比去年增长一成。\n"
		    "\n"
		    "市民在澄湖湿地公园赏花。\n"
		    "%s\n"
		    "\n"
		    "企业之家把服务送到车间\n"
		    "本报讯（记者 李文）湖城区企业之家昨天\n"
		    "走进澄湖工业园，为二十多家企业解答用\n"
		    "工、融资和税务方面的问题。\n",
		    credits[i]);
		pg = parse_str(buf);
		a = by_title(pg, "澄湖港区新航线开通");
		if (i < 4) {
			assert_int_equal(a->nparagraphs, 2);
			assert_int_equal(count_kind(pg, PARSE_PHOTO), 1);
		} else
			assert_int_equal(count_kind(pg, PARSE_PHOTO), 0);
		by_title(pg, "企业之家把服务送到车间");
		parse_page_free(pg);
	}
}

/*
 * parse-9.411: a question or an exclamation set apart as a paragraph of its
 * own after a finished sentence, that the paragraph under it answers or
 * echoes in its words (这条航线能走多远？⏎⏎…这条航线能走多远，关键在于…),
 * is its story's text, not a title: a story asks and answers, and an
 * interview (问：…？⏎⏎答：…) or an explainer's questions stay whole.
 */
static void
parse_9_411(void **state)
{
	static const struct {
		const char *page, *title;
		size_t	    paras;
	} pages[] = {
		{ "澄湖港区新航线开通\n"
		    "本报讯（记者 陈明）澄湖港区至南洋群岛的\n"
		    "集装箱新航线昨日开通，首批货轮满载机电\n"
		    "产品驶出港口，运往南洋群岛的十二个港口\n"
		    "。新航线每周往返两班，全年预计运量三十\n"
		    "万箱，比去年增长一成。\n"
		    "\n"
		    "这条航线能走多远？\n"
		    "\n"
		    "业内人士认为，这条航线能走多远，关键在\n"
		    "于货源是否稳定。目前港区已与二十多家企\n"
		    "业签订协议，货源有了保障。航线运营方表\n"
		    "示，将根据市场需求增加班次。\n",
		    "澄湖港区新航线开通", 3 },
		{ "澄湖夜市重新开张\n"
		    "本报讯（记者 陈明）停业半年的澄湖夜市\n"
		    "昨晚重新开张，二百多个摊位灯火通明，\n"
		    "游客摩肩接踵。摊主张大姐说，开张第一\n"
		    "天，营业额就比去年翻了一番。\n"
		    "\n"
		    "真是太热闹了！\n"
		    "\n"
		    "“真是太热闹了，比过年还热闹。”来自外\n"
		    "地的游客李先生说。夜市管理方介绍，今\n"
		    "年夜市新增了文创摊位和非遗展示区。\n",
		    "澄湖夜市重新开张", 3 },
		{ "让群众办事更方便\n"
		    "——访市政务服务中心主任张华\n"
		    "本报记者 李明\n"
		    "\n"
		    "去年以来，市政务服务中心推出一网通办\n"
		    "改革，群众办事跑腿次数大幅减少。日前，\n"
		    "本报记者专访了中心主任张华。\n"
		    "\n"
		    "问：一网通办改革进展如何？\n"
		    "\n"
		    "答：目前一网通办已覆盖全市九成以上的\n"
		    "政务服务事项，群众足不出户就能办成事。\n"
		    "改革进展总体顺利。\n"
		    "\n"
		    "问：下一步还有哪些打算？\n"
		    "\n"
		    "答：下一步，我们将推动更多事项掌上办，\n"
		    "让数据多跑路、群众少跑腿。\n",
		    "让群众办事更方便", 5 },
		{ "孩子近视了 家长别慌\n"
		    "本报讯（记者 陈明）暑假过后，眼科门诊\n"
		    "迎来就诊高峰。市眼科医院专家提醒，家长\n"
		    "要科学对待孩子的视力问题。\n"
		    "\n"
		    "孩子近视了怎么办？\n"
		    "\n"
		    "专家介绍，孩子近视了，首先要到正规医\n"
		    "院检查，排除假性近视，再配戴合适的眼\n"
		    "镜。\n"
		    "\n"
		    "近视能治好吗？\n"
		    "\n"
		    "专家表示，真性近视目前还不能治好，但\n"
		    "可以控制。近视度数增长过快的孩子，可\n"
		    "在医生指导下使用低浓度阿托品。\n",
		    "孩子近视了 家长别慌", 5 },
	};
	struct parse_page *pg;
	size_t		   i;

	(void)state;
	for (i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		pg = parse_str(pages[i].page);
		assert_int_equal(pg->narticles, 1);
		assert_int_equal(by_title(pg, pages[i].title)->nparagraphs,
		    pages[i].paras);
		parse_page_free(pg);
	}
}

/*
 * parse-9.412: the same line twice in a row is a line in fake bold
 * (parse-9.5), said once: a heading, a quoted title, an editor's note set
 * in bold line by line.  Not a sentence said twice that a line of text
 * leads into (…齐声高喊：): a chant, kept twice.
 */
static void
parse_9_412(void **state)
{
	struct parse_page *pg;
	char		  *all, *at;

	(void)state;
	pg = parse_str("澄湖龙舟赛鸣锣开赛\n"
	    "本报讯（记者 李明）第十届澄湖龙舟赛昨日开赛，\n"
	    "岸边观众齐声高喊：\n"
	    "澄湖加油！湖城加油。\n"
	    "澄湖加油！湖城加油。\n"
	    "湖滨街道代表队夺得男子组冠军。\n");
	assert_int_equal(pg->narticles, 1);
	all = paras(by_title(pg, "澄湖龙舟赛鸣锣开赛"));
	at = strstr(all, "澄湖加油！湖城加油。");
	assert_non_null(at);
	assert_non_null(strstr(at + 1, "澄湖加油！湖城加油。"));
	free(all);
	parse_page_free(pg);

	pg = parse_str("“我们等这一天等了很久。”\n"
	    "“我们等这一天等了很久。”\n"
	    "澄湖新航线开通\n"
	    "本报讯 澄湖港区至南洋群岛的集装箱新航线昨日开\n"
	    "通，首批货轮满载机电产品驶出港口。\n"
	    "编者按：澄湖新航线昨日开通。湖城港口，\n"
	    "编者按：澄湖新航线昨日开通。湖城港口，\n"
	    "本报今起推出系列报道，敬请关注。\n"
	    "本报今起推出系列报道，敬请关注。\n");
	assert_int_equal(page_count(pg, "我们等这一天等了很久"), 1);
	assert_int_equal(page_count(pg, "编者按"), 1);
	assert_int_equal(page_count(pg, "本报今起推出系列报道"), 1);
	parse_page_free(pg);
}

/*
 * parse-9.413: a heading set letter-spaced, as some extractors give it
 * (招 聘, “ e” 键 传 递), says its characters as one run; a space between
 * phrases stays, also between a phrase and one character or such a run
 * (今天 阴, 澄湖 港 新航线开通, 会见 王 毅).  A body line's spaces go as
 * before.
 */
static void
parse_9_413(void **state)
{
	static const struct {
		const char *line, *want;
	} c[] = {
		{ "招 聘", "招聘" },
		{ "“ e” 键 传 递 新 年 好", "“e” 键传递新年好" },
		{ "湖城观察 澄 湖 新 航 线", "湖城观察 澄湖新航线" },
		{ "春 暖 花 开 澄湖港", "春暖花开 澄湖港" },
		{ "市长 会见 王 毅", "市长 会见 王毅" },
		{ "今天 阴", "今天 阴" },
		{ "澄湖 港 新航线开通", "澄湖 港 新航线开通" },
		{ "澄湖港区 新航线开通", "澄湖港区 新航线开通" },
	};
	struct parse_page *pg;
	char		   page[512], *s;
	size_t		   i;

	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		snprintf(page, sizeof page,
		    "%s\n\n本报讯 澄湖港区至南洋群岛的首条远洋集装箱航线"
		    "昨日正式开通，首批货轮满载机电产品驶出港口。\n",
		    c[i].line);
		pg = parse_str(page);
		(void)by_title(pg, c[i].want);
		parse_page_free(pg);
	}
	pg = parse_str("澄湖新航线开通\n\n本报讯 澄 湖 港区至南洋群岛的首条"
	    "远洋集装箱航线昨日正式开通。\n");
	s = paras(by_title(pg, "澄湖新航线开通"));
	assert_non_null(strstr(s, "澄湖港区至南洋群岛"));
	free(s);
	parse_page_free(pg);
}

/*
 * parse-9.414: a page printed in traditional characters reads as the same
 * page in simplified ones: its furniture (責任編輯), datelines (本報澄湖…
 * 電), bylines (本報記者), 本報訊 and weather box (天氣預報, 多雲, 偏北
 * 風) are the cues they are in 本报, 记者, 天气预报.  What it prints comes
 * out as printed.  A character the page also prints in its simplified
 * form (報 and 报), or in two traditional forms (發 and 髮), stays as
 * printed wherever it stands.
 */
static void
parse_9_414(void **state)
{
	static const char story[] =
	    "澄湖港區新航線開通\n"
	    "本報澄湖3月7日電（記者 宋遠帆）7日上\n"
	    "午，澄湖港區至南洋羣島的首條遠洋集裝\n"
	    "箱航線正式開通，首批貨輪滿載機電產品\n"
	    "駛出港口。\n"
	    "據介紹，新航線每周往返一次，將爲本地\n"
	    "企業節省大量運輸時間。\n";
	struct parse_page	   *pg;
	const struct parse_article *a;
	char			    buf[4096], *s;
	size_t			    i;

	(void)state;
	snprintf(buf, sizeof buf,
	    "2024年3月8日 星期五\n"
	    "第2版 要聞\n"
	    "責任編輯：林曉\n"
	    "\n"
	    "%s"
	    "湖城老街修繕完工\n"
	    "本報記者 趙麗\n"
	    "本報訊 經過一年的修繕，湖城老街日前重\n"
	    "新開放，沿街二十多座老房子恢復了原貌。\n"
	    "市民紛紛前來參觀，老街再次熱鬧起來。\n"
	    "\n"
	    "天氣預報\n"
	    "今天多雲，午後轉晴。明天晴到多雲，偏北風3到4級。\n"
	    "今天白天最高氣溫16℃，明天早晨最低氣溫5℃。\n",
	    story);
	pg = parse_str(buf);
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "澄湖港區新航線開通");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 2);
	assert_string_equal(a->paragraphs[1],
	    "據介紹，新航線每周往返一次，將爲本地企業節省大量運輸時間。");
	a = by_title(pg, "湖城老街修繕完工");
	assert_string_equal(a->byline, "本報記者 趙麗");
	s = paras(a);
	assert_non_null(strstr(s, "本報訊"));
	free(s);
	assert_non_null(pg->weather);
	assert_string_equal(pg->weather->today, "多雲，午後轉晴");
	assert_string_equal(pg->weather->wind, "偏北風3到4級");
	assert_int_equal(pg->weather->high, 16);
	assert_int_equal(pg->weather->low, 5);
	for (i = 0; i < pg->narticles; i++)
		assert_null(strstr(pg->articles[i].title, "責任編輯"));
	parse_page_free(pg);

	/* Both forms of a character on the page: each stays as printed. */
	snprintf(buf, sizeof buf, "%s"
	    "\n"
	    "湖城日报创刊七十周年\n"
	    "本報訊 湖城日报昨日迎來創刊七十周年，老讀者理髮師"
	    "王師傅帶來了一份發黃的創刊號。\n",
	    story);
	pg = parse_str(buf);
	a = by_title(pg, "湖城日报创刊七十周年");
	s = paras(a);
	assert_non_null(strstr(s, "本報訊湖城日报昨日迎來創刊七十周年"));
	assert_non_null(strstr(s, "理髮師王師傅帶來了一份發黃的創刊號"));
	free(s);
	s = paras(by_title(pg, "澄湖港區新航線開通"));
	assert_non_null(strstr(s, "本報澄湖3月7日電"));
	free(s);
	parse_page_free(pg);
}

/*
 * parse-9.415: corner quotes (「」『』), as papers of Taiwan and Hong Kong
 * print them, are read as the curly ones (“”‘’): a quoted subhead of two
 * lines stays in its article, as it does in curly quotes, and the text
 * keeps the quotes the page printed.  It was taken for another story's
 * title.
 */
static void
parse_9_415(void **state)
{
	static const char page[] =
	    "湖城老街修缮完工\n"
	    "本报记者 赵丽\n"
	    "\n"
	    "本报讯 经过一年的修缮，湖\n"
	    "城老街日前重新开放，沿街二\n"
	    "十多座老房子恢复了原貌，市\n"
	    "民纷纷前来参观，老街再次热\n"
	    "闹起来。老工匠周师傅说，「老\n"
	    "街要原样留给下一代人。」\n"
	    "「请把这条老街\n"
	    "一直留下去」\n"
	    "市文旅局的工作人员曾到\n"
	    "老街走访居民。一听说要修老\n"
	    "街，人们一下子就围了上来。\n"
	    "「什么时候动工？」「能不能\n"
	    "修成原样？」「请把这条老街一\n"
	    "直留下去！」工作人员当场记\n"
	    "了下来。\n"
	    "修缮工程由市文旅局牵头，\n"
	    "聘请了多位老工匠，按照旧时\n"
	    "的做法一砖一瓦地修补。\n";
	struct parse_page *pg;
	char		  *s;

	(void)state;
	pg = parse_str(page);
	assert_int_equal(pg->narticles, 1);
	s = paras(by_title(pg, "湖城老街修缮完工"));
	assert_non_null(strstr(s, "「请把这条老街"));
	assert_non_null(strstr(s, "「什么时候动工？」「能不能修成原样？」"));
	assert_null(strstr(s, "“"));
	free(s);
	parse_page_free(pg);
}

/*
 * parse-9.416: papers of Taiwan and Hong Kong sign and open their stories
 * their own way: a byline that says where the story was reported from
 * (記者趙麗／湖城報導, also in 〔〕 at its first paragraph's start), the
 * agency's dateline in brackets ahead of the first paragraph (（中央社記者…
 * 7日電）), and a paper's own story (【湖城日報專訊】).  Each opens a story
 * of its own, as 本报记者, 新华社…电 and 本报讯 do.
 */
static void
parse_9_416(void **state)
{
	struct parse_page	   *pg;
	const struct parse_article *a;
	char			   *s;

	(void)state;
	pg = parse_str("湖城老街修繕完工\n"
	    "記者趙麗／湖城報導\n"
	    "\n"
	    "經過一年的修繕，湖城老街日前重新開放，沿街二十多座老房子恢復"
	    "了原貌，市民紛紛前來參觀，老街再次熱鬧起來。\n"
	    "修繕工程由市文旅局牽頭，聘請了多位老工匠，按照舊時的做法一磚"
	    "一瓦地修補。\n"
	    "\n"
	    "澄湖港區新航線開通\n"
	    "（中央社記者宋遠帆湖城7日電）澄湖港區至南洋群島的首條遠洋集裝"
	    "箱航線7日正式開通，首批貨輪滿載機電產品駛出港口。\n"
	    "據介紹，新航線每周往返一次，將為本地企業節省大量運輸時間。\n"
	    "\n"
	    "市民踴躍參加植樹節活動\n"
	    "〔記者林曉／湖城報導〕植樹節當天，上千名市民來到澄湖濕地公園，"
	    "種下各類樹苗兩千餘株。\n"
	    "活動由市園林局主辦。\n");
	assert_int_equal(pg->narticles, 3);
	a = by_title(pg, "湖城老街修繕完工");
	assert_string_equal(a->byline, "記者趙麗／湖城報導");
	assert_int_equal(a->nparagraphs, 2);
	a = by_title(pg, "澄湖港區新航線開通");
	assert_int_equal(a->kind, PARSE_NEWS);
	assert_int_equal(a->nparagraphs, 2);
	(void)by_title(pg, "市民踴躍參加植樹節活動");
	parse_page_free(pg);

	pg = parse_str("湖城老街修繕完工\n"
	    "【湖城日報專訊】經過一年的修繕，湖城老街日前重新開放，沿街二十"
	    "多座老房子恢復了原貌，市民紛紛前來參觀。\n"
	    "修繕工程由市文旅局牽頭，聘請了多位老工匠。\n"
	    "澄湖港區新航線開通\n"
	    "【湖城日報專訊】澄湖港區至南洋群島的首條遠洋集裝箱航線昨日正式"
	    "開通，首批貨輪滿載機電產品駛出港口。\n"
	    "據介紹，新航線每周往返一次。\n");
	assert_int_equal(pg->narticles, 2);
	s = paras(by_title(pg, "澄湖港區新航線開通"));
	assert_ptr_equal(strstr(s, "【湖城日報專訊】澄湖港區"), s);
	assert_non_null(strstr(s, "據介紹"));
	free(s);
	parse_page_free(pg);

	/* The agency's lead is dated: words that start so are no dateline. */
	s = xstrdup("中央社會工作部召開電視電話會議，部署全年工作。");
	assert_true(parse_fold_plain(s, strlen(s)) > 0);
	assert_false(parse_is_dateline(s, strlen(s)));
	free(s);
	s = xstrdup("中央社會工作部7日電視電話會議部署全年工作。");
	parse_fold_plain(s, strlen(s));
	assert_false(parse_is_dateline(s, strlen(s)));
	free(s);
	s = xstrdup("（中央社記者宋遠帆湖城7日電）澄湖港區新航線開通。");
	parse_fold_plain(s, strlen(s));
	assert_true(parse_is_dateline(s, strlen(s)));
	pg = parse_str("澄湖港區新航線開通\n"
	    "\n"
	    "本報訊 澄湖港區至南洋群島的首條遠洋集裝箱航線昨日正式開通。\n"
	    "中央社會工作部召開電視電話會議，部署全年工作，港區黨委\n"
	    "組織收看。\n");
	free(s);
	assert_int_equal(pg->narticles, 1);
	parse_page_free(pg);
}

/*
 * parse-9.417: a short page in traditional characters is read as one: its
 * first characters are each looked at (a glance at one in so many missed
 * it), and before anything reads a cue word, so that a byline's mark set
 * apart from its role (■記⏎者 陳晨) is joined as ■记⏎者 is.
 */
static void
parse_9_417(void **state)
{
	static const char page[] =
	    "湖城老街今起重新開放\n"
	    "\n"
	    "本報訊 經過一年的修繕，湖城老街日前重新開放。\n"
	    "\n"
	    "澄湖港 新航線開通\n"
	    "\n"
	    "本報訊 澄湖港至南洋群島的首條遠洋航線昨日開通。\n";
	struct parse_page	   *pg;
	const struct parse_article *a;
	struct parse_fold	   *f;
	char			   *copy;

	(void)state;
	pg = parse_str("招商引資再上臺階\n"
	    "■記\n"
	    "者 陳晨\n"
	    "\n"
	    "本報訊 今年以來，湖城市簽約項目二十個，總投資一百億元。\n"
	    "全市上下齊心協力，招商工作取得新成效。\n"
	    "\n"
	    "澄湖新區舉行集中開工活動\n"
	    "本報訊 昨日，澄湖新區舉行重大項目集中開工活動，十個項目同時"
	    "開工。\n");
	assert_int_equal(pg->narticles, 2);
	a = by_title(pg, "招商引資再上臺階");
	assert_string_equal(a->byline, "記者 陳晨");
	assert_string_equal(a->subtitle, "");
	parse_page_free(pg);

	/* Here no character of the table is where one in 31 bytes falls. */
	f = parse_fold(page, strlen(page), &copy);
	assert_non_null(f);
	assert_non_null(strstr(copy, "本报讯 经過一年"));
	assert_non_null(strstr(copy, "新航线开通"));
	parse_unfold(f, copy);
	assert_string_equal(copy, page);
	free(copy);
	parse_fold_free(f);
}

/*
 * parse-9.418: a line that opens on a closing mark goes on from the line
 * above, a quotation's end the line broke before: no paragraph opens on
 * ” (…心情舒畅。⏎”老街居民王强说…), short as the line above is.
 */
static void
parse_9_418(void **state)
{
	struct parse_page	   *pg;
	const struct parse_article *a;

	(void)state;
	pg = parse_str("湖城老街今起重新开放\n"
	    "\n"
	    "本报讯 经过一年的修缮，湖城老街日前重新\n"
	    "开放。记者昨日走访老街，青石板路修葺一新，\n"
	    "两旁店铺陆续开门迎客。“这里变化很大，\n"
	    "我们每天都来散步，心情舒畅。\n"
	    "”老街居民王强说，他在这里住了四十多年，\n"
	    "见证了老街的变迁。\n");
	assert_int_equal(pg->narticles, 1);
	a = by_title(pg, "湖城老街今起重新开放");
	assert_int_equal(a->nparagraphs, 1);
	assert_non_null(strstr(a->paragraphs[0], "心情舒畅。”老街居民王强说"));
	parse_page_free(pg);
}

/*
 * parse-9.419: a heading's line set apart over a short title, longer than
 * it, with no mark, that says words of the story's lead (the who and the
 * where) is that title's kicker, though no dash ends it, and though the
 * story over it breaks off inside a sentence (its column goes on
 * elsewhere); a line over the title that says none of the lead's words
 * is no kicker of it.
 */
static void
parse_9_419(void **state)
{
	static const char above[] = PAGE_FLOW_PORT
	    "据介绍，新航线每周一班，预计全年可\n"
	    "新增集装箱吞吐量八万标箱，为本地外\n"
	    "贸企业节省物流成本近两成。\n\n"
	    "湖滨公园樱花进入盛花期\n"
	    "新华社澄湖3月7日电 连日来，湖滨公\n"
	    "园的三千余株樱花陆续进入盛花期，吸\n"
	    "引大批市民前来踏青赏花。公园管理处\n"
	    "提醒游客文明赏花。\n"
	    "为方便游客出行，公交部门临时增开\n"
	    "两条赏花专线，周末发车间隔缩短到十\n";
	static const char story[] =
	    "菜园里的新年\n"
	    "腊月二十，记者来到东港镇南岸村，村\n"
	    "民们正在共享菜园里忙着采摘。东港镇\n"
	    "推动共享菜园两年来，村民增收三成。\n";
	struct parse_page	   *pg;
	const struct parse_article *a;
	char			    buf[4096];

	(void)state;
	snprintf(buf, sizeof buf, "%s\n%s\n\n%s", above,
	    "澄湖市南岸区东港镇推动共享菜园助农增收见实效", story);
	pg = parse_str(buf);
	a = by_title(pg, "菜园里的新年");
	assert_non_null(a);
	assert_string_equal(a->kicker,
	    "澄湖市南岸区东港镇推动共享菜园助农增收见实效");
	assert_non_null(strstr(a->paragraphs[0], "腊月二十"));
	parse_page_free(pg);

	snprintf(buf, sizeof buf, "%s\n%s\n\n%s", above,
	    "全市春季植树活动昨天在西山森林公园隆重举行", story);
	pg = parse_str(buf);
	a = by_title(pg, "菜园里的新年");
	assert_non_null(a);
	assert_string_equal(a->kicker, "");
	assert_non_null(strstr(a->paragraphs[0], "腊月二十"));
	parse_page_free(pg);
}

/*
 * parse-9.420: a box of headings nothing took that is an advertisement,
 * a public-service ad's label over its slogans or a line that asks
 * readers to subscribe, is an ad (its label its title, the lines under
 * it its paragraphs), no banner: the label is no longer lost.
 */
static void
parse_9_420(void **state)
{
	struct parse_page	   *pg;
	const struct parse_article *a;
	size_t			    i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "公益广告\n"
	    "爱护湖水 人人有责\n"
	    "绿色出行 从我做起\n"
	    "\n"
	    "欢迎订阅湖城日报\n"
	    "各地邮局均可办理\n");
	for (i = 0; i < pg->narticles; i++)
		assert_int_not_equal(pg->articles[i].kind, PARSE_BANNER);
	a = by_title(pg, "公益广告");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_AD);
	assert_int_equal(a->nparagraphs, 2);
	assert_non_null(strstr(a->paragraphs[0], "爱护湖水"));
	assert_non_null(strstr(a->paragraphs[1], "绿色出行"));
	a = by_title(pg, "欢迎订阅湖城日报");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_AD);
	assert_int_equal(a->nparagraphs, 1);
	assert_non_null(by_title(pg, "湖滨公园樱花进入盛花期"));
	parse_page_free(pg);
}

/*
 * parse-9.421: a weather box's label set apart over the box (今日天气, a
 * line of furniture between) is the weather's title, no banner of its
 * own, and the sky under it is still read as today's.
 */
static void
parse_9_421(void **state)
{
	struct parse_page	   *pg;
	const struct parse_article *a;
	size_t			    i;

	(void)state;
	pg = parse_str("湖城日报\n"
	    "\n"
	    "2024年3月8日 星期五\n"
	    "\n"
	    "今日天气\n"
	    "\n"
	    "今日8版\n"
	    "\n"
	    "多云转晴 6℃～15℃\n"
	    "东南风3-4级\n"
	    "\n" PAGE_FLOW_BODY);
	for (i = 0; i < pg->narticles; i++)
		assert_int_not_equal(pg->articles[i].kind, PARSE_BANNER);
	a = by_title(pg, "今日天气");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_WEATHER);
	assert_non_null(pg->weather);
	assert_string_equal(pg->weather->today, "多云转晴");
	assert_int_equal(pg->weather->high, 15);
	assert_int_equal(pg->weather->low, 6);
	parse_page_free(pg);
}

/*
 * parse-9.422: a public-service ad's label alone, its slogans read a
 * heading later (another ad's label between, set beside it): the slogans
 * are that ad's paragraphs, not a banner, nor the other label's.
 */
static void
parse_9_422(void **state)
{
	struct parse_page	   *pg;
	const struct parse_article *a;
	size_t			    i;

	(void)state;
	pg = parse_str(PAGE_FLOW_BODY "\n"
	    "公益广告\n"
	    "\n"
	    "订阅热线\n"
	    "\n"
	    "爱护湖水 人人有责\n"
	    "绿色出行 从我做起\n");
	for (i = 0; i < pg->narticles; i++)
		assert_int_not_equal(pg->articles[i].kind, PARSE_BANNER);
	a = by_title(pg, "公益广告");
	assert_non_null(a);
	assert_int_equal(a->kind, PARSE_AD);
	assert_int_equal(a->nparagraphs, 2);
	assert_non_null(strstr(a->paragraphs[0], "爱护湖水"));
	a = by_title(pg, "订阅热线");
	assert_non_null(a);
	assert_int_equal(a->nparagraphs, 0);
	parse_page_free(pg);
}

/*
 * parse-9.423: numbers no page or thermometer has are none: a
 * continuation note's page in a run of numerals (下转九九…版) or a
 * temperature of more digits than an int holds (最高气温99999999999℃,
 * 零下2147483648℃) is read as no page and no temperature, not a number
 * wrapped past its type (UBSan's signed overflow).  Plausible ones stay.
 */
static void
parse_9_423(void **state)
{
	static const char *no_temp[] = { "最高气温99999999999℃",
		"最高气温零下2147483648℃", "最低气温零下2147483648℃",
		"最高气温1000℃", "最低气温-2147483649℃" };
	struct parse_weather *w;
	struct parse_page    *pg;
	size_t		      i;

	(void)state;
	for (i = 0; i < sizeof no_temp / sizeof no_temp[0]; i++) {
		w = parse_weather_read(no_temp[i]);
		assert_false(w->has_high);
		assert_false(w->has_low);
		parse_weather_free(w);
	}
	w = parse_weather_read("最高气温零下3℃，最低气温-12℃");
	assert_true(w->has_high && w->has_low);
	assert_int_equal(w->high, -3);
	assert_int_equal(w->low, -12);
	parse_weather_free(w);
	w = parse_weather_read("晴 11℃～17℃");
	assert_true(w->has_high && w->has_low);
	assert_int_equal(w->low, 11);
	assert_int_equal(w->high, 17);
	parse_weather_free(w);

	pg = parse_str("下转九九九九九九九九九九版\n");
	for (i = 0; i < pg->narticles; i++)
		assert_string_equal(pg->articles[i].continued_to, "");
	parse_page_free(pg);
	pg = parse_str("湖城新闻\n本报讯 湖城今天举行活动。\n（下转第十二版）\n");
	assert_int_equal(pg->narticles, 1);
	assert_string_equal(pg->articles[0].continued_to, "12");
	parse_page_free(pg);
}

/*
 * parse-9.390: other papers' date lines are furniture too: a day of the
 * week beside a date in figures (2024.03.08 星期五) or a year (2024年3月8
 * 日　周五), at a page's edge.  A 周五 that does not stand apart (每周五,
 * 周五开幕), a weekday with no date (星期五 晚上见), a date of three
 * figures' parts (4008-123-456), and such a date inside the page or
 * beside more words (a title's), a weather box's, or a sentence's, stay.
 * A page's last line ends on 周五 and a letter: read within its bytes.
 */
static void
parse_9_390(void **state)
{
	static const char story[] =
	    "澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日上\n"
	    "午，澄湖港区至南洋群岛的首条远洋集装\n"
	    "箱航线正式开通。\n";
	struct parse_page	*pg;
	char			 buf[2048];

	(void)state;
	snprintf(buf, sizeof buf, "A3 要闻　2024.03.08 星期五\n"
	    "\n"
	    "%s"
	    "\n"
	    "2024年春季运动会 周五开幕\n"
	    "本报讯（记者 林知远）澄湖市2024年春季\n"
	    "运动会将于本周五在市体育中心开幕。\n"
	    "\n"
	    "2024年起每周五 老街夜市开张\n"
	    "本报讯（记者 周小禾）从下周起，澄湖老\n"
	    "街夜市每逢周五开张，营业到晚上十点。\n"
	    "\n"
	    "星期五 晚上见\n"
	    "本报讯（记者 陈一鸣）澄湖剧院推出周末\n"
	    "演出季，首场演出定在星期五晚上。\n",
	    story);
	pg = parse_str(buf);
	assert_int_equal(pg->narticles, 4);
	assert_int_equal(count_kind(pg, PARSE_NEWS), 4);
	by_title(pg, "澄湖港区新航线开通");
	by_title(pg, "2024年春季运动会 周五开幕");
	by_title(pg, "2024年起每周五 老街夜市开张");
	by_title(pg, "星期五 晚上见");
	parse_page_free(pg);

	snprintf(buf, sizeof buf, "2024年3月8日　周五\n"
	    "A3　要闻\n"
	    "\n"
	    "%s"
	    "\n"
	    "2024.03.09 周六 澄湖马拉松\n"
	    "本报讯（记者 林知远）澄湖马拉松明天\n"
	    "开跑，两万名选手将沿湖奔跑。\n"
	    "报名截止：\n"
	    "2024.03.09 周六\n"
	    "以前。\n"
	    "\n"
	    "天气预报\n"
	    "2024.03.09 周六\n"
	    "多云 12～18℃\n"
	    "2024.03.10 周日\n"
	    "小雨 10～15℃\n"
	    "\n"
	    "老街夜市重新开张\n"
	    "本报讯（记者 周小禾）从下周起，澄湖老\n"
	    "街夜市每逢周五开张，营业到晚上十点。\n"
	    "开放时间详见：\n"
	    "2024.03.08 周五a",
	    story);
	pg = parse_str(buf);
	assert_int_equal(pg->narticles, 4);
	assert_int_equal(count_kind(pg, PARSE_BANNER), 0);
	assert_int_equal(count_kind(pg, PARSE_WEATHER), 1);
	by_title(pg, "澄湖港区新航线开通");
	assert_true(last_para_has(by_title(pg, "2024.03.09周六 澄湖马拉松"),
	    "2024.03.09周六以前。"));
	assert_true(last_para_has(by_title(pg, "老街夜市重新开张"),
	    "2024.03.08周五a"));
	parse_page_free(pg);

	/* At a page's edge: a weather box's date, a title's, a sentence's. */
	pg = parse_str("天气预报\n"
	    "2024.03.09 周六\n"
	    "多云 12～18℃\n"
	    "\n"
	    "澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日上\n"
	    "午，澄湖港区首条远洋航线正式开通。\n");
	assert_int_equal(count_kind(pg, PARSE_WEATHER), 1);
	parse_page_free(pg);
	pg = parse_str("澄湖港区新航线开通\n"
	    "本报澄湖3月7日电（记者 宋远帆）7日上\n"
	    "午，澄湖港区首条远洋航线正式开通。\n"
	    "\n"
	    "天气预报\n"
	    "小雨 10～15℃\n"
	    "2024.03.10 周日\n");
	assert_true(last_para_has(by_title(pg, "天气预报"), "2024.03.10周日"));
	parse_page_free(pg);
	pg = parse_str("2024.03.09 周六 澄湖马拉松\n"
	    "本报讯（记者 林知远）澄湖马拉松明天\n"
	    "开跑，两万名选手将沿湖奔跑。\n"
	    "\n"
	    "老街读书会\n"
	    "本报讯（记者 周小禾）老街读书会定于\n"
	    "2024年3月9日周六\n"
	    "上午在老街书院举行。\n");
	by_title(pg, "2024.03.09周六 澄湖马拉松");
	assert_true(last_para_has(by_title(pg, "老街读书会"),
	    "定于2024年3月9日周六上午"));
	parse_page_free(pg);
	pg = parse_str("2024年 每周五\n"
	    "本报讯（记者 周小禾）从下周起，澄湖老\n"
	    "街夜市每逢周五开张，营业到晚上十点。\n"
	    "\n"
	    "澄湖车展下周开幕\n"
	    "本报讯（记者 陈一鸣）澄湖车展下周开幕，\n"
	    "咨询电话见下。\n"
	    "热线 4008-123-456 周一\n");
	by_title(pg, "2024年 每周五");
	by_title(pg, "热线4008-123-456周一");
	parse_page_free(pg);
	pg = parse_str("2024年 周五开幕\n"
	    "本报讯（记者 林知远）澄湖市春季运动会\n"
	    "将于本周五在市体育中心开幕。\n");
	by_title(pg, "2024年 周五开幕");
	parse_page_free(pg);
}

/*
 * parse-9.382: a story runs on under a public service ad set into its
 * column (公益广告 over its slogan): the text under the ad, with no title
 * of its own, that says the story's words, is more of the story.  The
 * ad's label, which nothing took, had stopped the search for the story
 * before it, and the text had been left a story of its own.  Text under
 * the ad that says none of the story's words stays apart, and so does
 * any after a story that signed off (（记者 李敏）), or under a notice's
 * label (公告), which may head it.
 */
static void
parse_9_382(void **state)
{
	static const char port[] = "港区还加快智慧码头建设，新建自\n"
				   "动化泊位四个，集装箱装卸效率提高三\n"
				   "成。港区负责人表示，二季度港区将新开\n"
				   "两条外贸集装箱航线。\n";
	static const char psa[] = "公益广告\n"
				  "讲文明 树新风\n"
				  "文明城市 共建共享\n";
	static const struct {
		const char *end, *box, *under;
		int	    more; /* more of the port's story */
	} cases[] = {
		{ "", psa, port, 1 },
		{ "", psa,
		    "李敏是湖滨社区的一名网格员，每\n"
		    "天走街串巷，为居民排忧解难，社区的\n"
		    "大事小情她都记在心上，居民们都说她\n"
		    "是贴心人。\n",
		    0 },
		{ "（记者 李敏）\n", psa, port, 0 },
		{ "", "公告\n澄湖港区二号闸口临时关闭\n",
		    "因澄湖港区集装箱码头改造施工，港区\n"
		    "二号闸口将于四月五日至四月十日临时\n"
		    "关闭，集装箱车辆请由三号闸口进出港区，\n"
		    "港区内集装箱堆场同期暂停对外受理提箱\n"
		    "业务，已预约的提箱业务顺延办理。给各\n"
		    "位货主和车队带来的不便，敬请谅解。\n"
		    "特此公告。\n",
		    0 },
	};
	struct parse_page	*pg;
	char			 page[2048];
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(page, sizeof page,
		    "澄湖港区一季度吞吐量创新高\n"
		    "\n"
		    "本报讯 今年一季度，澄湖港区完成货\n"
		    "物吞吐量一千二百万吨，同比增长百分之\n"
		    "十二，创历史同期新高。港区负责人说，\n"
		    "集装箱航线新增四条，外贸货物增长明显。\n"
		    "%s"
		    "\n"
		    "%s"
		    "\n"
		    "%s",
		    cases[i].end, cases[i].box, cases[i].under);
		pg = parse_str(page);
		assert_int_equal(paras_open(pg, "澄湖港区一季度吞吐量创新高",
				     cases[i].under),
		    cases[i].more);
		parse_page_free(pg);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_1_1),
		cmocka_unit_test(parse_1_2),
		cmocka_unit_test(parse_1_3),
		cmocka_unit_test(parse_2_1),
		cmocka_unit_test(parse_2_2),
		cmocka_unit_test(parse_2_3),
		cmocka_unit_test(parse_3_1),
		cmocka_unit_test(parse_3_2),
		cmocka_unit_test(parse_4_1),
		cmocka_unit_test(parse_4_2),
		cmocka_unit_test(parse_5_1),
		cmocka_unit_test(parse_5_2),
		cmocka_unit_test(parse_5_3),
		cmocka_unit_test(parse_5_4),
		cmocka_unit_test(parse_5_5),
		cmocka_unit_test(parse_6_1),
		cmocka_unit_test(parse_7_1),
		cmocka_unit_test(parse_7_2),
		cmocka_unit_test(parse_8_1),
		cmocka_unit_test(parse_8_2),
		cmocka_unit_test(parse_9_1),
		cmocka_unit_test(parse_9_2),
		cmocka_unit_test(parse_9_3),
		cmocka_unit_test(parse_9_4),
		cmocka_unit_test(parse_9_5),
		cmocka_unit_test(parse_9_6),
		cmocka_unit_test(parse_9_7),
		cmocka_unit_test(parse_9_8),
		cmocka_unit_test(parse_9_9),
		cmocka_unit_test(parse_9_10),
		cmocka_unit_test(parse_9_11),
		cmocka_unit_test(parse_9_12),
		cmocka_unit_test(parse_9_13),
		cmocka_unit_test(parse_9_14),
		cmocka_unit_test(parse_9_15),
		cmocka_unit_test(parse_9_16),
		cmocka_unit_test(parse_9_17),
		cmocka_unit_test(parse_9_18),
		cmocka_unit_test(parse_9_19),
		cmocka_unit_test(parse_9_20),
		cmocka_unit_test(parse_9_21),
		cmocka_unit_test(parse_9_22),
		cmocka_unit_test(parse_9_23),
		cmocka_unit_test(parse_9_24),
		cmocka_unit_test(parse_9_25),
		cmocka_unit_test(parse_9_26),
		cmocka_unit_test(parse_9_27),
		cmocka_unit_test(parse_9_28),
		cmocka_unit_test(parse_9_29),
		cmocka_unit_test(parse_9_30),
		cmocka_unit_test(parse_9_31),
		cmocka_unit_test(parse_9_32),
		cmocka_unit_test(parse_9_33),
		cmocka_unit_test(parse_9_34),
		cmocka_unit_test(parse_9_35),
		cmocka_unit_test(parse_9_36),
		cmocka_unit_test(parse_9_37),
		cmocka_unit_test(parse_9_38),
		cmocka_unit_test(parse_9_39),
		cmocka_unit_test(parse_9_40),
		cmocka_unit_test(parse_9_41),
		cmocka_unit_test(parse_9_42),
		cmocka_unit_test(parse_9_43),
		cmocka_unit_test(parse_9_44),
		cmocka_unit_test(parse_9_45),
		cmocka_unit_test(parse_9_46),
		cmocka_unit_test(parse_9_47),
		cmocka_unit_test(parse_9_48),
		cmocka_unit_test(parse_9_49),
		cmocka_unit_test(parse_9_50),
		cmocka_unit_test(parse_9_51),
		cmocka_unit_test(parse_9_52),
		cmocka_unit_test(parse_9_53),
		cmocka_unit_test(parse_9_54),
		cmocka_unit_test(parse_9_55),
		cmocka_unit_test(parse_9_56),
		cmocka_unit_test(parse_9_57),
		cmocka_unit_test(parse_9_58),
		cmocka_unit_test(parse_9_59),
		cmocka_unit_test(parse_9_60),
		cmocka_unit_test(parse_9_61),
		cmocka_unit_test(parse_9_62),
		cmocka_unit_test(parse_9_63),
		cmocka_unit_test(parse_9_64),
		cmocka_unit_test(parse_9_65),
		cmocka_unit_test(parse_9_66),
		cmocka_unit_test(parse_9_67),
		cmocka_unit_test(parse_9_68),
		cmocka_unit_test(parse_9_69),
		cmocka_unit_test(parse_9_70),
		cmocka_unit_test(parse_9_71),
		cmocka_unit_test(parse_9_72),
		cmocka_unit_test(parse_9_73),
		cmocka_unit_test(parse_9_74),
		cmocka_unit_test(parse_9_75),
		cmocka_unit_test(parse_9_76),
		cmocka_unit_test(parse_9_77),
		cmocka_unit_test(parse_9_78),
		cmocka_unit_test(parse_9_79),
		cmocka_unit_test(parse_9_80),
		cmocka_unit_test(parse_9_81),
		cmocka_unit_test(parse_9_82),
		cmocka_unit_test(parse_9_83),
		cmocka_unit_test(parse_9_84),
		cmocka_unit_test(parse_9_85),
		cmocka_unit_test(parse_9_86),
		cmocka_unit_test(parse_9_87),
		cmocka_unit_test(parse_9_88),
		cmocka_unit_test(parse_9_89),
		cmocka_unit_test(parse_9_90),
		cmocka_unit_test(parse_9_91),
		cmocka_unit_test(parse_9_92),
		cmocka_unit_test(parse_9_93),
		cmocka_unit_test(parse_9_94),
		cmocka_unit_test(parse_9_95),
		cmocka_unit_test(parse_9_96),
		cmocka_unit_test(parse_9_97),
		cmocka_unit_test(parse_9_98),
		cmocka_unit_test(parse_9_99),
		cmocka_unit_test(parse_9_100),
		cmocka_unit_test(parse_9_101),
		cmocka_unit_test(parse_9_102),
		cmocka_unit_test(parse_9_103),
		cmocka_unit_test(parse_9_104),
		cmocka_unit_test(parse_9_105),
		cmocka_unit_test(parse_9_106),
		cmocka_unit_test(parse_9_107),
		cmocka_unit_test(parse_9_108),
		cmocka_unit_test(parse_9_109),
		cmocka_unit_test(parse_9_110),
		cmocka_unit_test(parse_9_111),
		cmocka_unit_test(parse_9_112),
		cmocka_unit_test(parse_9_113),
		cmocka_unit_test(parse_9_114),
		cmocka_unit_test(parse_9_115),
		cmocka_unit_test(parse_9_116),
		cmocka_unit_test(parse_9_117),
		cmocka_unit_test(parse_9_118),
		cmocka_unit_test(parse_9_119),
		cmocka_unit_test(parse_9_120),
		cmocka_unit_test(parse_9_121),
		cmocka_unit_test(parse_9_122),
		cmocka_unit_test(parse_9_123),
		cmocka_unit_test(parse_9_124),
		cmocka_unit_test(parse_9_125),
		cmocka_unit_test(parse_9_126),
		cmocka_unit_test(parse_9_127),
		cmocka_unit_test(parse_9_128),
		cmocka_unit_test(parse_9_129),
		cmocka_unit_test(parse_9_130),
		cmocka_unit_test(parse_9_131),
		cmocka_unit_test(parse_9_132),
		cmocka_unit_test(parse_9_133),
		cmocka_unit_test(parse_9_134),
		cmocka_unit_test(parse_9_135),
		cmocka_unit_test(parse_9_136),
		cmocka_unit_test(parse_9_137),
		cmocka_unit_test(parse_9_138),
		cmocka_unit_test(parse_9_139),
		cmocka_unit_test(parse_9_140),
		cmocka_unit_test(parse_9_141),
		cmocka_unit_test(parse_9_142),
		cmocka_unit_test(parse_9_143),
		cmocka_unit_test(parse_9_144),
		cmocka_unit_test(parse_9_145),
		cmocka_unit_test(parse_9_146),
		cmocka_unit_test(parse_9_147),
		cmocka_unit_test(parse_9_148),
		cmocka_unit_test(parse_9_149),
		cmocka_unit_test(parse_9_150),
		cmocka_unit_test(parse_9_151),
		cmocka_unit_test(parse_9_152),
		cmocka_unit_test(parse_9_153),
		cmocka_unit_test(parse_9_154),
		cmocka_unit_test(parse_9_155),
		cmocka_unit_test(parse_9_156),
		cmocka_unit_test(parse_9_157),
		cmocka_unit_test(parse_9_158),
		cmocka_unit_test(parse_9_159),
		cmocka_unit_test(parse_9_160),
		cmocka_unit_test(parse_9_161),
		cmocka_unit_test(parse_9_162),
		cmocka_unit_test(parse_9_163),
		cmocka_unit_test(parse_9_164),
		cmocka_unit_test(parse_9_165),
		cmocka_unit_test(parse_9_166),
		cmocka_unit_test(parse_9_167),
		cmocka_unit_test(parse_9_168),
		cmocka_unit_test(parse_9_169),
		cmocka_unit_test(parse_9_170),
		cmocka_unit_test(parse_9_171),
		cmocka_unit_test(parse_9_172),
		cmocka_unit_test(parse_9_173),
		cmocka_unit_test(parse_9_174),
		cmocka_unit_test(parse_9_175),
		cmocka_unit_test(parse_9_176),
		cmocka_unit_test(parse_9_177),
		cmocka_unit_test(parse_9_178),
		cmocka_unit_test(parse_9_179),
		cmocka_unit_test(parse_9_180),
		cmocka_unit_test(parse_9_181),
		cmocka_unit_test(parse_9_182),
		cmocka_unit_test(parse_9_183),
		cmocka_unit_test(parse_9_184),
		cmocka_unit_test(parse_9_185),
		cmocka_unit_test(parse_9_186),
		cmocka_unit_test(parse_9_187),
		cmocka_unit_test(parse_9_188),
		cmocka_unit_test(parse_9_189),
		cmocka_unit_test(parse_9_190),
		cmocka_unit_test(parse_9_191),
		cmocka_unit_test(parse_9_192),
		cmocka_unit_test(parse_9_193),
		cmocka_unit_test(parse_9_194),
		cmocka_unit_test(parse_9_195),
		cmocka_unit_test(parse_9_196),
		cmocka_unit_test(parse_9_197),
		cmocka_unit_test(parse_9_198),
		cmocka_unit_test(parse_9_199),
		cmocka_unit_test(parse_9_200),
		cmocka_unit_test(parse_9_201),
		cmocka_unit_test(parse_9_202),
		cmocka_unit_test(parse_9_203),
		cmocka_unit_test(parse_9_204),
		cmocka_unit_test(parse_9_205),
		cmocka_unit_test(parse_9_206),
		cmocka_unit_test(parse_9_207),
		cmocka_unit_test(parse_9_208),
		cmocka_unit_test(parse_9_209),
		cmocka_unit_test(parse_9_210),
		cmocka_unit_test(parse_9_211),
		cmocka_unit_test(parse_9_212),
		cmocka_unit_test(parse_9_213),
		cmocka_unit_test(parse_9_214),
		cmocka_unit_test(parse_9_215),
		cmocka_unit_test(parse_9_216),
		cmocka_unit_test(parse_9_217),
		cmocka_unit_test(parse_9_218),
		cmocka_unit_test(parse_9_219),
		cmocka_unit_test(parse_9_220),
		cmocka_unit_test(parse_9_221),
		cmocka_unit_test(parse_9_222),
		cmocka_unit_test(parse_9_223),
		cmocka_unit_test(parse_9_224),
		cmocka_unit_test(parse_9_225),
		cmocka_unit_test(parse_9_226),
		cmocka_unit_test(parse_9_227),
		cmocka_unit_test(parse_9_228),
		cmocka_unit_test(parse_9_229),
		cmocka_unit_test(parse_9_230),
		cmocka_unit_test(parse_9_231),
		cmocka_unit_test(parse_9_232),
		cmocka_unit_test(parse_9_233),
		cmocka_unit_test(parse_9_234),
		cmocka_unit_test(parse_9_235),
		cmocka_unit_test(parse_9_236),
		cmocka_unit_test(parse_9_237),
		cmocka_unit_test(parse_9_238),
		cmocka_unit_test(parse_9_239),
		cmocka_unit_test(parse_9_240),
		cmocka_unit_test(parse_9_241),
		cmocka_unit_test(parse_9_242),
		cmocka_unit_test(parse_9_243),
		cmocka_unit_test(parse_9_244),
		cmocka_unit_test(parse_9_245),
		cmocka_unit_test(parse_9_246),
		cmocka_unit_test(parse_9_247),
		cmocka_unit_test(parse_9_248),
		cmocka_unit_test(parse_9_249),
		cmocka_unit_test(parse_9_250),
		cmocka_unit_test(parse_9_251),
		cmocka_unit_test(parse_9_252),
		cmocka_unit_test(parse_9_253),
		cmocka_unit_test(parse_9_254),
		cmocka_unit_test(parse_9_255),
		cmocka_unit_test(parse_9_256),
		cmocka_unit_test(parse_9_257),
		cmocka_unit_test(parse_9_258),
		cmocka_unit_test(parse_9_259),
		cmocka_unit_test(parse_9_260),
		cmocka_unit_test(parse_9_261),
		cmocka_unit_test(parse_9_262),
		cmocka_unit_test(parse_9_263),
		cmocka_unit_test(parse_9_264),
		cmocka_unit_test(parse_9_265),
		cmocka_unit_test(parse_9_266),
		cmocka_unit_test(parse_9_267),
		cmocka_unit_test(parse_9_268),
		cmocka_unit_test(parse_9_269),
		cmocka_unit_test(parse_9_270),
		cmocka_unit_test(parse_9_271),
		cmocka_unit_test(parse_9_272),
		cmocka_unit_test(parse_9_273),
		cmocka_unit_test(parse_9_274),
		cmocka_unit_test(parse_9_275),
		cmocka_unit_test(parse_9_276),
		cmocka_unit_test(parse_9_277),
		cmocka_unit_test(parse_9_278),
		cmocka_unit_test(parse_9_279),
		cmocka_unit_test(parse_9_280),
		cmocka_unit_test(parse_9_281),
		cmocka_unit_test(parse_9_282),
		cmocka_unit_test(parse_9_283),
		cmocka_unit_test(parse_9_284),
		cmocka_unit_test(parse_9_285),
		cmocka_unit_test(parse_9_286),
		cmocka_unit_test(parse_9_287),
		cmocka_unit_test(parse_9_288),
		cmocka_unit_test(parse_9_289),
		cmocka_unit_test(parse_9_290),
		cmocka_unit_test(parse_9_291),
		cmocka_unit_test(parse_9_292),
		cmocka_unit_test(parse_9_293),
		cmocka_unit_test(parse_9_294),
		cmocka_unit_test(parse_9_295),
		cmocka_unit_test(parse_9_296),
		cmocka_unit_test(parse_9_297),
		cmocka_unit_test(parse_9_298),
		cmocka_unit_test(parse_9_299),
		cmocka_unit_test(parse_9_300),
		cmocka_unit_test(parse_9_301),
		cmocka_unit_test(parse_9_302),
		cmocka_unit_test(parse_9_303),
		cmocka_unit_test(parse_9_304),
		cmocka_unit_test(parse_9_305),
		cmocka_unit_test(parse_9_306),
		cmocka_unit_test(parse_9_307),
		cmocka_unit_test(parse_9_308),
		cmocka_unit_test(parse_9_309),
		cmocka_unit_test(parse_9_310),
		cmocka_unit_test(parse_9_311),
		cmocka_unit_test(parse_9_312),
		cmocka_unit_test(parse_9_313),
		cmocka_unit_test(parse_9_314),
		cmocka_unit_test(parse_9_315),
		cmocka_unit_test(parse_9_316),
		cmocka_unit_test(parse_9_317),
		cmocka_unit_test(parse_9_318),
		cmocka_unit_test(parse_9_319),
		cmocka_unit_test(parse_9_320),
		cmocka_unit_test(parse_9_321),
		cmocka_unit_test(parse_9_322),
		cmocka_unit_test(parse_9_323),
		cmocka_unit_test(parse_9_324),
		cmocka_unit_test(parse_9_325),
		cmocka_unit_test(parse_9_326),
		cmocka_unit_test(parse_9_327),
		cmocka_unit_test(parse_9_328),
		cmocka_unit_test(parse_9_329),
		cmocka_unit_test(parse_9_330),
		cmocka_unit_test(parse_9_331),
		cmocka_unit_test(parse_9_332),
		cmocka_unit_test(parse_9_333),
		cmocka_unit_test(parse_9_334),
		cmocka_unit_test(parse_9_335),
		cmocka_unit_test(parse_9_336),
		cmocka_unit_test(parse_9_337),
		cmocka_unit_test(parse_9_338),
		cmocka_unit_test(parse_9_339),
		cmocka_unit_test(parse_9_340),
		cmocka_unit_test(parse_9_341),
		cmocka_unit_test(parse_9_342),
		cmocka_unit_test(parse_9_343),
		cmocka_unit_test(parse_9_344),
		cmocka_unit_test(parse_9_345),
		cmocka_unit_test(parse_9_346),
		cmocka_unit_test(parse_9_347),
		cmocka_unit_test(parse_9_348),
		cmocka_unit_test(parse_9_349),
		cmocka_unit_test(parse_9_350),
		cmocka_unit_test(parse_9_351),
		cmocka_unit_test(parse_9_352),
		cmocka_unit_test(parse_9_353),
		cmocka_unit_test(parse_9_354),
		cmocka_unit_test(parse_9_355),
		cmocka_unit_test(parse_9_356),
		cmocka_unit_test(parse_9_357),
		cmocka_unit_test(parse_9_358),
		cmocka_unit_test(parse_9_359),
		cmocka_unit_test(parse_9_360),
		cmocka_unit_test(parse_9_361),
		cmocka_unit_test(parse_9_362),
		cmocka_unit_test(parse_9_363),
		cmocka_unit_test(parse_9_364),
		cmocka_unit_test(parse_9_365),
		cmocka_unit_test(parse_9_366),
		cmocka_unit_test(parse_9_367),
		cmocka_unit_test(parse_9_368),
		cmocka_unit_test(parse_9_369),
		cmocka_unit_test(parse_9_370),
		cmocka_unit_test(parse_9_371),
		cmocka_unit_test(parse_9_372),
		cmocka_unit_test(parse_9_373),
		cmocka_unit_test(parse_9_374),
		cmocka_unit_test(parse_9_375),
		cmocka_unit_test(parse_9_376),
		cmocka_unit_test(parse_9_377),
		cmocka_unit_test(parse_9_378),
		cmocka_unit_test(parse_9_379),
		cmocka_unit_test(parse_9_380),
		cmocka_unit_test(parse_9_381),
		cmocka_unit_test(parse_9_382),
		cmocka_unit_test(parse_9_383),
		cmocka_unit_test(parse_9_384),
		cmocka_unit_test(parse_9_385),
		cmocka_unit_test(parse_9_386),
		cmocka_unit_test(parse_9_387),
		cmocka_unit_test(parse_9_388),
		cmocka_unit_test(parse_9_389),
		cmocka_unit_test(parse_9_390),
		cmocka_unit_test(parse_9_391),
		cmocka_unit_test(parse_9_392),
		cmocka_unit_test(parse_9_393),
		cmocka_unit_test(parse_9_394),
		cmocka_unit_test(parse_9_395),
		cmocka_unit_test(parse_9_396),
		cmocka_unit_test(parse_9_397),
		cmocka_unit_test(parse_9_398),
		cmocka_unit_test(parse_9_399),
		cmocka_unit_test(parse_9_400),
		cmocka_unit_test(parse_9_401),
		cmocka_unit_test(parse_9_402),
		cmocka_unit_test(parse_9_403),
		cmocka_unit_test(parse_9_404),
		cmocka_unit_test(parse_9_405),
		cmocka_unit_test(parse_9_406),
		cmocka_unit_test(parse_9_407),
		cmocka_unit_test(parse_9_408),
		cmocka_unit_test(parse_9_409),
		cmocka_unit_test(parse_9_410),
		cmocka_unit_test(parse_9_411),
		cmocka_unit_test(parse_9_412),
		cmocka_unit_test(parse_9_413),
		cmocka_unit_test(parse_9_414),
		cmocka_unit_test(parse_9_415),
		cmocka_unit_test(parse_9_416),
		cmocka_unit_test(parse_9_417),
		cmocka_unit_test(parse_9_418),
		cmocka_unit_test(parse_9_419),
		cmocka_unit_test(parse_9_420),
		cmocka_unit_test(parse_9_421),
		cmocka_unit_test(parse_9_422),
		cmocka_unit_test(parse_9_423),
	};

	return (cmocka_run_group_tests_name("parse", tests, NULL, NULL));
}
