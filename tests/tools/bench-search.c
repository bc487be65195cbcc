/*
 * bench-search: search latency on a store, for make bench.
 *
 *	bench-search [-n QUERIES] [-l LIMIT] [-s SEED] DB
 *
 * Queries are drawn from the store's own text, so that they hit as real
 * ones do: with a fixed seed (default 1), random articles are read
 * (random issue, random article of it, random paragraph) and a run of 1,
 * 2 or 4 Han characters is cut from a random place in the paragraph; Latin
 * queries are drawn from the distinct words of ASCII letters and digits
 * (two letters at least) found in the first articles read, so with few
 * such words the same ones recur.
 * Each class gets QUERIES queries (default 20).
 *
 * A query is timed from the call of store_search() to its return, newest
 * first and with at most LIMIT hits (default 20: the first screen of the
 * reader's result list), in this process: what the reader pays once it
 * is running, not the start of a command.  One untimed query warms the
 * store first.  Output, one class a line, milliseconds of wall time:
 *
 *	search CLASS p50 MS p95 MS max MS n N hits H distinct D
 *
 * with H the mean number of hits per query and D the number of distinct
 * queries; "search latin none" when the
 * store holds no Latin word.  The queries themselves go to standard error
 * with -v.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kanbao/store.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

#define BENCH_SEARCH_TRIES	20000	/* articles read at most */
#define BENCH_SEARCH_LATIN	500	/* articles read for Latin words */

static uint64_t	bench_search_rng;
static int	bench_search_verbose;

static uint32_t
bench_search_rand(uint32_t n)
{
	bench_search_rng ^= bench_search_rng << 13;
	bench_search_rng ^= bench_search_rng >> 7;
	bench_search_rng ^= bench_search_rng << 17;
	return ((uint32_t)(bench_search_rng % n));
}

static double
bench_search_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e3 + ts.tv_nsec / 1e6);
}

static int
bench_search_cmp(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return (x < y ? -1 : x > y);
}

/* A random article of the store; NULL if it has none. */
static struct store_article *
bench_search_article(struct store *s, int64_t nissues)
{
	struct store_issue		*is;
	struct store_article_row	*rows;
	struct store_article		*a;
	struct store_filter		 f;
	size_t				 n, nrows;
	char				*cause;

	if (store_issues(s, bench_search_rand((uint32_t)nissues), 1, &is, &n,
	    &cause) != 0)
		fatal("%s", cause);
	if (n == 0)
		return (NULL);
	memset(&f, 0, sizeof f);
	f.issue = is[0].id;
	store_issues_free(is, n);
	if (store_articles(s, &f, &rows, &nrows, &cause) != 0)
		fatal("%s", cause);
	if (nrows == 0) {
		store_articles_free(rows, nrows);
		return (NULL);
	}
	a = store_article_get(s, rows[bench_search_rand((uint32_t)nrows)].id,
	    &cause);
	store_articles_free(rows, nrows);
	if (a == NULL)
		fatal("%s", cause);
	return (a);
}

/*
 * A run of k Han characters from a random paragraph of a, starting at a
 * random one of the places where such a run starts; NULL if there is
 * none.  Caller frees.
 */
static char *
bench_search_han(const struct store_article *a, int k)
{
	const char	*p;
	size_t		 len, off, starts[4096], nstarts = 0, ends[4096];
	size_t		 i, w, run = 0;
	uint32_t	 cp;
	size_t		 pos[4096];

	if (a->nparagraphs == 0)
		return (NULL);
	p = a->paragraphs[bench_search_rand((uint32_t)a->nparagraphs)];
	len = strlen(p);
	/* pos[] holds the byte offset of each of the last Han characters. */
	for (off = 0; off < len && nstarts < 4096; off += w) {
		w = text_utf8_next(p + off, len - off, &cp);
		if (!text_is_han(cp)) {
			run = 0;
			continue;
		}
		pos[run % 4096] = off;
		run++;
		if (run >= (size_t)k) {
			starts[nstarts] = pos[(run - (size_t)k) % 4096];
			ends[nstarts] = off + w;
			nstarts++;
		}
	}
	if (nstarts == 0)
		return (NULL);
	i = bench_search_rand((uint32_t)nstarts);
	return (xstrndup(p + starts[i], ends[i] - starts[i]));
}

static int
bench_search_alpha(char c)
{
	return ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

/*
 * Adds the Latin words of s not yet in words: runs of ASCII letters and
 * digits with two letters or more, whole, since the index takes "10GWh"
 * as one word.
 */
static void
bench_search_latin(const char *s, char ***words, size_t *n)
{
	const char	*p = s, *q;
	char		*w;
	size_t		 i, letters;

	while (*p != '\0') {
		if (!bench_search_alpha(*p) && !(*p >= '0' && *p <= '9')) {
			p++;
			continue;
		}
		letters = 0;
		for (q = p; bench_search_alpha(*q) || (*q >= '0' && *q <= '9');
		    q++)
			letters += bench_search_alpha(*q);
		if (letters >= 2) {
			w = xstrndup(p, (size_t)(q - p));
			for (i = 0; i < *n; i++) {
				if (strcmp((*words)[i], w) == 0)
					break;
			}
			if (i == *n) {
				*words = xreallocarray(*words, *n + 1,
				    sizeof **words);
				(*words)[(*n)++] = w;
			} else
				free(w);
		}
		p = q;
	}
}

static int
bench_search_hit(const struct store_hit *h, void *arg)
{
	(void)h;
	(*(size_t *)arg)++;
	return (0);
}

static size_t
bench_search_distinct(char **qs, size_t n)
{
	size_t	i, j, d = 0;

	for (i = 0; i < n; i++) {
		for (j = 0; j < i && strcmp(qs[i], qs[j]) != 0; j++)
			;
		d += j == i;
	}
	return (d);
}

/* Times the queries of one class and prints its line. */
static void
bench_search_time(struct store *s, const char *label, char **qs, size_t n,
    size_t distinct, size_t limit)
{
	struct store_query	 q;
	double			*t, t0;
	size_t			 i, hits, total = 0;
	char			*cause;

	if (n == 0) {
		printf("search %s none\n", label);
		return;
	}
	t = xcalloc(n, sizeof *t);
	for (i = 0; i < n; i++) {
		memset(&q, 0, sizeof q);
		q.text = qs[i];
		q.rank = STORE_RANK_DATE;
		q.limit = limit;
		hits = 0;
		t0 = bench_search_now();
		if (store_search(s, &q, bench_search_hit, &hits, &cause) != 0)
			fatal("search %s: %s", qs[i], cause);
		t[i] = bench_search_now() - t0;
		total += hits;
		if (bench_search_verbose)
			fprintf(stderr, "%s\t%s\t%.3f ms\t%zu hits\n", label,
			    qs[i], t[i], hits);
	}
	qsort(t, n, sizeof *t, bench_search_cmp);
	printf("search %s p50 %.3f p95 %.3f max %.3f n %zu hits %.1f "
	    "distinct %zu\n", label, t[(n - 1) / 2],
	    t[(n * 95 + 99) / 100 - 1], t[n - 1], n, (double)total / (double)n,
	    distinct);
	free(t);
}

int
main(int argc, char **argv)
{
	static const int	 lens[] = { 1, 2, 4 };
	struct store		*s;
	struct store_article	*a;
	struct store_query	 warm;
	char			**qs[3], **latin = NULL, **lq, *cause, *q;
	char			 label[16];
	size_t			 n = 20, limit = 20, nq[3], nlatin = 0, i;
	size_t			 tries, hits = 0;
	int64_t			 nissues;
	int			 ch, k;

	bench_search_rng = 1;
	while ((ch = getopt(argc, argv, "l:n:s:v")) != -1) {
		switch (ch) {
		case 'l':
			limit = strtoul(optarg, NULL, 10);
			break;
		case 'n':
			n = strtoul(optarg, NULL, 10);
			break;
		case 's':
			bench_search_rng = strtoull(optarg, NULL, 10);
			break;
		case 'v':
			bench_search_verbose = 1;
			break;
		default:
			goto usage;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 1 || n == 0)
		goto usage;
	/* xorshift never leaves 0; mix the seed so small ones differ. */
	bench_search_rng = bench_search_rng * 0x9e3779b97f4a7c15ULL + 1;

	if ((s = store_open(argv[0], STORE_READONLY, &cause)) == NULL)
		fatal("%s", cause);
	if (store_issue_count(s, &nissues, &cause) != 0)
		fatal("%s", cause);
	if (nissues == 0)
		fatal("%s: no issues", argv[0]);

	for (k = 0; k < 3; k++) {
		qs[k] = xcalloc(n, sizeof *qs[k]);
		nq[k] = 0;
	}
	for (tries = 0; tries < BENCH_SEARCH_TRIES; tries++) {
		for (k = 0; k < 3 && nq[k] == n; k++)
			;
		if (k == 3 && tries >= BENCH_SEARCH_LATIN)
			break;
		if ((a = bench_search_article(s, nissues)) == NULL)
			continue;
		if (tries < BENCH_SEARCH_LATIN) {
			bench_search_latin(a->title, &latin, &nlatin);
			for (i = 0; i < a->nparagraphs; i++)
				bench_search_latin(a->paragraphs[i], &latin,
				    &nlatin);
		}
		for (k = 0; k < 3; k++) {
			if (nq[k] == n)
				continue;
			if ((q = bench_search_han(a, lens[k])) != NULL)
				qs[k][nq[k]++] = q;
			break;	/* one query per article */
		}
		store_article_free(a);
	}

	memset(&warm, 0, sizeof warm);
	warm.text = nq[1] > 0 ? qs[1][0] : "的";
	warm.limit = limit;
	if (store_search(s, &warm, bench_search_hit, &hits, &cause) != 0)
		fatal("%s", cause);

	for (k = 0; k < 3; k++) {
		snprintf(label, sizeof label, "han%d", lens[k]);
		bench_search_time(s, label, qs[k], nq[k],
		    bench_search_distinct(qs[k], nq[k]), limit);
	}
	lq = xcalloc(n, sizeof *lq);
	for (i = 0; i < n && nlatin > 0; i++)
		lq[i] = latin[bench_search_rand((uint32_t)nlatin)];
	bench_search_time(s, "latin", lq, nlatin > 0 ? n : 0,
	    bench_search_distinct(lq, nlatin > 0 ? n : 0), limit);

	for (k = 0; k < 3; k++) {
		for (i = 0; i < nq[k]; i++)
			free(qs[k][i]);
		free(qs[k]);
	}
	for (i = 0; i < nlatin; i++)
		free(latin[i]);
	free(latin);
	free(lq);
	store_close(s);
	return (0);

usage:
	fprintf(stderr, "usage: bench-search [-n QUERIES] [-l LIMIT] "
	    "[-s SEED] [-v] DB\n");
	return (2);
}
