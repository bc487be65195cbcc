/*
 * Pages whose headings stand over their bodies, as most papers set them and
 * as pdftotext gives them: the title block comes right before the text it
 * heads, articles run on from column to column, and a story may be broken
 * by the text of its neighbours (pdftotext reads column by column, so a
 * body interrupted at the foot of a column resumes after whatever the next
 * column starts with).
 *
 * The pass works on the lines parse_lines() measured:
 *
 *  1. roles: each line is body, heading, byline, credit, note or furniture;
 *     a heading is a short line that finishes no sentence and stands where
 *     a paragraph could not go on (after a finished sentence, a blank, or
 *     another heading);
 *  2. pieces: runs of body lines between blanks and headings, and runs of
 *     heading lines;
 *  3. articles (parse-flow-story.c): a heading run set right on top of a
 *     piece opens an article; a piece that starts inside a sentence
 *     continues the article that was left open; a piece that starts with a
 *     dateline (本报北京1月9日电, 新华社…电, 本报讯) opens one; other pieces
 *     are set aside and matched to the headings left over by the words they
 *     share, else continue the article before them.
 *
 * The result is drafts, which parse.c turns into articles as for any page.
 * With KANBAO_FLOW_DEBUG set in the environment, each line is printed to
 * stderr with its role, piece and article, to see why a page split as it
 * did.
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/xmalloc.h"
#include "parse-flow-int.h"

/* Tuning: every threshold of this pass, named (parse-flow-int.h). */
const struct flow_tune flow_tune = {
	.caption_max_em = 200,
	.story_min_em = 40,
	.adjacent = 0.8,
	.head_max_pauses = 1,
	.kicker_max_pauses = 3,
	.indent_em = 2,
	.width_pct = 0.90,
	.full_slack = 1.0,
	.head_max_share = 0.92,
	.head_wide = 1.5,
	.head_max_em = 40,
	.head_max_lines = 5,
	.top_lines = 12,
	.match_min = 0.8,
	.match_late = 0.3,
	.orphan_min_em = 60,
	.related_min = 10,
	.para_related_min = 4,
	.ad_open_max_em = 40,
	.open_back = 12,
	.match_whole = 0.5,
	.match_kicked = 0.3,
	.kicked_min_em = 6,
	.match_evidence = 0.03,
	.deck_min_columns = 2,
	.running_min_lines = 3,
	.topic_min_chars = 2,
	.topic_max_chars = 6,
	.topic_max_em = 24,
	.head_reach = 60,
	.lead_reach = 12,
	.subhead_words = 1,
	.kicker_pairs = 2,
	.join_scan_max = 32 << 20,
	.fits_heads_max = 512,
	.slogan_reach = 3,
	.slogan_max_em = 10,
	.subhead_pairs = 2,
	.lead_pairs = 8,
	.lead_over_story = 1.5,
	.line_lead_over = 2,
	.match_pairs_max = 1 << 20,
	.sub_reach = 1024,
	.far_title_share = 0.7,
	.phrase_min_em = 4,
	.indent_min_paras = 4,
	.indent_tenths = 9,
	.subhead_long_em = 10,
	.box_lines = 6,
	.box_max_em = 12,
	.bracket_join = 1000,
	.head_tail_em = 3,
	.fill_em = 0.75,
};

/* ---- Cues. */

/*
 * Whether s (n bytes) opens with what a dateline is made of (Chinese
 * characters, figures, spaces, a 【 first) as far as a 电 or a 讯.  Most
 * lines break off at their first mark, short of either: their bytes are
 * looked at as they stand, decoding none.
 */
static int
flow_wire_ahead(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t		     i = 0;

	if (parse_starts(s, n, "【"))
		i = 3;
	while (i < n) {
		if (u[i] >= 0xe4 && u[i] <= 0xe9) {
			/* 电 is E7 94 B5, 讯 E8 AE AF. */
			if (i + 3 > n)
				return (0);
			if ((u[i] == 0xe7 && u[i + 1] == 0x94 &&
				u[i + 2] == 0xb5) ||
			    (u[i] == 0xe8 && u[i + 1] == 0xae &&
				u[i + 2] == 0xaf))
				return (1);
			i += 3;
		} else if (u[i] == ' ' || u[i] == '\t' ||
		    (u[i] >= '0' && u[i] <= '9'))
			i++;
		else if (i + 3 <= n && u[i] == 0xe3 && u[i + 1] == 0x80 &&
		    u[i + 2] == 0x80)
			i += 3; /* a wide space */
		else if (i + 3 <= n && u[i] == 0xef && u[i + 1] == 0xbc &&
		    u[i + 2] >= 0x90 && u[i + 2] <= 0x99)
			i += 3; /* a wide figure, ０ to ９ */
		else if (i + 2 <= n && u[i] == 0xc2 && u[i + 1] == 0xb7)
			i += 2; /* ·, in 中青报·中青网 */
		else
			return (0); /* a mark */
	}
	return (0);
}

/* The spaces flow_wire_ahead() reads: a space, a tab, a wide space. */
static int
flow_wire_space(uint32_t c)
{
	return (c == ' ' || c == '\t' || c == 0x3000);
}

/* Is the first character after the spaces at s + k (n bytes) 话? */
static int
flow_phone_after(const char *s, size_t n, size_t k)
{
	uint32_t c = 0;

	while (k < n) {
		k = parse_next(s, n, k, &c);
		if (!flow_wire_space(c))
			break;
	}
	return (c == 0x8bdd);
}

/*
 * The dateline of any source, in bytes through its 电 or 讯, when no lead
 * of ours names it: Chinese characters, figures, spaces and · only, a 【
 * before them or none, dateline_max_chars of them at most before the 电
 * or 讯, and
 * - a name, a place and a date (光明日报北京1月9日电, 经济日报北京 1 月 9 日
 *   讯, 法新社巴黎1月9日电): two characters or more, a 月, and 日 right
 *   before the 电 or 讯;
 * - or a paper's name alone (新京报讯（记者…）, 南都讯 记者…, 光明日报电
 *   …, 湖城广播电视台讯): Chinese characters only, source_max_han at most,
 *   the last as papers' and agencies' names end (报, 社, 网, 都, 端, 台)
 *   or, before 讯, a newsroom's 中心 (湖城县融媒体中心讯) or a paper's
 *   专 (湖城日报专讯, a Hong Kong paper's own story).  An ad's 电 话
 *   spaced out is no 电 (湖城会展服务中心电 话：…).
 * After the 电 or 讯 comes a bracket, a space or the line's end (or 】
 * after a 【), or a figure after a date: …（本⏎报澄湖1月9日电） is the end
 * of a bracket.  Before a Chinese character the 电 is a word's, and the
 * line is read on: 3月8日电影周 is no dateline, 澄湖电视台3月7日电 is one.
 */
static size_t
flow_any_dateline(const char *s, size_t n)
{
	size_t	 i = 0, k, chars = 0, han = 0, lim;
	uint32_t c, prev = 0, prev2 = 0, next;
	int	 month = 0, square = 0;

	lim = 4 * parse_tune.lines.dateline_max_chars;
	if (n < lim)
		lim = n;
	if (!flow_wire_ahead(s, lim))
		return (0);
	if (parse_starts(s, n, "【"))
		i = 3, square = 1;
	while (i < n && chars <= parse_tune.lines.dateline_max_chars) {
		k = parse_next(s, n, i, &c);
		next = 0;
		if (k < n)
			parse_next(s, n, k, &next);
		/*
		 * 电, 讯 and what opens after it: a bracket, a space, a
		 * figure, the line's end (or a 】 that closes its 【).  Before
		 * a Chinese character it is a word's (电视台, 3月8日电影周):
		 * read on.
		 */
		if ((c == 0x7535 || c == 0x8baf) && han >= 2 &&
		    (next == 0 || flow_wire_space(next) || next == 0xff08 ||
			next == '(' || next == 0x3010 ||
			(next >= '0' && next <= '9') ||
			(next >= 0xff10 && next <= 0xff19) ||
			(square && next == 0x3011))) {
			if (month && prev == 0x65e5)
				return (k);
			if (han > parse_tune.lines.source_max_han || month ||
			    chars != han || (next >= '0' && next <= '9') ||
			    (next >= 0xff10 && next <= 0xff19))
				return (0);
			/* 电 话 spaced out (in an ad, a notice) is a word. */
			if (c == 0x7535 && flow_phone_after(s, n, k))
				return (0);
			/*
			 * …报讯, …台讯, a newsroom's 中心讯, or a paper's
			 * own story, as Hong Kong papers mark it (【湖城日报
			 * 专讯】).
			 */
			if (parse_is_source_end(prev) ||
			    (c == 0x8baf && prev2 == 0x4e2d &&
				prev == 0x5fc3) ||
			    (c == 0x8baf && prev == 0x4e13 &&
				parse_is_source_end(prev2)))
				return (k);
			return (0);
		}
		if (text_is_han(c))
			han++;
		else if (!flow_wire_space(c) && !(c >= '0' && c <= '9') &&
		    !(c >= 0xff10 && c <= 0xff19) && c != 0xb7)
			return (0);
		month |= c == 0x6708 && han >= 3; /* 月, after a name */
		if (!flow_wire_space(c)) {
			prev2 = prev;
			prev = c;
			chars++;
		}
		i = k;
	}
	return (0);
}

/*
 * Whether s (6 bytes at least) may start with one of our leads.  Most
 * lines start with none: 本新中据人央【（, whose last bytes are AC B0 AD
 * AE BA AE 90 88, compared as they stand.
 */
static int
flow_may_lead(const char *s)
{
	switch ((unsigned char)s[2]) {
	case 0xac:
	case 0xb0:
	case 0xad:
	case 0xae:
	case 0xba:
	case 0x90:
	case 0x88:
		break;
	default:
		return (0);
	}
	return (memcmp(s, "本", 3) == 0 || memcmp(s, "新", 3) == 0 ||
	    memcmp(s, "中", 3) == 0 || memcmp(s, "据", 3) == 0 ||
	    memcmp(s, "人", 3) == 0 || memcmp(s, "央", 3) == 0 ||
	    memcmp(s, "【", 3) == 0 || memcmp(s, "（", 3) == 0);
}

/*
 * Is the 电 at s[k] a dated dateline's end: 日 right before it, and after
 * it no Chinese character (a bracket, a space, a figure, the line's end)?
 */
static int
flow_agency_dated(const char *s, size_t n, size_t k)
{
	uint32_t next = 0;

	if (k < 3 || memcmp(s + k - 3, "日", 3) != 0)
		return (0);
	if (k + 3 < n)
		parse_next(s, n, k + 3, &next);
	return (!text_is_han(next));
}

/*
 * How long the dateline s starts with is, in bytes, through its 电 or its
 * 本报讯 (本报北京1月9日电, 新华社…电, 本报讯, 光明日报北京1月9日电,
 * 新京报讯, Taiwan's agency's （中央社记者王强台北7日电）); 0 if it starts
 * with none.
 */
size_t
parse_dateline_len(const char *s, size_t n)
{
	static const char *lead[] = { "本报", "新华社", "中新社", "据新华社",
		"新华网", "人民网", "央视网", "中新网", "【本报讯", "中央社",
		"（中央社" };
	size_t		   i = sizeof lead / sizeof lead[0], k, m;

	if (n < 6)
		return (0);
	if (flow_may_lead(s))
		i = 0;
	for (; i < sizeof lead / sizeof lead[0]; i++) {
		if (!parse_starts(s, n, lead[i]))
			continue;
		if (parse_starts(s, n, "本报讯"))
			return (strlen("本报讯"));
		if (i == 8)
			return (strlen(lead[i]));
		/* 电 within the next twenty characters or so. */
		m = n < 90 ? n : 90;
		for (k = strlen(lead[i]); k + 3 <= m; k++) {
			if (memcmp(s + k, "电", 3) != 0)
				continue;
			/*
			 * Taiwan's agency's is dated (7日电) and is no word's
			 * (中央社会工作部召开电视电话会议 starts no story).
			 */
			if (i >= 9 && !flow_agency_dated(s, n, k))
				break;
			return (k + 3);
		}
	}
	/* None of ours, or no 电 after it: another source's, if any. */
	return (flow_any_dateline(s, n));
}

/* Does s start with a dateline? */
int
parse_is_dateline(const char *s, size_t n)
{
	return (parse_dateline_len(s, n) != 0);
}

/* parse_is_dateline() of a line, asked often, so remembered. */
int
parse_line_dateline(const struct line *l)
{
	struct line *m = (struct line *)l; /* the cache only */

	if (m->dateline < 0)
		m->dateline = (signed char)parse_is_dateline(l->s, l->len);
	return (m->dateline);
}

/*
 * The length of the label s opens with that names a picture's source
 * after it (图片来源：新华社, 图源：湖城晚报), or 0.
 */
static size_t
flow_source_label(const char *s, size_t n)
{
	static const char *const labels[] = { "图片来源：", "图源：" };

	if (n < 9 || memcmp(s, "图", 3) != 0)
		return (0);
	return (
	    parse_starts_any(s, n, labels, sizeof labels / sizeof labels[0]));
}

/*
 * A picture's source: 新华社发, 本报资料图片, 资料图, 受访者供图, 图片由…
 * 提供, 受访者提供, also in brackets or after a picture's label
 * (（受访者供图）, 图/受访者提供, 图：受访者提供), or named after a label
 * that says so (图片来源：新华社).  Short, no pause (but the label's
 * colon): an agency's 发, or 图片, 资料图, 供图, 提供 at the end.
 */
static int
flow_is_source(const struct line *l)
{
	return (l->em <= PARSE_SOURCE_CHARS &&
	    (l->punct == 0 ||
		(l->punct == 1 &&
		    (parse_starts(l->s, l->len, "图：") ||
			flow_source_label(l->s, l->len) != 0))) &&
	    parse_names_source(l->s, l->len, l->em <= PARSE_AGENCY_CHARS));
}

int
parse_is_source(const char *s, size_t n, size_t nchars)
{
	return (nchars <= PARSE_SOURCE_CHARS &&
	    parse_memmem(s, n, "，", strlen("，")) == NULL &&
	    parse_memmem(s, n, "。", strlen("。")) == NULL &&
	    parse_names_source(s, n, nchars <= PARSE_AGENCY_CHARS));
}

/*
 * Does s (n bytes) end on 资料图, alone or after a source's name (本报资料
 * 图, 新华社资料图)?  Not a wrapped line's end (…一批珍贵的资料图 ⏎ 表).
 */
static int
flow_file_picture(const char *s, size_t n)
{
	uint32_t c;

	if (!parse_ends(s, n, "资料图"))
		return (0);
	n -= strlen("资料图");
	return (
	    n == 0 || (text_utf8_prev(s, n, &c) > 0 && parse_is_source_end(c)));
}

int
parse_names_source(const char *s, size_t n, int agency)
{
	const char *e;
	size_t	    m;
	int	    credit;

	/* 图片来源：新华社: a name after the label. */
	if (flow_source_label(s, n) != 0)
		return (1);
	/*
	 * Asked of many lines: each source ends in 发, 片, 图 or 供 (提供),
	 * or a bracket after, whose last bytes (91 87 BE 9B 89) are
	 * compared first.
	 */
	if (n < 6)
		return (0);
	e = s + n - 3;
	switch ((unsigned char)e[2]) {
	case 0x91:
	case 0x87:
	case 0xbe:
	case 0x9b:
	case 0x89:
		break;
	default:
		return (0);
	}
	if (memcmp(e, "发", 3) != 0 && memcmp(e, "片", 3) != 0 &&
	    memcmp(e, "图", 3) != 0 && memcmp(e, "供", 3) != 0 &&
	    memcmp(e, "）", 3) != 0)
		return (0);
	if (n > 6 && parse_starts(s, n, "（") && parse_ends(s, n, "）")) {
		s += 3;
		n -= 6;
	}
	if ((m = parse_byline_label(s, n, &credit)) != 0 && credit) {
		s += m;
		n -= m;
	} else if (parse_starts(s, n, "图：")) {
		s += strlen("图：");
		n -= strlen("图：");
	}
	return ((agency && parse_ends(s, n, "社发")) ||
	    parse_ends(s, n, "资料图片") || flow_file_picture(s, n) ||
	    parse_ends(s, n, "供图") ||
	    ((parse_starts(s, n, "图片由") || parse_starts(s, n, "受访者")) &&
		parse_ends(s, n, "提供")));
}

/* Where s (n bytes) goes on after its last 记者 or 通讯员, or NULL. */
static const char *
flow_after_role(const char *s, size_t n)
{
	static const char *const roles[] = { "记者", "通讯员" };
	const char		*r = NULL, *q;
	size_t			 i;

	for (i = 0; i < sizeof roles / sizeof roles[0]; i++) {
		for (q = s; (q = parse_memmem(q, n - (size_t)(q - s), roles[i],
				 strlen(roles[i]))) != NULL;
		     q += strlen(roles[i]))
			if (r == NULL || q > r)
				r = q + strlen(roles[i]);
	}
	return (r);
}

/*
 * Does s (n bytes) end on a reporter's names and a space (本报记者 王强 ,
 * 通讯员 李明 ): names after the last 记者 or 通讯员 in it?
 */
static int
flow_reporter_names(const char *s, size_t n)
{
	const char *r;

	if (n == 0 || s[n - 1] != ' ')
		return (0);
	r = flow_after_role(s, n);
	return (r != NULL && parse_is_names(r, n - (size_t)(r - s)));
}

/*
 * Does s (n bytes) end on names and a slash (王强/, 湖城日报记者 王强／):
 * a photographer's, not a writer's who took the photo too (王强 文/, with
 * 文 set apart: 李文/ is a name), nor a section's name (旅行/)?
 */
static int
flow_slash_names(const char *s, size_t n)
{
	const char *r;

	if (parse_ends(s, n, "/"))
		n--;
	else if (parse_ends(s, n, "／"))
		n -= 3;
	else
		return (0);
	if ((r = flow_after_role(s, n)) == NULL) {
		/* No role: names, not a section's (旅行/摄影). */
		if (!parse_has_surname(s, n))
			return (0);
		r = s;
	}
	return (
	    parse_is_names(r, n - (size_t)(r - s)) && !parse_ends(s, n, " 文"));
}

/*
 * A photo credit as papers print it: 本报记者 王强摄, 新华社记者 王强 摄,
 * 王强/摄, 王强摄（影像中国）, 摄影 王强, 本报记者 王强 摄影, 王强/摄影.
 * Short, ends in 摄 (or 摄影 set apart after a reporter's names or after
 * names and a slash, or a bracket after), names before it.
 */
int
parse_is_credit_line(const struct line *l)
{
	if (l->em > 24 || l->stops > 0)
		return (0);
	if (flow_is_source(l))
		return (1);
	return (parse_is_credit(l->s, l->len));
}

/*
 * The test of parse_is_credit_line() on text alone (the caller has seen
 * that it is short and has no ，。；): 摄影 X, or names before 摄, in
 * brackets or not (（本报记者 王强摄）).
 */
int
parse_is_credit(const char *s, size_t n)
{
	const char *e;
	size_t	    k;

	if (parse_starts(s, n, "摄影") || parse_starts(s, n, "■摄影"))
		return (1);
	/* Drop a bracketed tail (（影像中国）), or the brackets around. */
	e = s + n;
	if (n > 3 && memcmp(e - 3, "）", 3) == 0) {
		const char *o = NULL;

		for (k = 0; k + 3 <= n; k++) {
			if (memcmp(s + k, "（", 3) == 0)
				o = s + k;
		}
		if (o == NULL)
			return (0);
		if (o != s)
			e = o;
		else {
			s += 3;
			e -= 3;
		}
	}
	while (e > s && e[-1] == ' ')
		e--;
	/*
	 * 摄影 set apart after a reporter's names (本报记者 王强 摄影) or
	 * after names and a slash (王强/摄影), not after the writer's label
	 * (本报记者 王强 文/摄影) or words that are no names (走进 摄影, 体
	 * 验 VR 摄影).
	 */
	if (e - s > 6 && memcmp(e - 6, "摄影", 6) == 0) {
		if (!flow_reporter_names(s, (size_t)(e - 6 - s)) &&
		    !flow_slash_names(s, (size_t)(e - 6 - s)))
			return (0);
		e -= 3;
	}
	if (e - s < 6 || memcmp(e - 3, "摄", 3) != 0)
		return (0);
	e -= 3;
	while (e > s && (e[-1] == ' ' || e[-1] == '/'))
		e--;
	if (e - s >= 3 && memcmp(e - 3, "／", 3) == 0)
		e -= 3;
	/*
	 * What is left: roles and names, nothing that reads as a sentence,
	 * and no number (零下 3 摄⏎氏度 is a line broken inside a word).
	 */
	for (k = 0; k < (size_t)(e - s); k++) {
		if (s[k] >= '0' && s[k] <= '9')
			return (0);
	}
	return (e > s && parse_memmem(s, (size_t)(e - s), "，", 3) == NULL &&
	    parse_memmem(s, (size_t)(e - s), "。", 3) == NULL);
}

/*
 * A sign-off that closes a story: （本报柏林1月12日电）, （据新华社电）,
 * （作者为…）, （记者 X 整理）, ——编者.
 */
/* Does a bracketed sign-off open as one does: （作者为…, （本报…, （据…? */
static int
flow_closer_opens(const char *s, size_t n)
{
	return (parse_starts(s, n, "作者") || parse_starts(s, n, "本报") ||
	    parse_starts(s, n, "据") || parse_starts(s, n, "新华社"));
}

/*
 * The length of the editor's label s opens with (责任编辑：, 编辑：), or
 * 0.
 */
static size_t
flow_editor_label(const char *s, size_t n)
{
	static const char *const labels[] = { "责任编辑：", "编辑：" };

	return (
	    parse_starts_any(s, n, labels, sizeof labels / sizeof labels[0]));
}

/*
 * The same broken over up to three lines, the last closing the bracket:
 * （作者为…澄湖市民⏎间文艺家协会副主席）; one that opens as a sign-off
 * (作者为) may have a blank from the extractor in it.  The number of its
 * lines, or 0.
 */
static int
flow_is_closer_run(const struct parser *p, size_t i)
{
	const struct line *l = &p->lines[i], *e;
	size_t		   k;
	double		   em = l->em;

	if (!parse_starts(l->s, l->len, "（") ||
	    parse_memmem(l->s, l->len, "）", 3) != NULL || l->len < 9)
		return (0);
	for (k = i + 1; k < p->nlines && k <= i + 2; k++) {
		e = &p->lines[k];
		em += e->em;
		if ((e->blank_before &&
			!flow_closer_opens(l->s + 3, l->len - 3)) ||
		    em > 48 || parse_memmem(e->s, e->len, "（", 3) != NULL)
			return (0);
		if (parse_memmem(e->s, e->len, "）", 3) == NULL)
			continue;
		if (!parse_ends(e->s, e->len, "）"))
			return (0);
		if (flow_closer_opens(l->s + 3, l->len - 3) ||
		    parse_starts(l->s + 3, l->len - 3, "记者") ||
		    parse_ends(e->s, e->len, "整理）") ||
		    parse_ends(e->s, e->len, "电）"))
			return ((int)(k - i + 1));
		return (0);
	}
	return (0);
}

/* Is there a 。 in the line? */
static int
flow_has_period(const struct line *l)
{
	return (l->periods > 0);
}

/*
 * Does the line have a full stop in it (。！？, or . ! ? after text, not a
 * decimal point)?  An ellipsis (……) ends a list of phrases, not a
 * sentence of a story.
 */
static int
flow_has_stop(const struct line *l)
{
	const unsigned char *u = (const unsigned char *)l->s;
	size_t		     i, n = l->len;

	/* One pass: 。 is E3 80 82, ！ EF BC 81, ？ EF BC 9F. */
	for (i = 0; i < n; i++) {
		if (u[i] < 0x80) {
			if (i > 0 &&
			    (u[i] == '.' || u[i] == '!' || u[i] == '?') &&
			    (i + 1 == n || !isdigit(u[i + 1])))
				return (1);
		} else if (i + 2 < n &&
		    ((u[i] == 0xe3 && u[i + 1] == 0x80 && u[i + 2] == 0x82) ||
			(u[i] == 0xef && u[i + 1] == 0xbc &&
			    (u[i + 2] == 0x81 || u[i + 2] == 0x9f))))
			return (1);
	}
	return (0);
}

/* The quotes (“) the line opens and does not close (”). */
int
flow_quotes_open(const struct line *l)
{
	const char *q;
	int	    n = 0;

	for (q = l->s; (q = parse_memmem(q, l->len - (size_t)(q - l->s),
			    "\xe2\x80", 2)) != NULL;
	     q += 2) {
		if (l->len - (size_t)(q - l->s) < 3)
			break;
		if ((unsigned char)q[2] == 0x9c)
			n++;
		else if ((unsigned char)q[2] == 0x9d)
			n--;
	}
	return (n);
}

/* The bytes a bracket may be or begin with: ( and ), and EF (（ and ）). */
static const unsigned char flow_bracket_bytes[256] = {
	['('] = 1, [')'] = 1, [0xef] = 1
};

/*
 * The brackets (（ or () the line opens and does not close, less those it
 * closes and did not open.  Most bytes are none of them, and one look in
 * the table passes them over.
 */
int
flow_brackets_open(const struct line *l)
{
	const unsigned char *u = (const unsigned char *)l->s;
	size_t		     k;
	int		     n = 0;

	for (k = 0; k < l->len; k++) {
		if (!flow_bracket_bytes[u[k]])
			continue;
		if (u[k] == '(')
			n++;
		else if (u[k] == ')')
			n--;
		else if (u[k] == 0xef && k + 2 < l->len && u[k + 1] == 0xbc &&
		    (u[k + 2] == 0x88 || u[k + 2] == 0x89))
			n += u[k + 2] == 0x88 ? 1 : -1;
	}
	return (n);
}

/*
 * Does line k close a sign-off opened after the last sentence of the line
 * before (…降了不少。（本报澄湖⏎3月6日电）), a column break between or
 * not?  The story ends there.
 */
static int
flow_ends_signoff(const struct parser *p, size_t k)
{
	const struct line *l = &p->lines[k], *t;
	const char	  *o = NULL, *q;
	size_t		   n;

	if (k == 0 || !parse_ends(l->s, l->len, "）") ||
	    parse_memmem(l->s, l->len, "（", 3) != NULL)
		return (0);
	t = &p->lines[k - 1];
	for (q = t->s; (q = parse_memmem(q, t->len - (size_t)(q - t->s), "（",
			    3)) != NULL;
	     q += 3)
		o = q;
	if (o == NULL ||
	    (o != t->s &&
		(o - t->s < 3 ||
		    (memcmp(o - 3, "。", 3) != 0 &&
			memcmp(o - 3, "”", 3) != 0))))
		return (0);
	n = t->len - (size_t)(o - t->s) - 3;
	return (flow_closer_opens(o + 3, n) ||
	    parse_ends(l->s, l->len, "电）") ||
	    parse_ends(l->s, l->len, "整理）"));
}

/*
 * Is s (n bytes, a bracket's inside) a brief's sign-off: its writers'
 * names (王强, 本报记者 王强、陈明) or its editor's (责任编辑：王强)?
 * With surname set, only if the first name opens on a common surname.
 */
static int
flow_signoff_names(const char *s, size_t n, int surname)
{
	size_t k;

	if ((k = parse_role(s, n)) == 0)
		k = flow_editor_label(s, n);
	while (k < n && s[k] == ' ')
		k++;
	return (parse_is_names(s + k, n - k) &&
	    (!surname || parse_has_surname(s + k, n - k)));
}

/*
 * Does the line end with a sign-off set after its last sentence (…推广这
 * 一做法。（本报澄湖3月5日电））?  The story ends with it.  So does a
 * brief's, its writer's name (…增长一成。（王强）), or the mark that it
 * is done (（完）) after either.  Its text runs on after an aside that
 * points to a picture (…十二个港口。（左图）).
 */
static int
flow_tail_signoff(const struct line *l)
{
	static const char *const ends[] = { "。", "”", "！", "？" };
	const size_t		 nends = sizeof ends / sizeof ends[0];
	const char		*o = NULL, *q, *e = l->s + l->len;
	size_t			 n;

	if (parse_ends(l->s, l->len, "（完）")) {
		e -= strlen("（完）");
		if (parse_ends_any(l->s, (size_t)(e - l->s), ends, nends))
			return (1);
	}
	if (!parse_ends(l->s, (size_t)(e - l->s), "）"))
		return (0);
	for (q = l->s; (q = parse_memmem(q, (size_t)(e - q), "（", 3)) != NULL;
	     q += 3)
		o = q;
	if (o == NULL || !parse_ends_any(l->s, (size_t)(o - l->s), ends, nends))
		return (0);
	n = (size_t)(e - o) - 6;
	if (flow_closer_opens(o + 3, n) || parse_ends(o, n + 6, "电）") ||
	    parse_ends(o, n + 6, "整理）"))
		return (1);
	/* Names, not a pointer to a picture (（左图）, （上图）). */
	return (flow_signoff_names(o + 3, n, 1) && !parse_ends(o + 3, n, "图"));
}

static int
flow_is_closer(const struct line *l)
{
	const char *s = l->s;
	size_t	    n = l->len;

	if (parse_starts(s, n, "——编者") || parse_starts(s, n, "（编者") ||
	    (n == strlen("（完）") && memcmp(s, "（完）", n) == 0))
		return (1);
	if (!parse_starts(s, n, "（") || n < 9 ||
	    memcmp(s + n - 3, "）", 3) != 0 || l->em > 40)
		return (0);
	/*
	 * A brief's sign-off: （喻思南）, （本报记者 王强、陈明）, or its
	 * editor's (（责任编辑：王强）).
	 */
	if (flow_signoff_names(s + 3, n - 6, 0) && l->em <= 24)
		return (1);
	if (flow_closer_opens(s + 3, n - 3) ||
	    parse_memmem(s, n, "整理）", 9) != NULL ||
	    parse_memmem(s, n, "电）", 6) != NULL)
		return (1);
	return (0);
}

/*
 * Does the line open with a common Chinese surname?  A bare two- or
 * three-character line under a heading is its author only if it reads as
 * a name; the commonest surnames cover most bylines.
 */
int
parse_has_surname(const char *s, size_t n)
{
	static const char surnames[] =
	    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭"
	    "曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖"
	    "贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
	    "覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷"
	    "詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗"
	    "谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农"
	    "司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
	    "佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
	    "查麻苑迟邝南";
	uint32_t c, u;
	size_t	 i;

	if (n == 0)
		return (0);
	text_utf8_next(s, n, &c);
	for (i = 0; i < sizeof surnames - 1;) {
		i += text_utf8_next(surnames + i, sizeof surnames - 1 - i, &u);
		if (u == c)
			return (1);
	}
	return (0);
}

/* ---- Pass 1: roles. */

/*
 * The column width of lines [from, to): an upper percentile of the lines
 * that run on, or dflt when too few do.
 */
static double
flow_width_of(const struct parser *p, size_t from, size_t to, double dflt)
{
	size_t count[FLOW_BINS], i, m = 0, seen = 0, want;
	int    bin;

	/* Widths are multiples of half an em: counted in half-em bins. */
	memset(count, 0, sizeof count);
	for (i = from; i < to; i++) {
		const struct line *l = &p->lines[i];

		if (l->cls == L_TEXT && !l->final && l->punct > 0 &&
		    l->em >= 4 && l->em <= 40) {
			bin = (int)(l->em * 2 + 0.5);
			count[bin < FLOW_BINS ? bin : FLOW_BINS - 1]++;
			m++;
		}
	}
	if (m < 3)
		return (dflt);
	want = (size_t)((double)(m - 1) * flow_tune.width_pct);
	for (bin = 0; bin < FLOW_BINS; bin++) {
		seen += count[bin];
		if (seen > want)
			break;
	}
	return (bin / 2.0);
}

/* The whole text's column width. */
static double
flow_width(const struct parser *p)
{
	return (flow_width_of(p, 0, p->nlines, 14));
}

/*
 * Each line's page's column width: a form feed starts a page laid out
 * anew, its columns as wide as its own lines say (the whole text's width
 * where a page has too few lines to say).  NULL when there is one page.
 */
static void
flow_page_widths(struct flow *f)
{
	const struct parser *p = f->p;
	size_t		     i, from;
	double		     w;

	for (i = 1; i < p->nlines && !p->lines[i].newpage; i++)
		;
	if (i >= p->nlines)
		return;
	f->pw = xcalloc(p->nlines + 1, sizeof *f->pw);
	for (from = 0; from < p->nlines; from = i) {
		for (i = from + 1; i < p->nlines && !p->lines[i].newpage; i++)
			;
		w = flow_width_of(p, from, i, f->width);
		while (from < i)
			f->pw[from++] = w;
	}
}

/* The column width of line i's page. */
double
flow_w(const struct flow *f, size_t i)
{
	return (f->pw != NULL ? f->pw[i] : f->width);
}

/* The column width around line i, or its page's before that is known. */
static double
flow_near_w(const struct flow *f, size_t i)
{
	return (f->lw != NULL ? f->lw[i] : flow_w(f, i));
}

/*
 * The narrower of line i's column widths, around it and its page's: a
 * part of the page reads wide by marks hung past its column.
 */
static double
flow_narrow_w(const struct flow *f, size_t i)
{
	double w = flow_near_w(f, i);

	return (flow_w(f, i) < w ? flow_w(f, i) : w);
}

/* A line that runs on inside a column: its width is the column's. */
static int
flow_runs_on(const struct line *l)
{
	return (l->cls == L_TEXT && !l->final && l->punct > 0 && l->em >= 4 &&
	    l->em <= 40);
}

/*
 * The median of at most four widths (the upper one of an even count), by
 * comparing, not sorting: of two the wider; of three the middle one; of
 * four the wider of the two in the middle.
 */
static double
flow_median4(const double *v, size_t m)
{
	double lo, hi, lo2, hi2;

	if (m < 2)
		return (v[0]);
	lo = v[0] < v[1] ? v[0] : v[1];
	hi = v[0] < v[1] ? v[1] : v[0];
	if (m == 2)
		return (hi);
	if (m == 3)
		return (v[2] < lo ? lo : v[2] > hi ? hi : v[2]);
	lo2 = v[2] < v[3] ? v[2] : v[3];
	hi2 = v[2] < v[3] ? v[3] : v[2];
	lo = lo > lo2 ? lo : lo2;
	hi = hi < hi2 ? hi : hi2;
	return (lo > hi ? lo : hi);
}

/*
 * Whether the wider of the lines at[0] and at[1], v[0] and v[1] ems wide
 * (of both, if as wide), is one em wider than the median w and ends on a
 * pause it may hang past the column.
 */
static int
flow_hangs(const struct parser *p, const double *v, const size_t *at, double w)
{
	const struct line *a = &p->lines[at[0]], *b = &p->lines[at[1]];

	if ((v[0] > v[1] ? v[0] : v[1]) - w < 1)
		return (0);
	if (v[0] != v[1])
		return (v[0] > v[1] ? parse_ends_on_pause(a->s, a->len) :
				      parse_ends_on_pause(b->s, b->len));
	return (parse_ends_on_pause(a->s, a->len) &&
	    parse_ends_on_pause(b->s, b->len));
}

/*
 * The width of the column line i stands in: the lines that run on just
 * below it (a heading's own body), else just above it, else the page's.
 */
static void
flow_local_widths(struct flow *f)
{
	struct parser *p = f->p;
	size_t	       i, j, m, at[4];
	double	       v[4];
	size_t	      *next;

	f->lw = xcalloc(p->nlines + 1, sizeof *f->lw);
	/* next[j]: the first line from j on that runs on (nlines: none). */
	next = xreallocarray(NULL, p->nlines + 1, sizeof *next);
	next[p->nlines] = p->nlines;
	for (j = p->nlines; j > 0; j--)
		next[j - 1] = flow_runs_on(&p->lines[j - 1]) ? j - 1 : next[j];
	for (i = 0; i < p->nlines; i++) {
		m = 0;
		for (j = next[i + 1]; j < p->nlines && j <= i + 8 && m < 4;
		     j = next[j + 1]) {
			at[m] = j;
			v[m++] = p->lines[j].em;
		}
		for (j = i; j > 0 && j + 8 > i && m < 3; j--) {
			if (next[j - 1] == j - 1) {
				at[m] = j - 1;
				v[m++] = p->lines[j - 1].em;
			}
		}
		f->lw[i] = m >= 2 ? flow_median4(v, m) : flow_w(f, i);
		/*
		 * A median of four falls between; take the wider pair's.  A
		 * line that ends on a pause may hang it past the column: one
		 * em more than the median is that pause's (flow_hangs()).
		 */
		if ((m == 4 || m == 2) &&
		    (v[0] > v[1] ? v[0] : v[1]) - f->lw[i] <= 1 &&
		    !flow_hangs(p, v, at, f->lw[i]))
			f->lw[i] = v[0] > v[1] ? v[0] : v[1];
	}
	free(next);
}

/* Is a line em wide set like a first line in a column w wide, less its indent? */
int
flow_indent_fits(double em, double w)
{
	return (em <= w - flow_tune.indent_em + 0.5 &&
	    em >= w - flow_tune.indent_em - flow_tune.full_slack);
}

/* Is line i set like a paragraph's first line: the column less its indent? */
int
flow_indent_shaped(struct flow *f, size_t i)
{
	return (flow_indent_fits(parse_set_width(&f->p->lines[i]),
	    flow_near_w(f, i)));
}

/*
 * Is line i a paragraph's first line: set like one in its part of the
 * page or in the page's column, or shorter by an indent than the full
 * line under it?
 */
static int
flow_first_line(struct flow *f, size_t i)
{
	const struct line *l = &f->p->lines[i], *n;
	double		   d;

	if (flow_indent_shaped(f, i) ||
	    flow_indent_fits(parse_set_width(l), flow_w(f, i)))
		return (1);
	if (i + 1 >= f->p->nlines)
		return (0);
	n = &f->p->lines[i + 1];
	d = parse_set_width(n) - parse_set_width(l);
	return (!n->blank_before && n->cls == L_TEXT &&
	    d >= flow_tune.indent_em - 0.5 && d <= flow_tune.indent_em + 0.5);
}

/*
 * Is line i, with no pause in it, right over a paragraph's first line
 * (an indent short of the text it runs on into, though it end a
 * sentence: 一荤两素一汤，只要12元。) and the line under that, with no
 * number to call in the three lines under it (an ad's)?  Line i, finishing
 * no sentence, is then no line of that paragraph, whose first line is its
 * top: it heads it.
 */
static int
flow_heads_first(struct flow *f, size_t i)
{
	const struct line *l = f->p->lines;
	size_t		   k;

	if (l[i].stops > 0 || i + 2 >= f->p->nlines)
		return (0);
	for (k = i + 1; k <= i + 3 && k < f->p->nlines; k++) {
		if ((k <= i + 2 && (l[k].blank_before || l[k].cls != L_TEXT)) ||
		    flow_line_calls(&l[k]))
			return (0);
	}
	return (flow_first_line(f, i + 1));
}

/*
 * How many lines from line i on, one or two, stand over the note that a
 * story jumps from another page (（上接1版）), each finishing no sentence
 * and short enough for a title; 0 if none do.  A title set apart over
 * it may stand at a column's foot, the note at the next one's head.
 */
static size_t
flow_title_over_note(struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	const struct line   *l;
	char		     page[16];
	size_t		     n;
	int		     to;

	for (n = 1; n <= 2 && i + n < p->nlines; n++) {
		l = &p->lines[i + n - 1];
		if ((n > 1 && l->blank_before) || l->final ||
		    l->stops > flow_tune.head_max_pauses || l->em < 2 ||
		    l->em > flow_tune.head_max_em)
			return (0);
		l = &p->lines[i + n];
		if (l->cls == L_CONT &&
		    (!l->blank_before || p->lines[i].blank_before) &&
		    parse_cont_note(l->s, l->len, &to, page, sizeof page) &&
		    !to)
			return (n);
	}
	return (0);
}

/*
 * Does line i run on into a full line of its column, as a paragraph's
 * first line does: the line under it wider by an indent, and as wide as
 * the line under that (the column's measure)?
 */
static int
flow_runs_on_full(struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	double		     a, b, c;

	if (i + 2 >= p->nlines || p->lines[i + 2].blank_before ||
	    p->lines[i + 2].cls != L_TEXT)
		return (0);
	a = parse_set_width(&p->lines[i]);
	b = parse_set_width(&p->lines[i + 1]);
	c = parse_set_width(&p->lines[i + 2]);
	return (b >= a + flow_tune.indent_em - 0.5 &&
	    fabs(b - c) <= flow_tune.full_slack);
}

/*
 * Is line i a paragraph's first line broken short before a figure that
 * would not fit (景澜社区 60岁以上老人有⏎⏎1400多人，…), a blank between
 * or not: with the figure it is as wide as a first line, and the line
 * that the figure opens is a full one, though it end its paragraph (…
 * 办结率达⏎98.6%，企业满意率达97.2%。).
 */
static int
flow_short_of_figure(struct flow *f, size_t i)
{
	const struct line *l = &f->p->lines[i], *n;
	double		   w = flow_near_w(f, i), fig;

	if (i + 1 >= f->p->nlines || l->final)
		return (0);
	n = &f->p->lines[i + 1];
	if (n->cls != L_TEXT || parse_line_dateline(n) ||
	    (fig = parse_opening_figure(n)) == 0)
		return (0);
	/* The figure's width is unsure, and so is the line's it opens. */
	return (parse_set_width(l) + fig >=
		w - flow_tune.indent_em - flow_tune.full_slack &&
	    fabs(parse_set_width(n) - w) <= flow_tune.full_slack + fig / 2);
}

/* Is line k a paragraph's last: a sentence ended short of its column? */
static int
flow_last_line(struct flow *f, size_t k)
{
	const struct line *l = &f->p->lines[k];

	return (l->cls == L_TEXT && l->final &&
	    parse_set_width(l) < flow_near_w(f, k) - flow_tune.full_slack);
}

/*
 * Are line i and the line under it as wide as a first line, in the page's
 * column or in their part of it (either may read wide by marks hung past
 * the column: …企业接待日”，), with no figure in either?  The line under
 * may be a first line whose pause hangs (flow_hung_first_line()).
 */
static int flow_hung_first_line(struct flow *, size_t);
static int flow_first_line_hung(struct flow *, size_t);

static int
flow_first_shaped_pair(struct flow *f, size_t i)
{
	const struct line *l = &f->p->lines[i];
	size_t		   k;

	if (i + 1 >= f->p->nlines)
		return (0);
	/*
	 * Figures and Latin words are set to no sure width, in it or in the
	 * line under it (会议听取和审议了市⏎政府关于 2023年度国有⏎…: a full
	 * line that reads as short as a first line; …公司成立于⏎2016年，…: a
	 * first line broken short of a figure).
	 */
	if (parse_has_latin(l) || parse_has_latin(&f->p->lines[i + 1]))
		return (0);
	for (k = i; k <= i + 1; k++) {
		if ((!flow_indent_shaped(f, k) &&
			!flow_indent_fits(parse_set_width(&f->p->lines[k]),
			    flow_w(f, k))) &&
		    (k == i || !flow_hung_first_line(f, k)))
			return (0);
	}
	return (1);
}

/*
 * Does line i come right after a paragraph's last line (text that ends a
 * sentence short of its column), it and the line under it shaped as
 * first lines (flow_first_shaped_pair)?
 */
static int
flow_after_last_line(struct flow *f, size_t i)
{
	return (flow_last_line(f, i - 1) && flow_first_shaped_pair(f, i));
}

/*
 * How many of line i's pairs of Chinese characters the text above it says
 * again, back to the heading over it (head_reach lines at most), or with
 * down, the text under it (lead_reach lines at most, to the next heading
 * found so far).
 */
static int
flow_words_near(struct flow *f, size_t i, int down)
{
	const struct line *l = &f->p->lines[i], *t;
	size_t		   a, b, e;
	long		   k, stop, step = down ? 1 : -1;
	uint32_t	   c1, c2;
	int		   n = 0;

	if (down)
		stop = (long)(i + 1) + flow_tune.lead_reach;
	else
		stop = (long)i - flow_tune.head_reach - 1;
	if (stop > (long)f->p->nlines)
		stop = (long)f->p->nlines;
	if (stop < -1)
		stop = -1;
	for (a = 0; a < l->len; a = b) {
		b = parse_next(l->s, l->len, a, &c1);
		if (b >= l->len || !parse_is_cjk(c1))
			continue;
		e = parse_next(l->s, l->len, b, &c2);
		if (!parse_is_cjk(c2))
			continue;
		for (k = (long)i + step; k != stop && f->role[k] != F_HEAD;
		     k += step) {
			t = &f->p->lines[k];
			if (parse_memmem(t->s, t->len, l->s + a, e - a) !=
			    NULL) {
				n++;
				break;
			}
		}
	}
	return (n);
}

/* How many of line i's pairs the text above it says (flow_words_near). */
static int
flow_words_above(struct flow *f, size_t i)
{
	return (flow_words_near(f, i, 0));
}

/*
 * Is line i, set apart and as wide as its column, the rest of a sentence
 * that a column break stopped: the line over the blank is as wide too,
 * ends on a Han character, no mark, and runs on from a line as wide or
 * a first line (…澄⏎湖港区年货物吞吐能力将⏎⏎由目前的1900万吨提升至⏎…)?
 * A title is seldom as wide as the column of text under it.  Not after a
 * label's line (地址：…168号).  A part of the page reads wide by a mark
 * hung past its column: the page's column is the measure when narrower.
 */
static int
flow_column_goes_on(struct flow *f, size_t i)
{
	const struct line *l = &f->p->lines[i], *t;
	double		   w = flow_narrow_w(f, i);
	uint32_t	   c;

	if (i == 0 || !l->blank_before)
		return (0);
	t = &f->p->lines[i - 1];
	text_utf8_prev(t->s, t->len, &c);
	if (i < 2 || t->blank_before || t[-1].cls != L_TEXT ||
	    parse_set_width(&t[-1]) <
		w - flow_tune.indent_em - flow_tune.full_slack ||
	    parse_memmem(t->s, t->len, "：", 3) != NULL)
		return (0);
	return (t->cls == L_TEXT && !t->final &&
	    !parse_ends_on_pause(t->s, t->len) && text_is_han(c) &&
	    parse_set_width(t) >= w - 0.5 &&
	    parse_set_width(l) >= w - flow_tune.full_slack);
}

/*
 * Does line i say the words of the lead under it rather than the story's
 * above: few of those, or more than line_lead_over times as many of
 * the lead's?  A subheading says the words of the story it is in.
 */
static int
flow_heads_lead(struct flow *f, size_t i)
{
	int above = flow_words_above(f, i);

	return (above < flow_tune.subhead_words ||
	    flow_words_near(f, i, 1) > flow_tune.line_lead_over * above);
}

/*
 * Does line i come right after a sentence's end that fills its column, it
 * and the line under it shaped as first lines (flow_first_shaped_pair),
 * and say few of the words of the story above (…种上优质水稻。⏎湖滨街道：
 * 小区停车难有了新解法⏎“以前晚上回来…)?  A line short of its column
 * that ends no sentence is no line of the paragraph over it.  A line
 * that says the story's words is its subheading (向海而兴：码头连起产业
 * 链), as below.
 */
static int
flow_after_full_sentence(struct flow *f, size_t i)
{
	const struct line *t;

	if (i == 0)
		return (0);
	t = &f->p->lines[i - 1];
	if (t->cls != L_TEXT || !t->final || !flow_first_shaped_pair(f, i))
		return (0);
	return (flow_heads_lead(f, i));
}

/*
 * Is line i set apart after a finished sentence (or an ad's line to call:
 * nothing runs on from it) with no mark in it but a colon inside (湖滨街
 * 道：小区停车难有了新解法), the way a title names a place or a theme
 * before what it says?
 */
static int
flow_colon_title(struct flow *f, size_t i)
{
	const struct line *l = &f->p->lines[i];
	const char	  *c;

	if (l->punct != 1 || l->stops > 0 || i == 0 ||
	    (!l->blank_before && !flow_after_full_sentence(f, i)) ||
	    (!f->p->lines[i - 1].final &&
		!flow_line_calls(&f->p->lines[i - 1])) ||
	    (c = parse_memmem(l->s, l->len, "：", 3)) == NULL || c == l->s ||
	    c + 3 >= l->s + l->len)
		return (0);
	/*
	 * Not a subheading inside the story above (向海而兴：码头连起产业链),
	 * which says the story's words.  (Right under the story's text,
	 * flow_after_full_sentence() weighed them.)
	 */
	return (!l->blank_before ||
	    flow_words_above(f, i) < flow_tune.subhead_words);
}

/*
 * Is line i, with no mark in it, set apart or opening the page, right
 * over a paragraph's first line: one set as the column less its indent
 * that pauses or runs on into a full line (…元。⏎⏎东港镇开展春季安全生产
 * 大检查⏎连日来，东港镇组织安监、⏎…)?  Then it is no line of a paragraph
 * itself.  Or a first line that hangs its pause past the column, under a
 * line that says the words of the text under it (flow_heads_lead()), or,
 * set apart, under a title that opens on a topic and a colon, which has
 * said few of the words over it (flow_colon_title()), or one wider than
 * its column, as no subheading is: a subheading set apart in a story of
 * several may say few of the text since the last.
 */
static int
flow_over_first_line(struct flow *f, size_t i)
{
	const struct line *l = &f->p->lines[i], *n;

	if ((i > 0 && !l->blank_before && !l->newpage &&
		!flow_after_last_line(f, i) &&
		!flow_after_full_sentence(f, i)) ||
	    (l->punct > 0 && !flow_colon_title(f, i)) || l->final ||
	    i + 1 >= f->p->nlines || flow_column_goes_on(f, i))
		return (0);
	n = &f->p->lines[i + 1];
	return (!n->blank_before && n->cls == L_TEXT && !n->final &&
	    ((flow_indent_shaped(f, i + 1) && flow_runs_on_full(f, i + 1)) ||
		(flow_hung_first_line(f, i + 1) &&
		    (l->blank_before ? l->punct > 0 ||
				parse_set_width(l) > flow_near_w(f, i) :
				       flow_heads_lead(f, i)))));
}

/*
 * Is line i a paragraph's first line whose closing pause hangs past the
 * column (越剧选段、评弹小调、⏎少儿舞蹈…): without the mark, the column less
 * its indent, and the line under it wider by the indent and as wide as
 * the one under that?
 */
static int
flow_hung_first_line(struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	const struct line   *l = &p->lines[i];
	double		     a, b, c;
	uint32_t	     m;

	/* A column break right under it: its shape is all there is. */
	if (i + 1 < p->nlines && p->lines[i + 1].blank_before)
		return (flow_first_line_hung(f, i));
	if (l->len == 0 || i + 2 >= p->nlines || p->lines[i + 2].blank_before ||
	    p->lines[i + 1].cls != L_TEXT || p->lines[i + 2].cls != L_TEXT)
		return (0);
	text_utf8_prev(l->s, l->len, &m);
	if (m != 0xff0c && m != 0x3001 && m != 0x3002 && m != 0xff1b &&
	    m != 0xff1a)
		return (0);
	a = parse_set_width(l) - 1;
	b = parse_set_width(&p->lines[i + 1]);
	c = parse_set_width(&p->lines[i + 2]);
	return (flow_indent_fits(a, flow_near_w(f, i)) &&
	    b >= a + flow_tune.indent_em - 0.5 &&
	    fabs(b - c) <= flow_tune.full_slack);
}

/*
 * Are lines i and i + 1, right after a sentence's end or a picture's
 * credit, a blank over them or not, a title of two lines over a
 * paragraph's first line (…底线。⏎惠企政策“免申即享”⏎1.2亿元资金直达企业⏎
 * “没想到不用提交任何⏎材料，…)?
 * Neither pauses nor ends a sentence, the second is short of its column,
 * and the line under it is a first line, so neither can be a paragraph's
 * line: in a paragraph, only the first and the last line are short, and
 * the last ends a sentence.  The second may read as wide as the column
 * (…进夜市⏎“天天讲”守住钱袋子, a narrow column, quotes) when the first
 * is shorter than a first line: no line of a paragraph at all.
 */
static int
flow_two_over_first_line(struct flow *f, size_t i)
{
	const struct line *t, *l, *m;
	size_t		   k;
	int		   credit;

	if (i == 0 || i + 2 >= f->p->nlines)
		return (0);
	/* After a sentence's end, or set apart under a picture's credit. */
	t = &f->p->lines[i - 1];
	credit = f->role != NULL && f->role[i - 1] == F_CREDIT;
	if (!credit && (t->cls != L_TEXT || !t->final))
		return (0);
	for (k = i; k <= i + 1; k++) {
		l = &f->p->lines[k];
		if (l->cls != L_TEXT || (l->blank_before && k > i) ||
		    l->punct > 0 || l->final || l->em < 2 ||
		    parse_line_dateline(l))
			return (0);
	}
	/* A sentence leads on at a dash (…的清醒论断——): no title's end. */
	m = &f->p->lines[i + 1];
	if (parse_ends(m->s, m->len, "—") || parse_ends(m->s, m->len, "…") ||
	    (parse_set_width(m) >
		    flow_w(f, i + 1) - flow_tune.full_slack - 0.5 &&
		parse_set_width(&f->p->lines[i]) >= flow_w(f, i) -
			flow_tune.indent_em - flow_tune.full_slack) ||
	    parse_set_width(&f->p->lines[i]) > flow_w(f, i) + 0.5)
		return (0);
	l = &f->p->lines[i + 2];
	return (l->cls == L_TEXT && !l->blank_before && !l->final &&
	    ((flow_indent_shaped(f, i + 2) && flow_runs_on_full(f, i + 2)) ||
		flow_hung_first_line(f, i + 2)));
}

/*
 * Does the page indent its paragraphs: of the lines of text right under a
 * paragraph's last line (a sentence ended short of the column), do nearly
 * all read as the column less an indent?
 */
static int
flow_page_indents(struct flow *f)
{
	const struct line *l;
	size_t		   i, n = 0, shaped = 0;

	for (i = 1; i < f->p->nlines; i++) {
		l = &f->p->lines[i];
		if (l->cls != L_TEXT || l->stops == 0 || l->final ||
		    !flow_last_line(f, i - 1))
			continue;
		n++;
		shaped += flow_indent_shaped(f, i) != 0;
	}
	return (n >= (size_t)flow_tune.indent_min_paras &&
	    shaped * 10 >= n * (size_t)flow_tune.indent_tenths);
}

/*
 * The line over line i that a story may end on: the one right over it, or,
 * when line i is set apart under a box of a few lines that ends on a
 * number to call (an ad set into the column where a story stops:
 * 互联网医院上线⏎在线问诊…⏎咨询电话：0573-…), the line over the box.
 */
static size_t
flow_over_box(struct flow *f, size_t i)
{
	const struct line *lines = f->p->lines;
	size_t		   k;

	if (!lines[i].blank_before || !flow_line_calls(&lines[i - 1]))
		return (i - 1);
	for (k = i - 1; k > 0 && k + flow_tune.box_lines >= i; k--) {
		if (lines[k].em > flow_tune.box_max_em)
			break;
		if (lines[k].blank_before && flow_last_line(f, k - 1))
			return (k - 1);
	}
	return (i - 1);
}

/*
 * Is line i, right after a paragraph's last line (or under an ad's box set
 * after it), a title as wide as its column (…就业。⏎⏎南漾街道社区食堂推出
 * “银发套餐”⏎一荤两素一汤，…)?  On a page that indents its paragraphs,
 * the line after a paragraph's last opens the next one, the column less
 * its indent; one wider, with no pause or full stop (a title's colon may
 * follow a place's name: 湖滨街道：…), no figure or Latin letter to make
 * its width unsure, and over a first line, is no paragraph's.
 */
static int
flow_wide_over_first_line(struct flow *f, size_t i)
{
	const struct line *l = &f->p->lines[i], *n;
	double		   em = parse_set_width(l), w = flow_w(f, i);

	if (!f->indented || i == 0 || i + 1 >= f->p->nlines)
		return (0);
	n = &f->p->lines[i + 1];
	return (flow_last_line(f, flow_over_box(f, i)) && l->stops == 0 &&
	    !l->final && !parse_has_latin(l) &&
	    em > w - flow_tune.indent_em + 0.5 && em <= w + 0.5 &&
	    n->cls == L_TEXT && !n->blank_before && !n->final &&
	    !parse_line_dateline(l) && flow_indent_shaped(f, i + 1));
}

/*
 * Does line i run on into lines as wide as its page's column, short of
 * them by an indent and a figure or two, as a paragraph's first line
 * does (与码头同步建设的，还有占地 680⏎亩的…)?  A subheading is shorter.
 */
static int
flow_runs_on_page(struct flow *f, size_t i)
{
	double a, b;

	if (i + 1 >= f->p->nlines || f->p->lines[i + 1].blank_before ||
	    !flow_runs_on_full(f, i))
		return (0);
	a = parse_set_width(&f->p->lines[i]);
	b = parse_set_width(&f->p->lines[i + 1]);
	return (b >= flow_w(f, i + 1) - flow_tune.full_slack &&
	    b - a <= flow_tune.indent_em + 2 * flow_tune.full_slack);
}

/*
 * Is line i (one that pauses: the caller asks) a paragraph's first line
 * that a column break parts from the rest (…隐患213处。⏎东港镇相关负责人
 * 表示，将建立隐患⏎⏎整改“回头看”机制，…): right after a finished
 * sentence, as wide as the page's column less its indent, over a full
 * line that runs on?
 */
static int
flow_first_across_break(struct flow *f, size_t i)
{
	const struct line *l = &f->p->lines[i], *n;

	if (i == 0 || i + 1 >= f->p->nlines || l->blank_before ||
	    !f->p->lines[i - 1].final ||
	    !flow_indent_fits(parse_set_width(l), flow_w(f, i)))
		return (0);
	n = &f->p->lines[i + 1];
	return (n->blank_before && n->cls == L_TEXT && !n->final &&
	    parse_set_width(n) >= flow_w(f, i + 1) - flow_tune.full_slack);
}

/*
 * Is the line the note that its story goes on on another page (（下转2
 * 版）)?
 */
static int
flow_jumps_on(const struct line *l)
{
	char page[16];
	int  to = 0;

	return (l->cls == L_CONT &&
	    parse_cont_note(l->s, l->len, &to, page, sizeof page) && to);
}

/* Is the line a weather box's (a temperature, or wind at a force)? */
static int
flow_weather_line(const struct line *l)
{
	return (l->celsius ||
	    (l->em <= 12 && parse_memmem(l->s, l->len, "风", 3) &&
		parse_memmem(l->s, l->len, "级", 3)));
}

/*
 * The line before line i that a story may end on: the one right over it,
 * or over the weather box (a temperature in it) set apart between them:
 * a box is set into the column where a story stops.
 */
static size_t
flow_story_line_before(const struct parser *p, size_t i)
{
	size_t k = i - 1;
	int    hot = 0;

	for (; k > 0 && k + 4 >= i; k--) {
		hot |= p->lines[k].celsius;
		if (p->lines[k].blank_before)
			return (hot ? k - 1 : i - 1);
	}
	return (i - 1);
}

/*
 * Does line k end a story: a sign-off, or the signature set under a
 * commentary's last sentence (…积蓄更足的底气。⏎本报评论员)?
 */
static int
flow_signs_off(const struct parser *p, size_t k)
{
	const struct line *l = &p->lines[k];

	return (l->closer ||
	    (l->signature && k > 0 && !l->blank_before &&
		p->lines[k - 1].cls == L_TEXT && p->lines[k - 1].final));
}

/*
 * Does something open right under line i, so that line i runs on into
 * nothing: a blank, a byline, a dateline or a paragraph's first line?
 */
static int
flow_opens_under(struct flow *f, size_t i)
{
	const struct line *n;

	if (i + 1 >= f->p->nlines)
		return (1);
	n = &f->p->lines[i + 1];
	return (n->blank_before || n->cls == L_BYLINE ||
	    parse_line_dateline(n) ||
	    (n->cls == L_TEXT && flow_first_line(f, i + 1)));
}

/*
 * Is line l cut from a sentence at either end, as no title is: opening
 * on 的 that follows a word (not 的士, 的确, 的哥), or ending on it?
 */
static int
flow_cut_phrase(const struct line *l)
{
	static const char *const words[] = { "的士", "的确", "的哥" };

	if (l->len < 6)
		return (0);
	if (memcmp(l->s, "的", 3) == 0 &&
	    parse_starts_any(l->s, l->len, words,
		sizeof words / sizeof words[0]) == 0)
		return (1);
	return (memcmp(l->s + l->len - 3, "的", 3) == 0);
}

/*
 * Is a paragraph over line i left open: a line of text inside one, after
 * another with no blank between, that ends no sentence and has a blank
 * under it?
 */
static int
flow_left_open(const struct flow *f, size_t i)
{
	const struct line *l = f->p->lines;
	size_t		   k;

	for (k = 1; k + 1 < i; k++) {
		if (f->role[k] == F_BODY && f->role[k - 1] == F_BODY &&
		    l[k].cls == L_TEXT && l[k - 1].cls == L_TEXT &&
		    !l[k].blank_before && !l[k].final && !l[k - 1].final &&
		    l[k + 1].blank_before)
			return (1);
	}
	return (0);
}

/*
 * Does line i fill its column, as set (parse_set_width()), and break a
 * sentence (flow_cut_phrase()), with a paragraph over it left open
 * (flow_left_open()): that paragraph going on in the next column?
 */
static int
flow_goes_on(struct flow *f, size_t i)
{
	double w = flow_narrow_w(f, i), em = parse_set_width(&f->p->lines[i]);

	return (em > w - flow_tune.fill_em && em < w + flow_tune.fill_em &&
	    flow_cut_phrase(&f->p->lines[i]) && flow_left_open(f, i));
}

/*
 * Are lines i and i + 1 a heading's two lines over a paragraph's first
 * line or a byline: text with no mark and no end in either, the first
 * short of the column by more than an indent and not set as a first
 * line, neither a dateline?
 */
static int
flow_pauseless_pair(struct flow *f, size_t i)
{
	const struct line *a, *b;

	if (i + 2 >= f->p->nlines)
		return (0);
	a = &f->p->lines[i];
	b = &f->p->lines[i + 1];
	if (a->punct != 0 || a->final || a->em < 4 ||
	    (a->em > flow_w(f, i) - flow_tune.indent_em - 1 &&
		!flow_indent_fits(parse_set_width(a), flow_w(f, i))))
		return (0);
	if (b->blank_before || b->cls != L_TEXT || b->punct != 0 || b->final ||
	    b->em < 2 || b->em > flow_tune.head_max_em)
		return (0);
	/*
	 * The first as wide as a first line only when the second is too
	 * short to go on a paragraph that ends on no stop (西塘桥镇高标准农
	 * 田⏎改出“丰”景⏎机耕路…): not a line broken before a figure.
	 */
	if (flow_indent_fits(parse_set_width(a), flow_w(f, i)) &&
	    (parse_set_width(b) >= flow_w(f, i + 1) - flow_tune.indent_em -
			flow_tune.full_slack ||
		flow_short_of_figure(f, i + 1)))
		return (0);
	if (parse_line_dateline(a) || parse_line_dateline(b))
		return (0);
	return (!f->p->lines[i + 2].blank_before &&
	    ((f->p->lines[i + 2].cls == L_TEXT && flow_first_line(f, i + 2)) ||
		f->p->lines[i + 2].cls == L_BYLINE));
}

/*
 * Is the line shaped as a column's name: two to a few Han characters (澄言,
 * 短评), no mark, set right under the line before it?
 */
int
flow_tag_shaped(const struct line *l)
{
	size_t	 k;
	uint32_t c;

	if (l->blank_before || l->cls != L_TEXT || l->punct > 0 || l->final ||
	    l->em < 2 || l->em > parse_tune.text.column_tag_max_em)
		return (0);
	for (k = 0; k < l->len;) {
		k = parse_next(l->s, l->len, k, &c);
		if (!text_is_han(c))
			return (0);
	}
	return (1);
}

/*
 * Does the line sign a commentary: its signature (本报评论员), or with
 * writer set its writer's sign-off too (（作者为…）)?
 */
int
flow_line_signs(const struct line *l, int writer)
{
	return (l->signature ||
	    (writer && l->closer &&
		parse_memmem(l->s, l->len, "（作者", strlen("（作者")) !=
		    NULL));
}

/*
 * Do the lines from line i on, up to the next heading, hold a line that
 * signs a commentary or its writer's sign-off (flow_line_signs())?
 */
static int
flow_writer_signs(const struct flow *f, size_t i)
{
	for (; i < f->p->nlines && f->role[i] != F_HEAD; i++) {
		if (flow_line_signs(&f->p->lines[i], 1))
			return (1);
	}
	return (0);
}

/*
 * Is line i a column's name set right under the line before it, that line
 * short of the column?  Running text breaks into no line so short that
 * finishes nothing, and a heading the column broke (…充分赞⏎赏) fills the
 * line over the break.
 */
static int
flow_column_tag(struct flow *f, size_t i)
{
	if (i == 0 || i >= f->p->nlines)
		return (0);
	return (flow_tag_shaped(&f->p->lines[i]) &&
	    f->p->lines[i - 1].em <
		flow_near_w(f, i - 1) - flow_tune.full_slack);
}

/*
 * Has the page over line i a line with a colon in it set apart after a
 * finished sentence (“最接地气”：老街坊自编自演的小品): a paper that
 * sets its subheadings so, which one like line i may be.
 */
static int
flow_colon_before(const struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	size_t		     k;

	for (k = i; k-- > 1;) {
		const struct line *l = &p->lines[k];

		if (l->blank_before && p->lines[k - 1].final && !l->final &&
		    l->cls == L_TEXT && l->em <= flow_tune.head_max_em &&
		    parse_memmem(l->s, l->len, "：", strlen("：")) != NULL)
			return (1);
	}
	return (0);
}

/*
 * Line i, or the line after it when line i is a column's name: where
 * text under a title would start.
 */
static size_t
flow_after_column_name(struct flow *f, size_t i)
{
	return (flow_column_tag(f, i) ? i + 1 : i);
}

/*
 * Is the line text that ends no sentence, short enough for a heading, and
 * no dateline?  What marks it may hold, flow_markless() and
 * flow_pauseless() say.
 */
static int
flow_head_sized(const struct line *l)
{
	return (l->cls == L_TEXT && !l->final && l->em >= 2 &&
	    l->em <= flow_tune.head_max_em && !parse_line_dateline(l));
}

/* Is the line text sized for a heading (flow_head_sized) with no mark? */
static int
flow_markless(const struct line *l)
{
	return (l->punct == 0 && flow_head_sized(l));
}

/* The n lines from line i on are heading lines.  The last of them. */
static size_t
flow_head_lines(struct flow *f, size_t i, size_t n)
{
	size_t k;

	for (k = i; k < i + n; k++)
		f->role[k] = F_HEAD;
	return (i + n - 1);
}

/*
 * Lines i to under - 1 are a heading: a title, and a column's name under
 * it when under is past the line after it.  The last of them.
 */
static size_t
flow_head_through(struct flow *f, size_t i, size_t under)
{
	if (under > i + 1)
		f->p->lines[i + 1].coltag = 1;
	return (flow_head_lines(f, i, under - i));
}

/*
 * Does a paragraph's first line open at line i, set apart by a blank
 * (after a picture's credit or not), or a dashed subtitle?
 */
static int
flow_text_set_apart(struct flow *f, size_t i)
{
	const struct parser *p = f->p;

	if (i >= p->nlines || !p->lines[i].blank_before)
		return (0);
	if (parse_starts(p->lines[i].s, p->lines[i].len, "——"))
		return (1);
	if (i + 1 < p->nlines &&
	    (parse_is_credit_line(&p->lines[i]) ||
		flow_is_source(&p->lines[i])) &&
	    p->lines[i + 1].blank_before)
		i++;
	return (i < p->nlines && p->lines[i].cls == L_TEXT &&
	    flow_first_line(f, i));
}

/*
 * Is the line two phrases parted by a space (老楼加装电梯 居民“上下”不再
 * 难), as a headline sets them?  Running text has no space between Chinese
 * characters; an extractor's spaces stand beside digits and Latin words.
 */
int
flow_two_phrases(const struct line *l)
{
	const char *s = l->s;
	size_t	    n = l->len, i, k;
	uint32_t    c, before = 0, after;

	for (i = 0; i < n; i = k) {
		k = parse_next(s, n, i, &c);
		if (c != ' ' && c != 0x3000) {
			before = c;
			continue;
		}
		if (k >= n)
			break;
		parse_next(s, n, k, &after);
		if ((text_is_han(before) || before == 0x201d) &&
		    (text_is_han(after) || after == 0x201c))
			return (1);
	}
	return (0);
}

/* Does pred hold of the line's text?  Not of a line of 256 bytes or more. */
int
flow_line_says(const struct line *l, int (*pred)(const char *))
{
	char buf[256];

	if (l->len >= sizeof buf)
		return (0);
	memcpy(buf, l->s, l->len);
	buf[l->len] = '\0';
	return (pred(buf));
}

static int
flow_promo_text(const char *s)
{
	return (parse_ad_score(s) > 0);
}

/*
 * Does the line name the paper's app, account or address (澄湖发布 今澄湖
 * 客户端), as a masthead's ears do?
 */
static int
flow_line_promo(const struct line *l)
{
	return (flow_line_says(l, flow_promo_text));
}

/* Does the line end on a pause (，、：；) or an opening mark? */
static int
flow_ends_on_pause(const struct line *l)
{
	return (parse_ends_on_pause(l->s, l->len));
}

/*
 * Is line l set as a paragraph's first line in a column w wide but for a
 * closing pause hung past the column (机耕路平整宽阔，灌溉渠纵横交错，)?
 */
static int
flow_hangs_first(const struct line *l, double w)
{
	return (flow_ends_on_pause(l) &&
	    flow_indent_fits(parse_set_width(l) - 1, w));
}

/*
 * Is line i so set in the column around it (flow_hangs_first())?  Whether
 * the lines under it go on as a paragraph's do is not asked (a column
 * break may follow): flow_hung_first_line() asks it, when no break does.
 */
static int
flow_first_line_hung(struct flow *f, size_t i)
{
	return (flow_hangs_first(&f->p->lines[i], flow_near_w(f, i)));
}

/*
 * Is line i so set in the page's column (“以前晚上回来要绕小区转好几圈，)?
 * Where the lines near it hang their pauses too, the page's column is the
 * measure.
 */
static int
flow_hung_page_first(struct flow *f, size_t i)
{
	return (flow_hangs_first(&f->p->lines[i], flow_w(f, i)));
}

/*
 * Is the line text sized for a heading (flow_head_sized) with no pause or
 * stop in it, nor at its end (a title's colon after a place's name,
 * 湖滨街道：…, or its ！ may stand)?
 */
static int
flow_pauseless(const struct line *l)
{
	return (l->stops == 0 && !flow_ends_on_pause(l) && flow_head_sized(l));
}

/* Could line l be a heading's line with no pause and no end in it? */
static int
flow_bare_head(const struct line *l)
{
	return (l->em >= flow_tune.phrase_min_em && l->stops == 0 &&
	    flow_head_sized(l) && (flow_two_phrases(l) || l->punct == 0));
}

/*
 * How many lines from line i on, right under a picture's credit, one or
 * two with no blank between, are a heading's (flow_bare_head); 0 if none.
 * Under a credit that a caption runs into, they are (nothing of the
 * caption runs on from its credit); under one set apart (a picture's
 * source, 图片由受访者提供, among a column's lines), only if they run on
 * into nothing (flow_opens_under).
 */
static size_t
flow_under_credit(struct flow *f, size_t i, int caption)
{
	const struct parser *p = f->p;

	if (!flow_bare_head(&p->lines[i]))
		return (0);
	if (caption || flow_opens_under(f, i))
		return (1);
	if (i + 1 < p->nlines && !p->lines[i + 1].blank_before &&
	    flow_bare_head(&p->lines[i + 1]) && flow_opens_under(f, i + 1))
		return (2);
	return (0);
}

/*
 * Does the line open on a day of the month, as a news story's lead does
 * (3月4日下午，…; the extractor may set a space beside a figure)?
 */
int
flow_line_opens_on_day(const struct line *l)
{
	size_t	 i = 0;
	int	 part;
	uint32_t c;

	for (part = 0; part < 2; part++) {
		size_t digits = 0;

		while (i < l->len &&
		    (isdigit((unsigned char)l->s[i]) || l->s[i] == ' ')) {
			digits += l->s[i] != ' ';
			i++;
		}
		if (digits == 0 || digits > 2 || i >= l->len)
			return (0);
		i = parse_next(l->s, l->len, i, &c);
		if (c != (part == 0 ? 0x6708 : 0x65e5)) /* 月, 日 */
			return (0);
	}
	return (1);
}

/*
 * Does the line open on a word of when and a pause, as a news story's or
 * a caption's lead does (近日，…; 昨天上午，…; 今年1月，…)?
 */
static int
flow_opens_on_when(const struct line *l)
{
	static const char *when[] = { "近日", "日前", "昨天", "昨日", "今天",
		"今日", "连日来", "近年来", "近期", "近来", "眼下", "当前",
		"目前", "截至目前", "今年以来", "去年以来", "入春以来",
		"开春以来", "如今", "当天", "当日", "次日", "此前", "随后",
		"前不久", "不久前", "今年", "去年" };
	const char	  *c;
	size_t		   i, k;

	/*
	 * Most lines pause later, if at all: the longest word (four
	 * characters), six bytes of a time of day, then the pause.
	 */
	if (parse_memmem(l->s, l->len < 21 ? l->len : 21, "，", 3) == NULL)
		return (0);
	for (i = 0; i < sizeof when / sizeof when[0]; i++) {
		/* Their first characters' last bytes differ most. */
		if (l->s[2] != when[i][2] ||
		    !parse_starts(l->s, l->len, when[i]))
			continue;
		/* The pause right after it, or after its time of day. */
		k = strlen(when[i]);
		c = parse_memmem(l->s + k, l->len - k, "，", 3);
		return (c != NULL && c - (l->s + k) <= 6);
	}
	return (0);
}

/* Does the line give a number to call (咨询电话：0573-…)? */
int
flow_line_calls(const struct line *l)
{
	return ((parse_memmem(l->s, l->len, "电话", 6) != NULL ||
		    parse_memmem(l->s, l->len, "热线", 6) != NULL) &&
	    parse_has_phone_n(l->s, l->len));
}

/*
 * Is line i in a sentence that paused over it or that opened after a
 * full stop in the line over it, a column break between or not, and runs
 * on into a word the line under it ends (…负责人表示，⏎⏎将
 * 建立隐患整改“回头看”机⏎制，确保…)?  No line opens on one character and
 * a pause.  Or into a line as wide as its column that opens no paragraph
 * (…截至目前，⏎⏎全市已有1126家企业通过⏎“免申即享”获得各类奖补⏎资金…):
 * text's first line, set short by its indent, stands under a heading.
 */
static int
flow_in_paused(struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	const struct line   *n, *t;
	uint32_t	     c;
	double		     w;

	if (i == 0 || i + 1 >= p->nlines)
		return (0);
	/*
	 * Paused: on a pause, or on a word after a sentence's end inside the
	 * line (实干才能出实绩。让我们以⏎⏎“天天”抓落实的韧劲、…).
	 */
	t = &p->lines[i - 1];
	if (!flow_ends_on_pause(t)) {
		if (t->cls != L_TEXT || t->final || t->periods == 0)
			return (0);
		text_utf8_prev(t->s, t->len, &c);
		if (!text_is_han(c))
			return (0);
	}
	n = &p->lines[i + 1];
	if (n->blank_before || n->cls != L_TEXT || n->len <= 3)
		return (0);
	if (parse_opens_on_word_end(n))
		return (1);
	w = parse_set_width(n);
	return (!n->final && !parse_line_dateline(n) &&
	    !flow_indent_shaped(f, i + 1) &&
	    (fabs(w - flow_near_w(f, i + 1)) <= flow_tune.full_slack ||
		fabs(w - flow_w(f, i + 1)) <= flow_tune.full_slack));
}

/*
 * Could l be a heading line?  Short of the column (or wider than it),
 * finishing no sentence, with no full stop in it; a pause (，) may stand
 * inside a title but not at its end.
 */
static int
flow_head_shaped(struct flow *f, const struct line *l)
{
	const struct line *n;
	uint32_t	   c;
	size_t		   at = (size_t)(l - f->p->lines);
	double		   w = flow_near_w(f, at);
	double		   pw = flow_w(f, at);
	double		   em;
	size_t		   k;

	if (l->cls != L_TEXT || l->final || l->em < 2 ||
	    l->em > flow_tune.head_max_em)
		return (0);
	if (l->stops > flow_tune.head_max_pauses ||
	    (l->stops > 0 &&
		(flow_has_period(l) ||
		    parse_memmem(l->s, l->len, "；", 3) != NULL)))
		return (0);
	if (flow_ends_on_pause(l))
		return (0);
	/*
	 * Nor a lead's opening: its day or a word of when, then a pause
	 * (3月6日，在…; 近日，澄湖…).
	 */
	if (l->stops > 0 &&
	    (flow_line_opens_on_day(l) || flow_opens_on_when(l)))
		return (0);
	k = text_utf8_prev(l->s, l->len, &c);
	/* Nor one character after it: 诚聘…需要，诚⏎聘 runs on. */
	if (k < l->len) {
		text_utf8_prev(l->s, l->len - k, &c);
		if (c == 0xff0c || c == 0x3001)
			return (0);
	}
	if (parse_line_dateline(l))
		return (0);
	if (flow_in_paused(f, at))
		return (0);
	/*
	 * Nor the rest of a bracket the line over it left open, a column
	 * break between (本报澄湖3月4日电（记者⏎⏎李敏 通讯员 吴倩）).
	 */
	if (at > 0 && flow_brackets_open(&f->p->lines[at - 1]) > 0 &&
	    flow_brackets_open(l) < 0)
		return (0);
	/* A caption's opening (图为…) is never a heading. */
	if (parse_starts(l->s, l->len, "图为"))
		return (0);
	if (l->bold || parse_line_doubled(l))
		return (1);
	if (flow_two_over_first_line(f, at) ||
	    (at > 0 && flow_two_over_first_line(f, at - 1)))
		return (1);
	if (flow_short_of_figure(f, at))
		return (0);
	/*
	 * A paragraph's first line: the column less its indent, or a line
	 * as wide as the column.  Not a line with no mark at all, set apart,
	 * over a first line, though: a paragraph's line runs on into a full
	 * line or ends a sentence.
	 */
	em = parse_set_width(l);
	if (em >= w - flow_tune.indent_em - flow_tune.full_slack &&
	    em <= w + flow_tune.head_wide)
		return (flow_over_first_line(f, at) ||
		    flow_wide_over_first_line(f, at));
	/*
	 * Nor one as wide as the page's column, where the column around it
	 * reads wide (a box set wider under it), that pauses or runs on
	 * into a paragraph's last line (…奖补⏎资金 1.2亿元。) or into a
	 * line as wide that does not end one (…供应“银发套餐”⏎400余份，…):
	 * a line of text.  A heading stands over a first line.
	 */
	if (em <= pw + flow_tune.full_slack &&
	    em >= pw - flow_tune.full_slack) {
		n = l + 1;
		if (l->stops > 0 ||
		    (n < f->p->lines + f->p->nlines && !n->blank_before &&
			n->cls == L_TEXT &&
			((n->final &&
			     parse_set_width(n) < pw - flow_tune.indent_em -
				     flow_tune.full_slack) ||
			    (!n->final && !parse_line_dateline(n) &&
				parse_set_width(n) >= pw - 0.5 &&
				parse_set_width(n) <=
				    pw + flow_tune.full_slack))))
			return (0);
	}
	if (em < w * flow_tune.head_max_share)
		return (1);
	if (em <= w + flow_tune.head_wide)
		return (0);
	/*
	 * Wider than the column around it: a title across columns, unless
	 * it pauses and is as wide as the page's column (a paragraph's line
	 * where the column around it reads narrow), or pauses and runs on
	 * into a line as wide that pauses too (a caption set across the
	 * picture: 澄湖工务段以“…，让每一位旅客出行都更加顺⏎心”为目标…).
	 */
	if (l->stops == 0)
		return (1);
	if (em <= pw + flow_tune.full_slack && em >= pw - flow_tune.full_slack)
		return (0);
	n = l + 1;
	return (n >= f->p->lines + f->p->nlines || n->blank_before ||
	    n->cls != L_TEXT || n->stops == 0 ||
	    n->em > em + flow_tune.full_slack ||
	    n->em < em - flow_tune.full_slack);
}

/*
 * How many lines from line i on stand with no mark in them over a byline,
 * a dateline or a paragraph's first line: three to head_max_lines, or two
 * when the second is shaped as a title wider than its column
 * (flow_head_shaped); 0 if not so.
 */
static size_t
flow_markless_stack(struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	const struct line   *l;
	size_t		     n;

	for (n = 0; i + n < p->nlines && n < (size_t)flow_tune.head_max_lines;
	     n++) {
		l = &p->lines[i + n];
		if ((n > 0 && l->blank_before) || l->cls != L_TEXT ||
		    l->punct != 0 || l->final || l->em < 2 ||
		    l->em > flow_tune.head_max_em || parse_line_dateline(l))
			break;
	}
	if (n < 2 || i + n >= p->nlines)
		return (0);
	if (n == 2 &&
	    (!flow_head_shaped(f, &p->lines[i + 1]) ||
		parse_set_width(&p->lines[i + 1]) <=
		    f->lw[i + 1] + flow_tune.head_wide))
		return (0);
	l = &p->lines[i + n];
	if (l->blank_before)
		return (0);
	if (l->cls == L_BYLINE || parse_line_dateline(l) ||
	    (l->cls == L_TEXT && flow_first_line(f, i + n)))
		return (n);
	return (0);
}

/*
 * Is line i a dashed subtitle (——三论…) right over a paragraph's first
 * line or a byline?  The line over it is then a title.
 */
static int
flow_subtitle_over_text(struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	const struct line   *l = &p->lines[i], *n;

	if (!parse_starts(l->s, l->len, "——") || l->final || l->stops > 0 ||
	    l->em > flow_tune.head_max_em || i + 1 >= p->nlines)
		return (0);
	n = &p->lines[i + 1];
	return (!n->blank_before &&
	    (n->cls == L_BYLINE ||
		(n->cls == L_TEXT && flow_first_line(f, i + 1))));
}

/*
 * Are lines i to i + n - 1 a speaker's words set as a kicker: his name
 * and a colon first (韩卫东：…), no full stop, not ending on a pause or a
 * sentence?
 */
static int
flow_speaker_kicker(const struct parser *p, size_t i, size_t n)
{
	const struct line *l = &p->lines[i];
	const char	  *colon;
	size_t		   k;

	colon = parse_memmem(l->s, l->len < 15 ? l->len : 15, "：", 3);
	if (colon == NULL || colon - l->s < 6 || parse_line_dateline(l))
		return (0);
	for (k = i; k < i + n; k++) {
		if (p->lines[k].cls != L_TEXT || p->lines[k].periods > 0 ||
		    p->lines[k].final)
			return (0);
	}
	return (!flow_ends_on_pause(&p->lines[i + n - 1]));
}

/* Where the lines over line k end, past the lines skipped over it. */
static size_t
flow_past_skipped(const struct flow *f, size_t k)
{
	while (k > 0 && f->role[k - 1] == F_SKIP)
		k--;
	return (k);
}

/*
 * Where the lines over line i end, past the lines skipped, if it is text
 * set apart that opens on a dateline; 0 if it is not (or none is over it).
 */
static size_t
flow_over_dateline(const struct flow *f, size_t i)
{
	const struct parser *p = f->p;

	if (f->role[i] != F_BODY || !p->lines[i].blank_before ||
	    !parse_line_dateline(&p->lines[i]))
		return (0);
	return (flow_past_skipped(f, i));
}

/*
 * Is line l a question of two clauses, set as a kicker: one pause in it,
 * no full stop, ending on ？ (老人住院做手术，宠物谁来照看？)?
 */
static int
flow_asks_kicker(const struct line *l)
{
	return (l->cls == L_TEXT && l->periods == 0 && l->stops == 1 &&
	    parse_ends(l->s, l->len, "？") &&
	    parse_memmem(l->s, l->len, "，", 3) != NULL &&
	    !parse_starts(l->s, l->len, "，") &&
	    !parse_starts(l->s, l->len, "”") && !parse_line_dateline(l));
}

/*
 * Whether line i, short and with no mark, stands inside a sentence: the
 * full line over it, at a column's foot, leaves the sentence open, and
 * the full line under it, no blank between, goes on with it.  No line
 * of running text is short there, so it is a heading the extractor set
 * in the column: pdftotext -layout gives a title set over a story's
 * second column that column's head (…一边忙着招呼顾客，⏎⏎澄湖年货新
 * 气象⏎一边告诉记者，…).  Not a summary's label or a column's tag in
 * brackets (核心阅读, 【看点】): a title drops those, and the sentence
 * keeps their words.
 */
static int
flow_head_in_sentence(struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	const struct line   *l = &p->lines[i], *a = l - 1, *b = l + 1;

	if (f->role[i] != F_BODY || l->cls != L_TEXT || !l->blank_before ||
	    l->punct > 0 || l->final || l->em < 4 ||
	    l->em > flow_near_w(f, i) - 2 * flow_tune.indent_em ||
	    parse_line_dateline(l) || flow_brackets_open(l) != 0 ||
	    parse_starts(l->s, l->len, "【") ||
	    flow_line_says(l, parse_summary_label))
		return (0);
	return (f->role[i - 1] == F_BODY && f->role[i + 1] == F_BODY &&
	    a->cls == L_TEXT && b->cls == L_TEXT && !a->final && !a->closer &&
	    !b->blank_before &&
	    parse_set_width(a) >=
		flow_near_w(f, i - 1) - flow_tune.full_slack &&
	    parse_set_width(b) >= flow_near_w(f, i + 1) - flow_tune.full_slack);
}

/*
 * Is line i the end of a word the line over it cut, left on a line of
 * its own (…打赢冬季防火攻坚 ⏎ 战): a word or two with no mark that, after
 * the last two characters over it, makes a word the page says elsewhere
 * (攻坚战)?  A heading's last word may be set so; a pair alone is too
 * little evidence (…守鸟人 ⏎ 家风: 人家 is said anywhere).
 */
static int
flow_head_tail(const struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	const struct line   *l = &p->lines[i], *u;
	char		     w[32];
	size_t		     k, ka;

	if (i == 0 || l->cls != L_TEXT || l->punct > 0 || l->final ||
	    l->em > flow_tune.head_tail_em || p->lines[i - 1].cls != L_TEXT)
		return (0);
	u = &p->lines[i - 1];
	if ((k = parse_han_tail(u->s, u->len, 0)) == SIZE_MAX ||
	    (ka = u->len - k) + l->len > sizeof w)
		return (0);
	memcpy(w, u->s + k, ka);
	memcpy(w + ka, l->s, l->len);
	return (parse_says_span(p, w, ka + l->len));
}

/*
 * Is line i a deck of a heading, right over its story's dateline: short,
 * with no mark, and the dateline right under it (…会议在澄湖召开 ⏎ 韩卫东
 * 到会部署 ⏎ 本报澄湖3月12日电…)?
 */
static int
flow_deck_over_dateline(struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	const struct line   *l = &p->lines[i];

	return (i + 1 < p->nlines && l->cls == L_TEXT && l->punct == 0 &&
	    !l->final && l->em >= 2 &&
	    l->em <= flow_near_w(f, i) - flow_tune.indent_em &&
	    !p->lines[i + 1].blank_before &&
	    parse_line_dateline(&p->lines[i + 1]));
}

/*
 * Whether line i stands right over a byline, no blank between, that text
 * opens under: reporters' names (on a line or more), not a commentary's
 * signature nor a picture's credit, over a dateline or over text that
 * runs on for three lines.  A byline set after a story's last line signs
 * the story above: the next story's title is under it (a line or two,
 * set apart from what follows or right over a dateline), or a blank.  A
 * dateline set apart under it must say more of line i's words than the
 * text above does.
 */
static int
flow_over_byline(struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	const struct line   *t;
	size_t		     k, n;

	for (k = i + 1; k < p->nlines && !p->lines[k].blank_before &&
	     p->lines[k].cls == L_BYLINE && !p->lines[k].signature &&
	     !parse_is_credit_line(&p->lines[k]);
	     k++)
		;
	if (k == i + 1 || k >= p->nlines)
		return (0);
	t = &p->lines[k];
	if (t->cls != L_TEXT)
		return (0);
	if (parse_line_dateline(t))
		return (!t->blank_before ||
		    flow_words_near(f, i, 1) > flow_words_above(f, i));
	if (t->blank_before)
		return (0);
	/* Text runs on from it: no heading's line over a dateline. */
	for (n = k + 1; n <= k + 2; n++) {
		if (n >= p->nlines || p->lines[n].blank_before ||
		    p->lines[n].cls != L_TEXT ||
		    parse_line_dateline(&p->lines[n]))
			return (0);
	}
	return (1);
}

/*
 * Do the n lines from line i on, a title whose last line exclaims or asks,
 * stand over what a title stands over (flow_exclaims_title())?  Over a
 * byline, they may follow text left open (ended 0) unless they open on
 * 的.  Over a lead, the text over them has ended, and they are one line
 * (a title and a line that exclaims, 澄湖龙舟赛鸣锣开赛⏎好消息！, open the
 * text), no wider than its column or set across columns, wider than it by
 * more than head_wide; a subtitle or a name may stand under it, a line or
 * two shaped as headings.
 */
static int
flow_exclaims_over(struct flow *f, size_t i, size_t n, int ended)
{
	const struct parser *p = f->p;
	size_t		     e = i + n - 1, k, sub;
	const struct line   *l = &p->lines[e], *u;
	double		     w = flow_near_w(f, e);

	/*
	 * Under text left open, not the rest of its sentence (…一浪高过一
	 * 浪⏎⏎的欢呼声响彻湖面！): no title opens on 的.
	 */
	if ((ended || !parse_starts(p->lines[i].s, p->lines[i].len, "的")) &&
	    flow_over_byline(f, e))
		return (1);
	if (n > 1 || !ended)
		return (0);
	if (l->em > w + flow_tune.full_slack &&
	    parse_set_width(l) <= w + flow_tune.head_wide)
		return (0);
	for (sub = 0, k = e + 1; k < p->nlines; k++, sub++) {
		u = &p->lines[k];
		if (u->blank_before || u->cls != L_TEXT)
			return (0);
		if (parse_line_dateline(u) || flow_first_line(f, k))
			break;
		if (sub == 2 || !flow_head_shaped(f, u))
			return (0);
		if (flow_over_byline(f, k))
			return (flow_heads_lead(f, e));
	}
	return (k < p->nlines && flow_heads_lead(f, e));
}

/*
 * The lines from line i on of a title that exclaims or asks at its end:
 * how many, or 0.  Its lines but the last are short of their column by
 * more than an indent and end no sentence; it pauses as a heading does,
 * and has no 。 in it.  It stands right over a byline that text opens
 * under (澄湖龙舟赛，开赛了！⏎本报记者 李明, or 谁来守护⏎老街的记忆？⏎
 * 本报记者 赵丽), or over a dateline or a paragraph's first line when its
 * last line says few words of the story above, or more of the text under
 * it (flow_heads_lead()): a story's question set as a paragraph of its
 * own says that story's words.
 */
static size_t
flow_exclaims_title(struct flow *f, size_t i, int ended)
{
	const struct parser *p = f->p;
	size_t		     n;
	int		     stops = 0;

	for (n = 0; i + n < p->nlines && n < (size_t)flow_tune.head_max_lines;
	     n++) {
		const struct line *l = &p->lines[i + n];

		stops += l->stops;
		if ((n > 0 && l->blank_before) || l->cls != L_TEXT ||
		    stops > flow_tune.head_max_pauses || l->em < 2 ||
		    l->em > flow_tune.head_max_em || flow_has_period(l) ||
		    parse_line_dateline(l))
			return (0);
		if (parse_exclaims(l->s, l->len))
			return (
			    flow_exclaims_over(f, i, n + 1, ended) ? n + 1 : 0);
		if (l->final ||
		    l->em > flow_near_w(f, i + n) - flow_tune.indent_em -
			    flow_tune.full_slack)
			return (0);
	}
	return (0);
}

/*
 * Whether line i, one that exclaims or asks (…，真了不起！), is the last
 * line of the heading right over it, no blank between: short of its
 * column, with a pause at most, and set apart over the text under it
 * (a picture's source between or not).  The heading line over it says
 * the words of that text rather than the story's above it (a subheading
 * says its story's words: flow_heads_lead()), and stands under no text,
 * as a subheading does, but under another heading or at the head of the
 * page.  A title may exclaim or ask; a story's text runs on under it.
 */
static int
flow_exclaims_under_head(struct flow *f, size_t i)
{
	const struct parser *p = f->p;
	const struct line   *l = &p->lines[i];
	size_t		     k;

	if (f->role[i] != F_BODY || f->role[i - 1] != F_HEAD ||
	    l->blank_before || l->cls != L_TEXT ||
	    l->stops > flow_tune.head_max_pauses || l->em < 4 ||
	    l->em > flow_near_w(f, i) - flow_tune.indent_em ||
	    !parse_exclaims(l->s, l->len))
		return (0);
	if (i + 1 >= p->nlines || !p->lines[i + 1].blank_before)
		return (0);
	/* Not under text: a subheading stands in its story's text. */
	for (k = i - 1; k > 0 && f->role[k - 1] == F_SKIP; k--)
		;
	if (k > 0 && f->role[k - 1] == F_BODY)
		return (0);
	/* A picture's source may stand between (本报资料图片). */
	for (k = i + 1; k < p->nlines && f->role[k] == F_SKIP; k++)
		;
	return (
	    k < p->nlines && f->role[k] == F_BODY && flow_heads_lead(f, i - 1));
}

/*
 * Is the heading run of lines s to e - 1 text a paragraph runs on
 * through: right under a line that finishes no sentence, and right over
 * one that opens on the rest of the word its last line cut (…澄湖经济技
 * 术开 ⏎ 发区举行 2024年一季度项 ⏎ … ⏎ 锐芯微电子二期项目开工仪 ⏎ 式。
 * 此次活动…)?  No line of text opens on one character and a stop or a
 * pause but the end of a word.
 */
static int
flow_run_in_text(struct flow *f, size_t s, size_t e)
{
	const struct parser *p = f->p;
	const struct line   *t, *n;

	if (s == 0 || e >= p->nlines)
		return (0);
	t = &p->lines[s - 1];
	n = &p->lines[e];
	return (!p->lines[s].blank_before && !n->blank_before &&
	    f->role[s - 1] == F_BODY && t->cls == L_TEXT && !t->final &&
	    n->cls == L_TEXT && parse_opens_on_word_end(n));
}

static void
flow_roles(struct flow *f)
{
	struct parser *p = f->p;
	size_t	       i, body_seen = 0, seen = 0, under, over, heads, nx;
	struct line   *l, *prev;
	int	       j, run, r, apart, stacked;
	char	      *joined;

	f->width = flow_width(p);
	flow_page_widths(f);
	flow_local_widths(f);
	f->indented = flow_page_indents(f);
	joined = xcalloc(p->nlines + 1, 1);
	/*
	 * A dateline broken before its 电 or its 日电 (本报北京1月7日⏎电
	 * （记者…）, 新华社澄湖1月16⏎日电…) in a narrow column is a
	 * dateline all the same.
	 */
	for (i = 0; i + 1 < p->nlines; i++) {
		const struct line *n = &p->lines[i + 1];
		const char	  *rest = NULL;

		l = &p->lines[i];
		if (l->cls != L_TEXT || n->blank_before || l->em > 16 ||
		    l->len == 0)
			continue;
		if (parse_starts(n->s, n->len, "电") &&
		    parse_ends(l->s, l->len, "日"))
			rest = "电";
		else if (parse_starts(n->s, n->len, "日电") &&
		    isdigit((unsigned char)l->s[l->len - 1]))
			rest = "日电";
		if (rest != NULL && !parse_is_dateline(l->s, l->len)) {
			char   buf[96];
			size_t k = strlen(rest),
			       m = l->len < sizeof buf - k ? l->len :
							     sizeof buf - k;

			memcpy(buf, l->s, m);
			memcpy(buf + m, rest, k);
			if (parse_is_dateline(buf, m + k))
				l->dateline = 1;
		}
	}
	/*
	 * A headline of two lines alike, broken inside a word the page says
	 * elsewhere (老街夜市今晚重新开⏎⏎张迎接八方来客), is one heading: the
	 * blank between is the leading of its large type.  It is set apart
	 * over the first line, or stands right under a story's last sentence
	 * (pdftotext -layout sets it there); it stands alone under the second,
	 * or over a deck right over its dateline (flow_deck_over_dateline()).
	 * With no blank between, the same two lines are one heading all the
	 * same, though in a narrow column the second is as wide as a
	 * paragraph's first line (老街商户今起可 ⏎ 以申领开业补贴 ⏎⏎ 记者…),
	 * when what stands under the blank opens something: not text that
	 * runs on, which makes the second line a paragraph's first, a
	 * column break inside it (夜市点亮澄湖 ⏎ 市民周末来老街夜 ⏎⏎ 市逛一逛
	 * 的…: 湖市 is said in 澄湖市).
	 */
	for (i = 0; i + 1 < p->nlines; i++) {
		const struct line *n = &p->lines[i + 1];

		l = &p->lines[i];
		if ((i > 0 && !l->blank_before && !p->lines[i - 1].final) ||
		    l->cls != L_TEXT || n->cls != L_TEXT || l->punct > 0 ||
		    n->punct > 0 || l->final || n->final || l->em < 4 ||
		    l->em > flow_tune.head_max_em ||
		    fabs(l->em - n->em) > flow_tune.indent_em ||
		    (i + 2 < p->nlines && !p->lines[i + 2].blank_before &&
			p->lines[i + 2].cls == L_TEXT &&
			!flow_deck_over_dateline(f, i + 2)) ||
		    (!n->blank_before && i + 2 < p->nlines &&
			p->lines[i + 2].cls == L_TEXT &&
			!parse_line_dateline(&p->lines[i + 2]) &&
			!flow_first_line(f, i + 2) &&
			!flow_deck_over_dateline(f, i + 2)) ||
		    !parse_line_word_broken(p, l, n))
			continue;
		p->lines[i + 1].blank_before = 0;
		joined[i + 1] = 1;
	}
	/*
	 * A title in large type may leave its last word on a line of its
	 * own (…打赢冬季防火攻坚 ⏎⏎ 战), and pdftotext -layout may set a
	 * blank over that line.  A line of a word or two with no mark, right
	 * over text, that ends a word the line over it cut (flow_head_tail())
	 * is that line's end when the line over it is a heading's: short of
	 * its column, set under another line with no blank between, with a
	 * pause at most, and ending no sentence.
	 */
	for (i = 1; i + 2 < p->nlines; i++) {
		const struct line *n = &p->lines[i + 1];

		l = &p->lines[i];
		if (!n->blank_before || l->blank_before || l->final ||
		    l->stops > flow_tune.head_max_pauses ||
		    l->em < flow_tune.phrase_min_em ||
		    l->em > flow_near_w(f, i) - flow_tune.indent_em ||
		    p->lines[i + 2].blank_before ||
		    p->lines[i + 2].cls != L_TEXT || !flow_head_tail(f, i + 1))
			continue;
		p->lines[i + 1].blank_before = 0;
		joined[i + 1] = 1;
	}
	/*
	 * pdftotext -layout may also set a blank between a title's lines
	 * when they differ in width (…韩卫东同志在“项目建设年” ⏎⏎ 动员大会
	 * 上的讲话精神).  A short line with no mark, right over text, goes
	 * on the line over it when the break falls inside a phrase the page
	 * says elsewhere (parse_line_phrase_broken()) and the line over it is
	 * a title's first: wider than the line under it, either wider than
	 * its column or short of it, ending no sentence, and right under a
	 * kicker wider than its column that ends none either.  A line set apart
	 * over a title (a column's logo, a page's label, a banner) or a
	 * kicker over its title may meet it in a phrase the lead repeats, so
	 * no line set apart goes on so.
	 */
	for (i = 1; i + 2 < p->nlines; i++) {
		const struct line *n = &p->lines[i + 1], *u = &p->lines[i - 1];
		double		   w = flow_near_w(f, i);

		l = &p->lines[i];
		if (!n->blank_before || joined[i + 1] || l->blank_before ||
		    l->cls != L_TEXT || n->cls != L_TEXT || u->cls != L_TEXT ||
		    u->final || l->final || n->final || n->punct > 0 ||
		    u->em <= flow_near_w(f, i - 1) + flow_tune.indent_em ||
		    l->stops > flow_tune.head_max_pauses ||
		    l->em < flow_tune.phrase_min_em || l->em <= n->em ||
		    (l->em > w - flow_tune.indent_em &&
			l->em <= w + flow_tune.indent_em) ||
		    n->em < flow_tune.phrase_min_em ||
		    n->em > flow_near_w(f, i + 1) - flow_tune.indent_em ||
		    p->lines[i + 2].blank_before ||
		    p->lines[i + 2].cls != L_TEXT)
			continue;
		if (!parse_line_phrase_broken(p, l, n))
			continue;
		p->lines[i + 1].blank_before = 0;
		joined[i + 1] = 1;
	}
	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		switch (l->cls) {
		case L_BYLINE:
			/* 本报记者 汤颖摄: who took the picture. */
			f->role[i] =
			    parse_is_credit_line(l) ? F_CREDIT : F_BYLINE;
			continue;
		case L_CREDIT:
			f->role[i] = F_CREDIT;
			continue;
		case L_CONT:
			f->role[i] = F_CONT;
			continue;
		default:
			break;
		}
		f->role[i] = F_BODY;
		if (l->cls != L_TEXT)
			continue;
		seen++;
		/*
		 * The text a continuation note opens (（上接1版）车间里…) is
		 * the story going on, however short its first line.
		 */
		if (l->resumed) {
			body_seen++;
			continue;
		}
		/* A newspaper's name over the first story: its masthead. */
		if (parse_is_paper_name(l) && body_seen == 0 &&
		    seen <= (size_t)flow_tune.top_lines) {
			f->role[i] = F_SKIP;
			continue;
		}
		/*
		 * The paper's web address, set on a line of its own (上观新
		 * 闻：www.…, 人民网网址：http://…): furniture.
		 */
		if ((i == 0 || l->blank_before) && l->stops == 0 && !l->final &&
		    (i + 1 >= p->nlines || p->lines[i + 1].blank_before) &&
		    (parse_memmem(l->s, l->len, "www.", 4) != NULL ||
			parse_memmem(l->s, l->len, "http", 4) != NULL)) {
			f->role[i] = F_SKIP;
			continue;
		}
		/*
		 * A source set apart under a picture credits no caption; nor
		 * does one set apart after text left inside a sentence: it
		 * stands between two columns of a story running on (the
		 * picture it credits is elsewhere), and makes no photo of it.
		 */
		if (l->blank_before && flow_is_source(l)) {
			for (j = (int)i - 1; j >= 0 && f->role[j] == F_SKIP;
			     j--)
				;
			if (i + 1 >= p->nlines ||
			    p->lines[i + 1].blank_before ||
			    (j >= 0 && f->role[j] == F_BODY &&
				p->lines[j].cls == L_TEXT &&
				!p->lines[j].final && !p->lines[j].closer)) {
				f->role[i] = F_SKIP;
				continue;
			}
		}
		if (parse_is_credit_line(l)) {
			f->role[i] = F_CREDIT;
			continue;
		}
		/*
		 * A sign-off ends a story; reporters' names in brackets right
		 * under a dateline (本报澄湖 3 月 4日电⏎（记者 顾晓岚 通讯员
		 * 郑洁）) are the dateline's, the text under them its lead.
		 */
		if ((l->closer || flow_is_closer(l) || flow_tail_signoff(l) ||
			flow_ends_signoff(p, i)) &&
		    !(i > 0 && !l->blank_before &&
			p->lines[i - 1].cls == L_TEXT &&
			parse_line_dateline(&p->lines[i - 1]) &&
			parse_ends(p->lines[i - 1].s, p->lines[i - 1].len,
			    "电"))) {
			l->closer = 1;
			continue;
		}
		if ((run = flow_is_closer_run(p, i)) > 0) {
			for (r = 0; r < run; r++)
				p->lines[i + (size_t)r].closer = 1;
			continue;
		}
		/*
		 * A line set apart after a story's sign-off, with no pause in
		 * it, is the next story's title, however wide.  So is one
		 * after the note that a story goes on on another page (（下转
		 * 2版）) that runs on into no line under it.  Not a dateline
		 * (a story whose title the page sets after it), nor a line
		 * that fills its column and is cut from a sentence
		 * (flow_goes_on()): another story going on in the next
		 * column.
		 */
		if (l->blank_before && i > 0 &&
		    (flow_signs_off(p, flow_story_line_before(p, i)) ||
			(flow_jumps_on(&p->lines[i - 1]) &&
			    flow_opens_under(f, i))) &&
		    l->punct == 0 && !l->final && l->em >= 2 &&
		    l->em <= flow_tune.head_max_em && !parse_line_dateline(l) &&
		    !flow_goes_on(f, i)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A line with no mark right after a story's sign-off, with
		 * no blank between, is the next story's title when it runs
		 * on into nothing: a column's name under it (让“一一回应”成为
		 * 常态⏎澄言), or a paragraph's first line, a byline or a
		 * dateline.  Nothing of the story goes on after its sign-off,
		 * nor after the note that it goes on on another page (（下转
		 * 2版）).
		 */
		if (i > 0 && !l->blank_before &&
		    (p->lines[i - 1].closer ||
			flow_jumps_on(&p->lines[i - 1])) &&
		    flow_markless(l) &&
		    ((under = flow_after_column_name(f, i + 1)) > i + 1 ||
			flow_opens_under(f, i))) {
			i = flow_head_through(f, i, under);
			continue;
		}
		/*
		 * And two such lines after the note, over a first line, a
		 * byline, a dateline or a lead that opens on its day: a
		 * kicker and a title (…（下转2版）⏎市政府召开常务会议⏎研究部署
		 * 一季度稳增长工作⏎3月4日下午，…).
		 */
		if (i > 0 && i + 2 < p->nlines && !l->blank_before &&
		    flow_jumps_on(&p->lines[i - 1]) && flow_markless(l) &&
		    !p->lines[i + 1].blank_before &&
		    flow_markless(&p->lines[i + 1]) &&
		    (flow_opens_under(f, i + 1) ||
			flow_line_opens_on_day(&p->lines[i + 2]))) {
			i = flow_head_lines(f, i, 2);
			continue;
		}
		/*
		 * So is one right after a paragraph's last line with a
		 * column's name under it, over text's first line (…每周都来
		 * 练习。⏎让“一一回应”成为常态⏎澄言⏎群众的…): no paragraph
		 * breaks into a line of two characters that finishes nothing.
		 * The title may be as wide as the column: the short line is
		 * then its name or the title's last line, a heading either way.
		 */
		if (i > 0 && !l->blank_before &&
		    p->lines[i - 1].cls == L_TEXT && p->lines[i - 1].final &&
		    flow_markless(l) && i + 2 < p->nlines &&
		    flow_tag_shaped(&p->lines[i + 1]) &&
		    !p->lines[i + 2].blank_before &&
		    p->lines[i + 2].cls == L_TEXT &&
		    flow_first_line(f, i + 2)) {
			i = flow_head_through(f, i, i + 2);
			continue;
		}
		/*
		 * A quote's attribution, a dash and a name (——李明): a
		 * paragraph of its own after the quote, never a heading.
		 */
		if (parse_starts(l->s, l->len, "——") && l->len > 6 &&
		    l->em <= 6 && l->punct == 0 &&
		    parse_is_names(l->s + 6, l->len - 6)) {
			l->para = 1;
			if (i + 1 < p->nlines)
				p->lines[i + 1].para = 1;
			body_seen++;
			continue;
		}
		/*
		 * A byline in brackets that opens a line (（记者 陈思远）3月
		 * 6…) is a dateline's, set apart from it or not: the text's,
		 * never a heading.
		 */
		if (parse_starts(l->s, l->len, "（") &&
		    parse_role(l->s + 3, l->len - 3) != 0)
			continue;
		/* A weather box's lines are its text, never headings. */
		if (flow_weather_line(l))
			continue;
		/*
		 * On a page whose paragraphs keep their indent, a line set
		 * apart that is not indented, with no mark in it, over an
		 * indented first line (家门口的“幸福食堂”开张了⏎  一荤两素…):
		 * no paragraph's line, for a paragraph's last ends its
		 * sentence.  A heading, unless a weather box's text is
		 * under it (an ad's name left over it is the box's).
		 */
		if ((i == 0 || l->blank_before || l->newpage) && !l->para &&
		    l->punct == 0 && !l->final && l->em >= 2 &&
		    l->em <= flow_tune.head_max_em && i + 1 < p->nlines &&
		    !p->lines[i + 1].blank_before &&
		    p->lines[i + 1].cls == L_TEXT && p->lines[i + 1].para &&
		    !flow_weather_line(&p->lines[i + 1]) &&
		    (i + 2 >= p->nlines || p->lines[i + 2].blank_before ||
			!flow_weather_line(&p->lines[i + 2])) &&
		    !parse_line_dateline(l)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A line alone between blanks that ends on a dash leads into
		 * the title below it: a kicker (…活动——), however wide, and
		 * a kicker may pause more than a title does (开展…评比，守护
		 * …风光，澄湖南岸村——).
		 */
		if (l->blank_before && parse_ends(l->s, l->len, "——") &&
		    (i + 1 >= p->nlines || p->lines[i + 1].blank_before) &&
		    l->stops <= flow_tune.kicker_max_pauses &&
		    !flow_has_period(l) && l->em <= flow_tune.head_max_em) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A notice's label set apart over its text (公告, 招聘,
		 * 遗失声明): a heading, which makes the text under it a box.
		 */
		if (l->blank_before && l->em <= 4 && flow_is_ad_label(l)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A line that finishes no sentence, under a heading or set
		 * apart, over a dashed subtitle (——二论…): the title, however
		 * wide.  So is one right after a finished sentence or a jump
		 * note (（下转2版）) that is not set as a paragraph's first
		 * line, or over a subtitle that text opens under.
		 */
		if (i > 0 &&
		    (l->blank_before || f->role[i - 1] == F_HEAD ||
			((p->lines[i - 1].final || p->lines[i - 1].closer ||
			     flow_jumps_on(&p->lines[i - 1])) &&
			    (!flow_first_line(f, i) ||
				flow_opens_under(f, i + 1)))) &&
		    l->stops == 0 && !l->final &&
		    l->em <= flow_tune.head_max_em && i + 2 < p->nlines &&
		    !p->lines[i + 1].blank_before &&
		    parse_starts(p->lines[i + 1].s, p->lines[i + 1].len,
			"——") &&
		    p->lines[i + 1].stops == 0 && !p->lines[i + 1].final &&
		    !parse_line_dateline(l)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A heading broken at its pause, the pause set again at the
		 * head of its next line (夜市开张，⏎，老街…): no line of text
		 * opens on a pause, so both are the heading's.
		 */
		if ((l->blank_before || l->em < f->width - 1) &&
		    parse_ends(l->s, l->len, "，") &&
		    l->em <= flow_tune.head_max_em && i + 1 < p->nlines &&
		    !p->lines[i + 1].blank_before &&
		    parse_starts(p->lines[i + 1].s, p->lines[i + 1].len,
			"，") &&
		    !p->lines[i + 1].final &&
		    p->lines[i + 1].em <= flow_tune.head_max_em) {
			f->role[i] = f->role[i + 1] = F_HEAD;
			i++;
			continue;
		}
		/* Inside a paragraph a line is body, whatever its shape. */
		prev = NULL;
		for (j = (int)i - 1; j >= 0; j--) {
			if (f->role[j] != F_SKIP) {
				prev = &p->lines[j];
				break;
			}
		}
		/*
		 * A line that opens on a word's end and its pause or stop
		 * (息、机械制造、现代服务等), under a full line of text left
		 * inside a sentence, goes on that text, a column break
		 * between: no heading opens so.  (A heading's line broken
		 * by its leading is short of the column.)
		 */
		if (prev != NULL && f->role[j] == F_BODY &&
		    prev->cls == L_TEXT && !prev->final && !prev->closer &&
		    parse_set_width(prev) >=
			flow_w(f, (size_t)j) - flow_tune.full_slack &&
		    parse_opens_on_word_end(l))
			continue;
		/*
		 * A line with no pause or stop right under a commentary's
		 * signature that ends its text (…的热土。⏎本报评论员⏎澄湖启动
		 * 春季农业生产“百日行动”⏎3月5 日，…; …⏎本报评论员⏎湖滨街道：
		 * 小区停车难有了新解法⏎…) heads the next story: the signature
		 * closed the one above.
		 */
		if (prev != NULL && prev->signature && j > 0 &&
		    f->role[j - 1] == F_BODY && p->lines[j - 1].final &&
		    flow_pauseless(l) && l->em >= 4 && i + 1 < p->nlines &&
		    !p->lines[i + 1].blank_before &&
		    (p->lines[i + 1].cls == L_BYLINE ||
			(p->lines[i + 1].cls == L_TEXT &&
			    (flow_first_line(f, i + 1) ||
				flow_hung_first_line(f, i + 1) ||
				flow_hung_page_first(f, i + 1) ||
				parse_line_dateline(&p->lines[i + 1]) ||
				flow_line_opens_on_day(&p->lines[i + 1]))))) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A line alone in a stack of headings that exclaims or asks
		 * (撑“渡”船的你，真棒！): a headline, though it ends on a
		 * mark that finishes a sentence.
		 */
		if (prev != NULL && f->role[j] == F_HEAD && l->blank_before &&
		    (i + 1 >= p->nlines || p->lines[i + 1].blank_before) &&
		    parse_exclaims(l->s, l->len) &&
		    l->stops <= flow_tune.head_max_pauses && l->em >= 4 &&
		    l->em <= flow_tune.head_max_em && !flow_has_period(l)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * And a title that does, over what opens a story
		 * (flow_exclaims_title()): a byline (澄湖龙舟赛，开赛了！⏎本
		 * 报记者 李明⏎本报讯 …), or a lead that says its words.  It
		 * opens the page, follows a story's sign-off, or is set apart
		 * (not right under a title or a byline: the text's first line,
		 * 好消息！).  Over a lead, not under a sentence a column break
		 * left open (…一浪高过一浪⏎⏎的加油声响彻湖面！).
		 */
		if ((prev == NULL || prev->closer || l->blank_before) &&
		    (nx = flow_exclaims_title(f, i,
			 prev == NULL || prev->closer || prev->final ||
			     f->role[j] != F_BODY)) > 0) {
			i = flow_head_lines(f, i, nx);
			continue;
		}
		/*
		 * Two phrases parted by a space, with no mark, set apart or
		 * after a finished sentence or a credit, and over a
		 * paragraph's first line: a headline, though no blank line
		 * need set it apart.  The first line may hang its pause past
		 * the column, a column break under it or not, when the
		 * phrases say the words of the text under them (a
		 * subheading says its story's: flow_heads_lead()).
		 */
		if ((prev == NULL || l->blank_before ||
			f->role[j] == F_CREDIT ||
			(f->role[j] == F_BODY &&
			    (prev->final || prev->closer))) &&
		    l->punct == 0 && !l->final && l->em >= 6 &&
		    l->em <= (l->blank_before || prev == NULL ?
				     flow_tune.head_max_em :
				     flow_w(f, i)) &&
		    flow_two_phrases(l) && i + 1 < p->nlines &&
		    !p->lines[i + 1].blank_before &&
		    p->lines[i + 1].cls == L_TEXT &&
		    (flow_first_line(f, i + 1) ||
			(flow_first_line_hung(f, i + 1) &&
			    flow_heads_lead(f, i)) ||
			parse_line_dateline(&p->lines[i + 1]) ||
			flow_subtitle_over_text(f, i + 1)) &&
		    !parse_line_dateline(l)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * Two lines set apart after a finished sentence (or right
		 * after a story's sign-off, （本报澄湖3月6日电）, which no
		 * text goes on from), with no pause and no end in either, the
		 * first short of the column, over a paragraph's first line
		 * or a byline (市政府召开常务会议⏎研究部署一季度稳增长工作⏎3月
		 * 4日下午，…): a heading's two lines.  Prose pauses within two
		 * lines, and a paragraph ends on a stop.
		 */
		if ((prev == NULL ||
			(l->blank_before && (prev->final || prev->closer)) ||
			flow_is_closer(prev)) &&
		    flow_pauseless_pair(f, i)) {
			f->role[i] = f->role[i + 1] = F_HEAD;
			i++;
			continue;
		}
		/*
		 * Two lines with no mark in them right after a finished
		 * sentence or a signature, over a byline (…早见效。⏎市政府召
		 * 开常务会议⏎研究部署一季度稳增长工作⏎本报记者 周雯): the
		 * next story's heading, though no blank sets it apart.  A
		 * paragraph ends on a stop, and a byline opens a story.
		 */
		if (prev != NULL && !l->blank_before &&
		    (((prev->final || prev->closer) && f->role[j] == F_BODY) ||
			f->role[j] == F_BYLINE) &&
		    i + 2 < p->nlines && flow_markless(l) &&
		    flow_markless(&p->lines[i + 1]) &&
		    !p->lines[i + 1].blank_before &&
		    p->lines[i + 2].cls == L_BYLINE &&
		    !p->lines[i + 2].blank_before) {
			i = flow_head_lines(f, i, 2);
			continue;
		}
		/*
		 * A line with no mark in it, set apart or right after a
		 * finished sentence, over a lead's first line that opens on
		 * its day (…热土。⏎澄湖启动春季农业生产“百日行动”⏎3月5日，我
		 * 市召开…): a heading, however wide.  A paragraph ends on a
		 * stop; whose heading it is, the pieces tell.
		 */
		if ((prev == NULL || l->blank_before ||
			(prev->final && f->role[j] == F_BODY)) &&
		    i + 1 < p->nlines && flow_markless(l) &&
		    !p->lines[i + 1].blank_before &&
		    p->lines[i + 1].cls == L_TEXT &&
		    p->lines[i + 1].stops > 0 &&
		    flow_line_opens_on_day(&p->lines[i + 1]) &&
		    flow_first_line(f, i + 1)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * Lines with no mark in them, opening the page, set apart or
		 * under a picture's credit (not a letter's sign-off under its
		 * last sentence: 浦东新区…银杏苑⏎张先生), over a byline, a
		 * dateline or a paragraph's first line: a heading's lines,
		 * three or more (a kicker, a title broken, …), or a line over
		 * a title shaped as one (总投资46亿元 计划2026年底建成投用⏎
		 * 澄湖港区…三千万吨, wider than the column).  No paragraph
		 * runs so long without a mark.  Three or more are a heading
		 * under a box's last line that finishes nothing, too (…注意交
		 * 通安全⏎湖畔观察⏎“天天”抓落实⏎…): no sentence runs on into
		 * a stack of short lines, unless it breaks inside a word
		 * (…本报记⏎者 宋宁华⏎第6计⏎…).
		 */
		apart =
		    prev == NULL || l->blank_before || f->role[j] == F_CREDIT;
		if ((apart ||
			(f->role[j] == F_BODY && flow_markless(l) &&
			    !prev->final && !prev->closer &&
			    !flow_ends_on_pause(prev))) &&
		    (over = flow_markless_stack(f, i)) > 0 &&
		    (apart ||
			(over >= 3 && !parse_line_word_broken(p, prev, l)))) {
			i = flow_head_lines(f, i, over);
			continue;
		}
		/*
		 * A line with no mark in it right under a picture's credit
		 * that ends a caption (the sentence over the credit finished),
		 * over a paragraph's first line (a column's name between or
		 * not): a title, though no blank sets it apart.  The credit
		 * closed the caption; a story the picture stood in would go
		 * on inside its sentence.
		 */
		if (prev != NULL && !l->blank_before &&
		    f->role[j] == F_CREDIT && j > 0 &&
		    f->role[j - 1] == F_BODY && p->lines[j - 1].final &&
		    l->punct == 0 && !l->final && l->em >= 4 &&
		    l->em <= flow_tune.head_max_em && !parse_line_dateline(l) &&
		    (under = flow_after_column_name(f, i + 1)) < p->nlines &&
		    !p->lines[under].blank_before &&
		    p->lines[under].cls == L_TEXT &&
		    (flow_first_line(f, under) ||
			parse_line_dateline(&p->lines[under]))) {
			i = flow_head_through(f, i, under);
			continue;
		}
		/*
		 * A line or two over the note that a story jumps from another
		 * page (（上接1版）), finishing no sentence: the story's title,
		 * as the page it jumps to sets it again.
		 */
		if ((prev == NULL || l->blank_before || prev->final ||
			prev->closer || f->role[j] != F_BODY) &&
		    (over = flow_title_over_note(f, i)) > 0) {
			i = flow_head_lines(f, i, over);
			continue;
		}
		/*
		 * The line a kicker leads into, set apart under it with no
		 * mark in it, is the title (澄湖南岸村——⏎⏎村里来了“环保管
		 * 家”), though the story's text runs on right under it; so
		 * is such a line right under the kicker, set apart from the
		 * text under it.
		 */
		if (prev != NULL && f->role[j] == F_HEAD &&
		    (l->blank_before ||
			(i + 1 < p->nlines && p->lines[i + 1].blank_before)) &&
		    parse_ends(prev->s, prev->len, "——") && l->punct == 0 &&
		    !l->final && l->em >= 2 && l->em <= flow_tune.head_max_em &&
		    !parse_line_dateline(l)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A line set apart under a stack of headings, with no mark in
		 * it, over a paragraph's first line set apart (a picture's
		 * credit between or not): one more heading, a title under
		 * another story's, read between its kicker and it.
		 */
		if (prev != NULL && f->role[j] == F_HEAD && l->blank_before &&
		    l->punct == 0 && !l->final && l->em >= 4 &&
		    l->em <= flow_tune.head_max_em && !parse_line_dateline(l) &&
		    flow_text_set_apart(f, i + 1)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A line with no mark in it right under an ad's line to call,
		 * over a paragraph's first line or a lead that opens on its
		 * day or a word of when (…报名电话：0573-85110520⏎湖畔春色⏎
		 * 近日，澄湖风景区湖畔⏎…): a heading.  The number to call
		 * ends the ad; nothing runs on from it.
		 */
		if (prev != NULL && !l->blank_before && f->role[j] == F_BODY &&
		    flow_markless(l) && flow_line_calls(prev) &&
		    i + 1 < p->nlines && !p->lines[i + 1].blank_before &&
		    p->lines[i + 1].cls == L_TEXT &&
		    (flow_first_line(f, i + 1) ||
			flow_line_opens_on_day(&p->lines[i + 1]) ||
			flow_opens_on_when(&p->lines[i + 1]))) {
			f->role[i] = F_HEAD;
			continue;
		}
		if (prev != NULL && !l->blank_before && f->role[j] == F_BODY &&
		    !prev->final && !prev->closer && prev->cls == L_TEXT &&
		    !l->bold)
			continue;
		/*
		 * Nor does a picture's credit read into a paragraph (…重新开
		 * 了店，⏎资料图片⏎大家心里…) end it: the sentence paused
		 * before it goes on after it.
		 */
		if (prev != NULL && !l->blank_before &&
		    f->role[j] == F_CREDIT && j > 0 &&
		    !p->lines[j].blank_before && f->role[j - 1] == F_BODY &&
		    p->lines[j - 1].cls == L_TEXT &&
		    flow_ends_on_pause(&p->lines[j - 1]) && !l->bold)
			continue;
		/*
		 * The end of a heading line broken before its last word or
		 * figure (…进度完成⏎40%): under a heading, no pause in it.
		 */
		if (prev != NULL && f->role[j] == F_HEAD && !l->blank_before &&
		    !l->final && l->punct == 0 && l->em < 2) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A line with no mark in it right under a heading line, right
		 * over a paragraph's first line (澄湖时评⏎助企服务要“沉”到一
		 * 线⏎新春开局，…): one more heading line, though it is as
		 * short as a first line.  The text's first line would run on
		 * into a full one, wider by an indent (flow_runs_on_full).
		 * Not one that opens a quote it does not close (“厂里有几台设
		 * 备想搞技术改⏎造，…申请？”…): the quote runs on into text,
		 * and a title closes its own.
		 */
		if (prev != NULL && f->role[j] == F_HEAD && !l->blank_before &&
		    l->punct == 0 && !l->final && l->em >= 4 &&
		    flow_quotes_open(l) <= 0 &&
		    l->em <= flow_tune.head_max_em && !parse_line_dateline(l) &&
		    i + 1 < p->nlines && !p->lines[i + 1].blank_before &&
		    p->lines[i + 1].cls == L_TEXT && !p->lines[i + 1].final &&
		    flow_first_line(f, i + 1) && !flow_runs_on_full(f, i)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A line with no mark in it, as wide as the column, right
		 * after a finished sentence and right over a paragraph's
		 * first line that runs on into a full one (…早见效。⏎助企服务
		 * 要“沉”到一线⏎新春开局，我市组织⏎387名…): a title.  It is
		 * no paragraph's first line, which is indented, and no
		 * paragraph ends on it, with no stop.
		 */
		if (prev != NULL && prev->final && f->role[j] == F_BODY &&
		    !l->blank_before && l->punct == 0 && !l->final &&
		    l->em >= 4 && l->em <= flow_tune.head_max_em &&
		    !parse_line_dateline(l) && !flow_indent_shaped(f, i) &&
		    parse_set_width(l) >= flow_near_w(f, i) - 0.5 &&
		    i + 1 < p->nlines && !p->lines[i + 1].blank_before &&
		    p->lines[i + 1].cls == L_TEXT && !p->lines[i + 1].final &&
		    flow_indent_shaped(f, i + 1) &&
		    flow_runs_on_full(f, i + 1)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A dashed subtitle under a heading line; or under a heading
		 * set apart, over a paragraph's first line (——回访…，the
		 * text under it).
		 */
		if (prev != NULL && f->role[j] == F_HEAD &&
		    parse_starts(l->s, l->len, "——") && !l->final &&
		    l->em <= flow_tune.head_max_em &&
		    (!l->blank_before ||
			(l->stops == 0 &&
			    (i + 1 >= p->nlines ||
				p->lines[i + 1].blank_before ||
				(p->lines[i + 1].cls == L_TEXT &&
				    flow_first_line(f, i + 1)))))) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A title as wide as its column's first lines, right over a
		 * paragraph's first line: a line that does not end on a
		 * pause, with one pause at most, cannot run on into a line
		 * that is indented.  One short only of a figure that would
		 * not fit is not indented (…澄湖港区⏎年货物吞吐能力将由目前的
		 * ⏎1900万吨…), nor a title (景澜社区60岁以上老人有⏎1400多人，…).
		 */
		if (l->blank_before && l->stops <= flow_tune.head_max_pauses &&
		    l->punct == l->stops && !l->final &&
		    !flow_ends_on_pause(l) && !flow_has_period(l) &&
		    l->em >= 4 && i + 1 < p->nlines &&
		    !p->lines[i + 1].blank_before &&
		    p->lines[i + 1].cls == L_TEXT && !p->lines[i + 1].final &&
		    flow_indent_shaped(f, i) && flow_indent_shaped(f, i + 1) &&
		    !flow_short_of_figure(f, i) &&
		    !flow_short_of_figure(f, i + 1) &&
		    !parse_line_dateline(l) && !flow_in_paused(f, i)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A line that opens on a topic and a colon, the rest a phrase
		 * with no mark (湖滨街道：小区停车难有了新解法), set apart
		 * after a finished sentence and right over a paragraph's first
		 * line (one that hangs its pause past the column too): a
		 * heading.  Whose, a story's title or a subheading of the
		 * story over it, the pieces tell.  Not on a page that has had
		 * such a line over it (“最暖心”：…): a paper that sets its
		 * subheadings so would lose them to titles.
		 */
		if (l->blank_before && prev != NULL && prev->final &&
		    f->role[j] == F_BODY && flow_topic_shape(l) != 0 &&
		    !flow_colon_before(f, i) && i + 1 < p->nlines &&
		    !p->lines[i + 1].blank_before &&
		    p->lines[i + 1].cls == L_TEXT && !p->lines[i + 1].final &&
		    (flow_first_line(f, i + 1) ||
			flow_first_line_hung(f, i + 1))) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * A line alone between blanks, wider than a subheading and
		 * with no mark in it, after a finished sentence and over a
		 * paragraph's first line: a title, not a paragraph of one
		 * line that ends on no stop.
		 */
		if (l->blank_before && prev != NULL && prev->final &&
		    l->punct == 0 && !l->final &&
		    l->em > parse_tune.text.subhead_max_em &&
		    i + 1 < p->nlines && p->lines[i + 1].blank_before &&
		    p->lines[i + 1].cls == L_TEXT && !p->lines[i + 1].final &&
		    flow_first_line(f, i + 1) && !parse_line_dateline(l)) {
			f->role[i] = F_HEAD;
			continue;
		}
		/*
		 * The page's first line of text, set apart and finishing no
		 * sentence, is a headline: no story has begun to run on.  (Not
		 * under a heading: that is a column's name over its tag.)  So
		 * is one that opens the page or is set apart over it, right
		 * over a paragraph's first line (flow_heads_first()), or over
		 * a column's name right over one (让“一一回应”成为常态 ⏎ 澄言
		 * ⏎ 群众的…): the name goes in the kicker's place.  Or over
		 * another heading's line right over one (市政府召开常务会议 ⏎
		 * 研究部署一季度稳增长工作 ⏎ 3 月4 日下午，…): the two are the
		 * heading.
		 */
		for (j = (int)i - 1; j >= 0 && f->role[j] == F_SKIP; j--)
			;
		stacked = (l->blank_before || j < 0) && i + 1 < p->nlines &&
		    (flow_tag_shaped(&p->lines[i + 1]) ||
			flow_head_sized(&p->lines[i + 1])) &&
		    flow_heads_first(f, i + 1);
		if (body_seen == 0 && (j < 0 || f->role[j] != F_HEAD) &&
		    ((l->blank_before &&
			 (i + 1 >= p->nlines ||
			     p->lines[i + 1].blank_before)) ||
			((l->blank_before || j < 0) &&
			    flow_heads_first(f, i)) ||
			stacked) &&
		    !l->final && l->stops <= flow_tune.head_max_pauses &&
		    !flow_ends_on_pause(l) && !flow_has_period(l) &&
		    l->em >= 4 && l->em <= flow_tune.head_max_em &&
		    !parse_line_dateline(l) && !flow_line_promo(l)) {
			if (stacked && flow_tag_shaped(&p->lines[i + 1]))
				i = flow_head_through(f, i, i + 2);
			else
				i = flow_head_lines(f, i, stacked ? 2 : 1);
			continue;
		}
		/*
		 * A line right under a picture's credit, or two, with no
		 * pause and no end, of two phrases or with no mark at all
		 * (…好时光。⏎本报记者 汤颖摄⏎老楼加装电梯 居民“上下”不再难
		 * ⏎⏎本报记者 徐嘉禾): nothing of a caption runs on from its
		 * credit, so they head what follows (flow_under_credit()).
		 */
		if (j >= 0 && f->role[j] == F_CREDIT && !l->blank_before &&
		    (heads = flow_under_credit(f, i,
			 !p->lines[j].blank_before)) > 0) {
			f->role[i] = F_HEAD;
			if (heads == 2)
				f->role[++i] = F_HEAD;
			continue;
		}
		/*
		 * A line over a byline heads the story it signs.  One that
		 * pauses right under a byline is its text's first line, and
		 * so is one that pauses and runs on into lines as wide as the
		 * page's column, short of them by an indent and a figure or
		 * two (a subheading is shorter).
		 */
		if ((flow_head_shaped(f, l) &&
			!(j >= 0 && f->role[j] == F_BYLINE &&
			    !l->blank_before && l->stops > 0) &&
			!(l->stops > 0 &&
			    (flow_runs_on_page(f, i) ||
				flow_first_across_break(f, i)))) ||
		    (i + 1 < p->nlines && p->lines[i + 1].cls == L_BYLINE &&
			!p->lines[i + 1].blank_before && !l->final &&
			l->stops <= flow_tune.head_max_pauses &&
			l->em <= flow_tune.head_max_em)) {
			f->role[i] = F_HEAD;
			continue;
		}
		body_seen++;
	}
	/* The second line of a headline broken inside a word is its. */
	for (i = 1; i < p->nlines; i++) {
		if (joined[i] && f->role[i - 1] == F_HEAD)
			f->role[i] = F_HEAD;
	}
	/*
	 * A column's name under a title of one line short of the column,
	 * right over its text (让“一一回应”成为常态⏎澄言⏎群众的…), however
	 * the heading was found: the name, not a word of the title.  A title
	 * as wide or of more lines breaks into a short last line of its own,
	 * unless the text under it is signed, by its writer (（作者为…）) or
	 * as a commentary (本报评论员): a column's name heads such text, and
	 * a title as wide as the column is set whole over it.
	 */
	for (i = 1; i + 1 < p->nlines; i++) {
		if ((i == 1 || f->role[i - 2] != F_HEAD) &&
		    f->role[i - 1] == F_HEAD && f->role[i] == F_HEAD &&
		    f->role[i + 1] == F_BODY && !p->lines[i + 1].blank_before &&
		    ((p->lines[i - 1].em <=
			     flow_w(f, i - 1) - flow_tune.indent_em &&
			 flow_column_tag(f, i)) ||
			(flow_tag_shaped(&p->lines[i]) &&
			    flow_writer_signs(f, i + 1))))
			p->lines[i].coltag = 1;
	}
	free(joined);
	/*
	 * A line alone between blanks, with no mark in it, right over a
	 * heading wider than its column and under a speaker's words set
	 * apart (韩卫东：…, one line or two): a title between its kicker and
	 * its deck across columns (全力跑出港区项目建设加速度 ⏎⏎ 与王强分
	 * 别检查…), the kicker not read yet, though as wide as a column's
	 * line.  Text that a column break leaves alone finishes a sentence
	 * or runs on into the next column; it does not stop short of a
	 * heading on no mark.
	 */
	for (i = 1; i + 1 < p->nlines; i++) {
		size_t k;

		l = &p->lines[i];
		if (f->role[i] != F_BODY || !l->blank_before ||
		    !p->lines[i + 1].blank_before || f->role[i + 1] != F_HEAD ||
		    parse_set_width(&p->lines[i + 1]) <=
			flow_w(f, i + 1) + flow_tune.head_wide ||
		    l->cls != L_TEXT || l->punct != 0 || l->final ||
		    l->em < 4 || l->em > flow_w(f, i) + flow_tune.head_wide ||
		    parse_line_dateline(l) || l->closer)
			continue;
		for (j = (int)i - 1; j >= 0 && f->role[j] == F_SKIP; j--)
			;
		if (j < 0 || (f->role[j] != F_BODY && f->role[j] != F_HEAD))
			continue;
		/* The speaker's words over it: one line or two. */
		k = (size_t)j;
		if (k > 0 && !p->lines[k].blank_before &&
		    f->role[k - 1] == f->role[k])
			k--;
		if ((k == 0 || p->lines[k].blank_before) &&
		    flow_speaker_kicker(p, k, (size_t)j - k + 1)) {
			f->role[i] = F_HEAD;
		}
	}
	/*
	 * A line alone between blanks over a heading, short of its column
	 * and with no mark in it, finishes no sentence and starts none: it
	 * is the kicker over that heading (经澄湖市人民政府研究批准), not
	 * the rest of a sentence left open (nor a story's sign-off set
	 * apart under it: （本报澄湖3月4日电）).  So are such lines, one broken
	 * onto a shorter second, after a story's end (市长在澄湖港区管委会
	 * 召开座⏎谈会强调).
	 */
	for (i = 0; i + 1 < p->nlines; i++) {
		size_t n = 1, k;
		int    ok;

		l = &p->lines[i];
		if ((f->role[i] != F_BODY && f->role[i] != F_HEAD) ||
		    l->cls != L_TEXT || !l->blank_before || l->em < 4 ||
		    parse_line_dateline(l) || l->closer || l->kicker)
			continue;
		if (i + 2 < p->nlines && !p->lines[i + 1].blank_before &&
		    f->role[i + 1] == f->role[i] &&
		    p->lines[i + 1].em < l->em - flow_tune.indent_em)
			n = 2;
		if (i + n >= p->nlines || !p->lines[i + n].blank_before ||
		    f->role[i + n] != F_HEAD)
			continue;
		for (k = i, ok = f->role[i] == F_BODY; k < i + n; k++)
			ok &= p->lines[k].punct == 0 && !p->lines[k].final &&
			    p->lines[k].cls == L_TEXT;
		/*
		 * Or a speaker's words, his name and a colon first (韩卫东：
		 * 稳住信心、久久为功，…服务要更周全), with no full stop and
		 * not left on a pause.
		 */
		if (!ok && flow_speaker_kicker(p, i, n))
			ok = 2;
		/*
		 * Or a question of two clauses alone (老人住院做手术，宠物谁
		 * 来照看？): it asks what the story under its title answers.
		 */
		if (!ok && n == 1 && flow_asks_kicker(l))
			ok = 2;
		for (j = (int)i - 1; j >= 0 && f->role[j] == F_SKIP; j--)
			;
		/*
		 * One line: short of the column, or, after text, wider than
		 * a column's line with no mark can be (澄湖选手专访谈马拉松
		 * “初体验”).
		 */
		if (!ok ||
		    (ok == 1 &&
			!(n == 1 &&
			    (l->em <= flow_w(f, i) - flow_tune.indent_em - 1 ||
				(l->em > flow_w(f, i) +
					    flow_tune.full_slack / 2 &&
				    j >= 0 && f->role[j] == F_BODY))) &&
			!(j >= 0 &&
			    (p->lines[j].final || p->lines[j].closer ||
				f->role[j] == F_CONT))) ||
		    (ok == 2 && j >= 0 && !p->lines[j].final &&
			!p->lines[j].closer && f->role[j] != F_CONT))
			continue;
		for (k = i; k < i + n; k++) {
			f->role[k] = F_HEAD;
			p->lines[k].kicker = 1;
		}
	}
	/*
	 * A title set apart, and the deck under it, over a picture's credit
	 * or source and finishing no sentence: a heading block over a picture
	 * with no caption, not a caption (a caption says what the picture
	 * shows, in sentences).
	 */
	for (i = 1; i < p->nlines; i++) {
		const struct line *t, *d;
		size_t		   k;

		if (f->role[i] != F_CREDIT && !flow_is_source(&p->lines[i]))
			continue;
		if (p->lines[i].blank_before || f->role[i - 1] != F_BODY)
			continue;
		/* The title, or the title and its deck, then the credit. */
		k = i >= 2 && !p->lines[i - 1].blank_before &&
			(f->role[i - 2] == F_BODY || f->role[i - 2] == F_HEAD) ?
		    i - 2 :
		    i - 1;
		t = &p->lines[k];
		d = &p->lines[i - 1];
		if ((k > 0 && !t->blank_before) || t->cls != L_TEXT ||
		    d->cls != L_TEXT || t->final || d->final ||
		    t->stops > flow_tune.head_max_pauses ||
		    flow_has_period(t) || t->em > flow_tune.head_max_em ||
		    flow_ends_on_pause(t) || parse_line_dateline(t))
			continue;
		for (; k < i; k++) {
			f->role[k] = F_HEAD;
			p->lines[k].over_picture = 1;
		}
		f->role[i] = F_SKIP;
	}
	/*
	 * A column's name set apart (four ems at most, no mark) over a line
	 * that finishes no sentence, the two alone between blanks over a
	 * paragraph's first line: the name and the title of the piece under
	 * them, though the title is as wide as a paragraph's first line (a
	 * first line broken off by a column's end runs on into a line as
	 * wide as the column).
	 */
	for (i = 0; i + 1 < p->nlines; i++) {
		const struct line *k = &p->lines[i], *t = &p->lines[i + 1];

		if (f->role[i] != F_HEAD || (i > 0 && !k->blank_before) ||
		    k->cls != L_TEXT || k->punct > 0 ||
		    k->em > parse_tune.text.column_name_max_em ||
		    f->role[i + 1] != F_BODY || t->blank_before ||
		    t->cls != L_TEXT || t->final ||
		    t->stops > flow_tune.head_max_pauses ||
		    t->punct != t->stops || flow_ends_on_pause(t) ||
		    t->em > flow_tune.head_max_em || parse_line_dateline(t) ||
		    i + 2 >= p->nlines || !flow_text_set_apart(f, i + 2))
			continue;
		f->role[i + 1] = F_HEAD;
	}
	/*
	 * Two lines set apart from what is over and under them, with no
	 * mark in them (no pause, no stop), the first short of the column
	 * and the second parted into phrases by a space, over a paragraph's
	 * first line: a title and its deck.  A paragraph finishes its
	 * sentence, or pauses before it goes on; running text sets no
	 * space between Chinese phrases.
	 */
	for (i = 0; i + 2 < p->nlines; i++) {
		const struct line *t = &p->lines[i], *d = &p->lines[i + 1];

		if ((i > 0 && !t->blank_before) || d->blank_before ||
		    (f->role[i] != F_BODY && f->role[i] != F_HEAD) ||
		    f->role[i + 1] != F_BODY || t->cls != L_TEXT ||
		    d->cls != L_TEXT || t->final || d->final || t->stops > 0 ||
		    d->stops > 0 || t->punct > 0 || !flow_head_shaped(f, t) ||
		    !flow_two_phrases(d) || parse_line_dateline(d) ||
		    !flow_text_set_apart(f, i + 2))
			continue;
		f->role[i] = F_HEAD;
		f->role[i + 1] = F_HEAD;
	}
	/*
	 * A line set apart, finishing no sentence, over lines set across
	 * columns (twice the column's width or more) that finish none either
	 * and end the block: a title and its decks.  A column's text is never
	 * that wide; a caption across a picture finishes its sentence.
	 */
	for (i = 0; i + 1 < p->nlines; i++) {
		const struct line *t = &p->lines[i], *d;
		size_t		   k;

		if ((i > 0 && !t->blank_before) ||
		    (f->role[i] != F_BODY && f->role[i] != F_HEAD) ||
		    t->cls != L_TEXT || t->final ||
		    t->stops > flow_tune.head_max_pauses ||
		    flow_has_period(t) || t->em > flow_tune.head_max_em ||
		    flow_ends_on_pause(t) || parse_line_dateline(t))
			continue;
		for (k = i + 1; k < p->nlines; k++) {
			d = &p->lines[k];
			if (d->blank_before || f->role[k] != F_BODY ||
			    d->cls != L_TEXT || d->final ||
			    flow_ends_on_pause(d) ||
			    d->em < flow_w(f, k) * flow_tune.deck_min_columns)
				break;
		}
		if (k == i + 1 || (k < p->nlines && !p->lines[k].blank_before))
			continue;
		for (; i < k; i++)
			f->role[i] = F_HEAD;
		i--;
	}
	/*
	 * A summary box's label (核心阅读) set right under a line that
	 * finishes no sentence: that line is the title the box goes with.
	 */
	for (i = 1; i < p->nlines; i++) {
		const struct line *t = &p->lines[i - 1];

		l = &p->lines[i];
		if (l->blank_before || l->cls != L_TEXT || t->cls != L_TEXT ||
		    t->final || t->stops > flow_tune.head_max_pauses ||
		    flow_ends_on_pause(t) || flow_has_period(t) ||
		    !flow_line_says(l, parse_summary_label))
			continue;
		f->role[i - 1] = F_HEAD;
		f->role[i] = F_HEAD;
	}
	/*
	 * A name alone under a heading (南妮, 王 强) signs the story: an
	 * essay's author, set where the byline goes.
	 */
	for (i = 1; i < p->nlines; i++) {
		l = &p->lines[i];
		if (f->role[i] == F_HEAD && f->role[i - 1] == F_HEAD &&
		    !l->blank_before && l->em >= 2 && l->em <= 4 &&
		    p->lines[i - 1].em >= l->em + 2 &&
		    parse_is_names(l->s, l->len) &&
		    parse_has_surname(l->s, l->len) &&
		    (i + 1 >= p->nlines || f->role[i + 1] != F_HEAD ||
			p->lines[i + 1].blank_before)) {
			f->role[i] = F_BYLINE;
			l->cls = L_BYLINE;
		}
	}
	/*
	 * A column's piece under its logo (三言两语, 人民论坛): a line with
	 * no mark at the top of the text, then a pen name of two or three
	 * characters alone (澄言), then the text.  The line is the title,
	 * the name its author, though the title is narrow enough to pass
	 * for a paragraph's first line.  Or the same set apart, as a -layout
	 * page gives a title centred over two columns and its author at the
	 * head of the first: a short line alone after a finished sentence,
	 * then a name alone (南妮), then the text; a name needs a surname
	 * there.
	 */
	for (i = 1; i + 1 < p->nlines; i++) {
		const struct line *t = &p->lines[i - 1], *n = &p->lines[i + 1];
		int		   ok;

		l = &p->lines[i];
		if ((f->role[i] != F_BODY && f->role[i] != F_HEAD) ||
		    l->cls != L_TEXT || l->em < 2 || l->em > 3 ||
		    l->punct > 0 || !parse_is_names(l->s, l->len) ||
		    (f->role[i - 1] != F_BODY && f->role[i - 1] != F_HEAD) ||
		    t->cls != L_TEXT || t->final || t->punct > 0 ||
		    n->blank_before || n->cls != L_TEXT ||
		    parse_line_dateline(n))
			continue;
		if (!l->blank_before)
			ok = !l->final &&
			    (t->em >= l->em + 4 ||
				(t->em >= l->em + 2 &&
				    !parse_has_surname(t->s, t->len))) &&
			    (t->blank_before ||
				(i >= 2 && f->role[i - 2] == F_HEAD));
		else
			ok = i >= 2 && parse_has_surname(l->s, l->len) &&
			    t->blank_before && t->em > l->em &&
			    t->em <= flow_w(f, i - 1) &&
			    (p->lines[i - 2].final || p->lines[i - 2].closer);
		if (!ok)
			continue;
		f->role[i - 1] = F_HEAD;
		f->role[i] = F_BYLINE;
		l->cls = L_BYLINE;
	}
	/*
	 * Lines that finish no sentence set right over a dateline are its
	 * title block, however wide (a title across several columns).
	 */
	for (i = 1; i < p->nlines; i++) {
		size_t k;

		if (f->role[i] != F_BODY || p->lines[i].blank_before ||
		    !parse_line_dateline(&p->lines[i]))
			continue;
		for (k = i; k > 0 && i - k < (size_t)flow_tune.head_max_lines;
		     k--) {
			const struct line *t = &p->lines[k - 1];

			if (f->role[k - 1] != F_BODY &&
			    f->role[k - 1] != F_HEAD)
				break;
			if (t->final || t->closer || t->stops > 1 ||
			    t->cls != L_TEXT || flow_has_period(t))
				break;
			f->role[k - 1] = F_HEAD;
			if (t->blank_before)
				break;
		}
	}
	/*
	 * So are the lines set apart right over a byline (澄湖上线“企业码”⏎
	 * 诉求办结率达98.6%⏎本报记者 …), though narrow enough to pass for
	 * a paragraph's first line: none finishes a sentence.  Not a story's
	 * sign-off over them (（作者为…⏎副教授）): that ends the story above.
	 */
	for (i = 1; i < p->nlines; i++) {
		size_t k, top = 0;

		if (f->role[i] != F_BYLINE || p->lines[i].blank_before)
			continue;
		for (k = i; k > 0 && i - k < (size_t)flow_tune.head_max_lines;
		     k--) {
			const struct line *t = &p->lines[k - 1];

			if ((f->role[k - 1] != F_BODY &&
				f->role[k - 1] != F_HEAD) ||
			    t->final || t->closer || t->stops > 1 ||
			    t->cls != L_TEXT || flow_has_period(t))
				break;
			if (t->blank_before) {
				top = k;
				break;
			}
		}
		for (k = top; top > 0 && k <= i; k++)
			f->role[k - 1] = F_HEAD;
	}
	/*
	 * A heading line broken onto a line or two that pause (…总书⏎记、
	 * 国家主席…贺电), set apart over a dateline (a picture's source may
	 * stand between): those lines end the title.
	 */
	for (i = 2; i < p->nlines; i++) {
		size_t k, top, n = 0;

		if ((k = flow_over_dateline(f, i)) == 0)
			continue;
		for (top = k; top > 0 && n < 2; top--, n++) {
			const struct line *t = &p->lines[top - 1];

			if (f->role[top - 1] != F_BODY || t->cls != L_TEXT ||
			    t->blank_before || t->final || t->closer ||
			    t->stops > 0 || flow_ends_on_pause(t))
				break;
		}
		if (n == 0 || top == 0 || f->role[top - 1] != F_HEAD)
			continue;
		for (; top < k; top++)
			f->role[top] = F_HEAD;
	}
	/*
	 * A block of two or three lines set apart a blank line over a
	 * dateline, under a finished sentence or a heading (or nothing),
	 * that finishes nothing and stops nowhere (市政府就…分别向南洋群岛⏎
	 * 港务局…、航运公会致感谢信⏎⏎本报澄湖…电): a title set across
	 * several columns, however wide.
	 */
	for (i = 2; i < p->nlines; i++) {
		size_t k, top, n = 0;
		int    set = 0;

		if ((k = flow_over_dateline(f, i)) == 0)
			continue;
		for (top = k; top > 0 && n < 3; top--, n++) {
			const struct line *t = &p->lines[top - 1];

			if (f->role[top - 1] != F_BODY || t->cls != L_TEXT ||
			    t->final || t->closer || t->stops > 0 ||
			    flow_ends_on_pause(t) || parse_line_dateline(t))
				break;
			if (t->blank_before) {
				set = 1;
				top--;
				n++;
				break;
			}
		}
		if (!set || n < 2)
			continue;
		k = flow_past_skipped(f, top);
		if (k > 0 && !p->lines[k - 1].final && f->role[k - 1] != F_HEAD)
			continue;
		for (k = top; k < top + n; k++)
			f->role[k] = F_HEAD;
	}
	/*
	 * And a line with no pause at all a blank line over a dateline, after
	 * a finished sentence: a title set apart from its story.  Not the
	 * sign-off that ends a story (（周小禾）).
	 */
	for (i = 2; i < p->nlines; i++) {
		const struct line *t = &p->lines[i - 1];

		if (f->role[i] != F_BODY || !p->lines[i].blank_before ||
		    !parse_line_dateline(&p->lines[i]) ||
		    f->role[i - 1] != F_BODY || t->cls != L_TEXT || t->final ||
		    t->closer || t->punct > 0 || t->em < 2 ||
		    (!t->blank_before && !p->lines[i - 2].final))
			continue;
		f->role[i - 1] = F_HEAD;
	}
	/*
	 * A heading broken by a column break (…湖岸生态和城⏎⏎市发展的双赢,
	 * 赏花环境今年更上层楼，游园秩序越发井⏎⏎井有条): a line after a
	 * finished sentence with a pause at most that does not finish,
	 * then a heading whose first word it ends, as the page says the
	 * joined word elsewhere.
	 */
	for (i = 2; i < p->nlines; i++) {
		const struct line *t = &p->lines[i - 1], *u = &p->lines[i - 2];

		if (f->role[i] == F_HEAD && p->lines[i].blank_before &&
		    f->role[i - 1] == F_BODY && t->cls == L_TEXT && !t->final &&
		    t->stops <= flow_tune.head_max_pauses &&
		    t->punct == t->stops && !flow_ends_on_pause(t) &&
		    t->em >= 4 && (u->final || u->closer) &&
		    f->role[i - 2] == F_BODY &&
		    flow_join_score(f, t, &p->lines[i]) > 0)
			f->role[i - 1] = F_HEAD;
	}
	/*
	 * A line set apart under a full line that stops inside a clause, on
	 * a character and no mark (…截至目前，全市 ⏎⏎ 已有 1126家企业通过
	 * “免申即享” ⏎ 获得各类奖补资金…), over a line of text that is no
	 * first line, and that says the words of the story above it rather
	 * than of the text under it (flow_heads_lead()): the sentence going
	 * on over the column break, no title.
	 */
	for (i = 1; i < p->nlines; i++) {
		const struct line *t = &p->lines[i - 1];
		uint32_t	   c;

		if (f->role[i] != F_HEAD || !p->lines[i].blank_before ||
		    f->role[i - 1] != F_BODY || t->cls != L_TEXT || t->final ||
		    i + 1 >= p->nlines || f->role[i + 1] != F_BODY ||
		    p->lines[i + 1].blank_before ||
		    p->lines[i + 1].cls != L_TEXT || flow_first_line(f, i + 1))
			continue;
		text_utf8_prev(t->s, t->len, &c);
		if (text_is_han(c) &&
		    parse_set_width(t) >=
			flow_narrow_w(f, i - 1) - flow_tune.full_slack &&
		    !flow_heads_lead(f, i))
			f->role[i] = F_BODY;
	}
	/*
	 * A line that opens a quote and leaves it open, over text that closes
	 * it after a stop (“还要换个身份回到病房⏎⏎去。”虽然…): a paragraph's
	 * first line broken off by a column break, no heading.
	 */
	for (i = 0; i + 1 < p->nlines; i++) {
		const struct line *n = &p->lines[i + 1];

		l = &p->lines[i];
		if (f->role[i] == F_HEAD && l->cls == L_TEXT &&
		    flow_quotes_open(l) > 0 && f->role[i + 1] == F_BODY &&
		    n->cls == L_TEXT &&
		    (parse_memmem(n->s, n->len, "。”", 6) != NULL ||
			parse_memmem(n->s, n->len, "！”", 6) != NULL ||
			parse_memmem(n->s, n->len, "？”", 6) != NULL) &&
		    (i == 0 || f->role[i - 1] != F_HEAD))
			f->role[i] = F_BODY;
	}
	/*
	 * A heading run too long to be one is body text set narrow (a box,
	 * a caption); a run whose last line is followed by a line that goes
	 * on from it mid-sentence is a paragraph's first lines.  The end of
	 * a word a line left on a line of its own (flow_head_tail()) is no
	 * line of the run.
	 */
	for (i = 0; i < p->nlines;) {
		size_t s = i, k, lines = 0;

		if (f->role[i] != F_HEAD) {
			i++;
			continue;
		}
		while (i < p->nlines && f->role[i] == F_HEAD &&
		    (i == s || !p->lines[i].blank_before)) {
			if (i == s || !flow_head_tail(f, i))
				lines++;
			i++;
		}
		if (lines > (size_t)flow_tune.head_max_lines ||
		    flow_run_in_text(f, s, i)) {
			for (k = s; k < i; k++)
				f->role[k] = F_BODY;
		}
	}
	for (i = 1; i < p->nlines; i++) {
		if (flow_exclaims_under_head(f, i))
			f->role[i] = F_HEAD;
	}
	for (i = 1; i + 1 < p->nlines; i++)
		p->lines[i].in_sentence = flow_head_in_sentence(f, i);
}

/* ---- Pass 2: pieces. */

/*
 * Is heading piece pc so far the page's ear, its first line saying what
 * ads say (澄湖发布 今澄湖客户端)?  It heads nothing under it.
 */
static int
flow_ear(struct flow *f, const struct piece *pc)
{
	const struct line *l = &f->p->lines[pc->first];

	return (pc->first == pc->last && (pc->first == 0 || l->newpage) &&
	    flow_line_promo(l));
}

/*
 * Is heading piece pc so far a column's banner over the heading line i
 * (创新突破 ⏎ 实干争先 ⏎ 东港镇开展春季安全生产大检查): two lines set
 * apart over it (or right under a picture's credit), with no mark, each
 * four ems to match.banner_max_em wide and not doubled, over a wider
 * line that opens no subtitle?  The banner
 * heads nothing.  (A part's number and label over its subheading are no
 * banner: 第3计 ⏎ 挂图作战 ⏎ 热力图一目了然.)
 */
static int
flow_banner_over(struct flow *f, const struct piece *pc, size_t i)
{
	const struct parser *p = f->p;
	size_t		     k;

	if (pc->last != pc->first + 1 ||
	    (!p->lines[pc->first].blank_before &&
		(pc->first == 0 || f->role[pc->first - 1] != F_CREDIT)) ||
	    p->lines[i].em <= parse_tune.match.banner_max_em ||
	    parse_starts(p->lines[i].s, p->lines[i].len, "——"))
		return (0);
	for (k = pc->first; k <= pc->last; k++) {
		const struct line *l = &p->lines[k];

		if (l->punct != 0 || l->em < 4 ||
		    l->em > parse_tune.match.banner_max_em ||
		    parse_line_doubled(l))
			return (0);
	}
	return (1);
}

static struct piece *
flow_add_piece(struct flow *f, int head, size_t first)
{
	struct piece *pc;

	if (f->npc == 0 || (f->npc & (f->npc - 1)) == 0)
		f->pc = xreallocarray(f->pc, f->npc == 0 ? 16 : f->npc * 2,
		    sizeof *f->pc);
	pc = &f->pc[f->npc++];
	memset(pc, 0, sizeof *pc);
	pc->head = head;
	pc->first = pc->last = first;
	pc->art = -1;
	pc->follow = -1;
	return (pc);
}

/*
 * Does line i end a sentence one em short of its column only because the
 * quote that opens the next was pushed down, an opening mark never ending
 * a line: a column break, then a line as wide as the column that opens on
 * the quote and opens no paragraph (…来回跑。⏎⏎“有的小企业没有专人研究⏎…)?
 */
static int
flow_quote_pushed(struct flow *f, size_t i)
{
	const struct line *l = &f->p->lines[i], *n;
	double		   em = parse_set_width(l), w = flow_near_w(f, i);

	if (i + 1 >= f->p->nlines || !l->final || l->cls != L_TEXT)
		return (0);
	n = &f->p->lines[i + 1];
	return (n->blank_before && f->role[i + 1] == F_BODY &&
	    n->cls == L_TEXT && !n->final && parse_starts(n->s, n->len, "“") &&
	    em <= w - 0.5 && em >= w - 1 - flow_tune.full_slack &&
	    fabs(parse_set_width(n) - flow_near_w(f, i + 1)) <=
		flow_tune.full_slack);
}

/*
 * Whether line i, set apart under the heading piece cur, goes on with its
 * last line: a word broken by the heading's leading (…同越共中央总书⏎⏎
 * 记、国家主席…贺电), the page saying the joined word elsewhere, and the
 * line's first word ending on a pause a character or two in.
 */
static int
flow_head_goes_on(struct flow *f, const struct piece *cur, size_t i)
{
	const struct line *a = &f->p->lines[cur->last], *b = &f->p->lines[i];
	size_t		   k = 0, n;
	uint32_t	   c;

	if (a->final || a->punct > 0 || flow_ends_on_pause(a))
		return (0);
	for (n = 0; n < 3 && k < b->len; n++) {
		k = parse_next(b->s, b->len, k, &c);
		if (n > 0 && (c == 0x3001 || c == 0xff0c))
			return (flow_join_score(f, a, b) > 0);
	}
	return (0);
}

/*
 * Does piece pc end on a byline (本报记者 王强 ⏎ 通讯员 李明) right under
 * a heading, or under a line that finishes no sentence (a title or a deck
 * read as text, not an ad's field or a number to call), in the piece or
 * in the piece before?  Its story's text is still to come.  One under a
 * story's last sentence, or its number to call, signs that story.
 */
static int
flow_ends_on_byline(struct flow *f, const struct piece *pc)
{
	const struct line *t;
	size_t		   k = pc->last + 1;

	while (k > pc->first && f->role[k - 1] == F_BYLINE &&
	    !f->p->lines[k - 1].signature)
		k--;
	if (k == pc->last + 1)
		return (0);
	if (k == pc->first) {
		if (pc == f->pc || pc[-1].head)
			return (1);
		k = pc[-1].last + 1;
	}
	t = &f->p->lines[k - 1];
	return (f->role[k - 1] == F_BODY && t->cls == L_TEXT && !t->final &&
	    !t->closer && !parse_ad_field(t) && !flow_line_calls(t));
}

static void
flow_pieces(struct flow *f)
{
	struct parser *p = f->p;
	struct piece  *cur = NULL;
	size_t	       i;
	int	       head, dated, picture = 0, body = 0;

	for (i = 0; i < p->nlines; i++) {
		struct line *l = &p->lines[i];

		if (f->role[i] == F_SKIP) {
			picture |= flow_is_source(l);
			continue;
		}
		head = f->role[i] == F_HEAD;
		/* A heading's word broken by its leading: no blank there. */
		if (head && l->blank_before && cur != NULL && cur->head &&
		    flow_head_goes_on(f, cur, i))
			l->blank_before = 0;
		/*
		 * An ad's line to call ends its heading lines: a heading under
		 * it, no blank between, over text is another's (…报名电话：
		 * 0573-85110520⏎南漾街道文化礼堂 周末“好戏”连台⏎本报…).
		 * A dateline opens a piece, but not under a byline, which
		 * its text goes on, set apart from it or not (本报记者 王强
		 * ⏎⏎本报讯 湖城…).
		 */
		dated = !head && f->role[i] == F_BODY &&
		    (l->benbao || parse_line_dateline(l));
		if (dated && cur != NULL && !cur->head &&
		    flow_ends_on_byline(f, cur)) {
			cur->last = i;
			cur->picture |= picture;
			picture = 0;
			continue;
		}
		if (cur == NULL || cur->head != head || l->blank_before ||
		    (head && flow_line_calls(&p->lines[cur->last]) &&
			i + 1 < p->nlines && !p->lines[i + 1].blank_before) ||
		    (head &&
			(flow_ear(f, cur) || flow_banner_over(f, cur, i))) ||
		    (!head && l->benbao) ||
		    (dated &&
			(p->lines[cur->last].final ||
			    f->role[cur->last] != F_BODY))) {
			if (cur != NULL)
				cur->blank_after = l->blank_before;
			cur = flow_add_piece(f, head, i);
			cur->picture = picture;
			picture = 0;
		}
		cur->last = i;
		if (!head && f->role[i] == F_CREDIT)
			cur->credit = 1;
	}
	if (cur != NULL)
		cur->blank_after = 1;
	for (i = 0; i < f->npc; i++) {
		struct piece	  *pc = &f->pc[i];
		const struct line *fl = &p->lines[pc->first];
		size_t		   k;

		if (pc->head)
			continue;
		pc->dateline = parse_line_dateline(fl);
		for (k = pc->last + 1; k > pc->first; k--) {
			if (f->role[k - 1] == F_BODY)
				break;
		}
		/*
		 * A masthead's ear (the paper's app, over the first story)
		 * leaves no sentence open; it makes none, with no pause
		 * (群众的每一条留言、每一个电话，背⏎… opens a story's text);
		 * nor does an ad's field (活动时间：3月1日至3月31日).  A
		 * sentence ended short by a quote pushed down to the next
		 * column leaves its paragraph open.
		 */
		pc->open = k > pc->first && f->role[pc->last] == F_BODY &&
		    ((!p->lines[k - 1].final && !p->lines[k - 1].closer &&
			 !flow_ends_signoff(p, k - 1) &&
			 !parse_ad_field(&p->lines[k - 1]) &&
			 !(pc->first == pc->last && !body && fl->stops == 0 &&
			     flow_line_promo(fl))) ||
			(k == pc->last + 1 && flow_quote_pushed(f, pc->last)));
		body = 1;
	}
}

/*
 * Drafts are in the order articles were opened; bodies of loose pieces
 * were appended after, so each draft's lines are put back in page order.
 */
static int
flow_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x < y ? -1 : x > y);
}

/*
 * A heading found inside a sentence (flow_head_in_sentence()) titles its
 * story when the story has one heading line at most besides, which
 * becomes its kicker: a series' label, as a rule, over the story's first
 * column (the flow reading cannot tell a label from a title of one line;
 * such a title becomes the kicker too).  A story with a title of more
 * lines, or a title and its subtitle, keeps them, and the line goes back
 * to the sentence it was set in.
 */
static void
flow_keep_title(struct parser *p, struct draft *d)
{
	size_t k, in = 0, kept = 0;

	for (k = 0; k < d->nhead; k++)
		in += p->lines[d->head[k]].in_sentence;
	if (in == 0 || (in == 1 && d->nhead <= 2))
		return;
	/* In one pass: a page may set many. */
	for (k = 0; k < d->nhead; k++) {
		if (p->lines[d->head[k]].in_sentence)
			parse_push(&d->body, &d->nbody, d->head[k]);
		else
			d->head[kept++] = d->head[k];
	}
	d->nhead = kept;
}

/* Sorts line indexes; most come in order already. */
static void
flow_sort(size_t *v, size_t n)
{
	size_t i;

	for (i = 1; i < n && v[i - 1] <= v[i]; i++)
		;
	if (i < n)
		qsort(v, n, sizeof *v, flow_cmp);
}

void
parse_flow(struct parser *p)
{
	struct flow f;
	size_t	    i;

	memset(&f, 0, sizeof f);
	f.p = p;
	f.role = xcalloc(p->nlines + 1, sizeof *f.role);
	flow_roles(&f);
	flow_pieces(&f);
	flow_articles(&f);
	if (getenv("KANBAO_FLOW_DEBUG") != NULL) {
		static const char r[] = "BHYCNS";
		size_t		  k;

		fprintf(stderr, "width %.1f\n", f.width);
		for (k = 0; k < f.npc; k++) {
			struct piece *pc = &f.pc[k];
			size_t	      x;

			for (x = pc->first; x <= pc->last; x++)
				fprintf(stderr,
				    "%3zu %c a%-3d %c%c%c%c %5.1f %.*s\n", k,
				    r[f.role[x]], pc->art,
				    pc->how != 0 ? pc->how : ' ',
				    p->lines[x].blank_before ? '_' : ' ',
				    pc->open ? 'o' : ' ',
				    pc->dateline ? 'd' : ' ', p->lines[x].em,
				    (int)p->lines[x].len, p->lines[x].s);
		}
	}
	for (i = 0; i < p->ndrafts; i++) {
		struct draft *d = &p->drafts[i];

		d->flow = 1;
		flow_keep_title(p, d);
		flow_sort(d->body, d->nbody);
		flow_sort(d->head, d->nhead);
		/*
		 * A few words under a heading are no story: a column's tag,
		 * a line broken off a box, a deck of phrases (清扫湖岸护家
		 * 园、夜市摆摊助增收……), that finish no sentence with a stop
		 * or hardly make one.  The text stays, as a box's.  A brief's
		 * sign-off after its last sentence (（周小禾）) ends none.
		 */
		if (d->kind == PARSE_NEWS && !d->photo &&
		    d->nhead + d->nbody > 0) {
			double em = 0;
			size_t k, last = d->nbody;
			int    stop = 0;

			for (k = 0; k < d->nbody; k++)
				em += p->lines[d->body[k]].em;
			for (k = 0; em < flow_tune.story_min_em && !stop &&
			     k < d->nbody;
			     k++)
				stop = flow_has_stop(&p->lines[d->body[k]]);
			while (last > 0 && p->lines[d->body[last - 1]].closer)
				last--;
			if (em < flow_tune.story_min_em &&
			    (last == 0 || !p->lines[d->body[last - 1]].final ||
				!stop || em < flow_tune.story_min_em / 3))
				d->kind = PARSE_OTHER;
		}
	}
	for (i = 0; i < f.npc; i++) {
		free(f.pc[i].plain);
		free(f.pc[i].runon);
		free(f.pc[i].pairs);
	}
	free(f.role);
	free(f.lw);
	free(f.pw);
	free(f.pc);
	free(f.heads);
}

/*
 * Does the page open on running text rather than a heading, as a page that
 * sets its titles under its stories does?
 */
static int
flow_opens_on_text(struct parser *p)
{
	struct flow f;
	size_t	    i;

	memset(&f, 0, sizeof f);
	f.p = p;
	f.width = flow_width(p);
	for (i = 0; i < p->nlines; i++) {
		const struct line *l = &p->lines[i];

		if (l->cls != L_TEXT)
			continue;
		/* A line right over a byline heads the story it signs. */
		if (i + 1 < p->nlines && p->lines[i + 1].cls == L_BYLINE &&
		    !p->lines[i + 1].blank_before && !l->final)
			return (0);
		return (!flow_head_shaped(&f, l) && !l->bold);
	}
	return (0);
}

/*
 * Are lines [lo, hi) a slogan set in a box: two or more short phrases of
 * one length, with no mark (民生实事⏎温暖民心)?  Not a title.
 */
static int
flow_is_slogan(const struct parser *p, size_t lo, size_t hi)
{
	size_t i;

	if (hi - lo < 2)
		return (0);
	for (i = lo; i < hi; i++) {
		const struct line *l = &p->lines[i];

		if (l->punct > 0 || l->em < 2 || l->em > 8 ||
		    l->em != p->lines[lo].em)
			return (0);
	}
	return (1);
}

/*
 * Does the page end on a title under a finished paragraph, as a page that
 * sets titles under its stories does?  Advertisements at the foot of the
 * page are passed over.
 */
static int
flow_ends_on_title(struct parser *p)
{
	struct flow f;
	size_t	    i = p->nlines, j;
	char	   *plain;
	int	    ad;

	memset(&f, 0, sizeof f);
	f.p = p;
	f.width = flow_width(p);
	while (i > 0) {
		for (j = i; j > 0 && p->lines[j - 1].cls == L_TEXT &&
		     (flow_head_shaped(&f, &p->lines[j - 1]) ||
			 p->lines[j - 1].bold);
		     j--) {
			if (p->lines[j - 1].blank_before) {
				j--;
				break;
			}
		}
		if (j == i)
			return (0);
		plain = parse_join_plain(p, j, i - j);
		ad = parse_is_ad(plain, 1) || flow_is_slogan(p, j, i);
		free(plain);
		if (!ad)
			return (j > 0 && p->lines[j - 1].final);
		i = j;
	}
	return (0);
}

/*
 * Does this raw page set its headings over its bodies?  Told from the
 * page's marks and where its datelines and bylines stand: the ■ before
 * bylines and credits belongs to the papers the unit reading was made
 * for; a page that sets titles under its stories opens on running text,
 * with 本报讯 after a blank line or a byline and never under a heading; a
 * page that sets them over puts datelines or bylines right under titles,
 * or datelines after a blank line under them, or has none at all
 * (features, commentary, other papers' habits).
 */
int
parse_flow_detect(struct parser *p)
{
	size_t i;
	int    under_head = 0, after_blank = 0, square = 0;

	for (i = 0; i < p->nlines; i++) {
		const struct line *l = &p->lines[i];

		/* A byline right under a title (本报记者 沈一鸣) counts so. */
		if (l->cls == L_BYLINE && !l->signature && i > 0 &&
		    !l->blank_before && p->lines[i - 1].cls == L_TEXT &&
		    !p->lines[i - 1].final) {
			under_head++;
			continue;
		}
		if (l->cls != L_TEXT || !parse_line_dateline(l))
			continue;
		if (i > 0 && !l->blank_before &&
		    p->lines[i - 1].cls == L_TEXT && !p->lines[i - 1].final)
			under_head++;
		else
			after_blank++;
	}
	for (i = 0; i < p->nlines && !square; i++)
		square = parse_starts(p->lines[i].s, p->lines[i].len, "■");
	/*
	 * The ■ that marks bylines, credits and signatures (■记者 X, ■摄影 X,
	 * ■本报评论员) belongs to the papers whose pages the unit reading
	 * (parse.c) was made for, titles under their stories or over them.
	 */
	if (square)
		return (0);
	if (under_head == 0 && after_blank > 0 && flow_opens_on_text(p))
		return (0);
	/*
	 * No datelines: a page that opens on running text and ends on a
	 * title under a finished paragraph sets its titles under its
	 * stories.
	 */
	if (under_head == 0 && after_blank == 0 && flow_opens_on_text(p) &&
	    flow_ends_on_title(p))
		return (0);
	return (1);
}
