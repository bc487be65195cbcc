/*
 * The headline pane: the pages and headlines of the selected issue (one
 * issue's rows, nothing more), moving between articles and pages, the next
 * unread article, and going to an article by id.  In a mode the pane
 * shows the mode's list instead (view_mode).
 *
 * Invariant: hsel indexes hrows and is an article row whenever the issue
 * has articles.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/config.h"
#include "kanbao/text.h"
#include "kanbao/typeset.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

/* Said at an issue's last page or article: where to go on. */
#define VIEW_OTHER_ISSUES " ([ and ] go to other issues)"

struct view_pages {
	int   *pages;
	size_t n;
};

static int
view_pages_add(const struct store_page_row *r, void *arg)
{
	struct view_pages *vp = arg;

	vp->pages = xreallocarray(vp->pages, vp->n + 1, sizeof *vp->pages);
	vp->pages[vp->n++] = r->number;
	return (0);
}

static void
view_hrow_add(struct view *v, int page, long art)
{
	struct view_hrow *r;

	v->hrows = xreallocarray(v->hrows, v->nhrows + 1, sizeof *v->hrows);
	r = &v->hrows[v->nhrows++];
	r->page = page;
	r->art = art;
	r->count = 0;
}

int
view_is_article(const struct view *v, size_t i)
{
	return (i < v->nhrows && v->hrows[i].art >= 0);
}

/* The first article row at or after i (or before, when back). */
int
view_find_article(const struct view *v, size_t i, int back, size_t *out)
{
	for (;;) {
		if (i >= v->nhrows)
			return (0);
		if (view_is_article(v, i)) {
			*out = i;
			return (1);
		}
		if (back) {
			if (i == 0)
				return (0);
			i--;
		} else
			i++;
	}
}

/*
 * Whether r is something to read: news, commentary, a photo.  Ads,
 * weather boxes, banners and page furniture (the masthead line) are
 * passed over by n, > and < and by Space at the end of an article.
 */
int
view_readable(const struct store_article_row *r)
{
	return (r->kind == PARSE_NEWS || r->kind == PARSE_COMMENTARY ||
	    r->kind == PARSE_PHOTO);
}

/* The article to read at headline row i, if it is one. */
static int
view_to_read(const struct view *v, size_t i, int unread)
{
	const struct store_article_row *r;

	if (!view_is_article(v, i))
		return (0);
	r = &v->arts[v->hrows[i].art];
	return (view_readable(r) && (!unread || !r->read));
}

/*
 * The row to select first from row i on (on row i's page only, when
 * samepage): the first article to read, else the first article.  So an
 * issue or a page opens on its first story, not on the masthead line or
 * an ad above it.  Returns 0 when there is no article there.
 */
static int
view_first_to_read(const struct view *v, size_t i, int samepage, size_t *out)
{
	size_t k;

	if (i >= v->nhrows)
		return (0);
	for (k = i; k < v->nhrows; k++) {
		if (samepage && v->hrows[k].page != v->hrows[i].page)
			break;
		if (view_to_read(v, k, 0)) {
			*out = k;
			return (1);
		}
	}
	if (!view_find_article(v, i, 0, &k) ||
	    (samepage && v->hrows[k].page != v->hrows[i].page))
		return (0);
	*out = k;
	return (1);
}

/* Loads the headline list of the selected issue, if it is not loaded. */
void
view_headlines_load(struct view *v)
{
	struct store_issue *is;
	struct store_filter f;
	struct view_pages   vp = { NULL, 0 };
	size_t		    pi, a;
	long		    hdr;
	int		    page;
	char		   *cause;

	if ((is = view_issue(v, v->isel)) == NULL) {
		store_articles_free(v->arts, v->narts);
		v->arts = NULL;
		v->narts = 0;
		free(v->hrows);
		v->hrows = NULL;
		v->nhrows = v->hsel = v->htop = 0;
		v->hissue = 0;
		return;
	}
	if (is->id == v->hissue)
		return;
	store_articles_free(v->arts, v->narts);
	v->arts = NULL;
	v->narts = 0;
	free(v->hrows);
	v->hrows = NULL;
	v->nhrows = v->hsel = v->htop = 0;
	v->hissue = is->id;

	memset(&f, 0, sizeof f);
	f.issue = is->id;
	f.topics = v->tfilter;
	if (store_articles(v->store, &f, &v->arts, &v->narts, &cause) != 0) {
		view_error(v, cause);
		return;
	}
	/* Filtered, only the pages with a match get a header. */
	if (v->tfilter == 0 &&
	    store_pages_each(v->store, is->id, view_pages_add, &vp, &cause) !=
		0) {
		view_error(v, cause);
		free(vp.pages);
		vp.pages = NULL;
		vp.n = 0;
	}
	/* Every page gets a header, with or without articles. */
	pi = a = 0;
	while (pi < vp.n || a < v->narts) {
		if (pi < vp.n &&
		    (a >= v->narts || vp.pages[pi] <= v->arts[a].page))
			page = vp.pages[pi];
		else
			page = v->arts[a].page; /* a page the list lacks */
		while (pi < vp.n && vp.pages[pi] == page)
			pi++;
		hdr = (long)v->nhrows;
		view_hrow_add(v, page, -1);
		while (a < v->narts && v->arts[a].page == page) {
			view_hrow_add(v, page, (long)a++);
			v->hrows[hdr].count++;
		}
	}
	free(vp.pages);
	if (!view_first_to_read(v, 0, 0, &v->hsel))
		v->hsel = 0;
}

/* The selected article row, or NULL. */
struct store_article_row *
view_selected(struct view *v)
{
	view_headlines_load(v);
	return (view_selected_peek(v));
}

/* The same, from what is loaded: for drawing. */
struct store_article_row *
view_selected_peek(struct view *v)
{
	if (v->mode != NULL && v->mode->selected != NULL)
		return (v->mode->selected(v));
	if (!view_is_article(v, v->hsel))
		return (NULL);
	return (&v->arts[v->hrows[v->hsel].art]);
}

/* Moves the headline selection by delta article rows. */
void
view_move_headline(struct view *v, long delta)
{
	size_t i, j;

	view_headlines_load(v);
	i = v->hsel;
	while (delta > 0 && view_find_article(v, i + 1, 0, &j)) {
		i = j;
		delta--;
	}
	while (delta < 0 && i > 0 && view_find_article(v, i - 1, 1, &j)) {
		i = j;
		delta++;
	}
	v->hsel = i;
	view_scroll_fix(v->hsel, &v->htop, view_body_h(v, VIEW_HEADLINES));
	/* Show the page header above the first article of the list. */
	if (v->htop > 0 && !view_find_article(v, v->htop - 1, 1, &j))
		v->htop = 0;
}

/*
 * Selects the first article to read of the page before or after the
 * current one.
 */
void
view_page(struct view *v, int dir)
{
	size_t i, j;
	int    page;

	view_headlines_load(v);
	if (v->nhrows == 0)
		return;
	page = v->hrows[v->hsel].page;
	i = v->hsel;
	if (dir > 0) {
		while (i < v->nhrows && v->hrows[i].page == page)
			i++;
		if (view_first_to_read(v, i, 1, &j) ||
		    view_find_article(v, i, 0, &j))
			v->hsel = j;
		else
			view_notice(v,
			    xstrdup("the last page of this "
				    "issue" VIEW_OTHER_ISSUES));
	} else {
		while (i > 0 && v->hrows[i].page == page)
			i--;
		if (v->hrows[i].page == page) {
			view_notice(v, xstrdup("the first page of this issue"));
			return;
		}
		page = v->hrows[i].page;
		while (i > 0 && v->hrows[i - 1].page == page)
			i--;
		if (view_first_to_read(v, i, 1, &j))
			v->hsel = j;
	}
	view_scroll_fix(v->hsel, &v->htop, view_body_h(v, VIEW_HEADLINES));
	if (v->htop > 0 && v->hsel > 0 && !view_is_article(v, v->hsel - 1) &&
	    v->htop == v->hsel)
		v->htop--;
}

/*
 * Selects the next (dir 1) or previous (-1) article to read in the issue.
 * Returns 0, or -1 (and says so) when there is none that way.
 */
int
view_next_article(struct view *v, int dir)
{
	size_t i;

	view_headlines_load(v);
	for (i = v->hsel; dir > 0 ? i + 1 < v->nhrows : i > 0;) {
		i = dir > 0 ? i + 1 : i - 1;
		if (view_to_read(v, i, 0)) {
			v->hsel = i;
			view_scroll_fix(v->hsel, &v->htop,
			    view_body_h(v, VIEW_HEADLINES));
			v->atop = 0;
			return (0);
		}
	}
	view_notice(v,
	    xstrdup(dir > 0 ?
		    "the last article of this issue" VIEW_OTHER_ISSUES :
		    "the first article of this "
		    "issue"));
	return (-1);
}

/*
 * Selects issue i and in it the first article to read (unread) before
 * row end (SIZE_MAX: any), if its count says it has one.  Returns 1 and
 * *row, 0 if it has none, -1 if there is no issue i (past the last a
 * filter lets through, or the store failed: said).
 */
static int
view_unread_in(struct view *v, size_t i, size_t end, size_t *row)
{
	struct store_issue *is;
	size_t		    j;

	if ((is = view_issue(v, i)) == NULL)
		return (-1);
	if (is->nunread == 0)
		return (0);
	view_select_issue(v, i);
	for (j = 0; j < v->nhrows && j < end; j++) {
		if (view_to_read(v, j, 1)) {
			*row = j;
			return (1);
		}
	}
	return (0);
}

/*
 * The next unread article: on in this issue, then in the older ones; past
 * the oldest, round from the newest (as a search wraps, and saying so)
 * down to this issue's rows above the selection.
 */
void
view_next_unread(struct view *v)
{
	size_t i, j, isel = v->isel, hsel = v->hsel;
	int    wrapped = 0, rc;

	view_headlines_load(v);
	for (i = v->hsel + 1; view_find_article(v, i, 0, &j); i = j + 1) {
		if (view_to_read(v, j, 1))
			goto found;
	}
	for (i = isel + 1; (int64_t)i < v->nissues; i++) {
		if ((rc = view_unread_in(v, i, SIZE_MAX, &j)) < 0)
			break;
		if (rc > 0)
			goto found;
	}
	for (i = 0; i <= isel; i++) {
		if ((rc = view_unread_in(v, i, i == isel ? hsel : SIZE_MAX,
			 &j)) < 0)
			break;
		if (rc > 0) {
			wrapped = 1;
			goto found;
		}
	}
	if (v->isel != isel) {
		view_select_issue(v, isel);
		v->hsel = hsel < v->nhrows ? hsel : 0;
		view_scroll_fix(v->hsel, &v->htop,
		    view_body_h(v, VIEW_HEADLINES));
	}
	view_notice(v, xstrdup("no more unread articles"));
	return;
found:
	v->hsel = j;
	view_scroll_fix(v->hsel, &v->htop, view_body_h(v, VIEW_HEADLINES));
	view_set_focus(v, VIEW_ARTICLE);
	if (wrapped)
		view_notice(v,
		    xstrdup("past the oldest issue: "
			    "round from the newest"));
}

/* Selects article id in the headline list loaded: 1 if it is there. */
int
view_select_row(struct view *v, int64_t id)
{
	size_t i;

	for (i = 0; i < v->nhrows; i++) {
		if (view_is_article(v, i) &&
		    v->arts[v->hrows[i].art].id == id) {
			v->hsel = i;
			view_scroll_fix(v->hsel, &v->htop,
			    view_body_h(v, VIEW_HEADLINES));
			return (1);
		}
	}
	return (0);
}

/*
 * Selects article id of issue if the issue list shows it as it is (no
 * filter is cleared): 1 if so, 0 if not, -1 on a store error (said).
 */
int
view_follow_article(struct view *v, int64_t issue, int64_t id)
{
	size_t i, idx = 0;
	char  *cause;
	int    found = 0, rc;

	if (v->tfilter != 0) {
		for (i = 0; i < v->nfiss; i++) {
			if (v->fiss[i].id == issue) {
				idx = i;
				found = 1;
			}
		}
	} else {
		/* 1: the issue is gone; cause is only set on -1. */
		rc = store_issue_index(v->store, issue, &idx, &cause);
		if (rc == -1) {
			view_error(v, cause);
			return (-1);
		}
		found = rc == 0;
	}
	if (!found)
		return (0);
	view_select_issue(v, idx);
	return (view_select_row(v, id));
}

/* Selects article id of issue, clearing the filter if it hides it. */
void
view_goto_article(struct view *v, int64_t issue, int64_t id)
{
	if (view_follow_article(v, issue, id) != 0)
		return;
	if (v->tfilter != 0) {
		view_filter_set(v, 0); /* the filter hides it */
		if (view_follow_article(v, issue, id) != 0)
			return;
	}
	view_error(v, xstrdup("that article is no longer in the store"));
}

static const char *
view_kind_marker(enum parse_kind k)
{
	switch (k) {
	case PARSE_PHOTO:
		return ("图");
	case PARSE_COMMENTARY:
		return ("评");
	case PARSE_WEATHER:
		return ("天");
	case PARSE_AD:
		return ("广");
	case PARSE_BANNER:
		return ("栏");
	default:
		return ("  ");
	}
}

/* s cleaned for a row, its punctuation full-width when the config says. */
char *
view_row_text(struct view *v, const char *s)
{
	char *t, *c;

	if (v->cfg != NULL && !v->cfg->punct)
		return (view_clean(s));
	t = typeset_punct(s);
	c = view_clean(t);
	free(t);
	return (c);
}

/* The text a headline row shows for an untitled article. */
char *
view_untitled(struct view *v, const struct store_article_row *r)
{
	struct store_issue *is;
	char		   *s, *nl;

	if (*r->title != '\0')
		return (view_row_text(v, r->title));
	if (*r->kicker != '\0')
		return (view_row_text(v, r->kicker));
	if (r->kind == PARSE_WEATHER) {
		is = view_issue_peek(v, v->isel);
		if (is != NULL && is->id == r->issue && *is->today != '\0') {
			xasprintf(&s, "天气 %s", is->today);
			nl = view_row_text(v, s);
			free(s);
			return (nl);
		}
		return (xstrdup("天气"));
	}
	if (r->lead != NULL && *r->lead != '\0') {
		s = xstrdup(r->lead);
		if ((nl = strchr(s, '\n')) != NULL)
			*nl = '\0';
		nl = view_row_text(v, s);
		free(s);
		return (nl);
	}
	return (xstrdup("(untitled)"));
}

static void
view_headlines_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb		  lb = VIEW_LB_INIT;
	struct store_article_row *r;
	struct view_hrow	 *hr;
	struct buf		  marks = BUF_INIT, t = BUF_INIT;
	enum theme_elem		  elem;
	size_t			  i;
	char			 *title;
	int			  bit, mw, room;

	if (v->mode != NULL) {
		v->mode->lines(v, l, w, h);
		return;
	}
	for (i = v->htop; i < v->nhrows && i < v->htop + (size_t)h; i++) {
		hr = &v->hrows[i];
		if (hr->art < 0) {
			view_lb_addf(&lb, THEME_PAGE, "第%d版", hr->page);
			view_lb_addf(&lb, THEME_COUNT, " · %d", hr->count);
			view_lb_done(&lb, l, 0, w, THEME_PAGE, 0);
			continue;
		}
		r = &v->arts[hr->art];
		elem = r->read ? THEME_READ : THEME_NORMAL;
		if (i == v->hsel)
			elem = v->focus == VIEW_HEADLINES ? THEME_SELECTED :
							    THEME_SELECTED_DIM;
		view_lb_add(&lb, r->starred ? "*" : " ", THEME_STAR);
		view_lb_add(&lb, view_kind_marker(r->kind), THEME_MARKER);
		view_lb_add(&lb, " ", elem);

		buf_truncate(&marks, 0);
		for (bit = 0; bit < STORE_TOPIC_MAX; bit++) {
			if ((r->topics & ((uint64_t)1 << bit)) &&
			    v->tmarks[bit][0] != '\0')
				buf_adds(&marks, v->tmarks[bit]);
		}
		mw = marks.len != 0 ? text_width(marks.data, marks.len) : 0;
		room = w - 4 - (mw > 0 ? mw + 1 : 0);
		if (room < 8 && mw > 0) {
			/* No room for marks: the title matters more. */
			mw = 0;
			room = w - 4;
		}
		title = view_untitled(v, r);
		buf_truncate(&t, 0);
		buf_add(&t, "", 0);
		room -= view_cut(&t, title, strlen(title), room);
		free(title);
		view_lb_add(&lb, buf_str(&t), elem);
		if (mw > 0) {
			buf_truncate(&t, 0);
			while (room-- > 0)
				buf_addc(&t, ' ');
			buf_addc(&t, ' ');
			view_lb_add(&lb, buf_str(&t), elem);
			view_lb_add(&lb, marks.data, THEME_TOPIC);
		}
		view_lb_done(&lb, l, 0, w, elem,
		    elem == THEME_SELECTED || elem == THEME_SELECTED_DIM);
	}
	buf_free(&marks);
	buf_free(&t);
}

static void
view_headlines_title(struct view *v, struct view_lb *lb, enum theme_elem elem)
{
	struct store_issue *is;
	char		   *name;

	if (v->mode != NULL) {
		v->mode->title(v, lb, elem);
		return;
	}
	if ((is = view_issue_peek(v, v->isel)) != NULL) {
		if (v->npapers > 1) {
			name = view_paper_label(is->paper_name);
			view_lb_addf(lb, elem, " %s", name);
			free(name);
		}
		name = view_clean(is->name);
		view_lb_addf(lb, elem, " %s · %d %s · %zu %s", name, is->npages,
		    is->npages == 1 ? "page" : "pages", v->narts,
		    v->narts == 1 ? "article" : "articles");
		free(name);
	}
}

const struct view_pane_ops view_pane_headlines = { "headlines",
	view_headlines_lines, view_headlines_title };
