/*
 * Where the reader was quit in each store: the issue and article selected,
 * the pane that had the focus, and the newest issue then.  Kept across runs
 * in a file in the data directory ($XDG_DATA_HOME/kanbao/places), one store
 * a line: "ISSUE ARTICLE NEWEST PANE<tab>STORE", newest last, the store by
 * its full path.
 */
#ifndef KANBAO_PLACE_H
#define KANBAO_PLACE_H

#include <stdint.h>

#define PLACE_MAX 32 /* stores remembered, the longest unused dropped */

struct place {
	int64_t issue;	 /* the issue selected (its id) */
	int64_t article; /* the article selected in it; 0: none */
	int64_t newest;	 /* the newest issue then */
	int	pane;	 /* the pane that had the focus (enum view_pane) */
};

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
