/*
 * kanbao import [--date D] [--page N] PATH...: parse page files (or the
 * page files under directories) and store them.
 *
 * Date and page come from the options, else from the path (2023-02-10,
 * 20230210, p01, _01, 第1版), else the page goes to an undated issue named
 * after the file.  The store commits whole pages only, several at a time
 * (STORE_IMPORT), so a killed import leaves whole pages and a re-run
 * picks up where it stopped (unchanged pages are skipped by content).
 * A bad file is reported and skipped; the exit status is then 1.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kanbao/cli-store.h"
#include "kanbao/file.h"
#include "kanbao/parse.h"
#include "kanbao/topic.h"

struct import_list {
	char	**paths;
	size_t	  n;
};

static void
import_add(struct import_list *l, const char *path)
{
	l->paths = xreallocarray(l->paths, l->n + 1, sizeof *l->paths);
	l->paths[l->n++] = xstrdup(path);
}

static int
import_cmp(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

/* Page files in a directory: *.txt and *.md, hidden ones skipped. */
static int
import_is_page(const char *name)
{
	size_t	n = strlen(name);

	if (*name == '.')
		return (0);
	return ((n > 4 && strcmp(name + n - 4, ".txt") == 0) ||
	    (n > 3 && strcmp(name + n - 3, ".md") == 0));
}

/* Collects the page files under dir, in name order. */
static int
import_walk(struct import_list *l, const char *dir, int depth)
{
	DIR		*d;
	struct dirent	*de;
	struct stat	 sb;
	char		**names = NULL, *path;
	size_t		 n = 0, i;
	int		 status = 0;

	if (depth > 32 || (d = opendir(dir)) == NULL) {
		cli_error("%s: %s", dir, depth > 32 ? "too deep" :
		    strerror(errno));
		return (-1);
	}
	while ((de = readdir(d)) != NULL) {
		if (*de->d_name == '.')
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n != 0)
		qsort(names, n, sizeof *names, import_cmp);
	for (i = 0; i < n; i++) {
		xasprintf(&path, "%s/%s", dir, names[i]);
		if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
			if (import_walk(l, path, depth + 1) != 0)
				status = -1;
		} else if (import_is_page(names[i]))
			import_add(l, path);
		free(path);
		free(names[i]);
	}
	free(names);
	return (status);
}

/* The last date (YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD) in path, if any. */
static int
import_path_date(const char *path, char out[11])
{
	const char	*p;
	char		 tmp[11];
	int		 found = 0;
	size_t		 len = strlen(path);

	for (p = path; (size_t)(p - path) + 8 <= len; p++) {
		if (p != path && p[-1] >= '0' && p[-1] <= '9')
			continue;
		if ((size_t)(p - path) + 10 <= len &&
		    (p[4] == '-' || p[4] == '_' || p[4] == '.') &&
		    p[7] == p[4] && (p[10] < '0' || p[10] > '9')) {
			snprintf(tmp, sizeof tmp, "%.4s-%.2s-%.2s", p, p + 5,
			    p + 8);
			if (store_date_parse(tmp, out) == 0) {
				found = 1;
				continue;
			}
		}
		if (strspn(p, "0123456789") == 8) {
			snprintf(tmp, sizeof tmp, "%.8s", p);
			if (store_date_parse(tmp, out) == 0)
				found = 1;
		}
	}
	return (found ? 0 : -1);
}

/*
 * The page number in a file name (extension removed): 第N版, pN/PN/pageN,
 * a trailing _N or -N, or a name that is only a number.  Sets *cut to where
 * the page part starts (so the rest can name an undated issue).  -1 if
 * there is none.
 */
static int
import_name_page(const char *name, size_t *cut)
{
	const char	*p, *q;
	size_t		 len = strlen(name), k;
	long		 v;

	if ((p = strstr(name, "第")) != NULL &&
	    (k = strspn(p + 3, "0123456789")) > 0 && k < 4 &&
	    strncmp(p + 3 + k, "版", 3) == 0) {
		v = strtol(p + 3, NULL, 10);
		*cut = (size_t)(p - name);
		return (v > 0 ? (int)v : -1);
	}
	for (p = name + len; p > name; p--) {
		if (p[-1] < '0' || p[-1] > '9')
			break;
	}
	k = (size_t)(name + len - p);
	if (k == 0 || k > 3)
		return (-1);
	v = strtol(p, NULL, 10);
	if (v <= 0)
		return (-1);
	q = p;
	if (q == name) {
		*cut = 0;
		return ((int)v);
	}
	if (q[-1] == '_' || q[-1] == '-') {
		*cut = (size_t)(q - 1 - name);
		return ((int)v);
	}
	if (q[-1] == 'p' || q[-1] == 'P') {
		if (q - name >= 4 && strncasecmp(q - 4, "page", 4) == 0)
			q -= 3;
		q--;
		if (q == name || q[-1] == '_' || q[-1] == '-' ||
		    q[-1] == '.' || q[-1] == ' ') {
			*cut = q == name ? 0 : (size_t)(q - 1 - name);
			return ((int)v);
		}
	}
	return (-1);
}

struct import_stats {
	size_t	pages;
	size_t	added;
	size_t	replaced;
	size_t	articles;
	size_t	skipped;
};

static int
import_one(struct store *s, struct topic_set *ts, const char *path,
    const char *date_opt, int page_opt, struct import_stats *st)
{
	struct store_page_in	 in;
	struct parse_page	*pg;
	enum store_put_result	 r;
	const char		*base, *encoding;
	char			 date[11], *name, *dot, *text, *cause;
	size_t			 len, cut = 0, n;
	int			 number, rc;

	base = strrchr(path, '/');
	base = base != NULL ? base + 1 : path;
	name = xstrdup(base);
	if ((dot = strrchr(name, '.')) != NULL && dot != name)
		*dot = '\0';
	number = import_name_page(name, &cut);
	if (page_opt > 0)
		number = page_opt;
	else if (number < 0) {
		number = 1;
		cut = strlen(name);
	}
	if (cut > 0 && cut < strlen(name)) {
		name[cut] = '\0';
		len = strlen(name);
		while (len > 0 && strchr("_-. ", name[len - 1]) != NULL)
			name[--len] = '\0';
	}
	memset(&in, 0, sizeof in);
	if (date_opt != NULL)
		in.date = date_opt;
	else if (import_path_date(path, date) == 0)
		in.date = date;
	in.issue_name = *name != '\0' ? name : base;
	in.number = number;
	in.source = path;

	if ((text = file_read_page(path, &len, &encoding, &cause)) == NULL) {
		cli_error("%s: %s", path, cause);
		free(cause);
		free(name);
		st->skipped++;
		return (-1);
	}
	in.text = text;
	in.len = len;
	pg = parse_page(text, len);
	rc = store_put_page(s, &in, pg, ts, &r, &n, &cause);
	parse_page_free(pg);
	free(text);
	free(name);
	if (rc != 0) {
		cli_error("%s: %s", path, cause);
		free(cause);
		st->skipped++;
		return (-1);
	}
	st->pages++;
	st->articles += n;
	if (r == STORE_PUT_ADDED)
		st->added++;
	else if (r == STORE_PUT_REPLACED)
		st->replaced++;
	return (0);
}

static double
import_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

static void
import_progress(size_t done, size_t total)
{
	char	bar[31];
	size_t	fill = total == 0 ? 30 : done * 30 / total;

	memset(bar, '#', fill);
	memset(bar + fill, ' ', 30 - fill);
	bar[30] = '\0';
	fprintf(stderr, "\r[%s] %zu/%zu pages", bar, done, total);
	if (done == total)
		fprintf(stderr, "\r%*s\r", 50, "");
	fflush(stderr);
}

int
cli_import_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option	 opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "page", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cli_entry		*e = cli_find("import");
	struct import_list		 l = { NULL, 0 };
	struct import_stats		 st;
	struct topic_set		*ts;
	struct store			*s;
	struct stat			 sb;
	char				 date[11], *date_opt = NULL, *cause;
	double				 t0, last = 0, now;
	long				 page = 0;
	size_t				 i;
	int				 ch, status = CLI_OK, tty;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if (store_date_parse(optarg, date) != 0)
				return (cli_usage_error(e, "not a date: %s "
				    "(use 2023-02-10 or 20230210)", optarg));
			date_opt = date;
			break;
		case 'p':
			if (cli_store_number(optarg, 1, 999, &page) != 0)
				return (cli_usage_error(e, "not a page number:"
				    " %s", optarg));
			break;
		default:
			return (cli_bad_option(e, argv));
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return (cli_usage_error(e, "no file or directory given"));

	memset(&st, 0, sizeof st);
	for (i = 0; i < (size_t)argc; i++) {
		if (stat(argv[i], &sb) != 0) {
			cli_error("%s: %s", argv[i], strerror(errno));
			st.skipped++;
			status = CLI_ERROR;
		} else if (S_ISDIR(sb.st_mode)) {
			if (import_walk(&l, argv[i], 0) != 0)
				status = CLI_ERROR;
		} else
			import_add(&l, argv[i]);
	}
	if (page > 0 && l.n > 1) {
		for (i = 0; i < l.n; i++)
			free(l.paths[i]);
		free(l.paths);
		return (cli_usage_error(e, "--page with more than one file"));
	}
	if ((s = cli_store_open(ctx, STORE_CREATE | STORE_IMPORT)) == NULL) {
		for (i = 0; i < l.n; i++)
			free(l.paths[i]);
		free(l.paths);
		return (CLI_ERROR);
	}
	if (store_readonly(s)) {
		cli_error("%s: the store is read-only", store_path(s));
		for (i = 0; i < l.n; i++)
			free(l.paths[i]);
		free(l.paths);
		store_close(s);
		return (CLI_ERROR);
	}
	/* The user's topics file, as kanbao retag and parse read it. */
	ts = topic_set_user(&cause);
	if (cause != NULL) {
		cli_error("%s (using the built-in topics)", cause);
		free(cause);
	}
	tty = isatty(STDERR_FILENO);
	t0 = import_now();
	for (i = 0; i < l.n; i++) {
		if (import_one(s, ts, l.paths[i], date_opt, (int)page,
		    &st) != 0)
			status = CLI_ERROR;
		if (tty && ((now = import_now()) - last > 0.1 ||
		    i + 1 == l.n)) {
			import_progress(i + 1, l.n);
			last = now;
		}
		free(l.paths[i]);
	}
	free(l.paths);
	if (store_sync(s, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		status = CLI_ERROR;
	}
	printf("imported %zu pages (%zu new, %zu replaced, %zu unchanged), "
	    "%zu articles, %zu skipped, %.1fs\n", st.pages, st.added,
	    st.replaced, st.pages - st.added - st.replaced, st.articles,
	    st.skipped, import_now() - t0);
	if (fflush(stdout) != 0)
		status = CLI_ERROR;
	topic_set_free(ts);
	store_close(s);
	return (status);
}
