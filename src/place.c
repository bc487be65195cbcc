/*
 * The reader's place in each store (see place.h).  The file is small (a
 * line for each of at most PLACE_MAX stores): it is read whole and written
 * whole through a temporary file, so a crash leaves the old one.  A line
 * that does not read as a place is dropped.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/file.h"
#include "kanbao/place.h"
#include "kanbao/xmalloc.h"

/* store as the file keys it: its full path, if it can be found. */
static char *
place_key(const char *store)
{
	char *full;

	if ((full = realpath(store, NULL)) != NULL)
		return (full);
	return (xstrdup(store));
}

uint32_t
place_sum(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return (h);
}

/* Appends pl as store's line to b. */
static void
place_line(struct buf *b, const struct place *pl, const char *store)
{
	buf_printf(b,
	    "%" PRId64 " %08" PRIx32 " %" PRId64 " %08" PRIx32 " %d %s\t%s\n",
	    pl->issue, pl->issue_sum, pl->article, pl->article_sum, pl->pane,
	    *pl->newest != '\0' ? pl->newest : "-", store);
}

/*
 * Reads one line (NUL-terminated, no newline) into *pl and *store (a
 * pointer into it); 0, or -1 if it is no place.
 */
static int
place_parse(char *line, struct place *pl, const char **store)
{
	long long     issue, article;
	unsigned long isum, asum;
	char	      newest[11], *tab;
	int	      pane, used = 0;

	if ((tab = strchr(line, '\t')) == NULL || tab[1] == '\0')
		return (-1);
	*tab = '\0';
	if (sscanf(line, "%lld %8lx %lld %8lx %d %10s%n", &issue, &isum,
		&article, &asum, &pane, newest, &used) != 6 ||
	    line[used] != '\0' || issue <= 0 || article < 0 || pane < 0 ||
	    pane > 2 || (strcmp(newest, "-") != 0 && strlen(newest) != 10)) {
		*tab = '\t';
		return (-1);
	}
	pl->issue = issue;
	pl->issue_sum = (uint32_t)isum;
	pl->article = article;
	pl->article_sum = (uint32_t)asum;
	pl->pane = pane;
	snprintf(pl->newest, sizeof pl->newest, "%s",
	    strcmp(newest, "-") != 0 ? newest : "");
	*store = tab + 1;
	return (0);
}

/*
 * The places file's lines, but store's, as they were (b); -1 with *cause
 * set if it cannot be read.  With pl, store's place goes there (1 if
 * found).  A line with a NUL in it is no place; the others are read.
 */
static int
place_read(const char *path, const char *key, struct buf *b, struct place *pl,
    char **cause)
{
	struct place p;
	const char  *store;
	char	    *text, *line, *nl, *end;
	size_t	     len;
	int	     found = 0;

	if ((text = file_read_state(path, &len, cause)) == NULL)
		return (*cause != NULL ? -1 : 0);
	for (line = text, end = text + len; line < end; line = nl + 1) {
		if ((nl = memchr(line, '\n', (size_t)(end - line))) == NULL)
			nl = end;
		*nl = '\0';
		if (strlen(line) != (size_t)(nl - line) ||
		    place_parse(line, &p, &store) != 0)
			continue;
		if (strcmp(store, key) == 0) {
			if (pl != NULL)
				*pl = p;
			found = 1;
		} else if (b != NULL)
			place_line(b, &p, store);
	}
	free(text);
	return (found);
}

int
place_load(const char *path, const char *store, struct place *pl, char **cause)
{
	char *key = place_key(store);
	int   rc;

	rc = place_read(path, key, NULL, pl, cause);
	free(key);
	return (rc);
}

int
place_save(const char *path, const char *store, const struct place *pl,
    char **cause)
{
	struct buf  b = BUF_INIT, out = BUF_INIT;
	char	   *key = place_key(store);
	const char *p;
	size_t	    lines = 0;
	int	    rc = -1;

	if (strchr(key, '\n') != NULL || strchr(key, '\t') != NULL) {
		free(key); /* a path no line can hold: nothing kept */
		return (0);
	}
	if (place_read(path, key, &b, NULL, cause) < 0)
		goto done;
	/*
	 * The others (each line of b ends in a newline), the oldest dropped
	 * to make room; then this store's.
	 */
	for (p = b.data; p != NULL && *p != '\0'; p = strchr(p, '\n') + 1)
		lines++;
	for (p = b.data; lines >= PLACE_MAX; lines--)
		p = strchr(p, '\n') + 1;
	if (p != NULL)
		buf_adds(&out, p);
	place_line(&out, pl, key);
	rc = file_write(path, out.data, out.len, cause);
done:
	buf_free(&b);
	buf_free(&out);
	free(key);
	return (rc);
}

char *
place_default_path(void)
{
	return (file_data_path("places"));
}
