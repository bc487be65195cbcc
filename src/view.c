/*
 * The reader's model (see view.h): creating it, laying the panes out at a
 * terminal size, turning a key into a command, the modes of the headline
 * pane coming and going, and handing the panes' lines out.  What is in
 * each pane, what the commands do and each mode live in files of their
 * own (view-int.h lists them).
 *
 * Invariants:
 *  - every line handed out is sanitised and no wider than its pane; the
 *    ui only copies it;
 *  - the issue list is a window of store rows, the headline list one
 *    issue's rows, the article one article laid out at one width:
 *    nothing else is loaded.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kanbao/config.h"
#include "kanbao/history.h"
#include "kanbao/jump.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

int
view_body_h(const struct view *v, enum view_pane p)
{
	const struct view_layout *L = &v->layout;
	int			  i;

	for (i = 0; i < L->npanes; i++) {
		if (L->pane[i] == p)
			return (L->rect[i].h - (L->titled ? 1 : 0));
	}
	/* A hidden pane scrolls as if it were full height. */
	return (L->lines > 2 ? L->lines - 2 : 1);
}

int
view_pane_w(const struct view *v, enum view_pane p)
{
	const struct view_layout *L = &v->layout;
	int			  i;

	for (i = 0; i < L->npanes; i++) {
		if (L->pane[i] == p)
			return (L->rect[i].w);
	}
	return (0);
}

/* Keeps sel on screen: adjusts *top for a pane h rows high. */
void
view_scroll_fix(size_t sel, size_t *top, int h)
{
	if (h < 1)
		h = 1;
	if (sel < *top)
		*top = sel;
	else if (sel >= *top + (size_t)h)
		*top = sel - (size_t)h + 1;
}

/*
 * The same, and no blank rows under a list of n rows that could show more:
 * after a terminal grows, the screen is the one a fresh start would show.
 */
static void
view_scroll_fit(size_t sel, size_t *top, int h, size_t n)
{
	if (h < 1)
		h = 1;
	if (n <= (size_t)h)
		*top = 0;
	else if (*top > n - (size_t)h)
		*top = n - (size_t)h;
	view_scroll_fix(sel, top, h);
}

struct view *
view_create(struct store *store, const char *message)
{
	struct view *v;

	v = xcalloc(1, sizeof *v);
	v->store = store;
	if (message != NULL)
		v->message = xstrdup(message);
	v->focus = VIEW_ISSUES;
	v->hist = history_create();
	return (v);
}

void
view_set_store_path(struct view *v, const char *path)
{
	free(v->store_path);
	v->store_path = path != NULL ? xstrdup(path) : NULL;
}

void
view_set_config(struct view *v, const struct config *cfg)
{
	v->cfg = cfg;
	v->awidth = -1; /* lay the article out again */
	if (cfg != NULL && cfg->error != NULL)
		view_set_error(v, cfg->error);
	view_load(v);
}

enum view_cmd
view_key(const struct view *v, const char *name)
{
	enum view_cmd cmd;

	if (config_key(v->cfg, name, &cmd))
		return (cmd);
	return (view_key_lookup(name));
}

void
view_free(struct view *v)
{
	int i;

	if (v == NULL)
		return;
	free(v->message);
	free(v->store_path);
	free(v->error);
	store_issues_free(v->iwin.v, v->iwin.n);
	store_issues_free(v->wwin.v, v->wwin.n);
	memset(&v->wwin, 0, sizeof v->wwin); /* the weather's leave below */
	store_articles_free(v->arts, v->narts);
	free(v->hrows);
	store_article_free(v->art);
	view_lines_free(&v->alines);
	buf_free(&v->input);
	history_free(v->hist);
	config_free(v->cfg_own);
	free(v->theme_want);
	if (v->mode != NULL && v->mode->leave != NULL)
		v->mode->leave(v); /* its own state */
	free(v->hist_path);
	free(v->hist_draft);
	free(v->prompt_hint);
	store_issues_free(v->fiss, v->nfiss);
	store_papers_free(v->papers, v->npapers);
	store_topics_free(v->topics, v->ntopics);
	jump_free(v->jump);
	free(v->jhits);
	view_hits_clear(v);
	for (i = 0; i < VIEW_NPANES; i++) {
		view_lines_free(&v->lines[i]);
		view_lines_free(&v->titles[i]);
	}
	view_lines_free(&v->status);
	view_lines_free(&v->filterl);
	view_lines_free(&v->welcome);
	view_lines_free(&v->helpl);
	store_close(v->store_own); /* last: the view's state may use it */
	free(v);
}

/*
 * The status line's message (owned from here; NULL: none): something that
 * failed or was refused, drawn in the error style.
 */
void
view_error(struct view *v, char *cause)
{
	free(v->error);
	v->error = cause;
	v->notice = 0;
}

/*
 * The same for news: what a key did (starred, marked read, the theme), or
 * an end it reached (the newest issue, the last hit), drawn in the status
 * line's own style.
 */
void
view_notice(struct view *v, char *msg)
{
	view_error(v, msg);
	v->notice = msg != NULL;
}

void
view_layout(struct view *v, int cols, int lines)
{
	struct view_layout *L = &v->layout;
	int		    h, rest, w0, i;

	memset(L, 0, sizeof *L);
	L->cols = cols > 0 ? cols : 0;
	L->lines = lines > 0 ? lines : 0;
	view_start(v);
	if (L->cols == 0 || L->lines == 0)
		return;
	h = L->lines;
	if (L->lines >= 2) {
		L->status.x = 0;
		L->status.y = L->lines - 1;
		L->status.w = L->cols;
		L->status.h = 1;
		h--;
	}
	if ((v->tfilter != 0 || (v->mode != NULL && v->mode->filter_bar)) &&
	    h >= 6) {
		L->filter.x = 0;
		L->filter.y = h - 1;
		L->filter.w = L->cols;
		L->filter.h = 1;
		h--;
	}
	L->titled = h >= 4;
	if (L->cols >= VIEW_THREE_COLS) {
		L->npanes = 3;
		L->pane[0] = VIEW_ISSUES;
		L->pane[1] = VIEW_HEADLINES;
		L->pane[2] = VIEW_ARTICLE;
		/*
		 * Wide enough for its paper column too, so that the
		 * weather still fits beside it.
		 */
		w0 = VIEW_ISSUES_W + (v->paper_w > 0 ? v->paper_w + 1 : 0);
		rest = L->cols - w0 - 2;
		L->rect[0].w = w0;
		L->rect[1].w = rest * 2 / 5;
		L->rect[2].w = rest - rest * 2 / 5;
	} else if (L->cols >= VIEW_TWO_COLS) {
		L->npanes = 2;
		L->pane[0] =
		    v->focus == VIEW_ISSUES ? VIEW_ISSUES : VIEW_HEADLINES;
		L->pane[1] = L->pane[0] + 1;
		w0 = (L->cols - 1) * 2 / 5;
		L->rect[0].w = w0;
		L->rect[1].w = L->cols - 1 - w0;
	} else {
		L->npanes = 1;
		L->pane[0] = v->focus;
		L->rect[0].w = L->cols;
	}
	for (i = 0; i < L->npanes; i++) {
		L->rect[i].x = i == 0 ? 0 : L->sep[i - 1] + 1;
		L->rect[i].y = 0;
		L->rect[i].h = h;
		L->sep[i] = L->rect[i].x + L->rect[i].w;
	}
	if (v->store != NULL && v->nissues > 0) {
		view_scroll_fit(v->isel, &v->itop, view_body_h(v, VIEW_ISSUES),
		    (size_t)v->nissues);
		view_scroll_fit(v->hsel, &v->htop,
		    view_body_h(v, VIEW_HEADLINES), v->nhrows);
	}
	view_load(v);
}

/*
 * Loads what the screen will show: the issue rows on screen, the selected
 * issue's headlines, the article in the article pane, the topics when the
 * filter shows, and the mode's rows.  Every entry point that changes the
 * view ends here, so drawing (view_pane_lines() and the rest) only reads.
 */
void
view_load(struct view *v)
{
	int h;

	if (v->store == NULL || !v->started || v->nissues == 0)
		return;
	h = view_body_h(v, VIEW_ISSUES);
	(void)view_issue(v, v->itop);
	(void)view_issue(v, v->itop + (size_t)(h > 1 ? h - 1 : 0));
	(void)view_issue(v, v->isel);
	view_headlines_load(v);
	if (view_pane_w(v, VIEW_ARTICLE) > 0)
		view_article_load(v);
	if (v->tfilter != 0 || (v->mode != NULL && v->mode->filter_bar))
		view_topics_load(v);
	if (v->mode != NULL && v->mode->load != NULL)
		v->mode->load(v);
}

char *
view_theme_take(struct view *v)
{
	char *name = v->theme_want;

	v->theme_want = NULL;
	return (name);
}

void
view_set_history(struct view *v, const char *path)
{
	char *cause;

	free(v->hist_path);
	v->hist_path = path != NULL ? xstrdup(path) : NULL;
	if (path != NULL && history_load(v->hist, path, &cause) != 0)
		view_error(v, cause);
}

void
view_set_place(struct view *v, const struct place *pl)
{
	if (pl->pane < VIEW_ISSUES || pl->pane > VIEW_ARTICLE)
		return;
	v->place = *pl;
	v->place_want = 1;
}

int
view_get_place(struct view *v, struct place *pl)
{
	struct store_issue	 *is;
	struct store_article_row *r;

	if (v->store == NULL || !v->started ||
	    (is = view_issue_peek(v, v->isel)) == NULL)
		return (-1);
	memset(pl, 0, sizeof *pl);
	pl->issue = is->id;
	pl->issue_sum = place_sum(is->name);
	if (v->hissue == is->id && view_is_article(v, v->hsel)) {
		r = &v->arts[v->hrows[v->hsel].art];
		pl->article = r->id;
		pl->article_sum = place_sum(r->title);
	}
	pl->pane = (int)(v->mode != NULL ? v->mode_focus : v->focus);
	/* The newest the reader has shown, not what came since. */
	memcpy(pl->newest, v->newest, sizeof pl->newest);
	return (0);
}

void
view_set_error(struct view *v, const char *msg)
{
	view_error(v, xstrdup(msg));
}

void
view_set_notice(struct view *v, const char *msg)
{
	view_notice(v, xstrdup(msg));
}

const struct view_layout *
view_get_layout(const struct view *v)
{
	return (&v->layout);
}

enum view_pane
view_focus(const struct view *v)
{
	return (v->focus);
}

int
view_help_shown(const struct view *v)
{
	return (v->help);
}

const char *
view_message(const struct view *v)
{
	return (v->error);
}

int
view_welcome(const struct view *v)
{
	return (v->store == NULL || (v->started && v->nissues == 0));
}

int64_t
view_article_id(const struct view *v)
{
	struct store_article_row *r;

	if (v->mode != NULL && v->mode->selected != NULL) {
		/* The hook only reads; the view is not changed. */
		r = v->mode->selected((struct view *)v);
		return (r != NULL ? r->id : 0);
	}
	if (!view_is_article(v, v->hsel))
		return (0);
	return (v->arts[v->hrows[v->hsel].art].id);
}

size_t
view_article_pos(const struct view *v, size_t *n)
{
	if (v->mode != NULL && v->mode->selected != NULL) {
		*n = v->mode->rows((struct view *)v);
		return (v->msel < *n ? v->msel + 1 : 0);
	}
	*n = v->narts;
	if (!view_is_article(v, v->hsel))
		return (0);
	return ((size_t)v->hrows[v->hsel].art + 1);
}

void
view_set_focus(struct view *v, enum view_pane p)
{
	if (p == v->focus)
		return;
	v->focus = p;
	/* Two panes and stacked layouts depend on the focus. */
	view_layout(v, v->layout.cols, v->layout.lines);
}

/* The rows a mode's list has (jump, search, topics, weather). */
size_t
view_mode_rows(struct view *v)
{
	return (v->mode != NULL ? v->mode->rows(v) : 0);
}

/* Rows above a mode's list in the headline pane (the weather's lines). */
int
view_mode_head(const struct view *v)
{
	return (
	    v->mode != NULL && v->mode->head != NULL ? v->mode->head(v) : 0);
}

/* Enters mode m with its state data (NULL: none), leaving the last one. */
void
view_mode_enter(struct view *v, const struct view_mode *m, void *data)
{
	if (v->mode == NULL)
		v->mode_focus = v->focus;
	else if (v->mode != m && v->mode->leave != NULL)
		v->mode->leave(v);
	v->mode = m;
	v->mdata = data;
	v->msel = v->mtop = 0;
	v->focus = VIEW_HEADLINES;
	view_layout(v, v->layout.cols, v->layout.lines);
}

void
view_mode_leave(struct view *v, enum view_pane focus)
{
	if (v->mode != NULL && v->mode->leave != NULL)
		v->mode->leave(v);
	v->mode = NULL;
	v->prompt = NULL;
	v->focus = focus;
	view_layout(v, v->layout.cols, v->layout.lines);
}

/* Moves a mode's selection by delta, fetching more rows first. */
void
view_mode_move(struct view *v, long delta)
{
	size_t n, sel;
	int    h = view_body_h(v, VIEW_HEADLINES) - view_mode_head(v);

	if (delta < 0 && (size_t)-delta > v->msel)
		sel = 0;
	else
		sel = (size_t)((long)v->msel + delta);
	if (v->mode->fetch != NULL && delta > 0)
		v->mode->fetch(v, sel, h);
	if ((n = view_mode_rows(v)) == 0)
		return;
	if (sel >= n)
		sel = n - 1;
	v->msel = sel;
	view_scroll_fix(v->msel, &v->mtop, h);
}

/* A mode row's style: selected or not. */
enum theme_elem
view_mode_elem(const struct view *v, size_t i)
{
	if (i != v->msel)
		return (THEME_NORMAL);
	return (
	    v->focus == VIEW_HEADLINES ? THEME_SELECTED : THEME_SELECTED_DIM);
}

double
view_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e3 + ts.tv_nsec / 1e6);
}

int
view_busy(const struct view *v)
{
	return (
	    (v->mode != NULL && v->mode->busy != NULL && v->mode->busy(v)) ||
	    (v->tfilter != 0 && !v->fdone));
}

int
view_idle(struct view *v)
{
	int rc;

	/* Pages imported beside the reader, while the user is idle. */
	if (view_poll(v))
		return (1);
	/* An article shown long enough in the article pane is read. */
	if (view_settle_due(v)) {
		view_settle(v);
		view_load(v);
		return (1);
	}
	if (!view_busy(v))
		return (0);
	if (v->tfilter != 0 && !v->fdone) {
		view_filter_more(v, 1);
		view_load(v);
		return (1);
	}
	rc = v->mode->idle(v);
	view_load(v);
	return (rc);
}

int
view_input(struct view *v, const char *name)
{
	enum view_cmd cmd;
	int	      rc;

	v->key_at = view_ms();
	if (name == NULL)
		return (view_cmd(v, VIEW_CMD_NONE));
	if (v->prompt != NULL && !v->help) {
		rc = view_prompt_key(v, name);
		view_load(v);
		return (rc);
	}
	cmd = view_key(v, name);
	if (v->help || view_welcome(v))
		return (view_cmd(v, cmd));
	v->arg = name[0] >= '0' && name[0] <= '9' && name[1] == '\0' ?
	    name[0] - '0' :
	    0;
	/* 0 after a digit is part of the count (10G), not its own key. */
	if (v->count > 0 && strcmp(name, "0") == 0)
		cmd = VIEW_CMD_COUNT;
	if (v->mode != NULL && v->mode->key != NULL) {
		free(v->error);
		v->error = NULL;
		if ((rc = v->mode->key(v, cmd)) != -1) {
			view_load(v);
			return (rc);
		}
	}
	return (view_cmd(v, cmd));
}

/* The pane at screen column x, or -1; its rectangle in *r. */
static int
view_pane_at(const struct view *v, int x, int y, struct view_rect *r)
{
	const struct view_layout *L = &v->layout;
	int			  i;

	for (i = 0; i < L->npanes; i++) {
		*r = L->rect[i];
		if (x >= r->x && x < r->x + r->w && y >= r->y &&
		    y < r->y + r->h)
			return ((int)L->pane[i]);
	}
	return (-1);
}

static int
view_wheel_at(struct view *v, int x, int y, int dir)
{
	struct view_rect r;
	int		 p;

	if (v->help) {
		/* The wheel scrolls the help; view_help_box() clamps it. */
		v->help_top = dir < 0 && v->help_top < VIEW_WHEEL ?
		    0 :
		    (size_t)((long)v->help_top + dir * VIEW_WHEEL);
		return (0);
	}
	if (v->help || view_welcome(v))
		return (view_cmd(v, VIEW_CMD_NONE));
	if ((p = view_pane_at(v, x, y, &r)) == -1)
		return (0);
	view_move(v, (enum view_pane)p, dir * VIEW_WHEEL);
	view_settle(v);
	return (0);
}

static int
view_click_at(struct view *v, int x, int y)
{
	struct view_rect r;
	size_t		 row;
	int		 p, body;

	if (v->help) {
		v->help = 0;
		return (0);
	}
	if (view_welcome(v) || (p = view_pane_at(v, x, y, &r)) == -1)
		return (0);
	body = y - r.y - (v->layout.titled ? 1 : 0);
	if (p == VIEW_ISSUES && body >= 0) {
		row = v->itop + (size_t)body;
		if ((int64_t)row < v->nissues) {
			if (row == v->isel && v->focus == VIEW_ISSUES) {
				view_set_focus(v, VIEW_HEADLINES);
				return (0);
			}
			view_select_issue(v, row);
		}
	} else if (p == VIEW_HEADLINES && body >= 0 && v->mode != NULL) {
		if (body >= view_mode_head(v)) {
			row = v->mtop + (size_t)(body - view_mode_head(v));
			if (row < view_mode_rows(v))
				v->msel = row;
		}
	} else if (p == VIEW_HEADLINES && body >= 0) {
		row = v->htop + (size_t)body;
		if (view_is_article(v, row)) {
			if (row == v->hsel) {
				view_set_focus(v, VIEW_ARTICLE);
				view_settle(v);
				return (0);
			}
			v->hsel = row;
		}
	}
	view_set_focus(v, (enum view_pane)p);
	view_settle(v);
	return (0);
}

int
view_wheel(struct view *v, int x, int y, int dir)
{
	int rc;

	v->key_at = view_ms();
	rc = view_wheel_at(v, x, y, dir);

	view_load(v);
	return (rc);
}

int
view_click(struct view *v, int x, int y)
{
	int rc;

	v->key_at = view_ms();
	rc = view_click_at(v, x, y);

	view_load(v);
	return (rc);
}

static const struct view_pane_ops *const view_panes[VIEW_NPANES] = {
	[VIEW_ISSUES] = &view_pane_issues,
	[VIEW_HEADLINES] = &view_pane_headlines,
	[VIEW_ARTICLE] = &view_pane_article,
};

size_t
view_pane_lines(struct view *v, enum view_pane p, const struct view_line **out)
{
	struct view_lines *l = &v->lines[p];
	int		   w;

	view_lines_clear(l);
	*out = NULL;
	if ((w = view_pane_w(v, p)) <= 0 || view_welcome(v))
		return (0);
	view_panes[p]->lines(v, l, w, view_body_h(v, p));
	*out = l->v;
	return (l->n);
}

const struct view_line *
view_pane_title(struct view *v, enum view_pane p)
{
	struct view_lines *l = &v->titles[p];
	struct view_lb	   lb = VIEW_LB_INIT;
	enum theme_elem	   elem;

	view_lines_clear(l);
	elem = v->focus == p ? THEME_TITLE_FOCUS : THEME_TITLE;
	view_panes[p]->title(v, &lb, elem);
	return (view_lb_done(&lb, l, 0, view_pane_w(v, p), elem, 0));
}
