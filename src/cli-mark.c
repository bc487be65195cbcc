/*
 * kanbao mark ID... --read|--unread|--star|--unstar: sets the state the
 * reader sets, so that scripts and tests can set it too.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/cli-store.h"

int
cli_mark_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = { { "read", no_argument, NULL,
						  'r' },
		{ "unread", no_argument, NULL, 'R' },
		{ "star", no_argument, NULL, 's' },
		{ "unstar", no_argument, NULL, 'S' }, { NULL, 0, NULL, 0 } };
	const struct cli_entry	  *e = cli_find("mark");
	struct store		  *s;
	struct buf		   b = BUF_INIT;
	char			  *cause;
	long			   id;
	int			   ch, i, read = -1, star = -1, done = 0;
	int			   status = CLI_OK;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'r':
		case 'R':
			if (read != -1 && read != (ch == 'r'))
				return (cli_usage_error(e,
				    "--read or "
				    "--unread, not both"));
			read = ch == 'r';
			break;
		case 's':
		case 'S':
			if (star != -1 && star != (ch == 's'))
				return (cli_usage_error(e,
				    "--star or "
				    "--unstar, not both"));
			star = ch == 's';
			break;
		default:
			return (cli_bad_number(e, argv, "an article id"));
		}
	}
	argc -= optind;
	argv += optind;
	if (read == -1 && star == -1)
		return (cli_usage_error(e,
		    "say what to mark: --read, "
		    "--unread, --star or --unstar"));
	if (argc == 0)
		return (cli_usage_error(e, "no article given"));
	for (i = 0; i < argc; i++) {
		if (cli_store_number(argv[i], 1, 0x7fffffffL, &id) != 0)
			return (cli_usage_error(e, "not an article id: %s",
			    argv[i]));
	}

	if ((s = cli_store_open(ctx, 0)) == NULL)
		return (CLI_ERROR);
	if (store_readonly(s)) {
		cli_error("%s: the store is read-only", store_path(s));
		store_close(s);
		return (CLI_ERROR);
	}
	for (i = 0; i < argc; i++) {
		cli_store_number(argv[i], 1, 0x7fffffffL, &id);
		if ((read != -1 && store_set_read(s, id, read, &cause) != 0) ||
		    (star != -1 &&
			store_set_starred(s, id, star, &cause) != 0)) {
			cli_error("%s", cause);
			free(cause);
			status = CLI_ERROR;
			continue;
		}
		done++;
	}
	/* Nothing marked and an error said: no summary to contradict it. */
	if (done == 0 && status != CLI_OK) {
		store_close(s);
		return (status);
	}
	buf_printf(&b, "marked %d article%s", done, done == 1 ? "" : "s");
	if (read != -1)
		buf_printf(&b, " %s", read ? "read" : "unread");
	if (star != -1)
		buf_printf(&b, "%s %s", read != -1 ? " and" : "",
		    star ? "starred" : "not starred");
	buf_addc(&b, '\n');
	if (cli_write(buf_str(&b), b.len) != 0)
		status = CLI_ERROR;
	buf_free(&b);
	store_close(s);
	return (status);
}
