/*
 * kanbao retag: re-tags every article in the store with the topic rules in
 * force (the user's topics file over the built-in rules), after the rules
 * changed.  The store reads the articles and writes their topics in
 * transactions of a few thousand articles, so the reader keeps working
 * meanwhile and an interrupted retag leaves every article with its old or
 * its new topics; running it again finishes the job.  The rules are
 * matched here (retag_tag), on the rows as the store keeps them.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kanbao/cli-store.h"
#include "kanbao/import.h"
#include "kanbao/topic.h"

static double
retag_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec + ts.tv_nsec / 1e9);
}

/* An article's topics by the rules in arg (a topic_set). */
static uint64_t
retag_tag(const struct store_tag_row *row, void *arg)
{
	struct topic_text t;

	t.kind = row->kind;
	t.kicker = row->kicker;
	t.title = row->title;
	t.subtitle = row->subtitle;
	t.body = row->body;
	return (topic_match_text(arg, &t));
}

/* Progress on a terminal: one line rewritten in place. */
static void
retag_progress(size_t done, size_t total, void *arg)
{
	(void)arg; /* the topic_set, for retag_tag() */
	fprintf(stderr, "\rre-tagging: %zu/%zu articles", done, total);
	fflush(stderr);
}

int
cli_retag_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = { { NULL, 0, NULL, 0 } };
	const struct cli_entry	  *e = cli_find("retag");
	struct store_tag	   tags[STORE_TOPIC_MAX];
	struct store_retag	   r;
	struct topic_set	  *ts;
	struct store		  *s;
	char			  *cause;
	size_t			   changed;
	double			   t0;
	int			   tty, rc;

	opterr = 0;
	if (getopt_long(argc, argv, "", opts, NULL) != -1)
		return (
		    cli_usage_error(e, "unknown option: %s", argv[optind - 1]));
	if (optind != argc)
		return (cli_usage_error(e, "no arguments expected"));

	ts = topic_set_user(&cause);
	if (cause != NULL) {
		/* Re-tagging with rules the user did not mean is worse. */
		cli_error("%s", cause);
		free(cause);
		topic_set_free(ts);
		return (CLI_ERROR);
	}
	if ((s = cli_store_open(ctx, 0)) == NULL) {
		topic_set_free(ts);
		return (CLI_ERROR);
	}
	if (store_readonly(s)) {
		cli_error("%s: the store is read-only", store_path(s));
		store_close(s);
		topic_set_free(ts);
		return (CLI_ERROR);
	}
	tty = isatty(STDERR_FILENO);
	t0 = retag_now();
	memset(&r, 0, sizeof r);
	r.tags = tags;
	r.ntags = import_tags(ts, tags);
	r.tag = retag_tag;
	r.progress = tty ? retag_progress : NULL;
	r.arg = ts;
	rc = store_retag(s, &r, &changed, &cause);
	if (tty)
		fprintf(stderr, "\r\033[K");
	store_close(s);
	topic_set_free(ts);
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
		return (CLI_ERROR);
	}
	printf("re-tagged: %zu article%s changed topics, %.1fs\n", changed,
	    changed == 1 ? "" : "s", retag_now() - t0);
	return (CLI_OK);
}
