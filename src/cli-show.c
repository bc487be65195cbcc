/*
 * kanbao show ID [--width N] [--json]: one article in full.  With --width
 * (or on a terminal, at its width) paragraphs are laid out by reflow, the
 * module the reader uses, so both show the same lines.
 */
#include <sys/ioctl.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "kanbao/cli-store.h"

int
cli_show_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option	 opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "width", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cli_entry		*e = cli_find("show");
	struct store			*s;
	struct store_article		*a;
	struct buf			 b = BUF_INIT;
	struct winsize			 ws;
	char				*cause;
	long				 width = -1, id;
	int				 ch, json = 0, status = CLI_OK;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			json = 1;
			break;
		case 'w':
			if (cli_store_number(optarg, 0, 10000, &width) != 0)
				return (cli_usage_error(e, "not a width: %s",
				    optarg));
			break;
		default:
			if (optopt != 0)
				return (cli_usage_error(e, "option needs an "
				    "argument: %s", argv[optind - 1]));
			return (cli_usage_error(e, "unknown option: %s",
			    argv[optind - 1]));
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 1)
		return (cli_usage_error(e, argc == 0 ? "no article given" :
		    "one article at a time"));
	if (cli_store_number(argv[0], 1, 0x7fffffffL, &id) != 0)
		return (cli_usage_error(e, "not an article id: %s", argv[0]));
	if (width < 0) {
		width = 0;
		if (!json && isatty(STDOUT_FILENO) &&
		    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
		    ws.ws_col > 0)
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
	if (json) {
		cli_store_article_json(&b, s, a);
		buf_addc(&b, '\n');
	} else
		cli_store_article_text(&b, s, a, (int)width, 0);
	if (cli_write(buf_str(&b), b.len) != 0)
		status = CLI_ERROR;
	buf_free(&b);
	store_article_free(a);
	store_close(s);
	return (status);
}
