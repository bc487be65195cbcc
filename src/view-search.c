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
	size_t i;

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
	v->hits_pending = 0;
	v->awidth = -1; /* the article without the marks */
	free(v->query);
	v->query = NULL;
}

static int
view_hit_add(const struct store_hit *h, void *arg)
{
	struct view	*v = arg;
	struct view_hit *c;

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
	c->key = h->key;
	return (0);
}

/*
 * Fetches hits until there are want (or no more), newest first, each chunk
 * going on after the last hit's key: a screenful costs a screenful, never
 * the whole result.  Timed, it stops after a slice of VIEW_JUMP_SLICE ms
 * (one chunk at least), so that a long list comes in between keys.
 */
static void
view_hits_fetch(struct view *v, size_t want, int timed)
{
	struct store_query q;
	size_t		   before;
	double		   t0 = view_ms();
	char		  *cause;

	while (v->query != NULL && !v->hits_done && v->nhits < want) {
		memset(&q, 0, sizeof q);
		q.text = v->query;
		q.topics = v->tfilter;
		q.paper = store_get_paper(v->store);
		q.rank = STORE_RANK_DATE;
		q.below = v->nhits > 0 ? v->hits[v->nhits - 1].key : 0;
		q.limit = VIEW_HITS_CHUNK;
		before = v->nhits;
		if (store_search(v->store, &q, view_hit_add, v, &cause) != 0) {
			view_error(v, cause);
			v->hits_done = 1;
			break;
		}
		if (v->nhits - before < VIEW_HITS_CHUNK)
			v->hits_done = 1;
		if (timed && view_ms() - t0 >= VIEW_JUMP_SLICE)
			break;
	}
}

static void
view_hits_more(struct view *v, size_t want)
{
	view_hits_fetch(v, want, 0);
}

/*
 * The mode's fetch: hits up to selection sel and a screen (h rows) below
 * it, one slice now; the rest comes in idle time (view_search_idle), the
 * selection following, so G or 1000j never blocks.  Esc cancels.
 */
static void
view_search_fetch(struct view *v, size_t sel, int h)
{
	size_t want = sel + (size_t)(h > 0 ? h : 1) + 1;

	if (want < sel)
		want = SIZE_MAX;
	view_hits_fetch(v, want, 1);
	v->hits_sel = sel;
	v->hits_pending = !v->hits_done && v->nhits <= sel;
}

static int
view_search_busy(const struct view *v)
{
	return (v->hits_pending);
}

static int
view_search_idle(struct view *v)
{
	int h = view_body_h(v, VIEW_HEADLINES);

	view_search_fetch(v, v->hits_sel, h);
	if (v->nhits > 0) {
		v->msel = v->hits_sel < v->nhits ? v->hits_sel : v->nhits - 1;
		view_scroll_fix(v->msel, &v->mtop, h);
	}
	return (1);
}

void
view_search_run(struct view *v, const char *text)
{
	char *query = xstrdup(text), *msg;

	/* A new search replaces the last one: its hits and highlight. */
	if (v->mode == &view_mode_search)
		view_hits_clear(v);
	view_mode_enter(v, &view_mode_search, NULL);
	v->query = query;
	/* The article loaded again, its matches marked, at the first. */
	store_article_free(v->art);
	v->art = NULL;
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
	struct view_lb	  lb = VIEW_LB_INIT;
	struct view_hit	 *hit;
	struct view_line *line;
	enum theme_elem	  elem;
	size_t		  i, off, k;
	uint32_t	  cp;
	char		 *title, *snip;

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
		view_lb_addf(&lb, THEME_DATE, "%s", view_date(hit->row.date));
		view_paper_col(v, &lb, hit->row.paper, THEME_DATE, w);
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
	view_hits_more(v, v->mtop + (size_t)view_body_h(v, VIEW_HEADLINES) + 1);
}

static size_t
view_search_rows(struct view *v)
{
	return (v->nhits);
}

static void
view_search_title(struct view *v, struct view_lb *lb, enum theme_elem elem)
{
	view_lb_addf(lb, elem, " Search: %zu%s %s", v->nhits,
	    v->hits_done ? "" : "+",
	    v->nhits == 1 && v->hits_done ? "article" : "articles");
}

static struct store_article_row *
view_search_selected(struct view *v)
{
	return (v->msel < v->nhits ? &v->hits[v->msel].row : NULL);
}

/* Whether line i of the article shows a match. */
static int
view_search_line_matches(const struct view *v, size_t i)
{
	const struct view_line *l = &v->alines.v[i];
	int			k;

	for (k = 0; k < l->nspans; k++) {
		if (l->spans[k].elem == THEME_MATCH)
			return (1);
	}
	return (0);
}

/*
 * Whether article line i opens on the rest of a word whose start ends the
 * line above, a match a line break cut (view_mark_split_matches()).
 */
int
view_search_cut(const struct view *v, size_t i)
{
	const struct view_line *l;
	int			k;

	if (i >= v->alines.n)
		return (0);
	l = &v->alines.v[i];
	for (k = 0; k < l->nspans; k++) {
		if (l->spans[k].elem == THEME_MATCH && l->spans[k].rest)
			return (1);
	}
	return (0);
}

/*
 * Shows article line i (a match) near the top, a line of context above;
 * its matches are the current ones.  A line that opens on the rest of a
 * cut word shows the line the word starts on.
 */
static void
view_search_show(struct view *v, size_t i)
{
	if (view_search_cut(v, i))
		i--;
	v->atop = i > 0 ? i - 1 : 0;
	if (v->atop > view_article_maxtop(v))
		v->atop = view_article_maxtop(v);
	v->amatch = i + 1;
}

/* The matches that start on article line i: the rest of a cut word not. */
static size_t
view_search_starts(const struct view *v, size_t i)
{
	const struct view_line *l = &v->alines.v[i];
	size_t			n = 0;
	int			k;

	for (k = 0; k < l->nspans; k++) {
		if (l->spans[k].elem == THEME_MATCH && !l->spans[k].rest)
			n++;
	}
	return (n);
}

/*
 * Which match of the article is the current one, counted in the text's
 * order (the same at any width), or SIZE_MAX.
 */
size_t
view_search_current(const struct view *v)
{
	size_t i, k = 0;

	if (v->amatch == 0)
		return (SIZE_MAX);
	for (i = 0; i + 1 < v->amatch && i < v->alines.n; i++)
		k += view_search_starts(v, i);
	return (k);
}

/* The article laid out again (a new width): match k is the current one. */
void
view_search_set_current(struct view *v, size_t k)
{
	size_t i, n = 0;

	v->amatch = 0;
	for (i = 0; k != SIZE_MAX && i < v->alines.n; i++) {
		if ((n += view_search_starts(v, i)) > k) {
			v->amatch = i + 1;
			return;
		}
	}
}

/* An article just opened from a hit: its first match in view. */
void
view_search_first_match(struct view *v)
{
	size_t i;

	for (i = 0; i < v->alines.n; i++) {
		if (view_search_line_matches(v, i)) {
			view_search_show(v, i);
			return;
		}
	}
}

/*
 * n and N: in the article pane the next match below the screen (or the
 * previous one above it), then the next or previous hit; in the list the
 * next hit.  Matches already on screen have been seen.  Past the last
 * hit (or before the first) they stay, and say so.
 */
static void
view_search_next(struct view *v, int dir)
{
	size_t i, end, sel = v->msel;

	if (v->focus == VIEW_ARTICLE && v->art != NULL) {
		end = v->atop + (size_t)view_body_h(v, VIEW_ARTICLE);
		if (dir > 0) {
			for (i = end; i < v->alines.n; i++) {
				if (view_search_line_matches(v, i)) {
					view_search_show(v, i);
					return;
				}
			}
		} else {
			for (i = v->atop; i > 0; i--) {
				if (view_search_line_matches(v, i - 1)) {
					view_search_show(v, i - 1);
					return;
				}
			}
		}
	}
	view_mode_move(v, dir);
	if (v->msel == sel && !v->hits_pending)
		view_notice(v,
		    xstrdup(dir > 0 ?
			    "no more matches: this is the last hit" :
			    "no matches above: this is the first hit"));
}

/* Esc while hits are still coming for G or a count: stop there. */
static int
view_search_key(struct view *v, enum view_cmd cmd)
{
	if (cmd != VIEW_CMD_ESCAPE || !v->hits_pending)
		return (-1);
	v->hits_pending = 0;
	view_notice(v, xstrdup("stopped: the hits so far"));
	return (0);
}

const struct view_mode view_mode_search = {
	.name = "search",
	.rows = view_search_rows,
	.fetch = view_search_fetch,
	.lines = view_search_lines,
	.title = view_search_title,
	.selected = view_search_selected,
	.next = view_search_next,
	.load = view_search_load,
	.leave = view_hits_clear,
	.busy = view_search_busy,
	.idle = view_search_idle,
	.key = view_search_key,
};

/* Enter: searches, or with nothing typed ends the search. */
static int
view_search_enter(struct view *v, const char *text)
{
	struct pinyin_query q;

	v->prompt = NULL;
	pinyin_query_init(&q, text);
	if (q.text[strspn(q.text, " ")] == '\0')
		view_mode_leave(v, v->focus);
	else
		view_search_run(v, text);
	return (0);
}

const struct view_prompt view_prompt_search = { '/',
	"Search:", "   (Enter searches, Esc cancels)", view_search_enter, NULL,
	NULL, NULL, 0 };
