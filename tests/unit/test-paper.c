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

/*
 * paper-1.3: year and month directories of every form are skipped, and a
 * day may be one too, under its year and month (2023/02/10); a directory
 * named for what is in it or where it was put, in English or Chinese,
 * names no paper.
 */
static void
paper_1_3(void **state)
{
	(void)state;
	check(paper_from_path("papers/2023-02/2023-02-10/p01.txt"), NULL);
	check(paper_from_path("湖城日报/2023-02/2023-02-10/p01.txt"),
	    "湖城日报");
	check(paper_from_path("湖城日报/2023年/2023年2月/20230210/p1.txt"),
	    "湖城日报");
	check(paper_from_path("湖城日报/2023_02/2023_02_10/p1.txt"), "湖城日报");
	check(paper_from_path("湖城日报/2023/02/10/p01.txt"), "湖城日报");
	check(paper_from_path("湖城日报/2023/2/9/p01.txt"), "湖城日报");
	check(paper_from_path("chenghu/2023/13/10/p01.txt"), NULL);
	check(paper_from_path("chenghu/23/02/10/p01.txt"), NULL);
	check(paper_from_path("x/new/2024-03-05/p19.txt"), NULL);
	check(paper_from_path("x/Downloads/2024-03-05/p19.txt"), NULL);
	check(paper_from_path("下载/2024-03-05/p19.txt"), NULL);
	check(paper_from_path("报纸/2023/02/10/p1.txt"), NULL);
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
 * paper-3.1: a paper printed in traditional characters is named so, as
 * printed (湖城日報, 澄湖晚報 第2版); a 報 that ends no paper's name is
 * none (天氣預報 alone).
 */
static void
paper_3_1(void **state)
{
	static const char *const heads[][2] = {
		{ "湖城日報\n\n正文。\n", "湖城日報" },
		{ "澄湖晚報　第2版\n\n正文。\n", "澄湖晚報" },
		{ "2024年3月8日 星期五 湖城日報湖城日報\n", "湖城日報" },
		{ "天氣預報\n\n今天多雲。\n", NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		check(paper_from_text(heads[i][0], strlen(heads[i][0])),
		    heads[i][1]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(paper_1_1),
		cmocka_unit_test(paper_1_2),
		cmocka_unit_test(paper_1_3),
		cmocka_unit_test(paper_2_1),
		cmocka_unit_test(paper_2_2),
		cmocka_unit_test(paper_2_3),
		cmocka_unit_test(paper_3_1),
	};

	return (cmocka_run_group_tests_name("paper", tests, NULL, NULL));
}
