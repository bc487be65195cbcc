/*
 * The command table and the help made from it.
 *
 * A command is a row here and a cli_NAME_exec() in cli-NAME.c; the row's
 * usage, summary and options are all the help there is, so kanbao --help,
 * kanbao COMMAND --help and the man page cannot disagree.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kanbao/cli.h"
#include "kanbao/text.h"

/* Options before the command; main.c reads them. */
const struct cli_option cli_global_options[] = {
	{ "--db PATH",
	    "the store (default: $KANBAO_DB, else "
	    "$XDG_DATA_HOME/kanbao/kanbao.db)" },
	{ "--theme NAME",
	    "colour theme for the reader (over the config file)" },
	{ "--completion SHELL", "print a completion script (bash) and exit" },
	{ "--help", "this help; kanbao COMMAND --help for a command" },
	{ "--version", "print the version" }, { NULL, NULL }
};

static const struct cli_option cli_parse_options[] = {
	{ "--json", "print the articles as JSON (an array for several files)" },
	{ "--explain", "for a PDF, show how each line was read (size, place)" },
	{ NULL, NULL }
};

static const struct cli_option cli_import_options[] = {
	{ "--date D", "the issue date (2023-02-10), else from the path" },
	{ "--page N", "the page number (one file only), else from the name" },
	{ "--paper NAME",
	    "the paper (- the default), else from the path or "
	    "the masthead" },
	{ "--dry-run", "print where each page would go; write nothing" },
	{ "--reread",
	    "read every file, even one whose size and time are "
	    "unchanged" },
	{ NULL, NULL }
};

static const struct cli_option cli_list_options[] = {
	{ "--paper P", "only that paper's (- for the default paper)" },
	{ "--date D",
	    "only the issue of that date (or undated name), or those of a "
	    "year, a month or a range (2024, 2024-03, "
	    "2024-03-01..2024-03-15)" },
	{ "--topic T", "only articles with that topic (its name or label)" },
	{ "--starred", "only starred articles" },
	{ "--unread", "only unread articles" },
	{ "--json", "print a JSON array instead of tab-separated rows" },
	{ NULL, NULL }
};

static const struct cli_option cli_show_options[] = {
	{ "--width N", "lay the article out in N columns (0: as stored)" },
	{ "--json", "print the article as a JSON object" },
	{ "--follow", "append the continuation on another page (下转)" },
	{ "--paper P", "fail unless the article is in that paper" },
	{ NULL, NULL }
};

static const struct cli_option cli_search_options[] = {
	{ "--topic T", "only articles with that topic (its name or label)" },
	{ "--paper P", "only articles of that paper" },
	{ "--rank R", "date (newest first, the default) or relevance" },
	{ "--limit N", "at most N results" },
	{ "--json", "print a JSON array instead of tab-separated rows" },
	{ NULL, NULL }
};

static const struct cli_option cli_export_options[] = {
	{ "--format F", "md (the default), json or txt" },
	{ "--paper P", "only that paper's articles" },
	{ "--date D",
	    "only the issue of that date (or undated name), or those of a "
	    "year, a month or a range (2024, 2024-03, "
	    "2024-03-01..2024-03-15), newest first" },
	{ "--search Q", "only the articles a search finds" }, { NULL, NULL }
};

static const struct cli_option cli_delete_options[] = {
	{ "--paper P", "that paper's pages (all of them without --date)" },
	{ "--date D", "the issue of that date (or undated name)" },
	{ "--page N", "only that page of the issue" },
	{ "--dry-run", "print what would be deleted; delete nothing" },
	{ NULL, NULL }
};

static const struct cli_option cli_mark_options[] = { { "--read", "mark read" },
	{ "--unread", "mark unread" }, { "--star", "star" },
	{ "--unstar", "remove the star" }, { NULL, NULL } };

const struct cli_entry cli_table[] = {
	{ "parse", "[--json] [--explain] FILE...",
	    "split page files into articles and print them (nothing is stored)",
	    cli_parse_options, cli_parse_exec },
	{ "reader", "", "open the reader (what kanbao with no command does)",
	    NULL, cli_reader_exec },
	{ "import",
	    "[--date D] [--page N] [--paper NAME] [--dry-run] [--reread] "
	    "PATH...",
	    "store page files, or the page files under directories",
	    cli_import_options, cli_import_exec },
	{ "list",
	    "[papers|issues|pages|articles] [--paper P] [--date D] "
	    "[--topic T] [--starred] [--unread] [--json]",
	    "list the papers, issues, pages or articles in the store",
	    cli_list_options, cli_list_exec },
	{ "show", "ID [--width N] [--json] [--follow] [--paper P]",
	    "print one article in full", cli_show_options, cli_show_exec },
	{ "retag", "",
	    "re-tag every stored article with the current topic rules", NULL,
	    cli_retag_exec },
	{ "search",
	    "QUERY [--topic T] [--paper P] [--rank date|relevance] "
	    "[--limit N] [--json]",
	    "find articles containing every word of QUERY", cli_search_options,
	    cli_search_exec },
	{ "export",
	    "[--format md|json|txt] [--paper P] [--date D | --search Q]",
	    "write articles with their source (paper, date, page)",
	    cli_export_options, cli_export_exec },
	{ "delete", "[--paper P] [--date D [--page N]] [--dry-run]",
	    "remove a paper, an issue or a page and its articles",
	    cli_delete_options, cli_delete_exec },
	{ "mark", "ID... --read|--unread|--star|--unstar",
	    "set articles read, unread, starred or not starred",
	    cli_mark_options, cli_mark_exec },
	{ NULL, NULL, NULL, NULL, NULL }
};

const struct cli_entry *
cli_find(const char *name)
{
	const struct cli_entry *e;

	for (e = cli_table; e->name != NULL; e++) {
		if (strcmp(e->name, name) == 0)
			return (e);
	}
	return (NULL);
}

void
cli_help(FILE *f)
{
	const struct cli_entry	*e;
	const struct cli_option *o;

	fprintf(f,
	    "usage: kanbao [--db PATH] [--theme NAME]"
	    "              open the reader\n");
	for (e = cli_table; e->name != NULL; e++)
		fprintf(f, "       kanbao %s%s%s\n", e->name,
		    *e->usage != '\0' ? " " : "", e->usage);
	fprintf(f, "       kanbao --help | --version\n\ncommands:\n");
	for (e = cli_table; e->name != NULL; e++)
		fprintf(f, "  %-8s %s\n", e->name, e->summary);
	fprintf(f, "\noptions:\n");
	for (o = cli_global_options; o->flag != NULL; o++)
		fprintf(f, "  %-19s %s\n", o->flag, o->help);
	fprintf(f, "\nSee kanbao(1) for keys, files and examples.\n");
}

void
cli_command_help(FILE *f, const struct cli_entry *e)
{
	const struct cli_option *o;

	fprintf(f, "usage: kanbao %s%s%s\n\n%s\n", e->name,
	    *e->usage != '\0' ? " " : "", e->usage, e->summary);
	if (e->options != NULL && e->options[0].flag != NULL) {
		fprintf(f, "\noptions:\n");
		for (o = e->options; o->flag != NULL; o++)
			fprintf(f, "  %-16s %s\n", o->flag, o->help);
	}
}

/*
 * Prints a message made of untrusted parts (file names, words from files,
 * queries) so that none of them can drive the terminal: it goes through the
 * same sanitiser as article text, with newlines shown as spaces.
 */
static void
cli_vprint_clean(FILE *f, const char *fmt, va_list ap)
{
	char *raw, *clean;

	xvasprintf(&raw, fmt, ap);
	clean = text_sanitize_line(raw);
	fputs(clean, f);
	free(clean);
	free(raw);
}

int
cli_usage_error(const struct cli_entry *e, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "kanbao %s: ", e->name);
	va_start(ap, fmt);
	cli_vprint_clean(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nusage: kanbao %s%s%s\n", e->name,
	    *e->usage != '\0' ? " " : "", e->usage);
	return (CLI_USAGE);
}

/*
 * The word getopt_long() just refused.  No command has short options, so a
 * word of one dash is refused at its first letter: optind has passed it
 * when that was all of it (-1), not yet when more follows (-12).
 */
static const char *
cli_refused(char **argv)
{
	const char *o = argv[optind - 1];

	if (optopt != 0 && (o[0] != '-' || o[1] != optopt || o[2] != '\0') &&
	    argv[optind] != NULL && argv[optind][0] == '-' &&
	    argv[optind][1] == optopt)
		return (argv[optind]);
	return (o);
}

const char *
cli_option_fault(const char *o)
{
	if (optopt == 0 || strncmp(o, "--", 2) != 0)
		return ("unknown option");
	return (strchr(o, '=') != NULL ? "option takes no argument" :
					 "option needs an argument");
}

int
cli_bad_option(const struct cli_entry *e, char **argv)
{
	const char *o = cli_refused(argv);

	if (optopt == 0 && strncmp(o, "--", 2) == 0)
		return (cli_unknown_option(e, o));
	return (cli_usage_error(e, "%s: %s", cli_option_fault(o), o));
}

int
cli_unknown_option(const struct cli_entry *e, const char *o)
{
	/* kanbao's own options go before the command. */
	if (strncmp(o, "--db", 4) == 0 || strncmp(o, "--theme", 7) == 0)
		return (cli_usage_error(e,
		    "unknown option: %s (it goes before the command: "
		    "kanbao %.*s ... %s ...)",
		    o, (int)strcspn(o, "="), o, e->name));
	return (cli_usage_error(e, "unknown option: %s", o));
}

int
cli_bad_number(const struct cli_entry *e, char **argv, const char *what)
{
	const char *o = cli_refused(argv);

	/* -1 is no option: a number, below what there can be. */
	if (o[0] == '-' && isdigit((unsigned char)o[1]))
		return (cli_usage_error(e, "not %s: %s", what, o));
	return (cli_bad_option(e, argv));
}

int
cli_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "kanbao: ");
	va_start(ap, fmt);
	cli_vprint_clean(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return (CLI_ERROR);
}

/*
 * Everything a command prints goes through here, and so through the
 * sanitiser (tabs kept for the columns): names, paths and text from a
 * store made elsewhere cannot drive the terminal, and the output is UTF-8.
 */
int
cli_write(const char *s, size_t n)
{
	char  *clean;
	size_t len;
	int    rc = 0;

	clean = text_clean(s, n, TEXT_KEEP_TAB, &len);
	if (fwrite(clean, 1, len, stdout) != len || fflush(stdout) != 0) {
		if (errno != EPIPE)
			rc = cli_error("write error: %s", strerror(errno));
		clearerr(stdout); /* said; main_flush() need not */
	}
	free(clean);
	return (rc);
}
