/*
 * Reflow: paragraphs to lines of a given display width.
 *
 * Break opportunities come from libunistring's UAX #14 line breaking
 * (Unicode 14), corrected by a table of Chinese rules (the "basic" and "GB"
 * levels of W3C clreq, see docs on CJK text):
 *
 *  - a break is allowed before an opening quote “‘ that follows CJK text and
 *    after a closing quote ”’ that precedes it (UAX #14 before 15.1 forbids
 *    any break next to an ambiguous quote);
 *  - no line starts with a closing or pause mark (，。、；：？！”’」』）》 …),
 *    a connector (·～／) or a suffix unit (％‰℃), and none ends with an
 *    opening mark (“‘「『（《〈【〔 …), a currency prefix, · or a solidus;
 *  - numbers stay whole: fullwidth digits and letters are not split, and a
 *    digit keeps the ideograph after it (2023年, １２３亿);
 *  - ——, …… (doubled dashes and ellipses) are never split;
 *  - breaks fall only on grapheme cluster boundaries.
 *
 * Lines are then filled greedily (first fit), measured in terminal columns
 * as ncurses measures them (text_cp_width, one cluster at most two
 * columns).  Spaces at the end of a line are neither counted nor shown.
 * When a line holds no allowed break at all (a long Latin word or URL, a
 * long run of marks) it is cut at the last cluster boundary that fits,
 * avoiding a forbidden mark at the start of the next line if it can.
 *
 * Invariants: every line fits the width, but for a lone cluster wider than
 * the whole width; the lines, with the spaces and newlines dropped at
 * breaks, are the text.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>
#include <unilbrk.h>

#include "kanbao/buf.h"
#include "kanbao/reflow.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

/* A grapheme cluster: the unit lines are made of. */
struct reflow_unit {
	size_t	 off;	/* first byte */
	uint32_t first; /* first code point */
	uint32_t last;	/* last code point */
	int	 width; /* columns, 0 to 2 */
	int	 flags;
#define REFLOW_BREAK   0x1 /* a line may start here */
#define REFLOW_SPACE   0x2 /* a lone ASCII space */
#define REFLOW_NEWLINE 0x4 /* a newline: forced break */
};

/*
 * The sets below are sorted for reflow_in(), and hold nothing between
 * U+30FD and U+FE0F.
 */

/* Never at the start of a line: closing and pause marks, suffixes. */
static const uint32_t reflow_no_start[] = {
	0x0021,
	0x0025,
	0x0029,
	0x002c,
	0x002e,
	0x003a,
	0x003b,
	0x003f,
	0x005d,
	0x007d,
	0x00a2,
	0x00b0,
	0x00b7,
	0x2010,
	0x2011,
	0x2013,
	0x2019,
	0x201d,
	0x2025,
	0x2026,
	0x2027,
	0x2030,
	0x2032,
	0x2033,
	0x203a,
	0x2103,
	0x2236,
	0x22ef,
	0x3001,
	0x3002,
	0x3003,
	0x3005,
	0x3009,
	0x300b,
	0x300d,
	0x300f,
	0x3011,
	0x3015,
	0x3017,
	0x3019,
	0x301b,
	0x301c,
	0x301e,
	0x301f,
	0x303b,
	0x30fb,
	0x30fc,
	0xfe10,
	0xfe11,
	0xfe12,
	0xfe13,
	0xfe14,
	0xfe15,
	0xfe16,
	0xfe18,
	0xfe19,
	0xfe36,
	0xfe38,
	0xfe3a,
	0xfe3c,
	0xfe3e,
	0xfe40,
	0xfe42,
	0xfe44,
	0xfe50,
	0xfe51,
	0xfe52,
	0xfe54,
	0xfe55,
	0xfe56,
	0xfe57,
	0xfe5a,
	0xfe5c,
	0xfe5e,
	0xff01,
	0xff05,
	0xff09,
	0xff0c,
	0xff0e,
	0xff0f,
	0xff1a,
	0xff1b,
	0xff1f,
	0xff3d,
	0xff5d,
	0xff5e,
	0xff60,
	0xff61,
	0xff63,
	0xff64,
	0xff65,
};

/* Never at the end of a line: opening marks, prefixes, connectors. */
static const uint32_t reflow_no_end[] = {
	0x0024,
	0x0028,
	0x002f,
	0x005b,
	0x007b,
	0x00a3,
	0x00a5,
	0x00b7,
	0x2018,
	0x201c,
	0x20ac,
	0x3008,
	0x300a,
	0x300c,
	0x300e,
	0x3010,
	0x3014,
	0x3016,
	0x3018,
	0x301a,
	0x301d,
	0xfe35,
	0xfe37,
	0xfe39,
	0xfe3b,
	0xfe3d,
	0xfe3f,
	0xfe41,
	0xfe43,
	0xfe59,
	0xfe5b,
	0xfe5d,
	0xff04,
	0xff08,
	0xff0f,
	0xff3b,
	0xff5b,
	0xff5f,
	0xff62,
	0xffe1,
	0xffe5,
};

/* Marks that are doubled in Chinese and must stay so: ——, ……. */
static const uint32_t reflow_doubled[] = {
	0x2014,
	0x2015,
	0x2025,
	0x2026,
	0x22ef,
	0x2500,
	0x2e3a,
	0x2e3b,
};

/* Whether c is in set (sorted, n entries). */
static int
reflow_in(uint32_t c, const uint32_t *set, size_t n)
{
	size_t lo = 0, hi = n, mid;

	if (c > 0x30fc && c < 0xfe10)
		return (0); /* ideographs: in no set, and most common */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (set[mid] == c)
			return (1);
		if (set[mid] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (0);
}

#define REFLOW_IN(c, set) reflow_in((c), (set), sizeof(set) / sizeof *(set))

static int
reflow_is_digit(uint32_t c)
{
	return ((c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19));
}

/* Fullwidth digits and Latin letters: words and numbers of their own. */
static int
reflow_is_fullwidth_alnum(uint32_t c)
{
	return ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) ||
	    (c >= 0xff41 && c <= 0xff5a));
}

/* Separators inside a number: 1,234.5 and １，２３４．５. */
static int
reflow_is_digit_separator(uint32_t c)
{
	return (c == '.' || c == ',' || c == ':' || c == 0xff0e ||
	    c == 0xff0c || c == 0xff1a);
}

/* Whether units k - 1 and k are one number, one word or one doubled mark. */
static int
reflow_kept_together(const struct reflow_unit *u, size_t k)
{
	uint32_t a = u[k - 1].last, b = u[k].first;

	if (reflow_is_fullwidth_alnum(a) && reflow_is_fullwidth_alnum(b))
		return (1);
	if (reflow_is_digit(a) && (reflow_is_digit(b) || text_is_han(b)))
		return (1);
	if (k >= 2 && reflow_is_digit_separator(a) && reflow_is_digit(b) &&
	    reflow_is_digit(u[k - 2].last) && u[k - 1].first == a)
		return (1);
	return (REFLOW_IN(a, reflow_doubled) && REFLOW_IN(b, reflow_doubled));
}

/*
 * Whether a line may start at unit k, which follows unit k - 1 and the last
 * unit that is not a space (whose last code point is nonspace).  lib is
 * libunistring's answer.
 */
static int
reflow_may_break(const struct reflow_unit *u, size_t k, uint32_t nonspace,
    int lib)
{
	uint32_t a = u[k - 1].last, b = u[k].first;

	if (!lib) {
		/* Quotes next to CJK break as the CJK text does. */
		if ((b == 0x201c || b == 0x2018) && text_is_cjk(a))
			lib = 1;
		else if ((a == 0x201d || a == 0x2019) && text_is_cjk(b))
			lib = 1;
	}
	if (!lib || b == ' ')
		return (0);
	if (REFLOW_IN(b, reflow_no_start) || REFLOW_IN(a, reflow_no_end) ||
	    REFLOW_IN(nonspace, reflow_no_end))
		return (0);
	return (!reflow_kept_together(u, k));
}

/* Splits text into grapheme clusters and marks where lines may start. */
static size_t
reflow_units(const char *text, size_t len, struct reflow_unit **out)
{
	struct reflow_unit *u, *cur = NULL;
	char		   *gb, *lb;
	uint32_t	    c, nonspace = 0;
	size_t		    i, n = 0, clen, k;
	int		    w;

	gb = xmalloc(len);
	lb = xmalloc(len);
	u8_grapheme_breaks((const uint8_t *)text, len, gb);
	u8_possible_linebreaks((const uint8_t *)text, len, "UTF-8", lb);
	u = xreallocarray(NULL, len, sizeof *u);

	for (i = 0; i < len; i += clen) {
		clen = text_utf8_next(text + i, len - i, &c);
		/* A form feed (a page break left in text) breaks a line. */
		if (c == '\f')
			c = '\n';
		if (cur == NULL || gb[i] || c == '\n' || cur->first == '\n') {
			if (cur != NULL && !(cur->flags & REFLOW_SPACE))
				nonspace = cur->last;
			cur = &u[n++];
			cur->off = i;
			cur->first = c;
			cur->width = 0;
			cur->flags = 0;
			if (c == '\n')
				cur->flags |= REFLOW_NEWLINE;
			else if (c == ' ')
				cur->flags |= REFLOW_SPACE;
			cur->last = c;
			if (n > 1 &&
			    reflow_may_break(u, n - 1, nonspace,
				lb[i] == UC_BREAK_POSSIBLE))
				cur->flags |= REFLOW_BREAK;
		} else {
			/* More code points in the same cluster. */
			cur->flags &= ~REFLOW_SPACE;
			cur->last = c;
		}
		if ((w = text_cp_width(c)) > 0)
			cur->width += w;
	}
	for (k = 0; k < n; k++) {
		if (u[k].width > 2)
			u[k].width = 2;
	}
	free(lb);
	free(gb);
	*out = u;
	return (n);
}

/*
 * How bad a forced cut before unit k is: 2 splits a number, a fullwidth
 * word or a doubled mark; 1 puts a space or a closing mark at the start of
 * a line or an opening mark at its end; 0 only breaks a word.
 */
static int
reflow_cut_badness(const struct reflow_unit *u, size_t k)
{
	if (reflow_kept_together(u, k))
		return (2);
	if ((u[k].flags & REFLOW_SPACE) || (u[k - 1].flags & REFLOW_SPACE) ||
	    REFLOW_IN(u[k].first, reflow_no_start) ||
	    REFLOW_IN(u[k - 1].last, reflow_no_end))
		return (1);
	return (0);
}

/*
 * The unit that starts the next line when no allowed break fits between
 * start and over (the unit that overflowed): the last least bad cut.  Only
 * when every cut is as bad does a closing mark start a line.
 */
static size_t
reflow_emergency(const struct reflow_unit *u, size_t start, size_t over)
{
	size_t k, best = over;
	int    bad, least;

	least = reflow_cut_badness(u, over);
	for (k = over - 1; least > 0 && k > start; k--) {
		if ((bad = reflow_cut_badness(u, k)) < least) {
			least = bad;
			best = k;
		}
	}
	return (best);
}

size_t
reflow_paragraph(const char *text, size_t len, int width, int indent,
    struct reflow_line **lines)
{
	struct reflow_unit *u;
	struct reflow_line *l = NULL, *line;
	size_t		    n, nl = 0, size = 0, start, i, end, next, cand;
	size_t		    e, k;
	int		    col, ind, first = 1, forced;

	*lines = NULL;
	if (len == 0)
		return (0);
	if (width < 1)
		width = 1;
	if (indent < 0 || indent + 2 > width)
		indent = 0;
	n = reflow_units(text, len, &u);

	for (start = 0; start < n; start = next) {
		ind = first ? indent : 0;
		col = ind;
		cand = start;
		end = next = n;
		forced = 0;
		for (i = start; i < n; i++) {
			if (u[i].flags & REFLOW_NEWLINE) {
				end = i;
				next = i + 1;
				forced = 1;
				break;
			}
			if (i > start && (u[i].flags & REFLOW_BREAK))
				cand = i;
			if (!(u[i].flags & REFLOW_SPACE) &&
			    col + u[i].width > width) {
				/* A lone cluster wider than the line: i + 1. */
				if (cand > start)
					next = cand;
				else if (i > start)
					next = reflow_emergency(u, start, i);
				else
					next = i + 1;
				end = next;
				break;
			}
			col += u[i].width;
		}

		/* Each pass moves on, and a line ends where it must. */
		assert(next > start && end <= next);
		for (e = end; e > start && (u[e - 1].flags & REFLOW_SPACE); e--)
			/* nothing */;
		if (e == start && !forced)
			continue; /* only spaces: nothing to show */
		if (nl == size) {
			size = size == 0 ? 16 : size * 2;
			l = xreallocarray(l, size, sizeof *l);
		}
		line = &l[nl++];
		line->off = u[start].off;
		line->len = (e < n ? u[e].off : len) - line->off;
		line->indent = ind;
		line->width = ind;
		for (k = start; k < e; k++)
			line->width += u[k].width;
		/* It fits, but for a lone cluster wider than the width. */
		assert(line->width <= width || e == start + 1);
		assert(line->off + line->len <= len);
		first = 0;
	}
	free(u);
	*lines = l;
	return (nl);
}

char *
reflow_text(const char *text, size_t len, int width, int indent)
{
	struct reflow_line *lines;
	struct buf	    b = BUF_INIT;
	size_t		    n, i;
	int		    j;

	n = reflow_paragraph(text, len, width, indent, &lines);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&b, '\n');
		for (j = 0; j < lines[i].indent; j++)
			buf_addc(&b, ' ');
		buf_add(&b, text + lines[i].off, lines[i].len);
	}
	free(lines);
	return (buf_detach(&b));
}
