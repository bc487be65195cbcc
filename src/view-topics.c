/*
 * The topic menu (t), a mode of the headline pane, and the topics the
 * filter is made of: the store's topics in the built-in rules' order,
 * numbered from 1, with the counts of the selected issue.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/text.h"
#include "kanbao/topic.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

/* The store's topics, in the built-in rules' order, counts of issue. */
void
view_topics_load(struct view *v)
{
	struct store_issue *is;
	struct topic_set   *ts;
	struct store_topic  t;
	int64_t		    issue = 0;
	size_t		    i, j;
	char		   *cause;
	int		    ki, kj;

	if (v->tfilter == 0 && (is = view_issue(v, v->isel)) != NULL)
		issue = is->id;
	else if (v->tfilter != 0 && v->isel < v->nfiss)
		issue = v->fiss[v->isel].id;
	if (v->topics != NULL && issue == v->topics_issue)
		return;
	store_topics_free(v->topics, v->ntopics);
	v->topics = NULL;
	v->ntopics = 0;
	v->topics_issue = issue;
	if (store_topics(v->store, issue, &v->topics, &v->ntopics, &cause) !=
	    0) {
		view_error(v, cause);
		return;
	}
	ts = topic_set_default();
	for (i = 1; i < v->ntopics; i++) {
		for (j = i; j > 0; j--) {
			ki = topic_set_find(ts, v->topics[j - 1].name);
			kj = topic_set_find(ts, v->topics[j].name);
			if (ki < 0)
				ki = TOPIC_MAX + v->topics[j - 1].bit;
			if (kj < 0)
				kj = TOPIC_MAX + v->topics[j].bit;
			if (ki <= kj)
				break;
			t = v->topics[j];
			v->topics[j] = v->topics[j - 1];
			v->topics[j - 1] = t;
		}
	}
	topic_set_free(ts);
}

/* Toggles topic number n (from 1) of the list. */
void
view_topic_toggle(struct view *v, int n)
{
	view_topics_load(v);
	if (n < 1 || (size_t)n > v->ntopics) {
		view_error(v,
		    xstrdup("no topic with that number (t lists "
			    "them)"));
		return;
	}
	view_filter_set(v, v->tfilter ^ ((uint64_t)1 << v->topics[n - 1].bit));
}

static void
view_topics_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb	    lb = VIEW_LB_INIT;
	struct store_topic *t;
	enum theme_elem	    elem;
	size_t		    i;
	int		    on;

	view_scroll_fix(v->msel, &v->mtop, h);
	for (i = v->mtop; i < v->ntopics && i < v->mtop + (size_t)h; i++) {
		t = &v->topics[i];
		elem = view_mode_elem(v, i);
		on = (v->tfilter >> t->bit) & 1;
		view_lb_addf(&lb, elem, "%s ", on ? "[x]" : "[ ]");
		if (i < 9)
			view_lb_addf(&lb, THEME_UNREAD, "%zu", i + 1);
		else
			view_lb_add(&lb, " ", elem);
		view_lb_addf(&lb, elem, " %s %s", t->label, t->name);
		view_lb_addf(&lb, THEME_COUNT, "  %lld", (long long)t->count);
		view_lb_done(&lb, l, 0, w, elem, elem != THEME_NORMAL);
	}
	if (v->ntopics == 0 && h > 0)
		view_line_text(l, "(no topics in the store)", 1, w, THEME_NOTE);
}

static size_t
view_topics_rows(struct view *v)
{
	return (v->ntopics);
}

static void
view_topics_title(struct view *v, struct view_lb *lb, enum theme_elem elem)
{
	(void)v;
	view_lb_add(lb, " Topics (number or Enter toggles, 0 clears)", elem);
}

static int
view_topics_key(struct view *v, enum view_cmd cmd)
{
	switch (cmd) {
	case VIEW_CMD_OPEN:
		view_topic_toggle(v, (int)v->msel + 1);
		return (0);
	case VIEW_CMD_ESCAPE:
	case VIEW_CMD_QUIT_BACK:
	case VIEW_CMD_BACK:
	case VIEW_CMD_TOPICS:
		view_mode_leave(v, v->mode_focus);
		return (0);
	case VIEW_CMD_STAR:
		return (view_cmd(v, VIEW_CMD_NONE)); /* not a menu's */
	case VIEW_CMD_COUNT:
		/* The menu keeps the number keys: they toggle. */
		if (v->arg > 0)
			view_topic_toggle(v, v->arg);
		return (0);
	default:
		return (-1);
	}
}

const struct view_mode view_mode_topics = {
	.name = "topics",
	.filter_bar = 1,
	.rows = view_topics_rows,
	.lines = view_topics_lines,
	.title = view_topics_title,
	.key = view_topics_key,
	.load = view_topics_load,
};
