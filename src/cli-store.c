/*
 * Helpers for the commands that use the store.  Output formats live here
 * so that show and export cannot drift apart: an article's JSON object and
 * its text form are written by one function each.
 */
#include <sys/ioctl.h>

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kanbao/article.h"
#include "kanbao/cli-store.h"
#include "kanbao/config.h"
#include "kanbao/fold.h"
#include "kanbao/json.h"
#include "kanbao/reflow.h"
#include "kanbao/store-list.h"
#include "kanbao/topic.h"
#include "kanbao/typeset.h"
#include "kanbao/xmalloc.h"

/* A progress bar's cells, at most and at least (else none). */
#define CLI_BAR_CELLS 30
#define CLI_BAR_MIN   5

void
cli_progress_bar(const char *what, size_t done, size_t total, const char *unit)
{
	struct winsize ws;
	char	       bar[CLI_BAR_CELLS + 1], count[64];
	size_t	       cells = CLI_BAR_CELLS, used, fill;

	/*
	 * One line, whatever the width: a line that wraps leaves copies.
	 * The bar's width is set by the line at its longest, the count at
	 * the total, so that it stays.
	 */
	snprintf(count, sizeof count, "%zu/%zu %s", total, total, unit);
	used = strlen(what) + (*what != '\0') + 3 + strlen(count);
	snprintf(count, sizeof count, "%zu/%zu %s", done, total, unit);
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 &&
	    used + cells >= ws.ws_col)
		cells =
		    used + CLI_BAR_MIN < ws.ws_col ? ws.ws_col - 1 - used : 0;
	fill = total == 0 || done >= total ? cells : done * cells / total;
	memset(bar, '#', fill);
	memset(bar + fill, ' ', cells - fill);
	bar[cells] = '\0';
	if (cells > 0)
		fprintf(stderr, "\r%s%s[%s] %s", what, *what != '\0' ? " " : "",
		    bar, count);
	else
		fprintf(stderr, "\r%s%s%s\033[K", what,
		    *what != '\0' ? " " : "", count);
	if (done == total)
		fprintf(stderr, "\r\033[K");
	fflush(stderr);
}

void
cli_store_upgrade_progress(size_t done, size_t total, void *arg)
{
	(void)arg;
	if (isatty(STDERR_FILENO))
		cli_progress_bar("upgrading the search index", done, total,
		    "articles");
}

struct store *
cli_store_open(struct cli_ctx *ctx, int flags)
{
	struct store *s;
	char	     *cause;

	if ((s = store_open_progress(ctx->db_path, flags,
		 cli_store_upgrade_progress, NULL, &cause)) == NULL) {
		cli_error("%s", cause);
		free(cause);
	}
	return (s);
}

/*
 * The topic named name, or labelled so (企业服务, as the reader shows it),
 * in the rules in force: its index, or -1.  A label is found in either
 * kind of Chinese characters too (醫療 for 医疗: kanbao/fold.h).
 */
static int
cli_store_topic_index(const struct topic_set *ts, const char *name)
{
	size_t i;
	int    k;

	if ((k = topic_set_find(ts, name)) != -1)
		return (k);
	for (i = 0; i < topic_set_count(ts); i++) {
		if (strcmp(topic_set_label(ts, i), name) == 0)
			return ((int)i);
	}
	for (i = 0; i < topic_set_count(ts); i++) {
		if (fold_equal(topic_set_label(ts, i), name))
			return ((int)i);
	}
	return (-1);
}

int
cli_store_topic(struct store *s, const char *name, uint64_t *mask)
{
	struct topic_set *ts;
	struct buf	  b = BUF_INIT;
	char		 *cause, *real = NULL;
	size_t		  i;
	int		  bit, rc, k;

	ts = topic_set_user(&cause);
	free(cause);
	if ((k = cli_store_topic_index(ts, name)) != -1)
		real = xstrdup(topic_set_name(ts, (size_t)k));
	rc = store_topic_find(s, real != NULL ? real : name, &bit, &cause);
	if (rc == -1) {
		cli_error("%s", cause);
		free(cause);
	} else if (rc == 0)
		*mask = (uint64_t)1 << bit;
	else if (real != NULL) {
		*mask = 0; /* a real topic no article has yet */
		rc = 0;
	} else {
		for (i = 0; i < topic_set_count(ts); i++)
			buf_printf(&b, "%s%s (%s)", i == 0 ? "" : ", ",
			    topic_set_name(ts, i), topic_set_label(ts, i));
		cli_error("unknown topic: %s (topics: %s)", name, buf_str(&b));
		buf_free(&b);
	}
	free(real);
	topic_set_free(ts);
	return (rc);
}

char *
cli_store_topics(struct store *s, uint64_t mask, const char *sep)
{
	struct store_topic *v;
	struct buf	    b = BUF_INIT;
	size_t		    n, i;
	char		   *cause;

	buf_add(&b, "", 0);
	if (mask == 0)
		return (buf_detach(&b));
	if (store_topics(s, -1, &v, &n, &cause) != 0) {
		free(cause);
		return (buf_detach(&b));
	}
	for (i = 0; i < n; i++) {
		if (mask & ((uint64_t)1 << v[i].bit)) {
			if (b.len != 0)
				buf_adds(&b, sep);
			buf_adds(&b, v[i].name);
		}
	}
	store_topics_free(v, n);
	return (buf_detach(&b));
}

void
cli_store_topics_json(struct buf *b, struct store *s, uint64_t mask)
{
	char *names = cli_store_topics(s, mask, "\n"), *p, *nl;

	buf_addc(b, '[');
	for (p = names; *p != '\0'; p = nl + 1) {
		if (p != names)
			buf_addc(b, ',');
		if ((nl = strchr(p, '\n')) != NULL)
			*nl = '\0';
		json_string(b, p);
		if (nl == NULL)
			break;
	}
	buf_addc(b, ']');
	free(names);
}

void
cli_store_article_json(struct buf *b, struct store *s,
    const struct store_article *a)
{
	buf_addc(b, '{');
	json_key(b, "id", 1);
	buf_printf(b, "%lld", (long long)a->id);
	json_key(b, "date", 0);
	json_string(b, *a->date != '\0' ? a->date : NULL);
	json_key(b, "issue", 0);
	json_string(b, a->issue_name);
	json_key(b, "paper", 0);
	json_string(b, *a->paper != '\0' ? a->paper : NULL);
	json_key(b, "page", 0);
	buf_printf(b, "%d", a->page);
	json_key(b, "page_label", 0);
	json_string(b, a->label);
	json_key(b, "seq", 0);
	buf_printf(b, "%d", a->seq);
	json_key(b, "source", 0);
	json_string(b, a->source);
	json_key(b, "kind", 0);
	json_string(b, parse_kind_name(a->kind));
	json_key(b, "kicker", 0);
	json_string(b, a->kicker);
	json_key(b, "title", 0);
	json_string(b, a->title);
	json_key(b, "subtitle", 0);
	json_string(b, a->subtitle);
	json_key(b, "byline", 0);
	json_string(b, a->byline);
	json_key(b, "paragraphs", 0);
	json_strings(b, a->paragraphs, a->nparagraphs);
	json_key(b, "topics", 0);
	cli_store_topics_json(b, s, a->topics);
	json_key(b, "continued_to", 0);
	json_string(b, a->continued_to);
	json_key(b, "continued_from", 0);
	json_string(b, a->continued_from);
	json_key(b, "read", 0);
	buf_adds(b, a->read ? "true" : "false");
	json_key(b, "starred", 0);
	buf_adds(b, a->starred ? "true" : "false");
	buf_addc(b, '}');
}

/* Where cli_store_article_part() writes, and how. */
struct cli_store_text {
	struct buf *b;
	int	    width; /* reflow paragraphs; 0: as stored */
	int	    md;
};

/*
 * Whether the user's config shows half-width punctuation between Chinese
 * characters full-width (typeset.h), as the reader does; read once.
 */
static int
cli_store_punct(void)
{
	static int     punct = -1;
	struct config *cfg;

	if (punct == -1) {
		cfg = config_user();
		punct = cfg->punct;
		config_free(cfg);
	}
	return (punct);
}

void
cli_store_line(struct buf *b, const char *s, int width)
{
	char *r;

	if (width <= 0) {
		buf_adds(b, s);
		return;
	}
	r = reflow_text(s, strlen(s), width, 0);
	buf_adds(b, r);
	free(r);
}

static void
cli_store_article_part(enum article_part part, const char *text, void *arg)
{
	struct cli_store_text *t = arg;
	struct buf	      *b = t->b;
	char		      *r, *note, *typeset = NULL;
	int		       md = t->md;

	if (part != ARTICLE_CONTINUED_TO && part != ARTICLE_CONTINUED_FROM &&
	    cli_store_punct())
		text = typeset = typeset_punct(text);

	/*
	 * At a width, plain text is laid out: a paragraph with its indent,
	 * the heading's lines (a subtitle may be a paragraph's length)
	 * without one.
	 */
	if (!md && t->width > 0 &&
	    (part == ARTICLE_KICKER || part == ARTICLE_TITLE ||
		part == ARTICLE_SUBTITLE || part == ARTICLE_BYLINE ||
		part == ARTICLE_BODY)) {
		r = reflow_text(text, strlen(text), t->width,
		    part == ARTICLE_BODY ? 4 : 0);
		buf_printf(b, "%s\n", r);
		free(r);
		free(typeset);
		return;
	}
	switch (part) {
	case ARTICLE_KICKER:
		buf_printf(b, md ? "*%s*\n\n" : "%s\n", text);
		break;
	case ARTICLE_TITLE:
		buf_printf(b, md ? "## %s\n\n" : "%s\n", text);
		break;
	case ARTICLE_SUBTITLE:
		buf_printf(b, md ? "**%s**\n\n" : "%s\n", text);
		break;
	case ARTICLE_BYLINE:
		buf_printf(b, md ? "%s\n\n" : "%s\n", text);
		break;
	case ARTICLE_BREAK:
		if (!md)
			buf_addc(b, '\n');
		break;
	case ARTICLE_BODY:
		buf_printf(b, md ? "%s\n\n" : "%s\n", text);
		break;
	case ARTICLE_CONTINUED_TO:
		/* In Markdown a paragraph of its own, not run into the next. */
		if (md) {
			buf_printf(b, "(continued on page %s)\n\n", text);
			break;
		}
		xasprintf(&note, "(continued on page %s)", text);
		buf_addc(b, '\n');
		cli_store_line(b, note, t->width);
		buf_addc(b, '\n');
		free(note);
		break;
	case ARTICLE_CONTINUED_FROM:
		break; /* the source line says where it is */
	}
	free(typeset);
}

void
cli_store_article_text(struct buf *b, struct store *s,
    const struct store_article *a, int width, int md)
{
	struct cli_store_text t = { b, width, md };

	(void)s;
	article_each(a, cli_store_article_part, &t);
	buf_printf(b, "%s%s%s%s%s, page %d%s%s%s (%s)%s\n", md ? "" : "\n",
	    md ? "*Source: " : "-- ", a->paper, *a->paper != '\0' ? " " : "",
	    *a->date != '\0' ? a->date : a->issue_name, a->page,
	    *a->label != '\0' ? " (" : "", a->label,
	    *a->label != '\0' ? ")" : "", a->source, md ? "*" : "");
}

int
cli_store_paper(struct store *s, const char *name, int64_t *id)
{
	char *cause;
	int   rc;

	rc =
	    store_paper_find(s, strcmp(name, "-") == 0 ? "" : name, id, &cause);
	if (rc == -1) {
		cli_error("%s", cause);
		free(cause);
	} else if (rc == 1)
		cli_error("no paper %s (kanbao list papers lists them)", name);
	return (rc);
}

/* Appends to *ids the issues of paper (0: any) dated from from to to. */
static int
cli_store_range(struct store *s, int64_t paper, const char *from,
    const char *to, int64_t **ids, size_t *nids, char **cause)
{
	struct store_issue *v;
	size_t		    n, i;

	if (store_issues(s, 0, 0, &v, &n, cause) != 0)
		return (-1);
	for (i = 0; i < n; i++) {
		if (*v[i].date == '\0' || strcmp(v[i].date, from) < 0 ||
		    strcmp(v[i].date, to) > 0 ||
		    (paper != 0 && v[i].paper != paper))
			continue;
		*ids = xreallocarray(*ids, *nids + 1, sizeof **ids);
		(*ids)[(*nids)++] = v[i].id;
	}
	store_issues_free(v, n);
	return (0);
}

int
cli_store_issues(struct store *s, const char *name, int64_t paper,
    const char *date, int64_t **ids, size_t *nids)
{
	const char *how;
	char	   *cause, from[11], to[11];
	int64_t	   *named = NULL;
	size_t	    nnamed = 0, i, j;
	int	    range, rc;

	rc = store_issue_find_all(s, paper, date, &named, &nnamed, &cause);
	/*
	 * A year, a month or a range of dates: its issues, then an undated
	 * issue the key names (2024, from a file 2024.txt), which would
	 * otherwise hide them.
	 */
	range = store_list_dates(date, from, to) == 0;
	if (rc == 0 && range && (nnamed == 0 || strcmp(from, to) != 0))
		rc = cli_store_range(s, paper, from, to, ids, nids, &cause);
	for (i = 0; rc == 0 && i < nnamed; i++) {
		for (j = 0; j < *nids && (*ids)[j] != named[i]; j++)
			;
		if (j == *nids) {
			*ids = xreallocarray(*ids, *nids + 1, sizeof **ids);
			(*ids)[(*nids)++] = named[i];
		}
	}
	free(named);
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
		return (-1);
	}
	/*
	 * Not an issue's name and shaped like a date, but none (2024-02-30,
	 * 2024-13): the date is wrong, not the store.
	 */
	if (*nids == 0 && !range && isdigit((unsigned char)*date) &&
	    date[strspn(date, "0123456789-.")] == '\0') {
		cli_error("not a date or range: %s (YYYY, YYYY-MM, YYYY-MM-DD,"
			  " FROM..TO)",
		    date);
		return (CLI_USAGE);
	}
	if (*nids == 0) {
		/* "no issue dated 2024-03-05", "no issue in 2024-03". */
		if (!range)
			how = "";
		else
			how = strcmp(from, to) == 0 ? "dated " : "in ";
		cli_error("no issue %s%s%s%s%s", how, date,
		    name != NULL ? " of " : "", name != NULL ? name : "",
		    range && strcmp(from, to) > 0 ?
			" (its first date is after its last)" :
			"");
		return (1);
	}
	return (0);
}

void
cli_store_field(struct buf *b, const char *s, int last)
{
	if (*s == '\0')
		buf_addc(b, '-');
	for (; *s != '\0'; s++)
		buf_addc(b, *s == '\t' || *s == '\n' ? ' ' : *s);
	buf_addc(b, last ? '\n' : '\t');
}

const char *
cli_store_paper_name(const char *name)
{
	return (*name != '\0' ? name : "-");
}

/* Reads the papers' names; 0, or -1 said why. */
int
cli_papers_load(struct store *s, struct cli_papers *pp)
{
	char *cause;

	if (store_papers_brief(s, &pp->v, &pp->n, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		pp->v = NULL;
		pp->n = 0;
		return (-1);
	}
	return (0);
}

/* The name of paper id ("" the default paper, or one not found). */
const char *
cli_papers_name(const struct cli_papers *pp, int64_t id)
{
	size_t i;

	for (i = 0; i < pp->n; i++) {
		if (pp->v[i].id == id)
			return (pp->v[i].name);
	}
	return ("");
}

void
cli_papers_free(struct cli_papers *pp)
{
	store_papers_free(pp->v, pp->n);
	pp->v = NULL;
	pp->n = 0;
}

int
cli_store_number(const char *s, long min, long max, long *out)
{
	char *end;
	long  v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || v < min || v > max)
		return (-1);
	*out = v;
	return (0);
}
