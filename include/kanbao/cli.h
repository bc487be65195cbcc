/*
 * The command line: one table of commands, each run by its own cli-NAME.c.
 * The table is also what --help, COMMAND --help and the man page's COMMANDS
 * section are made from.
 */
#ifndef KANBAO_CLI_H
#define KANBAO_CLI_H

#include <stdio.h>

#include "kanbao/xmalloc.h"

/* Exit statuses. */
#define CLI_OK	  0
#define CLI_ERROR 1 /* bad input or a failing environment */
#define CLI_USAGE 2 /* the command line itself is wrong */

struct cli_ctx {
	const char *db_path; /* --db or KANBAO_DB; NULL: default */
	const char *theme;   /* --theme; NULL: config or default */
};

struct cli_option {
	const char *flag; /* "--json", "--width N" */
	const char *help; /* one line */
};

struct cli_entry {
	const char		*name;	  /* "parse" */
	const char		*usage;	  /* "[--json] FILE..." */
	const char		*summary; /* one line, for --help */
	const struct cli_option *options; /* ends with a NULL flag */
	int (*exec)(struct cli_ctx *, int, char **);
};

extern const struct cli_entry cli_table[];
/* The options before a command (--db, --theme, ...), ending with NULL. */
extern const struct cli_option cli_global_options[];

/* The entry named name, or NULL. */
const struct cli_entry *cli_find(const char *);
/* kanbao --help. */
void cli_help(FILE *);
/* kanbao COMMAND --help. */
void cli_command_help(FILE *, const struct cli_entry *);
/* Prints "kanbao CMD: message" and the usage line on stderr; returns 2. */
int cli_usage_error(const struct cli_entry *, const char *, ...)
    KANBAO_PRINTF(2, 3);
/*
 * The usage error for the option getopt_long() just refused (argv as given
 * to it): a long option's missing or unwanted argument, else an unknown
 * option.
 */
int cli_bad_option(const struct cli_entry *, char **);
/*
 * What is wrong with the option o getopt_long() just refused, optopt as
 * it left it: "option needs an argument" or "option takes no argument"
 * for a long option, else "unknown option".
 */
const char *cli_option_fault(const char *o);
/*
 * The usage error for option o, unknown to command e; kanbao's own
 * options (--db, --theme) are said to go before the command.
 */
int cli_unknown_option(const struct cli_entry *, const char *o);
/*
 * As cli_bad_option(), but a negative number getopt_long() took for an
 * option is "not what" (for show -1: "not an article id: -1").
 */
int cli_bad_number(const struct cli_entry *, char **, const char *what);
/* Prints "kanbao: message" on stderr; returns 1. */
int cli_error(const char *, ...) KANBAO_PRINTF(1, 2);
/* Writes all of s to stdout; 1 on error (EPIPE is quietly 0). */
int cli_write(const char *, size_t);

int cli_parse_exec(struct cli_ctx *, int, char **);
int cli_reader_exec(struct cli_ctx *, int, char **);
int cli_import_exec(struct cli_ctx *, int, char **);
int cli_list_exec(struct cli_ctx *, int, char **);
int cli_show_exec(struct cli_ctx *, int, char **);
int cli_search_exec(struct cli_ctx *, int, char **);
int cli_retag_exec(struct cli_ctx *, int, char **);
int cli_export_exec(struct cli_ctx *, int, char **);
int cli_delete_exec(struct cli_ctx *, int, char **);
int cli_mark_exec(struct cli_ctx *, int, char **);

#endif
