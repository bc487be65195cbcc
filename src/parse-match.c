/*
 * Pass 3 of the parser for pages that set titles under (or beside) their
 * stories: units become article drafts.  Body units join into bodies (a
 * column break inside a sentence is no boundary; 本报讯, headings, bylines
 * and credits are); headings are matched to the body before or after them
 * by a dynamic programme that maximises titled bodies, preferring the
 * layout the page shows; bylines and continuation notes go to the article
 * they belong to.
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

struct draft *
parse_add_draft(struct parser *p, enum parse_kind kind)
{
	struct draft *d;

	if (p->ndrafts == p->draftsz) {
		p->draftsz = p->draftsz ? p->draftsz * 2 : 32;
		p->drafts =
		    xreallocarray(p->drafts, p->draftsz, sizeof *p->drafts);
	}
	d = &p->drafts[p->ndrafts++];
	memset(d, 0, sizeof *d);
	d->kind = kind;
	return (d);
}

/*
 * Appends x to the array *v of *n.  It holds 8 from the first and grows by
 * doubling when full, so a short list (most are one to three lines) is
 * allocated once; its room is known from *n alone.
 */
void
parse_push(size_t **v, size_t *n, size_t x)
{
	if (*n == 0 || (*n >= 8 && (*n & (*n - 1)) == 0))
		*v = xreallocarray(*v, *n == 0 ? 8 : *n * 2, sizeof **v);
	(*v)[(*n)++] = x;
}

static void
parse_draft_lines(struct parser *p, struct draft *d, const struct unit *u,
    int part)
{
	size_t i;

	for (i = u->first; i < u->first + u->n; i++) {
		if (p->lines[i].cls == L_BLANK)
			continue;
		if (part == 0)
			parse_push(&d->body, &d->nbody, i);
		else if (part == 1)
			parse_push(&d->head, &d->nhead, i);
		else
			parse_push(&d->byline, &d->nbyline, i);
	}
}

/*
 * Whether body unit k continues the body before it (k - 1 is a body): a
 * column break inside a sentence or between paragraphs of one article.
 * 本报讯 starts a new article; so does a new text frame after a finished
 * sentence.
 */
static int
parse_continues(struct parser *p, size_t k)
{
	const struct unit *u = &p->units[k];
	const struct line *l = &p->lines[u->first];

	if (k == 0 || p->units[k - 1].type != U_BODY)
		return (0);
	if (l->benbao)
		return (0);
	if (parse_unit_open(p, &p->units[k - 1]))
		return (1);
	return (!l->lead);
}

/*
 * Is head unit k set tight under a byline (■记者 …⏎柳浦镇湖羊养…)?  A
 * byline over a title leads the story under them; set after its body a
 * title has its byline under it.
 */
static int
parse_byline_leads(struct parser *p, size_t k)
{
	return (k > 0 && p->units[k - 1].type == U_BYLINE &&
	    !p->lines[p->units[k].first].blank_before);
}

/*
 * The first unit after k that does not continue the body ending at k: a
 * body chain runs from a body across the column breaks in its sentences
 * and paragraphs (parse_continues()).
 */
static size_t
parse_chain_end(struct parser *p, size_t k)
{
	for (k++; k < p->nunits && p->units[k].type == U_BODY &&
	     parse_continues(p, k);
	     k++)
		;
	return (k);
}

/*
 * The text of unit k, joined for parse_pair_share(): a body's with the
 * bodies that continue it, up to match.words_lines lines (its lead, where
 * a story says its title's words); caller frees.
 */
static char *
parse_unit_text(struct parser *p, size_t k)
{
	size_t j = p->units[k].type == U_BODY ? parse_chain_end(p, k) - 1 : k;
	size_t n = p->units[j].first + p->units[j].n - p->units[k].first;

	if (p->units[k].type == U_BODY && n > parse_tune.match.words_lines)
		n = parse_tune.match.words_lines;
	return (parse_join_plain(p, p->units[k].first, n));
}

/* parse_pair_share() of two strings. */
static double
parse_str_share(const char *t, const char *x)
{
	return (parse_pair_share(t, strlen(t), x, strlen(x)));
}

/* The text of item k, joined once into text[k]. */
static const char *
parse_item_text(struct parser *p, const size_t *item, char **text, size_t k)
{
	if (text[k] == NULL)
		text[k] = parse_unit_text(p, item[k]);
	return (text[k]);
}

/*
 * How much a heading and a body beside it say the same words: the share
 * of the heading's pairs of Han characters the body has, times
 * parse_tune.match.words.  text caches each item's text.
 */
static long
parse_match_words(struct parser *p, const size_t *item, char **text, size_t hi,
    size_t bi)
{
	return ((long)(parse_tune.match.words *
	    parse_str_share(parse_item_text(p, item, text, hi),
		parse_item_text(p, item, text, bi))));
}

/*
 * Matches headings to bodies.  Items are bodies (a chain's first unit) and
 * headings in page order; bylines, credits and notes between them are
 * transparent, weather and ads are walls.  A heading matches the body just
 * before it (title set after the body) or just after it (before).  The
 * dynamic programme maximises the number of matches, then prefers the
 * pairs that say the same words (parse_match_words), the direction the
 * page's ends show, and tight joins (no blank line).
 */
void
parse_match(struct parser *p)
{
	size_t *item, nitems = 0, i;
	char  **text;
	long   *f0, *f1;
	int	state, ev = 0;
	long	pref_after = parse_tune.match.layout_pref, pref_before = 0;
	int	first_b = -1, first_h = -1, last_b = -1, last_h = -1;

	item = xcalloc(p->nunits + 1, sizeof *item);
	for (i = 0; i < p->nunits; i++) {
		const struct unit *u = &p->units[i];

		if (u->type == U_HEAD ||
		    (u->type == U_BODY && !parse_continues(p, i)))
			item[nitems++] = i;
		else if (u->type == U_WEATHER || u->type == U_AD ||
		    u->type == U_NOISE || u->type == U_BANNER)
			item[nitems++] = (size_t)-1; /* a wall */
	}
	for (i = 0; i < nitems; i++) {
		if (item[i] == (size_t)-1)
			continue;
		if (p->units[item[i]].type == U_HEAD) {
			if (first_h < 0)
				first_h = (int)i;
			last_h = (int)i;
		} else {
			if (first_b < 0)
				first_b = (int)i;
			last_b = (int)i;
		}
	}
	if (first_h >= 0 && first_b >= 0 && first_h < first_b)
		ev--;
	/* A title glued to the body under or over it shows the layout. */
	for (i = 0; i + 1 < nitems; i++) {
		const struct unit *a, *b;

		if (item[i] == (size_t)-1 || item[i + 1] == (size_t)-1)
			continue;
		a = &p->units[item[i]];
		b = &p->units[item[i + 1]];
		if (a->type == b->type || b->first != a->first + a->n ||
		    p->lines[b->first].blank_before)
			continue;
		if (a->type == U_HEAD && !b->photo)
			ev -= parse_tune.match.glued_evidence;
		else if (b->type == U_HEAD && !a->photo)
			ev += parse_tune.match.glued_evidence;
	}
	/* A photo's title under its credit says nothing of the layout. */
	if (last_h >= 0 && last_b >= 0 && last_h > last_b &&
	    !p->units[item[last_b]].photo)
		ev++;
	if (ev < 0) {
		pref_after = 0;
		pref_before = parse_tune.match.layout_pref;
	}

	text = xcalloc(nitems + 1, sizeof *text);
	f0 = xcalloc(nitems + 1, sizeof *f0); /* best, item i free */
	f1 = xcalloc(nitems + 1, sizeof *f1); /* best, item i matched left */
	for (i = 0; i < nitems; i++) {
		long best_prev = 0, w;

		if (i > 0)
			best_prev =
			    f0[i - 1] > f1[i - 1] ? f0[i - 1] : f1[i - 1];
		f0[i] = best_prev;
		f1[i] = -1;
		if (i == 0 || item[i] == (size_t)-1 ||
		    item[i - 1] == (size_t)-1)
			continue;
		{
			const struct unit *a = &p->units[item[i - 1]];
			const struct unit *b = &p->units[item[i]];
			const struct line *bl = &p->lines[b->first];

			if (a->type == b->type)
				continue;
			w = parse_tune.match.pair +
			    (a->type == U_HEAD ?
				    parse_match_words(p, item, text, i - 1, i) :
				    parse_match_words(p, item, text, i, i - 1));
			if (a->type == U_BODY) /* heading after its body */
				w += pref_after +
				    (bl->blank_before ? 0 :
							parse_tune.match.glued);
			else
				w += pref_before +
				    (bl->blank_before ?
					    0 :
					    parse_tune.match.glued) +
				    (parse_byline_leads(p, item[i - 1]) ?
					    parse_tune.match.byline_lead :
					    0);
			f1[i] = f0[i - 1] + w;
		}
	}
	/* Walk back from the better end state. */
	i = nitems;
	state = nitems > 0 && f1[nitems - 1] > f0[nitems - 1];
	while (i-- > 0) {
		if (state && i > 0) {
			struct unit *a = &p->units[item[i - 1]];
			struct unit *b = &p->units[item[i]];
			struct unit *h = a->type == U_HEAD ? a : b;
			struct unit *body = a->type == U_HEAD ? b : a;

			h->body = (int)(body - p->units);
			h->after = a->type == U_BODY;
			body->head = (int)(h - p->units);
			i--; /* item i - 1 is used, and was free before */
		}
		state = i > 0 && f1[i - 1] > f0[i - 1];
	}
	for (i = 0; i < nitems; i++)
		free(text[i]);
	free(text);
	free(f0);
	free(f1);
	free(item);
}

/* Two phrases set apart by a space, as in a title (澄湖经开 开局冲刺)? */
static int
parse_has_phrase_space(const struct line *l)
{
	uint32_t c, prev = 0, next;
	size_t	 i, j;

	for (i = 0; i < l->len;) {
		j = parse_next(l->s, l->len, i, &c);
		if (parse_is_space(c) && text_is_han(prev) && j < l->len) {
			text_utf8_next(l->s + j, l->len - j, &next);
			if (text_is_han(next) || next == 0x201c)
				return (1);
		}
		prev = c;
		i = j;
	}
	return (0);
}

static size_t parse_unit_bytes(struct parser *, const struct unit *);

/*
 * Is head unit k shaped as a column banner (四敢争先⏎澄湖进行时): two or
 * more very short plain lines?
 */
static int
parse_banner_shape(struct parser *p, size_t k)
{
	const struct unit *u = &p->units[k];
	size_t		   i, lines = 0;

	if (u->type != U_HEAD)
		return (0);
	for (i = u->first; i < u->first + u->n; i++) {
		if (p->lines[i].cls == L_BLANK)
			continue;
		if (p->lines[i].em > parse_tune.match.banner_max_em ||
		    (p->lines[i].blank_before && i > u->first))
			return (0);
		if (parse_line_doubled(&p->lines[i]))
			return (0);
		lines++;
	}
	return (lines >= parse_tune.match.banner_min_lines);
}

/*
 * Does head unit k stand right over a story's byline (澄湖经开 开局冲刺 ⏎
 * ■记者 陈思远): that story's title, no picture's?  Over a dateline a
 * blank apart it may be a picture's under its credit, the story's title
 * set under the story.
 */
static int
parse_heads_story(struct parser *p, size_t k)
{
	const struct unit *n;

	if (k + 1 >= p->nunits)
		return (0);
	n = &p->units[k + 1];
	return (n->type == U_BYLINE && !p->lines[n->first].blank_before);
}

/*
 * A column banner: so shaped, and not a photo's title (under a credit, or
 * over a caption).
 */
static int
parse_is_banner(struct parser *p, size_t k)
{
	size_t j;

	if (!parse_banner_shape(p, k))
		return (0);
	/*
	 * Nothing is set tight under a banner, its byline least of all: a
	 * byline a blank lower is the next story's.
	 */
	if (k + 1 < p->nunits && !p->lines[p->units[k + 1].first].blank_before)
		return (0);
	if (k > 0 && p->units[k - 1].type == U_CREDIT)
		return (0);
	/*
	 * Nor is one over a caption (across column breaks) and its credit,
	 * unless the picture's title stands under the credit (湖畔春色): a
	 * picture has one title.  Two short lines there are the banner.  A
	 * title right over a story's byline is the story's.
	 */
	if (k + 1 < p->nunits && p->units[k + 1].type == U_BODY) {
		j = parse_chain_end(p, k + 1);
		if (j < p->nunits && p->units[j].type == U_CREDIT &&
		    !(j + 1 < p->nunits && p->units[j + 1].type == U_HEAD &&
			!parse_banner_shape(p, j + 1) &&
			!parse_heads_story(p, j + 1)))
			return (0);
	}
	return (1);
}

/*
 * Is head unit v a whole title block of its own, so that head unit u after
 * it is another article's?  So when v ends in a dashed subtitle, or is all
 * bold (doubled) and u is not: a kicker is never bold and a subtitle is set
 * under the title without a blank line.
 */
static int
parse_head_complete(struct parser *p, const struct unit *v,
    const struct unit *u)
{
	const struct line *last = &p->lines[v->first + v->n - 1];
	size_t		   i;
	int		   all = 1, any = 0;

	/* A dashed subtitle closes a title block. */
	if (parse_starts(last->s, last->len, "——"))
		return (1);

	for (i = v->first; i < v->first + v->n && all; i++) {
		if (p->lines[i].cls != L_BLANK)
			all = parse_line_doubled(&p->lines[i]);
	}
	for (i = u->first; i < u->first + u->n && !any; i++) {
		if (p->lines[i].cls != L_BLANK)
			any = parse_line_doubled(&p->lines[i]);
	}
	return (all && !any);
}

/*
 * How many of line l's Han characters the text of unit u has (its last
 * or first 40 lines, the ones beside l).
 */
static int
parse_unit_shares(struct parser *p, const struct unit *u, const struct line *l)
{
	size_t	 n = u->n < 40 ? u->n : 40, i, k, at = (size_t)(l - p->lines);
	char	*t = parse_join_plain(p,
	       u->first < at ? u->first + u->n - n : u->first, n);
	size_t	 tn = strlen(t);
	uint32_t c;
	int	 shared = 0;

	for (i = 0; i < l->len; i = k) {
		k = parse_next(l->s, l->len, i, &c);
		if (text_is_han(c) && parse_memmem(t, tn, l->s + i, k - i))
			shared++;
	}
	free(t);
	return (shared);
}

/*
 * A part's heading inside a story (向海而兴：码头连起产业链): one line, a
 * four-character phrase, a colon, and what the part is about, between
 * two blocks of text.  It is a paragraph of the story, not a title.
 */
static int
parse_is_part_head(struct parser *p, size_t k)
{
	const struct unit *u = &p->units[k];
	const struct line *l = &p->lines[u->first];
	const char	  *colon;
	const struct unit *under;
	struct unit	   over;
	size_t		   i, j, end, n = 0;
	uint32_t	   c;

	if (u->type != U_HEAD || k == 0 || k + 1 >= p->nunits ||
	    p->units[k - 1].type != U_BODY || p->units[k + 1].type != U_BODY ||
	    l->final || (colon = parse_memmem(l->s, l->len, "：", 3)) == NULL ||
	    l->len - (size_t)(colon - l->s) < 3 + 4 * 3)
		return (0);
	for (i = u->first + 1; i < u->first + u->n; i++) {
		if (p->lines[i].cls != L_BLANK)
			return (0); /* one line */
	}
	for (i = 0; i < (size_t)(colon - l->s);) {
		i = parse_next(l->s, (size_t)(colon - l->s), i, &c);
		if (!text_is_han(c))
			return (0);
		n++;
	}
	if (n != 4)
		return (0);
	/*
	 * A part's heading is about the text under it; a title set under
	 * its story (湖滨街道：小区停车难有了新解法) is about the text over it.
	 * As many lines of each are read: over it, across the column breaks
	 * in the story (a break may leave only 推广这一做法。 over the title).
	 */
	under = &p->units[k + 1];
	for (j = k - 1; j > 0 && parse_continues(p, j); j--)
		;
	over = p->units[k - 1];
	end = over.first + over.n;
	over.n = under->n;
	if (end - p->units[j].first < over.n)
		over.n = end - p->units[j].first;
	over.first = end - over.n;
	return (
	    parse_unit_shares(p, under, l) >= parse_unit_shares(p, &over, l));
}

/* The first unit from k on that is no byline, credit or 上接 note. */
static size_t
parse_past_byline(struct parser *p, size_t k)
{
	while (k < p->nunits &&
	    (p->units[k].type == U_BYLINE || p->units[k].type == U_CREDIT ||
		p->units[k].type == U_CONT))
		k++;
	return (k);
}

/*
 * Whether head units v (index jv, units before it final) and u (index iu,
 * units after it as read), a blank apart, are two stories' titles, not
 * one title block: the story over v (and over the signature or the
 * 下转 note that ends it) says at least match.part_share of v's pairs of Han
 * characters, and more of them than the story under u (past its byline,
 * credit or 上接 note) does; the story under u says at least
 * match.part_share_under of u's pairs, and more of them than the story
 * over v.  The lower title need not be said as much: a story's first
 * lines, all that is read of it, name a title's subject more often than
 * all its words (客服, 追回 and 万元 of 冒充客服骗走积蓄 民警追回86万元).
 * The upper keeps the stricter share, which keeps a kicker and a title a
 * blank apart over one story one block, unless the words part cleanly:
 * the upper title says the lower share of the story over it, and less of
 * the story under u, and u says the stricter share of the story under it
 * and nothing of the story over v (冒充客服骗走积蓄 民警追回86万元 over
 * 西塘桥镇高标准农田 ⏎ 改出“丰”景, its story saying 客服, 追回, 万元).
 * A title set under its story stands over the next title so (…走出共富路
 * ⏎⏎ 反诈宣传进夜市…).  A story that goes on from another page
 * (（上接1版）) is read from there; with no title over it (it opens the
 * page, or a title set under the story before stands over it), v is
 * its title whatever its words (a jump's title, such as 跑出项目建设“加速
 * 度”, may say little of the part on this page) when the story under u
 * says u's words as the lower title must.  So is u the title of a story
 * under it that goes on from another page, whatever its words, when v
 * is the title of the story over it: by the stricter share, or by the
 * lower one when u says nothing of the story over v.
 */
static int
parse_heads_part(struct parser *p, size_t jv, size_t iu)
{
	const struct unit *v = &p->units[jv], *u = &p->units[iu];
	size_t		   a, b, c;
	char		  *hv, *hu, *over, *under;
	double		   vo, vu, uo, uu;
	int		   jump, resumed;

	if (jv == 0 || !p->lines[u->first].blank_before)
		return (0);
	/* The story over v, past the note or signature that may end it. */
	a = jv - 1;
	if (a > 0 && p->units[a].type == U_CONT)
		a--;
	if (a > 0 && p->units[a].type == U_BYLINE &&
	    p->lines[p->units[a].first].signature)
		a--;
	if (p->units[a].type != U_BODY)
		return (0);
	for (; a > 0 && p->units[a - 1].type == U_BODY; a--)
		;
	/* Going on from another page, with nothing over it. */
	c = a > 0 && p->units[a - 1].type == U_CONT ? a - 1 : a;
	jump = p->lines[p->units[a].first].resumed &&
	    (c == 0 ||
		(c >= 2 && p->units[c - 1].type == U_HEAD &&
		    p->units[c - 2].type == U_BODY));
	b = parse_past_byline(p, iu + 1);
	/* u a kicker, a blank over the title of the story under it. */
	if (b == iu + 1 && b < p->nunits && p->units[b].type == U_HEAD &&
	    p->lines[p->units[b].first].blank_before)
		b = parse_past_byline(p, b + 1);
	if (b >= p->nunits || p->units[b].type != U_BODY)
		return (0);
	hv = parse_join_plain(p, v->first, v->n);
	hu = parse_join_plain(p, u->first, u->n);
	over = parse_unit_text(p, a);
	under = parse_unit_text(p, b);
	vo = parse_str_share(hv, over);
	vu = parse_str_share(hv, under);
	uo = parse_str_share(hu, over);
	uu = parse_str_share(hu, under);
	free(hv);
	free(hu);
	free(over);
	free(under);
	resumed = p->lines[p->units[b].first].resumed;
	return ((jump || (vo >= parse_tune.match.part_share && vu < vo) ||
		    (vo >= parse_tune.match.part_share_under && vu < vo &&
			uo == 0 &&
			(uu >= parse_tune.match.part_share || resumed))) &&
	    (resumed || (uu >= parse_tune.match.part_share_under && uo < uu)));
}

/*
 * The text of heading unit u without the subtitle that a line opening on
 * —— starts (——三论推动…, a series's name says little of the story).
 */
static char *
parse_head_plain(struct parser *p, const struct unit *u)
{
	size_t n;

	for (n = 1; n < u->n; n++) {
		if (parse_starts(p->lines[u->first + n].s,
			p->lines[u->first + n].len, "——"))
			break;
	}
	return (parse_join_plain(p, u->first, n));
}

/*
 * A story that opens with a dateline is not signed, nor one that goes on
 * from another page (（上接1版）), its dateline there: a chain of text from
 * a dateline or a 上接 note, under a title (and its byline), to a pen
 * name's signature (■澄言) with a title under it holds a story and the
 * commentary after it, set with no title between them (the story's title
 * over it, the commentary's under its signature).  The chain is cut
 * before one of its units (a paragraph, or a column's piece of one) whose
 * unit before ends a sentence: the one that parts the two titles' words
 * best.  The text from there on says at least match.part_share of the
 * lower title's pairs, and the shares each side says of its own title,
 * less of the other's, are more than none and within match.split_slack
 * of the most (a pair of either title said by chance moves no cut), and
 * of such units the last: a story's last paragraph may say neither
 * title's words.  The titles are read without a dashed subtitle
 * (parse_head_plain()).  The commentary starts there.
 */
static void
parse_split_signed(struct parser *p)
{
	size_t k, e, j, h, best, at, len;
	double most, over_a, over_b, under_a, under_b, *score;
	char  *over, *under, *all, *piece;

	for (k = 1; k < p->nunits; k++) {
		if (p->units[k].type != U_BODY || parse_continues(p, k) ||
		    !(p->lines[p->units[k].first].benbao ||
			p->lines[p->units[k].first].resumed))
			continue;
		h = k - 1;
		if (p->units[h].type == U_CONT && h > 0)
			h--;
		if (p->units[h].type == U_BYLINE && h > 0)
			h--;
		e = parse_chain_end(p, k);
		if (p->units[h].type != U_HEAD || e + 1 >= p->nunits ||
		    p->units[e].type != U_BYLINE ||
		    !p->lines[p->units[e].first].signature ||
		    p->units[e + 1].type != U_HEAD)
			continue;
		over = parse_head_plain(p, &p->units[h]);
		under = parse_head_plain(p, &p->units[e + 1]);
		/*
		 * The chain's text joined once, and where each unit starts
		 * in it: the text over a cut and the text under it are its
		 * two ends.
		 */
		all = parse_join_plain(p, p->units[k].first,
		    p->units[e].first - p->units[k].first);
		len = strlen(all);
		score = xcalloc(e - k, sizeof *score);
		most = 0;
		at = 0;
		for (j = k + 1; j < e; j++) {
			piece = parse_join_plain(p, p->units[j - 1].first,
			    p->units[j].first - p->units[j - 1].first);
			at += strlen(piece);
			free(piece);
			score[j - k] = -1;
			if (parse_unit_open(p, &p->units[j - 1]))
				continue; /* a column break in a sentence */
			over_a = parse_pair_share(over, strlen(over), all, at);
			over_b = parse_pair_share(over, strlen(over), all + at,
			    len - at);
			under_a =
			    parse_pair_share(under, strlen(under), all, at);
			under_b = parse_pair_share(under, strlen(under),
			    all + at, len - at);
			if (under_b >= parse_tune.match.part_share)
				score[j - k] =
				    over_a - over_b + under_b - under_a;
			if (score[j - k] > most)
				most = score[j - k];
		}
		free(all);
		best = 0;
		for (j = k + 1; j < e && most > 0; j++) {
			if (score[j - k] > 0 &&
			    score[j - k] >= most - parse_tune.match.split_slack)
				best = j;
		}
		free(score);
		free(over);
		free(under);
		if (best > 0)
			p->lines[p->units[best].first].lead = 1;
		k = e;
	}
}

/*
 * Before matching: a caption (the body block right before a photo credit)
 * is an article of its own; headings split by blank lines are one title
 * block (kicker, title) unless the first follows a credit (a photo title);
 * a heading glued to the weather box is the box's sponsor.
 */
void
parse_prepare(struct parser *p)
{
	size_t	     i, j;
	struct unit *u, *v;

	for (i = 0; i < p->nunits; i++) {
		u = &p->units[i];
		if (parse_is_banner(p, i))
			u->type = U_BANNER;
		if (parse_is_part_head(p, i)) {
			/* A paragraph of its own: the text goes on after it. */
			u->type = U_BODY;
			p->lines[u->first].para = 1;
			p->lines[p->units[i + 1].first].para = 1;
		}
		if (u->type == U_CREDIT && i > 0 &&
		    p->units[i - 1].type == U_BODY) {
			/*
			 * The caption: the body blocks before the credit back
			 * to the start of their sentence (a caption is short,
			 * but may be cut by a column break), as a chain of its
			 * own.
			 */
			size_t k = i - 1, bytes = 0;

			while (k > 0 && p->units[k - 1].type == U_BODY &&
			    parse_unit_open(p, &p->units[k - 1]) &&
			    !p->lines[p->units[k].first].benbao &&
			    (bytes += parse_unit_bytes(p, &p->units[k])) <
				parse_tune.match.caption_chain_bytes)
				k--;
			/*
			 * All the text since the last heading, credit or box,
			 * if that is short enough to be one caption cut by a
			 * column break at a sentence's end.
			 */
			for (j = k, bytes = 0;
			     j > 0 && p->units[j - 1].type == U_BODY &&
			     !p->lines[p->units[j].first].benbao;
			     j--) {
				bytes += parse_unit_bytes(p, &p->units[j - 1]);
				if (bytes +
					    parse_unit_bytes(p,
						&p->units[i - 1]) >
					parse_tune.match.caption_max_bytes ||
				    p->lines[p->units[j - 1].first].benbao)
					break;
			}
			if (j < k && j > 0 && p->units[j - 1].type != U_BODY &&
			    !p->lines[p->units[j].first].benbao)
				k = j;
			p->units[i - 1].photo = 1;
			if (!p->lines[p->units[k].first].benbao &&
			    (k == 0 || p->units[k - 1].type != U_BODY ||
				!parse_unit_open(p, &p->units[k - 1])))
				p->lines[p->units[k].first].lead = 1;
		}
		if (u->type == U_HEAD && i + 1 < p->nunits &&
		    p->units[i + 1].type == U_WEATHER &&
		    !p->lines[p->units[i + 1].first].blank_before &&
		    !parse_starts(p->lines[u->first + u->n - 1].s,
			p->lines[u->first + u->n - 1].len, "——"))
			u->type = U_AD;
	}
	/*
	 * A lone line as wide as the column between a finished body and text
	 * that runs on is the first line of a paragraph cut off by a column
	 * break (禾润新能源科技有限公司成⏎⏎立于2016年), not a title; so are two
	 * such lines, the second full.
	 */
	for (i = 1; i + 1 < p->nunits; i++) {
		const struct line *l;
		double		   w, wn;

		u = &p->units[i];
		if (u->type != U_HEAD ||
		    u->n > parse_tune.match.first_line_max_lines ||
		    p->units[i - 1].type != U_BODY ||
		    p->units[i + 1].type != U_BODY)
			continue;
		l = &p->lines[u->first + u->n - 1];
		v = &p->units[i + 1];
		if (p->lines[v->first].benbao || p->lines[v->first].lead ||
		    parse_has_phrase_space(l))
			continue;
		/* Text that ends signed or over a credit has a title. */
		j = parse_chain_end(p, i + 1);
		if (j < p->nunits &&
		    (p->units[j].type == U_CREDIT ||
			(p->units[j].type == U_BYLINE &&
			    p->lines[p->units[j].first].signature)))
			continue;
		/*
		 * The column, as the text either side measures it: a few
		 * lines, some with figures, may measure it short.
		 */
		w = parse_column_width(p, p->units[i - 1].first,
		    p->units[i - 1].n);
		if (w == 0)
			w = p->width;
		wn = parse_column_width(p, v->first, v->n);
		if (wn > w)
			w = wn;
		/* Two lines: the first starts the paragraph, the second is full. */
		if (u->n == 2 &&
		    (l->em < w - parse_tune.match.first_line_slack_em ||
			l[-1].em < w - parse_tune.match.indent_em ||
			parse_has_phrase_space(&l[-1])))
			continue;
		if (l->em >= w - parse_tune.match.indent_em &&
		    l->em <= w + parse_tune.match.first_line_over_em)
			u->type = U_BODY;
	}

	for (i = j = 0; i < p->nunits; i++) {
		u = &p->units[i];
		if (j > 0) {
			v = &p->units[j - 1];
			if (v->type == U_HEAD && u->type == U_HEAD &&
			    v->first + v->n == u->first &&
			    !(j > 1 && p->units[j - 2].type == U_CREDIT &&
				v->n <= 2) &&
			    !parse_head_complete(p, v, u) &&
			    !parse_heads_part(p, j - 1, i)) {
				v->n = u->first + u->n - v->first;
				continue;
			}
		}
		p->units[j++] = *u;
	}
	p->nunits = j;
	parse_split_signed(p);
}

/* Bytes of text in a unit. */
static size_t
parse_unit_bytes(struct parser *p, const struct unit *u)
{
	size_t i, n = 0;

	for (i = u->first; i < u->first + u->n; i++)
		n += p->lines[i].len;
	return (n);
}

/* The article index of the next chain-starting body after unit k, or -1. */
static int
parse_next_art(struct parser *p, size_t k)
{
	size_t i;

	for (i = k + 1; i < p->nunits; i++) {
		if (p->units[i].type == U_BODY && p->units[i].art >= 0)
			return (p->units[i].art);
		if (p->units[i].type == U_WEATHER || p->units[i].type == U_AD)
			return (-1);
	}
	return (-1);
}

/* The article of the nearest unit before k that has one, or -1. */
static int
parse_prev_art(struct parser *p, size_t k, int bodies_only)
{
	size_t i;

	for (i = k; i-- > 0;) {
		const struct unit *u = &p->units[i];

		if (u->art >= 0 &&
		    (!bodies_only || u->type == U_BODY || u->type == U_HEAD))
			return (u->art);
	}
	return (-1);
}

/* Pass 3 for raw pages: units into drafts. */
void
parse_assemble(struct parser *p)
{
	struct draft *d;
	struct unit  *u, *h;
	size_t	      i, sky = SIZE_MAX;
	int	      cur = -1, a, to;
	char	      page[16], *plain;

	for (i = 0; i < p->nunits; i++) {
		u = &p->units[i];
		switch (u->type) {
		case U_BODY:
			if (cur >= 0 && parse_continues(p, i)) {
				u->art = cur;
				parse_draft_lines(p, &p->drafts[cur], u, 0);
				break;
			}
			d = parse_add_draft(p, PARSE_NEWS);
			cur = u->art = (int)(d - p->drafts);
			d->photo = u->photo;
			if (u->head >= 0) {
				h = &p->units[u->head];
				h->art = cur;
				parse_draft_lines(p, d, h, 1);
			}
			parse_draft_lines(p, d, u, 0);
			break;
		case U_HEAD:
			if (u->body >= 0)
				break;
			d = parse_add_draft(p, PARSE_BANNER);
			u->art = (int)(d - p->drafts);
			parse_draft_lines(p, d, u, 1);
			cur = -1;
			break;
		case U_CREDIT:
			a = i > 0 ? p->units[i - 1].art : -1;
			if (a < 0 || !p->drafts[a].photo)
				a = parse_prev_art(p, i, 1);
			if (a < 0) {
				d = parse_add_draft(p, PARSE_PHOTO);
				a = (int)(d - p->drafts);
			}
			u->art = a;
			p->drafts[a].photo = 1;
			parse_draft_lines(p, &p->drafts[a], u, 2);
			cur = -1;
			break;
		case U_WEATHER:
			if (i > 0 && p->units[i - 1].type == U_WEATHER &&
			    p->units[i - 1].art >= 0) {
				/*
				 * A box a column break cut in two (the sky at
				 * one column's foot, the temperatures atop the
				 * next): one box, its fields read from all its
				 * parts (sky is its first unit).
				 */
				u->art = p->units[i - 1].art;
				parse_draft_lines(p, &p->drafts[u->art], u, 0);
				if (sky != SIZE_MAX &&
				    p->units[sky].art == u->art) {
					parse_weather_free(p->weather);
					p->weather = NULL;
					plain = parse_join_plain(p,
					    p->units[sky].first,
					    u->first + u->n -
						p->units[sky].first);
					parse_weather(p, plain);
					free(plain);
				}
				cur = -1;
				break;
			}
			d = parse_add_draft(p, PARSE_WEATHER);
			u->art = (int)(d - p->drafts);
			parse_draft_lines(p, d, u, 0);
			plain = parse_join_plain(p, u->first, u->n);
			if (p->weather == NULL) {
				parse_weather(p, plain);
				sky = i;
			}
			free(plain);
			cur = -1;
			break;
		case U_AD:
			/*
			 * An ad's further fields set apart under it (…地址：
			 * …⏎⏎招生热线：85087171…): the same ad, not another.
			 */
			if (i > 0 && p->units[i - 1].type == U_AD &&
			    p->units[i - 1].art >= 0 &&
			    parse_ad_field(&p->lines[u->first])) {
				u->art = p->units[i - 1].art;
				p->lines[u->first].para = 1;
				parse_draft_lines(p, &p->drafts[u->art], u, 0);
				cur = -1;
				break;
			}
			/* FALLTHROUGH */
		case U_NOISE:
		case U_BANNER:
			d = parse_add_draft(p,
			    u->type == U_AD	    ? PARSE_AD :
				u->type == U_BANNER ? PARSE_BANNER :
						      PARSE_OTHER);
			u->art = (int)(d - p->drafts);
			parse_draft_lines(p, d, u, u->type == U_BANNER);
			cur = -1;
			break;
		default:
			break;
		}
	}

	/* Bylines and continuation notes, now that articles exist. */
	for (i = 0; i < p->nunits; i++) {
		u = &p->units[i];
		if (u->type == U_BYLINE) {
			if (p->lines[u->first].signature) {
				a = parse_prev_art(p, i, 1);
				if (a < 0)
					a = parse_next_art(p, i);
				if (a >= 0)
					p->drafts[a].signed_commentary = 1;
			} else {
				a = -1;
				if (i > 0 && p->units[i - 1].type == U_HEAD &&
				    p->units[i - 1].art >= 0 &&
				    p->drafts[p->units[i - 1].art].nbyline ==
					0 &&
				    !p->drafts[p->units[i - 1].art].photo)
					a = p->units[i - 1].art;
				if (a < 0)
					a = parse_next_art(p, i);
				if (a >= 0 && p->drafts[a].nbyline != 0) {
					int b = parse_prev_art(p, i, 1);

					if (b >= 0 && p->drafts[b].nbyline == 0)
						a = b;
				}
				if (a < 0)
					a = parse_prev_art(p, i, 1);
			}
			if (a >= 0) {
				u->art = a;
				parse_draft_lines(p, &p->drafts[a], u, 2);
			}
		} else if (u->type == U_CONT) {
			const struct line *l = &p->lines[u->first];

			if (!parse_cont_note(l->s, l->len, &to, page,
				sizeof page))
				continue;
			a = to ? parse_prev_art(p, i, 1) : parse_next_art(p, i);
			if (a < 0)
				continue;
			buf_truncate(to ? &p->drafts[a].cont_to :
					  &p->drafts[a].cont_from,
			    0);
			buf_adds(to ? &p->drafts[a].cont_to :
				      &p->drafts[a].cont_from,
			    page);
		}
	}
}
