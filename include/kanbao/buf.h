/*
 * A growable byte buffer, always NUL-terminated after its length.
 */
#ifndef KANBAO_BUF_H
#define KANBAO_BUF_H

#include <stddef.h>

#include "kanbao/xmalloc.h"

struct buf {
	char  *data; /* NUL-terminated; NULL until first add */
	size_t len;  /* bytes used, not counting the NUL */
	size_t size; /* bytes allocated */
};

#define BUF_INIT \
	{ \
		NULL, 0, 0 \
	}

/* Makes room for n more bytes at once, so that adding them allocates none. */
void buf_reserve(struct buf *, size_t);
void buf_add(struct buf *, const void *, size_t);
void buf_adds(struct buf *, const char *);
void buf_addc(struct buf *, int);
void buf_printf(struct buf *, const char *, ...) KANBAO_PRINTF(2, 3);
void buf_truncate(struct buf *, size_t);
/* The contents ("" when empty); the buffer still owns them. */
const char *buf_str(const struct buf *);
/* Hands the contents to the caller (who frees) and empties the buffer. */
char *buf_detach(struct buf *);
void  buf_free(struct buf *);

#endif
