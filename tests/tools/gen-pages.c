/*
 * gen-pages: typesets our own newspaper pages from article sources, in the
 * two formats kanbao reads (raw PDF-extracted text and Markdown, see
 * DESIGN.md section 1), and writes the truth the scorers compare against.
 * The sample issues that ship with kanbao and the parser's test pages are
 * made by this program, so that no test depends on pages we did not write.
 *
 * SOURCE FORMAT (tests/samples/src/NAME.txt, UTF-8, one file per page)
 *
 *	# a comment (only at the start of a line)
 *	@page 2024-03-05 1		date and page number of this page
 *	@masthead 澄湖发布 今澄湖客户端	noise line at the top of the page
 *	@weather 今天多云……今天白天最高气温11℃，明天早晨最低气温7℃。
 *	@banner 四敢争先|澄湖进行时	a column banner, two short lines
 *	@news | @commentary | @photo | @ad
 *					starts an article of that kind
 *	kicker: 引题			header lines, right after the @ line,
 *	title: 澄湖经开 开局冲刺		all optional: kicker, title,
 *	subtitle: ——副题			subtitle, byline (normalised, as the
 *	byline: 记者 王强 通讯员 顾磊	truth has it: "记者 NAME 通讯员
 *	topics: investment enterprise	NAMES", "摄影 NAMES", "本报评论员"),
 *	to: 2				topics (truth labels), to/from (the
 *	from: 1				page it continues on / from)
 *	本报讯 第一段……			then one paragraph per line; blank
 *	第二段……				lines are ignored
 *	sub: 小标题			an in-article subhead between two
 *					paragraphs
 *
 * An @ad's lines are the ad's lines; a blank line in an ad separates two
 * groups.  Source order is reading order; the typesetter reorders.
 *
 * USAGE
 *
 *	gen-pages [--src DIR] [--format raw|markdown|mixed] [--width W|random]
 *	    [--titles before|after|mixed] [--seed N] [--issue DATE]
 *	    [--style seed|other] [--indent none|ideographic|spaces]
 *	    [--furniture] [--formfeed] [--layout | --paragraphs] --out DIR
 *	    [--truth DIR]
 *	gen-pages [--src DIR] --archive DIR [--issues N] [--pages 8] [--seed S]
 *	    [--style seed|other]
 *
 * The first form writes DIR/YYYY-MM-DD/pN.txt for every source page (or
 * those of --issue) and the truth as TRUTH/YYYY-MM-DD-pN.json (TRUTH
 * defaults to DIR/truth), in the format of the hand-made truth of the real
 * pages.  The second writes an archive of N daily issues of 8 pages from
 * 2015-01-01 on, recombining and re-typesetting the source articles, for
 * benchmarks (pages only, no truth), in our paper's style or, with --style
 * other, in other papers' (raw text only).  Output depends only on the sources,
 * the options and the seed.
 *
 * What the raw typesetter imitates: body hard-wrapped at W units (a Han
 * character or full-width mark is one unit, ASCII half a unit), the first
 * line of a paragraph two units short, closing marks hung at the line end,
 * column breaks (blank lines) every 10-25 lines wherever they fall,
 * spurious spaces around digit runs and in bylines (记 者 王 强), a
 * justified narrow tail (业 发 展 的 服 务), title blocks before or after the
 * body, titles split over two lines or set in bold and so doubled run by
 * run, masthead, banners, ads, the weather box and continuation notes.
 * The Markdown one: headings, ASCII punctuation mixed in, paragraphs split
 * by column breaks, ad lines with trailing double spaces, and the lead
 * article's body away from its heading.
 *
 * Other papers and other extractors, raw format only, none of it by
 * default (the default output never changes: the samples are made by it):
 *
 *	--style other	other papers' conventions: the title block (column
 *			logo, kicker, title, ——subtitle, a 本报记者 X line)
 *			set over the body with no blank line between, long
 *			titles wrapped wider than the body column, datelines
 *			(本报澄湖3月6日电（记者 X）, 新华社澄湖…电, 本报讯（记者
 *			X）) or none, half the pages without 本报讯, sign-offs
 *			（本报澄湖3月6日电） and （作者为…）, credits 本报记者 X摄,
 *			X/摄, subheads on lines of their own, no blank lines
 *			between paragraphs;
 *	--indent K	each paragraph's first line keeps its indent: two
 *			U+3000 (ideographic) or two spaces (spaces);
 *	--furniture	the page framed by its header lines (date and 星期,
 *			第N版, section, 责任编辑), repeated as the footer;
 *	--formfeed	an issue in one file, DIR/YYYY-MM-DD.txt, each page
 *			ended by a form feed as pdftotext does; one truth file
 *			TRUTH/YYYY-MM-DD.json for the issue;
 *	--layout	pdftotext -layout: the page in two columns side by
 *			side, a gutter of spaces between, padded by display
 *			width (2 for a Han character); truth "format": "layout";
 *	--paragraphs	an extractor that rebuilds paragraphs (a web page's
 *			text): each paragraph, heading and box on one line
 *			of its own, not wrapped (--width has no effect);
 *			truth "format": "paragraphs".
 *
 * What is text on such a page (datelines, sign-offs, subheads) is in the
 * truth's paragraphs; lines of their own (bylines, logos, credits under a
 * photo, furniture) are not, nor is a photo's credit run on at the end of
 * its caption (…准备工作。 王强/摄), which is its byline, as in the truth of
 * real pages.
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kanbao/buf.h"
#include "kanbao/file.h"
#include "kanbao/json.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

enum gen_kind {
	GEN_NEWS,
	GEN_COMMENTARY,
	GEN_PHOTO,
	GEN_AD
};

static const char *gen_kind_names[] = { "news", "commentary", "photo", "ad" };

struct gen_article {
	enum gen_kind	 kind;
	const char	*kicker;	/* "" if none */
	const char	*title;
	const char	*subtitle;
	const char	*byline;	/* normalised: "记者 王强 通讯员 顾磊" */
	const char	*topics;	/* space separated truth labels */
	const char	*to;		/* continued on page; "" if none */
	const char	*from;		/* continued from page; "" if none */
	char		**paras;	/* paragraphs (ad: lines, "" = gap) */
	unsigned char	*subs;		/* per paragraph: an in-article subhead */
	size_t		 npara;
	/* Set only by gen_restyle(), for other papers' pages; NULL if none. */
	const char	*logo;		/* column logo over the title */
	const char	*head;		/* a line between title and body */
	const char	*tail;		/* a line after the body */
	const char	*credit;	/* … or at the end of its last line */
};

struct gen_page {
	char			 date[32];	/* YYYY-MM-DD */
	int			 number;
	const char		*masthead;	/* "" if none */
	const char		*weather;
	const char		*banner;	/* "LINE1|LINE2" or "" */
	struct gen_article	*arts;
	size_t			 narts;
	char			*text;		/* the source file; all strings
						   above point into it */
};

/* The width in ems of --paragraphs: wider than any paragraph or box. */
#define GEN_UNWRAPPED 100000

enum gen_titles {
	TITLES_BEFORE,
	TITLES_AFTER,
	TITLES_MIXED
};

enum gen_style {
	STYLE_SEED,		/* our paper's */
	STYLE_OTHER		/* other papers': datelines, titles over bodies */
};

struct gen_opts {
	int		 format;	/* 0 raw, 1 markdown, 2 mixed */
	int		 width;		/* 11-18, 0 random per page */
	enum gen_titles	 titles;
	enum gen_style	 style;
	const char	*indent;	/* kept paragraph indent, or NULL */
	int		 furniture;	/* header and footer on every page */
	int		 formfeed;	/* an issue in one file, \f between pages */
	int		 layout;	/* pdftotext -layout: two columns */
	int		 paragraphs;	/* a paragraph a line, not wrapped */
};

/* What the typesetter decided that the truth must know. */
struct gen_render {
	int		 markdown;
	int		 layout;
	int		 paragraphs;
	int		*split;		/* per article: title split over lines */
	const char	*file;		/* the page file's name, if not pN.txt */
};

/* splitmix64: small, fast, and the same on every machine. */
struct rng {
	uint64_t	s;
};

static uint64_t
rng_next(struct rng *r)
{
	uint64_t	z;

	z = (r->s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return (z ^ (z >> 31));
}

/* A number from lo to hi, both included. */
static int
rng_int(struct rng *r, int lo, int hi)
{
	return (lo + (int)(rng_next(r) % (uint64_t)(hi - lo + 1)));
}

static int
rng_chance(struct rng *r, int percent)
{
	return ((int)(rng_next(r) % 100) < percent);
}

/* ---- small string helpers ---- */

static uint32_t
gen_cp(const char *s, size_t *len)
{
	uint32_t	cp;

	*len = text_utf8_next(s, strnlen(s, 4), &cp);
	return (cp);
}

static size_t
gen_ncp(const char *s)
{
	size_t	n = 0, l;

	while (*s != '\0') {
		gen_cp(s, &l);
		s += l;
		n++;
	}
	return (n);
}

/* Byte offset of code point i of s (or the end). */
static size_t
gen_cpoff(const char *s, size_t i)
{
	size_t	off = 0, l;

	while (i-- > 0 && s[off] != '\0') {
		gen_cp(s + off, &l);
		off += l;
	}
	return (off);
}

static int
gen_is_closing(uint32_t cp)
{
	return (strchr("!),.:;?%", (int)(cp < 0x80 ? cp : 1)) != NULL ||
	    cp == 0xff0c || cp == 0x3002 || cp == 0x3001 || cp == 0xff1b ||
	    cp == 0xff1a || cp == 0xff1f || cp == 0xff01 || cp == 0x201d ||
	    cp == 0x2019 || cp == 0xff09 || cp == 0x300b || cp == 0x300d ||
	    cp == 0x300f || cp == 0x2026 || cp == 0x2014);
}

static int
gen_is_opening(uint32_t cp)
{
	return (cp == 0x201c || cp == 0x2018 || cp == 0xff08 ||
	    cp == 0x300a || cp == 0x300c || cp == 0x300e || cp == '(');
}

static int
gen_is_digit(uint32_t cp)
{
	return (cp >= '0' && cp <= '9');
}

/* Removes spaces: a title split at its space is also accepted without. */
static char *
gen_nospace(const char *s)
{
	struct buf	b = BUF_INIT;

	for (; *s != '\0'; s++) {
		if (*s != ' ')
			buf_addc(&b, *s);
	}
	return (buf_detach(&b));
}

/*
 * Markdown conversion turns some full-width marks into ASCII, as the
 * converter of the real pages did; 。、“” stay.
 */
static char *
gen_md_punct(const char *s)
{
	static const struct {
		const char	*from;
		const char	*to;
	} map[] = {
		{ "，", "," }, { "：", ":" }, { "（", "(" }, { "）", ")" },
		{ "？", "?" }, { "！", "!" }, { "；", ";" }
	};
	struct buf	b = BUF_INIT;
	size_t		i, n;

	while (*s != '\0') {
		for (i = 0; i < sizeof map / sizeof map[0]; i++) {
			n = strlen(map[i].from);
			if (strncmp(s, map[i].from, n) == 0)
				break;
		}
		if (i < sizeof map / sizeof map[0]) {
			buf_adds(&b, map[i].to);
			s += n;
		} else
			buf_addc(&b, *s++);
	}
	return (buf_detach(&b));
}

/*
 * The scorer's normalisation: whitespace dropped, full-width ，。：；？！（）
 * folded to ASCII.  Used to keep truth fragments distinct.
 */
static char *
gen_norm(const char *s)
{
	struct buf	 b = BUF_INIT;
	char		*t;
	size_t		 i;

	t = gen_md_punct(s);
	for (i = 0; t[i] != '\0'; i++) {
		if (strncmp(t + i, "。", 3) == 0) {
			buf_addc(&b, '.');
			i += 2;
		} else if (strncmp(t + i, "　", 3) == 0)
			i += 2;
		else if (t[i] != ' ' && t[i] != '\t' && t[i] != '\n')
			buf_addc(&b, t[i]);
	}
	free(t);
	return (buf_detach(&b));
}

/*
 * Bold titles come out of the extractor doubled run by run: a run is a
 * stretch of punctuation or of anything else, spaces separate runs and are
 * not doubled ("““起跑起跑””港区拼项目港区拼项目").
 */
static char *
gen_double(const char *s)
{
	struct buf	 b = BUF_INIT;
	const char	*start;
	size_t		 l;
	uint32_t	 cp;
	int		 cls, c;

	while (*s != '\0') {
		cp = gen_cp(s, &l);
		if (cp == ' ') {
			buf_addc(&b, ' ');
			s++;
			continue;
		}
		cls = text_is_cjk_punct(cp);
		start = s;
		while (*s != '\0') {
			cp = gen_cp(s, &l);
			c = text_is_cjk_punct(cp);
			if (cp == ' ' || c != cls)
				break;
			s += l;
		}
		buf_add(&b, start, s - start);
		buf_add(&b, start, s - start);
	}
	return (buf_detach(&b));
}

/* Two-character names come out spaced: 王强 -> 王 强; roles sometimes too. */
static char *
gen_byline_raw(struct rng *r, const char *byline, int spaced_role)
{
	struct buf	 b = BUF_INIT;
	char		*copy, *tok, *save;
	size_t		 l;

	copy = xstrdup(byline);
	buf_adds(&b, "■");
	for (tok = strtok_r(copy, " ", &save); tok != NULL;
	    tok = strtok_r(NULL, " ", &save)) {
		if (b.len > strlen("■"))
			buf_addc(&b, ' ');
		if (strcmp(tok, "记者") == 0 && spaced_role)
			buf_adds(&b, "记 者");
		else if (gen_ncp(tok) == 2 && strcmp(tok, "记者") != 0 &&
		    strcmp(tok, "摄影") != 0) {
			gen_cp(tok, &l);
			buf_add(&b, tok, l);
			buf_addc(&b, ' ');
			buf_adds(&b, tok + l);
		} else
			buf_adds(&b, tok);
	}
	(void)r;
	free(copy);
	return (buf_detach(&b));
}

/* ---- reading the sources ---- */

static char *
gen_trim(char *s)
{
	size_t	n = strlen(s);

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r' ||
	    s[n - 1] == '\t'))
		s[--n] = '\0';
	return (s);
}

static const char *
gen_header(const char *line, const char *key)
{
	size_t	n = strlen(key);

	if (strncmp(line, key, n) == 0 && line[n] == ':') {
		line += n + 1;
		while (*line == ' ')
			line++;
		return (line);
	}
	return (NULL);
}

static int
gen_read_source(const char *path, struct gen_page *pg, char **cause)
{
	static const char	*keys[] = { "kicker", "title", "subtitle",
				    "byline", "topics", "to", "from" };
	struct gen_article	*a = NULL;
	char			*text, *line, *next, *err;
	const char		*v;
	size_t			 len, k;
	int			 lineno = 0, body = 0;

	text = file_read(path, &len, &err);
	if (text == NULL) {
		xasprintf(cause, "%s: %s", path, err);
		free(err);
		return (-1);
	}
	memset(pg, 0, sizeof *pg);
	pg->text = text;
	pg->masthead = pg->banner = "";
	pg->weather = NULL;
	for (line = text; line != NULL; line = next) {
		lineno++;
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		gen_trim(line);
		if (*line == '#')
			continue;
		if (*line == '@') {
			body = 0;
			if (strncmp(line, "@page ", 6) == 0) {
				if (sscanf(line + 6, "%10s %d", pg->date,
				    &pg->number) != 2)
					goto bad;
			} else if (strncmp(line, "@masthead ", 10) == 0)
				pg->masthead = line + 10;
			else if (strncmp(line, "@weather ", 9) == 0)
				pg->weather = line + 9;
			else if (strncmp(line, "@banner ", 8) == 0)
				pg->banner = line + 8;
			else {
				for (k = 0; k < 4; k++) {
					if (strcmp(line + 1,
					    gen_kind_names[k]) == 0)
						break;
				}
				if (k == 4)
					goto bad;
				pg->arts = xreallocarray(pg->arts,
				    pg->narts + 1, sizeof *pg->arts);
				a = &pg->arts[pg->narts++];
				memset(a, 0, sizeof *a);
				a->kind = k;
				a->kicker = a->title = a->subtitle = "";
				a->byline = a->topics = a->to = a->from = "";
			}
			continue;
		}
		if (a == NULL) {
			if (*line == '\0')
				continue;
			goto bad;
		}
		if (!body) {
			for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
				if ((v = gen_header(line, keys[k])) != NULL)
					break;
			}
			if (k < sizeof keys / sizeof keys[0]) {
				const char **f[] = { &a->kicker, &a->title,
				    &a->subtitle, &a->byline, &a->topics,
				    &a->to, &a->from };
				*f[k] = v;
				continue;
			}
		}
		if (*line == '\0' && (a->kind != GEN_AD || a->npara == 0))
			continue;
		body = 1;
		a->paras = xreallocarray(a->paras, a->npara + 1,
		    sizeof *a->paras);
		a->subs = xreallocarray(a->subs, a->npara + 1,
		    sizeof *a->subs);
		a->subs[a->npara] = 0;
		if (a->kind != GEN_AD && (v = gen_header(line, "sub")) != NULL) {
			a->subs[a->npara] = 1;
			line = (char *)v;
		}
		a->paras[a->npara++] = line;
	}
	if (pg->number == 0) {
		xasprintf(cause, "%s: no @page line", path);
		return (-1);
	}
	return (0);
bad:
	xasprintf(cause, "%s:%d: cannot read: %.40s", path, lineno, line);
	return (-1);
}

static int
gen_cmp_path(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

/* Reads every *.txt in dir, in name order.  The text is never freed. */
static struct gen_page *
gen_read_sources(const char *dir, size_t *n)
{
	struct gen_page	*pages;
	char		**paths = NULL, *cause, *cmd;
	char		 line[4096];
	size_t		 np = 0, i;
	FILE		*f;

	/* A directory listing without dirent portability worries. */
	xasprintf(&cmd, "ls -1 '%s' 2>/dev/null", dir);
	if ((f = popen(cmd, "r")) == NULL)
		fatal("%s: %s", dir, strerror(errno));
	while (fgets(line, sizeof line, f) != NULL) {
		gen_trim(line);
		line[strcspn(line, "\n")] = '\0';
		if (strlen(line) < 5 ||
		    strcmp(line + strlen(line) - 4, ".txt") != 0)
			continue;
		paths = xreallocarray(paths, np + 1, sizeof *paths);
		xasprintf(&paths[np++], "%s/%s", dir, line);
	}
	pclose(f);
	free(cmd);
	if (np == 0)
		fatal("%s: no *.txt sources", dir);
	qsort(paths, np, sizeof *paths, gen_cmp_path);
	pages = xcalloc(np, sizeof *pages);
	for (i = 0; i < np; i++) {
		if (gen_read_source(paths[i], &pages[i], &cause) != 0)
			fatal("%s", cause);
		free(paths[i]);
	}
	free(paths);
	*n = np;
	return (pages);
}

/* ---- the raw typesetter ---- */

struct typeset {
	struct buf	*out;
	struct rng	*rng;
	int		 w;		/* column width in half units */
	int		 colh;		/* body lines in this column */
	int		 col;		/* body lines since the last break */
	int		 blank;		/* output ends with a blank line */
	int		 digit_spaces;	/* percent: space beside a digit run */
	const char	*indent;	/* kept paragraph indent, or NULL */
};

struct lines {
	char	**v;
	size_t	 n;
};

static void
lines_add(struct lines *l, const char *s, size_t n)
{
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	l->v[l->n++] = xstrndup(s, n);
}

static void
lines_free(struct lines *l)
{
	size_t	i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

static void
ts_line(struct typeset *ts, const char *s)
{
	buf_adds(ts->out, s);
	buf_addc(ts->out, '\n');
	ts->blank = 0;
}

static void
ts_blank(struct typeset *ts)
{
	if (!ts->blank && ts->out->len != 0) {
		buf_addc(ts->out, '\n');
		ts->blank = 1;
	}
}

/* A line of body text: it fills the column, which may end after it. */
static void
ts_body_line(struct typeset *ts, const char *s)
{
	ts_line(ts, s);
	if (++ts->col >= ts->colh) {
		ts_blank(ts);
		ts->col = 0;
		ts->colh = rng_int(ts->rng, 10, 25);
	}
}

/* The extractor's stray spaces beside digit runs: 共有 9个, 2 月 8 日. */
static char *
ts_digit_spaces(struct typeset *ts, const char *s)
{
	struct buf	 b = BUF_INIT;
	size_t		 l, l2;
	uint32_t	 cp, prev = 0, nx;

	while (*s != '\0') {
		cp = gen_cp(s, &l);
		if (gen_is_digit(cp) && prev > 0x7f && text_is_han(prev) &&
		    rng_chance(ts->rng, ts->digit_spaces))
			buf_addc(&b, ' ');
		buf_add(&b, s, l);
		s += l;
		if (gen_is_digit(cp) && *s != '\0') {
			nx = gen_cp(s, &l2);
			if (text_is_han(nx) &&
			    rng_chance(ts->rng, ts->digit_spaces))
				buf_addc(&b, ' ');
		}
		prev = cp;
	}
	return (buf_detach(&b));
}

/*
 * Hard-wraps s: the first line holds first half units, the others w.  ASCII
 * runs (numbers, Latin words) are not broken, one closing mark hangs past
 * the edge rather than start a line, an opening mark never ends one.
 */
static void
ts_wrap(const char *s, int first, int w, struct lines *out)
{
	struct buf	 cur = BUF_INIT;
	const char	*t;
	size_t		 l, tl, lastl = 0;
	uint32_t	 cp, lastcp = 0;
	int		 curw = 0, tw, limit = first;

	while (*s != '\0') {
		cp = gen_cp(s, &l);
		/* One token: an ASCII run, a doubled …… or ——, or a char. */
		t = s;
		tl = l;
		tw = cp < 0x80 ? 1 : 2;
		if (cp < 0x80 && cp != ' ') {
			while (t[tl] != '\0' && t[tl] != ' ' &&
			    (unsigned char)t[tl] < 0x80)
				tl++;
			tw = (int)tl;
		} else if ((cp == 0x2026 || cp == 0x2014) &&
		    strncmp(s + l, s, l) == 0) {
			tl = 2 * l;
			tw = 4;
		}
		if (cur.len == 0 && cp == ' ') {
			s += tl;
			continue;
		}
		if (curw > limit && !(gen_is_closing(cp) && tl == l)) {
			/* The hung marks are done: the line ends here. */
			lines_add(out, buf_str(&cur), cur.len);
			buf_truncate(&cur, 0);
			curw = 0;
			limit = w;
			lastcp = 0;
			if (cp == ' ') {
				s += tl;
				continue;
			}
		}
		if (curw + tw <= limit || cur.len == 0) {
			buf_add(&cur, t, tl);
			curw += tw;
		} else if (gen_is_closing(cp) && tl == l) {
			buf_add(&cur, t, tl);
			curw = limit + 1;
		} else {
			s = t;
			if (gen_is_opening(lastcp) && cur.len > lastl) {
				buf_truncate(&cur, cur.len - lastl);
				s = t - lastl;
				tl = 0;
			}
			while (cur.len > 0 && cur.data[cur.len - 1] == ' ')
				buf_truncate(&cur, cur.len - 1);
			lines_add(out, buf_str(&cur), cur.len);
			buf_truncate(&cur, 0);
			curw = 0;
			limit = w;
			lastcp = 0;
			s += tl;
			if (tl != 0) {
				buf_add(&cur, t, tl);
				curw = tw;
				lastcp = cp;
				lastl = l;
			}
			continue;
		}
		lastcp = cp;
		lastl = l;
		s += tl;
	}
	while (cur.len > 0 && cur.data[cur.len - 1] == ' ')
		buf_truncate(&cur, cur.len - 1);
	if (cur.len != 0)
		lines_add(out, buf_str(&cur), cur.len);
	buf_free(&cur);
}

/* Only Han characters: such a line can be justified with spaces. */
static int
ts_all_han(const char *s)
{
	size_t		l;
	uint32_t	cp;

	for (; *s != '\0'; s += l) {
		cp = gen_cp(s, &l);
		if (!text_is_han(cp))
			return (0);
	}
	return (1);
}

/*
 * One paragraph of body text.  With narrow set, its last lines run beside
 * a picture, at a third of the width, one of them justified with spaces.
 */
static void
ts_paragraph(struct typeset *ts, const char *text, int narrow)
{
	struct lines	 ls = { NULL, 0 }, tail = { NULL, 0 };
	struct buf	 b = BUF_INIT;
	char		*s;
	size_t		 i, j, keep, l, off, n;
	int		 spaced = 0;

	s = ts_digit_spaces(ts, text);
	ts_wrap(s, ts->w - 4, ts->w, &ls);
	free(s);
	if (ts->indent != NULL && ls.n > 0) {
		xasprintf(&s, "%s%s", ts->indent, ls.v[0]);
		free(ls.v[0]);
		ls.v[0] = s;
	}
	keep = ls.n;
	if (narrow && ls.n >= 4) {
		keep = ls.n - 3;
		for (i = keep; i < ls.n; i++)
			buf_adds(&b, ls.v[i]);
		ts_wrap(buf_str(&b), 14, 14, &tail);
		buf_free(&b);
	}
	for (i = 0; i < keep; i++)
		ts_body_line(ts, ls.v[i]);
	for (i = 0; i < tail.n; i++) {
		if (spaced || i == 0 || !ts_all_han(tail.v[i]) ||
		    gen_ncp(tail.v[i]) < 6) {
			ts_body_line(ts, tail.v[i]);
			continue;
		}
		/*
		 * Justified: five characters spread over the column, what
		 * they displace flows on into the lines below.
		 */
		for (off = 0, n = 0; n < 5; n++, off += l) {
			gen_cp(tail.v[i] + off, &l);
			if (off != 0)
				buf_addc(&b, ' ');
			buf_add(&b, tail.v[i] + off, l);
		}
		ts_body_line(ts, buf_str(&b));
		buf_truncate(&b, 0);
		buf_adds(&b, tail.v[i] + off);
		for (j = i + 1; j < tail.n; j++)
			buf_adds(&b, tail.v[j]);
		lines_free(&ls);
		ts_wrap(buf_str(&b), 14, 14, &ls);
		buf_free(&b);
		for (j = 0; j < ls.n; j++)
			ts_body_line(ts, ls.v[j]);
		spaced = 1;
		break;
	}
	lines_free(&ls);
	lines_free(&tail);
}

/* A title line as the extractor gives it: maybe doubled, maybe split. */
static void
ts_title(struct typeset *ts, const char *title, int dbl, int *split)
{
	char		*d, *a, *b;
	const char	*sp;
	size_t		 n, off;

	*split = 0;
	sp = strchr(title, ' ');
	n = gen_ncp(title);
	if ((sp != NULL && rng_chance(ts->rng, 35)) ||
	    (sp == NULL && n >= 10 && rng_chance(ts->rng, 20))) {
		if (sp != NULL) {
			a = xstrndup(title, sp - title);
			b = xstrdup(sp + 1);
		} else {
			off = gen_cpoff(title, n / 2);
			/* Do not leave a mark alone at either side. */
			while (off > 0 && (unsigned char)title[off] >= 0x80 &&
			    !text_is_han(gen_cp(title + off, &n)))
				off = gen_cpoff(title, gen_ncp(title) / 2 + 1);
			a = xstrndup(title, off);
			b = xstrdup(title + off);
		}
		*split = 1;
		d = dbl ? gen_double(a) : xstrdup(a);
		ts_line(ts, d);
		free(d);
		d = dbl ? gen_double(b) : xstrdup(b);
		ts_line(ts, d);
		free(d);
		free(a);
		free(b);
		return;
	}
	d = dbl ? gen_double(title) : xstrdup(title);
	ts_line(ts, d);
	free(d);
}

static void
ts_title_block(struct typeset *ts, const struct gen_article *a, int *split)
{
	char	*d;
	int	 dbl;

	dbl = a->kind == GEN_NEWS && rng_chance(ts->rng, 30);
	if (*a->kicker != '\0') {
		ts_line(ts, a->kicker);
		if (rng_chance(ts->rng, 50))
			ts_blank(ts);
	}
	if (*a->title != '\0')
		ts_title(ts, a->title, dbl, split);
	if (*a->subtitle != '\0') {
		d = dbl && rng_chance(ts->rng, 60) ? gen_double(a->subtitle) :
		    xstrdup(a->subtitle);
		ts_line(ts, d);
		free(d);
	}
}

static void
ts_byline(struct typeset *ts, const char *byline)
{
	char	*s, *p;

	s = gen_byline_raw(ts->rng, byline, rng_chance(ts->rng, 50));
	p = strstr(s, " 通讯员");
	if (p != NULL && rng_chance(ts->rng, 60)) {
		*p = '\0';
		ts_line(ts, s);
		ts_line(ts, p + 1);
	} else
		ts_line(ts, s);
	free(s);
}

static void
ts_weather(struct typeset *ts, const char *weather, const char *adline)
{
	struct lines	 ls = { NULL, 0 };
	struct buf	 b = BUF_INIT;
	size_t		 i;
	int		 first, last;

	ts_blank(ts);
	if (adline != NULL)
		ts_line(ts, adline);
	/*
	 * Two draws, in a fixed order: as arguments of one call their order
	 * would be the compiler's choice, and gcc and clang choose differently.
	 */
	last = 2 * rng_int(ts->rng, 22, 25);
	first = 2 * rng_int(ts->rng, 21, 24);
	ts_wrap(weather, first, last, &ls);
	for (i = 0; i < ls.n; i++) {
		buf_truncate(&b, 0);
		if (i == 0 && rng_chance(ts->rng, 60))
			buf_addc(&b, ' ');
		buf_adds(&b, ls.v[i]);
		ts_line(ts, buf_str(&b));
	}
	buf_free(&b);
	lines_free(&ls);
	ts_blank(ts);
}

static void
ts_ad(struct typeset *ts, const struct gen_article *a)
{
	size_t	i;

	ts_blank(ts);
	for (i = 0; i < a->npara; i++) {
		if (*a->paras[i] == '\0')
			ts_blank(ts);
		else
			ts_line(ts, a->paras[i]);
	}
	ts_blank(ts);
}

static void
ts_article(struct typeset *ts, const struct gen_article *a, int after,
    int *split)
{
	struct buf	 b = BUF_INIT;
	char		*cap, *s;
	size_t		 i;
	int		 byline_first, note_line = 0, narrow;

	*split = 0;
	if (a->kind == GEN_AD) {
		ts_ad(ts, a);
		return;
	}
	ts_blank(ts);
	if (a->kind == GEN_PHOTO) {
		if (!after && *a->title != '\0') {
			ts_title(ts, a->title, 0, split);
			ts_blank(ts);
		}
		for (i = 0; i < a->npara; i++) {
			if (i + 1 == a->npara && *a->byline != '\0' &&
			    rng_chance(ts->rng, 30)) {
				/* Credit on the caption's last line. */
				cap = gen_byline_raw(ts->rng, a->byline, 0);
				xasprintf(&s, "%s %s", a->paras[i], cap);
				ts_paragraph(ts, s, 0);
				free(s);
				free(cap);
				continue;
			}
			ts_paragraph(ts, a->paras[i], 0);
			if (i + 1 == a->npara && *a->byline != '\0')
				ts_byline(ts, a->byline);
		}
		if (after && *a->title != '\0') {
			ts_blank(ts);
			ts_title(ts, a->title, 0, split);
		}
		ts_blank(ts);
		return;
	}

	byline_first = rng_chance(ts->rng, after ? 70 : 50);
	if (*a->byline != '\0' && byline_first && a->kind == GEN_NEWS) {
		ts_byline(ts, a->byline);
		if (rng_chance(ts->rng, 60))
			ts_blank(ts);
	}
	if (!after) {
		ts_title_block(ts, a, split);
		if (rng_chance(ts->rng, 60))
			ts_blank(ts);
		if (*a->byline != '\0' && !byline_first &&
		    a->kind == GEN_NEWS)
			ts_byline(ts, a->byline);
		if (rng_chance(ts->rng, 50))
			ts_blank(ts);
	}
	if (*a->to != '\0' && after)
		note_line = rng_chance(ts->rng, 50);
	narrow = a->kind != GEN_PHOTO && rng_chance(ts->rng, 15);
	for (i = 0; i < a->npara; i++) {
		buf_truncate(&b, 0);
		if (i == 0 && *a->from != '\0')
			buf_printf(&b, "（上接%s版）", a->from);
		if (a->subs != NULL && a->subs[i]) {
			ts_blank(ts);
			ts_line(ts, a->paras[i]);
			ts_blank(ts);
			continue;
		}
		buf_adds(&b, a->paras[i]);
		if (i + 1 == a->npara && *a->to != '\0' && !note_line)
			buf_printf(&b, "（下转%s版）", a->to);
		ts_paragraph(ts, buf_str(&b), narrow && i + 1 == a->npara);
		if (i + 1 < a->npara && rng_chance(ts->rng, 85))
			ts_blank(ts);
	}
	buf_free(&b);
	if (a->kind == GEN_COMMENTARY && *a->byline != '\0') {
		cap = gen_byline_raw(ts->rng, a->byline, 0);
		ts_line(ts, cap);
		free(cap);
	}
	if (after) {
		ts_blank(ts);
		ts_title_block(ts, a, split);
		if (*a->byline != '\0' && !byline_first &&
		    a->kind == GEN_NEWS)
			ts_byline(ts, a->byline);
		if (note_line) {
			ts_blank(ts);
			xasprintf(&s, "（下转%s版）", a->to);
			ts_line(ts, s);
			free(s);
		}
	}
	ts_blank(ts);
}

static void
gen_shuffle(struct rng *r, size_t *v, size_t n)
{
	size_t	i, j, t;

	for (i = n; i > 1; i--) {
		j = (size_t)rng_int(r, 0, (int)i - 1);
		t = v[i - 1];
		v[i - 1] = v[j];
		v[j] = t;
	}
}

static void ts_article_other(struct typeset *, const struct gen_article *,
    int *);

static void
gen_render_raw(const struct gen_page *pg, int width, const struct gen_opts *o,
    struct rng *r, struct buf *out, struct gen_render *rd)
{
	struct typeset	 ts;
	size_t		*order, i, j, wx_at, banner_at;
	const char	*adline = NULL;
	char		*l1;
	int		 after, ad_glued = 0;

	memset(&ts, 0, sizeof ts);
	ts.out = out;
	ts.rng = r;
	ts.w = 2 * width;
	ts.colh = rng_int(r, 10, 25);
	ts.col = rng_int(r, 0, ts.colh - 1);
	ts.blank = 1;
	ts.digit_spaces = rng_int(r, 10, 40);
	ts.indent = o->indent;

	order = xcalloc(pg->narts, sizeof *order);
	for (i = 0; i < pg->narts; i++)
		order[i] = i;
	/* The lead stays first on half the pages; the rest move about. */
	if (rng_chance(r, 50) && pg->narts > 1)
		gen_shuffle(r, order + 1, pg->narts - 1);
	else
		gen_shuffle(r, order, pg->narts);
	wx_at = (size_t)rng_int(r, 1, (int)pg->narts);
	banner_at = (size_t)rng_int(r, 1, (int)pg->narts);
	if (pg->weather != NULL && rng_chance(r, 60)) {
		for (i = 0; i < pg->narts; i++) {
			if (pg->arts[i].kind == GEN_AD &&
			    pg->arts[i].npara > 0) {
				adline = pg->arts[i].paras[0];
				ad_glued = 1;
			}
		}
	}

	if (*pg->masthead != '\0') {
		xasprintf(&l1, " %s", pg->masthead);
		ts_line(&ts, l1);
		free(l1);
		ts_blank(&ts);
	}
	for (j = 0; j <= pg->narts; j++) {
		if (j == banner_at && *pg->banner != '\0') {
			ts_blank(&ts);
			l1 = xstrdup(pg->banner);
			if (strchr(l1, '|') != NULL) {
				*strchr(l1, '|') = '\0';
				ts_line(&ts, l1);
				ts_line(&ts, l1 + strlen(l1) + 1);
			} else
				ts_line(&ts, l1);
			free(l1);
			ts_blank(&ts);
		}
		if (j == wx_at && pg->weather != NULL)
			ts_weather(&ts, pg->weather, adline);
		if (j == pg->narts)
			break;
		i = order[j];
		if (pg->arts[i].kind == GEN_AD && ad_glued)
			continue;
		if (o->style == STYLE_OTHER) {
			ts_article_other(&ts, &pg->arts[i], &rd->split[i]);
			continue;
		}
		if (o->titles == TITLES_BEFORE)
			after = 0;
		else if (o->titles == TITLES_AFTER)
			after = 1;
		else
			after = rng_chance(r, 65);
		ts_article(&ts, &pg->arts[i], after, &rd->split[i]);
	}
	free(order);
}

/* ---- other papers' style ---- */

/*
 * What other papers print, and our paper does not: the typesetter and
 * gen_restyle() draw from these.  Every name is invented.
 */
static const char *other_logos[] = {
	"澄湖时评", "湖畔观察", "三言两语", "言论"
};
static const char *other_posts[] = {
	"澄湖大学经济学院教授", "澄湖市社会科学院研究员",
	"澄湖市委党校副教授"
};
static const char *other_sections[] = {
	"要闻", "经济", "城事", "民生", "文化", "评论", "体育", "副刊"
};
static const char *other_editors[] = {
	"周明", "许静", "陆文博", "沈嘉", "方一帆"
};
static const char *other_weekdays[] = {
	"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"
};

/* Display width as a terminal or pdftotext -layout counts it. */
static int
gen_dwidth(const char *s)
{
	size_t		l;
	uint32_t	cp;
	int		w = 0;

	for (; *s != '\0'; s += l) {
		cp = gen_cp(s, &l);
		if (l == 0)
			break;
		w += cp < 0x80 ? 1 : 2;
	}
	return (w);
}

/* The names after role in a byline ("记者 A B 通讯员 C": "A B"). */
static char *
gen_byline_names(const char *byline, const char *role)
{
	struct buf	 b = BUF_INIT;
	char		*copy, *tok, *save;
	int		 in = 0;

	copy = xstrdup(byline);
	for (tok = strtok_r(copy, " ", &save); tok != NULL;
	    tok = strtok_r(NULL, " ", &save)) {
		if (strcmp(tok, "记者") == 0 || strcmp(tok, "通讯员") == 0 ||
		    strcmp(tok, "摄影") == 0) {
			in = strcmp(tok, role) == 0;
			continue;
		}
		if (!in)
			continue;
		if (b.len != 0)
			buf_addc(&b, ' ');
		buf_adds(&b, tok);
	}
	free(copy);
	return (buf_detach(&b));
}

/* "A B" with another separator: "A、B". */
static char *
gen_join_names(const char *names, const char *sep)
{
	struct buf	 b = BUF_INIT;

	for (; *names != '\0'; names++) {
		if (*names == ' ')
			buf_adds(&b, sep);
		else
			buf_addc(&b, *names);
	}
	return (buf_detach(&b));
}

static void
gen_free_restyled(struct gen_page *pg)
{
	struct gen_article	*a;
	size_t			 i, j;

	for (i = 0; i < pg->narts; i++) {
		a = &pg->arts[i];
		for (j = 0; j < a->npara; j++)
			free(a->paras[j]);
		free(a->paras);
		free(a->subs);
		free((char *)a->logo);
		free((char *)a->head);
		free((char *)a->tail);
		free((char *)a->credit);
	}
	free(pg->arts);
	free(pg);
}

/* Adds a paragraph at the end of a restyled article. */
static void
gen_add_para(struct gen_article *a, char *p)
{
	a->paras = xreallocarray(a->paras, a->npara + 1, sizeof *a->paras);
	a->subs = xreallocarray(a->subs, a->npara + 1, sizeof *a->subs);
	a->subs[a->npara] = 0;
	a->paras[a->npara++] = p;
}

/*
 * The page's articles as other papers would print them: the news opens
 * with a dateline (本报澄湖3月6日电（记者 X）, 新华社…电, 本报讯（记者 X）)
 * or has a 本报记者 X line over its body, or nothing at all; some end with
 * （本报澄湖3月6日电）; a signed commentary ends with （作者为…）; a photo
 * credit reads 本报记者 X摄 or X/摄.  On about half of the pages no article
 * says 本报讯.  What is text (datelines, sign-offs) goes into the
 * paragraphs, and so into the truth; what is a line of its own (bylines,
 * credits under a photo, column logos) into head, tail and logo; a credit
 * run on at the end of a caption into credit, printed but not the truth's.
 */
static struct gen_page *
gen_restyle(const struct gen_page *pg, struct rng *r)
{
	const struct gen_article	*s;
	struct gen_article		*a;
	struct gen_page			*np;
	char				*rep, *str, *names, *p, *t;
	const char			*body, *sep;
	size_t				 i, j;
	int				 month, day, bbx, form;

	np = xcalloc(1, sizeof *np);
	*np = *pg;
	np->text = NULL;
	np->arts = xcalloc(pg->narts + 1, sizeof *np->arts);
	month = atoi(pg->date + 5);
	day = atoi(pg->date + 8);
	if (day > 1)
		day--;		/* the story was filed the day before */
	bbx = rng_chance(r, 50);
	for (i = 0; i < pg->narts; i++) {
		s = &pg->arts[i];
		a = &np->arts[i];
		*a = *s;
		a->paras = xcalloc(s->npara + 1, sizeof *a->paras);
		a->subs = xcalloc(s->npara + 1, sizeof *a->subs);
		for (j = 0; j < s->npara; j++) {
			a->paras[j] = xstrdup(s->paras[j]);
			a->subs[j] = s->subs != NULL && s->subs[j];
		}
		if (s->npara == 0)
			continue;
		switch (s->kind) {
		case GEN_NEWS:
			if (*s->from != '\0')
				break;
			body = a->paras[0];
			if (strncmp(body, "本报讯", strlen("本报讯")) == 0) {
				body += strlen("本报讯");
				while (*body == ' ')
					body++;
			}
			rep = gen_byline_names(s->byline, "记者");
			str = gen_byline_names(s->byline, "通讯员");
			sep = rng_chance(r, 50) ? " " : "";
			form = rng_int(r, 0, 99);
			p = NULL;
			if (*rep != '\0') {
				if (*str != '\0')
					xasprintf(&names, "记者 %s 通讯员 %s",
					    rep, str);
				else
					xasprintf(&names, "记者 %s", rep);
				if (form < 60 && form >= 40 && !bbx)
					form = 0;
				if (form < 30)
					xasprintf(&p, "本报澄湖%d月%d日电（%s）%s",
					    month, day, names, sep);
				else if (form < 40) {
					t = xstrdup(rep);
					if (strchr(t, ' ') != NULL)
						*strchr(t, ' ') = '\0';
					xasprintf(&p, "新华社澄湖%d月%d日电"
					    "（记者 %s）%s", month, day, t, sep);
					free(t);
				} else if (form < 60)
					xasprintf(&p, "本报讯（%s）%s", names,
					    sep);
				else if (form < 90) {
					if (*str != '\0')
						xasprintf(&t, "本报记者 %s 本报"
						    "通讯员 %s", rep, str);
					else
						xasprintf(&t, "本报记者 %s", rep);
					a->head = t;
				}
				free(names);
			} else if (form < 30)
				xasprintf(&p, "本报澄湖%d月%d日电%s", month, day,
				    *sep == '\0' ? " " : sep);
			else if (form < 50 && bbx)
				p = xstrdup("本报讯 ");
			free(rep);
			free(str);
			if (p != NULL) {
				xasprintf(&t, "%s%s", p, body);
				free(p);
			} else
				t = xstrdup(body);
			free(a->paras[0]);
			a->paras[0] = t;
			if (form >= 60 && *s->to == '\0' && rng_chance(r, 30)) {
				p = a->paras[a->npara - 1];
				xasprintf(&a->paras[a->npara - 1],
				    "%s（本报澄湖%d月%d日电）", p, month, day);
				free(p);
			}
			break;
		case GEN_COMMENTARY:
			if (rng_chance(r, 40))
				a->logo = xstrdup(other_logos[rng_int(r, 0,
				    (int)(sizeof other_logos /
				    sizeof other_logos[0]) - 1)]);
			if (strcmp(s->byline, "本报评论员") == 0) {
				if (rng_chance(r, 50))
					a->head = xstrdup(s->byline);
				else
					a->tail = xstrdup(s->byline);
			} else if (*s->byline != '\0') {
				a->head = xstrdup(s->byline);
				if (rng_chance(r, 60)) {
					xasprintf(&p, "（作者为%s）",
					    other_posts[rng_int(r, 0,
					    (int)(sizeof other_posts /
					    sizeof other_posts[0]) - 1)]);
					gen_add_para(a, p);
				}
			}
			break;
		case GEN_PHOTO:
			rep = gen_byline_names(s->byline, "摄影");
			if (*rep == '\0') {
				free(rep);
				break;
			}
			form = rng_int(r, 0, 99);
			if (form < 40) {
				names = gen_join_names(rep, "、");
				xasprintf(&t, "本报记者 %s摄", names);
			} else if (form < 60) {
				names = gen_join_names(rep, " ");
				xasprintf(&t, "新华社记者 %s 摄", names);
			} else {
				names = gen_join_names(rep, " ");
				xasprintf(&t, "%s/摄", names);
			}
			free(names);
			free(rep);
			if (rng_chance(r, 50))
				a->credit = t;
			else
				a->tail = t;
			break;
		case GEN_AD:
			break;
		}
	}
	return (np);
}

/* One line of a title, or (too wide) lines of about equal width. */
static void
ts_title_piece(struct typeset *ts, const char *s, int hw)
{
	struct lines	 ls = { NULL, 0 };
	size_t		 i;
	int		 tw, n;

	tw = gen_dwidth(s);
	if (tw <= hw) {
		ts_line(ts, s);
		return;
	}
	n = (tw + hw - 1) / hw;
	ts_wrap(s, tw / n + 2, tw / n + 2, &ls);
	for (i = 0; i < ls.n; i++)
		ts_line(ts, ls.v[i]);
	lines_free(&ls);
}

/*
 * A title as other papers set it: across several columns, so wider than
 * the body.  A title of two phrases (a space between) too wide for one
 * line, or on some pages any such, takes a line for each; a phrase too
 * wide for a line is wrapped into lines of about equal width.
 */
static void
ts_title_other(struct typeset *ts, const char *title, int *split)
{
	const char	*sp;
	char		*a;
	int		 hw;

	*split = 0;
	hw = ts->w * rng_int(ts->rng, 2, 3);	/* two or three columns */
	sp = strchr(title, ' ');
	if (sp != NULL && (gen_dwidth(title) > hw ||
	    rng_chance(ts->rng, 40))) {
		a = xstrndup(title, sp - title);
		ts_title_piece(ts, a, hw);
		ts_title_piece(ts, sp + 1, hw);
		free(a);
		*split = 1;
	} else if (gen_dwidth(title) > hw) {
		ts_title_piece(ts, title, hw);
		*split = 1;
	} else
		ts_line(ts, title);
}

/*
 * An article as other papers set it: logo, kicker, title, ——subtitle and
 * byline over the body with no blank line between, paragraphs told apart
 * only by their indent (if kept), subheads on lines of their own.
 */
static void
ts_article_other(struct typeset *ts, const struct gen_article *a, int *split)
{
	struct buf	 b = BUF_INIT;
	char		*s;
	size_t		 i;

	*split = 0;
	if (a->kind == GEN_AD) {
		ts_ad(ts, a);
		return;
	}
	/* A story may follow another's last line; a photo is a frame apart. */
	if (a->kind == GEN_PHOTO || rng_chance(ts->rng, 60))
		ts_blank(ts);
	if (a->logo != NULL)
		ts_line(ts, a->logo);
	if (*a->kicker != '\0')
		ts_line(ts, a->kicker);
	if (*a->title != '\0')
		ts_title_other(ts, a->title, split);
	if (*a->subtitle != '\0') {
		if (strncmp(a->subtitle, "——", strlen("——")) == 0)
			ts_line(ts, a->subtitle);
		else {
			xasprintf(&s, "——%s", a->subtitle);
			ts_line(ts, s);
			free(s);
		}
	}
	if (a->head != NULL)
		ts_line(ts, a->head);
	for (i = 0; i < a->npara; i++) {
		if (a->subs != NULL && a->subs[i]) {
			ts_line(ts, a->paras[i]);
			continue;
		}
		buf_truncate(&b, 0);
		if (i == 0 && *a->from != '\0')
			buf_printf(&b, "（上接%s版）", a->from);
		buf_adds(&b, a->paras[i]);
		if (i + 1 == a->npara && *a->to != '\0')
			buf_printf(&b, "（下转%s版）", a->to);
		if (i + 1 == a->npara && a->credit != NULL)
			buf_printf(&b, " %s", a->credit);
		ts_paragraph(ts, buf_str(&b), 0);
	}
	buf_free(&b);
	if (a->tail != NULL)
		ts_line(ts, a->tail);
}

/* ---- page furniture, columns, form feeds ---- */

/*
 * The lines a page is framed with, printed at its head and again at its
 * foot: the date with its weekday, 第N版, the section, 责任编辑.
 */
static void
gen_furniture(const struct gen_page *pg, struct rng *r, struct lines *ls)
{
	static const int	 t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
	char			*s;
	const char		*sec, *ed, *wd;
	int			 y, m, d;

	y = atoi(pg->date);
	m = atoi(pg->date + 5);
	d = atoi(pg->date + 8);
	if (m < 1 || m > 12)
		m = 1;
	wd = other_weekdays[((y - (m < 3)) + (y - (m < 3)) / 4 -
	    (y - (m < 3)) / 100 + (y - (m < 3)) / 400 + t[m - 1] + d) % 7];
	sec = other_sections[(pg->number - 1) % 8];
	ed = other_editors[rng_int(r, 0,
	    (int)(sizeof other_editors / sizeof other_editors[0]) - 1)];
	switch (rng_int(r, 0, 2)) {
	case 0:
		xasprintf(&s, "%d年%d月%d日 %s", y, m, d, wd);
		lines_add(ls, s, strlen(s));
		free(s);
		xasprintf(&s, "第%d版", pg->number);
		lines_add(ls, s, strlen(s));
		free(s);
		lines_add(ls, sec, strlen(sec));
		xasprintf(&s, "责任编辑：%s", ed);
		lines_add(ls, s, strlen(s));
		free(s);
		break;
	case 1:
		xasprintf(&s, "第%d版 %s", pg->number, sec);
		lines_add(ls, s, strlen(s));
		free(s);
		xasprintf(&s, "%d年%d月%d日 %s", y, m, d, wd);
		lines_add(ls, s, strlen(s));
		free(s);
		xasprintf(&s, "责任编辑：%s  美编：%s", ed,
		    other_editors[rng_int(r, 0, (int)(sizeof other_editors /
		    sizeof other_editors[0]) - 1)]);
		lines_add(ls, s, strlen(s));
		free(s);
		break;
	default:
		xasprintf(&s, "%d年%d月%d日 %s  第%d版  %s  责任编辑：%s", y, m,
		    d, wd, pg->number, sec, ed);
		lines_add(ls, s, strlen(s));
		free(s);
		break;
	}
}

static void
gen_frame(const struct lines *ls, struct buf *page)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < ls->n; i++)
		buf_printf(&b, "%s\n", ls->v[i]);
	buf_addc(&b, '\n');
	buf_add(&b, buf_str(page), page->len);
	if (page->len != 0 && page->data[page->len - 1] != '\n')
		buf_addc(&b, '\n');
	buf_addc(&b, '\n');
	for (i = 0; i < ls->n; i++)
		buf_printf(&b, "%s\n", ls->v[i]);
	buf_truncate(page, 0);
	buf_add(page, buf_str(&b), b.len);
	buf_free(&b);
}

/*
 * pdftotext -layout: the page's lines set in two columns side by side, the
 * right one after a gutter of spaces, each row padded by display width (a
 * Han character or full-width mark takes two columns).  Reading order is
 * the left column, then the right; the left one is the shorter, so that
 * the last row has text in the right column.
 */
static void
gen_layout(struct rng *r, struct buf *page)
{
	struct lines	 ls = { NULL, 0 };
	struct buf	 b = BUF_INIT;
	const char	*s, *e;
	size_t		 i, k, rows;
	int		 lw = 0, gutter, w;

	for (s = buf_str(page); *s != '\0'; s = e + 1) {
		e = strchr(s, '\n');
		if (e == NULL)
			e = s + strlen(s);
		lines_add(&ls, s, e - s);
		if (*e == '\0')
			break;
	}
	while (ls.n > 0 && *ls.v[ls.n - 1] == '\0')
		free(ls.v[--ls.n]);
	if (ls.n < 2) {
		lines_free(&ls);
		return;
	}
	k = ls.n / 2 - (size_t)rng_int(r, 0, 4);
	if (k == 0 || k > ls.n / 2)
		k = ls.n / 2;
	for (i = 0; i < k; i++) {
		if ((w = gen_dwidth(ls.v[i])) > lw)
			lw = w;
	}
	gutter = rng_int(r, 3, 8);
	rows = k > ls.n - k ? k : ls.n - k;
	for (i = 0; i < rows; i++) {
		w = 0;
		if (i < k) {
			buf_adds(&b, ls.v[i]);
			w = gen_dwidth(ls.v[i]);
		}
		if (k + i < ls.n && *ls.v[k + i] != '\0') {
			for (; w < lw + gutter; w++)
				buf_addc(&b, ' ');
			buf_adds(&b, ls.v[k + i]);
		}
		while (b.len > 0 && b.data[b.len - 1] == ' ')
			buf_truncate(&b, b.len - 1);
		buf_addc(&b, '\n');
	}
	buf_truncate(page, 0);
	buf_add(page, buf_str(&b), b.len);
	buf_free(&b);
	lines_free(&ls);
}

/* ---- the Markdown typesetter ---- */

/*
 * A paragraph, sometimes cut in two by a column break in mid-sentence
 * (never beside a mark, so the cut is a cut and not an ending).
 */
static void
md_paragraph(struct rng *r, struct buf *out, const char *p)
{
	size_t		n, at, off, l;
	uint32_t	a, b;

	n = gen_ncp(p);
	if (n > 100 && rng_chance(r, 30)) {
		at = (size_t)rng_int(r, (int)(n * 3 / 10), (int)(n * 7 / 10));
		for (; at < n - 10; at++) {
			off = gen_cpoff(p, at);
			a = gen_cp(p + gen_cpoff(p, at - 1), &l);
			b = gen_cp(p + off, &l);
			if (text_is_han(a) && text_is_han(b)) {
				buf_add(out, p, off);
				buf_adds(out, "\n\n");
				buf_adds(out, p + off);
				buf_adds(out, "\n\n");
				return;
			}
		}
	}
	buf_adds(out, p);
	buf_adds(out, "\n\n");
}

static void
md_byline(struct rng *r, struct buf *out, const char *byline)
{
	const char	*p;

	p = strstr(byline, " 通讯员");
	if (p != NULL && p != byline && rng_chance(r, 30))
		buf_printf(out, "■%.*s\n\n■%s\n\n", (int)(p - byline), byline,
		    p + 1);
	else
		buf_printf(out, "■%s\n\n", byline);
}

static void
md_body(struct rng *r, struct buf *out, const struct gen_article *a)
{
	struct buf	 b = BUF_INIT;
	char		*p;
	size_t		 i;

	for (i = 0; i < a->npara; i++) {
		buf_truncate(&b, 0);
		if (i == 0 && *a->from != '\0')
			buf_printf(&b, "（上接%s版）", a->from);
		p = gen_md_punct(a->paras[i]);
		buf_adds(&b, p);
		free(p);
		if (i + 1 == a->npara && *a->to != '\0')
			buf_printf(&b, "（下转%s版）", a->to);
		md_paragraph(r, out, buf_str(&b));
	}
	buf_free(&b);
}

static void
md_article(struct rng *r, struct buf *out, const struct gen_article *a)
{
	char	*p;
	size_t	 i;

	switch (a->kind) {
	case GEN_AD:
		for (i = 0; i < a->npara; i++) {
			p = gen_md_punct(a->paras[i]);
			if (*p == '\0')
				buf_adds(out, "\n");
			else
				buf_printf(out, "%s  \n", p);
			free(p);
		}
		buf_adds(out, "\n");
		return;
	case GEN_PHOTO:
		if (*a->title != '\0')
			buf_printf(out, "### %s\n\n", a->title);
		md_body(r, out, a);
		if (*a->byline != '\0')
			buf_printf(out, "■%s\n\n", a->byline);
		return;
	case GEN_COMMENTARY:
		buf_printf(out, "## %s\n\n", a->title);
		if (*a->subtitle != '\0')
			buf_printf(out, "### %s\n\n", a->subtitle);
		md_body(r, out, a);
		if (*a->byline != '\0')
			buf_printf(out, "■%s\n\n", a->byline);
		return;
	case GEN_NEWS:
		if (*a->kicker != '\0')
			buf_printf(out, "### %s\n\n", a->kicker);
		buf_printf(out, "## %s\n\n", a->title);
		if (*a->subtitle != '\0')
			buf_printf(out, "### %s\n\n", a->subtitle);
		if (*a->byline != '\0')
			md_byline(r, out, a->byline);
		md_body(r, out, a);
		return;
	}
}

static void
gen_render_md(const struct gen_page *pg, struct rng *r, struct buf *out)
{
	size_t	i, lead = (size_t)-1, at;
	char	*p;

	for (i = 0; i < pg->narts; i++) {
		if (pg->arts[i].kind == GEN_NEWS && pg->arts[i].npara >= 2 &&
		    *pg->arts[i].from == '\0' && *pg->arts[i].kicker == '\0') {
			lead = i;
			break;
		}
	}
	buf_adds(out, rng_chance(r, 50) ? "\n\n\n\n" : "\n");
	if (lead != (size_t)-1)
		buf_printf(out, "# %s\n\n", pg->arts[lead].title);
	/* The lead's body, the ads and the weather land together, later. */
	at = (size_t)rng_int(r, 1, (int)pg->narts);
	for (i = 0; i <= pg->narts; i++) {
		if (i == at) {
			if (pg->weather != NULL) {
				p = gen_md_punct(pg->weather);
				buf_printf(out, "%s\n\n", p);
				free(p);
			}
			if (lead != (size_t)-1)
				md_body(r, out, &pg->arts[lead]);
		}
		if (i == pg->narts)
			break;
		if (i == lead)
			continue;
		md_article(r, out, &pg->arts[i]);
	}
	if (*pg->banner != '\0') {
		p = xstrdup(pg->banner);
		if (strchr(p, '|') != NULL)
			*strchr(p, '|') = '\0';
		buf_printf(out, "## %s", p);
		if (strchr(pg->banner, '|') != NULL)
			buf_printf(out, "·%s", strchr(pg->banner, '|') + 1);
		buf_adds(out, "\n");
		free(p);
	}
}

/* ---- truth ---- */

/* The paragraphs as they read after rejoining, notes left out. */
static char **
gen_truth_paras(const struct gen_article *a, int markdown)
{
	char	**v;
	size_t	  i;

	v = xcalloc(a->npara + 1, sizeof *v);
	for (i = 0; i < a->npara; i++)
		v[i] = markdown ? gen_md_punct(a->paras[i]) :
		    xstrdup(a->paras[i]);
	return (v);
}

static char *
gen_slice(const char *s, size_t from, size_t n)
{
	size_t	a, b;
	char	*t, *e;

	a = gen_cpoff(s, from);
	b = gen_cpoff(s + a, n);
	t = xstrndup(s + a, b);
	/* No stray spaces at either end of a fragment. */
	e = t + strlen(t);
	while (e > t && e[-1] == ' ')
		*--e = '\0';
	if (*t == ' ')
		memmove(t, t + 1, strlen(t));
	return (t);
}

/* A fragment of n code points, from the start (at_end 0) or the end. */
static char *
gen_fragment(const char *p, size_t n, int at_end)
{
	size_t		len = gen_ncp(p), l, from;

	if (n > len)
		n = len;
	/* Whole numbers read better: do not cut one at the open end. */
	if (at_end) {
		from = len - n;
		while (from > 0 &&
		    gen_is_digit(gen_cp(p + gen_cpoff(p, from), &l)) &&
		    gen_is_digit(gen_cp(p + gen_cpoff(p, from - 1), &l)))
			from--;
		return (gen_slice(p, from, len - from));
	}
	while (n < len && gen_is_digit(gen_cp(p + gen_cpoff(p, n), &l)) &&
	    gen_is_digit(gen_cp(p + gen_cpoff(p, n - 1), &l)))
		n++;
	return (gen_slice(p, 0, n));
}

static int
gen_frag_clash(const char *frag, char **others, size_t nothers)
{
	char	*nf;
	size_t	 i;
	int	 clash = 0;

	nf = gen_norm(frag);
	for (i = 0; i < nothers && !clash; i++)
		clash = strstr(others[i], nf) != NULL;
	free(nf);
	return (clash);
}

static void
gen_json_list(struct buf *b, const char *key, char **v, size_t n, int last)
{
	size_t	i;

	buf_printf(b, "   \"%s\": [", key);
	for (i = 0; i < n; i++) {
		buf_adds(b, i == 0 ? "\n    " : ",\n    ");
		json_string(b, v[i]);
	}
	buf_adds(b, n == 0 ? "]" : "\n   ]");
	buf_adds(b, last ? "\n" : ",\n");
}

static int
gen_weather_temp(const char *w, const char *key, int *t)
{
	const char	*p;

	if (w == NULL || (p = strstr(w, key)) == NULL)
		return (0);
	p += strlen(key);
	if (strncmp(p, "零下", strlen("零下")) == 0) {
		*t = -atoi(p + strlen("零下"));
		return (1);
	}
	*t = atoi(p);
	return (1);
}

static void
gen_truth(const struct gen_page *pg, const struct gen_render *rd,
    struct buf *b)
{
	const struct gen_article	 *a;
	char				***paras, **nbody, *frag[4], *f;
	char				 *titles[2], *starts[64], *t, *copy;
	char				 *tok, *save, *topics[8];
	size_t				  i, j, k, nf, ns, nt, n, len;
	int				  hi, lo, first = 1;
	struct buf			  nb = BUF_INIT;

	paras = xcalloc(pg->narts, sizeof *paras);
	nbody = xcalloc(pg->narts, sizeof *nbody);
	for (i = 0; i < pg->narts; i++) {
		paras[i] = gen_truth_paras(&pg->arts[i], rd->markdown);
		buf_truncate(&nb, 0);
		for (j = 0; j < pg->arts[i].npara; j++)
			buf_adds(&nb, paras[i][j]);
		nbody[i] = gen_norm(buf_str(&nb));
	}
	buf_free(&nb);

	buf_adds(b, "{\n \"file\": ");
	if (rd->file != NULL)
		json_string(b, rd->file);
	else {
		xasprintf(&t, "%s/p%d.txt", pg->date, pg->number);
		json_string(b, t);
		free(t);
	}
	buf_adds(b, ",\n \"date\": ");
	json_string(b, pg->date);
	buf_printf(b, ",\n \"page\": %d,\n \"format\": \"%s\",\n",
	    pg->number, rd->markdown ? "markdown" : rd->layout ? "layout" :
	    rd->paragraphs ? "paragraphs" : "raw");
	if (gen_weather_temp(pg->weather, "最高气温", &hi) &&
	    gen_weather_temp(pg->weather, "最低气温", &lo))
		buf_printf(b, " \"weather\": {\n  \"high\": %d,\n  \"low\": %d\n"
		    " },\n", hi, lo);
	else
		buf_adds(b, " \"weather\": null,\n");
	buf_adds(b, " \"articles\": [");
	for (i = 0; i < pg->narts; i++) {
		a = &pg->arts[i];
		if (a->kind == GEN_AD || a->npara == 0)
			continue;
		buf_adds(b, first ? "\n  {\n" : ",\n  {\n");
		first = 0;
		buf_printf(b, "   \"kind\": \"%s\",\n", gen_kind_names[a->kind]);
		titles[0] = xstrdup(a->title);
		nt = 1;
		if (rd->split[i] && strchr(a->title, ' ') != NULL)
			titles[nt++] = gen_nospace(a->title);
		gen_json_list(b, "title", titles, nt, 0);
		for (j = 0; j < nt; j++)
			free(titles[j]);
		if (*a->kicker != '\0') {
			buf_adds(b, "   \"kicker\": ");
			json_string(b, a->kicker);
			buf_adds(b, ",\n");
		}
		if (*a->subtitle != '\0') {
			buf_adds(b, "   \"subtitle\": ");
			json_string(b, a->subtitle);
			buf_adds(b, ",\n");
		}
		buf_adds(b, "   \"byline\": ");
		json_string(b, a->byline);
		buf_adds(b, ",\n");

		/*
		 * Fragments: the start of the first paragraph, the start of
		 * a middle one, the end of the last; each grown until no
		 * other article on the page holds it.
		 */
		n = a->npara;
		nf = 0;
		for (k = 0; k < 3; k++) {
			const char	*p;
			int		 at_end = 0;
			size_t		 want = a->kind == GEN_PHOTO ? 12 : 14;

			if (k == 0)
				p = paras[i][0];
			else if (k == 1) {
				if (n < 3)
					continue;
				p = paras[i][n / 2];
				want = 10;
			} else {
				p = paras[i][n - 1];
				at_end = 1;
				want = 12;
				if (n == 1 && gen_ncp(p) < 30)
					continue;
			}
			for (;;) {
				f = gen_fragment(p, want, at_end);
				len = gen_ncp(p);
				for (j = 0; j < nf; j++) {
					if (strcmp(frag[j], f) == 0)
						break;
				}
				if (j == nf && (!gen_frag_clash(f, nbody, i) &&
				    !gen_frag_clash(f, nbody + i + 1,
				    pg->narts - i - 1)))
					break;
				if (want >= len) {
					free(f);
					f = NULL;
					break;
				}
				free(f);
				want += 4;
			}
			if (f != NULL)
				frag[nf++] = f;
		}
		gen_json_list(b, "body_has", frag, nf, 0);
		for (j = 0; j < nf; j++)
			free(frag[j]);

		ns = 0;
		for (j = 0; j < n && ns < 64; j++) {
			t = gen_norm(paras[i][j]);
			starts[ns++] = gen_slice(t, 0, 8);
			free(t);
		}
		gen_json_list(b, "para_starts", starts, ns, 0);
		for (j = 0; j < ns; j++)
			free(starts[j]);

		copy = xstrdup(a->topics);
		nt = 0;
		for (tok = strtok_r(copy, " ", &save); tok != NULL && nt < 8;
		    tok = strtok_r(NULL, " ", &save))
			topics[nt++] = tok;
		gen_json_list(b, "topics", topics, nt, *a->to == '\0');
		free(copy);
		if (*a->to != '\0') {
			buf_adds(b, "   \"continued_to\": ");
			json_string(b, a->to);
			buf_adds(b, "\n");
		}
		buf_adds(b, "  }");
	}
	buf_adds(b, "\n ]\n}\n");
	for (i = 0; i < pg->narts; i++) {
		for (j = 0; j < pg->arts[i].npara; j++)
			free(paras[i][j]);
		free(paras[i]);
		free(nbody[i]);
	}
	free(paras);
	free(nbody);
}

/* ---- output ---- */

static void
gen_mkdirs(const char *path)
{
	char	*p, *s;

	s = xstrdup(path);
	for (p = s + 1; *p != '\0'; p++) {
		if (*p == '/') {
			*p = '\0';
			if (mkdir(s, 0777) != 0 && errno != EEXIST)
				fatal("%s: %s", s, strerror(errno));
			*p = '/';
		}
	}
	if (mkdir(s, 0777) != 0 && errno != EEXIST)
		fatal("%s: %s", s, strerror(errno));
	free(s);
}

static void
gen_write(const char *path, const struct buf *b)
{
	FILE	*f;

	if ((f = fopen(path, "w")) == NULL)
		fatal("%s: %s", path, strerror(errno));
	if (fwrite(buf_str(b), 1, b->len, f) != b->len || fclose(f) != 0)
		fatal("%s: write failed", path);
}

/*
 * Typesets one page into b and returns the page as printed: pg itself, or
 * (other papers' style) its restyled copy, left in *own to be freed.
 * rd->split is allocated for the articles of that page.
 */
static const struct gen_page *
gen_page_text(const struct gen_page *pg, const struct gen_opts *o,
    struct rng *r, struct buf *b, struct gen_render *rd,
    struct gen_page **own)
{
	const struct gen_page	*tp = pg;
	struct lines		 ls = { NULL, 0 };
	int			 width;

	*own = NULL;
	memset(rd, 0, sizeof *rd);
	rd->split = xcalloc(pg->narts + 1, sizeof *rd->split);
	width = o->width != 0 ? o->width : rng_int(r, 11, 18);
	/* Wider than any paragraph: none is wrapped. */
	if (o->paragraphs) {
		width = GEN_UNWRAPPED;
		rd->paragraphs = 1;
	}
	rd->markdown = o->format == 2 ? rng_chance(r, 25) : o->format;
	if (rd->markdown) {
		gen_render_md(pg, r, b);
		return (tp);
	}
	if (o->style == STYLE_OTHER)
		tp = *own = gen_restyle(pg, r);
	gen_render_raw(tp, width, o, r, b, rd);
	if (o->layout) {
		gen_layout(r, b);
		rd->layout = 1;
	}
	if (o->furniture) {
		gen_furniture(tp, r, &ls);
		gen_frame(&ls, b);
		lines_free(&ls);
	}
	return (tp);
}

/* Renders one page and (with truthdir) its truth. */
static void
gen_page_out(const struct gen_page *pg, const struct gen_opts *o,
    struct rng *r, const char *outdir, const char *truthdir)
{
	const struct gen_page	*tp;
	struct gen_page		*own;
	struct gen_render	 rd;
	struct buf		 b = BUF_INIT;
	char			*dir, *path;

	tp = gen_page_text(pg, o, r, &b, &rd, &own);
	xasprintf(&dir, "%s/%s", outdir, pg->date);
	gen_mkdirs(dir);
	xasprintf(&path, "%s/p%d.txt", dir, pg->number);
	gen_write(path, &b);
	free(path);
	free(dir);
	if (truthdir != NULL) {
		buf_truncate(&b, 0);
		gen_truth(tp, &rd, &b);
		gen_mkdirs(truthdir);
		xasprintf(&path, "%s/%s-p%d.json", truthdir, pg->date,
		    pg->number);
		gen_write(path, &b);
		free(path);
	}
	buf_free(&b);
	free(rd.split);
	if (own != NULL)
		gen_free_restyled(own);
}

/* Each page its own stream: one page's edit moves no other. */
static void
gen_page_rng(struct rng *r, uint64_t seed, const struct gen_page *pg)
{
	r->s = seed * 1000003ULL + (uint64_t)pg->number;
	r->s ^= (uint64_t)strtol(pg->date, NULL, 10) << 32;
	r->s ^= (uint64_t)atoi(pg->date + 5) << 20;
	r->s ^= (uint64_t)atoi(pg->date + 8) << 12;
}

/*
 * An issue in one file, as pdftotext writes a whole PDF: each page ends
 * with a form feed.  The file is DIR/DATE.txt, its truth TRUTH/DATE.json
 * (all the issue's articles, in page order).
 */
static void
gen_issue_out(const struct gen_page *pages, size_t n,
    const struct gen_opts *o, uint64_t seed, const char *outdir,
    const char *truthdir)
{
	const struct gen_page	*tp;
	struct gen_page		**own, all;
	struct gen_render	 rd, all_rd;
	struct buf		 b = BUF_INIT, issue = BUF_INIT;
	struct rng		 r;
	char			*path, *file;
	size_t			 i, j;

	own = xcalloc(n, sizeof *own);
	memset(&all, 0, sizeof all);
	memset(&all_rd, 0, sizeof all_rd);
	memcpy(all.date, pages[0].date, sizeof all.date);
	all.number = pages[0].number;
	all.arts = xcalloc(1, sizeof *all.arts);
	all_rd.split = xcalloc(1, sizeof *all_rd.split);
	for (i = 0; i < n; i++) {
		gen_page_rng(&r, seed, &pages[i]);
		buf_truncate(&b, 0);
		tp = gen_page_text(&pages[i], o, &r, &b, &rd, &own[i]);
		buf_add(&issue, buf_str(&b), b.len);
		buf_addc(&issue, '\f');
		if (all.weather == NULL)
			all.weather = tp->weather;
		all.arts = xreallocarray(all.arts, all.narts + tp->narts + 1,
		    sizeof *all.arts);
		all_rd.split = xreallocarray(all_rd.split,
		    all.narts + tp->narts + 1, sizeof *all_rd.split);
		for (j = 0; j < tp->narts; j++) {
			all.arts[all.narts] = tp->arts[j];
			all_rd.split[all.narts++] = rd.split[j];
		}
		all_rd.layout = rd.layout;
		all_rd.paragraphs = rd.paragraphs;
		free(rd.split);
	}
	gen_mkdirs(outdir);
	xasprintf(&path, "%s/%s.txt", outdir, all.date);
	gen_write(path, &issue);
	free(path);
	if (truthdir != NULL) {
		xasprintf(&file, "%s.txt", all.date);
		all_rd.file = file;
		buf_truncate(&b, 0);
		gen_truth(&all, &all_rd, &b);
		gen_mkdirs(truthdir);
		xasprintf(&path, "%s/%s.json", truthdir, all.date);
		gen_write(path, &b);
		free(path);
		free(file);
	}
	for (i = 0; i < n; i++) {
		if (own[i] != NULL)
			gen_free_restyled(own[i]);
	}
	free(own);
	free(all.arts);
	free(all_rd.split);
	buf_free(&b);
	buf_free(&issue);
}

/* Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm). */
static void
gen_civil(long z, int *y, int *m, int *d)
{
	long		era, yy;
	unsigned	doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (long)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

/*
 * The archive: every page a new draw of 3-6 articles (at most one of them a
 * photo, at most one an ad) with its own width and title placement;
 * the front page has the masthead and a weather box.
 */
static void
gen_archive(struct gen_page *src, size_t nsrc, const char *outdir,
    int issues, int npages, uint64_t seed, enum gen_style style)
{
	struct gen_article	 **pool, *arts;
	struct gen_page		   pg;
	struct gen_opts		   o;
	struct rng		   r = { seed };
	const char		 **weathers, *mast = "";
	size_t			   npool = 0, nw = 0, i, j, k, n;
	int			   y, m, d, issue, p, photos, ads;

	pool = xcalloc(1, sizeof *pool);
	weathers = xcalloc(nsrc + 1, sizeof *weathers);
	for (i = 0; i < nsrc; i++) {
		if (src[i].weather != NULL)
			weathers[nw++] = src[i].weather;
		if (*src[i].masthead != '\0')
			mast = src[i].masthead;
		for (j = 0; j < src[i].narts; j++) {
			pool = xreallocarray(pool, npool + 1, sizeof *pool);
			pool[npool++] = &src[i].arts[j];
		}
	}
	arts = xcalloc(8, sizeof *arts);
	memset(&o, 0, sizeof o);
	for (issue = 0; issue < issues; issue++) {
		gen_civil(16436 + issue, &y, &m, &d);	/* from 2015-01-01 */
		for (p = 1; p <= npages; p++) {
			memset(&pg, 0, sizeof pg);
			snprintf(pg.date, sizeof pg.date, "%04d-%02d-%02d",
			    y, m, d);
			pg.number = p;
			pg.masthead = p == 1 ? mast : "";
			pg.banner = rng_chance(&r, 20) ? "四敢争先|澄湖进行时" :
			    "";
			pg.weather = p == 1 && nw > 0 ?
			    weathers[rng_int(&r, 0, (int)nw - 1)] : NULL;
			n = (size_t)rng_int(&r, 3, 6);
			photos = ads = 0;
			for (k = 0; k < n; k++) {
				do {
					j = (size_t)rng_int(&r, 0,
					    (int)npool - 1);
				} while ((pool[j]->kind == GEN_PHOTO &&
				    photos) || (pool[j]->kind == GEN_AD && ads));
				photos += pool[j]->kind == GEN_PHOTO;
				ads += pool[j]->kind == GEN_AD;
				arts[k] = *pool[j];
				arts[k].to = arts[k].from = "";
			}
			pg.arts = arts;
			pg.narts = n;
			o.width = rng_int(&r, 11, 18);
			o.titles = TITLES_MIXED;
			o.format = rng_chance(&r, 10);
			o.style = style;
			if (style != STYLE_SEED)
				o.format = 0;
			gen_page_out(&pg, &o, &r, outdir, NULL);
		}
	}
	free(arts);
	free(pool);
	free(weathers);
}

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr,
	    "usage: gen-pages [--src DIR] [--format raw|markdown|mixed] "
	    "[--width W|random]\n"
	    "           [--titles before|after|mixed] [--seed N] "
	    "[--issue DATE] --out DIR [--truth DIR]\n"
	    "           [--style seed|other] "
	    "[--indent none|ideographic|spaces] [--furniture]\n"
	    "           [--formfeed] [--layout | --paragraphs]\n"
	    "       gen-pages [--src DIR] --archive DIR [--issues N] "
	    "[--pages N] [--seed N]\n"
	    "           [--style seed|other]\n");
	exit(2);
}

/* Frees what gen_read_sources() read. */
static void
gen_free_sources(struct gen_page *pages, size_t n)
{
	size_t	i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < pages[i].narts; j++) {
			free(pages[i].arts[j].paras);
			free(pages[i].arts[j].subs);
		}
		free(pages[i].arts);
		free(pages[i].text);
	}
	free(pages);
}

int
main(int argc, char **argv)
{
	static const struct option	 opts[] = {
		{ "src", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ "width", required_argument, NULL, 'w' },
		{ "titles", required_argument, NULL, 't' },
		{ "seed", required_argument, NULL, 'S' },
		{ "issue", required_argument, NULL, 'i' },
		{ "out", required_argument, NULL, 'o' },
		{ "truth", required_argument, NULL, 'T' },
		{ "archive", required_argument, NULL, 'a' },
		{ "issues", required_argument, NULL, 'n' },
		{ "pages", required_argument, NULL, 'p' },
		{ "style", required_argument, NULL, 'y' },
		{ "indent", required_argument, NULL, 'I' },
		{ "furniture", no_argument, NULL, 'F' },
		{ "formfeed", no_argument, NULL, 'L' },
		{ "layout", no_argument, NULL, 'Y' },
		{ "paragraphs", no_argument, NULL, 'P' },
		{ NULL, 0, NULL, 0 }
	};
	struct gen_opts			 o;
	struct gen_page			*src;
	struct rng			 r;
	const char			*srcdir = "tests/samples/src";
	const char			*out = NULL, *archive = NULL;
	const char			*issue = NULL;
	char				*truth = NULL;
	uint64_t			 seed = 1;
	size_t				 nsrc, i, j;
	int				 ch, issues = 3650, npages = 8;

	memset(&o, 0, sizeof o);
	o.titles = TITLES_MIXED;
	o.width = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 's':
			srcdir = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "raw") == 0)
				o.format = 0;
			else if (strcmp(optarg, "markdown") == 0)
				o.format = 1;
			else if (strcmp(optarg, "mixed") == 0)
				o.format = 2;
			else
				usage();
			break;
		case 'w':
			if (strcmp(optarg, "random") == 0)
				o.width = 0;
			else {
				o.width = atoi(optarg);
				if (o.width < 11 || o.width > 18)
					usage();
			}
			break;
		case 't':
			if (strcmp(optarg, "before") == 0)
				o.titles = TITLES_BEFORE;
			else if (strcmp(optarg, "after") == 0)
				o.titles = TITLES_AFTER;
			else if (strcmp(optarg, "mixed") == 0)
				o.titles = TITLES_MIXED;
			else
				usage();
			break;
		case 'S':
			seed = strtoull(optarg, NULL, 10);
			break;
		case 'i':
			issue = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		case 'T':
			truth = xstrdup(optarg);
			break;
		case 'a':
			archive = optarg;
			break;
		case 'n':
			issues = atoi(optarg);
			break;
		case 'p':
			npages = atoi(optarg);
			break;
		case 'y':
			if (strcmp(optarg, "seed") == 0)
				o.style = STYLE_SEED;
			else if (strcmp(optarg, "other") == 0)
				o.style = STYLE_OTHER;
			else
				usage();
			break;
		case 'I':
			if (strcmp(optarg, "none") == 0)
				o.indent = NULL;
			else if (strcmp(optarg, "ideographic") == 0)
				o.indent = "　　";
			else if (strcmp(optarg, "spaces") == 0)
				o.indent = "  ";
			else
				usage();
			break;
		case 'F':
			o.furniture = 1;
			break;
		case 'L':
			o.formfeed = 1;
			break;
		case 'Y':
			o.layout = 1;
			break;
		case 'P':
			o.paragraphs = 1;
			break;
		default:
			usage();
		}
	}
	if (optind != argc || (out == NULL) == (archive == NULL) ||
	    issues < 1 || npages < 1 || npages > 99)
		usage();
	/* The extractor's habits are those of raw text. */
	if (o.format != 0 && (o.style != STYLE_SEED || o.indent != NULL ||
	    o.furniture || o.formfeed || o.layout || o.paragraphs))
		usage();
	/* Columns side by side need columns. */
	if (o.layout && o.paragraphs)
		usage();

	src = gen_read_sources(srcdir, &nsrc);
	if (archive != NULL) {
		gen_archive(src, nsrc, archive, issues, npages, seed,
		    o.style);
		gen_free_sources(src, nsrc);
		return (0);
	}
	if (truth == NULL)
		xasprintf(&truth, "%s/truth", out);
	for (i = 0; i < nsrc; i = j) {
		for (j = i + 1; j < nsrc && o.formfeed &&
		    strcmp(src[i].date, src[j].date) == 0; j++)
			;
		if (issue != NULL && strcmp(issue, src[i].date) != 0)
			continue;
		if (o.formfeed) {
			gen_issue_out(&src[i], j - i, &o, seed, out, truth);
			continue;
		}
		gen_page_rng(&r, seed, &src[i]);
		gen_page_out(&src[i], &o, &r, out, truth);
	}
	free(truth);
	gen_free_sources(src, nsrc);
	return (0);
}
