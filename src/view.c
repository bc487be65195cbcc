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
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/config.h"
#include "kanbao/reflow.h"
#include "kanbao/text.h"
#include "kanbao/view.h"
#include "kanbao/xmalloc.h"

#define VIEW_READAHEAD	32	/* issue rows fetched beyond the screen */
#define VIEW_ISSUES_W	28	/* issue pane width with three panes */
#define VIEW_WHEEL	3	/* rows a wheel notch moves */

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

	struct store_article	*art;		/* the article pane's */
	struct view_lines	 alines;	/* art laid out at awidth */
	int			 awidth;
	size_t			 atop;

	struct view_lines	 lines[VIEW_NPANES];
	struct view_lines	 titles[VIEW_NPANES];
	struct view_lines	 status;
	struct view_lines	 welcome;
	struct view_lines	 helpl;
};

static void	view_error(struct view *, char *);

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

	if (v->store == NULL || (int64_t)i >= v->nissues)
		return (NULL);
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
	if (store_issue_count(v->store, &v->nissues, &cause) != 0) {
		view_error(v, cause);
		v->nissues = 0;
		return;
	}
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
	if (store_articles(v->store, &f, &v->arts, &v->narts, &cause) != 0) {
		view_error(v, cause);
		return;
	}
	if (store_pages_each(v->store, is->id, view_pages_add, &vp,
	    &cause) != 0) {
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
	view_article_para(v, *a->title != '\0' ? a->title : "(untitled)",
	    width, 0, x, THEME_HEADLINE);
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
		xasprintf(&note, "(continued on page %s)", a->continued_to);
		view_article_para(v, note, width, 0, x, THEME_NOTE);
		free(note);
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
	for (i = 0; i < VIEW_NPANES; i++) {
		view_lines_free(&v->lines[i]);
		view_lines_free(&v->titles[i]);
	}
	view_lines_free(&v->status);
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
	if (!view_is_article(v, v->hsel))
		return (0);
	return (v->arts[v->hrows[v->hsel].art].id);
}

size_t
view_article_pos(const struct view *v, size_t *n)
{
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
		view_next_unread(v);
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
		if (is->nunread > 0)
			view_lb_addf(&lb, THEME_UNREAD, " %3d", is->nunread);
		else
			view_lb_add(&lb, "    ", THEME_NORMAL);
		view_lb_add(&lb, " ", THEME_NORMAL);
		view_weather(&lb, is);
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
		title = view_clean(*r->title != '\0' ? r->title :
		    (*r->kicker != '\0' ? r->kicker : "(untitled)"));
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
		view_lb_addf(&lb, elem, " Issues (%lld)",
		    (long long)v->nissues);
		break;
	case VIEW_HEADLINES:
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
	if (view_welcome(v) || (is = view_issue(v, v->isel)) == NULL) {
		view_lb_add(&lb, " kanbao · ? help · q quit", THEME_STATUS);
		return (view_lb_done(&lb, l, 0, v->layout.cols, THEME_STATUS,
		    1));
	}
	s = view_clean(is->name);
	view_lb_addf(&lb, THEME_STATUS, " %s", s);
	free(s);
	if ((r = view_selected(v)) != NULL) {
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
	return (view_lb_done(&lb, l, 0, v->layout.cols, THEME_STATUS, 1));
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
