/*
 * The headings-over-bodies reading, pass 3: pieces into stories.  A title
 * block set on top of a piece opens a story; a dateline opens one; a piece
 * that starts inside a sentence goes on the story left open whose last
 * words join its first; a paragraph after a finished piece goes on that
 * piece's story; a caption starts something of its own; subheadings stay
 * in their story; loose pieces are matched to leftover headings, best pair
 * first, by the words they share and by adjacency.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/xmalloc.h"
#include "parse-flow-int.h"

static void
flow_add_lines(struct flow *f, struct draft *d, const struct piece *pc)
{
	struct parser *p = f->p;
	size_t	       i;
	char	       page[16];
	int	       to;

	/* A dateline or 本报讯 makes it news. */
	if (pc->dateline)
		d->benbao = 1;
	for (i = pc->first; i <= pc->last; i++) {
		const struct line *l = &p->lines[i];

		switch (f->role[i]) {
		case F_SKIP:
			break;
		case F_HEAD:
			parse_push(&d->head, &d->nhead, i);
			break;
		case F_BYLINE:
			parse_push(&d->byline, &d->nbyline, i);
			if (l->signature)
				d->signed_commentary = 1;
			break;
		case F_CREDIT:
			parse_push(&d->byline, &d->nbyline, i);
			d->photo = 1;
			break;
		case F_CONT:
			if (parse_cont_note(l->s, l->len, &to, page,
				sizeof page)) {
				struct buf *b =
				    to ? &d->cont_to : &d->cont_from;

				buf_truncate(b, 0);
				buf_adds(b, page);
			}
			break;
		case F_BODY:
			/* A heading inside a sentence is its story's. */
			if (l->in_sentence)
				parse_push(&d->head, &d->nhead, i);
			else
				parse_push(&d->body, &d->nbody, i);
			break;
		}
	}
}

/* The text a piece leads with (its first FLOW_LEAD_LINES), joined once. */
static const char *
flow_lead(struct flow *f, struct piece *pc)
{
	size_t n = pc->last - pc->first + 1;

	if (pc->plain == NULL)
		pc->plain = parse_join_plain(f->p, pc->first,
		    n > FLOW_LEAD_LINES ? FLOW_LEAD_LINES : n);
	return (pc->plain);
}

/*
 * The body right after piece e that e runs on into over a column break
 * inside a sentence (…哪里有险情就出现在 ⏎⏎ 哪里，…), in the run of text
 * from piece pc, FLOW_LEAD_LINES of it at most; NULL if none.
 */
static struct piece *
flow_runs_into(struct flow *f, const struct piece *pc, struct piece *e)
{
	if (!e->open || e + 1 >= f->pc + f->npc || e[1].head ||
	    e[1].first != e->last + 1 ||
	    e->last - pc->first + 1 >= FLOW_LEAD_LINES)
		return (NULL);
	return (e + 1);
}

/*
 * The text body piece pc leads with, run on into the bodies after it
 * (flow_runs_into()), joined once: a break inside a sentence changes
 * nothing of what the story says to its title.
 */
static const char *
flow_lead_on(struct flow *f, struct piece *pc)
{
	struct piece *e = pc, *next;
	size_t	      n;

	if (pc->head || !pc->open)
		return (flow_lead(f, pc));
	if (pc->runon == NULL) {
		while ((next = flow_runs_into(f, pc, e)) != NULL)
			e = next;
		n = e->last - pc->first + 1;
		pc->runon = parse_join_plain(f->p, pc->first,
		    n > FLOW_LEAD_LINES ? FLOW_LEAD_LINES : n);
	}
	return (pc->runon);
}

/*
 * How well heading h fits body piece b: the characters of the title that
 * the body's lead also has (two in a row count more), plus nearness.  The
 * lead run on over a column break (flow_lead_on()) counts the title's
 * pairs only: a longer text holds single characters of any heading (四敢
 * 争先 ⏎ 澄湖进行时), not its words.
 */
static double
flow_match_score(struct flow *f, struct piece *h, struct piece *b)
{
	const char *t, *x, *r, *prev = NULL;
	size_t	    tn, i, k, xn, rn;
	double	    score = 0;
	uint32_t    c;
	int	    one, two;

	/* Each piece's text is joined once: many pairs are scored. */
	t = flow_lead(f, h);
	x = flow_lead(f, b);
	r = flow_lead_on(f, b);
	tn = strlen(t);
	xn = strlen(x);
	rn = strlen(r);
	for (i = 0; i < tn; i = k) {
		k = parse_next(t, tn, i, &c);
		if (!text_is_han(c)) {
			prev = NULL;
			continue;
		}
		if (r == x) {
			one = parse_memmem(x, xn, t + i, k - i) != NULL;
			two = one && prev != NULL &&
			    parse_memmem(x, xn, prev, (size_t)(t + k - prev)) !=
				NULL;
		} else {
			two = prev != NULL &&
			    parse_memmem(r, rn, prev, (size_t)(t + k - prev)) !=
				NULL;
			one = two || parse_memmem(x, xn, t + i, k - i) != NULL;
		}
		if (one)
			score += 0.5;
		if (two)
			score += 1;
		prev = t + i;
	}
	return (score);
}

/* The share of heading h's pairs of Han characters text x says. */
static double
flow_pair_share(struct flow *f, struct piece *h, const char *x, size_t xn)
{
	const char *t = flow_lead(f, h);

	return (parse_pair_share(t, strlen(t), x, xn));
}

/* The Han characters of a piece. */
static double
flow_han(struct flow *f, const struct piece *pc)
{
	double em = 0;
	size_t i;

	for (i = pc->first; i <= pc->last; i++)
		em += f->p->lines[i].em;
	return (em < 2 ? 2 : em);
}

/* The text of a piece, spaces dropped; caller frees. */
static char *
flow_plain(struct flow *f, const struct piece *pc)
{
	return (parse_join_plain(f->p, pc->first, pc->last - pc->first + 1));
}

/* Where a pair of characters hashes in a table of cap slots. */
static size_t
flow_pair_slot(uint64_t key, size_t cap)
{
	return ((size_t)((key * 0x9e3779b97f4a7c15ULL) >> 40) & (cap - 1));
}

/*
 * The pairs of Han characters in a piece's lead, joined once: their list
 * (n of them, in order, each as often as it stands), then a table of
 * *cap slots that holds each once.
 */
static const uint64_t *
flow_pairs(struct flow *f, struct piece *pc, size_t *n, size_t *cap)
{
	const char *x;
	size_t	    xn, i, k, h, m = 0, c2p = 16;
	uint32_t    c, prev = 0;
	int	    han, prev_han = 0;
	uint64_t   *tab;

	if (pc->pairs == NULL) {
		x = flow_lead(f, pc);
		xn = strlen(x);
		/*
		 * Each character is decoded once and paired with the one
		 * before it; the list is made in the array that will hold
		 * the table after it too.
		 */
		pc->pairs = xreallocarray(NULL, xn / 3 + 1, sizeof *pc->pairs);
		for (i = 0; i < xn; i = k) {
			k = parse_next(x, xn, i, &c);
			han = text_is_han(c);
			if (han && prev_han)
				pc->pairs[m++] = (uint64_t)prev << 32 | c;
			prev = c;
			prev_han = han;
		}
		while (c2p < 2 * m)
			c2p *= 2;
		pc->pairs =
		    xreallocarray(pc->pairs, m + c2p, sizeof *pc->pairs);
		tab = pc->pairs + m;
		memset(tab, 0, c2p * sizeof *tab);
		for (i = 0; i < m; i++) {
			for (h = flow_pair_slot(pc->pairs[i], c2p);
			     tab[h] != 0 && tab[h] != pc->pairs[i];
			     h = (h + 1) & (c2p - 1))
				;
			tab[h] = pc->pairs[i];
		}
		pc->npairs = m;
		pc->pairs_cap = c2p;
	}
	*n = pc->npairs;
	*cap = pc->pairs_cap;
	return (pc->pairs);
}

/* How many pairs of Han characters in a's lead b's lead has too. */
static int
flow_shared_pairs(struct flow *f, struct piece *a, struct piece *b)
{
	const uint64_t *x, *y;
	size_t		xn, yn, xcap, ycap, i, h;
	int		n = 0;

	x = flow_pairs(f, a, &xn, &xcap);
	y = flow_pairs(f, b, &yn, &ycap);
	y += yn;
	for (i = 0; i < xn; i++) {
		for (h = flow_pair_slot(x[i], ycap); y[h] != 0 && y[h] != x[i];
		     h = (h + 1) & (ycap - 1))
			;
		n += y[h] != 0;
	}
	return (n);
}

static double
flow_em(struct flow *f, const struct piece *pc)
{
	double em = 0;
	size_t i;

	for (i = pc->first; i <= pc->last; i++)
		em += f->p->lines[i].em;
	return (em);
}

/*
 * The ems of body piece pc and of the bodies right before it that end
 * inside a sentence and run on into it (…在风 ⏎⏎ 雨中经受考验、…好课堂。): a
 * column break parts them, not a story.
 */
static double
flow_run_em(struct flow *f, const struct piece *pc)
{
	double em = flow_em(f, pc);

	while (pc > f->pc && !pc[-1].head && pc[-1].open &&
	    pc[-1].last + 1 == pc->first) {
		pc--;
		em += flow_em(f, pc);
	}
	return (em);
}

/* Does a line of the piece sign a commentary (flow_line_signs())? */
static int
flow_piece_signed(const struct flow *f, const struct piece *pc, int writer)
{
	size_t k;

	for (k = pc->first; k <= pc->last; k++) {
		if (flow_line_signs(&f->p->lines[k], writer))
			return (1);
	}
	return (0);
}

/*
 * Does the text from piece i on, up to the next heading, hold a line that
 * signs a commentary (flow_piece_signed())?
 */
static int
flow_signed_after(struct flow *f, size_t i, int writer)
{
	for (; i < f->npc && !f->pc[i].head; i++) {
		if (flow_piece_signed(f, &f->pc[i], writer))
			return (1);
	}
	return (0);
}

/* Does a line of story a's text before piece i sign a commentary? */
static int
flow_story_signed(struct flow *f, int a, size_t i)
{
	size_t j;

	if (a < 0)
		return (0);
	for (j = 0; j < i; j++) {
		if (!f->pc[j].head && f->pc[j].art == a &&
		    flow_piece_signed(f, &f->pc[j], 0))
			return (1);
	}
	return (0);
}

/* Does the piece open on a day of the month, as a news story's lead does? */
static int
flow_opens_on_day(struct flow *f, const struct piece *pc)
{
	return (flow_line_opens_on_day(&f->p->lines[pc->first]));
}

/* Did the story of piece i (its text) open on a dateline? */
static int
flow_story_dated(struct flow *f, size_t i)
{
	size_t k;
	int    a = f->pc[i].art;

	if (f->pc[i].head || a < 0)
		return (0);
	for (k = 0; k <= i; k++) {
		if (!f->pc[k].head && f->pc[k].art == a)
			return (f->pc[k].dateline);
	}
	return (0);
}

/* Does the line name a reporter: 记者, or 记 者 as an extractor spaced it? */
static int
flow_names_reporter(const struct line *l)
{
	const char *c = l->s, *e = l->s + l->len;

	while ((c = parse_memmem(c, (size_t)(e - c), "记", 3)) != NULL) {
		if (parse_starts_loose(c, (size_t)(e - c), "记者") != 0)
			return (1);
		c += 3;
	}
	return (0);
}

/*
 * Does the story of piece i (text) name a reporter in its byline (本报记者
 * 周雯)?  A 记者 byline makes it news, as a dateline does.
 */
static int
flow_story_reported(struct flow *f, size_t i)
{
	const struct draft *d;
	const struct line  *l;
	size_t		    k;

	if (f->pc[i].head || f->pc[i].art < 0)
		return (0);
	d = &f->p->drafts[f->pc[i].art];
	for (k = 0; k < d->nbyline; k++) {
		l = &f->p->lines[d->byline[k]];
		if (f->role[d->byline[k]] == F_BYLINE && !l->signature &&
		    flow_names_reporter(l))
			return (1);
	}
	return (0);
}

/*
 * A caption from piece i on: a credit ends it, or ends the pieces that
 * follow it while each leaves its sentence open (a blank from the
 * extractor parts the caption's lines), or stands alone right under it,
 * all short of a story.
 */
static int
flow_caption_from(struct flow *f, size_t i)
{
	double em = 0;

	for (; i < f->npc && !f->pc[i].head; i++) {
		em += flow_em(f, &f->pc[i]);
		if (em >= flow_tune.caption_max_em)
			return (0);
		if (f->pc[i].credit)
			return (1);
		if (!f->pc[i].open)
			return (i + 1 < f->npc && !f->pc[i + 1].head &&
			    f->pc[i + 1].credit &&
			    f->pc[i + 1].first == f->pc[i + 1].last);
	}
	return (0);
}

/*
 * A caption under a heading from piece i on: as flow_caption_from, or
 * two short pieces, a blank from the extractor between two of its
 * sentences, the second ended by its credit (…作业。⏎⏎开春以来，…热潮。
 * 本报记者 马骁摄).  Not a story's text its sign-off ends, nor one over
 * a caption of its own (3月6日，…); a story's section under a subheading
 * runs longer than a picture's caption.
 */
static int
flow_caption_under(struct flow *f, size_t i)
{
	return (flow_caption_from(f, i) ||
	    (i + 1 < f->npc && !f->pc[i].head && !f->pc[i].open &&
		!f->p->lines[f->pc[i].last].closer && !f->pc[i + 1].head &&
		f->pc[i + 1].credit && !flow_opens_on_day(f, &f->pc[i + 1]) &&
		flow_em(f, &f->pc[i]) + flow_em(f, &f->pc[i + 1]) <
		    flow_tune.caption_max_em));
}

/* Does the line end on a quote closed after a sentence's end (。”)? */
static int
flow_quote_closed(const struct line *l)
{
	return (parse_ends(l->s, l->len, "。”") ||
	    parse_ends(l->s, l->len, "！”") || parse_ends(l->s, l->len, "？”"));
}

/*
 * Does the piece's first sentence end on a word of saying (…居民刘先生停好
 * 车后说。) or say one before a pause, as the words after a quote that name
 * who said it do?
 */
static int
flow_says_who(struct flow *f, const struct piece *pc)
{
	static const char *const said[] = { "说。", "道。", "表示。", "介绍。",
		"称。" };
	size_t			 n = pc->last - pc->first + 1, k;
	char			*t, *e;
	int			 yes = 0;

	t = parse_join_plain(f->p, pc->first, n > 3 ? 3 : n);
	if ((e = strstr(t, "。")) != NULL) {
		/* Naming the speaker, then saying more (…吴阿姨说，她还…). */
		yes = parse_memmem(t, (size_t)(e - t), "说，", 6) != NULL;
		for (k = 0; k < sizeof said / sizeof said[0] && !yes; k++)
			yes = parse_ends(t, (size_t)(e - t) + 3, said[k]);
	}
	free(t);
	return (yes);
}

/*
 * Does the piece run as a story's text: full lines of its column, three
 * or more (a line broken short before a figure that would not fit is a
 * full one: …请及时拨打⏎96110咨询。)?  An ad's box is set in short lines
 * of their own; a word of an ad's (联系, 报名) in such text makes it no
 * ad.
 */
static int
flow_running_text(struct flow *f, const struct piece *pc)
{
	size_t i, full = 0;

	for (i = pc->first; i <= pc->last; i++) {
		const struct line *l = &f->p->lines[i];
		double		   fig = 0;

		if (i < pc->last && !l->final)
			fig = parse_opening_figure(l + 1);
		full += l->em + fig >= flow_w(f, i) - flow_tune.full_slack;
	}
	return (full >= (size_t)flow_tune.running_min_lines);
}

/*
 * A photo's caption: a short piece that a credit ends (…摄).  It starts
 * something of its own, whatever text comes before it.  Not one that a
 * story's sign-off closes over the credit (…留住城市的记忆。 ⏎ （作者为…
 * 馆员） ⏎ 本报资料图片): a caption is signed by its credit alone, and that
 * credit is a picture's set under the story.
 */
static int
flow_caption(struct flow *f, const struct piece *pc)
{
	size_t k;

	if (!pc->credit || flow_em(f, pc) >= flow_tune.caption_max_em)
		return (0);
	for (k = pc->first; k < pc->last; k++) {
		if (f->p->lines[k].closer && f->role[k] != F_CREDIT)
			return (0);
	}
	return (1);
}

/*
 * Is heading piece i - 1 a subheading of the story before it rather than
 * a new article's title?  It follows that story's text directly, is no
 * wider than its column, has no kicker or dashed subtitle, and the text
 * under it opens with no dateline or byline.
 */
/*
 * Does the line open on an ordinal, as the parts of one story are
 * numbered: 第1计, 第三站, 一、, （二）, ③?  Its shape is what stands
 * before the number and the mark after it (第计, 、, （）, ①): the parts
 * of one story share it.
 */
static int
flow_ordinal_shape(const struct line *l, char shape[16])
{
	static const char numerals[] = "一二三四五六七八九十";
	const char	 *s = l->s;
	size_t		  n = l->len, k = 0, m;
	uint32_t	  c;
	int		  digits = 0;

	if (l->em > flow_tune.head_max_em / 2 || n < 3)
		return (0);
	text_utf8_next(s, n, &c);
	shape[0] = '\0';
	if (c >= 0x2460 && c <= 0x2473) { /* ① to ⑳ */
		memcpy(shape, "\xe2\x91\xa0", 4);
		return (1);
	}
	if (parse_starts(s, n, "第"))
		k = 3;
	else if (parse_starts(s, n, "（"))
		k = 3;
	for (; k < n; k += m) {
		m = text_utf8_next(s + k, n - k, &c);
		if ((c >= '0' && c <= '9') ||
		    (c > 0x7f &&
			parse_memmem(numerals, sizeof numerals - 1, s + k, m) !=
			    NULL))
			digits++;
		else
			break;
	}
	if (digits == 0 || digits > 3 || k >= n)
		return (0);
	/* Its shape: what stands before the number, and the mark after. */
	m = text_utf8_next(s + k, n - k, &c);
	if (parse_starts(s, n, "第") || parse_starts(s, n, "（")) {
		memcpy(shape, s, 3);
		memcpy(shape + 3, s + k, m);
		shape[3 + m] = '\0';
	} else {
		memcpy(shape, s + k, m);
		shape[m] = '\0';
	}
	if (parse_starts(s, n, "第"))
		return (1);
	return (parse_starts(s + k, n - k, "、") ||
	    (parse_starts(s, n, "（") && parse_starts(s + k, n - k, "）")));
}

/*
 * Is the line two phrases parted by one comma, as subheadings of one story
 * are set alike (楼组自治，事事有人; 多方协作，合力整治)?  Its shape is the
 * bytes before the comma and after it; 0 if it is not so set.
 */
static int
flow_pair_shape(const struct line *l)
{
	const char *c;
	size_t	    before, after;

	if (l->punct != 1 || l->stops != 1 ||
	    l->em > parse_tune.text.subhead_max_em ||
	    (c = parse_memmem(l->s, l->len, "，", 3)) == NULL)
		return (0);
	before = (size_t)(c - l->s);
	after = l->len - before - 3;
	if (before == 0 || after == 0 || before > 255 || after > 255)
		return (0);
	return ((int)(before << 8 | after));
}

/*
 * Does the line open on a topic of two to six Han characters and a colon,
 * the rest a phrase with no other mark (向海而兴：码头连起产业链)?  Its
 * shape is the bytes before the colon; 0 if it is not so set.
 */
int
flow_topic_shape(const struct line *l)
{
	const unsigned char *u = (const unsigned char *)l->s;
	const char	    *c;
	size_t		     before, k;

	if (l->punct != 1 || l->final || l->em > flow_tune.topic_max_em ||
	    (c = parse_memmem(l->s, l->len, "：", 3)) == NULL)
		return (0);
	before = (size_t)(c - l->s);
	if (before < 3 * (size_t)flow_tune.topic_min_chars ||
	    before > 3 * (size_t)flow_tune.topic_max_chars || before % 3 != 0 ||
	    before + 3 >= l->len)
		return (0);
	for (k = 0; k < before; k += 3) {
		if (u[k] < 0xe4 || u[k] > 0xe9)
			return (0);
	}
	return ((int)before);
}

/*
 * Has story a, in its pieces before piece i, a line that opens as a
 * topic and a colon of the same shape, alone between the end of a
 * sentence and a new paragraph or among its subheadings: one of its
 * subheadings, read as text or not?
 */
static int
flow_story_topic(struct flow *f, int a, size_t i, int shape)
{
	const struct parser *p = f->p;
	size_t		     j, k;

	for (j = 0; j < i; j++) {
		const struct piece *s = &f->pc[j];

		if (s->art != a || (s->head && !s->sub))
			continue;
		for (k = s->first; k <= s->last; k++) {
			if (flow_topic_shape(&p->lines[k]) != shape)
				continue;
			if (s->sub || p->lines[k].blank_before ||
			    (k > 0 && p->lines[k - 1].final))
				return (1);
		}
	}
	return (0);
}

/* Does the line open on an ordinal? */
static int
flow_is_ordinal(const struct line *l)
{
	char shape[16];

	return (flow_ordinal_shape(l, shape));
}

/* Does a piece open by naming its writer (a byline in its first lines)? */
static int
flow_names_writer(struct flow *f, const struct piece *pc)
{
	size_t k;

	for (k = pc->first; k <= pc->last && k < pc->first + 2; k++) {
		if (f->role[k] == F_BYLINE)
			return (1);
	}
	return (0);
}

/*
 * Is piece k story a's, or with a < 0 (a story still loose) piece bi's or
 * one that goes where bi goes?
 */
static int
flow_of_story(const struct flow *f, size_t k, int a, size_t bi)
{
	int root;

	if (a >= 0)
		return (f->pc[k].art == a);
	root = f->pc[bi].follow >= 0 ? f->pc[bi].follow : (int)bi;
	return ((int)k == root || f->pc[k].follow == root);
}

/*
 * How many pairs of characters heading piece hi shares with story a
 * (flow_of_story(), piece bi its last) in its pieces before piece end,
 * its headings too.  Counting stops at max, all that is asked.
 */
static int
flow_story_pairs(struct flow *f, size_t hi, int a, size_t bi, size_t end,
    int max)
{
	size_t k;
	int    n = 0;

	for (k = 0; k < end && n < max; k++) {
		if (flow_of_story(f, k, a, bi))
			n += flow_shared_pairs(f, &f->pc[hi], &f->pc[k]);
	}
	return (n);
}

/*
 * The most pairs of characters piece pc shares with one piece of story a
 * before it, not a heading: how much of that story's words it says.
 */
static int
flow_piece_says(struct flow *f, struct piece *pc, int a)
{
	size_t k;
	int    w = 0, s;

	for (k = 0; &f->pc[k] < pc; k++) {
		if (f->pc[k].head || f->pc[k].art != a)
			continue;
		if ((s = flow_shared_pairs(f, pc, &f->pc[k])) > w)
			w = s;
	}
	return (w);
}

/*
 * Has story a had a subheading set like heading piece k: one line, as
 * wide within two ems?
 */
static int
flow_sibling_sub(struct flow *f, size_t k, int a)
{
	const struct piece *h = &f->pc[k];
	double		    em = f->p->lines[h->first].em, d;
	size_t		    j;

	if (h->last != h->first)
		return (0);
	/* Within sub_reach pieces: a page has fewer, longer text more. */
	for (j = k > (size_t)flow_tune.sub_reach ?
		 k - (size_t)flow_tune.sub_reach :
		 0;
	     j < k; j++) {
		const struct piece *s = &f->pc[j];

		if (!s->sub || s->art != a || s->last != s->first)
			continue;
		d = f->p->lines[s->first].em - em;
		if (d <= 2 && d >= -2)
			return (1);
	}
	return (0);
}

/*
 * Is heading line k as long as a title: wider than a first line, or ten
 * ems or more with no mark and not two phrases (柳浦镇湖羊养殖走出共富路)?
 * A subheading alone in its story is shorter, or says the story's words.
 */
static int
flow_title_long(struct flow *f, size_t k)
{
	const struct line *l = &f->p->lines[k];

	return (parse_set_width(l) > flow_w(f, k) - flow_tune.indent_em + 0.5 ||
	    (l->em >= flow_tune.subhead_long_em && l->punct == 0 &&
		!flow_two_phrases(l)));
}

/* Does a line of piece pc give a number to call (咨询电话：0573-…)? */
static int
flow_has_call(struct flow *f, const struct piece *pc)
{
	size_t k;

	for (k = pc->first; k <= pc->last; k++) {
		if (flow_line_calls(&f->p->lines[k]))
			return (1);
	}
	return (0);
}

/*
 * Does a line of piece pc name its reporters (本报记者 沈一鸣 本报通讯员
 * 孙明浩)?  A story's text is under it; no ad's box carries one.
 */
static int
flow_signed_by_reporter(struct flow *f, const struct piece *pc)
{
	size_t k;

	for (k = pc->first; k <= pc->last; k++) {
		if (f->role[k] == F_BYLINE && !f->p->lines[k].signature)
			return (1);
	}
	return (0);
}

/*
 * Are piece i, short, and the piece after it an ad's text: either gives a
 * number to call (在线问诊 处方流转 药品配送 ⏎⏎ 咨询电话：0573-…)?  The
 * heading over them is the ad's name, not a subheading of the story
 * before it.
 */
static int
flow_ad_ahead(struct flow *f, size_t i)
{
	const struct piece *pc = &f->pc[i];

	if (flow_em(f, pc) >= flow_tune.ad_open_max_em)
		return (0);
	return (flow_has_call(f, pc) ||
	    (i + 1 < f->npc && f->pc[i + 1].first == f->pc[i + 1].last &&
		flow_has_call(f, &f->pc[i + 1])));
}

/*
 * Does heading piece hi say the words of a story other than a, the one
 * over it (piece bi its last; flow_story_pairs()): fewer than
 * subhead_pairs of a's pairs of characters, or fewer than subhead_pairs
 * + 2 (a word of three characters) while it says lead_pairs of the text
 * under it (piece i), or more than that, but says lead_over_story times
 * as many of the text under it (惠企政策“免申即享”⏎1.2亿元资金直达企业
 * under a story of a project's 亿元 and its 企业)?  A subheading says
 * its story's words; a title says its own lead's far more than any
 * other's (市政府召开常务会议 ⏎ 研究部署一季度稳增长工作 under a story
 * of a quarter's projects: 一季度 alone is the story's).
 */
static int
flow_says_other_story(struct flow *f, size_t hi, int a, size_t bi, size_t i)
{
	int n, lead;

	n = flow_story_pairs(f, hi, a, bi, hi, flow_tune.lead_pairs);
	if (n < flow_tune.subhead_pairs)
		return (1);
	lead = flow_shared_pairs(f, &f->pc[hi], &f->pc[i]);
	return (lead >= flow_tune.lead_pairs &&
	    (n < flow_tune.subhead_pairs + 2 ||
		lead > flow_tune.lead_over_story * n));
}

/*
 * How many of heading piece hi's pairs of characters the text under it
 * says, each piece's up to the next heading counted.
 */
static size_t
flow_pairs_under(struct flow *f, size_t hi)
{
	size_t j, n = 0;

	for (j = hi + 1; j < f->npc && !f->pc[j].head; j++)
		n += (size_t)flow_shared_pairs(f, &f->pc[hi], &f->pc[j]);
	return (n);
}

static int
flow_is_subhead(struct flow *f, size_t i, int *cur)
{
	struct parser	   *p = f->p;
	const struct piece *h, *pc = &f->pc[i], *b;
	const struct line  *l;
	size_t		    k, n, j;
	int		    a, sibling, root, shape, lines;
	char		    ord[16], was[16];

	/*
	 * Nor over the note that a story jumps from another page (（上接1
	 * 版）): that starts the rest of a story, under its title.
	 */
	if (i < 2 || pc->dateline || flow_caption_under(f, i) ||
	    f->p->lines[pc->first].cls == L_CONT || flow_ad_ahead(f, i))
		return (0);
	/*
	 * Nor is a heading over text that a commentary's signature ends
	 * (本报评论员), after a story that opened on its dateline or names
	 * its reporter (本报记者 周雯): a news story is signed by none.
	 */
	if (flow_signed_after(f, i, 0) &&
	    (flow_story_dated(f, i - 2) || flow_story_reported(f, i - 2)))
		return (0);
	/*
	 * Nor over a news story's lead, which opens on its day (3月4日下午，
	 * …), after a commentary that a signature signs: the next story.
	 */
	if (flow_opens_on_day(f, pc) &&
	    flow_story_signed(f, f->pc[i - 2].art, i - 1))
		return (0);
	h = &f->pc[i - 1];
	b = &f->pc[i - 2];
	/*
	 * Nor a title with a column's name under it (小事情里见作风⏎澄言)
	 * that says more of the words of the text under it than of the
	 * story above: a commentary's head.  A subheading broken short over
	 * two lines (…产业链加快集聚⏎发展) says its story's.
	 */
	if (h->last == h->first + 1 && flow_tag_shaped(&p->lines[h->last]) &&
	    p->lines[h->first].em >= flow_tune.phrase_min_em &&
	    parse_set_width(&p->lines[h->first]) + p->lines[h->last].em <
		flow_w(f, h->first) - flow_tune.full_slack &&
	    (n = flow_pairs_under(f, i - 1)) >=
		(size_t)flow_tune.subhead_pairs &&
	    (double)n >
		flow_story_pairs(f, i - 1, b->art, i - 2, i - 1, (int)n))
		return (0);
	/*
	 * The next numbered part of a story whose parts are numbered alike
	 * (第4计, then 第5计 after a box): that story's, however far.
	 */
	if (h->last - h->first < (size_t)flow_tune.head_max_lines &&
	    flow_ordinal_shape(&p->lines[h->first], ord)) {
		for (k = i - 1; k > 0; k--) {
			const struct piece *s = &f->pc[k - 1];

			if (s->sub && s->art >= 0 &&
			    p->drafts[s->art].kind == PARSE_NEWS &&
			    flow_ordinal_shape(&p->lines[s->first], was) &&
			    strcmp(ord, was) == 0) {
				*cur = s->art;
				return (1);
			}
		}
	}
	/*
	 * A subheading set as a story's earlier ones are, two phrases
	 * parted by a comma alike (业主议事，小区和美 after 楼组自治，事事
	 * 有人): that story's, however far, past a box or another story.
	 */
	if (h->first == h->last && !pc->dateline &&
	    (k = (size_t)flow_pair_shape(&p->lines[h->first])) != 0) {
		for (j = i - 1; j > 0; j--) {
			const struct piece *s = &f->pc[j - 1];

			if (s->sub && s->art >= 0 && s->first == s->last &&
			    p->drafts[s->art].kind == PARSE_NEWS &&
			    (size_t)flow_pair_shape(&p->lines[s->first]) == k) {
				*cur = s->art;
				return (1);
			}
		}
	}
	/*
	 * A subheading that opens on a topic and a colon as a line of the
	 * story's did (绿色港口：岸电覆盖所有泊位 after 向海而兴：码头连起
	 * 产业链): that story's, however wide.  A title may open so (湖滨
	 * 街道：…); one alone says nothing.
	 */
	if (h->first == h->last && !pc->dateline && !b->head && b->art >= 0 &&
	    p->drafts[b->art].kind == PARSE_NEWS && !p->drafts[b->art].photo &&
	    p->lines[b->last].final &&
	    (shape = flow_topic_shape(&p->lines[h->first])) != 0 &&
	    flow_story_topic(f, b->art, i - 1, shape)) {
		*cur = b->art;
		return (1);
	}
	/* A numbered part of the story running on, however set. */
	if (flow_is_ordinal(&p->lines[h->first]) && !b->head && b->art >= 0 &&
	    p->drafts[b->art].kind == PARSE_NEWS &&
	    h->last - h->first < (size_t)flow_tune.head_max_lines)
		return (1);
	/* The subheading: one heading piece, or two set a blank apart. */
	for (n = 1; n <= 2 && i > n; n++) {
		b = &f->pc[i - 1 - n];
		if (!b->head)
			break;
		if (n == 2 || b->used || b->last - b->first > 0)
			return (0);
	}
	if (i < n + 1)
		return (0);
	b = &f->pc[i - 1 - n];
	a = b->art;
	/*
	 * After a piece of a story's text still loose (its story is decided
	 * below), the subheading and its text go where that piece goes:
	 * *cur is -2.
	 */
	if (b->head || (a < 0 && a != -2) ||
	    (a == -2 && flow_run_em(f, b) < flow_tune.story_min_em) ||
	    (a >= 0 &&
		(p->drafts[a].photo || p->drafts[a].kind != PARSE_NEWS)) ||
	    !p->lines[b->last].final)
		return (0);
	/*
	 * A story that has had subheadings has more, set as they were: when
	 * two or more were all of one number of lines, a heading of another
	 * is no subheading of its (a title one line, its parts two).
	 */
	sibling = 0;
	root = b->follow >= 0 ? b->follow : (int)(b - f->pc);
	shape = -1;
	lines = 0;
	for (k = 0; k + 1 < i; k++) {
		const struct piece *s = &f->pc[k];

		if (!s->sub || s->art != a)
			continue;
		/* One subheading may be two pieces, a blank between. */
		lines += (int)(s->last - s->first) + 1;
		if (f->pc[k + 1].sub && f->pc[k + 1].art == a)
			continue;
		if (a != -2 || f->pc[k + 1].follow == root ||
		    (int)k + 1 == root) {
			sibling++;
			shape = shape == -1 || shape == lines ? lines : -2;
		}
		lines = 0;
	}
	if (sibling >= 2 && shape >= 0 && n == 1 &&
	    shape != (int)(f->pc[i - 1].last - f->pc[i - 1].first) + 1)
		return (0);
	for (j = 1; j <= n; j++) {
		h = &f->pc[i - j];
		if (h->last - h->first > 1)
			return (0);
		/* A summary box's label goes with a story's title. */
		if (flow_line_says(&p->lines[h->last], parse_summary_label))
			return (0);
		/*
		 * Not a line wider than the column, two phrases set wide, a
		 * dash's, one set doubled, nor a column's name (新论; 澄言
		 * under its title, over text its writer signs: a short line
		 * under a subheading may be its broken end, …加快集聚⏎发展):
		 * a story's heading.
		 */
		for (k = h->first; k <= h->last; k++) {
			l = &p->lines[k];

			if (l->em > flow_w(f, k) ||
			    (flow_two_phrases(l) &&
				l->em > parse_tune.text.subhead_max_em) ||
			    (h->first == h->last && !sibling &&
				flow_indent_shaped(f, k)) ||
			    parse_starts(l->s, l->len, "——") ||
			    parse_ends(l->s, l->len, "——") ||
			    parse_starts(l->s, l->len, "，") ||
			    parse_line_doubled(l) || parse_opinion_column(l) ||
			    (l->coltag && flow_signed_after(f, i, 1)))
				return (0);
		}
		/*
		 * A heading of two lines, each a phrase, or of one that
		 * opens on a topic and a colon, or, in a story that has had
		 * no subheading, is wider than a first line or as long as a
		 * title with no mark, not two phrases, that says no word of
		 * the story over it heads a story of its own (…咨询。⏎⏎西塘桥镇
		 * 高标准农田⏎改出“丰”景⏎机耕路…; …的便利。⏎⏎湖滨街道：小区停车
		 * 难有了新解法⏎…; …就业。⏎⏎南漾街道社区食堂推出“银发套餐”⏎…;
		 * …再辛苦也值得。”⏎柳浦镇湖羊养殖走出共富路⏎…): a subheading is
		 * short, or says its story's.  So does a line nearly as wide
		 * as the column over a column's name or a broken end of a
		 * few characters (让“一一回应”成为常态⏎澄言⏎群众的…).  Not
		 * one line broken in a quote or a word (循环利用，把秸秆“吃
		 * 干榨⏎净”), nor a part's short label over its subheading
		 * (送技能⏎返乡青年学会开网店).  Asked last: it reads the
		 * story's text.
		 */
		if (((h->last == h->first &&
			 (flow_topic_shape(&p->lines[h->first]) != 0 ||
			     (!sibling && n == 1 &&
				 flow_title_long(f, h->first)))) ||
			(h->last > h->first &&
			    flow_quotes_open(&p->lines[h->first]) <= 0 &&
			    p->lines[h->first].em >= flow_tune.phrase_min_em &&
			    (p->lines[h->last].em >= flow_tune.phrase_min_em ||
				(flow_tag_shaped(&p->lines[h->last]) &&
				    parse_set_width(&p->lines[h->first]) >=
					flow_w(f, h->first) -
					    flow_tune.indent_em)))) &&
		    flow_says_other_story(f, (size_t)(h - f->pc), a,
			(size_t)(b - f->pc), i))
			return (0);
	}
	if (flow_names_writer(f, pc))
		return (0);
	if (a == -2)
		*cur = -2;
	return ((int)n);
}

/* Count the widths of a piece's lines that run on, in half-em bins. */
static void
flow_measure_add(struct flow *f, const struct piece *pc, size_t *count,
    size_t *m)
{
	size_t k;
	int    bin;

	for (k = pc->first; k <= pc->last; k++) {
		const struct line *l = &f->p->lines[k];

		if (f->role[k] != F_BODY || l->cls != L_TEXT || l->final ||
		    l->punct == 0 || l->em < 4 || l->em > 40)
			continue;
		bin = (int)(parse_set_width(l) * 2 + 0.5);
		count[bin < FLOW_BINS ? bin : FLOW_BINS - 1]++;
		(*m)++;
	}
}

/* The width most of the counted lines share, or 0 if fewer than three. */
static double
flow_measure_best(const size_t *count, size_t m)
{
	int bin, best = 0;

	for (bin = 1; bin < FLOW_BINS; bin++) {
		if (count[bin] > count[best])
			best = bin;
	}
	return (count[best] >= 3 && count[best] * 2 >= m ? best / 2.0 : 0);
}

/*
 * The measure a piece is set to: the width that most of its lines running
 * on share (spaces an extractor put beside digits counted as room), or 0
 * when fewer than three lines say it.
 */
static double
flow_measure(struct flow *f, const struct piece *pc)
{
	struct piece *c = (struct piece *)pc; /* the cache only */
	size_t	      count[FLOW_BINS], m = 0;

	if (!c->measured) {
		memset(count, 0, sizeof count);
		flow_measure_add(f, pc, count, &m);
		c->measure = flow_measure_best(count, m);
		c->measured = 1;
	}
	return (c->measure);
}

/* The story a piece went to, or for one still loose, the one it follows. */
static int
flow_piece_story(struct flow *f, const struct piece *pc)
{
	return (
	    pc->art == -2 && pc->follow >= 0 ? f->pc[pc->follow].art : pc->art);
}

/*
 * Is piece b set to a measure two ems or more from the story of piece a
 * (that story's pieces before b; for a loose one, the pieces that go
 * where it goes)?  A story keeps its column's width: text set to another
 * is another story's (a change of measure between two bodies is a
 * boundary).
 */
static int
flow_new_measure(struct flow *f, const struct piece *a, const struct piece *b)
{
	size_t count[FLOW_BINS], m = 0, j, end = (size_t)(b - f->pc);
	int    story = flow_piece_story(f, a);
	int    root = a->follow >= 0 ? a->follow : (int)(a - f->pc);
	double x, y;

	if ((y = flow_measure(f, b)) == 0)
		return (0);
	memset(count, 0, sizeof count);
	for (j = 0; j < end; j++) {
		const struct piece *s = &f->pc[j];

		if (s->head ||
		    (story >= 0 ? flow_piece_story(f, s) != story :
				  (int)j != root && s->follow != root))
			continue;
		flow_measure_add(f, s, count, &m);
	}
	x = flow_measure_best(count, m);
	return (x > 0 && (x - y >= 2 || y - x >= 2));
}

/*
 * Is heading piece i - 1 a subheading of a story set to a measure of its
 * own, narrower or wider than the page's column, that the text under it
 * is set to as well?  A story in a narrow column resumes under its
 * subheading after whatever pdftotext read between (夜间借阅更方便
 * ends one column, 自助设备上新 heads the next).  Which story, or -1:
 * one only, and the text under the heading names no writer of its own.
 */
static int
flow_measure_story(struct flow *f, size_t i)
{
	struct parser	   *p = f->p;
	const struct piece *h = &f->pc[i - 1], *pc = &f->pc[i];
	const struct line  *l = &p->lines[h->first];
	double		    w, m;
	size_t		    j;
	int		    a = -1;

	if (h->first != h->last || h->used || pc->dateline || pc->credit ||
	    pc->picture || l->em > parse_tune.text.subhead_max_em ||
	    parse_line_doubled(l) || parse_starts(l->s, l->len, "——") ||
	    parse_ends(l->s, l->len, "——"))
		return (-1);
	if (flow_names_writer(f, pc))
		return (-1);
	w = flow_measure(f, pc);
	if (w == 0 ||
	    (w > flow_w(f, pc->first) - 2 && w < flow_w(f, pc->first) + 2))
		return (-1);
	for (j = 0; j + 1 < i; j++) {
		const struct piece *s = &f->pc[j];

		if (s->head || s->art < 0 ||
		    p->drafts[s->art].kind != PARSE_NEWS ||
		    p->drafts[s->art].photo || s->art == a)
			continue;
		m = flow_measure(f, s);
		if (m == 0 || m - w > 0.5 || w - m > 0.5)
			continue;
		if (a >= 0)
			return (-1);
		a = s->art;
	}
	return (a);
}

/*
 * Is heading piece i - 1 one more subheading of an earlier story, set as
 * its subheadings are (one line, no mark, within two ems of one of them),
 * where the story running on has had none?  pdftotext may read another
 * story's text between two parts of a story (候鸟数量明显回升, then
 * a dispatch, then 市民观鸟热情高涨).  Which story, or -1: one
 * only; the heading stands alone after text, and the text under it opens
 * with no dateline or byline.
 */
static int
flow_sibling_story(struct flow *f, size_t i, int cur)
{
	struct parser	   *p = f->p;
	const struct piece *h = &f->pc[i - 1], *pc = &f->pc[i];
	const struct line  *l = &p->lines[h->first];
	size_t		    j;
	int		    a = -1;

	if (i < 2 || f->pc[i - 2].head || h->first != h->last || h->used ||
	    pc->dateline || pc->credit || pc->picture || l->punct > 0 ||
	    l->em > parse_tune.text.subhead_max_em || parse_line_doubled(l))
		return (-1);
	if (flow_names_writer(f, pc))
		return (-1);
	for (j = 0; j + 1 < i; j++) {
		const struct piece *s = &f->pc[j];
		const struct line  *sl = &p->lines[s->first];

		if (!s->sub || s->art < 0)
			continue;
		if (s->art == cur)
			return (-1);
		/* Set alike: as wide within two ems, with no mark either. */
		if (s->art == a || s->first != s->last || sl->punct > 0 ||
		    sl->em > l->em + 2 || sl->em < l->em - 2)
			continue;
		if (a >= 0)
			return (-1);
		a = s->art;
	}
	return (
	    a >= 0 && p->drafts[a].kind == PARSE_NEWS && !p->drafts[a].photo ?
		a :
		-1);
}

/* Does heading piece h say what ads say (报名, 招生, 热线, …)? */
static int
flow_head_ad_words(struct flow *f, const struct piece *h)
{
	char *t = flow_plain(f, h);
	int   n = parse_ad_score(t);

	free(t);
	return (n > 0);
}

/*
 * Is piece i an ad's lines with no stop, set short (在线问诊 处方流转 药品
 * 配送), over its line to call set apart, read as a heading or as a line
 * of text (咨询电话：0573-…)?
 */
static int
flow_call_under(struct flow *f, size_t i)
{
	const struct piece *pc = &f->pc[i];

	return (i + 1 < f->npc && !f->pc[i + 1].used &&
	    f->pc[i + 1].first == f->pc[i + 1].last &&
	    flow_has_call(f, &f->pc[i + 1]) && !f->p->lines[pc->last].final &&
	    !flow_running_text(f, pc));
}

/*
 * Is heading piece h a public-service ad's (公益广告…), or an ad's with a
 * line to call (咨询电话：0573-…)?  It titles nothing.
 */
static int
flow_psa(struct flow *f, const struct piece *h)
{
	const struct line *l = &f->p->lines[h->first];

	return (flow_has_call(f, h) || parse_starts(l->s, l->len, "公益广告"));
}

/*
 * How many pairs of Han characters body piece pc and the bodies it runs on
 * into (flow_runs_into(): …鹭类候鸟和越冬 ⏎⏎ 的鸥类候鸟，…) share with the
 * text of b's story before pc: b and the story's other bodies (a
 * subheading may have cut b short: 小吃街，街小吃 ⏎ “以前一条街只有三四家
 * 店。现在外地游客都来了。”).
 * Counting stops at max, all that is asked.
 */
static int
flow_run_shared(struct flow *f, struct piece *pc, struct piece *b, int max)
{
	struct piece *e, *s;
	int	      n = 0;

	for (e = pc; e != NULL && n < max; e = flow_runs_into(f, pc, e)) {
		for (s = f->pc; s < pc && n < max; s++) {
			if (s == b ||
			    (b->art >= 0 && s->art == b->art && !s->head))
				n += flow_shared_pairs(f, e, s);
		}
	}
	return (n);
}

/*
 * Does a heading still unused, read before piece pc, fit it (a title's
 * characters found in its text, as flow_match() pairs them) where the
 * text before it, prev, shares next to no words with it?  Then pc, though
 * it opens a paragraph after a column break, is not more of prev's story
 * but the heading's.
 */
static int
flow_fits_heading(struct flow *f, struct piece *pc, struct piece *prev)
{
	size_t k, end = (size_t)(pc - f->pc);
	int    unrelated = -1;

	/*
	 * Headings read before it: a stack at the top, a column's logo.
	 * Only the headings are gone through, not every piece, and the
	 * first fits_heads_max of them: a text of many short pieces, or of
	 * many headings, is no square of them.
	 */
	if (f->heads == NULL) {
		f->heads = xreallocarray(NULL, f->npc + 1, sizeof *f->heads);
		for (k = 0; k < f->npc; k++) {
			if (f->pc[k].head)
				f->heads[f->nheads++] = k;
		}
	}
	for (k = 0; k < f->nheads && f->heads[k] < end &&
	     k < (size_t)flow_tune.fits_heads_max;
	     k++) {
		struct piece *h = &f->pc[f->heads[k]];

		if (h->used || h->follow >= 0 || h->adlabel || flow_psa(f, h))
			continue;
		/*
		 * The words it shares with prev, counted once, if asked: its
		 * own and those of the text it runs on into over a column
		 * break inside a sentence (flow_run_shared()).
		 */
		if (unrelated < 0)
			unrelated =
			    flow_run_shared(f, pc, prev,
				flow_tune.related_min) < flow_tune.related_min;
		if (!unrelated)
			return (0);
		if (flow_match_score(f, h, pc) / flow_han(f, h) >=
		    flow_tune.match_min)
			return (1);
	}
	return (0);
}

/*
 * Is the piece set wider than the column (a deck or a box across columns)?
 * The story before it runs in its column: it is none of its paragraphs.
 */
static int
flow_wide(struct flow *f, const struct piece *pc)
{
	return (f->p->lines[pc->first].em >
	    flow_w(f, pc->first) + flow_tune.head_wide);
}

/*
 * Are the pieces between heading k and piece pi all headings, or with
 * boxes, headings or boxes set into the column (a notice, an
 * advertisement, the weather)?
 */
static int
flow_stacked(struct flow *f, size_t k, size_t pi, int boxes)
{
	size_t i;

	for (i = k + 1; i < pi; i++) {
		const struct piece *b = &f->pc[i];

		if (!b->head &&
		    (!boxes || b->art < 0 ||
			f->p->drafts[b->art].kind == PARSE_NEWS ||
			f->p->drafts[b->art].kind == PARSE_COMMENTARY))
			return (0);
	}
	return (1);
}

/*
 * Does the piece open on text, not on a line with no mark in it short of
 * the column (a title run into its piece: 招聘会上人气旺⏎3月5日，…)?
 */
static int
flow_piece_opens_on_text(struct flow *f, const struct piece *pc)
{
	const struct line *l = &f->p->lines[pc->first];

	return (l->punct > 0 ||
	    l->em >= flow_w(f, pc->first) - flow_tune.indent_em);
}

/*
 * Can a notice's label head the piece: a few lines, or text that reads as
 * an ad's?  A story's text never does.
 */
static int
flow_notice_text(struct flow *f, struct piece *pc)
{
	return (flow_em(f, pc) < 60 ||
	    (flow_em(f, pc) < 200 && parse_is_ad(flow_lead(f, pc), 1)));
}

/* A heading's text, for sorting them. */
struct flow_text {
	const char *s;
	size_t	    len;
	size_t	    piece;
};

static int
flow_text_cmp(const void *a, const void *b)
{
	const struct flow_text *x = a, *y = b;

	if (x->len != y->len)
		return (x->len < y->len ? -1 : 1);
	return (memcmp(x->s, y->s, x->len));
}

/*
 * Marks, once for the page, the headings that open with a notice's label
 * (flow_is_ad_label()), and the short one-line headings that the page
 * sets twice or more (a tag is short; a title set again over its jump is
 * not one): sorted by their text, equal neighbours are tags.
 */
static void
flow_mark_tags(struct flow *f)
{
	struct flow_text *t;
	size_t		  n = 0, i, j, k;

	t = xcalloc(f->npc + 1, sizeof *t);
	for (i = 0; i < f->npc; i++) {
		struct piece	  *h = &f->pc[i];
		const struct line *l = &f->p->lines[h->first];

		h->adlabel = h->head && flow_is_ad_label(l);
		if (h->head && h->first == h->last && l->em <= 8) {
			t[n].s = l->s;
			t[n].len = l->len;
			t[n++].piece = i;
		}
	}
	qsort(t, n, sizeof *t, flow_text_cmp);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && flow_text_cmp(&t[i], &t[j]) == 0; j++)
			;
		for (k = i; j - i >= 2 && k < j; k++)
			f->pc[t[k].piece].tag = 1;
	}
	free(t);
}

struct flow_pair {
	double score;
	int    head; /* heading piece */
	int    cand; /* index into the candidates */
	int    kick; /* the heading was a kicker by where it stands */
};

static int
flow_pair_cmp(const void *a, const void *b)
{
	const struct flow_pair *x = a, *y = b;

	if (x->score != y->score)
		return (x->score > y->score ? -1 : 1);
	return (x->head != y->head ? x->head - y->head : x->cand - y->cand);
}

static int  flow_starts_para(struct flow *, const struct piece *);
static void flow_draft_text(struct flow *, const struct draft *, struct buf *);

/*
 * The story left inside a sentence nearest before piece pi, past boxes,
 * headings and stories that finished theirs (within a few pieces), or -1:
 * text that runs on mid-sentence can only go on such a story.
 */
static int
flow_open_before(struct flow *f, size_t pi)
{
	size_t i, j, stop;

	stop = pi > (size_t)flow_tune.open_back ? pi - flow_tune.open_back : 0;
	for (i = pi; i > stop; i--) {
		const struct piece *b = &f->pc[i - 1];

		if (b->head)
			continue;
		if (b->art < 0)
			return (-1);
		if (f->p->drafts[b->art].kind != PARSE_NEWS ||
		    f->p->drafts[b->art].photo || !b->open)
			continue;
		/* Its last text before pi: nothing of it after b. */
		for (j = i; j < pi && f->pc[j].art != b->art; j++)
			;
		if (j == pi)
			return (b->art);
	}
	return (-1);
}

/*
 * Are heading pieces k and k + 1 a title and the subtitle set apart
 * under it that opens on a dash (把服务送到企业心坎上⏎⏎——论优化营商…):
 * the title the first heading of the two (in a stack of headings they
 * pair by their words), neither a kicker nor an ad's label, the subtitle
 * still unused?  Either may be the one matched to the story.
 */
static int
flow_title_dash(struct flow *f, size_t k)
{
	struct parser	   *p = f->p;
	const struct piece *t = &f->pc[k], *u;
	const struct line  *l;

	if (k + 1 >= f->npc)
		return (0);
	u = &f->pc[k + 1];
	l = &p->lines[u->first];
	if (!u->head || !parse_starts(l->s, l->len, "——") || u->adlabel ||
	    u->tag || u->last - u->first > 2)
		return (0);
	l = &p->lines[t->last];
	if (!t->head || t->adlabel || t->tag || t->last - t->first > 1 ||
	    parse_ends(l->s, l->len, "——") ||
	    parse_starts(p->lines[t->first].s, p->lines[t->first].len, "——") ||
	    flow_psa(f, t))
		return (0);
	return (k == 0 || !f->pc[k - 1].head);
}

/*
 * Is heading piece k a title of one line with no mark, set apart under a
 * kicker and over a deck set across columns (韩卫东：… ⏎⏎ 全力跑出港区项
 * 目建设加速度 ⏎⏎ 与王强分别检查…): the heading piece under it, of two
 * lines or more, the first wider than its column by head_wide?  The deck
 * is the title's, not a title of its own.  With no kicker over it, such
 * a line may be a masthead's ear over a title block; a wide heading of
 * one line under it may be the title of the text under that, the line
 * with its kicker another story's heading.
 */
static int
flow_title_over_deck(struct flow *f, size_t k)
{
	const struct piece *t = &f->pc[k], *u;
	const struct line  *l = &f->p->lines[t->first];

	if (k == 0 || k + 1 >= f->npc || !t->head || t->first != t->last ||
	    t->adlabel || t->tag || l->punct != 0 || l->final ||
	    !f->pc[k - 1].head || !f->p->lines[f->pc[k - 1].first].kicker)
		return (0);
	u = &f->pc[k + 1];
	return (u->head && u->last > u->first && !u->adlabel && !u->tag &&
	    f->p->lines[u->first].blank_before &&
	    parse_set_width(&f->p->lines[u->first]) >
		flow_w(f, u->first) + flow_tune.head_wide);
}

/*
 * Heading piece k, a title, went to a story with the heading piece under
 * it: if that is its deck (flow_title_over_deck()), the title block says
 * so, for parse_heading() to set it as the subtitle, not the title.
 */
static void
flow_mark_deck(struct flow *f, size_t k)
{
	if (flow_title_over_deck(f, k))
		f->p->lines[f->pc[k + 1].first].deck = 1;
}

/*
 * Is heading piece k a title whose subtitle or deck is the heading piece
 * under it (flow_title_dash(), flow_title_over_deck())?
 */
static int
flow_title_with(struct flow *f, size_t k)
{
	return (flow_title_dash(f, k) || flow_title_over_deck(f, k));
}

/*
 * Heading piece k is matched to story a: the title over it or the
 * subtitle or deck under it (flow_title_with()), still unused, goes there
 * too, in its place: before k's lines (before = 1) or after them.
 */
static void
flow_title_over_dash(struct flow *f, size_t k, int a, int before)
{
	struct piece *t;

	if (before) {
		if (k == 0 || !flow_title_with(f, k - 1) || f->pc[k - 1].used)
			return;
		t = &f->pc[k - 1];
	} else {
		if (!flow_title_with(f, k) || f->pc[k + 1].used)
			return;
		t = &f->pc[k + 1];
	}
	t->used = 1;
	t->art = a;
	flow_add_lines(f, &f->p->drafts[a], t);
	flow_mark_deck(f, before ? k - 1 : k);
}

/*
 * Headings left over and the stories that have none: untitled stories
 * opened by a dateline, and loose pieces that may open one.  Each pair
 * is scored by the words they share; the best pairs are matched first,
 * one heading to one story.  A loose piece nothing titles goes on the
 * story before it.
 */
static void
flow_match(struct flow *f, const int *loose, int nloose, const int *untitled,
    int nuntitled, double min, int whole)
{
	struct parser	 *p = f->p;
	struct flow_pair *pairs;
	struct buf	  text = BUF_INIT;
	size_t		  npairs = 0, k, i;
	int		  ncand = nloose + nuntitled, c, *done;
	struct draft	 *d;
	size_t		  reach = f->npc, lo, hi;

	/*
	 * Every heading is scored against every candidate on a page; on
	 * text far longer than one (thousands of headings), only those
	 * within reach pieces of it, match_pairs_max pairs in all.
	 */
	if (ncand > 0 &&
	    (size_t)ncand * f->npc > (size_t)flow_tune.match_pairs_max)
		reach = (size_t)flow_tune.match_pairs_max / (2 * (size_t)ncand);
	pairs = xcalloc(
	    (size_t)ncand * (2 * reach < f->npc ? 2 * reach + 1 : f->npc) + 1,
	    sizeof *pairs);
	done = xcalloc((size_t)ncand + 1, sizeof *done);
	for (c = 0; c < ncand; c++) {
		int pi = c < nloose ? loose[c] : untitled[c - nloose];

		/* At the end, a story's whole text is known. */
		if (whole && c >= nloose && f->pc[pi].art >= 0)
			flow_draft_text(f, &p->drafts[f->pc[pi].art], &text);
		else
			buf_truncate(&text, 0);

		lo = (size_t)pi > reach ? (size_t)pi - reach : 0;
		hi = (size_t)pi + reach < f->npc ? (size_t)pi + reach + 1 :
						   f->npc;
		for (k = lo; k < hi; k++) {
			struct piece *h = &f->pc[k];
			double	      s, raw;
			int	      kick;

			/*
			 * At the end, a heading taken for the kicker of the
			 * title under it only by where it stands (no dash
			 * ends it) may yet be the title of a story that says
			 * most of its words again (read across a stack of two
			 * stories' headings).
			 */
			kick = text.len > 0 && h->head && h->used &&
			    h->follow >= 0 &&
			    !parse_ends(p->lines[h->last].s,
				p->lines[h->last].len, "——");
			/*
			 * A public-service ad's slogan titles no story; a
			 * notice's label (遗失声明, 订阅热线) heads a notice's
			 * few lines, never a story's text.
			 */
			if (!h->head || (h->used && !kick) || flow_psa(f, h) ||
			    (h->adlabel && !flow_notice_text(f, &f->pc[pi])) ||
			    h->tag)
				continue;
			if (kick) {
				s = flow_pair_share(f, h, buf_str(&text),
				    text.len);
				if (s < flow_tune.match_whole)
					continue;
				pairs[npairs].score = min + s;
				pairs[npairs].head = (int)k;
				pairs[npairs].cand = c;
				pairs[npairs].kick = 1;
				npairs++;
				continue;
			}
			/*
			 * Per character of the heading, so that a long
			 * heading does not win for its length alone.
			 */
			raw = flow_match_score(f, h, &f->pc[pi]);
			s = raw;
			/* Nearer headings are likelier: those above it. */
			if (k < (size_t)pi)
				s += 0.5;
			s /= flow_han(f, h);
			/* More words shared are more evidence, a little. */
			s += flow_tune.match_evidence * raw;
			/*
			 * And those right over it, a blank line between: a
			 * stack of headings, each of which may be its title;
			 * not a heading over a picture, whose story's text
			 * may be anywhere.
			 */
			if (k < (size_t)pi &&
			    flow_stacked(f, k, (size_t)pi, 0) &&
			    !p->lines[h->last].over_picture)
				s += flow_tune.adjacent;
			/*
			 * At the end, a title most of whose words its story
			 * says again, anywhere in it.
			 */
			if (s < min && text.len > 0 &&
			    flow_pair_share(f, h, buf_str(&text), text.len) >=
				flow_tune.match_whole)
				s = min;
			/*
			 * A photo's caption takes the heading over it on
			 * fewer words (a picture's title says little), a box
			 * set between them or not.
			 */
			if (s < min &&
			    !(c < nloose && f->pc[pi].credit &&
				k < (size_t)pi &&
				flow_stacked(f, k, (size_t)pi, 1)))
				continue;
			pairs[npairs].score = s;
			pairs[npairs].head = (int)k;
			pairs[npairs].cand = c;
			npairs++;
		}
	}
	if (npairs > 1)
		qsort(pairs, npairs, sizeof *pairs, flow_pair_cmp);
	for (k = 0; k < npairs; k++) {
		struct piece *h = &f->pc[pairs[k].head], *pc;
		int	      a;

		c = pairs[k].cand;
		if (done[c] || (h->used && !(pairs[k].kick && h->follow >= 0)))
			continue;
		done[c] = 1;
		h->used = 1;
		h->follow = -1;
		if (c < nloose) {
			pc = &f->pc[loose[c]];
			/* Under a notice's label (遗失声明): the notice. */
			d = parse_add_draft(p,
			    h->adlabel ? PARSE_AD : PARSE_NEWS);
			a = (int)(d - p->drafts);
			flow_add_lines(f, d, pc);
			pc->art = a;
			pc->how = 'M';
			if (pc->credit)
				d->photo = 1;
		} else {
			pc = &f->pc[untitled[c - nloose]];
			a = pc->art;
			d = &p->drafts[a];
		}
		h->art = a;
		flow_title_over_dash(f, (size_t)pairs[k].head, a, 1);
		flow_add_lines(f, d, h);
		flow_title_over_dash(f, (size_t)pairs[k].head, a, 0);
	}
	/*
	 * The rest, in page order: more of the story before them.  A box
	 * set into the column (an advertisement, a notice, a summary, the
	 * weather) is passed over when the story before it stopped inside
	 * a sentence, or the piece opens on text (not on a title run into
	 * it): the story runs on under the box.  A heading still unused
	 * between them is likelier the piece's own, which it may take once
	 * every piece has its place.
	 */
	for (c = 0; c < nloose; c++) {
		struct piece	   *pc = &f->pc[loose[c]];
		const struct piece *near = NULL;
		int		    a = -1, box = 0, label = 0;

		if (done[c])
			continue;
		if (!pc->credit && !flow_starts_para(f, pc) &&
		    (a = flow_open_before(f, (size_t)loose[c])) >= 0) {
			pc->art = a;
			pc->how = 'C';
			flow_add_lines(f, &p->drafts[a], pc);
			continue;
		}
		/*
		 * A short piece with a credit set alone right under it (…排
		 * 起了队。⏎⏎新华社记者 汤颖 陆峰 摄): a picture's caption
		 * and its credit, a photo of their own, not more of the story
		 * before them.
		 */
		if (!pc->credit && c + 1 < nloose && !done[c + 1] &&
		    loose[c + 1] == loose[c] + 1 &&
		    f->pc[loose[c + 1]].credit &&
		    flow_caption_from(f, (size_t)loose[c])) {
			struct piece *cr = &f->pc[loose[c + 1]];

			d = parse_add_draft(p, PARSE_NEWS);
			d->photo = 1;
			pc->art = cr->art = (int)(d - p->drafts);
			pc->how = cr->how = 'C';
			flow_add_lines(f, d, pc);
			flow_add_lines(f, d, cr);
			done[c + 1] = 1;
			continue;
		}
		for (i = (size_t)loose[c]; i > 0; i--) {
			const struct piece *b = &f->pc[i - 1];

			/*
			 * An advertisement nothing took, its label over its
			 * own lines (公益广告 over its slogan), is a box
			 * whole in itself, not the piece's title; past it,
			 * the piece must say the story's words (below).  A
			 * notice's label alone (公告) may head the piece.
			 */
			if (b->head && !b->used && b->adlabel &&
			    b->last > b->first &&
			    parse_ends(p->lines[b->first].s,
				p->lines[b->first].len, "广告")) {
				box = label = 1;
				continue;
			}
			if (b->head && !b->used)
				break;
			if (!b->head && near == NULL)
				near = b;
			if (b->head || b->art < 0)
				continue;
			if (p->drafts[b->art].kind != PARSE_NEWS) {
				box = 1;
				continue;
			}
			/*
			 * Its last text before this piece (a piece that
			 * follows it, still loose, may be): if that finished
			 * a sentence, text set to another measure is not its.
			 */
			if (near == NULL || flow_piece_story(f, near) != b->art)
				near = b;
			if ((!box || b->open ||
				flow_piece_opens_on_text(f, pc)) &&
			    !(!near->open && flow_new_measure(f, b, pc)) &&
			    (!label ||
				(!p->lines[b->last].closer &&
				    flow_piece_says(f, pc, b->art) >=
					flow_tune.related_min)))
				a = b->art;
			break;
		}
		if (a < 0 || pc->credit || p->drafts[a].kind != PARSE_NEWS ||
		    p->drafts[a].photo || flow_wide(f, pc)) {
			d = parse_add_draft(p, PARSE_NEWS);
			a = (int)(d - p->drafts);
			if (pc->credit)
				d->photo = 1;
		}
		pc->art = a;
		pc->how = 'C';
		flow_add_lines(f, &p->drafts[a], pc);
	}
	buf_free(&text);
	free(pairs);
	free(done);
}

/*
 * Does a heading line end on a verb that says what follows (…座谈会强调,
 * …领导小组印发通知): a kicker, over the title that says it?
 */
static int
flow_says_what(const struct line *l)
{
	static const char *const verbs[] = { "强调", "指出", "表示", "要求",
		"印发通知" };
	size_t			 i;

	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
		if (parse_ends(l->s, l->len, verbs[i]))
			return (1);
	}
	return (0);
}

/*
 * Moves the bylines of piece pc from its story to story to, and with them
 * the signature they may be (flow_add_lines() set it).
 */
static void
flow_move_bylines(struct flow *f, struct piece *pc, int to)
{
	struct draft *d = &f->p->drafts[pc->art], *t = &f->p->drafts[to];
	size_t	      k, n = 0, x;
	int	      signed_d = 0;

	for (k = 0; k < d->nbyline; k++) {
		x = d->byline[k];
		if (x >= pc->first && x <= pc->last) {
			parse_push(&t->byline, &t->nbyline, x);
			t->signed_commentary |= f->p->lines[x].signature;
		} else {
			d->byline[n++] = x;
			signed_d |=
			    f->role[x] == F_BYLINE && f->p->lines[x].signature;
		}
	}
	d->nbyline = n;
	d->signed_commentary = signed_d;
	pc->art = to;
}

/* Can story a take a byline: news, and none of its own yet? */
static int
flow_takes_byline(struct flow *f, int a)
{
	return (a >= 0 && f->p->drafts[a].kind == PARSE_NEWS &&
	    f->p->drafts[a].nbyline == 0);
}

/*
 * A reporter's byline set apart between a title and its text (pdftotext
 * -layout parts them with blanks) is that story's, not the one before's
 * nor a story of its own.
 */
static void
flow_lone_bylines(struct flow *f)
{
	size_t i, k;

	for (i = 1; i + 1 < f->npc; i++) {
		struct piece *pc = &f->pc[i], *h = &f->pc[i - 1];
		struct piece *n = &f->pc[i + 1];

		if (pc->head || pc->art < 0 || !h->head || n->head ||
		    n->art == pc->art || h->art != n->art ||
		    !flow_takes_byline(f, n->art))
			continue;
		for (k = pc->first; k <= pc->last; k++) {
			if (f->role[k] != F_BYLINE)
				break;
		}
		if (k > pc->last)
			flow_move_bylines(f, pc, n->art);
	}
}

/*
 * How often the page says what the join of two lines would say: the last
 * character of one and the first of the other, and a character more on
 * either side.  A word cut by a column break (萍⏎乡市) is usually said
 * again elsewhere on the page.
 */
int
flow_join_score(struct flow *f, const struct line *a, const struct line *b)
{
	struct parser *p = f->p;
	char	       j[24];
	size_t	       ka, kb, ka2, kb2, n;
	uint32_t       c;
	const char    *q, *e = p->text + p->len, *next[3];
	int	       score = 0;

	/*
	 * Each asking reads the whole page: a page's askings read
	 * join_scan_max bytes at most (a printed page asks a few times; a
	 * text of megabytes cut in short pieces would ask once a piece for
	 * each story left open).  Past that the join says nothing, and the
	 * words the stories share choose.
	 */
	if (a->len == 0 || b->len == 0 ||
	    f->join_scanned + p->len > flow_tune.join_scan_max)
		return (0);
	f->join_scanned += p->len;
	ka = text_utf8_prev(a->s, a->len, &c);
	ka2 = ka < a->len ? text_utf8_prev(a->s, a->len - ka, &c) : 0;
	kb = text_utf8_next(b->s, b->len, &c);
	kb2 = kb < b->len ? text_utf8_next(b->s + kb, b->len - kb, &c) : 0;
	n = ka + kb;
	if (n > sizeof j)
		return (0);
	if (n + ka2 > sizeof j)
		ka2 = 0;
	if (n + kb2 > sizeof j)
		kb2 = 0;
	memcpy(j, a->s + a->len - ka, ka);
	memcpy(j + ka, b->s, kb);
	/*
	 * The two longer joins hold the short one, so the page is read once,
	 * for it: at each place it stands the longer ones are tried too.
	 * Each is counted only clear of the last place it was counted (next),
	 * as a search that went on after each find would count it.
	 */
	next[0] = next[1] = next[2] = p->text;
	for (q = p->text; (q = parse_memmem(q, (size_t)(e - q), j, n)) != NULL;
	     q++) {
		if (q >= next[0]) {
			score += 1;
			next[0] = q + n;
		}
		if (ka2 > 0 && (size_t)(q - p->text) >= ka2 &&
		    q - ka2 >= next[1] &&
		    memcmp(q - ka2, a->s + a->len - ka - ka2, ka2) == 0) {
			score += 3;
			next[1] = q + n;
		}
		if (kb2 > 0 && (size_t)(e - q) >= n + kb2 && q >= next[2] &&
		    memcmp(q + n, b->s + kb, kb2) == 0) {
			score += 3;
			next[2] = q + n + kb2;
		}
	}
	return (score);
}

/*
 * The story a piece that opens inside a sentence goes on: of the stories
 * left open, the one whose last line joins its first best (a bracket the
 * piece closes is one that line left open: bracket_join more); where
 * they join alike, the one whose text shares more words with it; else the
 * one left open last.
 */
static int
flow_which_open(struct flow *f, const int *open_at, int last_open,
    struct piece *pc)
{
	struct parser *p = f->p;
	int	       o, best = last_open, bs = -1, bw = -1, s, w, n = 0;
	int	       closes;

	for (o = 0; o < (int)p->ndrafts; o++)
		n += open_at[o] > 0;
	if (n < 2)
		return (last_open);
	closes = flow_brackets_open(&p->lines[pc->first]) < 0;
	for (o = 0; o < (int)p->ndrafts; o++) {
		struct piece *lp;

		if (open_at[o] == 0)
			continue;
		lp = &f->pc[open_at[o] - 1];
		s = flow_join_score(f, &p->lines[lp->last],
		    &p->lines[pc->first]);
		/* A bracket it closes is one the other left open. */
		if (closes && flow_brackets_open(&p->lines[lp->last]) > 0)
			s += flow_tune.bracket_join;
		if (s < bs)
			continue;
		w = flow_shared_pairs(f, pc, lp);
		if (s > bs || w > bw || (w == bw && o == last_open)) {
			bs = s;
			bw = w;
			best = o;
		}
	}
	return (best);
}

/*
 * Does piece pc, which opens on no paragraph's first line, go on the
 * paragraph of prev, the piece right before it, rather than the sentence
 * that story o left open further back, in its piece lp?  The extractor
 * may set a blank inside a paragraph, where a row of another column stood
 * level with none of its own (…其中地下段十八公里。⏎⏎截至去年底，…).
 * Then prev ends on a full line, as a paragraph's line that goes on does,
 * and pc says the words of prev's story: para_related_min pairs more than
 * twice as many as of story o's (two stories may share their subject's
 * words).  Not when pc joins lp as the page's words do, or closes a
 * bracket lp left open: that is the sentence's rest.
 */
static int
flow_para_goes_on(struct flow *f, struct piece *prev, struct piece *pc, int o,
    struct piece *lp)
{
	struct parser *p = f->p;

	if (parse_set_width(&p->lines[prev->last]) <
		f->lw[prev->last] - flow_tune.full_slack ||
	    flow_join_score(f, &p->lines[lp->last], &p->lines[pc->first]) > 0 ||
	    (flow_brackets_open(&p->lines[lp->last]) > 0 &&
		flow_brackets_open(&p->lines[pc->first]) < 0))
		return (0);
	return (flow_piece_says(f, pc, prev->art) >=
	    2 * flow_piece_says(f, pc, o) + flow_tune.para_related_min);
}

/*
 * What a box headed by h is, from its label: a notice or advertisement
 * (遗失声明, 公告, 招聘, 公益广告, 订阅), a summary (核心阅读, 提要, 导读,
 * 编者按), or a story (PARSE_NEWS).
 */
static const char *const flow_ads[] = { "声明", "公告", "启事", "招聘", "诚聘",
	"广告", "订阅", "招生", "热线", "通告", "拍卖", "寻人", "讣告" };

/*
 * Is the line a label: no wider than max_em, with no mark, ending on one
 * of the n words?
 */
static int
flow_is_label(const struct line *l, double max_em, const char *const *words,
    size_t n)
{
	size_t i;

	if (l->em > max_em || l->punct > 0)
		return (0);
	for (i = 0; i < n; i++) {
		if (parse_ends(l->s, l->len, words[i]))
			return (1);
	}
	return (0);
}

/* Is the line a notice's or an advertisement's label (公益广告, 订阅热线)? */
int
flow_is_ad_label(const struct line *l)
{
	return (flow_is_label(l, 8, flow_ads,
	    sizeof flow_ads / sizeof flow_ads[0]));
}

/*
 * Is heading piece h, that nothing took, an advertisement: its first
 * line an ad's label (公益广告, 订阅热线), or one that asks readers to
 * subscribe (欢迎订阅本报)?
 */
static int
flow_lone_ad(struct flow *f, const struct piece *h)
{
	const struct line *l = &f->p->lines[h->first];

	return (flow_is_ad_label(l) ||
	    (l->punct == 0 && parse_memmem(l->s, l->len, "订阅", 6) != NULL));
}

/* Lines first to last of a box are its text, each a paragraph. */
static void
flow_body_lines(struct flow *f, size_t first, size_t last)
{
	size_t k;

	for (k = first; k <= last; k++) {
		f->role[k] = F_BODY;
		f->p->lines[k].para = 1;
	}
}

/*
 * Are the pieces after piece at up to heading piece h headings, and h's
 * lines slogans: short, with no mark, no ad's label?
 */
static int
flow_slogans(struct flow *f, size_t at, size_t h)
{
	size_t k;

	if (flow_lone_ad(f, &f->pc[h]))
		return (0);
	for (k = at + 1; k < h; k++) {
		if (!f->pc[k].head)
			return (0);
	}
	for (k = f->pc[h].first; k <= f->pc[h].last; k++) {
		const struct line *l = &f->p->lines[k];

		if (l->punct > 0 || l->em > flow_tune.slogan_max_em)
			return (0);
	}
	return (1);
}

/* Is heading piece h a weather box's label, one short line (今日天气)? */
static int
flow_weather_label(struct flow *f, const struct piece *h)
{
	const struct line *l = &f->p->lines[h->first];

	return (h->first == h->last && l->punct == 0 &&
	    parse_is_weather_label(l->s, l->len));
}

static enum parse_kind
flow_box_kind(struct flow *f, const struct piece *h, const struct piece *pc)
{
	static const char *notes[] = { "核心阅读", "提要", "导读", "编者按",
		"阅读提示", "内容提要" };
	char		  *t;
	size_t		   i;
	enum parse_kind k = PARSE_NEWS;

	/*
	 * A notice's label on a line of its own over its first lines, and
	 * a few lines more: no picture's caption, no story.
	 */
	if (h->last != h->first)
		return (flow_is_ad_label(&f->p->lines[h->first]) &&
			    f->p->lines[h->first].em <= 4 && !pc->credit &&
			    flow_em(f, h) + flow_em(f, pc) < 120 ?
			PARSE_AD :
			PARSE_NEWS);
	if (f->p->lines[h->first].em > 8)
		return (PARSE_NEWS);
	t = flow_plain(f, h);
	if (flow_is_ad_label(&f->p->lines[h->first]))
		k = PARSE_AD;
	for (i = 0; i < sizeof notes / sizeof notes[0]; i++) {
		if (strcmp(t, notes[i]) == 0)
			k = PARSE_OTHER;
	}
	free(t);
	return (k);
}

/*
 * Heading piece sh is a subheading of story a: its lines, paragraphs, but
 * for a line the column broke (…涌动着回乡的澄湖人浓浓的 ⏎ 家乡情怀: the
 * line over it as wide as the column), or whose break cuts a word the
 * page says elsewhere (老旧小区新增停车 ⏎ 位两千余个, a blank between or
 * not), which goes on its paragraph.
 */
static void
flow_subhead_lines(struct flow *f, struct piece *sh, int a)
{
	size_t k;
	int    after;

	/* After the subheading's first piece of two, a blank between? */
	after = sh > f->pc && sh[-1].sub && sh[-1].art == a &&
	    sh[-1].last + 1 == sh->first;
	sh->used = 1;
	sh->sub = 1;
	sh->art = a;
	for (k = sh->first; k <= sh->last; k++) {
		f->role[k] = F_BODY;
		f->p->lines[k].para = (k == sh->first && !after) ||
		    (parse_set_width(&f->p->lines[k - 1]) <
			    flow_w(f, k - 1) - flow_tune.full_slack &&
			!parse_line_word_broken(f->p, &f->p->lines[k - 1],
			    &f->p->lines[k]));
	}
}

/*
 * Is the line a briefs column's label (新闻速递, 科技简讯, 快讯): short
 * items, each with its title and dateline, under one name?
 */
static int
flow_is_briefs_label(const struct line *l)
{
	static const char *const ends[] = { "速递", "简讯", "快讯", "短讯",
		"速览", "简报" };

	return (flow_is_label(l, 6, ends, sizeof ends / sizeof ends[0]));
}

/*
 * Does the piece open on a paragraph's first line: a first-line indent
 * short of its column (pdftotext drops the indent and keeps the line's
 * right edge), or a numbered part (一、, 第三站), which no sentence runs
 * on into?
 */
static int
flow_starts_para(struct flow *f, const struct piece *pc)
{
	const struct line *l = &f->p->lines[pc->first];

	if (f->role[pc->first] != F_BODY || l->final)
		return (0);
	return (flow_is_ordinal(l) ||
	    flow_indent_fits(parse_set_width(l), f->lw[pc->first]));
}

/*
 * Is the first line of piece pc short of its column by no more than the
 * figure that opens the line under it (可疑情况，请及时拨打 ⏎ 96110咨询。)?
 * Then it may be no first line: the figure did not fit after it.
 */
static int
flow_short_of_next_figure(struct flow *f, const struct piece *pc)
{
	double fig;

	if (pc->first == pc->last ||
	    (fig = parse_opening_figure(&f->p->lines[pc->first + 1])) == 0)
		return (0);
	return (parse_set_width(&f->p->lines[pc->first]) + fig >=
	    f->lw[pc->first] - flow_tune.full_slack);
}

/*
 * Is piece i, right after a story's text with no heading between, its
 * next paragraph: opening on a first line, with no number to call and
 * fewer of an ad's words than an ad with a number has, and saying some
 * of the story's words (…参与群众超过4万人次。⏎⏎“以前周末没什么去处，现
 * 在礼堂…她还报名参加了…)?  An ad's box has a number or its words, and
 * is about something else (…诚聘销售代表若干名。).
 */
static int
flow_next_para(struct flow *f, size_t i, const char *plain)
{
	struct piece *b;

	if (i == 0 || !flow_starts_para(f, &f->pc[i]) ||
	    parse_has_phone(plain) ||
	    parse_ad_score(plain) >= parse_tune.box.ad_words_phone)
		return (0);
	b = &f->pc[i - 1];
	if (b->head || b->art < 0 || f->p->drafts[b->art].kind != PARSE_NEWS ||
	    flow_em(f, b) < flow_tune.story_min_em)
		return (0);
	/* The story's words: in any of its pieces so far. */
	return (flow_piece_says(f, &f->pc[i], b->art) >=
	    flow_tune.para_related_min);
}

/* Lines v[0] to v[n - 1], spaces dropped, added to b. */
static void
flow_add_plain(struct flow *f, const size_t *v, size_t n, struct buf *b)
{
	size_t i;
	char  *t;

	for (i = 0; i < n; i++) {
		t = parse_join_plain(f->p, v[i], 1);
		buf_adds(b, t);
		free(t);
	}
}

/* A draft's heading and body text, spaces dropped, into b. */
static void
flow_draft_text(struct flow *f, const struct draft *d, struct buf *b)
{
	buf_truncate(b, 0);
	flow_add_plain(f, d->head, d->nhead, b);
	flow_add_plain(f, d->body, d->nbody, b);
}

/* A draft's body text alone, spaces dropped, into b. */
static void
flow_body_text(struct flow *f, const struct draft *d, struct buf *b)
{
	buf_truncate(b, 0);
	flow_add_plain(f, d->body, d->nbody, b);
}

/*
 * Whether heading piece t, one line, is the only heading of its story but
 * for the subheadings inside its text and a dashed subtitle (——访…) set
 * under heading piece h: the title h would be goes over that subtitle.
 */
static int
flow_only_title(struct flow *f, const struct piece *t, const struct piece *h)
{
	size_t k;

	if (t->first != t->last)
		return (0);
	for (k = 0; k < f->npc; k++) {
		const struct piece *o = &f->pc[k];

		if (o == t || !o->head || o->sub || o->art != t->art)
			continue;
		if (o->first < h->first ||
		    !parse_starts(f->p->lines[o->first].s,
			f->p->lines[o->first].len, "——"))
			return (0);
	}
	return (1);
}

/*
 * Is piece k, one line set apart over title h of one line, that title's
 * kicker though nothing marks it: a heading's line longer than the
 * title, with no stop in it, as a kicker over a short title is set (山
 * 东济南市济阳区新市镇推动共享扶贫⏎⏎返乡创业众人帮), that says words of
 * the lead under the title (kicker_pairs pairs of Han characters): the
 * who and where of that story, not another story's title stacked over
 * this one's.
 */
static int
flow_plain_kicker(struct flow *f, size_t k, const struct piece *h,
    struct piece *body)
{
	const struct line *kl = &f->p->lines[f->pc[k].first],
			  *tl = &f->p->lines[h->first];

	return (f->pc[k].first == f->pc[k].last && h->first == h->last &&
	    kl->stops == 0 && !kl->final && kl->em > tl->em + 2 &&
	    !parse_starts(kl->s, kl->len, "——") &&
	    !parse_starts(tl->s, tl->len, "——") &&
	    flow_shared_pairs(f, &f->pc[k], body) >= flow_tune.kicker_pairs);
}

/*
 * Whether heading piece h, one line, could be a kicker or a title a
 * stack of headings holds for a story: not taken, no ad's label, column
 * tag or public notice, no dash at either end, not as short as a
 * column's logo.
 */
static int
flow_row_heading(struct flow *f, const struct piece *h)
{
	const struct line *l = &f->p->lines[h->first];

	return (h->head && !h->used && h->first == h->last && !h->adlabel &&
	    !h->tag && flow_han(f, h) >= flow_tune.kicked_min_em &&
	    !flow_psa(f, h) && !parse_starts(l->s, l->len, "——") &&
	    !parse_ends(l->s, l->len, "——"));
}

/*
 * Two stories' kickers and titles side by side, read a row at a time
 * (柳浦镇农机手连夜抢修插秧机 ⏎ 备足春耕物资 保障粮食生产 ⏎ 修好插秧机的
 * 你，真行！ ⏎ 东港镇春耕物资供应充足): a stack of four headings, the
 * first taken for its title by a story and the last by another, the two
 * between, one line each, by none.  The first story's title is the
 * third, under its kicker; the second's kicker is the second, over its
 * title.  Each story then has a heading from each row, as the page set
 * them.  A heading nothing took between two of one story's, the next
 * another story's (为春耕备耕送去及时雨 ⏎ 日子变美了 机会增多了 ⏎ ——市农
 * 业农村局部署… ⏎ ——回访…), is that other story's, its heading a row
 * down.
 */
static void
flow_stack_rows(struct flow *f)
{
	struct parser *p = f->p;
	size_t	       i;

	for (i = 0; i + 3 < f->npc; i++) {
		struct piece *a = &f->pc[i], *b = &f->pc[i + 1];
		struct piece *c = &f->pc[i + 2], *d = &f->pc[i + 3];

		if (!a->head || !a->used || !d->head || !d->used ||
		    a->art < 0 || d->art < 0 || a->art == d->art ||
		    !flow_row_heading(f, b) || !flow_row_heading(f, c) ||
		    p->drafts[a->art].kind != PARSE_NEWS ||
		    p->drafts[d->art].kind != PARSE_NEWS ||
		    p->drafts[a->art].photo || p->drafts[d->art].photo ||
		    p->drafts[a->art].nhead != 1 ||
		    p->drafts[d->art].nhead != d->last - d->first + 1 ||
		    !flow_only_title(f, a, c))
			continue;
		c->used = b->used = 1;
		c->art = a->art;
		b->art = d->art;
		flow_add_lines(f, &p->drafts[a->art], c);
		flow_add_lines(f, &p->drafts[d->art], b);
		i += 3;
	}
	for (i = 1; i + 2 < f->npc; i++) {
		struct piece *a = &f->pc[i - 1], *b = &f->pc[i];
		struct piece *c = &f->pc[i + 1], *d = &f->pc[i + 2];

		if (!a->head || !a->used || !c->head || !c->used || !d->head ||
		    !d->used || a->art < 0 || a->art != c->art || d->art < 0 ||
		    d->art == a->art || !flow_row_heading(f, b) ||
		    p->drafts[d->art].kind != PARSE_NEWS ||
		    p->drafts[d->art].photo)
			continue;
		b->used = 1;
		b->art = d->art;
		flow_add_lines(f, &p->drafts[d->art], b);
	}
}

/*
 * Headings nothing took, each in a stack of headings under one that a
 * story took for its title (推进环湖一体化建设 … 高质量建设“湖滨新城”):
 * a stack reads a row of titles at a time, each title's kicker a row
 * above it.  The story whose text says the most of the heading's words
 * again (match_kicked of its pairs at least: fewer than match_whole, for
 * the heading's place in the stack is evidence too) takes it, as its
 * title under the kicker it took.  A story that has a kicker or a title
 * of two lines already, a heading that is a kicker or a subtitle (——)
 * itself, and a heading as short as a column's logo are passed over.
 */
static void
flow_title_under_kicker(struct flow *f)
{
	struct parser *p = f->p;
	struct buf     text = BUF_INIT;
	size_t	       i, k;

	for (i = 0; i < f->npc; i++) {
		struct piece	  *h = &f->pc[i];
		const struct line *first = &p->lines[h->first];
		const struct line *last = &p->lines[h->last];
		double		   share, best = flow_tune.match_kicked;
		int		   to = -1;

		if (!h->head || h->used || h->adlabel || h->tag ||
		    flow_han(f, h) < flow_tune.kicked_min_em ||
		    flow_psa(f, h) ||
		    parse_starts(first->s, first->len, "——") ||
		    parse_ends(last->s, last->len, "——"))
			continue;
		for (k = i; k > 0 && f->pc[k - 1].head; k--) {
			const struct piece *t = &f->pc[k - 1];
			const struct draft *d;

			if (!t->used || t->art < 0)
				continue;
			d = &p->drafts[t->art];
			if (d->kind != PARSE_NEWS || d->photo ||
			    !flow_only_title(f, t, h))
				continue;
			flow_body_text(f, d, &text);
			share = flow_pair_share(f, h, buf_str(&text), text.len);
			if (share >= best) {
				best = share;
				to = t->art;
			}
		}
		if (to < 0)
			continue;
		h->used = 1;
		h->art = to;
		flow_add_lines(f, &p->drafts[to], h);
	}
	buf_free(&text);
}

/*
 * A notice printed twice, once under its label and once without (a box's
 * text read again by the extractor): the copy without the label is the
 * notice too, not a story titled by its first line.  A short draft with
 * no dateline or byline whose whole text a notice's text holds.
 */
static void
flow_notice_copies(struct flow *f)
{
	struct parser *p = f->p;
	struct buf     a = { 0 }, ads = { 0 };
	size_t	       i, j;

	/* The notices' texts, each once, a NUL between them. */
	for (j = 0; j < p->ndrafts; j++) {
		if (p->drafts[j].kind != PARSE_AD)
			continue;
		flow_draft_text(f, &p->drafts[j], &a);
		buf_add(&ads, buf_str(&a), a.len + 1);
	}
	for (i = 0; i < p->ndrafts && ads.len > 0; i++) {
		struct draft *d = &p->drafts[i];
		const char   *t;

		if (d->kind != PARSE_NEWS || d->photo || d->benbao ||
		    d->nbyline > 0 || d->nhead + d->nbody > 6)
			continue;
		flow_draft_text(f, d, &a);
		if (a.len < 18)
			continue;
		for (t = ads.data; t < ads.data + ads.len; t += strlen(t) + 1) {
			if (strstr(t, buf_str(&a)) != NULL) {
				d->kind = PARSE_AD;
				break;
			}
		}
	}
	buf_free(&a);
	buf_free(&ads);
}

/*
 * Could story a be a picture's caption: one piece of text under its title
 * (or more that column breaks part inside its sentences: 昨天，…育秧工厂
 * 内， ⏎⏎ 农技人员…抢抓晴 ⏎⏎ 好天气，…), or with no title one piece
 * that a column break stopped inside its sentence (a caption with no
 * title, atop the page: 近日，在湖滨街道迎湖公园， ⏎⏎ 市民带着…), news
 * not yet a photo, its text and extra ems more as short as a caption?
 */
static int
flow_caption_story(struct flow *f, int a, double extra)
{
	const struct draft *d = &f->p->drafts[a];
	double		    em = extra;
	size_t		    i, n = 0, open = 0;

	if (d->kind != PARSE_NEWS || d->photo)
		return (0);
	for (i = 0; i < f->npc; i++) {
		if (!f->pc[i].head && f->pc[i].art == a) {
			n++;
			open += f->pc[i].open;
		}
	}
	if (n == 0 || (n > 1 && open < n) ||
	    (d->nhead == 0 && !(n == 1 && open == 1)))
		return (0);
	for (i = 0; i < d->nbody; i++)
		em += f->p->lines[d->body[i]].em;
	return (em < flow_tune.caption_max_em);
}

/*
 * Is story a, left open inside a sentence, the start of the caption pc
 * ends (湖畔春色⏎近日，…早樱陆⏎⏎续绽放…陆峰/摄): one piece under its
 * title, as short as a caption with pc, and pc opening inside the
 * sentence?  A caption broken by a column break is one caption.
 */
static int
flow_caption_start(struct flow *f, int a, const struct piece *pc)
{
	if (flow_starts_para(f, pc) || f->role[pc->first] != F_BODY)
		return (0);
	return (flow_caption_story(f, a, flow_em(f, pc)));
}

/*
 * Is piece i a credit alone (王强 摄) set apart right under a caption: a
 * finished piece of text under its title, the only one of its story, as
 * short as a caption?
 */
static int
flow_credit_of_caption(struct flow *f, size_t i)
{
	const struct piece *pc = &f->pc[i], *c;

	if (!pc->credit || pc->first != pc->last || i == 0)
		return (0);
	c = &f->pc[i - 1];
	if (c->head || c->art < 0 || c->open)
		return (0);
	return (flow_caption_story(f, c->art, 0));
}

/* Does piece i open a page, a form feed since the piece before it? */
static int
flow_opens_page(struct flow *f, size_t i)
{
	size_t k;

	for (k = i > 0 ? f->pc[i - 1].last + 1 : 0; k <= f->pc[i].first; k++) {
		if (f->p->lines[k].newpage)
			return (1);
	}
	return (0);
}

/*
 * Does an untitled caption start at piece i, under a story's finished
 * text: a new paragraph left open that a blank from the extractor parts
 * from the rest of its sentence, which a credit ends, all short of a
 * story (…孩子在草坪⏎⏎上放风筝，…好时光。 汤颖/摄)?  Or a short piece
 * set apart between blanks with its credit alone under it (…好时光。⏎⏎
 * 新华社记者 汤颖 摄).  Or the first at a page's head, left open.  A
 * credited piece alone is flow_caption's.
 */
static int
flow_caption_run(struct flow *f, size_t i)
{
	const struct piece *pc = &f->pc[i], *b;

	if (pc->credit)
		return (0);
	/* Or at the page's head, left open, under no title. */
	if (i == 0 || flow_opens_page(f, i))
		return (pc->open && flow_starts_para(f, pc) &&
		    flow_caption_from(f, i));
	if (!pc->open &&
	    (!f->p->lines[pc->first].blank_before || i + 1 >= f->npc ||
		!f->p->lines[f->pc[i + 1].first].blank_before))
		return (0);
	b = &f->pc[i - 1];
	if (b->head || b->open || b->art < 0 ||
	    !(f->p->lines[b->last].final || f->p->lines[b->last].closer))
		return (0);
	return (flow_starts_para(f, pc) && flow_caption_from(f, i));
}

/*
 * An ad's line or two that finish no sentence (请到邮局办理订阅) under
 * a name that is an ad's too (欢迎订阅…): the ad, not a story's first
 * words that run on.
 */
static int
flow_ad_under_name(struct flow *f, size_t i, const char *plain)
{
	struct piece *h = i > 0 ? &f->pc[i - 1] : NULL;

	if (h == NULL || !h->head || h->blank_after ||
	    f->pc[i].last - f->pc[i].first > 1 ||
	    flow_em(f, &f->pc[i]) > flow_tune.ad_open_max_em ||
	    parse_ad_score(plain) == 0)
		return (0);
	return (parse_ad_score(flow_lead(f, h)) > 0);
}

/*
 * Is piece i, a paragraph after a column break that would be read as
 * more of the story of piece prev (the piece right before it), the lead
 * of a story whose title pdftotext set far from it: a heading still
 * unused, anywhere on the page, far_title_share of whose pairs of
 * characters the lead says, while prev's story says fewer than
 * subhead_pairs of them (古桥修缮留住乡愁 alone at the page's foot, over
 * nothing; …一座建于清代的石拱古桥修缮完工…为村里留住乡愁 after a story
 * of a reading room)?  A subheading says its own story's words.  The
 * story above is one, story_min_em long: not a first paragraph, after
 * which the next may quote the title of both.
 */
static int
flow_far_title(struct flow *f, size_t i, const struct piece *prev)
{
	const char *x = flow_lead(f, &f->pc[i]);
	size_t	    xn = strlen(x), k, j, bi = (size_t)(prev - f->pc);
	double	    em = 0;

	/* Pieces of prev's story: its draft's, or still loose. */
	for (j = 0; j < i; j++) {
		if (flow_of_story(f, j, prev->art, bi))
			em += flow_em(f, &f->pc[j]);
	}
	if (em < flow_tune.story_min_em)
		return (0);
	for (k = 0; k < f->npc; k++) {
		struct piece *h = &f->pc[k];

		if (!h->head || h->used || h->tag || h->adlabel ||
		    flow_psa(f, h) ||
		    flow_pair_share(f, h, x, xn) < flow_tune.far_title_share)
			continue;
		if (flow_story_pairs(f, k, prev->art, bi, i,
			flow_tune.subhead_pairs) < flow_tune.subhead_pairs)
			return (1);
	}
	return (0);
}

void
flow_articles(struct flow *f)
{
	struct parser  *p = f->p;
	struct draft   *d;
	size_t		i;
	int		cur = -1, last_open = -1, *loose, nloose = 0;
	int	       *open_at, o;
	int	       *untitled, nuntitled = 0, *follow, nfollow = 0;
	char	       *plain;
	enum parse_kind kind;
	struct piece   *prev;
	int		nsub, sib, was, call, psa = -1;
	size_t		k, psa_at = 0;
	char	       *seen;

	flow_mark_tags(f);
	loose = xcalloc(f->npc + 1, sizeof *loose);
	/* Per draft: its last piece, if that ends inside a sentence. */
	open_at = xcalloc(f->npc + 1, sizeof *open_at);
	untitled = xcalloc(f->npc + 1, sizeof *untitled);
	follow = xcalloc(f->npc + 1, sizeof *follow);
	/*
	 * A heading that ends on a dash leads into the heading after it (专家
	 * 学者解读…——, then the title): it is that title's kicker, never a
	 * title of its own.  pdftotext may set a piece of text between them
	 * (another story's deck, read across the stack).
	 */
	for (i = 0; i + 1 < f->npc; i++) {
		struct piece	  *h = &f->pc[i];
		const struct line *l = &p->lines[h->last];
		size_t		   t = i + 1;

		if (!h->head)
			continue;
		if (!f->pc[t].head && parse_ends(l->s, l->len, "——") &&
		    t + 1 < f->npc && f->pc[t + 1].head)
			t++;
		if (f->pc[t].head &&
		    (parse_ends(l->s, l->len, "——") ||
			p->lines[h->first].kicker ||
			(t == i + 1 && h->last - h->first < 2 &&
			    flow_says_what(l))) &&
		    !parse_ends(p->lines[f->pc[t].last].s,
			p->lines[f->pc[t].last].len, "——")) {
			h->used = 1;
			h->follow = (int)t;
		}
	}
	for (i = 0; i < f->npc; i++) {
		struct piece *pc = &f->pc[i], *h;

		/* (A line to call an ad took, set apart under it.) */
		if (pc->head || pc->used)
			continue;
		/* Boxes: weather, advertisements; no long text is one. */
		plain = pc->dateline || flow_em(f, pc) >= 200 ?
		    NULL :
		    flow_plain(f, pc);
		if (plain != NULL &&
		    (parse_is_weather_text(plain) ||
			(strstr(plain, "℃") != NULL &&
			    (strstr(plain, "风") || strstr(plain, "温度") ||
				strstr(plain, "～"))))) {
			d = parse_add_draft(p, PARSE_WEATHER);
			pc->art = (int)(d - p->drafts);
			pc->how = 'W';
			flow_add_lines(f, d, pc);
			/*
			 * The heading right over the box is its label (天气
			 * 预报, 今天 多云): the box's, its text kept and read
			 * with the box's; one that says it is the weather
			 * (今日天气), though set apart from the box.
			 */
			h = i > 0 ? &f->pc[i - 1] : NULL;
			if (h != NULL && h->head && !h->used &&
			    (!h->blank_after || flow_weather_label(f, h))) {
				char *label = flow_plain(f, h), *both;

				h->used = 1;
				h->art = pc->art;
				flow_add_lines(f, d, h);
				xasprintf(&both, "%s\n%s", label, plain);
				free(label);
				free(plain);
				plain = both;
			}
			if (p->weather == NULL)
				parse_weather(p, plain);
			free(plain);
			continue;
		}
		/*
		 * An advertisement's box, short and saying what ads say, that
		 * finishes its sentence or gives a number to call; not
		 * the rest of a sentence the text before it left open or of
		 * a paragraph after a quote it closed (…都愿意来。”⏎⏎新桥村
		 * 村民吴阿姨说…), nor a picture's caption, which its credit
		 * ends (招聘会上人气旺…王强 汤颖/摄).
		 */
		call = plain != NULL && flow_call_under(f, i);
		if (plain != NULL && !pc->credit && flow_em(f, pc) < 120 &&
		    !flow_signed_by_reporter(f, pc) &&
		    (!pc->open || flow_ad_under_name(f, i, plain) ||
			flow_has_call(f, pc) || call) &&
		    !(i > 0 && !f->pc[i - 1].head &&
			(f->pc[i - 1].open ||
			    flow_quote_closed(&p->lines[f->pc[i - 1].last])) &&
			(!flow_starts_para(f, pc) ||
			    flow_short_of_next_figure(f, pc))) &&
		    (call ||
			(parse_is_ad(plain, !flow_running_text(f, pc)) &&
			    !flow_next_para(f, i, plain)))) {
			d = parse_add_draft(p, PARSE_AD);
			pc->art = (int)(d - p->drafts);
			pc->how = 'A';
			flow_add_lines(f, d, pc);
			free(plain);
			/* Its line to call, set apart under it: its text. */
			if (call) {
				f->pc[i + 1].used = 1;
				f->pc[i + 1].art = pc->art;
				f->role[f->pc[i + 1].first] = F_BODY;
				p->lines[f->pc[i + 1].first].para = 1;
				flow_add_lines(f, d, &f->pc[i + 1]);
			}
			/*
			 * The heading right over it is the ad's, or set
			 * apart, one that says what ads say (…报名开始啦) or
			 * names an ad that gives its line to call.
			 */
			if (i > 0 && f->pc[i - 1].head && !f->pc[i - 1].used &&
			    (!f->pc[i - 1].blank_after || call ||
				flow_head_ad_words(f, &f->pc[i - 1]))) {
				f->pc[i - 1].used = 1;
				f->pc[i - 1].art = pc->art;
				flow_add_lines(f, d, &f->pc[i - 1]);
			}
			continue;
		}
		free(plain);

		h = i > 0 && f->pc[i - 1].head && !f->pc[i - 1].blank_after ?
		    &f->pc[i - 1] :
		    NULL;
		/*
		 * A heading set apart like the story's earlier subheadings
		 * (一盏花灯·传承, 一面锣鼓·记忆, then 一台大戏·热闹) is one
		 * more, though a blank line parts it from its text.
		 */
		sib = 0;
		nsub = 0;
		if (h == NULL && i > 0 && f->pc[i - 1].head &&
		    !f->pc[i - 1].used && cur >= 0 &&
		    !flow_is_ad_label(&p->lines[f->pc[i - 1].first]) &&
		    flow_sibling_sub(f, i - 1, cur)) {
			h = &f->pc[i - 1];
			sib = 1;
		}
		/*
		 * The piece right before it, a story's text that finished a
		 * sentence: a piece opening on a new paragraph goes on it.
		 */
		prev = i > 0 && !f->pc[i - 1].head && !pc->picture &&
			!flow_wide(f, pc) &&
			p->lines[f->pc[i - 1].last].final &&
			(f->pc[i - 1].art == -2 ||
			    (f->pc[i - 1].art >= 0 &&
				p->drafts[f->pc[i - 1].art].kind ==
				    PARSE_NEWS &&
				!p->drafts[f->pc[i - 1].art].photo)) ?
		    &f->pc[i - 1] :
		    NULL;
		/*
		 * A notice (遗失声明, 公告, 招聘) is an advertisement; a
		 * summary box (核心阅读, 提要) belongs to no story's body.
		 */
		if (h != NULL && !h->used && !pc->dateline && !sib &&
		    (kind = flow_box_kind(f, h, pc)) != PARSE_NEWS) {
			d = parse_add_draft(p, kind);
			pc->art = h->art = (int)(d - p->drafts);
			pc->how = 'X';
			h->used = 1;
			flow_add_lines(f, d, h);
			flow_add_lines(f, d, pc);
			continue;
		}
		if (h != NULL && !h->used && !sib &&
		    !flow_caption_under(f, i) && !flow_ad_ahead(f, i) &&
		    ((o = flow_measure_story(f, i)) >= 0 ||
			(cur >= 0 &&
			    (o = flow_sibling_story(f, i, cur)) >= 0))) {
			/*
			 * A subheading of a story read before: set to its
			 * measure, or as its subheadings are.
			 */
			cur = o;
			flow_subhead_lines(f, h, cur);
			flow_add_lines(f, &p->drafts[cur], h);
			pc->art = cur;
			pc->how = 'R';
			p->lines[pc->first].para = 1;
			flow_add_lines(f, &p->drafts[cur], pc);
		} else if (h != NULL && !h->used && (was = cur) >= 0 &&
		    (nsub = flow_is_subhead(f, i, &cur)) > 0 && cur == -2) {
			/*
			 * A subheading after a piece still loose: it and its
			 * text go where that piece goes (below).
			 */
			size_t j;

			cur = was;
			for (j = (size_t)nsub; j >= 1; j--)
				flow_subhead_lines(f, &f->pc[i - j], -2);
			prev = &f->pc[i - 1 - (size_t)nsub];
			pc->art = -2;
			pc->how = 'F';
			pc->follow = prev->follow >= 0 ? prev->follow :
							 (int)(prev - f->pc);
			p->lines[pc->first].para = 1;
			follow[nfollow++] = (int)i;
		} else if (nsub > 0) {
			/* A subheading inside the story running on. */
			size_t j;

			for (j = (size_t)nsub; j >= 1; j--) {
				flow_subhead_lines(f, &f->pc[i - j], cur);
				flow_add_lines(f, &p->drafts[cur],
				    &f->pc[i - j]);
			}
			pc->art = cur;
			pc->how = 'S';
			p->lines[pc->first].para = 1;
			flow_add_lines(f, &p->drafts[cur], pc);
		} else if (h != NULL && !h->used && !sib && cur >= 0 &&
		    p->drafts[cur].briefs && pc->dateline &&
		    h->last - h->first < 2) {
			/* One more item of a briefs column: its title, its text. */
			flow_subhead_lines(f, h, cur);
			pc->art = cur;
			pc->how = 'S';
			p->lines[pc->first].para = 1;
			flow_add_lines(f, &p->drafts[cur], h);
			flow_add_lines(f, &p->drafts[cur], pc);
		} else if (h != NULL && !h->used && !sib && !h->tag) {
			/* A title block set on top of it: a new article. */
			d = parse_add_draft(p, PARSE_NEWS);
			cur = pc->art = h->art = (int)(d - p->drafts);
			pc->how = 'T';
			h->used = 1;
			/*
			 * A briefs column's label (新闻速递) over its first
			 * item's title: the label titles the column, the
			 * items are its paragraphs.
			 */
			if (h->last > h->first && pc->dateline &&
			    flow_is_briefs_label(&p->lines[h->first])) {
				d->briefs = 1;
				for (k = h->first + 1; k <= h->last; k++) {
					f->role[k] = F_BODY;
					p->lines[k].para = 1;
				}
				p->lines[pc->first].para = 1;
			}
			/* A kicker set apart just above the title. */
			if (i > 1 && f->pc[i - 2].head && !f->pc[i - 2].used &&
			    p->lines[h->first].blank_before &&
			    ((h->last - h->first) < 2 ||
				flow_title_over_deck(f, i - 2)) &&
			    (f->pc[i - 2].last - f->pc[i - 2].first) < 2) {
				const struct line *kl =
				    &p->lines[f->pc[i - 2].last];

				/*
				 * One that ends on a dash, or an opinion
				 * column's name (和音, 今日谈) over its piece.
				 */
				/*
				 * Or the title over a dashed subtitle set
				 * apart under it (把服务送到企业心坎上⏎⏎
				 * ——论优化营商环境…), or over a deck set
				 * across columns.
				 */
				if ((kl->len >= 6 &&
					memcmp(kl->s + kl->len - 6, "——", 6) ==
					    0) ||
				    (f->pc[i - 2].first == f->pc[i - 2].last &&
					parse_opinion_column(kl)) ||
				    (flow_title_with(f, i - 2) &&
					!f->pc[i - 2].used) ||
				    flow_plain_kicker(f, i - 2, h, pc)) {
					f->pc[i - 2].used = 1;
					f->pc[i - 2].art = cur;
					flow_add_lines(f, d, &f->pc[i - 2]);
					flow_mark_deck(f, i - 2);
				}
			}
			flow_add_lines(f, d, h);
			flow_add_lines(f, d, pc);
		} else if (h == NULL && flow_credit_of_caption(f, i)) {
			/* A caption's credit set apart under it: a photo. */
			pc->art = f->pc[i - 1].art;
			pc->how = 'K';
			p->drafts[pc->art].photo = 1;
			flow_add_lines(f, &p->drafts[pc->art], pc);
			cur = pc->art;
		} else if (h == NULL && flow_caption_run(f, i)) {
			/* A caption of its own, to its credit: a photo. */
			d = parse_add_draft(p, PARSE_NEWS);
			d->photo = 1;
			cur = (int)(d - p->drafts);
			for (;; i++) {
				f->pc[i].art = cur;
				f->pc[i].how = 'c';
				flow_add_lines(f, d, &f->pc[i]);
				if (f->pc[i].credit)
					break;
			}
			continue;
		} else if (pc->dateline || cur < 0) {
			d = parse_add_draft(p, PARSE_NEWS);
			cur = pc->art = (int)(d - p->drafts);
			pc->how = 'D';
			flow_add_lines(f, d, pc);
			untitled[nuntitled++] = (int)i;
		} else if (i > 0 && !f->pc[i - 1].head &&
		    f->pc[i - 1].art == -2 && f->pc[i - 1].open &&
		    !flow_starts_para(f, pc) && !flow_caption(f, pc)) {
			/*
			 * The rest of the sentence the loose piece before it
			 * left open: it goes where that one does.
			 */
			pc->art = -2;
			pc->how = 'F';
			pc->follow = f->pc[i - 1].follow >= 0 ?
			    f->pc[i - 1].follow :
			    (int)(i - 1);
			follow[nfollow++] = (int)i;
		} else if ((i > 0 && f->pc[i - 1].art >= 0 &&
			       f->pc[i - 1].how == 'T' &&
			       !f->pc[i - 1].dateline && flow_caption(f, pc) &&
			       flow_caption_under(f, i - 1)) ||
		    (prev != NULL && prev->art >= 0 &&
			p->lines[pc->first].closer && pc->first == pc->last)) {
			/*
			 * More of the piece right before it: the rest of a
			 * caption under its title, after a blank from the
			 * extractor inside a sentence or between two (text
			 * with no dateline, short of a story); or a sign-off
			 * alone after a column break (（本报澄湖3月5日电）),
			 * which ends the story whose last sentence is right
			 * before it, not one left open elsewhere.
			 */
			pc->art = f->pc[i - 1].art;
			pc->how = 'P';
			flow_add_lines(f, &p->drafts[pc->art], pc);
			cur = pc->art;
		} else if (prev != NULL && prev->art >= 0 &&
		    flow_quote_closed(&p->lines[prev->last]) && !pc->dateline &&
		    !flow_starts_para(f, pc) && !flow_caption(f, pc) &&
		    flow_says_who(f, pc)) {
			/*
			 * Who said the quote the story before it closed, a
			 * column break between (…车位了。”⏎⏎3月4日晚，…居
			 * 民刘先生停好车后说。): that story's text still.
			 */
			pc->art = prev->art;
			pc->how = 'Q';
			flow_add_lines(f, &p->drafts[pc->art], pc);
			cur = pc->art;
		} else if (last_open >= 0 &&
		    (!flow_caption(f, pc) ||
			flow_caption_start(f, last_open, pc)) &&
		    !(prev != NULL && prev->art >= 0 &&
			flow_starts_para(f, pc))) {
			/* The rest of a sentence left open: whose? */
			o = flow_which_open(f, open_at, last_open, pc);
			if (prev != NULL && prev->art >= 0 && prev->art != o &&
			    flow_para_goes_on(f, prev, pc, o,
				&f->pc[open_at[o] - 1])) {
				/*
				 * The blank is the extractor's, inside the
				 * paragraph: the piece goes on it.
				 */
				o = prev->art;
				p->lines[pc->first].blank_before = 0;
			}
			pc->art = o;
			pc->how = 'O';
			flow_add_lines(f, &p->drafts[o], pc);
			cur = o;
		} else if (prev != NULL && prev->art >= 0 &&
		    !flow_caption(f, pc) && !flow_caption_from(f, i) &&
		    !flow_new_measure(f, prev, pc) &&
		    !flow_fits_heading(f, pc, prev) &&
		    !(flow_starts_para(f, pc) && flow_far_title(f, i, prev))) {
			/*
			 * A new paragraph after a column break: more of it,
			 * unless it leads a story whose title stands far
			 * from it; then it is loose, for the title to take.
			 */
			pc->art = prev->art;
			pc->how = 'P';
			flow_add_lines(f, &p->drafts[prev->art], pc);
			cur = prev->art;
		} else if (prev != NULL && prev->art == -2 &&
		    !flow_caption(f, pc) && !flow_new_measure(f, prev, pc) &&
		    !(flow_starts_para(f, pc) && flow_far_title(f, i, prev))) {
			/*
			 * More of a piece still loose: it goes where that
			 * does; not a lead whose title stands far from it,
			 * which is loose, for the title to take.
			 */
			pc->art = -2;
			pc->how = 'F';
			pc->follow = prev->follow >= 0 ? prev->follow :
							 (int)(prev - f->pc);
			follow[nfollow++] = (int)i;
		} else {
			/* Decided below: a story of its own, or more of one. */
			loose[nloose++] = (int)i;
			pc->art = -2;
			pc->how = 'L';
		}
		if (pc->art >= 0) {
			open_at[pc->art] = pc->open ? (int)i + 1 : 0;
			if (pc->open)
				last_open = pc->art;
			else if (last_open == pc->art) {
				/* The one left open before it, if any. */
				last_open = -1;
				for (o = 0; o < (int)p->ndrafts; o++) {
					if (open_at[o] > 0 &&
					    (last_open < 0 ||
						open_at[o] >
						    open_at[last_open]))
						last_open = o;
				}
			}
			if (pc->credit)
				p->drafts[pc->art].photo = 1;
		}
	}

	flow_match(f, loose, nloose, untitled, nuntitled, flow_tune.match_min,
	    0);
	for (i = 0; i < (size_t)nfollow; i++) {
		struct piece *pc = &f->pc[follow[i]];

		size_t j;

		pc->art = f->pc[pc->follow].art;
		pc->how = 'F';
		/* Its subheading, if it has one waiting (above). */
		for (j = (size_t)follow[i]; j > 0 && f->pc[j - 1].head &&
		     f->pc[j - 1].sub && f->pc[j - 1].art == -2;
		     j--)
			;
		for (; j < (size_t)follow[i]; j++) {
			f->pc[j].art = pc->art;
			if (pc->art >= 0)
				flow_add_lines(f, &p->drafts[pc->art],
				    &f->pc[j]);
			else
				f->pc[j].used = 0;
		}
		if (pc->art >= 0)
			flow_add_lines(f, &p->drafts[pc->art], pc);
	}
	/*
	 * Stories still untitled and headings still unused, once every
	 * piece has its place: a heading is likelier a title of a story on
	 * its page than a banner, so they pair on fewer shared words.
	 */
	nuntitled = 0;
	seen = xcalloc(p->ndrafts + 1, 1);
	for (i = 0; i < f->npc; i++) {
		struct piece *pc = &f->pc[i];
		struct draft *dr;
		size_t	      j;

		/* Each story once, at its first piece. */
		if (pc->head || pc->art < 0 || seen[pc->art])
			continue;
		seen[pc->art] = 1;
		dr = &p->drafts[pc->art];
		if (dr->kind != PARSE_NEWS || dr->photo)
			continue;
		/* No heading, or only a dashed subtitle (——回访…). */
		for (j = 0; j < dr->nhead &&
		     parse_starts(p->lines[dr->head[j]].s,
			 p->lines[dr->head[j]].len, "——");
		     j++)
			;
		if (j < dr->nhead)
			continue;
		untitled[nuntitled++] = (int)i;
	}
	free(seen);
	flow_match(f, NULL, 0, untitled, nuntitled, flow_tune.match_late, 1);
	free(follow);
	free(open_at);
	free(loose);
	free(untitled);

	/* Kickers go where their titles went. */
	for (i = f->npc; i > 0; i--) {
		struct piece *h = &f->pc[i - 1];

		if (!h->head || h->follow < 0)
			continue;
		h->art = f->pc[h->follow].art;
		if (h->art >= 0)
			flow_add_lines(f, &p->drafts[h->art], h);
		else
			h->used = 0;
	}
	flow_notice_copies(f);
	flow_lone_bylines(f);
	flow_stack_rows(f);
	flow_title_under_kicker(f);
	/*
	 * Headings nothing took: banners (column logos, section names), or
	 * an advertisement's box with no running text: its label, then its
	 * slogans (公益广告⏎讲文明 树新风), each a paragraph of the ad.  A
	 * public-service ad's label alone, its slogans set beside it, read
	 * a heading or two later (公益广告⏎⏎订阅热线⏎⏎讲文明 树新风…): the
	 * next headings of short lines with no mark are its slogans.
	 */
	for (i = 0; i < f->npc; i++) {
		struct piece *h = &f->pc[i];

		if (!h->head || h->used)
			continue;
		if (psa >= 0 && i - psa_at <= (size_t)flow_tune.slogan_reach &&
		    flow_slogans(f, psa_at, i)) {
			h->art = psa;
			psa = -1;
			flow_body_lines(f, h->first, h->last);
			flow_add_lines(f, &p->drafts[h->art], h);
			continue;
		}
		if (!flow_lone_ad(f, h)) {
			d = parse_add_draft(p, PARSE_BANNER);
		} else {
			d = parse_add_draft(p, PARSE_AD);
			flow_body_lines(f, h->first + 1, h->last);
		}
		h->art = (int)(d - p->drafts);
		flow_add_lines(f, d, h);
		if (d->kind == PARSE_AD && h->first == h->last &&
		    parse_ends(p->lines[h->first].s, p->lines[h->first].len,
			"公益广告")) {
			psa = h->art;
			psa_at = i;
		}
	}
}
