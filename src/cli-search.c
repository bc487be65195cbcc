/*
 * kanbao search QUERY [--topic T] [--json] [--rank date|relevance]
 * [--limit N]: articles containing every word of the query, newest first
 * by default.  The first screenful of rows is written as the store finds
 * them, so a pipe into head shows the first hits at once; after that rows
 * go out 64 KB at a time (a write per row was a third of the time of a
 * search listing every hit).  Tab-separated: id, date, page, title,
 * snippet, paper.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kanbao/cli-store.h"
#include "kanbao/json.h"

#define SEARCH_FIRST_ROWS 50	/* written one at a time */
#define SEARCH_FLUSH	  65536 /* then in writes of this size */

struct search_out {
	struct store	 *s;
	struct cli_papers papers;
	struct buf	  b;
	int		  json;
	size_t		  n;
	int		  status;
};

static int
search_hit(const struct store_hit *h, void *arg)
{
	struct search_out	       *o = arg;
	const struct store_article_row *r = &h->row;
	const char		       *paper;

	paper = cli_papers_name(&o->papers, r->paper);
	if (o->json) {
		buf_adds(&o->b, o->n == 0 ? "[" : ",");
		buf_addc(&o->b, '{');
		json_key(&o->b, "id", 1);
		buf_printf(&o->b, "%lld", (long long)r->id);
		json_key(&o->b, "date", 0);
		json_string(&o->b, *r->date != '\0' ? r->date : NULL);
		json_key(&o->b, "page", 0);
		buf_printf(&o->b, "%d", r->page);
		json_key(&o->b, "kind", 0);
		json_string(&o->b, parse_kind_name(r->kind));
		json_key(&o->b, "title", 0);
		json_string(&o->b, r->title);
		json_key(&o->b, "topics", 0);
		cli_store_topics_json(&o->b, o->s, r->topics);
		json_key(&o->b, "snippet", 0);
		json_string(&o->b, h->snippet);
		json_key(&o->b, "paper", 0);
		json_string(&o->b, *paper != '\0' ? paper : NULL);
		buf_addc(&o->b, '}');
	} else {
		buf_printf(&o->b, "%lld\t%s\t%d\t", (long long)r->id,
		    *r->date != '\0' ? r->date : "-", r->page);
		cli_store_field(&o->b, r->title, 0);
		cli_store_field(&o->b, h->snippet, 0);
		cli_store_field(&o->b, cli_store_paper_name(paper), 1);
	}
	o->n++;
	if (o->n > SEARCH_FIRST_ROWS && o->b.len < SEARCH_FLUSH)
		return (0);
	if (cli_write(buf_str(&o->b), o->b.len) != 0) {
		o->status = CLI_ERROR;
		return (1);
	}
	buf_truncate(&o->b, 0);
	return (0);
}

int
cli_search_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "limit", required_argument, NULL, 'l' },
		{ "paper", required_argument, NULL, 'p' },
		{ "rank", required_argument, NULL, 'r' },
		{ "topic", required_argument, NULL, 't' }, { NULL, 0, NULL, 0 }
	};
	const struct cli_entry *e = cli_find("search");
	struct search_out	o;
	struct store_query	q;
	struct buf		text = BUF_INIT;
	const char	       *topic = NULL, *paper = NULL;
	char		       *cause;
	long			limit = 0;
	int			ch, i, json = 0;

	memset(&q, 0, sizeof q);
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			json = 1;
			break;
		case 'l':
			if (cli_store_number(optarg, 1, 1000000000L, &limit) !=
			    0)
				return (cli_usage_error(e, "not a limit: %s",
				    optarg));
			break;
		case 'r':
			if (strcmp(optarg, "date") == 0)
				q.rank = STORE_RANK_DATE;
			else if (strcmp(optarg, "relevance") == 0)
				q.rank = STORE_RANK_RELEVANCE;
			else
				return (cli_usage_error(e,
				    "--rank is date or "
				    "relevance, not %s",
				    optarg));
			break;
		case 'p':
			paper = optarg;
			break;
		case 't':
			topic = optarg;
			break;
		default:
			return (cli_bad_option(e, argv));
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return (cli_usage_error(e, "no query given"));
	for (i = 0; i < argc; i++) {
		if (i != 0)
			buf_addc(&text, ' ');
		buf_adds(&text, argv[i]);
	}
	if (buf_str(&text)[strspn(buf_str(&text), " \t\n")] == '\0') {
		buf_free(&text);
		return (cli_usage_error(e, "the query is empty"));
	}

	memset(&o, 0, sizeof o);
	o.json = json;
	o.status = CLI_OK;
	if ((o.s = cli_store_open(ctx, 0)) == NULL) {
		buf_free(&text);
		return (CLI_ERROR);
	}
	q.text = buf_str(&text);
	q.limit = (size_t)limit;
	if (paper != NULL && cli_store_paper(o.s, paper, &q.paper) != 0) {
		o.status = CLI_ERROR;
		goto out;
	}
	if (topic != NULL) {
		if (cli_store_topic(o.s, topic, &q.topics) != 0) {
			o.status = CLI_ERROR;
			goto out;
		}
		if (q.topics == 0)
			goto out; /* no article has it */
	}
	if (cli_papers_load(o.s, &o.papers) != 0) {
		o.status = CLI_ERROR;
		goto out;
	}
	if (store_search(o.s, &q, search_hit, &o, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		o.status = CLI_ERROR;
	} else if (o.n == 0 && !json && isatty(STDERR_FILENO))
		/* As the reader says it; a pipe gets an empty list alone. */
		cli_error("no articles contain %s", q.text);
out:
	if (json && o.status == CLI_OK)
		buf_adds(&o.b, o.n == 0 ? "[]\n" : "]\n");
	if (o.status == CLI_OK && o.b.len != 0 &&
	    cli_write(buf_str(&o.b), o.b.len) != 0)
		o.status = CLI_ERROR;
	buf_free(&o.b);
	buf_free(&text);
	cli_papers_free(&o.papers);
	store_close(o.s);
	return (o.status);
}
