/*
 * store-bench: fills a store with a generated archive and times the import
 * and searches of 1-, 2-, 3- and 4-character queries and Latin words (first
 * 20 hits, newest first, and by relevance).
 *
 * usage: build/tools/store-bench DB [ARTICLES]   (default 300000; 0 times
 * the searches on an existing DB, upgrading its schema first and timing
 * that)
 *
 * The text is made up here from a small word list (its own words, no
 * newspaper's): seven articles of about 750 characters a page, twenty pages
 * an issue, one issue a day.  Every 16th article ends with a Latin word,
 * every 997th with a rarer one (counted, not drawn, so the random stream
 * and the Chinese text stay as they were).  Page text is what a page file
 * would hold; throughput is counted in page-text bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kanbao/buf.h"
#include "kanbao/import.h"
#include "kanbao/store.h"
#include "kanbao/xmalloc.h"

static const char *bench_words[] = {
	"城市", "建设", "项目", "企业", "发展", "经济", "市场", "服务", "群众",
	"社区", "工作", "推进", "提升", "质量", "创新", "科技", "教育", "学校",
	"医院", "健康", "交通", "道路", "地铁", "公交", "环境", "绿色", "生态",
	"河道", "公园", "文化", "活动", "演出", "展览", "体育", "比赛", "运动",
	"农业", "农村", "村民", "产业", "投资", "资金", "政策", "改革", "开放",
	"合作", "国际", "贸易", "出口", "工厂", "生产", "制造", "产品", "消费",
	"居民", "生活", "住房", "老人", "儿童", "家庭", "志愿", "安全", "检查",
	"天气", "气温", "降雨", "大风", "冬季", "春节", "节日", "游客", "旅游",
	"港口", "机场", "铁路", "能源", "电力", "数据", "平台", "网络", "数字",
	"人才", "就业", "岗位", "培训", "管理", "部门", "会议", "计划", "目标",
	"记者", "采访", "报道", "新闻", "今天", "明天", "去年", "今年", "全年",
	"增长", "下降", "完成", "实现", "开展", "组织", "参加", "举行", "启动",
	"区域", "中心", "街道", "乡镇", "工程", "改造", "更新", "设施", "系统",
	"我们", "他们", "大家", "一起", "已经", "正在", "将会", "可以", "需要",
	"水果", "蔬菜", "价格", "供应", "超市", "商场", "餐饮", "美食", "品牌",
	"海洋", "渔业", "船舶", "航运", "物流", "仓储", "快递", "电商", "直播",
};
#define BENCH_NWORDS (sizeof bench_words / sizeof bench_words[0])
static const char *bench_fill[] = { "的", "了", "和", "在", "是", "有",
	"对", "把", "被", "与" };
static const char *bench_punct[] = { "，", "，", "，", "。", "、", "；" };

static uint64_t bench_rng = 0x9e3779b97f4a7c15ULL;
static uint64_t bench_narticles;

static uint32_t
bench_rand(uint32_t n)
{
	bench_rng ^= bench_rng << 13;
	bench_rng ^= bench_rng >> 7;
	bench_rng ^= bench_rng << 17;
	return ((uint32_t)(bench_rng % n));
}

/* A word, skewed towards the start of the list (roughly Zipf). */
static const char *
bench_word(void)
{
	uint32_t	r = bench_rand(BENCH_NWORDS);

	return (bench_words[bench_rand(r + 1)]);
}

static char *
bench_paragraph(int chars)
{
	struct buf	b = BUF_INIT;
	int		n = 0;

	while (n < chars) {
		buf_adds(&b, bench_word());
		n += 2;
		if (bench_rand(3) == 0) {
			buf_adds(&b, bench_fill[bench_rand(10)]);
			n++;
		}
		if (bench_rand(6) == 0) {
			buf_adds(&b, bench_punct[bench_rand(6)]);
			n++;
		}
	}
	buf_adds(&b, "。");
	return (buf_detach(&b));
}

static struct parse_page *
bench_page(struct buf *text)
{
	struct parse_page	*pg = xcalloc(1, sizeof *pg);
	struct parse_article	*a;
	size_t			 i, j;

	buf_truncate(text, 0);
	pg->narticles = 7;
	pg->articles = xcalloc(pg->narticles, sizeof *pg->articles);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		a->kind = bench_rand(10) == 0 ? PARSE_COMMENTARY : PARSE_NEWS;
		a->kicker = xstrdup("");
		a->title = bench_paragraph(10);
		a->subtitle = xstrdup("");
		a->byline = xstrdup("本报记者");
		a->nparagraphs = 5;
		a->paragraphs = xcalloc(a->nparagraphs, sizeof *a->paragraphs);
		buf_printf(text, "%s\n%s\n", a->title, a->byline);
		for (j = 0; j < a->nparagraphs; j++) {
			a->paragraphs[j] = bench_paragraph(130 +
			    (int)bench_rand(40));
			if (j + 1 == a->nparagraphs &&
			    ++bench_narticles % 16 == 0) {
				char	*p = a->paragraphs[j];

				xasprintf(&a->paragraphs[j], "%s%s", p,
				    bench_narticles % 997 == 0 ?
				    " Harbour Forum" : " Forum");
				free(p);
			}
			buf_printf(text, "　　%s\n", a->paragraphs[j]);
		}
		a->continued_to = xstrdup("");
		a->continued_from = xstrdup("");
	}
	return (pg);
}

static double
bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

/* CPU seconds of this process: less swayed than the clock by others. */
static double
bench_cpu(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

static int
bench_hit(const struct store_hit *h, void *arg)
{
	(void)h;
	(*(size_t *)arg)++;
	return (0);
}

static int
bench_cmp(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return (x < y ? -1 : x > y);
}

/* Times n queries made by make(); prints p50, p95 and the max. */
static void
bench_queries(struct store *s, const char *label, const char **qs, size_t n,
    enum store_rank rank)
{
	struct store_query	 q = { NULL, 0, 0, rank, 0, 20, 0, 0 };
	double			*t = xcalloc(n, sizeof *t), t0;
	size_t			 i, hits, total = 0;
	char			*cause;

	for (i = 0; i < n; i++) {
		q.text = qs[i];
		hits = 0;
		t0 = bench_now();
		if (store_search(s, &q, bench_hit, &hits, &cause) != 0)
			fatal("%s", cause);
		t[i] = (bench_now() - t0) * 1000;
		total += hits;
	}
	qsort(t, n, sizeof *t, bench_cmp);
	printf("search %-28s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms"
	    "  (%zu queries, %.1f hits avg)\n", label, t[n / 2],
	    t[n * 95 / 100], t[n - 1], n, (double)total / n);
	free(t);
}

int
main(int argc, char **argv)
{
	struct store		*s;
	struct topic_set	*ts = topic_set_default();
	struct parse_page	*pg;
	struct buf		 text = BUF_INIT;
	struct store_page_in	 in;
	enum store_put_result	 r;
	FILE			*f;
	const char		*q1[40], *q2[40], *q2r[40], *q3[40], *q4[40];
	const char		*qlat[] = { "forum", "HARBOUR", "nothing" };
	char			*cause, date[11], name[64];
	double			 t0, c0, secs, cpu, bytes = 0;
	size_t			 articles, done = 0, n, i;
	int			 day = 0, page, flags;
	struct tm		 tm;
	time_t			 base = 1262304000;	/* 2010-01-01 */

	if (argc < 2)
		fatal("usage: store-bench DB [ARTICLES]");
	articles = argc > 2 ? strtoul(argv[2], NULL, 10) : 300000;
	if (articles == 0) {
		t0 = bench_now();
		if ((s = store_open(argv[1], 0, &cause)) == NULL)
			fatal("%s", cause);
		store_close(s);
		printf("open (and upgrade) %.1f s\n", bench_now() - t0);
		goto search;
	}
	/* STORE_BENCH_PER_PAGE=1: a transaction per page, as before batches. */
	flags = STORE_CREATE;
	if (getenv("STORE_BENCH_PER_PAGE") == NULL)
		flags |= STORE_IMPORT;
	if ((s = store_open(argv[1], flags, &cause)) == NULL)
		fatal("%s", cause);
	t0 = bench_now();
	c0 = bench_cpu();
	while (done < articles) {
		time_t	 when = base + (time_t)day * 86400;

		gmtime_r(&when, &tm);
		strftime(date, sizeof date, "%Y-%m-%d", &tm);
		for (page = 1; page <= 20 && done < articles; page++) {
			pg = bench_page(&text);
			snprintf(name, sizeof name, "%s/p%02d.txt", date, page);
			in.date = date;
			in.issue_name = NULL;
			in.number = page;
			in.source = name;
			in.text = text.data;
			in.len = text.len;
			if (import_put_page(s, &in, pg, ts, &r, &n, &cause) != 0)
				fatal("%s", cause);
			bytes += (double)text.len;
			done += n;
			parse_page_free(pg);
		}
		day++;
	}
	if (store_sync(s, &cause) != 0)
		fatal("%s", cause);
	store_close(s);
	secs = bench_now() - t0;
	cpu = bench_cpu() - c0;
	f = fopen(argv[1], "r");
	fseek(f, 0, SEEK_END);
	printf("import %zu articles, %d issues, %.1f MB page text in %.1f s:"
	    " %.1f MB/s; store %.1f MB (%.2f MB per MB of text)\n", done,
	    day, bytes / 1e6, secs, bytes / 1e6 / secs, (double)ftell(f) / 1e6,
	    (double)ftell(f) / bytes);
	printf("import CPU %.1f s: %.1f MB/s of CPU time\n", cpu,
	    bytes / 1e6 / cpu);
	fclose(f);

search:
	if ((s = store_open(argv[1], STORE_READONLY, &cause)) == NULL)
		fatal("%s", cause);
	static const char *ones = "城项企济场务众区作进升量新技育校院康通路"
	    "铁交境色态道园化动出览育赛农村民业投金策革开";
	static const char *rare1[] = { "船", "舶", "航", "运", "物", "流",
	    "仓", "储", "快", "递" };
	for (i = 0; i < 40; i++) {
		q1[i] = xstrndup(ones + 3 * i, 3);
		q2[i] = bench_words[i * 3 % BENCH_NWORDS];
		/* Two common characters that never stand side by side. */
		xasprintf((char **)&q2r[i], "%.3s%.3s", bench_words[i % 20] + 3,
		    bench_words[(i + 7) % 20] + 3);
		xasprintf((char **)&q4[i], "%s%s", bench_words[(i * 7) %
		    BENCH_NWORDS], bench_words[(i * 11 + 3) % BENCH_NWORDS]);
		/* A word and the first character of another. */
		xasprintf((char **)&q3[i], "%s%.3s", bench_words[(i * 5) %
		    BENCH_NWORDS], bench_words[(i * 13 + 1) % BENCH_NWORDS]);
	}
	bench_queries(s, "1 char (common)", q1, 40, STORE_RANK_DATE);
	bench_queries(s, "1 char (rare)", rare1, 10, STORE_RANK_DATE);
	bench_queries(s, "2 chars (a word)", q2, 40, STORE_RANK_DATE);
	bench_queries(s, "2 chars (never adjacent)", q2r, 40,
	    STORE_RANK_DATE);
	bench_queries(s, "3 chars (word + char)", q3, 40, STORE_RANK_DATE);
	bench_queries(s, "4 chars (two words)", q4, 40, STORE_RANK_DATE);
	bench_queries(s, "latin word (1/16)", qlat, 1, STORE_RANK_DATE);
	bench_queries(s, "latin word (1/16000)", qlat + 1, 1, STORE_RANK_DATE);
	bench_queries(s, "latin word (absent)", qlat + 2, 1, STORE_RANK_DATE);
	bench_queries(s, "1 char by relevance", q1, 10, STORE_RANK_RELEVANCE);
	bench_queries(s, "2 chars by relevance", q2, 10,
	    STORE_RANK_RELEVANCE);
	bench_queries(s, "4 chars by relevance", q4, 10,
	    STORE_RANK_RELEVANCE);
	store_close(s);
	topic_set_free(ts);
	buf_free(&text);
	return (0);
}
