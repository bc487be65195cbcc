/*
 * The store's read side (issues, pages, articles, topics) and the reader's
 * few writes (read and starred state).
 *
 * Every query is a prepared statement from store.c bound with parameters;
 * walks hand borrowed rows to a callback and reset their statement before
 * returning so that no read transaction is left open to starve the WAL
 * checkpoint.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/xmalloc.h"
#include "store-int.h"

/*
 * These statements are prepared per call rather than kept with the
 * connection: each runs once per key or command, and a prepare costs
 * microseconds next to the query.
 */
static sqlite3_stmt *
store_prepare(struct store *s, const char *sql, char **cause)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		store_fail(s, cause, "preparing a query");
		return (NULL);
	}
	return (st);
}

int
store_issue_count(struct store *s, int64_t *n, char **cause)
{
	sqlite3_stmt *st;

	if ((st = store_stmt(s, STMT_ISSUE_COUNT, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, s->paper);
	if (sqlite3_step(st) != SQLITE_ROW)
		return (store_fail(s, cause, "counting issues"));
	*n = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return (0);
}

int
store_newest_date(struct store *s, char date[11], char **cause)
{
	sqlite3_stmt *st;

	if ((st = store_stmt(s, STMT_NEWEST_DATE, cause)) == NULL)
		return (-1);
	if (sqlite3_step(st) != SQLITE_ROW)
		return (store_fail(s, cause, "finding the newest issue"));
	snprintf(date, 11, "%s", store_column_text(st, 0));
	sqlite3_reset(st);
	return (0);
}

/*
 * Fills is from the current row of a statement whose columns are, in
 * order: id, date, name, pages, articles, unread, has weather, today,
 * tomorrow, wind, high, low, paper id, paper name (every issue listing
 * selects these).
 */
void
store_issue_row(sqlite3_stmt *st, struct store_issue *is)
{
	memset(is, 0, sizeof *is);
	is->id = sqlite3_column_int64(st, 0);
	is->date = xstrdup(store_column_text(st, 1));
	is->name = xstrdup(store_column_text(st, 2));
	is->npages = sqlite3_column_int(st, 3);
	is->narticles = sqlite3_column_int(st, 4);
	is->nunread = sqlite3_column_int(st, 5);
	is->has_weather = sqlite3_column_int(st, 6);
	is->today = xstrdup(store_column_text(st, 7));
	is->tomorrow = xstrdup(store_column_text(st, 8));
	is->wind = xstrdup(store_column_text(st, 9));
	if (sqlite3_column_type(st, 10) != SQLITE_NULL) {
		is->has_high = 1;
		is->high = sqlite3_column_int(st, 10);
	}
	if (sqlite3_column_type(st, 11) != SQLITE_NULL) {
		is->has_low = 1;
		is->low = sqlite3_column_int(st, 11);
	}
	is->paper = sqlite3_column_int64(st, 12);
	is->paper_name = xstrdup(store_column_text(st, 13));
}

/*
 * Steps st to its end, collecting issue rows into *out (*n of them; the
 * caller frees with store_issues_free).  Returns the last step's code: on
 * anything but SQLITE_DONE the rows read so far are freed and *out is
 * NULL.
 */
static int
store_issue_rows(sqlite3_stmt *st, struct store_issue **out, size_t *n)
{
	struct store_issue *v = NULL;
	size_t		    size = 0;
	int		    rc;

	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == size) {
			size = size == 0 ? 16 : size * 2;
			v = xreallocarray(v, size, sizeof *v);
		}
		store_issue_row(st, &v[(*n)++]);
	}
	if (rc != SQLITE_DONE) {
		store_issues_free(v, *n);
		*n = 0;
		return (rc);
	}
	*out = v;
	return (rc);
}

int
store_issues(struct store *s, size_t offset, size_t limit,
    struct store_issue **out, size_t *n, char **cause)
{
	/* By key, not OFFSET: store-window.c. */
	return (store_window_issues(s, offset, limit, out, n, cause));
}

void
store_issues_free(struct store_issue *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].date);
		free(v[i].name);
		free(v[i].today);
		free(v[i].tomorrow);
		free(v[i].wind);
		free(v[i].paper_name);
	}
	free(v);
}

int
store_issue_find(struct store *s, const char *key, int64_t *id, char **cause)
{
	sqlite3_stmt *st;
	char	      date[11];

	if (store_date_parse(key, date) == 0)
		key = date;
	if ((st = store_stmt(s, STMT_ISSUE_BY_KEY, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, 0);
	return (store_step_int64(s, st, id, "finding an issue", cause));
}

int
store_issue_find_all(struct store *s, int64_t paper, const char *key,
    int64_t **ids, size_t *n, char **cause)
{
	sqlite3_stmt *st;
	char	      date[11];
	int	      rc;

	*ids = NULL;
	*n = 0;
	if (store_date_parse(key, date) == 0)
		key = date;
	if ((st = store_stmt(s, STMT_ISSUE_BY_KEY, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, paper);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*ids = xreallocarray(*ids, *n + 1, sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return (0);
	free(*ids);
	*ids = NULL;
	*n = 0;
	return (store_fail(s, cause, "finding an issue"));
}

static int
store_pages_walk(struct store *s, int64_t issue, int64_t paper,
    int (*cb)(const struct store_page_row *, void *), void *arg, char **cause)
{
	sqlite3_stmt	     *st;
	struct store_page_row r;
	int		      rc;

	st = store_stmt(s, issue == 0 ? STMT_PAGES_ALL : STMT_PAGES_ISSUE,
	    cause);
	if (st == NULL)
		return (-1);
	if (issue != 0)
		sqlite3_bind_int64(st, 1, issue);
	else
		sqlite3_bind_int64(st, 2, paper);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r.id = sqlite3_column_int64(st, 0);
		r.issue = sqlite3_column_int64(st, 1);
		r.date = store_column_text(st, 2);
		r.issue_name = store_column_text(st, 3);
		r.number = sqlite3_column_int(st, 4);
		r.source = store_column_text(st, 5);
		r.narticles = sqlite3_column_int(st, 6);
		r.bytes = (size_t)sqlite3_column_int64(st, 7);
		r.paper = sqlite3_column_int64(st, 8);
		r.paper_name = store_column_text(st, 9);
		r.label = store_column_text(st, 10);
		if (cb(&r, arg) != 0)
			break;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (store_fail(s, cause, "listing pages"));
	return (0);
}

int
store_pages_each(struct store *s, int64_t		    issue,
    int (*cb)(const struct store_page_row *, void *), void *arg, char **cause)
{
	return (store_pages_walk(s, issue, 0, cb, arg, cause));
}

int
store_paper_pages_each(struct store *s, int64_t		    paper,
    int (*cb)(const struct store_page_row *, void *), void *arg, char **cause)
{
	return (store_pages_walk(s, 0, paper, cb, arg, cause));
}

void
store_article_row_fill(sqlite3_stmt *st, struct store_article_row *r)
{
	int kind;

	r->id = sqlite3_column_int64(st, 0);
	r->issue = sqlite3_column_int64(st, 1);
	r->date = store_column_text(st, 2);
	r->page = sqlite3_column_int(st, 3);
	r->seq = sqlite3_column_int(st, 4);
	kind = parse_kind_from_name(store_column_text(st, 5));
	r->kind = kind < 0 ? PARSE_OTHER : (enum parse_kind)kind;
	r->kicker = store_column_text(st, 6);
	r->title = store_column_text(st, 7);
	r->topics = (uint64_t)sqlite3_column_int64(st, 8);
	r->read = sqlite3_column_int(st, 9);
	r->starred = sqlite3_column_int(st, 10);
	r->lead = "";
	r->paper = 0;
}

int
store_articles_each(struct store *s, const struct store_filter *f,
    int (*cb)(const struct store_article_row *, void *), void  *arg,
    char **cause)
{
	static const struct store_filter none;
	sqlite3_stmt			*st, *lead = NULL;
	struct store_article_row	 r;
	int				 rc;

	if (f == NULL)
		f = &none;
	st = store_stmt(s,
	    f->issue == 0 ? STMT_ARTICLES_ALL : STMT_ARTICLES_ISSUE, cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, f->issue);
	sqlite3_bind_int64(st, 2, (int64_t)f->topics);
	sqlite3_bind_int(st, 3, f->unread);
	sqlite3_bind_int(st, 4, f->starred);
	if (f->issue == 0)
		sqlite3_bind_int64(st, 5, f->paper);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_article_row_fill(st, &r);
		r.paper = sqlite3_column_int64(st, 11);
		/* An untitled row is shown by the start of its text. */
		if (*r.title == '\0' && *r.kicker == '\0') {
			if (lead == NULL &&
			    (lead = store_prepare(s,
				 "SELECT substr(body, 1, ?2) FROM article"
				 " WHERE id = ?1",
				 cause)) == NULL) {
				sqlite3_reset(st);
				return (-1);
			}
			sqlite3_reset(lead);
			sqlite3_bind_int64(lead, 1, r.id);
			sqlite3_bind_int(lead, 2, STORE_LEAD_CHARS + 1);
			if (sqlite3_step(lead) == SQLITE_ROW)
				r.lead = store_column_text(lead, 0);
		}
		if (cb(&r, arg) != 0)
			break;
	}
	sqlite3_reset(st);
	sqlite3_finalize(lead);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (store_fail(s, cause, "listing articles"));
	return (0);
}

struct store_articles_acc {
	struct store_article_row *v;
	size_t			  n;
	size_t			  size;
};

static int
store_articles_add(const struct store_article_row *r, void *arg)
{
	struct store_articles_acc *acc = arg;
	struct store_article_row  *c;

	if (acc->n == acc->size) {
		acc->size = acc->size == 0 ? 64 : acc->size * 2;
		acc->v = xreallocarray(acc->v, acc->size, sizeof *acc->v);
	}
	c = &acc->v[acc->n++];
	*c = *r;
	c->date = xstrdup(r->date);
	c->kicker = xstrdup(r->kicker);
	c->title = xstrdup(r->title);
	c->lead = xstrdup(r->lead);
	return (0);
}

int
store_articles(struct store *s, const struct store_filter *f,
    struct store_article_row **out, size_t *n, char **cause)
{
	struct store_articles_acc acc = { NULL, 0, 0 };

	if (store_articles_each(s, f, store_articles_add, &acc, cause) != 0) {
		store_articles_free(acc.v, acc.n);
		*out = NULL;
		*n = 0;
		return (-1);
	}
	*out = acc.v;
	*n = acc.n;
	return (0);
}

void
store_articles_free(struct store_article_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free((char *)v[i].date);
		free((char *)v[i].kicker);
		free((char *)v[i].title);
		free((char *)v[i].lead);
	}
	free(v);
}

/* Splits body at newlines into paragraphs (none for an empty body). */
void
store_split(const char *body, char ***out, size_t *n)
{
	const char *p, *nl;

	*out = NULL;
	*n = 0;
	if (*body == '\0')
		return;
	for (p = body;; p = nl + 1) {
		nl = strchr(p, '\n');
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		if (nl == NULL) {
			(*out)[(*n)++] = xstrdup(p);
			break;
		}
		(*out)[(*n)++] = xstrndup(p, (size_t)(nl - p));
	}
}

struct store_article *
store_article_get(struct store *s, int64_t id, char **cause)
{
	sqlite3_stmt	     *st;
	struct store_article *a;
	int		      rc, kind;

	if ((st = store_stmt(s, STMT_ARTICLE_GET, cause)) == NULL)
		return (NULL);
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			xasprintf(cause, "no article %lld", (long long)id);
		else
			store_fail(s, cause, "reading an article");
		return (NULL);
	}
	a = xcalloc(1, sizeof *a);
	a->id = sqlite3_column_int64(st, 0);
	a->issue = sqlite3_column_int64(st, 1);
	a->date = xstrdup(store_column_text(st, 2));
	a->issue_name = xstrdup(store_column_text(st, 3));
	a->page = sqlite3_column_int(st, 4);
	a->seq = sqlite3_column_int(st, 5);
	a->source = xstrdup(store_column_text(st, 6));
	kind = parse_kind_from_name(store_column_text(st, 7));
	a->kind = kind < 0 ? PARSE_OTHER : (enum parse_kind)kind;
	a->kicker = xstrdup(store_column_text(st, 8));
	a->title = xstrdup(store_column_text(st, 9));
	a->subtitle = xstrdup(store_column_text(st, 10));
	a->byline = xstrdup(store_column_text(st, 11));
	store_split(store_column_text(st, 12), &a->paragraphs, &a->nparagraphs);
	a->continued_to = xstrdup(store_column_text(st, 13));
	a->continued_from = xstrdup(store_column_text(st, 14));
	a->topics = (uint64_t)sqlite3_column_int64(st, 15);
	a->read = sqlite3_column_int(st, 16);
	a->starred = sqlite3_column_int(st, 17);
	a->paper = xstrdup(store_column_text(st, 18));
	a->label = xstrdup(store_column_text(st, 19));
	sqlite3_reset(st);
	return (a);
}

void
store_article_free(struct store_article *a)
{
	size_t i;

	if (a == NULL)
		return;
	free(a->date);
	free(a->issue_name);
	free(a->source);
	free(a->kicker);
	free(a->title);
	free(a->subtitle);
	free(a->byline);
	for (i = 0; i < a->nparagraphs; i++)
		free(a->paragraphs[i]);
	free(a->paragraphs);
	free(a->continued_to);
	free(a->continued_from);
	free(a->paper);
	free(a->label);
	free(a);
}

/* One UPDATE of read/starred state; a missing id is an error. */
static int
store_update(struct store *s, enum store_stmt which, int64_t id, int v,
    char **cause)
{
	sqlite3_stmt *st;

	if (s->readonly) {
		xasprintf(cause, "%s: the store is read-only", s->path);
		return (-1);
	}
	if ((st = store_stmt(s, which, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, v != 0);
	if (sqlite3_step(st) != SQLITE_DONE) {
		sqlite3_reset(st);
		return (store_fail(s, cause, "saving state"));
	}
	sqlite3_reset(st);
	if (which != STMT_ISSUE_SET_READ && sqlite3_changes(s->db) == 0) {
		xasprintf(cause, "no article %lld", (long long)id);
		return (-1);
	}
	return (0);
}

int
store_set_read(struct store *s, int64_t id, int read, char **cause)
{
	return (store_update(s, STMT_SET_READ, id, read, cause));
}

int
store_set_starred(struct store *s, int64_t id, int starred, char **cause)
{
	return (store_update(s, STMT_SET_STARRED, id, starred, cause));
}

int
store_issue_set_read(struct store *s, int64_t issue, int read, char **cause)
{
	return (store_update(s, STMT_ISSUE_SET_READ, issue, read, cause));
}

static int
store_find_cont(struct store *s, enum store_stmt which, int64_t issue, int page,
    const char *v, int64_t *id, char **cause)
{
	sqlite3_stmt *st;

	if ((st = store_stmt(s, which, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, issue);
	sqlite3_bind_int(st, 2, page);
	sqlite3_bind_text(st, 3, v, -1, SQLITE_TRANSIENT);
	return (store_step_int64(s, st, id, "finding a continuation", cause));
}

int
store_find_continued_from(struct store *s, int64_t issue, int page,
    const char *from, int64_t *id, char **cause)
{
	return (
	    store_find_cont(s, STMT_CONT_FROM, issue, page, from, id, cause));
}

int
store_find_continued_to(struct store *s, int64_t issue, int page,
    const char *to, int64_t *id, char **cause)
{
	return (store_find_cont(s, STMT_CONT_TO, issue, page, to, id, cause));
}

int
store_topics(struct store *s, int64_t issue, struct store_topic **out,
    size_t *n, char **cause)
{
	sqlite3_stmt	   *st;
	struct store_topic *v = NULL;
	int64_t		    counts[STORE_TOPIC_MAX];
	uint64_t	    mask;
	size_t		    i;
	int		    rc, b;

	*out = NULL;
	*n = 0;
	memset(counts, 0, sizeof counts);
	st = store_stmt(s,
	    issue == 0 ? STMT_TOPIC_MASKS_ALL : STMT_TOPIC_MASKS_ISSUE, cause);
	if (st == NULL)
		return (-1);
	if (issue != 0)
		sqlite3_bind_int64(st, 1, issue);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		mask = (uint64_t)sqlite3_column_int64(st, 0);
		for (b = 0; mask != 0; b++, mask >>= 1)
			counts[b] += mask & 1;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return (store_fail(s, cause, "counting topics"));

	if ((st = store_stmt(s, STMT_TOPICS, cause)) == NULL)
		return (-1);
	i = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = xreallocarray(v, i + 1, sizeof *v);
		v[i].bit = sqlite3_column_int(st, 0);
		v[i].name = xstrdup(store_column_text(st, 1));
		v[i].label = xstrdup(store_column_text(st, 2));
		v[i].count = v[i].bit >= 0 && v[i].bit < STORE_TOPIC_MAX ?
		    counts[v[i].bit] :
		    0;
		i++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		store_topics_free(v, i);
		return (store_fail(s, cause, "listing topics"));
	}
	*out = v;
	*n = i;
	return (0);
}

void
store_topics_free(struct store_topic *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].label);
	}
	free(v);
}

int
store_topic_find(struct store *s, const char *name, int *bit, char **cause)
{
	sqlite3_stmt *st;
	int64_t	      v;
	int	      rc;

	if ((st = store_stmt(s, STMT_TOPIC_BY_NAME, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	if ((rc = store_step_int64(s, st, &v, "finding a topic", cause)) == 0)
		*bit = (int)v;
	return (rc);
}

/* ---- Finding things (reader), re-tagging ----------------------------- */

int
store_issues_filtered(struct store *s, uint64_t topics, size_t offset,
    size_t limit, struct store_issue **out, size_t *n, char **cause)
{
	/*
	 * A window of issues, each counted through the (issue, read,
	 * topics) index: a screenful costs a screenful of issues, never a
	 * pass over the archive.
	 */
	static const char sql[] =
	    "SELECT * FROM (SELECT i.id, coalesce(i.date, ''), i.key,"
	    " (SELECT count(*) FROM page p WHERE p.issue = i.id),"
	    " (SELECT count(*) FROM article a WHERE a.issue = i.id"
	    "   AND a.topics & ?1 != 0) AS c,"
	    " (SELECT count(*) FROM article a WHERE a.issue = i.id"
	    "   AND a.read = 0 AND " STORE_READABLE(
		"a") " AND a.topics & ?1 != 0),"
		     " w.issue IS NOT NULL, w.today, w.tomorrow, w.wind, "
		     "w.high, w.low,"
		     " i.paper, (SELECT name FROM paper WHERE id = i.paper)"
		     " FROM (SELECT id, date, key, day, paper FROM issue"
		     "   WHERE " STORE_WINDOW_FROM("?3", "?4", "?6",
			 "?5") "   AND (?7 = 0 OR paper = ?7)"
			       "   ORDER BY day DESC, key, paper LIMIT ?2) i"
			       " LEFT JOIN weather w ON w.issue = i.id"
			       " ORDER BY i.day DESC, i.key, i.paper) WHERE c "
			       "> 0";
	struct store_anchor a;
	sqlite3_stmt	   *st;
	int		    rc;

	*out = NULL;
	*n = 0;
	if (store_window_anchor(s, offset, &a, cause) != 0)
		return (-1);
	if (!a.found)
		return (0);
	if ((st = store_prepare(s, sql, cause)) == NULL) {
		store_window_anchor_free(&a);
		return (-1);
	}
	sqlite3_bind_int64(st, 1, (int64_t)topics);
	sqlite3_bind_int64(st, 2, limit == 0 ? -1 : (int64_t)limit);
	sqlite3_bind_int64(st, 3, a.day);
	sqlite3_bind_text(st, 4, a.key, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 5, a.after);
	sqlite3_bind_int64(st, 6, a.paper);
	sqlite3_bind_int64(st, 7, s->paper);
	rc = store_issue_rows(st, out, n);
	sqlite3_finalize(st);
	store_window_anchor_free(&a);
	if (rc != SQLITE_DONE)
		return (store_fail(s, cause, "listing issues by topic"));
	return (0);
}

int
store_titles_each(struct store *s, size_t offset, size_t limit,
    int (*cb)(const struct store_title *, void *), void *arg, char **cause)
{
	/*
	 * The issues first, then each one's articles through the
	 * article_issue index: one statement joining the two is planned as
	 * a scan of every article when the window is a parameter.
	 */
	static const char issues_sql[] =
	    "SELECT id, coalesce(date, ''), paper FROM issue"
	    " WHERE " STORE_WINDOW_FROM("?2", "?3", "?5",
		"?4") " AND (?6 = 0 OR paper = ?6)"
		      " ORDER BY day DESC, key, paper LIMIT ?1";
	static const char titles_sql[] =
	    "SELECT id, pageno,"
	    " CASE WHEN title != '' THEN title ELSE kicker END"
	    " FROM article WHERE issue = ?1 AND (title != '' OR kicker != '')"
	    " ORDER BY pageno, seq";
	struct store_anchor a;
	sqlite3_stmt	   *is, *st;
	struct store_title  t;
	int		    rc = SQLITE_DONE, rc2 = SQLITE_DONE, stop = 0;

	if (store_window_anchor(s, offset, &a, cause) != 0)
		return (-1);
	if (!a.found)
		return (0);
	if ((is = store_prepare(s, issues_sql, cause)) == NULL) {
		store_window_anchor_free(&a);
		return (-1);
	}
	if ((st = store_prepare(s, titles_sql, cause)) == NULL) {
		sqlite3_finalize(is);
		store_window_anchor_free(&a);
		return (-1);
	}
	sqlite3_bind_int64(is, 1, limit == 0 ? -1 : (int64_t)limit);
	sqlite3_bind_int64(is, 2, a.day);
	sqlite3_bind_text(is, 3, a.key, -1, SQLITE_STATIC);
	sqlite3_bind_int(is, 4, a.after);
	sqlite3_bind_int64(is, 5, a.paper);
	sqlite3_bind_int64(is, 6, s->paper);
	while (!stop && (rc = sqlite3_step(is)) == SQLITE_ROW) {
		t.issue = sqlite3_column_int64(is, 0);
		t.date = store_column_text(is, 1);
		t.paper = sqlite3_column_int64(is, 2);
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, t.issue);
		while ((rc2 = sqlite3_step(st)) == SQLITE_ROW) {
			t.id = sqlite3_column_int64(st, 0);
			t.page = sqlite3_column_int(st, 1);
			t.title = store_column_text(st, 2);
			if (cb(&t, arg) != 0) {
				stop = 1;
				break;
			}
		}
		if (rc2 != SQLITE_ROW && rc2 != SQLITE_DONE)
			break;
	}
	sqlite3_finalize(st);
	sqlite3_finalize(is);
	store_window_anchor_free(&a);
	if ((rc2 != SQLITE_ROW && rc2 != SQLITE_DONE) ||
	    (!stop && rc != SQLITE_DONE && rc != SQLITE_ROW))
		return (store_fail(s, cause, "listing titles"));
	return (0);
}

int
store_issue_index(struct store *s, int64_t issue, size_t *index, char **cause)
{
	/* The issue's place in store_issues() order. */
	static const char sql[] =
	    "SELECT (SELECT count(*) FROM issue j WHERE (?2 = 0 OR"
	    " j.paper = ?2) AND (j.day > i.day OR (j.day = i.day AND"
	    " (j.key < i.key OR (j.key = i.key AND j.paper < i.paper)))))"
	    " FROM issue i WHERE i.id = ?1 AND (?2 = 0 OR i.paper = ?2)";
	sqlite3_stmt *st;
	int64_t	      v;
	int	      rc;

	if ((st = store_prepare(s, sql, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, issue);
	sqlite3_bind_int64(st, 2, s->paper);
	rc = store_step_int64(s, st, &v, "finding an issue", cause);
	sqlite3_finalize(st);
	if (rc == 0)
		*index = (size_t)v;
	return (rc);
}

/* True if a and b, titles of two parts of an article, look the same. */
static int
store_same_title(const char *a, const char *b)
{
	if (*a == '\0' || *b == '\0')
		return (0);
	return (
	    strcmp(a, b) == 0 || strstr(a, b) != NULL || strstr(b, a) != NULL);
}

int
store_find_continuation(struct store *s, const struct store_article *a,
    int64_t *id, char **cause)
{
	/*
	 * Forward: the articles on page continued_to that say 上接 this page;
	 * back: those on page continued_from that say 下转 this page.  Of
	 * several, the one with the same title (continuations repeat it).
	 */
	static const char fwd[] =
	    "SELECT id, title FROM article WHERE issue = ?1 AND pageno = ?2"
	    " AND continued_from = ?3 ORDER BY seq";
	static const char back[] =
	    "SELECT id, title FROM article WHERE issue = ?1 AND pageno = ?2"
	    " AND continued_to = ?3 ORDER BY seq";
	sqlite3_stmt *st;
	const char   *target;
	char	      here[16];
	int64_t	      first = 0;
	int	      rc, found = 0;

	if (*a->continued_to != '\0')
		target = a->continued_to;
	else if (*a->continued_from != '\0')
		target = a->continued_from;
	else
		return (1);
	if ((st = store_prepare(s, *a->continued_to != '\0' ? fwd : back,
		 cause)) == NULL)
		return (-1);
	snprintf(here, sizeof here, "%d", a->page);
	sqlite3_bind_int64(st, 1, a->issue);
	sqlite3_bind_int(st, 2, atoi(target));
	sqlite3_bind_text(st, 3, here, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (first == 0)
			first = sqlite3_column_int64(st, 0);
		if (store_same_title(a->title, store_column_text(st, 1))) {
			*id = sqlite3_column_int64(st, 0);
			found = 1;
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (store_fail(s, cause, "finding a continuation"));
	if (!found && first != 0) {
		*id = first;
		found = 1;
	}
	if (found)
		return (0);
	/* None: is the page there at all? */
	if ((st = store_prepare(s,
		 "SELECT 1 FROM page WHERE issue = ?1 AND number = ?2",
		 cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, a->issue);
	sqlite3_bind_int(st, 2, atoi(target));
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (store_fail(s, cause, "finding a continuation"));
	return (rc == SQLITE_ROW ? 1 : 2);
}

/* The row to tag (strings borrowed from st). */
static void
store_retag_row(sqlite3_stmt *st, struct store_tag_row *row)
{
	int kind;

	row->id = sqlite3_column_int64(st, 0);
	kind = parse_kind_from_name(store_column_text(st, 1));
	row->kind = kind < 0 ? PARSE_OTHER : (enum parse_kind)kind;
	row->kicker = store_column_text(st, 2);
	row->title = store_column_text(st, 3);
	row->subtitle = store_column_text(st, 4);
	row->body = store_column_text(st, 5);
}

/* The index of the tag named name in r, or -1. */
static int
store_retag_find(const struct store_retag *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->ntags && i < STORE_TOPIC_MAX; i++) {
		if (strcmp(r->tags[i].name, name) == 0)
			return ((int)i);
	}
	return (-1);
}

/*
 * The store bits of the topics of r (bits[i] for tags[i], -1: no room),
 * labels brought up to date and new topics added.  A new topic never takes
 * the bit of a topic that is no longer in the rules: articles not re-tagged
 * yet (an interrupted retag) still carry that bit.  *stale gets the bits
 * of such topics, to be dropped once every article is re-tagged.
 */
static int
store_retag_bits(struct store *s, const struct store_retag *rt, int *bits,
    uint64_t *stale, char **cause)
{
	sqlite3_stmt *all, *ins, *lab;
	uint64_t      used = 0;
	size_t	      i;
	int	      b, k, next = 0, rc = -1, r;

	*stale = 0;
	for (i = 0; i < STORE_TOPIC_MAX; i++)
		bits[i] = -1;
	all = store_prepare(s, "SELECT bit, name FROM topic", cause);
	ins = store_prepare(s,
	    "INSERT INTO topic (bit, name, label)"
	    " VALUES (?1, ?2, ?3)",
	    cause);
	lab = store_prepare(s, "UPDATE topic SET label = ?2 WHERE bit = ?1",
	    cause);
	if (all == NULL || ins == NULL || lab == NULL)
		goto out;
	while ((r = sqlite3_step(all)) == SQLITE_ROW) {
		b = sqlite3_column_int(all, 0);
		if (b < 0 || b >= STORE_TOPIC_MAX)
			continue;
		used |= (uint64_t)1 << b;
		k = store_retag_find(rt, store_column_text(all, 1));
		if (k < 0) {
			*stale |= (uint64_t)1 << b;
			continue;
		}
		bits[k] = b;
		sqlite3_reset(lab);
		sqlite3_bind_int(lab, 1, b);
		sqlite3_bind_text(lab, 2, rt->tags[k].label, -1, SQLITE_STATIC);
		if (sqlite3_step(lab) != SQLITE_DONE)
			goto fail;
	}
	if (r != SQLITE_DONE)
		goto fail;
	for (i = 0; i < rt->ntags && i < STORE_TOPIC_MAX; i++) {
		if (bits[i] != -1)
			continue;
		while (next < STORE_TOPIC_MAX && (used & ((uint64_t)1 << next)))
			next++;
		if (next >= STORE_TOPIC_MAX)
			break; /* no room: the topic is not recorded */
		sqlite3_reset(ins);
		sqlite3_bind_int(ins, 1, next);
		sqlite3_bind_text(ins, 2, rt->tags[i].name, -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 3, rt->tags[i].label, -1, SQLITE_STATIC);
		if (sqlite3_step(ins) != SQLITE_DONE)
			goto fail;
		used |= (uint64_t)1 << next;
		bits[i] = next++;
	}
	rc = 0;
	goto out;
fail:
	store_fail(s, cause, "recording topics");
out:
	sqlite3_finalize(all);
	sqlite3_finalize(ins);
	sqlite3_finalize(lab);
	return (rc);
}

static int
store_retag_exec(struct store *s, const char *sql, char **cause)
{
	char *err = NULL;

	if (sqlite3_exec(s->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		xasprintf(cause, "%s: %s",
		    *s->path != '\0' ? s->path : ":memory:",
		    err != NULL ? err : "error");
		sqlite3_free(err);
		return (-1);
	}
	return (0);
}

#define STORE_RETAG_BATCH 2000 /* articles per transaction */

int
store_retag(struct store *s, const struct store_retag *r, size_t *changed,
    char **cause)
{
	sqlite3_stmt	    *sel = NULL, *upd = NULL, *cnt = NULL;
	struct store_tag_row row;
	size_t		     done = 0, total = 0, i, inbatch;
	uint64_t	     stale, old, mask, m;
	int64_t		     last = 0;
	int		     bits[STORE_TOPIC_MAX], rc, in_tx = 0;
	char		    *sql;

	*changed = 0;
	if (s->readonly) {
		xasprintf(cause, "%s: the store is read-only", s->path);
		return (-1);
	}
	if ((cnt = store_prepare(s, "SELECT count(*) FROM article", cause)) ==
	    NULL)
		return (-1);
	if (sqlite3_step(cnt) == SQLITE_ROW)
		total = (size_t)sqlite3_column_int64(cnt, 0);
	sqlite3_finalize(cnt);

	if (store_retag_exec(s, "BEGIN IMMEDIATE", cause) != 0)
		return (-1);
	in_tx = 1;
	if (store_retag_bits(s, r, bits, &stale, cause) != 0)
		goto fail;
	sel = store_prepare(s,
	    "SELECT id, kind, kicker, title, subtitle, body,"
	    " topics FROM article WHERE id > ?1 ORDER BY id LIMIT ?2",
	    cause);
	upd = store_prepare(s, "UPDATE article SET topics = ?2 WHERE id = ?1",
	    cause);
	if (sel == NULL || upd == NULL)
		goto fail;
	for (;;) {
		if (!in_tx) {
			if (store_retag_exec(s, "BEGIN IMMEDIATE", cause) != 0)
				goto fail;
			in_tx = 1;
		}
		sqlite3_reset(sel);
		sqlite3_bind_int64(sel, 1, last);
		sqlite3_bind_int(sel, 2, STORE_RETAG_BATCH);
		inbatch = 0;
		while ((rc = sqlite3_step(sel)) == SQLITE_ROW) {
			old = (uint64_t)sqlite3_column_int64(sel, 6);
			store_retag_row(sel, &row);
			m = r->tag(&row, r->arg);
			mask = 0;
			for (i = 0; i < STORE_TOPIC_MAX; i++) {
				if ((m & ((uint64_t)1 << i)) && bits[i] >= 0)
					mask |= (uint64_t)1 << bits[i];
			}
			if (mask != old) {
				sqlite3_reset(upd);
				sqlite3_bind_int64(upd, 1, row.id);
				sqlite3_bind_int64(upd, 2, (int64_t)mask);
				if (sqlite3_step(upd) != SQLITE_DONE) {
					store_fail(s, cause, "re-tagging");
					goto fail;
				}
				(*changed)++;
			}
			last = row.id;
			inbatch++;
		}
		if (rc != SQLITE_DONE) {
			store_fail(s, cause, "re-tagging");
			goto fail;
		}
		sqlite3_reset(sel);
		done += inbatch;
		if (inbatch == 0)
			break;
		if (store_retag_exec(s, "COMMIT", cause) != 0)
			goto fail;
		in_tx = 0;
		if (r->progress != NULL)
			r->progress(done, total, r->arg);
	}
	/* Every article is re-tagged: topics gone from the rules go. */
	for (i = 0; i < STORE_TOPIC_MAX; i++) {
		if (!(stale & ((uint64_t)1 << i)))
			continue;
		xasprintf(&sql, "DELETE FROM topic WHERE bit = %zu", i);
		rc = store_retag_exec(s, sql, cause);
		free(sql);
		if (rc != 0)
			goto fail;
	}
	if (store_retag_exec(s, "COMMIT", cause) != 0)
		goto fail;
	sqlite3_finalize(sel);
	sqlite3_finalize(upd);
	return (0);
fail:
	sqlite3_finalize(sel);
	sqlite3_finalize(upd);
	if (in_tx)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return (-1);
}
