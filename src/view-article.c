/*
 * The article pane: one article laid out at one width (article_each()
 * gives the parts, reflow the lines), where it is scrolled to, marking it
 * read, starring it and following it to its continuation.
 *
 * Invariant: an article shown in the focused article pane is marked read.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/article.h"
#include "kanbao/config.h"
#include "kanbao/reflow.h"
#include "kanbao/text.h"
#include "kanbao/typeset.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

int
view_article_width(int w)
{
	return (w >= 12 ? w - 2 : (w > 0 ? w : 1));
}

static int
view_article_margin(int w)
{
	return (w >= 12 ? 1 : 0);
}

/* Adds text reflowed to width as lines of elem. */
static void
view_article_para(struct view *v, const char *text, int width, int indent,
    int x, enum theme_elem elem)
{
	struct view_line   *line;
	struct reflow_line *rl;
	struct buf	    b = BUF_INIT;
	char		   *c, *t;
	size_t		    n, i, clen;
	int		    j;

	if (v->cfg == NULL || v->cfg->punct) {
		t = typeset_punct(text);
		c = text_sanitize(t, strlen(t), &clen);
		free(t);
	} else
		c = text_sanitize(text, strlen(text), &clen);
	n = reflow_paragraph(c, clen, width, indent, &rl);
	for (i = 0; i < n; i++) {
		buf_truncate(&b, 0);
		for (j = 0; j < rl[i].indent; j++)
			buf_addc(&b, ' ');
		buf_add(&b, c + rl[i].off, rl[i].len);
		line = view_lines_add(&v->alines);
		line->x = x;
		line->elem = elem;
		/* Reflow keeps lines within width but for a lone wide
		 * cluster at width 1: cut that rather than overflow. */
		if (rl[i].width > width) {
			struct buf cut = BUF_INIT;

			buf_add(&cut, "", 0);
			view_cut(&cut, buf_str(&b), b.len, width);
			line->text = buf_detach(&cut);
		} else
			line->text = xstrdup(buf_str(&b));
	}
	free(rl);
	buf_free(&b);
	free(c);
}

static void
view_article_blank(struct view *v)
{
	struct view_line *line;

	line = view_lines_add(&v->alines);
	line->text = xstrdup("");
	line->elem = THEME_BODY;
}

/* Where view_article_part() lays the parts out. */
struct view_article_ctx {
	struct view *v;
	int	     width, indent, x;
};

static void
view_article_part(enum article_part part, const char *text, void *arg)
{
	struct view_article_ctx *c = arg;
	char			*note;

	switch (part) {
	case ARTICLE_KICKER:
		view_article_para(c->v, text, c->width, 0, c->x, THEME_KICKER);
		break;
	case ARTICLE_TITLE:
		view_article_para(c->v, text, c->width, 0, c->x,
		    THEME_HEADLINE);
		break;
	case ARTICLE_SUBTITLE:
		view_article_para(c->v, text, c->width, 0, c->x,
		    THEME_SUBTITLE);
		break;
	case ARTICLE_BYLINE:
		view_article_para(c->v, text, c->width, 0, c->x, THEME_BYLINE);
		break;
	case ARTICLE_BREAK:
		view_article_blank(c->v);
		break;
	case ARTICLE_BODY:
		view_article_para(c->v, text, c->width, c->indent, c->x,
		    THEME_BODY);
		break;
	case ARTICLE_CONTINUED_TO:
	case ARTICLE_CONTINUED_FROM:
		view_article_blank(c->v);
		xasprintf(&note,
		    part == ARTICLE_CONTINUED_TO ?
			"(continued on page %s: c follows it)" :
			"(continued from page %s: c goes back)",
		    text);
		view_article_para(c->v, note, c->width, 0, c->x, THEME_NOTE);
		free(note);
		break;
	}
}

/*
 * Lays out the article for a pane w columns wide: the parts article_each()
 * gives, the paragraphs exactly as kanbao show --width lays them out.
 */
static void
view_article_layout(struct view *v, int w)
{
	struct view_article_ctx c;
	size_t			i;

	view_lines_clear(&v->alines);
	v->awidth = w;
	v->amatch = 0;
	if (v->art == NULL)
		return;
	c.v = v;
	c.width = view_article_width(w);
	if (v->cfg != NULL && v->cfg->width_cap > 0 &&
	    c.width > v->cfg->width_cap)
		c.width = v->cfg->width_cap;
	c.indent = v->cfg != NULL ? v->cfg->indent : VIEW_INDENT;
	c.x = view_article_margin(w);
	article_each(v->art, view_article_part, &c);
	if (v->query != NULL) {
		for (i = 0; i < v->alines.n; i++)
			view_mark_matches(v->query, &v->alines.v[i]);
		for (i = 0; i + 1 < v->alines.n; i++)
			view_mark_split_matches(v->query, &v->alines.v[i],
			    &v->alines.v[i + 1]);
	}
}

/* Loads the selected article into the article pane if it is not there. */
void
view_article_load(struct view *v)
{
	struct store_article_row *r;
	char			 *cause;
	int			  w;

	w = view_pane_w(v, VIEW_ARTICLE);
	if ((r = view_selected(v)) == NULL) {
		store_article_free(v->art);
		v->art = NULL;
		view_lines_clear(&v->alines);
		v->atop = 0;
		return;
	}
	if (v->art == NULL || v->art->id != r->id) {
		store_article_free(v->art);
		v->art = store_article_get(v->store, r->id, &cause);
		if (v->art == NULL)
			view_error(v, cause);
		v->atop = 0;
		view_article_layout(v, w);
		if (v->query != NULL)
			view_search_first_match(v);
	} else if (w != v->awidth && w > 0) {
		/* Keep the reader at about the same place, on its match. */
		size_t old = v->alines.n, cur = view_search_current(v);

		view_article_layout(v, w);
		if (old != 0)
			v->atop = v->atop * v->alines.n / old;
		view_search_set_current(v, cur);
	}
}

size_t
view_article_maxtop(struct view *v)
{
	int h = view_body_h(v, VIEW_ARTICLE);

	if (v->alines.n <= (size_t)h)
		return (0);
	return (v->alines.n - (size_t)h);
}

/*
 * Sets the read state of row r in the store and in everything the view
 * holds of it (the article, the issue's unread count).
 */
void
view_set_read(struct view *v, struct store_article_row *r, int read)
{
	struct store_issue *is;
	char		   *cause;

	if (r->read == read)
		return;
	if (store_set_read(v->store, r->id, read, &cause) != 0) {
		view_error(v, cause);
		return;
	}
	r->read = read;
	if (v->art != NULL && v->art->id == r->id)
		v->art->read = read;
	/*
	 * A hit: the issue list learns it on its next fetch.  An ad or a
	 * weather box is no article to read: the store counts none of them
	 * unread, nor does the list.
	 */
	if ((v->mode != NULL && v->mode->selected != NULL) || !view_readable(r))
		return;
	if ((is = view_issue(v, v->isel)) == NULL)
		return;
	if (!read)
		is->nunread++;
	else if (is->nunread > 0)
		is->nunread--;
}

/*
 * Whether the article shown has been read: opened (the article pane has
 * the focus), or, while the headlines have it, scrolled to its end or
 * shown in the article pane for the config's mark-read seconds.
 */
static int
view_settle_read(struct view *v, double now)
{
	int secs = v->cfg != NULL ? v->cfg->mark_read : CONFIG_MARK_READ;

	if (v->focus == VIEW_ARTICLE)
		return (1);
	/* Browsing issues is not reading the article beside them. */
	if (v->focus == VIEW_ISSUES || view_pane_w(v, VIEW_ARTICLE) <= 0 ||
	    v->art == NULL || v->art->id != v->seen_id)
		return (0);
	if (v->atop > 0 && v->atop >= view_article_maxtop(v))
		return (1);
	return (secs >= 0 && now - v->seen_at >= secs * 1000.0);
}

/*
 * Marks the article shown read once the reader has read it (see
 * view_settle_read).  Each article once: one marked unread by hand stays
 * so until another is shown.
 */
void
view_settle(struct view *v)
{
	struct store_article_row *r;
	double			  now = view_ms();

	if ((r = view_selected(v)) == NULL)
		return;
	if (r->id != v->seen_id) {
		v->seen_id = r->id;
		v->seen_at = now;
		v->seen_done = 0;
	}
	if (v->seen_done || r->read || !view_settle_read(v, now))
		return;
	v->seen_done = 1;
	view_set_read(v, r, 1);
}

/* Whether view_settle() would mark the article shown now (idle time). */
int
view_settle_due(struct view *v)
{
	struct store_article_row *r;

	if (v->store == NULL || v->seen_done || v->seen_id == 0 ||
	    (r = view_selected_peek(v)) == NULL || r->id != v->seen_id ||
	    r->read)
		return (0);
	return (view_settle_read(v, view_ms()));
}

void
view_star(struct view *v)
{
	struct store_article_row *r;
	char			 *cause;

	if ((r = view_selected(v)) == NULL)
		return;
	if (store_set_starred(v->store, r->id, !r->starred, &cause) != 0) {
		view_error(v, cause);
		return;
	}
	r->starred = !r->starred;
	if (v->art != NULL && v->art->id == r->id)
		v->art->starred = r->starred;
}

void
view_continue(struct view *v)
{
	struct store_article *a;
	int64_t		      id;
	char		     *cause, *msg;
	int		      rc;

	view_article_load(v);
	if ((a = v->art) == NULL)
		return;
	if (*a->continued_to == '\0' && *a->continued_from == '\0') {
		view_error(v,
		    xstrdup("this article is not continued on "
			    "another page"));
		return;
	}
	rc = store_find_continuation(v->store, a, &id, &cause);
	if (rc == -1) {
		view_error(v, cause);
		return;
	}
	if (rc == 1 || rc == 2) {
		xasprintf(&msg,
		    rc == 1 ? "page %s of this issue has no continuation" :
			      "page %s of this issue is not in the store",
		    *a->continued_to != '\0' ? a->continued_to :
					       a->continued_from);
		view_error(v, msg);
		return;
	}
	if (v->mode != NULL)
		view_mode_leave(v, VIEW_ARTICLE);
	view_goto_article(v, a->issue, id);
	view_set_focus(v, VIEW_ARTICLE);
	v->atop = 0;
}

/*
 * The current match on article line i: every match on the line n or N
 * went to (VIEW_CUR_ALL); on the line under it, the rest of a word that
 * line's end cut (VIEW_CUR_REST: the span marked rest).
 */
enum view_cur {
	VIEW_CUR_NONE,
	VIEW_CUR_REST,
	VIEW_CUR_ALL
};

static enum view_cur
view_article_current(const struct view *v, size_t i)
{
	if (v->amatch == 0 || i + 1 < v->amatch || i > v->amatch)
		return (VIEW_CUR_NONE);
	if (i + 1 == v->amatch)
		return (VIEW_CUR_ALL);
	return (view_search_cut(v, i) ? VIEW_CUR_REST : VIEW_CUR_NONE);
}

static void
view_article_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_line *line;
	enum view_cur	  cur;
	size_t		  i;
	int		  k;

	if (v->atop > view_article_maxtop(v))
		v->atop = view_article_maxtop(v);
	for (i = v->atop; i < v->alines.n && i < v->atop + (size_t)h; i++) {
		line = view_lines_add(l);
		*line = v->alines.v[i];
		line->text = xstrdup(line->text);
		cur = view_article_current(v, i);
		for (k = 0; k < line->nspans && cur != VIEW_CUR_NONE; k++) {
			if (line->spans[k].elem == THEME_MATCH &&
			    (cur == VIEW_CUR_ALL || line->spans[k].rest))
				line->spans[k].elem = THEME_MATCH_CURRENT;
		}
	}
	if (v->alines.n == 0 && h > 0)
		view_line_text(l, v->nissues > 0 ? "(no article)" : "", 1, w,
		    THEME_NOTE);
}

static void
view_article_title(struct view *v, struct view_lb *lb, enum theme_elem elem)
{
	size_t pos, n, maxtop;

	pos = view_article_pos(v, &n);
	if (pos == 0 || v->art == NULL)
		return;
	maxtop = view_article_maxtop(v);
	view_lb_addf(lb, elem, " 第%d版 %zu/%zu%s · ", v->art->page, pos, n,
	    v->art->starred ? " *" : "");
	if (maxtop == 0)
		view_lb_add(lb, "All", elem);
	else if (v->atop == 0)
		view_lb_add(lb, "Top", elem);
	else if (v->atop >= maxtop)
		view_lb_add(lb, "End", elem);
	else
		view_lb_addf(lb, elem, "%zu%%", v->atop * 100 / maxtop);
}

const struct view_pane_ops view_pane_article = { "article", view_article_lines,
	view_article_title };
