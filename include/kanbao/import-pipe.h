/*
 * The import's pipeline: page files read, decoded and parsed on a second
 * thread while the caller stores the pages before them (SQLite's writer
 * stays on the caller's thread, alone).
 */
#ifndef KANBAO_IMPORT_PIPE_H
#define KANBAO_IMPORT_PIPE_H

#include <stddef.h>

#include "kanbao/parse.h"

struct import_pipe;

/* One page file, read and parsed. */
struct import_page {
	size_t			 index;		/* in the list given */
	const char		*path;		/* borrowed from the list */
	char			*text;		/* decoded; NULL: unreadable */
	size_t			 len;
	const char		*encoding;	/* what it was decoded from */
	char			*cause;		/* why unreadable */
	struct parse_page	*pg;		/* NULL when text is */
};

/*
 * Starts reading paths[0..n-1] (borrowed: each must live until its page
 * has come out of import_pipe_next).  Pages come out in list order; a
 * page waiting to be taken holds its text and parse, and at most a few
 * megabytes of them wait.  Without a thread (pthread_create failing) the
 * pages are read as they are asked for.  Never fails.
 */
struct import_pipe *import_pipe_start(char *const *paths, size_t n);
/*
 * The next page, waiting for it if need be; NULL after the last.  Caller
 * frees with import_page_free.
 */
struct import_page *import_pipe_next(struct import_pipe *);
void	 import_page_free(struct import_page *);
/* Stops the thread (after the page in hand) and frees; NULL is a no-op. */
void	 import_pipe_free(struct import_pipe *);

#endif
