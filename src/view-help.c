/*
 * The help overlay (?): one entry per command of the command table with the
 * keys that run it in this reader (the defaults a bind line has not taken
 * away, and the keys bind lines add) and its description, wrapped onto
 * further lines under itself rather than cut, so that every word of it can
 * be read.  The box fits the terminal: one column, two when that fits a
 * screen (split between two entries), else one column that scrolls (j k
 * Space PgDn PgUp g G; q Esc ? close it).
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/config.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

#define VIEW_HELP_W    96  /* widest one-column box */
#define VIEW_HELP_W2   128 /* widest two-column box */
#define VIEW_HELP_TWO  84  /* columns from which two columns may flow */
#define VIEW_HELP_DESC 16  /* narrowest description beside the keys */
#define VIEW_HELP_WRAP 10  /* narrowest column that wraps at all */

/* Whether key (len bytes) is one of the space-separated names in keys. */
static int
view_help_has(const char *keys, const char *key, size_t len)
{
	const char *p, *end;

	for (p = keys; p != NULL && *p != '\0'; p = end + strspn(end, " ")) {
		end = p + strcspn(p, " ");
		if ((size_t)(end - p) == len && strncmp(p, key, len) == 0)
			return (1);
	}
	return (0);
}

/*
 * The keys that run command row c here, space-separated into b; 0 if
 * none (every default key bound to something else, and no bind line).
 */
static int
view_help_keys(const struct view *v, const struct view_command *c,
    struct buf *b)
{
	const struct config *cfg = v->cfg;
	const char	    *p, *end;
	char		     key[CONFIG_KEY_MAX];
	enum view_cmd	     bound;
	size_t		     i, len;

	buf_truncate(b, 0);
	buf_add(b, "", 0);
	for (p = c->keys; p != NULL && *p != '\0'; p = end + strspn(end, " ")) {
		end = p + strcspn(p, " ");
		len = (size_t)(end - p);
		if (len < sizeof key && c->cmd != VIEW_CMD_MOUSE) {
			memcpy(key, p, len);
			key[len] = '\0';
			if (config_key(cfg, key, &bound) && bound != c->cmd)
				continue; /* taken by a bind line */
		}
		if (b->len != 0)
			buf_addc(b, ' ');
		buf_add(b, p, len);
	}
	for (i = 0; cfg != NULL && i < cfg->nbinds; i++) {
		if (cfg->binds[i].cmd != c->cmd || c->cmd == VIEW_CMD_NONE ||
		    view_help_has(c->keys, cfg->binds[i].key,
			strlen(cfg->binds[i].key)))
			continue;
		if (b->len != 0)
			buf_addc(b, ' ');
		buf_adds(b, cfg->binds[i].key);
	}
	return (b->len != 0);
}

/* Whether row c is the first of its command (open and right share one). */
static int
view_help_first(const struct view_command *c)
{
	const struct view_command *k;

	if (c->cmd == VIEW_CMD_MOUSE || c->cmd == VIEW_CMD_NONE)
		return (c->cmd == VIEW_CMD_MOUSE);
	for (k = view_commands; k != c; k++) {
		if (k->cmd == c->cmd)
			return (0);
	}
	return (1);
}

/*
 * The bytes of the next line of help text s (len bytes) at most width
 * columns wide: up to the last space that fits.  The help is English with
 * a Chinese word or two, each between spaces; a word wider than the width
 * is a line of its own (cut with … when drawn).  Sets *skip to the bytes
 * to step over to the next line's start (the line and its spaces).
 */
static size_t
view_help_wrap(const char *s, size_t len, int width, size_t *skip)
{
	size_t end = 0, i = 0, word;

	while (i < len) {
		word = i + strcspn(s + i, " ");
		if (word > len)
			word = len;
		if (end != 0 && text_width(s, word) > width)
			break;
		end = word;
		i = word + strspn(s + word, " ");
	}
	*skip = i;
	return (end);
}

/*
 * Adds the lines of one entry to l, for a column width columns wide: the
 * keys padded to kw columns, then the description wrapped in the columns
 * left, its further lines indented (x) to line up under its first.  When
 * the keys leave too little room the description goes under them,
 * indented two; in a column too narrow to wrap, one line cut with ….
 */
static void
view_help_entry(struct view_lines *l, const char *keys, const char *help,
    int kw, int width)
{
	struct view_lb lb = VIEW_LB_INIT;
	char	      *c;
	size_t	       len, off, n, skip;
	int	       dx = kw + 2, pad;

	c = view_clean(help);
	len = strlen(c);
	/* Pad by columns: a key bound by the user may be a wide character. */
	pad = kw - text_width(keys, strlen(keys));
	view_lb_addf(&lb, THEME_UNREAD, "%s%*s", keys, pad > 0 ? pad : 0, "");
	if (width < VIEW_HELP_WRAP) {
		view_lb_addf(&lb, THEME_HELP, "  %s", c);
		view_lb_done(&lb, l, 0, width, THEME_HELP, 0);
		free(c);
		return;
	}
	if (width - dx < VIEW_HELP_DESC) {
		view_lb_done(&lb, l, 0, width, THEME_HELP, 0);
		dx = 2;
	}
	for (off = 0; off < len; off += skip) {
		n = view_help_wrap(c + off, len - off, width - dx, &skip);
		if (lb.b.len != 0) {
			view_lb_add(&lb, "  ", THEME_HELP);
			buf_add(&lb.b, c + off, n);
			view_lb_done(&lb, l, 0, width, THEME_HELP, 0);
			continue;
		}
		buf_add(&lb.b, c + off, n);
		view_lb_done(&lb, l, dx, width, THEME_HELP, 0);
	}
	if (lb.b.len != 0) /* no description */
		view_lb_done(&lb, l, 0, width, THEME_HELP, 0);
	free(c);
}

/*
 * The widest key list of the entries shown, and (natural) the columns the
 * widest entry takes on one line.
 */
static int
view_help_kw(struct view *v, int *natural)
{
	const struct view_command *k;
	struct buf		   keys = BUF_INIT;
	int			   kw = 0, dw = 0, w;

	for (k = view_commands; k->name != NULL || k->keys != NULL; k++) {
		if (!view_help_first(k) || !view_help_keys(v, k, &keys))
			continue;
		if ((w = text_width(keys.data, keys.len)) > kw)
			kw = w;
		if ((w = text_width(k->help, strlen(k->help))) > dw)
			dw = w;
	}
	buf_free(&keys);
	if (natural != NULL)
		*natural = kw + 2 + dw;
	return (kw);
}

size_t
view_help_lines(struct view *v, int width, const struct view_line **out)
{
	struct view_lines	  *l = &v->helpl;
	const struct view_command *k;
	struct buf		   keys = BUF_INIT;
	int			   kw;
	char			  *head;

	view_lines_clear(l);
	kw = view_help_kw(v, NULL);
	xasprintf(&head, "Keys%s",
	    v->help_scrolls ? " (j k Space scroll; "
			      "q Esc ? close)" :
			      " (q Esc ? close this)");
	view_line_text(l, head, 0, width, THEME_HEADLINE);
	free(head);
	for (k = view_commands; k->name != NULL || k->keys != NULL; k++) {
		if (!view_help_first(k) || !view_help_keys(v, k, &keys))
			continue;
		view_help_entry(l, buf_str(&keys), k->help, kw, width);
	}
	buf_free(&keys);
	*out = l->v;
	return (l->n);
}

/*
 * The rows the entries take in a column width columns wide (the heading
 * not counted), and in *split the row the second of two columns starts
 * at: the first row of an entry that leaves the columns most even.
 */
static size_t
view_help_rows(struct view *v, int width, size_t *split)
{
	const struct view_line *lines;
	size_t			n, i, best, worst, w;

	n = view_help_lines(v, width, &lines);
	n = n > 0 ? n - 1 : 0;
	best = n;
	worst = n;
	for (i = 0; i < n; i++) {
		if (lines[1 + i].x != 0)
			continue; /* a description's further line */
		w = i > n - i ? i : n - i;
		if (w < worst) {
			worst = w;
			best = i;
		}
	}
	*split = best;
	return (n);
}

void
view_help_box(struct view *v, struct view_help_box *box)
{
	int    cols = v->layout.cols, rows, w, w2, inner;
	int    natural, colw2;
	size_t n, n2, split, split2, per, per2;

	memset(box, 0, sizeof *box);
	/*
	 * Over the panes only: a box across the status line or the filter
	 * bar would leave the ends of that row showing on either side.
	 */
	rows = v->layout.lines - v->layout.status.h - v->layout.filter.h;
	view_help_kw(v, &natural);
	w = cols - 4 > VIEW_HELP_W ? VIEW_HELP_W : cols - 4;
	if (w > natural + 4)
		w = natural + 4; /* no wider than its widest entry */
	if (w < 10)
		w = cols; /* a small terminal: all of it */
	box->border = w > 4 && rows > 2;
	inner = rows - (box->border ? 2 : 0) - 1; /* heading row */
	if (inner < 0)
		inner = 0;
	box->ncol = 1;
	box->colw = box->border ? w - 4 : w;
	n = view_help_rows(v, box->colw, &split);
	split = n; /* one column: all of it */
	per = n;
	if ((int)n > inner && cols >= VIEW_HELP_TWO) {
		w2 = cols - 4 > VIEW_HELP_W2 ? VIEW_HELP_W2 : cols - 4;
		colw2 = (w2 - 4 - 2) / 2;
		n2 = view_help_rows(v, colw2, &split2);
		per2 = split2 > n2 - split2 ? split2 : n2 - split2;
		if ((int)per2 <= inner) {
			box->ncol = 2;
			box->colw = colw2;
			w = w2;
			n = n2;
			split = split2;
			per = per2;
		}
	}
	box->nrows = n;
	box->split = split;
	v->help_scrolls = (int)per > inner;
	if ((int)per > inner)
		per = (size_t)inner;
	box->per = per;
	if (per >= n || v->help_top + per > n)
		v->help_top = n > per ? n - per : 0;
	box->top = v->help_top;
	box->r.w = w;
	box->r.h = 1 + (int)per + (box->border ? 2 : 0);
	if (box->r.h > rows)
		box->r.h = rows;
	box->r.x = (cols - w) / 2;
	box->r.y = (rows - box->r.h) / 2;
}

/*
 * A key while the help is up: scrolling keys scroll it, q Esc ? close it,
 * T C-L Q still work; any other key closes it.  Returns view_cmd() bits.
 */
int
view_help_key(struct view *v, enum view_cmd cmd)
{
	struct view_help_box box;
	long		     top, step;

	view_help_box(v, &box);
	step = box.per > 1 ? (long)box.per - 1 : 1;
	top = (long)v->help_top;
	switch (cmd) {
	case VIEW_CMD_DOWN:
		top++;
		break;
	case VIEW_CMD_UP:
		top--;
		break;
	case VIEW_CMD_PAGE_DOWN:
		top += step;
		break;
	case VIEW_CMD_PAGE_UP:
		top -= step;
		break;
	case VIEW_CMD_HALF_DOWN:
		top += step / 2 > 0 ? step / 2 : 1;
		break;
	case VIEW_CMD_HALF_UP:
		top -= step / 2 > 0 ? step / 2 : 1;
		break;
	case VIEW_CMD_TOP:
		top = 0;
		break;
	case VIEW_CMD_BOTTOM:
		top = (long)box.nrows;
		break;
	case VIEW_CMD_COUNT:
		return (0);
	case VIEW_CMD_THEME:
		return (VIEW_THEME);
	case VIEW_CMD_REDRAW:
		return (VIEW_REDRAW);
	case VIEW_CMD_QUIT:
		v->help = 0;
		return (VIEW_QUIT);
	default:
		v->help = 0;
		return (0);
	}
	v->help_top = top < 0 ? 0 : (size_t)top;
	view_help_box(v, &box); /* clamps help_top */
	return (0);
}
