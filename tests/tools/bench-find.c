/*
 * bench-find: the reader's finding keys at archive scale, for the figures
 * of make bench.
 *
 *	bench-find DB
 *
 * Times, in this process and on the store as it is:
 *   - building the jump list's index (every title, once, on the first :);
 *   - each keystroke of typing a query at the jump prompt (the list of the
 *     first 500 matches, newest first): full pinyin, initials, a Chinese
 *     substring, and a query nothing matches (every title looked at);
 *   - toggling each topic of the filter: the issues with matches and their
 *     counts, then the first issue's matching articles and topic counts;
 *   - the first screen (48 hits) of a search for 1, 2 and 4 characters.
 * Output: one line per measure, milliseconds of wall time.
 */
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kanbao/jump.h"
#include "kanbao/pinyin.h"
#include "kanbao/store.h"
#include "kanbao/xmalloc.h"

static double
bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e3 + ts.tv_nsec / 1e6);
}

static int
bench_add(const struct store_title *t, void *arg)
{
	jump_add(arg, t);
	return (0);
}

static long
bench_rss_kb(void)
{
	FILE	*f = fopen("/proc/self/status", "r");
	char	 line[256];
	long	 kb = -1;

	if (f == NULL)
		return (-1);
	while (fgets(line, sizeof line, f) != NULL) {
		if (strncmp(line, "VmRSS:", 6) == 0)
			kb = atol(line + 6);
	}
	fclose(f);
	return (kb);
}

/* Types query one key at a time; prints the worst and the last key. */
static void
bench_type(struct jump *j, const char *label, const char *query)
{
	struct pinyin_query	 q;
	struct jump_hit		 hits[500];
	char			 typed[128];
	size_t			 len = strlen(query), i, n = 0, step;
	double			 t0, t, worst = 0, sum = 0;
	int			 all, keys = 0;
	uint32_t		 cp;

	for (i = 0; i < len; i += step) {
		step = 1;
		if ((unsigned char)query[i] >= 0x80)
			step = (unsigned char)query[i] >= 0xf0 ? 4 :
			    (unsigned char)query[i] >= 0xe0 ? 3 : 2;
		memcpy(typed, query, i + step);
		typed[i + step] = '\0';
		t0 = bench_now();
		pinyin_query_init(&q, typed);
		n = jump_find(j, &q, 1, hits, 500, &all);
		t = bench_now() - t0;
		sum += t;
		keys++;
		if (t > worst)
			worst = t;
	}
	(void)cp;
	printf("jump %-24s %2d keys  mean %6.2f ms  worst %6.2f ms  "
	    "(%zu%s matches at the end)\n", label, keys, sum / keys, worst, n,
	    n == 500 ? "+" : "");
}

static int
bench_hit(const struct store_hit *h, void *arg)
{
	(void)h;
	(*(size_t *)arg)++;
	return (0);
}

int
main(int argc, char **argv)
{
	struct store		*s;
	struct jump		*j;
	struct store_issue	*iss;
	struct store_article_row *arts;
	struct store_topic	*tp, *tp2;
	struct store_filter	 f;
	struct store_query	 sq;
	static const char *const queries[] = { "城", "城市", "城市建设" };
	size_t			 n, ntp, ntp2, narts, i, hits;
	double			 t0, t;
	long			 rss0;
	char			*cause;

	if (argc != 2) {
		fprintf(stderr, "usage: bench-find DB\n");
		return (2);
	}
	if ((s = store_open(argv[1], STORE_READONLY, &cause)) == NULL) {
		fprintf(stderr, "bench-find: %s\n", cause);
		return (1);
	}

	rss0 = bench_rss_kb();
	j = jump_create();
	t0 = bench_now();
	if (store_titles_each(s, 0, 0, bench_add, j, &cause) != 0) {
		fprintf(stderr, "bench-find: %s\n", cause);
		return (1);
	}
	t = bench_now() - t0;
	printf("jump index: %zu titles in %.0f ms, %+ld kB resident",
	    jump_count(j), t, bench_rss_kb() - rss0);
	{
		/* The index alone, without SQLite's page cache. */
		struct jump	*k = jump_create();
		size_t		 before = mallinfo2().uordblks +
		    mallinfo2().hblkhd;
		struct jump_entry e;

		for (i = 0; i < jump_count(j); i++) {
			struct store_title st;

			jump_get(j, i, &e);
			st.id = e.id;
			st.issue = e.issue;
			st.date = e.date;
			st.page = e.page;
			st.title = e.title;
			st.paper = e.paper;
			jump_add(k, &st);
		}
		printf(" (the index: %zu kB)\n",
		    (mallinfo2().uordblks + mallinfo2().hblkhd -
		    before) / 1024);
		jump_free(k);
	}
	bench_type(j, "pinyin chengshijianshe", "chengshijianshe");
	bench_type(j, "initials csjs", "csjs");
	bench_type(j, "Chinese 城市建设", "城市建设");
	bench_type(j, "no match qqqqxx", "qqqqxx");
	bench_type(j, "no match 龘龘", "龘龘");

	if (store_topics(s, 0, &tp, &ntp, &cause) != 0) {
		fprintf(stderr, "bench-find: %s\n", cause);
		return (1);
	}
	for (i = 0; i < ntp; i++) {
		t0 = bench_now();
		if (store_issues_filtered(s, (uint64_t)1 << tp[i].bit, 0, 48,
		    &iss, &n, &cause) != 0) {
			fprintf(stderr, "bench-find: %s\n", cause);
			return (1);
		}
		memset(&f, 0, sizeof f);
		f.issue = n > 0 ? iss[0].id : 0;
		f.topics = (uint64_t)1 << tp[i].bit;
		narts = 0;
		arts = NULL;
		if (n > 0 && store_articles(s, &f, &arts, &narts, &cause) != 0)
			return (1);
		if (n > 0 && store_topics(s, iss[0].id, &tp2, &ntp2,
		    &cause) == 0)
			store_topics_free(tp2, ntp2);
		t = bench_now() - t0;
		printf("topic filter %-12s %7.2f ms  (%zu of the newest 48 "
		    "issues, %lld articles in all)\n", tp[i].name, t, n,
		    (long long)tp[i].count);
		store_articles_free(arts, narts);
		store_issues_free(iss, n);
	}
	store_topics_free(tp, ntp);

	for (i = 0; i < sizeof queries / sizeof *queries; i++) {
		memset(&sq, 0, sizeof sq);
		sq.text = queries[i];
		sq.rank = STORE_RANK_DATE;
		sq.limit = 48;
		hits = 0;
		t0 = bench_now();
		if (store_search(s, &sq, bench_hit, &hits, &cause) != 0) {
			fprintf(stderr, "bench-find: %s\n", cause);
			return (1);
		}
		t = bench_now() - t0;
		printf("search first screen %-12s %7.2f ms  (%zu hits)\n",
		    queries[i], t, hits);
	}
	jump_free(j);
	store_close(s);
	return (0);
}
