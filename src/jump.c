/*
 * The jump list's index (see jump.h).
 *
 * Titles live in one growing arena of NUL-terminated strings with the
 * dates (consecutive titles of one issue share theirs), their characters
 * as pinyin codes in another, entries hold offsets into both: a few
 * allocations whatever the store's size, and a scan that walks memory in
 * order without decoding UTF-8 or looking up readings.
 */
#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/fold.h"
#include "kanbao/jump.h"
#include "kanbao/xmalloc.h"

/* 32 bytes: ids fit 32 bits, as the store's search keys assume. */
struct jump_rec {
	uint32_t id;
	uint32_t issue;
	uint32_t title; /* offset in text */
	uint32_t match; /* the title as matched (folded), offset in text */
	uint32_t date;	/* offset in text */
	uint32_t code;	/* offset in codes */
	uint16_t tlen;
	uint16_t ncodes;
	uint16_t page;
	uint8_t	 ascii; /* the title has ASCII letters */
	uint8_t	 paper; /* papers[paper - 1]; 0: not known */
};

_Static_assert(sizeof(struct jump_rec) == 32, "a title's record: 32 bytes");

struct jump {
	struct jump_rec *recs;
	size_t		 n, size;
	char		*text;
	size_t		 len, tsize;
	uint16_t	*codes; /* pinyin_code() of each title */
	size_t		 ncodes, csize;
	int64_t		 last_issue; /* of the last date stored */
	uint32_t	 last_date;
	int64_t		 papers[UINT8_MAX]; /* the titles' papers */
	size_t		 npapers;
};

/* The slot of paper in j->papers, 1 on; 0 past the last slot. */
static uint8_t
jump_paper(struct jump *j, int64_t paper)
{
	size_t i;

	for (i = 0; i < j->npapers; i++) {
		if (j->papers[i] == paper)
			return ((uint8_t)(i + 1));
	}
	if (j->npapers == UINT8_MAX)
		return (0);
	j->papers[j->npapers++] = paper;
	return ((uint8_t)j->npapers);
}

struct jump *
jump_create(void)
{
	struct jump *j = xcalloc(1, sizeof *j);

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
	free(j->codes);
	free(j);
}

static uint32_t
jump_text(struct jump *j, const char *s, size_t len)
{
	size_t off = j->len;

	while (j->len + len + 1 > j->tsize) {
		j->tsize = j->tsize == 0 ? 65536 : j->tsize + j->tsize / 2;
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
	struct jump_rec *r;
	size_t		 len = strlen(t->title), i;

	/* Offsets are 32 bits: about 4 GB of titles, far beyond any store. */
	if (j->len + 2 * len + 32 > UINT32_MAX ||
	    j->ncodes + len > UINT32_MAX || t->id < 0 || t->id > UINT32_MAX ||
	    t->issue < 0 || t->issue > UINT32_MAX)
		return;
	if (len > UINT16_MAX)
		len = UINT16_MAX;
	if (j->n == j->size) {
		j->size = j->size == 0 ? 4096 : j->size + j->size / 2;
		j->recs = xreallocarray(j->recs, j->size, sizeof *j->recs);
	}
	r = &j->recs[j->n++];
	r->id = (uint32_t)t->id;
	r->issue = (uint32_t)t->issue;
	r->page = t->page > 0 && t->page <= UINT16_MAX ? (uint16_t)t->page : 0;
	r->paper = jump_paper(j, t->paper);
	if ((int64_t)r->issue != j->last_issue) {
		j->last_date = jump_text(j, t->date, strlen(t->date));
		j->last_issue = t->issue;
	}
	r->date = j->last_date;
	r->title = jump_text(j, t->title, len);
	/*
	 * A title in traditional characters is matched folded (李克強 as
	 * 李克强, kanbao/fold.h), as the query is: either kind finds
	 * either.  Most titles have none to fold, and are matched as they
	 * are.
	 */
	r->match = jump_text(j, t->title, len);
	if (fold_text(j->text + r->match, len) == 0) {
		j->len = r->match;
		r->match = r->title;
	}
	r->tlen = (uint16_t)len;
	r->ascii = 0;
	for (i = 0; i < len && !r->ascii; i++)
		r->ascii = isalnum((unsigned char)t->title[i]) != 0;
	while (j->ncodes + PINYIN_TEXT_MAX > j->csize) {
		j->csize = j->csize == 0 ? 65536 : j->csize + j->csize / 2;
		j->codes = xreallocarray(j->codes, j->csize, sizeof *j->codes);
	}
	r->code = (uint32_t)j->ncodes;
	r->ncodes = (uint16_t)pinyin_encode(t->title, len, j->codes + j->ncodes,
	    NULL, PINYIN_TEXT_MAX);
	j->ncodes += r->ncodes;
}

size_t
jump_count(const struct jump *j)
{
	return (j->n);
}

void
jump_get(const struct jump *j, size_t i, struct jump_entry *e)
{
	const struct jump_rec *r;

	assert(i < j->n);
	r = &j->recs[i];
	e->id = r->id;
	e->issue = r->issue;
	e->paper = r->paper != 0 ? j->papers[r->paper - 1] : 0;
	e->date = j->text + r->date;
	e->page = r->page;
	e->title = j->text + r->title;
}

size_t
jump_find(const struct jump *j, const struct pinyin_query *q, int pinyin,
    struct jump_hit *out, size_t max, int *all)
{
	const struct jump_rec *r;
	const char	      *title;
	struct pinyin_query    fq = *q;
	size_t		       i, n = 0, off, len, first, end;
	size_t		       offs[PINYIN_TEXT_MAX + 1];
	uint16_t	       code[PINYIN_TEXT_MAX];

	/* Folded as the titles are matched: a byte of either is the same. */
	fold_text(fq.text, strlen(fq.text));
	q = &fq;
	*all = 1;
	for (i = 0; i < j->n; i++) {
		r = &j->recs[i];
		title = j->text + r->title;
		/* A Latin query is a substring only of a title with Latin
		 * letters: most titles skip the slow case-folded search. */
		if ((q->latin && !r->ascii && q->text[0] != '\0') ||
		    !pinyin_match_text(q, j->text + r->match, r->tlen, &off,
			&len)) {
			if (!pinyin ||
			    !pinyin_match_codes(q, j->codes + r->code,
				r->ncodes, &first, &end))
				continue;
			/* Only a match is decoded again, for its bytes. */
			pinyin_encode(title, r->tlen, code, offs,
			    PINYIN_TEXT_MAX);
			assert(first < end && end <= r->ncodes);
			off = offs[first];
			len = offs[end] - offs[first];
		}
		assert(off + len <= r->tlen);
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
