/*
 * Reading the store again: after pages were imported (or deleted) beside
 * the reader, on R or by itself when the store changed and the user is
 * idle, and after narrowing to a paper.  Everything the view holds of the
 * store is dropped and read again; the selection stays where it was: the
 * same issue and the same article, by id, when they are still there
 * (else the same place in the list), the article at the same line.
 *
 * A mode's list (search hits, a list across issues) stays as it was
 * found; the jump list is read again the next time it opens.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kanbao/xmalloc.h"
#include "view-int.h"

/* The issue index of issue id in the (filtered) list, or -1 if none. */
static long
view_reload_find(struct view *v, int64_t id, size_t near)
{
	struct store_issue *is;
	size_t		    i, idx;
	char		   *cause;
	int		    rc;

	if (id == 0)
		return (-1);
	if (v->tfilter == 0) {
		rc = store_issue_index(v->store, id, &idx, &cause);
		if (rc == -1)
			view_error(v, cause);
		return (rc == 0 ? (long)idx : -1);
	}
	/* The filter's list grows newest first: look about as far down. */
	for (i = 0; i <= near + VIEW_READAHEAD; i++) {
		if ((is = view_issue(v, i)) == NULL)
			break;
		if (is->id == id)
			return ((long)i);
	}
	return (-1);
}

/*
 * Reads the issue list, the selected issue's headlines and the article
 * again.  With narrowed (the paper changed), an issue no longer listed
 * gives way to the newest; else to the one now at its place.
 */
void
view_reload(struct view *v, int narrowed)
{
	struct store_issue *is;
	int64_t		    keep_issue = 0, keep_art = 0;
	size_t		    isel = v->isel, hsel = v->hsel, htop = v->htop;
	size_t		    atop = v->atop, i, j;
	long		    idx;
	char		   *cause;
	int		    changed;

	if (v->store == NULL || !v->started)
		return;
	if ((is = view_issue_peek(v, v->isel)) != NULL)
		keep_issue = is->id;
	if (v->hissue == keep_issue && view_is_article(v, v->hsel))
		keep_art = v->arts[v->hrows[v->hsel].art].id;

	/* What changed so far is read now: the poll starts from here. */
	if (store_changed(v->store, &changed, &cause) != 0)
		view_error(v, cause);
	view_papers_load(v);
	view_newest_read(v);
	store_issues_free(v->iwin.v, v->iwin.n);
	memset(&v->iwin, 0, sizeof v->iwin);
	store_issues_free(v->wwin.v, v->wwin.n);
	memset(&v->wwin, 0, sizeof v->wwin);
	store_issues_free(v->fiss, v->nfiss);
	v->fiss = NULL;
	v->nfiss = v->fscanned = 0;
	v->fdone = 0;
	if (store_issue_count(v->store, &v->nall, &cause) != 0) {
		view_error(v, cause);
		v->nall = 0;
	}
	v->nissues = v->nall;
	if (v->tfilter != 0)
		view_filter_more(v, 1);
	view_topic_marks(v);
	v->topics_issue = -1;
	if (v->mode == &view_mode_jump)
		v->jump_stale = 1;
	else
		view_jump_drop(v);

	/* The same issue, else the newest (narrowed) or the same place. */
	if ((idx = view_reload_find(v, keep_issue, isel)) >= 0)
		v->isel = (size_t)idx;
	else if (narrowed)
		v->isel = v->itop = 0;
	if (v->nissues <= 0)
		v->isel = v->itop = 0;
	else if ((int64_t)v->isel >= v->nissues)
		v->isel = (size_t)v->nissues - 1;
	view_scroll_fix(v->isel, &v->itop, view_body_h(v, VIEW_ISSUES));

	/* The same article, else the article row nearest its place. */
	v->hissue = 0;
	view_headlines_load(v);
	if (idx >= 0 && v->nhrows > 0) {
		v->htop = htop;
		for (i = 0; i < v->nhrows; i++) {
			if (view_is_article(v, i) &&
			    v->arts[v->hrows[i].art].id == keep_art)
				break;
		}
		if (i < v->nhrows)
			v->hsel = i;
		else if (view_find_article(v,
			     hsel < v->nhrows ? hsel : v->nhrows - 1, 1, &j) ||
		    view_find_article(v, 0, 0, &j))
			v->hsel = j;
		view_scroll_fix(v->hsel, &v->htop,
		    view_body_h(v, VIEW_HEADLINES));
	}

	/* The article read again (its text may be new), at the same line. */
	store_article_free(v->art);
	v->art = NULL;
	v->awidth = -1;
	if (view_pane_w(v, VIEW_ARTICLE) > 0) {
		view_article_load(v);
		if (v->art != NULL && v->art->id == keep_art) {
			v->atop = atop;
			if (v->atop > view_article_maxtop(v))
				v->atop = view_article_maxtop(v);
		}
	}
	view_layout(v, v->layout.cols, v->layout.lines);
}

/*
 * A view with no store yet (the welcome screen): is there one at its path
 * now, made by an import beside the reader?  If so it is opened and read.
 * A failure is said on R only (loud): from idle time it may be the import
 * still making the store, and the next look tries again.  Returns 1 when
 * the store was opened.
 */
static int
view_reload_open(struct view *v, int loud)
{
	struct store *s;
	char	     *cause;

	if (v->store != NULL || v->store_path == NULL)
		return (0);
	if (access(v->store_path, F_OK) != 0) {
		if (loud)
			view_error(v,
			    xstrdup("no store there yet: import "
				    "some pages first"));
		return (0);
	}
	if ((s = store_open(v->store_path, 0, &cause)) == NULL) {
		if (loud)
			view_error(v, cause);
		else
			free(cause);
		return (0);
	}
	v->store = v->store_own = s;
	free(v->message);
	v->message = NULL;
	view_error(v, NULL); /* what an earlier look said */
	view_layout(v, v->layout.cols, v->layout.lines); /* starts it */
	return (1);
}

/* R: the store read again, saying what it holds now. */
int
view_cmd_reload(struct view *v)
{
	int64_t before = v->nall;
	char   *msg;

	if (v->store == NULL && !view_reload_open(v, 1))
		return (0);
	view_reload(v, 0);
	if (v->error != NULL)
		return (0);
	if (v->nall > before)
		xasprintf(&msg, "read the store again: %lld issues, %lld new",
		    (long long)v->nall, (long long)(v->nall - before));
	else
		xasprintf(&msg, "read the store again: %lld issues",
		    (long long)v->nall);
	view_notice(v, msg);
	return (0);
}

/*
 * From idle time: when no key came for VIEW_POLL_MS and none was looked
 * for as long, whether the store changed; if it did, it is read again.
 * Not while a prompt is open (the user is typing).  Returns 1 when the
 * screen changed.
 */
int
view_poll(struct view *v)
{
	double now = view_ms();
	char  *cause;
	int    changed;

	if (v->prompt != NULL || now - v->key_at < VIEW_POLL_MS ||
	    now - v->poll_at < VIEW_POLL_MS)
		return (0);
	if (v->store == NULL) {
		v->poll_at = now;
		return (view_reload_open(v, 0));
	}
	if (!v->started)
		return (0);
	v->poll_at = now;
	if (store_changed(v->store, &changed, &cause) != 0) {
		view_error(v, cause);
		return (1);
	}
	if (!changed)
		return (0);
	view_reload(v, 0);
	return (1);
}
