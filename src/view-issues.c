/*
 * The issue pane: the issue list as a window of store rows around what is
 * on screen (VIEW_READAHEAD either side), or with a topic filter the
 * issues that have a match, found a slice at a time newest first.  When
 * the store holds several papers (and the reader is not narrowed to one),
 * a column after the date names each issue's paper.
 *
 * Invariant: isel < nissues when nissues > 0.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/config.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

#define VIEW_COUNTS_W 9 /* " %2d版" and " %3d" in an issue row */

/*
 * The issue at index i from window w; with fetch set, the window moves to
 * hold it (a query), else NULL when it is not loaded.  With a topic filter
 * every window is the filter's list, which grows to i.
 */
struct store_issue *
view_issue_in(struct view *v, struct view_iwin *w, size_t i, int fetch)
{
	size_t off, limit;
	char  *cause;

	if (v->store == NULL ||
	    ((int64_t)i >= v->nissues && (v->tfilter == 0 || v->fdone)))
		return (NULL);
	if (v->tfilter != 0) {
		while (fetch && i >= v->nfiss && !v->fdone)
			view_filter_more(v, 0);
		return (i < v->nfiss ? &v->fiss[i] : NULL);
	}
	if (i >= w->off && i < w->off + w->n)
		return (&w->v[i - w->off]);
	if (!fetch)
		return (NULL);
	store_issues_free(w->v, w->n);
	w->v = NULL;
	w->n = 0;
	off = i > VIEW_READAHEAD ? i - VIEW_READAHEAD : 0;
	limit = (size_t)(v->layout.lines > 0 ? v->layout.lines : 1) +
	    2 * VIEW_READAHEAD;
	if (store_issues(v->store, off, limit, &w->v, &w->n, &cause) != 0) {
		view_error(v, cause);
		return (NULL);
	}
	w->off = off;
	if (i >= off + w->n)
		return (NULL);
	return (&w->v[i - off]);
}

/* The issue at index i of the issue pane, fetched if need be. */
struct store_issue *
view_issue(struct view *v, size_t i)
{
	return (view_issue_in(v, &v->iwin, i, 1));
}

/* The same if it is loaded, else NULL: for drawing. */
struct store_issue *
view_issue_peek(struct view *v, size_t i)
{
	return (view_issue_in(v, &v->iwin, i, 0));
}

/* The marks of the topics in the headline rows (a topic label's first). */
void
view_topic_marks(struct view *v)
{
	struct store_topic *t;
	struct store_issue *is;
	size_t		    n, i, len;
	uint32_t	    cp;
	char		   *cause;

	memset(v->tmarks, 0, sizeof v->tmarks);
	/*
	 * Every topic comes back whatever the issue; only the counts differ.
	 * Counting over the whole store would read the whole archive.
	 */
	if ((is = view_issue(v, 0)) == NULL)
		return;
	if (store_topics(v->store, is->id, &t, &n, &cause) != 0) {
		view_error(v, cause);
		return;
	}
	for (i = 0; i < n; i++) {
		if (t[i].bit < 0 || t[i].bit >= STORE_TOPIC_MAX)
			continue;
		/* Kinds have markers of their own. */
		if (strcmp(t[i].name, "weather") == 0 ||
		    strcmp(t[i].name, "photo") == 0 ||
		    strcmp(t[i].name, "commentary") == 0)
			continue;
		if (*t[i].label == '\0')
			continue;
		len = text_utf8_next(t[i].label, strlen(t[i].label), &cp);
		if (text_cp_width(cp) <= 0 || len > 4)
			continue;
		memcpy(v->tmarks[t[i].bit], t[i].label, len);
	}
	store_topics_free(t, n);
}

/*
 * The date of the newest issue of every paper, as the view has read it:
 * where a place (place.h) says which the reader had seen.
 */
void
view_newest_read(struct view *v)
{
	char *cause;

	if (store_newest_date(v->store, v->newest, &cause) != 0) {
		view_error(v, cause);
		*v->newest = '\0';
	}
}

/*
 * Goes where view_set_place() said, unless a newer issue came since (see
 * view.h).  The issue and the article are known by their ids and sums: an
 * id a deleted row had may be another's now.
 */
static void
view_place_go(struct view *v)
{
	const struct place *pl = &v->place;
	struct store_issue *is;
	size_t		    idx, i;
	char		   *cause;
	int		    rc;

	v->place_want = 0;
	if (strcmp(v->newest, pl->newest) > 0)
		return;
	if ((rc = store_issue_index(v->store, pl->issue, &idx, &cause)) < 0)
		view_error(v, cause);
	if (rc != 0 || (is = view_issue(v, idx)) == NULL ||
	    place_sum(is->name) != pl->issue_sum)
		return;
	v->isel = idx;
	view_headlines_load(v);
	for (i = 0; i < v->nhrows; i++) {
		if (view_is_article(v, i) &&
		    v->arts[v->hrows[i].art].id == pl->article &&
		    place_sum(v->arts[v->hrows[i].art].title) ==
			pl->article_sum)
			break;
	}
	if (i < v->nhrows)
		v->hsel = i;
	v->focus = pl->pane == VIEW_ARTICLE && i == v->nhrows ?
	    VIEW_HEADLINES :
	    (enum view_pane)pl->pane;
}

void
view_start(struct view *v)
{
	char *cause;
	int   changed;

	if (v->started || v->store == NULL)
		return;
	v->started = 1;
	v->topics_issue = -1;
	if (store_issue_count(v->store, &v->nissues, &cause) != 0) {
		view_error(v, cause);
		v->nissues = 0;
		return;
	}
	v->nall = v->nissues;
	view_topic_marks(v);
	view_papers_load(v);
	view_newest_read(v);
	if (v->place_want)
		view_place_go(v);
	/* The first look only takes note: what changes from now on counts. */
	if (store_changed(v->store, &changed, &cause) != 0)
		view_error(v, cause);
}

void
view_select_issue(struct view *v, size_t i)
{
	(void)view_issue(v, i); /* a filter's list grows to it */
	if (v->nissues == 0)
		return;
	if ((int64_t)i >= v->nissues)
		i = (size_t)v->nissues - 1;
	v->isel = i;
	view_scroll_fix(v->isel, &v->itop, view_body_h(v, VIEW_ISSUES));
	view_headlines_load(v);
}

/*
 * Looks at more issues for the filter: a slice of about VIEW_JUMP_SLICE
 * ms when timed, else one window.  The list grows newest first, so the
 * first screen never waits for the archive; view_idle() does the rest.
 */
void
view_filter_more(struct view *v, int timed)
{
	struct store_issue *more;
	size_t		    n, i;
	double		    t0 = view_ms();
	char		   *cause;

	do {
		if (v->fdone)
			break;
		if (store_issues_filtered(v->store, v->tfilter, v->fscanned,
			VIEW_FILTER_ISSUES, &more, &n, &cause) != 0) {
			view_error(v, cause);
			v->fdone = 1;
			break;
		}
		v->fiss =
		    xreallocarray(v->fiss, v->nfiss + n + 1, sizeof *v->fiss);
		for (i = 0; i < n; i++)
			v->fiss[v->nfiss++] = more[i];
		free(more); /* the rows' strings moved to fiss */
		v->fscanned += VIEW_FILTER_ISSUES;
		if ((int64_t)v->fscanned >= v->nall)
			v->fdone = 1;
	} while (timed && view_ms() - t0 < VIEW_JUMP_SLICE);
	v->nissues = (int64_t)v->nfiss;
}

/* Shows only issues and articles with any of the topics in mask. */
void
view_filter_set(struct view *v, uint64_t mask)
{
	struct store_issue *is;
	int64_t		    keep = 0, keep_art = 0;
	size_t		    i, idx;
	char		   *cause;
	int		    rc = 0;

	if ((is = view_issue(v, v->isel)) != NULL)
		keep = is->id;
	/* The article we were on, to stay on when the new list has it. */
	if (view_is_article(v, v->hsel))
		keep_art = v->arts[v->hrows[v->hsel].art].id;
	store_issues_free(v->fiss, v->nfiss);
	v->fiss = NULL;
	v->nfiss = 0;
	v->fscanned = 0;
	v->fdone = 0;
	v->tfilter = mask;
	v->isel = 0;
	if (mask != 0) {
		/* A screenful at least, and the issue we were on if near. */
		view_filter_more(v, 1);
		for (i = 0; i < v->nfiss; i++) {
			if (v->fiss[i].id == keep)
				v->isel = i;
		}
	} else {
		v->nissues = v->nall;
		if (keep != 0 &&
		    (rc = store_issue_index(v->store, keep, &idx, &cause)) == 0)
			v->isel = idx;
		else if (rc == -1)
			view_error(v, cause);
	}
	v->hissue = 0;
	v->itop = v->isel;
	v->topics_issue = -1;
	view_layout(v, v->layout.cols, v->layout.lines);
	view_headlines_load(v);
	if (keep_art != 0)
		(void)view_select_row(v, keep_art);
	if (v->tfilter != 0 && v->fdone && v->nfiss == 0)
		view_error(v, xstrdup("no articles with these topics"));
}

void
view_weather(struct view_lb *lb, const struct store_issue *is)
{
	if (is->has_high && is->has_low)
		view_lb_addf(lb, THEME_WEATHER, "%d/%d℃", is->high, is->low);
	else if (is->has_high)
		view_lb_addf(lb, THEME_WEATHER, "%d℃", is->high);
	else if (is->has_low)
		view_lb_addf(lb, THEME_WEATHER, "%d℃", is->low);
}

/*
 * The paper of is in a column paper_w wide ("-" the default paper), or
 * narrower in a pane w wide, so that the counts after it still fit.
 */
static void
view_paper_cell(struct view *v, struct view_lb *lb,
    const struct store_issue *is, enum theme_elem elem, int w)
{
	struct buf b = BUF_INIT;
	char	  *name;
	int	   used, room, pw = v->paper_w;

	/* Room left of the date, page and unread counts and a blank. */
	room = w - text_width(lb->b.data, lb->b.len) - VIEW_COUNTS_W - 1;
	if (pw > room)
		pw = room;
	if (pw < 2)
		return;
	name = view_paper_label(is->paper_name);
	buf_add(&b, " ", 1);
	used = view_cut(&b, name, strlen(name), pw);
	while (used++ < pw)
		buf_addc(&b, ' ');
	buf_add(&b, "", 0);
	view_lb_add(lb, buf_str(&b), elem);
	buf_free(&b);
	free(name);
}

/*
 * Whether there is a forecast of is and it fits, after a blank, beside
 * what lb holds, in w columns.
 */
static int
view_weather_fits(struct view_lb *lb, const struct store_issue *is, int w)
{
	struct view_lb t = VIEW_LB_INIT;
	int	       fits;

	view_weather(&t, is);
	fits = t.b.len > 0 &&
	    text_width(lb->b.data, lb->b.len) + 1 +
		    text_width(t.b.data, t.b.len) <=
		w;
	buf_free(&t.b);
	return (fits);
}

static void
view_issues_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb	    lb = VIEW_LB_INIT;
	struct store_issue *is;
	enum theme_elem	    elem;
	size_t		    i;
	char		   *name;

	for (i = v->itop; i < v->itop + (size_t)h; i++) {
		if ((is = view_issue_peek(v, i)) == NULL)
			break;
		elem = THEME_NORMAL;
		if (i == v->isel)
			elem = v->focus == VIEW_ISSUES ? THEME_SELECTED :
							 THEME_SELECTED_DIM;
		name = view_issue_label(is);
		view_lb_add(&lb, name, THEME_DATE);
		free(name);
		if (v->paper_w > 0)
			view_paper_cell(v, &lb, is, elem, w);
		view_lb_addf(&lb, THEME_COUNT, " %2d版", is->npages);
		/* Filtered, nunread counts the articles that match only. */
		if (is->nunread > 0)
			view_lb_addf(&lb, THEME_UNREAD, " %3d", is->nunread);
		else
			view_lb_add(&lb, "    ", THEME_NORMAL);
		/* Beside a paper column, a forecast whole or none. */
		if (v->paper_w == 0 || view_weather_fits(&lb, is, w)) {
			view_lb_add(&lb, " ", THEME_NORMAL);
			view_weather(&lb, is);
		}
		view_lb_done(&lb, l, 0, w, elem, elem != THEME_NORMAL);
	}
}

static void
view_issues_title(struct view *v, struct view_lb *lb, enum theme_elem elem)
{
	char  *name;
	size_t i;

	view_lb_addf(lb, elem, " Issues (%lld%s)", (long long)v->nissues,
	    v->tfilter != 0 && !v->fdone ? "…" : "");
	for (i = 0; i < v->npapers; i++) {
		if (v->store != NULL &&
		    v->papers[i].id == store_get_paper(v->store)) {
			name = view_paper_label(v->papers[i].name);
			view_lb_addf(lb, elem, " · %s", name);
			free(name);
		}
	}
}

const struct view_pane_ops view_pane_issues = { "issues", view_issues_lines,
	view_issues_title };
