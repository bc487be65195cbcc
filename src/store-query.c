/*
 * The store's read side (issues, pages, articles, topics) and the reader's
 * few writes (read and starred state).
 *
 * Every query is a prepared statement from store.c bound with parameters;
 * walks hand borrowed rows to a callback and reset their statement before
 * returning so that no read transaction is left open to starve the WAL
 * checkpoint.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/xmalloc.h"
#include "store-int.h"

int
store_issue_count(struct store *s, int64_t *n, char **cause)
{
	sqlite3_stmt	*st;

	if ((st = store_stmt(s, STMT_ISSUE_COUNT, cause)) == NULL)
		return (-1);
	if (sqlite3_step(st) != SQLITE_ROW)
		return (store_fail(s, cause, "counting issues"));
	*n = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return (0);
}

int
store_issues(struct store *s, size_t offset, size_t limit,
    struct store_issue **out, size_t *n, char **cause)
{
	sqlite3_stmt		*st;
	struct store_issue	*v = NULL, *is;
	size_t			 size = 0;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((st = store_stmt(s, STMT_ISSUES, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, limit == 0 ? -1 : (int64_t)limit);
	sqlite3_bind_int64(st, 2, (int64_t)offset);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == size) {
			size = size == 0 ? 16 : size * 2;
			v = xreallocarray(v, size, sizeof *v);
		}
		is = &v[(*n)++];
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
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		store_issues_free(v, *n);
		*n = 0;
		return (store_fail(s, cause, "listing issues"));
	}
	*out = v;
	return (0);
}

void
store_issues_free(struct store_issue *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(v[i].date);
		free(v[i].name);
		free(v[i].today);
		free(v[i].tomorrow);
		free(v[i].wind);
	}
	free(v);
}

int
store_issue_find(struct store *s, const char *key, int64_t *id, char **cause)
{
	sqlite3_stmt	*st;
	char		 date[11];
	int		 rc;

	if (store_date_parse(key, date) == 0)
		key = date;
	if ((st = store_stmt(s, STMT_ISSUE_BY_KEY, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return (0);
	if (rc == SQLITE_DONE)
		return (1);
	return (store_fail(s, cause, "finding an issue"));
}

int
store_pages_each(struct store *s, int64_t issue,
    int (*cb)(const struct store_page_row *, void *), void *arg, char **cause)
{
	sqlite3_stmt		*st;
	struct store_page_row	 r;
	int			 rc;

	st = store_stmt(s, issue == 0 ? STMT_PAGES_ALL : STMT_PAGES_ISSUE,
	    cause);
	if (st == NULL)
		return (-1);
	if (issue != 0)
		sqlite3_bind_int64(st, 1, issue);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r.id = sqlite3_column_int64(st, 0);
		r.issue = sqlite3_column_int64(st, 1);
		r.date = store_column_text(st, 2);
		r.issue_name = store_column_text(st, 3);
		r.number = sqlite3_column_int(st, 4);
		r.source = store_column_text(st, 5);
		r.narticles = sqlite3_column_int(st, 6);
		r.bytes = (size_t)sqlite3_column_int64(st, 7);
		if (cb(&r, arg) != 0)
			break;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (store_fail(s, cause, "listing pages"));
	return (0);
}

void
store_article_row_fill(sqlite3_stmt *st, struct store_article_row *r)
{
	int	kind;

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
}

int
store_articles_each(struct store *s, const struct store_filter *f,
    int (*cb)(const struct store_article_row *, void *), void *arg,
    char **cause)
{
	static const struct store_filter	 none;
	sqlite3_stmt				*st;
	struct store_article_row		 r;
	int					 rc;

	if (f == NULL)
		f = &none;
	st = store_stmt(s, f->issue == 0 ? STMT_ARTICLES_ALL :
	    STMT_ARTICLES_ISSUE, cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, f->issue);
	sqlite3_bind_int64(st, 2, (int64_t)f->topics);
	sqlite3_bind_int(st, 3, f->unread);
	sqlite3_bind_int(st, 4, f->starred);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_article_row_fill(st, &r);
		if (cb(&r, arg) != 0)
			break;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (store_fail(s, cause, "listing articles"));
	return (0);
}

struct store_articles_acc {
	struct store_article_row	*v;
	size_t				 n;
	size_t				 size;
};

static int
store_articles_add(const struct store_article_row *r, void *arg)
{
	struct store_articles_acc	*acc = arg;
	struct store_article_row	*c;

	if (acc->n == acc->size) {
		acc->size = acc->size == 0 ? 64 : acc->size * 2;
		acc->v = xreallocarray(acc->v, acc->size, sizeof *acc->v);
	}
	c = &acc->v[acc->n++];
	*c = *r;
	c->date = xstrdup(r->date);
	c->kicker = xstrdup(r->kicker);
	c->title = xstrdup(r->title);
	return (0);
}

int
store_articles(struct store *s, const struct store_filter *f,
    struct store_article_row **out, size_t *n, char **cause)
{
	struct store_articles_acc	acc = { NULL, 0, 0 };

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
	size_t	i;

	for (i = 0; i < n; i++) {
		free((char *)v[i].date);
		free((char *)v[i].kicker);
		free((char *)v[i].title);
	}
	free(v);
}

/* Splits body at newlines into paragraphs (none for an empty body). */
static void
store_split(const char *body, char ***out, size_t *n)
{
	const char	*p, *nl;

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
	sqlite3_stmt		*st;
	struct store_article	*a;
	int			 rc, kind;

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
	store_split(store_column_text(st, 12), &a->paragraphs,
	    &a->nparagraphs);
	a->continued_to = xstrdup(store_column_text(st, 13));
	a->continued_from = xstrdup(store_column_text(st, 14));
	a->topics = (uint64_t)sqlite3_column_int64(st, 15);
	a->read = sqlite3_column_int(st, 16);
	a->starred = sqlite3_column_int(st, 17);
	sqlite3_reset(st);
	return (a);
}

void
store_article_free(struct store_article *a)
{
	size_t	i;

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
	free(a);
}

/* One UPDATE of read/starred state; a missing id is an error. */
static int
store_update(struct store *s, enum store_stmt which, int64_t id, int v,
    char **cause)
{
	sqlite3_stmt	*st;

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
store_find_cont(struct store *s, enum store_stmt which, int64_t issue,
    int page, const char *v, int64_t *id, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = store_stmt(s, which, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, issue);
	sqlite3_bind_int(st, 2, page);
	sqlite3_bind_text(st, 3, v, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return (0);
	if (rc == SQLITE_DONE)
		return (1);
	return (store_fail(s, cause, "finding a continuation"));
}

int
store_find_continued_from(struct store *s, int64_t issue, int page,
    const char *from, int64_t *id, char **cause)
{
	return (store_find_cont(s, STMT_CONT_FROM, issue, page, from, id,
	    cause));
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
	sqlite3_stmt		*st;
	struct store_topic	*v = NULL;
	int64_t			 counts[TOPIC_MAX];
	uint64_t		 mask;
	size_t			 i;
	int			 rc, b;

	*out = NULL;
	*n = 0;
	memset(counts, 0, sizeof counts);
	st = store_stmt(s, issue == 0 ? STMT_TOPIC_MASKS_ALL :
	    STMT_TOPIC_MASKS_ISSUE, cause);
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
		v[i].count = v[i].bit >= 0 && v[i].bit < TOPIC_MAX ?
		    counts[v[i].bit] : 0;
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
	size_t	i;

	for (i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].label);
	}
	free(v);
}

int
store_topic_find(struct store *s, const char *name, int *bit, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = store_stmt(s, STMT_TOPIC_BY_NAME, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*bit = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return (0);
	if (rc == SQLITE_DONE)
		return (1);
	return (store_fail(s, cause, "finding a topic"));
}
