/*
 * Page furniture: the lines a page prints around its stories and that
 * belong to none of them.  The date line (2020年1月10日 星期五), the page
 * label (第6版, 人民日报 第6版, 今日16版), the staff (责任编辑：X, 美编 X),
 * and any short line the page repeats (a running header or footer, as an
 * extractor gives each page of an issue).  They go before anything else
 * reads the page, leaving a break where they stood.
 *
 * Also the cues for recurring first-line indents: an extractor that keeps
 * the two-em indent of every paragraph marks paragraphs, not text frames.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/xmalloc.h"
#include "parse-int.h"

/* Tuning: the furniture pass's thresholds, named. */
static const struct {
	double max_em;	       /* furniture lines are no longer than this */
	int    repeat_min;     /* a line said this often is a header */
	double repeat_max_em;  /* … if no longer than this */
	double section_max_em; /* a section's name beside furniture */
	int    section_reach;  /* the page's first line: furniture this near */
	int    edge_lines;     /* a page's edge: lines from its first or last */
	int    date_other_max_han;  /* a date line's words beside its date */
	double indent_share;	    /* indented lines: this share or more … */
	int    indent_min;	    /* … and at least this many: paragraphs */
	double header_max_em;	    /* a header of other papers' forms */
	int    header_word_max_han; /* a section's name or a weekday in it */
	int    code_max_letters;    /* a page's number in it: A05 */
	int    code_max_figures;
} furniture_tune = {
	.max_em = 30,
	.repeat_min = 3,
	.repeat_max_em = 24,
	.section_max_em = 6,
	.section_reach = 3,
	.edge_lines = 3,
	.date_other_max_han = 4,
	.indent_share = 0.03,
	.indent_min = 3,
	.header_max_em = 24,
	.header_word_max_han = 4,
	.code_max_letters = 2,
	.code_max_figures = 2,
};

/*
 * Does another of the staff follow in s, after a space (… 美编/Y, …　校对：
 * Z)?  Not a word of a list (编辑/校对/印刷).
 */
static int
furniture_staff_after(const char *s, size_t n)
{
	static const char *more[] = { "美编", "美术编辑", "校对", "版式",
		"责编", "版面设计" };
	size_t		   i;
	const char	  *q;

	for (i = 0; i < sizeof more / sizeof more[0]; i++) {
		q = parse_memmem(s, n, more[i], strlen(more[i]));
		if (q != NULL && q > s &&
		    (q[-1] == ' ' || parse_ends(s, (size_t)(q - s), "　")))
			return (1);
	}
	return (0);
}

/*
 * 责任编辑：X, 美编 X, 版式 X…; or a staff word after 本版, with a colon, a
 * slash or a space after it (本版责编：X), or a bare 编辑 so before more
 * of the staff (编辑/X 美编/Y).
 */
static int
furniture_is_staff(const char *s, size_t n)
{
	static const char *w[] = { "责任编辑", "责编", "美编", "美术编辑",
		"版式", "校对", "本版编辑", "图片编辑", "编辑：", "组版",
		"照排", "值班编辑", "版面设计" };
	static const char *staff[] = { "责任编辑", "责编", "美编", "美术编辑",
		"版式设计", "校对", "图片编辑", "编辑", "值班编辑",
		"版面设计" };
	static const char *sep[] = { "：", ":", "/", "／", " ", "　" };
	size_t		   i, j, k = 0, m;

	/* The words' first characters: 责美版校本图编组照值. */
	if (n < 6 ||
	    (memcmp(s, "责", 3) != 0 && memcmp(s, "美", 3) != 0 &&
		memcmp(s, "版", 3) != 0 && memcmp(s, "校", 3) != 0 &&
		memcmp(s, "本", 3) != 0 && memcmp(s, "图", 3) != 0 &&
		memcmp(s, "编", 3) != 0 && memcmp(s, "组", 3) != 0 &&
		memcmp(s, "照", 3) != 0 && memcmp(s, "值", 3) != 0))
		return (0);
	for (i = 0; i < sizeof w / sizeof w[0]; i++) {
		if (parse_starts(s, n, w[i]))
			return (1);
	}
	if (parse_starts(s, n, "本版"))
		k = strlen("本版");
	for (i = 0; i < sizeof staff / sizeof staff[0]; i++) {
		if (!parse_starts(s + k, n - k, staff[i]))
			continue;
		m = k + strlen(staff[i]);
		for (j = 0; j < sizeof sep / sizeof sep[0]; j++) {
			if (!parse_starts(s + m, n - m, sep[j]))
				continue;
			/*
			 * A bare 编辑 opens a sentence's line too (编辑/校对/
			 * 印刷…, 编辑 2名): more of the staff must follow.
			 */
			if (k == 0 && strcmp(staff[i], "编辑") == 0)
				return (furniture_staff_after(s + m, n - m));
			return (1);
		}
	}
	return (0);
}

/*
 * Does s name a day of the week: 星期五, or 周五 standing apart (at the
 * line's start, after a space or a date's 日, before a space or the end)?
 */
static int
furniture_weekday(const char *s, size_t n)
{
	const char *q = s, *e = s + n, *d;

	if (parse_memmem(s, n, "星期", 6) != NULL)
		return (1);
	while ((q = parse_memmem(q, (size_t)(e - q), "周", 3)) != NULL) {
		d = q + 3;
		q = d;
		if (e - d < 3 ||
		    parse_memmem("一二三四五六日", strlen("一二三四五六日"), d,
			3) == NULL)
			continue;
		if (d - 3 > s && d[-4] != ' ' &&
		    !(d - 6 >= s && memcmp(d - 6, "日", 3) == 0) &&
		    !(d - 6 >= s && memcmp(d - 6, "\xe3\x80\x80", 3) == 0))
			continue;
		if (d + 3 < e && d[3] != ' ' &&
		    (e - (d + 3) < 3 || memcmp(d + 3, "\xe3\x80\x80", 3) != 0))
			continue;
		return (1);
	}
	return (0);
}

/* Does s hold a date in figures: 2020.01.06, 2020-1-6, 2020/01/06? */
static int
furniture_figure_date(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t		     i, j, k, part;

	for (i = 0; i + 8 <= n; i++) {
		for (k = 0; k < 4 && isdigit(u[i + k]); k++)
			;
		if (k < 4 || (i > 0 && isdigit(u[i - 1])))
			continue;
		j = i + 4;
		for (part = 0; part < 2; part++) {
			if (j >= n ||
			    (u[j] != '.' && u[j] != '-' && u[j] != '/'))
				break;
			for (k = ++j; j < n && j - k < 2 && isdigit(u[j]); j++)
				;
			if (j == k)
				break;
		}
		if (part == 2 && (j == n || !isdigit(u[j])))
			return (1);
	}
	return (0);
}

/*
 * 2020年1月10日 星期五, 今日16版, 农历腊月十六: 1, short, no stop.  Other
 * papers' forms, 2024.03.08 星期五 and 2024年3月8日 周五, a day of the week
 * beside a year or a date in figures: 2, furniture where
 * furniture_edge_date() says (an event's date in a title, a weather box
 * or an ad says as much).
 */
static int
furniture_is_date(const struct line *l)
{
	const char *s = l->s;
	size_t	    n = l->len;

	if (l->em > furniture_tune.max_em || l->stops > 0)
		return (0);
	if (parse_memmem(s, n, "星期", 6) != NULL &&
	    parse_memmem(s, n, "年", 3) != NULL)
		return (1);
	if (furniture_weekday(s, n) &&
	    (parse_memmem(s, n, "年", 3) != NULL ||
		furniture_figure_date(s, n)))
		return (2);
	if (parse_starts(s, n, "今日") && parse_memmem(s, n, "版", 3) != NULL &&
	    l->em <= 8)
		return (1);
	if (parse_starts(s, n, "农历") && l->em <= 16)
		return (1);
	return (0);
}

/*
 * A line naming a page: 第6版, 人民日报 第6版, 要闻·第2版 (1); 第A05版,
 * at a page's edge (3).
 */
static int
furniture_is_page_label(const struct line *l)
{
	const char *s = l->s;
	size_t	    n = l->len, i;

	if (l->em > 16 || l->punct > 1)
		return (0);
	for (i = 0; i + 3 <= n; i++) {
		const char *q = parse_memmem(s + i, n - i, "第", 3);

		if (q == NULL)
			break;
		i = (size_t)(q - s);
		{
			size_t j = i + 3, k, digits = 0;

			while (
			    j < n && j < i + 5 && isupper((unsigned char)s[j]))
				j++; /* 第A05版: at a page's edge only */
			for (k = j; j < n &&
			     (isdigit((unsigned char)s[j]) || s[j] == ' ');
			     j++)
				digits += isdigit((unsigned char)s[j]) != 0;
			if (digits > 0 && j + 3 <= n &&
			    memcmp(s + j, "版", 3) == 0)
				return (k > i + 3 ? 3 : 1);
		}
	}
	return (0);
}

/* A newspaper's name alone on a line: 人民日报, 新民晚报, XX时报. */
int
parse_is_paper_name(const struct line *l)
{
	static const char *ends[] = { "日报", "晚报", "时报", "早报", "商报",
		"晨报", "都市报", "青年报", "法制报", "工人报" };
	size_t		   i, k;

	if (l->em > 10 || l->punct > 0)
		return (0);
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (l->len >= k && memcmp(l->s + l->len - k, ends[i], k) == 0)
			return (1);
	}
	return (0);
}

/*
 * The length of the separator of a page's header s opens with (a space,
 * a bar: ｜ 丨 | ／, a dot: · •), or 0.
 */
static size_t
furniture_sep(const char *s, size_t n)
{
	static const char *const wide[] = { "　", "｜", "丨", "／", "·", "•" };

	/* Most characters are none: known by their first byte. */
	switch ((unsigned char)s[0]) {
	case ' ':
	case '\t':
	case '|':
		return (1);
	case 0xc2:
	case 0xe2:
	case 0xe3:
	case 0xe4:
	case 0xef:
		break;
	default:
		return (0);
	}
	return (parse_starts_any(s, n, wide, sizeof wide / sizeof wide[0]));
}

/*
 * Is the word s (n bytes) one a page's header holds beside its number: a
 * section's name or a day of the week (Chinese characters only,
 * header_word_max_han at most: 要闻, 星期五), or a date (2024年3月8日,
 * 2024.3.8)?  Not the paper's name (7 湖城日报): the flow reading knows
 * a masthead's line, and reads the page by it.
 */
static int
furniture_header_word(const char *s, size_t n)
{
	size_t	 i = 0, k, han = 0, digits = 0, other = 0;
	uint32_t c;

	while (i < n) {
		k = parse_next(s, n, i, &c);
		if (c >= '0' && c <= '9')
			digits++;
		else if (c == 0x5e74 || c == 0x6708 || c == 0x65e5)
			; /* 年月日 */
		else if (text_is_han(c))
			han++;
		else if (c != '.' && c != '-' && c != '/')
			return (0);
		else
			other++;
		i = k;
	}
	if (digits == 0)
		return (han >= 2 &&
		    han <= (size_t)furniture_tune.header_word_max_han &&
		    other == 0 && !parse_ends(s, n, "报"));
	return (han == 0 &&
	    (parse_memmem(s, n, "年", 3) != NULL ||
		furniture_figure_date(s, n)));
}

/* Is the word s (n bytes) a page's number as headers give it: A05, 5版? */
static int
furniture_page_code(const char *s, size_t n)
{
	size_t i = 0, k;

	while (i < n && i < (size_t)furniture_tune.code_max_letters &&
	    isupper((unsigned char)s[i]))
		i++;
	for (k = i; i < n && isdigit((unsigned char)s[i]); i++)
		;
	if (i == k || i - k > (size_t)furniture_tune.code_max_figures)
		return (0);
	return (i == n || (i + 3 == n && memcmp(s + i, "版", 3) == 0));
}

/*
 * Is l a page's header or footer in other papers' forms: its words
 * parted by spaces or bars, one of them the page's number (A05, 05, 5版),
 * the others a section's name (要闻), a date or a day of the week?  With
 * a date, or a bar and a number with a letter or 版 (A05｜要闻｜2024年3月8
 * 日, 要闻丨A05), it is one at a page's edge (3); a number alone (05), at
 * a page's first line (4).  Titles and lines of text may read much so
 * (G20 峰会开幕, 湖城丨12 小时, 聚焦两会·5 大亮点, 1 澄湖港区): 0.
 */
static int
furniture_is_header(const struct line *l)
{
	const char *s = l->s;
	size_t	    n = l->len, i = 0, k, m, code = 0, words = 0;
	uint32_t    c;
	int	    bar = 0, date = 0, named = 0;

	/*
	 * A header opens on a letter or a figure, or on a short word of
	 * Chinese characters: most lines are turned away by their first
	 * few bytes.
	 */
	if (n == 0 || l->em > furniture_tune.header_max_em || l->punct > 0)
		return (0);
	if (!isalnum((unsigned char)s[0])) {
		for (k = 0; k < n &&
		     k <= 3 * (size_t)furniture_tune.header_word_max_han &&
		     (unsigned char)s[k] >= 0xe4 &&
		     (unsigned char)s[k] <= 0xe9 &&
		     furniture_sep(s + k, n - k) == 0;
		     k += 3)
			;
		if (k == 0 || k >= n ||
		    k > 3 * (size_t)furniture_tune.header_word_max_han ||
		    furniture_sep(s + k, n - k) == 0)
			return (0);
	}
	while (i < n) {
		for (k = i; k < n && furniture_sep(s + k, n - k) == 0;
		     k = parse_next(s, n, k, &c))
			;
		if (furniture_page_code(s + i, k - i)) {
			code++;
			named = !isdigit((unsigned char)s[i]) ||
			    parse_ends(s + i, k - i, "版");
		} else if (furniture_header_word(s + i, k - i)) {
			words++;
			date |= isdigit((unsigned char)s[i]);
		} else
			return (0);
		/* A bar, not a space nor a dot (聚焦两会·5 大亮点). */
		for (; k < n && (m = furniture_sep(s + k, n - k)) != 0; k += m)
			bar |= s[k] == '|' ||
			    (m == 3 && memcmp(s + k, "　", 3) != 0 &&
				memcmp(s + k, "•", 3) != 0);
		i = k;
	}
	if (code != 1)
		return (0);
	if (date || (bar && named))
		return (3);
	return (words == 0 ? 4 : 0);
}

/* Is l one of the page's furniture lines? */
static int
furniture_line(const struct line *l)
{
	int k;

	/*
	 * Furniture is short and has no full stop; most lines are body text
	 * and leave here.
	 */
	if (l->em > furniture_tune.max_em || l->final)
		return (0);
	/* The staff may be several, each after a colon. */
	if (furniture_is_staff(l->s, l->len))
		return (1);
	if (l->punct > 1)
		return (0);
	if ((k = furniture_is_date(l)) != 0)
		return (k);
	if (l->em > 10)
		return (0);
	return (furniture_is_page_label(l));
}

/*
 * Is line i within edge_lines of its page's first or last line (the
 * page's, or one an extractor's form feed parts)?
 */
static int
furniture_at_edge(const struct parser *p, size_t i)
{
	size_t j;

	for (j = i; j + (size_t)furniture_tune.edge_lines > i; j--) {
		if (j == 0 || p->lines[j].newpage)
			return (1);
	}
	for (j = i; j < i + (size_t)furniture_tune.edge_lines; j++) {
		if (j + 1 >= p->nlines || p->lines[j + 1].newpage)
			return (1);
	}
	return (0);
}

/*
 * How many Chinese characters of s (n bytes) are no part of a date: a
 * section's name (要闻) beside it, or a title's words (澄湖马拉松).
 */
static size_t
furniture_not_date(const char *s, size_t n)
{
	static const char date[] = "年月日星期周一二三四五六七八九十天";
	size_t		  i = 0, k, other = 0;
	uint32_t	  c;

	while (i < n) {
		k = parse_next(s, n, i, &c);
		if (text_is_han(c) &&
		    parse_memmem(date, sizeof date - 1, s + i, k - i) == NULL)
			other++;
		i = k;
	}
	return (other);
}

/*
 * Is line i, a date line of other papers' forms (furniture_line() gave
 * 2) or a header (3; 4, furniture_is_header()), the page's furniture?  A
 * header of 4 must be the page's first line, not running on from the
 * page before.  Else the line must stand
 * within edge_lines of its page's first or last line (furniture_at_edge()),
 * a date line hold little but the date (date_other_max_han characters
 * more at most), stand beside no weather box's line (℃), and not run on
 * from a line of text over it (…读书会定于 ⏎ 2024年3月9日周六 ⏎ 上午…): the
 * line over it ends a sentence, or is as short as a section's name.
 */
static int
furniture_edge_date(const struct parser *p, size_t i, int kind)
{
	const struct line *l = &p->lines[i];

	if (kind == 4)
		return (i == 0 || (l->newpage && p->lines[i - 1].final));
	if (!furniture_at_edge(p, i) ||
	    (kind == 2 &&
		furniture_not_date(l->s, l->len) >
		    (size_t)furniture_tune.date_other_max_han))
		return (0);
	if ((i > 0 && p->lines[i - 1].celsius) ||
	    (i + 1 < p->nlines && p->lines[i + 1].celsius))
		return (0);
	return (i == 0 || l->blank_before || l->newpage ||
	    p->lines[i - 1].final ||
	    p->lines[i - 1].em <= furniture_tune.section_max_em);
}

static uint32_t
furniture_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u, w;
	size_t	 i;

	/* Four bytes a step, then the high bits folded down to the slot's. */
	for (i = 0; i + 4 <= n; i += 4) {
		memcpy(&w, s + i, 4);
		h = (h ^ w) * 16777619u;
	}
	for (; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	return (h ^ (h >> 13));
}

/*
 * Marks in repeat[] the short lines the page says repeat_min times or
 * more: a running header or footer.  Equal lines are counted in an open
 * hash table of the page's short lines (linear probing).
 */
static void
furniture_repeats(struct parser *p, int *repeat)
{
	size_t size = 16, i, h, *slot, *count, *at;

	while (size < 2 * p->nlines)
		size *= 2;
	slot = xcalloc(size, sizeof *slot); /* line + 1, or 0 */
	count = xcalloc(size, sizeof *count);
	at = xcalloc(p->nlines + 1, sizeof *at); /* line's slot + 1 */
	for (i = 0; i < p->nlines; i++) {
		const struct line *l = &p->lines[i], *o;

		/*
		 * Running heads finish no sentence and hardly pause.  Nor do
		 * they open on a dateline: stories filed from one place on
		 * one day open alike (本报澄湖3月5日电（记), each its own.
		 * Nor are they in brackets, as the sign-offs of a page's
		 * stories are, alike when one reporter wrote them ((王强)) or
		 * a paper ends each so ((完)).
		 */
		if (l->cls != L_TEXT || l->em > furniture_tune.repeat_max_em ||
		    l->em < 2 || l->final || l->punct > 1 ||
		    parse_line_dateline(l) ||
		    (parse_starts(l->s, l->len, "（") &&
			parse_ends(l->s, l->len, "）")))
			continue;
		h = furniture_hash(l->s, l->len) & (size - 1);
		for (; slot[h] != 0; h = (h + 1) & (size - 1)) {
			o = &p->lines[slot[h] - 1];
			if (o->len == l->len && memcmp(o->s, l->s, l->len) == 0)
				break;
		}
		if (slot[h] == 0)
			slot[h] = i + 1;
		count[h]++;
		at[i] = h + 1;
	}
	for (i = 0; i < p->nlines; i++) {
		if (at[i] != 0 &&
		    count[at[i] - 1] >= (size_t)furniture_tune.repeat_min)
			repeat[i] = 1;
	}
	free(slot);
	free(count);
	free(at);
}

/*
 * Whether line l is two phrases of Han characters parted by one space
 * (讲文明 树新风, 文明城市 共建共享): a slogan's or a deck's line, whole
 * in itself.
 */
static int
furniture_two_phrases(const struct line *l)
{
	const char *sp = memchr(l->s, ' ', l->len);
	size_t	    a, b;

	if (sp == NULL || l->spaces != 1)
		return (0);
	a = (size_t)(sp - l->s);
	b = l->len - a - 1;
	return (a >= 6 && b >= 6 && parse_han_words(l->s, a, 0) == a / 3 &&
	    parse_han_words(sp + 1, b, 0) == b / 3);
}

/*
 * Does text line a run on into b, furniture taken out between them: a
 * line that ends inside a sentence, wider than a section's name, not a
 * kicker set apart over the title under the furniture (…南京黄龙岘——)
 * nor two phrases whole in themselves (furniture_two_phrases()), into
 * a line that opens no story on its dateline?
 */
static int
furniture_runs_on(const struct line *a, const struct line *b)
{
	return (a->cls == L_TEXT && b->cls == L_TEXT && !a->final &&
	    !furniture_two_phrases(a) &&
	    !(a->blank_before && parse_ends(a->s, a->len, "——")) &&
	    a->em > furniture_tune.section_max_em && !parse_is_credit_line(a) &&
	    !parse_is_dateline(b->s, b->len));
}

void
parse_furniture(struct parser *p)
{
	size_t	     i, out = 0, lead = 0, text = 0;
	int	     blank = 0, *repeat, kind;
	struct line *l;

	/* Lines said three times or more: a running header or footer. */
	repeat = xcalloc(p->nlines + 1, sizeof *repeat);
	furniture_repeats(p, repeat);
	for (i = 0; i < p->nlines; i++) {
		if (p->lines[i].cls != L_TEXT)
			continue;
		/* Other papers' headers, at a page's edge only: asked there. */
		if ((kind = furniture_line(&p->lines[i])) == 0 &&
		    furniture_at_edge(p, i))
			kind = furniture_is_header(&p->lines[i]);
		if (kind == 1 || (kind != 0 && furniture_edge_date(p, i, kind)))
			repeat[i] = 1;
	}
	/*
	 * A section's name (经济, 要闻) set with the date or the page's label,
	 * no blank line between: short, no pause, beside furniture.  Not a
	 * closing mark that ends the sentence above it (…谢谢大家。⏎”).
	 */
	for (i = 0; i < p->nlines; i++) {
		uint32_t c;

		l = &p->lines[i];
		if (repeat[i] == 1 || l->cls != L_TEXT || l->punct > 0 ||
		    l->em > furniture_tune.section_max_em ||
		    (text_utf8_next(l->s, l->len, &c) > 0 &&
			parse_is_closer(c)))
			continue;
		if ((i > 0 && repeat[i - 1] == 1 && !l->blank_before) ||
		    (i + 1 < p->nlines && repeat[i + 1] == 1 &&
			!p->lines[i + 1].blank_before))
			repeat[i] = 2;
	}
	/*
	 * And the page's first line, as short, over the date or the page's
	 * label a few lines down (an extractor may set blanks between): the
	 * first that is not furniture itself (a running head may come first).
	 */
	for (i = 0;
	     i < p->nlines && (p->lines[i].cls != L_TEXT || repeat[i] != 0);
	     i++)
		;
	if (i < p->nlines && repeat[i] == 0 && p->lines[i].punct == 0 &&
	    p->lines[i].em <= furniture_tune.section_max_em) {
		size_t k;

		for (k = i + 1; k < p->nlines &&
		     k <= i + (size_t)furniture_tune.section_reach;
		     k++) {
			if (repeat[k] == 1) {
				repeat[i] = 2;
				break;
			}
		}
	}
	/*
	 * Where furniture is taken out the text is parted, except that a
	 * running head or foot between two halves of a sentence (a page
	 * turned mid-paragraph) parts nothing.  A form feed among it parts
	 * the text all the same: a new page of a paper is laid out anew,
	 * and a story goes on on it under a jump note, not mid-sentence.
	 */
	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->cls == L_TEXT && repeat[i] > 0) {
			blank = blank == 2 || l->newpage ? 2 : 1;
			continue;
		}
		if (blank)
			l->blank_before = out == 0 || blank == 2 ||
			    l->newpage ||
			    !furniture_runs_on(&p->lines[out - 1], l);
		/* The first line kept after a form feed opens the page. */
		if (blank == 2 && out > 0)
			l->newpage = 1;
		blank = 0;
		if (out != i)
			p->lines[out] = *l;
		out++;
	}
	p->nlines = out;
	free(repeat);

	/* A recurring indent marks paragraphs: not a frame per paragraph. */
	for (i = 0; i < p->nlines; i++) {
		if (p->lines[i].cls != L_TEXT)
			continue;
		text++;
		lead += p->lines[i].lead;
	}
	if (lead < (size_t)furniture_tune.indent_min ||
	    (double)lead < furniture_tune.indent_share * (double)text)
		return;
	for (i = 0; i < p->nlines; i++) {
		if (p->lines[i].lead) {
			p->lines[i].lead = 0;
			p->lines[i].para = 1;
		}
	}
}

/*
 * On a page that sets titles under their stories, a paragraph of one
 * line with no mark in it, set apart over another paragraph's first
 * line, is no paragraph: a title the extractor indented as it did the
 * paragraphs (…的新篇章。 ⏎⏎ 　　澄湖春耕备耕忙 ⏎ 　　昨天，…).  The
 * line under it opens a frame of text, as an indent does where not every
 * paragraph has one.  Headings over bodies are left to the flow reading,
 * which reads such a line as a subheading.
 */
void
parse_unindent_heads(struct parser *p)
{
	size_t i;

	for (i = 0; i + 1 < p->nlines; i++) {
		struct line *l = &p->lines[i], *n = &p->lines[i + 1];

		if (l->para && l->cls == L_TEXT && l->punct == 0 && !l->final &&
		    (i == 0 || l->blank_before) && n->para &&
		    !n->blank_before) {
			l->para = 0;
			n->para = 0;
			n->lead = 1;
		}
	}
}
