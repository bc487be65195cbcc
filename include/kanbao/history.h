/*
 * Prompt history: what was typed at the reader's prompts (search, jump,
 * the command line), newest last, kept across runs in a file in the data
 * directory ($XDG_DATA_HOME/kanbao/history), one entry a line: the
 * prompt's character, then the text.
 */
#ifndef KANBAO_HISTORY_H
#define KANBAO_HISTORY_H

#include <stddef.h>

#define HISTORY_MAX 500 /* entries kept, the oldest dropped */

struct history_entry {
	int   ch; /* the prompt: '/', ':', 'J' */
	char *text;
};

struct history {
	struct history_entry *v;
	size_t		      n;
};

/* An empty history. */
struct history *history_create(void);
void		history_free(struct history *);
/*
 * Reads the file at path into h (a missing file is an empty history).
 * -1 with *cause set if it cannot be read.
 */
int history_load(struct history *h, const char *path, char **cause);
/*
 * Writes h to path (directories made as needed), the newest HISTORY_MAX.
 * -1 with *cause set on failure.
 */
int history_save(const struct history *h, const char *path, char **cause);
/*
 * Adds text typed at prompt ch as the newest entry; an earlier entry with
 * the same text at that prompt moves up instead of staying twice.  Empty
 * text and text with a newline are not kept.
 */
void history_add(struct history *h, int ch, const char *text);
/*
 * The entry of prompt ch before (dir -1) or after (dir 1) index *i (n for
 * "not browsing"): 1 and *i updated, or 0 when there is none that way.
 */
int history_step(const struct history *h, int ch, size_t *i, int dir);
/* The history file's path (caller frees); NULL when no home is known. */
char *history_default_path(void);

#endif
