/*
 * bench-parse: the page parser's throughput, in process, for make bench.
 *
 *	bench-parse [-m MB] [-r RUNS] DIR...
 *
 * Reads the page files (*.txt, *.md) under each DIR, in name order, and
 * decodes them as the importer does; then, with the clock running, only
 * parses them (parse_page) and frees the result, RUNS times (default 1).
 * Files are read until MB megabytes of page text are in memory (default:
 * all of them), so a large archive can be sampled from its start.  Prints
 * one line, of the fastest run:
 *
 *	parse pages N bytes B seconds S mbps R articles A
 *
 * where R is megabytes (10^6 bytes) of decoded page text per second of
 * wall time.  The fastest of a few runs is the one other programs on the
 * machine took the least time from.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kanbao/file.h"
#include "kanbao/parse.h"
#include "kanbao/xmalloc.h"

struct bench_parse_page {
	char		*text;
	size_t		 len;
};

struct bench_parse_set {
	struct bench_parse_page	*pages;
	size_t			 n;
	size_t			 bytes;
	size_t			 max;		/* 0: no limit */
};

static double
bench_parse_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

static int
bench_parse_cmp(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

static int
bench_parse_is_page(const char *name)
{
	size_t	n = strlen(name);

	return ((n > 4 && strcmp(name + n - 4, ".txt") == 0) ||
	    (n > 3 && strcmp(name + n - 3, ".md") == 0));
}

/* Reads the pages under path into set until it is full. */
static void
bench_parse_walk(struct bench_parse_set *set, const char *path)
{
	struct bench_parse_page	*p;
	struct dirent		*de;
	struct stat		 sb;
	DIR			*d;
	char			**names = NULL, *sub, *cause = NULL;
	const char		*enc;
	size_t			 n = 0, i;

	if (stat(path, &sb) != 0)
		fatal("%s: %s", path, strerror(errno));
	if (!S_ISDIR(sb.st_mode)) {
		if (set->max != 0 && set->bytes >= set->max)
			return;
		set->pages = xreallocarray(set->pages, set->n + 1,
		    sizeof *set->pages);
		p = &set->pages[set->n];
		if ((p->text = file_read_page(path, &p->len, &enc, &cause)) ==
		    NULL)
			fatal("%s: %s", path, cause);
		set->bytes += p->len;
		set->n++;
		return;
	}
	if ((d = opendir(path)) == NULL)
		fatal("%s: %s", path, strerror(errno));
	while ((de = readdir(d)) != NULL) {
		if (*de->d_name == '.')
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, bench_parse_cmp);
	for (i = 0; i < n; i++) {
		xasprintf(&sub, "%s/%s", path, names[i]);
		if (stat(sub, &sb) == 0 &&
		    (S_ISDIR(sb.st_mode) || bench_parse_is_page(names[i])))
			bench_parse_walk(set, sub);
		free(sub);
		free(names[i]);
	}
	free(names);
}

int
main(int argc, char **argv)
{
	struct bench_parse_set	 set = { NULL, 0, 0, 0 };
	struct parse_page	*pg;
	size_t			 i, articles = 0;
	double			 t0, t, secs = 0;
	int			 ch, runs = 1, r;

	while ((ch = getopt(argc, argv, "m:r:")) != -1) {
		switch (ch) {
		case 'm':
			set.max = (size_t)(atof(optarg) * 1e6);
			break;
		case 'r':
			if ((runs = atoi(optarg)) < 1)
				goto usage;
			break;
		default:
			goto usage;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		goto usage;
	for (i = 0; i < (size_t)argc; i++)
		bench_parse_walk(&set, argv[i]);
	if (set.n == 0)
		fatal("no page files found");

	for (r = 0; r < runs; r++) {
		articles = 0;
		t0 = bench_parse_now();
		for (i = 0; i < set.n; i++) {
			pg = parse_page(set.pages[i].text, set.pages[i].len);
			articles += pg->narticles;
			parse_page_free(pg);
		}
		t = bench_parse_now() - t0;
		if (r == 0 || t < secs)
			secs = t;
	}
	printf("parse pages %zu bytes %zu seconds %.3f mbps %.2f articles "
	    "%zu\n", set.n, set.bytes, secs, (double)set.bytes / 1e6 / secs,
	    articles);
	for (i = 0; i < set.n; i++)
		free(set.pages[i].text);
	free(set.pages);
	return (0);

usage:
	fprintf(stderr, "usage: bench-parse [-m MB] [-r RUNS] DIR...\n");
	return (2);
}
