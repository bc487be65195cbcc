/*
 * The jump list's index: every headline of the store in memory, newest
 * first, matched as the user types (by substring and by pinyin).  Built
 * the first time the reader's jump prompt opens; about 60 bytes a title.
 */
#ifndef KANBAO_JUMP_H
#define KANBAO_JUMP_H

#include <stddef.h>
#include <stdint.h>

#include "kanbao/pinyin.h"
#include "kanbao/store.h"

struct jump;

struct jump_entry {
	int64_t	    id; /* the article */
	int64_t	    issue;
	int64_t	    paper; /* 0: not known (a store of many papers) */
	const char *date;  /* "" when undated */
	int	    page;
	const char *title;
};

struct jump_hit {
	size_t index;	 /* for jump_get() */
	size_t off, len; /* the match within the title */
};

struct jump *jump_create(void);
void	     jump_free(struct jump *);
/* Appends a title (copied); titles are matched in the order added. */
void   jump_add(struct jump *, const struct store_title *);
size_t jump_count(const struct jump *);
/* Entry i; its strings are the index's, valid until jump_free. */
void jump_get(const struct jump *, size_t i, struct jump_entry *);
/*
 * The first max titles matching q (pinyin_match; with pinyin 0 only as a
 * substring) in the order added, into out; returns how many.  Sets *all
 * when every title was looked at (the list is complete).
 */
size_t jump_find(const struct jump *, const struct pinyin_query *q, int pinyin,
    struct jump_hit *out, size_t max, int *all);

#endif
