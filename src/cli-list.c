/*
 * kanbao list [papers|issues|pages|articles] [--paper P] [--date D]
 * [--topic T] [--starred] [--unread] [--json]: what the store holds.
 * Tab-separated rows (one per line, no header, - for an empty field) or
 * a JSON array; the fields are the same either way.  Fields added later go
 * at the end of a row, so that scripts cutting fields keep working.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/cli-store.h"
#include "kanbao/json.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

struct list_out {
	struct store	 *s;
	struct cli_papers papers; /* for articles */
	struct buf	  b;
	int		  json;
	size_t		  n;
	int		  status;
};

/* Writes out what has gathered once it is large; keeps memory flat. */
static void
list_flush(struct list_out *o, int force)
{
	if (o->b.len == 0 || (!force && o->b.len < 65536))
		return;
	if (cli_write(buf_str(&o->b), o->b.len) != 0)
		o->status = CLI_ERROR;
	buf_truncate(&o->b, 0);
}

static void
list_sep(struct list_out *o)
{
	if (o->json)
		buf_addc(&o->b, o->n == 0 ? '[' : ',');
	o->n++;
}

/*
 * An untitled article's lead as the reader shows it: its first paragraph,
 * of STORE_LEAD_CHARS characters at most.  A paragraph that goes on is cut
 * before the mark of the last clause that ends past half of them, if one
 * does, and an ellipsis put for the rest, so that a weather report reads
 * …偏北风3到4级… and not …今天白天最高.
 */
static char *
list_lead(const char *lead)
{
	size_t	 n = strcspn(lead, "\n"), i = 0, at, clause = 0, chars;
	uint32_t c;
	char	*s;

	for (chars = 0; i < n && chars < STORE_LEAD_CHARS; chars++) {
		at = i;
		i += text_utf8_next(lead + i, n - i, &c);
		if (chars >= STORE_LEAD_CHARS / 2 &&
		    (c == 0x3002 || c == 0xff0c || c == 0xff1b || c == 0xff01 ||
			c == 0xff1f || c == 0x3001 || c == ',' || c == ';'))
			clause = at;
	}
	if (i == n)
		return (xstrndup(lead, n));
	if (clause != 0)
		i = clause;
	xasprintf(&s, "%.*s…", (int)i, lead);
	return (s);
}

static int
list_papers(struct list_out *o)
{
	struct store_paper *v, *p;
	size_t		    n, i;
	char		   *cause;

	if (store_papers(o->s, &v, &n, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		return (CLI_ERROR);
	}
	for (i = 0; i < n; i++) {
		p = &v[i];
		list_sep(o);
		if (o->json) {
			buf_addc(&o->b, '{');
			json_key(&o->b, "paper", 1);
			json_string(&o->b, *p->name != '\0' ? p->name : NULL);
			json_key(&o->b, "issues", 0);
			buf_printf(&o->b, "%lld", (long long)p->nissues);
			json_key(&o->b, "pages", 0);
			buf_printf(&o->b, "%lld", (long long)p->npages);
			json_key(&o->b, "articles", 0);
			buf_printf(&o->b, "%lld", (long long)p->narticles);
			json_key(&o->b, "first", 0);
			json_string(&o->b, *p->first != '\0' ? p->first : NULL);
			json_key(&o->b, "last", 0);
			json_string(&o->b, *p->last != '\0' ? p->last : NULL);
			buf_addc(&o->b, '}');
		} else {
			cli_store_field(&o->b, cli_store_paper_name(p->name),
			    0);
			buf_printf(&o->b, "%lld\t%lld\t%lld\t%s\t%s\n",
			    (long long)p->nissues, (long long)p->npages,
			    (long long)p->narticles,
			    *p->first != '\0' ? p->first : "-",
			    *p->last != '\0' ? p->last : "-");
		}
	}
	store_papers_free(v, n);
	return (CLI_OK);
}

/* True if id is one of the n ids (n 0: any is). */
static int
list_wanted(const int64_t *ids, size_t n, int64_t id)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (ids[i] == id)
			return (1);
	}
	return (n == 0);
}

static int
list_issues(struct list_out *o, const int64_t *only, size_t nonly,
    int64_t paper)
{
	struct store_issue *v, *is;
	size_t		    n, i;
	char		   *cause;

	if (store_issues(o->s, 0, 0, &v, &n, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		return (CLI_ERROR);
	}
	for (i = 0; i < n; i++) {
		is = &v[i];
		if (!list_wanted(only, nonly, is->id) ||
		    (paper != 0 && is->paper != paper))
			continue;
		list_sep(o);
		if (o->json) {
			buf_addc(&o->b, '{');
			json_key(&o->b, "date", 1);
			json_string(&o->b, *is->date != '\0' ? is->date : NULL);
			json_key(&o->b, "issue", 0);
			json_string(&o->b, is->name);
			json_key(&o->b, "pages", 0);
			buf_printf(&o->b, "%d", is->npages);
			json_key(&o->b, "articles", 0);
			buf_printf(&o->b, "%d", is->narticles);
			json_key(&o->b, "unread", 0);
			buf_printf(&o->b, "%d", is->nunread);
			json_key(&o->b, "weather", 0);
			if (!is->has_weather)
				buf_adds(&o->b, "null");
			else {
				buf_addc(&o->b, '{');
				json_key(&o->b, "today", 1);
				json_string(&o->b, is->today);
				json_key(&o->b, "tomorrow", 0);
				json_string(&o->b, is->tomorrow);
				json_key(&o->b, "wind", 0);
				json_string(&o->b, is->wind);
				json_key(&o->b, "high", 0);
				if (is->has_high)
					buf_printf(&o->b, "%d", is->high);
				else
					buf_adds(&o->b, "null");
				json_key(&o->b, "low", 0);
				if (is->has_low)
					buf_printf(&o->b, "%d", is->low);
				else
					buf_adds(&o->b, "null");
				buf_addc(&o->b, '}');
			}
			json_key(&o->b, "paper", 0);
			json_string(&o->b,
			    *is->paper_name != '\0' ? is->paper_name : NULL);
			buf_addc(&o->b, '}');
		} else {
			cli_store_field(&o->b, is->name, 0);
			buf_printf(&o->b, "%d\t%d\t%d\t", is->npages,
			    is->narticles, is->nunread);
			if (is->has_high && is->has_low)
				buf_printf(&o->b, "%d/%d℃\t", is->high,
				    is->low);
			else
				buf_adds(&o->b, "-\t");
			cli_store_field(&o->b, is->today, 0);
			cli_store_field(&o->b,
			    cli_store_paper_name(is->paper_name), 1);
		}
	}
	store_issues_free(v, n);
	return (CLI_OK);
}

static int
list_page(const struct store_page_row *r, void *arg)
{
	struct list_out *o = arg;

	list_sep(o);
	if (o->json) {
		buf_addc(&o->b, '{');
		json_key(&o->b, "date", 1);
		json_string(&o->b, *r->date != '\0' ? r->date : NULL);
		json_key(&o->b, "issue", 0);
		json_string(&o->b, r->issue_name);
		json_key(&o->b, "page", 0);
		buf_printf(&o->b, "%d", r->number);
		json_key(&o->b, "articles", 0);
		buf_printf(&o->b, "%d", r->narticles);
		json_key(&o->b, "bytes", 0);
		buf_printf(&o->b, "%zu", r->bytes);
		json_key(&o->b, "source", 0);
		json_string(&o->b, r->source);
		json_key(&o->b, "label", 0);
		json_string(&o->b, r->label);
		json_key(&o->b, "paper", 0);
		json_string(&o->b,
		    *r->paper_name != '\0' ? r->paper_name : NULL);
		buf_addc(&o->b, '}');
	} else {
		cli_store_field(&o->b, r->issue_name, 0);
		buf_printf(&o->b, "%d\t%d\t%zu\t", r->number, r->narticles,
		    r->bytes);
		cli_store_field(&o->b, r->source, 0);
		cli_store_field(&o->b, r->label, 0);
		cli_store_field(&o->b, cli_store_paper_name(r->paper_name), 1);
	}
	list_flush(o, 0);
	return (o->status != CLI_OK);
}

static int
list_article(const struct store_article_row *r, void *arg)
{
	struct list_out *o = arg;
	const char	*paper = cli_papers_name(&o->papers, r->paper);
	char		*topics, *lead;

	list_sep(o);
	if (o->json) {
		buf_addc(&o->b, '{');
		json_key(&o->b, "id", 1);
		buf_printf(&o->b, "%lld", (long long)r->id);
		json_key(&o->b, "date", 0);
		json_string(&o->b, *r->date != '\0' ? r->date : NULL);
		json_key(&o->b, "page", 0);
		buf_printf(&o->b, "%d", r->page);
		json_key(&o->b, "seq", 0);
		buf_printf(&o->b, "%d", r->seq);
		json_key(&o->b, "kind", 0);
		json_string(&o->b, parse_kind_name(r->kind));
		json_key(&o->b, "kicker", 0);
		json_string(&o->b, r->kicker);
		json_key(&o->b, "title", 0);
		json_string(&o->b, r->title);
		json_key(&o->b, "topics", 0);
		cli_store_topics_json(&o->b, o->s, r->topics);
		json_key(&o->b, "read", 0);
		buf_adds(&o->b, r->read ? "true" : "false");
		json_key(&o->b, "starred", 0);
		buf_adds(&o->b, r->starred ? "true" : "false");
		json_key(&o->b, "paper", 0);
		json_string(&o->b, *paper != '\0' ? paper : NULL);
		/* An untitled row: the start of its text, as the reader shows. */
		if (*r->title == '\0' && *r->kicker == '\0' &&
		    r->lead != NULL && *r->lead != '\0') {
			lead = list_lead(r->lead);
			json_key(&o->b, "lead", 0);
			json_string(&o->b, lead);
			free(lead);
		}
		buf_addc(&o->b, '}');
	} else {
		buf_printf(&o->b, "%lld\t%s\t%d\t%d\t%s\t", (long long)r->id,
		    *r->date != '\0' ? r->date : "-", r->page, r->seq,
		    parse_kind_name(r->kind));
		/* Untitled: its kicker, else the start of its text. */
		if (*r->title != '\0')
			cli_store_field(&o->b, r->title, 0);
		else if (*r->kicker != '\0')
			cli_store_field(&o->b, r->kicker, 0);
		else {
			lead = list_lead(r->lead != NULL ? r->lead : "");
			cli_store_field(&o->b, lead, 0);
			free(lead);
		}
		topics = cli_store_topics(o->s, r->topics, ",");
		cli_store_field(&o->b, topics, 0);
		free(topics);
		buf_printf(&o->b, "%s%s\t", r->read ? "r" : "-",
		    r->starred ? "*" : "-");
		cli_store_field(&o->b, cli_store_paper_name(paper), 1);
	}
	list_flush(o, 0);
	return (o->status != CLI_OK);
}

int
cli_list_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = { { "date", required_argument, NULL,
						  'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "paper", required_argument, NULL, 'p' },
		{ "starred", no_argument, NULL, 's' },
		{ "topic", required_argument, NULL, 't' },
		{ "unread", no_argument, NULL, 'u' }, { NULL, 0, NULL, 0 } };
	static const char	  *whats[] = { "issues", "pages", "articles",
			"papers" };
	const struct cli_entry	  *e = cli_find("list");
	struct list_out		   o;
	struct store_filter	   f;
	const char		  *date = NULL, *topic = NULL;
	const char		  *paper = NULL;
	char			  *cause;
	int64_t			  *ids = NULL, pid = 0;
	size_t			   nids = 0, i;
	int			   ch, what = 0, json = 0, rc;
	int			   starred = 0, unread = 0;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			date = optarg;
			break;
		case 'j':
			json = 1;
			break;
		case 'p':
			paper = optarg;
			break;
		case 's':
			starred = 1;
			break;
		case 't':
			topic = optarg;
			break;
		case 'u':
			unread = 1;
			break;
		default:
			return (cli_bad_option(e, argv));
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		return (cli_usage_error(e, "too many arguments"));
	if (argc == 1) {
		for (what = 0; what < 4; what++) {
			if (strcmp(argv[0], whats[what]) == 0)
				break;
		}
		if (what == 4)
			return (cli_usage_error(e,
			    "nothing called %s to list"
			    " (papers, issues, pages or articles)",
			    argv[0]));
	}
	if (topic != NULL && what != 2)
		return (cli_usage_error(e, "--topic is for articles"));
	if ((starred || unread) && what != 2)
		return (cli_usage_error(e, "--%s is for articles",
		    starred ? "starred" : "unread"));
	if (what == 3 && (date != NULL || paper != NULL))
		return (cli_usage_error(e, "papers are listed whole"));

	memset(&o, 0, sizeof o);
	o.json = json;
	o.status = CLI_OK;
	if ((o.s = cli_store_open(ctx, 0)) == NULL)
		return (CLI_ERROR);
	memset(&f, 0, sizeof f);
	rc = 0;
	if (paper != NULL)
		rc = cli_store_paper(o.s, paper, &pid);
	if (rc == 0 && date != NULL)
		rc = cli_store_issues(o.s, paper, pid, date, &ids, &nids);
	if (rc == 0 && topic != NULL)
		rc = cli_store_topic(o.s, topic, &f.topics);
	if (rc != 0) {
		free(ids);
		store_close(o.s);
		return (rc == CLI_USAGE ? CLI_USAGE : CLI_ERROR);
	}
	f.paper = pid;
	f.starred = starred;
	f.unread = unread;

	rc = 0;
	switch (what) {
	case 0:
		o.status = list_issues(&o, ids, nids, pid);
		break;
	case 1:
		if (nids == 0)
			rc = store_paper_pages_each(o.s, pid, list_page, &o,
			    &cause);
		for (i = 0; i < nids && rc == 0; i++)
			rc = store_pages_each(o.s, ids[i], list_page, &o,
			    &cause);
		break;
	case 2:
		/* A topic no article has yet: an empty list. */
		if (topic != NULL && f.topics == 0)
			break;
		if (cli_papers_load(o.s, &o.papers) != 0) {
			o.status = CLI_ERROR;
			break;
		}
		if (nids == 0)
			rc = store_articles_each(o.s, &f, list_article, &o,
			    &cause);
		for (i = 0; i < nids && rc == 0; i++) {
			f.issue = ids[i];
			rc = store_articles_each(o.s, &f, list_article, &o,
			    &cause);
		}
		break;
	case 3:
		o.status = list_papers(&o);
		break;
	}
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
		o.status = CLI_ERROR;
	}
	if (json)
		buf_adds(&o.b, o.n == 0 ? "[]\n" : "]\n");
	list_flush(&o, 1);
	buf_free(&o.b);
	cli_papers_free(&o.papers);
	free(ids);
	store_close(o.s);
	return (o.status);
}
