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
 *  3. articles: a heading run set right on top of a piece opens an article;
 *     a piece that starts inside a sentence continues the article that was
 *     left open; a piece that starts with a dateline (本报北京1月9日电,
 *     新华社…电, 本报讯) opens one; other pieces are set aside and matched
 *     to the headings left over by the words they share, else continue the
 *     article before them.
 *
 * The result is drafts, which parse.c turns into articles as for any page.
 * With KANBAO_FLOW_DEBUG set in the environment, each line is printed to
 * stderr with its role, piece and article, to see why a page split as it
 * did.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/xmalloc.h"
#include "parse-int.h"

/* Tuning: every threshold of this pass, named. */
static const struct {
	double width_pct;	/* column width: this share of body lines */
	double full_slack;	/* a body line within this of the column */
	double head_max_share;	/* a heading shorter than column × this … */
	double head_wide;	/* … or wider than the column by this */
	double head_max_em;	/* never a heading: longer than this */
	int    head_max_lines;	/* heading runs are at most this long */
	int    top_lines;	/* page furniture: within this many lines */
	double match_min;	/* shared-word score a title character */
	double orphan_min_em;	/* a loose piece shorter is a box, not news */
	double indent_em;	/* a paragraph's first-line indent */
	int    head_max_pauses; /* a heading line has at most this many ， */
	double adjacent;	/* score a title character right over a piece */
	double digit_space_em;	/* room a space beside a digit stands for */
	double caption_max_em;	/* a credited piece this short: a caption */
} flow_tune = {
	.caption_max_em = 200,
	.digit_space_em = 0.5,
	.adjacent = 0.8,
	.head_max_pauses = 1,
	.indent_em = 2,
	.width_pct = 0.90,
	.full_slack = 1.0,
	.head_max_share = 0.92,
	.head_wide = 1.5,
	.head_max_em = 40,
	.head_max_lines = 5,
	.top_lines = 12,
	.match_min = 0.8,
	.orphan_min_em = 60,
};

enum flow_role {
	F_BODY,
	F_HEAD,
	F_BYLINE,
	F_CREDIT,
	F_CONT,
	F_SKIP
};

struct piece {
	int    head;	    /* a run of heading lines */
	size_t first;	    /* first line */
	size_t last;	    /* last line, inclusive */
	int    blank_after; /* a blank (or the end) follows */
	int    art;	    /* draft it went to, or -1 */
	int    dateline;    /* body: opens with a dateline */
	int    open;	    /* body: ends inside a sentence */
	int    credit;	    /* body: a photo credit ends it */
	int    used;	    /* head: gave its title */
	int    follow;	    /* loose body: goes where this one does */
	char  *plain;	    /* its text (head) or lead (body), or NULL */
	char   how;	    /* body: how it found its article */
};

struct flow {
	struct parser  *p;
	enum flow_role *role;
	double	       *lw; /* each line's column width, from near */
	struct piece   *pc;
	size_t		npc;
	double		width;
};

/* Half-em bins for the widths of lines up to 40 ems. */
#define FLOW_BINS 82

/* ---- Cues. */

/* Does s start with a dateline: 本报北京1月9日电, 新华社…电, 本报讯? */
static int
flow_is_dateline(const char *s, size_t n)
{
	static const char *lead[] = { "本报", "新华社", "中新社", "据新华社",
		"新华网", "人民网", "央视网", "中新网", "【本报讯" };
	size_t		   i, k, m;

	/* Most lines start with none of them: 本新中据人央【. */
	if (n < 6 ||
	    (memcmp(s, "本", 3) != 0 && memcmp(s, "新", 3) != 0 &&
		memcmp(s, "中", 3) != 0 && memcmp(s, "据", 3) != 0 &&
		memcmp(s, "人", 3) != 0 && memcmp(s, "央", 3) != 0 &&
		memcmp(s, "【", 3) != 0))
		return (0);
	for (i = 0; i < sizeof lead / sizeof lead[0]; i++) {
		if (!parse_starts(s, n, lead[i]))
			continue;
		if (parse_starts(s, n, "本报讯") || i == 8)
			return (1);
		/* 电 within the next twenty characters or so. */
		m = n < 90 ? n : 90;
		for (k = strlen(lead[i]); k + 3 <= m; k++) {
			if (memcmp(s + k, "电", 3) == 0)
				return (1);
		}
	}
	return (0);
}

/* flow_is_dateline() of a line, asked often, so remembered. */
static int
flow_line_dateline(const struct line *l)
{
	struct line *m = (struct line *)l; /* the cache only */

	if (m->dateline < 0)
		m->dateline = (signed char)flow_is_dateline(l->s, l->len);
	return (m->dateline);
}

/*
 * A photo credit as papers print it: 本报记者 王强摄, 新华社记者 王强 摄,
 * 王强/摄, 王强摄（影像中国）, 摄影 王强.  Short, ends in 摄 (or a bracket
 * after it), names before it.
 */
static int
flow_is_credit(const struct line *l)
{
	const char *s = l->s, *e;
	size_t	    n = l->len, k;

	if (l->em > 24 || l->stops > 0)
		return (0);
	if (parse_starts(s, n, "摄影") || parse_starts(s, n, "■摄影"))
		return (1);
	/* Drop a bracketed tail: （影像中国）. */
	e = s + n;
	if (n > 3 && memcmp(e - 3, "）", 3) == 0) {
		const char *o = NULL;

		for (k = 0; k + 3 <= n; k++) {
			if (memcmp(s + k, "（", 3) == 0)
				o = s + k;
		}
		if (o == NULL)
			return (0);
		e = o;
	}
	while (e > s && e[-1] == ' ')
		e--;
	if (e - s < 6 || memcmp(e - 3, "摄", 3) != 0)
		return (0);
	e -= 3;
	while (e > s && (e[-1] == ' ' || e[-1] == '/'))
		e--;
	if (e - s >= 3 && memcmp(e - 3, "／", 3) == 0)
		e -= 3;
	/* What is left: roles and names, nothing that reads as a sentence. */
	return (e > s && parse_memmem(s, (size_t)(e - s), "，", 3) == NULL &&
	    parse_memmem(s, (size_t)(e - s), "。", 3) == NULL);
}

/*
 * A sign-off that closes a story: （本报柏林1月12日电）, （据新华社电）,
 * （作者为…）, （记者 X 整理）, ——编者.
 */
static int
flow_is_closer(const struct line *l)
{
	const char *s = l->s;
	size_t	    n = l->len;

	if (parse_starts(s, n, "——编者") || parse_starts(s, n, "（编者"))
		return (1);
	if (!parse_starts(s, n, "（") || n < 9 ||
	    memcmp(s + n - 3, "）", 3) != 0 || l->em > 40)
		return (0);
	if (parse_starts(s + 3, n - 3, "作者") ||
	    parse_starts(s + 3, n - 3, "本报") ||
	    parse_starts(s + 3, n - 3, "据") ||
	    parse_starts(s + 3, n - 3, "新华社") ||
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
static int
flow_has_surname(const struct line *l)
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

	text_utf8_next(l->s, l->len, &c);
	for (i = 0; i < sizeof surnames - 1;) {
		i += text_utf8_next(surnames + i, sizeof surnames - 1 - i, &u);
		if (u == c)
			return (1);
	}
	return (0);
}

/* ---- Pass 1: roles. */

/* The column width: an upper percentile of lines that run on. */
static double
flow_width(struct parser *p)
{
	size_t count[FLOW_BINS], i, m = 0, seen = 0, want;
	int    bin;

	/* Widths are multiples of half an em: counted in half-em bins. */
	memset(count, 0, sizeof count);
	for (i = 0; i < p->nlines; i++) {
		const struct line *l = &p->lines[i];

		if (l->cls == L_TEXT && !l->final && l->punct > 0 &&
		    l->em >= 4 && l->em <= 40) {
			bin = (int)(l->em * 2 + 0.5);
			count[bin < FLOW_BINS ? bin : FLOW_BINS - 1]++;
			m++;
		}
	}
	if (m < 3)
		return (14);
	want = (size_t)((double)(m - 1) * flow_tune.width_pct);
	for (bin = 0; bin < FLOW_BINS; bin++) {
		seen += count[bin];
		if (seen > want)
			break;
	}
	return (bin / 2.0);
}

/* A line that runs on inside a column: its width is the column's. */
static int
flow_runs_on(const struct line *l)
{
	return (l->cls == L_TEXT && !l->final && l->punct > 0 && l->em >= 4 &&
	    l->em <= 40);
}

/* The median of at most four widths (the upper one of an even count). */
static double
flow_median4(const double *in, size_t m)
{
	size_t i, j;
	double t, v[4];

	memcpy(v, in, m * sizeof *v);

	for (i = 1; i < m; i++) {
		t = v[i];
		for (j = i; j > 0 && v[j - 1] > t; j--)
			v[j] = v[j - 1];
		v[j] = t;
	}
	return (v[m / 2]);
}

/*
 * The width of the column line i stands in: the lines that run on just
 * below it (a heading's own body), else just above it, else the page's.
 */
static void
flow_local_widths(struct flow *f)
{
	struct parser *p = f->p;
	size_t	       i, j, m;
	double	       v[4];

	f->lw = xcalloc(p->nlines + 1, sizeof *f->lw);
	for (i = 0; i < p->nlines; i++) {
		m = 0;
		for (j = i + 1; j < p->nlines && j <= i + 8 && m < 4; j++) {
			if (flow_runs_on(&p->lines[j]))
				v[m++] = p->lines[j].em;
		}
		for (j = i; j > 0 && j + 8 > i && m < 3; j--) {
			if (flow_runs_on(&p->lines[j - 1]))
				v[m++] = p->lines[j - 1].em;
		}
		f->lw[i] = m >= 2 ? flow_median4(v, m) : f->width;
		/* A median of four falls between; take the wider pair's. */
		if (m == 4 || m == 2) {
			double a = v[0] > v[1] ? v[0] : v[1];

			if (a - f->lw[i] <= 1)
				f->lw[i] = a;
		}
	}
}

/*
 * The width a line was set to: its ems, and the spaces an extractor
 * wrote where a justified line spread its digits and Latin words (2000 年
 * 9 月): those stood for room on the page.
 */
static double
flow_set_width(const struct line *l)
{
	const unsigned char *u = (const unsigned char *)l->s;
	size_t		     i;
	double		     em = l->em;

	for (i = 1; i + 1 < l->len; i++) {
		if (u[i] == ' ' && (u[i - 1] < 0x80 || u[i + 1] < 0x80) &&
		    u[i - 1] != ' ')
			em += flow_tune.digit_space_em;
	}
	return (em);
}

/*
 * Could l be a heading line?  Short of the column (or wider than it),
 * finishing no sentence, with no full stop in it; a pause (，) may stand
 * inside a title but not at its end.
 */
static int
flow_head_shaped(struct flow *f, const struct line *l)
{
	uint32_t c;
	double	 w = f->lw != NULL ? f->lw[l - f->p->lines] : f->width;
	double	 em;

	if (l->cls != L_TEXT || l->final || l->em < 2 ||
	    l->em > flow_tune.head_max_em)
		return (0);
	if (parse_memmem(l->s, l->len, "。", 3) != NULL ||
	    parse_memmem(l->s, l->len, "；", 3) != NULL ||
	    l->stops > flow_tune.head_max_pauses)
		return (0);
	text_utf8_prev(l->s, l->len, &c);
	if (c == 0xff0c || c == 0x3001 || c == 0xff1a || c == 0xff1b ||
	    c == ',' || c == ':' || c == 0x201c || c == 0x300a || c == 0xff08)
		return (0);
	if (flow_line_dateline(l))
		return (0);
	if (l->bold || parse_line_doubled(l))
		return (1);
	/* A paragraph's first line: the column less its indent. */
	em = flow_set_width(l);
	if (em >= w - flow_tune.indent_em - flow_tune.full_slack &&
	    em <= w + flow_tune.head_wide)
		return (0);
	return (
	    em < w * flow_tune.head_max_share || em > w + flow_tune.head_wide);
}

static void
flow_roles(struct flow *f)
{
	struct parser *p = f->p;
	size_t	       i, body_seen = 0, seen = 0;
	struct line   *l, *prev;
	int	       j;

	f->width = flow_width(p);
	flow_local_widths(f);
	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		switch (l->cls) {
		case L_BYLINE:
			f->role[i] = F_BYLINE;
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
		/* A newspaper's name over the first story: its masthead. */
		if (parse_is_paper_name(l) && body_seen == 0 &&
		    seen <= (size_t)flow_tune.top_lines) {
			f->role[i] = F_SKIP;
			continue;
		}
		if (flow_is_credit(l)) {
			f->role[i] = F_CREDIT;
			continue;
		}
		if (flow_is_closer(l)) {
			l->closer = 1;
			continue;
		}
		/* A weather box's lines are its text, never headings. */
		if (parse_memmem(l->s, l->len, "℃", 3) != NULL ||
		    (l->em <= 12 && parse_memmem(l->s, l->len, "风", 3) &&
			parse_memmem(l->s, l->len, "级", 3)))
			continue;
		/* Inside a paragraph a line is body, whatever its shape. */
		prev = NULL;
		for (j = (int)i - 1; j >= 0; j--) {
			if (f->role[j] != F_SKIP) {
				prev = &p->lines[j];
				break;
			}
		}
		if (prev != NULL && !l->blank_before && f->role[j] == F_BODY &&
		    !prev->final && !prev->closer && prev->cls == L_TEXT &&
		    !l->bold)
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
		/* A dashed subtitle under a heading line. */
		if (prev != NULL && f->role[j] == F_HEAD && !l->blank_before &&
		    parse_starts(l->s, l->len, "——") && !l->final &&
		    l->em <= flow_tune.head_max_em) {
			f->role[i] = F_HEAD;
			continue;
		}
		/* A line over a byline heads the story it signs. */
		if (flow_head_shaped(f, l) ||
		    (i + 1 < p->nlines && p->lines[i + 1].cls == L_BYLINE &&
			!p->lines[i + 1].blank_before && !l->final &&
			l->stops <= flow_tune.head_max_pauses &&
			l->em <= flow_tune.head_max_em)) {
			f->role[i] = F_HEAD;
			continue;
		}
		body_seen++;
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
		    parse_is_names(l->s, l->len) && flow_has_surname(l) &&
		    (i + 1 >= p->nlines || f->role[i + 1] != F_HEAD ||
			p->lines[i + 1].blank_before)) {
			f->role[i] = F_BYLINE;
			l->cls = L_BYLINE;
		}
	}
	/*
	 * Lines that finish no sentence set right over a dateline are its
	 * title block, however wide (a title across several columns).
	 */
	for (i = 1; i < p->nlines; i++) {
		size_t k;

		if (f->role[i] != F_BODY || p->lines[i].blank_before ||
		    !flow_line_dateline(&p->lines[i]))
			continue;
		for (k = i; k > 0 && i - k < (size_t)flow_tune.head_max_lines;
		     k--) {
			const struct line *t = &p->lines[k - 1];

			if (f->role[k - 1] != F_BODY &&
			    f->role[k - 1] != F_HEAD)
				break;
			if (t->final || t->stops > 1 || t->cls != L_TEXT ||
			    parse_memmem(t->s, t->len, "。", 3) != NULL)
				break;
			f->role[k - 1] = F_HEAD;
			if (t->blank_before)
				break;
		}
	}
	/*
	 * And a line with no pause at all a blank line over a dateline, after
	 * a finished sentence: a title set apart from its story.
	 */
	for (i = 2; i < p->nlines; i++) {
		const struct line *t = &p->lines[i - 1];

		if (f->role[i] != F_BODY || !p->lines[i].blank_before ||
		    !flow_line_dateline(&p->lines[i]) ||
		    f->role[i - 1] != F_BODY || t->cls != L_TEXT || t->final ||
		    t->punct > 0 || t->em < 2 ||
		    (!t->blank_before && !p->lines[i - 2].final))
			continue;
		f->role[i - 1] = F_HEAD;
	}
	/*
	 * A heading run too long to be one is body text set narrow (a box,
	 * a caption); a run whose last line is followed by a line that goes
	 * on from it mid-sentence is a paragraph's first lines.
	 */
	for (i = 0; i < p->nlines;) {
		size_t s = i, k;

		if (f->role[i] != F_HEAD) {
			i++;
			continue;
		}
		while (i < p->nlines && f->role[i] == F_HEAD &&
		    (i == s || !p->lines[i].blank_before))
			i++;
		if (i - s > (size_t)flow_tune.head_max_lines) {
			for (k = s; k < i; k++)
				f->role[k] = F_BODY;
		}
	}
}

/* ---- Pass 2: pieces. */

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

static void
flow_pieces(struct flow *f)
{
	struct parser *p = f->p;
	struct piece  *cur = NULL;
	size_t	       i;
	int	       head;

	for (i = 0; i < p->nlines; i++) {
		const struct line *l = &p->lines[i];

		if (f->role[i] == F_SKIP)
			continue;
		head = f->role[i] == F_HEAD;
		if (cur == NULL || cur->head != head || l->blank_before ||
		    (!head && l->benbao) ||
		    (!head && f->role[i] == F_BODY && flow_line_dateline(l) &&
			(p->lines[cur->last].final ||
			    f->role[cur->last] != F_BODY))) {
			if (cur != NULL)
				cur->blank_after = l->blank_before;
			cur = flow_add_piece(f, head, i);
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
		pc->dateline = flow_line_dateline(fl);
		for (k = pc->last + 1; k > pc->first; k--) {
			if (f->role[k - 1] == F_BODY)
				break;
		}
		pc->open = k > pc->first && f->role[pc->last] == F_BODY &&
		    !p->lines[k - 1].final && !p->lines[k - 1].closer;
	}
}

/* ---- Pass 3: articles. */

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
			parse_push(&d->body, &d->nbody, i);
			break;
		}
	}
}

/*
 * How well heading h fits body piece b: the characters of the title that
 * the body's text also has (two in a row count more), plus nearness.
 */
static double
flow_match_score(struct flow *f, struct piece *h, struct piece *b)
{
	struct parser *p = f->p;
	const char    *t, *x, *prev = NULL;
	size_t	       tn, i, k, n, xn;
	double	       score = 0;
	uint32_t       c;

	/* Each piece's text is joined once: many pairs are scored. */
	if (h->plain == NULL)
		h->plain =
		    parse_join_plain(p, h->first, h->last - h->first + 1);
	if (b->plain == NULL) {
		n = b->last - b->first + 1;
		b->plain = parse_join_plain(p, b->first, n > 40 ? 40 : n);
	}
	t = h->plain;
	x = b->plain;
	tn = strlen(t);
	xn = strlen(x);
	for (i = 0; i < tn; i = k) {
		k = parse_next(t, tn, i, &c);
		if (!text_is_han(c)) {
			prev = NULL;
			continue;
		}
		if (parse_memmem(x, xn, t + i, k - i) != NULL) {
			score += 0.5;
			if (prev != NULL &&
			    parse_memmem(x, xn, prev, (size_t)(t + k - prev)) !=
				NULL)
				score += 1;
		}
		prev = t + i;
	}
	return (score);
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
 * A photo's caption: a short piece that a credit ends (…摄).  It starts
 * something of its own, whatever text comes before it.
 */
static int
flow_caption(struct flow *f, const struct piece *pc)
{
	return (pc->credit && flow_em(f, pc) < flow_tune.caption_max_em);
}

/*
 * Is heading piece i - 1 a subheading of the story before it rather than
 * a new article's title?  It follows that story's text directly, is no
 * wider than its column, has no kicker or dashed subtitle, and the text
 * under it opens with no dateline or byline.
 */
static int
flow_is_subhead(struct flow *f, size_t i, int cur)
{
	struct parser	   *p = f->p;
	const struct piece *h, *pc = &f->pc[i], *b;
	size_t		    k, n, j;
	int		    a;

	(void)cur;
	if (i < 2 || pc->dateline || flow_caption(f, pc))
		return (0);
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
	if (b->head || a < 0 || p->drafts[a].photo ||
	    p->drafts[a].kind != PARSE_NEWS || !p->lines[b->last].final)
		return (0);
	for (j = 1; j <= n; j++) {
		h = &f->pc[i - j];
		if (h->last - h->first > 1)
			return (0);
		for (k = h->first; k <= h->last; k++) {
			const struct line *l = &p->lines[k];

			if (l->em > f->width ||
			    parse_starts(l->s, l->len, "——") ||
			    parse_line_doubled(l))
				return (0);
		}
	}
	for (k = pc->first; k <= pc->last && k < pc->first + 2; k++) {
		if (f->role[k] == F_BYLINE)
			return (0);
	}
	return ((int)n);
}

struct flow_pair {
	double score;
	int    head; /* heading piece */
	int    cand; /* index into the candidates */
};

static int
flow_pair_cmp(const void *a, const void *b)
{
	const struct flow_pair *x = a, *y = b;

	if (x->score != y->score)
		return (x->score > y->score ? -1 : 1);
	return (x->head != y->head ? x->head - y->head : x->cand - y->cand);
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
    int nuntitled)
{
	struct parser	 *p = f->p;
	struct flow_pair *pairs;
	size_t		  npairs = 0, k, i;
	int		  ncand = nloose + nuntitled, c, *done;
	struct draft	 *d;

	pairs = xcalloc((size_t)ncand * f->npc + 1, sizeof *pairs);
	done = xcalloc((size_t)ncand + 1, sizeof *done);
	for (c = 0; c < ncand; c++) {
		int pi = c < nloose ? loose[c] : untitled[c - nloose];

		for (k = 0; k < f->npc; k++) {
			struct piece *h = &f->pc[k];
			double	      s;

			if (!h->head || h->used)
				continue;
			s = flow_match_score(f, h, &f->pc[pi]);
			/* Nearer headings are likelier: those above it. */
			if (k < (size_t)pi)
				s += 0.5;
			/* And the one right over it, a blank line between. */
			if (k + 1 == (size_t)pi)
				s += flow_tune.adjacent * flow_han(f, h);
			if (s < flow_tune.match_min * flow_han(f, h) &&
			    !(c < nloose && f->pc[pi].credit))
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
		if (h->used || done[c])
			continue;
		done[c] = 1;
		h->used = 1;
		if (c < nloose) {
			pc = &f->pc[loose[c]];
			d = parse_add_draft(p, PARSE_NEWS);
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
		flow_add_lines(f, d, h);
	}
	/* The rest, in page order: more of the story before them. */
	for (c = 0; c < nloose; c++) {
		struct piece *pc = &f->pc[loose[c]];
		int	      a = -1;

		if (done[c])
			continue;
		for (i = (size_t)loose[c]; i > 0; i--) {
			if (!f->pc[i - 1].head && f->pc[i - 1].art >= 0) {
				a = f->pc[i - 1].art;
				break;
			}
		}
		if (a < 0 || pc->credit || p->drafts[a].kind != PARSE_NEWS) {
			d = parse_add_draft(p, PARSE_NEWS);
			a = (int)(d - p->drafts);
			if (pc->credit)
				d->photo = 1;
		}
		pc->art = a;
		pc->how = 'C';
		flow_add_lines(f, &p->drafts[a], pc);
	}
	free(pairs);
	free(done);
}

/*
 * How often the page says what the join of two lines would say: the last
 * character of one and the first of the other, and a character more on
 * either side.  A word cut by a column break (萍⏎乡市) is usually said
 * again elsewhere on the page.
 */
static int
flow_join_score(struct flow *f, const struct line *a, const struct line *b)
{
	struct parser *p = f->p;
	char	       j[24];
	size_t	       ka, kb, ka2, kb2, n;
	uint32_t       c;
	const char    *q, *e = p->text + p->len;
	int	       score = 0, w;

	if (a->len == 0 || b->len == 0)
		return (0);
	ka = text_utf8_prev(a->s, a->len, &c);
	ka2 = ka < a->len ? text_utf8_prev(a->s, a->len - ka, &c) : 0;
	kb = text_utf8_next(b->s, b->len, &c);
	kb2 = kb < b->len ? text_utf8_next(b->s + kb, b->len - kb, &c) : 0;
	for (w = 0; w < 3; w++) {
		size_t la = w == 1 ? ka + ka2 : ka, lb = w == 2 ? kb + kb2 : kb;

		if ((w == 1 && ka2 == 0) || (w == 2 && kb2 == 0) ||
		    la + lb > sizeof j)
			continue;
		memcpy(j, a->s + a->len - la, la);
		memcpy(j + la, b->s, lb);
		n = la + lb;
		for (q = p->text;
		     (q = parse_memmem(q, (size_t)(e - q), j, n)) != NULL;
		     q += n)
			score += w == 0 ? 1 : 3;
	}
	return (score);
}

/*
 * The story a piece that opens inside a sentence goes on: of the stories
 * left open, the one whose last line joins its first best, else the one
 * left open last.
 */
static int
flow_which_open(struct flow *f, const int *open_at, int last_open,
    const struct piece *pc)
{
	struct parser *p = f->p;
	int	       o, best = last_open, bs = 0, s, n = 0;

	for (o = 0; o < (int)p->ndrafts; o++)
		n += open_at[o] > 0;
	if (n < 2)
		return (last_open);
	for (o = 0; o < (int)p->ndrafts; o++) {
		const struct piece *lp;

		if (open_at[o] == 0)
			continue;
		lp = &f->pc[open_at[o] - 1];
		s = flow_join_score(f, &p->lines[lp->last],
		    &p->lines[pc->first]);
		if (s > bs) {
			bs = s;
			best = o;
		}
	}
	return (best);
}

/*
 * What a box headed by h is, from its label: a notice or advertisement
 * (遗失声明, 公告, 招聘, 公益广告, 订阅), a summary (核心阅读, 提要, 导读,
 * 编者按), or a story (PARSE_NEWS).
 */
static enum parse_kind
flow_box_kind(struct flow *f, const struct piece *h)
{
	static const char *ads[] = { "声明", "公告", "启事", "招聘", "诚聘",
		"广告", "订阅", "招生", "热线", "通告", "拍卖", "寻人",
		"讣告" };
	static const char *notes[] = { "核心阅读", "提要", "导读", "编者按",
		"阅读提示", "内容提要" };
	char		  *t;
	size_t		   i, n;
	enum parse_kind k = PARSE_NEWS;

	if (h->last != h->first || f->p->lines[h->first].em > 8)
		return (PARSE_NEWS);
	t = flow_plain(f, h);
	n = strlen(t);
	for (i = 0; i < sizeof ads / sizeof ads[0]; i++) {
		size_t m = strlen(ads[i]);

		if (n >= m && memcmp(t + n - m, ads[i], m) == 0)
			k = PARSE_AD;
	}
	for (i = 0; i < sizeof notes / sizeof notes[0]; i++) {
		if (strcmp(t, notes[i]) == 0)
			k = PARSE_OTHER;
	}
	free(t);
	return (k);
}

/*
 * Does the piece open on a paragraph's first line, a first-line indent
 * short of its column?  (pdftotext drops the indent and keeps the line's
 * right edge.)
 */
static int
flow_starts_para(struct flow *f, const struct piece *pc)
{
	const struct line *l = &f->p->lines[pc->first];
	double		   w = f->lw[pc->first], em = flow_set_width(l);

	if (f->role[pc->first] != F_BODY || l->final)
		return (0);
	return (em <= w - flow_tune.indent_em + 0.5 &&
	    em >= w - flow_tune.indent_em - flow_tune.full_slack);
}

static void
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
	int		nsub;

	loose = xcalloc(f->npc + 1, sizeof *loose);
	/* Per draft: its last piece, if that ends inside a sentence. */
	open_at = xcalloc(f->npc + 1, sizeof *open_at);
	untitled = xcalloc(f->npc + 1, sizeof *untitled);
	follow = xcalloc(f->npc + 1, sizeof *follow);
	for (i = 0; i < f->npc; i++) {
		struct piece *pc = &f->pc[i], *h;

		if (pc->head)
			continue;
		plain = flow_plain(f, pc);
		/* Boxes: weather, advertisements. */
		if (!pc->dateline && flow_em(f, pc) < 200 &&
		    (parse_is_weather_text(plain) ||
			(strstr(plain, "℃") != NULL &&
			    (strstr(plain, "风") || strstr(plain, "温度") ||
				strstr(plain, "～"))))) {
			d = parse_add_draft(p, PARSE_WEATHER);
			pc->art = (int)(d - p->drafts);
			pc->how = 'W';
			flow_add_lines(f, d, pc);
			if (p->weather == NULL)
				parse_weather(p, plain);
			free(plain);
			if (i > 0 && f->pc[i - 1].head && !f->pc[i - 1].used &&
			    !f->pc[i - 1].blank_after)
				f->pc[i - 1].used = 1;
			continue;
		}
		if (!pc->dateline && !pc->open && flow_em(f, pc) < 120 &&
		    parse_is_ad(plain, 1)) {
			d = parse_add_draft(p, PARSE_AD);
			pc->art = (int)(d - p->drafts);
			pc->how = 'A';
			flow_add_lines(f, d, pc);
			free(plain);
			if (i > 0 && f->pc[i - 1].head && !f->pc[i - 1].used &&
			    !f->pc[i - 1].blank_after) {
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
		 * The piece right before it, a story's text that finished a
		 * sentence: a piece opening on a new paragraph goes on it.
		 */
		prev = i > 0 && !f->pc[i - 1].head &&
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
		if (h != NULL && !h->used && !pc->dateline &&
		    (kind = flow_box_kind(f, h)) != PARSE_NEWS) {
			d = parse_add_draft(p, kind);
			pc->art = h->art = (int)(d - p->drafts);
			pc->how = 'X';
			h->used = 1;
			flow_add_lines(f, d, h);
			flow_add_lines(f, d, pc);
			continue;
		}
		if (h != NULL && !h->used && cur >= 0 &&
		    (nsub = flow_is_subhead(f, i, cur)) > 0) {
			/* A subheading inside the story running on. */
			size_t k, j;

			for (j = (size_t)nsub; j >= 1; j--) {
				struct piece *sh = &f->pc[i - j];

				sh->used = 1;
				sh->art = cur;
				for (k = sh->first; k <= sh->last; k++) {
					f->role[k] = F_BODY;
					p->lines[k].para = 1;
				}
				flow_add_lines(f, &p->drafts[cur], sh);
			}
			pc->art = cur;
			pc->how = 'S';
			p->lines[pc->first].para = 1;
			flow_add_lines(f, &p->drafts[cur], pc);
		} else if (h != NULL && !h->used) {
			/* A title block set on top of it: a new article. */
			d = parse_add_draft(p, PARSE_NEWS);
			cur = pc->art = h->art = (int)(d - p->drafts);
			pc->how = 'T';
			h->used = 1;
			/* A kicker set apart just above the title. */
			if (i > 1 && f->pc[i - 2].head && !f->pc[i - 2].used &&
			    p->lines[h->first].blank_before &&
			    (h->last - h->first) < 2 &&
			    (f->pc[i - 2].last - f->pc[i - 2].first) < 2) {
				const struct line *kl =
				    &p->lines[f->pc[i - 2].last];

				if (kl->len >= 6 &&
				    memcmp(kl->s + kl->len - 6, "——", 6) == 0) {
					f->pc[i - 2].used = 1;
					f->pc[i - 2].art = cur;
					flow_add_lines(f, d, &f->pc[i - 2]);
				}
			}
			flow_add_lines(f, d, h);
			flow_add_lines(f, d, pc);
		} else if (pc->dateline || cur < 0) {
			d = parse_add_draft(p, PARSE_NEWS);
			cur = pc->art = (int)(d - p->drafts);
			pc->how = 'D';
			flow_add_lines(f, d, pc);
			untitled[nuntitled++] = (int)i;
		} else if (last_open >= 0 && !flow_caption(f, pc) &&
		    !(prev != NULL && prev->art >= 0 &&
			flow_starts_para(f, pc))) {
			/* The rest of a sentence left open: whose? */
			o = flow_which_open(f, open_at, last_open, pc);
			pc->art = o;
			pc->how = 'O';
			flow_add_lines(f, &p->drafts[o], pc);
			cur = o;
		} else if (prev != NULL && prev->art >= 0 &&
		    !flow_caption(f, pc)) {
			/* A new paragraph after a column break: more of it. */
			pc->art = prev->art;
			pc->how = 'P';
			flow_add_lines(f, &p->drafts[prev->art], pc);
			cur = prev->art;
		} else if (prev != NULL && !flow_caption(f, pc)) {
			/* More of a piece still loose: it goes where that does. */
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

	flow_match(f, loose, nloose, untitled, nuntitled);
	for (i = 0; i < (size_t)nfollow; i++) {
		struct piece *pc = &f->pc[follow[i]];

		pc->art = f->pc[pc->follow].art;
		pc->how = 'F';
		if (pc->art >= 0)
			flow_add_lines(f, &p->drafts[pc->art], pc);
	}
	free(follow);
	free(open_at);
	free(loose);
	free(untitled);

	/* Headings nothing took: banners (column logos, section names). */
	for (i = 0; i < f->npc; i++) {
		struct piece *h = &f->pc[i];

		if (!h->head || h->used)
			continue;
		d = parse_add_draft(p, PARSE_BANNER);
		h->art = (int)(d - p->drafts);
		flow_add_lines(f, d, h);
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
		if (d->nbody > 1)
			qsort(d->body, d->nbody, sizeof *d->body, flow_cmp);
		if (d->nhead > 1)
			qsort(d->head, d->nhead, sizeof *d->head, flow_cmp);
	}
	for (i = 0; i < f.npc; i++)
		free(f.pc[i].plain);
	free(f.role);
	free(f.lw);
	free(f.pc);
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

		if (l->cls == L_TEXT)
			return (!flow_head_shaped(&f, l) && !l->bold);
	}
	return (0);
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
		ad = parse_is_ad(plain, 1);
		free(plain);
		if (!ad)
			return (j > 0 && p->lines[j - 1].final);
		i = j;
	}
	return (0);
}

/*
 * Does this raw page set its headings over its bodies?  Told from the
 * page's marks and where its datelines stand: the ■ before bylines and
 * credits belongs to the papers the unit reading was made for; a page
 * that sets titles under its stories opens on running text, with 本报讯
 * after a blank line or a byline and never under a heading; a page that
 * sets them over puts datelines under titles (a blank line between or
 * not), or has none at all (features, commentary, other papers' habits).
 */
int
parse_flow_detect(struct parser *p)
{
	size_t i;
	int    under_head = 0, after_blank = 0, square = 0;

	for (i = 0; i < p->nlines; i++) {
		const struct line *l = &p->lines[i];

		if (l->cls != L_TEXT || !flow_line_dateline(l))
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
