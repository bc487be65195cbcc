/*
 * The store's papers, the reader's narrowing to one of them, the poll
 * that tells a reader the store changed, and deleting pages.
 *
 * Deleting goes through the same page removal as a replacing import
 * (store.c), so the contentless index loses exactly the entries it had.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kanbao/fold.h"
#include "kanbao/xmalloc.h"
#include "store-int.h"

int
store_papers(struct store *s, struct store_paper **out, size_t *n, char **cause)
{
	static const char sql[] =
	    "SELECT r.id, r.name,"
	    " (SELECT count(*) FROM issue i WHERE i.paper = r.id),"
	    " (SELECT count(*) FROM page p JOIN issue i ON i.id = p.issue"
	    "   WHERE i.paper = r.id),"
	    " (SELECT count(*) FROM article a JOIN issue i ON i.id = a.issue"
	    "   WHERE i.paper = r.id),"
	    " (SELECT min(date) FROM issue i WHERE i.paper = r.id),"
	    " (SELECT max(date) FROM issue i WHERE i.paper = r.id)"
	    " FROM paper r WHERE EXISTS (SELECT 1 FROM issue i"
	    "   WHERE i.paper = r.id) ORDER BY r.name";
	struct store_paper *v = NULL, *p;
	sqlite3_stmt	   *st;
	int		    rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return (store_fail(s, cause, "listing papers"));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = xreallocarray(v, *n + 1, sizeof *v);
		p = &v[(*n)++];
		p->id = sqlite3_column_int64(st, 0);
		p->name = xstrdup(store_column_text(st, 1));
		p->nissues = sqlite3_column_int64(st, 2);
		p->npages = sqlite3_column_int64(st, 3);
		p->narticles = sqlite3_column_int64(st, 4);
		p->first = xstrdup(store_column_text(st, 5));
		p->last = xstrdup(store_column_text(st, 6));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_papers_free(v, *n);
		*n = 0;
		return (store_fail(s, cause, "listing papers"));
	}
	*out = v;
	return (0);
}

int
store_papers_brief(struct store *s, struct store_paper **out, size_t *n,
    char **cause)
{
	static const char sql[] =
	    "SELECT r.id, r.name, (SELECT count(*) FROM issue i"
	    "   WHERE i.paper = r.id) AS c"
	    " FROM paper r WHERE c > 0 ORDER BY r.name";
	struct store_paper *v = NULL, *p;
	sqlite3_stmt	   *st;
	int		    rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return (store_fail(s, cause, "listing papers"));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = xreallocarray(v, *n + 1, sizeof *v);
		p = &v[(*n)++];
		memset(p, 0, sizeof *p);
		p->id = sqlite3_column_int64(st, 0);
		p->name = xstrdup(store_column_text(st, 1));
		p->nissues = sqlite3_column_int64(st, 2);
		p->first = xstrdup("");
		p->last = xstrdup("");
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_papers_free(v, *n);
		*n = 0;
		return (store_fail(s, cause, "listing papers"));
	}
	*out = v;
	return (0);
}

void
store_papers_free(struct store_paper *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].first);
		free(v[i].last);
	}
	free(v);
}

/*
 * The paper whose name, folded (kanbao/fold.h), is name folded: 人民日报
 * finds the paper printed 人民日報.  The first by id when several are
 * (a paper stored under both names); 1 if none.  A store has few papers.
 */
static int
store_paper_find_folded(struct store *s, const char *name, int64_t *id,
    char **cause)
{
	sqlite3_stmt *st;
	int	      rc = SQLITE_DONE, found = 1;

	if (sqlite3_prepare_v2(s->db, "SELECT id, name FROM paper ORDER BY id",
		-1, &st, NULL) != SQLITE_OK)
		return (store_fail(s, cause, "finding a paper"));
	while (found == 1 && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (fold_equal(store_column_text(st, 1), name)) {
			*id = sqlite3_column_int64(st, 0);
			found = 0;
		}
	}
	if (found == 1 && rc != SQLITE_DONE)
		found = store_fail(s, cause, "finding a paper");
	sqlite3_finalize(st);
	return (found);
}

int
store_paper_find(struct store *s, const char *name, int64_t *id, char **cause)
{
	sqlite3_stmt *st;
	int	      rc;

	if ((st = store_stmt(s, STMT_PAPER_ID, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	rc = store_step_int64(s, st, id, "finding a paper", cause);
	if (rc == 1 && *name != '\0')
		rc = store_paper_find_folded(s, name, id, cause);
	return (rc);
}

void
store_set_paper(struct store *s, int64_t paper)
{
	s->paper = paper;
}

int64_t
store_get_paper(const struct store *s)
{
	return (s->paper);
}

int
store_changed(struct store *s, int *changed, char **cause)
{
	sqlite3_stmt *st;
	int64_t	      v;

	*changed = 0;
	if (sqlite3_prepare_v2(s->db, "PRAGMA data_version", -1, &st, NULL) !=
	    SQLITE_OK)
		return (store_fail(s, cause, "polling the store"));
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return (store_fail(s, cause, "polling the store"));
	}
	v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (s->data_version != 0 && v != s->data_version)
		*changed = 1;
	s->data_version = v;
	return (0);
}

int
store_delete_pages(struct store *s, const int64_t *pages, size_t n,
    size_t *narticles, size_t *nkept, char **cause)
{
	static const char *const tidy[] = {
		"DELETE FROM issue WHERE NOT EXISTS (SELECT 1 FROM page p"
		" WHERE p.issue = issue.id)",
		"DELETE FROM paper WHERE id != 1 AND NOT EXISTS (SELECT 1"
		" FROM issue i WHERE i.paper = paper.id)",
	};
	sqlite3_stmt *st = NULL, *keep = NULL;
	size_t	      i;
	char	     *err = NULL;

	*narticles = *nkept = 0;
	if (s->readonly) {
		xasprintf(cause, "%s: the store is read-only", s->path);
		return (-1);
	}
	if (store_sync(s, cause) != 0)
		return (-1);
	if (store_page_begin(s, cause) != 0)
		return (-1);
	if (sqlite3_prepare_v2(s->db,
		"SELECT (SELECT count(*) FROM article a WHERE a.page = p.id)"
		" FROM page p WHERE p.id = ?1",
		-1, &st, NULL) != SQLITE_OK) {
		store_fail(s, cause, "removing pages");
		goto fail;
	}
	/* The marks, kept by the page's place (migration 8 -> 9). */
	if (sqlite3_prepare_v2(s->db,
		"INSERT INTO kept (paper, key, number, head, body, read,"
		" starred, deleted) SELECT p.name, i.key, g.number,"
		" a.kicker || char(10) || a.title, a.body, a.read, a.starred,"
		" ?2 FROM article a JOIN page g ON g.id = a.page"
		" JOIN issue i ON i.id = g.issue JOIN paper p"
		" ON p.id = i.paper WHERE a.page = ?1"
		" AND (a.read != 0 OR a.starred != 0)",
		-1, &keep, NULL) != SQLITE_OK) {
		store_fail(s, cause, "removing pages");
		goto fail;
	}
	for (i = 0; i < n; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, pages[i]);
		if (sqlite3_step(st) != SQLITE_ROW)
			continue; /* gone already */
		*narticles += (size_t)sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		sqlite3_reset(keep);
		sqlite3_bind_int64(keep, 1, pages[i]);
		sqlite3_bind_int64(keep, 2, (int64_t)time(NULL));
		if (sqlite3_step(keep) != SQLITE_DONE) {
			store_fail(s, cause, "keeping the marks of a page");
			goto fail;
		}
		*nkept += (size_t)sqlite3_changes(s->db);
		if (store_delete_page(s, pages[i], cause) != 0)
			goto fail;
	}
	sqlite3_finalize(st);
	sqlite3_finalize(keep);
	st = keep = NULL;
	for (i = 0; i < sizeof tidy / sizeof tidy[0]; i++) {
		if (sqlite3_exec(s->db, tidy[i], NULL, NULL, &err) !=
		    SQLITE_OK) {
			xasprintf(cause, "%s: removing pages: %s", s->path,
			    err);
			sqlite3_free(err);
			goto fail;
		}
	}
	s->imported = 1;
	if (store_page_end(s, 0, cause) != 0)
		goto fail;
	return (store_sync(s, cause));

fail:
	sqlite3_finalize(st);
	sqlite3_finalize(keep);
	store_page_abort(s);
	return (-1);
}
