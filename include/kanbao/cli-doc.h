/*
 * Documentation made from the tables: the command table (cli.c), the key
 * table (view-keys.c), the config actions (config.c) and the theme
 * elements (theme.c).  kanbao --completion bash prints a completion
 * script; kanbao --dump-tables prints the tables for the test that holds
 * the man pages to them (tests/cli/man.sh).
 */
#ifndef KANBAO_CLI_DOC_H
#define KANBAO_CLI_DOC_H

#include <stdio.h>

/*
 * Prints every table as tab-separated rows, one per line, the first field
 * saying which table:
 *
 *	global	FLAG	HELP
 *	command	NAME	USAGE	SUMMARY
 *	option	COMMAND	FLAG	HELP
 *	key	KEYS	ACTION	HELP		(ACTION "-": the mouse)
 *	action	NAME	KEYS
 *	element	NAME
 *	theme	NAME			(the themes found now)
 *
 * Fields never hold tabs or newlines.
 */
void cli_doc_dump(FILE *);
/* Prints the completion script for shell; -1 if there is none for it. */
int cli_doc_completion(FILE *, const char *shell);

#endif
