/*
 * Painting.  One pass per loop iteration repaints everything from the
 * model into curses' buffer; curses sends only what changed.
 *
 * Invariants: text reaches curses only through ui_draw_text(), which
 * draws the cells view_cell_next() made safe, moves to each cell
 * explicitly and stops before a cell would cross the right edge of its
 * rectangle, so no wide character straddles a pane border or wraps.
 */
#include <string.h>
#include <wchar.h>

#include "kanbao/ui-draw.h"
#include "kanbao/ui-theme.h"
#include "kanbao/view.h"

struct ui_pane_ops {
	const char     *name;
	enum theme_elem fill; /* style of rows with no text */
	void (*draw)(struct view *, enum view_pane, const struct ui_pane_ops *,
	    struct view_rect);
};

static void ui_draw_pane(struct view *, enum view_pane,
    const struct ui_pane_ops *, struct view_rect);

static const struct ui_pane_ops ui_panes[VIEW_NPANES] = {
	[VIEW_ISSUES] = { "issues", THEME_NORMAL, ui_draw_pane },
	[VIEW_HEADLINES] = { "headlines", THEME_NORMAL, ui_draw_pane },
	[VIEW_ARTICLE] = { "article", THEME_BODY, ui_draw_pane },
};

/* Blanks w cells from (y, x) in elem's style. */
static void
ui_draw_fill(int y, int x, int w, enum theme_elem elem)
{
	attr_t a;
	short  pair;

	if (w <= 0)
		return;
	a = ui_theme_attr(elem, &pair);
	attr_set(a, pair, NULL);
	mvhline(y, x, ' ', w);
	attr_set(A_NORMAL, 0, NULL);
}

/*
 * Draws len bytes of s at (y, x) within w columns, each byte in the style
 * of the span that covers it (elem elsewhere).  Returns the columns used.
 */
static int
ui_draw_text(int y, int x, int w, const char *s, size_t len,
    enum theme_elem elem, const struct view_span *spans, int nspans)
{
	struct view_cell c;
	enum theme_elem	 e;
	wchar_t		 wch[6];
	cchar_t		 cc;
	attr_t		 a;
	short		 pair;
	size_t		 off = 0, n;
	int		 used = 0, i;

	while (off < len && (n = view_cell_next(s + off, len - off, &c)) != 0) {
		if (used + c.width > w)
			break;
		e = elem;
		for (i = 0; i < nspans; i++) {
			if (off >= spans[i].off &&
			    off < spans[i].off + spans[i].len)
				e = spans[i].elem;
		}
		a = ui_theme_attr(e, &pair);
		if (c.ncp > 0) {
			for (i = 0; i < c.ncp; i++)
				wch[i] = (wchar_t)c.cp[i];
			wch[c.ncp] = L'\0';
			setcchar(&cc, wch, a, pair, NULL);
			/* ERR at the bottom-right cell is expected. */
			mvadd_wch(y, x + used, &cc);
		}
		if (c.pad > 0)
			ui_draw_fill(y, x + used + c.width - c.pad, c.pad, e);
		used += c.width;
		off += n;
	}
	return (used);
}

static void
ui_draw_line(int y, struct view_rect r, const struct view_line *l)
{
	int x;

	if (y < r.y || y >= r.y + r.h || r.w <= 0)
		return;
	ui_draw_fill(y, r.x, r.w, l->elem);
	x = l->x < r.w ? l->x : r.w;
	ui_draw_text(y, r.x + x, r.w - x, l->text, strlen(l->text), l->elem,
	    l->spans, l->nspans);
}

static void
ui_draw_pane(struct view *v, enum view_pane p, const struct ui_pane_ops *ops,
    struct view_rect r)
{
	const struct view_layout *L = view_get_layout(v);
	const struct view_line	 *lines;
	size_t			  n, i;
	int			  y = r.y;

	if (L->titled && r.h > 0) {
		ui_draw_line(y, r, view_pane_title(v, p));
		y++;
	}
	n = view_pane_lines(v, p, &lines);
	for (i = 0; i < n && y < r.y + r.h; i++, y++)
		ui_draw_line(y, r, &lines[i]);
	for (; y < r.y + r.h; y++)
		ui_draw_fill(y, r.x, r.w, ops->fill);
}

/*
 * The help overlay: the box view_help_box() places, with the heading and
 * the rows of keys it says are shown (two columns, or a scrolled window
 * of one).
 */
static void
ui_draw_help(struct view *v)
{
	struct view_help_box	box;
	const struct view_line *lines;
	struct view_rect	r, c;
	size_t			n, i, k, row, first, end;
	int			y;
	attr_t			a;
	short			pair;

	view_help_box(v, &box);
	r = box.r;
	if (r.w <= 0 || r.h <= 0)
		return;
	n = view_help_lines(v, box.colw, &lines);
	for (y = r.y; y < r.y + r.h; y++)
		ui_draw_fill(y, r.x, r.w, THEME_HELP);
	if (box.border) {
		a = ui_theme_attr(THEME_BORDER, &pair);
		attr_set(a, pair, NULL);
		mvhline(r.y, r.x, ACS_HLINE, r.w);
		mvhline(r.y + r.h - 1, r.x, ACS_HLINE, r.w);
		mvvline(r.y, r.x, ACS_VLINE, r.h);
		mvvline(r.y, r.x + r.w - 1, ACS_VLINE, r.h);
		mvaddch(r.y, r.x, ACS_ULCORNER);
		mvaddch(r.y, r.x + r.w - 1, ACS_URCORNER);
		mvaddch(r.y + r.h - 1, r.x, ACS_LLCORNER);
		mvaddch(r.y + r.h - 1, r.x + r.w - 1, ACS_LRCORNER);
		attr_set(A_NORMAL, 0, NULL);
		r.x += 2;
		r.w -= 4;
		r.y += 1;
		r.h -= 2;
	}
	if (n == 0 || r.h < 1)
		return;
	ui_draw_line(r.y, r, &lines[0]);
	/*
	 * Lines after the first (the heading) are the keys: the first
	 * column's up to the split, the second's after it.
	 */
	for (k = 0; k < (size_t)box.ncol; k++) {
		first = 1 + (k == 0 ? box.top : box.split);
		end = k == 0 ? 1 + box.split : n;
		for (row = 0; row < box.per; row++) {
			i = first + row;
			if (i >= end || i >= n || 1 + (int)row >= r.h)
				break;
			c = r;
			if (box.ncol == 2) {
				c.x = r.x + (int)k * (box.colw + 2);
				c.w = box.colw;
			}
			ui_draw_line(r.y + 1 + (int)row, c, &lines[i]);
		}
	}
}

void
ui_draw(struct view *v)
{
	const struct view_layout *L = view_get_layout(v);
	const struct view_line	 *lines;
	struct view_rect	  r;
	size_t			  n, i;
	int			  p, y;
	attr_t			  a;
	short			  pair;

	erase();
	if (L->cols <= 0 || L->lines <= 0)
		return;
	if (view_welcome(v)) {
		r.x = 0;
		r.y = 0;
		r.w = L->cols;
		r.h = L->lines - L->status.h;
		n = view_welcome_lines(v, &lines);
		for (y = 0; y < r.h; y++)
			ui_draw_fill(y, 0, r.w, THEME_NORMAL);
		for (i = 0; i < n; i++)
			ui_draw_line((int)i, r, &lines[i]);
	} else {
		for (p = 0; p < L->npanes; p++) {
			ui_panes[L->pane[p]].draw(v, L->pane[p],
			    &ui_panes[L->pane[p]], L->rect[p]);
			if (p + 1 < L->npanes && L->sep[p] < L->cols) {
				a = ui_theme_attr(THEME_BORDER, &pair);
				attr_set(a, pair, NULL);
				mvvline(0, L->sep[p], ACS_VLINE, L->rect[p].h);
				attr_set(A_NORMAL, 0, NULL);
			}
		}
	}
	if (L->filter.h > 0)
		ui_draw_line(L->filter.y, L->filter, view_filter_bar(v));
	if (L->status.h > 0)
		ui_draw_line(L->status.y, L->status, view_status(v));
	if (view_help_shown(v))
		ui_draw_help(v);
}
