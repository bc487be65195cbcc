/*
 * The reader's model: layout, selection, scrolling and the lines of each
 * pane (see view.h).
 *
 * Invariants:
 *  - every line handed out is sanitised (text_sanitize, then view_cut) and
 *    no wider than the pane it is for; the ui only copies it;
 *  - the issue list is a window of store rows (what is on screen plus
 *    VIEW_READAHEAD either side), the headline list one issue's rows, the
 *    article one article laid out at one width: nothing else is loaded;
 *  - isel < nissues when nissues > 0; hsel indexes hrows and is an article
 *    row whenever the issue has articles;
 *  - an article shown in the focused article pane is marked read.
 */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/config.h"
#include "kanbao/jump.h"
#include "kanbao/pinyin.h"
#include "kanbao/reflow.h"
#include "kanbao/text.h"
#include "kanbao/view.h"
#include "kanbao/xmalloc.h"

#define VIEW_READAHEAD	32	/* issue rows fetched beyond the screen */
#define VIEW_ISSUES_W	28	/* issue pane width with three panes */
#define VIEW_WHEEL	3	/* rows a wheel notch moves */
#define VIEW_JUMP_MAX	500	/* jump list rows found per key */
#define VIEW_HITS_CHUNK	48	/* search hits fetched at a time */
#define VIEW_PROMPT_MAX	120	/* bytes typed at a prompt */
#define VIEW_JUMP_ISSUES 4	/* issues read into the jump list at once */
#define VIEW_JUMP_SLICE	12.0	/* ms spent reading it per key or tick */
#define VIEW_FILTER_ISSUES 16	/* issues looked at for a filter at once */

/* What the headline pane lists. */
enum view_mode {
	VIEW_MODE_HEADLINES,	/* the selected issue's pages and articles */
	VIEW_MODE_JUMP,		/* headlines of the whole store, narrowed */
	VIEW_MODE_SEARCH,	/* search hits */
	VIEW_MODE_TOPICS,	/* the topic menu */
	VIEW_MODE_WEATHER	/* every issue's forecast */
};

/* A search hit kept by the view (strings owned). */
struct view_hit {
	struct store_article_row row;
	char		*snippet;
	size_t		 moff, mlen;	/* the match in snippet */
};

/* A row of the headline list: a page header or an article. */
struct view_hrow {
	int		 page;
	long		 art;		/* index in arts; -1: page header */
	int		 count;		/* a header's article count */
};

/* A growing array of lines whose texts it owns. */
struct view_lines {
	struct view_line *v;
	size_t		 n;
	size_t		 size;
};

struct view {
	struct store		*store;		/* NULL: welcome screen */
	const struct config	*cfg;		/* NULL: the defaults */
	char			*message;	/* for the welcome screen */
	char			*error;		/* for the status line */
	struct view_layout	 layout;
	enum view_pane		 focus;
	int			 help;
	int			 started;	/* first query done */

	int64_t			 nissues;
	size_t			 isel, itop;
	struct store_issue	*iwin;		/* rows iwin_off... */
	size_t			 iwin_off, iwin_n;

	int64_t			 hissue;	/* issue of arts; 0: none */
	struct store_article_row *arts;
	size_t			 narts;
	struct view_hrow	*hrows;
	size_t			 nhrows;
	size_t			 hsel, htop;
	char			 tmarks[TOPIC_MAX][5]; /* topic bit: mark */

	/* Finding things: topic filter, jump, search, weather. */
	enum view_mode		 mode;
	enum view_pane		 mode_focus;	/* focus before the mode */
	int			 prompt;	/* ':' or '/' while typing */
	struct buf		 input;		/* typed at the prompt */
	int			 arg;		/* VIEW_CMD_TOPIC's number */
	uint64_t		 tfilter;	/* topic bits shown; 0: all */
	int64_t			 nall;		/* issues without a filter */
	struct store_issue	*fiss;		/* with tfilter: the issues */
	size_t			 nfiss;
	size_t			 fscanned;	/* issues looked at for fiss */
	int			 fdone;		/* all of them */
	struct store_topic	*topics;	/* numbered from 1 in order */
	size_t			 ntopics;
	int64_t			 topics_issue;	/* whose counts; -1: none */
	size_t			 msel, mtop;	/* in a mode's list */
	struct jump		*jump;		/* built on first use */
	size_t			 jump_issues;	/* issues read into it */
	int			 jump_done;	/* all of them */
	struct jump_hit		*jhits;
	size_t			 njhits;
	int			 jall;		/* jhits is all there is */
	char			*query;		/* the search, or NULL */
	struct view_hit		*hits;
	size_t			 nhits;
	int			 hits_done;	/* no more to fetch */

	struct store_article	*art;		/* the article pane's */
	struct view_lines	 alines;	/* art laid out at awidth */
	int			 awidth;
	size_t			 atop;

	struct view_lines	 lines[VIEW_NPANES];
	struct view_lines	 titles[VIEW_NPANES];
	struct view_lines	 status;
	struct view_lines	 filterl;	/* the topic filter bar */
	struct view_lines	 welcome;
	struct view_lines	 helpl;
};

static void	view_error(struct view *, char *);
static void	view_hits_clear(struct view *);
static void	view_filter_more(struct view *, int);
static void	view_mode_move(struct view *, long);
static void	view_mark_matches(const char *, struct view_line *);

/* ---- Lines --------------------------------------------------------- */

static void
view_lines_clear(struct view_lines *l)
{
	size_t	i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].text);
	l->n = 0;
}

static void
view_lines_free(struct view_lines *l)
{
	view_lines_clear(l);
	free(l->v);
	l->v = NULL;
	l->size = 0;
}

static struct view_line *
view_lines_add(struct view_lines *l)
{
	struct view_line	*line;

	if (l->n == l->size) {
		l->size = l->size == 0 ? 16 : l->size * 2;
		l->v = xreallocarray(l->v, l->size, sizeof *l->v);
	}
	line = &l->v[l->n++];
	memset(line, 0, sizeof *line);
	return (line);
}

/*
 * Cuts clean (already sanitised) text to width columns into b, with …
 * where it was cut.  Returns the columns used.
 */
static int
view_cut(struct buf *b, const char *s, size_t n, int width)
{
	char	 small[512], *gb;
	size_t	 i, j, keep = 0;
	int	 w = 0, cw, total, kept = 0;

	if (width <= 0 || n == 0)
		return (0);
	total = text_width(s, n);
	if (total <= width) {
		buf_add(b, s, n);
		return (total);
	}
	gb = n <= sizeof small ? small : xmalloc(n);
	text_grapheme_breaks(s, n, gb);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && !gb[j]; j++)
			;
		cw = text_width(s + i, j - i);
		if (w + cw > width - 1)
			break;
		w += cw;
		keep = j;
		kept = w;
	}
	if (gb != small)
		free(gb);
	buf_add(b, s, keep);
	buf_adds(b, "…");
	return (kept + 1);
}

/* Sanitised s with newlines as spaces; caller frees. */
static char *
view_clean(const char *s)
{
	char	*c, *p;

	c = text_sanitize(s, strlen(s), NULL);
	for (p = c; *p != '\0'; p++) {
		if (*p == '\n')
			*p = ' ';
	}
	return (c);
}

int
view_fit(char **out, size_t *len, const char *s, int width)
{
	struct buf	 b = BUF_INIT;
	char		*c;
	int		 w;

	c = view_clean(s);
	w = view_cut(&b, c, strlen(c), width);
	free(c);
	*out = xrealloc(*out, *len + b.len + 1);
	memcpy(*out + *len, buf_str(&b), b.len + 1);
	*len += b.len;
	buf_free(&b);
	return (w);
}

/* Building one line out of pieces in different styles. */
struct view_lb {
	struct buf		 b;
	struct view_span	 spans[VIEW_SPANS];
	int			 nspans;
};

/* Appends clean text drawn as elem. */
static void
view_lb_add(struct view_lb *lb, const char *s, enum theme_elem elem)
{
	struct view_span	*sp;

	if (*s == '\0')
		return;
	if (lb->nspans < VIEW_SPANS) {
		sp = &lb->spans[lb->nspans++];
		sp->off = lb->b.len;
		sp->len = strlen(s);
		sp->elem = elem;
	}
	buf_adds(&lb->b, s);
}

static void
view_lb_addf(struct view_lb *lb, enum theme_elem elem, const char *fmt, ...)
    KANBAO_PRINTF(3, 4);
static void
view_lb_addf(struct view_lb *lb, enum theme_elem elem, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	xvasprintf(&s, fmt, ap);
	va_end(ap);
	view_lb_add(lb, s, elem);
	free(s);
}

/*
 * Finishes the line into l: cut to width, spans clipped to what is left.
 * With plain set the spans are dropped (a selected row is one style).
 */
static struct view_line *
view_lb_done(struct view_lb *lb, struct view_lines *l, int x, int width,
    enum theme_elem elem, int plain)
{
	struct view_line	*line;
	struct buf		 out = BUF_INIT;
	int			 i;

	line = view_lines_add(l);
	line->x = x;
	line->elem = elem;
	buf_add(&out, "", 0);
	view_cut(&out, buf_str(&lb->b), lb->b.len, width - x);
	line->text = buf_detach(&out);
	for (i = 0; i < lb->nspans && !plain; i++) {
		if (lb->spans[i].off >= strlen(line->text))
			break;
		line->spans[line->nspans] = lb->spans[i];
		if (lb->spans[i].off + lb->spans[i].len > strlen(line->text))
			line->spans[line->nspans].len =
			    strlen(line->text) - lb->spans[i].off;
		line->nspans++;
	}
	buf_free(&lb->b);
	lb->nspans = 0;
	return (line);
}

/* A one-style line of text (sanitised here) cut to width. */
static struct view_line *
view_line_text(struct view_lines *l, const char *s, int x, int width,
    enum theme_elem elem)
{
	struct view_lb	 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	char		*c;

	c = view_clean(s);
	buf_adds(&lb.b, c);
	free(c);
	return (view_lb_done(&lb, l, x, width, elem, 1));
}

/* ---- Cells ---------------------------------------------------------- */

/* Zero-width characters that are not marks: never drawn. */
static int
view_cell_invisible(uint32_t c)
{
	return ((c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) ||
	    (c >= 0x2060 && c <= 0x206f) || (c >= 0xfe00 && c <= 0xfe0f) ||
	    c == 0xfeff || c == 0x034f || (c >= 0x180b && c <= 0x180f) ||
	    (c >= 0xe0000 && c <= 0xe0fff));
}

size_t
view_cell_next(const char *s, size_t n, struct view_cell *c)
{
	char		 gb[64];
	size_t		 m, len, i, k;
	uint32_t	 cp;
	int		 bw, w;

	memset(c, 0, sizeof *c);
	if (n == 0)
		return (0);
	/* Clusters are short; a longer run of marks is cut into pieces. */
	m = n < sizeof gb ? n : sizeof gb;
	text_grapheme_breaks(s, m, gb);
	for (len = 1; len < m && !gb[len]; len++)
		;
	c->width = text_width(s, len);
	k = text_utf8_next(s, len, &cp);
	bw = text_cp_width(cp);
	if (bw <= 0 || view_cell_invisible(cp)) {
		/* A mark with nothing to sit on, a control: blanks. */
		c->pad = c->width;
		return (len);
	}
	c->cp[c->ncp++] = cp;
	for (i = k; i < len; i += k) {
		k = text_utf8_next(s + i, len - i, &cp);
		w = text_cp_width(cp);
		if (w == 0 && !view_cell_invisible(cp) && c->ncp < 5)
			c->cp[c->ncp++] = cp;
	}
	/* Only the first code point of a wide cluster is drawn. */
	c->pad = c->width - bw;
	if (c->pad < 0) {
		/* Cannot happen (a cluster is never narrower than its
		 * base) but a wrong width must never reach the screen. */
		c->ncp = 0;
		c->pad = c->width;
	}
	return (len);
}

/* ---- Issues --------------------------------------------------------- */

static int
view_body_h(const struct view *v, enum view_pane p)
{
	const struct view_layout	*L = &v->layout;
	int				 i;

	for (i = 0; i < L->npanes; i++) {
		if (L->pane[i] == p)
			return (L->rect[i].h - (L->titled ? 1 : 0));
	}
	/* A hidden pane scrolls as if it were full height. */
	return (L->lines > 2 ? L->lines - 2 : 1);
}

static int
view_pane_w(const struct view *v, enum view_pane p)
{
	const struct view_layout	*L = &v->layout;
	int				 i;

	for (i = 0; i < L->npanes; i++) {
		if (L->pane[i] == p)
			return (L->rect[i].w);
	}
	return (0);
}

/* The issue at index i, fetching a window around it; NULL if none. */
static struct store_issue *
view_issue(struct view *v, size_t i)
{
	size_t	 off, limit;
	char	*cause;

	if (v->store == NULL || ((int64_t)i >= v->nissues && (v->tfilter == 0 ||
	    v->fdone)))
		return (NULL);
	if (v->tfilter != 0) {
		while (i >= v->nfiss && !v->fdone)
			view_filter_more(v, 0);
		return (i < v->nfiss ? &v->fiss[i] : NULL);
	}
	if (i >= v->iwin_off && i < v->iwin_off + v->iwin_n)
		return (&v->iwin[i - v->iwin_off]);
	store_issues_free(v->iwin, v->iwin_n);
	v->iwin = NULL;
	v->iwin_n = 0;
	off = i > VIEW_READAHEAD ? i - VIEW_READAHEAD : 0;
	limit = (size_t)(v->layout.lines > 0 ? v->layout.lines : 1) +
	    2 * VIEW_READAHEAD;
	if (store_issues(v->store, off, limit, &v->iwin, &v->iwin_n,
	    &cause) != 0) {
		view_error(v, cause);
		return (NULL);
	}
	v->iwin_off = off;
	if (i >= off + v->iwin_n)
		return (NULL);
	return (&v->iwin[i - off]);
}

/* Keeps sel on screen: adjusts *top for a pane h rows high. */
static void
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

static void
view_topic_marks(struct view *v)
{
	struct store_topic	*t;
	struct store_issue	*is;
	size_t			 n, i, len;
	uint32_t		 cp;
	char			*cause;

	memset(v->tmarks, 0, sizeof v->tmarks);
	/*
	 * Every topic comes back whatever the issue; only the counts differ.
	 * Counting over the whole store would read the whole archive.
	 */
	if ((is = view_issue(v, 0)) == NULL)
		return;
	if (store_topics(v->store, is->id, &t, &n, &cause) != 0) {
		view_error(v, cause);
		return;
	}
	for (i = 0; i < n; i++) {
		if (t[i].bit < 0 || t[i].bit >= TOPIC_MAX)
			continue;
		/* Kinds have markers of their own. */
		if (strcmp(t[i].name, "weather") == 0 ||
		    strcmp(t[i].name, "photo") == 0 ||
		    strcmp(t[i].name, "commentary") == 0)
			continue;
		if (*t[i].label == '\0')
			continue;
		len = text_utf8_next(t[i].label, strlen(t[i].label), &cp);
		if (text_cp_width(cp) <= 0 || len > 4)
			continue;
		memcpy(v->tmarks[t[i].bit], t[i].label, len);
	}
	store_topics_free(t, n);
}

static void
view_start(struct view *v)
{
	char	*cause;

	if (v->started || v->store == NULL)
		return;
	v->started = 1;
	v->topics_issue = -1;
	if (store_issue_count(v->store, &v->nissues, &cause) != 0) {
		view_error(v, cause);
		v->nissues = 0;
		return;
	}
	v->nall = v->nissues;
	view_topic_marks(v);
}

/* ---- Headlines ------------------------------------------------------ */

struct view_pages {
	int		*pages;
	size_t		 n;
};

static int
view_pages_add(const struct store_page_row *r, void *arg)
{
	struct view_pages	*vp = arg;

	vp->pages = xreallocarray(vp->pages, vp->n + 1, sizeof *vp->pages);
	vp->pages[vp->n++] = r->number;
	return (0);
}

static void
view_hrow_add(struct view *v, int page, long art)
{
	struct view_hrow	*r;

	v->hrows = xreallocarray(v->hrows, v->nhrows + 1, sizeof *v->hrows);
	r = &v->hrows[v->nhrows++];
	r->page = page;
	r->art = art;
	r->count = 0;
}

static int
view_is_article(const struct view *v, size_t i)
{
	return (i < v->nhrows && v->hrows[i].art >= 0);
}

/* The first article row at or after i (or before, when back). */
static int
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

/* Loads the headline list of the selected issue, if it is not loaded. */
static void
view_headlines_load(struct view *v)
{
	struct store_issue	*is;
	struct store_filter	 f;
	struct view_pages	 vp = { NULL, 0 };
	size_t			 pi, a;
	long			 hdr;
	int			 page;
	char			*cause;

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
	if (v->tfilter == 0 && store_pages_each(v->store, is->id,
	    view_pages_add, &vp, &cause) != 0) {
		view_error(v, cause);
		free(vp.pages);
		vp.pages = NULL;
		vp.n = 0;
	}
	/* Every page gets a header, with or without articles. */
	pi = a = 0;
	while (pi < vp.n || a < v->narts) {
		if (pi < vp.n && (a >= v->narts ||
		    vp.pages[pi] <= v->arts[a].page))
			page = vp.pages[pi];
		else
			page = v->arts[a].page;	/* a page the list lacks */
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
	if (!view_find_article(v, 0, 0, &v->hsel))
		v->hsel = 0;
}

/* The selected article row, or NULL. */
static struct store_article_row *
view_selected(struct view *v)
{
	if (v->mode == VIEW_MODE_SEARCH)
		return (v->msel < v->nhits ? &v->hits[v->msel].row : NULL);
	view_headlines_load(v);
	if (!view_is_article(v, v->hsel))
		return (NULL);
	return (&v->arts[v->hrows[v->hsel].art]);
}

/* ---- Article -------------------------------------------------------- */

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
	struct view_line	*line;
	struct reflow_line	*rl;
	struct buf		 b = BUF_INIT;
	char			*c;
	size_t			 n, i, clen;
	int			 j;

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
	struct view_line	*line;

	line = view_lines_add(&v->alines);
	line->text = xstrdup("");
	line->elem = THEME_BODY;
}

/*
 * Lays out the article for a pane w columns wide: the title block and
 * byline, a blank line, then the paragraphs exactly as kanbao show --width
 * lays them out.
 */
static void
view_article_layout(struct view *v, int w)
{
	struct store_article	*a = v->art;
	char			*note;
	size_t			 i;
	int			 width, x, indent;

	view_lines_clear(&v->alines);
	v->awidth = w;
	if (a == NULL)
		return;
	width = view_article_width(w);
	if (v->cfg != NULL && v->cfg->width_cap > 0 &&
	    width > v->cfg->width_cap)
		width = v->cfg->width_cap;
	indent = v->cfg != NULL ? v->cfg->indent : VIEW_INDENT;
	x = view_article_margin(w);
	if (*a->kicker != '\0')
		view_article_para(v, a->kicker, width, 0, x, THEME_KICKER);
	/* An untitled article is headed by what it is: 图片, 广告, 天气… */
	view_article_para(v, *a->title != '\0' ? a->title :
	    parse_kind_label(a->kind), width, 0, x, THEME_HEADLINE);
	if (*a->subtitle != '\0')
		view_article_para(v, a->subtitle, width, 0, x, THEME_SUBTITLE);
	if (*a->byline != '\0')
		view_article_para(v, a->byline, width, 0, x, THEME_BYLINE);
	view_article_blank(v);
	for (i = 0; i < a->nparagraphs; i++)
		view_article_para(v, a->paragraphs[i], width, indent, x,
		    THEME_BODY);
	if (*a->continued_to != '\0') {
		view_article_blank(v);
		xasprintf(&note, "(continued on page %s: c follows it)",
		    a->continued_to);
		view_article_para(v, note, width, 0, x, THEME_NOTE);
		free(note);
	} else if (*a->continued_from != '\0') {
		view_article_blank(v);
		xasprintf(&note, "(continued from page %s: c goes back)",
		    a->continued_from);
		view_article_para(v, note, width, 0, x, THEME_NOTE);
		free(note);
	}
	if (v->mode == VIEW_MODE_SEARCH && v->query != NULL) {
		for (i = 0; i < v->alines.n; i++)
			view_mark_matches(v->query, &v->alines.v[i]);
	}
}

/* Loads the selected article into the article pane if it is not there. */
static void
view_article_load(struct view *v)
{
	struct store_article_row	*r;
	char				*cause;
	int				 w;

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
	} else if (w != v->awidth && w > 0) {
		/* Keep the reader at about the same place. */
		size_t old = v->alines.n;

		view_article_layout(v, w);
		if (old != 0)
			v->atop = v->atop * v->alines.n / old;
	}
}

static size_t
view_article_maxtop(struct view *v)
{
	int	h = view_body_h(v, VIEW_ARTICLE);

	if (v->alines.n <= (size_t)h)
		return (0);
	return (v->alines.n - (size_t)h);
}

/* Marks the article in the focused article pane read. */
static void
view_settle(struct view *v)
{
	struct store_article_row	*r;
	struct store_issue		*is;
	char				*cause;

	if (v->focus != VIEW_ARTICLE || (r = view_selected(v)) == NULL ||
	    r->read)
		return;
	if (v->mode == VIEW_MODE_SEARCH) {
		/* A hit: the issue list learns it on its next fetch. */
		if (store_set_read(v->store, r->id, 1, &cause) != 0)
			view_error(v, cause);
		else
			r->read = 1;
		return;
	}
	if (store_set_read(v->store, r->id, 1, &cause) != 0) {
		view_error(v, cause);
		return;
	}
	r->read = 1;
	if (v->art != NULL && v->art->id == r->id)
		v->art->read = 1;
	if ((is = view_issue(v, v->isel)) != NULL && is->nunread > 0)
		is->nunread--;
}

/* ---- Creating, layout ----------------------------------------------- */

struct view *
view_create(struct store *store, const char *message)
{
	struct view	*v;

	v = xcalloc(1, sizeof *v);
	v->store = store;
	if (message != NULL)
		v->message = xstrdup(message);
	v->focus = VIEW_ISSUES;
	return (v);
}

void
view_set_config(struct view *v, const struct config *cfg)
{
	v->cfg = cfg;
	v->awidth = -1;		/* lay the article out again */
	if (cfg != NULL && cfg->error != NULL)
		view_set_error(v, cfg->error);
}

enum view_cmd
view_key(const struct view *v, const char *name)
{
	enum view_cmd	cmd;

	if (config_key(v->cfg, name, &cmd))
		return (cmd);
	return (view_key_lookup(name));
}

void
view_free(struct view *v)
{
	int	i;

	if (v == NULL)
		return;
	free(v->message);
	free(v->error);
	store_issues_free(v->iwin, v->iwin_n);
	store_articles_free(v->arts, v->narts);
	free(v->hrows);
	store_article_free(v->art);
	view_lines_free(&v->alines);
	buf_free(&v->input);
	store_issues_free(v->fiss, v->nfiss);
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
	free(v);
}

static void
view_error(struct view *v, char *cause)
{
	free(v->error);
	v->error = cause;
}

void
view_layout(struct view *v, int cols, int lines)
{
	struct view_layout	*L = &v->layout;
	int			 h, rest, w0, i;

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
	if ((v->tfilter != 0 || v->mode == VIEW_MODE_TOPICS) && h >= 6) {
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
		rest = L->cols - VIEW_ISSUES_W - 2;
		L->rect[0].w = VIEW_ISSUES_W;
		L->rect[1].w = rest * 2 / 5;
		L->rect[2].w = rest - rest * 2 / 5;
	} else if (L->cols >= VIEW_TWO_COLS) {
		L->npanes = 2;
		L->pane[0] = v->focus == VIEW_ISSUES ? VIEW_ISSUES :
		    VIEW_HEADLINES;
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
}

void
view_set_error(struct view *v, const char *msg)
{
	view_error(v, xstrdup(msg));
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
	if (v->mode == VIEW_MODE_SEARCH)
		return (v->msel < v->nhits ? v->hits[v->msel].row.id : 0);
	if (!view_is_article(v, v->hsel))
		return (0);
	return (v->arts[v->hrows[v->hsel].art].id);
}

size_t
view_article_pos(const struct view *v, size_t *n)
{
	if (v->mode == VIEW_MODE_SEARCH) {
		*n = v->nhits;
		return (v->msel < v->nhits ? v->msel + 1 : 0);
	}
	*n = v->narts;
	if (!view_is_article(v, v->hsel))
		return (0);
	return ((size_t)v->hrows[v->hsel].art + 1);
}

/* ---- Commands ------------------------------------------------------- */

static void
view_set_focus(struct view *v, enum view_pane p)
{
	if (p == v->focus)
		return;
	v->focus = p;
	/* Two panes and stacked layouts depend on the focus. */
	view_layout(v, v->layout.cols, v->layout.lines);
}

static void
view_select_issue(struct view *v, size_t i)
{
	(void)view_issue(v, i);		/* a filter's list grows to it */
	if (v->nissues == 0)
		return;
	if ((int64_t)i >= v->nissues)
		i = (size_t)v->nissues - 1;
	v->isel = i;
	view_scroll_fix(v->isel, &v->itop, view_body_h(v, VIEW_ISSUES));
	view_headlines_load(v);
}

/* Moves the headline selection by delta article rows. */
static void
view_move_headline(struct view *v, long delta)
{
	size_t	i, j;

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

static void
view_move(struct view *v, enum view_pane p, long delta)
{
	long	top;

	switch (p) {
	case VIEW_ISSUES:
		if (delta < 0 && (size_t)-delta > v->isel)
			view_select_issue(v, 0);
		else
			view_select_issue(v, (size_t)((long)v->isel + delta));
		break;
	case VIEW_HEADLINES:
		if (v->mode != VIEW_MODE_HEADLINES)
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

static long
view_page_step(struct view *v, enum view_pane p)
{
	long	h = view_body_h(v, p);

	if (p == VIEW_ARTICLE && h > 2)
		return (h - 1);		/* keep a line of context */
	return (h > 0 ? h : 1);
}

/* Selects the first article of the page before or after the current one. */
static void
view_page(struct view *v, int dir)
{
	size_t	i, j;
	int	page;

	view_headlines_load(v);
	if (v->nhrows == 0)
		return;
	page = v->hrows[v->hsel].page;
	i = v->hsel;
	if (dir > 0) {
		while (i < v->nhrows && v->hrows[i].page == page)
			i++;
		if (view_find_article(v, i, 0, &j))
			v->hsel = j;
	} else {
		while (i > 0 && v->hrows[i].page == page)
			i--;
		if (v->hrows[i].page == page)
			return;
		page = v->hrows[i].page;
		while (i > 0 && v->hrows[i - 1].page == page)
			i--;
		if (view_find_article(v, i, 0, &j) &&
		    v->hrows[j].page == page)
			v->hsel = j;
	}
	view_scroll_fix(v->hsel, &v->htop, view_body_h(v, VIEW_HEADLINES));
	if (v->htop > 0 && v->hsel > 0 && !view_is_article(v, v->hsel - 1) &&
	    v->htop == v->hsel)
		v->htop--;
}

static void
view_next_unread(struct view *v)
{
	struct store_issue	*is;
	size_t			 i, j;

	view_headlines_load(v);
	for (i = v->hsel + 1; view_find_article(v, i, 0, &j); i = j + 1) {
		if (!v->arts[v->hrows[j].art].read)
			goto found;
	}
	for (i = v->isel + 1; (int64_t)i < v->nissues; i++) {
		if ((is = view_issue(v, i)) == NULL)
			break;
		if (is->nunread == 0)
			continue;
		view_select_issue(v, i);
		for (j = 0; j < v->nhrows; j++) {
			if (view_is_article(v, j) &&
			    !v->arts[v->hrows[j].art].read)
				goto found;
		}
	}
	view_error(v, xstrdup("no more unread articles"));
	return;
found:
	v->hsel = j;
	view_scroll_fix(v->hsel, &v->htop, view_body_h(v, VIEW_HEADLINES));
	view_set_focus(v, VIEW_ARTICLE);
}

static void
view_star(struct view *v)
{
	struct store_article_row	*r;
	char				*cause;

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

/* ---- Finding things: topic filter, jump, search, weather ------------ */

/* The rows a mode's list has (jump, search, topics, weather). */
static size_t
view_mode_rows(struct view *v)
{
	switch (v->mode) {
	case VIEW_MODE_JUMP:
		return (v->njhits);
	case VIEW_MODE_SEARCH:
		return (v->nhits);
	case VIEW_MODE_TOPICS:
		return (v->ntopics);
	case VIEW_MODE_WEATHER:
		return ((size_t)v->nissues);
	case VIEW_MODE_HEADLINES:
		break;
	}
	return (0);
}

/* Rows above a mode's list in the headline pane (the weather's lines). */
static int
view_mode_head(const struct view *v)
{
	return (v->mode == VIEW_MODE_WEATHER && view_body_h(v,
	    VIEW_HEADLINES) > 4 ? 3 : 0);
}

static void
view_mode_enter(struct view *v, enum view_mode m)
{
	if (v->mode == VIEW_MODE_HEADLINES)
		v->mode_focus = v->focus;
	else if (v->mode == VIEW_MODE_SEARCH && m != VIEW_MODE_SEARCH)
		view_hits_clear(v);
	v->mode = m;
	v->msel = v->mtop = 0;
	v->focus = VIEW_HEADLINES;
	view_layout(v, v->layout.cols, v->layout.lines);
}

static void
view_mode_leave(struct view *v, enum view_pane focus)
{
	if (v->mode == VIEW_MODE_SEARCH)
		view_hits_clear(v);
	v->mode = VIEW_MODE_HEADLINES;
	v->prompt = 0;
	v->focus = focus;
	v->art = v->art;	/* the article pane reloads by id */
	view_layout(v, v->layout.cols, v->layout.lines);
}

static void	view_hits_more(struct view *, size_t);

/* Moves a mode's selection by delta, fetching more search hits. */
static void
view_mode_move(struct view *v, long delta)
{
	size_t	n, sel;
	int	h = view_body_h(v, VIEW_HEADLINES) - view_mode_head(v);

	if (v->mode == VIEW_MODE_SEARCH && delta > 0)
		view_hits_more(v, v->msel + (size_t)delta + (size_t)h);
	if ((n = view_mode_rows(v)) == 0)
		return;
	if (delta < 0 && (size_t)-delta > v->msel)
		sel = 0;
	else
		sel = (size_t)((long)v->msel + delta);
	if (sel >= n)
		sel = n - 1;
	v->msel = sel;
	view_scroll_fix(v->msel, &v->mtop, h);
}

/* -- Topics -- */

/* The store's topics, in the built-in rules' order, counts of issue. */
static void
view_topics_load(struct view *v)
{
	struct store_issue	*is;
	struct topic_set	*ts;
	struct store_topic	 t;
	int64_t			 issue = 0;
	size_t			 i, j;
	char			*cause;
	int			 ki, kj;

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
	if (store_topics(v->store, issue, &v->topics, &v->ntopics,
	    &cause) != 0) {
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

static double	view_ms(void);

/*
 * Looks at more issues for the filter: a slice of about VIEW_JUMP_SLICE
 * ms when timed, else one window.  The list grows newest first, so the
 * first screen never waits for the archive; view_idle() does the rest.
 */
static void
view_filter_more(struct view *v, int timed)
{
	struct store_issue	*more;
	size_t			 n, i;
	double			 t0 = view_ms();
	char			*cause;

	do {
		if (v->fdone)
			break;
		if (store_issues_filtered(v->store, v->tfilter, v->fscanned,
		    VIEW_FILTER_ISSUES, &more, &n, &cause) != 0) {
			view_error(v, cause);
			v->fdone = 1;
			break;
		}
		v->fiss = xreallocarray(v->fiss, v->nfiss + n + 1,
		    sizeof *v->fiss);
		for (i = 0; i < n; i++)
			v->fiss[v->nfiss++] = more[i];
		free(more);		/* the rows' strings moved to fiss */
		v->fscanned += VIEW_FILTER_ISSUES;
		if ((int64_t)v->fscanned >= v->nall)
			v->fdone = 1;
	} while (timed && view_ms() - t0 < VIEW_JUMP_SLICE);
	v->nissues = (int64_t)v->nfiss;
}

/* Shows only issues and articles with any of the topics in mask. */
static void
view_filter_set(struct view *v, uint64_t mask)
{
	struct store_issue	*is;
	int64_t			 keep = 0;
	size_t			 i, idx;
	char			*cause;

	if ((is = view_issue(v, v->isel)) != NULL)
		keep = is->id;
	store_issues_free(v->fiss, v->nfiss);
	v->fiss = NULL;
	v->nfiss = 0;
	v->fscanned = 0;
	v->fdone = 0;
	v->tfilter = mask;
	v->isel = 0;
	if (mask != 0) {
		/* A screenful at least, and the issue we were on if near. */
		view_filter_more(v, 1);
		for (i = 0; i < v->nfiss; i++) {
			if (v->fiss[i].id == keep)
				v->isel = i;
		}
	} else {
		v->nissues = v->nall;
		if (keep != 0 &&
		    store_issue_index(v->store, keep, &idx, &cause) == 0)
			v->isel = idx;
	}
	v->hissue = 0;
	v->itop = v->isel;
	v->topics_issue = -1;
	view_layout(v, v->layout.cols, v->layout.lines);
	view_headlines_load(v);
	if (v->tfilter != 0 && v->fdone && v->nfiss == 0)
		view_error(v, xstrdup("no articles with these topics"));
}

/* Toggles topic number n (from 1) of the list. */
static void
view_topic_toggle(struct view *v, int n)
{
	view_topics_load(v);
	if (n < 1 || (size_t)n > v->ntopics) {
		view_error(v, xstrdup("no topic with that number (t lists "
		    "them)"));
		return;
	}
	view_filter_set(v, v->tfilter ^
	    ((uint64_t)1 << v->topics[n - 1].bit));
}

/* -- Jump -- */

static int
view_jump_add(const struct store_title *t, void *arg)
{
	jump_add(arg, t);
	return (0);
}

static double
view_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e3 + ts.tv_nsec / 1e6);
}

/*
 * Reads more of the archive into the jump list, newest issues first, for
 * about VIEW_JUMP_SLICE ms: the first screen never waits for the whole
 * archive, and the rest comes in between keys (view_idle).
 */
static void
view_jump_load(struct view *v)
{
	double	t0 = view_ms();
	char	*cause;

	if (v->jump == NULL)
		v->jump = jump_create();
	while (!v->jump_done && view_ms() - t0 < VIEW_JUMP_SLICE) {
		if (store_titles_each(v->store, v->jump_issues,
		    VIEW_JUMP_ISSUES, view_jump_add, v->jump, &cause) != 0) {
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
	struct pinyin_query	q;
	int			pinyin = v->cfg != NULL ? v->cfg->pinyin : 1;

	if (v->jump == NULL)
		return;
	if (v->jhits == NULL)
		v->jhits = xreallocarray(NULL, VIEW_JUMP_MAX,
		    sizeof *v->jhits);
	pinyin_query_init(&q, buf_str(&v->input));
	v->njhits = jump_find(v->jump, &q, pinyin, v->jhits, VIEW_JUMP_MAX,
	    &v->jall);
	v->msel = v->mtop = 0;
}

static void
view_jump_open(struct view *v)
{
	view_jump_load(v);
	view_mode_enter(v, VIEW_MODE_JUMP);
	v->prompt = ':';
	buf_truncate(&v->input, 0);
	view_jump_refresh(v);
}

/* Selects article id of issue, clearing the filter if it hides it. */
static void
view_goto_article(struct view *v, int64_t issue, int64_t id)
{
	size_t	i, idx = 0;
	char	*cause;
	int	found, pass;

	for (pass = 0; pass < 2; pass++) {
		found = 0;
		if (v->tfilter != 0) {
			for (i = 0; i < v->nfiss; i++) {
				if (v->fiss[i].id == issue) {
					idx = i;
					found = 1;
				}
			}
		} else if ((found = store_issue_index(v->store, issue, &idx,
		    &cause) == 0) == 0 && cause != NULL) {
			view_error(v, cause);
			return;
		}
		if (found) {
			view_select_issue(v, idx);
			for (i = 0; i < v->nhrows; i++) {
				if (view_is_article(v, i) &&
				    v->arts[v->hrows[i].art].id == id) {
					v->hsel = i;
					view_scroll_fix(v->hsel, &v->htop,
					    view_body_h(v, VIEW_HEADLINES));
					return;
				}
			}
		}
		if (v->tfilter == 0)
			break;
		view_filter_set(v, 0);	/* the filter hides it */
	}
	view_error(v, xstrdup("that article is no longer in the store"));
}

/* -- Search -- */

static void
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

	view_mode_enter(v, VIEW_MODE_SEARCH);
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

/*
 * Marks the places a line shows a word of query (words split at spaces,
 * ASCII case folded) as matches, as many as the line has spans for.
 */
static void
view_mark_matches(const char *query, struct view_line *l)
{
	const char	*w, *t;
	size_t		 wl, i, k, len = strlen(l->text);

	for (w = query; *w != '\0'; w += wl) {
		w += strspn(w, " ");
		if ((wl = strcspn(w, " ")) == 0)
			break;
		for (i = 0; i + wl <= len && l->nspans < VIEW_SPANS; i++) {
			t = l->text + i;
			for (k = 0; k < wl; k++) {
				if (t[k] != w[k] && !((unsigned char)t[k] <
				    0x80 && (t[k] | 0x20) == (w[k] | 0x20) &&
				    (w[k] | 0x20) >= 'a' && (w[k] | 0x20) <=
				    'z'))
					break;
			}
			if (k < wl)
				continue;
			l->spans[l->nspans].off = i;
			l->spans[l->nspans].len = wl;
			l->spans[l->nspans].elem = THEME_MATCH;
			l->nspans++;
			i += wl - 1;
		}
	}
}

/* -- Continuations -- */

static void
view_continue(struct view *v)
{
	struct store_article	*a;
	int64_t			 id;
	char			*cause, *msg;
	int			 rc;

	view_article_load(v);
	if ((a = v->art) == NULL)
		return;
	if (*a->continued_to == '\0' && *a->continued_from == '\0') {
		view_error(v, xstrdup("this article is not continued on "
		    "another page"));
		return;
	}
	rc = store_find_continuation(v->store, a, &id, &cause);
	if (rc == -1) {
		view_error(v, cause);
		return;
	}
	if (rc == 1) {
		xasprintf(&msg, "page %s of this issue has no continuation",
		    *a->continued_to != '\0' ? a->continued_to :
		    a->continued_from);
		view_error(v, msg);
		return;
	}
	if (v->mode != VIEW_MODE_HEADLINES)
		view_mode_leave(v, VIEW_ARTICLE);
	view_goto_article(v, a->issue, id);
	view_set_focus(v, VIEW_ARTICLE);
	v->atop = 0;
}

/* -- Keys -- */

/* A key typed at the prompt. */
static int
view_prompt_key(struct view *v, const char *name)
{
	struct pinyin_query	 q;
	uint32_t		 cp;
	size_t			 len = strlen(name), n;
	char			*text;

	free(v->error);
	v->error = NULL;
	if (strcmp(name, "Esc") == 0 || (strcmp(name, "Backspace") == 0 &&
	    v->input.len == 0)) {
		if (v->mode == VIEW_MODE_JUMP)
			view_mode_leave(v, v->mode_focus);
		v->prompt = 0;
		view_layout(v, v->layout.cols, v->layout.lines);
		return (0);
	}
	if (strcmp(name, "Enter") == 0) {
		if (v->prompt == '/') {
			v->prompt = 0;
			text = xstrdup(buf_str(&v->input));
			pinyin_query_init(&q, text);
			if (q.text[strspn(q.text, " ")] == '\0')
				view_mode_leave(v, v->focus);
			else
				view_search_run(v, text);
			free(text);
			return (0);
		}
		if (v->njhits > 0 && v->msel < v->njhits) {
			struct jump_entry e;

			jump_get(v->jump, v->jhits[v->msel].index, &e);
			view_mode_leave(v, VIEW_ARTICLE);
			view_goto_article(v, e.issue, e.id);
			view_layout(v, v->layout.cols, v->layout.lines);
			view_settle(v);
		}
		return (0);
	}
	if (strcmp(name, "Backspace") == 0) {
		n = text_utf8_prev(v->input.data, v->input.len, &cp);
		buf_truncate(&v->input, v->input.len - n);
	} else if (strcmp(name, "Down") == 0 || strcmp(name, "Up") == 0 ||
	    strcmp(name, "PgDn") == 0 || strcmp(name, "PgUp") == 0) {
		if (v->mode == VIEW_MODE_JUMP) {
			n = (size_t)view_page_step(v, VIEW_HEADLINES);
			view_mode_move(v, name[0] == 'D' ? 1 : name[0] == 'U' ?
			    -1 : name[2] == 'D' ? (long)n : -(long)n);
		}
		return (0);
	} else if (strcmp(name, "C-L") == 0)
		return (VIEW_REDRAW);
	else if (strcmp(name, "Space") == 0) {
		if (v->input.len < VIEW_PROMPT_MAX)
			buf_addc(&v->input, ' ');
	} else if (len > 0 && text_utf8_next(name, len, &cp) == len &&
	    cp >= 0x20 && cp != 0x7f) {
		if (v->input.len + len <= VIEW_PROMPT_MAX)
			buf_add(&v->input, name, len);
	} else
		return (0);
	if (v->mode == VIEW_MODE_JUMP) {
		view_jump_load(v);
		view_jump_refresh(v);
	}
	return (0);
}

int
view_busy(const struct view *v)
{
	return ((v->mode == VIEW_MODE_JUMP && !v->jump_done) ||
	    (v->tfilter != 0 && !v->fdone));
}

int
view_idle(struct view *v)
{
	size_t	sel = v->msel, top = v->mtop;

	if (!view_busy(v))
		return (0);
	if (v->tfilter != 0 && !v->fdone) {
		view_filter_more(v, 1);
		return (1);
	}
	view_jump_load(v);
	view_jump_refresh(v);
	/* New titles come after the ones shown: the selection stays. */
	if (sel < v->njhits) {
		v->msel = sel;
		v->mtop = top;
	}
	return (1);
}

/* A key in the topic menu or the weather view; -1: not theirs. */
static int
view_menu_key(struct view *v, enum view_cmd cmd)
{
	struct store_issue	*is;

	switch (cmd) {
	case VIEW_CMD_OPEN:
		if (v->mode == VIEW_MODE_TOPICS) {
			view_topic_toggle(v, (int)v->msel + 1);
			return (0);
		}
		if (v->mode == VIEW_MODE_WEATHER) {
			is = view_issue(v, v->msel);
			view_mode_leave(v, VIEW_HEADLINES);
			if (is != NULL)
				view_select_issue(v, v->msel);
			return (0);
		}
		return (-1);
	case VIEW_CMD_ESCAPE:
	case VIEW_CMD_QUIT_BACK:
	case VIEW_CMD_BACK:
		view_mode_leave(v, v->mode_focus);
		return (0);
	case VIEW_CMD_TOPICS:
		if (v->mode != VIEW_MODE_TOPICS)
			return (-1);
		view_mode_leave(v, v->mode_focus);
		return (0);
	case VIEW_CMD_WEATHER:
		if (v->mode != VIEW_MODE_WEATHER)
			return (-1);
		view_mode_leave(v, v->mode_focus);
		return (0);
	default:
		return (-1);
	}
}

int
view_input(struct view *v, const char *name)
{
	enum view_cmd	cmd;
	int		rc;

	if (name == NULL)
		return (view_cmd(v, VIEW_CMD_NONE));
	if (v->prompt != 0 && !v->help)
		return (view_prompt_key(v, name));
	cmd = view_key(v, name);
	if (v->help || view_welcome(v))
		return (view_cmd(v, cmd));
	if (v->mode == VIEW_MODE_TOPICS || v->mode == VIEW_MODE_WEATHER) {
		if (cmd == VIEW_CMD_STAR && v->mode == VIEW_MODE_TOPICS)
			cmd = VIEW_CMD_NONE;
		free(v->error);
		v->error = NULL;
		if ((rc = view_menu_key(v, cmd)) != -1)
			return (rc);
	}
	v->arg = 0;
	if (cmd == VIEW_CMD_TOPIC)
		v->arg = name[0] >= '1' && name[0] <= '9' && name[1] == '\0' ?
		    name[0] - '0' : (int)v->msel + 1;
	return (view_cmd(v, cmd));
}

int
view_cmd(struct view *v, enum view_cmd cmd)
{
	int	 rc = 0;

	if (cmd != VIEW_CMD_NONE && v->error != NULL) {
		free(v->error);
		v->error = NULL;
	}
	if (v->help) {
		/* Any key closes the help; T and C-L still work. */
		v->help = 0;
		if (cmd == VIEW_CMD_THEME)
			return (VIEW_THEME);
		if (cmd == VIEW_CMD_REDRAW)
			return (VIEW_REDRAW);
		if (cmd == VIEW_CMD_QUIT)
			return (VIEW_QUIT);
		return (0);
	}
	if (view_welcome(v)) {
		switch (cmd) {
		case VIEW_CMD_QUIT:
		case VIEW_CMD_QUIT_BACK:
			return (VIEW_QUIT);
		case VIEW_CMD_HELP:
			v->help = 1;
			return (0);
		case VIEW_CMD_THEME:
			return (VIEW_THEME);
		case VIEW_CMD_REDRAW:
			return (VIEW_REDRAW);
		default:
			return (0);
		}
	}
	switch (cmd) {
	case VIEW_CMD_NONE:
	case VIEW_CMD_MOUSE:
		break;
	case VIEW_CMD_DOWN:
		view_move(v, v->focus, 1);
		break;
	case VIEW_CMD_UP:
		view_move(v, v->focus, -1);
		break;
	case VIEW_CMD_PAGE_DOWN:
		view_move(v, v->focus, view_page_step(v, v->focus));
		break;
	case VIEW_CMD_PAGE_UP:
		view_move(v, v->focus, -view_page_step(v, v->focus));
		break;
	case VIEW_CMD_TOP:
		view_move(v, v->focus, -(long)(1L << 30));
		break;
	case VIEW_CMD_BOTTOM:
		view_move(v, v->focus, 1L << 30);
		break;
	case VIEW_CMD_LEFT:
	case VIEW_CMD_BACK:
		if (v->focus > VIEW_ISSUES)
			view_set_focus(v, v->focus - 1);
		break;
	case VIEW_CMD_RIGHT:
	case VIEW_CMD_OPEN:
		if (v->focus < VIEW_ARTICLE)
			view_set_focus(v, v->focus + 1);
		break;
	case VIEW_CMD_NEXT_PANE:
		view_set_focus(v, (v->focus + 1) % VIEW_NPANES);
		break;
	case VIEW_CMD_PREV_PANE:
		view_set_focus(v, (v->focus + VIEW_NPANES - 1) % VIEW_NPANES);
		break;
	case VIEW_CMD_QUIT_BACK:
		if (v->focus == VIEW_HEADLINES &&
		    v->mode != VIEW_MODE_HEADLINES) {
			view_mode_leave(v, VIEW_HEADLINES);
			break;
		}
		if (v->focus == VIEW_ISSUES)
			return (VIEW_QUIT);
		view_set_focus(v, v->focus - 1);
		break;
	case VIEW_CMD_QUIT:
		return (VIEW_QUIT);
	case VIEW_CMD_PREV_ISSUE:
		view_select_issue(v, v->isel + 1);
		break;
	case VIEW_CMD_NEXT_ISSUE:
		if (v->isel > 0)
			view_select_issue(v, v->isel - 1);
		break;
	case VIEW_CMD_PREV_PAGE:
		view_page(v, -1);
		break;
	case VIEW_CMD_NEXT_PAGE:
		view_page(v, 1);
		break;
	case VIEW_CMD_NEXT_UNREAD:
		if (v->mode == VIEW_MODE_SEARCH) {
			view_mode_move(v, 1);	/* n: the next match */
			v->atop = 0;
		} else
			view_next_unread(v);
		break;
	case VIEW_CMD_PREV_MATCH:
		if (v->mode == VIEW_MODE_SEARCH) {
			view_mode_move(v, -1);
			v->atop = 0;
		} else
			view_error(v, xstrdup("no search (/ starts one)"));
		break;
	case VIEW_CMD_SEARCH:
		v->prompt = '/';
		buf_truncate(&v->input, 0);
		break;
	case VIEW_CMD_JUMP:
		view_jump_open(v);
		break;
	case VIEW_CMD_TOPIC:
		view_topic_toggle(v, v->arg);
		break;
	case VIEW_CMD_TOPIC_CLEAR:
		if (v->tfilter != 0)
			view_filter_set(v, 0);
		break;
	case VIEW_CMD_TOPICS:
		view_topics_load(v);
		view_mode_enter(v, VIEW_MODE_TOPICS);
		break;
	case VIEW_CMD_WEATHER:
		view_mode_enter(v, VIEW_MODE_WEATHER);
		v->msel = v->isel;
		view_scroll_fix(v->msel, &v->mtop, view_body_h(v,
		    VIEW_HEADLINES) - view_mode_head(v));
		break;
	case VIEW_CMD_CONTINUE:
		view_continue(v);
		break;
	case VIEW_CMD_ESCAPE:
		if (v->mode != VIEW_MODE_HEADLINES)
			view_mode_leave(v, v->mode == VIEW_MODE_SEARCH &&
			    v->focus == VIEW_ARTICLE ? VIEW_ARTICLE :
			    v->mode_focus);
		break;
	case VIEW_CMD_STAR:
		view_star(v);
		break;
	case VIEW_CMD_HELP:
		v->help = 1;
		break;
	case VIEW_CMD_THEME:
		rc = VIEW_THEME;
		break;
	case VIEW_CMD_REDRAW:
		rc = VIEW_REDRAW;
		break;
	}
	view_settle(v);
	return (rc);
}

/* The pane at screen column x, or -1; its rectangle in *r. */
static int
view_pane_at(const struct view *v, int x, int y, struct view_rect *r)
{
	const struct view_layout	*L = &v->layout;
	int				 i;

	for (i = 0; i < L->npanes; i++) {
		*r = L->rect[i];
		if (x >= r->x && x < r->x + r->w && y >= r->y &&
		    y < r->y + r->h)
			return ((int)L->pane[i]);
	}
	return (-1);
}

int
view_wheel(struct view *v, int x, int y, int dir)
{
	struct view_rect	r;
	int			p;

	if (v->help || view_welcome(v))
		return (view_cmd(v, VIEW_CMD_NONE));
	if ((p = view_pane_at(v, x, y, &r)) == -1)
		return (0);
	view_move(v, (enum view_pane)p, dir * VIEW_WHEEL);
	view_settle(v);
	return (0);
}

int
view_click(struct view *v, int x, int y)
{
	struct view_rect	r;
	size_t			row;
	int			p, body;

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
	} else if (p == VIEW_HEADLINES && body >= 0 &&
	    v->mode != VIEW_MODE_HEADLINES) {
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

/* ---- Lines of each pane -------------------------------------------- */

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
	default:
		return ("  ");
	}
}

static void
view_weather(struct view_lb *lb, const struct store_issue *is)
{
	if (is->has_high && is->has_low)
		view_lb_addf(lb, THEME_WEATHER, "%d/%d℃", is->high, is->low);
	else if (is->has_high)
		view_lb_addf(lb, THEME_WEATHER, "%d℃", is->high);
	else if (is->has_low)
		view_lb_addf(lb, THEME_WEATHER, "%d℃", is->low);
}

static void
view_issues_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb		 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	struct store_issue	*is;
	enum theme_elem		 elem;
	size_t			 i;
	char			*name;

	for (i = v->itop; i < v->itop + (size_t)h; i++) {
		if ((is = view_issue(v, i)) == NULL)
			break;
		elem = THEME_NORMAL;
		if (i == v->isel)
			elem = v->focus == VIEW_ISSUES ? THEME_SELECTED :
			    THEME_SELECTED_DIM;
		name = view_clean(*is->date != '\0' ? is->date : is->name);
		view_lb_add(&lb, name, THEME_DATE);
		free(name);
		view_lb_addf(&lb, THEME_COUNT, " %2d版", is->npages);
		if (v->tfilter != 0)
			/* Filtered: the articles that match. */
			view_lb_addf(&lb, THEME_TOPIC, " %3d", is->narticles);
		else if (is->nunread > 0)
			view_lb_addf(&lb, THEME_UNREAD, " %3d", is->nunread);
		else
			view_lb_add(&lb, "    ", THEME_NORMAL);
		view_lb_add(&lb, " ", THEME_NORMAL);
		view_weather(&lb, is);
		view_lb_done(&lb, l, 0, w, elem, elem != THEME_NORMAL);
	}
}

/* The text a headline row shows for an untitled article. */
static char *
view_untitled(struct view *v, const struct store_article_row *r)
{
	struct store_issue	*is;
	char			*s, *nl;

	if (*r->title != '\0')
		return (view_clean(r->title));
	if (*r->kicker != '\0')
		return (view_clean(r->kicker));
	if (r->kind == PARSE_WEATHER) {
		is = view_issue(v, v->isel);
		if (is != NULL && is->id == r->issue && *is->today != '\0') {
			xasprintf(&s, "天气 %s", is->today);
			nl = view_clean(s);
			free(s);
			return (nl);
		}
		return (xstrdup("天气"));
	}
	if (r->lead != NULL && *r->lead != '\0') {
		s = xstrdup(r->lead);
		if ((nl = strchr(s, '\n')) != NULL)
			*nl = '\0';
		nl = view_clean(s);
		free(s);
		return (nl);
	}
	return (xstrdup("(untitled)"));
}

/*
 * Adds text to lb with bytes off..off+len (a match, if len > 0) drawn as
 * a match.
 */
static void
view_lb_match(struct view_lb *lb, const char *text, size_t off, size_t len,
    enum theme_elem elem)
{
	char	*s, *c;

	if (len == 0 || off + len > strlen(text)) {
		c = view_clean(text);
		view_lb_add(lb, c, elem);
		free(c);
		return;
	}
	/* Each piece sanitised on its own: the offsets stay right. */
	s = xstrndup(text, off);
	c = view_clean(s);
	view_lb_add(lb, c, elem);
	free(c);
	free(s);
	s = xstrndup(text + off, len);
	c = view_clean(s);
	view_lb_add(lb, c, THEME_MATCH);
	free(c);
	free(s);
	c = view_clean(text + off + len);
	view_lb_add(lb, c, elem);
	free(c);
}

/* A mode row's style: selected or not. */
static enum theme_elem
view_mode_elem(const struct view *v, size_t i)
{
	if (i != v->msel)
		return (THEME_NORMAL);
	return (v->focus == VIEW_HEADLINES ? THEME_SELECTED :
	    THEME_SELECTED_DIM);
}

static void
view_jump_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb		 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	struct jump_entry	 e;
	struct jump_hit		*jh;
	enum theme_elem		 elem;
	size_t			 i;
	char			*date;

	view_scroll_fix(v->msel, &v->mtop, h);
	for (i = v->mtop; i < v->njhits && i < v->mtop + (size_t)h; i++) {
		jh = &v->jhits[i];
		jump_get(v->jump, jh->index, &e);
		elem = view_mode_elem(v, i);
		date = view_clean(e.date);
		view_lb_addf(&lb, THEME_DATE, "%s", date);
		free(date);
		view_lb_addf(&lb, THEME_COUNT, " %2d ", e.page);
		view_lb_match(&lb, e.title, jh->off, jh->len, elem);
		view_lb_done(&lb, l, 0, w, elem, 0);
	}
	if (v->njhits == 0 && h > 0)
		view_line_text(l, v->jump != NULL && jump_count(v->jump) > 0 ?
		    "(no headline matches)" : "(no headlines)", 1, w,
		    THEME_NOTE);
}

static void
view_search_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb		 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	struct view_hit		*hit;
	struct view_line	*line;
	enum theme_elem		 elem;
	size_t			 i, off, k;
	uint32_t		 cp;
	char			*title, *snip;

	view_hits_more(v, v->mtop + (size_t)h + 1);
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

static void
view_topics_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb		 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	struct store_topic	*t;
	enum theme_elem		 elem;
	size_t			 i;
	int			 on;

	view_topics_load(v);
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

/* A sparkline block for t between lo and hi. */
static const char *
view_spark(int t, int lo, int hi)
{
	static const char *const bars[] = {
		"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"
	};
	int	k;

	if (hi <= lo)
		return (bars[3]);
	k = (t - lo) * 7 / (hi - lo);
	return (bars[k < 0 ? 0 : k > 7 ? 7 : k]);
}

/*
 * One sparkline row: the highs (or lows) of issues first..last, oldest on
 * the left as a chart reads, blank where an issue has none.
 */
static void
view_spark_line(struct view *v, struct view_lines *l, int w, size_t first,
    size_t last, int lo, int hi, int highs)
{
	struct view_lb		 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	struct store_issue	*is;
	struct buf		 spark = BUF_INIT;
	size_t			 k;
	int			 n = 0;

	for (k = last; k > first && n < w - 4; k--) {
		if ((is = view_issue(v, k - 1)) == NULL)
			continue;
		if (highs ? is->has_high : is->has_low)
			buf_adds(&spark, view_spark(highs ? is->high :
			    is->low, lo, hi));
		else
			buf_addc(&spark, ' ');
		n++;
	}
	buf_add(&spark, "", 0);
	view_lb_add(&lb, highs ? " 高 " : " 低 ", THEME_HEADLINE);
	view_lb_add(&lb, buf_str(&spark), THEME_WEATHER);
	buf_free(&spark);
	view_lb_done(&lb, l, 0, w, THEME_NORMAL, 0);
}

static void
view_weather_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb		 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	struct store_issue	*is;
	enum theme_elem		 elem;
	size_t			 i, first, last;
	int			 head = view_mode_head(v), rows, lo = 0, hi = 0;
	int			 any = 0;
	char			*s, *t;

	rows = h - head;
	view_scroll_fix(v->msel, &v->mtop, rows > 0 ? rows : 1);
	first = v->mtop;
	last = first + (size_t)(rows > 0 ? rows : 1);
	/* The scale: every temperature of the issues on screen. */
	for (i = first; i < last && (is = view_issue(v, i)) != NULL; i++) {
		if (is->has_high) {
			lo = !any || is->high < lo ? is->high : lo;
			hi = !any || is->high > hi ? is->high : hi;
			any = 1;
		}
		if (is->has_low) {
			lo = !any || is->low < lo ? is->low : lo;
			hi = !any || is->low > hi ? is->low : hi;
			any = 1;
		}
	}
	if (head > 0) {
		view_spark_line(v, l, w, first, last, lo, hi, 1);
		view_spark_line(v, l, w, first, last, lo, hi, 0);
		view_line_text(l, "", 0, w, THEME_NORMAL);
	}
	for (i = first; i < last && (is = view_issue(v, i)) != NULL; i++) {
		elem = view_mode_elem(v, i);
		s = view_clean(*is->date != '\0' ? is->date : is->name);
		view_lb_add(&lb, s, THEME_DATE);
		free(s);
		if (is->has_high && is->has_low) {
			char	t2[32];

			snprintf(t2, sizeof t2, "%d/%d", is->high, is->low);
			view_lb_addf(&lb, THEME_WEATHER, " %7s℃ %s%s", t2,
			    view_spark(is->high, lo, hi),
			    view_spark(is->low, lo, hi));
		}
		else if (is->has_weather)
			view_lb_add(&lb, "          ", THEME_WEATHER);
		if (is->has_weather) {
			xasprintf(&s, " %s", is->today);
			if (*is->tomorrow != '\0') {
				xasprintf(&t, "%s → %s", s, is->tomorrow);
				free(s);
				s = t;
			}
			if (*is->wind != '\0') {
				xasprintf(&t, "%s  %s", s, is->wind);
				free(s);
				s = t;
			}
			t = view_clean(s);
			view_lb_add(&lb, t, elem);
			free(t);
			free(s);
		} else
			view_lb_add(&lb, " (no weather)", THEME_NOTE);
		view_lb_done(&lb, l, 0, w, elem, elem != THEME_NORMAL);
	}
}

static void
view_headlines_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb			 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	struct store_article_row	*r;
	struct view_hrow		*hr;
	struct buf			 marks = BUF_INIT, t = BUF_INIT;
	enum theme_elem			 elem;
	size_t				 i;
	char				*title;
	int				 bit, mw, room;

	switch (v->mode) {
	case VIEW_MODE_JUMP:
		view_jump_lines(v, l, w, h);
		return;
	case VIEW_MODE_SEARCH:
		view_search_lines(v, l, w, h);
		return;
	case VIEW_MODE_TOPICS:
		view_topics_lines(v, l, w, h);
		return;
	case VIEW_MODE_WEATHER:
		view_weather_lines(v, l, w, h);
		return;
	case VIEW_MODE_HEADLINES:
		break;
	}
	view_headlines_load(v);
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
		for (bit = 0; bit < TOPIC_MAX; bit++) {
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
		view_lb_done(&lb, l, 0, w, elem, elem == THEME_SELECTED ||
		    elem == THEME_SELECTED_DIM);
	}
	buf_free(&marks);
	buf_free(&t);
}

static void
view_article_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_line	*line;
	size_t			 i;

	view_article_load(v);
	if (v->atop > view_article_maxtop(v))
		v->atop = view_article_maxtop(v);
	for (i = v->atop; i < v->alines.n && i < v->atop + (size_t)h; i++) {
		line = view_lines_add(l);
		*line = v->alines.v[i];
		line->text = xstrdup(line->text);
	}
	if (v->alines.n == 0 && h > 0)
		view_line_text(l, v->nissues > 0 ? "(no article)" : "", 1, w,
		    THEME_NOTE);
}

size_t
view_pane_lines(struct view *v, enum view_pane p,
    const struct view_line **out)
{
	struct view_lines	*l = &v->lines[p];
	int			 w, h;

	view_lines_clear(l);
	*out = NULL;
	if ((w = view_pane_w(v, p)) <= 0 || view_welcome(v))
		return (0);
	h = view_body_h(v, p);
	switch (p) {
	case VIEW_ISSUES:
		view_issues_lines(v, l, w, h);
		break;
	case VIEW_HEADLINES:
		view_headlines_lines(v, l, w, h);
		break;
	case VIEW_ARTICLE:
		view_article_lines(v, l, w, h);
		break;
	case VIEW_NPANES:
		break;
	}
	*out = l->v;
	return (l->n);
}

const struct view_line *
view_pane_title(struct view *v, enum view_pane p)
{
	struct view_lines	*l = &v->titles[p];
	struct view_lb		 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	struct store_issue	*is;
	enum theme_elem		 elem;
	size_t			 pos, n, maxtop;
	int			 w;

	view_lines_clear(l);
	w = view_pane_w(v, p);
	elem = v->focus == p ? THEME_TITLE_FOCUS : THEME_TITLE;
	switch (p) {
	case VIEW_ISSUES:
		view_lb_addf(&lb, elem, " Issues (%lld%s)",
		    (long long)v->nissues, v->tfilter != 0 && !v->fdone ?
		    "…" : "");
		break;
	case VIEW_HEADLINES:
		if (v->mode == VIEW_MODE_JUMP) {
			view_lb_addf(&lb, elem, " Jump: %zu%s headlines",
			    v->njhits, v->jall ? "" : "+");
			if (!v->jump_done && v->nall > 0)
				view_lb_addf(&lb, elem, " (reading: %lld%%)",
				    (long long)v->jump_issues * 100 /
				    (long long)v->nall);
			break;
		}
		if (v->mode == VIEW_MODE_SEARCH) {
			view_lb_addf(&lb, elem, " Search: %zu%s articles",
			    v->nhits, v->hits_done ? "" : "+");
			break;
		}
		if (v->mode == VIEW_MODE_TOPICS) {
			view_lb_add(&lb, " Topics (number or Enter toggles, "
			    "0 clears)", elem);
			break;
		}
		if (v->mode == VIEW_MODE_WEATHER) {
			view_lb_addf(&lb, elem, " Weather (%lld issues)",
			    (long long)v->nissues);
			break;
		}
		view_headlines_load(v);
		if ((is = view_issue(v, v->isel)) != NULL) {
			char *name = view_clean(is->name);

			view_lb_addf(&lb, elem, " %s · %d pages · %zu articles",
			    name, is->npages, v->narts);
			free(name);
		}
		break;
	case VIEW_ARTICLE:
		view_article_load(v);
		pos = view_article_pos(v, &n);
		if (pos != 0 && v->art != NULL) {
			maxtop = view_article_maxtop(v);
			view_lb_addf(&lb, elem, " 第%d版 %zu/%zu%s · ",
			    v->art->page, pos, n, v->art->starred ? " *" : "");
			if (maxtop == 0)
				view_lb_add(&lb, "All", elem);
			else if (v->atop == 0)
				view_lb_add(&lb, "Top", elem);
			else if (v->atop >= maxtop)
				view_lb_add(&lb, "End", elem);
			else
				view_lb_addf(&lb, elem, "%zu%%",
				    v->atop * 100 / maxtop);
		}
		break;
	case VIEW_NPANES:
		break;
	}
	return (view_lb_done(&lb, l, 0, w, elem, 0));
}

const struct view_line *
view_status(struct view *v)
{
	struct view_lines	*l = &v->status;
	struct view_lb		 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	struct store_issue	*is;
	struct store_article_row *r;
	size_t			 pos, n;
	char			*s;

	view_lines_clear(l);
	if (v->error != NULL) {
		s = view_clean(v->error);
		view_lb_add(&lb, s, THEME_ERROR);
		free(s);
		return (view_lb_done(&lb, l, 0, v->layout.cols, THEME_ERROR,
		    1));
	}
	if (v->prompt != 0) {
		s = view_clean(buf_str(&v->input));
		view_lb_addf(&lb, THEME_STATUS, " %s %s_",
		    v->prompt == ':' ? "Jump to:" : "Search:", s);
		free(s);
		view_lb_add(&lb, v->prompt == ':' ? "   (pinyin or text; "
		    "Enter opens, Esc goes back)" : "   (Enter searches, Esc "
		    "cancels)", THEME_STATUS);
		return (view_lb_done(&lb, l, 0, v->layout.cols, THEME_STATUS,
		    1));
	}
	if (view_welcome(v) || (is = view_issue(v, v->isel)) == NULL) {
		view_lb_add(&lb, " kanbao · ? help · q quit", THEME_STATUS);
		return (view_lb_done(&lb, l, 0, v->layout.cols, THEME_STATUS,
		    1));
	}
	r = view_selected(v);
	s = view_clean(r != NULL && v->mode == VIEW_MODE_SEARCH ? r->date :
	    is->name);
	view_lb_addf(&lb, THEME_STATUS, " %s", s);
	free(s);
	if (r != NULL) {
		pos = view_article_pos(v, &n);
		view_lb_addf(&lb, THEME_STATUS, "  第%d版  %zu/%zu", r->page,
		    pos, n);
	}
	if (is->has_high || is->has_low) {
		view_lb_add(&lb, "  ", THEME_STATUS);
		view_weather(&lb, is);
	}
	if (*is->today != '\0') {
		s = view_clean(is->today);
		view_lb_addf(&lb, THEME_STATUS, " %s", s);
		free(s);
	}
	if (v->query != NULL) {
		s = view_clean(v->query);
		view_lb_addf(&lb, THEME_STATUS, "  /%s", s);
		free(s);
	}
	if (v->tfilter != 0) {
		view_topics_load(v);
		view_lb_add(&lb, "  topics:", THEME_STATUS);
		for (pos = 0; pos < v->ntopics; pos++) {
			if ((v->tfilter >> v->topics[pos].bit) & 1) {
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
	struct view_lines	*l = &v->filterl;
	struct view_lb		 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	struct buf		 plain = BUF_INIT;
	struct store_topic	*t;
	size_t			 i;
	char			*s;

	view_lines_clear(l);
	view_topics_load(v);
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
		"    kanbao import DIR",
		"",
		"then run kanbao again.  ? shows the keys, q quits.",
	};
	const char	*msg;
	size_t		 i;
	int		 w = v->layout.cols, x = w >= 40 ? 2 : 0;

	view_lines_clear(l);
	msg = v->message != NULL ? v->message :
	    "There are no issues in the store yet.";
	for (i = 0; i < sizeof text / sizeof *text; i++) {
		if ((int)i >= v->layout.lines - (v->layout.status.h))
			break;
		view_line_text(l, strcmp(text[i], "%s") == 0 ? msg : text[i],
		    x, w, i == 1 ? THEME_HEADLINE : (strcmp(text[i], "%s") ==
		    0 && v->message != NULL ? THEME_ERROR : THEME_NORMAL));
	}
	*out = l->v;
	return (l->n);
}

size_t
view_help_lines(struct view *v, int width, const struct view_line **out)
{
	struct view_lines	*l = &v->helpl;
	const struct view_key	*k;
	struct view_lb		 lb = { BUF_INIT, { { 0, 0, 0 } }, 0 };
	int			 kw = 0, w;

	view_lines_clear(l);
	for (k = view_keys; k->keys != NULL; k++) {
		if ((w = text_width(k->keys, strlen(k->keys))) > kw)
			kw = w;
	}
	view_line_text(l, "Keys (any key closes this)", 0, width,
	    THEME_HEADLINE);
	for (k = view_keys; k->keys != NULL; k++) {
		view_lb_addf(&lb, THEME_UNREAD, "%-*s", kw, k->keys);
		view_lb_addf(&lb, THEME_HELP, "  %s", k->help);
		view_lb_done(&lb, l, 0, width, THEME_HELP, 0);
	}
	*out = l->v;
	return (l->n);
}
