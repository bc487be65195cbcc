/*
 * The issue list's windows: issues newest first (day DESC, then key, then
 * paper), a screenful at a time, found by key instead of by OFFSET.
 *
 * An OFFSET query makes SQLite build every skipped row before dropping it:
 * with the per-issue counts in the row, "G" to the oldest of 3,650 issues
 * counted the articles of all of them.  Here a window is one query that
 * starts at a key, the (day, key, paper) of its first issue, and counts
 * only the rows it returns.  The key of an offset comes, in order of preference,
 * from the last window listed (the reader moves from window to window, so
 * the next one starts inside or just after the last), or from a walk of
 * the issue index from whichever end is nearer, which reads day, key and
 * paper and nothing else.  Every query sees only the paper the listings
 * are narrowed to (store_set_paper()).
 *
 * The remembered window is dropped when the issues may have changed: on a
 * write through this connection (total changes) or another's commit
 * (PRAGMA data_version); and it is not used for another narrowing.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/xmalloc.h"
#include "store-int.h"

/* The last window listed: the keys of its rows, by offset. */
struct store_window {
	int64_t	 version; /* PRAGMA data_version then */
	int64_t	 changes; /* sqlite3_total_changes64() then */
	int64_t	 narrow;  /* store_get_paper() then */
	size_t	 off;	  /* offset of its first row */
	size_t	 n;
	int64_t *day; /* per row */
	char   **key;
	int64_t *paper;
};

/* The columns of store_issue_row() (store-query.c), then day. */
#define WINDOW_COLUMNS \
	"i.id, coalesce(i.date, ''), i.key," \
	" (SELECT count(*) FROM page p WHERE p.issue = i.id)," \
	" (SELECT count(*) FROM article a WHERE a.issue = i.id)," \
	" (SELECT count(*) FROM article a INDEXED BY article_unread" \
	"   WHERE a.issue = i.id AND a.read = 0 AND " STORE_READABLE( \
	    "a") ")," \
		 " w.issue IS NOT NULL, w.today, w.tomorrow, w.wind, w.high, " \
		 "w.low," \
		 " i.paper, (SELECT name FROM paper WHERE id = i.paper)," \
		 " i.day"

/*
 * Rows from (day, key, paper) on, or after it when ?4 is 1, in list order,
 * of paper ?6 (0 any): the STORE_WINDOW_FROM condition on issue.
 * "day <= ?1" is a range of the issue_day index; within one day (the
 * undated issues share day 0) the rows are few and sorted by key and
 * paper.  The counts are taken on the outer query, for the rows of the
 * window only.
 */
static const char window_sql[] =
    "SELECT " WINDOW_COLUMNS " FROM (SELECT id, date, key, day, paper"
    "  FROM issue WHERE " STORE_WINDOW_FROM("?1", "?2", "?5",
	"?4") "  AND (?6 = 0 OR paper = ?6)"
	      "  ORDER BY day DESC, key, paper LIMIT ?3) i"
	      " LEFT JOIN weather w ON w.issue = i.id"
	      " ORDER BY i.day DESC, i.key, i.paper";

static void
store_window_clear(struct store_window *w)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		free(w->key[i]);
	free(w->key);
	free(w->day);
	free(w->paper);
	w->key = NULL;
	w->day = NULL;
	w->paper = NULL;
	w->n = 0;
}

void
store_window_free(struct store_window *w)
{
	if (w == NULL)
		return;
	store_window_clear(w);
	free(w);
}

/* PRAGMA data_version: changes when another connection commits. */
static int64_t
store_window_version(struct store *s)
{
	sqlite3_stmt *st;
	int64_t	      v = -1;

	if (sqlite3_prepare_v2(s->db, "PRAGMA data_version", -1, &st, NULL) !=
	    SQLITE_OK)
		return (-1);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return (v);
}

/* The remembered window, or NULL if there is none or it may be stale. */
static struct store_window *
store_window_valid(struct store *s)
{
	struct store_window *w = s->window;

	if (w == NULL || w->n == 0)
		return (NULL);
	if (w->narrow != s->paper)
		return (NULL);
	if (w->changes != sqlite3_total_changes64(s->db) ||
	    w->version != store_window_version(s)) {
		store_window_clear(w);
		return (NULL);
	}
	return (w);
}

/*
 * The key of the row offset rows from the top (0) or the bottom (1), of
 * the paper the listings are narrowed to.
 */
static int
store_window_walk(struct store *s, int64_t offset, int from_end,
    struct store_anchor *a, char **cause)
{
	static const char *sql[2] = {
		"SELECT day, key, paper FROM issue INDEXED BY issue_day"
		" WHERE (?2 = 0 OR paper = ?2)"
		" ORDER BY day DESC, key, paper"
		" LIMIT 1 OFFSET ?1",
		"SELECT day, key, paper FROM issue INDEXED BY issue_day"
		" WHERE (?2 = 0 OR paper = ?2)"
		" ORDER BY day ASC, key DESC, paper DESC"
		" LIMIT 1 OFFSET ?1"
	};
	sqlite3_stmt *st;
	int	      rc;

	if (sqlite3_prepare_v2(s->db, sql[from_end], -1, &st, NULL) !=
	    SQLITE_OK)
		return (store_fail(s, cause, "finding an issue"));
	sqlite3_bind_int64(st, 1, offset);
	sqlite3_bind_int64(st, 2, s->paper);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		a->found = 1;
		a->day = sqlite3_column_int64(st, 0);
		a->key = xstrdup(store_column_text(st, 1));
		a->paper = sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (store_fail(s, cause, "finding an issue"));
	return (0);
}

int
store_window_anchor(struct store *s, size_t offset, struct store_anchor *a,
    char **cause)
{
	struct store_window *w;
	int64_t		     n;

	memset(a, 0, sizeof *a);
	if ((w = store_window_valid(s)) != NULL) {
		if (offset >= w->off && offset < w->off + w->n) {
			a->found = 1;
			a->day = w->day[offset - w->off];
			a->key = xstrdup(w->key[offset - w->off]);
			a->paper = w->paper[offset - w->off];
			return (0);
		}
		if (offset == w->off + w->n) {
			a->found = a->after = 1;
			a->day = w->day[w->n - 1];
			a->key = xstrdup(w->key[w->n - 1]);
			a->paper = w->paper[w->n - 1];
			return (0);
		}
	}
	if (offset == 0)
		return (store_window_walk(s, 0, 0, a, cause));
	if (store_issue_count(s, &n, cause) != 0)
		return (-1);
	if ((int64_t)offset >= n)
		return (0);
	if ((int64_t)offset <= n - 1 - (int64_t)offset)
		return (store_window_walk(s, (int64_t)offset, 0, a, cause));
	return (store_window_walk(s, n - 1 - (int64_t)offset, 1, a, cause));
}

void
store_window_anchor_free(struct store_anchor *a)
{
	free(a->key);
	a->key = NULL;
}

/* Keeps the keys of the rows listed: their day, key (name) and paper. */
static void
store_window_keep(struct store *s, size_t off, struct store_issue *v,
    const int64_t *days, size_t n)
{
	struct store_window *w;
	size_t		     i;

	if (s->window == NULL)
		s->window = xcalloc(1, sizeof *s->window);
	w = s->window;
	store_window_clear(w);
	if (n == 0)
		return;
	w->off = off;
	w->n = n;
	w->day = xreallocarray(NULL, n, sizeof *w->day);
	w->key = xreallocarray(NULL, n, sizeof *w->key);
	w->paper = xreallocarray(NULL, n, sizeof *w->paper);
	for (i = 0; i < n; i++) {
		w->day[i] = days[i];
		w->key[i] = xstrdup(v[i].name);
		w->paper[i] = v[i].paper;
	}
	w->changes = sqlite3_total_changes64(s->db);
	w->version = store_window_version(s);
	w->narrow = s->paper;
}

int
store_window_issues(struct store *s, size_t offset, size_t limit,
    struct store_issue **out, size_t *n, char **cause)
{
	struct store_anchor a;
	struct store_issue *v = NULL;
	sqlite3_stmt	   *st;
	int64_t		   *days = NULL;
	size_t		    size = 0;
	int		    rc;

	*out = NULL;
	*n = 0;
	if (store_window_anchor(s, offset, &a, cause) != 0)
		return (-1);
	if (!a.found)
		return (0);
	if (sqlite3_prepare_v2(s->db, window_sql, -1, &st, NULL) != SQLITE_OK) {
		store_window_anchor_free(&a);
		return (store_fail(s, cause, "listing issues"));
	}
	sqlite3_bind_int64(st, 1, a.day);
	sqlite3_bind_text(st, 2, a.key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, limit == 0 ? -1 : (int64_t)limit);
	sqlite3_bind_int(st, 4, a.after);
	sqlite3_bind_int64(st, 5, a.paper);
	sqlite3_bind_int64(st, 6, s->paper);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == size) {
			size = size == 0 ? 16 : size * 2;
			v = xreallocarray(v, size, sizeof *v);
			days = xreallocarray(days, size, sizeof *days);
		}
		store_issue_row(st, &v[*n]);
		days[(*n)++] = sqlite3_column_int64(st, 14);
	}
	sqlite3_finalize(st);
	store_window_anchor_free(&a);
	if (rc != SQLITE_DONE) {
		store_issues_free(v, *n);
		free(days);
		*n = 0;
		return (store_fail(s, cause, "listing issues"));
	}
	store_window_keep(s, offset, v, days, *n);
	free(days);
	*out = v;
	return (0);
}
