/*
 * What the commands do: one function per row of the command table
 * (view-keys.c), and view_cmd() that runs them.  A mode may take a
 * command first (view_mode's key hook, in view_input()).
 */
#include <stdlib.h>

#include "kanbao/xmalloc.h"
#include "view-int.h"

void
view_move(struct view *v, enum view_pane p, long delta)
{
	long top;

	switch (p) {
	case VIEW_ISSUES:
		if (delta < 0 && (size_t)-delta > v->isel)
			view_select_issue(v, 0);
		else
			view_select_issue(v, (size_t)((long)v->isel + delta));
		break;
	case VIEW_HEADLINES:
		if (v->mode != NULL)
			view_mode_move(v, delta);
		else
			view_move_headline(v, delta);
		break;
	case VIEW_ARTICLE:
		view_article_load(v);
		top = (long)v->atop + delta;
		if (top < 0)
			top = 0;
		if ((size_t)top > view_article_maxtop(v))
			top = (long)view_article_maxtop(v);
		v->atop = (size_t)top;
		break;
	case VIEW_NPANES:
		break;
	}
}

long
view_page_step(struct view *v, enum view_pane p)
{
	long h = view_body_h(v, p);

	if (p == VIEW_ARTICLE && h > 2)
		return (h - 1); /* keep a line of context */
	return (h > 0 ? h : 1);
}

/* The count typed before the command, 1 if none. */
static long
view_count(const struct view *v)
{
	return (v->count > 0 ? v->count : 1);
}

int
view_cmd_down(struct view *v)
{
	view_move(v, v->focus, view_count(v));
	return (0);
}

int
view_cmd_up(struct view *v)
{
	view_move(v, v->focus, -view_count(v));
	return (0);
}

/* Space, PgDn: a screen down; at the end of an article, the next one. */
int
view_cmd_page_down(struct view *v)
{
	if (v->focus == VIEW_ARTICLE && v->art != NULL &&
	    v->atop >= view_article_maxtop(v))
		return (view_cmd_next_article(v));
	view_move(v, v->focus, view_count(v) * view_page_step(v, v->focus));
	return (0);
}

int
view_cmd_page_up(struct view *v)
{
	view_move(v, v->focus, -view_count(v) * view_page_step(v, v->focus));
	return (0);
}

/* Half a pane's rows, at least one. */
static long
view_half_step(struct view *v)
{
	long h = view_body_h(v, v->focus) / 2;

	return (h > 0 ? h : 1);
}

int
view_cmd_half_down(struct view *v)
{
	view_move(v, v->focus, view_count(v) * view_half_step(v));
	return (0);
}

int
view_cmd_half_up(struct view *v)
{
	view_move(v, v->focus, -view_count(v) * view_half_step(v));
	return (0);
}

/* g and G: the first and last row, or with a count row N of the pane. */
int
view_cmd_top(struct view *v)
{
	view_move(v, v->focus, -(long)(1L << 30));
	if (v->count > 1)
		view_move(v, v->focus, v->count - 1);
	return (0);
}

int
view_cmd_bottom(struct view *v)
{
	if (v->count > 0)
		return (view_cmd_top(v));
	view_move(v, v->focus, 1L << 30);
	return (0);
}

/* > and <: the next or previous article to read (hit, in a search). */
static int
view_cmd_article(struct view *v, int dir)
{
	long n;

	for (n = view_count(v); n > 0; n--) {
		if (v->mode != NULL && v->mode->selected != NULL)
			view_mode_move(v, dir); /* the next hit */
		else if (v->mode == NULL && view_next_article(v, dir) != 0)
			break;
	}
	return (0);
}

int
view_cmd_next_article(struct view *v)
{
	return (view_cmd_article(v, 1));
}

int
view_cmd_prev_article(struct view *v)
{
	return (view_cmd_article(v, -1));
}

/* m: the article read or unread again, by hand. */
int
view_cmd_toggle_read(struct view *v)
{
	struct store_article_row *r;

	if ((r = view_selected(v)) == NULL)
		return (0);
	view_set_read(v, r, !r->read);
	v->seen_id = r->id;
	v->seen_done = 1; /* not marked read again by itself */
	/* Said: nothing else on the screen may show it. */
	if (view_message(v) == NULL)
		view_set_notice(v, r->read ? "marked read" : "marked unread");
	return (0);
}

/* A: every article of the selected issue read. */
int
view_cmd_issue_read(struct view *v)
{
	struct store_issue *is;
	size_t		    i;
	char		   *cause, *msg;

	if ((is = view_issue(v, v->isel)) == NULL)
		return (0);
	if (store_issue_set_read(v->store, is->id, 1, &cause) != 0) {
		view_error(v, cause);
		return (0);
	}
	is->nunread = 0;
	view_headlines_load(v);
	for (i = 0; i < v->narts; i++)
		v->arts[i].read = 1;
	if (v->art != NULL)
		v->art->read = v->art->issue == is->id ? 1 : v->art->read;
	if (view_message(v) == NULL) {
		xasprintf(&msg, "%s: every article marked read", is->name);
		view_set_notice(v, msg);
		free(msg);
	}
	return (0);
}

/* A digit: one more digit of the count. */
int
view_cmd_count(struct view *v)
{
	if (v->count < VIEW_COUNT_MAX)
		v->count = v->count * 10 + v->arg;
	return (0);
}

/* h, Left and Backspace. */
int
view_cmd_left(struct view *v)
{
	if (v->focus > VIEW_ISSUES)
		view_set_focus(v, v->focus - 1);
	return (0);
}

/* l, Right and Enter. */
int
view_cmd_right(struct view *v)
{
	if (v->focus < VIEW_ARTICLE)
		view_set_focus(v, v->focus + 1);
	return (0);
}

int
view_cmd_next_pane(struct view *v)
{
	view_set_focus(v, (v->focus + 1) % VIEW_NPANES);
	return (0);
}

int
view_cmd_prev_pane(struct view *v)
{
	view_set_focus(v, (v->focus + VIEW_NPANES - 1) % VIEW_NPANES);
	return (0);
}

/*
 * Leaves the mode to focus, on the article its selection was on when the
 * issue list shows it (a search hit, a row of a list across issues): where
 * the reader went is where it stays.
 */
static void
view_mode_leave_here(struct view *v, enum view_pane focus)
{
	struct store_article_row *r = NULL;
	int64_t			  issue = 0, id = 0;

	if (v->mode != NULL && v->mode->selected != NULL &&
	    (r = v->mode->selected(v)) != NULL) {
		issue = r->issue;
		id = r->id;
	}
	view_mode_leave(v, focus);
	if (id != 0 && view_follow_article(v, issue, id) == 1)
		view_layout(v, v->layout.cols, v->layout.lines);
}

int
view_cmd_quit_back(struct view *v)
{
	if (v->focus == VIEW_HEADLINES && v->mode != NULL) {
		view_mode_leave_here(v, VIEW_HEADLINES);
		return (0);
	}
	if (v->focus == VIEW_ISSUES)
		return (VIEW_QUIT);
	view_set_focus(v, v->focus - 1);
	return (0);
}

int
view_cmd_quit(struct view *v)
{
	(void)v;
	return (VIEW_QUIT);
}

int
view_cmd_prev_issue(struct view *v)
{
	size_t was = v->isel;

	view_select_issue(v, v->isel + 1);
	if (v->isel == was && v->nissues > 0)
		view_notice(v, xstrdup("the oldest issue"));
	return (0);
}

int
view_cmd_next_issue(struct view *v)
{
	if (v->isel > 0)
		view_select_issue(v, v->isel - 1);
	else if (v->nissues > 0)
		view_notice(v, xstrdup("the newest issue"));
	return (0);
}

int
view_cmd_prev_page(struct view *v)
{
	view_page(v, -1);
	return (0);
}

int
view_cmd_next_page(struct view *v)
{
	view_page(v, 1);
	return (0);
}

/* n: the next match in a mode that has them, else the next unread. */
int
view_cmd_next_unread(struct view *v)
{
	if (v->mode != NULL && v->mode->next != NULL)
		v->mode->next(v, 1);
	else
		view_next_unread(v);
	return (0);
}

int
view_cmd_prev_match(struct view *v)
{
	if (v->mode != NULL && v->mode->next != NULL)
		v->mode->next(v, -1);
	else
		view_error(v, xstrdup("no search (/ starts one)"));
	return (0);
}

int
view_cmd_search(struct view *v)
{
	view_prompt_open(v, &view_prompt_search);
	return (0);
}

int
view_cmd_cmdline(struct view *v)
{
	view_prompt_open(v, &view_prompt_cmdline);
	return (0);
}

int
view_cmd_jump(struct view *v)
{
	view_jump_open(v);
	return (0);
}

/* Toggles topic N, the count (in the menu: the topic selected). */
int
view_cmd_topic(struct view *v)
{
	if (v->count > 0)
		view_topic_toggle(v, (int)v->count);
	else if (v->mode == &view_mode_topics)
		view_topic_toggle(v, (int)v->msel + 1);
	else
		view_error(v,
		    xstrdup("which topic? type its number first "
			    "(t lists them)"));
	return (0);
}

int
view_cmd_topic_clear(struct view *v)
{
	if (v->tfilter != 0)
		view_filter_set(v, 0);
	return (0);
}

int
view_cmd_topics(struct view *v)
{
	view_topics_load(v);
	view_mode_enter(v, &view_mode_topics, NULL);
	return (0);
}

int
view_cmd_weather(struct view *v)
{
	view_mode_enter(v, &view_mode_weather, NULL);
	v->msel = v->isel;
	view_scroll_fix(v->msel, &v->mtop,
	    view_body_h(v, VIEW_HEADLINES) - view_mode_head(v));
	return (0);
}

int
view_cmd_continue(struct view *v)
{
	view_continue(v);
	return (0);
}

int
view_cmd_escape(struct view *v)
{
	if (v->mode != NULL)
		view_mode_leave_here(v,
		    v->mode == &view_mode_search && v->focus == VIEW_ARTICLE ?
			VIEW_ARTICLE :
			v->mode_focus);
	return (0);
}

/* s: the article starred or not, said as m says read or unread. */
int
view_cmd_star(struct view *v)
{
	struct store_article_row *r;

	if ((r = view_selected(v)) == NULL)
		return (0);
	view_star(v);
	if (view_message(v) == NULL)
		view_set_notice(v, r->starred ? "starred" : "unstarred");
	return (0);
}

int
view_cmd_theme(struct view *v)
{
	(void)v;
	return (VIEW_THEME);
}

int
view_cmd_redraw(struct view *v)
{
	(void)v;
	return (VIEW_REDRAW);
}

int
view_cmd_help(struct view *v)
{
	v->help = 1;
	v->help_top = 0;
	return (0);
}

int
view_cmd(struct view *v, enum view_cmd cmd)
{
	const struct view_command *c;
	int			   rc = 0;

	if (cmd != VIEW_CMD_NONE && v->error != NULL) {
		free(v->error);
		v->error = NULL;
	}
	if (cmd != VIEW_CMD_COUNT && (v->help || view_welcome(v)))
		v->count = 0;
	if (v->help)
		return (view_help_key(v, cmd));
	if (view_welcome(v)) {
		switch (cmd) {
		case VIEW_CMD_QUIT:
		case VIEW_CMD_QUIT_BACK:
			return (VIEW_QUIT);
		case VIEW_CMD_HELP:
		case VIEW_CMD_THEME:
		case VIEW_CMD_REDRAW:
		case VIEW_CMD_RELOAD: /* the first pages may be in */
			break;
		default:
			return (0);
		}
		return (view_command_find(cmd)->fn(v));
	}
	if ((c = view_command_find(cmd)) != NULL && c->fn != NULL)
		rc = c->fn(v);
	if (cmd != VIEW_CMD_COUNT)
		v->count = 0;
	view_settle(v);
	view_load(v);
	return (rc);
}
