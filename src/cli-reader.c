/*
 * kanbao (no command) and kanbao reader: opens the store and runs the
 * reader.  A missing or empty store is not an error here: the reader says
 * how to import pages instead.  Nor is a bad config file: the reader starts
 * with the defaults and says what is wrong on its status line.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kanbao/cli-store.h"
#include "kanbao/cli.h"
#include "kanbao/config.h"
#include "kanbao/store.h"
#include "kanbao/ui.h"

int
cli_reader_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	struct store  *s = NULL;
	struct config *cfg;
	char	      *path = NULL, *cause = NULL, *message = NULL;
	int	       rc;

	ui_timing_start();
	if (argc > 1 && argv[1][0] == '-')
		return (cli_unknown_option(cli_find("reader"), argv[1]));
	if (argc > 1)
		return (cli_usage_error(cli_find("reader"),
		    "unexpected argument: %s", argv[1]));
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return (cli_error("the reader needs a terminal; "
				  "try kanbao --help for the other commands"));

	if (ctx->db_path != NULL)
		path = xstrdup(ctx->db_path);
	else if ((path = store_default_path(&cause)) == NULL) {
		message = cause;
		cause = NULL;
	}
	if (path != NULL && access(path, F_OK) != 0 && errno == ENOENT)
		xasprintf(&message, "There is no store at %s yet.", path);
	else if (path != NULL &&
	    (s = store_open_progress(path, 0, cli_store_upgrade_progress, NULL,
		 &cause)) == NULL) {
		message = cause;
		cause = NULL;
	}

	cfg = config_user();
	if (ctx->theme != NULL) {
		free(cfg->theme);
		cfg->theme = xstrdup(ctx->theme);
	}
	rc = ui_run(s, path, message, cfg, &cause);
	config_free(cfg);
	store_close(s);
	free(message);
	free(path);
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
		return (CLI_ERROR);
	}
	return (CLI_OK);
}
