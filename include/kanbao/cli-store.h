/*
 * What the store's commands (import, list, show, search, export) share:
 * opening the store, topic names, and writing an article as JSON or text.
 */
#ifndef KANBAO_CLI_STORE_H
#define KANBAO_CLI_STORE_H

#include <stdint.h>

#include "kanbao/buf.h"
#include "kanbao/cli.h"
#include "kanbao/store.h"

/*
 * Opens the store of ctx (--db, KANBAO_DB or the default) with flags;
 * prints the error and returns NULL on failure.  An upgrade that makes
 * the search index again shows its progress on a terminal.
 */
struct store *cli_store_open(struct cli_ctx *, int flags);
/*
 * A progress bar on standard error, for a terminal: "WHAT [###   ]
 * DONE/TOTAL UNIT", wiped when done == total.  what may be "".
 */
void cli_progress_bar(const char *what, size_t done, size_t total,
    const char *unit);
/*
 * store_open_progress()'s progress: cli_progress_bar() when standard error
 * is a terminal, else nothing.
 */
void cli_store_upgrade_progress(size_t done, size_t total, void *);

/*
 * The mask of the topic named name: 0 and *mask set (0 when no article has
 * it yet), 1 if no such topic exists (message printed), -1 on error.
 */
int cli_store_topic(struct store *, const char *name, uint64_t *mask);

/* The names of the topics in mask, separated by sep, as a new string. */
char *cli_store_topics(struct store *, uint64_t mask, const char *sep);

/* Appends a JSON array of topic names. */
void cli_store_topics_json(struct buf *, struct store *, uint64_t mask);

/* Appends the article as a JSON object with its source. */
void cli_store_article_json(struct buf *, struct store *,
    const struct store_article *);

/* Adds s laid out at width columns (as it is if width is 0 or less). */
void cli_store_line(struct buf *, const char *s, int width);
/*
 * Appends the article as plain text: headings, paragraphs (reflowed to
 * width columns with a two-character indent when width > 0) and a source
 * line.  Markdown when md is set.
 */
void cli_store_article_text(struct buf *, struct store *,
    const struct store_article *, int width, int md);

/*
 * The id of the paper named name ("-": the default paper): 0 and *id, 1
 * if there is none (message printed), -1 on error (printed).
 */
int cli_store_paper(struct store *, const char *name, int64_t *id);
/*
 * The issues of paper (0: any; name, for messages, NULL then) that date
 * names, newest first, into *ids (caller frees) and *nids: the issue with
 * that date or undated name (of several papers, each), else those dated in
 * the year, month or range of dates it names (2024, 2024-03,
 * 2024-03-01..2024-03-15; store_list_dates()).  0, 1 if there is none
 * (message printed), CLI_USAGE if date is shaped like one but is none
 * (2024-02-30: printed), -1 on error (printed).
 */
int cli_store_issues(struct store *, const char *name, int64_t paper,
    const char *date, int64_t **ids, size_t *nids);
/*
 * Appends a field of a tab-separated row and the tab after it (a newline
 * if last): tabs and newlines in s become spaces, and an empty field is
 * "-", so that no field of a row is ever empty.
 */
void cli_store_field(struct buf *, const char *s, int last);
/* A paper's name for output: "-" for the default paper.  Borrowed. */
const char *cli_store_paper_name(const char *);

/* The names of a store's papers by id, for rows that carry only the id. */
struct cli_papers {
	struct store_paper *v;
	size_t		    n;
};
int	    cli_papers_load(struct store *, struct cli_papers *);
const char *cli_papers_name(const struct cli_papers *, int64_t id);
void	    cli_papers_free(struct cli_papers *);

/* Parses a decimal number in [min, max]; -1 if it is not one. */
int cli_store_number(const char *, long min, long max, long *out);

#endif
