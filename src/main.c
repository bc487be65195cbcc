/*
 * kanbao: global options, then one command from the table in cli.c, or the
 * reader when no command is given.
 */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/cli-doc.h"
#include "kanbao/cli.h"

static const struct option main_options[] = { { "db", required_argument, NULL,
						  'd' },
	{ "theme", required_argument, NULL, 't' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "completion", required_argument, NULL, 'c' },
	/* Not in --help: the tables for the man page test. */
	{ "dump-tables", no_argument, NULL, 'D' }, { NULL, 0, NULL, 0 } };

/* True when argv (a command's arguments) asks for help before any "--". */
static int
main_wants_help(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return (0);
		if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0)
			return (1);
	}
	return (0);
}

/*
 * What is left in stdout, written now: a full disk or a closed pipe after
 * --help or a command's last line is an error like any other write error
 * (a closed pipe quietly).  Returns status, or CLI_ERROR.
 */
static int
main_flush(int status)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return (status);
	if (errno != EPIPE)
		fprintf(stderr, "kanbao: write error: %s\n", strerror(errno));
	return (CLI_ERROR);
}

/* Runs a command, then writes what it left in stdout. */
static int
main_exec(const struct cli_entry *e, struct cli_ctx *ctx, int argc, char **argv)
{
	return (main_flush(e->exec(ctx, argc, argv)));
}

/*
 * Says what is wrong with kanbao's own option o (argv's, getopt_long()
 * having refused it), as cli_bad_option() does for a command's; a short
 * option by its letter (-dx: -d).
 */
static void
main_bad_option(const char *o)
{
	if (optopt != 0 && strncmp(o, "--", 2) != 0)
		fprintf(stderr, "kanbao: unknown option: -%c\n", optopt);
	else
		fprintf(stderr, "kanbao: %s: %s\n", cli_option_fault(o), o);
	fprintf(stderr, "Try 'kanbao --help'.\n");
}

int
main(int argc, char **argv)
{
	struct cli_ctx		ctx = { NULL, NULL };
	const struct cli_entry *e;
	int			ch;

	setlocale(LC_ALL, "");
	ctx.db_path = getenv("KANBAO_DB");
	if (ctx.db_path != NULL && *ctx.db_path == '\0')
		ctx.db_path = NULL;

	opterr = 0;
	while (
	    (ch = getopt_long(argc, argv, "+hV", main_options, NULL)) != -1) {
		switch (ch) {
		case 'd':
			ctx.db_path = optarg;
			break;
		case 't':
			ctx.theme = optarg;
			break;
		case 'h':
			cli_help(stdout);
			return (main_flush(CLI_OK));
		case 'V':
			printf("kanbao %s\n", KANBAO_VERSION);
			return (main_flush(CLI_OK));
		case 'c':
			if (cli_doc_completion(stdout, optarg) != 0) {
				fprintf(stderr,
				    "kanbao: no completion for "
				    "%s (there is one for bash)\n",
				    optarg);
				return (CLI_USAGE);
			}
			return (main_flush(CLI_OK));
		case 'D':
			cli_doc_dump(stdout);
			return (main_flush(CLI_OK));
		default:
			main_bad_option(argv[optind - 1]);
			return (CLI_USAGE);
		}
	}
	argc -= optind;
	argv += optind;

	if (argc == 0) {
		e = cli_find("reader");
		if (e == NULL) {
			cli_help(stderr);
			return (CLI_USAGE);
		}
		return (main_exec(e, &ctx, 1,
		    (char *[]){ (char *)"reader", NULL }));
	}
	if ((e = cli_find(argv[0])) == NULL) {
		fprintf(stderr,
		    "kanbao: unknown command: %s\n"
		    "Try 'kanbao --help'.\n",
		    argv[0]);
		return (CLI_USAGE);
	}
	if (main_wants_help(argc, argv)) {
		cli_command_help(stdout, e);
		return (main_flush(CLI_OK));
	}
	optind = 0; /* commands run getopt_long afresh */
	return (main_exec(e, &ctx, argc, argv));
}
