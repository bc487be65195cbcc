/*
 * bench-rss: the articles of a kanbao store as RSS feeds, for make bench
 * to import the same articles into newsboat.
 *
 *	bench-rss DB DIR
 *
 * Writes DIR/YYYY-MM.xml, one RSS 2.0 feed a month (undated issues go to
 * DIR/undated.xml), each item an article: its title (or kicker, or kind),
 * the date of its issue, and its paragraphs as the description; and
 * DIR/urls, newsboat's list of the feeds as file:// URLs.  Prints the
 * number of items on standard output.  Read through the store's own
 * functions, so that it does not depend on the schema.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/store.h"
#include "kanbao/xmalloc.h"

struct rss_ids {
	int64_t	*v;
	size_t	 n;
};

static void
rss_fatal(const char *what, const char *cause)
{
	fprintf(stderr, "bench-rss: %s: %s\n", what, cause);
	exit(1);
}

static int
rss_row(const struct store_article_row *r, void *arg)
{
	struct rss_ids	*ids = arg;

	ids->v = xreallocarray(ids->v, ids->n + 1, sizeof *ids->v);
	ids->v[ids->n++] = r->id;
	return (0);
}

/* Text escaped for XML. */
static void
rss_text(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '>':
			buf_adds(b, "&gt;");
			break;
		case '&':
			buf_adds(b, "&amp;");
			break;
		default:
			buf_addc(b, *s);
		}
	}
}

/* "2023-02-10" as an RFC 822 date, noon UTC. */
static void
rss_date(struct buf *b, const char *date)
{
	static const char	*months[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	int			 y, m, d;

	if (sscanf(date, "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12)
		y = 2000, m = 1, d = 1;
	buf_printf(b, "%02d %s %04d 12:00:00 +0000", d, months[m - 1], y);
}

static void
rss_close(FILE *f, const char *path)
{
	if (f == NULL)
		return;
	fputs("</channel>\n</rss>\n", f);
	if (fclose(f) != 0)
		rss_fatal(path, "write error");
}

int
main(int argc, char **argv)
{
	struct rss_ids		 ids = { NULL, 0 };
	struct store		*s;
	struct store_article	*a;
	struct buf		 b = BUF_INIT;
	FILE			*f = NULL, *urls;
	char			*cause, *path = NULL, feed[16], last[16] = "";
	char			*dir;
	size_t			 i, j;

	if (argc != 3) {
		fprintf(stderr, "usage: bench-rss DB DIR\n");
		return (2);
	}
	dir = realpath(argv[2], NULL);
	if (dir == NULL)
		rss_fatal(argv[2], "no such directory");
	if ((s = store_open(argv[1], STORE_READONLY, &cause)) == NULL)
		rss_fatal(argv[1], cause);
	if (store_articles_each(s, NULL, rss_row, &ids, &cause) != 0)
		rss_fatal(argv[1], cause);
	xasprintf(&path, "%s/urls", dir);
	if ((urls = fopen(path, "w")) == NULL)
		rss_fatal(path, "cannot write");
	free(path);
	path = NULL;
	for (i = 0; i < ids.n; i++) {
		if ((a = store_article_get(s, ids.v[i], &cause)) == NULL)
			rss_fatal(argv[1], cause);
		snprintf(feed, sizeof feed, "%.7s", *a->date != '\0' ?
		    a->date : "undated");
		if (strcmp(feed, last) != 0) {
			rss_close(f, path);
			free(path);
			xasprintf(&path, "%s/%s.xml", dir, feed);
			if ((f = fopen(path, "w")) == NULL)
				rss_fatal(path, "cannot write");
			fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			    "<rss version=\"2.0\">\n<channel>\n"
			    "<title>kanbao %s</title>\n"
			    "<link>https://example.invalid/%s</link>\n"
			    "<description>kanbao bench</description>\n",
			    feed, feed);
			fprintf(urls, "file://%s\n", path);
			snprintf(last, sizeof last, "%s", feed);
		}
		buf_truncate(&b, 0);
		buf_adds(&b, "<item>\n<title>");
		rss_text(&b, *a->title != '\0' ? a->title : *a->kicker != '\0' ?
		    a->kicker : "-");
		buf_printf(&b, "</title>\n<link>https://example.invalid/%lld"
		    "</link>\n<guid>kanbao-%lld</guid>\n<pubDate>",
		    (long long)a->id, (long long)a->id);
		rss_date(&b, a->date);
		buf_adds(&b, "</pubDate>\n<description>");
		for (j = 0; j < a->nparagraphs; j++) {
			buf_adds(&b, "&lt;p&gt;");
			rss_text(&b, a->paragraphs[j]);
			buf_adds(&b, "&lt;/p&gt;");
		}
		buf_adds(&b, "</description>\n</item>\n");
		if (fwrite(buf_str(&b), 1, b.len, f) != b.len)
			rss_fatal(path, "write error");
		store_article_free(a);
	}
	rss_close(f, path);
	if (fclose(urls) != 0)
		rss_fatal("urls", "write error");
	printf("%zu\n", ids.n);
	free(path);
	free(dir);
	free(ids.v);
	buf_free(&b);
	store_close(s);
	return (0);
}
