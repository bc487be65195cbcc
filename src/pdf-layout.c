/*
 * The layout front end: a PDF page's word boxes (pdftotext -bbox-layout)
 * to its articles, read as a person reads a newspaper page.
 *
 * - The height of a line is its type size.  The body size is the size most
 *   characters on the page are set in; a line set clearly larger is a
 *   heading line, unless it is a byline or a subhead sitting inside a
 *   column.  Headings close to each other form a head (kicker, title,
 *   subtitle by size and order: the largest type is the title); a small
 *   tag standing apart above a title joins it.
 * - Page furniture (paper, date, 星期, 第N版, 版名, 责任编辑) lives in the
 *   top and bottom margins and beside the masthead; it is dropped.  The
 *   weather box is the lines under a 天气 label: read as the text parser
 *   reads one, and an article of its own, as from a text page.
 * - pdftotext's lines are cut where the type size changes or a gutter
 *   opens (it may run a headline and the column beside it together).
 * - Body text comes in column pieces ("units") in pdftotext's reading
 *   order.  A unit belongs to the head above it (overlapping it across,
 *   with no other text between, or passed on by a summary spanning the
 *   columns), or to a head centred over its module (found by mirroring the
 *   unit across the title's centre), or across an empty picture; a unit
 *   with no head above continues the unit before it when it starts the
 *   next column of the same module; a module whose head stands beside its
 *   body (left or right, tops aligned) takes that head.  All units under
 *   one head are one article, read column by column.
 * - A caption ends with a credit line (X摄, 本报记者 X摄, 摄影 X): it is a
 *   photo, titled by a head right above or below it that no body claimed.
 * - Paragraphs start at a first-line indent, after a short last line and
 *   where the type turns from the body's size to a subhead's or back; a
 *   centred subhead is a paragraph of its own, its lines one paragraph
 *   however pdftotext cut them.  （下转N版） is the continuation; a
 *   byline opening the body, or on a line of its own inside it, is the
 *   byline.
 * - Fake bold (the same word drawn twice, a hair apart) is drawn once.
 * - The cue words (本报记者, 天气, 责任编辑, 摄) are read in a copy of each
 *   line with their characters folded as the parser folds them
 *   (parse_fold_plain()): a page printed in traditional characters (本報記
 *   者, 天氣, 攝) is read as one in simplified ones.  The text the articles
 *   get is the line's as printed.
 *
 * Nothing here knows a paper: only sizes, positions and punctuation.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/pdf.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "pdf-int.h"

/* A line set this much larger than the body is a heading line. */
#define LAYOUT_HEAD_RATIO 1.09
/*
 * A gap between two words this share of their type size or wider is a
 * space: in headline type (LAYOUT_NARROW_HEAD times the body size or
 * larger), in a line that opens on a role (本报记者 …), elsewhere.
 */
#define LAYOUT_HEAD_SPACE  0.2
#define LAYOUT_SIGN_SPACE  0.15
#define LAYOUT_SPACE	   0.3
#define LAYOUT_NARROW_HEAD 1.3
/* Furniture margins, as a share of the page height. */
#define LAYOUT_TOP_MARGIN    0.06
#define LAYOUT_BOTTOM_MARGIN 0.95
/*
 * Most lines, units (column pieces) and heads a page may have before the
 * layout gives up and the text parser reads the page: a newspaper page
 * has a few hundred lines, tens of units and heads; the limits keep the
 * quadratic steps short on a hostile page.
 */
#define LAYOUT_MAX_LINES 20000
#define LAYOUT_MAX_UNITS 800
#define LAYOUT_MAX_HEADS 150
/*
 * Type sizes this close (a share of the size) are one size; a line set
 * larger than the body by more is a subhead's (or a head's).
 */
#define LAYOUT_SAME_SIZE 0.02
/* Bytes of a line layout_signing() reads: its longest role, and one more. */
#define LAYOUT_ROLE_BYTES 32

enum layout_class {
	LC_BODY,
	LC_HEAD,
	LC_FURNITURE,
	LC_WEATHER
};

static const char *layout_class_names[] = { "body", "head", "furniture",
	"weather" };

struct layout_line {
	struct pdf_box	  box;
	double		  size; /* type size: the height of the line */
	char		 *text; /* words joined, fake bold undone */
	char		 *cue;	/* text folded (layout_cues()), or NULL: text */
	size_t		  nchars;
	size_t		  block; /* pdftotext's block */
	int		  piece; /* column of the block it is in */
	size_t		  order; /* in pdftotext's order */
	enum layout_class cls;
};

struct layout_unit {
	struct pdf_box	  box;
	size_t		  first; /* first line */
	size_t		  n;	 /* lines */
	enum layout_class cls;
	double		  size;	    /* largest line */
	int		  caption;  /* ends with a photo credit */
	int		  centered; /* lines centred, not justified */
	int		  group;    /* head group (head units) */
	int		  above;    /* head group above it, or -1 */
	int		  chain;    /* body units: its chain */
	int		  weak;	    /* above is only level with it */
	int		  column;   /* column within its article */
	const char	 *why;	    /* for --explain */
};

struct layout_group {
	struct pdf_box box;
	struct pdf_box title;	/* its largest lines */
	double	       size;	/* largest type in it */
	int	       claimed; /* a chain took it as its head */
	int	       photo;	/* right above or below a caption */
	int	       article; /* the article it heads, or -1 */
};

struct layout_chain {
	int    head; /* head group, or -1 */
	int    article;
	size_t first; /* first unit */
	size_t last;  /* last unit so far */
	double top;   /* highest top of its units */
};

struct layout {
	struct pdf_doc	      doc;
	double		      body;   /* the body size */
	double		      column; /* the usual column width */
	struct layout_line   *lines;
	size_t		      nlines;
	struct layout_unit   *units;
	size_t		      nunits;
	struct layout_group  *groups;
	size_t		      ngroups;
	struct layout_chain  *chains;
	size_t		      nchains;
	struct parse_weather *weather;
	struct layout_line   *weather_label; /* its label line */
	int		      para_big; /* layout_text(): the paragraph so far
					   is in a subhead's size */
	struct buf	      fold;	/* layout_cue()'s */
};

/*
 * The first max bytes of s (at most) as the cue words are read: with the
 * characters of the parser's cue words folded to simplified ones (本報記者
 * as 本报记者), in l's scratch, valid until the next call.
 */
static const char *
layout_cue_n(struct layout *l, const char *s, size_t max)
{
	size_t n = strnlen(s, max);

	buf_truncate(&l->fold, 0);
	buf_add(&l->fold, s, n);
	if (n > 0)
		parse_fold_plain(l->fold.data, n);
	return (buf_str(&l->fold));
}

/* All of s as the cue words are read (layout_cue_n()). */
static const char *
layout_cue(struct layout *l, const char *s)
{
	return (layout_cue_n(l, s, SIZE_MAX));
}

/*
 * The head of s that layout_signing() reads, as the cue words are read:
 * a role and the byte after it.  A line or paragraph being made is asked
 * at each word: its whole text each time would cost the square of its
 * length.
 */
static const char *
layout_cue_head(struct layout *l, const char *s)
{
	return (layout_cue_n(l, s, LAYOUT_ROLE_BYTES));
}

/* Line ll's text as the cue words are read (layout_cues()). */
static const char *
layout_line_cue(const struct layout_line *ll)
{
	return (ll->cue != NULL ? ll->cue : ll->text);
}

/*
 * Each line's text with the cue words' characters folded, kept when it
 * folds any (a page in traditional characters), once its spaces are set.
 */
static void
layout_cues(struct layout *l)
{
	struct layout_line *ll;
	size_t		    i, n;

	for (i = 0; i < l->nlines; i++) {
		ll = &l->lines[i];
		n = strlen(ll->text);
		ll->cue = xstrdup(ll->text);
		if (parse_fold_plain(ll->cue, n) == 0) {
			free(ll->cue);
			ll->cue = NULL;
		}
	}
}

static double
layout_overlap(double a0, double a1, double b0, double b1)
{
	double lo = a0 > b0 ? a0 : b0, hi = a1 < b1 ? a1 : b1;

	return (hi > lo ? hi - lo : 0);
}

static void
layout_grow(struct pdf_box *b, const struct pdf_box *add)
{
	if (add->x0 < b->x0)
		b->x0 = add->x0;
	if (add->y0 < b->y0)
		b->y0 = add->y0;
	if (add->x1 > b->x1)
		b->x1 = add->x1;
	if (add->y1 > b->y1)
		b->y1 = add->y1;
}

static int
layout_alnum_end(const char *s, size_t n)
{
	return (n > 0 && (unsigned char)s[n - 1] < 0x80 &&
	    ((s[n - 1] >= '0' && s[n - 1] <= '9') ||
		(s[n - 1] >= 'a' && s[n - 1] <= 'z') ||
		(s[n - 1] >= 'A' && s[n - 1] <= 'Z')));
}

static int
layout_alnum_start(const char *s)
{
	return ((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'z') ||
	    (*s >= 'A' && *s <= 'Z'));
}

/* The roles a byline or a credit opens on. */
static const char *const layout_roles[] = { "本报记者", "记者", "通讯员",
	"摄影", "新华社记者", "本报通讯员", "（记者", "（本报记者" };
/* layout_cue_head() folds enough of a line for the longest role, and more. */
_Static_assert(sizeof "新华社记者" < LAYOUT_ROLE_BYTES &&
	sizeof "（本报记者" < LAYOUT_ROLE_BYTES,
    "LAYOUT_ROLE_BYTES is shorter than a role");

/*
 * Does the line so far open on a role, standing as a word of its own (本报
 * 记者, 本报记者 毛锦伟)?  The names after it are set apart by spaces
 * narrower than a word space elsewhere, which still part them.
 */
static int
layout_signing(const char *t)
{
	size_t i, n;

	for (i = 0; i < sizeof layout_roles / sizeof layout_roles[0]; i++) {
		n = strlen(layout_roles[i]);
		/* A role in brackets (（记者 …）) opens no list of names. */
		if (strncmp(layout_roles[i], "（", strlen("（")) != 0 &&
		    strncmp(t, layout_roles[i], n) == 0 &&
		    (t[n] == '\0' || t[n] == ' '))
			return (1);
	}
	return (0);
}

/* Appends s to b, with a space only between two Latin letters or digits. */
static void
layout_join(struct buf *b, const char *s)
{
	if (*s == '\0')
		return;
	if (layout_alnum_end(b->data, b->len) && layout_alnum_start(s))
		buf_addc(b, ' ');
	buf_adds(b, s);
}

static size_t
layout_count(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++) {
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	}
	return (n);
}

/*
 * 1 if word w repeats a word already kept a hair to its left on the same
 * baseline: fake bold draws every glyph twice.
 */
static int
layout_is_double(const struct pdf_doc *d, const struct pdf_word *w,
    const size_t *kept, size_t nkept)
{
	const struct pdf_word *k;
	double		       h = w->box.y1 - w->box.y0;
	size_t		       i;

	for (i = nkept; i > 0 && nkept - i < 64; i--) {
		k = &d->words[kept[i - 1]];
		if (fabs(k->box.y0 - w->box.y0) < 0.2 * h &&
		    fabs(k->box.x0 - w->box.x0) < 0.6 * h &&
		    fabs(k->box.x1 - w->box.x1) < 0.6 * h &&
		    strcmp(k->text, w->text) == 0)
			return (1);
	}
	return (0);
}

/* A run of words of one line, before it is made a layout line. */
struct layout_piece {
	struct pdf_box box;
	struct buf     text;
	int	       open;
};

static int
layout_cmp_piece(const void *a, const void *b)
{
	const struct layout_line *la = a, *lb = b;

	if (la->block != lb->block)
		return (la->block < lb->block ? -1 : 1);
	if (la->piece != lb->piece)
		return (la->piece < lb->piece ? -1 : 1);
	return (la->order < lb->order ? -1 : la->order > lb->order);
}

/*
 * The piece's column within its block: the column it overlaps most
 * across (which grows to take it in), else a new one.
 */
static int
layout_piece_column(struct pdf_box *cols, int *ncols, const struct pdf_box *b)
{
	double o, best = 0;
	int    i, found = -1;

	for (i = 0; i < *ncols; i++) {
		o = layout_overlap(cols[i].x0, cols[i].x1, b->x0, b->x1);
		if (o > best) {
			best = o;
			found = i;
		}
	}
	if (found == -1) {
		if (*ncols == 64)
			return (63);
		cols[*ncols] = *b;
		return ((*ncols)++);
	}
	layout_grow(&cols[found], b);
	return (found);
}

/*
 * The type size most of the page's text is set in, from its words (the
 * size of a word's box, weighted by its bytes), before there are lines
 * to take it from (layout_body_size()).
 */
static double
layout_word_body(const struct pdf_doc *d)
{
	size_t *hist, i, best = 0, bin;
	double	h;

	hist = xcalloc(2001, sizeof *hist);
	for (i = 0; i < d->nwords; i++) {
		h = d->words[i].box.y1 - d->words[i].box.y0;
		bin = h <= 0 ? 0 : (size_t)lround(h * 10);
		if (bin > 2000)
			bin = 2000;
		hist[bin] += strlen(d->words[i].text);
		if (hist[bin] > hist[best])
			best = bin;
	}
	free(hist);
	return (best / 10.0);
}

/*
 * Lines with fake bold undone.  pdftotext may put side by side text of
 * two columns, or a headline and the body beside it, in one line: a line
 * is cut where the type size changes or a gap wider than two characters
 * opens, and each block's pieces are ordered column by column.
 */
static void
layout_lines(struct layout *l)
{
	struct pdf_doc	   *d = &l->doc;
	struct pdf_line	   *pl;
	struct pdf_word	   *w, *prev;
	struct layout_line *ll;
	struct layout_piece pc;
	struct pdf_box	    cols[64];
	size_t		   *kept, nkept = 0, i, j, blk = (size_t)-1;
	double		    h, ph, gap, space, body = layout_word_body(d);
	int		    ncols = 0;

	kept = xcalloc(d->nwords + 1, sizeof *kept);
	l->lines = xcalloc(d->nwords + 1, sizeof *l->lines);
	memset(&pc, 0, sizeof pc);
	for (i = 0; i < d->nlines; i++) {
		pl = &d->lines[i];
		if (pl->block != blk) {
			blk = pl->block;
			nkept = 0;
			ncols = 0;
		}
		prev = NULL;
		for (j = pl->word; j <= pl->word + pl->nwords; j++) {
			w = j < pl->word + pl->nwords ? &d->words[j] : NULL;
			if (w != NULL &&
			    (*w->text == '\0' ||
				layout_is_double(d, w, kept, nkept)))
				continue;
			if (w != NULL && prev != NULL) {
				h = w->box.y1 - w->box.y0;
				ph = prev->box.y1 - prev->box.y0;
				gap = w->box.x0 - prev->box.x1;
				if (h > 1.25 * ph || ph > 1.25 * h ||
				    gap > 1.3 * (h < ph ? h : ph))
					prev = NULL; /* cut here */
			}
			if ((w == NULL || prev == NULL) && pc.open) {
				ll = &l->lines[l->nlines];
				ll->box = pc.box;
				ll->text = buf_detach(&pc.text);
				ll->nchars = layout_count(ll->text);
				ll->size = ll->box.y1 - ll->box.y0;
				ll->block = pl->block;
				ll->order = l->nlines;
				ll->piece =
				    layout_piece_column(cols, &ncols, &ll->box);
				l->nlines++;
				pc.open = 0;
			}
			if (w == NULL)
				break;
			kept[nkept++] = j;
			if (!pc.open) {
				pc.box = w->box;
				pc.open = 1;
			} else
				layout_grow(&pc.box, &w->box);
			/*
			 * A gap between words is a space as set (房贷利率变化
			 * 对你有何影响, 人民日报 第10版); body text drops it
			 * between Chinese characters (layout_body_spaces).
			 * Headline type parts its phrases by a quarter em (年
			 * 货足 年味浓), a byline its names by less.
			 */
			h = w->box.y1 - w->box.y0;
			if (h >= LAYOUT_NARROW_HEAD * body)
				space = LAYOUT_HEAD_SPACE;
			else if (layout_signing(
				     layout_cue_head(l, buf_str(&pc.text))))
				space = LAYOUT_SIGN_SPACE;
			else
				space = LAYOUT_SPACE;
			if (prev != NULL && pc.text.len > 0 &&
			    w->box.x0 - prev->box.x1 >= space * h &&
			    !(layout_alnum_end(pc.text.data, pc.text.len) &&
				layout_alnum_start(w->text)))
				buf_addc(&pc.text, ' ');
			layout_join(&pc.text, w->text);
			prev = w;
		}
	}
	qsort(l->lines, l->nlines, sizeof *l->lines, layout_cmp_piece);
	free(kept);
}

/*
 * Does the line sign or credit (本报记者 王强, 通讯员 …, …摄)?  Its spaces
 * part names and stay.
 */
static int
layout_signed(const char *t)
{
	size_t i, n = strlen(t);

	for (i = 0; i < sizeof layout_roles / sizeof layout_roles[0]; i++) {
		if (strncmp(t, layout_roles[i], strlen(layout_roles[i])) == 0)
			return (1);
	}
	return (n >= 3 && strcmp(t + n - 3, "摄") == 0);
}

/*
 * Lines set at about the body size are running text: a space beside a
 * Chinese character there is a justified line's stretch (or the room
 * around a figure), not a word space, and goes.
 */
static void
layout_body_spaces(struct layout *l)
{
	size_t i, r, w;

	for (i = 0; i < l->nlines; i++) {
		char *t = l->lines[i].text;

		if (l->lines[i].size >= 1.15 * l->body ||
		    layout_signed(layout_cue(l, t)))
			continue;
		for (r = w = 0; t[r] != '\0'; r++) {
			if (t[r] == ' ' && w > 0 && t[r + 1] != '\0' &&
			    (((unsigned char)t[w - 1] & 0x80) ||
				((unsigned char)t[r + 1] & 0x80)))
				continue;
			t[w++] = t[r];
		}
		t[w] = '\0';
	}
}

/* The body size: the type size most characters are set in. */
static void
layout_body_size(struct layout *l)
{
	size_t *hist, i, best = 0, bin;
	double	sum = 0, n = 0;

	hist = xcalloc(2001, sizeof *hist);
	for (i = 0; i < l->nlines; i++) {
		bin = (size_t)lround(l->lines[i].size * 10);
		if (bin > 2000)
			bin = 2000;
		hist[bin] += l->lines[i].nchars;
		if (hist[bin] > hist[best])
			best = bin;
	}
	free(hist);
	for (i = 0; i < l->nlines; i++) {
		if (fabs(l->lines[i].size * 10 - (double)best) <= 1.5) {
			sum += l->lines[i].size * (double)l->lines[i].nchars;
			n += (double)l->lines[i].nchars;
		}
	}
	l->body = n > 0 ? sum / n : 10;
	if (l->body < 1)
		l->body = 1;
}

static int
layout_starts(const char *s, const char *prefix)
{
	return (strncmp(s, prefix, strlen(prefix)) == 0);
}

/* Page furniture by content: editors' lines, wherever they are. */
static int
layout_furniture_text(const char *s)
{
	return (layout_starts(s, "责任编辑") || layout_starts(s, "责编") ||
	    layout_starts(s, "本版编辑") || layout_starts(s, "版式设计") ||
	    layout_starts(s, "美术编辑") || layout_starts(s, "版面设计"));
}

/* Reads a temperature: digits (maybe negative) before ℃. */
static int
layout_temp(const char *s, int *v)
{
	const char *p = s;
	int	    neg = 0;

	if (*p == '-' || layout_starts(p, "零下")) {
		neg = 1;
		p += *p == '-' ? 1 : strlen("零下");
	}
	if (*p < '0' || *p > '9')
		return (-1);
	*v = 0;
	while (*p >= '0' && *p <= '9' && *v < 100)
		*v = *v * 10 + (*p++ - '0');
	while (*p == ' ')
		p++;
	if (!layout_starts(p, "℃") && !layout_starts(p, "°C"))
		return (-1);
	if (neg)
		*v = -*v;
	return (0);
}

/*
 * The weather box: a short line naming the weather (今日天气, 天气预报)
 * and the lines under it, if they hold a temperature.  Its lines are taken
 * out of the articles, and
 * read for the sky, the wind and the temperatures as the text parser
 * reads a box (parse_weather_read()); the temperatures found here, by
 * the 最高 or 最低 on their lines, come first.
 */
static void
layout_weather(struct layout *l)
{
	struct layout_line   *lab = NULL, *ll;
	struct parse_weather *w;
	struct buf	      b = BUF_INIT, plain = BUF_INIT;
	size_t		     *box = NULL, nbox = 0; /* its lines */
	const char	     *p, *q, *c;
	size_t		      i;
	int		      t, lo = 0, hi = 0, has_lo = 0, has_hi = 0;

	for (i = 0; i < l->nlines && lab == NULL; i++) {
		ll = &l->lines[i];
		if (ll->nchars <= 8 &&
		    strstr(layout_line_cue(ll), "天气") != NULL)
			lab = ll;
	}
	if (lab == NULL)
		return;
	for (i = 0; i < l->nlines; i++) {
		ll = &l->lines[i];
		if (ll == lab ||
		    layout_overlap(ll->box.x0, ll->box.x1,
			lab->box.x0 - 3 * l->body,
			lab->box.x1 + 3 * l->body) <= 0 ||
		    ll->box.y0 <= lab->box.y0 ||
		    ll->box.y0 > lab->box.y1 + 10 * l->body ||
		    ll->nchars > 30 || ll->size > 1.3 * l->body)
			continue;
		c = layout_line_cue(ll);
		for (p = c; (p = strstr(p, "℃")) != NULL; p += 3) {
			/* Back to the digits before this ℃. */
			for (q = p; q > c && q[-1] >= '0' && q[-1] <= '9'; q--)
				;
			if (q > c && q[-1] == '-')
				q--;
			if (q == p || layout_temp(q, &t) != 0)
				continue;
			if (strstr(c, "最高") != NULL &&
			    strstr(c, "最低") == NULL) {
				hi = t;
				has_hi = 1;
			} else if (strstr(c, "最低") != NULL &&
			    strstr(c, "最高") == NULL) {
				lo = t;
				has_lo = 1;
			} else if (!has_lo) {
				lo = t;
				has_lo = 1;
			} else {
				hi = t;
				has_hi = 1;
			}
		}
		if (b.len != 0)
			buf_addc(&b, ' ');
		buf_adds(&b, ll->text);
		for (p = ll->text; *p != '\0'; p++) {
			if (*p != ' ')
				buf_addc(&plain, *p);
		}
		box = xreallocarray(box, nbox + 1, sizeof *box);
		box[nbox++] = i;
	}
	/*
	 * No temperature, no box (雨雪天气 over a story is its subhead): its
	 * lines stay the story's.
	 */
	if (!has_lo && !has_hi) {
		free(box);
		buf_free(&b);
		buf_free(&plain);
		return;
	}
	for (i = 0; i < nbox; i++)
		l->lines[box[i]].cls = LC_WEATHER;
	free(box);
	lab->cls = LC_WEATHER;
	if (has_lo && has_hi && lo > hi) {
		t = lo;
		lo = hi;
		hi = t;
	}
	w = parse_weather_read(buf_str(&plain));
	/* What the box says of the sky, else all of it as it is. */
	if (*w->today == '\0') {
		free(w->today);
		w->today = xstrdup(buf_str(&b));
	}
	if (has_hi) {
		w->high = hi;
		w->has_high = 1;
	}
	if (has_lo) {
		w->low = lo;
		w->has_low = 1;
	}
	l->weather = w;
	l->weather_label = lab;
	buf_free(&b);
	buf_free(&plain);
}

/*
 * 1 if line ll, low on the page, is the last line of a column that runs
 * down to it (a line right above it, overlapping it across) rather than a
 * footer standing apart.
 */
static int
layout_column_goes_on(struct layout *l, const struct layout_line *ll)
{
	const struct layout_line *a;
	size_t			  i;

	for (i = 0; i < l->nlines; i++) {
		a = &l->lines[i];
		if (a->box.y1 < ll->box.y0 &&
		    a->box.y1 >= ll->box.y0 - 1.2 * l->body &&
		    layout_overlap(a->box.x0, a->box.x1, ll->box.x0,
			ll->box.x1) > 0.5 * (ll->box.x1 - ll->box.x0))
			return (1);
	}
	return (0);
}

/* A byline on a line of its own: 本报记者 X, 记者 X, 通讯员 X. */
static int
layout_is_byline(const struct layout_line *ll)
{
	static const char *marks[] = { "本报记者", "记者", "本报通讯员",
		"通讯员", "本报特约记者", "特约记者", "■记者", "■本报记者",
		"本报评论员", "■本报评论员", NULL };
	size_t		   i;

	if (ll->nchars > 24)
		return (0);
	for (i = 0; marks[i] != NULL; i++) {
		if (layout_starts(layout_line_cue(ll), marks[i]))
			return (1);
	}
	return (0);
}

/*
 * A header line of the page: a date (2020年1月9日), a weekday (星期四), a
 * page (第7版, 7版) or the page's number alone.
 */
static int
layout_header_text(const char *s)
{
	const char *p;

	if (strstr(s, "星期") != NULL ||
	    (strstr(s, "年") != NULL && strstr(s, "月") != NULL &&
		strstr(s, "日") != NULL))
		return (1);
	for (p = s; (p = strstr(p, "版")) != NULL; p += 3) {
		if (p > s &&
		    ((p[-1] >= '0' && p[-1] <= '9') ||
			(p[-1] >= 'A' && p[-1] <= 'Z')))
			return (1);
		if (p - s >= 3 && strncmp(p - 3, "十", 3) == 0)
			return (1);
	}
	return (strspn(s, "0123456789") == strlen(s) && strlen(s) <= 3);
}

/* Furniture, heads and body, by margins, masthead, size and content. */
static void
layout_classify(struct layout *l)
{
	struct layout_line *ll;
	double		    top = LAYOUT_TOP_MARGIN * l->doc.height;
	double		    bottom = LAYOUT_BOTTOM_MARGIN * l->doc.height;
	double		    mast = -1;
	size_t		    i;

	/* The masthead: huge type near the top; its band is furniture. */
	for (i = 0; i < l->nlines; i++) {
		ll = &l->lines[i];
		if (ll->size >= 4 * l->body &&
		    ll->box.y0 < 0.25 * l->doc.height && ll->box.y1 > mast)
			mast = ll->box.y1;
	}
	/*
	 * A deeper header: date, weekday or page lines near the top, and
	 * the lines level with them (the 版名 between).
	 */
	for (i = 0; i < l->nlines; i++) {
		ll = &l->lines[i];
		if (ll->box.y1 <= 0.1 * l->doc.height &&
		    ll->size < 2 * l->body &&
		    layout_header_text(layout_line_cue(ll)) && ll->box.y1 > top)
			top = ll->box.y1 + 0.2 * l->body;
	}
	for (i = 0; i < l->nlines; i++) {
		ll = &l->lines[i];
		if (ll->box.y1 <= top ||
		    (ll->box.y0 >= bottom && !layout_column_goes_on(l, ll)) ||
		    ll->box.y1 <= mast + 0.5 * l->body ||
		    layout_furniture_text(layout_line_cue(ll)))
			ll->cls = LC_FURNITURE;
		else if (ll->size >= LAYOUT_HEAD_RATIO * l->body &&
		    !(ll->size < 1.3 * l->body && layout_is_byline(ll)))
			ll->cls = LC_HEAD;
		else
			ll->cls = LC_BODY;
	}
}

/* A photo credit: 本报记者 X摄, X摄（人民视觉）, 摄影 X, X/摄. */
static int
layout_is_credit(const char *s, size_t nchars)
{
	const char *p;
	size_t	    n = strlen(s);

	if (nchars > 30 || strstr(s, "，") != NULL || strstr(s, "。") != NULL ||
	    strpbrk(s, "0123456789") != NULL)
		return (0);
	if (layout_starts(s, "摄影") || layout_starts(s, "■摄影") ||
	    strstr(s, "/摄") != NULL || strstr(s, "／摄") != NULL)
		return (1);
	/* Drop a trailing （agency） or (agency). */
	if (n > 3 && (strcmp(s + n - 3, "）") == 0 || s[n - 1] == ')')) {
		if ((p = strstr(s, "（")) == NULL)
			p = strchr(s, '(');
		if (p == NULL)
			return (0);
		n = (size_t)(p - s);
	}
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return (n > 3 && strncmp(s + n - 3, "摄", 3) == 0 && nchars <= 24);
}

/* 1 if the lines of the unit are centred rather than set to a column. */
static int
layout_is_centered(struct layout *l, const struct layout_unit *u)
{
	const struct layout_line *a;
	double			  mid = (u->box.x0 + u->box.x1) / 2;
	size_t			  i, narrow = 0;

	for (i = u->first; i < u->first + u->n; i++) {
		a = &l->lines[i];
		if (fabs((a->box.x0 + a->box.x1) / 2 - mid) > a->size)
			return (0);
		if (a->box.x0 > u->box.x0 + 2.5 * a->size)
			narrow++;
	}
	return (narrow > 0 || u->n == 1);
}

static void
layout_unit_close(struct layout *l, struct layout_unit *u)
{
	size_t i;

	u->box = l->lines[u->first].box;
	u->size = 0;
	for (i = u->first; i < u->first + u->n; i++) {
		layout_grow(&u->box, &l->lines[i].box);
		if (l->lines[i].size > u->size)
			u->size = l->lines[i].size;
	}
	/* A credit stands short of the column, the caption's last line. */
	i = u->first + u->n - 1;
	u->caption = u->cls == LC_BODY &&
	    layout_is_credit(layout_line_cue(&l->lines[i]),
		l->lines[i].nchars) &&
	    (u->n == 1 ||
		l->lines[i].box.x1 - l->lines[i].box.x0 <
		    0.85 * (u->box.x1 - u->box.x0));
	u->centered = layout_is_centered(l, u);
	u->group = u->above = u->chain = -1;
	l->nunits++;
}

/*
 * Units: runs of lines of one class within one pdftotext block, cut at a
 * wide vertical gap and after a credit line.  Lines are reordered so that
 * a unit's lines are consecutive (they already are: blocks are runs).
 */
static int
layout_units(struct layout *l)
{
	struct layout_unit *u = NULL;
	struct layout_line *ll, *prev = NULL;
	size_t		    i;

	l->units = xcalloc(l->nlines + 1, sizeof *l->units);
	for (i = 0; i < l->nlines; i++) {
		ll = &l->lines[i];
		if (ll->cls == LC_FURNITURE || ll->cls == LC_WEATHER) {
			if (u != NULL)
				layout_unit_close(l, u);
			u = NULL;
			prev = NULL;
			continue;
		}
		if (u != NULL &&
		    (ll->block != prev->block || ll->piece != prev->piece ||
			ll->cls != u->cls ||
			ll->box.y0 - prev->box.y1 > 2.5 * ll->size ||
			prev->box.y0 > ll->box.y1 ||
			(u->cls == LC_BODY &&
			    layout_is_credit(layout_line_cue(prev),
				prev->nchars)))) {
			layout_unit_close(l, u);
			u = NULL;
		}
		if (u == NULL) {
			if (l->nunits >= LAYOUT_MAX_UNITS)
				return (-1);
			u = &l->units[l->nunits];
			u->first = i;
			u->n = 0;
			u->cls = ll->cls;
		}
		u->n++;
		prev = ll;
	}
	if (u != NULL)
		layout_unit_close(l, u);
	return (0);
}

static int
layout_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x < y ? -1 : x > y);
}

/* The usual column width: the median width of long body units. */
static void
layout_column_width(struct layout *l)
{
	double *w;
	size_t	i, n = 0;

	w = xcalloc(l->nunits + 1, sizeof *w);
	for (i = 0; i < l->nunits; i++) {
		if (l->units[i].cls == LC_BODY && l->units[i].n >= 5)
			w[n++] = l->units[i].box.x1 - l->units[i].box.x0;
	}
	if (n != 0) {
		qsort(w, n, sizeof *w, layout_cmp_double);
		l->column = w[n / 2];
	} else
		l->column = 15 * l->body;
	free(w);
}

/*
 * 1 if a body unit other than u overlaps unit h across and lies within
 * two body lines above (dir < 0) or below (dir > 0) it.
 */
static int
layout_body_near(struct layout *l, const struct layout_unit *h, int dir)
{
	const struct layout_unit *v;
	double			  w = h->box.x1 - h->box.x0, gap;
	size_t			  i;

	for (i = 0; i < l->nunits; i++) {
		v = &l->units[i];
		if (v == h || v->cls != LC_BODY ||
		    layout_overlap(v->box.x0, v->box.x1, h->box.x0, h->box.x1) <
			0.5 * w)
			continue;
		gap = dir < 0 ? h->box.y0 - v->box.y1 : v->box.y0 - h->box.y1;
		if (gap >= -0.2 * l->body && gap <= 2 * l->body)
			return (1);
	}
	return (0);
}

/*
 * A subhead inside an article: a line set a little larger than the body,
 * no wider than a column, with the column's text right above and right
 * below it.  It is body text, not the head of a new article.
 */
static void
layout_subheads(struct layout *l)
{
	struct layout_unit *u;
	size_t		    i;

	for (i = 0; i < l->nunits; i++) {
		u = &l->units[i];
		if (u->cls == LC_HEAD && u->size < 1.4 * l->body &&
		    u->box.x1 - u->box.x0 <= 1.3 * l->column &&
		    layout_body_near(l, u, -1) && layout_body_near(l, u, 1)) {
			u->cls = LC_BODY;
			u->why = "a subhead in a column";
		}
	}
}

static int
layout_find(int *parent, int i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return (i);
}

/* Heads: head units close above or below each other, overlapping across. */
static void
layout_groups(struct layout *l)
{
	struct layout_unit *a, *b;
	int		   *parent, *index;
	double		    gap, size, w, bestw;
	size_t		    i, j;
	int		    r, best;

	parent = xcalloc(l->nunits + 1, sizeof *parent);
	index = xcalloc(l->nunits + 1, sizeof *index);
	for (i = 0; i < l->nunits; i++)
		parent[i] = (int)i;
	for (i = 0; i < l->nunits; i++) {
		a = &l->units[i];
		if (a->cls != LC_HEAD)
			continue;
		for (j = i + 1; j < l->nunits; j++) {
			b = &l->units[j];
			if (b->cls != LC_HEAD)
				continue;
			size = a->size > b->size ? a->size : b->size;
			gap = a->box.y0 > b->box.y1 ? a->box.y0 - b->box.y1 :
						      b->box.y0 - a->box.y1;
			w = a->box.x1 - a->box.x0 < b->box.x1 - b->box.x0 ?
			    a->box.x1 - a->box.x0 :
			    b->box.x1 - b->box.x0;
			if (gap <= 1.0 * size &&
			    layout_overlap(a->box.x0, a->box.x1, b->box.x0,
				b->box.x1) >= 0.3 * w)
				parent[layout_find(parent, (int)j)] =
				    layout_find(parent, (int)i);
		}
	}
	/*
	 * A column tag or kicker set small, standing apart above a larger
	 * title (a boxed tag at the module's corner), joins that title.
	 */
	for (i = 0; i < l->nunits; i++) {
		a = &l->units[i];
		if (a->cls != LC_HEAD || a->size >= 1.35 * l->body)
			continue;
		/* Already with a title of its own? */
		for (j = 0; j < l->nunits; j++) {
			b = &l->units[j];
			if (b->cls == LC_HEAD && b->size >= 1.5 * a->size &&
			    layout_find(parent, (int)j) ==
				layout_find(parent, (int)i))
				break;
		}
		if (j < l->nunits)
			continue;
		best = -1;
		bestw = 1e9;
		for (j = 0; j < l->nunits; j++) {
			b = &l->units[j];
			if (b->cls != LC_HEAD || b->size < 1.5 * a->size ||
			    layout_find(parent, (int)j) ==
				layout_find(parent, (int)i))
				continue;
			gap = b->box.y0 - a->box.y1;
			w = b->box.x0 > a->box.x1 ? b->box.x0 - a->box.x1 :
			    a->box.x0 > b->box.x1 ? a->box.x0 - b->box.x1 :
						    0;
			if (gap >= -0.2 * a->size && gap <= 1.5 * a->size &&
			    w <= b->box.x1 - b->box.x0 && w < bestw) {
				bestw = w;
				best = (int)j;
			}
		}
		if (best != -1)
			parent[layout_find(parent, (int)i)] =
			    layout_find(parent, best);
	}
	for (i = 0; i < l->nunits; i++)
		index[i] = -1;
	l->groups = xcalloc(l->nunits + 1, sizeof *l->groups);
	for (i = 0; i < l->nunits; i++) {
		a = &l->units[i];
		if (a->cls != LC_HEAD)
			continue;
		r = layout_find(parent, (int)i);
		if (index[r] == -1) {
			index[r] = (int)l->ngroups;
			l->groups[l->ngroups].box = a->box;
			l->groups[l->ngroups].size = 0;
			l->groups[l->ngroups].article = -1;
			l->ngroups++;
		}
		a->group = index[r];
		layout_grow(&l->groups[a->group].box, &a->box);
		if (a->size > l->groups[a->group].size)
			l->groups[a->group].size = a->size;
	}
	for (i = 0; i < l->nunits; i++) {
		a = &l->units[i];
		if (a->cls != LC_HEAD ||
		    a->size < 0.92 * l->groups[a->group].size)
			continue;
		if (l->groups[a->group].title.x1 == 0)
			l->groups[a->group].title = a->box;
		else
			layout_grow(&l->groups[a->group].title, &a->box);
	}
	free(parent);
	free(index);
}

/*
 * 1 if a unit under head g stands where u would be mirrored across the
 * centre of g: g is centred over a module that u is part of.
 */
static int
layout_mirrored(struct layout *l, const struct layout_unit *u, int g)
{
	const struct layout_unit *v;
	double			  c, m0, m1;
	size_t			  i;

	c = (l->groups[g].title.x0 + l->groups[g].title.x1) / 2;
	m0 = 2 * c - u->box.x1;
	m1 = 2 * c - u->box.x0;
	for (i = 0; i < l->nunits; i++) {
		v = &l->units[i];
		if (v != u && v->cls == LC_BODY && v->above == g &&
		    fabs(v->box.x0 - m0) <= 2 * l->body &&
		    fabs(v->box.x1 - m1) <= 2 * l->body &&
		    fabs(v->box.y0 - u->box.y0) <= 3 * l->body)
			return (1);
	}
	return (0);
}

/*
 * 1 if nothing but narrow lines (a picture's credit) stands between head g
 * and unit u below it, across both: a picture between a head and its body.
 */
static int
layout_empty_between(struct layout *l, const struct layout_unit *u, int g)
{
	const struct layout_group *h = &l->groups[g];
	const struct layout_unit  *v;
	double			   x0, x1, uw = u->box.x1 - u->box.x0;
	size_t			   i;

	x0 = h->box.x0 < u->box.x0 ? h->box.x0 : u->box.x0;
	x1 = h->box.x1 > u->box.x1 ? h->box.x1 : u->box.x1;
	for (i = 0; i < l->nunits; i++) {
		v = &l->units[i];
		if (v == u || v->group == g || v->box.y1 <= h->box.y1 ||
		    v->box.y1 > u->box.y0 + 0.5 * l->body ||
		    layout_overlap(v->box.x0, v->box.x1, x0, x1) <= 0)
			continue;
		if (v->box.x1 - v->box.x0 >= 0.6 * uw || v->n > 2)
			return (0);
	}
	return (1);
}

/*
 * The head of the module unit u sits in, seen from above: the nearest
 * thing right above u and overlapping it across.  A head is the answer; a
 * body unit close above, or one spanning wider than u (a summary, a
 * standfirst), passes on its own head; any other text in between means
 * no head above.  -1 if none.  Units above u must have been seen first.
 */
static int
layout_above(struct layout *l, struct layout_unit *u)
{
	const struct layout_group *g;
	const struct layout_unit  *v, *near = NULL;
	double			   uw = u->box.x1 - u->box.x0, gw, vw;
	double			   best = -1e9, wall = -1e9;
	size_t			   i;
	int			   found = -1;

	for (i = 0; i < l->ngroups; i++) {
		g = &l->groups[i];
		gw = g->box.x1 - g->box.x0;
		if (g->box.y1 > u->box.y0 + 0.5 * l->body ||
		    layout_overlap(g->box.x0, g->box.x1, u->box.x0, u->box.x1) <
			0.4 * (uw < gw ? uw : gw) ||
		    g->box.y1 <= best)
			continue;
		best = g->box.y1;
		found = (int)i;
	}
	for (i = 0; i < l->nunits; i++) {
		v = &l->units[i];
		vw = v->box.x1 - v->box.x0;
		if (v == u || v->cls != LC_BODY ||
		    v->box.y1 > u->box.y0 + 0.5 * l->body ||
		    layout_overlap(v->box.x0, v->box.x1, u->box.x0, u->box.x1) <
			0.3 * (uw < vw ? uw : vw))
			continue;
		/* Narrow lines (a credit, a centred subhead) are no wall. */
		if (vw >= 0.6 * uw && v->box.y1 > wall)
			wall = v->box.y1;
		if (v->box.y1 <= best)
			continue;
		best = v->box.y1;
		near = v;
	}
	if (wall < best && near == NULL)
		wall = best;
	if (near != NULL) {
		vw = near->box.x1 - near->box.x0;
		if (((vw >= 1.5 * uw && vw >= 1.5 * l->column) ||
			u->box.y0 - near->box.y1 <= 1.6 * l->body) &&
		    (near->above != -1 || vw >= 0.6 * uw))
			return (near->above);
	} else if (found != -1)
		return (found);
	/*
	 * A head centred over a module may not reach over its outer
	 * columns: take a head whose bottom is level with u's top, beside
	 * it across, below whatever text is above u.
	 */
	found = -1;
	gw = 1e9;
	for (i = 0; i < l->ngroups; i++) {
		g = &l->groups[i];
		if (g->photo || g->box.y1 > u->box.y0 + 0.5 * l->body ||
		    g->box.y1 <= wall ||
		    (g->box.y1 < u->box.y0 - 3 * l->body &&
			!layout_empty_between(l, u, (int)i)))
			continue;
		vw = g->box.x0 > u->box.x1 ? g->box.x0 - u->box.x1 :
		    u->box.x0 > g->box.x1  ? u->box.x0 - g->box.x1 :
					     0;
		/* Its mirror image across the head is under the head too. */
		if (layout_mirrored(l, u, (int)i))
			vw = -1;
		if (vw < gw && vw <= uw + 2 * l->body) {
			gw = vw;
			found = (int)i;
		}
	}
	/* Far above, across a picture: the column flow may know better. */
	u->weak =
	    found != -1 && u->box.y0 - l->groups[found].box.y1 > 2 * l->body;
	return (found);
}

static int
layout_cmp_top(const void *a, const void *b)
{
	const struct layout_unit *ua = *(struct layout_unit *const *)a;
	const struct layout_unit *ub = *(struct layout_unit *const *)b;

	if (ua->box.y0 != ub->box.y0)
		return (ua->box.y0 < ub->box.y0 ? -1 : 1);
	return (ua < ub ? -1 : ua > ub);
}

/* The head above every body unit, top to bottom. */
static void
layout_aboves(struct layout *l)
{
	struct layout_unit **order;
	size_t		     i, n = 0;

	order = xcalloc(l->nunits + 1, sizeof *order);
	for (i = 0; i < l->nunits; i++) {
		if (l->units[i].cls == LC_BODY)
			order[n++] = &l->units[i];
	}
	qsort(order, n, sizeof *order, layout_cmp_top);
	for (i = 0; i < n; i++)
		order[i]->above = layout_above(l, order[i]);
	/* Again, now that each unit's neighbours across are known. */
	for (i = 0; i < n; i++)
		order[i]->above = layout_above(l, order[i]);
	free(order);
}

/*
 * 1 if unit u continues the text of unit p (the unit before it in reading
 * order): the next column of the same module (to the right, starting above
 * where p ends) or the same column further down.
 */
static int
layout_continues(struct layout *l, const struct layout_unit *p,
    const struct layout_unit *u, double top)
{
	double pw = p->box.x1 - p->box.x0, uw = u->box.x1 - u->box.x0;

	if (u->box.x0 >= p->box.x1 - 0.5 * l->body &&
	    u->box.y0 >= top - 2 * l->body &&
	    u->box.x0 <= p->box.x1 + 0.8 * pw + 2 * l->body &&
	    u->box.y0 < p->box.y1)
		return (1);
	if (layout_overlap(p->box.x0, p->box.x1, u->box.x0, u->box.x1) >=
		0.5 * (pw < uw ? pw : uw) &&
	    u->box.y0 >= p->box.y1 - 0.5 * l->body &&
	    u->box.y0 - p->box.y1 <= 2 * l->body)
		return (1);
	return (0);
}

/*
 * A head beside the module that starts with unit u: a head no chain took,
 * its top level with u's top, just left or right of it.  -1 if none.
 */
static int
layout_beside(struct layout *l, const struct layout_unit *u,
    struct pdf_box span)
{
	const struct layout_group *g;
	double			   dist, best = 1e9, w;
	size_t			   i;
	int			   found = -1;

	w = u->box.x1 - u->box.x0;
	for (i = 0; i < l->ngroups; i++) {
		g = &l->groups[i];
		if (g->claimed || fabs(g->box.y0 - u->box.y0) > 4 * l->body)
			continue;
		if (g->box.x1 <= span.x0 + l->body)
			dist = span.x0 - g->box.x1;
		else if (g->box.x0 >= span.x1 - l->body)
			dist = g->box.x0 - span.x1;
		else
			continue;
		if (dist < best && dist <= w + 2 * l->body) {
			best = dist;
			found = (int)i;
		}
	}
	return (found);
}

/* Chains of body units in reading order, and the head of each. */
static void
layout_chains(struct layout *l)
{
	struct layout_unit  *u, *p = NULL;
	struct layout_chain *c;
	struct pdf_box	     span;
	size_t		     i, j;
	int		     g;

	l->chains = xcalloc(l->nunits + 1, sizeof *l->chains);
	for (i = 0; i < l->nunits; i++) {
		u = &l->units[i];
		if (u->cls != LC_BODY || u->caption)
			continue;
		c = p != NULL ? &l->chains[p->chain] : NULL;
		if (c != NULL && layout_continues(l, p, u, c->top) &&
		    (u->above == -1 || u->above == c->head || u->weak) &&
		    !(u->above == -1 && u->box.y0 > p->box.y1 &&
			layout_beside(l, u, u->box) != -1)) {
			if (u->weak && c->head != -1)
				u->above = c->head;
			u->why = "continues the unit before";
		} else {
			c = &l->chains[l->nchains++];
			c->head = -1;
			c->article = -1;
			c->first = i;
			c->top = u->box.y0;
			u->why = "starts a chain";
		}
		if (c->head == -1 && u->above != -1) {
			c->head = u->above;
			l->groups[u->above].claimed = 1;
			u->why = "under its head";
		}
		u->chain = (int)(c - l->chains);
		c->last = i;
		if (u->box.y0 < c->top)
			c->top = u->box.y0;
		p = u;
	}
	for (i = 0; i < l->nchains; i++) {
		c = &l->chains[i];
		if (c->head != -1)
			continue;
		span = l->units[c->first].box;
		for (j = c->first; j <= c->last; j++) {
			if (l->units[j].chain == (int)i)
				layout_grow(&span, &l->units[j].box);
		}
		if ((g = layout_beside(l, &l->units[c->first], span)) != -1) {
			c->head = g;
			l->groups[g].claimed = 1;
			l->units[c->first].why = "beside its head";
		}
	}
}

/*
 * A title broken after a comma may show the comma again at the start of
 * the next line: skip the repeat.
 */
static const char *
layout_skip_repeat(const struct buf *b, const char *s)
{
	uint32_t last, first;
	size_t	 n;

	if (b->len == 0)
		return (s);
	text_utf8_prev(b->data, b->len, &last);
	n = text_utf8_next(s, strlen(s), &first);
	if (first == last && text_is_cjk_punct(first))
		return (s + n);
	return (s);
}

/* Sets the kicker, title, subtitle and byline of a from head group g. */
static void
layout_head(struct layout *l, int g, struct parse_article *a)
{
	struct buf	    kick = BUF_INIT, title = BUF_INIT;
	struct buf	    sub = BUF_INIT, by = BUF_INIT;
	struct layout_line *ll;
	struct layout_unit *u;
	const char	   *cue;
	double		    big = l->groups[g].size;
	size_t		    i, j;
	int		    seen = 0, past = 0;

	for (i = 0; i < l->nunits; i++) {
		u = &l->units[i];
		if (u->group != g)
			continue;
		for (j = u->first; j < u->first + u->n; j++) {
			ll = &l->lines[j];
			cue = layout_line_cue(ll);
			if (ll->size >= 0.92 * big && !past) {
				layout_join(&title,
				    layout_skip_repeat(&title, ll->text));
				seen = 1;
			} else if (layout_starts(cue, "本报记者") ||
			    layout_starts(cue, "记者") ||
			    layout_starts(cue, "本报通讯员") ||
			    layout_starts(cue, "通讯员")) {
				if (by.len != 0)
					buf_addc(&by, ' ');
				buf_adds(&by, ll->text);
			} else if (!seen)
				layout_join(&kick, ll->text);
			else {
				past = 1;
				layout_join(&sub, ll->text);
			}
		}
	}
	a->kicker = xstrdup(buf_str(&kick));
	a->title = xstrdup(buf_str(&title));
	a->subtitle = xstrdup(buf_str(&sub));
	a->byline = xstrdup(buf_str(&by));
	buf_free(&kick);
	buf_free(&title);
	buf_free(&sub);
	buf_free(&by);
}

/* The left edge and usual right edge of the column unit u is set in. */
static void
layout_column(struct layout *l, const struct layout_unit *u, double *left,
    double *right)
{
	const struct layout_line *a;
	size_t			  i, j, n, best = 0;

	*left = 1e9;
	*right = -1e9;
	for (i = u->first; i < u->first + u->n; i++) {
		a = &l->lines[i];
		if (a->box.x0 < *left)
			*left = a->box.x0;
		/* The right edge most lines reach. */
		for (n = 0, j = u->first; j < u->first + u->n; j++) {
			if (fabs(l->lines[j].box.x1 - a->box.x1) < 1)
				n++;
		}
		if (n > best || (n == best && a->box.x1 < *right)) {
			best = n;
			*right = a->box.x1;
		}
		if (i - u->first > 40)
			break;
	}
	if (best < 2)
		*right = u->box.x1;
}

static void
layout_add_para(struct parse_article *a, struct buf *b)
{
	if (b->len == 0)
		return;
	a->paragraphs = xreallocarray(a->paragraphs, a->nparagraphs + 1,
	    sizeof *a->paragraphs);
	a->paragraphs[a->nparagraphs++] = xstrdup(buf_str(b));
	buf_truncate(b, 0);
}

/* Is type of this size set larger than the body (more than one size)? */
static int
layout_larger(const struct layout *l, double size)
{
	return (size > (1 + LAYOUT_SAME_SIZE) * l->body);
}

/* Does the text end a sentence (。！？… or one of them and a closing mark)? */
static int
layout_ends_sentence(const struct buf *b)
{
	uint32_t c = 0;
	size_t	 n = b->len, k;

	while (n > 0) {
		k = text_utf8_prev(b->data, n, &c);
		if (c != 0x201d && c != 0x2019 && c != 0xff09 && c != ')' &&
		    c != 0x300d && c != 0x300f)
			break;
		n -= k;
	}
	return (c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0x2026 ||
	    c == '!' || c == '?');
}

/*
 * Is line ll, of unit u, a subhead's: set larger than the body, and
 * centred (its unit is, or it stops short of both edges of the column)?
 * A body line that comes out a little taller (a word in another font, a
 * figure set a hair low) runs to both edges; so does a story set all in a
 * larger size.
 */
static int
layout_subhead_line(struct layout *l, const struct layout_unit *u,
    const struct layout_line *ll)
{
	double left, right;

	if (!layout_larger(l, ll->size))
		return (0);
	if (u->centered)
		return (1);
	layout_column(l, u, &left, &right);
	return (ll->box.x0 > left + 0.8 * ll->size &&
	    ll->box.x1 < right - 0.8 * ll->size);
}

/*
 * Whether line ll of unit u goes on with the paragraph in para, read after
 * line before of unit bu (NULL: none): a subhead's line under one of the
 * same size whose sentence is not over.  pdftotext cuts a subhead of two
 * lines into two units, or gives its second line to the body under it
 * (…双优格局逐步显 ⏎ 露 ⏎ body).
 */
static int
layout_subhead_runs_on(struct layout *l, const struct layout_unit *u,
    const struct layout_line *ll, const struct layout_unit *bu,
    const struct layout_line *before, const struct buf *para)
{
	return (before != NULL && para->len > 0 &&
	    fabs(ll->size - before->size) <= LAYOUT_SAME_SIZE * before->size &&
	    layout_subhead_line(l, u, ll) &&
	    layout_subhead_line(l, bu, before) && !layout_ends_sentence(para));
}

/*
 * Whether the type turns from the body's size to a subhead's, or back,
 * from line before of unit bu (NULL: none) to line ll of unit u, the
 * paragraph so far in para.  Up to a line that is a subhead's, or after a
 * finished sentence (a subhead of one line that runs to both edges: “没
 * 看够”：…); back down from a subhead's line, or from a paragraph that
 * has been in the larger size from its start (l->para_big).  A size that
 * changes on a line inside a sentence is none (a word in another font).
 */
static int
layout_size_turns(struct layout *l, const struct layout_unit *u,
    const struct layout_line *ll, const struct layout_unit *bu,
    const struct layout_line *before, const struct buf *para)
{
	if (before == NULL ||
	    fabs(ll->size - before->size) <= LAYOUT_SAME_SIZE * before->size)
		return (0);
	if (layout_larger(l, ll->size) && ll->size > before->size)
		return (layout_subhead_line(l, u, ll) ||
		    layout_ends_sentence(para));
	return (layout_larger(l, before->size) &&
	    (layout_subhead_line(l, bu, before) || l->para_big));
}

/*
 * Appends the lines of unit u to article a: a new paragraph at a
 * first-line indent, after a line that stops short of the column, and
 * where the type size changes (a subhead in the body, and the body after
 * it).  *open says whether the last paragraph may go on.  prev is the
 * unit read before u (NULL for the first): a few lines centred within its
 * column, short of both edges, are a subhead, a paragraph of their own.
 */
static void
layout_text(struct layout *l, const struct layout_unit *u,
    const struct layout_unit *prev, struct parse_article *a, struct buf *para,
    int *open)
{
	const struct layout_line *ll, *before;
	const struct layout_unit *bu;
	double			  left, right, pl, pr;
	size_t			  i;
	int			  subhead = 0;

	layout_column(l, u, &left, &right);
	if (prev != NULL && u->centered && u->n <= 3 &&
	    layout_overlap(prev->box.x0, prev->box.x1, u->box.x0, u->box.x1) >
		0) {
		layout_column(l, prev, &pl, &pr);
		subhead = u->box.x0 > pl + 0.8 * u->size &&
		    u->box.x1 < pr - 0.8 * u->size;
	}
	if (subhead)
		*open = 0;
	for (i = u->first; i < u->first + u->n; i++) {
		ll = &l->lines[i];
		bu = i > u->first ? u : prev;
		before = i > u->first ? &l->lines[i - 1] :
		    prev != NULL      ? &l->lines[prev->first + prev->n - 1] :
					NULL;
		if (layout_subhead_runs_on(l, u, ll, bu, before, para))
			; /* a subhead's next line */
		else if (ll->box.x0 - left >= 0.8 * ll->size || !*open ||
		    layout_size_turns(l, u, ll, bu, before, para))
			layout_add_para(a, para);
		/* Whether the paragraph is in a subhead's size throughout. */
		if (para->len == 0)
			l->para_big = layout_larger(l, ll->size);
		else if (!layout_larger(l, ll->size))
			l->para_big = 0;
		/* A byline's names run on to the next line apart. */
		if (para->len > 0 &&
		    layout_signing(layout_cue_head(l, buf_str(para))))
			buf_addc(para, ' ');
		layout_join(para, ll->text);
		*open = subhead || ll->box.x1 >= right - 1.2 * ll->size ||
		    (u->n == 1 && !u->centered);
	}
	if (subhead) {
		layout_add_para(a, para);
		*open = 0;
	}
}

/*
 * A page number in digits (2, A3) or in Chinese numerals (第二十三版):
 * its digits in out, the bytes read in *used.  -1 if there is none.
 */
static int
layout_page_number(const char *s, char out[8], size_t *used)
{
	static const char *digits[] = { "〇", "一", "二", "三", "四", "五",
		"六", "七", "八", "九" };
	const char	  *p = s;
	int		   v = 0, cur = -1, d, found;

	if ((*used = strspn(s, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")) > 0) {
		if (*used > 4)
			return (-1);
		memcpy(out, s, *used);
		out[*used] = '\0';
		return (0);
	}
	for (;;) {
		found = 0;
		for (d = 0; d < 10; d++) {
			if (layout_starts(p, digits[d])) {
				cur = d;
				p += strlen(digits[d]);
				found = 1;
				break;
			}
		}
		if (found)
			continue;
		if (layout_starts(p, "十")) {
			v += (cur == -1 ? 1 : cur) * 10;
			cur = -1;
			p += strlen("十");
			continue;
		}
		break;
	}
	if (p == s)
		return (-1);
	if (cur != -1)
		v += cur;
	if (v <= 0 || v > 999)
		return (-1);
	snprintf(out, 8, "%d", v);
	*used = (size_t)(p - s);
	return (0);
}

/*
 * （下转N版） at the end of the body: continued_to, taken out.  Read folded
 * (（下轉N版）), cut in the text as printed: the offsets are the same.
 */
static void
layout_continuation(struct layout *l, struct parse_article *a)
{
	static const char *opens[] = { "（下转", "(下转", "（转", NULL };
	const char	  *c, *p, *q;
	char		  *last, num[8];
	size_t		   i, n;

	if (a->nparagraphs == 0)
		return;
	last = a->paragraphs[a->nparagraphs - 1];
	c = layout_cue(l, last);
	for (i = 0; opens[i] != NULL; i++) {
		if ((p = strstr(c, opens[i])) == NULL)
			continue;
		q = p + strlen(opens[i]);
		if (layout_starts(q, "第"))
			q += strlen("第");
		if (layout_page_number(q, num, &n) != 0 ||
		    !layout_starts(q + n, "版"))
			continue;
		free(a->continued_to);
		a->continued_to = xstrdup(num);
		q += n + strlen("版");
		if (*q == ')' || layout_starts(q, "）"))
			q += *q == ')' ? 1 : strlen("）");
		if (*q == '\0') {
			last[p - c] = '\0';
			if (*last == '\0') {
				free(last);
				a->nparagraphs--;
			}
		}
		return;
	}
}

/* A byline printed as the first line of the body goes to the byline. */
static void
layout_byline(struct layout *l, struct parse_article *a)
{
	struct layout_line ll;

	if (a->nparagraphs < 2 || *a->byline != '\0')
		return;
	memset(&ll, 0, sizeof ll);
	ll.text = (char *)layout_cue(l, a->paragraphs[0]); /* read only */
	ll.nchars = layout_count(ll.text);
	if (!layout_is_byline(&ll))
		return;
	free(a->byline);
	a->byline = a->paragraphs[0];
	a->nparagraphs--;
	memmove(a->paragraphs, a->paragraphs + 1,
	    a->nparagraphs * sizeof *a->paragraphs);
}

static struct parse_article *
layout_new_article(struct parse_page *pg)
{
	struct parse_article *a;

	pg->articles = xreallocarray(pg->articles, pg->narticles + 1,
	    sizeof *pg->articles);
	a = &pg->articles[pg->narticles++];
	memset(a, 0, sizeof *a);
	a->kind = PARSE_NEWS;
	a->continued_to = xstrdup("");
	a->continued_from = xstrdup("");
	return (a);
}

static void
layout_no_head(struct parse_article *a)
{
	a->kicker = xstrdup("");
	a->title = xstrdup("");
	a->subtitle = xstrdup("");
	a->byline = xstrdup("");
}

/* A caption's title: an unclaimed head just above or just below it. */
static int
layout_caption_head(struct layout *l, const struct layout_unit *u)
{
	const struct layout_group *g;
	double			   w = u->box.x1 - u->box.x0, gw;
	size_t			   i;

	for (i = 0; i < l->ngroups; i++) {
		g = &l->groups[i];
		gw = g->box.x1 - g->box.x0;
		if (g->claimed ||
		    layout_overlap(g->box.x0, g->box.x1, u->box.x0, u->box.x1) <
			0.3 * (gw < w ? gw : w))
			continue;
		if (g->box.y1 <= u->box.y0 + 0.5 * l->body &&
		    (u->box.y0 - g->box.y1 <= 2.5 * l->body ||
			layout_empty_between(l, u, (int)i)))
			return ((int)i);
		if (g->box.y0 >= u->box.y1 - 0.5 * l->body &&
		    g->box.y0 - u->box.y1 <= 2.5 * l->body)
			return ((int)i);
	}
	return (-1);
}

/* Heads right above or below a caption are the photos' titles. */
static void
layout_photo_heads(struct layout *l)
{
	size_t i;
	int    g;

	for (i = 0; i < l->nunits; i++) {
		if (l->units[i].caption &&
		    (g = layout_caption_head(l, &l->units[i])) != -1)
			l->groups[g].photo = 1;
	}
}

static int
layout_cmp_left(const void *a, const void *b)
{
	const struct layout_unit *ua = *(struct layout_unit *const *)a;
	const struct layout_unit *ub = *(struct layout_unit *const *)b;

	if (ua->box.x0 != ub->box.x0)
		return (ua->box.x0 < ub->box.x0 ? -1 : 1);
	return (ua->box.y0 < ub->box.y0 ? -1 : ua->box.y0 > ub->box.y0);
}

static int
layout_cmp_column(const void *a, const void *b)
{
	const struct layout_unit *ua = *(struct layout_unit *const *)a;
	const struct layout_unit *ub = *(struct layout_unit *const *)b;

	if (ua->column != ub->column)
		return (ua->column < ub->column ? -1 : 1);
	if (ua->box.y0 != ub->box.y0)
		return (ua->box.y0 < ub->box.y0 ? -1 : 1);
	return (ua->box.x0 < ub->box.x0 ? -1 : ua->box.x0 > ub->box.x0);
}

/*
 * The units of one module in the order a reader takes them: column by
 * column from the left, each from the top (pdftotext may interleave the
 * columns of a module).
 */
static void
layout_reading_order(struct layout_unit **u, size_t n, double column)
{
	double right = -1e9, w;
	size_t i;
	int    col = -1;

	if (n < 2)
		return;
	qsort(u, n, sizeof *u, layout_cmp_left);
	for (i = 0; i < n; i++) {
		if (u[i]->box.x0 >= right) {
			col++;
			w = u[i]->box.x1 - u[i]->box.x0;
			right = u[i]->box.x0 + 0.7 * (w < column ? w : column);
		}
		u[i]->column = col;
	}
	qsort(u, n, sizeof *u, layout_cmp_column);
}

/* Articles, in the order their first text comes. */
static struct parse_page *
layout_articles(struct layout *l)
{
	struct parse_page    *pg = xcalloc(1, sizeof *pg);
	struct parse_article *a;
	struct layout_chain  *c;
	struct layout_unit   *u, *prev;
	struct layout_group  *g;
	struct buf	      para = BUF_INIT, cap = BUF_INIT;
	struct layout_unit  **order;
	size_t		      i, j, k, n, nu;
	int		      open, h, centered, ad;

	pg->format = PARSE_RAW;
	order = xcalloc(l->nunits + 1, sizeof *order);
	for (i = 0; i < l->nchains; i++) {
		c = &l->chains[i];
		if (c->head != -1 && l->groups[c->head].article != -1) {
			c->article = l->groups[c->head].article;
			continue;
		}
		a = layout_new_article(pg);
		c->article = (int)(pg->narticles - 1);
		if (c->head != -1) {
			l->groups[c->head].article = c->article;
			layout_head(l, c->head, a);
		} else
			layout_no_head(a);
	}
	/* Body text, chain by chain in reading order. */
	for (k = 0; k < pg->narticles; k++) {
		a = &pg->articles[k];
		open = 0;
		centered = 1;
		n = 0;
		nu = 0;
		for (i = 0; i < l->nunits; i++) {
			u = &l->units[i];
			if (u->chain != -1 &&
			    l->chains[u->chain].article == (int)k)
				order[nu++] = u;
		}
		layout_reading_order(order, nu, l->column);
		for (i = 0, prev = NULL; i < nu; i++) {
			u = order[i];
			/*
			 * A picture's source alone, set over the column under
			 * its picture (…预告次日⏎图片由受访者提供⏎上线套餐…),
			 * is no text of the story.
			 */
			if (u->n == 1 &&
			    parse_is_source(l->lines[u->first].text,
				strlen(l->lines[u->first].text),
				l->lines[u->first].nchars)) {
				u->why = "a picture's source";
				continue;
			}
			/*
			 * The story's byline on a line of its own, set in
			 * larger type at a column's top inside the story, is
			 * its byline: not text, nor a paragraph's end.
			 */
			if (prev != NULL && u->n == 1 && *a->byline == '\0' &&
			    layout_larger(l, l->lines[u->first].size) &&
			    strstr(l->lines[u->first].text, "，") == NULL &&
			    strstr(l->lines[u->first].text, "。") == NULL &&
			    layout_is_byline(&l->lines[u->first])) {
				free(a->byline);
				a->byline = xstrdup(l->lines[u->first].text);
				u->why = "the story's byline";
				continue;
			}
			layout_text(l, u, prev, a, &para, &open);
			prev = u;
			centered &= u->centered;
			n += u->n;
		}
		layout_add_para(a, &para);
		layout_continuation(l, a);
		layout_byline(l, a);
		/* Ads: a few centred lines under a heading. */
		ad = centered && n <= 6 && *a->title != '\0';
		if (ad)
			a->kind = PARSE_AD;
		else if (*a->title == '\0' && n < 3)
			a->kind = PARSE_OTHER;
	}
	/* Photos: captions with a credit line. */
	for (i = 0; i < l->nunits; i++) {
		u = &l->units[i];
		if (!u->caption)
			continue;
		a = layout_new_article(pg);
		a->kind = PARSE_PHOTO;
		if ((h = layout_caption_head(l, u)) != -1) {
			l->groups[h].claimed = 1;
			l->groups[h].article = (int)(pg->narticles - 1);
			layout_head(l, h, a);
			free(a->byline);
		} else {
			layout_no_head(a);
			free(a->byline);
		}
		u->why = "a photo caption";
		for (j = u->first; j + 1 < u->first + u->n; j++)
			layout_join(&cap, l->lines[j].text);
		layout_add_para(a, &cap);
		a->byline = xstrdup(l->lines[u->first + u->n - 1].text);
	}
	/* Heads nothing took: ads (several sizes) or banners. */
	for (i = 0; i < l->ngroups; i++) {
		g = &l->groups[i];
		if (g->article != -1)
			continue;
		a = layout_new_article(pg);
		g->article = (int)(pg->narticles - 1);
		layout_head(l, (int)i, a);
		a->kind = *a->subtitle != '\0' || *a->kicker != '\0' ?
		    PARSE_AD :
		    PARSE_BANNER;
		/* The smaller lines are its text, not a subtitle too. */
		if (*a->subtitle != '\0') {
			buf_adds(&para, a->subtitle);
			layout_add_para(a, &para);
			free(a->subtitle);
			a->subtitle = xstrdup("");
		}
	}
	free(order);
	buf_free(&cap);
	/*
	 * The weather box is an article too: its fields a paragraph each
	 * (东北风3-4级), its sentences run on over their lines (…最高气温14℃，
	 * 明天早 ⏎ 晨最低气温7℃。).
	 */
	if (l->weather != NULL) {
		a = layout_new_article(pg);
		layout_no_head(a);
		a->kind = PARSE_WEATHER;
		for (i = 0; i < l->nlines; i++) {
			if (l->lines[i].cls != LC_WEATHER ||
			    &l->lines[i] == l->weather_label)
				continue;
			buf_adds(&para, l->lines[i].text);
			if (strstr(l->lines[i].text, "，") == NULL ||
			    layout_ends_sentence(&para))
				layout_add_para(a, &para);
		}
		layout_add_para(a, &para);
	}
	buf_free(&para);
	pg->weather = l->weather;
	l->weather = NULL;
	return (pg);
}

/*
 * Drops the articles left with nothing to show: no title, no text, no
 * byline (the chain of a picture's source passed over).
 */
static void
layout_drop_empty(struct parse_page *pg)
{
	struct parse_article *a;
	size_t		      i, n = 0;

	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		if (*a->title == '\0' && a->nparagraphs == 0 &&
		    *a->byline == '\0' && *a->kicker == '\0' &&
		    *a->subtitle == '\0') {
			parse_article_clear(a);
			continue;
		}
		pg->articles[n++] = *a;
	}
	pg->narticles = n;
}

static void
layout_explain(struct layout *l, struct buf *b)
{
	const struct layout_unit *u;
	const struct layout_line *ll;
	size_t			  i;
	int			  art;

	buf_printf(b,
	    "page %.0fx%.0f, body size %.2f, %zu lines, %zu units, "
	    "%zu heads\n",
	    l->doc.width, l->doc.height, l->body, l->nlines, l->nunits,
	    l->ngroups);
	for (i = 0; i < l->nlines; i++) {
		ll = &l->lines[i];
		if (ll->cls == LC_FURNITURE || ll->cls == LC_WEATHER)
			buf_printf(b,
			    "  %-9s size %5.2f at %4.0f,%4.0f  %.60s\n",
			    layout_class_names[ll->cls], ll->size, ll->box.x0,
			    ll->box.y0, ll->text);
	}
	for (i = 0; i < l->nunits; i++) {
		u = &l->units[i];
		if (u->cls == LC_HEAD)
			art = l->groups[u->group].article;
		else if (u->chain != -1)
			art = l->chains[u->chain].article;
		else
			art = -1;
		buf_printf(b,
		    "u%-3zu %-4s size %5.2f (x%.2f) x %4.0f-%4.0f "
		    "y %4.0f-%4.0f %3zu lines",
		    i, layout_class_names[u->cls], u->size, u->size / l->body,
		    u->box.x0, u->box.x1, u->box.y0, u->box.y1, u->n);
		if (u->cls == LC_HEAD)
			buf_printf(b, " head %d", u->group);
		else if (u->above != -1)
			buf_printf(b, " above: head %d", u->above);
		if (art != -1)
			buf_printf(b, " -> article %d", art + 1);
		if (u->why != NULL)
			buf_printf(b, " (%s)", u->why);
		if (u->centered)
			buf_adds(b, " centred");
		buf_printf(b, "\n      %.60s\n", l->lines[u->first].text);
	}
}

static void
layout_free(struct layout *l)
{
	size_t i;

	for (i = 0; i < l->nlines; i++) {
		free(l->lines[i].text);
		free(l->lines[i].cue);
	}
	free(l->lines);
	buf_free(&l->fold);
	free(l->units);
	free(l->groups);
	free(l->chains);
	parse_weather_free(l->weather);
	pdf_doc_free(&l->doc);
}

/* The page's text, block by block, as pdftotext would write it. */
static char *
layout_plain(struct layout *l, size_t *len)
{
	struct buf b = BUF_INIT;
	size_t	   i;

	for (i = 0; i < l->nlines; i++) {
		if (i != 0 && l->lines[i].block != l->lines[i - 1].block)
			buf_addc(&b, '\n');
		buf_adds(&b, l->lines[i].text);
		buf_addc(&b, '\n');
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	*len = b.len;
	return (buf_detach(&b));
}

struct parse_page *
pdf_layout_parse(const char *xhtml, size_t len, struct buf *explain,
    char **text, size_t *textlen, int *nowords, char **cause)
{
	struct layout	   l;
	struct parse_page *pg;

	memset(&l, 0, sizeof l);
	*nowords = 0;
	*text = NULL;
	if (pdf_xhtml_read(xhtml, len, &l.doc, cause) != 0) {
		pdf_doc_free(&l.doc);
		return (NULL);
	}
	layout_lines(&l);
	if (l.nlines == 0) {
		*nowords = 1;
		layout_free(&l);
		return (NULL);
	}
	*text = layout_plain(&l, textlen);
	if (l.nlines > LAYOUT_MAX_LINES) {
		xasprintf(cause, "more than %d lines on the page",
		    LAYOUT_MAX_LINES);
		free(*text);
		*text = NULL;
		layout_free(&l);
		return (NULL);
	}
	layout_body_size(&l);
	layout_body_spaces(&l);
	layout_cues(&l);
	layout_classify(&l);
	layout_weather(&l);
	if (layout_units(&l) != 0) {
		xasprintf(cause, "more than %d pieces of text on the page",
		    LAYOUT_MAX_UNITS);
		free(*text);
		*text = NULL;
		layout_free(&l);
		return (NULL);
	}
	layout_column_width(&l);
	layout_subheads(&l);
	layout_groups(&l);
	if (l.ngroups > LAYOUT_MAX_HEADS) {
		xasprintf(cause, "more than %d headings on the page",
		    LAYOUT_MAX_HEADS);
		free(*text);
		*text = NULL;
		layout_free(&l);
		return (NULL);
	}
	layout_photo_heads(&l);
	layout_aboves(&l);
	layout_chains(&l);
	pg = layout_articles(&l);
	if (explain != NULL)
		layout_explain(&l, explain);
	layout_drop_empty(pg);
	layout_free(&l);
	return (pg);
}
