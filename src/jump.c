/*
 * The jump list's index (see jump.h).
 *
 * Titles live in one growing arena of NUL-terminated strings, dates in
 * another (consecutive titles of one issue share theirs), entries hold
 * offsets into them: three allocations whatever the store's size, and a
 * scan that walks memory in order.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/jump.h"
#include "kanbao/xmalloc.h"

struct jump_rec {
	int64_t		 id;
	int64_t		 issue;
	uint32_t	 title;		/* offset in text */
	uint32_t	 date;		/* offset in text */
	uint16_t	 tlen;
	uint16_t	 page;
};

struct jump {
	struct jump_rec	*recs;
	size_t		 n, size;
	char		*text;
	size_t		 len, tsize;
	int64_t		 last_issue;	/* of the last date stored */
	uint32_t	 last_date;
};

struct jump *
jump_create(void)
{
	struct jump	*j = xcalloc(1, sizeof *j);

	j->last_issue = -1;
	return (j);
}

void
jump_free(struct jump *j)
{
	if (j == NULL)
		return;
	free(j->recs);
	free(j->text);
	free(j);
}

static uint32_t
jump_text(struct jump *j, const char *s, size_t len)
{
	size_t	off = j->len;

	while (j->len + len + 1 > j->tsize) {
		j->tsize = j->tsize == 0 ? 65536 : j->tsize * 2;
		j->text = xrealloc(j->text, j->tsize);
	}
	memcpy(j->text + j->len, s, len);
	j->text[j->len + len] = '\0';
	j->len += len + 1;
	return ((uint32_t)off);
}

void
jump_add(struct jump *j, const struct store_title *t)
{
	struct jump_rec	*r;
	size_t		 len = strlen(t->title);

	/* Offsets are 32 bits: about 4 GB of titles, far beyond any store. */
	if (j->len + len + 32 > UINT32_MAX)
		return;
	if (len > UINT16_MAX)
		len = UINT16_MAX;
	if (j->n == j->size) {
		j->size = j->size == 0 ? 4096 : j->size * 2;
		j->recs = xreallocarray(j->recs, j->size, sizeof *j->recs);
	}
	r = &j->recs[j->n++];
	r->id = t->id;
	r->issue = t->issue;
	r->page = t->page > 0 && t->page <= UINT16_MAX ? (uint16_t)t->page : 0;
	if (t->issue != j->last_issue) {
		j->last_date = jump_text(j, t->date, strlen(t->date));
		j->last_issue = t->issue;
	}
	r->date = j->last_date;
	r->title = jump_text(j, t->title, len);
	r->tlen = (uint16_t)len;
}

size_t
jump_count(const struct jump *j)
{
	return (j->n);
}

void
jump_get(const struct jump *j, size_t i, struct jump_entry *e)
{
	const struct jump_rec	*r = &j->recs[i];

	e->id = r->id;
	e->issue = r->issue;
	e->date = j->text + r->date;
	e->page = r->page;
	e->title = j->text + r->title;
}

size_t
jump_find(const struct jump *j, const struct pinyin_query *q, int pinyin,
    struct jump_hit *out, size_t max, int *all)
{
	struct pinyin_query	 sub;
	const struct jump_rec	*r;
	size_t			 i, n = 0, off, len;

	if (!pinyin) {
		/* Substrings only: a query with no letters to spell. */
		sub = *q;
		sub.latin = 0;
		q = &sub;
	}
	*all = 1;
	for (i = 0; i < j->n; i++) {
		r = &j->recs[i];
		if (!pinyin_match(q, j->text + r->title, r->tlen, &off, &len))
			continue;
		if (n == max) {
			*all = 0;
			break;
		}
		out[n].index = i;
		out[n].off = off;
		out[n].len = len;
		n++;
	}
	return (n);
}
