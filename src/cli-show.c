/*
 * kanbao show ID [--width N] [--json] [--follow]: one article in full.
 * With --width (or on a terminal, at its width) paragraphs are laid out by
 * reflow, the module the reader uses, so both show the same lines.  With
 * --follow, an article marked 下转N版 is followed by its continuation on
 * page N ("continued on page N:" then that article; with --json, an array
 * of both), as the reader's c key does.
 */
#include <sys/ioctl.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kanbao/cli-store.h"
#include "kanbao/xmalloc.h"

int
cli_show_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "width", required_argument, NULL, 'w' },
		{ "follow", no_argument, NULL, 'f' },
		{ "paper", required_argument, NULL, 'p' }, { NULL, 0, NULL, 0 }
	};
	const struct cli_entry *e = cli_find("show");
	struct store	       *s;
	struct store_article   *a, *c = NULL;
	struct buf		b = BUF_INIT;
	struct winsize		ws;
	const char	       *paper = NULL;
	char		       *cause, *head;
	long			width = -1, id;
	int64_t			cid;
	int			ch, json = 0, follow = 0, status = CLI_OK;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			json = 1;
			break;
		case 'f':
			follow = 1;
			break;
		case 'p':
			paper = optarg;
			break;
		case 'w':
			if (cli_store_number(optarg, 0, 10000, &width) != 0)
				return (cli_usage_error(e, "not a width: %s",
				    optarg));
			break;
		default:
			return (cli_bad_number(e, argv, "an article id"));
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 1)
		return (cli_usage_error(e,
		    argc == 0 ? "no article given" : "one article at a time"));
	if (cli_store_number(argv[0], 1, 0x7fffffffL, &id) != 0)
		return (cli_usage_error(e, "not an article id: %s", argv[0]));
	if (width < 0) {
		width = 0;
		if (!json && isatty(STDOUT_FILENO) &&
		    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
			width = ws.ws_col;
	}

	if ((s = cli_store_open(ctx, 0)) == NULL)
		return (CLI_ERROR);
	if ((a = store_article_get(s, id, &cause)) == NULL) {
		cli_error("%s", cause);
		free(cause);
		store_close(s);
		return (CLI_ERROR);
	}
	/* An id is one article; --paper says which paper it must be in. */
	if (paper != NULL &&
	    strcmp(cli_store_paper_name(a->paper), paper) != 0) {
		cli_error("article %ld is in paper %s, not %s", id,
		    cli_store_paper_name(a->paper), paper);
		store_article_free(a);
		store_close(s);
		return (CLI_ERROR);
	}
	if (follow && *a->continued_to != '\0') {
		switch (store_find_continuation(s, a, &cid, &cause)) {
		case -1:
			cli_error("%s", cause);
			free(cause);
			status = CLI_ERROR;
			break;
		case 0:
			if ((c = store_article_get(s, cid, &cause)) == NULL) {
				cli_error("%s", cause);
				free(cause);
				status = CLI_ERROR;
			}
			break;
		default:
			break; /* that page is not in the store */
		}
	}
	if (json) {
		if (c != NULL)
			buf_addc(&b, '[');
		cli_store_article_json(&b, s, a);
		if (c != NULL) {
			buf_addc(&b, ',');
			cli_store_article_json(&b, s, c);
			buf_addc(&b, ']');
		}
		buf_addc(&b, '\n');
	} else {
		cli_store_article_text(&b, s, a, (int)width, 0);
		if (c != NULL) {
			xasprintf(&head,
			    "continued on page %s:", a->continued_to);
			buf_addc(&b, '\n');
			cli_store_line(&b, head, (int)width);
			buf_adds(&b, "\n\n");
			free(head);
			cli_store_article_text(&b, s, c, (int)width, 0);
		}
	}
	store_article_free(c);
	if (cli_write(buf_str(&b), b.len) != 0)
		status = CLI_ERROR;
	buf_free(&b);
	store_article_free(a);
	store_close(s);
	return (status);
}
