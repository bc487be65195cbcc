/*
 * Lines as the panes hand them out: growing arrays of them, cutting text
 * to a width with …, building a line out of pieces in different styles,
 * marking search matches, and the cells the ui draws them with.
 *
 * Invariant: every line made here is sanitised (text_sanitize, then
 * view_cut) and no wider than the width it was made for.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/fold.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

void
view_lines_clear(struct view_lines *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].text);
	l->n = 0;
}

void
view_lines_free(struct view_lines *l)
{
	view_lines_clear(l);
	free(l->v);
	l->v = NULL;
	l->size = 0;
}

struct view_line *
view_lines_add(struct view_lines *l)
{
	struct view_line *line;

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
 * where it was cut (text_fit()).  Returns the columns used.
 */
int
view_cut(struct buf *b, const char *s, size_t n, int width)
{
	size_t keep;
	int    used;

	if (width <= 0 || n == 0)
		return (0);
	keep = text_fit(s, n, width, &used);
	buf_add(b, s, keep);
	if (keep == n)
		return (used);
	buf_adds(b, "…");
	return (used + 1);
}

/*
 * What a date column of articles shows for date: the date, or for an
 * undated issue (date "") VIEW_UNDATED, as wide as a date so the columns
 * after it line up.  The issue's name, as long as its file's, is in the
 * headline pane's title and on the status line (and, cut, in the issue
 * list: view_issue_label()).  Borrowed.
 */
const char *
view_date(const char *date)
{
	return (*date != '\0' ? date : VIEW_UNDATED);
}

/*
 * What an issue's row shows in its date column: the date, or an undated
 * issue's name padded to a date's width, or, if wider, its start and its
 * last VIEW_NAME_TAIL columns around a … (scan-2024-03-a, scan-2024-03-b:
 * scan-…03-a and scan-…03-b), so that undated issues named alike but for
 * their ends are told apart and the columns after it line up.  Caller
 * frees.
 */
char *
view_issue_label(const struct store_issue *is)
{
	struct buf b = BUF_INIT;
	char	  *c, *gb;
	size_t	   n, k, tail;
	int	   w, used;

	if (*is->date != '\0' || *is->name == '\0')
		return (view_clean(view_date(is->date)));
	c = view_clean(is->name);
	n = strlen(c);
	if ((w = text_width(c, n)) > VIEW_DATE_W) {
		/* The last clusters, VIEW_NAME_TAIL columns at most. */
		gb = xmalloc(n);
		text_grapheme_breaks(c, n, gb);
		for (tail = n, k = n; k-- > 0;) {
			if (gb[k] && text_width(c + k, n - k) > VIEW_NAME_TAIL)
				break;
			if (gb[k])
				tail = k;
		}
		free(gb);
		w = text_width(c + tail, n - tail);
		buf_add(&b, c, text_fit(c, tail, VIEW_DATE_W - w, &used));
		buf_adds(&b, "…");
		buf_add(&b, c + tail, n - tail);
		w += used + 1;
	} else
		buf_add(&b, c, n);
	free(c);
	for (; w < VIEW_DATE_W; w++)
		buf_addc(&b, ' ');
	c = xstrdup(buf_str(&b));
	buf_free(&b);
	return (c);
}

/* Sanitised s with newlines as spaces; caller frees. */
char *
view_clean(const char *s)
{
	char *c, *p;

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
	struct buf b = BUF_INIT;
	char	  *c;
	int	   w;

	c = view_clean(s);
	w = view_cut(&b, c, strlen(c), width);
	free(c);
	*out = xrealloc(*out, *len + b.len + 1);
	memcpy(*out + *len, buf_str(&b), b.len + 1);
	*len += b.len;
	buf_free(&b);
	return (w);
}

/* Appends clean text drawn as elem. */
void
view_lb_add(struct view_lb *lb, const char *s, enum theme_elem elem)
{
	struct view_span *sp;

	if (*s == '\0')
		return;
	if (lb->nspans < VIEW_SPANS) {
		sp = &lb->spans[lb->nspans++];
		sp->off = lb->b.len;
		sp->len = strlen(s);
		sp->elem = elem;
		sp->rest = 0;
	}
	buf_adds(&lb->b, s);
}

void
view_lb_addf(struct view_lb *lb, enum theme_elem elem, const char *fmt, ...)
{
	va_list ap;
	char   *s;

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
struct view_line *
view_lb_done(struct view_lb *lb, struct view_lines *l, int x, int width,
    enum theme_elem elem, int plain)
{
	struct view_line *line;
	struct buf	  out = BUF_INIT;
	int		  i;

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
struct view_line *
view_line_text(struct view_lines *l, const char *s, int x, int width,
    enum theme_elem elem)
{
	struct view_lb lb = VIEW_LB_INIT;
	char	      *c;

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
	char	 gb[64];
	size_t	 m, len, i, k;
	uint32_t cp;
	int	 bw, w;

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

/*
 * Adds text to lb with bytes off..off+len (a match, if len > 0) drawn as
 * a match.
 */
void
view_lb_match(struct view_lb *lb, const char *text, size_t off, size_t len,
    enum theme_elem elem)
{
	char *s, *c;

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

/* Do the n bytes at t read as the n of word w, ASCII case folded? */
static int
view_match_at(const char *t, const char *w, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++) {
		if (t[k] != w[k] &&
		    !((unsigned char)t[k] < 0x80 &&
			(t[k] | 0x20) == (w[k] | 0x20) &&
			(w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z'))
			return (0);
	}
	return (1);
}

/*
 * A match of len bytes at off marked in l, if it has a span for it; rest:
 * the rest of a word the line above began.
 */
static void
view_mark(struct view_line *l, size_t off, size_t len, int rest)
{
	if (l->nspans >= VIEW_SPANS)
		return;
	l->spans[l->nspans].off = off;
	l->spans[l->nspans].len = len;
	l->spans[l->nspans].elem = THEME_MATCH;
	l->spans[l->nspans].rest = rest;
	l->nspans++;
}

/*
 * Marks the places a line shows a word of query as matches, as many as
 * the line has spans for: the words as search takes them
 * (text_query_word()), ASCII case folded.  A word in either kind of
 * Chinese characters marks either, as search finds it (kanbao/fold.h):
 * both are matched folded, in copies whose offsets are the line's.
 */
void
view_mark_matches(const char *query, struct view_line *l)
{
	const char *w, *p, *text;
	char	   *fq, *ft;
	size_t	    wl, i, len = strlen(l->text);

	fq = xstrdup(query);
	fold_text(fq, strlen(fq));
	ft = fold_dup(l->text, len);
	text = ft != NULL ? ft : l->text;
	for (p = fq; (w = text_query_word(&p, &wl)) != NULL;) {
		for (i = 0; i + wl <= len && l->nspans < VIEW_SPANS; i++) {
			if (!view_match_at(text + i, w, wl))
				continue;
			view_mark(l, i, wl, 0);
			i += wl - 1;
		}
	}
	free(fq);
	free(ft);
}

/*
 * Marks the words of query that a line break cuts, begun at the end of line
 * a and ended at the start of line b, the line under it (…駐外記者報⏎道：
 * …): both parts are marked, so that n and N find the match.  A line that
 * opens a paragraph opens on its indent, and takes no part of a word.
 */
void
view_mark_split_matches(const char *query, struct view_line *a,
    struct view_line *b)
{
	const char *w, *p, *ta, *tb;
	char	   *fq, *fa, *fb;
	size_t	    wl, k, alen = strlen(a->text), blen = strlen(b->text);

	if (alen == 0 || blen == 0)
		return;
	fq = xstrdup(query);
	fold_text(fq, strlen(fq));
	fa = fold_dup(a->text, alen);
	fb = fold_dup(b->text, blen);
	ta = fa != NULL ? fa : a->text;
	tb = fb != NULL ? fb : b->text;
	for (p = fq; (w = text_query_word(&p, &wl)) != NULL;) {
		/* Cut at each boundary of a character of the word. */
		for (k = 1; k < wl; k++) {
			if (((unsigned char)w[k] & 0xc0) == 0x80 || k > alen ||
			    wl - k > blen ||
			    !view_match_at(ta + alen - k, w, k) ||
			    !view_match_at(tb, w + k, wl - k))
				continue;
			view_mark(a, alen - k, k, 0);
			view_mark(b, 0, wl - k, 1);
		}
	}
	free(fq);
	free(fa);
	free(fb);
}
