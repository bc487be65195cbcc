/*
 * The lines that are not a pane's: the status line (a message, a prompt,
 * or where the reader is), the topic filter bar and the welcome screen.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

/*
 * The prompt: its label, the text typed with the cursor (the character
 * under it drawn as ordinary text, or _ at the end), and a hint.
 */
static const struct view_line *
view_status_prompt(struct view *v, struct view_lines *l)
{
	struct view_lb lb = VIEW_LB_INIT;
	char	      *s, *c;
	size_t	       n;
	uint32_t       cp;

	view_lb_addf(&lb, THEME_STATUS, " %s ", v->prompt->label);
	s = xstrndup(v->input.data, v->icur);
	view_lb_match(&lb, s, 0, 0, THEME_STATUS);
	free(s);
	if (v->icur < v->input.len) {
		n = text_utf8_next(v->input.data + v->icur,
		    v->input.len - v->icur, &cp);
		s = xstrndup(v->input.data + v->icur, n);
		c = view_clean(s);
		/* The status line's opposite: the cursor stands out. */
		view_lb_add(&lb, c, THEME_NORMAL);
		free(c);
		free(s);
		view_lb_match(&lb, v->input.data + v->icur + n, 0, 0,
		    THEME_STATUS);
	} else
		view_lb_add(&lb, "_", THEME_STATUS);
	view_lb_add(&lb,
	    v->prompt_hint != NULL ? v->prompt_hint : v->prompt->hint,
	    THEME_STATUS);
	return (view_lb_done(&lb, l, 0, v->layout.cols, THEME_STATUS, 0));
}

/*
 * The paper read, when the store holds several: the selected issue's, or
 * in a list of hits from several issues the article's when it is loaded.
 */
static void
view_status_paper(struct view *v, struct view_lb *lb,
    const struct store_issue *is, const struct store_article_row *r)
{
	const char *paper = is->paper_name;
	char	   *s;

	if (r != NULL && v->mode != NULL && v->mode->selected != NULL) {
		if (v->art == NULL || v->art->id != r->id)
			return;
		paper = v->art->paper;
	}
	s = view_paper_label(paper);
	view_lb_addf(lb, THEME_STATUS, " %s", s);
	free(s);
}

const struct view_line *
view_status(struct view *v)
{
	struct view_lines	 *l = &v->status;
	struct view_lb		  lb = VIEW_LB_INIT;
	enum theme_elem		  elem;
	struct store_issue	 *is;
	struct store_article_row *r;
	size_t			  pos, n;
	uint64_t		  topics;
	char			 *s;

	view_lines_clear(l);
	if (v->error != NULL) {
		elem = v->notice ? THEME_STATUS : THEME_ERROR;
		s = view_clean(v->error);
		view_lb_add(&lb, s, elem);
		free(s);
		return (view_lb_done(&lb, l, 0, v->layout.cols, elem, 1));
	}
	if (v->prompt != NULL)
		return (view_status_prompt(v, l));
	if (view_welcome(v) || (is = view_issue_peek(v, v->isel)) == NULL) {
		view_lb_add(&lb, " kanbao · ? help · q quit", THEME_STATUS);
		return (
		    view_lb_done(&lb, l, 0, v->layout.cols, THEME_STATUS, 1));
	}
	r = view_selected_peek(v);
	if (v->npapers > 1)
		view_status_paper(v, &lb, is, r);
	/* An article of an undated issue: the issue's name, if it is this. */
	s = view_clean(r != NULL && v->mode != NULL &&
		    v->mode->selected != NULL &&
		    (*r->date != '\0' || r->issue != is->id) ?
		view_date(r->date) :
		is->name);
	view_lb_addf(&lb, THEME_STATUS, " %s", s);
	free(s);
	if (r != NULL) {
		pos = view_article_pos(v, &n);
		view_lb_addf(&lb, THEME_STATUS, "  第%d版  %zu/%zu", r->page,
		    pos, n);
	}
	/*
	 * The weather is the selected issue's: not said for an article of
	 * another issue (a list across issues, a search hit).
	 */
	if (r != NULL && r->issue != is->id)
		;
	else if (is->has_high || is->has_low) {
		view_lb_add(&lb, "  ", THEME_STATUS);
		view_weather(&lb, is);
	}
	if ((r == NULL || r->issue == is->id) && *is->today != '\0') {
		s = view_row_text(v, is->today);
		view_lb_addf(&lb, THEME_STATUS, " %s", s);
		free(s);
	}
	if (v->query != NULL) {
		s = view_clean(v->query);
		view_lb_addf(&lb, THEME_STATUS, "  /%s", s);
		free(s);
	}
	/* The topics that chose what the headline pane lists. */
	topics = v->tfilter;
	if (v->mode != NULL && v->mode->topics != NULL)
		topics = v->mode->topics(v);
	if (topics != 0) {
		view_lb_add(&lb, "  topics:", THEME_STATUS);
		for (pos = 0; pos < v->ntopics; pos++) {
			if ((topics >> v->topics[pos].bit) & 1) {
				s = view_clean(v->topics[pos].label);
				view_lb_addf(&lb, THEME_STATUS, " %s", s);
				free(s);
			}
		}
	}
	return (view_lb_done(&lb, l, 0, v->layout.cols, THEME_STATUS, 1));
}

const struct view_line *
view_filter_bar(struct view *v)
{
	struct view_lines  *l = &v->filterl;
	struct view_lb	    lb = VIEW_LB_INIT;
	struct buf	    plain = BUF_INIT;
	struct store_topic *t;
	size_t		    i;
	char		   *s;

	view_lines_clear(l);
	buf_add(&plain, "", 0);
	buf_adds(&plain, " ");
	for (i = 0; i < v->ntopics; i++) {
		t = &v->topics[i];
		s = view_clean(t->label);
		if ((v->tfilter >> t->bit) & 1) {
			/* Only chosen topics get a style of their own: a line
			 * has few spans. */
			view_lb_add(&lb, buf_str(&plain), THEME_TITLE);
			buf_truncate(&plain, 0);
			buf_add(&plain, "", 0);
			if (i < 9)
				view_lb_addf(&lb, THEME_SELECTED, "%zu %s %lld",
				    i + 1, s, (long long)t->count);
			else
				view_lb_addf(&lb, THEME_SELECTED, "%s %lld", s,
				    (long long)t->count);
			buf_adds(&plain, "  ");
		} else if (i < 9)
			buf_printf(&plain, "%zu %s %lld  ", i + 1, s,
			    (long long)t->count);
		else
			buf_printf(&plain, "%s %lld  ", s, (long long)t->count);
		free(s);
	}
	buf_adds(&plain, "0 all");
	view_lb_add(&lb, buf_str(&plain), THEME_TITLE);
	buf_free(&plain);
	return (view_lb_done(&lb, l, 0, v->layout.cols, THEME_TITLE, 0));
}

/*
 * The import command for the reader's store: with --db when a plain
 * "kanbao import" would fill another (KANBAO_DB's, else the default).
 * Caller frees.
 */
static char *
view_welcome_import(const struct view *v)
{
	const char *env = getenv("KANBAO_DB");
	char	   *def = NULL, *cause = NULL, *cmd;
	int	    same;

	if (v->store_path == NULL)
		return (xstrdup("    kanbao import DIR"));
	if (env != NULL && *env != '\0')
		same = strcmp(env, v->store_path) == 0;
	else {
		def = store_default_path(&cause);
		same = def != NULL && strcmp(def, v->store_path) == 0;
	}
	free(def);
	free(cause);
	if (same)
		return (xstrdup("    kanbao import DIR"));
	xasprintf(&cmd, "    kanbao --db %s import DIR", v->store_path);
	return (cmd);
}

size_t
view_welcome_lines(struct view *v, const struct view_line **out)
{
	struct view_lines	*l = &v->welcome;
	static const char *const text[] = {
		"",
		"kanbao 看报 — a reader for newspaper pages",
		"",
		"%s",
		"",
		"To read a paper, import the text of its pages first:",
		"",
		NULL, /* the import command: view_welcome_import() */
		"",
		"and they show here.  ? shows the keys, q quits.",
	};
	const char *msg;
	char	   *cmd;
	size_t	    i;
	int	    w = v->layout.cols, x = w >= 40 ? 2 : 0;

	view_lines_clear(l);
	msg = v->message != NULL ? v->message :
				   "There are no issues in the store yet.";
	for (i = 0; i < sizeof text / sizeof *text; i++) {
		if ((int)i >= v->layout.lines - (v->layout.status.h))
			break;
		if (text[i] == NULL) {
			cmd = view_welcome_import(v);
			view_line_text(l, cmd, x, w, THEME_NORMAL);
			free(cmd);
			continue;
		}
		view_line_text(l, strcmp(text[i], "%s") == 0 ? msg : text[i], x,
		    w,
		    i == 1 ? THEME_HEADLINE :
			     (strcmp(text[i], "%s") == 0 && v->message != NULL ?
				     THEME_ERROR :
				     THEME_NORMAL));
	}
	*out = l->v;
	return (l->n);
}
