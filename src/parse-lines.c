/*
 * Pass 1 of the parser: lines.  The page is cut into lines, each trimmed
 * and measured (width in ems, sentence punctuation, how it ends) and
 * classed: blank, byline (■记者…, 通讯员…), photo credit (■摄影…),
 * continuation note (（下转2版）), Markdown heading, or text.  Markers an
 * extractor wrapped over two lines (■摄⏎影, （下⏎转2版）) are glued first.
 * Owns struct line's measured fields; later passes only read them (and
 * the per-line caches).
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

static void
parse_measure(struct line *l)
{
	const unsigned char *u = (const unsigned char *)l->s;
	uint32_t	     c, last = 0, prev = 0;
	size_t		     i, n = l->len, halves = 0, k;

	l->punct = l->stops = l->periods = l->celsius = 0;
	l->spaces = l->gaps = 0;
	for (i = 0; i < n;) {
		/*
		 * Most characters are Han (three bytes, lead E4-E9): one em
		 * and nothing else to look at.  Punctuation and spaces have
		 * leads C2, E2, E3 and EF, and ASCII is one byte.
		 */
		if (u[i] >= 0xe4 && u[i] <= 0xe9 && i + 2 < n) {
			/* A run of them at once: this is most of the page. */
			do {
				halves += 2;
				i += 3;
			} while (i + 2 < n && u[i] >= 0xe4 && u[i] <= 0xe9);
			last = 0x4e00; /* some Han character */
			continue;
		}
		k = i;
		i = parse_next(l->s, n, i, &c);
		if (parse_is_space(c)) {
			l->spaces++;
			/* 2000 年 9 月: room a justified line spread. */
			if (c == ' ' && k > 0 && i < n && u[k - 1] != ' ' &&
			    (u[k - 1] < 0x80 || u[i] < 0x80))
				l->gaps++;
			continue;
		}
		halves += c < 0x80 ? 1 : 2;
		if (parse_is_sentence_punct(c) ||
		    ((c == ',' || c == ';' || c == ':') &&
			(parse_is_cjk(last) || i >= n)))
			l->punct++;
		if (c == 0xff0c || c == 0x3002 || c == 0xff1b)
			l->stops++;
		l->periods += c == 0x3002;
		l->celsius |= c == 0x2103;
		last = c;
	}
	l->em = halves / 2.0;
	/*
	 * How the line ends, from its real last two characters.  The one
	 * before the last counts only after a closing mark or a full stop
	 * (。” and 中文.), and is decoded only then.
	 */
	if (n > 0) {
		k = text_utf8_prev(l->s, n, &last);
		prev = 0;
		if (k < n && (parse_is_closer(last) || last == '.'))
			text_utf8_prev(l->s, n - k, &prev);
	}
	/* A half-width full stop after Chinese text ends a sentence too. */
	l->final = parse_sentence_end(prev, last) ||
	    (last == '.' && parse_is_cjk(prev));
	l->benbao = parse_starts(l->s, l->len, "本报讯");
}

static struct line *
parse_add_line(struct parser *p, const char *s, size_t len, int lead,
    int blank_before)
{
	struct line *l;

	if (p->nlines == p->linesz) {
		p->linesz = p->linesz ? p->linesz * 2 : 256;
		p->lines = xreallocarray(p->lines, p->linesz, sizeof *p->lines);
	}
	l = &p->lines[p->nlines++];
	memset(l, 0, sizeof *l);
	l->s = s;
	l->len = len;
	l->lead = lead;
	l->blank_before = blank_before;
	l->cls = len == 0 ? L_BLANK : L_TEXT;
	l->headlike = -1;
	l->doubled = -1;
	l->dateline = -1;
	parse_measure(l);
	return (l);
}

/* Is the text from s a run of personal names ("王 强 陈明远")? */
int
parse_is_names(const char *s, size_t n)
{
	uint32_t c;
	size_t	 i;
	int	 han = 0, run = 0;

	for (i = 0; i < n;) {
		i = parse_next(s, n, i, &c);
		if (parse_is_space(c) || c == 0x3001 || c == 0xb7) {
			run = 0;
			continue;
		}
		if (!text_is_han(c))
			return (0);
		han++;
		if (++run > parse_tune.lines.name_max_chars)
			return (0);
	}
	return (han >= parse_tune.lines.names_min_chars &&
	    han <= parse_tune.lines.names_max_chars);
}

static const char *parse_roles[] = { "本报记者", "特约记者", "见习记者",
	"本报通讯员", "记者", "通讯员", "评论员", "实习生", "摄影" };

/*
 * Whether c may end the name of a paper or an agency: 报, 社, 网, 都 (南都),
 * 端 (a paper's app), 台.
 */
int
parse_is_source_end(uint32_t c)
{
	static const uint32_t ends[] = { 0x62a5, 0x793e, 0x7f51, 0x90fd, 0x7aef,
		0x53f0 };

	return (parse_code_in(c, ends, sizeof ends / sizeof ends[0]));
}

/*
 * Whether what stands between a paper and its 记者 (m bytes of Chinese
 * characters at s) qualifies a reporter: nothing, one of the words below,
 * or 驻 and a place of one or two characters.
 */
static int
parse_role_kind(const char *s, size_t m)
{
	static const char *kinds[] = { "全媒体", "融媒体", "首席", "特派",
		"见习", "实习", "特约", "摄影" };
	size_t		   i;

	if (m == 0)
		return (1);
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		if (m == strlen(kinds[i]) && memcmp(s, kinds[i], m) == 0)
			return (1);
	}
	return (memcmp(s, "驻", 3) == 0 && m >= 6 && m <= 9);
}

/* Whether s opens on a paper's own word for itself: 本报 (本台, 本刊, 本网). */
static int
parse_role_own(const char *s)
{
	static const char *const own[] = { "本报", "本台", "本刊", "本网" };

	return (parse_starts_any(s, 6, own, sizeof own / sizeof own[0]) != 0);
}

/*
 * Whether a paper's name ends on the character before s + at (at >= 6):
 * as papers' names end, or in a newsroom's 中心 (湖城县融媒体中心).
 */
static int
parse_role_paper(const char *s, size_t at)
{
	uint32_t c;

	if (at >= 9 && memcmp(s + at - 6, "中心", 6) == 0)
		return (1);
	if (text_utf8_next(s + at - 3, 3, &c) != 3)
		return (0);
	return (parse_is_source_end(c));
}

/* The length of the run of spaces s (n bytes) starts with. */
static size_t
parse_spaces_len(const char *s, size_t n)
{
	size_t k = 0, m;

	while (k < n &&
	    (m = parse_space_len((const unsigned char *)s + k, n - k)) != 0)
		k += m;
	return (k);
}

/*
 * Does s (n bytes) open on a surname of two characters (欧阳一鸣, 司马小舟)?
 * Such a name runs to four characters.
 */
static int
parse_compound_surname(const char *s, size_t n)
{
	static const char *const two[] = { "欧阳", "司马", "上官", "诸葛",
		"东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙",
		"宇文", "司徒", "西门", "南宫", "独孤", "端木", "轩辕", "申屠",
		"呼延", "钟离", "宗政", "澹台", "濮阳", "太史" };

	return (parse_starts_any(s, n, two, sizeof two / sizeof two[0]) != 0);
}

/*
 * The runs of Chinese characters in s (n bytes), each max of them at most
 * (one more after a surname of two): their count, or -1 if s holds
 * anything but such runs parted by spaces (and 、).
 */
static int
parse_name_runs(const char *s, size_t n, int max)
{
	size_t	 i = 0, k, from = 0;
	uint32_t c;
	int	 run = 0, runs = 0;

	while (i < n) {
		k = parse_next(s, n, i, &c);
		if (parse_is_space(c) || c == 0x3001 || c == 0xb7) {
			run = 0;
			i = k;
			continue;
		}
		if (!text_is_han(c))
			return (-1);
		if (++run == 1) {
			runs++;
			from = i;
		}
		if (run > max + 1 ||
		    (run > max && !parse_compound_surname(s + from, n - from)))
			return (-1);
		i = k;
	}
	return (runs);
}

/* Does the character at s (3 bytes) end a series' name (…行, …访)? */
static int
parse_series_end(const char *s)
{
	static const char *const ends[] = { "行", "访", "记", "录", "谈" };

	return (
	    parse_starts_any(s, 3, ends, sizeof ends / sizeof ends[0]) != 0);
}

/* The length of the slash s (n bytes) opens with, / or ／, or 0. */
static size_t
parse_slash_len(const char *s, size_t n)
{
	if (parse_starts(s, n, "/"))
		return (1);
	return (parse_starts(s, n, "／") ? 3 : 0);
}

/*
 * The length of the slash or the colon that may part a role from its
 * names (记者/王强, 记者：王强) s opens with, and of the spaces after it;
 * 0 if none.
 */
static size_t
parse_name_lead(const char *s, size_t n)
{
	size_t k;

	if ((k = parse_slash_len(s, n)) == 0 && parse_starts(s, n, "："))
		k = strlen("：");
	return (k == 0 ? 0 : k + parse_spaces_len(s + k, n - k));
}

/*
 * Whether s (n bytes, after a role) names someone first: spaces or none,
 * then a run of two or three Chinese characters, that opens on a common
 * surname (王强, 宋远帆) or has another such run after it, or four after
 * a surname of two (欧阳一鸣).  A paper's name and a role may head a
 * phrase too (湖城电视台记者 蹲点一线).
 */
static int
parse_role_names(const char *s, size_t n)
{
	size_t	 i = 0, k;
	uint32_t c;
	int	 run = 0;

	i = parse_spaces_len(s, n);
	for (k = i; k < n; run++) {
		size_t m = parse_next(s, n, k, &c);

		if (!text_is_han(c))
			break;
		k = m;
	}
	if (run == parse_tune.lines.role_name_max_han + 1 &&
	    parse_compound_surname(s + i, n - i))
		return (1);
	if (run < parse_tune.lines.names_min_chars ||
	    run > parse_tune.lines.role_name_max_han)
		return (0);
	if (parse_name_runs(s + k, n - k, parse_tune.lines.role_name_max_han) >
	    0)
		return (1);
	/* A series' name alone: 田间行, 林中访, 基层记, 江畔录, 湖边谈. */
	if (run == 3 && k >= 9 && parse_series_end(s + k - 3))
		return (0);
	return (parse_has_surname(s + i, n - i));
}

/*
 * Whether s (m bytes, between a paper's name set apart and its 记者) is
 * what qualifies a reporter, after a site's name or none (湖城网全媒体).
 * A site's name may end in 新闻 or 在线 too (湖青在线), after the paper's
 * only: 新闻记者 alone is a word (优秀新闻记者).
 */
static int
parse_role_site(const char *s, size_t m)
{
	size_t at;

	if (parse_role_kind(s, m))
		return (1);
	for (at = 6; at <= m && at <= 3 * parse_tune.lines.role_paper_max_han;
	     at += 3) {
		if ((parse_role_paper(s, at) ||
			(at >= 9 &&
			    (memcmp(s + at - 6, "新闻", 6) == 0 ||
				memcmp(s + at - 6, "在线", 6) == 0))) &&
		    parse_role_kind(s + at, m - at))
			return (1);
	}
	return (0);
}

/*
 * The length of what joins two outlets' names before a role (湖城日报—
 * 湖城网记者, 湖城青年报·湖青在线记者) s opens with, or 0.
 */
static size_t
parse_role_joiner(const char *s, size_t n)
{
	static const char *const joiners[] = { "·", "・", "——", "—", "－" };

	return (parse_starts_any(s, n, joiners,
	    sizeof joiners / sizeof joiners[0]));
}

/*
 * The length of the role word s opens with after a paper's name: 记者,
 * 通讯员, or a commentary's 评论员 or 撰稿人; or 0.
 */
static size_t
parse_role_word(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	/*
	 * Asked at each character: told by the first two bytes (记 E8 AE,
	 * 评 E8 AF, 通 E9 80, 撰 E6 92), then compared as they stand.
	 */
	if (n < 6)
		return (0);
	if (u[0] == 0xe8 && u[1] == 0xae)
		return (memcmp(s, "记者", 6) == 0 ? 6 : 0);
	if (n < 9)
		return (0);
	if ((u[0] == 0xe8 && u[1] == 0xaf && memcmp(s, "评论员", 9) == 0) ||
	    (u[0] == 0xe9 && u[1] == 0x80 && memcmp(s, "通讯员", 9) == 0) ||
	    (u[0] == 0xe6 && u[1] == 0x92 && memcmp(s, "撰稿人", 9) == 0))
		return (9);
	return (0);
}

/* Does the role word that ends the k bytes at s sign a commentary? */
static int
parse_role_signs(const char *s, size_t k)
{
	return (parse_ends(s, k, "评论员") || parse_ends(s, k, "撰稿人"));
}

/*
 * Other papers' role words: 记者 or 通讯员 (评论员, 撰稿人: parse_role_word())
 * after what qualifies a reporter (全媒体记者, 首席记者, 特约通讯员,
 * 本报驻沪记者, 特约评论员), with a paper
 * before it or none: its 本报 (本台, 本刊, 本网), or its name, of
 * role_paper_max_han characters at most and ending as papers' names end
 * (湖城日报记者, 湖城晚报全媒体记者, 湖城广播电视台记者, 湖城县融媒体中心
 * 记者), when a name follows.  A space may part the name from the role
 * (湖城日报 记者 王强), and a site's name may follow it after a dash or a
 * dot (湖城日报—湖城网记者).  Their length in bytes, or 0.  Other words before
 * 记者 make a phrase (小记者 大视野), not a role.
 */
static size_t
parse_role_other(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t		     k, at, max, role = 0, paper = 0, gap = 0, lead;
	int		     ok;

	max = 3 *
	    (parse_tune.lines.role_prefix_max_han +
		parse_tune.lines.role_paper_max_han);
	/*
	 * Chinese characters, three bytes each, compared as they stand, and
	 * one space or joiner after the paper's name.
	 */
	for (k = 0; k <= max + gap && k + 6 <= n;) {
		/* A space or a joiner's first byte: 20 09 C2 E2 E3 EF. */
		if (gap == 0 && k >= 6 &&
		    (u[k] == ' ' || u[k] == '\t' || u[k] == 0xc2 ||
			u[k] == 0xe2 || u[k] == 0xe3 || u[k] == 0xef) &&
		    ((gap = parse_spaces_len(s + k, n - k)) != 0 ||
			(gap = parse_role_joiner(s + k, n - k)) != 0)) {
			if (!parse_role_paper(s, k))
				return (0);
			paper = k;
			k += gap;
			continue;
		}
		if (u[k] < 0xe4 || u[k] > 0xe9)
			return (0);
		if ((role = parse_role_word(s + k, n - k)) != 0)
			break;
		k += 3;
	}
	if (k == 0 || k > max + gap || role == 0)
		return (0);
	role += k;
	/* 湖城日报记者/王强: a slash or a colon may stand before the names. */
	lead = parse_name_lead(s + role, n - role);
	if (gap != 0) {
		/*
		 * 湖城日报 记者 王强, 湖城日报—湖城网记者 王强: the paper, a
		 * site's name or none, what qualifies, a name.
		 */
		if (paper > 3 * parse_tune.lines.role_paper_max_han ||
		    !parse_role_names(s + role + lead, n - role - lead) ||
		    !parse_role_site(s + paper + gap, k - paper - gap))
			return (0);
		return (role);
	}
	/* Where the paper ends: at the start, after its 本报, or its name. */
	for (at = 0; at <= k && at <= 3 * parse_tune.lines.role_paper_max_han;
	     at += 3) {
		if (at == 0)
			ok = k <= 3 * parse_tune.lines.role_prefix_max_han;
		else if (at == 6 && parse_role_own(s))
			ok = 1;
		else
			ok = at >= 6 && parse_role_paper(s, at) &&
			    parse_role_names(s + role + lead, n - role - lead);
		if (ok && parse_role_kind(s + at, k - at))
			return (role);
	}
	return (0);
}

/* Length of the role word s starts with (spaces inside allowed), or 0. */
size_t
parse_role(const char *s, size_t n)
{
	size_t i, k;

	for (i = 0; i < sizeof parse_roles / sizeof parse_roles[0]; i++) {
		if ((k = parse_starts_loose(s, n, parse_roles[i])) != 0)
			return (k);
	}
	return (0);
}

/*
 * A mark a byline opens with: ■, or another paper's (□ ◆ ◇ ● ○ ◎ ▲ △ ★
 * ☆).
 */
int
parse_is_byline_mark(uint32_t c)
{
	static const uint32_t marks[] = { 0x25a0, 0x25a1, 0x25c6, 0x25c7,
		0x25cf, 0x25cb, 0x25ce, 0x25b2, 0x25b3, 0x2605, 0x2606 };

	return (parse_code_in(c, marks, sizeof marks / sizeof marks[0]));
}

/* The length in bytes of the byline mark s opens with, or 0. */
static size_t
parse_byline_mark(const char *s, size_t n)
{
	uint32_t c;
	size_t	 k;

	if (n < 3 || (unsigned char)s[0] != 0xe2)
		return (0);
	k = parse_next(s, n, 0, &c);
	return (parse_is_byline_mark(c) ? k : 0);
}

/*
 * The label a byline or a credit may open with, in bytes with the spaces
 * after it, or 0: the writer's 文/ (文／, 文 / , 文：), also 文/图, 图/文
 * and 图文/ (图文：, 文图：) when the writer took the pictures too, 采写/
 * and 撰文/ (采写：, 撰文：), or a photographer's 图/ and 摄影/ (摄影：)
 * (*credit set).  Evening and city papers sign a story 文/记者 王强,
 * 文/王强 or 采写：湖城都市报记者 王强, and a picture 图/王强.
 */
size_t
parse_byline_label(const char *s, size_t n, int *credit)
{
	static const char *words[] = { "文", "图文", "文图", "图", "摄影",
		"采写", "撰文" };
	size_t		   i, j, k, m;

	/* Most lines start otherwise: compared as they stand, at once. */
	if (n < 4 ||
	    (memcmp(s, "文", 3) != 0 && memcmp(s, "图", 3) != 0 &&
		memcmp(s, "摄", 3) != 0 && memcmp(s, "采", 3) != 0 &&
		memcmp(s, "撰", 3) != 0))
		return (0);
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (!parse_starts(s, n, words[i]))
			continue;
		k = strlen(words[i]);
		k += parse_spaces_len(s + k, n - k);
		/* 图： opens a caption as often (图：港区夜景): no label. */
		if ((j = parse_slash_len(s + k, n - k)) == 0 &&
		    (i == 3 ||
			(j = parse_starts(s + k, n - k, "：") ? 3 : 0) == 0))
			continue;
		k += j;
		k += parse_spaces_len(s + k, n - k);
		*credit = i == 3 || i == 4;
		/*
		 * 文/图 王强, 文/图/王强, 图/文 王强: the writer's, who took
		 * the pictures too.  After 图/ a 文 may be a surname instead
		 * (图/文静怡): it is the label's only when set apart.
		 */
		if ((i == 0 && parse_starts(s + k, n - k, "图")) ||
		    (i == 3 && parse_starts(s + k, n - k, "文"))) {
			j = k + 3;
			if ((m = parse_slash_len(s + j, n - j)) != 0)
				j += m;
			else if (i == 3 && j < n &&
			    parse_spaces_len(s + j, n - j) == 0)
				return (k);
			k = j + parse_spaces_len(s + j, n - j);
			*credit = 0;
		}
		return (k);
	}
	return (0);
}

/*
 * The label of another's credit after names on a byline's line, in bytes,
 * or 0: one a byline may open with, or 图： (文：王强 图：李明).
 */
static size_t
parse_inner_label(const char *s, size_t n)
{
	size_t k;
	int    credit;

	if ((k = parse_byline_label(s, n, &credit)) == 0 &&
	    parse_starts(s, n, "图："))
		k = strlen("图：");
	return (k);
}

/*
 * Whether s (n bytes, right after a role word) sets a name on it with no
 * space, as papers do that set none (本报记者王强, 记者王强、李明), or
 * after a slash or a colon (记者/王强, 记者：王强): names as
 * parse_role_names() reads them, for 记者了解到 is a sentence's start.  A
 * credit's 摄 (本报记者王强摄) is no name's, nor a sentence's 说
 * (记者王强说), nor a column's 连线 (记者连线).  Such a line is a byline
 * only where one stands (parse_tight_placed()).  The length of the slash
 * or colon and the spaces after it, or -1 if no name is so set.
 */
static long
parse_byline_tight(const char *s, size_t n)
{
	size_t k = parse_name_lead(s, n);

	if (parse_ends(s, n, "摄") || parse_ends(s, n, "说") ||
	    parse_starts(s + k, n - k, "连线") ||
	    !parse_role_names(s + k, n - k))
		return (-1);
	return ((long)k);
}

/*
 * Where the place a byline reports from starts, at its slash, as papers of
 * Taiwan sign a story (记者王强／湖城报导, 记者 王强/澄湖报道): a slash,
 * then report_place_max_han Chinese characters at most ending in 报导 or
 * 报道, and nothing after.  n if the names have no such tail.
 */
size_t
parse_report_tail(const char *s, size_t n)
{
	size_t	 i, m = n;
	uint32_t c;
	int	 han = 0;

	while (m > 0 && s[m - 1] == ' ')
		m--;
	if (m < 9 || (!parse_ends(s, m, "报导") && !parse_ends(s, m, "报道")))
		return (n);
	m -= 6;
	for (i = m; i > 0;) {
		i -= text_utf8_prev(s, i, &c);
		if (c == '/' || c == 0xff0f)
			return (i);
		if (!text_is_han(c) ||
		    ++han > parse_tune.lines.report_place_max_han)
			break;
	}
	return (n);
}

/*
 * Is s (after a role word) names and further roles only, as in
 * " 居丹荔 通讯员 陆也好"?  Needs a space before the first name unless the
 * line was marked with ■, or the name is set close (parse_byline_tight),
 * so that "记者了解到" is no byline.  A label may open another's credit
 * (文/王强 图/李明, 文：王强 图：李明), or a picture's source after the
 * names (文/王强 图/受访者提供).
 */
static int
parse_byline_rest(const char *s, size_t n, int square)
{
	uint32_t c;
	size_t	 i, k;
	long	 t;
	int	 run = 0, names = 0;

	n = parse_report_tail(s, n); /* 记者王强／湖城报导: the names */
	if (!square && (n == 0 || s[0] != ' ')) {
		if (n == 0 || (t = parse_byline_tight(s, n)) < 0)
			return (0);
		s += t;
		n -= (size_t)t;
	}
	for (i = 0; i < n;) {
		if (run == 0 && (k = parse_inner_label(s + i, n - i)) != 0) {
			i += k;
			/* 文/王强 图/受访者提供: a picture's source ends it. */
			if (parse_names_source(s + i, n - i, 0))
				return (1);
			continue;
		}
		if (run == 0 && (k = parse_role(s + i, n - i)) != 0) {
			i += k;
			continue;
		}
		i = parse_next(s, n, i, &c);
		if (parse_is_space(c) || c == 0x3001 || c == 0xb7) {
			run = 0;
			continue;
		}
		if (!text_is_han(c) || ++run > parse_tune.lines.name_max_chars)
			return (0);
		names++;
	}
	return (names >= 1 && names <= parse_tune.lines.byline_max_names);
}

/*
 * Is s (n bytes) a commentary's signature alone, 本报评论员 and nothing
 * more (spaces inside it count for nothing)?  Nothing of the commentary
 * follows it.
 */
int
parse_signature_alone(const char *s, size_t n)
{
	return (n > 0 && parse_starts_loose(s, n, "本报评论员") == n);
}

/* Does the label of m bytes at s end in a colon (采写：, 文： )? */
static int
parse_label_colon(const char *s, size_t m)
{
	while (m > 0 && s[m - 1] == ' ')
		m--;
	return (m >= 3 && memcmp(s + m - 3, "：", 3) == 0);
}

/*
 * Is l a label and names with no role (文/王小禾, 图/王强)?  Such names
 * are whole on their line.
 */
static int
parse_label_alone(const struct line *l)
{
	size_t m;
	int    credit;

	if ((m = parse_byline_label(l->s, l->len, &credit)) == 0)
		return (0);
	return (parse_role(l->s + m, l->len - m) == 0 &&
	    parse_role_other(l->s + m, l->len - m) == 0);
}

/*
 * Classes a text line as byline or credit.  Bylines: ■记者 NAMES, 通讯员
 * NAMES, ■本报评论员 (or 本报评论员 alone), ■ followed by a pen name
 * alone; other papers' roles, marks and labels (◆全媒体记者 NAMES,
 * 湖城日报记者 NAMES, 文/NAMES).  Credits: ■摄影, 图/NAMES.
 */
static void
parse_class_line(struct line *l)
{
	static const char firsts[] = "■记通本实特见摄评";
	const char	 *s = l->s;
	size_t		  n = l->len, k, m;
	int		  square = 0, credit, colon;

	/*
	 * Most lines start with none of the marks: leave at once.  The
	 * marks are three bytes each, and a character is one only in its
	 * own three bytes, so the line's first bytes are compared as they
	 * stand, decoding neither.  Other papers' marks and roles are
	 * looked for after.
	 */
	if (n < 3)
		return;
	for (k = 0; firsts[k] != '\0'; k += 3) {
		if (s[0] == firsts[k] && s[1] == firsts[k + 1] &&
		    s[2] == firsts[k + 2])
			break;
	}
	if ((firsts[k] == '\0' || memcmp(s, "摄", 3) == 0) &&
	    (m = parse_byline_label(s, n, &credit)) != 0) {
		/*
		 * 文/记者 王强, 文/王强, 图/王强: the label says the names
		 * are a byline's (a credit's), as ■ does, with a role or none.
		 */
		if (parse_is_credit(s + m, n - m))
			return;
		colon = parse_label_colon(s, m);
		s += m;
		n -= m;
		if ((k = parse_role(s, n)) == 0)
			k = parse_role_other(s, n);
		/*
		 * 文： opens a list's row as often (文：历史 政治 地理): with
		 * no role, a name must open on a surname (文：王强 图：李明).
		 */
		if (colon && k == 0 &&
		    (!parse_has_surname(s, n) || !parse_role_names(s, n)))
			return;
		if (parse_byline_rest(s + k, n - k, 1))
			l->cls = credit ? L_CREDIT : L_BYLINE;
		return;
	}
	if (firsts[k] == '\0') {
		/*
		 * Another paper's mark (◆) or role (全媒体记者) may start a
		 * byline: never a line with a clause in it (asked first, as
		 * it is quick), nor a credit (全媒体记者 王强 摄), read as one
		 * later.  Our roles start with our marks' characters: after
		 * another mark only.
		 */
		if ((m = parse_byline_mark(s, n)) != 0) {
			m += parse_spaces_len(s + m, n - m);
			s += m;
			n -= m;
		}
		if (l->stops > 0 ||
		    (parse_role_other(s, n) == 0 &&
			(m == 0 || parse_role(s, n) == 0)) ||
		    parse_is_credit(s, n))
			return;
	}
	if (parse_starts(s, n, "■")) {
		square = 1;
		s += 3;
		n -= 3;
		while (n > 0 && *s == ' ') {
			s++;
			n--;
		}
	}
	if ((k = parse_starts_loose(s, n, "摄影")) != 0) {
		if (parse_byline_rest(s + k, n - k, square))
			l->cls = L_CREDIT;
		return;
	}
	if ((k = parse_role(s, n)) != 0 || (k = parse_role_other(s, n)) != 0) {
		if (parse_byline_rest(s + k, n - k, square)) {
			l->cls = L_BYLINE;
			l->tight = !square && k < n &&
			    parse_spaces_len(s + k, n - k) == 0;
			/* ■评论员 王强 signs the commentary above it. */
			l->signature = square && parse_role_signs(s, k);
			return;
		}
		/*
		 * A credit whose names follow its role word with no space
		 * (本报记者汤颖摄: a wrapped credit set whole again) ends in
		 * 摄: no sentence does so short.
		 */
		if (n <= 3 * parse_tune.lines.credit_max_chars &&
		    parse_is_credit(s, n)) {
			l->cls = L_CREDIT;
			return;
		}
		/* 本报评论员 with no name: a signature, read below. */
		if (!parse_role_signs(s, k))
			return;
	}
	/* 本报评论员 on a line of its own signs a commentary, ■ or not. */
	if (!square && parse_signature_alone(s, n)) {
		l->cls = L_BYLINE;
		l->signature = 1;
		return;
	}
	if (!square)
		return;
	if (parse_starts_loose(s, n, "本报评论员") != 0 ||
	    parse_starts_loose(s, n, "评论员") != 0 ||
	    (parse_is_names(s, n) &&
		l->em <= parse_tune.lines.pen_name_max_em)) {
		l->cls = L_BYLINE;
		l->signature = 1;
	}
}

/*
 * Where a photo's credit set after its caption's last sentence starts, on
 * the same line (…拍照留念。 陆峰 马骁/摄, …好时光。 本报记者 汤颖摄): after
 * a stop and a space, a short tail that ends in 摄 and reads as no
 * sentence.  n if there is none.
 */
static size_t
parse_credit_tail(const char *s, size_t n)
{
	size_t	    e = n, i, k;
	const char *t;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e < 6 || memcmp(s + e - 3, "摄", 3) != 0)
		return (n);
	for (i = e; i > 3; i--) {
		if (s[i - 1] != ' ')
			continue;
		k = i;
		while (k > 0 && s[k - 1] == ' ')
			k--;
		if (k < 3 ||
		    (memcmp(s + k - 3, "。", 3) != 0 &&
			memcmp(s + k - 3, "！", 3) != 0 &&
			memcmp(s + k - 3, "”", 3) != 0))
			continue;
		t = s + i;
		if (e - i > 3 * parse_tune.lines.credit_max_chars ||
		    parse_memmem(t, e - i, "，", 3) != NULL ||
		    parse_memmem(t, e - i, "。", 3) != NULL)
			return (n);
		return (i);
	}
	return (n);
}

/*
 * Does s hold a ■ (E2 96 A0)?  Asked of every line: its lead byte is
 * looked for, rarer in Chinese text than its last, which ends many a
 * Han character.
 */
static int
parse_has_square(const char *s, size_t n)
{
	const char *q = s, *e = s + n;

	while (e - q >= 3) {
		if ((q = memchr(q, 0xe2, (size_t)(e - q - 2))) == NULL)
			return (0);
		if (q[1] == '\x96' && q[2] == '\xa0')
			return (1);
		q++;
	}
	return (0);
}

/* The length of the arrow a bare note may open or close with, or 0. */
static size_t
parse_note_arrow(const char *s, size_t n)
{
	static const char *const arrows[] = { "▶", "►", "◀", "→" };

	/* Each opens on E2, as few characters of a page do. */
	if (n < 3 || (unsigned char)s[0] != 0xe2)
		return (0);
	return (
	    parse_starts_any(s, n, arrows, sizeof arrows / sizeof arrows[0]));
}

/* The length of the space (a space, a tab, a wide space) s ends on at b. */
static size_t
parse_space_before(const char *s, size_t b)
{
	if (b >= 1 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		return (1);
	if (b >= 3 && memcmp(s + b - 3, "　", 3) == 0)
		return (3);
	return (0);
}

/* Where the spaces right before q in s start: q itself if there are none. */
static const char *
parse_past_spaces(const char *s, const char *q)
{
	size_t m;

	while ((m = parse_space_before(s, (size_t)(q - s))) != 0)
		q -= m;
	return (q);
}

/*
 * Where a bare note (下转第2版, ▶下转A2版) at the end of a line starts,
 * after a sentence's end or a space; n if there is none.  It ends in 版
 * or an arrow, and is read from its 下转 at most note_tail_bytes back.
 */
static size_t
parse_bare_note_tail(const char *s, size_t n)
{
	size_t	    from, k, b, m;
	const char *q = NULL, *at;
	uint32_t    c, prev = 0;
	int	    to;
	char	    page[16];

	if (n < 6 ||
	    (memcmp(s + n - 3, "版", 3) != 0 &&
		parse_note_arrow(s + n - 3, 3) == 0))
		return (n);
	from = n > parse_tune.lines.note_tail_bytes ?
	    n - parse_tune.lines.note_tail_bytes :
	    0;
	/* The last 下转 in reach: one before may be a word's (地下转运站). */
	for (at = s + from;
	     (at = parse_memmem(at, n - (size_t)(at - s), "下转", 6)) != NULL;
	     at += 3)
		q = at;
	if (q == NULL)
		return (n);
	/* An arrow before it, right before or past spaces. */
	k = (size_t)(q - s);
	b = (size_t)(parse_past_spaces(s, q) - s);
	if (b >= 3 && parse_note_arrow(s + b - 3, 3) != 0) {
		k = b - 3;
		b = (size_t)(parse_past_spaces(s, s + k) - s);
	}
	if (b == 0 || !parse_cont_note(s + k, n - k, &to, page, sizeof page))
		return (n);
	if (b < k)
		return (k); /* a space before it */
	m = text_utf8_prev(s, b, &c);
	if (m < b)
		text_utf8_prev(s, b - m, &prev);
	return (parse_sentence_end(prev, c) ? k : n);
}

/*
 * Splits "text ■摄影 NAMES", "text。 NAMES摄", "text（下转2版）" and "text。
 * 下转第2版" off the end of a line.
 */
static size_t
parse_split_tail(const char *s, size_t n)
{
	const char *m, *q;
	long	    at;
	size_t	    c;

	if (parse_has_square(s, n) &&
	    ((at = parse_find(s, n, "■摄影")) > 0 ||
		(at = parse_find(s, n, "■ 摄影")) > 0))
		return ((size_t)at);
	if ((c = parse_credit_tail(s, n)) < n)
		return (c);
	if ((c = parse_bare_note_tail(s, n)) < n)
		return (c);
	/* （下转2版）, (转第3版) at the end of a line: it ends in a bracket. */
	if (n == 0 ||
	    (s[n - 1] != ')' && (n < 3 || memcmp(s + n - 3, "）", 3) != 0)))
		return (n);
	for (m = s; (m = parse_memmem(m, n - (size_t)(m - s), "转", 3)) != NULL;
	     m += 3) {
		/* Spaces may stand inside the bracket (…。（ 下 转2版 ）). */
		q = parse_past_spaces(s, m);
		if (q - s >= 3 && memcmp(q - 3, "下", 3) == 0)
			q = parse_past_spaces(s, q - 3);
		if (q - s >= 3 && memcmp(q - 3, "（", 3) == 0)
			return ((size_t)(q - 3 - s));
		if (q - s >= 1 && q[-1] == '(')
			return ((size_t)(q - 1 - s));
	}
	return (n);
}

/*
 * Could a space (parse_is_space()) start at byte b, or end the n bytes at
 * t?  UTF-8 has one form for each character: a space is 20, 09, C2 A0,
 * E2 80 80 to E2 80 8A or E3 80 80.  Most lines start and end with no
 * such bytes, and are trimmed without decoding.  At the end the whole
 * form is compared, since 。 (E3 80 82) ends most lines too.
 */
static int
parse_may_start_space(char b)
{
	unsigned char u = (unsigned char)b;

	return (u == ' ' || u == '\t' || u == 0xc2 || u == 0xe2 || u == 0xe3);
}

static int
parse_may_end_space(const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t + n;

	if (u[-1] == ' ' || u[-1] == '\t')
		return (1);
	if (n >= 2 && u[-2] == 0xc2 && u[-1] == 0xa0)
		return (1);
	return (n >= 3 && u[-2] == 0x80 &&
	    ((u[-3] == 0xe2 && u[-1] >= 0x80 && u[-1] <= 0x8a) ||
		(u[-3] == 0xe3 && u[-1] == 0x80)));
}

/* Does s start with a measure word or unit, as after a number (多人, 亿元)? */
static int
parse_is_unit(const char *s, size_t n)
{
	static const char units[] =
	    "多个万亿千百年月日号元人名家岁次项米台套"
	    "辆位件天时分秒倍成余户所座条幢间亩吨度股只支%％℃";
	uint32_t c, u;
	size_t	 i;

	text_utf8_next(s, n, &c);
	for (i = 0; units[i] != '\0';) {
		i += text_utf8_next(units + i, sizeof units - 1 - i, &u);
		if (u == c)
			return (1);
	}
	return (0);
}

/*
 * The width a line was set to: its ems, and the spaces an extractor
 * wrote where a justified line spread its digits and Latin words (2000 年
 * 9 月): those stood for room on the page.
 */
double
parse_set_width(const struct line *l)
{
	return (l->em + l->gaps * parse_tune.lines.digit_space_em);
}

/*
 * The room the figure that opens line n takes (1400多人，…: two ems), 0
 * if it opens on none.
 */
double
parse_opening_figure(const struct line *n)
{
	size_t k = 0;

	while (k < n->len &&
	    (isdigit((unsigned char)n->s[k]) || n->s[k] == '.' ||
		n->s[k] == '%'))
		k++;
	return (k / 2.0);
}

/* Has line l a figure or a Latin letter in it? */
int
parse_has_latin(const struct line *l)
{
	size_t k;

	for (k = 0; k < l->len; k++) {
		if ((unsigned char)l->s[k] < 0x80 &&
		    isalnum((unsigned char)l->s[k]))
			return (1);
	}
	return (0);
}

/*
 * The length of word w that s (n bytes) opens with, spaces an extractor
 * set between its characters or not (下 转), or 0.
 */
static size_t
parse_starts_spaced(const char *s, size_t n, const char *w)
{
	size_t	 i = 0, k = 0, m, wl = strlen(w);
	uint32_t c;

	while (k < wl) {
		m = parse_next(w, wl, k, &c) - k;
		if (i + m > n || memcmp(s + i, w + k, m) != 0)
			return (0);
		i += m;
		k += m;
		if (k < wl)
			i += parse_spaces_len(s + i, n - i);
	}
	return (i);
}

/*
 * A continuation note: （下转2版）, (上接第1版), (转第3版), （紧接第1版）,
 * （接第1版）, …; or one that stands bare, as some papers set it, 下转 or
 * 上接 with no bracket (下转第2版, ▶下转A2版).  Spaces an extractor set
 * inside it may stand between its parts (（ 下 转第 2 版 ）).
 */
int
parse_cont_note(const char *s, size_t n, int *to, char *page, size_t pagesz)
{
	/* Where the note sends the reader: on (1) or back (0). */
	static const struct {
		const char *word;
		int	    to;
	} verbs[] = { { "下转", 1 }, { "上接", 0 }, { "紧接", 0 }, { "转", 1 },
		{ "接", 0 } };
	size_t	 i = 0, j = 0, w, m = 0;
	uint32_t c;
	int	 bare = 0;

	/*
	 * It opens on ( or （, or on 下, 上 or an arrow when bare, known by
	 * its bytes (28, EF, E4, E2 first): most lines leave here.
	 */
	if (n < 4 ||
	    (s[0] != '(' && (unsigned char)s[0] != 0xef &&
		(unsigned char)s[0] != 0xe4 && (unsigned char)s[0] != 0xe2))
		return (0);
	if (s[0] == '(')
		i = 1;
	else if (memcmp(s, "（", 3) == 0)
		i = 3;
	else if (memcmp(s, "下", 3) == 0 || memcmp(s, "上", 3) == 0 ||
	    (i = parse_note_arrow(s, n)) != 0)
		bare = 1;
	else
		return (0);
	i += parse_spaces_len(s + i, n - i);
	for (w = 0; w < sizeof verbs / sizeof verbs[0]; w++) {
		if ((m = parse_starts_spaced(s + i, n - i, verbs[w].word)) != 0)
			break;
	}
	if (w == sizeof verbs / sizeof verbs[0])
		return (0);
	*to = verbs[w].to;
	i += m;
	i += parse_spaces_len(s + i, n - i);
	if (parse_starts(s + i, n - i, "第"))
		i += 3;
	i += parse_spaces_len(s + i, n - i);
	while (i < n &&
	    (isdigit((unsigned char)s[i]) || isupper((unsigned char)s[i])) &&
	    j + 1 < pagesz)
		page[j++] = s[i++];
	/* 第六版, 第十二版: the page in Chinese numerals. */
	if (j == 0) {
		static const char digits[] = "一二三四五六七八九";
		int		  v = 0, d, tens = 0;
		size_t		  k;

		for (;;) {
			if (parse_starts(s + i, n - i, "十")) {
				tens = v == 0 ? 1 : v;
				v = 0;
				i += 3;
				continue;
			}
			for (k = 0, d = 0; k < sizeof digits - 1; k += 3) {
				if (parse_starts(s + i, n - i,
					(char[]){ digits[k], digits[k + 1],
					    digits[k + 2], '\0' }))
					d = (int)(k / 3) + 1;
			}
			if (d == 0)
				break;
			/* No page has a number past 1000: a run so long is none. */
			if (v < 1000)
				v = v * 10 + d;
			i += 3;
		}
		v += tens * 10;
		if (v > 0 && v < 1000)
			j = (size_t)snprintf(page, pagesz, "%d", v);
	}
	page[j] = '\0';
	i += parse_spaces_len(s + i, n - i);
	if (j == 0 || !parse_starts(s + i, n - i, "版"))
		return (0);
	i += 3;
	i += parse_spaces_len(s + i, n - i);
	if (bare)
		return (i == n || i + parse_note_arrow(s + i, n - i) == n);
	if (i >= n)
		return (0);
	i = parse_next(s, n, i, &c);
	return ((c == 0xff09 || c == ')') && i == n);
}

/* The width of line l, a space half an em as a justified line spreads. */
static double
parse_packed_em(const struct line *l)
{
	return (l->em + l->spaces / 2.0);
}

/* Does line l run on, as a line of a column does? */
static int
parse_packed_runs_on(const struct line *l)
{
	return (l->cls == L_TEXT && !l->final && l->punct > 0);
}

/*
 * Is line i set apart by its shape, as a heading, a byline or a credit
 * is: ending no sentence and on no pause, and short of the nearest lines
 * that run on before and after it (its column) by more than an indent
 * and what a justified line's punctuation gains (packed_short_em)?
 */
static int
parse_apart(const struct parser *p, size_t i)
{
	const struct line *l = &p->lines[i];
	size_t		   reach = (size_t)parse_tune.lines.packed_reach, j;
	double		   w = 0;

	if (l->final || parse_ends_on_pause(l->s, l->len))
		return (0);
	/* Right over a byline or a 本报讯 lead: a title, however wide. */
	if (i + 1 < p->nlines &&
	    (p->lines[i + 1].cls == L_BYLINE || p->lines[i + 1].benbao))
		return (1);
	for (j = i; j > 0 && i - j < reach; j--) {
		if (parse_packed_runs_on(&p->lines[j - 1])) {
			w = parse_packed_em(&p->lines[j - 1]);
			break;
		}
	}
	for (j = i + 1; j < p->nlines && j - i <= reach; j++) {
		if (parse_packed_runs_on(&p->lines[j])) {
			if (parse_packed_em(&p->lines[j]) > w)
				w = parse_packed_em(&p->lines[j]);
			break;
		}
	}
	return (w > 0 &&
	    parse_packed_em(l) <= w - parse_tune.lines.packed_short_em);
}

/*
 * Some extractors (pdftotext -raw, and those that give the text in the
 * order it was drawn) set no blank line between a page's blocks, and
 * blank lines are what part a heading from the bodies around it.  On
 * such a packed page, where lines set apart by their shape (parse_apart())
 * start and end, a blank line is taken to have been.  Only pages read as
 * ours are (parse_units()) take it: on other papers' (parse_flow()) the
 * last line of a summary or of a column's title then cut a story in two.
 */
void
parse_unpack(struct parser *p)
{
	size_t i, blanks = 0;
	int    apart, prev;

	if (p->nlines < (size_t)parse_tune.lines.packed_min_lines)
		return;
	for (i = 1; i < p->nlines; i++)
		blanks += p->lines[i].blank_before != 0;
	if (blanks * (size_t)parse_tune.lines.packed_blank_per >= p->nlines)
		return;
	prev = parse_apart(p, 0);
	for (i = 1; i < p->nlines; i++) {
		apart = parse_apart(p, i);
		if (apart != prev)
			p->lines[i].blank_before = 1;
		prev = apart;
	}
}

/*
 * Is the text from s min_runs or more phrases of four characters each,
 * parted by spaces (澄湖经开 开局冲刺, 早稻育秧 春耕正忙)?  That is a
 * headline's pattern; a name has two or three characters, four only with
 * a double surname, and a line of such names is rare.
 */
static int
parse_is_fours(const char *s, size_t n, int min_runs)
{
	uint32_t c;
	size_t	 i;
	int	 run = 0, runs = 0;

	for (i = 0; i < n;) {
		i = parse_next(s, n, i, &c);
		if (!parse_is_space(c)) {
			run++;
			continue;
		}
		if (run == 0)
			continue;
		if (run != 4)
			return (0);
		runs++;
		run = 0;
	}
	return (run == 4 && runs + 1 >= min_runs);
}

/*
 * Is line l, a line of text, four-character phrases as a headline is:
 * two or more (parse_is_fours()), or one over a line of one more
 * (澄湖经开 ⏎ 开局冲刺, a headline broken in a narrow column)?  Under a
 * byline that is the title; under a photo's credit it may be a column's
 * banner (创新突破 ⏎ 实干争先), and is read as before.
 */
static int
parse_line_fours(const struct parser *p, const struct line *l)
{
	size_t n = (size_t)(l - p->lines);

	if (parse_is_fours(l->s, l->len, 2))
		return (1);
	return (n + 1 < p->nlines && !l[1].blank_before && l[1].cls == L_TEXT &&
	    parse_is_fours(l->s, l->len, 1) &&
	    parse_is_fours(l[1].s, l[1].len, 1));
}

/*
 * The class of a line that is a ■ and a role alone (■摄影, split off a
 * caption's last line, its names wrapped to the next): L_CREDIT or
 * L_BYLINE, or L_TEXT if it is not.
 */
static enum line_class
parse_role_alone(const struct line *l)
{
	const char *s = l->s;
	size_t	    n = l->len, k, at;
	uint32_t    c;

	if (!parse_starts(s, n, "■"))
		return (L_TEXT);
	s += strlen("■");
	n -= strlen("■");
	while (
	    n > 0 && (at = parse_next(s, n, 0, &c)) > 0 && parse_is_space(c)) {
		s += at;
		n -= at;
	}
	if ((k = parse_role(s, n)) == 0 || k != n)
		return (L_TEXT);
	return (parse_starts_loose(s, n, "摄影") != 0 ? L_CREDIT : L_BYLINE);
}

/* Does s open on a bracket and a note's 上接, 紧接 or 接? */
static int
parse_opens_from(const char *s, size_t n)
{
	static const char *const from[] = { "上接", "紧接", "接" };
	size_t			 k;

	if (parse_starts(s, n, "（"))
		k = 3;
	else if (parse_starts(s, n, "("))
		k = 1;
	else
		return (0);
	return (parse_starts_any(s + k, n - k, from,
		    sizeof from / sizeof from[0]) != 0);
}

/*
 * Whether line n, under a line that ends a sentence, has no more of its
 * text under it: nothing, a byline's next line, or a line that neither
 * pauses nor ends (the next story's title).  Set apart over a title it
 * is a kicker (记者马上办 ⏎ 澄湖老街路灯亮了).
 */
static int
parse_tight_after(const struct parser *p, size_t n)
{
	const struct line *u;

	if (n + 1 == p->nlines)
		return (1);
	u = &p->lines[n + 1];
	return (u->cls == L_BYLINE || u->cls == L_CREDIT ||
	    (u->cls == L_TEXT && u->punct == 0 && !u->final &&
		!p->lines[n].blank_before));
}

/*
 * Whether line n, a byline whose name is set close to its role
 * (记者王强), stands where a byline does:
 *  - under another (本报记者王强 ⏎ 通讯员李明);
 *  - under a title: a few lines that end no sentence, pause once at
 *    most in all (a full stop is a pause) and do not end on one, from a
 *    blank, the page's top, a sentence's end (or a sign-off after one)
 *    or a byline over them, or one line set apart that ends on ！ or ？
 *    (你是最棒的！);
 *  - after a story's last sentence, signing it, with no more of its
 *    text under it (parse_tight_after()).
 * Elsewhere it is a line of text that opens so (a narrow column's
 * 记者向他, an interview's 记者：谢谢您), or a heading (记者时评, over its
 * story at the page's top or after another's end).
 */
static int
parse_tight_placed(const struct parser *p, size_t n)
{
	const struct line *t;
	size_t		   k;
	int		   stops = 0;

	if (n == 0)
		return (0);
	t = &p->lines[n - 1];
	if (t->cls == L_BYLINE || t->cls == L_CREDIT)
		return (1);
	if (t->final)
		return ((t->stops == 0 && (n == 1 || t->blank_before)) ||
		    parse_tight_after(p, n));
	for (k = n; k-- > 0 && n - k <= (size_t)parse_tune.lines.title_lines;) {
		t = &p->lines[k];
		if (k < n - 1 && (t->cls != L_TEXT || t->final))
			return (1);
		if ((stops += t->stops) > 1 ||
		    parse_ends_on_pause(t->s, t->len))
			return (0);
		if (k == 0 || t->blank_before)
			return (1);
	}
	return (0);
}

/*
 * Is l the rest of a spaced name wrapped from the byline above it
 * (■摄影 王 强 汤⏎颖): one or two characters under a line ending in one?
 */
static int
parse_is_name_tail(const struct line *above, const struct line *l)
{
	uint32_t c;
	size_t	 k;

	if (l->em > parse_tune.lines.name_tail_max_em || above->len < 4)
		return (0);
	k = text_utf8_prev(above->s, above->len, &c);
	if (!text_is_han(c) || k >= above->len)
		return (0);
	text_utf8_prev(above->s, above->len - k, &c);
	return (c == ' ');
}

/*
 * Whether l, the same as the line kept before it (p->lines[cut - 1]), is
 * a sentence said twice in running text, not a line in bold: it has a
 * full stop, and the line before the pair, not bold, leads into it,
 * ending on a colon or a comma.
 */
static int
parse_said_twice(const struct parser *p, size_t cut, const struct line *l)
{
	const struct line *first = &p->lines[cut - 1], *before;

	if (l->periods == 0 || cut < 2 || first->blank_before)
		return (0);
	before = &p->lines[cut - 2];
	return (!before->bold &&
	    (parse_ends(before->s, before->len, "：") ||
		parse_ends(before->s, before->len, "，")));
}

void
parse_lines(struct parser *p, int markdown)
{
	const char     *s = p->text, *end = p->text + p->len, *nl, *t;
	size_t		n, cut;
	int		lead, blank = 0, hard, resumed = 0, newpage = 0;
	int		listed = 0; /* bylines a colon opened onto */
	enum line_class role;
	struct line    *l;
	char		page[16];
	int		to;

	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (nl == NULL)
			nl = end;
		n = (size_t)(nl - s);
		hard = n >= 2 && s[n - 1] == ' ' && s[n - 2] == ' ';
		/* Trim both ends; remember an indent. */
		lead = 0;
		t = s;
		/* A form feed (a new page of the issue) is a break. */
		while (n > 0 && (*t == '\f' || t[n - 1] == '\f')) {
			if (*t == '\f') {
				t++;
				s++;
			}
			n--;
			blank = 1;
			newpage = 1;
		}
		while (n > 0 && parse_may_start_space(*t)) {
			uint32_t c;
			size_t	 k = text_utf8_next(t, n, &c);

			if (!parse_is_space(c))
				break;
			lead = 1;
			t += k;
			n -= k;
		}
		while (n > 0 && parse_may_end_space(t, n)) {
			uint32_t c;
			size_t	 k = text_utf8_prev(t, n, &c);

			if (!parse_is_space(c))
				break;
			n -= k;
		}
		s = nl + 1;
		if (n == 0) {
			blank = 1;
			continue;
		}
		/*
		 * An indent is a new text frame, except the spurious space an
		 * extractor puts beside digits (…老人有⏎ 1400多人).
		 */
		if (lead &&
		    (isalnum((unsigned char)*t) ||
			(!blank && p->nlines > 0 &&
			    p->lines[p->nlines - 1].len > 0 &&
			    isdigit((unsigned char)p->lines[p->nlines - 1]
					.s[p->lines[p->nlines - 1].len - 1]) &&
			    parse_is_unit(t, n))))
			lead = 0;
		if (markdown && *t == '#') {
			size_t lv = 0;

			while (lv < n && t[lv] == '#')
				lv++;
			if (lv < n && t[lv] == ' ' && lv <= 6) {
				const char *h = t + lv;
				size_t	    hn = n - lv;

				while (hn > 0 && *h == ' ') {
					h++;
					hn--;
				}
				l = parse_add_line(p, h, hn, 0, blank);
				l->newpage = newpage;
				newpage = 0;
				l->cls = L_HEADING;
				l->level = (int)lv;
				blank = 0;
				continue;
			}
		}
		/* （上接1版） opening a line, or （紧接1版）, （接1版）. */
		if (n > 6 && parse_opens_from(t, n)) {
			const char *close = NULL;
			size_t	    i;

			for (i = 0; i + 3 <= n && i < 40; i++) {
				if (parse_starts(t + i, n - i, "）")) {
					close = t + i + 3;
					break;
				}
				if (t[i] == ')') {
					close = t + i + 1;
					break;
				}
			}
			if (close != NULL &&
			    parse_cont_note(t, (size_t)(close - t), &to, page,
				sizeof page)) {
				l = parse_add_line(p, t, (size_t)(close - t),
				    lead, blank);
				l->newpage = newpage;
				newpage = 0;
				l->cls = L_CONT;
				blank = 0;
				n -= (size_t)(close - t);
				t = close;
				while (n > 0 && *t == ' ') {
					t++;
					n--;
				}
				if (n == 0)
					continue;
				lead = 0;
				resumed = 1;
			}
		}
		cut = parse_split_tail(t, n);
		if (cut < n) {
			size_t m = cut;

			while (m > 0 && t[m - 1] == ' ')
				m--;
			if (m > 0) {
				l = parse_add_line(p, t, m, lead, blank);
				l->newpage = newpage;
				newpage = 0;
				l->hardbreak = hard;
				blank = 0;
				lead = 0;
			}
			t += cut;
			n -= cut;
		}
		l = parse_add_line(p, t, n, lead, blank);
		l->newpage = newpage;
		newpage = 0;
		l->hardbreak = hard;
		l->resumed = resumed;
		resumed = 0;
		blank = 0;
		if (parse_cont_note(t, n, &to, page, sizeof page))
			l->cls = L_CONT;
		else if (l->cls == L_TEXT)
			parse_class_line(l);
	}
	/*
	 * Fake bold set line by line: the same line twice in a row is one
	 * line in bold (a heading, an editor's note), said once.  Not a
	 * sentence said twice that a line of text leads into (…齐声高喊： ⏎
	 * 澄湖加油！湖城加油。 ⏎ 澄湖加油！湖城加油。): a chant, a slogan
	 * repeated, kept whole.
	 */
	for (n = 0, cut = 0; n < p->nlines; n++) {
		l = &p->lines[n];
		if (cut > 0 && l->cls == L_TEXT && !l->blank_before &&
		    l->len == p->lines[cut - 1].len &&
		    l->em >= parse_tune.lines.bold_min_em &&
		    p->lines[cut - 1].cls == L_TEXT &&
		    !p->lines[cut - 1].bold &&
		    memcmp(l->s, p->lines[cut - 1].s, l->len) == 0 &&
		    !parse_said_twice(p, cut, l)) {
			p->lines[cut - 1].bold = 1;
			continue;
		}
		/* Until a line is dropped each stays where it is. */
		if (cut != n)
			p->lines[cut] = *l;
		cut++;
	}
	p->nlines = cut;
	for (n = 0; n < p->nlines; n++) {
		if (p->lines[n].tight && !parse_tight_placed(p, n))
			p->lines[n].cls = L_TEXT;
	}
	/*
	 * Names alone under a byline or credit continue it ("蒋林璐"), but
	 * not a credit its 摄 has closed (王强 摄 ⏎ 创新突破), nor a label's
	 * names with no role (图/王强 ⏎ 湖城新貌) by more than names of
	 * three characters at most; an opinion column's name (湖畔观察) under
	 * a picture's credit heads the next piece.
	 */
	for (n = 1; n < p->nlines; n++) {
		l = &p->lines[n];
		/*
		 * Lines a sentence's colon opens onto are what it names, not
		 * bylines (…。获奖作者是： ⏎ 湖城日报 记者 王强 ⏎ 湖城县融媒体
		 * 中心记者 陈一鸣).  A label (采写：) or a title (两会声音：)
		 * that ends so pauses nowhere else, and its byline stays.
		 */
		if ((l->cls == L_BYLINE || l->cls == L_CREDIT) &&
		    !l->blank_before && l[-1].cls == L_TEXT &&
		    (listed ||
			(l[-1].punct > 1 &&
			    parse_ends(l[-1].s, l[-1].len, "：")))) {
			l->cls = L_TEXT;
			listed = 1;
		} else
			listed = 0;
		if (l->cls == L_TEXT && !l->blank_before &&
		    l[-1].cls == L_TEXT && l->punct == 0 &&
		    l->em <= parse_tune.lines.name_line_max_em &&
		    parse_is_names(l->s, l->len) &&
		    (role = parse_role_alone(&l[-1])) != L_TEXT)
			l[-1].cls = l->cls = role;
		if (l->cls == L_TEXT && !l->blank_before && !l->benbao &&
		    (l[-1].cls == L_BYLINE || l[-1].cls == L_CREDIT) &&
		    !l[-1].signature && l->punct == 0 &&
		    !parse_ends(l[-1].s, l[-1].len, "摄") &&
		    (!parse_label_alone(&l[-1]) ||
			parse_name_runs(l->s, l->len,
			    parse_tune.lines.role_name_max_han) > 0) &&
		    !parse_opinion_column(l) &&
		    l->em <= parse_tune.lines.name_line_max_em &&
		    ((parse_is_names(l->s, l->len) &&
			 !(l[-1].cls == L_BYLINE &&
			     !parse_is_credit(l[-1].s, l[-1].len) &&
			     parse_line_fours(p, l))) ||
			parse_is_name_tail(&l[-1], l)))
			l->cls = l[-1].cls;
	}
}

/*
 * Does any of the eight bytes at u lead a mark: (, or E2 or EF?  A byte
 * equal to b is a zero byte of w ^ b in every byte, and (x - 0x01…) &
 * ~x & 0x80… is non-zero exactly when x has a zero byte.
 */
static int
parse_word_has_lead(const unsigned char *u)
{
	const uint64_t ones = 0x0101010101010101ULL,
		       highs = 0x8080808080808080ULL;
	uint64_t w, a, b, c;

	memcpy(&w, u, sizeof w);
	a = w ^ (ones * '(');
	b = w ^ (ones * 0xe2);
	c = w ^ (ones * 0xef);
	return ((((a - ones) & ~a) | ((b - ones) & ~b) | ((c - ones) & ~c)) &
		   highs) != 0;
}

/* Is there a ■ or an opening bracket in the few bytes before text[at]? */
static int
parse_near_mark(const char *text, size_t at)
{
	size_t reach = parse_tune.lines.marker_reach;
	size_t from = at > reach ? at - reach : 0;

	const unsigned char *u = (const unsigned char *)text;
	size_t		     i;

	/*
	 * Most of these bytes lead no mark at all: pass over eight at a
	 * time while none of them does.
	 */
	while (from + 8 <= at && !parse_word_has_lead(u + from))
		from += 8;

	/* One pass: (, or the lead bytes of ■ (E2 96 A0) and （ (EF BC 88). */
	for (i = from; i < at; i++) {
		unsigned char c = u[i];

		if (c == '(')
			return (1);
		if ((c == 0xe2 || c == 0xef) && i + 2 < at &&
		    ((c == 0xe2 && u[i + 1] == 0x96 && u[i + 2] == 0xa0) ||
			(c == 0xef && u[i + 1] == 0xbc && u[i + 2] == 0x88)))
			return (1);
	}
	return (0);
}

/*
 * Is the newline at text[at] inside a continuation note, （下⏎转2版）, or
 * （下转2⏎⏎版） with a blank line from the extractor?  How many newlines to
 * take out, 0 if none.
 */
static size_t
parse_broken_note(const char *text, size_t len, size_t at)
{
	size_t b, e, from, gap;
	char   joined[64], page[16];
	int    to;

	for (b = at; b > 0 && at - b < parse_tune.lines.marker_reach; b--) {
		if (parse_starts(text + b - 1, len - b + 1, "(") ||
		    (b >= 3 && parse_starts(text + b - 3, len - b + 3, "（")))
			break;
	}
	if (b == 0 || at - b >= parse_tune.lines.marker_reach)
		return (0);
	b -= text[b - 1] == '(' ? 1 : 3;
	gap = at + 1 < len && text[at + 1] == '\n' ? 2 : 1;
	from = at + gap;
	for (e = from;
	     e < len && e - at < parse_tune.lines.note_reach && text[e] != '\n';
	     e++) {
		if (text[e] == ')' || parse_starts(text + e, len - e, "）")) {
			e += text[e] == ')' ? 1 : 3;
			if ((at - b) + (e - from) >= sizeof joined)
				return (0);
			memcpy(joined, text + b, at - b);
			memcpy(joined + (at - b), text + from, e - from);
			return (parse_cont_note(joined, (at - b) + (e - from),
				    &to, page, sizeof page) ?
				gap :
				0);
		}
	}
	return (0);
}

/*
 * Is the newline at text[i] the one before the 摄 of a photo credit the
 * extractor wrapped (新华社记者 王强 陆峰⏎摄): the next line is 摄 alone
 * (spaces before it, a bracketed source after it or not), the line
 * before it names people, short and with no sentence's mark?
 */
static int
parse_broken_credit(const char *text, size_t len, size_t i)
{
	size_t b, e, n, k;

	for (k = i + 1; k < len && text[k] == ' '; k++)
		;
	if (k + 3 > len || memcmp(text + k, "摄", 3) != 0)
		return (0);
	e = k + 3;
	if (e < len && text[e] != '\n' &&
	    !parse_starts(text + e, len - e, "（"))
		return (0);
	for (b = i; b > 0 && text[b - 1] != '\n'; b--)
		;
	n = i - b;
	if (n < 6 || n > 3 * parse_tune.lines.credit_max_chars)
		return (0);
	return (parse_memmem(text + b, n, "，", 3) == NULL &&
	    parse_memmem(text + b, n, "。", 3) == NULL &&
	    parse_memmem(text + b, n, "：", 3) == NULL);
}

/*
 * How many Han characters s (n bytes) has if it is Han characters and
 * spaces only, each word one character if lone is set (汤, 骁 汤 颖: the
 * rest of names a line broke); 0 if it is not.
 */
size_t
parse_han_words(const char *s, size_t n, int lone)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t		     i = 0, han = 0;

	while (i < n) {
		if (u[i] == ' ') {
			i++;
			continue;
		}
		if (u[i] < 0xe4 || u[i] > 0xe9 || i + 3 > n ||
		    (lone && i + 3 < n && u[i + 3] != ' '))
			return (0);
		han++;
		i += 3;
	}
	return (han);
}

/*
 * Does a role word start on the tail of one line (t, tn: 新华社, 本报) and
 * end on the next (s, n: 记者 陆峰 摄)?
 */
static int
parse_role_broken(const char *t, size_t tn, const char *s, size_t n)
{
	static const char *words[] = { "新华社记者", "本报记者", "特约记者",
		"见习记者", "本报通讯员", "通讯员" };
	size_t		   i, wl;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		wl = strlen(words[i]);
		if (tn > 0 && tn < wl && memcmp(t, words[i], tn) == 0 &&
		    n >= wl - tn && memcmp(s, words[i] + tn, wl - tn) == 0)
			return (1);
	}
	return (0);
}

/*
 * Is the newline at i inside a picture's credit set after its caption's
 * last sentence (…前来咨询。 本报记者 王⏎强、马骁、汤颖摄; …咨询。 王强
 * 马⏎⏎骁 汤颖/摄, a blank from the extractor between): the line ends on
 * a stop, a space and a role word with names, or names alone over a line
 * that ends in /摄; the next line is names that end in 摄, and neither
 * holds another mark?  A role word may break too (…咨询。 新华社⏎记者 陆峰
 * 摄).  How many newlines to take out, 0 if none.
 */
static size_t
parse_broken_tail_credit(const char *text, size_t len, size_t i)
{
	size_t b, e, ne, t, from, gap,
	    max = 3 * parse_tune.lines.credit_max_chars;
	const char *nl;

	gap = i + 1 < len && text[i + 1] == '\n' ? 2 : 1;
	from = i + gap;
	if (from >= len)
		return (0);
	/* The next line: short, and ending on 摄.  Most are neither. */
	e = len - from < max + 1 ? len - from : max + 1;
	nl = memchr(text + from, '\n', e);
	if (nl != NULL)
		e = (size_t)(nl - text);
	else if (len - from <= max)
		e = len;
	else
		return (0);
	ne = e;
	if (e - from < 3 || memcmp(text + e - 3, "摄", 3) != 0 ||
	    parse_memmem(text + from, e - from, "，", 3) != NULL ||
	    parse_memmem(text + from, e - from, "。", 3) != NULL ||
	    parse_memmem(text + from, e - from, "：", 3) != NULL)
		return (0);
	for (b = i; b > 0 && text[b - 1] != '\n'; b--)
		;
	/* The tail after the line's last stop and a space. */
	for (e = i; e >= b + 3; e--) {
		if (memcmp(text + e - 3, "。", 3) == 0 ||
		    memcmp(text + e - 3, "！", 3) == 0)
			break;
	}
	if (e < b + 3 || e >= i || text[e] != ' ')
		return (0);
	for (t = e; t < i && text[t] == ' '; t++)
		;
	if (t == i || i - t > max ||
	    parse_memmem(text + t, i - t, "，", 3) != NULL)
		return (0);
	if (parse_role(text + t, i - t) != 0 ||
	    parse_starts(text + t, i - t, "新华社记者") ||
	    parse_role_broken(text + t, i - t, text + from, ne - from))
		return (gap);
	/*
	 * Names alone (王强 马; 王强 马骁 汤), the line under them naming
	 * the rest in a credit's own form (骁 汤颖/摄; 颖/摄).
	 */
	if (i - t <= max && parse_han_words(text + t, i - t, 0) &&
	    ne - from >= 4 && text[ne - 4] == '/')
		return (gap);
	/* Or names and their slash, the 摄 alone under them (陆峰/⏎摄). */
	if (i - t <= max + 1 && text[i - 1] == '/' &&
	    parse_han_words(text + t, i - 1 - t, 0) && ne - from == 3)
		return (gap);
	return (0);
}

/*
 * Is the newline at i inside the names of a credit set after a caption's
 * last sentence on its marker, a blank from the extractor between (…好时
 * 光。 ■摄影 汤⏎⏎颖): the line ends on the marker and names, the last a
 * lone character, and the line after the blank holds the lone characters
 * that end them, no more than lines.broken_names.  A lone character is no
 * title, nor are a few set apart.  How many newlines to take out (2), 0
 * if none.
 */
static size_t
parse_broken_mark_credit(const char *text, size_t len, size_t i)
{
	size_t	    b, e, from = i + 2, names, rest;
	long	    at;
	const char *nl;

	/* Tight under it they are a byline's names (parse_lines()). */
	if (from >= len || text[i + 1] != '\n')
		return (0);
	nl = memchr(text + from, '\n', len - from);
	e = nl != NULL ? (size_t)(nl - text) : len;
	rest = parse_han_words(text + from, e - from, 1);
	if (rest == 0 || rest > parse_tune.lines.broken_names)
		return (0);
	for (b = i; b > 0 && text[b - 1] != '\n'; b--)
		;
	if ((at = parse_find(text + b, i - b, "■摄影")) < 0)
		return (0);
	b += (size_t)at + strlen("■摄影");
	while (b < i && text[b] == ' ')
		b++;
	for (e = i; e > b && text[e - 1] == ' '; e--)
		;
	names = e - b;
	/* Names; the last one character, a name cut after its first. */
	if (names < 3 || names > 3 * parse_tune.lines.credit_max_chars ||
	    !parse_han_words(text + b, names, 0) ||
	    parse_han_words(text + e - 3, 3, 1) != 1 ||
	    (names > 3 && text[e - 4] != ' '))
		return (0);
	return (2);
}

/*
 * A copy of the page with the line breaks taken out of markers the
 * extractor wrapped (■摄⏎影, ■⏎记者) and of credits it wrapped before
 * their 摄 or inside their names, so that every marker and credit is on
 * one line.
 */
char *
parse_glue_markers(const char *text, size_t len, size_t *outlen)
{
	static const char *marks[] = { "■摄\n影", "■\n摄影", "■记\n者",
		"■\n记者", "■ \n摄影" };
	char		  *out = xmalloc(len + 1);
	const char	  *nl;
	size_t		   i = 0, j = 0, k, ml, run;

	/* A line at a time: only a newline may be dropped. */
	while (i < len) {
		nl = memchr(text + i, '\n', len - i);
		run = nl == NULL ? len - i : (size_t)(nl - (text + i));
		memcpy(out + j, text + i, run);
		j += run;
		i += run;
		if (i == len)
			break;
		if (i >= 3 && parse_near_mark(text, i)) {
			for (k = 0; k < sizeof marks / sizeof marks[0]; k++) {
				const char *m = strchr(marks[k], '\n');
				size_t	    before = (size_t)(m - marks[k]);

				ml = strlen(marks[k]);
				if (i >= before && i - before + ml <= len &&
				    memcmp(text + i - before, marks[k], ml) ==
					0)
					break;
			}
			if (k < sizeof marks / sizeof marks[0]) {
				i++; /* drop this newline */
				continue;
			}
			if ((run = parse_broken_note(text, len, i)) > 0) {
				i += run; /* and a blank line's */
				continue;
			}
		}
		if (parse_broken_credit(text, len, i)) {
			i++;
			continue;
		}
		if ((run = parse_broken_tail_credit(text, len, i)) > 0) {
			i += run;
			continue;
		}
		/* Names apart as the line set them (汤 颖). */
		if ((run = parse_broken_mark_credit(text, len, i)) > 0) {
			i += run;
			if (text[i] != ' ')
				out[j++] = ' ';
			continue;
		}
		out[j++] = text[i++];
	}
	out[j] = '\0';
	*outlen = j;
	return (out);
}
