/*
 * Lists across issues for the reader: where a date falls in the issue
 * list, and articles chosen by star, read state, topics and a range of
 * dates from every issue, newest first, a slice at a time.  Both see
 * only the paper store_set_paper() chose, as store_issues() does.
 */
#ifndef KANBAO_STORE_LIST_H
#define KANBAO_STORE_LIST_H

#include <stddef.h>
#include <stdint.h>

#include "kanbao/store.h"

/*
 * The place in store_issues() order of the newest issue dated on or
 * before date (YYYY-MM-DD): 0 and *index (the number of issues after
 * date), 1 if every dated issue is later.  -1 with *cause on error.
 */
int store_issue_index_date(struct store *, const char *date, size_t *index,
    char **cause);

/* A selection of articles from every issue. */
struct store_list {
	int	 starred;  /* only starred ones */
	int	 unread;   /* only unread ones */
	uint64_t topics;   /* 0: any; else any of these bits */
	char	 from[11]; /* YYYY-MM-DD; "": no bound */
	char	 to[11];   /* YYYY-MM-DD, included; "": none */
};

/*
 * Rows limit rows of the selection from offset on, issues newest first,
 * then by page and position, to cb (rows borrowed during the call); a
 * non-zero return from cb stops.  -1 with *cause on error.
 */
int store_list_each(struct store *, const struct store_list *, size_t offset,
    size_t limit, int (*cb)(const struct store_article_row *, void *),
    void *arg, char **cause);

/*
 * A date or range of them into from and to (YYYY-MM-DD, to included):
 * YYYY, YYYY-MM, YYYY-MM-DD (or YYYYMMDD), or two of those joined by "..".
 * -1 if it is none of these, or names a day, month or year that is not on
 * the calendar (2024-02-30, 2024-13; years 1800 to 2999, as
 * store_date_parse()).
 */
int store_list_dates(const char *, char from[11], char to[11]);

#endif
