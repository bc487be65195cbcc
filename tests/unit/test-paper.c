/*
 * paper: which paper a page file belongs to, from its path and from its
 * furniture.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kanbao/paper.h"

static void
check(char *got, const char *want)
{
	if (want == NULL)
		assert_null(got);
	else {
		assert_non_null(got);
		assert_string_equal(got, want);
	}
	free(got);
}

/* paper-1.1: the directory above a date directory names the paper. */
static void
paper_1_1(void **state)
{
	(void)state;
	check(paper_from_path("papers/人民日报/2019-02-01/p01.txt"),
	    "人民日报");
	check(paper_from_path("/home/u/pinghu/20240307/p1.txt"), "pinghu");
	check(paper_from_path("chenghu/2024_03_07/front.txt"), "chenghu");
	/* Year and month directories are skipped. */
	check(paper_from_path("x/jfrb/2022/04/2022-04-11/p01.txt"), "jfrb");
}

/* paper-1.2: no date directory, or nothing named above it: no paper. */
static void
paper_1_2(void **state)
{
	(void)state;
	check(paper_from_path("pages/p01.txt"), NULL);
	check(paper_from_path("pinghu/2024-03-07_p1.txt"), NULL);
	check(paper_from_path("2024-03-07/p1.txt"), NULL);
	check(paper_from_path("../2024-03-07/p1.txt"), NULL);
	check(paper_from_path("a/2024-13-07/p1.txt"), NULL);
	check(paper_from_path("p1.txt"), NULL);
	/* A generic directory name is not a paper's. */
	check(paper_from_path("pages/2023-02-10/p01.txt"), NULL);
	check(paper_from_path("my/Archive/2023-02-10/p01.txt"), NULL);
}

/* paper-2.1: a masthead, or a header line with page number and date. */
static void
paper_2_1(void **state)
{
	static const char *const heads[][2] = {
		{ "解放日报\n\n2022年4月11日 星期一\n\n今日天气\n",
		  "解放日报" },
		{ "要闻\n\n2 解放日报\n\n2022年5月27日 星期五\n",
		  "解放日报" },
		{ "经济\n\n人民日报 第10版\n\n2020年1月3日 星期五\n",
		  "人民日报" },
		{ "民生\n\n2020年1月6日 星期一\n\n19 人民日报\n", "人民日报" },
		{ "\n\n  新民晚报　2022年4月1日\n正文", "新民晚报" },
		{ "平湖日报平湖日报\n\n本报讯 今天……", "平湖日报" },
		{ "要闻\n\n4 文汇报\n", "文汇报" },
	};
	size_t	i;

	(void)state;
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		check(paper_from_text(heads[i][0], strlen(heads[i][0])),
		    heads[i][1]);
}

/* paper-2.2: headlines, bylines and 本报讯 name no paper. */
static void
paper_2_2(void **state)
{
	static const char *const pages[] = {
		"城市新闻\n\n老城区改造工程今天正式开工，预计明年完成。\n",
		"本报讯 记者 王强\n\n人民日报社论指出……\n",
		"喜报\n\n我市一村上榜。\n",
		"天气预报\n\n晴转多云。\n",
		"文汇报\n\n正文。\n",
		"一图读懂政府工作报告\n",
		"2022年4月11日 星期一\n",
		"a\nb\nc\nd\ne\nf\ng\nh\n解放日报\n",	/* too far down */
		"",
	};
	size_t	i;

	(void)state;
	for (i = 0; i < sizeof pages / sizeof pages[0]; i++)
		check(paper_from_text(pages[i], strlen(pages[i])), NULL);
}

/*
 * paper-2.3: a page whose head names no paper is named by its foot: the
 * paper's name with the page's number beside it, among its last lines.
 */
static void
paper_2_3(void **state)
{
	(void)state;
	check(paper_from_text("视点\n\n2020年1月14日 星期二\n\n"
			      "澄湖新闻\n\n正文。\n\n人民日报 第13版\n",
		  strlen("视点\n\n2020年1月14日 星期二\n\n"
			 "澄湖新闻\n\n正文。\n\n人民日报 第13版\n")),
	    "人民日报");
	check(paper_from_text("a\nb\nc\nd\ne\nf\ng\nh\ni\n澄湖日报　第2版",
		  strlen("a\nb\nc\nd\ne\nf\ng\nh\ni\n澄湖日报　第2版")),
	    "澄湖日报");
	/* A name alone at the foot may be a headline's last word. */
	check(paper_from_text("a\nb\nc\nd\ne\nf\ng\nh\n新民晚报\n",
		  strlen("a\nb\nc\nd\ne\nf\ng\nh\n新民晚报\n")),
	    NULL);
}

/*
 * paper-3.1: the date, printed in its header or footer beside its
 * weekday, in the forms papers print it.
 */
static void
paper_3_1(void **state)
{
	static const char *const pages[][2] = {
		{ "经济\n\n澄湖日报 第10版\n\n2020年1月3日 星期五\n",
		    "2020-01-03" },
		{ "  澄湖日报　2024.03.08 周五\n正文", "2024-03-08" },
		{ "2024-02-29 星期四\n", "2024-02-29" },
		{ "2020 年 1 月 3 日 星期五 农历腊月初九\n", "2020-01-03" },
		{ "2023年2月12日 星期日\n", "2023-02-12" },
		{ "2023年2月12日 星期天\n", "2023-02-12" },
		{ "a\nb\nc\nd\ne\nf\ng\nh\ni\n澄湖日报 2023年2月10日 星期五\n",
		    "2023-02-10" },
		/* No weekday: beside the paper's name. */
		{ "要闻\n\n澄湖日报 2024年3月5日\n\n第1版\n", "2024-03-05" },
		{ "2020年1月3日（星期五）\n", "2020-01-03" },
		{ "第3版：要闻 2020年1月3日 星期五\n", "2020-01-03" },
	};
	char	out[11];
	size_t	i;

	(void)state;
	for (i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		memset(out, 0, sizeof out);
		if (paper_date_from_text(pages[i][0], strlen(pages[i][0]),
			out) != 0)
			fail_msg("%zu: no date", i);
		assert_string_equal(out, pages[i][1]);
	}
}

/*
 * paper-3.2: no date: the weekday is another day's, the day does not
 * exist, no weekday nor paper's name (a word in 报 is no paper's name), a
 * date in a sentence, two weekdays, a year out of range, a date at the
 * foot with no paper's name (a box of the day in history), or a date too
 * far from the head and the foot.
 */
static void
paper_3_2(void **state)
{
	static const char *const pages[] = {
		"2020年1月3日 星期六\n",
		"2023年2月29日 星期三\n",
		"2020年1月3日\n",
		"湖城新闻 2020年1月3日\n",
		"天气预报 2020年1月3日\n",
		"2100年1月1日 星期五\n",
		"1899年12月31日 星期日\n",
		"澄湖日报\na\nb\nc\nd\ne\nf\ng\nh\n历史上的今天\n"
		"1949年10月1日 星期六\n",
		"2020年1月3日（星期五）上午，澄湖港区举行开港仪式。\n",
		"2020年1月3日 星期五 星期六\n",
		"2020年1月3日 星期六 星期五\n",
		"20201年1月3日 星期五\n",
		"2020年13月3日 星期五\n",
		"a\nb\nc\nd\ne\nf\ng\nh\n2020年1月3日 星期五\n"
		"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n"
		"16\n17\n18\n19\n20\n21\n22\n23\n24\n",
		"",
	};
	char	out[11];
	size_t	i;

	(void)state;
	for (i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		if (paper_date_from_text(pages[i], strlen(pages[i]), out) == 0)
			fail_msg("%zu: dated %s", i, out);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(paper_1_1),
		cmocka_unit_test(paper_1_2),
		cmocka_unit_test(paper_2_1),
		cmocka_unit_test(paper_2_2),
		cmocka_unit_test(paper_2_3),
		cmocka_unit_test(paper_3_1),
		cmocka_unit_test(paper_3_2),
	};

	return (cmocka_run_group_tests_name("paper", tests, NULL, NULL));
}
