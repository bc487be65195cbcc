/*
 * The -layout front end: text from `pdftotext -layout`, which prints a
 * page's columns side by side on the same lines with gutters of spaces
 * between them, made into text whose columns follow one another, as plain
 * `pdftotext` gives it and as the rest of the parser reads it.
 *
 * A page is read as a grid: each character sits at a display column.  Two
 * ways of counting columns exist: poppler gives every character one cell
 * (a Chinese character too), while text aligned for a terminal gives wide
 * characters two; detection keeps whichever makes the column starts line
 * up best.  Detection looks first, at memchr(3) speed, for runs of two
 * spaces, which most pages do not have.  The page is then cut
 * recursively, as an XY cut that tolerates the odd line over a gutter:
 *
 *  - a gutter of a region is a run of at least two display columns that
 *    few of its lines cover (one in ten; one line in a small region, or
 *    none over four columns there if that finds none: headings side by
 *    side on staggered rows) or, when its first few lines have no gap (a
 *    headline over narrow columns) and reach into it, that few of the
 *    lines under them cover;
 *  - the rows over the page's first gap (page furniture) are a band;
 *  - a run of blank rows across a region cuts it into bands, read top to
 *    bottom, when it is wide or ends a story: a column above it does not
 *    go on below it (a headline starts under it), or the last column
 *    ends a sentence while the first does not run on over it, inside a
 *    sentence, into the rest of its paragraph.  Columns set on other
 *    baselines than a headline beside them pause together, and that is
 *    no cut; nor is a run right over or under the first or last lines
 *    of columns that go on across it, printed one column after another
 *    (staircase rows: the columns' tops or feet stand at other heights),
 *    nor, however wide, one over which two columns or more each stop
 *    inside a sentence and under which each goes on where it stands (a
 *    picture across them).  A region with no gutter is cut so too:
 *    stories stacked in it may each have gutters that the other covers;
 *  - stories stacked in three columns or more, on other baselines than
 *    one another, may leave no blank row across the columns between
 *    them: where a story starts in one column (a dateline, from the
 *    heading over it if it has one, or a heading under a line that ends
 *    a story or fills the column) and each other column pauses a few
 *    rows from it, for twice its usual pause or more, or starts a story
 *    too, what is above those pauses is read before what is under them
 *    (two columns may be one flow, and are not cut so); a column's line
 *    after its pause that goes on from the line over it, alone, with
 *    nothing under it but a heading or a dateline after a long blank, is
 *    the end of the story above, and the pause is under it;
 *  - gutters no line crosses split a region into columns, read left to
 *    right (first the one where a blank beside it stops, where a
 *    headline or a photo stands over some of the columns or a story
 *    ends over another), each line cut at its widest run of spaces in
 *    the gutter; text that starts inside a gutter and runs on past it
 *    crosses it (poppler's one cell per character ends a column's lines
 *    short of the column, and a headline may start in that blank); a
 *    region's last line that runs from a column over a gutter and ends
 *    a sentence or a bracket (an author's note in small type) does not
 *    cross it, but stays in that column.  A heading set beside the
 *    columns, right of where their lines end, on one of their first
 *    rows (a title set upright at its story's side) is read before them;
 *  - else lines that cross a gutter (a headline over several columns)
 *    make bands of their own, so that a headline stays one line above
 *    the columns it spans;
 *  - a region without gutters or bands is one column: its lines,
 *    trimmed, in order.
 *
 * Columns and bands are separated by a blank line, and so are two runs of
 * a column's lines set apart by min_blank_rows blank rows.  Columns whose
 * baselines differ come out on alternate rows, so a blank row or two part
 * a column only where no column beside them is so set, the line over
 * them ends (short of the column, on a sentence's end or an ad's phone
 * number, or a photo's credit) and they do not part single lines.
 * Beside such a column they still part a heading after a line that ends
 * a story short of the column, a bold line from one that is not, and, on
 * a page that sets titles under stories and a blank between paragraphs
 * (■ bylines), a title from what is around it and a paragraph's end from
 * what follows.
 * A heading's lines in large type, its leading blank rows between them,
 * follow each other, and so do those of headings set side by side, or
 * of one with another heading beside its second line: the band over them
 * ends over their first lines, or over a kicker right over those.  A
 * heading's lines share one leading: a line over blank rows, over a
 * heading whose next line follows it with none, is a kicker, set apart.
 * A band of one column over a narrow gap runs on into the band under it
 * (a headline and its text), unless it is a line that names a picture's
 * source (新华社发), which is the photo's, or the gap is the one over
 * headings side by side, which parts them from the text above.  A title's
 * line alone over a wider gap, its large type's height, runs on into the
 * band under it too when that opens on its story's byline (本报记者 …),
 * as plain pdftotext sets them; a photo's credit does not.  A
 * subheading of two lines on adjacent rows, between blank rows, after a
 * paragraph's end, is parted from the text under it.  Nothing is dropped
 * but spaces.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

#include "parse-int.h"

/* Rows either side of a gap compared, column starts counted in a row. */
#define LAYOUT_NEAR   3
#define LAYOUT_STARTS 20

/* The thresholds, in one place. */
static const struct {
	int min_gapped;	     /* lines with an inner gutter, at least */
	int gapped_per_100;  /* ... per 100 non-blank lines, at least */
	int min_gap;	     /* spaces that make a gap, not a word space */
	int head_gap;	     /* ... between headings set side by side on
				staggered rows, no row over it */
	int min_margin;	     /* leading spaces that put a line in a column
				   to the right (a kept indent is less) */
	int min_aligned;     /* starts at one column to count as aligned */
	int aligned_per_100; /* aligned starts per 100 starts, at least */
	int max_x;	     /* columns measured; wider lines are cut off */
	int tol_per_100;     /* lines of a region that may cover a gutter */
	int min_tol_rows;    /* ... one line may from this many lines on */
	int max_indent;	     /* a paragraph's first line set in (two
				   wide characters), at most */
	int min_blank_rows;  /* blank rows that part a column's runs
				(fewer do where layout_leaf_gap says) */
	int min_col_starts;  /* lines starting at a column that make it one
				of the page's, not a stray headline's */
	int max_head_rows;   /* gapless lines over columns left out of a
				   gutter's cover (a headline; a bold line's
				   two rows are one), at most */
	int min_band_rows;   /* blank rows across a region that cut it */
	int wide_band_rows;  /* ... whatever the text around them */
	int furniture_rows;  /* lines over the page's first gap, at most */
	int near_rows;	     /* rows either side of a gap compared */
	int max_starts;	     /* column starts counted in a row, at most */
	int max_depth;	     /* recursion guard */
	int short_cells;     /* a line ending this far inside its column's
				lines stops short */
	int stagger_rows;    /* rows apart that columns' pauses may be and
				still part the same stories */
	int min_head_cells;  /* glyphs of a heading, at least */
	int min_pause_rows;  /* blank rows of a column's pause, at least */
	int stagger_cols;    /* columns of stories stacked on staggered
				 rows, at least (two may be one flow) */
	int min_region_rows; /* rows of a region cut so, at least */
	int min_part_rows;   /* ... rows of text above and under the cut */
	int usual_lines;     /* a column's lines over a pause that show its
				usual pause */
	int head_gap_rows;   /* blank rows between a heading's lines, at
				most (its leading) */
	int head_lead_rows;  /* blank rows between the lines of a heading
				in large type, at most */
	int head_balance;    /* its shorter line's glyphs per ten of
				 the longer's, at least */
	int max_head_lines;  /* lines of a heading over a dateline, at most */
	int credit_glyphs;   /* glyphs of a photo's credit, at most */
	int caption_rows;    /* rows of a caption and its credit, at most */
	int story_times;     /* ... a story's lines over it (single blank
				rows between), this many times its own, at
				least */
	int banner_han;	     /* Han characters of a banner's line, at most */
	int furniture_han;   /* Han characters of a piece of furniture
				(a date, a page's name, its editors), fewer */
	int spread_han;	     /* Han characters a space apart after the
				first in a piece: a line of text justified
				(获 得 各 类 奖), not furniture */
	int stair_lines;     /* lines of each column printed one column
				after another (columns' tops or feet at
				other heights), at least */
	int side_head_rows;  /* rows of text a heading set beside its
				story's columns stands in, from the top */
} layout_cfg = { .min_gapped = 4,
	.gapped_per_100 = 20,
	.min_gap = 2,
	.head_gap = 4,
	.min_margin = 6,
	.min_aligned = 4,
	.aligned_per_100 = 50,
	.max_x = 2048,
	.tol_per_100 = 10,
	.min_tol_rows = 4,
	.max_indent = 4,
	.min_blank_rows = 4,
	.min_col_starts = 3,
	.max_head_rows = 4,
	.min_band_rows = 2,
	.wide_band_rows = 4,
	.furniture_rows = 2,
	.near_rows = LAYOUT_NEAR,
	.max_starts = LAYOUT_STARTS,
	.max_depth = 64,
	.short_cells = 4,
	.stagger_rows = 3,
	.min_head_cells = 4,
	.min_pause_rows = 3,
	.stagger_cols = 3,
	.min_region_rows = 8,
	.min_part_rows = 2,
	.usual_lines = 8,
	.head_gap_rows = 4,
	.head_lead_rows = 8,
	.head_balance = 6,
	.max_head_lines = 6,
	.credit_glyphs = 24,
	.caption_rows = 8,
	.story_times = 2,
	.banner_han = 5,
	.furniture_han = 12,
	.spread_han = 3,
	.stair_lines = 2,
	.side_head_rows = 6 };

/* How a character's display column is counted. */
enum layout_metric {
	LAYOUT_CELLS, /* one cell per character (poppler) */
	LAYOUT_WIDTH  /* East Asian wide characters are two (a terminal) */
};

struct layout_glyph {
	int    x;   /* display column */
	int    w;   /* columns it covers */
	size_t off; /* bytes into the text */
	size_t len;
};

struct layout {
	const char	    *text;
	size_t		     len;
	struct layout_glyph *g;
	size_t		     ng;
	size_t		     gsz;
	size_t		    *row; /* row r: g[row[r]], ... */
	size_t		     nrows;
	enum layout_metric   metric;
	int		    *cov;    /* scratch, max_x + 1 */
	int		    *starts; /* lines starting at each column */
	char		    *skew;   /* row r: blank in a column beside text
					set on other baselines */
	struct buf	     out;
	int		     brk;    /* a blank line is due */
	int		     glue;   /* none before the next line */
	size_t		     splits; /* regions split into columns */
	int		     square; /* ■ opens a byline: titles may
					stand under their stories */
};

/* A part of the page: rows r0 to r1, in each the glyphs lo[i] to hi[i]. */
struct layout_region {
	size_t	r0;
	size_t	r1;
	size_t *lo;
	size_t *hi;
};

struct layout_gutter {
	int a; /* first blank display column */
	int b; /* one past the last */
};

static int
layout_width(enum layout_metric m, uint32_t c)
{
	if (m == LAYOUT_CELLS)
		return (1);
	return (text_cp_width(c) == 2 ? 2 : 1);
}

/*
 * The share (per 100) of the starts of text after a gap that fall on a
 * display column where at least min_aligned such starts fall, counting
 * columns with metric m.  -layout text lines its columns up; text that
 * merely has wide spaces does not.
 */
static int
layout_aligned(const char *s, size_t n, enum layout_metric m)
{
	int	*hist;
	int	*starts = NULL;
	size_t	 nstarts = 0, startsz = 0, i = 0, k, good = 0;
	int	 x = 0, spaces = 0;
	uint32_t c;

	hist = xcalloc((size_t)layout_cfg.max_x, sizeof *hist);
	while (i < n) {
		i = parse_next(s, n, i, &c);
		if (c == '\n') {
			x = spaces = 0;
			continue;
		}
		if (c == ' ') {
			spaces++;
			x++;
			continue;
		}
		if (spaces >= layout_cfg.min_gap && x < layout_cfg.max_x) {
			hist[x]++;
			if (nstarts == startsz) {
				startsz = startsz * 2 + 64;
				starts = xreallocarray(starts, startsz,
				    sizeof *starts);
			}
			starts[nstarts++] = x;
		}
		spaces = 0;
		x += layout_width(m, c);
	}
	for (k = 0; k < nstarts; k++) {
		if (hist[starts[k]] >= layout_cfg.min_aligned)
			good++;
	}
	free(starts);
	free(hist);
	return (nstarts == 0 ? 0 : (int)(good * 100 / nstarts));
}

/*
 * Counts the non-blank lines and those with a gutter in them (text, a run
 * of min_gap spaces or more, text; or a margin of min_margin spaces before
 * a line of a column further right): the cheap first look, bytes only.
 */
static void
layout_count_gapped(const char *s, size_t n, int *nonblank, int *gapped)
{
	size_t i;
	int    seen = 0, spaces = 0, gap = 0;

	*nonblank = *gapped = 0;
	for (i = 0; i <= n; i++) {
		if (i == n || s[i] == '\n') {
			*nonblank += seen;
			*gapped += gap;
			seen = spaces = gap = 0;
		} else if (s[i] == ' ')
			spaces++;
		else {
			if (seen ? spaces >= layout_cfg.min_gap :
				   spaces >= layout_cfg.min_margin)
				gap = 1;
			seen = 1;
			spaces = 0;
		}
	}
}

/*
 * Whether the text holds min_gapped runs of two spaces: the first look,
 * at memchr(3) speed, that most pages fail.
 */
static int
layout_has_gaps(const char *s, size_t n)
{
	const char *p = s, *e = s + n;
	int	    found = 0;

	while (p < e && (p = memchr(p, ' ', (size_t)(e - p))) != NULL) {
		if (p + 1 < e && p[1] == ' ') {
			if (++found >= layout_cfg.min_gapped)
				return (1);
			while (p < e && *p == ' ')
				p++;
		} else
			p++;
	}
	return (0);
}

/* The metric that lines the page's columns up, or -1 if not -layout. */
static int
layout_metric(const char *text, size_t len)
{
	int nonblank, gapped, cells, width;

	if (!layout_has_gaps(text, len))
		return (-1);
	layout_count_gapped(text, len, &nonblank, &gapped);
	if (gapped < layout_cfg.min_gapped ||
	    gapped * 100 < nonblank * layout_cfg.gapped_per_100)
		return (-1);
	cells = layout_aligned(text, len, LAYOUT_CELLS);
	width = layout_aligned(text, len, LAYOUT_WIDTH);
	if (cells < layout_cfg.aligned_per_100 &&
	    width < layout_cfg.aligned_per_100)
		return (-1);
	return (cells >= width ? LAYOUT_CELLS : LAYOUT_WIDTH);
}

int
parse_layout_detect(const char *text, size_t len)
{
	return (layout_metric(text, len) != -1);
}

/* Reads the page into rows of glyphs, spaces left out. */
static void
layout_read(struct layout *l, enum layout_metric m)
{
	size_t	 i = 0, rowsz = 64;
	int	 x = 0;
	uint32_t c;

	l->row = xreallocarray(NULL, rowsz, sizeof *l->row);
	l->row[0] = 0;
	while (i < l->len) {
		size_t at = i;

		i = parse_next(l->text, l->len, i, &c);
		if (c == '\n') {
			if (l->nrows + 2 >= rowsz) {
				rowsz *= 2;
				l->row = xreallocarray(l->row, rowsz,
				    sizeof *l->row);
			}
			l->row[++l->nrows] = l->ng;
			x = 0;
			continue;
		}
		if (c == ' ' || c == '\f') {
			x += (c == ' ');
			continue;
		}
		if (l->ng == l->gsz) {
			l->gsz = l->gsz * 2 + 256;
			l->g = xreallocarray(l->g, l->gsz, sizeof *l->g);
		}
		l->g[l->ng].x = x;
		l->g[l->ng].w = layout_width(m, c);
		l->g[l->ng].off = at;
		l->g[l->ng].len = i - at;
		l->ng++;
		x += layout_width(m, c);
	}
	if (l->nrows + 2 >= rowsz)
		l->row = xreallocarray(l->row, rowsz + 2, sizeof *l->row);
	l->row[++l->nrows] = l->ng;
}

/* The display columns of space between glyph k and the glyph before it. */
static int
layout_space(const struct layout *l, size_t k)
{
	return (l->g[k].x - (l->g[k - 1].x + l->g[k - 1].w));
}

/*
 * The bytes of the text glyphs lo to hi (lo < hi) stand on, the spaces
 * between them with them; they start at l->text + l->g[lo].off.
 */
static size_t
layout_bytes(const struct layout *l, size_t lo, size_t hi)
{
	return (l->g[hi - 1].off + l->g[hi - 1].len - l->g[lo].off);
}

/* Counts the lines (runs after a gap, or a row's first) at each column. */
static void
layout_count_starts(struct layout *l)
{
	size_t r, k;

	for (r = 0; r < l->nrows; r++) {
		for (k = l->row[r]; k < l->row[r + 1]; k++) {
			if (l->g[k].x >= layout_cfg.max_x)
				break;
			if (k == l->row[r] ||
			    layout_space(l, k) >= layout_cfg.min_gap)
				l->starts[l->g[k].x]++;
		}
	}
}

static void
layout_break(struct layout *l)
{
	if (l->out.len > 0 && !l->glue)
		l->brk = 1;
}

/* The next line follows the last one without a blank line. */
static void
layout_glue(struct layout *l)
{
	l->brk = 0;
	l->glue = 1;
}

/* Adds glyphs lo to hi as one line: trimmed, gaps become one space. */
static void
layout_line(struct layout *l, size_t lo, size_t hi)
{
	size_t k;

	if (lo == hi)
		return;
	if (l->brk)
		buf_addc(&l->out, '\n');
	l->brk = l->glue = 0;
	for (k = lo; k < hi; k++) {
		if (k > lo && layout_space(l, k) > 0)
			buf_addc(&l->out, ' ');
		buf_add(&l->out, l->text + l->g[k].off, l->g[k].len);
	}
	buf_addc(&l->out, '\n');
}

/* Whether any of rows a to b is a skewed one. */
static int
layout_skewed(const struct layout *l, size_t a, size_t b)
{
	for (; a < b; a++) {
		if (l->skew[a])
			return (1);
	}
	return (0);
}

/* Where a line whose last glyph is hi - 1 ends, in display columns. */
static int
layout_end(const struct layout *l, size_t hi)
{
	return (l->g[hi - 1].x + l->g[hi - 1].w);
}

/*
 * Where the run of glyphs from lo up to the first gap, or to hi, ends (hi
 * if there are none).
 */
static size_t
layout_run_end(const struct layout *l, size_t lo, size_t hi)
{
	size_t k;

	if (lo >= hi)
		return (hi);
	for (k = lo + 1; k < hi; k++) {
		if (layout_space(l, k) >= layout_cfg.min_gap)
			break;
	}
	return (k);
}

/* Where the last run of glyphs lo to hi (after its last gap) starts. */
static size_t
layout_last_run(const struct layout *l, size_t lo, size_t hi)
{
	size_t e;

	while ((e = layout_run_end(l, lo, hi)) < hi)
		lo = e;
	return (lo);
}

/*
 * Whether glyphs lo to hi repeat glyphs plo to phi where they stand: a
 * line set in bold is printed twice, and poppler gives both rows.
 */
static int
layout_repeats(const struct layout *l, size_t lo, size_t hi, size_t plo,
    size_t phi)
{
	size_t k;

	if (hi - lo != phi - plo || lo == hi)
		return (0);
	for (k = 0; k < hi - lo; k++) {
		const struct layout_glyph *a = &l->g[lo + k],
					  *b = &l->g[plo + k];

		if (a->x != b->x || a->len != b->len ||
		    memcmp(l->text + a->off, l->text + b->off, a->len) != 0)
			return (0);
	}
	return (1);
}

/* Whether glyphs lo to hi have no run of min_gap spaces inside. */
static int
layout_solid(const struct layout *l, size_t lo, size_t hi)
{
	return (layout_run_end(l, lo, hi) >= hi);
}

/*
 * The display column where most of a region's lines end (the further of
 * a tie), with l->cov as scratch.
 */
static int
layout_common_end(struct layout *l, const struct layout_region *rg)
{
	size_t i, n = rg->r1 - rg->r0;
	int    x, best = 0, pass;

	memset(l->cov, 0, (size_t)(layout_cfg.max_x + 1) * sizeof *l->cov);
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < n; i++) {
			if (rg->lo[i] == rg->hi[i])
				continue;
			x = layout_end(l, rg->hi[i]);
			if (x > layout_cfg.max_x)
				continue;
			if (pass == 0)
				l->cov[x]++;
			else if (l->cov[x] > l->cov[best] ||
			    (l->cov[x] == l->cov[best] && x > best))
				best = x;
		}
	}
	return (best);
}

/*
 * Whether the line whose glyphs are lo to hi ends a sentence: on a stop,
 * or on a closing mark after one (。”).
 */
static int
layout_ends_sentence(const struct layout *l, size_t lo, size_t hi)
{
	uint32_t c, prev = 0;

	parse_next(l->text + l->g[hi - 1].off, l->g[hi - 1].len, 0, &c);
	if (hi - 1 > lo)
		parse_next(l->text + l->g[hi - 2].off, l->g[hi - 2].len, 0,
		    &prev);
	return (parse_sentence_end(prev, c));
}

/*
 * Whether glyphs lo to hi end on the note that their story goes on on
 * another page (…1.2亿元。（下转2版）): nothing of the story follows
 * it here.
 */
static int
layout_ends_jump(const struct layout *l, size_t lo, size_t hi)
{
	size_t k;
	int    to;
	char   page[8];

	for (k = hi; k > lo; k--) {
		const char *s = l->text + l->g[k - 1].off;
		size_t	    n = layout_bytes(l, k - 1, hi);

		if (*s == '(' ||
		    (l->g[k - 1].len == strlen("（") &&
			memcmp(s, "（", strlen("（")) == 0))
			return (parse_cont_note(s, n, &to, page, sizeof page) &&
			    to);
	}
	return (0);
}

/*
 * Whether glyphs lo to hi end on the sign-off that closes a story (…（本
 * 报澄湖 ⏎ 3月5日电）): it ends there as on a sentence's end.
 */
static int
layout_ends_signoff(const struct layout *l, size_t lo, size_t hi)
{
	return (lo < hi &&
	    parse_ends(l->text + l->g[lo].off, layout_bytes(l, lo, hi),
		"电）"));
}

/*
 * Whether glyphs lo to hi are a commentary's signature alone (本报评论员):
 * nothing of its text follows it.
 */
static int
layout_signature(const struct layout *l, size_t lo, size_t hi)
{
	size_t n;

	if (lo == hi || !layout_solid(l, lo, hi))
		return (0);
	n = layout_bytes(l, lo, hi);
	return (parse_signature_alone(l->text + l->g[lo].off, n));
}

/*
 * Whether glyphs lo to hi end on a phone number (报名电话：0573-85110520):
 * the last line of an ad, which ends there as a story ends on a
 * sentence's end.
 */
static int
layout_ends_phone(const struct layout *l, size_t lo, size_t hi)
{
	const char *s;
	size_t	    n, k;

	if (lo == hi)
		return (0);
	s = l->text + l->g[lo].off;
	n = layout_bytes(l, lo, hi);
	if (s[n - 1] < '0' || s[n - 1] > '9')
		return (0);
	/* The run of digits and dashes it ends on is the number. */
	for (k = n;
	     k > 0 && ((s[k - 1] >= '0' && s[k - 1] <= '9') || s[k - 1] == '-');
	     k--)
		;
	return (parse_has_phone_n(s + k, n - k));
}

/*
 * Whether glyphs lo to hi end a sentence, an ad on its phone number, or
 * a story on its sign-off.
 */
static int
layout_ends_text(const struct layout *l, size_t lo, size_t hi)
{
	return (layout_ends_sentence(l, lo, hi) ||
	    layout_ends_phone(l, lo, hi) || layout_ends_signoff(l, lo, hi));
}

/*
 * Whether glyphs lo to hi are a photo's credit or source (本报记者 王强摄,
 * 新华社发): short, solid, no pause or stop in them.  A credit ends its
 * caption, however wide.
 */
static int
layout_credit(const struct layout *l, size_t lo, size_t hi)
{
	const char *s;
	size_t	    n;

	if (lo == hi || hi - lo > (size_t)layout_cfg.credit_glyphs ||
	    !layout_solid(l, lo, hi))
		return (0);
	s = l->text + l->g[lo].off;
	n = layout_bytes(l, lo, hi);
	if (parse_memmem(s, n, "，", strlen("，")) != NULL ||
	    parse_memmem(s, n, "。", strlen("。")) != NULL ||
	    parse_memmem(s, n, "；", strlen("；")) != NULL)
		return (0);
	return (parse_is_credit(s, n) || parse_is_source(s, n, hi - lo));
}

/*
 * Whether glyphs lo to hi end on a photo's credit set after the caption's
 * last sentence, a space between (…享受早春的好时光。 ■摄影 汤): the
 * caption's last line.
 */
static int
layout_tail_credit(const struct layout *l, size_t lo, size_t hi)
{
	size_t	 k;
	uint32_t c;

	for (k = hi; k > lo + 1; k--) {
		parse_next(l->text, l->len, l->g[k - 2].off, &c);
		if (parse_is_stop(c) && layout_space(l, k - 1) > 0)
			return (
			    hi - (k - 1) <= (size_t)layout_cfg.credit_glyphs &&
			    parse_is_credit(l->text + l->g[k - 1].off,
				layout_bytes(l, k - 1, hi)));
	}
	return (0);
}

/*
 * Whether a blank row under the line whose glyphs are lo to hi is a gap
 * in its column: the line stops short of where the column's lines end
 * (end), ends a sentence or on a phone number, or is a photo's credit
 * (layout_credit).  A line that fills the column and stops inside a
 * sentence goes on after the blank, a row of a column beside it.
 */
static int
layout_line_ends(const struct layout *l, size_t lo, size_t hi, int end)
{
	if (layout_end(l, hi) < end - layout_cfg.short_cells)
		return (1);
	return (layout_ends_text(l, lo, hi) || layout_credit(l, lo, hi));
}

/*
 * Whether glyphs lo to hi are a line of a heading: solid, ending short of
 * where its column's lines end (end), and no sentence.
 */
static int
layout_head_line(const struct layout *l, size_t lo, size_t hi, int end)
{
	return (layout_solid(l, lo, hi) &&
	    layout_end(l, hi) < end - layout_cfg.short_cells &&
	    !layout_ends_sentence(l, lo, hi));
}

/*
 * Whether glyphs lo to hi are a line set in bold, its runs doubled
 * (湖滨街道湖滨街道：：): a heading, never a line of text.
 */
static int
layout_bold(const struct layout *l, size_t lo, size_t hi)
{
	char *u;

	if (lo == hi)
		return (0);
	u = parse_undouble(l->text + l->g[lo].off, layout_bytes(l, lo, hi));
	if (u == NULL)
		return (0);
	free(u);
	return (1);
}

/*
 * Whether glyphs lo to hi are a title of two phrases parted by one space
 * (老楼加装电梯 居民“上下”不再难): a single gap of less than min_gap, no
 * Latin letter or digit beside it (pdftotext spaces those: 3 月), and
 * min_head_cells glyphs or more on each side.  Such a title may be as
 * wide as its column; a line of text has no such gap.
 */
static int
layout_two_phrases(const struct layout *l, size_t lo, size_t hi)
{
	size_t	 k, at = 0;
	uint32_t a, b;

	for (k = lo + 1; k < hi; k++) {
		if (layout_space(l, k) == 0)
			continue;
		if (at != 0 || layout_space(l, k) >= layout_cfg.min_gap)
			return (0);
		at = k;
	}
	if (at == 0 || at - lo < (size_t)layout_cfg.min_head_cells ||
	    hi - at < (size_t)layout_cfg.min_head_cells)
		return (0);
	parse_next(l->text + l->g[at - 1].off, l->g[at - 1].len, 0, &a);
	parse_next(l->text + l->g[at].off, l->g[at].len, 0, &b);
	return (a >= 0x80 && b >= 0x80);
}

/* Whether glyphs lo to hi are some, and ok() says yes of each. */
static int
layout_every(const struct layout *l, size_t lo, size_t hi, int (*ok)(uint32_t))
{
	size_t	 k;
	uint32_t c;

	for (k = lo; k < hi; k++) {
		parse_next(l->text, l->len, l->g[k].off, &c);
		if (!ok(c))
			return (0);
	}
	return (lo < hi);
}

/* Whether c is a Han character, a Latin letter or a digit: no mark. */
static int
layout_word_char(uint32_t c)
{
	return (text_is_han(c) || (c < 0x80 && isalnum((int)c)));
}

/* Whether c is no pause (，、；：) and no stop. */
static int
layout_no_pause(uint32_t c)
{
	return (c != 0xff0c && c != 0x3001 && c != 0xff1b && c != 0xff1a &&
	    !parse_is_stop(c));
}

/*
 * Whether glyphs lo to hi hold Han characters, letters and digits only,
 * no mark: a line of a paragraph has one more often than not.
 */
static int
layout_markless(const struct layout *l, size_t lo, size_t hi)
{
	return (layout_every(l, lo, hi, layout_word_char));
}

/*
 * Whether glyphs lo to hi have no pause and no stop in them (quotes and
 * brackets may stand): a line of a paragraph as wide as its column has
 * one more often than not, a title's line none.
 */
static int
layout_pauseless(const struct layout *l, size_t lo, size_t hi)
{
	return (layout_every(l, lo, hi, layout_no_pause));
}

/*
 * Whether glyphs lo to hi open on a topic and a colon, two to six Han
 * characters, with no pause and no stop after it (湖滨街道：小区停车难有了
 * 新解法): a title's, which names a place or a theme before what it says.
 */
static int
layout_topic_colon(const struct layout *l, size_t lo, size_t hi)
{
	size_t	 k;
	uint32_t c;

	for (k = lo; k < hi && k <= lo + 6; k++) {
		parse_next(l->text, l->len, l->g[k].off, &c);
		if (c == 0xff1a)
			return (k >= lo + 2 && layout_pauseless(l, k + 1, hi));
		if (!text_is_han(c))
			return (0);
	}
	return (0);
}

/*
 * Whether glyphs lo to hi are a title's line: short and ending no
 * sentence (layout_head_line), of two phrases or reaching short_cells
 * past the column's lines or more (its type is larger) and ending none,
 * or bold.
 */
static int
layout_title_line(const struct layout *l, size_t lo, size_t hi, int end)
{
	return (layout_head_line(l, lo, hi, end) ||
	    ((layout_two_phrases(l, lo, hi) ||
		 (layout_solid(l, lo, hi) &&
		     layout_end(l, hi) >= end + layout_cfg.short_cells)) &&
		!layout_ends_sentence(l, lo, hi)) ||
	    layout_bold(l, lo, hi));
}

/*
 * Whether the line at row i of a column, under blank rows, is a heading
 * after a story's end (or an ad's): the line over the blank ends a
 * sentence (or on a phone number), and the line at i is a title's line
 * (layout_title_line), on a page of a paper that may set its titles under
 * their stories (l->square: ■ opens its bylines, as parse_flow_detect()
 * tells the unit reading) or after a line that stops short of the
 * column.  On such a page a line as wide as the column is one too if it
 * has no pause and no stop in it (“一老一小”服务圈覆盖全部城乡社区, after
 * …转变。), or none but a topic's colon (layout_topic_colon()): the paper
 * sets a blank between paragraphs, so the blank is one at worst.  Such a
 * blank parts them though the column beside is set on other baselines.
 * (A bold line and one that is not are parted by layout_heads_before().)
 */
static int
layout_heads_after(const struct layout *l, const struct layout_region *rg,
    size_t i, size_t blank, int end)
{
	size_t plo = rg->lo[i - blank - 1], phi = rg->hi[i - blank - 1];
	size_t lo = rg->lo[i], hi = rg->hi[i];

	if (!layout_ends_text(l, plo, phi) ||
	    hi - lo < (size_t)layout_cfg.min_head_cells)
		return (0);
	if (l->square && layout_solid(l, lo, hi) &&
	    (layout_pauseless(l, lo, hi) || layout_topic_colon(l, lo, hi)))
		return (1);
	if (!layout_title_line(l, lo, hi, end))
		return (0);
	return (l->square || layout_end(l, phi) < end - layout_cfg.short_cells);
}

/*
 * Whether the blank rows over row i of a column part a title from the
 * text under it, or a line from a title under it: one of the line over
 * them and the line at i is bold, the other not; or, on a page of a
 * paper that may set its titles under their stories (l->square), the
 * line over them is a title's line.  Without the blank, the title would
 * head the text under it.  Papers that set titles over their stories
 * keep a title that is not bold and the dateline under it together:
 * their headings over datelines are how the reading is told.
 */
static int
layout_heads_before(const struct layout *l, const struct layout_region *rg,
    size_t i, size_t blank, int end)
{
	size_t plo = rg->lo[i - blank - 1], phi = rg->hi[i - blank - 1];

	if (layout_bold(l, plo, phi) != layout_bold(l, rg->lo[i], rg->hi[i]))
		return (1);
	return (l->square &&
	    layout_title_line(l, plo, phi, end + layout_cfg.short_cells));
}

/*
 * Whether glyphs lo to hi, over blank rows, end a paragraph on a page
 * whose bylines carry ■ (l->square): our paper sets a blank between
 * paragraphs, and a line of its text that ends a sentence short of the
 * column ends one.  Such a blank is one though the column beside is set
 * on other baselines.  Other papers set none there, and a blank row in
 * their text is the column beside's.
 */
static int
layout_square_end(const struct layout *l, size_t lo, size_t hi, int end)
{
	return (l->square && layout_end(l, hi) < end - layout_cfg.short_cells &&
	    layout_ends_sentence(l, lo, hi));
}

/*
 * Whether glyphs lo to hi open on a field of an ad: a short label with an
 * ad word in it, then a colon (活动时间：3月1日至3月31日, 地址：…).
 */
static int
layout_ad_field(const struct layout *l, size_t lo, size_t hi)
{
	const char *s, *c;
	char	    label[32];
	size_t	    n;

	if (lo == hi)
		return (0);
	s = l->text + l->g[lo].off;
	n = layout_bytes(l, lo, hi);
	if ((c = parse_memmem(s, n, "：", strlen("："))) == NULL ||
	    (n = (size_t)(c - s)) < 2 * strlen("：") || n >= sizeof label)
		return (0);
	memcpy(label, s, n);
	label[n] = '\0';
	return (parse_ad_score(label) > 0);
}

/*
 * Whether row r of a column ends an ad: it or the row over it gives a
 * phone number or a field of the ad (招生热线：0573-85223366（全日制） ⏎
 * 友情提醒：…, the line under the number a note of the ad's own).
 */
static int
layout_ad_over(const struct layout *l, const struct layout_region *rg, size_t r)
{
	size_t k;

	for (k = r; k + 2 > r && rg->lo[k] != rg->hi[k]; k--) {
		if (parse_has_phone_n(l->text + l->g[rg->lo[k]].off,
			layout_bytes(l, rg->lo[k], rg->hi[k])) ||
		    layout_ad_field(l, rg->lo[k], rg->hi[k]))
			return (1);
		if (k == 0)
			break;
	}
	return (0);
}

/*
 * Whether the lines over the blank rows over row i of a column are a
 * column's banner (创新突破 ⏎ 实干争先): two lines alone, each of
 * banner_han Han characters at most and no mark, over a line with no
 * mark that is longer than both together (the title under it, not the
 * end of a title they begin).
 */
static int
layout_banner_over(const struct layout *l, const struct layout_region *rg,
    size_t i, size_t blank, size_t above)
{
	size_t a = i - blank - 1, k;

	if (above != 2 || a == 0 || !layout_markless(l, rg->lo[i], rg->hi[i]))
		return (0);
	for (k = a - 1; k <= a; k++) {
		if (rg->hi[k] - rg->lo[k] > (size_t)layout_cfg.banner_han ||
		    !layout_markless(l, rg->lo[k], rg->hi[k]))
			return (0);
	}
	return (rg->hi[i] - rg->lo[i] >
	    rg->hi[a] - rg->lo[a] + rg->hi[a - 1] - rg->lo[a - 1]);
}

/*
 * Whether the lines over the blank rows over row i of a column end a box
 * set wider than the column (a weather box: …偏北风3 ⏎ 到4级。…明天早晨
 * 最低气温5℃。): the last two reach short_cells past where the column's
 * lines end (end), the last ends a sentence, and the line at i does not
 * reach so far.  The column's text under it is another's.
 */
static int
layout_box_over(const struct layout *l, const struct layout_region *rg,
    size_t i, size_t blank, int end)
{
	size_t a = i - blank - 1;
	int    wide = end + layout_cfg.short_cells;

	return (a > 0 && rg->lo[a - 1] != rg->hi[a - 1] &&
	    layout_end(l, rg->hi[a - 1]) >= wide &&
	    layout_end(l, rg->hi[a]) >= wide &&
	    layout_ends_text(l, rg->lo[a], rg->hi[a]) &&
	    layout_end(l, rg->hi[i]) < wide);
}

/*
 * How many lines of a column run on up from row r: single blank rows
 * between lines are the rows of a column beside set on other baselines.
 */
static size_t
layout_run_above(const struct layout_region *rg, size_t r)
{
	size_t k, n = 0;

	for (k = r + 1; k > 0; k--) {
		if (rg->lo[k - 1] != rg->hi[k - 1])
			n++;
		else if (k < 2 || rg->lo[k - 2] == rg->hi[k - 2])
			break;
	}
	return (n);
}

/*
 * How many lines of a column from row i on, single blank rows between at
 * most, make a photo's caption: a few that end on its credit (…不少老人
 * 早早排起了队。 ⏎ 汤颖 陆峰/摄; …好时光。 ■摄影 汤); 0 if they do not.
 */
static size_t
layout_caption_lines(const struct layout *l, const struct layout_region *rg,
    size_t i)
{
	size_t k, n = rg->r1 - rg->r0, lines = 0;

	for (k = i; k < n && lines < (size_t)layout_cfg.caption_rows; k++) {
		if (rg->lo[k] == rg->hi[k]) {
			/* One blank row: the column beside's baseline. */
			if (k + 1 < n && rg->lo[k + 1] != rg->hi[k + 1] &&
			    rg->lo[k - 1] != rg->hi[k - 1])
				continue;
			break;
		}
		lines++;
		if ((k > i && layout_credit(l, rg->lo[k], rg->hi[k])) ||
		    layout_tail_credit(l, rg->lo[k], rg->hi[k]))
			return (lines);
	}
	return (0);
}

/*
 * Whether the rows of a column from row i on are a photo's caption under
 * a story (layout_caption_lines()): fewer lines than the `above' lines
 * over them, or story_times times fewer than the lines that run on up
 * from row r over them, single blank rows between (layout_run_above(): a
 * column beside set on other baselines breaks a story's run, not a
 * caption's two or three sentences, which are not parted so).
 */
static int
layout_caption_at(const struct layout *l, const struct layout_region *rg,
    size_t i, size_t above, size_t r)
{
	size_t lines = layout_caption_lines(l, rg, i);

	return (lines > 0 &&
	    (above > lines ||
		layout_run_above(rg, r) >=
		    (size_t)layout_cfg.story_times * lines));
}

/*
 * Whether the line at row i of a column is a title's line alone, blank
 * rows under it, over a dateline (本报讯, 本报北京1月9日电): a heading
 * set apart between two stories, whatever the column beside does.
 */
static int
layout_dated_under(const struct layout *l, const struct layout_region *rg,
    size_t i, int end)
{
	size_t k, n = rg->r1 - rg->r0, lo, hi;

	if (!layout_title_line(l, rg->lo[i], rg->hi[i], end))
		return (0);
	for (k = i + 1; k < n && rg->lo[k] == rg->hi[k]; k++)
		;
	if (k == i + 1 || k == n)
		return (0);
	lo = rg->lo[k];
	hi = rg->hi[k];
	return (
	    parse_is_dateline(l->text + l->g[lo].off, layout_bytes(l, lo, hi)));
}

/*
 * Whether glyphs lo to hi open on s: ■ opens a byline or a credit (■记者
 * X), a dash a subtitle (——三论…).
 */
static int
layout_opens(const struct layout *l, size_t lo, size_t hi, const char *s)
{
	return (lo < hi &&
	    parse_starts(l->text + l->g[lo].off, layout_bytes(l, lo, hi), s));
}

static int layout_kicker_title(const struct layout *,
    const struct layout_region *, size_t, size_t);
static int layout_kicker_line(const struct layout *, size_t, size_t);

/*
 * Whether rows h and h + 1 of a region, two lines on adjacent rows
 * between blank rows, are a subheading inside a column: each a heading's
 * line (layout_kicker_line) short of the column's common end, under a
 * line that ends a paragraph's text over one blank row.  Its lines stand
 * at their own leading; plain pdftotext gives it as a block apart from
 * the text under it, which goes on the story.
 */
static int
layout_subhead(const struct layout *l, const struct layout_region *rg, size_t h,
    int end)
{
	if (h < 2 || rg->lo[h - 1] != rg->hi[h - 1] ||
	    rg->lo[h - 2] == rg->hi[h - 2] ||
	    !layout_ends_text(l, rg->lo[h - 2], rg->hi[h - 2]))
		return (0);
	return (layout_kicker_line(l, rg->lo[h], rg->hi[h]) &&
	    layout_kicker_line(l, rg->lo[h + 1], rg->hi[h + 1]) &&
	    layout_end(l, rg->hi[h]) < end &&
	    layout_end(l, rg->hi[h + 1]) < end);
}

/*
 * Whether the blank rows i - blank to i of a column are a gap in it,
 * though fewer than min_blank_rows: no column beside them is set on
 * other baselines (layout_mark_skew), the line over them ends
 * (layout_line_ends), and the lines over or under them are more than one
 * (a single line between single blank rows is a column's alternate
 * rows).  A lone line that ends no sentence (nor on a phone number, an
 * ad's last line) is a heading, in type whose leading leaves blank rows:
 * it runs on into what is under it.  `above' is how many lines run on
 * over the blank.  A bold line and one that is not, and a title and what
 * is under it on a page whose bylines carry ■ (layout_heads_before), are
 * parted whatever else stands beside; on such a page a paragraph's end
 * is parted from what follows (layout_square_end), and from a title
 * under it (layout_heads_after) though both are single lines, and so is
 * a title's line (or a line with no mark in it, layout_markless, or one
 * with no pause, quotes and all, nearly as wide as the column or wider,
 * that opens on no ■ as a byline does, layout_opens) alone from a
 * title's line, a line of a few glyphs or more with no pause in it, or
 * a photo's caption under it (a title under its story,
 * the next story's over its text), and so is a dashed subtitle (——三论
 * …), which ends its title's block.  A line that ends on the note that its
 * story goes on on another page (layout_ends_jump), or an ad's last
 * lines, its phone number or a field of it in them (layout_ad_over),
 * are parted from what is under them, whatever stands beside; so is text
 * that ends a sentence from a photo's caption under it
 * (layout_caption_at), and a column's banner from a title under it
 * (layout_banner_over).
 */
static int
layout_leaf_gap(const struct layout *l, const struct layout_region *rg,
    size_t i, size_t blank, size_t above, int end)
{
	size_t k, below = 0, n = rg->r1 - rg->r0;
	size_t plo = rg->lo[i - blank - 1], phi = rg->hi[i - blank - 1];

	if (layout_heads_before(l, rg, i, blank, end) ||
	    layout_ends_jump(l, plo, phi) || layout_signature(l, plo, phi) ||
	    (above == 1 && layout_kicker_title(l, rg, i - blank - 1, i)) ||
	    (above == 2 && layout_subhead(l, rg, i - blank - 2, end)))
		return (1);
	for (k = i; k < n && rg->lo[k] != rg->hi[k] && below < 2; k++)
		below++;
	if (layout_square_end(l, plo, phi, end) &&
	    layout_heads_after(l, rg, i, blank, end))
		return (1);
	if (layout_banner_over(l, rg, i, blank, above) ||
	    layout_box_over(l, rg, i, blank, end) ||
	    layout_ad_over(l, rg, i - blank - 1) ||
	    (layout_ends_text(l, plo, phi) &&
		layout_caption_at(l, rg, i, above, i - blank - 1)))
		return (1);
	if (l->square && above == 1 && !layout_ends_text(l, plo, phi) &&
	    (layout_title_line(l, plo, phi, end) ||
		layout_markless(l, plo, phi) ||
		(layout_end(l, phi) > end - layout_cfg.short_cells &&
		    layout_pauseless(l, plo, phi) &&
		    !layout_opens(l, plo, phi, "■"))) &&
	    (layout_title_line(l, rg->lo[i], rg->hi[i], end) ||
		(rg->hi[i] - rg->lo[i] >= (size_t)layout_cfg.min_head_cells &&
		    layout_pauseless(l, rg->lo[i], rg->hi[i])) ||
		layout_caption_lines(l, rg, i) > 0))
		return (1);
	if (layout_ends_text(l, plo, phi) && below == 1 &&
	    layout_dated_under(l, rg, i, end))
		return (1);
	if (l->square && layout_opens(l, plo, phi, "——") &&
	    (layout_title_line(l, rg->lo[i], rg->hi[i], end) ||
		layout_caption_lines(l, rg, i) > 0))
		return (1);
	if (above < 2 && below < 2)
		return (0);
	if (above == 1 && !layout_ends_text(l, plo, phi))
		return (0);
	if (layout_skewed(l, rg->r0 + i - blank, rg->r0 + i) &&
	    !layout_square_end(l, plo, phi, end) &&
	    !layout_heads_after(l, rg, i, blank, end))
		return (0);
	return (layout_line_ends(l, plo, phi, end));
}

/*
 * Whether rows a and b of a region, b right under a, are headings of two
 * columns set on adjacent rows (a column's logo over its title, another
 * story's title between them over a picture's blank): each one run, b
 * with no mark in it, both short of the region's common end, neither in
 * any column of the other, head_gap cells apart or more, and one of
 * them in no column of the first line with a mark under them, the text
 * they head.  The lines of one heading overlap, or stand over its text
 * together, staggered (澄湖夜市 ⏎ 　　　烟火旺).
 */
static int
layout_side_by_side(const struct layout *l, const struct layout_region *rg,
    size_t a, size_t b, int end)
{
	size_t alo = rg->lo[a], ahi = rg->hi[a], blo = rg->lo[b],
	       bhi = rg->hi[b], k, n = rg->r1 - rg->r0;
	int x0, x1;

	if (!layout_solid(l, alo, ahi) || !layout_solid(l, blo, bhi) ||
	    !layout_markless(l, blo, bhi) ||
	    layout_end(l, ahi) >= end - layout_cfg.short_cells ||
	    layout_end(l, bhi) >= end - layout_cfg.short_cells ||
	    (l->g[blo].x < layout_end(l, ahi) + layout_cfg.head_gap &&
		l->g[alo].x < layout_end(l, bhi) + layout_cfg.head_gap))
		return (0);
	for (k = b + 1; k < n; k++) {
		if (rg->lo[k] != rg->hi[k] &&
		    !layout_markless(l, rg->lo[k], rg->hi[k]))
			break;
	}
	if (k == n)
		return (0);
	x0 = l->g[rg->lo[k]].x;
	x1 = layout_end(l, rg->hi[k]);
	return (layout_end(l, ahi) <= x0 || l->g[alo].x >= x1 ||
	    layout_end(l, bhi) <= x0 || l->g[blo].x >= x1);
}

/* A region without gutters: one column, its rows in order. */
static void
layout_leaf(struct layout *l, const struct layout_region *rg)
{
	size_t i, n = rg->r1 - rg->r0, above = 0, blank = 0, last = 0;
	size_t marks = 0;
	int    seen = 0, end;

	end = layout_common_end(l, rg);
	layout_break(l);
	for (i = 0; i < n; i++) {
		if (rg->lo[i] == rg->hi[i]) {
			blank++;
			continue;
		}
		if (seen && blank > 0 &&
		    (blank >= (size_t)layout_cfg.min_blank_rows ||
			layout_leaf_gap(l, rg, i, blank, above, end)))
			layout_break(l);
		/* Under lines with no mark since a blank, as headings are. */
		else if (seen && blank == 0 && marks == 0 &&
		    layout_side_by_side(l, rg, last, i, end))
			layout_break(l);
		last = i;
		if (blank > 0)
			above = marks = 0;
		above++;
		if (!layout_markless(l, rg->lo[i], rg->hi[i]))
			marks++;
		layout_line(l, rg->lo[i], rg->hi[i]);
		seen = 1;
		blank = 0;
	}
	layout_break(l);
}

/*
 * Whether the run of text from glyph k (up to a gap of min_gap, or hi)
 * reaches past gutter gu.
 */
static int
layout_runs_past(const struct layout *l, size_t k, size_t hi,
    const struct layout_gutter *gu)
{
	for (; k < hi; k++) {
		if (l->g[k].x >= gu->b)
			return (1);
		if (k + 1 < hi && layout_space(l, k + 1) >= layout_cfg.min_gap)
			return (0);
	}
	return (0);
}

/*
 * The split point of glyphs lo to hi at gutter gu: the index of the first
 * glyph after the widest run of spaces that overlaps the gutter, or -1 if
 * no run of min_gap spaces does (the line crosses the gutter).
 */
static long
layout_cut(const struct layout *l, size_t lo, size_t hi,
    const struct layout_gutter *gu)
{
	size_t k;
	long   best = -1;
	int    bestw = 0, from, to, w;

	for (k = lo; k <= hi; k++) {
		from = (k == lo) ? -1 : l->g[k - 1].x + l->g[k - 1].w;
		to = (k == hi) ? INT32_MAX : l->g[k].x;
		if (to <= gu->a || from >= gu->b)
			continue;
		w = (from < 0 || to == INT32_MAX) ? INT32_MAX : to - from;
		if (w < layout_cfg.min_gap && from >= 0 && to != INT32_MAX)
			continue;
		/*
		 * Text that starts inside the gutter and runs on past it
		 * starts, on the page, in the column to the left: poppler
		 * gives each character one cell, so a column's lines end
		 * short of where the column does, and a headline set
		 * over several columns begins in that blank.  Not where
		 * lines start again and again (a narrow column is there),
		 * nor before a column whose lines start anywhere (centred
		 * text: the gutter is where the widest of them starts).
		 * Text set out for a terminal has no such blank: what
		 * starts in its gutters is set a little off.
		 */
		if (l->metric == LAYOUT_CELLS && to > gu->a && to < gu->b &&
		    l->starts[to] < layout_cfg.min_col_starts &&
		    l->starts[gu->b] >= layout_cfg.min_col_starts &&
		    layout_runs_past(l, k, hi, gu))
			continue;
		if (w > bestw) {
			bestw = w;
			best = (long)k;
		}
	}
	return (best);
}

static void layout_region(struct layout *, const struct layout_region *, int);

/* Reads rows r0 to r1 of rg as a region of their own. */
static void
layout_band(struct layout *l, const struct layout_region *rg, size_t r0,
    size_t r1, int depth)
{
	struct layout_region sub;

	sub.r0 = r0;
	sub.r1 = r1;
	sub.lo = rg->lo + (r0 - rg->r0);
	sub.hi = rg->hi + (r0 - rg->r0);
	layout_region(l, &sub, depth + 1);
}

/*
 * Appends to *gu (n so far) the runs of `gap' display columns or more,
 * from xmin to xmax and inside them, that at most tol rows cover (l->cov);
 * returns how many there are then.
 */
static size_t
layout_runs(const struct layout *l, int xmin, int xmax, int tol, int gap,
    struct layout_gutter **gu, size_t n)
{
	int x, start = -1;

	for (x = xmin; x <= xmax; x++) {
		if (x < xmax && l->cov[x] <= tol) {
			if (start == -1)
				start = x;
			continue;
		}
		if (start != -1 && start > xmin && x < xmax &&
		    x - start >= gap) {
			*gu = xreallocarray(*gu, n + 1, sizeof **gu);
			(*gu)[n].a = start;
			(*gu)[n].b = x;
			n++;
		}
		start = -1;
	}
	return (n);
}

/*
 * Finds the gutters of a region: runs of min_gap display columns or more,
 * between its leftmost and rightmost text, that at most tol_per_100 of its
 * non-blank rows cover.  Rows from row `from' on are measured (rows over
 * them only bound the text).  Returns how many (caller frees *out).
 *
 * In a few rows (fewer than make tol_per_100 one), the one row that may
 * cover a gutter may be every row: headings set side by side on staggered
 * rows, each over its own story, cover each column once.  So when that
 * tolerance finds no gutter, the runs no row covers are the gutters, if
 * they are at least head_gap wide (a heading's own lines, set apart by
 * less, stay together).
 */
static size_t
layout_gutters_from(struct layout *l, const struct layout_region *rg,
    size_t from, struct layout_gutter **out)
{
	size_t i, k, nonblank = 0, ngu;
	int    xmin = INT32_MAX, xmax = 0, x, tol;

	for (i = 0; i < rg->r1 - rg->r0; i++) {
		if (rg->lo[i] == rg->hi[i])
			continue;
		nonblank += (i >= from);
		for (k = rg->lo[i]; k < rg->hi[i]; k++) {
			if (l->g[k].x < xmin)
				xmin = l->g[k].x;
			if (l->g[k].x + l->g[k].w > xmax)
				xmax = l->g[k].x + l->g[k].w;
		}
	}
	*out = NULL;
	if (nonblank == 0)
		return (0);
	if (xmax > layout_cfg.max_x)
		xmax = layout_cfg.max_x;
	memset(l->cov, 0, (size_t)(layout_cfg.max_x + 1) * sizeof *l->cov);
	for (i = from; i < rg->r1 - rg->r0; i++) {
		for (k = rg->lo[i]; k < rg->hi[i]; k++) {
			for (x = l->g[k].x;
			     x < l->g[k].x + l->g[k].w && x < xmax; x++)
				l->cov[x]++;
		}
	}
	tol = (int)(nonblank * (size_t)layout_cfg.tol_per_100 / 100);
	if (tol > 0 || nonblank < (size_t)layout_cfg.min_tol_rows)
		return (layout_runs(l, xmin, xmax, tol, layout_cfg.min_gap, out,
		    0));
	if ((ngu = layout_runs(l, xmin, xmax, 1, layout_cfg.min_gap, out, 0)) >
	    0)
		return (ngu);
	return (layout_runs(l, xmin, xmax, 0, layout_cfg.head_gap, out, 0));
}

/* Whether the text of glyphs lo to hi reaches into gutter gu. */
static int
layout_spans(const struct layout *l, size_t lo, size_t hi,
    const struct layout_gutter *gu)
{
	return (l->g[lo].x < gu->b && l->g[hi - 1].x + l->g[hi - 1].w > gu->a);
}

/*
 * The gutters of a region (caller frees *out), how many.  When its rows
 * hide them all, and its first rows have no gap (a headline over the
 * columns, which covers their gutters), the gutters of the rows under
 * those that every one of those reaches into.
 */
static size_t
layout_gutters(struct layout *l, const struct layout_region *rg,
    struct layout_gutter **out)
{
	size_t i, j, k, n = rg->r1 - rg->r0, head = 0, rest = 0, first, ngu;
	size_t prev = n;

	if ((ngu = layout_gutters_from(l, rg, 0, out)) > 0)
		return (ngu);
	free(*out);
	*out = NULL;
	for (first = 0; first < n; first++) {
		if (rg->lo[first] == rg->hi[first])
			continue;
		if (!layout_solid(l, rg->lo[first], rg->hi[first]))
			break;
		/* A bold line's second printing is no line more. */
		if (prev == n ||
		    !layout_repeats(l, rg->lo[first], rg->hi[first],
			rg->lo[prev], rg->hi[prev]))
			head++;
		prev = first;
	}
	for (i = first; i < n; i++)
		rest += (rg->lo[i] != rg->hi[i]);
	if (head == 0 || head > (size_t)layout_cfg.max_head_rows ||
	    rest < 2 * head)
		return (0);
	ngu = layout_gutters_from(l, rg, first, out);
	for (j = k = 0; j < ngu; j++) {
		for (i = 0; i < first; i++) {
			if (rg->lo[i] != rg->hi[i] &&
			    !layout_spans(l, rg->lo[i], rg->hi[i], &(*out)[j]))
				break;
		}
		if (i == first)
			(*out)[k++] = (*out)[j];
	}
	if (k == 0) {
		free(*out);
		*out = NULL;
	}
	return (k);
}

/* Whether column j of row i (of a layout_cut_table) has text. */
#define LAYOUT_HAS(cuts, w, i, j) \
	((cuts)[(i) * (w) + (j)] != (cuts)[(i) * (w) + (j) + 1])

/*
 * Marks the rows where a column is blank beside text in another column
 * that is blank in turn on a row next to it where the first has text:
 * the two are set on other baselines and come out on alternate rows, so
 * that blank is none.  cuts is layout_columns' table.
 */
static void
layout_mark_skew(struct layout *l, const struct layout_region *rg,
    const size_t *cuts, size_t ngu)
{
	size_t n = rg->r1 - rg->r0, i, j, o, w = ngu + 2;
	long   d;

	for (i = 0; i < n; i++) {
		for (j = 0; j <= ngu; j++) {
			if (LAYOUT_HAS(cuts, w, i, j))
				continue;
			for (o = 0; o <= ngu; o++) {
				if (o == j || !LAYOUT_HAS(cuts, w, i, o))
					continue;
				for (d = -1; d <= 1; d += 2) {
					if ((d < 0 && i == 0) ||
					    (d > 0 && i + 1 == n))
						continue;
					if (LAYOUT_HAS(cuts, w, i + d, j) &&
					    !LAYOUT_HAS(cuts, w, i + d, o))
						l->skew[rg->r0 + i] = 1;
				}
			}
		}
	}
}

/*
 * The table of where each column of each row of a region no row crosses
 * starts: cuts[i * (ngu + 2) + j] for column j of row i, the row's end at
 * j = ngu + 1.
 */
static size_t *
layout_cut_table(const struct layout *l, const struct layout_region *rg,
    const struct layout_gutter *gu, size_t ngu)
{
	size_t	n = rg->r1 - rg->r0, i, j;
	size_t *cuts;

	cuts = xreallocarray(NULL, n * (ngu + 2), sizeof *cuts);
	for (i = 0; i < n; i++) {
		size_t *c = cuts + i * (ngu + 2), from = rg->lo[i];

		c[0] = rg->lo[i];
		for (j = 0; j < ngu; j++) {
			long k = layout_cut(l, from, rg->hi[i], &gu[j]);

			/* A crossing row never gets here; keep it left. */
			if (k < 0)
				k = (long)rg->hi[i];
			c[j + 1] = from = (size_t)k;
		}
		c[ngu + 1] = rg->hi[i];
	}
	return (cuts);
}

/* Splits a region no row crosses into its columns, left to right. */
static void
layout_columns(struct layout *l, const struct layout_region *rg,
    const struct layout_gutter *gu, size_t ngu, int depth)
{
	size_t		     n = rg->r1 - rg->r0, i, j;
	size_t		    *cuts;
	struct layout_region sub;

	l->splits++;
	cuts = layout_cut_table(l, rg, gu, ngu);
	layout_mark_skew(l, rg, cuts, ngu);
	sub.r0 = rg->r0;
	sub.r1 = rg->r1;
	sub.lo = xreallocarray(NULL, n, sizeof *sub.lo);
	sub.hi = xreallocarray(NULL, n, sizeof *sub.hi);
	for (j = 0; j <= ngu; j++) {
		for (i = 0; i < n; i++) {
			sub.lo[i] = cuts[i * (ngu + 2) + j];
			sub.hi[i] = cuts[i * (ngu + 2) + j + 1];
		}
		layout_break(l);
		layout_region(l, &sub, depth + 1);
	}
	free(sub.lo);
	free(sub.hi);
	free(cuts);
}

/*
 * Stories stacked in columns side by side, on other baselines than the
 * columns beside them, leave no blank row across the columns between
 * them: each column pauses a row or two apart from the others.  A story
 * starts in a column (layout_story_start) and every other column pauses
 * within stagger_rows of it, long enough not to be a column's alternate
 * rows, or starts a story there too: the columns above those pauses are
 * read first, as a region, then those under them.
 */

/*
 * The last row over row i (i > 0) with text in column j of a cut table;
 * 0 if none but row 0 has, whose text the caller asks after.
 */
static size_t
layout_text_above(const size_t *cuts, size_t w, size_t i, size_t j)
{
	size_t k;

	for (k = i - 1; k > 0 && !LAYOUT_HAS(cuts, w, k, j); k--)
		;
	return (k);
}

/*
 * The first run of glyphs lo to hi (up to a gap) that overlaps display
 * columns x0 to x1, its end into *e; hi if none does.
 */
static size_t
layout_piece_over(const struct layout *l, size_t lo, size_t hi, int x0, int x1,
    size_t *e)
{
	for (*e = lo; lo < hi; lo = *e) {
		*e = layout_run_end(l, lo, hi);
		if (l->g[lo].x < x1 && layout_end(l, *e) > x0)
			return (lo);
	}
	return (hi);
}

/*
 * Whether the line of glyphs lo to hi goes on from the line over it (plo
 * to phi, which may hold other columns' text beside it, columns merged):
 * the piece over it reaches as far as it, short_cells or less short,
 * and stops inside a sentence.  It is that column's next line, no
 * heading, however short of the merged columns' end it stops.
 */
static int
layout_goes_on_from(const struct layout *l, size_t lo, size_t hi, size_t plo,
    size_t phi)
{
	size_t e;
	int    x0 = l->g[lo].x, x1 = layout_end(l, hi);

	if ((plo = layout_piece_over(l, plo, phi, x0, x1, &e)) == phi)
		return (0);
	return (layout_end(l, e) >= x1 - layout_cfg.short_cells &&
	    !layout_ends_text(l, plo, e));
}

/*
 * Whether the line at column j of row i starts a story: it follows a
 * blank and is a dateline, or a heading (a line of its own, short of
 * where the column's lines end, that ends no sentence).
 */
static int
layout_story_start(const struct layout *l, const size_t *cuts, size_t n,
    size_t w, size_t i, size_t j, int end)
{
	size_t lo = cuts[i * w + j], hi = cuts[i * w + j + 1], k;

	if (lo == hi || i == 0 || LAYOUT_HAS(cuts, w, i - 1, j))
		return (0);
	if (parse_is_dateline(l->text + l->g[lo].off, layout_bytes(l, lo, hi)))
		return (1);
	if ((i + 1 < n && LAYOUT_HAS(cuts, w, i + 1, j)) ||
	    hi - lo < (size_t)layout_cfg.min_head_cells ||
	    !layout_head_line(l, lo, hi, end))
		return (0);
	/*
	 * The line over it ends a story, or fills its column and goes on
	 * in the next: this one starts a story.  A short line that ends
	 * no sentence is a line of the heading above.
	 */
	k = layout_text_above(cuts, w, i, j);
	if (!LAYOUT_HAS(cuts, w, k, j))
		return (1);
	lo = cuts[k * w + j];
	hi = cuts[k * w + j + 1];
	return (layout_ends_sentence(l, lo, hi) ||
	    layout_end(l, hi) >= end - layout_cfg.short_cells);
}

/*
 * The longest run of blank rows between the last few lines of column j
 * up to row i: the column's usual pause, set on other baselines than the
 * columns beside it.
 */
static size_t
layout_usual_blank(const size_t *cuts, size_t w, size_t i, size_t j)
{
	size_t run = 0, best = 0, lines = 0;

	for (; i > 0 && lines < (size_t)layout_cfg.usual_lines; i--) {
		if (LAYOUT_HAS(cuts, w, i, j)) {
			if (run > best)
				best = run;
			run = 0;
			lines++;
		} else if (lines > 0)
			run++;
	}
	return (best);
}

/*
 * Whether the blank rows of column j after row k up to row q are a pause
 * in it: min_pause_rows at least, and twice its usual pause.
 */
static int
layout_long_blank(const size_t *cuts, size_t w, size_t k, size_t q, size_t j)
{
	size_t blank = q - k - 1;

	return (blank >= (size_t)layout_cfg.min_pause_rows &&
	    blank >= 2 * layout_usual_blank(cuts, w, k, j));
}

/*
 * Whether the line at row q of column j, over a pause from the line at
 * row k, is the last line of the story over the pause: it goes on from
 * the line at k (layout_goes_on_from) and stands alone, nothing in its
 * column under it but, after a long blank, a heading or a dateline.
 * The pause is under it.
 */
static int
layout_last_line(const struct layout *l, const size_t *cuts, size_t n, size_t w,
    size_t k, size_t q, size_t j, int end)
{
	size_t lo, hi, r;

	if ((q + 1 < n && LAYOUT_HAS(cuts, w, q + 1, j)) ||
	    !LAYOUT_HAS(cuts, w, k, j) ||
	    !layout_goes_on_from(l, cuts[q * w + j], cuts[q * w + j + 1],
		cuts[k * w + j], cuts[k * w + j + 1]))
		return (0);
	for (r = q + 1; r < n && !LAYOUT_HAS(cuts, w, r, j); r++)
		;
	if (r == n)
		return (1);
	lo = cuts[r * w + j];
	hi = cuts[r * w + j + 1];
	return (r - q - 1 >= (size_t)layout_cfg.min_pause_rows &&
	    (layout_head_line(l, lo, hi, end) ||
		parse_is_dateline(l->text + l->g[lo].off,
		    layout_bytes(l, lo, hi))));
}

/*
 * Where column j pauses near row i: the row, within stagger_rows of i,
 * where its text starts again after a long blank (layout_long_blank) or
 * where a story starts, the nearest; i if it has no text there, or none
 * from i on after a long blank; -1 if it does not pause.
 */
static long
layout_pause(const struct layout *l, const size_t *cuts, size_t n, size_t w,
    size_t i, size_t j, int end)
{
	long   q, a = (long)i - layout_cfg.stagger_rows;
	long   b = (long)i + layout_cfg.stagger_rows, best = -1, last = -1, at;
	size_t k;

	if (a < 1)
		a = 1;
	if (b > (long)n - 1)
		b = (long)n - 1;
	for (q = a; q <= b; q++) {
		if (!LAYOUT_HAS(cuts, w, (size_t)q, j))
			continue;
		last = q;
		if (LAYOUT_HAS(cuts, w, (size_t)q - 1, j))
			continue;
		k = layout_text_above(cuts, w, (size_t)q, j);
		if (!layout_long_blank(cuts, w, k, (size_t)q, j) &&
		    !layout_story_start(l, cuts, n, w, (size_t)q, j, end))
			continue;
		at = q;
		if (layout_last_line(l, cuts, n, w, k, (size_t)q, j, end))
			at = q + 1;
		if (best == -1 || labs(at - (long)i) < labs(best - (long)i))
			best = at;
	}
	if (last == -1)
		return ((long)i);
	if (best == -1 && last < (long)i &&
	    (b == (long)n - 1 ||
		layout_long_blank(cuts, w, (size_t)last, (size_t)b + 1, j)))
		return ((long)i);
	return (best);
}

/*
 * The first row of the heading over the dateline at column j of row i:
 * the lines over it, a few blank rows apart, that are short and end no
 * sentence; i if none is.
 */
static size_t
layout_heading_top(const struct layout *l, const size_t *cuts, size_t w,
    size_t i, size_t j, int end)
{
	size_t k, top = i, lines = 0;

	for (k = i; k-- > 0 && lines < (size_t)layout_cfg.max_head_lines;) {
		if (!LAYOUT_HAS(cuts, w, k, j)) {
			if (top - k > (size_t)layout_cfg.head_gap_rows)
				break;
			continue;
		}
		if (!layout_head_line(l, cuts[k * w + j], cuts[k * w + j + 1],
			end))
			break;
		top = k;
		lines++;
	}
	return (top);
}

/*
 * The parts of row i above and under the column pauses at[] (those where
 * it is under its column's pause): their glyphs, contiguous, into *tlo,
 * *thi and *blo, *bhi.  0 if they interleave.
 */
static int
layout_split_row(const size_t *cuts, size_t w, size_t ncol, size_t i,
    const long *at, size_t *tlo, size_t *thi, size_t *blo, size_t *bhi)
{
	long   tmin = -1, tmax = -1, bmin = -1, bmax = -1;
	size_t j;

	for (j = 0; j < ncol; j++) {
		if (!LAYOUT_HAS(cuts, w, i, j))
			continue;
		if ((long)i < at[j]) {
			if (tmin == -1)
				tmin = (long)j;
			tmax = (long)j;
		} else {
			if (bmin == -1)
				bmin = (long)j;
			bmax = (long)j;
		}
	}
	if (tmin != -1 && bmin != -1 && !(tmax < bmin || bmax < tmin))
		return (0);
	*tlo = *thi = *blo = *bhi = cuts[i * w];
	if (tmin != -1) {
		*tlo = cuts[i * w + (size_t)tmin];
		*thi = cuts[i * w + (size_t)tmax + 1];
	}
	if (bmin != -1) {
		*blo = cuts[i * w + (size_t)bmin];
		*bhi = cuts[i * w + (size_t)bmax + 1];
	}
	return (1);
}

/*
 * Where each column but j (whose pause is at[j]) pauses near row i, into
 * at[], and the first and last of them all; 0 if one does not.
 */
static int
layout_pauses(const struct layout *l, const size_t *cuts, size_t n, size_t w,
    size_t ncol, const int *end, size_t j, size_t i, long *at, long *amin,
    long *amax)
{
	size_t o;

	*amin = *amax = at[j];
	for (o = 0; o < ncol; o++) {
		if (o == j)
			continue;
		if ((at[o] = layout_pause(l, cuts, n, w, i, o, end[o])) == -1)
			return (0);
		if (at[o] < *amin)
			*amin = at[o];
		if (at[o] > *amax)
			*amax = at[o];
	}
	return (1);
}

/*
 * Whether the columns pause near row i (column j at at[j]), and each row
 * parts into what is above the pauses and what is under them, two rows
 * of each at least: into at[], *amin, *amax and the rows of top and bot.
 */
static int
layout_stagger_at(const struct layout *l, const size_t *cuts, size_t n,
    size_t w, size_t ncol, const int *end, size_t j, size_t i, long *at,
    long *amin, long *amax, struct layout_region *top,
    struct layout_region *bot)
{
	size_t k, above = 0, below = 0;

	if (!layout_pauses(l, cuts, n, w, ncol, end, j, i, at, amin, amax))
		return (0);
	for (k = 0; k < n; k++) {
		if (!layout_split_row(cuts, w, ncol, k, at, &top->lo[k],
			&top->hi[k], &bot->lo[k], &bot->hi[k]))
			return (0);
		above += top->lo[k] != top->hi[k];
		below += bot->lo[k] != bot->hi[k];
	}
	return (above >= (size_t)layout_cfg.min_part_rows &&
	    below >= (size_t)layout_cfg.min_part_rows);
}

/*
 * Cuts a region no row crosses where stories stacked in its columns part
 * on staggered rows, and reads what is above, then what is under.
 * Returns 0, reading nothing, if no such cut is found.
 */
static int
layout_stagger(struct layout *l, const struct layout_region *rg,
    const struct layout_gutter *gu, size_t ngu, int depth)
{
	size_t		     n = rg->r1 - rg->r0, w = ngu + 2, ncol = ngu + 1;
	size_t		     i, j, from;
	size_t		    *cuts;
	int		    *end;
	long		    *at, amin = 0, amax = 0;
	struct layout_region top, bot;
	int		     found = 0;

	if (n < (size_t)layout_cfg.min_region_rows ||
	    ncol < (size_t)layout_cfg.stagger_cols)
		return (0);
	cuts = layout_cut_table(l, rg, gu, ngu);
	end = xcalloc(ncol, sizeof *end);
	at = xcalloc(ncol, sizeof *at);
	top.r0 = bot.r0 = rg->r0;
	top.r1 = bot.r1 = rg->r1;
	top.lo = xreallocarray(NULL, n, sizeof *top.lo);
	top.hi = xreallocarray(NULL, n, sizeof *top.hi);
	bot.lo = xreallocarray(NULL, n, sizeof *bot.lo);
	bot.hi = xreallocarray(NULL, n, sizeof *bot.hi);
	for (j = 0; j < ncol; j++) {
		for (i = 0; i < n; i++) {
			top.lo[i] = cuts[i * w + j];
			top.hi[i] = cuts[i * w + j + 1];
		}
		end[j] = layout_common_end(l, &top);
	}
	for (i = (size_t)layout_cfg.min_part_rows;
	     i + (size_t)layout_cfg.min_part_rows < n && !found; i++) {
		for (j = 0; j < ncol && !found; j++) {
			if (!LAYOUT_HAS(cuts, w, i, j) ||
			    !layout_story_start(l, cuts, n, w, i, j, end[j]))
				continue;
			/*
			 * A story starts at the heading over its dateline,
			 * else at the dateline.
			 */
			from = layout_heading_top(l, cuts, w, i, j, end[j]);
			at[j] = (long)from;
			found = layout_stagger_at(l, cuts, n, w, ncol, end, j,
			    from, at, &amin, &amax, &top, &bot);
			if (!found && from != i) {
				at[j] = (long)i;
				found = layout_stagger_at(l, cuts, n, w, ncol,
				    end, j, i, at, &amin, &amax, &top, &bot);
			}
		}
	}
	if (found) {
		l->splits++;
		top.r1 = rg->r0 + (size_t)amax;
		bot.r0 = rg->r0 + (size_t)amin;
		layout_break(l);
		layout_region(l, &top, depth + 1);
		layout_break(l);
		bot.lo += amin;
		bot.hi += amin;
		layout_region(l, &bot, depth + 1);
		bot.lo -= amin;
		bot.hi -= amin;
	}
	free(top.lo);
	free(top.hi);
	free(bot.lo);
	free(bot.hi);
	free(at);
	free(end);
	free(cuts);
	return (found);
}

/*
 * The longest run of rows where one side of a gutter (has: its text, row
 * by row) is blank beside text in the column on the other side (nb), text
 * above and below: the edge of a blank that stops at the gutter.  Rows
 * where that column is blank too are passed over: a band across the
 * gutter is no sign of it.  Columns set on other baselines come out on
 * alternate rows, so the column's text counts a row either way.
 */
static size_t
layout_blank_run(const char *has, const char *nb, size_t n)
{
	size_t i, run = 0, best = 0;
	int    seen = 0;

	for (i = 0; i < n; i++) {
		if (!has[i]) {
			run += seen &&
			    (nb[i] || (i > 0 && nb[i - 1]) ||
				(i + 1 < n && nb[i + 1]));
			continue;
		}
		if (run > best)
			best = run;
		seen = 1;
		run = 0;
	}
	return (best);
}

/*
 * The display columns where text starts (after a gap) in the k non-blank
 * rows of a region from row i on, going by step (1 down, -1 up), into xs
 * (k * max_starts at most); returns how many.  *endrow is the row whose
 * text starts furthest right (the last column's line).
 */
static size_t
layout_starts(const struct layout *l, const struct layout_region *rg, long i,
    int step, int *xs, size_t *endrow)
{
	long   n = (long)(rg->r1 - rg->r0);
	size_t nxs = 0, k, rows = 0, first = 0;
	int    best = -1;

	for (; i >= 0 && i < n && rows < (size_t)layout_cfg.near_rows;
	     i += step) {
		if (rg->lo[i] == rg->hi[i])
			continue;
		/* A headline over the columns is none of them. */
		if (step < 0 && first > 1 &&
		    layout_solid(l, rg->lo[i], rg->hi[i]))
			break;
		rows++;
		for (k = rg->lo[i]; k < rg->hi[i]; k++) {
			if (k > rg->lo[i] &&
			    layout_space(l, k) < layout_cfg.min_gap)
				continue;
			if (rows == 1)
				first++;
			if (nxs < (size_t)(layout_cfg.near_rows *
				      layout_cfg.max_starts))
				xs[nxs++] = l->g[k].x;
			if (l->g[k].x > best) {
				best = l->g[k].x;
				*endrow = (size_t)i;
			}
		}
	}
	return (nxs);
}

/*
 * Whether the first column of a region goes on over its blank rows a to
 * b: the line over them stops inside a sentence, and the one under them
 * is set no further in and ends a sentence or reaches as far: the rest
 * of a paragraph, not the start of a story.
 */
static int
layout_first_goes_on(const struct layout *l, const struct layout_region *rg,
    size_t a, size_t b)
{
	size_t n = rg->r1 - rg->r0, up = a, down = b, ue, de;
	int    ux, dx;

	while (up > 0 && rg->lo[up - 1] == rg->hi[up - 1])
		up--;
	while (down < n && rg->lo[down] == rg->hi[down])
		down++;
	if (up == 0 || down == n)
		return (0);
	up--;
	ue = layout_run_end(l, rg->lo[up], rg->hi[up]);
	de = layout_run_end(l, rg->lo[down], rg->hi[down]);
	ux = l->g[rg->lo[up]].x;
	dx = l->g[rg->lo[down]].x;
	if (dx > ux || ux - dx > layout_cfg.max_indent ||
	    layout_ends_sentence(l, rg->lo[up], ue))
		return (0);
	return (layout_ends_sentence(l, rg->lo[down], de) ||
	    layout_end(l, de) >= layout_end(l, ue));
}

/*
 * Whether a run of blank rows (rows a to b of a region) ends a band: not
 * when it is a mere pause of columns set on other baselines than the text
 * beside them, that is when every column above goes on below and the last
 * column above does not end a sentence, or the first runs on over it in
 * the middle of a sentence (layout_first_goes_on).
 */
static int
layout_ends_band(const struct layout *l, const struct layout_region *rg,
    size_t a, size_t b)
{
	int	 up[LAYOUT_NEAR * LAYOUT_STARTS];
	int	 down[LAYOUT_NEAR * LAYOUT_STARTS];
	size_t	 nup, ndown, i, j, endrow = a - 1, unused;
	uint32_t c;

	nup = layout_starts(l, rg, (long)a - 1, -1, up, &endrow);
	ndown = layout_starts(l, rg, (long)b, 1, down, &unused);
	for (i = 0; i < nup; i++) {
		for (j = 0; j < ndown; j++) {
			if (abs(up[i] - down[j]) <= layout_cfg.max_indent)
				break;
		}
		if (j == ndown)
			return (1);
	}
	if (rg->lo[endrow] == rg->hi[endrow] ||
	    layout_first_goes_on(l, rg, a, b))
		return (0);
	parse_next(l->text, l->len, l->g[rg->hi[endrow] - 1].off, &c);
	return (parse_is_stop(c) || parse_is_closer(c));
}

/*
 * Whether a row's glyphs lo to hi are pieces set apart by gaps, one of
 * them furniture_han Han characters or more, or with a comma or a stop in
 * it, or a bracket it did not open (…电）, the end of a sign-off), or Han
 * characters a space apart, spread_han after the first or more (获 得 各
 * 类 奖, a short line of text justified to its column's width): text
 * in a column beside others (a title, a line of a story), not the page's
 * furniture, whose pieces are short labels that make no sentence
 * (2020年1月10日 星期五, 人民日报 第10版, 责任编辑：…), nor a headline
 * across the columns, one piece.
 */
static int
layout_long_piece(const struct layout *l, size_t lo, size_t hi)
{
	size_t	 k;
	uint32_t c;
	int	 han = 0, most = 0, pieces = 1, said = 0, open = 0, spread = 0;

	for (k = lo; k < hi; k++) {
		if (k > lo && layout_space(l, k) >= layout_cfg.min_gap) {
			han = 0;
			open = 0;
			spread = 0;
			pieces++;
		}
		parse_next(l->text, l->len, l->g[k].off, &c);
		if (text_is_han(c) && ++han > most)
			most = han;
		/* Han characters one space apart: a short line justified. */
		if (text_is_han(c) && k > lo && layout_space(l, k) == 1)
			spread++;
		open = open || c == 0xff08 || c == '(';
		/* A bracket closed that the piece did not open: …电）. */
		said = said || parse_is_stop(c) || c == 0xff0c || c == 0x3001 ||
		    ((c == 0xff09 || c == ')') && !open) ||
		    spread >= layout_cfg.spread_han;
	}
	return (pieces > 1 && (most >= layout_cfg.furniture_han || said));
}

/*
 * The first row of headings side by side whose first lines are row a: a,
 * when the row over it is blank, or the line over it, a kicker (one
 * piece, no sentence) with a blank row or none over it; SIZE_MAX when a
 * line of text stands over it.
 */
static size_t
layout_lead_top(const struct layout *l, const struct layout_region *rg,
    size_t a)
{
	if (a == 0 || rg->lo[a - 1] == rg->hi[a - 1])
		return (a);
	if (!layout_solid(l, rg->lo[a - 1], rg->hi[a - 1]) ||
	    layout_ends_sentence(l, rg->lo[a - 1], rg->hi[a - 1]) ||
	    (a > 1 && rg->lo[a - 2] != rg->hi[a - 2]))
		return (SIZE_MAX);
	return (a - 1);
}

/*
 * Whether glyphs alo to ahi and blo to bhi, a line over blank rows and the
 * line under them, are a heading's two lines in large type: each solid
 * and no sentence, both bold or neither, starting at one column and of
 * like length (the shorter head_balance tenths of the longer or more: a
 * heading's lines are set balanced).
 */
static int
layout_head_pair(const struct layout *l, size_t alo, size_t ahi, size_t blo,
    size_t bhi)
{
	size_t na = ahi - alo, nb = bhi - blo;

	if (layout_bold(l, alo, ahi) != layout_bold(l, blo, bhi) ||
	    !layout_solid(l, alo, ahi) || !layout_solid(l, blo, bhi) ||
	    layout_ends_sentence(l, alo, ahi) ||
	    layout_ends_sentence(l, blo, bhi) ||
	    abs(l->g[alo].x - l->g[blo].x) > 1 || na < 2 || nb < 2)
		return (0);
	return ((na < nb ? na : nb) * 10 >=
	    (na < nb ? nb : na) * (size_t)layout_cfg.head_balance);
}

/*
 * Whether the blank rows of a region from row at on (run of them) part
 * the lines of headings in large type set side by side (港区扩建工程 and
 * 湖滨街道老旧 ⏎⏎⏎⏎⏎ 今日正式开工 and 小区改造过半): a line over
 * them and one alone under them, each of two pieces or more, the pieces
 * paired in order, each pair a heading's two lines (layout_head_pair);
 * or one heading's two lines with another heading starting beside the
 * second (湖滨街道老旧小区 at the left of 今日正式开工).  The line over
 * them stands alone or under a kicker (layout_lead_top); *top is the
 * headings' first row.  Under them, pieces past those paired (a heading
 * at the right) are passed over, as are those at the left.  A column of
 * text beside the headings fills the blank rows of the page's row, so
 * no band under one column joins them.
 */
static int
layout_heads_side(const struct layout *l, const struct layout_region *rg,
    size_t at, size_t run, size_t *top)
{
	size_t n = rg->r1 - rg->r0, a, b = at + run;
	size_t alo, ahi, blo, bhi, ae, be, pieces = 0, extra = 0;

	if (at == 0)
		return (0);
	a = at - 1;
	if (b >= n || run > (size_t)layout_cfg.head_lead_rows ||
	    (b + 1 < n && rg->lo[b + 1] != rg->hi[b + 1]) ||
	    (*top = layout_lead_top(l, rg, a)) == SIZE_MAX)
		return (0);
	alo = rg->lo[a];
	ahi = rg->hi[a];
	blo = rg->lo[b];
	bhi = rg->hi[b];
	for (; alo < ahi; alo = ae, blo = be, pieces++) {
		ae = layout_run_end(l, alo, ahi);
		/* A heading that starts beside them is passed over. */
		while (blo < bhi && l->g[blo].x + 1 < l->g[alo].x) {
			blo = layout_run_end(l, blo, bhi);
			extra++;
		}
		if (blo == bhi)
			return (0);
		be = layout_run_end(l, blo, bhi);
		if (!layout_head_pair(l, alo, ae, blo, be))
			return (0);
	}
	for (; blo < bhi; blo = layout_run_end(l, blo, bhi))
		extra++;
	return (pieces >= 2 || (pieces == 1 && extra > 0));
}

/*
 * The column of a region, between gutters gu, that display column x
 * falls in (a gutter's left half is the column before it).
 */
static size_t
layout_col_of(const struct layout_gutter *gu, size_t ngu, int x)
{
	size_t j;

	for (j = 0; j < ngu && x >= (gu[j].a + gu[j].b) / 2; j++)
		;
	return (j);
}

/*
 * The one column of a region (gutters gu) that row i has text in; ngu + 1
 * if its text is in several.
 */
static size_t
layout_row_col(const struct layout *l, const struct layout_region *rg,
    const struct layout_gutter *gu, size_t ngu, size_t i)
{
	size_t k, first;

	first = layout_col_of(gu, ngu, l->g[rg->lo[i]].x);
	for (k = rg->lo[i]; k < rg->hi[i]; k++) {
		if (layout_col_of(gu, ngu, l->g[k].x) != first)
			return (ngu + 1);
	}
	return (first);
}

/*
 * Whether column c of a region (gutters gu) has text in one of the
 * near_rows lines from row i on, going by step (1 down, -1 up).
 */
static int
layout_col_near(const struct layout *l, const struct layout_region *rg,
    const struct layout_gutter *gu, size_t ngu, size_t c, long i, int step)
{
	long   n = (long)(rg->r1 - rg->r0);
	size_t k, rows = 0;

	for (; i >= 0 && i < n && rows < (size_t)layout_cfg.near_rows;
	     i += step) {
		if (rg->lo[i] == rg->hi[i])
			continue;
		rows++;
		for (k = rg->lo[i]; k < rg->hi[i]; k++) {
			if (layout_col_of(gu, ngu, l->g[k].x) == c)
				return (1);
		}
	}
	return (0);
}

/*
 * Whether the lines of a region (gutters gu) from row i on, going by step
 * (1 down, -1 up) while each stands in one column only, one that has
 * text on the other side of the blank from row o on (layout_col_near),
 * are the lines of its columns set on staircase rows: the columns left
 * to right down the rows, two or more, each stair_lines lines or more.
 */
static int
layout_stairs(const struct layout *l, const struct layout_region *rg,
    const struct layout_gutter *gu, size_t ngu, long i, int step, long o)
{
	long   n = (long)(rg->r1 - rg->r0);
	size_t col = SIZE_MAX, c, cols = 0, rows = 0;

	for (; i >= 0 && i < n && rg->lo[i] != rg->hi[i]; i += step) {
		if ((c = layout_row_col(l, rg, gu, ngu, (size_t)i)) > ngu ||
		    !layout_col_near(l, rg, gu, ngu, c, o, -step))
			break;
		if (c != col) {
			if (col != SIZE_MAX &&
			    ((step > 0 ? c < col : c > col) ||
				rows < (size_t)layout_cfg.stair_lines))
				return (0);
			col = c;
			cols++;
			rows = 0;
		}
		rows++;
	}
	return (cols >= 2 && rows >= (size_t)layout_cfg.stair_lines);
}

/*
 * Whether the lines right over or right under the blank rows at to b of
 * a region (gutters gu) are the ends of its columns set on staircase
 * rows (layout_stairs): pdftotext -layout prints the first or last lines
 * of columns whose tops or feet stand at other heights (under a
 * headline, beside a picture) one column after another.  Each column
 * goes on over the blank, which is no cut.
 */
static int
layout_staircase(const struct layout *l, const struct layout_region *rg,
    const struct layout_gutter *gu, size_t ngu, size_t at, size_t b)
{
	if (ngu == 0 || at == 0 || b >= rg->r1 - rg->r0)
		return (0);
	return (layout_stairs(l, rg, gu, ngu, (long)at - 1, -1, (long)b) ||
	    layout_stairs(l, rg, gu, ngu, (long)b, 1, (long)at - 1));
}

/*
 * Whether the columns of a region go on over its blank rows a to b: the
 * line over them stands alone, blank rows over it too, and holds two
 * pieces or more, each stopping inside a sentence, and under them each
 * goes on where it stands (max_indent), as far.  That line is the
 * columns' first, set apart from their next by the rows of columns
 * beside them set on other baselines; stories stacked end on a
 * sentence, and the text over a picture set across a story's columns
 * is more than a line.
 */
static int
layout_all_go_on(const struct layout *l, const struct layout_region *rg,
    size_t a, size_t b)
{
	size_t	 lo, hi, e, blo, bhi, be = 0, pieces = 0;
	uint32_t c;

	if (a == 0 || b >= rg->r1 - rg->r0 ||
	    (a > 1 && rg->lo[a - 2] != rg->hi[a - 2]))
		return (0);
	lo = rg->lo[a - 1];
	hi = rg->hi[a - 1];
	blo = rg->lo[b];
	bhi = rg->hi[b];
	for (; lo < hi; lo = e, pieces++) {
		e = layout_run_end(l, lo, hi);
		parse_next(l->text, l->len, l->g[e - 1].off, &c);
		if (layout_ends_text(l, lo, e) || layout_pauseless(l, lo, e) ||
		    c == 0xff09 || c == ')')
			return (0);
		for (; blo < bhi; blo = be) {
			be = layout_run_end(l, blo, bhi);
			if (abs(l->g[blo].x - l->g[lo].x) <=
			    layout_cfg.max_indent)
				break;
		}
		if (blo == bhi ||
		    layout_end(l, e) <
			layout_end(l, be) - layout_cfg.short_cells)
			return (0);
	}
	return (pieces >= 2);
}

/*
 * Where to cut a region (gutters gu) across: the first run of blank rows
 * that is wide (wide_band_rows) or, at min_band_rows, ends a band, or
 * that parts the page's furniture from the rest (a region at the top
 * that has gutters, not a column of it).  None that the columns' ends on
 * staircase rows border (layout_staircase), nor a wide one that the
 * columns go on over (layout_all_go_on).  The blank rows between the
 * lines of headings side by side (layout_heads_side) are none: the cut
 * goes to the blank rows right over the headings, if any, and *moved is
 * set: those part a heading from the text over it, however few.
 * Returns its length (for furniture, at least min_blank_rows, so that it
 * stands apart), 0 if none.
 */
static size_t
layout_band_cut(const struct layout *l, const struct layout_region *rg,
    const struct layout_gutter *gu, size_t ngu, size_t *at, int *moved)
{
	size_t n = rg->r1 - rg->r0, i, run = 0, above = 0, last = 0, lrun = 0;
	size_t top;
	int    seen = 0, text = 0, furniture = ngu > 0;

	for (i = 0; i < n; i++) {
		if (rg->lo[i] == rg->hi[i]) {
			run += seen;
			continue;
		}
		if (run > 0 && furniture && rg->r0 == 0 && !text &&
		    above <= (size_t)layout_cfg.furniture_rows) {
			/* Furniture stands apart, however near. */
			*at = i - run;
			return (run > (size_t)layout_cfg.min_blank_rows ?
				run :
				(size_t)layout_cfg.min_blank_rows);
		}
		if (((run >= (size_t)layout_cfg.wide_band_rows &&
			 !layout_all_go_on(l, rg, i - run, i)) ||
			(run >= (size_t)layout_cfg.min_band_rows &&
			    layout_ends_band(l, rg, i - run, i))) &&
		    !layout_staircase(l, rg, gu, ngu, i - run, i)) {
			if (!layout_heads_side(l, rg, i - run, run, &top)) {
				*at = i - run;
				return (run);
			}
			if (lrun > 0 && last + lrun == top) {
				*at = last;
				*moved = 1;
				return (lrun);
			}
			/* A heading's leading is no run over its next line. */
			run = lrun = 0;
		}
		if (run > 0) {
			last = i - run;
			lrun = run;
		}
		seen = 1;
		above++;
		text = text ||
		    (furniture && rg->r0 == 0 &&
			layout_long_piece(l, rg->lo[i], rg->hi[i]));
		run = 0;
	}
	return (0);
}

/* Whether glyphs lo to hi have one from display column x0 to x1. */
static int
layout_has_text(const struct layout *l, size_t lo, size_t hi, int x0, int x1)
{
	size_t k;

	for (k = lo; k < hi; k++) {
		if (l->g[k].x >= x0 && l->g[k].x < x1)
			return (1);
	}
	return (0);
}

/*
 * The gutter to split at first: the one with the longest blank run on
 * one of its sides beside text in the column on the other (a headline or
 * a photo over some of the columns leaves one, and so does a story that
 * ends above another), at least min_band_rows long; -1 if none has.
 */
static long
layout_first_gutter(struct layout *l, const struct layout_region *rg,
    const struct layout_gutter *gu, size_t ngu)
{
	size_t n = rg->r1 - rg->r0, i, j, left, right, best = 0;
	char  *hasl, *hasr, *sidel, *sider;
	long   bestj = -1;
	int    x0, x1;

	hasl = xcalloc(n + 1, 1);
	hasr = xcalloc(n + 1, 1);
	sidel = xcalloc(n + 1, 1);
	sider = xcalloc(n + 1, 1);
	for (j = 0; j < ngu; j++) {
		x0 = j > 0 ? gu[j - 1].b : 0;
		x1 = j + 1 < ngu ? gu[j + 1].a : INT32_MAX;
		for (i = 0; i < n; i++) {
			hasl[i] = (char)layout_has_text(l, rg->lo[i], rg->hi[i],
			    x0, gu[j].a);
			hasr[i] = (char)layout_has_text(l, rg->lo[i], rg->hi[i],
			    gu[j].b, x1);
			sidel[i] = (char)layout_has_text(l, rg->lo[i],
			    rg->hi[i], 0, gu[j].a);
			sider[i] = (char)layout_has_text(l, rg->lo[i],
			    rg->hi[i], gu[j].b, INT32_MAX);
		}
		left = layout_blank_run(sidel, hasr, n);
		right = layout_blank_run(sider, hasl, n);
		if (left < right)
			left = right;
		if (left >= (size_t)layout_cfg.min_band_rows && left > best) {
			best = left;
			bestj = (long)j;
		}
	}
	free(hasl);
	free(hasr);
	free(sidel);
	free(sider);
	return (bestj);
}

/*
 * The one row of a region over row r that holds text, or SIZE_MAX if
 * none does or more than one.
 */
static size_t
layout_one_line(const struct layout_region *rg, size_t r)
{
	size_t i, line = SIZE_MAX;

	for (i = 0; i < r; i++) {
		if (rg->lo[i] == rg->hi[i])
			continue;
		if (line != SIZE_MAX)
			return (SIZE_MAX);
		line = i;
	}
	return (line);
}

/*
 * Whether the rows of a region over row r are one line that names a
 * picture's source (新华社发, 本报资料图片): a photo's, set over the text
 * beside it, not a headline over that text.
 */
static int
layout_source_band(const struct layout *l, const struct layout_region *rg,
    size_t r)
{
	size_t line = layout_one_line(rg, r), lo, hi;

	if (line == SIZE_MAX)
		return (0);
	lo = rg->lo[line];
	hi = rg->hi[line];
	return (layout_solid(l, lo, hi) &&
	    parse_is_source(l->text + l->g[lo].off, layout_bytes(l, lo, hi),
		hi - lo));
}

/*
 * Whether glyphs lo to hi are a heading's line as a kicker or a title
 * is set: one piece of two glyphs or more, with no pause and no stop.
 */
static int
layout_kicker_line(const struct layout *l, size_t lo, size_t hi)
{
	return (hi - lo >= 2 && layout_solid(l, lo, hi) &&
	    layout_pauseless(l, lo, hi) && !layout_ends_sentence(l, lo, hi));
}

/*
 * Whether rows a and b of a region, a line alone over blank rows and the
 * line under them, are a kicker and its title: a, b and the line right
 * under b each one piece with no pause and no stop (layout_kicker_line),
 * that line no dateline (a story's first) nor b's line printed again (a
 * bold line's second row), and each two of them in order alike enough
 * to be a heading's lines (layout_head_pair).  A heading's
 * lines are set at one leading: when the title's next line follows it
 * with no blank row, the blank rows over it are no leading of its, and
 * the line over them is a heading of its own, in other type (a kicker),
 * which plain pdftotext gives as a block apart (新型澄湖公园对外开放 ⏎⏎⏎
 * 湖城新增绿地 ⏎ 一百二十公顷).
 */
static int
layout_kicker_title(const struct layout *l, const struct layout_region *rg,
    size_t a, size_t b)
{
	size_t n = rg->r1 - rg->r0;

	return (b + 1 < n && layout_kicker_line(l, rg->lo[a], rg->hi[a]) &&
	    layout_kicker_line(l, rg->lo[b], rg->hi[b]) &&
	    layout_kicker_line(l, rg->lo[b + 1], rg->hi[b + 1]) &&
	    !parse_is_dateline(l->text + l->g[rg->lo[b + 1]].off,
		layout_bytes(l, rg->lo[b + 1], rg->hi[b + 1])) &&
	    !layout_repeats(l, rg->lo[b + 1], rg->hi[b + 1], rg->lo[b],
		rg->hi[b]) &&
	    layout_head_pair(l, rg->lo[a], rg->hi[a], rg->lo[b], rg->hi[b]) &&
	    layout_head_pair(l, rg->lo[b], rg->hi[b], rg->lo[b + 1],
		rg->hi[b + 1]));
}

/*
 * Whether a region's rows over row r are one line, a heading's
 * (layout_kicker_line), and the line under the run blank rows from r on,
 * no more than head_lead_rows, opens a byline (a reporter's role, 本报记者
 * …): a title in large type and its story, the title's height blank
 * beside the column.  Plain pdftotext sets the title over the byline.
 */
static int
layout_byline_band(const struct layout *l, const struct layout_region *rg,
    size_t r, size_t run)
{
	size_t n = rg->r1 - rg->r0, a = layout_one_line(rg, r), b = r + run;

	return (a != SIZE_MAX && b < n &&
	    run <= (size_t)layout_cfg.head_lead_rows &&
	    rg->lo[b] != rg->hi[b] &&
	    layout_kicker_line(l, rg->lo[a], rg->hi[a]) &&
	    !layout_credit(l, rg->lo[a], rg->hi[a]) &&
	    parse_role(l->text + l->g[rg->lo[b]].off,
		layout_bytes(l, rg->lo[b], rg->hi[b])) > 0);
}

/*
 * Whether the run blank rows of a region from row at on are the leading
 * of a heading set in large type (东港镇老街改造 ⏎⏎⏎⏎⏎ 二期工程开工):
 * a line alone over them and one under them, no more than head_lead_rows
 * apart, a heading's two lines (layout_head_pair).  Plain pdftotext sets
 * such lines one under the other.  A short line over a longer one, or a
 * kicker over a title, is two headings.  The line over them stands
 * under a blank row: under a line with no stop (a photo's caption of two
 * lines) it may be no heading's.
 */
static int
layout_head_lead(const struct layout *l, const struct layout_region *rg,
    size_t at, size_t run)
{
	size_t n = rg->r1 - rg->r0, a = at - 1, b = at + run, k;

	if (at == 0 || b >= n || run > (size_t)layout_cfg.head_lead_rows ||
	    (a > 0 && rg->lo[a - 1] != rg->hi[a - 1]))
		return (0);
	/* The run is blank rows between two lines (furniture's is not). */
	for (k = a; k <= b; k++) {
		if ((rg->lo[k] == rg->hi[k]) != (k != a && k != b))
			return (0);
	}
	return (
	    layout_head_pair(l, rg->lo[a], rg->hi[a], rg->lo[b], rg->hi[b]));
}

/*
 * Whether row i of a region, its last line (last - 1), under a line that
 * gutter gu parts, runs from a column over gu as its last piece, beside
 * a line of a column left of it, and ends a sentence or a bracket: a
 * story's closing note in small type (the author's post, …（…专家）) set
 * wider than its column, which stays in it, nothing under it.  A
 * headline over columns ends no sentence and has their text under it;
 * a lead across them stands alone on its row.
 */
static int
layout_overhang(const struct layout *l, const struct layout_region *rg,
    size_t i, size_t last, const struct layout_gutter *gu)
{
	size_t	 k;
	uint32_t c;

	if (i + 1 != last || i == 0)
		return (0);
	for (k = i; k > 0 && rg->lo[k - 1] == rg->hi[k - 1]; k--)
		;
	if (k == 0 || layout_cut(l, rg->lo[k - 1], rg->hi[k - 1], gu) < 0)
		return (0);
	/* The run over the gutter is the row's last, from left of it. */
	k = layout_last_run(l, rg->lo[i], rg->hi[i]);
	if (k == rg->lo[i] || l->g[k].x >= gu->a)
		return (0);
	parse_next(l->text, l->len, l->g[rg->hi[i] - 1].off, &c);
	return (c == 0xff09 || c == ')' || layout_ends_text(l, k, rg->hi[i]));
}

/*
 * Whether glyphs lo to hi sign a story or a picture: a byline that opens
 * on a reporter's role (本报记者 王强) or a photo's credit (记者 王强 摄).
 */
static int
layout_signs(const struct layout *l, size_t lo, size_t hi)
{
	const char *s = l->text + l->g[lo].off;
	size_t	    n = layout_bytes(l, lo, hi);

	return (parse_role(s, n) > 0 || parse_is_credit(s, n));
}

/*
 * A heading set beside its story's columns, right of where their lines
 * end (a title set upright at the story's side, which pdftotext gives
 * as one line beside the columns' text): on one of the region's first
 * side_head_rows rows of text, its last run, starting min_gap or more
 * past the region's common end, of min_head_cells glyphs or more and no
 * sentence, nor a byline or a photo's credit (layout_signs); no other
 * row reaches short_cells past that end.  A story's
 * heading is read before its text: it is read first, then the region
 * without it.  Returns 0, reading nothing, if the region has no such
 * heading.
 */
static int
layout_side_head(struct layout *l, const struct layout_region *rg, int depth)
{
	struct layout_region sub;
	size_t		     n = rg->r1 - rg->r0, i, k, at = SIZE_MAX, rows = 0;
	size_t		     head = 0;
	int		     end;

	end = layout_common_end(l, rg);
	for (i = 0; i < n; i++) {
		if (rg->lo[i] == rg->hi[i])
			continue;
		rows++;
		if (layout_end(l, rg->hi[i]) <= end + layout_cfg.short_cells)
			continue;
		k = layout_last_run(l, rg->lo[i], rg->hi[i]);
		if (at != SIZE_MAX ||
		    rows > (size_t)layout_cfg.side_head_rows ||
		    k == rg->lo[i] || l->g[k].x < end + layout_cfg.min_gap ||
		    rg->hi[i] - k < (size_t)layout_cfg.min_head_cells ||
		    layout_ends_sentence(l, k, rg->hi[i]) ||
		    layout_signs(l, k, rg->hi[i]))
			return (0);
		at = i;
		head = k;
	}
	if (at == SIZE_MAX)
		return (0);
	layout_break(l);
	layout_line(l, head, rg->hi[at]);
	layout_break(l);
	sub.r0 = rg->r0;
	sub.r1 = rg->r1;
	sub.lo = xreallocarray(NULL, n, sizeof *sub.lo);
	sub.hi = xreallocarray(NULL, n, sizeof *sub.hi);
	memcpy(sub.lo, rg->lo, n * sizeof *sub.lo);
	memcpy(sub.hi, rg->hi, n * sizeof *sub.hi);
	sub.hi[at] = head;
	layout_region(l, &sub, depth + 1);
	free(sub.lo);
	free(sub.hi);
	return (1);
}

/*
 * Reads a region: bands at wide blank gaps or at crossing rows, else
 * columns, else one column.
 */
static void
layout_region(struct layout *l, const struct layout_region *rg, int depth)
{
	struct layout_gutter *gu, *clean;
	size_t		      ngu, nclean = 0, n = rg->r1 - rg->r0, i, j;
	size_t		      start = 0, run, splits, last;
	int		     *cross, crossing = 0, plain = 0, label;
	int		      moved = 0;
	long		      first;

	if (depth > layout_cfg.max_depth) {
		layout_leaf(l, rg);
		return;
	}
	ngu = layout_gutters(l, rg, &gu);
	if ((run = layout_band_cut(l, rg, gu, ngu, &start, &moved)) > 0) {
		free(gu);
		splits = l->splits;
		layout_band(l, rg, rg->r0, rg->r0 + start, depth);
		/*
		 * A narrow gap under one column (a headline over its text)
		 * parts blocks less than a column break; the gap over
		 * headings side by side parts them from the text above.
		 */
		if (!moved &&
		    ((run < (size_t)layout_cfg.min_blank_rows &&
			 splits == l->splits &&
			 !layout_source_band(l, rg, start)) ||
			layout_byline_band(l, rg, start, run) ||
			layout_head_lead(l, rg, start, run)))
			layout_glue(l);
		layout_band(l, rg, rg->r0 + start, rg->r1, depth);
		return;
	}
	if (ngu == 0) {
		layout_leaf(l, rg);
		return;
	}
	/* Gutters no row crosses come first: they part whole stories. */
	clean = xcalloc(ngu, sizeof *clean);
	for (last = n; last > 0 && rg->lo[last - 1] == rg->hi[last - 1]; last--)
		;
	for (j = 0; j < ngu; j++) {
		for (i = 0; i < n; i++) {
			if (layout_cut(l, rg->lo[i], rg->hi[i], &gu[j]) < 0 &&
			    !layout_overhang(l, rg, i, last, &gu[j]))
				break;
		}
		if (i == n)
			clean[nclean++] = gu[j];
	}
	if (nclean > 0 && layout_side_head(l, rg, depth)) {
		free(clean);
		free(gu);
		return;
	}
	if (nclean > 0) {
		if (layout_stagger(l, rg, clean, nclean, depth)) {
			free(clean);
			free(gu);
			return;
		}
		if ((first = layout_first_gutter(l, rg, clean, nclean)) != -1)
			layout_columns(l, rg, clean + first, 1, depth);
		else
			layout_columns(l, rg, clean, nclean, depth);
		free(clean);
		free(gu);
		return;
	}
	free(clean);
	cross = xcalloc(n, sizeof *cross);
	for (i = 0; i < n; i++) {
		if (rg->lo[i] == rg->hi[i]) {
			cross[i] = -1;
			continue;
		}
		for (j = 0; j < ngu && !cross[i]; j++) {
			if (layout_cut(l, rg->lo[i], rg->hi[i], &gu[j]) < 0)
				cross[i] = 1;
		}
		if (cross[i])
			crossing++;
		else
			plain++;
	}
	if (plain == 0)
		layout_leaf(l, rg);
	else {
		/* Bands: runs of crossing rows and of the others. */
		label = -1;
		start = 0;
		for (i = 0; i < n; i++) {
			if (cross[i] == -1 || cross[i] == label)
				continue;
			if (label != -1) {
				layout_band(l, rg, rg->r0 + start, rg->r0 + i,
				    depth);
				start = i;
			}
			label = cross[i];
		}
		layout_band(l, rg, rg->r0 + start, rg->r1, depth);
	}
	free(cross);
	free(gu);
}

/*
 * Whether a column of the page opens a line with ■ (■记者 X, ■摄影 X):
 * the ■ stands first in its row or after a run of spaces, a gutter.
 */
static int
layout_opens_square(const char *text, size_t len)
{
	const char *s = text, *end = text + len, *at, *b;

	while ((at = parse_memmem(s, (size_t)(end - s), "■", strlen("■"))) !=
	    NULL) {
		for (b = at; b > text && b[-1] == ' '; b--)
			;
		if (b == text || b[-1] == '\n' || at - b >= 2)
			return (1);
		s = at + strlen("■");
	}
	return (0);
}

char *
parse_layout_columns(const char *text, size_t len, size_t *outlen)
{
	struct layout	     l;
	struct layout_region rg;
	int		     m;
	size_t		     i;

	memset(&l, 0, sizeof l);
	l.text = text;
	l.len = len;
	if ((m = layout_metric(text, len)) == -1)
		m = LAYOUT_CELLS;
	l.metric = (enum layout_metric)m;
	l.square = layout_opens_square(text, len);
	layout_read(&l, l.metric);
	l.cov = xcalloc((size_t)layout_cfg.max_x + 1, sizeof *l.cov);
	l.starts = xcalloc((size_t)layout_cfg.max_x + 1, sizeof *l.starts);
	layout_count_starts(&l);
	l.skew = xcalloc(l.nrows + 1, 1);
	rg.r0 = 0;
	rg.r1 = l.nrows;
	rg.lo = xreallocarray(NULL, l.nrows + 1, sizeof *rg.lo);
	rg.hi = xreallocarray(NULL, l.nrows + 1, sizeof *rg.hi);
	for (i = 0; i < l.nrows; i++) {
		rg.lo[i] = l.row[i];
		rg.hi[i] = l.row[i + 1];
	}
	layout_region(&l, &rg, 0);
	free(rg.lo);
	free(rg.hi);
	free(l.cov);
	free(l.starts);
	free(l.skew);
	free(l.row);
	free(l.g);
	buf_addc(&l.out, '\0');
	l.out.len--;
	if (outlen != NULL)
		*outlen = l.out.len;
	return (buf_detach(&l.out));
}
