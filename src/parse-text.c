/*
 * Pass 4 of the parser: the text of each draft.  Lines are rejoined into
 * paragraphs (a paragraph ends on a short line ending a sentence, or where
 * the page marks one), spurious spaces next to Chinese characters are
 * dropped, doubled bold titles are undone, a title block is split into
 * kicker, title and subtitle, and bylines are tidied.
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

#include "parse-int.h"

static int
parse_is_latin(uint32_t c)
{
	return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/*
 * Appends line text to a paragraph being built: no space at the join of
 * two lines unless both sides are Latin letters ("new⏎energy").
 */
static void
parse_join_line(struct buf *b, const char *s, size_t n)
{
	uint32_t last = 0, first = 0;

	/*
	 * Only ASCII is asked about at the join (a hyphen, Latin letters),
	 * and in UTF-8 a byte below 0x80 is a whole character and any other
	 * byte is part of one that is not ASCII: the bytes at the join say
	 * enough without decoding.
	 */
	if (b->len > 0)
		last = (unsigned char)b->data[b->len - 1];
	if (n > 0)
		first = (unsigned char)s[0];
	/*
	 * A Latin word hyphenated at the line's end (manu-⏎facturing) is
	 * one word again; a hyphen before a capital or a digit is kept.
	 */
	if (last == '-' && b->len >= 2 &&
	    parse_is_latin((unsigned char)b->data[b->len - 2]) &&
	    first >= 'a' && first <= 'z') {
		buf_truncate(b, b->len - 1);
		buf_add(b, s, n);
		return;
	}
	if (parse_is_latin(last) && parse_is_latin(first))
		buf_addc(b, ' ');
	buf_add(b, s, n);
}

/*
 * Drops the spaces an extractor put between Chinese characters and around
 * digits next to them (共有 9个, 2 月 8 日, 王 强); keeps one space between
 * words of other scripts.  With keep_cjk PARSE_KEEP_PHRASES, a space
 * between two Chinese characters, or quotations, survives (the phrases of
 * a headline: 服务“到家” 平湖市…), unless it stands between two characters
 * each set apart alone: a heading set letter-spaced (招 聘, “e” 键 传 递)
 * says no two phrases of one character in a row, and the space between a
 * phrase and such a run stays (今天 阴, 会见 王 毅 → 会见 王毅);
 * with PARSE_KEEP_FIELDS, one between a Chinese character and a figure
 * too (a weather box's fields: 晴到多云 11℃～17℃).
 */
char *
parse_clean(const char *s, size_t n, int keep_cjk)
{
	const unsigned char *u = (const unsigned char *)s;
	char		    *out = xmalloc(n + 1);
	uint32_t	     prev, next;
	size_t		     i, k, o = 0, sp, run, pk, nk;
	int		     spaced = 0, alone;

	for (i = 0; i < n;) {
		/*
		 * Copy up to the next space, decoding nothing: a Han
		 * character (lead E4-E9) is passed over whole.
		 */
		for (run = i; run < n;) {
			if (u[run] >= 0xe4 && u[run] <= 0xe9) {
				/* A run of them at once, cut at the end. */
				do
					run += 3;
				while (run < n && u[run] >= 0xe4 &&
				    u[run] <= 0xe9);
				if (run > n)
					run = n;
				continue;
			}
			if (u[run] == ' ' || u[run] == '\t' ||
			    ((u[run] == 0xe2 || u[run] == 0xe3 ||
				 u[run] == 0xc2) &&
				parse_space_len(u + run, n - run) != 0))
				break;
			run++;
		}
		memcpy(out + o, s + i, run - i);
		o += run - i;
		if (run >= n)
			break;
		spaced = 1;
		sp = parse_space_len(u + run, n - run);
		for (k = run + sp;
		     k < n && (sp = parse_space_len(u + k, n - k)) != 0;
		     k += sp)
			;
		if (k >= n || o == 0) {
			i = k;
			continue; /* leading or trailing */
		}
		pk = text_utf8_prev(out, o, &prev);
		nk = parse_next(s, n, k, &next);
		/* A run of one Han character on each side of the space. */
		alone = keep_cjk == PARSE_KEEP_PHRASES && run - i == pk &&
		    text_is_han(prev) && text_is_han(next) &&
		    (nk >= n || parse_space_len(u + nk, n - nk) != 0);
		i = k;
		if (parse_is_cjk(prev) || parse_is_cjk(next)) {
			if ((keep_cjk != PARSE_KEEP_NONE && !alone &&
				(text_is_han(prev) || prev == 0x201d ||
				    prev == 0x300b) &&
				(text_is_han(next) || next == 0x201c ||
				    next == 0x300a)) ||
			    (keep_cjk == PARSE_KEEP_FIELDS &&
				text_is_han(prev) && next >= '0' &&
				next <= '9'))
				out[o++] = ' ';
		} else
			out[o++] = ' ';
	}
	out[o] = '\0';
	/*
	 * A variation selector the spaces were taken from under (one after
	 * an ideographic space, now after a space or at the start) would be
	 * stray; the sanitiser drops those.  Rare: only then is it called,
	 * and only spaces taken out can leave one so.
	 */
	if (spaced &&
	    (parse_memmem(out, o, "\xef\xb8", 2) != NULL ||
		parse_memmem(out, o, "\xf3\xa0", 2) != NULL)) {
		char *c = text_clean(out, o, 0, NULL);

		free(out);
		out = c;
	}
	return (out);
}

/*
 * Where the dateline that opens paragraph text s (n bytes) ends, when
 * spaces set it apart from the text (本报北京1月18日电 1月18日晚): the byte
 * after its 电 or its 本报讯.  0 if there is none, or no space after it.
 */
static size_t
parse_dateline_gap(const char *s, size_t n)
{
	size_t k = parse_dateline_len(s, n);

	if (k == 0 || k >= n ||
	    parse_space_len((const unsigned char *)s + k, n - k) == 0)
		return (0);
	return (k);
}

/*
 * A paragraph's text, cleaned (parse_clean()).  The space after an opening
 * dateline stays when a figure, a Latin word or a quotation follows (本报
 * 北京1月18日电 1月18日晚, not …日电1月18日晚); not before its reporter's
 * bracket (本报讯（记者…）) nor between two Chinese characters, which print
 * as one run once the page's spaces are gone.
 */
static char *
parse_para_text(const char *raw, size_t n, int keep)
{
	size_t	 k = parse_dateline_gap(raw, n), hn, rn;
	char	*head, *rest, *s;
	uint32_t c;

	if (k == 0)
		return (parse_clean(raw, n, keep));
	head = parse_clean(raw, k, keep);
	rest = parse_clean(raw + k, n - k, keep);
	c = 0;
	if (*rest != '\0')
		parse_next(rest, strlen(rest), 0, &c);
	if (c == 0 || text_is_han(c) || c == 0xff08 || c == '(' ||
	    c == 0x3010) {
		free(head);
		free(rest);
		return (parse_clean(raw, n, keep));
	}
	/* Joined by hand: a paragraph may run to kilobytes. */
	hn = strlen(head);
	rn = strlen(rest);
	s = xmalloc(hn + 1 + rn + 1);
	memcpy(s, head, hn);
	s[hn] = ' ';
	memcpy(s + hn + 1, rest, rn + 1);
	free(head);
	free(rest);
	return (s);
}

/*
 * The body's column width, from the lines of this article.  One too short
 * to measure so takes the page's, or on a page of headings over their
 * bodies (which has none) its widest line: a brief's line short of it
 * that ends a sentence ends a paragraph there too.  A photo's caption is
 * read as it runs.
 */
static double
parse_draft_width(struct parser *p, const struct draft *d)
{
	double *v = xcalloc(d->nbody + 1, sizeof *v), w = 0;
	size_t	i, m = 0;

	for (i = 0; i < d->nbody; i++) {
		const struct line *l = &p->lines[d->body[i]];

		if (!l->final && l->punct > 0 &&
		    l->em >= parse_tune.text.runs_on_min_em)
			v[m++] = l->em;
	}
	if (m >= (size_t)parse_tune.text.width_min_lines)
		w = parse_median(v, m);
	else if (p->width != 0 || d->photo)
		w = p->width;
	else {
		for (i = 0; i < d->nbody; i++) {
			if (p->lines[d->body[i]].em > w)
				w = p->lines[d->body[i]].em;
		}
	}
	free(v);
	return (w);
}

/* Is line l only marks that close (”, 」, ）), the end of a sentence? */
static int
parse_only_closers(const struct line *l)
{
	size_t	 i = 0;
	uint32_t c;
	int	 closers = 0;

	while (i < l->len) {
		i = parse_next(l->s, l->len, i, &c);
		if (!parse_is_closer(c) && !parse_is_space(c))
			return (0);
		closers += parse_is_closer(c);
	}
	return (closers > 0);
}

/*
 * Does line l open on a closing mark (”, 」, ）), the end of a quotation
 * the line above left open, the line breaking before its mark?  A
 * paragraph never opens on one.
 */
static int
parse_opens_on_closer(const struct line *l)
{
	uint32_t c;

	if (l->len == 0)
		return (0);
	(void)parse_next(l->s, l->len, 0, &c);
	return (c >= 0x80 && parse_is_closer(c));
}

/*
 * Does a paragraph end after body line i of d?  Markdown lines are whole
 * paragraphs unless they stop mid-sentence (a column break the converter
 * kept).  Raw lines end one when they finish a sentence short of the column
 * width, or at a column break, but never before a line of closing marks
 * only; a short line with no punctuation after a finished sentence is a
 * subheading, a paragraph of its own (not the text a continuation note opens:
 * （上接1版）车间里…, nor a dateline broken before its 日电, nor a line
 * whose break cuts a word the page says elsewhere: …西塘桥镇种粮大 ⏎⏎
 * 户钱建平说，…).
 */
static int
parse_para_ends(struct parser *p, const struct draft *d, size_t i, double w,
    int markdown)
{
	const struct line *l = &p->lines[d->body[i]];
	const struct line *next, *prev;
	int		   subhead;

	if (i + 1 >= d->nbody)
		return (1);
	next = &p->lines[d->body[i + 1]];
	prev = i > 0 ? &p->lines[d->body[i - 1]] : NULL;
	if (next->benbao || next->para)
		return (1);
	/*
	 * A quotation's closing mark a line breaks off (…支持。⏎”), alone
	 * or before the next sentence (…事业。⏎”他说…).
	 */
	if ((next->em <= 2 && parse_only_closers(next)) ||
	    parse_opens_on_closer(next))
		return (0);
	/*
	 * Set under its heading, a page drops first-line indents: a line a
	 * good indent short of the column after a finished sentence opens a
	 * paragraph.
	 */
	if (d->flow && l->final &&
	    next->em <= w - parse_tune.text.para_slack_em &&
	    next->em >= w - parse_tune.text.indent_max_em)
		return (1);
	subhead = !l->final && l->punct == 0 && !l->resumed &&
	    l->dateline <= 0 && l->em <= parse_tune.text.subhead_max_em &&
	    (prev == NULL || prev->final || markdown) &&
	    !parse_line_word_broken(p, l, next);
	if (markdown)
		return (l->final || l->hardbreak || subhead ||
		    (l->em <= parse_tune.text.subhead_max_em && l->punct == 0));
	if (subhead && l->em < w * parse_tune.text.subhead_share)
		return (1);
	/*
	 * A weather box sets a field a line (东南风3-4级⏎最低温度8℃): a
	 * short line with no mark in it, over another, is one, not prose
	 * that runs on.
	 */
	if (d->kind == PARSE_WEATHER && l->punct == 0 && next->punct == 0 &&
	    l->em <= parse_tune.text.subhead_max_em)
		return (1);
	if (!l->final)
		return (0);
	return (l->em < w - parse_tune.text.para_slack_em ||
	    next->blank_before || next->lead ||
	    d->body[i + 1] != d->body[i] + 1);
}

void
parse_paragraphs(struct parser *p, const struct draft *d, int markdown,
    struct parse_article *a)
{
	struct buf b = BUF_INIT;
	double	   w = parse_draft_width(p, d);
	size_t	   i, all = 0;
	char	  *s;

	/*
	 * The buffer is made once as long as the whole body (and a space at
	 * each join): no paragraph outgrows it.
	 */
	for (i = 0; i < d->nbody; i++)
		all += p->lines[d->body[i]].len + 1;
	buf_reserve(&b, all);
	a->paragraphs = xcalloc(d->nbody + 1, sizeof *a->paragraphs);
	for (i = 0; i < d->nbody; i++) {
		const struct line *l = &p->lines[d->body[i]];

		parse_join_line(&b, l->s, l->len);
		if (!parse_para_ends(p, d, i, w, markdown))
			continue;
		s = parse_para_text(buf_str(&b), b.len,
		    d->kind == PARSE_WEATHER ? PARSE_KEEP_FIELDS :
					       PARSE_KEEP_NONE);
		if (*s != '\0')
			a->paragraphs[a->nparagraphs++] = s;
		else
			free(s);
		buf_truncate(&b, 0);
	}
	buf_free(&b);
}

/*
 * Bold titles come out of some extractors doubled run by run:
 * 澄湖经开澄湖经开 → 澄湖经开, ““起跑起跑”” → “起跑”.  A word is undone only if
 * all of it splits into doubled runs and some run is longer than one
 * character, so honest repeats (谢谢, 天天向上) stay.  Returns the number of
 * code points written to out, or 0 if w is not doubled.
 */
static size_t
parse_undouble_word(const uint32_t *w, size_t n, uint32_t *out, int *longrun)
{
	size_t *best, *step, i, j, k, m = 0;

	/*
	 * The search below is cubic in the word's length at worst (a long
	 * periodic run, such as one sentence repeated over a 50 MB line);
	 * doubled title words are far shorter than this.
	 */
	if (n > parse_tune.text.undouble_max)
		return (0);
	best = xcalloc(n + 1, sizeof *best); /* runs in best split */
	step = xcalloc(n + 1, sizeof *step); /* run length ending here */
	for (i = 1; i <= n; i++)
		best[i] = (size_t)-1;
	for (i = 2; i <= n; i += 2) {
		for (k = i / 2; k >= 1; k--) {
			if (best[i - 2 * k] == (size_t)-1)
				continue;
			if (memcmp(w + i - 2 * k, w + i - k, k * sizeof *w) !=
			    0)
				continue;
			if (best[i - 2 * k] + 1 < best[i]) {
				best[i] = best[i - 2 * k] + 1;
				step[i] = k;
			}
		}
	}
	if (n == 0 || best[n] == (size_t)-1) {
		free(best);
		free(step);
		return (0);
	}
	/* Walk back, writing the runs in reverse, then flip. */
	i = n;
	while (i > 0) {
		k = step[i];
		if (k > 1)
			*longrun = 1;
		for (j = 0; j < k; j++)
			out[m++] = w[i - 1 - j];
		i -= 2 * k;
	}
	for (j = 0; j < m / 2; j++) {
		uint32_t t = out[j];

		out[j] = out[m - 1 - j];
		out[m - 1 - j] = t;
	}
	free(best);
	free(step);
	return (m);
}

/*
 * Could s be doubled at all?  Its first word must start with a run said
 * twice; most lines fail this at once, before any allocation.
 */
static int
parse_may_be_doubled(const char *s, size_t n)
{
	size_t k;

	/*
	 * A run of k bytes said twice within the first word: its 2k bytes
	 * hold no space, which is checked two bytes a step as k grows, not
	 * by finding the word's end first.
	 */
	for (k = 1; 2 * k <= n && s[2 * k - 2] != ' ' && s[2 * k - 1] != ' ';
	     k++) {
		if (s[k] == s[0] && memcmp(s, s + k, k) == 0)
			return (1);
	}
	return (0);
}

/* The line undoubled (caller frees), or NULL if it is not doubled. */
char *
parse_undouble(const char *s, size_t n)
{
	uint32_t  *cp, *out, c;
	size_t	   ncp = 0, i, j, start, m;
	struct buf b = BUF_INIT;
	int	   longrun = 0, ok = 1;
	char	   tmp[4];

	if (!parse_may_be_doubled(s, n))
		return (NULL);
	cp = xcalloc(n + 1, sizeof *cp);
	out = xcalloc(n + 1, sizeof *out);
	for (i = 0; i < n;) {
		i = parse_next(s, n, i, &c);
		cp[ncp++] = c;
	}
	for (i = 0; i < ncp && ok;) {
		if (parse_is_space(cp[i])) {
			i++;
			continue;
		}
		for (start = i; i < ncp && !parse_is_space(cp[i]); i++)
			;
		m = parse_undouble_word(cp + start, i - start, out, &longrun);
		if (m == 0) {
			ok = 0;
			break;
		}
		if (b.len > 0)
			buf_addc(&b, ' ');
		for (j = 0; j < m; j++)
			buf_add(&b, tmp, text_utf8_put(tmp, out[j]));
	}
	free(cp);
	free(out);
	if (!ok || !longrun) {
		buf_free(&b);
		return (NULL);
	}
	return (buf_detach(&b));
}

/* A heading line's text: undoubled if doubled, spaces tidied. */
char *
parse_heading_text(const struct line *l, int *doubled)
{
	char *u, *s;

	u = parse_undouble(l->s, l->len);
	*doubled = u != NULL;
	if (u == NULL)
		return (parse_clean(l->s, l->len, PARSE_KEEP_PHRASES));
	s = parse_clean(u, strlen(u), PARSE_KEEP_PHRASES);
	free(u);
	return (s);
}

int
parse_has_inner_space(const char *s)
{
	const char *sp = strchr(s, ' ');

	return (sp != NULL && sp != s && sp[1] != '\0');
}

static void
parse_set(char **dst, struct buf *src)
{
	free(*dst);
	*dst = parse_clean(buf_str(src), src->len, PARSE_KEEP_PHRASES);
}

/*
 * Does s (n bytes) end on a pause (，、：；) or an opening mark (“《（),
 * running on into the next line?
 */
int
parse_ends_on_pause(const char *s, size_t n)
{
	static const char marks[] = "，、：；“《（";
	size_t		  k;

	/*
	 * Read from the bytes, not decoded: UTF-8 has one form for each
	 * character, and each of the marks is three bytes, led by E2, E3 or
	 * EF (a line ending on Han is passed at the first look).
	 */
	if (n > 0 && (s[n - 1] == ',' || s[n - 1] == ':'))
		return (1);
	if (n < 3 ||
	    ((unsigned char)s[n - 3] != 0xe2 &&
		(unsigned char)s[n - 3] != 0xe3 &&
		(unsigned char)s[n - 3] != 0xef))
		return (0);
	for (k = 0; k < sizeof marks - 1; k += 3) {
		if (memcmp(s + n - 3, marks + k, 3) == 0)
			return (1);
	}
	return (0);
}

/* Does s leave a quote or bracket open (“…, （…, 《…)? */
static int
parse_open_quote(const char *s)
{
	static const uint32_t pairs[][2] = { { 0x201c, 0x201d },
		{ 0xff08, 0xff09 }, { 0x300a, 0x300b }, { 0x2018, 0x2019 },
		{ 0x300c, 0x300d } };
	const unsigned char  *u = (const unsigned char *)s;
	int		      depth[sizeof pairs / sizeof pairs[0]] = { 0 };
	size_t		      i, k, n = strlen(s);
	uint32_t	      c;

	for (i = 0; i < n;) {
		/*
		 * Most characters are Han, whole in three bytes (lead E4-E9):
		 * none of the marks, passed over undecoded.
		 */
		if (u[i] >= 0xe4 && u[i] <= 0xe9 && i + 2 < n &&
		    (u[i + 1] & 0xc0) == 0x80 && (u[i + 2] & 0xc0) == 0x80) {
			i += 3;
			continue;
		}
		i = parse_next(s, n, i, &c);
		if (c < 0x2018)
			continue;
		for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
			if (c == pairs[k][0])
				depth[k]++;
			else if (c == pairs[k][1] && depth[k] > 0)
				depth[k]--;
		}
	}
	for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
		if (depth[k] > 0)
			return (1);
	}
	return (0);
}

/*
 * 核心阅读, 提要, 导读: the label of a summary box set with a title; or a
 * column tag in black brackets, 【绝活看点】.
 */
int
parse_summary_label(const char *s)
{
	static const char *labels[] = { "核心阅读", "提要", "导读", "编者按",
		"阅读提示", "内容提要" };
	size_t		   i, n = strlen(s);

	/* The labels are four characters at most; a tag opens on 【. */
	if (n > 12 && strncmp(s, "【", 3) != 0)
		return (0);
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		if (strcmp(s, labels[i]) == 0)
			return (1);
	}
	return (n > 6 && strncmp(s, "【", 3) == 0 &&
	    strcmp(s + n - 3, "】") == 0 && strstr(s + 3, "【") == NULL);
}

/* 招聘, 公告, 公益广告: a notice's label, the head of no story. */
static int
parse_notice_label(const char *s)
{
	static const char *labels[] = { "招聘", "公告", "广告", "公益广告",
		"声明", "遗失声明", "启事", "订阅热线" };
	size_t		   i;

	for (i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		if (strcmp(s, labels[i]) == 0)
			return (1);
	}
	return (0);
}

/*
 * Does the line say who attended or spoke, as a subtitle does: a name or
 * two (a surname first), then 出席, 主持, 讲话, 致辞 or 出席并讲话?
 */
static int
parse_attended(const char *t)
{
	static const char *cues[] = { "出席并讲话", "出席并致辞", "出席会议",
		"出席", "主持", "讲话", "致辞" };
	size_t		   n = strlen(t), k, cl;

	for (k = 0; k < sizeof cues / sizeof cues[0]; k++) {
		cl = strlen(cues[k]);
		if (n > cl && memcmp(t + n - cl, cues[k], cl) == 0)
			return (n - cl <= 5 * 3 + 3 &&
			    parse_is_names(t, n - cl) &&
			    parse_has_surname(t, n - cl));
	}
	return (0);
}

/* The widths of n lines, added up. */
static double
parse_em_sum(const double *em, size_t n)
{
	double sum = 0;

	while (n-- > 0)
		sum += *em++;
	return (sum);
}

static int
parse_key_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x < y ? -1 : x > y);
}

/*
 * Does the page's text set the characters of w (n bytes: two Han
 * characters, c and d) side by side?  The first few times a page asks,
 * the text is searched; a page that asks more often (a long one, far
 * longer than a printed page, of short lines) has its pairs gathered and
 * sorted once (p->pairs), so that no search goes over the whole text
 * for each of its lines.
 */
static int
parse_says_pair(const struct parser *p, const char *w, size_t n, uint32_t c,
    uint32_t d)
{
	struct parse_pairs *pp = p->pairs;
	uint64_t	    key = (uint64_t)c << 32 | d;
	size_t		    i, j, m = 0;
	uint32_t	    a = 0, b;

	if (!pp->built && pp->asked++ < parse_tune.page.pairs_searched)
		return (parse_memmem(p->text, p->len, w, n) != NULL);
	if (!pp->built) {
		pp->built = 1;
		/* A Han character takes 3 bytes or more: no more pairs. */
		pp->key = xreallocarray(NULL, p->len / 3 + 1, sizeof *pp->key);
		for (i = 0; i < p->len; a = b) {
			j = parse_next(p->text, p->len, i, &b);
			i = j > i ? j : i + 1;
			if (text_is_han(a) && text_is_han(b))
				pp->key[m++] = (uint64_t)a << 32 | b;
		}
		qsort(pp->key, m, sizeof *pp->key, parse_key_cmp);
		for (i = 0; i < m; i++) {
			if (pp->n == 0 || pp->key[pp->n - 1] != pp->key[i])
				pp->key[pp->n++] = pp->key[i];
		}
	}
	return (bsearch(&key, pp->key, pp->n, sizeof *pp->key, parse_key_cmp) !=
	    NULL);
}

/*
 * Does the break between heading lines a and b fall inside a word, the
 * last character of one and the first of the other, that the page says
 * elsewhere (推行垃⏎圾分类…)?  A kicker ends on a whole phrase.
 */
static int
parse_word_broken_n(const struct parser *p, const char *a, size_t la,
    const char *b, size_t lb)
{
	char	 w[8];
	size_t	 ka, kb;
	uint32_t c, d;

	ka = text_utf8_prev(a, la, &c);
	if (ka == 0 || !text_is_han(c))
		return (0);
	kb = text_utf8_next(b, lb, &d);
	if (kb == 0 || !text_is_han(d) || ka + kb > sizeof w)
		return (0);
	memcpy(w, a + la - ka, ka);
	memcpy(w + ka, b, kb);
	return (parse_says_pair(p, w, ka + kb, c, d));
}

static int
parse_word_broken(const struct parser *p, const char *a, const char *b)
{
	return (parse_word_broken_n(p, a, strlen(a), b, strlen(b)));
}

/*
 * Does line l open on one Han character and a pause or a stop (点，只有…,
 * 式。此次…), a closing quote between or not (石”。今年…)?  No line of
 * text does but the rest of a word a line's end or a column break cut
 * (…没有终 ⏎⏎ 点，…, …经济发展的“压舱 ⏎⏎ 石”。…): the line over it is
 * text, not a heading, nor the end of a sentence.
 */
int
parse_opens_on_word_end(const struct line *l)
{
	uint32_t c;
	size_t	 k;

	if (l->len == 0)
		return (0);
	k = parse_next(l->s, l->len, 0, &c);
	if (!text_is_han(c) || k >= l->len)
		return (0);
	k = parse_next(l->s, l->len, k, &c);
	if (parse_is_closer(c) && k < l->len)
		parse_next(l->s, l->len, k, &c);
	return (c == 0xff0c || c == 0x3001 || c == 0x3002 || c == 0xff1b);
}

/* The same of two lines: does the break between a and b cut a word? */
int
parse_line_word_broken(const struct parser *p, const struct line *a,
    const struct line *b)
{
	return (parse_word_broken_n(p, a->s, a->len, b->s, b->len));
}

/*
 * Does the page's text say w (n bytes), a run of characters across the
 * break between two lines?  Each asking searches the whole text, so a
 * page's searches scan page.span_scan_max bytes at most: span_scan_max
 * over the page's length searches (over a thousand for a page of 28 KB,
 * a hundred for one of 300 KB), where a printed page asks a few times,
 * and a text of megabytes made of such breaks is not searched once per
 * line.  Past that the answer is no, and such a text's lines are read
 * as they are set.
 */
int
parse_says_span(const struct parser *p, const char *w, size_t n)
{
	if (p->pairs->scanned + p->len > parse_tune.page.span_scan_max)
		return (0);
	p->pairs->scanned += p->len;
	return (parse_memmem(p->text, p->len, w, n) != NULL);
}

/*
 * Where the last two Chinese characters of s (n bytes) start, the
 * closing marks after them with them when closers is set; SIZE_MAX if s
 * does not end so.  The run a line's break may cut ends there.
 */
size_t
parse_han_tail(const char *s, size_t n, int closers)
{
	size_t	 k = n, m, han;
	uint32_t c;

	while (closers && k > 0 && (m = text_utf8_prev(s, k, &c)) > 0 &&
	    parse_is_closer(c))
		k -= m;
	for (han = 0; han < 2; han++) {
		if (k == 0 || (m = text_utf8_prev(s, k, &c)) == 0 ||
		    !text_is_han(c))
			return (SIZE_MAX);
		k -= m;
	}
	return (k);
}

/*
 * Does the break between heading lines a and b fall inside a phrase the
 * page says elsewhere: the last two Chinese characters of a, the closing
 * marks after them, and the first two of b (…项目建设年” ⏎⏎ 动员大会…, said
 * as 项目建设年”动员大会 in the story)?  Lines of one title break where
 * the type runs out, often inside a phrase its story repeats; two
 * headings set one over the other meet by chance.
 */
int
parse_line_phrase_broken(const struct parser *p, const struct line *a,
    const struct line *b)
{
	char	 w[48];
	size_t	 k, m, ka, kb, han;
	uint32_t c;

	if ((k = parse_han_tail(a->s, a->len, 1)) == SIZE_MAX)
		return (0);
	ka = a->len - k;
	for (kb = 0, han = 0; han < 2; han++) {
		if ((m = text_utf8_next(b->s + kb, b->len - kb, &c)) == 0 ||
		    !text_is_han(c))
			return (0);
		kb += m;
	}
	if (ka + kb > sizeof w)
		return (0);
	memcpy(w, a->s + k, ka);
	memcpy(w + ka, b->s, kb);
	return (parse_says_span(p, w, ka + kb));
}

/*
 * Whether each of the n widths em[] is at most max and a title's, at
 * least runs_on_min_em.
 */
static int
parse_rest_short(const double *em, size_t n, double max)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (em[i] > max || em[i] < parse_tune.text.runs_on_min_em)
			return (0);
	}
	return (n > 0);
}

/*
 * Whether heading line s ends the way a kicker does, leading into the
 * title under it: a speech or a meeting (…强调, …指出, 市政府召开常务会议),
 * a dash or a colon.
 */
int
parse_kicker_cue(const char *s)
{
	static const char *cues[] = { "强调", "指出", "表示", "要求",
		"印发通知", "举行", "召开", "会议", "——", "：", ":" };
	size_t		   k, m = strlen(s);

	for (k = 0; k < sizeof cues / sizeof cues[0]; k++) {
		if (parse_ends(s, m, cues[k]))
			return (1);
	}
	return (0);
}

/* Does s (n bytes) end on an exclamation or a question (！, ？)? */
int
parse_exclaims(const char *s, size_t n)
{
	return (parse_ends(s, n, "！") || parse_ends(s, n, "？"));
}

/* Does s hold a mark of a sentence (，。！？；：、)? */
int
parse_has_mark(const char *s)
{
	size_t	 i, n = strlen(s);
	uint32_t c;

	for (i = 0; i < n;) {
		i = parse_next(s, n, i, &c);
		if (parse_is_sentence_punct(c))
			return (1);
	}
	return (0);
}

/*
 * How many of the n heading lines txt[] (em[] wide) over the title are a
 * kicker that reports a speech and left its verb's last character alone
 * on its last line (韩卫东在澄湖港区调研时强 ⏎ 调), set with no blank under
 * it: lines of one width with no mark in them, the last of which ends on
 * 强 or 指 over a line of 调 or 出 alone, and a line or more under that.
 * 0 if they are none.  A line that ends on the whole verb may go on to
 * its object (…更加突出强调 ⏎ 室内…): a title's.
 */
static size_t
parse_speech_kicker(char *const *txt, const double *em, size_t n)
{
	static const char *verbs[][2] = { { "强", "调" }, { "指", "出" } };
	size_t		   k, v;

	for (k = 1; k + 1 < n; k++) {
		if (parse_has_mark(txt[k - 1]) ||
		    fabs(em[k - 1] - em[0]) > parse_tune.text.kicker_lines_em)
			break;
		for (v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
			if (strcmp(txt[k], verbs[v][1]) == 0 &&
			    parse_ends(txt[k - 1], strlen(txt[k - 1]),
				verbs[v][0]))
				return (k + 1);
		}
	}
	return (0);
}

/*
 * The title block of a page that sets headings over bodies: parts set
 * apart by blank lines before the last are the kicker (unless the last
 * is a dashed subtitle or a deck the flow reading marked: then the part
 * before it is the title); in the last part, a line opening with —— (or
 * far longer than the first) starts the subtitle, and a first line that
 * ends the way a kicker does (…强调, …指出, …举行——, a colon) is the
 * kicker; the rest is the title, broken over lines by the column.
 */
static void
parse_heading_flow(const struct parser *p, char **txt, const int *blank,
    const int *coltag, const int *deck, const double *em, size_t n,
    struct buf *kicker, struct buf *title, struct buf *sub)
{
	size_t	    part, i, end;
	int	    word;
	const char *tag = NULL;

	/*
	 * A summary's label (核心阅读) or a column tag (【绝活看点】) under
	 * the title is no part of it, nor a notice's label (招聘) over it.
	 */
	while (n > 1 && parse_summary_label(txt[n - 1]))
		n--;
	/*
	 * Nor is a column's name the flow reading found set right under it
	 * (澄言, over the text under a picture's credit): the kicker's place
	 * holds it.
	 */
	if (n > 1 && coltag[n - 1]) {
		tag = txt[n - 1];
		n--;
	}
	while (n > 1 && parse_notice_label(txt[0])) {
		txt++;
		blank++;
		deck++;
		em++;
		n--;
	}
	for (part = n - 1; part > 0; part--) {
		if (blank[part])
			break;
	}
	/*
	 * A last line that exclaims or asks after a pause (…，真了不起！),
	 * under a line with no mark and not broken from it inside a word, is
	 * a title whole in itself: the lines over it are its kicker, as if
	 * set apart.  (澄湖的夜市经济 ⏎ 还能火多久？ is one title.)
	 */
	if (n >= 2 && part < n - 1 &&
	    parse_exclaims(txt[n - 1], strlen(txt[n - 1])) &&
	    !parse_has_mark(txt[n - 2]) && strstr(txt[n - 1], "，") != NULL &&
	    !parse_word_broken(p, txt[n - 2], txt[n - 1]))
		part = n - 1;
	/*
	 * A last part that is a dashed subtitle alone (——回访…), or a deck
	 * the flow reading found set apart under its title: the part before
	 * it is the title, those before that the kicker.
	 */
	if (part > 0 &&
	    (parse_starts(txt[part], strlen(txt[part]), "——") || deck[part])) {
		end = part;
		for (part = end - 1; part > 0 && !blank[part]; part--)
			;
		for (i = 0; i < part; i++)
			parse_join_line(kicker, txt[i], strlen(txt[i]));
		for (i = part; i < end; i++)
			buf_adds(title, txt[i]);
		for (i = end; i < n; i++)
			parse_join_line(sub, txt[i], strlen(txt[i]));
		if (tag != NULL)
			parse_join_line(kicker, tag, strlen(tag));
		return;
	}
	for (i = 0; i < part; i++)
		parse_join_line(kicker, txt[i], strlen(txt[i]));
	for (end = part + parse_speech_kicker(txt + part, em + part, n - part);
	     part < end; part++)
		parse_join_line(kicker, txt[part], strlen(txt[part]));
	/*
	 * A column's name, a word or two far shorter than the title lines
	 * under it, was not broken off them by the column: the kicker (三言
	 * 两语 over the title), set in the same type.
	 */
	for (end = part + 1;
	     end < n && !parse_starts(txt[end], strlen(txt[end]), "——"); end++)
		;
	word = part + 1 < n && parse_word_broken(p, txt[part], txt[part + 1]);
	if (end - part >= 2 && !word && !parse_open_quote(txt[part]) &&
	    em[part] <= parse_tune.text.column_name_max_em &&
	    em[part] <= parse_tune.text.flow_kicker_share *
		    parse_em_sum(em + part + 1, end - part - 1)) {
		parse_join_line(kicker, txt[part], strlen(txt[part]));
		part++;
		word = part + 1 < n &&
		    parse_word_broken(p, txt[part], txt[part + 1]);
	}
	for (end = part; end < n; end++) {
		if (end > part &&
		    (parse_starts(txt[end], strlen(txt[end]), "——") ||
			(em[end] >= parse_tune.text.subtitle_ratio * em[part] &&
			    em[end] >= parse_tune.text.subtitle_min_em &&
			    !(end == part + 1 &&
				parse_has_inner_space(txt[part]) &&
				!parse_open_quote(txt[part])))))
			break;
	}
	i = part;
	/*
	 * Nor was a line of two phrases parted by a space, whole in itself:
	 * the kicker (总投资3亿元 年产值可达6亿元 over the title).
	 */
	if (end - part >= 2 && word) {
		/* Broken inside a word the page says elsewhere: one title. */
	} else if (end - part >= 2 && !parse_open_quote(txt[part]) &&
	    parse_has_inner_space(txt[part])) {
		parse_join_line(kicker, txt[part], strlen(txt[part]));
		i++;
	} else if (end - part == 2 && !parse_open_quote(txt[part]) &&
	    !parse_ends_on_pause(txt[part], strlen(txt[part])) &&
	    parse_has_inner_space(txt[part + 1]) &&
	    em[part + 1] < parse_tune.text.subtitle_min_em) {
		/*
		 * A line over a last one of two phrases parted by a space
		 * (村子变美了 机会增多了), the break inside no word: that
		 * last line is the title, whole in itself, and the line over
		 * it its kicker.  Not when that line is as long as a deck.
		 */
		parse_join_line(kicker, txt[part], strlen(txt[part]));
		i++;
	} else if (end - part == 2 && !parse_open_quote(txt[part]) &&
	    !parse_ends_on_pause(txt[part], strlen(txt[part])) &&
	    parse_has_inner_space(txt[part + 1]) &&
	    em[part + 1] >= parse_tune.text.subtitle_min_em &&
	    em[part + 1] > em[part]) {
		/*
		 * As long as a deck and longer than the line over it: that
		 * line is the title, whole in itself, and this its deck (花展
		 * 游客创新高 多项“首次”亮相湿地 under its title).
		 */
		end = part + 1;
	} else if (end - part >= 2 && !parse_open_quote(txt[part]) &&
	    em[part] >= parse_tune.text.kicker_min_em &&
	    parse_rest_short(em + part + 1, end - part - 1,
		em[part] / parse_tune.text.kicker_wide)) {
		/*
		 * A first line far wider than every line under it, the break
		 * inside no word: the kicker over a title in larger type
		 * (禾润新能源助力澄湖电池回收产业高质量发展⏎旧电池变“宝
		 * 藏”⏎这是片蓝海), which set no blank between them.
		 */
		parse_join_line(kicker, txt[part], strlen(txt[part]));
		i++;
	} else if (end - part >= 2 && parse_kicker_cue(txt[part])) {
		parse_join_line(kicker, txt[part], strlen(txt[part]));
		i++;
	}
	/*
	 * A last line that names who attended (许文华出席并讲话, 陈国梁主持)
	 * under a title of its own lines is the subtitle.
	 */
	if (end - i >= 2 && parse_attended(txt[end - 1]))
		end--;
	for (; i < end; i++)
		buf_adds(title, txt[i]);
	for (; i < n; i++)
		parse_join_line(sub, txt[i], strlen(txt[i]));
	if (tag != NULL)
		parse_join_line(kicker, tag, strlen(tag));
}

/* Whether a heading line closes a quotation, exclaims or asks. */
static int
parse_ends_whole(const char *s, size_t n)
{
	return (parse_ends(s, n, "”") || parse_exclaims(s, n));
}

/*
 * Whether text a (an bytes) ends on a figure and b (bn bytes) opens on
 * its unit (…捐赠500 ⏎ 万美元…, 86 ⏎ 万元): a number broken from its
 * unit, one word whatever lies between the lines.
 */
static int
parse_number_broken(const char *a, size_t an, const char *b, size_t bn)
{
	static const char *units[] = { "万", "亿", "千", "百", "元", "余", "多",
		"个", "名", "年", "月", "日", "%", "％", "家", "件", "次", "倍",
		"吨", "米", "亩", "台", "项", "岁", "天" };
	size_t		   i;

	if (an == 0 || !isdigit((unsigned char)a[an - 1]))
		return (0);
	for (i = 0; i < sizeof units / sizeof units[0]; i++) {
		if (parse_starts(b, bn, units[i]))
			return (1);
	}
	return (0);
}

/* Whether heading text s gives a figure: an Arabic digit in it. */
static int
parse_has_figure(const char *s)
{
	return (strpbrk(s, "0123456789") != NULL);
}

/*
 * Whether heading line b (bem wide) goes on the title line a (aem wide)
 * started: no dash opens it, it is not far wider (a subtitle), and a is
 * not whole in itself (two phrases parted by a space).
 */
static int
parse_title_goes_on(const char *a, double aem, const char *b, double bem)
{
	return (!parse_starts(b, strlen(b), "——") &&
	    !parse_starts(b, strlen(b), "─") && !parse_has_inner_space(a) &&
	    !(bem >= parse_tune.text.subtitle_ratio * aem &&
		bem >= parse_tune.text.subtitle_min_em));
}

/*
 * Splits a title block into kicker, title and subtitle.  A doubled (bold)
 * line is the title; lines before it are the kicker, after it the subtitle.
 * Otherwise a first part set apart by a blank line is the kicker (a
 * figure broken from its unit sets no part apart, and a last part that
 * opens on a dash is the subtitle of the part before it); of the
 * remaining lines, two phrases that give figures over one line that
 * gives none are the kicker over the title, a first line of two phrases
 * or one followed by a much longer line (or one opening with a dash) is
 * the title over a subtitle, a much longer first line is a kicker, and so
 * is a first line that ends the way a kicker does (parse_kicker_cue)
 * where the break is inside no word, over one line or over two that go
 * on (parse_title_goes_on()); two lines alike are one title broken in
 * two.
 */
void
parse_heading(struct parser *p, const struct draft *d, struct parse_article *a)
{
	struct buf kicker = BUF_INIT, title = BUF_INIT, sub = BUF_INIT;
	char	 **txt;
	int	  *dbl, *blank, *coltag, *deck;
	double	  *em;
	size_t	   n = d->nhead, i, k, t, part, drop;
	double	   e0 = 0, e1 = 0;

	if (n == 0)
		return;
	/*
	 * The six arrays, one entry per heading line, share one allocation:
	 * the doubles first, then the pointers and the ints (each needs no
	 * more alignment than what comes before it); em owns it.
	 */
	em = xcalloc(n,
	    sizeof *em + sizeof *txt + sizeof *dbl + sizeof *blank +
		sizeof *coltag + sizeof *deck);
	txt = (char **)(em + n);
	dbl = (int *)(txt + n);
	blank = dbl + n;
	coltag = blank + n;
	deck = coltag + n;
	for (i = k = 0; i < n; i++) {
		const struct line *l = &p->lines[d->head[i]];
		int		   bold;
		char		  *s = parse_heading_text(l, &bold);

		/*
		 * A line under one that leaves a quote or bracket open is
		 * the rest of it: one heading line broken in two.  So is one
		 * broken at its pause with the pause set again at the head of
		 * the next (夜市开张，⏎，老街…): one line, one pause.
		 */
		drop = 0;
		if (k > 0 && !l->blank_before &&
		    (parse_open_quote(txt[k - 1]) ||
			(parse_ends(txt[k - 1], strlen(txt[k - 1]), "，") &&
			    parse_starts(s, strlen(s), "，") &&
			    (drop = strlen("，")) != 0))) {
			char *j;

			xasprintf(&j, "%s%s", txt[k - 1], s + drop);
			free(txt[k - 1]);
			free(s);
			txt[k - 1] = j;
			em[k - 1] += l->em - (drop != 0);
			/*
			 * Such a title is one in large type: a line over it
			 * that closes a quotation or exclaims (“晚上又有地方
			 * 逛了”) is its kicker, as if set apart.
			 */
			if (drop != 0 && k > 1 &&
			    parse_ends_whole(txt[k - 2], strlen(txt[k - 2])))
				blank[k - 1] = 1;
			continue;
		}
		txt[k] = s;
		dbl[k] = bold;
		/* A figure broken from its unit is one word: no blank. */
		blank[k] = l->blank_before &&
		    !(k > 0 &&
			parse_number_broken(txt[k - 1], strlen(txt[k - 1]), s,
			    strlen(s)));
		coltag[k] = l->coltag;
		deck[k] = l->deck;
		em[k] = l->em;
		k++;
	}
	n = k;
	if (d->flow) {
		parse_heading_flow(p, txt, blank, coltag, deck, em, n, &kicker,
		    &title, &sub);
		goto done;
	}
	for (t = 0; t < n && !dbl[t]; t++)
		;
	if (t < n) {
		for (i = 0; i < t; i++)
			parse_join_line(&kicker, txt[i], strlen(txt[i]));
		buf_adds(&title, txt[t]);
		/*
		 * A bold line under a bold title is its second half, unless
		 * the title is whole (two phrases) or the line is a subtitle.
		 */
		if (t + 1 < n && dbl[t + 1] && !parse_has_inner_space(txt[t]) &&
		    !parse_starts(txt[t + 1], strlen(txt[t + 1]), "——") &&
		    !blank[t + 1] &&
		    em[t + 1] < parse_tune.text.subtitle_ratio * em[t]) {
			t++;
			parse_join_line(&title, txt[t], strlen(txt[t]));
		}
		for (i = t + 1; i < n; i++)
			parse_join_line(&sub, txt[i], strlen(txt[i]));
		goto done;
	}
	/* The last part set apart by a blank line; earlier ones: kicker. */
	for (part = n - 1; part > 0; part--) {
		if (blank[part])
			break;
	}
	/*
	 * Unless that part is a dashed subtitle, set apart from its title
	 * by a column break: then the part before it holds the title.
	 */
	if (part > 0 && parse_starts(txt[part], strlen(txt[part]), "——")) {
		for (part--; part > 0; part--) {
			if (blank[part])
				break;
		}
	}
	for (i = 0; i < part; i++)
		parse_join_line(&kicker, txt[i], strlen(txt[i]));
	i = part;
	if (n - i >= 2) {
		e0 = em[i];
		e1 = em[i + 1];
		if (part == 0 && n - i >= 2 &&
		    e0 >= parse_tune.text.kicker_ratio * e1 &&
		    e0 >= parse_tune.text.kicker_min_em) {
			parse_join_line(&kicker, txt[i], strlen(txt[i]));
			i++;
			if (n - i >= 2) {
				e0 = em[i];
				e1 = em[i + 1];
			}
		}
	}
	buf_adds(&title, txt[i]);
	if (n - i >= 2) {
		const char *nx = txt[i + 1];

		if (n - i == 2 && parse_has_inner_space(txt[i]) &&
		    parse_has_figure(txt[i]) && !parse_has_figure(nx) &&
		    !parse_has_inner_space(nx) &&
		    !parse_starts(nx, strlen(nx), "——") &&
		    !parse_word_broken(p, txt[i], nx)) {
			/*
			 * Two phrases that give figures (总投资30亿元 年产值可
			 * 达60亿元) over a line that gives none: the deck, a
			 * kicker here, over the title.  A deck carries the
			 * figures, a title the slogan or the news.
			 */
			buf_truncate(&title, 0);
			parse_join_line(&kicker, txt[i], strlen(txt[i]));
			buf_adds(&title, nx);
			i++;
		} else if (parse_starts(nx, strlen(nx), "——") ||
		    parse_starts(nx, strlen(nx), "─") ||
		    parse_has_inner_space(txt[i]) ||
		    (e1 >= parse_tune.text.subtitle_ratio * e0 &&
			e1 >= parse_tune.text.subtitle_min_em)) {
			/* Title over subtitle. */
		} else if ((n - i == 2 ||
			       (n - i == 3 &&
				   parse_title_goes_on(txt[i + 1], em[i + 1],
				       txt[i + 2], em[i + 2]))) &&
		    parse_kicker_cue(txt[i]) &&
		    !parse_word_broken(p, txt[i], nx)) {
			/*
			 * The kicker, and the title under it, whole or
			 * broken in two by a narrow column (研究部署一季 ⏎
			 * 度稳增长工作).
			 */
			buf_truncate(&title, 0);
			parse_join_line(&kicker, txt[i], strlen(txt[i]));
			buf_adds(&title, nx);
			i++;
			if (n - i == 2) {
				parse_join_line(&title, txt[i + 1],
				    strlen(txt[i + 1]));
				i++;
			}
		} else {
			parse_join_line(&title, nx, strlen(nx));
			i++;
		}
	}
	for (i = i + 1; i < n; i++)
		parse_join_line(&sub, txt[i], strlen(txt[i]));
done:
	parse_set(&a->kicker, &kicker);
	parse_set(&a->title, &title);
	parse_set(&a->subtitle, &sub);
	buf_free(&kicker);
	buf_free(&title);
	buf_free(&sub);
	for (i = 0; i < n; i++)
		free(txt[i]);
	free(em);
}

/*
 * A byline as people write it: "记者 荣怡婷 通讯员 赵泽曦 姚远".  The ■ goes
 * (or another paper's mark: ◆), and single characters the extractor spaced
 * apart are paired up again (记 者 → 记者, 姚 远 → 姚远).
 */
char *
parse_byline(struct parser *p, const struct draft *d)
{
	struct buf b = BUF_INIT;
	size_t	   i, j, k;
	uint32_t   c;
	int	   single = 0, credit;

	for (i = 0; i < d->nbyline; i++) {
		const struct line *l = &p->lines[d->byline[i]];

		/* A label (文/记者 王强) goes, as a mark (■记者 王强) does. */
		for (j = parse_byline_label(l->s, l->len, &credit);
		     j < l->len;) {
			size_t start;

			while (j < l->len) {
				k = parse_next(l->s, l->len, j, &c);
				if (!parse_is_space(c) &&
				    !parse_is_byline_mark(c))
					break;
				j = k;
			}
			if (j >= l->len)
				break;
			start = j;
			while (j < l->len) {
				k = parse_next(l->s, l->len, j, &c);
				if (parse_is_space(c) ||
				    parse_is_byline_mark(c))
					break;
				j = k;
			}
			/* One character: pair it with the next one. */
			if (j - start <= parse_tune.text.byline_name_max &&
			    single) {
				buf_add(&b, l->s + start, j - start);
				single = 0;
				continue;
			}
			if (b.len > 0)
				buf_addc(&b, ' ');
			buf_add(&b, l->s + start, j - start);
			single = j - start <= parse_tune.text.byline_name_max &&
			    text_utf8_next(l->s + start, j - start, &c) ==
				j - start &&
			    text_is_han(c);
		}
	}
	return (buf_detach(&b));
}
