/*
 * kanbao export [--format md|json|txt] [--paper P] [--date D | --search Q]:
 * articles in full with their source (paper, date, page, file), for
 * keeping or passing on.  --date takes what list --date takes: an issue,
 * or the issues of a year, a month or a range of dates.  Without a
 * selection, the whole store; either way, newest issue first.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/cli-store.h"

enum export_format {
	EXPORT_MD,
	EXPORT_JSON,
	EXPORT_TXT
};

struct export_ids {
	int64_t *v;
	size_t	 n;
};

static void
export_add(struct export_ids *ids, int64_t id)
{
	ids->v = xreallocarray(ids->v, ids->n + 1, sizeof *ids->v);
	ids->v[ids->n++] = id;
}

static int
export_row(const struct store_article_row *r, void *arg)
{
	export_add(arg, r->id);
	return (0);
}

/* Where the articles go, and what was written before. */
struct export_out {
	struct store	  *s;
	enum export_format fmt;
	int		   search; /* --search: no issue headings */
	struct buf	   b;
	size_t		   n;	 /* articles written */
	char		  *last; /* paper and issue of the last */
	int		   status;
};

/* Formats one article; writes when a good amount is waiting. */
static void
export_one(struct export_out *o, const struct store_article *a)
{
	struct buf *b = &o->b;
	char	   *head;

	switch (o->fmt) {
	case EXPORT_JSON:
		if (o->n != 0)
			buf_addc(b, ',');
		buf_adds(b, "\n");
		cli_store_article_json(b, o->s, a);
		break;
	case EXPORT_MD:
		xasprintf(&head, "%s%s%s", a->paper,
		    *a->paper != '\0' ? " " : "", a->issue_name);
		if (!o->search &&
		    (o->last == NULL || strcmp(o->last, head) != 0)) {
			buf_printf(b, "%s# %s\n\n", o->n == 0 ? "" : "\n",
			    head);
			free(o->last);
			o->last = head;
			head = NULL;
		} else if (o->n != 0)
			buf_addc(b, '\n');
		cli_store_article_text(b, o->s, a, 0, 1);
		free(head);
		break;
	case EXPORT_TXT:
		if (o->n != 0)
			buf_adds(b, "\n\n");
		cli_store_article_text(b, o->s, a, 0, 0);
		break;
	}
	o->n++;
	if (b->len > 65536) {
		if (cli_write(buf_str(b), b->len) != 0)
			o->status = CLI_ERROR;
		buf_truncate(b, 0);
	}
}

/* A hit is written as it comes, from the row the search read. */
static int
export_hit(const struct store_hit *h, void *arg)
{
	struct export_out    *o = arg;
	struct store_article *a;
	char		     *cause;

	if ((a = store_search_article(o->s, h, &cause)) == NULL) {
		cli_error("%s", cause);
		free(cause);
		o->status = CLI_ERROR;
		return (1);
	}
	export_one(o, a);
	store_article_free(a);
	return (o->status != CLI_OK);
}

int
cli_export_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "paper", required_argument, NULL, 'p' },
		{ "search", required_argument, NULL, 's' }, { NULL, 0, NULL, 0 }
	};
	const struct cli_entry *e = cli_find("export");
	struct export_out	o;
	struct export_ids	ids = { NULL, 0 };
	struct store_filter	f;
	struct store_query	q;
	struct store_article   *a;
	const char	       *date = NULL, *query = NULL;
	const char	       *paper = NULL;
	int64_t		       *issues = NULL;
	size_t			nissues = 0, k;
	char		       *cause = NULL;
	size_t			i;
	int			ch, rc;

	memset(&o, 0, sizeof o);
	o.fmt = EXPORT_MD;
	o.status = CLI_OK;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			date = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "md") == 0)
				o.fmt = EXPORT_MD;
			else if (strcmp(optarg, "json") == 0)
				o.fmt = EXPORT_JSON;
			else if (strcmp(optarg, "txt") == 0)
				o.fmt = EXPORT_TXT;
			else
				return (cli_usage_error(e,
				    "--format is md, "
				    "json or txt, not %s",
				    optarg));
			break;
		case 'p':
			paper = optarg;
			break;
		case 's':
			query = optarg;
			break;
		default:
			return (cli_bad_option(e, argv));
		}
	}
	if (optind != argc)
		return (cli_usage_error(e, "unexpected argument: %s",
		    argv[optind]));
	if (date != NULL && query != NULL)
		return (cli_usage_error(e, "--date or --search, not both"));

	if ((o.s = cli_store_open(ctx, 0)) == NULL)
		return (CLI_ERROR);
	memset(&f, 0, sizeof f);
	if (paper != NULL && cli_store_paper(o.s, paper, &f.paper) != 0) {
		store_close(o.s);
		return (CLI_ERROR);
	}
	o.search = query != NULL;
	if (o.fmt == EXPORT_JSON)
		buf_addc(&o.b, '[');
	if (query != NULL) {
		memset(&q, 0, sizeof q);
		q.text = query;
		q.paper = f.paper;
		rc = store_search(o.s, &q, export_hit, &o, &cause);
	} else if (date != NULL) {
		/*
		 * Of several papers' issues of that date, all of them; of a
		 * year, a month or a range, every issue, newest first.
		 */
		if ((rc = cli_store_issues(o.s, paper, f.paper, date, &issues,
			 &nissues)) != 0)
			o.status = rc == CLI_USAGE ? CLI_USAGE : CLI_ERROR;
		rc = 0;
		for (k = 0; k < nissues && rc == 0; k++) {
			f.issue = issues[k];
			rc = store_articles_each(o.s, &f, export_row, &ids,
			    &cause);
		}
		free(issues);
	} else
		rc = store_articles_each(o.s, &f, export_row, &ids, &cause);
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
		o.status = CLI_ERROR;
	}
	for (i = 0; i < ids.n && o.status == CLI_OK; i++) {
		if ((a = store_article_get(o.s, ids.v[i], &cause)) == NULL) {
			cli_error("%s", cause);
			free(cause);
			o.status = CLI_ERROR;
			break;
		}
		export_one(&o, a);
		store_article_free(a);
	}
	if (o.fmt == EXPORT_JSON)
		buf_adds(&o.b, o.n == 0 ? "]\n" : "\n]\n");
	if (o.status == CLI_OK && cli_write(buf_str(&o.b), o.b.len) != 0)
		o.status = CLI_ERROR;
	free(o.last);
	buf_free(&o.b);
	free(ids.v);
	store_close(o.s);
	return (o.status);
}
