/*
 * Pass 2 of the parser for pages that set titles under (or beside) their
 * stories: runs of text lines, cut at blank lines, at a new text frame and
 * at 本报讯, become units: body text, a heading, a weather box, an ad or
 * noise, judged from their shape (line widths against the column width,
 * punctuation, whether the text before them ended mid-sentence).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

#include "parse-int.h"

static struct unit *
parse_add_unit(struct parser *p, enum unit_type type, size_t first, size_t n)
{
	struct unit *u;

	if (p->nunits == p->unitsz) {
		p->unitsz = p->unitsz ? p->unitsz * 2 : 64;
		p->units = xreallocarray(p->units, p->unitsz, sizeof *p->units);
	}
	u = &p->units[p->nunits++];
	memset(u, 0, sizeof *u);
	u->type = type;
	u->first = first;
	u->n = n;
	u->art = u->head = u->body = -1;
	return (u);
}

/* The concatenated text of lines [first, first + n), spaces dropped. */
char *
parse_join_plain(struct parser *p, size_t first, size_t n)
{
	size_t i, j, k, total = 0, len = 0;
	char  *out;

	for (i = first; i < first + n; i++)
		total += p->lines[i].len;
	out = xmalloc(total + 1);
	for (i = first; i < first + n; i++) {
		const unsigned char *u = (const unsigned char *)p->lines[i].s;
		size_t		     m = p->lines[i].len;

		if (p->lines[i].spaces == 0) {
			memcpy(out + len, u, m);
			len += m;
			continue;
		}
		for (j = 0; j < m; j++) {
			if (u[j] < 0x80 ?
				(u[j] == ' ' || u[j] == '\t') :
				(k = parse_space_len(u + j, m - j)) != 0) {
				if (u[j] >= 0x80)
					j += k - 1;
				continue;
			}
			out[len++] = (char)u[j];
		}
	}
	out[len] = '\0';
	return (out);
}

/*
 * The share of the pairs of Han characters in a row of heading text t
 * that text x also has: a title's words, said again in its story,
 * however far down (让澄湖的水更清更美 over a story that ends
 * 澄湖的水更清了).  0 for a heading of fewer than 3 pairs.
 */
double
parse_pair_share(const char *t, size_t tn, const char *x, size_t xn)
{
	const char *prev = NULL;
	size_t	    i, k, pairs = 0, shared = 0;
	uint32_t    c;

	for (i = 0; i < tn; i = k) {
		k = parse_next(t, tn, i, &c);
		if (!text_is_han(c)) {
			prev = NULL;
			continue;
		}
		if (prev != NULL) {
			pairs++;
			if (parse_memmem(x, xn, prev, (size_t)(t + k - prev)) !=
			    NULL)
				shared++;
		}
		prev = t + i;
	}
	return (pairs < 3 ? 0 : (double)shared / (double)pairs);
}

static int parse_headline_like_uncached(const struct line *);

/* Is the line a doubled bold one?  Asked often, so remembered. */
int
parse_line_doubled(const struct line *l)
{
	struct line *m = (struct line *)l; /* the cache only */
	char	    *d;

	if (m->doubled < 0) {
		d = parse_undouble(l->s, l->len);
		m->doubled = d != NULL;
		free(d);
	}
	return (m->doubled);
}

/* Could this line be (part of) a headline?  Asked often, so remembered. */
int
parse_headline_like(const struct line *l)
{
	struct line *m = (struct line *)l; /* the cache only */

	if (m->headlike < 0)
		m->headlike = (signed char)parse_headline_like_uncached(l);
	return (m->headlike);
}

static int
parse_headline_like_uncached(const struct line *l)
{
	uint32_t    c;
	size_t	    i, seg = 0, n = l->len;
	int	    inner = 0, colon = 0;
	const char *s = l->s;
	char	   *u;

	if (l->cls != L_TEXT || l->benbao || l->em < 1 || l->stops > 0)
		return (0);
	/*
	 * A short line of text justified to its column comes out spread, a
	 * space between its characters (新 桥 村 村 民 ⏎ 吴阿姨说，…).
	 */
	if (parse_han_words(l->s, l->len, 1) >= parse_tune.block.spread_min_han)
		return (0);
	/* A doubled bold line is judged by what it says once. */
	if ((u = parse_undouble(l->s, l->len)) != NULL) {
		s = u;
		n = strlen(u);
	}
	if (l->em > (u != NULL ? 2 : 1) * parse_tune.block.head_max_em)
		inner++;
	/* Nothing in a title ends on a pause (，、：；). */
	text_utf8_prev(s, n, &c);
	if (c == 0xff0c || c == 0x3001 || c == 0xff1a || c == 0xff1b ||
	    c == ',' || c == ';' || c == ':')
		inner++;
	for (i = 0; i < n && inner == 0;) {
		size_t at = i;

		i = parse_next(s, n, i, &c);
		if (c == 0x3001) {
			/* 、 lists short items (开工、竣工、投产), never clauses. */
			if (at - seg > parse_tune.block.list_item_max_bytes)
				inner++;
			seg = i;
			continue;
		}
		/* ASCII pauses beside Chinese text are pauses too. */
		if ((c == ',' || c == ';' || c == ':' || c == '!' ||
			c == '?') &&
		    i >= 2 && (unsigned char)s[at - 1] >= 0x80)
			c = c == ',' ? 0xff0c :
			    c == ';' ? 0xff1b :
			    c == ':' ? 0xff1a :
			    c == '!' ? 0xff01 :
				       0xff1f;
		if (parse_is_sentence_punct(c)) {
			/* A title may end in ！ or ？, nothing else. */
			if ((c == 0xff01 || c == 0xff1f) && i == n)
				continue;
			/* And may name its subject first: 湖滨街道：… */
			if (c == 0xff1a && colon++ == 0)
				continue;
			inner++;
		}
	}
	free(u);
	return (inner == 0);
}

/* The half-em bin of a width, for parse_median(). */
static int
parse_median_bin(double w)
{
	int bin = (int)(w * 2 + 0.5);

	return (bin < 0 ? 0 : bin > 511 ? 511 : bin);
}

/*
 * The median of n widths.  Widths are multiples of half an em, so they are
 * counted in half-em bins (a page may have a hundred thousand lines).
 */
double
parse_median(double *v, size_t n)
{
	size_t count[512], i, seen = 0;
	int    bin, lo, hi;

	if (n == 0)
		return (parse_tune.page.default_width_em);
	/*
	 * Only the bins from the narrowest width to the widest are cleared
	 * and counted up: a page's widths span a few dozen of the 512.  The
	 * count reaches the median by the widest at the latest.
	 */
	lo = hi = parse_median_bin(v[0]);
	for (i = 1; i < n; i++) {
		bin = parse_median_bin(v[i]);
		if (bin < lo)
			lo = bin;
		else if (bin > hi)
			hi = bin;
	}
	for (bin = lo; bin <= hi; bin++)
		count[bin] = 0;
	for (i = 0; i < n; i++)
		count[parse_median_bin(v[i])]++;
	for (bin = lo; bin < hi; bin++) {
		seen += count[bin];
		if (seen > n / 2)
			break;
	}
	return (bin / 2.0);
}

/* The typical column width: the median of lines that run on. */
double
parse_column_width(struct parser *p, size_t first, size_t n)
{
	double *v = xcalloc(n + 1, sizeof *v), w;
	size_t	i, m = 0;

	for (i = first; i < first + n; i++) {
		const struct line *l = &p->lines[i];

		if (l->cls == L_TEXT && !l->final && l->punct > 0 &&
		    l->em >= parse_tune.page.runs_on_min_em)
			v[m++] = l->em;
	}
	w = m >= (size_t)parse_tune.page.width_min_lines ? parse_median(v, m) :
							   0;
	free(v);
	return (w);
}

/* Does the body unit u end in the middle of a sentence? */
int
parse_unit_open(struct parser *p, const struct unit *u)
{
	const struct line *l = &p->lines[u->first + u->n - 1];

	return (u->type == U_BODY && !l->final);
}

/* The last body unit before unit index k, or NULL if something intervenes. */
static struct unit *
parse_prev_body(struct parser *p, size_t k)
{
	if (k == 0 || p->units[k - 1].type != U_BODY)
		return (NULL);
	return (&p->units[k - 1]);
}

/*
 * Whether the first line of a block, short of its column (w) and ending
 * no sentence, heads the paragraph under it: the second line is that
 * paragraph's first, an indent short (pdftotext drops the indent), and
 * the third is full, the spaces an extractor set beside its figures
 * counted (parse_set_width()).  The second may be shorter still by a
 * figure that would not fit, which opens the third (新春开局，我市组织 ⏎
 * 387名机关干部…).  The first is short enough by one em if it holds no
 * figure and no Latin, and the second opens on none: running text of
 * Han characters fills its line.  A paragraph's last line ends a
 * sentence, and a column's first line that runs on from the last column
 * does not start a paragraph under it (让“一一回应”成为常态 ⏎ 群众的每一
 * 条留言、每一 ⏎ 个电话，背后都是一件具体的).  A story's subheading
 * stands so too, but after a body of its story: the caller asks only of
 * a block no body unit goes before, or one after a dated story's
 * finished sentence whose text from there on ends signed
 * (parse_signed_after()).
 */
static int
parse_heads_para(struct parser *p, size_t first, double w)
{
	const struct line *t = &p->lines[first];
	double		   short1 = w - t[1].em;

	return ((t[0].em < w - parse_tune.block.full_slack_em ||
		    (t[0].em <= w - parse_tune.block.han_short_em &&
			!parse_has_latin(&t[0]) &&
			parse_opening_figure(&t[1]) == 0)) &&
	    short1 >= parse_tune.block.para_indent_em -
		    parse_tune.block.full_slack_em / 2 &&
	    short1 <= parse_tune.block.para_indent_em +
		    parse_tune.block.full_slack_em / 2 +
		    parse_opening_figure(&t[2]) &&
	    parse_set_width(&t[2]) >= w - parse_tune.block.full_slack_em / 2);
}

/*
 * The first unit of the run of body units the units so far end on (the
 * story over the block being read), or p->nunits if they end on none.
 */
static size_t
parse_story_start(const struct parser *p)
{
	size_t k = p->nunits;

	while (k > 0 && p->units[k - 1].type == U_BODY)
		k--;
	return (k);
}

/*
 * Whether the text from line first on, a story's body before it, ends
 * signed (■澄言, 本报评论员) with no dateline between, when the body
 * opened on a dateline: a story that opens with a dateline is not
 * signed, so a commentary starts in between, under its own title.
 */
static int
parse_signed_after(struct parser *p, size_t first)
{
	size_t k = parse_story_start(p), i;

	if (k == p->nunits || !p->lines[p->units[k].first].benbao)
		return (0);
	for (i = first; i < p->nlines && p->lines[i].cls == L_TEXT; i++) {
		if (p->lines[i].benbao)
			return (0);
	}
	return (i < p->nlines && p->lines[i].cls == L_BYLINE &&
	    p->lines[i].signature);
}

/*
 * Whether heading line first says the words of the story over it: the
 * story, body units back to the last that is none, ends a sentence and
 * says match.part_share of the line's pairs of Han characters.  An ad's
 * name is not said in the story over it.
 */
static int
parse_said_over(struct parser *p, const struct unit *prev, size_t first)
{
	const struct line *t = &p->lines[first];
	size_t		   k;
	char		  *story;
	double		   share;

	if (prev == NULL || !parse_headline_like(t) ||
	    !p->lines[prev->first + prev->n - 1].final)
		return (0);
	if ((k = parse_story_start(p)) == p->nunits)
		return (0);
	story = parse_join_plain(p, p->units[k].first,
	    prev->first + prev->n - p->units[k].first);
	share = parse_pair_share(t->s, t->len, story, strlen(story));
	free(story);
	return (share >= parse_tune.match.part_share);
}

/*
 * Whether the first line of an ad's (or a box's) block of n lines at
 * first is the title of the story over it, set tight over the block
 * (extractors lose the blank between): it says the story's words
 * (parse_said_over()).
 */
static int
parse_title_over_ad(struct parser *p, const struct unit *prev, size_t first,
    size_t n)
{
	return (n >= 2 && parse_said_over(p, prev, first));
}

/*
 * How many lines at the top of a block of n lines at first are a heading
 * that a dashed subtitle ends (…见实效 ⏎ ——三论推动…), with more lines under
 * it (a box or an ad the blank between was lost over); 0 if none.  Only
 * a story's title so: under a commentary's signature, or said by the
 * story over it (said: parse_title_over_ad() of the block).  An ad's own
 * slogan may open on a dash.
 */
static size_t
parse_dashed_head(struct parser *p, int said, size_t first, size_t n)
{
	const struct unit *last =
	    p->nunits > 0 ? &p->units[p->nunits - 1] : NULL;
	size_t k;

	for (k = 0; k + 1 < n && k < parse_tune.block.head_max_lines; k++) {
		const struct line *t = &p->lines[first + k];

		if (!parse_headline_like(t))
			return (0);
		if (k > 0 && parse_starts(t->s, t->len, "——"))
			break;
	}
	if (k == 0 || k + 1 >= n || k >= parse_tune.block.head_max_lines)
		return (0);
	if ((last != NULL && last->type == U_BYLINE &&
		p->lines[last->first].signature) ||
	    said)
		return (k + 1);
	return (0);
}

/*
 * How many lines at the end of a heading block of n lines at first could
 * be a column's banner under it: match.banner_min_lines or more, each
 * match.banner_max_em wide at most and not bold, under a line more than
 * twice as wide; 0 if none.
 */
static size_t
parse_banner_tail(struct parser *p, size_t first, size_t n)
{
	size_t k = 0;

	while (k < n &&
	    p->lines[first + n - 1 - k].em <= parse_tune.match.banner_max_em &&
	    !parse_line_doubled(&p->lines[first + n - 1 - k]))
		k++;
	if (k < parse_tune.match.banner_min_lines || k == n ||
	    p->lines[first + n - 1 - k].em <=
		2 * parse_tune.match.banner_max_em)
		return (0);
	return (k);
}

/*
 * Is the block of n lines at first the name over an ad whose contact lines
 * (电话, 热线 and a number) stand a blank under it?  An ad's name need not
 * say what it is (澄湖市第一人民医院 ⏎ 互联网医院上线), and read alone it
 * would head the story over or under it.  The contact lines are
 * ad_contact_lines at most, or one more (a slogan over them) under a
 * name that does not say the words of the story right over it, as its
 * title would (parse_said_over()).
 */
static int
parse_ad_name(struct parser *p, size_t first, size_t n)
{
	size_t i = first + n, k;
	char  *plain;
	int    ad;

	if (n > parse_tune.block.box_max_lines || i >= p->nlines ||
	    p->lines[i].cls != L_TEXT || !p->lines[i].blank_before)
		return (0);
	for (k = i + 1; k < p->nlines && p->lines[k].cls == L_TEXT &&
	     !p->lines[k].blank_before;
	     k++)
		;
	if (k - i > parse_tune.block.ad_contact_lines + 1 ||
	    (k - i > parse_tune.block.ad_contact_lines &&
		parse_said_over(p, parse_prev_body(p, p->nunits), first)))
		return (0);
	plain = parse_join_plain(p, i, k - i);
	ad = parse_has_phone(plain) && parse_is_ad(plain, 1);
	free(plain);
	return (ad);
}

/*
 * Whether the block at first opens on a paragraph set to the page's
 * column, its first line an indent short and its second full, and goes
 * on narrower (w, the block's own column): text set around a picture
 * (…负责人表 ⏎ 示，下一步将推动… ⏎ 务服务、金融服 ⏎ …), not a title
 * wider than its column.
 */
static int
parse_wraps_narrower(const struct parser *p, size_t first, double w)
{
	const struct line *t = &p->lines[first];
	double		   slack = parse_tune.block.full_slack_em;
	double		   indent = parse_tune.block.para_indent_em;

	return (first + 1 < p->nlines && !t[1].blank_before &&
	    w < p->width - slack && t[1].em >= p->width - slack / 2 &&
	    t[1].em <= p->width + slack / 2 &&
	    t[0].em >= p->width - indent - slack &&
	    t[0].em <= p->width - indent + slack / 2);
}

/*
 * Classes one block of text lines [first, first + n) and adds its units.
 * A body block may shed heading lines at its end (a title set right under
 * the body with no blank line).
 */
static void
parse_block(struct parser *p, size_t first, size_t n)
{
	struct unit *prev = parse_prev_body(p, p->nunits);
	struct line *l = &p->lines[first];
	char	    *plain;
	double	     w;
	size_t	     i, k, keep;
	int	     head = 1, ad, boxy = 0, said;

	if (n > parse_tune.block.head_max_lines || l->resumed)
		head = 0;
	for (i = first; i < first + n && head; i++) {
		if (!parse_headline_like(&p->lines[i]))
			head = 0;
	}
	/*
	 * Not a line as wide as text's, right over the rest of a word a
	 * column break cut (…没有终 ⏎⏎ 点，…): a box set in between
	 * (讲文明 树新风) is shorter.
	 */
	if (head && first + n < p->nlines &&
	    p->lines[first + n - 1].em >= p->width -
		    parse_tune.block.para_indent_em -
		    parse_tune.block.full_slack_em &&
	    parse_opens_on_word_end(&p->lines[first + n]))
		head = 0;
	/*
	 * Only short blocks can be ads or mastheads, and only blocks with a
	 * temperature or a wind in them weather boxes: long body text is not
	 * joined up to be searched for them.
	 */
	for (i = first; i < first + n && !boxy; i++) {
		boxy = p->lines[i].celsius ||
		    parse_memmem(p->lines[i].s, p->lines[i].len, "风",
			strlen("风")) != NULL;
	}
	plain = head || n <= parse_tune.block.box_max_lines || boxy ?
	    parse_join_plain(p, first, n) :
	    xstrdup("");
	/* A masthead is the first thing on the page: one line, a name. */
	ad = head && p->nunits == 0 && n == 1 ? parse_ad_score(plain) : 0;

	if (parse_is_weather_text(plain) && !l->benbao) {
		/*
		 * A title and its dashed subtitle set tight over the box
		 * (extractors lose the blank between) are a heading, not
		 * the box's sponsor: the box is what follows them.
		 */
		k = parse_dashed_head(p, parse_title_over_ad(p, prev, first, n),
		    first, n);
		if (k > 0) {
			parse_add_unit(p, U_HEAD, first, k);
			first += k;
			n -= k;
		}
		parse_add_unit(p, U_WEATHER, first, n);
		goto out;
	}
	/* Text that runs on from an open sentence is body text. */
	if (prev != NULL && parse_unit_open(p, prev) && !l->benbao &&
	    !(l->lead && head)) {
		parse_add_unit(p, U_BODY, first, n);
		goto out;
	}
	/* A masthead: the first thing on the page, one line, a name. */
	if (head && p->nunits == 0 && n == 1 && ad >= 1) {
		parse_add_unit(p, U_NOISE, first, n);
		goto out;
	}
	if (!l->benbao && (head || n <= parse_tune.block.box_max_lines) &&
	    (parse_is_ad(plain, head) ||
		(head && parse_ad_name(p, first, n)))) {
		said = parse_title_over_ad(p, prev, first, n);
		k = parse_dashed_head(p, said, first, n);
		if (k == 0 && said)
			k = 1;
		if (k > 0) {
			parse_add_unit(p, U_HEAD, first, k);
			first += k;
			n -= k;
		}
		parse_add_unit(p, U_AD, first, n);
		goto out;
	}
	if (head) {
		/*
		 * A column's banner (创新突破 ⏎ 实干争先) set tight under a
		 * title block: a unit of its own, which a banner it proves
		 * or goes back to the title (parse_prepare()).
		 */
		k = parse_banner_tail(p, first, n);
		if (k > 0) {
			parse_add_unit(p, U_HEAD, first, n - k);
			first += n - k;
			n = k;
		}
		parse_add_unit(p, U_HEAD, first, n);
		goto out;
	}

	w = parse_column_width(p, first, n);
	if (w == 0)
		w = p->width;
	/*
	 * Leading headline lines set right over the body with no blank line:
	 * far short of the column (a paragraph's first line cut by a column
	 * break is only an indent short), wider than it, or a dashed subtitle;
	 * or, at the top of a block no body runs into, a line over a
	 * paragraph's first (parse_heads_para()).
	 */
	if (n >= parse_tune.block.own_width_min_lines) {
		/* The block's own column: its inner lines, pauses or not. */
		double *v = xcalloc(n, sizeof *v);

		for (i = 1; i + 1 < n; i++)
			v[i - 1] = p->lines[first + i].em;
		w = parse_median(v, n - 2);
		free(v);
	}
	for (i = 0; i + 2 < n && i < parse_tune.block.lead_head_max_lines;
	     i++) {
		const struct line *t = &p->lines[first + i];

		if (!parse_headline_like(t) || t->final || t->resumed ||
		    (i == 0 && parse_wraps_narrower(p, first, w)))
			break;
		if (t->em > w * parse_tune.block.head_short_share &&
		    t->em < w + parse_tune.block.head_wide_em &&
		    !parse_starts(t->s, t->len, "——")) {
			if (i == 0 &&
			    (prev == NULL ||
				(p->lines[prev->first + prev->n - 1].final &&
				    parse_signed_after(p, first))) &&
			    parse_heads_para(p, first, w))
				i++;
			break;
		}
	}
	/* A dashed subtitle ends a title block whatever its width. */
	for (k = i; k < n && k < parse_tune.block.lead_head_max_lines; k++) {
		if (!parse_headline_like(&p->lines[first + k]))
			break;
		if (parse_starts(p->lines[first + k].s, p->lines[first + k].len,
			"——") &&
		    k + 2 < n) {
			i = k + 1;
			break;
		}
	}
	if (i > 0 && i + 2 <= n) {
		parse_add_unit(p, U_HEAD, first, i);
		first += i;
		n -= i;
	}

	/* Trailing headline lines after a finished paragraph. */
	keep = n;
	while (keep > 1) {
		const struct line *t = &p->lines[first + keep - 1];

		if (!parse_headline_like(t) ||
		    !p->lines[first + keep - 2].final)
			break;
		/*
		 * Not the block's last line when the blank under it cuts a
		 * word the page says elsewhere (…西塘桥镇种粮大 ⏎⏎ 户钱建平
		 * 说，…): text set narrower beside a picture, a column break
		 * in it.
		 */
		if (keep == n && first + n < p->nlines &&
		    parse_line_word_broken(p, t, &p->lines[first + n]))
			break;
		if (t->em >= w - parse_tune.block.full_slack_em &&
		    t->em <= w + parse_tune.block.head_wide_em)
			break;
		keep--;
	}
	if (keep < n && n - keep <= parse_tune.block.tail_head_max_lines) {
		parse_add_unit(p, U_BODY, first, keep);
		parse_add_unit(p, U_HEAD, first + keep, n - keep);
	} else
		parse_add_unit(p, U_BODY, first, n);
out:
	free(plain);
}

/* Pass 2 for raw pages: lines into units. */
void
parse_units(struct parser *p)
{
	size_t	     i, start;
	struct line *l;

	p->width = parse_column_width(p, 0, p->nlines);
	if (p->width == 0)
		p->width = parse_tune.page.default_width_em;
	for (i = 0; i < p->nlines;) {
		l = &p->lines[i];
		switch (l->cls) {
		case L_BYLINE:
		case L_CREDIT:
			start = i++;
			while (i < p->nlines && p->lines[i].cls == l->cls &&
			    !p->lines[i].signature && !l->signature &&
			    (!p->lines[i].blank_before ||
				parse_role(p->lines[i].s, p->lines[i].len)))
				i++;
			parse_add_unit(p,
			    l->cls == L_BYLINE ? U_BYLINE : U_CREDIT, start,
			    i - start);
			break;
		case L_CONT:
			parse_add_unit(p, U_CONT, i++, 1);
			break;
		case L_TEXT:
			start = i++;
			while (i < p->nlines && p->lines[i].cls == L_TEXT &&
			    !p->lines[i].blank_before && !p->lines[i].lead &&
			    !p->lines[i].benbao)
				i++;
			parse_block(p, start, i - start);
			break;
		default:
			i++;
			break;
		}
	}
}
