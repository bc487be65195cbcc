/*
 * Search (/), a mode of the headline pane: the articles whose title or
 * text hold the query, newest first, fetched a chunk at a time as the
 * list is scrolled, with the words found marked in the rows and in the
 * article.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/pinyin.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

void
view_hits_clear(struct view *v)
{
	size_t	i;

	for (i = 0; i < v->nhits; i++) {
		free((char *)v->hits[i].row.date);
		free((char *)v->hits[i].row.kicker);
		free((char *)v->hits[i].row.title);
		free((char *)v->hits[i].row.lead);
		free(v->hits[i].snippet);
	}
	free(v->hits);
	v->hits = NULL;
	v->nhits = 0;
	v->hits_done = 0;
	free(v->query);
	v->query = NULL;
}

static int
view_hit_add(const struct store_hit *h, void *arg)
{
	struct view		*v = arg;
	struct view_hit		*c;

	v->hits = xreallocarray(v->hits, v->nhits + 1, sizeof *v->hits);
	c = &v->hits[v->nhits++];
	c->row = h->row;
	c->row.date = xstrdup(h->row.date);
	c->row.kicker = xstrdup(h->row.kicker);
	c->row.title = xstrdup(h->row.title);
	c->row.lead = xstrdup(h->row.lead != NULL ? h->row.lead : "");
	c->snippet = xstrdup(h->snippet != NULL ? h->snippet : "");
	c->moff = h->match_off;
	c->mlen = h->match_len;
	return (0);
}

/*
 * Fetches hits until there are want (or no more): the store streams them
 * newest first, so a screenful costs a screenful, never the whole result.
 */
static void
view_hits_more(struct view *v, size_t want)
{
	struct store_query	q;
	size_t			before;
	char			*cause;

	while (v->query != NULL && !v->hits_done && v->nhits < want) {
		memset(&q, 0, sizeof q);
		q.text = v->query;
		q.topics = v->tfilter;
		q.rank = STORE_RANK_DATE;
		q.offset = v->nhits;
		q.limit = VIEW_HITS_CHUNK;
		before = v->nhits;
		if (store_search(v->store, &q, view_hit_add, v, &cause) != 0) {
			view_error(v, cause);
			v->hits_done = 1;
			break;
		}
		if (v->nhits - before < VIEW_HITS_CHUNK)
			v->hits_done = 1;
	}
}

static void
view_search_run(struct view *v, const char *text)
{
	char	*query = xstrdup(text), *msg;

	view_mode_enter(v, &view_mode_search);
	v->query = query;
	view_hits_more(v, (size_t)view_body_h(v, VIEW_HEADLINES) + 1);
	if (v->nhits == 0) {
		if (v->error == NULL) {
			xasprintf(&msg, "no articles contain %s", query);
			view_error(v, msg);
		}
		view_mode_leave(v, v->mode_focus);
	}
}

static void
view_search_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb		 lb = VIEW_LB_INIT;
	struct view_hit		*hit;
	struct view_line	*line;
	enum theme_elem		 elem;
	size_t			 i, off, k;
	uint32_t		 cp;
	char			*title, *snip;

	for (i = v->mtop; i < v->nhits && i < v->mtop + (size_t)h; i++) {
		hit = &v->hits[i];
		elem = view_mode_elem(v, i);
		if (elem == THEME_NORMAL && hit->row.read)
			elem = THEME_READ;
		title = view_untitled(v, &hit->row);
		/* The snippet from a few characters before the match, so
		 * that a narrow pane still shows it. */
		off = hit->moff <= strlen(hit->snippet) ? hit->moff : 0;
		for (k = 0; k < 4 && off > 0; k++)
			off -= text_utf8_prev(hit->snippet, off, &cp);
		snip = view_clean(hit->snippet + off);
		view_lb_addf(&lb, THEME_DATE, "%s", hit->row.date);
		view_lb_addf(&lb, THEME_COUNT, " %2d ", hit->row.page);
		view_lb_add(&lb, title, elem);
		view_lb_add(&lb, " · ", THEME_NOTE);
		view_lb_add(&lb, snip, THEME_NOTE);
		line = view_lb_done(&lb, l, 0, w, elem, 0);
		/* The words found, wherever the row shows them. */
		view_mark_matches(v->query, line);
		free(title);
		free(snip);
	}
}

/* A screenful of hits from the top of the list, and one more. */
static void
view_search_load(struct view *v)
{
	view_hits_more(v, v->mtop + (size_t)view_body_h(v, VIEW_HEADLINES) +
	    1);
}

static size_t
view_search_rows(struct view *v)
{
	return (v->nhits);
}

static void
view_search_title(struct view *v, struct view_lb *lb, enum theme_elem elem)
{
	view_lb_addf(lb, elem, " Search: %zu%s articles", v->nhits,
	    v->hits_done ? "" : "+");
}

static struct store_article_row *
view_search_selected(struct view *v)
{
	return (v->msel < v->nhits ? &v->hits[v->msel].row : NULL);
}

/* n and N: the next or previous hit. */
static void
view_search_next(struct view *v, int dir)
{
	view_mode_move(v, dir);
	v->atop = 0;
}

const struct view_mode view_mode_search = {
	.name = "search",
	.rows = view_search_rows,
	.fetch = view_hits_more,
	.lines = view_search_lines,
	.title = view_search_title,
	.selected = view_search_selected,
	.next = view_search_next,
	.load = view_search_load,
	.leave = view_hits_clear,
};

/* Enter: searches, or with nothing typed ends the search. */
static int
view_search_enter(struct view *v, const char *text)
{
	struct pinyin_query	q;

	v->prompt = NULL;
	pinyin_query_init(&q, text);
	if (q.text[strspn(q.text, " ")] == '\0')
		view_mode_leave(v, v->focus);
	else
		view_search_run(v, text);
	return (0);
}

const struct view_prompt view_prompt_search = {
	'/', "Search:", "   (Enter searches, Esc cancels)",
	view_search_enter, NULL, NULL, 0
};
