/*
 * Where the reader was quit in each store: the issue and article selected,
 * the pane that had the focus, and the date of the newest issue it had
 * shown.  Kept across runs in a file in the data directory
 * ($XDG_DATA_HOME/kanbao/places), one store a line, the store used last
 * last:
 *
 *	ISSUE ISSUE-SUM ARTICLE ARTICLE-SUM PANE NEWEST<tab>STORE
 *
 * ids in decimal, sums in hex, NEWEST a date or "-", the store by its full
 * path.  An id may be given again to another row once its own is deleted:
 * the sums (place_sum() of the issue's name and of the article's title)
 * tell the row kept from a new one.
 */
#ifndef KANBAO_PLACE_H
#define KANBAO_PLACE_H

#include <stdint.h>

#define PLACE_MAX 32 /* stores remembered, the longest unused dropped */

struct place {
	int64_t	 issue;	      /* the issue selected (its id) */
	uint32_t issue_sum;   /* place_sum() of its name */
	int64_t	 article;     /* the article selected in it; 0: none */
	uint32_t article_sum; /* place_sum() of its title */
	int	 pane;	      /* the pane that had the focus (enum view_pane) */
	char	 newest[11];  /* the newest issue's date then; "": none */
};

/* A sum of s (32-bit FNV-1a) to know an issue or an article by. */
uint32_t place_sum(const char *s);

/*
 * The place kept for store (a path, made absolute here) in the file at
 * path: 1 and *pl filled, 0 if none is kept (or no file), -1 with *cause
 * set if the file cannot be read.
 */
int place_load(const char *path, const char *store, struct place *pl,
    char **cause);
/*
 * Keeps pl as store's place in the file at path (directories made as
 * needed), the other stores' kept as they were.  -1 with *cause set on
 * failure.
 */
int place_save(const char *path, const char *store, const struct place *pl,
    char **cause);
/* The places file's path (caller frees); NULL when no home is known. */
char *place_default_path(void);

#endif
