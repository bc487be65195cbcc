/*
 * Jump by headline (: or J), a mode of the headline pane: a prompt whose
 * text (or its pinyin) narrows the headlines of the whole archive.  The
 * archive is read into the jump list a slice at a time, newest issues
 * first, so the first screen never waits for it; the rest comes in idle
 * time between keys.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/config.h"
#include "kanbao/jump.h"
#include "kanbao/pinyin.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

static int
view_jump_add(const struct store_title *t, void *arg)
{
	jump_add(arg, t);
	return (0);
}

/*
 * Reads more of the archive into the jump list, newest issues first, for
 * about VIEW_JUMP_SLICE ms: the first screen never waits for the whole
 * archive, and the rest comes in between keys (view_idle).
 */
static void
view_jump_load(struct view *v)
{
	double t0 = view_ms();
	char  *cause;

	if (v->jump == NULL)
		v->jump = jump_create();
	while (!v->jump_done && view_ms() - t0 < VIEW_JUMP_SLICE) {
		if (store_titles_each(v->store, v->jump_issues,
			VIEW_JUMP_ISSUES, view_jump_add, v->jump,
			&cause) != 0) {
			view_error(v, cause);
			v->jump_done = 1;
			break;
		}
		v->jump_issues += VIEW_JUMP_ISSUES;
		if ((int64_t)v->jump_issues >= v->nall)
			v->jump_done = 1;
	}
}

static void
view_jump_refresh(struct view *v)
{
	struct pinyin_query q;
	int		    pinyin = v->cfg != NULL ? v->cfg->pinyin : 1;

	if (v->jump == NULL)
		return;
	if (v->jhits == NULL)
		v->jhits = xreallocarray(NULL, VIEW_JUMP_MAX, sizeof *v->jhits);
	pinyin_query_init(&q, buf_str(&v->input));
	v->njhits =
	    jump_find(v->jump, &q, pinyin, v->jhits, VIEW_JUMP_MAX, &v->jall);
	v->msel = v->mtop = 0;
}

/* Forgets the jump list: it is read again from the store on next use. */
void
view_jump_drop(struct view *v)
{
	jump_free(v->jump);
	v->jump = NULL;
	free(v->jhits);
	v->jhits = NULL;
	v->njhits = 0;
	v->jall = 0;
	v->jump_issues = 0;
	v->jump_done = 0;
	v->jump_stale = 0;
}

void
view_jump_open(struct view *v)
{
	if (v->jump_stale && v->mode != &view_mode_jump)
		view_jump_drop(v); /* the store was read again since */
	view_jump_load(v);
	view_mode_enter(v, &view_mode_jump, NULL);
	view_prompt_open(v, &view_prompt_jump);
	view_jump_refresh(v);
}

static void
view_jump_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb	  lb = VIEW_LB_INIT;
	struct jump_entry e;
	struct jump_hit	 *jh;
	enum theme_elem	  elem;
	size_t		  i;
	char		 *date;

	view_scroll_fix(v->msel, &v->mtop, h);
	for (i = v->mtop; i < v->njhits && i < v->mtop + (size_t)h; i++) {
		jh = &v->jhits[i];
		jump_get(v->jump, jh->index, &e);
		elem = view_mode_elem(v, i);
		date = view_clean(view_date(e.date));
		view_lb_addf(&lb, THEME_DATE, "%s", date);
		free(date);
		if (e.paper != 0)
			view_paper_col(v, &lb, e.paper, THEME_DATE, w);
		view_lb_addf(&lb, THEME_COUNT, " %2d ", e.page);
		view_lb_match(&lb, e.title, jh->off, jh->len, elem);
		view_lb_done(&lb, l, 0, w, elem, 0);
	}
	if (v->njhits == 0 && h > 0)
		view_line_text(l,
		    v->jump != NULL && jump_count(v->jump) > 0 ?
			"(no headline matches)" :
			"(no headlines)",
		    1, w, THEME_NOTE);
}

static size_t
view_jump_rows(struct view *v)
{
	return (v->njhits);
}

static void
view_jump_title(struct view *v, struct view_lb *lb, enum theme_elem elem)
{
	view_lb_addf(lb, elem, " Jump: %zu%s headline%s", v->njhits,
	    v->jall ? "" : "+", v->njhits == 1 && v->jall ? "" : "s");
	if (!v->jump_done && v->nall > 0)
		view_lb_addf(lb, elem, " (reading: %lld%%)",
		    (long long)v->jump_issues * 100 / (long long)v->nall);
}

static int
view_jump_busy(const struct view *v)
{
	return (!v->jump_done);
}

static int
view_jump_idle(struct view *v)
{
	size_t sel = v->msel, top = v->mtop;

	view_jump_load(v);
	view_jump_refresh(v);
	/* New titles come after the ones shown: the selection stays. */
	if (sel < v->njhits) {
		v->msel = sel;
		v->mtop = top;
	}
	return (1);
}

const struct view_mode view_mode_jump = {
	.name = "jump",
	.rows = view_jump_rows,
	.lines = view_jump_lines,
	.title = view_jump_title,
	.busy = view_jump_busy,
	.idle = view_jump_idle,
};

/* Enter: opens the selected headline. */
static int
view_jump_enter(struct view *v, const char *text)
{
	struct jump_entry e;

	(void)text;
	if (v->njhits == 0 || v->msel >= v->njhits)
		return (0);
	jump_get(v->jump, v->jhits[v->msel].index, &e);
	view_mode_leave(v, VIEW_ARTICLE);
	view_goto_article(v, e.issue, e.id);
	view_layout(v, v->layout.cols, v->layout.lines);
	view_settle(v);
	return (0);
}

static void
view_jump_changed(struct view *v)
{
	view_jump_load(v);
	view_jump_refresh(v);
}

static void
view_jump_cancel(struct view *v)
{
	view_mode_leave(v, v->mode_focus);
}

const struct view_prompt view_prompt_jump = { 'J',
	"Jump to:", "   (pinyin or text; Enter opens, Esc goes back)",
	view_jump_enter, view_jump_changed, view_jump_cancel, NULL, 1 };
