/*
 * Prompt history (see history.h).  A plain array, newest last: a few
 * hundred short lines need nothing cleverer.  The file is rewritten
 * whole through a temporary file, so a crash leaves the old one.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
	char  *text, *why, *line, *nl;
	size_t len;

	if (access(path, F_OK) != 0 && errno == ENOENT)
		return (0);
	if ((text = file_read(path, &len, &why)) == NULL) {
		xasprintf(cause, "%s: %s", path, why);
		free(why);
		return (-1);
	}
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

/* Makes the directory that holds path, and those above it. */
static int
history_mkdirs(const char *path)
{
	char *copy = xstrdup(path), *p;

	for (p = copy + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST) {
			free(copy);
			return (-1);
		}
		*p = '/';
	}
	free(copy);
	return (0);
}

int
history_save(const struct history *h, const char *path, char **cause)
{
	FILE  *f;
	char  *tmp;
	size_t i;

	if (history_mkdirs(path) != 0) {
		xasprintf(cause, "%s: %s", path, strerror(errno));
		return (-1);
	}
	xasprintf(&tmp, "%s.%ld", path, (long)getpid());
	if ((f = fopen(tmp, "w")) == NULL) {
		xasprintf(cause, "%s: %s", tmp, strerror(errno));
		free(tmp);
		return (-1);
	}
	for (i = 0; i < h->n; i++)
		fprintf(f, "%c%s\n", h->v[i].ch, h->v[i].text);
	if (fclose(f) != 0 || rename(tmp, path) != 0) {
		xasprintf(cause, "%s: %s", path, strerror(errno));
		unlink(tmp);
		free(tmp);
		return (-1);
	}
	free(tmp);
	return (0);
}

char *
history_default_path(void)
{
	const char *d;
	char	   *path;

	if ((d = getenv("XDG_DATA_HOME")) != NULL && *d == '/')
		xasprintf(&path, "%s/kanbao/history", d);
	else if ((d = getenv("HOME")) != NULL && *d != '\0')
		xasprintf(&path, "%s/.local/share/kanbao/history", d);
	else
		return (NULL);
	return (path);
}
