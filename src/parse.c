/*
 * The page parser: the text of one newspaper page in, its articles out.
 * This file is the driver: it picks the page's front end from the table
 * below, lets it read the page into article drafts, and builds the
 * articles from the drafts.  The passes, a file each:
 *
 *   parse-lines.c      1. lines: measured (width in ems, punctuation, how
 *                         they end) and classed (byline, credit, note...)
 *   parse-furniture.c     page furniture dropped, recurring indents read
 *   parse-flow.c       2. headings over bodies (most papers, pdftotext):
 *                         line roles and pieces, the reading per page
 *   parse-flow-story.c 3. ... pieces into stories, headings matched
 *   parse-block.c      2. titles under or beside stories: lines to units
 *   parse-match.c      3. ... units to drafts, headings matched to bodies
 *   parse-text.c       4. text: paragraphs, spaces, bold undone, title
 *                         blocks and bylines
 *   parse-box.c           weather boxes and advertisements
 *   parse-markdown.c      Markdown pages
 *
 * Each pass keeps its thresholds in a named table at its top.  Nothing
 * here depends on a particular page's strings: the only word lists are the
 * conventions of the genre (本报讯, 记者, 摄影, 气温, 热线, …).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define PARSE_AVX2 1
#endif

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

#include "parse-int.h"

static const char *parse_kind_names[PARSE_NKINDS] = { "news", "commentary",
	"photo", "weather", "ad", "banner", "other" };

const char *
parse_kind_name(enum parse_kind k)
{
	return ((unsigned)k < PARSE_NKINDS ? parse_kind_names[k] : "other");
}

const char *
parse_kind_label(enum parse_kind k)
{
	static const char *labels[PARSE_NKINDS] = { "新闻", "评论", "图片",
		"天气", "广告", "栏目", "其他" };

	return ((unsigned)k < PARSE_NKINDS ? labels[k] : labels[PARSE_OTHER]);
}

int
parse_kind_from_name(const char *name)
{
	int i;

	for (i = 0; i < PARSE_NKINDS; i++) {
		if (strcmp(parse_kind_names[i], name) == 0)
			return (i);
	}
	return (-1);
}

/*
 * The front ends: what a page's text is and how its lines are read into
 * drafts.  The first whose detect() says yes reads the page; the last has
 * none and reads whatever is left.
 */
struct parse_front {
	enum parse_format format;
	const char	 *name;
	int (*detect)(const char *, size_t);
	/* The text as the reader takes it (caller frees), or NULL: as is. */
	char *(*columns)(const char *, size_t, size_t *);
	void (*read)(struct parser *);
};

static int  parse_md_detect(const char *, size_t);
static void parse_md_read(struct parser *);
static void parse_raw_read(struct parser *);

static const struct parse_front parse_fronts[] = {
	{ PARSE_LAYOUT, "layout", parse_layout_detect, parse_layout_columns,
	    parse_raw_read },
	{ PARSE_MARKDOWN, "markdown", parse_md_detect, NULL, parse_md_read },
	{ PARSE_PARAGRAPHS, "paragraphs", parse_paras_detect,
	    parse_paras_columns, parse_raw_read },
	{ PARSE_RAW, "raw", NULL, NULL, parse_raw_read },
};
#define PARSE_NFRONTS (sizeof parse_fronts / sizeof parse_fronts[0])

const char *
parse_format_name(enum parse_format f)
{
	size_t i;

	for (i = 0; i < PARSE_NFRONTS; i++) {
		if (parse_fronts[i].format == f)
			return (parse_fronts[i].name);
	}
	return ("raw");
}

static const struct parse_front *
parse_front_of(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < PARSE_NFRONTS; i++) {
		if (parse_fronts[i].detect(s, n))
			break;
	}
	return (&parse_fronts[i]);
}

#ifdef __SSE2__
/*
 * Of the places at s + k for each bit k set in m, where p's last two bytes
 * are (pl >= 2), the first where p ends, as its start; or NULL.
 */
static inline const char *
parse_memmem_at(const char *s, uint64_t m, const char *p, size_t pl)
{
	const char *q;

	for (; m != 0; m &= m - 1) {
		q = s + __builtin_ctzll(m);
		if (memcmp(q - (pl - 1), p, pl - 2) == 0)
			return (q - (pl - 1));
	}
	return (NULL);
}

/*
 * The places s + j to s + j + 15 where p's last two bytes a (the one
 * before) and b (the last) stand, a bit each.
 */
static inline unsigned
parse_memmem_block(const char *s, size_t j, __m128i a, __m128i b)
{
	return ((unsigned)_mm_movemask_epi8(_mm_and_si128(
	    _mm_cmpeq_epi8(_mm_loadu_si128((const void *)(s + j - 1)), a),
	    _mm_cmpeq_epi8(_mm_loadu_si128((const void *)(s + j)), b))));
}

/*
 * parse_memmem() by blocks of 32 places where p's last byte would be,
 * each place tried at once for p's last two bytes (pl >= 2), the two
 * halves' answers or'ed so that a block with none costs one test; what
 * is left by blocks of 16, the last one ending with s.  The place found,
 * or NULL and in *next the first place not tried.
 */
static const char *
parse_memmem_sse2(const char *s, size_t n, const char *p, size_t pl,
    size_t *next)
{
	const __m128i a = _mm_set1_epi8(p[pl - 2]),
		      b = _mm_set1_epi8(p[pl - 1]);
	size_t	    i;
	unsigned    m;
	const char *q;

	for (i = pl - 1; i + 32 <= n; i += 32) {
		__m128i x0 = _mm_loadu_si128((const void *)(s + i - 1)),
			y0 = _mm_loadu_si128((const void *)(s + i)),
			x1 = _mm_loadu_si128((const void *)(s + i + 15)),
			y1 = _mm_loadu_si128((const void *)(s + i + 16));

		x0 =
		    _mm_and_si128(_mm_cmpeq_epi8(x0, a), _mm_cmpeq_epi8(y0, b));
		x1 =
		    _mm_and_si128(_mm_cmpeq_epi8(x1, a), _mm_cmpeq_epi8(y1, b));
		if (_mm_movemask_epi8(_mm_or_si128(x0, x1)) == 0)
			continue;
		m = (unsigned)_mm_movemask_epi8(x0) |
		    (unsigned)_mm_movemask_epi8(x1) << 16;
		if ((q = parse_memmem_at(s + i, m, p, pl)) != NULL)
			return (q);
	}
	if (i + 16 <= n) {
		m = parse_memmem_block(s, i, a, b);
		if ((q = parse_memmem_at(s + i, m, p, pl)) != NULL)
			return (q);
		i += 16;
	}
	/*
	 * The last places (fewer than 16) by one block of 16 that ends
	 * with s, the places tried already masked out.
	 */
	if (i < n && n >= pl - 1 + 16) {
		size_t j = n - 16;

		m = parse_memmem_block(s, j, a, b) & ~0U << (i - j);
		if ((q = parse_memmem_at(s + j, m, p, pl)) != NULL)
			return (q);
		i = n;
	}
	*next = i;
	return (NULL);
}
#endif

#ifdef PARSE_AVX2
/*
 * The same by blocks of 64 places, with AVX2 where the processor has it
 * (asked at run time: the build is for every x86-64).
 */
__attribute__((target("avx2"))) static const char *
parse_memmem_avx2(const char *s, size_t n, const char *p, size_t pl,
    size_t *next)
{
	const __m256i a = _mm256_set1_epi8(p[pl - 2]),
		      b = _mm256_set1_epi8(p[pl - 1]);
	size_t	    i;
	uint64_t    m;
	const char *q;

	for (i = pl - 1; i + 64 <= n; i += 64) {
		__m256i x0 = _mm256_loadu_si256((const void *)(s + i - 1)),
			y0 = _mm256_loadu_si256((const void *)(s + i)),
			x1 = _mm256_loadu_si256((const void *)(s + i + 31)),
			y1 = _mm256_loadu_si256((const void *)(s + i + 32));

		x0 = _mm256_and_si256(_mm256_cmpeq_epi8(x0, a),
		    _mm256_cmpeq_epi8(y0, b));
		x1 = _mm256_and_si256(_mm256_cmpeq_epi8(x1, a),
		    _mm256_cmpeq_epi8(y1, b));
		if (_mm256_testz_si256(_mm256_or_si256(x0, x1),
			_mm256_or_si256(x0, x1)))
			continue;
		m = (uint64_t)(uint32_t)_mm256_movemask_epi8(x0) |
		    (uint64_t)(uint32_t)_mm256_movemask_epi8(x1) << 32;
		if ((q = parse_memmem_at(s + i, m, p, pl)) != NULL)
			return (q);
	}
	*next = i;
	return (NULL);
}
#endif

/*
 * The first p (pl bytes) in s (n bytes), or NULL; memmem(3) is not C11.
 *
 * In Chinese text the lead bytes of most characters are alike (E4-E9);
 * the last two bytes of a pattern are not, and together they are rare.
 * With SSE2 (on every x86-64) 32 places are tried at once for those two
 * bytes, 64 with AVX2 on a text long enough to pay for asking whether the
 * processor has it (the title's pairs in a story, parse_pair_share(), are
 * most of the calls and of the bytes).  Elsewhere memchr() finds the last
 * byte, and the byte before rules out most of what it finds.
 */
const char *
parse_memmem(const char *s, size_t n, const char *p, size_t pl)
{
	const char *e = s + n, *q;
	size_t	    from = pl - 1;

	if (pl == 0 || pl > n)
		return (pl == 0 ? s : NULL);
	if (pl == 1)
		return (memchr(s, p[0], n));
#ifdef PARSE_AVX2
	if (n >= 128 && __builtin_cpu_supports("avx2")) {
		if ((q = parse_memmem_avx2(s, n, p, pl, &from)) != NULL)
			return (q);
		s += from - (pl - 1); /* the rest by the blocks below */
		n -= from - (pl - 1);
		from = pl - 1;
	}
#endif
#ifdef __SSE2__
	if ((q = parse_memmem_sse2(s, n, p, pl, &from)) != NULL)
		return (q);
#endif
	for (q = s + from;
	     q < e && (q = memchr(q, p[pl - 1], (size_t)(e - q))) != NULL;
	     q++) {
		if (q[-1] == p[pl - 2] && memcmp(q - (pl - 1), p, pl - 2) == 0)
			return (q - (pl - 1));
	}
	return (NULL);
}

/* The length of the first of the nw words w that s (n bytes) opens on, or 0. */
size_t
parse_starts_any(const char *s, size_t n, const char *const *w, size_t nw)
{
	size_t i;

	for (i = 0; i < nw; i++) {
		if (parse_starts(s, n, w[i]))
			return (strlen(w[i]));
	}
	return (0);
}

/* The length of the first of the nw words w that s (n bytes) ends on, or 0. */
size_t
parse_ends_any(const char *s, size_t n, const char *const *w, size_t nw)
{
	size_t i;

	for (i = 0; i < nw; i++) {
		if (parse_ends(s, n, w[i]))
			return (strlen(w[i]));
	}
	return (0);
}

/* Finds p in s (n bytes); its offset or -1. */
long
parse_find(const char *s, size_t n, const char *p)
{
	size_t pl = strlen(p), i;

	if (pl > n)
		return (-1);
	for (i = 0; i + pl <= n; i++) {
		if (memcmp(s + i, p, pl) == 0)
			return ((long)i);
	}
	return (-1);
}

/* Like parse_starts, but spaces in s are skipped ("记 者" is "记者"). */
size_t
parse_starts_loose(const char *s, size_t n, const char *p)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t		     i = 0, j = 0, pl = strlen(p), k;

	while (j < pl) {
		while (i < n && (k = parse_space_len(u + i, n - i)) != 0)
			i += k;
		if (i >= n || s[i] != p[j])
			return (0);
		i++;
		j++;
	}
	return (i);
}

enum parse_format
parse_detect_format(const char *s, size_t n)
{
	return (parse_front_of(s, n)->format);
}

/*
 * Markdown: a page with # headings, a line that opens with one to six #
 * and a space.  Each # is found by memchr(), so a page with none (most
 * are) is read once and fast, not line by line.
 */
static int
parse_md_detect(const char *s, size_t n)
{
	const char *e = s + n, *q, *h;

	for (q = s; q < e && (q = memchr(q, '#', (size_t)(e - q))) != NULL;
	     q = h) {
		for (h = q; h < e && *h == '#'; h++)
			;
		if ((q == s || q[-1] == '\n') && h - q <= 6 && h < e &&
		    *h == ' ')
			return (1);
	}
	return (0);
}

static void
parse_md_read(struct parser *p)
{
	parse_lines(p, 1);
	parse_markdown(p);
}

/* Does the byline name a role (记者, 通讯员, 摄影) anywhere in it? */
static int
parse_names_role(const struct line *l)
{
	size_t	 k;
	uint32_t c;

	for (k = 0; k < l->len; k += text_utf8_next(l->s + k, l->len - k, &c)) {
		if (parse_role(l->s + k, l->len - k) != 0)
			return (1);
	}
	return (0);
}

/*
 * Does byline l name a commentary's writer (湖城日报评论员 王强, 特约撰稿人
 * 王强)?  No name holds those words.
 */
static int
parse_byline_signs(const struct line *l)
{
	return (
	    parse_memmem(l->s, l->len, "评论员", strlen("评论员")) != NULL ||
	    parse_memmem(l->s, l->len, "撰稿人", strlen("撰稿人")) != NULL);
}

static int
parse_has_reporter(struct parser *p, const struct draft *d)
{
	size_t i;

	for (i = 0; i < d->nbyline; i++) {
		const struct line *b = &p->lines[d->byline[i]];

		/*
		 * On another paper's page a name alone (南妮) signs an essay;
		 * a reporter's byline names the role (本报记者 王强).
		 */
		if (b->cls == L_BYLINE && !b->signature &&
		    !parse_byline_signs(b) && (!d->flow || parse_names_role(b)))
			return (1);
	}
	return (0);
}

/*
 * Is the line an opinion column's name (人民论坛, 今日谈, 时评, 湖畔观察):
 * short, ending on a word such columns are named with?
 */
int
parse_opinion_column(const struct line *l)
{
	static const char *columns[] = { "论坛", "今日谈", "评论", "时评",
		"短评", "快评", "锐评", "杂谈", "漫谈", "随笔", "新论", "和音",
		"观察", "言论", "评论员", "三言两语", "纵横", "札记" };
	size_t		   k;

	if (l->em > 6)
		return (0);
	for (k = 0; k < sizeof columns / sizeof columns[0]; k++) {
		if (parse_ends(l->s, l->len, columns[k]))
			return (1);
	}
	return (0);
}

/*
 * Does a draft say it is commentary: a heading that names an opinion
 * column (人民论坛, 今日谈, 时评, 湖畔观察), a last line that signs it
 * (（作者为…）), a byline that is a name alone (an essay's writer) or a
 * commentator's (湖城日报评论员 王强)?
 */
static int
parse_says_commentary(struct parser *p, const struct draft *d)
{
	const struct line *l;
	size_t		   i;
	int		   label_credit;

	for (i = 0; i < d->nhead; i++) {
		if (parse_opinion_column(&p->lines[d->head[i]]))
			return (1);
	}
	if (d->nbody > 0) {
		l = &p->lines[d->body[d->nbody - 1]];
		if (parse_memmem(l->s, l->len, "（作者", 9) != NULL)
			return (1);
	}
	/*
	 * A name alone under the title: an essay's writer.  Not one after a
	 * label (文/王小禾, 文/图 王小禾, and names wrapped under it): papers
	 * sign news so too.
	 */
	for (i = 0; i < d->nbyline; i++) {
		l = &p->lines[d->byline[i]];
		if (l->cls == L_BYLINE && parse_byline_signs(l))
			return (1);
		if (parse_byline_label(l->s, l->len, &label_credit) != 0)
			break;
		if (l->cls == L_BYLINE && !parse_names_role(l))
			return (1);
	}
	return (0);
}

/* Chooses the kind of a draft from what it holds. */
static enum parse_kind
parse_kind_of(struct parser *p, struct draft *d)
{
	size_t i, chars = 0;

	if (d->kind != PARSE_NEWS)
		return (d->kind);
	for (i = 0; i < d->nbody; i++) {
		if (p->lines[d->body[i]].benbao)
			d->benbao = 1;
		chars += p->lines[d->body[i]].len;
	}
	if (d->photo)
		return (PARSE_PHOTO);
	if (d->signed_commentary)
		return (PARSE_COMMENTARY);
	if (d->benbao || parse_has_reporter(p, d) || d->orphan ||
	    d->cont_from.len > 0)
		return (PARSE_NEWS);
	if (d->nhead == 0 && d->title == NULL)
		return (chars >= parse_tune.page.untitled_news_bytes ?
			PARSE_NEWS :
			PARSE_OTHER);
	if (d->nbody == 0)
		return (PARSE_BANNER);
	/*
	 * A page that sets headings over bodies is another paper's, whose
	 * stories need no dateline: one is commentary only when it says so
	 * (parse_says_commentary()).
	 */
	if (d->flow && !parse_says_commentary(p, d))
		return (PARSE_NEWS);
	return (PARSE_COMMENTARY);
}

/*
 * The page was clean text (text_decode()), and so is every part of it
 * but one a cut made otherwise: a part that ends on a Prepend letter
 * (U+0D4E and others past U+0D00) whose text went on has nothing left
 * for it to join, and one that starts on a variation selector or a tag
 * has nothing for it to modify; text_clean() would drop them.  Is there
 * a Prepend letter, a tag or a selector past the BMP on the page at all
 * (lead bytes E0, F0 and F3)?  Nearly never: only then is every part
 * cleaned again.  A selector of the BMP (EF B8 80-8F, after an emoji in
 * an ad) is looked for only where a cut leaves it, at a part's start.
 */
static int
parse_has_rare(const char *s, size_t n)
{
	return (memchr(s, 0xe0, n) != NULL || memchr(s, 0xf0, n) != NULL ||
	    memchr(s, 0xf3, n) != NULL);
}

static void
parse_seal(char **sp, int rare)
{
	const unsigned char *u = (const unsigned char *)*sp;
	char		    *c;

	if (!rare &&
	    !(u[0] == 0xef && u[1] == 0xb8 && u[2] >= 0x80 && u[2] <= 0x8f))
		return;
	c = text_clean(*sp, strlen(*sp), TEXT_KEEP_FF, NULL);
	free(*sp);
	*sp = c;
}

/* Seals each part of an article; a paragraph that was nothing else goes. */
static void
parse_seal_article(struct parse_article *a, int rare)
{
	size_t i, j;

	parse_seal(&a->kicker, rare);
	parse_seal(&a->title, rare);
	parse_seal(&a->subtitle, rare);
	parse_seal(&a->byline, rare);
	parse_seal(&a->continued_to, rare);
	parse_seal(&a->continued_from, rare);
	for (i = j = 0; i < a->nparagraphs; i++) {
		parse_seal(&a->paragraphs[i], rare);
		if (*a->paragraphs[i] == '\0')
			free(a->paragraphs[i]);
		else
			a->paragraphs[j++] = a->paragraphs[i];
	}
	a->nparagraphs = j;
}

/*
 * Builds the page's articles from the drafts; into span[] (as many as
 * the drafts), where each article's lines stand in the reading.
 */
static void
parse_build(struct parser *p, struct parse_page *pg, int rare,
    struct parse_span *span)
{
	struct parse_article *a;
	struct draft	     *d;
	size_t		      i, k;

	pg->articles = xcalloc(p->ndrafts + 1, sizeof *pg->articles);
	for (i = 0; i < p->ndrafts; i++) {
		d = &p->drafts[i];
		if (d->nbody == 0 && d->nhead == 0 && d->title == NULL &&
		    d->nbyline == 0)
			continue;
		/* Heading lines are in order; body lines may not be. */
		span[pg->narticles].head_last =
		    d->nhead > 0 ? d->head[d->nhead - 1] : SIZE_MAX;
		span[pg->narticles].body_first = SIZE_MAX;
		for (k = 0; k < d->nbody; k++) {
			if (d->body[k] < span[pg->narticles].body_first)
				span[pg->narticles].body_first = d->body[k];
		}
		a = &pg->articles[pg->narticles++];
		a->kind = parse_kind_of(p, d);
		parse_heading(p, d, a);
		if (d->title != NULL) {
			free(a->title);
			a->title = d->title;
			d->title = NULL;
		}
		if (d->kicker != NULL) {
			free(a->kicker);
			a->kicker = d->kicker;
			d->kicker = NULL;
		}
		if (d->subtitle != NULL) {
			free(a->subtitle);
			a->subtitle = d->subtitle;
			d->subtitle = NULL;
		}
		if (a->kicker == NULL)
			a->kicker = xstrdup("");
		if (a->title == NULL)
			a->title = xstrdup("");
		if (a->subtitle == NULL)
			a->subtitle = xstrdup("");
		a->byline = parse_byline(p, d);
		parse_paragraphs(p, d, pg->format == PARSE_MARKDOWN, a);
		a->continued_to = xstrdup(buf_str(&d->cont_to));
		a->continued_from = xstrdup(buf_str(&d->cont_from));
		parse_seal_article(a, rare);
		/* A heading with nothing under it is a banner or noise. */
		if (a->kind == PARSE_NEWS && a->nparagraphs == 0 &&
		    *a->byline == '\0')
			a->kind = PARSE_BANNER;
	}
}

/*
 * Raw pages (PDF-extracted text): furniture goes first, then the reading
 * the page's layout calls for, headings over bodies or titles under them.
 */
static void
parse_raw_read(struct parser *p)
{
	parse_lines(p, 0);
	parse_furniture(p);
	if (parse_flow_detect(p))
		parse_flow(p);
	else {
		parse_unindent_heads(p);
		parse_unpack(p);
		parse_units(p);
		parse_prepare(p);
		parse_match(p);
		parse_assemble(p);
	}
}

/* The text of article a, its title if title is set and paragraphs. */
static void
parse_article_text(const struct parse_article *a, struct buf *b, int title)
{
	size_t i;

	buf_truncate(b, 0);
	if (title)
		buf_adds(b, a->title);
	for (i = 0; i < a->nparagraphs; i++)
		buf_adds(b, a->paragraphs[i]);
}

/* Article a's opening: its first text.lead_paras paragraphs, into b. */
static void
parse_lead_text(const struct parse_article *a, struct buf *b)
{
	size_t i;

	buf_truncate(b, 0);
	for (i = 0; i < a->nparagraphs && i < parse_tune.text.lead_paras; i++)
		buf_adds(b, a->paragraphs[i]);
}

/*
 * A kicker given to one article only by where it stands, over its title
 * in a stack of headings (助企服务要“沉”到一线 over a photo's title), may
 * be the title of a story with none that says most of its words
 * (kicker_home_share of its pairs of characters) while the kicker's own
 * article says few (under kicker_own_share): it titles that story.
 */
static void
parse_kicker_home(struct parse_page *pg)
{
	struct buf text = BUF_INIT, own = BUF_INIT;
	size_t	   i, j, k, n;
	double	   s, best;

	for (i = 0; i < pg->narticles; i++) {
		struct parse_article *a = &pg->articles[i];

		if (*a->title != '\0' || a->nparagraphs == 0 ||
		    (a->kind != PARSE_NEWS && a->kind != PARSE_COMMENTARY))
			continue;
		parse_article_text(a, &text, 1);
		best = 0;
		k = SIZE_MAX;
		/* Within kicker_reach articles: a page has fewer. */
		for (j = i > parse_tune.text.kicker_reach ?
			 i - parse_tune.text.kicker_reach :
			 0;
		     j < pg->narticles && j <= i + parse_tune.text.kicker_reach;
		     j++) {
			const struct parse_article *b = &pg->articles[j];

			if (j == i || *b->kicker == '\0' || *b->title == '\0')
				continue;
			n = strlen(b->kicker);
			s = parse_pair_share(b->kicker, n, buf_str(&text),
			    text.len);
			if (s < parse_tune.text.kicker_home_share || s <= best)
				continue;
			parse_article_text(b, &own, 1);
			if (parse_pair_share(b->kicker, n, buf_str(&own),
				own.len) >= parse_tune.text.kicker_own_share)
				continue;
			best = s;
			k = j;
		}
		if (k != SIZE_MAX) {
			free(a->title);
			a->title = pg->articles[k].kicker;
			pg->articles[k].kicker = xstrdup("");
		}
	}
	buf_free(&text);
	buf_free(&own);
}

/*
 * Whether article a's title, kicker or subtitle says share of the pairs
 * of characters of heading h (n bytes) or more: h is a copy of it.
 */
static int
parse_says_heading(const struct parse_article *a, const char *h, size_t n,
    double share)
{
	return (parse_pair_share(h, n, a->title, strlen(a->title)) >= share ||
	    parse_pair_share(h, n, a->kicker, strlen(a->kicker)) >= share ||
	    parse_pair_share(h, n, a->subtitle, strlen(a->subtitle)) >= share);
}

/*
 * Whether article a took a deck for its title: two phrases parted by a
 * space, with no kicker over them.
 */
static int
parse_deck_titled(const struct parse_article *a)
{
	return (a->kind == PARSE_NEWS && a->nparagraphs > 0 &&
	    *a->kicker == '\0' && *a->subtitle == '\0' &&
	    parse_has_inner_space(a->title));
}

/* How many Han characters s has. */
static size_t
parse_han_count(const char *s)
{
	size_t	 i = 0, k, n = strlen(s), han = 0;
	uint32_t c;

	for (; i < n; i = k) {
		k = parse_next(s, n, i, &c);
		han += text_is_han(c) != 0;
	}
	return (han);
}

/*
 * Whether article b is a banner that may title a story set elsewhere in
 * the reading: a heading alone (no text, kicker, subtitle or byline) of
 * deck_banner_min_han Han characters or more (not a section's name, 乡村
 * 振兴, nor a column's logo, whose words a story may say), that does not
 * read as a kicker (…召开, …强调).
 */
static int
parse_plain_banner(const struct parse_article *b)
{
	return (b->kind == PARSE_BANNER && b->nparagraphs == 0 &&
	    *b->kicker == '\0' && *b->subtitle == '\0' && *b->byline == '\0' &&
	    !parse_kicker_cue(b->title) &&
	    parse_han_count(b->title) >= parse_tune.text.deck_banner_min_han);
}

/*
 * The story whose text says the most of banner i's pairs of characters,
 * deck_home_share of them or more, *share of them; SIZE_MAX if none
 * does, or two say as much.  Banners and headings with no text are no
 * stories.  text is scratch.
 */
static size_t
parse_banner_story(const struct parse_page *pg, size_t i, struct buf *text,
    double *share)
{
	const struct parse_article *b = &pg->articles[i], *a;
	double			    s, best = 0;
	size_t			    j, k = SIZE_MAX, n = strlen(b->title);
	int			    tie = 0;

	for (j = 0; j < pg->narticles; j++) {
		a = &pg->articles[j];
		if (j == i || a->nparagraphs == 0 || a->kind == PARSE_BANNER)
			continue;
		parse_article_text(a, text, 0);
		s = parse_pair_share(b->title, n, buf_str(text), text->len);
		if (s == best)
			tie = 1;
		else if (s > best) {
			best = s;
			k = j;
			tie = 0;
		}
	}
	if (tie || best < parse_tune.text.deck_home_share)
		return (SIZE_MAX);
	*share = best;
	return (k);
}

/*
 * The story that banner i titles over the deck it took (see
 * parse_deck_home()), SIZE_MAX if none does; *share is the share of
 * the banner's pairs its text says.  text is scratch.
 */
static size_t
parse_deck_story(const struct parse_page *pg, size_t i, struct buf *text,
    double *share)
{
	const struct parse_article *b = &pg->articles[i], *a;
	double			    best;
	size_t			    j, k, n = strlen(b->title);

	if (!parse_plain_banner(b) || parse_has_inner_space(b->title) ||
	    parse_has_mark(b->title) ||
	    (k = parse_banner_story(pg, i, text, &best)) == SIZE_MAX)
		return (SIZE_MAX);
	a = &pg->articles[k];
	if (!parse_deck_titled(a) || strlen(a->title) <= n)
		return (SIZE_MAX);
	/* Its lead says the banner's words too: its opening. */
	parse_lead_text(a, text);
	if (parse_pair_share(b->title, n, buf_str(text), text->len) <
	    parse_tune.text.deck_lead_share)
		return (SIZE_MAX);
	for (j = 0; j < pg->narticles; j++) {
		if (j != i &&
		    parse_says_heading(&pg->articles[j], b->title, n,
			parse_tune.text.deck_home_share))
			return (SIZE_MAX);
	}
	*share = best;
	return (k);
}

/* Drops the articles gone[] marks from the page, keeping the order. */
static void
parse_drop_articles(struct parse_page *pg, const char *gone)
{
	size_t i, j;

	for (i = j = 0; i < pg->narticles; i++) {
		if (gone[i]) {
			parse_article_clear(&pg->articles[i]);
			continue;
		}
		if (j != i)
			pg->articles[j] = pg->articles[i];
		j++;
	}
	pg->narticles = j;
}

/*
 * A title nothing took, set apart from its story (an extractor may read
 * a headline far from its text: 老街夜市迎来八方游客 ⏎ … ⏎ 市民游客逛夜
 * 市 老街烟火气回来了 ⏎ its text), is a banner, and the story it heads
 * took the deck over its text for its title: two phrases parted by a
 * space, longer than the banner, with no kicker over them.  When that
 * story's text says half the banner's pairs of characters or more
 * (deck_home_share), more than any other story's, and its first two
 * paragraphs deck_lead_share of them (a headline's words come back as
 * its story opens), the banner is its title and the deck its subtitle;
 * of two such banners, the one it says more of.  The banner is a heading
 * alone, long enough, that reads as no kicker (parse_plain_banner), with
 * no mark in it (咨询电话：…) nor two phrases, and no copy of a heading
 * the page has (a title said twice for bold).
 */
static void
parse_deck_home(struct parse_page *pg)
{
	struct buf	      text = BUF_INIT;
	struct parse_article *a, *b;
	size_t		      i, j, *to;
	double		     *share;
	char		     *gone;

	/* Most pages have no story titled by a deck. */
	for (i = 0; i < pg->narticles; i++) {
		if (parse_deck_titled(&pg->articles[i]))
			break;
	}
	if (i == pg->narticles)
		return;
	to = xcalloc(pg->narticles, sizeof *to);
	share = xcalloc(pg->narticles, sizeof *share);
	for (i = 0; i < pg->narticles; i++)
		to[i] = parse_deck_story(pg, i, &text, &share[i]);
	/* Of two banners for one story, the one it says more of; a tie none. */
	for (i = 0; i < pg->narticles; i++) {
		for (j = 0; j < pg->narticles && to[i] != SIZE_MAX; j++) {
			if (j != i && to[j] == to[i] && share[j] >= share[i])
				to[i] = SIZE_MAX;
		}
	}
	gone = xcalloc(pg->narticles, 1);
	for (i = 0; i < pg->narticles; i++) {
		if (to[i] == SIZE_MAX)
			continue;
		a = &pg->articles[to[i]];
		b = &pg->articles[i];
		free(a->subtitle);
		a->subtitle = a->title;
		a->title = b->title;
		b->title = NULL;
		gone[i] = 1;
	}
	/* The banners that went to their stories leave the page. */
	parse_drop_articles(pg, gone);
	free(gone);
	free(to);
	free(share);
	buf_free(&text);
}

/*
 * Whether line r of the reading stands between the heading of the
 * article whose lines span t gives and its text.
 */
static int
parse_between(const struct parse_span *t, size_t r)
{
	return (r != SIZE_MAX && t->head_last != SIZE_MAX &&
	    t->body_first != SIZE_MAX && t->head_last < r && r < t->body_first);
}

/* Does article a open on its lead's dateline (本报讯, 新华社…电)? */
static int
parse_opens_dated(const struct parse_article *a)
{
	return (a->nparagraphs > 0 &&
	    parse_is_dateline(a->paragraphs[0], strlen(a->paragraphs[0])));
}

/*
 * The share of the pairs of characters of article t's heading block
 * (its kicker, title and subtitle) that text says; 0 if t has none to
 * count.  b is scratch.
 */
static double
parse_heading_share(const struct parse_article *t, const char *text, size_t n,
    struct buf *b)
{
	buf_truncate(b, 0);
	buf_adds(b, t->kicker);
	buf_addc(b, ' ');
	buf_adds(b, t->title);
	buf_addc(b, ' ');
	buf_adds(b, t->subtitle);
	return (parse_pair_share(buf_str(b), b->len, text, n));
}

/*
 * Is article a text with nothing of its own over or under it, the kind an
 * opening cut from its title leaves: news with no heading, byline,
 * dateline or jump note, whose lines stand somewhere in the reading
 * (span)?
 */
static int
parse_untitled_text(const struct parse_article *a,
    const struct parse_span		       *span)
{
	return (a->kind == PARSE_NEWS && a->nparagraphs > 0 &&
	    *a->title == '\0' && *a->kicker == '\0' && *a->subtitle == '\0' &&
	    *a->byline == '\0' && *a->continued_from == '\0' &&
	    *a->continued_to == '\0' && span->body_first != SIZE_MAX &&
	    !parse_opens_dated(a));
}

/*
 * A story's opening cut from its title: a box set into its column (a
 * public service ad) may stand between a story's heading and its text,
 * and the reading may give the heading to the story's later text, whose
 * words it says (…守护老街的手艺人…), leaving the opening a story with
 * no title.  Such a story (no heading, no byline, no dateline, no jump
 * note) opens the story whose heading it says opening_home_share of the
 * pairs of, more than of any other heading on the page and more than
 * the text that story was given opens with, when it stands where the
 * box does, between that story's heading and its text (span[], where
 * each article's lines stand in the reading): its paragraphs go first.
 * A story that opens on its dateline has its opening, and so has one
 * that goes on from another page; text that holds the story's first
 * words is a copy of it (a story printed twice), not its opening; a
 * story takes one opening, the first in the order of the articles.
 */
void
parse_opening_home(struct parse_page *pg, const struct parse_span *span)
{
	struct buf	      text = BUF_INIT, head = BUF_INIT;
	struct parse_article *u, *t;
	size_t		      i, j, k, n;
	double		      s, best, second, own;
	char		     *gone, *opened;

	/* Most pages have no such story. */
	for (i = 0; i < pg->narticles; i++) {
		if (parse_untitled_text(&pg->articles[i], &span[i]))
			break;
	}
	if (i == pg->narticles)
		return;
	gone = xcalloc(pg->narticles, 1);
	opened = xcalloc(pg->narticles, 1);
	for (; i < pg->narticles; i++) {
		u = &pg->articles[i];
		if (!parse_untitled_text(u, &span[i]))
			continue;
		parse_article_text(u, &text, 0);
		best = second = 0;
		k = SIZE_MAX;
		for (j = 0; j < pg->narticles; j++) {
			t = &pg->articles[j];
			if (j == i || t->nparagraphs == 0 ||
			    *t->title == '\0' ||
			    (t->kind != PARSE_NEWS &&
				t->kind != PARSE_COMMENTARY))
				continue;
			s = parse_heading_share(t, buf_str(&text), text.len,
			    &head);
			if (s > best) {
				second = best;
				best = s;
				k = j;
			} else if (s > second)
				second = s;
		}
		if (k == SIZE_MAX ||
		    best < parse_tune.text.opening_home_share || second >= best)
			continue;
		t = &pg->articles[k];
		if (opened[k] || parse_opens_dated(t) ||
		    *t->continued_from != '\0')
			continue;
		/* The box stands between the story's heading and its text. */
		if (!parse_between(&span[k], span[i].body_first))
			continue;
		/* Not a copy of the story's text (a story printed twice). */
		n = strlen(t->paragraphs[0]);
		if (parse_memmem(buf_str(&text), text.len, t->paragraphs[0],
			n < parse_tune.text.opening_copy_bytes ?
			    n :
			    parse_tune.text.opening_copy_bytes) != NULL)
			continue;
		parse_lead_text(t, &text);
		own = parse_heading_share(t, buf_str(&text), text.len, &head);
		if (own >= best)
			continue;
		n = u->nparagraphs + t->nparagraphs;
		u->paragraphs =
		    xreallocarray(u->paragraphs, n, sizeof *u->paragraphs);
		memcpy(u->paragraphs + u->nparagraphs, t->paragraphs,
		    t->nparagraphs * sizeof *t->paragraphs);
		free(t->paragraphs);
		t->paragraphs = u->paragraphs;
		t->nparagraphs = n;
		u->paragraphs = NULL;
		u->nparagraphs = 0;
		gone[i] = 1;
		opened[k] = 1;
	}
	buf_free(&text);
	buf_free(&head);
	free(opened);
	/* The openings that went to their stories leave the page. */
	parse_drop_articles(pg, gone);
	free(gone);
}

/*
 * How many Han characters paragraph s has if it is a subheading:
 * subhead_min_han to subhead_max_han of them, no mark, no dateline, no
 * photo's credit; 0 if it is none.
 */
static size_t
parse_subhead_han(const char *s)
{
	size_t	 i, n = strlen(s), han = 0;
	uint32_t c;

	/* Paragraphs of text fail early, on their first mark. */
	for (i = 0; i < n;) {
		i = parse_next(s, n, i, &c);
		if (parse_is_sentence_punct(c) ||
		    (text_is_han(c) && ++han > parse_tune.text.subhead_max_han))
			return (0);
	}
	if (han < parse_tune.text.subhead_min_han || parse_is_dateline(s, n) ||
	    parse_is_credit(s, n))
		return (0);
	return (han);
}

/*
 * Whether news article a, with no kicker or subtitle and not opening on
 * its dateline, has for its title a subheading like one inside its text:
 * a subheading itself (parse_subhead_han(); not two phrases parted by a
 * space, a headline's style), and a paragraph after its first, not its
 * last, one too, within subhead_like_han Han characters of it.
 */
static int
parse_subhead_titled(const struct parse_article *a)
{
	size_t i, th, ph;

	if (a->kind != PARSE_NEWS || *a->kicker != '\0' ||
	    *a->subtitle != '\0' || a->nparagraphs < 3 ||
	    (th = parse_subhead_han(a->title)) == 0 ||
	    parse_has_inner_space(a->title) || parse_opens_dated(a))
		return (0);
	for (i = 1; i + 1 < a->nparagraphs; i++) {
		if ((ph = parse_subhead_han(a->paragraphs[i])) == 0)
			continue;
		if (th <= ph + parse_tune.text.subhead_like_han &&
		    ph <= th + parse_tune.text.subhead_like_han)
			return (1);
	}
	return (0);
}

/*
 * A story whose title the reading set far from its text, under another
 * story's heading (二是港区扩建 ⏎ “老街是澄湖的，也是大家的” ⏎ the first
 * story's text), is left to open on its first subheading, which titles
 * it.  A banner stacked so, under another heading and over its text
 * (parse_between()), titles the story that says deck_home_share of its
 * pairs of characters or more, more than any other story, when that
 * story's title is a subheading like one inside it
 * (parse_subhead_titled): the title goes back to open its text.  The
 * banner is a heading alone, long enough, that reads as no kicker
 * (parse_plain_banner), and the story says more of it than any other
 * (parse_banner_story).  Not a banner that is a copy of a heading the
 * page has, nor one stacked under that story's own heading (a quote set
 * between its heading and its text).  A story takes one banner, the
 * first.  span[] stays the articles'.
 */
void
parse_subhead_home(struct parse_page *pg, struct parse_span *span)
{
	struct buf	      text = BUF_INIT;
	struct parse_article *a, *b;
	size_t		      i, j, k, n;
	double		      best;
	int		      host;
	char		     *gone, *given;

	/* Most pages have no story titled by a subheading. */
	for (i = 0; i < pg->narticles; i++) {
		if (parse_subhead_titled(&pg->articles[i]))
			break;
	}
	if (i == pg->narticles)
		return;
	gone = xcalloc(pg->narticles, 1);
	given = xcalloc(pg->narticles, 1);
	for (i = 0; i < pg->narticles; i++) {
		b = &pg->articles[i];
		if (!parse_plain_banner(b) ||
		    (k = parse_banner_story(pg, i, &text, &best)) == SIZE_MAX ||
		    given[k] || !parse_subhead_titled(&pg->articles[k]) ||
		    parse_between(&span[k], span[i].head_last))
			continue;
		n = strlen(b->title);
		/* Stacked under another story's heading; no copy of one. */
		for (j = 0, host = 0; j < pg->narticles; j++) {
			if (j == i || gone[j])
				continue;
			if (j != k &&
			    parse_between(&span[j], span[i].head_last))
				host = 1;
			if (parse_says_heading(&pg->articles[j], b->title, n,
				parse_tune.text.deck_home_share))
				break;
		}
		if (j < pg->narticles || !host)
			continue;
		a = &pg->articles[k];
		a->paragraphs = xreallocarray(a->paragraphs, a->nparagraphs + 1,
		    sizeof *a->paragraphs);
		memmove(a->paragraphs + 1, a->paragraphs,
		    a->nparagraphs * sizeof *a->paragraphs);
		a->paragraphs[0] = a->title;
		a->nparagraphs++;
		a->title = b->title;
		b->title = NULL;
		gone[i] = 1;
		given[k] = 1;
	}
	/* The banners that went to their stories leave the page. */
	for (i = j = 0; i < pg->narticles; i++) {
		if (!gone[i])
			span[j++] = span[i];
	}
	parse_drop_articles(pg, gone);
	free(gone);
	free(given);
	buf_free(&text);
}

/* The page's text as it was printed, where parse_fold() folded it. */
static void
parse_unfold_page(const struct parse_fold *fold, struct parse_page *pg)
{
	struct parse_article *a;
	size_t		      i, j;

	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		parse_unfold(fold, a->kicker);
		parse_unfold(fold, a->title);
		parse_unfold(fold, a->subtitle);
		parse_unfold(fold, a->byline);
		for (j = 0; j < a->nparagraphs; j++)
			parse_unfold(fold, a->paragraphs[j]);
		parse_unfold(fold, a->continued_to);
		parse_unfold(fold, a->continued_from);
	}
	if (pg->weather != NULL) {
		parse_unfold(fold, pg->weather->today);
		parse_unfold(fold, pg->weather->tomorrow);
		parse_unfold(fold, pg->weather->wind);
	}
}

struct parse_page *
parse_page(const char *text, size_t len)
{
	struct parser		  p;
	struct parse_page	 *pg = xcalloc(1, sizeof *pg);
	const struct parse_front *front;
	struct parse_span	 *span;
	struct parse_fold	 *fold;
	char			 *copy, *columns = NULL, *folded;
	size_t			  i;
	int			  rare;

	/* Before anything reads a cue word: 本報 as 本报 (parse-fold.c). */
	if ((fold = parse_fold(text, len, &folded)) != NULL)
		text = folded;
	front = parse_front_of(text, len);
	if (front->columns != NULL) {
		columns = front->columns(text, len, &len);
		text = columns;
		/* What the columns were made into, for tuning. */
		if (getenv("KANBAO_COLUMNS_DEBUG") != NULL)
			fwrite(text, 1, len, stderr);
	}
	rare = parse_has_rare(text, len);
	memset(&p, 0, sizeof p);
	copy = parse_glue_markers(text, len, &p.len);
	p.text = copy;
	p.pairs = xcalloc(1, sizeof *p.pairs);
	pg->format = front->format;
	front->read(&p);
	span = xcalloc(p.ndrafts + 1, sizeof *span);
	parse_build(&p, pg, rare, span);
	parse_kicker_home(pg);
	/* Before the banners leave the page: span[] is the articles'. */
	parse_subhead_home(pg, span);
	parse_opening_home(pg, span);
	free(span);
	parse_deck_home(pg);
	pg->weather = p.weather;
	if (pg->weather != NULL) {
		parse_seal(&pg->weather->today, rare);
		parse_seal(&pg->weather->tomorrow, rare);
		parse_seal(&pg->weather->wind, rare);
	}

	for (i = 0; i < p.ndrafts; i++) {
		struct draft *d = &p.drafts[i];

		free(d->body);
		free(d->head);
		free(d->byline);
		buf_free(&d->cont_to);
		buf_free(&d->cont_from);
		free(d->kicker);
		free(d->title);
		free(d->subtitle);
	}
	free(p.drafts);
	free(p.units);
	free(p.lines);
	free(p.pairs->key);
	free(p.pairs);
	free(copy);
	free(columns);
	free(folded);
	if (fold != NULL)
		parse_unfold_page(fold, pg);
	parse_fold_free(fold);
	return (pg);
}

void
parse_article_clear(struct parse_article *a)
{
	size_t j;

	free(a->kicker);
	free(a->title);
	free(a->subtitle);
	free(a->byline);
	free(a->continued_to);
	free(a->continued_from);
	for (j = 0; j < a->nparagraphs; j++)
		free(a->paragraphs[j]);
	free(a->paragraphs);
}

void
parse_page_free(struct parse_page *pg)
{
	size_t i;

	if (pg == NULL)
		return;
	for (i = 0; i < pg->narticles; i++)
		parse_article_clear(&pg->articles[i]);
	free(pg->articles);
	parse_weather_free(pg->weather);
	free(pg);
}
