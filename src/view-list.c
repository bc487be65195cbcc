/*
 * Lists across issues (S starred, U unread, :list), a mode of the
 * headline pane, as newsboat's query feeds and NeoMutt's limit: the
 * articles of every issue chosen by star, read state, topic and a range
 * of dates, newest first, read from the store a slice at a time between
 * keys like the search hits.
 *
 *	:list starred			:list unread --topic investment
 *	:list articles --topic investment --date 2024-03
 *	:list articles --date 2024-03-01..2024-03-15
 *
 * --topic and --date are those of kanbao list articles; a date may be a
 * year, a month, a day or FROM..TO.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/store-list.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

#define VIEW_LIST_CHUNK 64 /* rows read at a time */

/* The mode's own state, the view's mdata while it is on. */
struct view_list {
	struct store_list	  lquery; /* the selection */
	char			 *lname;  /* its title */
	struct store_article_row *lrows;  /* read so far */
	size_t			  nlrows;
	int			  ldone;    /* every row read */
	size_t			  lsel;	    /* selection being read to */
	int			  lpending; /* lsel not reached yet */
};

/* Frees the state (the mode's leave). */
static void
view_list_clear(struct view *v)
{
	struct view_list *L = v->mdata;

	if (L == NULL)
		return;
	store_articles_free(L->lrows, L->nlrows);
	free(L->lname);
	free(L);
	v->mdata = NULL;
}

static int
view_list_add(const struct store_article_row *r, void *arg)
{
	struct view		 *v = arg;
	struct view_list	 *L = v->mdata;
	struct store_article_row *c;

	L->lrows = xreallocarray(L->lrows, L->nlrows + 1, sizeof *L->lrows);
	c = &L->lrows[L->nlrows++];
	*c = *r;
	c->date = xstrdup(r->date);
	c->kicker = xstrdup(r->kicker);
	c->title = xstrdup(r->title);
	c->lead = xstrdup(r->lead != NULL ? r->lead : "");
	return (0);
}

/* Reads rows until there are want, for a slice of time when timed. */
static void
view_list_read(struct view *v, size_t want, int timed)
{
	struct view_list *L = v->mdata;
	double		  t0 = view_ms();
	size_t		  before;
	char		 *cause;

	while (!L->ldone && L->nlrows < want) {
		before = L->nlrows;
		if (store_list_each(v->store, &L->lquery, L->nlrows,
			VIEW_LIST_CHUNK, view_list_add, v, &cause) != 0) {
			view_error(v, cause);
			L->ldone = 1;
			break;
		}
		if (L->nlrows - before < VIEW_LIST_CHUNK)
			L->ldone = 1;
		if (timed && view_ms() - t0 >= VIEW_JUMP_SLICE)
			break;
	}
}

static void
view_list_fetch(struct view *v, size_t sel, int h)
{
	struct view_list *L = v->mdata;
	size_t		  want = sel + (size_t)(h > 0 ? h : 1) + 1;

	if (want < sel)
		want = SIZE_MAX;
	view_list_read(v, want, 1);
	L->lsel = sel;
	L->lpending = !L->ldone && L->nlrows <= sel;
}

static void
view_list_load(struct view *v)
{
	view_list_read(v, v->mtop + (size_t)view_body_h(v, VIEW_HEADLINES) + 1,
	    0);
}

static int
view_list_busy(const struct view *v)
{
	struct view_list *L = v->mdata;

	return (L->lpending);
}

static int
view_list_idle(struct view *v)
{
	struct view_list *L = v->mdata;
	int		  h = view_body_h(v, VIEW_HEADLINES);

	view_list_fetch(v, L->lsel, h);
	if (L->nlrows > 0) {
		v->msel = L->lsel < L->nlrows ? L->lsel : L->nlrows - 1;
		view_scroll_fix(v->msel, &v->mtop, h);
	}
	return (1);
}

static size_t
view_list_rows(struct view *v)
{
	struct view_list *L = v->mdata;

	return (L->nlrows);
}

static struct store_article_row *
view_list_selected(struct view *v)
{
	struct view_list *L = v->mdata;

	return (v->msel < L->nlrows ? &L->lrows[v->msel] : NULL);
}

static void
view_list_next(struct view *v, int dir)
{
	view_mode_move(v, dir);
}

static void
view_list_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_list	 *L = v->mdata;
	struct view_lb		  lb = VIEW_LB_INIT;
	struct store_article_row *r;
	enum theme_elem		  elem;
	size_t			  i;
	char			 *title;

	view_scroll_fix(v->msel, &v->mtop, h);
	for (i = v->mtop; i < L->nlrows && i < v->mtop + (size_t)h; i++) {
		r = &L->lrows[i];
		elem = view_mode_elem(v, i);
		if (elem == THEME_NORMAL && r->read)
			elem = THEME_READ;
		title = view_untitled(v, r);
		view_lb_add(&lb, r->starred ? "*" : " ", THEME_STAR);
		view_lb_addf(&lb, THEME_DATE, "%s", view_date(r->date));
		view_paper_col(v, &lb, r->paper, THEME_DATE, w);
		view_lb_addf(&lb, THEME_COUNT, " %2d ", r->page);
		view_lb_add(&lb, title, elem);
		free(title);
		view_lb_done(&lb, l, 0, w, elem,
		    elem == THEME_SELECTED || elem == THEME_SELECTED_DIM);
	}
	if (L->nlrows == 0 && h > 0)
		view_line_text(l, "(no articles)", 1, w, THEME_NOTE);
}

static void
view_list_title(struct view *v, struct view_lb *lb, enum theme_elem elem)
{
	struct view_list *L = v->mdata;

	view_lb_addf(lb, elem, " %s: %zu%s %s", L->lname, L->nlrows,
	    L->ldone ? "" : "+",
	    L->nlrows == 1 && L->ldone ? "article" : "articles");
}

/* The list's own --topic: the topic filter does not choose its rows. */
static uint64_t
view_list_topics(const struct view *v)
{
	const struct view_list *L = v->mdata;

	return (L->lquery.topics);
}

/* Esc while rows are still coming for G or a count: stop there. */
static int
view_list_key(struct view *v, enum view_cmd cmd)
{
	struct view_list *L = v->mdata;

	if (cmd != VIEW_CMD_ESCAPE || !L->lpending)
		return (-1);
	L->lpending = 0;
	view_notice(v, xstrdup("stopped: the articles so far"));
	return (0);
}

const struct view_mode view_mode_list = {
	.name = "list",
	.rows = view_list_rows,
	.fetch = view_list_fetch,
	.lines = view_list_lines,
	.title = view_list_title,
	.key = view_list_key,
	.selected = view_list_selected,
	.next = view_list_next,
	.load = view_list_load,
	.leave = view_list_clear,
	.busy = view_list_busy,
	.idle = view_list_idle,
	.topics = view_list_topics,
};

/* The topic bit of name (or label), from the topics the store has. */
static int
view_list_topic(struct view *v, const char *name, uint64_t *mask)
{
	size_t i;

	view_topics_load(v);
	for (i = 0; i < v->ntopics; i++) {
		if (strcmp(v->topics[i].name, name) == 0 ||
		    strcmp(v->topics[i].label, name) == 0) {
			*mask |= (uint64_t)1 << v->topics[i].bit;
			return (0);
		}
	}
	return (-1);
}

/*
 * Opens the list args selects (":list ..."): starred, unread or articles,
 * then --topic T (again for more topics) and --date D.
 */
int
view_list_open(struct view *v, const char *args)
{
	struct view_list *L;
	struct store_list q;
	struct buf	  name = BUF_INIT;
	char		 *copy = xstrdup(args), *w, *next, *msg = NULL;

	memset(&q, 0, sizeof q);
	w = strtok_r(copy, " ", &next);
	if (w != NULL && strcmp(w, "starred") == 0) {
		q.starred = 1;
		buf_adds(&name, "Starred");
	} else if (w != NULL && strcmp(w, "unread") == 0) {
		q.unread = 1;
		buf_adds(&name, "Unread");
	} else if (w != NULL && strcmp(w, "articles") == 0)
		buf_adds(&name, "Articles");
	else
		msg = xstrdup("expected: list starred|unread|articles "
			      "[--topic T] [--date D]");
	while (msg == NULL && (w = strtok_r(NULL, " ", &next)) != NULL) {
		if (strcmp(w, "--topic") == 0 &&
		    (w = strtok_r(NULL, " ", &next)) != NULL) {
			if (view_list_topic(v, w, &q.topics) != 0)
				xasprintf(&msg, "no topic %s", w);
			buf_printf(&name, " %s", w);
		} else if (strcmp(w, "--date") == 0 &&
		    (w = strtok_r(NULL, " ", &next)) != NULL) {
			if (store_list_dates(w, q.from, q.to) != 0)
				xasprintf(&msg,
				    "not a date or range: %s (YYYY,"
				    " YYYY-MM, YYYY-MM-DD, FROM..TO)",
				    w);
			buf_printf(&name, " %s", w);
		} else
			xasprintf(&msg, "unknown word in list: %s", w);
	}
	free(copy);
	if (msg != NULL) {
		buf_free(&name);
		view_error(v, msg);
		return (0);
	}
	if (v->mode == &view_mode_list)
		view_list_clear(v);
	/* Made before entering: entering loads the first screen. */
	L = xcalloc(1, sizeof *L);
	L->lquery = q;
	buf_add(&name, "", 0);
	L->lname = buf_detach(&name);
	view_mode_enter(v, &view_mode_list, L);
	view_list_read(v, (size_t)view_body_h(v, VIEW_HEADLINES) + 1, 0);
	if (L->nlrows == 0 && v->error == NULL)
		view_error(v, xstrdup("no articles in that list"));
	return (0);
}

int
view_cmd_list_starred(struct view *v)
{
	return (view_list_open(v, "starred"));
}

int
view_cmd_list_unread(struct view *v)
{
	return (view_list_open(v, "unread"));
}
