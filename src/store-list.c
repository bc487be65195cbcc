/*
 * Lists across issues (see store-list.h).  Queries of their own, apart
 * from the issue and article listings of store-query.c: the reader's
 * lists of starred and unread articles and of topics over a range of
 * dates read a slice at a time by OFFSET, like the issue list.  Like the
 * issue list they see only the paper store_set_paper() chose.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "kanbao/store-list.h"
#include "kanbao/xmalloc.h"
#include "store-int.h"

int
store_issue_index_date(struct store *s, const char *date, size_t *index,
    char **cause)
{
	static const char sql[] =
	    "SELECT (SELECT count(*) FROM issue WHERE date > ?1"
	    "   AND (?2 = 0 OR paper = ?2)),"
	    " (SELECT count(*) FROM issue WHERE date <= ?1"
	    "   AND (?2 = 0 OR paper = ?2))";
	sqlite3_stmt *st;
	int	      rc, found = 0;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return (store_fail(s, cause, "finding a date"));
	sqlite3_bind_text(st, 1, date, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, s->paper);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*index = (size_t)sqlite3_column_int64(st, 0);
		found = sqlite3_column_int64(st, 1) > 0;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return (store_fail(s, cause, "finding a date"));
	return (found ? 0 : 1);
}

int
store_list_each(struct store *s, const struct store_list *q, size_t offset,
    size_t limit, int (*cb)(const struct store_article_row *, void *),
    void *arg, char **cause)
{
	static const char sql[] =
	    "SELECT a.id, a.issue, coalesce(i.date, ''), a.pageno, a.seq,"
	    " a.kind, a.kicker, a.title, a.topics, a.read, a.starred,"
	    " CASE WHEN a.title = '' AND a.kicker = ''"
	    "  THEN substr(a.body, 1, ?9) ELSE '' END, i.paper"
	    " FROM article a JOIN issue i ON i.id = a.issue"
	    " WHERE (?1 = 0 OR a.starred != 0)"
	    " AND (?2 = 0 OR (a.read = 0 AND " STORE_READABLE(
		"a") "))"
		     " AND (?3 = 0 OR a.topics & ?3 != 0)"
		     " AND (?4 = '' OR i.date >= ?4) AND (?5 = '' OR i.date <= "
		     "?5)"
		     " AND (?8 = 0 OR i.paper = ?8)"
		     " ORDER BY i.day DESC, i.key, i.paper, a.pageno, a.seq"
		     " LIMIT ?6 OFFSET ?7";
	struct store_article_row r;
	sqlite3_stmt		*st;
	int			 rc;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return (store_fail(s, cause, "listing articles"));
	sqlite3_bind_int(st, 1, q->starred);
	sqlite3_bind_int(st, 2, q->unread);
	sqlite3_bind_int64(st, 3, (int64_t)q->topics);
	sqlite3_bind_text(st, 4, q->from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, q->to, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, limit == 0 ? -1 : (int64_t)limit);
	sqlite3_bind_int64(st, 7, (int64_t)offset);
	sqlite3_bind_int64(st, 8, s->paper);
	sqlite3_bind_int(st, 9, STORE_LEAD_CHARS + 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_article_row_fill(st, &r);
		r.lead = store_column_text(st, 11);
		r.paper = sqlite3_column_int64(st, 12);
		if (cb(&r, arg) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (store_fail(s, cause, "listing articles"));
	return (0);
}

int
store_list_dates(const char *s, char from[11], char to[11])
{
	const char *dots = strstr(s, "..");
	char	    a[16], b[16], lo[11], hi[11];
	int	    y, m, d, n;

	if (dots != NULL) {
		snprintf(a, sizeof a, "%.*s", (int)(dots - s), s);
		snprintf(b, sizeof b, "%s", dots + 2);
		if (store_list_dates(a, from, hi) != 0 ||
		    store_list_dates(b, lo, to) != 0)
			return (-1);
		return (0);
	}
	/* Digits and dashes only: sscanf() would take a sign or a space. */
	if (!isdigit((unsigned char)*s) || s[strspn(s, "0123456789-")] != '\0')
		return (-1);
	n = 0;
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && s[n] == '\0') {
		/* A day that is on the calendar, 2024-2-5 as 2024-02-05. */
		snprintf(a, sizeof a, "%04d-%02d-%02d", y, m, d);
		if (store_date_parse(a, from) != 0)
			return (-1);
		memcpy(to, from, 11);
	} else if (store_date_parse(s, from) == 0)
		memcpy(to, from, 11);
	else if (sscanf(s, "%4d-%2d%n", &y, &m, &n) == 2 && s[n] == '\0') {
		if (y < 1800 || y > 2999 || m < 1 || m > 12)
			return (-1);
		snprintf(from, 11, "%04d-%02d-01", y, m);
		snprintf(to, 11, "%04d-%02d-31", y, m);
	} else if (sscanf(s, "%4d%n", &y, &n) == 1 && s[n] == '\0') {
		if (y < 1800 || y > 2999)
			return (-1);
		snprintf(from, 11, "%04d-01-01", y);
		snprintf(to, 11, "%04d-12-31", y);
	} else
		return (-1);
	return (0);
}
