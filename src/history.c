/*
 * Prompt history (see history.h).  A plain array, newest last: a few
 * hundred short lines need nothing cleverer.  The file is rewritten
 * whole through a temporary file, so a crash leaves the old one.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/file.h"
#include "kanbao/history.h"
#include "kanbao/xmalloc.h"

struct history *
history_create(void)
{
	return (xcalloc(1, sizeof(struct history)));
}

void
history_free(struct history *h)
{
	size_t i;

	if (h == NULL)
		return;
	for (i = 0; i < h->n; i++)
		free(h->v[i].text);
	free(h->v);
	free(h);
}

/* Drops entry i. */
static void
history_remove(struct history *h, size_t i)
{
	free(h->v[i].text);
	memmove(&h->v[i], &h->v[i + 1], (h->n - i - 1) * sizeof *h->v);
	h->n--;
}

void
history_add(struct history *h, int ch, const char *text)
{
	size_t i;

	if (*text == '\0' || strchr(text, '\n') != NULL)
		return;
	for (i = 0; i < h->n; i++) {
		if (h->v[i].ch == ch && strcmp(h->v[i].text, text) == 0) {
			history_remove(h, i);
			break;
		}
	}
	if (h->n == HISTORY_MAX)
		history_remove(h, 0);
	h->v = xreallocarray(h->v, h->n + 1, sizeof *h->v);
	h->v[h->n].ch = ch;
	h->v[h->n].text = xstrdup(text);
	h->n++;
}

int
history_step(const struct history *h, int ch, size_t *i, int dir)
{
	size_t j = *i;

	if (j > h->n)
		j = h->n;
	for (;;) {
		if (dir < 0) {
			if (j == 0)
				return (0);
			j--;
		} else {
			if (j >= h->n)
				return (0);
			if (++j == h->n) {
				*i = j; /* past the newest: the draft */
				return (1);
			}
		}
		if (h->v[j].ch == ch) {
			*i = j;
			return (1);
		}
	}
}

int
history_load(struct history *h, const char *path, char **cause)
{
	char  *text, *line, *nl;
	size_t len;

	if ((text = file_read_state(path, &len, cause)) == NULL)
		return (*cause != NULL ? -1 : 0);
	for (line = text; *line != '\0'; line = nl + 1) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl = '\0';
		/* A prompt character then the text; anything else is noise. */
		if (line[0] != '\0' && line[0] > 0x20 && line[0] < 0x7f &&
		    line[1] != '\0')
			history_add(h, line[0], line + 1);
		if (nl == NULL)
			break;
	}
	free(text);
	return (0);
}

int
history_save(const struct history *h, const char *path, char **cause)
{
	struct buf b = BUF_INIT;
	size_t	   i;
	int	   rc;

	for (i = 0; i < h->n; i++) {
		buf_addc(&b, (char)h->v[i].ch);
		buf_adds(&b, h->v[i].text);
		buf_addc(&b, '\n');
	}
	rc = file_write(path, b.len > 0 ? b.data : "", b.len, cause);
	buf_free(&b);
	return (rc);
}

char *
history_default_path(void)
{
	return (file_data_path("history"));
}
