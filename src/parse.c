/*
 * The page parser: the text of one newspaper page in, its articles out.
 *
 * Raw pages (PDF-extracted text) are read in four passes:
 *
 *  1. lines: each line is measured (width in ems, sentence punctuation, how
 *     it ends) and classed: blank, byline (■记者…, 通讯员…), photo credit
 *     (■摄影…), continuation note (（下转2版）) or text;
 *  2. blocks: runs of text lines, cut at blank lines, at a new text frame (a
 *     line the extractor indented) and at 本报讯; each block is body text,
 *     a heading (title, kicker, subtitle), a weather box or noise (masthead,
 *     ads), judged from its shape: line widths against the column width,
 *     punctuation, whether the text before it ended mid-sentence;
 *  3. articles: body blocks join into bodies (a column break inside a
 *     sentence is no boundary; 本报讯, headings, bylines and credits are);
 *     headings are matched to the body before or after them by a dynamic
 *     programme that maximises titled bodies, preferring the layout the page
 *     shows (titles after bodies in most real pages); bylines go with the
 *     heading they follow unless that article has one, else with the next;
 *  4. text: lines are rejoined into paragraphs (a paragraph ends on a short
 *     line ending a sentence), spurious spaces next to Chinese characters are
 *     dropped, doubled bold titles are undone.
 *
 * Markdown pages have explicit headings and paragraphs; the same cues place
 * bylines, photos, weather, ads, and body text the converter misplaced.
 *
 * Nothing here depends on a particular page's strings: the only word lists
 * are the conventions of the genre (本报讯, 记者, 摄影, 气温, 热线, …).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

#include "parse-int.h"

static const char *parse_kind_names[PARSE_NKINDS] = {
	"news", "commentary", "photo", "weather", "ad", "banner", "other"
};

const char *
parse_kind_name(enum parse_kind k)
{
	return ((unsigned)k < PARSE_NKINDS ? parse_kind_names[k] : "other");
}

const char *
parse_kind_label(enum parse_kind k)
{
	static const char *labels[PARSE_NKINDS] = {
		"新闻", "评论", "图片", "天气", "广告", "栏目", "其他"
	};

	return ((unsigned)k < PARSE_NKINDS ? labels[k] : labels[PARSE_OTHER]);
}

int
parse_kind_from_name(const char *name)
{
	int	i;

	for (i = 0; i < PARSE_NKINDS; i++) {
		if (strcmp(parse_kind_names[i], name) == 0)
			return (i);
	}
	return (-1);
}

const char *
parse_format_name(enum parse_format f)
{
	if (f == PARSE_LAYOUT)
		return ("layout");
	return (f == PARSE_MARKDOWN ? "markdown" : "raw");
}

/* ---- Characters. */

int
parse_is_space(uint32_t c)
{
	return (c == ' ' || c == '\t' || c == 0x3000 || c == 0xa0 ||
	    (c >= 0x2000 && c <= 0x200a));
}

/* Chinese text, for the purpose of dropping spaces next to it. */
int
parse_is_cjk(uint32_t c)
{
	return (c != 0x3000 && text_is_cjk(c));
}

/* Marks that end a sentence; closing quotes count only after one. */
int
parse_is_stop(uint32_t c)
{
	return (c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0x2026 ||
	    c == '!' || c == '?' || c == 0xff0e);
}

int
parse_is_closer(uint32_t c)
{
	return (c == 0x201d || c == 0x2019 || c == 0x300d || c == 0x300f ||
	    c == 0xff09 || c == ')' || c == '"' || c == 0x300b);
}

/* Sentence punctuation that never appears inside a headline. */
int
parse_is_sentence_punct(uint32_t c)
{
	return (c == 0xff0c || c == 0x3002 || c == 0xff1b || c == 0xff1a ||
	    c == 0xff01 || c == 0xff1f || c == 0x3001);
}


/* The first p (pl bytes) in s (n bytes), or NULL; memmem(3) is not C11. */
const char *
parse_memmem(const char *s, size_t n, const char *p, size_t pl)
{
	const char	*e = s + n, *q;

	if (pl == 0 || pl > n)
		return (pl == 0 ? s : NULL);
	for (q = s; (q = memchr(q, p[0], (size_t)(e - q) - pl + 1)) != NULL;
	    q++) {
		if (memcmp(q, p, pl) == 0)
			return (q);
		if ((size_t)(e - q) <= pl)
			break;
	}
	return (NULL);
}

/* Does s (n bytes) start with the UTF-8 string p? */
int
parse_starts(const char *s, size_t n, const char *p)
{
	size_t	pl = strlen(p);

	return (n >= pl && memcmp(s, p, pl) == 0);
}

/* Finds p in s (n bytes); its offset or -1. */
long
parse_find(const char *s, size_t n, const char *p)
{
	size_t	pl = strlen(p), i;

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
	size_t		i = 0, j = 0, pl = strlen(p);
	uint32_t	c;
	size_t		k;

	while (j < pl) {
		while (i < n) {
			k = parse_next(s, n, i, &c);
			if (!parse_is_space(c))
				break;
			i = k;
		}
		if (i >= n || s[i] != p[j])
			return (0);
		i++;
		j++;
	}
	return (i);
}

/* ---- Pass 1: lines. */

static void
parse_measure(struct line *l)
{
	const unsigned char	*u = (const unsigned char *)l->s;
	uint32_t		 c, last = 0, prev = 0;
	size_t			 i, n = l->len, halves = 0, k;

	l->punct = l->stops = 0;
	for (i = 0; i < n;) {
		/*
		 * Most characters are Han (three bytes, lead E4-E9): one em
		 * and nothing else to look at.  Punctuation and spaces have
		 * leads C2, E2, E3 and EF, and ASCII is one byte.
		 */
		if (u[i] >= 0xe4 && u[i] <= 0xe9 && i + 2 < n) {
			halves += 2;
			prev = last;
			last = 0x4e00;		/* some Han character */
			i += 3;
			continue;
		}
		i = parse_next(l->s, n, i, &c);
		if (parse_is_space(c))
			continue;
		halves += c < 0x80 ? 1 : 2;
		if (parse_is_sentence_punct(c) || ((c == ',' || c == ';' ||
		    c == ':') && (parse_is_cjk(last) || i >= n)))
			l->punct++;
		if (c == 0xff0c || c == 0x3002 || c == 0xff1b)
			l->stops++;
		prev = last;
		last = c;
	}
	l->em = halves / 2.0;
	/* How the line ends, from its real last two characters. */
	if (n > 0) {
		k = text_utf8_prev(l->s, n, &last);
		prev = 0;
		if (k < n)
			text_utf8_prev(l->s, n - k, &prev);
	}
	l->final = parse_is_stop(last) ||
	    (parse_is_closer(last) && parse_is_stop(prev));
	l->benbao = parse_starts(l->s, l->len, "本报讯");
}

static struct line *
parse_add_line(struct parser *p, const char *s, size_t len, int lead,
    int blank_before)
{
	struct line	*l;

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
	parse_measure(l);
	return (l);
}

/* Is the text from s a run of personal names ("王 强 陈明远")? */
int
parse_is_names(const char *s, size_t n)
{
	uint32_t	c;
	size_t		i;
	int		han = 0, run = 0;

	for (i = 0; i < n;) {
		i = parse_next(s, n, i, &c);
		if (parse_is_space(c) || c == 0x3001 || c == 0xb7) {
			run = 0;
			continue;
		}
		if (!text_is_han(c))
			return (0);
		han++;
		if (++run > 4)
			return (0);
	}
	return (han >= 2 && han <= 24);
}

static const char *parse_roles[] = {
	"本报记者", "特约记者", "见习记者", "记者", "通讯员", "实习生", "摄影"
};

/* Length of the role word s starts with (spaces inside allowed), or 0. */
size_t
parse_role(const char *s, size_t n)
{
	size_t	i, k;

	for (i = 0; i < sizeof parse_roles / sizeof parse_roles[0]; i++) {
		if ((k = parse_starts_loose(s, n, parse_roles[i])) != 0)
			return (k);
	}
	return (0);
}

/*
 * Is s (after a role word) names and further roles only, as in
 * " 居丹荔 通讯员 陆也好"?  Needs a space before the first name unless the
 * line was marked with ■, so that "记者了解到" is no byline.
 */
static int
parse_byline_rest(const char *s, size_t n, int square)
{
	uint32_t	c;
	size_t		i, k;
	int		run = 0, names = 0;

	if (!square && (n == 0 || s[0] != ' '))
		return (0);
	for (i = 0; i < n;) {
		if ((k = parse_role(s + i, n - i)) != 0 && run == 0) {
			i += k;
			continue;
		}
		i = parse_next(s, n, i, &c);
		if (parse_is_space(c) || c == 0x3001 || c == 0xb7) {
			run = 0;
			continue;
		}
		if (!text_is_han(c) || ++run > 4)
			return (0);
		names++;
	}
	return (names >= 1 && names <= 30);
}

/*
 * Classes a text line as byline or credit.  Bylines: ■记者 NAMES, 通讯员
 * NAMES, ■本报评论员, ■ followed by a pen name alone.  Credits: ■摄影.
 */
static void
parse_class_line(struct line *l)
{
	static const char	 firsts[] = "■记通本实特见摄评";
	const char		*s = l->s;
	size_t			 n = l->len, k;
	int			 square = 0;
	uint32_t		 c, f;

	/* Most lines start with none of the marks: leave at once. */
	parse_next(s, n, 0, &c);
	for (k = 0; firsts[k] != '\0'; k += 3) {
		parse_next(firsts, sizeof firsts - 1, k, &f);
		if (f == c)
			break;
	}
	if (firsts[k] == '\0')
		return;
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
	if ((k = parse_role(s, n)) != 0) {
		if (parse_byline_rest(s + k, n - k, square))
			l->cls = L_BYLINE;
		return;
	}
	if (!square)
		return;
	if (parse_starts_loose(s, n, "本报评论员") != 0 ||
	    parse_starts_loose(s, n, "评论员") != 0 ||
	    (parse_is_names(s, n) && l->em <= 6)) {
		l->cls = L_BYLINE;
		l->signature = 1;
	}
}

/* Splits "text ■摄影 NAMES" and "text（下转2版）" off the end of a line. */
static size_t
parse_split_tail(const char *s, size_t n)
{
	const char	*m, *q;
	long		 at;

	if (parse_memmem(s, n, "■", 3) != NULL &&
	    ((at = parse_find(s, n, "■摄影")) > 0 ||
	    (at = parse_find(s, n, "■ 摄影")) > 0))
		return ((size_t)at);
	/* （下转2版）, (转第3版) at the end of a line: it ends in a bracket. */
	if (n == 0 || (s[n - 1] != ')' && (n < 3 ||
	    memcmp(s + n - 3, "）", 3) != 0)))
		return (n);
	for (m = s; (m = parse_memmem(m, n - (size_t)(m - s), "转", 3)) != NULL;
	    m += 3) {
		q = m;
		if (q - s >= 3 && memcmp(q - 3, "下", 3) == 0)
			q -= 3;
		if (q - s >= 3 && memcmp(q - 3, "（", 3) == 0)
			return ((size_t)(q - 3 - s));
		if (q - s >= 1 && q[-1] == '(')
			return ((size_t)(q - 1 - s));
	}
	return (n);
}

/* Does s start with a measure word or unit, as after a number (多人, 亿元)? */
static int
parse_is_unit(const char *s, size_t n)
{
	static const char units[] = "多个万亿千百年月日号元人名家岁次项米台套"
	    "辆位件天时分秒倍成余户所座条幢间亩吨度股只支%％℃";
	uint32_t	c, u;
	size_t		i;

	text_utf8_next(s, n, &c);
	for (i = 0; units[i] != '\0';) {
		i += text_utf8_next(units + i, sizeof units - 1 - i, &u);
		if (u == c)
			return (1);
	}
	return (0);
}

/* A continuation note: （下转2版）, (上接第1版), … */
int
parse_cont_note(const char *s, size_t n, int *to, char *page, size_t pagesz)
{
	size_t		i = 0, j = 0;
	uint32_t	c;

	if (n < 4)
		return (0);
	i = parse_next(s, n, 0, &c);
	if (c != 0xff08 && c != '(')
		return (0);
	if (parse_starts(s + i, n - i, "下转"))
		*to = 1;
	else if (parse_starts(s + i, n - i, "上接"))
		*to = 0;
	else if (parse_starts(s + i, n - i, "转"))
		*to = 1;
	else
		return (0);
	i += parse_starts(s + i, n - i, "转") ? 3 : 6;
	if (parse_starts(s + i, n - i, "第"))
		i += 3;
	while (i < n && s[i] == ' ')
		i++;
	while (i < n && (isdigit((unsigned char)s[i]) ||
	    isupper((unsigned char)s[i])) && j + 1 < pagesz)
		page[j++] = s[i++];
	page[j] = '\0';
	while (i < n && s[i] == ' ')
		i++;
	if (j == 0 || !parse_starts(s + i, n - i, "版"))
		return (0);
	i += 3;
	if (i >= n)
		return (0);
	i = parse_next(s, n, i, &c);
	return ((c == 0xff09 || c == ')') && i == n);
}

/*
 * Is l the rest of a spaced name wrapped from the byline above it
 * (■摄影 王 强 汤⏎颖): one or two characters under a line ending in one?
 */
static int
parse_is_name_tail(const struct line *above, const struct line *l)
{
	uint32_t	c;
	size_t		k;

	if (l->em > 2 || above->len < 4)
		return (0);
	k = text_utf8_prev(above->s, above->len, &c);
	if (!text_is_han(c) || k >= above->len)
		return (0);
	text_utf8_prev(above->s, above->len - k, &c);
	return (c == ' ');
}

static void
parse_lines(struct parser *p, int markdown)
{
	const char	*s = p->text, *end = p->text + p->len, *nl, *t;
	size_t		 n, cut;
	int		 lead, blank = 0, hard, resumed = 0;
	struct line	*l;
	char		 page[16];
	int		 to;

	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (nl == NULL)
			nl = end;
		n = (size_t)(nl - s);
		hard = n >= 2 && s[n - 1] == ' ' && s[n - 2] == ' ';
		/* Trim both ends; remember an indent. */
		lead = 0;
		t = s;
		while (n > 0) {
			uint32_t c;
			size_t	 k = text_utf8_next(t, n, &c);

			if (!parse_is_space(c))
				break;
			lead = 1;
			t += k;
			n -= k;
		}
		while (n > 0) {
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
		if (lead && (isalnum((unsigned char)*t) || (!blank &&
		    p->nlines > 0 && p->lines[p->nlines - 1].len > 0 &&
		    isdigit((unsigned char)p->lines[p->nlines - 1].s[
		    p->lines[p->nlines - 1].len - 1]) &&
		    parse_is_unit(t, n))))
			lead = 0;
		if (markdown && *t == '#') {
			size_t	lv = 0;

			while (lv < n && t[lv] == '#')
				lv++;
			if (lv < n && t[lv] == ' ' && lv <= 6) {
				const char	*h = t + lv;
				size_t		 hn = n - lv;

				while (hn > 0 && *h == ' ') {
					h++;
					hn--;
				}
				l = parse_add_line(p, h, hn, 0, blank);
				l->cls = L_HEADING;
				l->level = (int)lv;
				blank = 0;
				continue;
			}
		}
		/* （上接1版） opening a line. */
		if (n > 6 && (parse_starts(t, n, "（上接") ||
		    parse_starts(t, n, "(上接"))) {
			const char	*close = NULL;
			size_t		 i;

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
			if (close != NULL && parse_cont_note(t,
			    (size_t)(close - t), &to, page, sizeof page)) {
				l = parse_add_line(p, t, (size_t)(close - t),
				    lead, blank);
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
			size_t	m = cut;

			while (m > 0 && t[m - 1] == ' ')
				m--;
			if (m > 0) {
				l = parse_add_line(p, t, m, lead, blank);
				l->hardbreak = hard;
				blank = 0;
				lead = 0;
			}
			t += cut;
			n -= cut;
		}
		l = parse_add_line(p, t, n, lead, blank);
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
	 * heading line in bold, never body text said twice.
	 */
	for (n = 0, cut = 0; n < p->nlines; n++) {
		l = &p->lines[n];
		if (cut > 0 && l->cls == L_TEXT && !l->blank_before &&
		    l->len == p->lines[cut - 1].len && l->em >= 2 &&
		    p->lines[cut - 1].cls == L_TEXT &&
		    !p->lines[cut - 1].bold &&
		    memcmp(l->s, p->lines[cut - 1].s, l->len) == 0) {
			p->lines[cut - 1].bold = 1;
			continue;
		}
		p->lines[cut++] = *l;
	}
	p->nlines = cut;
	/* Names alone under a byline or credit continue it ("蒋林璐"). */
	for (n = 1; n < p->nlines; n++) {
		l = &p->lines[n];
		if (l->cls == L_TEXT && !l->blank_before && !l->benbao &&
		    (l[-1].cls == L_BYLINE || l[-1].cls == L_CREDIT) &&
		    !l[-1].signature && l->punct == 0 && l->em <= 12 &&
		    (parse_is_names(l->s, l->len) ||
		    parse_is_name_tail(&l[-1], l)))
			l->cls = l[-1].cls;
	}
}

/* ---- Units (pass 2). */

static struct unit *
parse_add_unit(struct parser *p, enum unit_type type, size_t first, size_t n)
{
	struct unit	*u;

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

/* Length of the space character at s (n bytes left), or 0 if none. */
static inline size_t
parse_space_len(const unsigned char *s, size_t n)
{
	if (s[0] == ' ' || s[0] == '\t')
		return (1);
	if (s[0] == 0xc2 && n >= 2 && s[1] == 0xa0)
		return (2);
	if (s[0] == 0xe3 && n >= 3 && s[1] == 0x80 && s[2] == 0x80)
		return (3);
	if (s[0] == 0xe2 && n >= 3 && s[1] == 0x80 && s[2] <= 0x8a)
		return (3);
	return (0);
}

/* Does s hold any kind of space? */
static int
parse_has_space(const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i;

	for (i = 0; i < n; i++) {
		if (u[i] == ' ' || u[i] == '\t' ||
		    ((u[i] == 0xe2 || u[i] == 0xe3 || u[i] == 0xc2) &&
		    parse_space_len(u + i, n - i) != 0))
			return (1);
	}
	return (0);
}

/* The concatenated text of lines [first, first + n), spaces dropped. */
char *
parse_join_plain(struct parser *p, size_t first, size_t n)
{
	size_t	 i, j, k, total = 0, len = 0;
	char	*out;

	for (i = first; i < first + n; i++)
		total += p->lines[i].len;
	out = xmalloc(total + 1);
	for (i = first; i < first + n; i++) {
		const unsigned char *u = (const unsigned char *)p->lines[i].s;
		size_t		     m = p->lines[i].len;

		if (!parse_has_space(p->lines[i].s, m)) {
			memcpy(out + len, u, m);
			len += m;
			continue;
		}
		for (j = 0; j < m; j++) {
			if (u[j] < 0x80 ? (u[j] == ' ' || u[j] == '\t') :
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

static int
parse_has(const char *s, const char *w)
{
	return (strstr(s, w) != NULL);
}

int
parse_is_weather_text(const char *s)
{
	if (strstr(s, "℃") == NULL && strstr(s, "风") == NULL)
		return (0);
	return (((parse_has(s, "气温") || parse_has(s, "温度")) &&
	    parse_has(s, "℃")) ||
	    (parse_has(s, "今天") && parse_has(s, "明天") &&
	    parse_has(s, "风") && parse_has(s, "级") && strlen(s) < 600));
}

/*
 * How much a block reads like an advertisement or a masthead: the words of
 * enrolment and sales notices, app and account names.
 */
int
parse_ad_score(const char *s)
{
	static const char *words[] = {
		"热线", "电话", "地址", "招生", "咨询", "报名", "联系",
		"优惠", "订阅", "扫码", "二维码", "网址", "www.", "http",
		"广告", "客户端", "公众号", "微信", "热销", "开盘", "欢迎垂询",
		"诚聘", "招聘热线", "抖音", "APP", "新闻网"
	};
	size_t	i;
	int	score = 0;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (parse_has(s, words[i]))
			score++;
	}
	return (score);
}

/* A phone number: seven digits or more in a run. */
int
parse_has_phone(const char *s)
{
	size_t	run = 0;

	for (; *s != '\0'; s++) {
		if (isdigit((unsigned char)*s) || *s == '-') {
			if (++run >= 7)
				return (1);
		} else
			run = 0;
	}
	return (0);
}

/*
 * Is a block with this text an advertisement?  Headline-shaped (or broken
 * into short lines) with one ad word, or with a phone number and one; three
 * ad words need a phone number too, or body text that mentions a hotline
 * would be taken for an ad.
 */
int
parse_is_ad(const char *plain, int shaped)
{
	size_t	len = strlen(plain);
	uint32_t last = 0;
	int	score;

	if (len > 900)
		return (0);
	/* Plain text is an ad only with a phone number in it. */
	if (!shaped && !parse_has_phone(plain))
		return (0);
	/* Plain text that finishes a sentence is not an ad. */
	if (!shaped && len > 0) {
		text_utf8_prev(plain, len, &last);
		if (parse_is_stop(last) || parse_is_closer(last))
			return (0);
	}
	score = parse_ad_score(plain);
	return (score >= 3 || (score >= 2 && parse_has_phone(plain)) ||
	    (shaped && score >= 1));
}


static int parse_headline_like_uncached(const struct line *);

/* Is the line a doubled bold one?  Asked often, so remembered. */
int
parse_line_doubled(const struct line *l)
{
	struct line	*m = (struct line *)l;	/* the cache only */
	char		*d;

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
	struct line	*m = (struct line *)l;	/* the cache only */

	if (m->headlike < 0)
		m->headlike = (signed char)parse_headline_like_uncached(l);
	return (m->headlike);
}

static int
parse_headline_like_uncached(const struct line *l)
{
	uint32_t	 c;
	size_t		 i, seg = 0, n = l->len;
	int		 inner = 0, colon = 0;
	const char	*s = l->s;
	char		*u;

	if (l->cls != L_TEXT || l->benbao || l->em < 1 || l->stops > 0)
		return (0);
	/* A doubled bold line is judged by what it says once. */
	if ((u = parse_undouble(l->s, l->len)) != NULL) {
		s = u;
		n = strlen(u);
	}
	if (l->em > (u != NULL ? 80 : 40))
		inner++;
	/* Nothing in a title ends on a pause (，、：；). */
	text_utf8_prev(s, n, &c);
	if (c == 0xff0c || c == 0x3001 || c == 0xff1a || c == 0xff1b ||
	    c == ',' || c == ';' || c == ':')
		inner++;
	for (i = 0; i < n && inner == 0;) {
		size_t	at = i;

		i = parse_next(s, n, i, &c);
		if (c == 0x3001) {
			/* 、 lists short items (开工、竣工、投产), never clauses. */
			if (at - seg > 12)
				inner++;
			seg = i;
			continue;
		}
		/* ASCII pauses beside Chinese text are pauses too. */
		if ((c == ',' || c == ';' || c == ':' || c == '!' ||
		    c == '?') && i >= 2 && (unsigned char)s[at - 1] >= 0x80)
			c = c == ',' ? 0xff0c : c == ';' ? 0xff1b : c == ':' ?
			    0xff1a : c == '!' ? 0xff01 : 0xff1f;
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

/*
 * The median of n widths.  Widths are multiples of half an em, so they are
 * counted in half-em bins (a page may have a hundred thousand lines).
 */
double
parse_median(double *v, size_t n)
{
	size_t	count[512], i, seen = 0;
	int	bin;

	if (n == 0)
		return (14);
	memset(count, 0, sizeof count);
	for (i = 0; i < n; i++) {
		bin = (int)(v[i] * 2 + 0.5);
		count[bin < 0 ? 0 : bin > 511 ? 511 : bin]++;
	}
	for (bin = 0; bin < 512; bin++) {
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
	double	*v = xcalloc(n + 1, sizeof *v), w;
	size_t	 i, m = 0;

	for (i = first; i < first + n; i++) {
		const struct line *l = &p->lines[i];

		if (l->cls == L_TEXT && !l->final && l->punct > 0 &&
		    l->em >= 4)
			v[m++] = l->em;
	}
	w = m >= 3 ? parse_median(v, m) : 0;
	free(v);
	return (w);
}

/* Does the body unit u end in the middle of a sentence? */
static int
parse_unit_open(struct parser *p, const struct unit *u)
{
	const struct line	*l = &p->lines[u->first + u->n - 1];

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
 * Classes one block of text lines [first, first + n) and adds its units.
 * A body block may shed heading lines at its end (a title set right under
 * the body with no blank line).
 */
static void
parse_block(struct parser *p, size_t first, size_t n)
{
	struct unit	*prev = parse_prev_body(p, p->nunits);
	struct line	*l = &p->lines[first];
	char		*plain;
	double		 w;
	size_t		 i, k, keep;
	int		 head = 1, ad, boxy = 0;

	if (n > 4 || l->resumed)
		head = 0;
	for (i = first; i < first + n && head; i++) {
		if (!parse_headline_like(&p->lines[i]))
			head = 0;
	}
	/*
	 * Only short blocks can be ads or mastheads, and only blocks with a
	 * temperature or a wind in them weather boxes: long body text is not
	 * joined up to be searched for them.
	 */
	for (i = first; i < first + n && !boxy; i++) {
		boxy = parse_memmem(p->lines[i].s, p->lines[i].len, "℃",
		    strlen("℃")) != NULL || parse_memmem(p->lines[i].s,
		    p->lines[i].len, "风", strlen("风")) != NULL;
	}
	plain = head || n <= 6 || boxy ? parse_join_plain(p, first, n) :
	    xstrdup("");
	/* A masthead is the first thing on the page: one line, a name. */
	ad = head && p->nunits == 0 && n == 1 ? parse_ad_score(plain) : 0;

	if (parse_is_weather_text(plain) && !l->benbao) {
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
	if (!l->benbao && (head || n <= 6) && parse_is_ad(plain, head)) {
		parse_add_unit(p, U_AD, first, n);
		goto out;
	}
	if (head) {
		parse_add_unit(p, U_HEAD, first, n);
		goto out;
	}

	w = parse_column_width(p, first, n);
	if (w == 0)
		w = p->width;
	/*
	 * Leading headline lines set right over the body with no blank line:
	 * far short of the column (a paragraph's first line cut by a column
	 * break is only an indent short), wider than it, or a dashed subtitle.
	 */
	if (n >= 4) {
		/* The block's own column: its inner lines, pauses or not. */
		double	*v = xcalloc(n, sizeof *v);

		for (i = 1; i + 1 < n; i++)
			v[i - 1] = p->lines[first + i].em;
		w = parse_median(v, n - 2);
		free(v);
	}
	for (i = 0; i + 2 < n && i < 4; i++) {
		const struct line *t = &p->lines[first + i];

		if (!parse_headline_like(t) || t->final || t->resumed ||
		    (t->em > w * 0.6 &&
		    t->em < w + 2 && !parse_starts(t->s, t->len, "——")))
			break;
	}
	/* A dashed subtitle ends a title block whatever its width. */
	for (k = i; k < n && k < 4; k++) {
		if (!parse_headline_like(&p->lines[first + k]))
			break;
		if (parse_starts(p->lines[first + k].s,
		    p->lines[first + k].len, "——") && k + 2 < n) {
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

		if (!parse_headline_like(t) || !p->lines[first + keep - 2].final)
			break;
		if (t->em >= w - 1.5 && t->em <= w + 2)
			break;
		keep--;
	}
	if (keep < n && n - keep <= 4) {
		parse_add_unit(p, U_BODY, first, keep);
		parse_add_unit(p, U_HEAD, first + keep, n - keep);
	} else
		parse_add_unit(p, U_BODY, first, n);
out:
	free(plain);
}

/* Pass 2 for raw pages: lines into units. */
static void
parse_units(struct parser *p)
{
	size_t		 i, start;
	struct line	*l;

	p->width = parse_column_width(p, 0, p->nlines);
	if (p->width == 0)
		p->width = 14;
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
			parse_add_unit(p, l->cls == L_BYLINE ? U_BYLINE :
			    U_CREDIT, start, i - start);
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

/* ---- Articles (pass 3). */

struct draft *
parse_add_draft(struct parser *p, enum parse_kind kind)
{
	struct draft	*d;

	if (p->ndrafts == p->draftsz) {
		p->draftsz = p->draftsz ? p->draftsz * 2 : 32;
		p->drafts = xreallocarray(p->drafts, p->draftsz,
		    sizeof *p->drafts);
	}
	d = &p->drafts[p->ndrafts++];
	memset(d, 0, sizeof *d);
	d->kind = kind;
	return (d);
}

/* Appends x to the array *v of *n; it grows by doubling (at powers of 2). */
void
parse_push(size_t **v, size_t *n, size_t x)
{
	if (*n == 0 || (*n & (*n - 1)) == 0)
		*v = xreallocarray(*v, *n == 0 ? 4 : *n * 2, sizeof **v);
	(*v)[(*n)++] = x;
}

static void
parse_draft_lines(struct parser *p, struct draft *d, const struct unit *u,
    int part)
{
	size_t	i;

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
	const struct unit	*u = &p->units[k];
	const struct line	*l = &p->lines[u->first];

	if (k == 0 || p->units[k - 1].type != U_BODY)
		return (0);
	if (l->benbao)
		return (0);
	if (parse_unit_open(p, &p->units[k - 1]))
		return (1);
	return (!l->lead);
}

/*
 * Matches headings to bodies.  Items are bodies (a chain's first unit) and
 * headings in page order; bylines, credits and notes between them are
 * transparent, weather and ads are walls.  A heading matches the body just
 * before it (title set after the body) or just after it (before).  The
 * dynamic programme maximises the number of matches, then prefers the
 * direction the page's ends show, then tight joins (no blank line).
 */
static void
parse_match(struct parser *p)
{
	size_t	*item, nitems = 0, i;
	long	*f0, *f1;
	int	 state, pref_after = 2, pref_before = 0, ev = 0;
	int	 first_b = -1, first_h = -1, last_b = -1, last_h = -1;

	item = xcalloc(p->nunits + 1, sizeof *item);
	for (i = 0; i < p->nunits; i++) {
		const struct unit *u = &p->units[i];

		if (u->type == U_HEAD ||
		    (u->type == U_BODY && !parse_continues(p, i)))
			item[nitems++] = i;
		else if (u->type == U_WEATHER || u->type == U_AD ||
		    u->type == U_NOISE || u->type == U_BANNER)
			item[nitems++] = (size_t)-1;	/* a wall */
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
			ev -= 2;
		else if (b->type == U_HEAD && !a->photo)
			ev += 2;
	}
	/* A photo's title under its credit says nothing of the layout. */
	if (last_h >= 0 && last_b >= 0 && last_h > last_b &&
	    !p->units[item[last_b]].photo)
		ev++;
	if (ev < 0) {
		pref_after = 0;
		pref_before = 2;
	}

	f0 = xcalloc(nitems + 1, sizeof *f0);	/* best, item i free */
	f1 = xcalloc(nitems + 1, sizeof *f1);	/* best, item i matched left */
	for (i = 0; i < nitems; i++) {
		long	best_prev = 0, w;

		if (i > 0)
			best_prev = f0[i - 1] > f1[i - 1] ? f0[i - 1] :
			    f1[i - 1];
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
			w = 1000;
			if (a->type == U_BODY)	/* heading after its body */
				w += pref_after + (bl->blank_before ? 0 : 3);
			else
				w += pref_before + (bl->blank_before ? 0 : 3);
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
			i--;	/* item i - 1 is used, and was free before */
		}
		state = i > 0 && f1[i - 1] > f0[i - 1];
	}
	free(f0);
	free(f1);
	free(item);
}

/* Two phrases set apart by a space, as in a title (平湖经开 火力全开)? */
static int
parse_has_phrase_space(const struct line *l)
{
	uint32_t	c, prev = 0, next;
	size_t		i, j;

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
 * A column banner (四敢争先⏎澄湖进行时): a heading of two or more very short
 * plain lines that is not a photo's title (under a credit, or over a
 * caption).
 */
static int
parse_is_banner(struct parser *p, size_t k)
{
	const struct unit	*u = &p->units[k];
	size_t			 i, lines = 0;

	if (u->type != U_HEAD)
		return (0);
	for (i = u->first; i < u->first + u->n; i++) {
		if (p->lines[i].cls == L_BLANK)
			continue;
		if (p->lines[i].em > 5 ||
		    (p->lines[i].blank_before && i > u->first))
			return (0);
		if (parse_line_doubled(&p->lines[i]))
			return (0);
		lines++;
	}
	if (lines < 2)
		return (0);
	/* Nothing is set tight under a banner, and it has no byline. */
	if (k + 1 < p->nunits && (p->units[k + 1].type == U_BYLINE ||
	    !p->lines[p->units[k + 1].first].blank_before))
		return (0);
	if (k > 0 && p->units[k - 1].type == U_CREDIT)
		return (0);
	if (k + 2 < p->nunits && p->units[k + 1].type == U_BODY &&
	    p->units[k + 2].type == U_CREDIT)
		return (0);
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
	const struct line	*last = &p->lines[v->first + v->n - 1];
	size_t			 i;
	int			 all = 1, any = 0;

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
 * Before matching: a caption (the body block right before a photo credit)
 * is an article of its own; headings split by blank lines are one title
 * block (kicker, title) unless the first follows a credit (a photo title);
 * a heading glued to the weather box is the box's sponsor.
 */
static void
parse_prepare(struct parser *p)
{
	size_t		 i, j;
	struct unit	*u, *v;

	for (i = 0; i < p->nunits; i++) {
		u = &p->units[i];
		if (parse_is_banner(p, i))
			u->type = U_BANNER;
		if (u->type == U_CREDIT && i > 0 &&
		    p->units[i - 1].type == U_BODY) {
			/*
			 * The caption: the body blocks before the credit back
			 * to the start of their sentence (a caption is short,
			 * but may be cut by a column break), as a chain of its
			 * own.
			 */
			size_t	k = i - 1, bytes = 0;

			while (k > 0 && p->units[k - 1].type == U_BODY &&
			    parse_unit_open(p, &p->units[k - 1]) &&
			    !p->lines[p->units[k].first].benbao &&
			    (bytes += parse_unit_bytes(p, &p->units[k])) < 600)
				k--;
			/*
			 * All the text since the last heading, credit or box,
			 * if that is short enough to be one caption cut by a
			 * column break at a sentence's end.
			 */
			for (j = k, bytes = 0; j > 0 &&
			    p->units[j - 1].type == U_BODY &&
			    !p->lines[p->units[j].first].benbao; j--) {
				bytes += parse_unit_bytes(p, &p->units[j - 1]);
				if (bytes + parse_unit_bytes(p, &p->units[i - 1]) >
				    450 || p->lines[p->units[j - 1].first].benbao)
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
		    !p->lines[p->units[i + 1].first].blank_before)
			u->type = U_AD;
	}
	/*
	 * A lone line as wide as the column between a finished body and text
	 * that runs on is the first line of a paragraph cut off by a column
	 * break (禾润新能源科技有限公司成⏎⏎立于2016年), not a title; so are two
	 * such lines, the second full.
	 */
	for (i = 1; i + 1 < p->nunits; i++) {
		const struct line	*l;
		double			 w;

		u = &p->units[i];
		if (u->type != U_HEAD || u->n > 2 ||
		    p->units[i - 1].type != U_BODY ||
		    p->units[i + 1].type != U_BODY)
			continue;
		l = &p->lines[u->first + u->n - 1];
		v = &p->units[i + 1];
		if (p->lines[v->first].benbao || p->lines[v->first].lead ||
		    parse_has_phrase_space(l))
			continue;
		/* Text that ends signed or over a credit has a title. */
		for (j = i + 2; j < p->nunits && p->units[j].type == U_BODY &&
		    parse_continues(p, j); j++)
			;
		if (j < p->nunits && (p->units[j].type == U_CREDIT ||
		    (p->units[j].type == U_BYLINE &&
		    p->lines[p->units[j].first].signature)))
			continue;
		w = parse_column_width(p, p->units[i - 1].first,
		    p->units[i - 1].n);
		if (w == 0)
			w = p->width;
		/* Two lines: the first starts the paragraph, the second is full. */
		if (u->n == 2 && (l->em < w - 1.5 || l[-1].em < w - 3 ||
		    parse_has_phrase_space(&l[-1])))
			continue;
		if (l->em >= w - 3 && l->em <= w + 0.5)
			u->type = U_BODY;
	}

	for (i = j = 0; i < p->nunits; i++) {
		u = &p->units[i];
		if (j > 0) {
			v = &p->units[j - 1];
			if (v->type == U_HEAD && u->type == U_HEAD &&
			    v->first + v->n == u->first &&
			    !(j > 1 && p->units[j - 2].type == U_CREDIT &&
			    v->n <= 2) && !parse_head_complete(p, v, u)) {
				v->n = u->first + u->n - v->first;
				continue;
			}
		}
		p->units[j++] = *u;
	}
	p->nunits = j;
}

/* Bytes of text in a unit. */
static size_t
parse_unit_bytes(struct parser *p, const struct unit *u)
{
	size_t	i, n = 0;

	for (i = u->first; i < u->first + u->n; i++)
		n += p->lines[i].len;
	return (n);
}

/* The article index of the next chain-starting body after unit k, or -1. */
static int
parse_next_art(struct parser *p, size_t k)
{
	size_t	i;

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
	size_t	i;

	for (i = k; i-- > 0;) {
		const struct unit *u = &p->units[i];

		if (u->art >= 0 && (!bodies_only || u->type == U_BODY ||
		    u->type == U_HEAD))
			return (u->art);
	}
	return (-1);
}


/* Pass 3 for raw pages: units into drafts. */
static void
parse_assemble(struct parser *p)
{
	struct draft	*d;
	struct unit	*u, *h;
	size_t		 i;
	int		 cur = -1, a, to;
	char		 page[16], *plain;

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
			d = parse_add_draft(p, PARSE_WEATHER);
			u->art = (int)(d - p->drafts);
			parse_draft_lines(p, d, u, 0);
			plain = parse_join_plain(p, u->first, u->n);
			if (p->weather == NULL)
				parse_weather(p, plain);
			free(plain);
			cur = -1;
			break;
		case U_AD:
		case U_NOISE:
		case U_BANNER:
			d = parse_add_draft(p, u->type == U_AD ? PARSE_AD :
			    u->type == U_BANNER ? PARSE_BANNER : PARSE_OTHER);
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
				    0 && !p->drafts[p->units[i - 1].art].photo)
					a = p->units[i - 1].art;
				if (a < 0)
					a = parse_next_art(p, i);
				if (a >= 0 && p->drafts[a].nbyline != 0) {
					int	b = parse_prev_art(p, i, 1);

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
			    &p->drafts[a].cont_from, 0);
			buf_adds(to ? &p->drafts[a].cont_to :
			    &p->drafts[a].cont_from, page);
		}
	}
}

/* ---- Text (pass 4). */

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
	uint32_t	last = 0, first = 0;

	if (b->len > 0)
		text_utf8_prev(b->data, b->len, &last);
	if (n > 0)
		text_utf8_next(s, n, &first);
	if (parse_is_latin(last) && parse_is_latin(first))
		buf_addc(b, ' ');
	buf_add(b, s, n);
}

/*
 * Drops the spaces an extractor put between Chinese characters and around
 * digits next to them (共有 9个, 2 月 8 日, 王 强); keeps one space between
 * words of other scripts.  With keep_cjk, a space between two Chinese
 * characters survives (the two phrases of a headline).
 */
char *
parse_clean(const char *s, size_t n, int keep_cjk)
{
	const unsigned char	*u = (const unsigned char *)s;
	char			*out = xmalloc(n + 1);
	uint32_t		 prev, next;
	size_t			 i, k, o = 0, sp, run;

	for (i = 0; i < n;) {
		/* Copy up to the next space, decoding nothing. */
		for (run = i; run < n && (u[run] == ' ' || u[run] == '\t' ||
		    ((u[run] == 0xe2 || u[run] == 0xe3 || u[run] == 0xc2) &&
		    parse_space_len(u + run, n - run) != 0)) == 0; run++)
			;
		memcpy(out + o, s + i, run - i);
		o += run - i;
		if (run >= n)
			break;
		sp = parse_space_len(u + run, n - run);
		for (k = run + sp; k < n && (sp = parse_space_len(u + k,
		    n - k)) != 0; k += sp)
			;
		i = k;
		if (k >= n || o == 0)
			continue;	/* leading or trailing */
		text_utf8_prev(out, o, &prev);
		parse_next(s, n, k, &next);
		if (parse_is_cjk(prev) || parse_is_cjk(next)) {
			if (keep_cjk && text_is_han(prev) &&
			    (text_is_han(next) || next == 0x201c ||
			    next == 0x300a))
				out[o++] = ' ';
		} else
			out[o++] = ' ';
	}
	out[o] = '\0';
	return (out);
}

/* The body's column width, from the lines of this article. */
static double
parse_draft_width(struct parser *p, const struct draft *d)
{
	double	*v = xcalloc(d->nbody + 1, sizeof *v), w;
	size_t	 i, m = 0;

	for (i = 0; i < d->nbody; i++) {
		const struct line *l = &p->lines[d->body[i]];

		if (!l->final && l->punct > 0 && l->em >= 4)
			v[m++] = l->em;
	}
	w = m >= 3 ? parse_median(v, m) : p->width;
	free(v);
	return (w);
}

/*
 * Does a paragraph end after body line i of d?  Markdown lines are whole
 * paragraphs unless they stop mid-sentence (a column break the converter
 * kept).  Raw lines end one when they finish a sentence short of the column
 * width, or at a column break; a short line with no punctuation after a
 * finished sentence is a subheading, a paragraph of its own.
 */
static int
parse_para_ends(struct parser *p, const struct draft *d, size_t i, double w,
    int markdown)
{
	const struct line	*l = &p->lines[d->body[i]];
	const struct line	*next, *prev;
	int			 subhead;

	if (i + 1 >= d->nbody)
		return (1);
	next = &p->lines[d->body[i + 1]];
	prev = i > 0 ? &p->lines[d->body[i - 1]] : NULL;
	if (next->benbao || next->para)
		return (1);
	/*
	 * Set under its heading, a page drops first-line indents: a line a
	 * good indent short of the column after a finished sentence opens a
	 * paragraph.
	 */
	if (d->flow && l->final && next->em <= w - 1.5 && next->em >= w - 3)
		return (1);
	subhead = !l->final && l->punct == 0 && l->em <= 12 &&
	    (prev == NULL || prev->final || markdown);
	if (markdown)
		return (l->final || l->hardbreak || subhead ||
		    (l->em <= 12 && l->punct == 0));
	if (subhead && l->em < w * 0.7)
		return (1);
	if (!l->final)
		return (0);
	return (l->em < w - 1.5 || next->blank_before || next->lead ||
	    d->body[i + 1] != d->body[i] + 1);
}

static void
parse_paragraphs(struct parser *p, const struct draft *d, int markdown,
    struct parse_article *a)
{
	struct buf	 b = BUF_INIT;
	double		 w = parse_draft_width(p, d);
	size_t		 i;
	char		*s;

	a->paragraphs = xcalloc(d->nbody + 1, sizeof *a->paragraphs);
	for (i = 0; i < d->nbody; i++) {
		const struct line *l = &p->lines[d->body[i]];

		parse_join_line(&b, l->s, l->len);
		if (!parse_para_ends(p, d, i, w, markdown))
			continue;
		s = parse_clean(buf_str(&b), b.len, 0);
		if (*s != '\0')
			a->paragraphs[a->nparagraphs++] = s;
		else
			free(s);
		buf_truncate(&b, 0);
	}
	buf_free(&b);
}

/* The longest word (in code points) parse_undouble_word tries. */
#define PARSE_UNDOUBLE_MAX 128

/*
 * Bold titles come out of some extractors doubled run by run:
 * 平湖经开平湖经开 → 平湖经开, ““满格满格”” → “满格”.  A word is undone only if
 * all of it splits into doubled runs and some run is longer than one
 * character, so honest repeats (谢谢, 天天向上) stay.  Returns the number of
 * code points written to out, or 0 if w is not doubled.
 */
static size_t
parse_undouble_word(const uint32_t *w, size_t n, uint32_t *out, int *longrun)
{
	size_t	*best, *step, i, j, k, m = 0;

	/*
	 * The search below is cubic in the word's length at worst (a long
	 * periodic run, such as one sentence repeated over a 50 MB line);
	 * doubled title words are far shorter than this.
	 */
	if (n > PARSE_UNDOUBLE_MAX)
		return (0);
	best = xcalloc(n + 1, sizeof *best);	/* runs in best split */
	step = xcalloc(n + 1, sizeof *step);	/* run length ending here */
	for (i = 1; i <= n; i++)
		best[i] = (size_t)-1;
	for (i = 2; i <= n; i += 2) {
		for (k = i / 2; k >= 1; k--) {
			if (best[i - 2 * k] == (size_t)-1)
				continue;
			if (memcmp(w + i - 2 * k, w + i - k,
			    k * sizeof *w) != 0)
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
	size_t	k, end;

	for (end = 0; end < n && s[end] != ' '; end++)
		;
	for (k = 1; 2 * k <= end; k++) {
		if (s[k] == s[0] && memcmp(s, s + k, k) == 0)
			return (1);
	}
	return (0);
}

/* The line undoubled (caller frees), or NULL if it is not doubled. */
char *
parse_undouble(const char *s, size_t n)
{
	uint32_t	*cp, *out, c;
	size_t		 ncp = 0, i, j, start, m;
	struct buf	 b = BUF_INIT;
	int		 longrun = 0, ok = 1;
	char		 tmp[4];

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
static char *
parse_heading_text(const struct line *l, int *doubled)
{
	char	*u, *s;

	u = parse_undouble(l->s, l->len);
	*doubled = u != NULL;
	if (u == NULL)
		return (parse_clean(l->s, l->len, 1));
	s = parse_clean(u, strlen(u), 1);
	free(u);
	return (s);
}

static int
parse_has_inner_space(const char *s)
{
	const char	*sp = strchr(s, ' ');

	return (sp != NULL && sp != s && sp[1] != '\0');
}

static void
parse_set(char **dst, struct buf *src)
{
	free(*dst);
	*dst = parse_clean(buf_str(src), src->len, 1);
}

/*
 * Splits a title block into kicker, title and subtitle.  A doubled (bold)
 * line is the title; lines before it are the kicker, after it the subtitle.
 * Otherwise a first part set apart by a blank line is the kicker; of the
 * remaining lines, a first line of two phrases or one followed by a much
 * longer line (or one opening with a dash) is the title over a subtitle, a
 * much longer first line is a kicker, and two lines alike are one title
 * broken in two.
 */
static void
parse_heading(struct parser *p, const struct draft *d, struct parse_article *a)
{
	struct buf	 kicker = BUF_INIT, title = BUF_INIT, sub = BUF_INIT;
	char		**txt;
	int		*dbl;
	size_t		 n = d->nhead, i, t, part;
	double		 e0 = 0, e1 = 0;

	if (n == 0)
		return;
	txt = xcalloc(n, sizeof *txt);
	dbl = xcalloc(n, sizeof *dbl);
	for (i = 0; i < n; i++)
		txt[i] = parse_heading_text(&p->lines[d->head[i]], &dbl[i]);

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
		    !p->lines[d->head[t + 1]].blank_before &&
		    p->lines[d->head[t + 1]].em < 1.6 * p->lines[d->head[t]].em)
		{
			t++;
			parse_join_line(&title, txt[t], strlen(txt[t]));
		}
		for (i = t + 1; i < n; i++)
			parse_join_line(&sub, txt[i], strlen(txt[i]));
		goto done;
	}
	/* The last part set apart by a blank line; earlier ones: kicker. */
	for (part = n - 1; part > 0; part--) {
		if (p->lines[d->head[part]].blank_before)
			break;
	}
	for (i = 0; i < part; i++)
		parse_join_line(&kicker, txt[i], strlen(txt[i]));
	i = part;
	if (n - i >= 2) {
		e0 = p->lines[d->head[i]].em;
		e1 = p->lines[d->head[i + 1]].em;
		if (part == 0 && n - i >= 2 && e0 >= 1.4 * e1 && e0 >= 14) {
			parse_join_line(&kicker, txt[i], strlen(txt[i]));
			i++;
			if (n - i >= 2) {
				e0 = p->lines[d->head[i]].em;
				e1 = p->lines[d->head[i + 1]].em;
			}
		}
	}
	buf_adds(&title, txt[i]);
	if (n - i >= 2) {
		const char *nx = txt[i + 1];

		if (parse_starts(nx, strlen(nx), "——") ||
		    parse_starts(nx, strlen(nx), "─") ||
		    parse_has_inner_space(txt[i]) ||
		    (e1 >= 1.6 * e0 && e1 >= 14)) {
			/* Title over subtitle. */
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
	free(txt);
	free(dbl);
}

/*
 * A byline as people write it: "记者 荣怡婷 通讯员 赵泽曦 姚远".  The ■ goes,
 * and single characters the extractor spaced apart are paired up again
 * (记 者 → 记者, 姚 远 → 姚远).
 */
static char *
parse_byline(struct parser *p, const struct draft *d)
{
	struct buf	 b = BUF_INIT;
	size_t		 i, j, k;
	uint32_t	 c;
	int		 single = 0;

	for (i = 0; i < d->nbyline; i++) {
		const struct line *l = &p->lines[d->byline[i]];

		for (j = 0; j < l->len;) {
			size_t	start;

			while (j < l->len) {
				k = parse_next(l->s, l->len, j, &c);
				if (!parse_is_space(c) && c != 0x25a0)
					break;
				j = k;
			}
			if (j >= l->len)
				break;
			start = j;
			while (j < l->len) {
				k = parse_next(l->s, l->len, j, &c);
				if (parse_is_space(c) || c == 0x25a0)
					break;
				j = k;
			}
			/* One character: pair it with the next one. */
			if (j - start <= 4 && single) {
				buf_add(&b, l->s + start, j - start);
				single = 0;
				continue;
			}
			if (b.len > 0)
				buf_addc(&b, ' ');
			buf_add(&b, l->s + start, j - start);
			single = j - start <= 4 && text_utf8_next(l->s + start,
			    j - start, &c) == j - start && text_is_han(c);
		}
	}
	return (buf_detach(&b));
}

/* Reads the forecast: 今天…。明天…，偏北风3到4级。…最高气温11℃…最低气温7℃。 */
void
parse_weather(struct parser *p, const char *s)
{
	struct parse_weather	*w = xcalloc(1, sizeof *w);
	const char		*t, *e, *m, *q;
	struct buf		 b = BUF_INIT;

	w->today = xstrdup("");
	w->tomorrow = xstrdup("");
	w->wind = xstrdup("");
	if ((t = strstr(s, "今天")) != NULL) {
		t += strlen("今天");
		e = strstr(t, "。");
		if (e == NULL)
			e = t + strlen(t);
		free(w->today);
		w->today = xstrndup(t, (size_t)(e - t));
	}
	if ((m = strstr(s, "明天")) != NULL && (t == NULL || m > t)) {
		m += strlen("明天");
		e = strstr(m, "。");
		if (e == NULL)
			e = m + strlen(m);
		/* The wind: from the first clause that names one. */
		q = m;
		for (;;) {
			const char *c1 = strstr(q, "，"), *c2 = strchr(q, ',');
			const char *c = c1 != NULL && (c2 == NULL || c1 < c2) ?
			    c1 : c2;
			const char *f = strstr(q, "风");

			if (f != NULL && f < e && (c == NULL || f < c || c >= e))
				break;
			if (c == NULL || c >= e) {
				q = e;
				break;
			}
			q = c + (c == c1 ? strlen("，") : 1);
		}
		buf_add(&b, m, (size_t)(q - m));
		while (b.len > 0 && (b.data[b.len - 1] == ',' ||
		    (b.len >= 3 && strcmp(b.data + b.len - 3, "，") == 0)))
			buf_truncate(&b, b.len - (b.data[b.len - 1] == ',' ?
			    1 : 3));
		free(w->tomorrow);
		w->tomorrow = buf_detach(&b);
		free(w->wind);
		w->wind = xstrndup(q, (size_t)(e - q));
	}
	if ((t = strstr(s, "最高气温")) != NULL ||
	    (t = strstr(s, "最高温度")) != NULL) {
		t += strlen("最高气温");
		w->has_high = 1;
		if (strncmp(t, "零下", strlen("零下")) == 0)
			w->high = -atoi(t + strlen("零下"));
		else if (*t == '-' || isdigit((unsigned char)*t))
			w->high = atoi(t);
		else
			w->has_high = 0;
	}
	if ((t = strstr(s, "最低气温")) != NULL ||
	    (t = strstr(s, "最低温度")) != NULL) {
		t += strlen("最低气温");
		w->has_low = 1;
		if (strncmp(t, "零下", strlen("零下")) == 0)
			w->low = -atoi(t + strlen("零下"));
		else if (*t == '-' || isdigit((unsigned char)*t))
			w->low = atoi(t);
		else
			w->has_low = 0;
	}
	/* A range, as other papers print it: 11℃～17℃ (low to high). */
	if (!w->has_high && !w->has_low && (t = strstr(s, "℃～")) != NULL) {
		const char *lo = t;

		while (lo > s && (isdigit((unsigned char)lo[-1]) ||
		    lo[-1] == '-'))
			lo--;
		t += strlen("℃～");
		if (lo < s + strlen(s) && isdigit((unsigned char)*lo) &&
		    (isdigit((unsigned char)*t) || *t == '-')) {
			w->low = atoi(lo);
			w->high = atoi(t);
			w->has_low = w->has_high = 1;
		}
	}
	p->weather = w;
}

/* ---- Markdown pages. */

/* The draft that has a title but no body yet, oldest first, or -1. */
static int
parse_md_pending(struct parser *p)
{
	size_t	i;

	for (i = 0; i < p->ndrafts; i++) {
		const struct draft *d = &p->drafts[i];

		if (d->title != NULL && d->nbody == 0 && !d->photo &&
		    d->kind == PARSE_NEWS && d->nhead == 0)
			return ((int)i);
	}
	return (-1);
}

static char *
parse_md_heading(const struct line *l)
{
	int	dbl;

	return (parse_heading_text(l, &dbl));
}

/*
 * Markdown: headings open articles (### under ## is a subtitle, a heading
 * over a more important one is its kicker); bylines follow headings; a
 * signature or an ad or weather box closes the article, and body text found
 * after that goes to a heading still waiting for its body (the converter
 * moved it), else back to the article before.
 */
static void
parse_markdown(struct parser *p)
{
	struct draft	*d = NULL;
	struct line	*l, *prevh = NULL;
	size_t		 i, start;
	int		 cur = -1, a, to, pending_byline = -1;
	char		 page[16], *plain;

	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->cls != L_HEADING && l->cls != L_BLANK)
			prevh = NULL;
		switch (l->cls) {
		case L_HEADING:
			d = cur >= 0 ? &p->drafts[cur] : NULL;
			if (prevh != NULL && d != NULL && d->nbody == 0 &&
			    (parse_starts(l->s, l->len, "——") ||
			    (l->level == prevh->level + 1 && l->level >= 3)) &&
			    d->subtitle == NULL) {
				d->subtitle = parse_md_heading(l);
				break;
			}
			if (prevh != NULL && d != NULL && d->nbody == 0 &&
			    l->level < prevh->level && d->kicker == NULL &&
			    d->subtitle == NULL) {
				d->kicker = d->title;
				d->title = parse_md_heading(l);
				prevh = l;
				break;
			}
			d = parse_add_draft(p, PARSE_NEWS);
			cur = (int)(d - p->drafts);
			d->title = parse_md_heading(l);
			prevh = l;
			if (pending_byline >= 0) {
				parse_push(&d->byline, &d->nbyline,
				    (size_t)pending_byline);
				pending_byline = -1;
			}
			break;
		case L_BYLINE:
			d = cur >= 0 ? &p->drafts[cur] : NULL;
			if (l->signature) {
				a = cur >= 0 ? cur : (int)p->ndrafts - 1;
				if (a >= 0) {
					p->drafts[a].signed_commentary = 1;
					p->drafts[a].closed = 1;
					parse_push(&p->drafts[a].byline,
					    &p->drafts[a].nbyline, i);
				}
			} else if (d != NULL && (d->nbody == 0 ||
			    d->nbyline == 0) && !d->closed)
				parse_push(&d->byline, &d->nbyline, i);
			else
				pending_byline = (int)i;
			break;
		case L_CREDIT:
			d = cur >= 0 ? &p->drafts[cur] : NULL;
			if (d == NULL || d->photo) {
				d = parse_add_draft(p, PARSE_PHOTO);
				cur = (int)(d - p->drafts);
			} else if (d->nbody > 1 && d->title != NULL &&
			    !d->photo) {
				/* The last paragraph is a caption of its own. */
				struct draft *c = parse_add_draft(p,
				    PARSE_PHOTO);

				d = &p->drafts[cur];
				c->body = xcalloc(1, sizeof *c->body);
				c->body[c->nbody++] = d->body[--d->nbody];
				cur = (int)(c - p->drafts);
				d = c;
			}
			d->photo = 1;
			d->closed = 1;
			parse_push(&d->byline, &d->nbyline, i);
			break;
		case L_CONT:
			if (!parse_cont_note(l->s, l->len, &to, page,
			    sizeof page) || cur < 0)
				break;
			d = &p->drafts[cur];
			buf_truncate(to ? &d->cont_to : &d->cont_from, 0);
			buf_adds(to ? &d->cont_to : &d->cont_from, page);
			break;
		case L_TEXT:
			/* A paragraph: lines up to a blank or a heading. */
			start = i;
			while (i + 1 < p->nlines &&
			    p->lines[i + 1].cls == L_TEXT &&
			    !p->lines[i + 1].blank_before)
				i++;
			plain = parse_join_plain(p, start, i - start + 1);
			if (parse_is_weather_text(plain) ||
			    parse_is_ad(plain, l->hardbreak ||
			    strlen(plain) < 60)) {
				d = parse_add_draft(p,
				    parse_is_weather_text(plain) ?
				    PARSE_WEATHER : PARSE_AD);
				if (d->kind == PARSE_WEATHER &&
				    p->weather == NULL)
					parse_weather(p, plain);
				for (; start <= i; start++)
					parse_push(&d->body, &d->nbody, start);
				free(plain);
				if (cur >= 0)
					p->drafts[cur].closed = 1;
				break;
			}
			free(plain);
			d = cur >= 0 ? &p->drafts[cur] : NULL;
			if (d != NULL && d->closed && !l->benbao) {
				a = parse_md_pending(p);
				if (a >= 0) {
					cur = a;
					p->drafts[a].orphan = 1;
				} else if (d->kind == PARSE_WEATHER ||
				    d->kind == PARSE_AD) {
					d = NULL;
				}
				if (d != NULL || a >= 0)
					d = &p->drafts[cur];
			} else if (d != NULL && l->benbao && d->nbody > 0) {
				/*
				 * A new article's start under no heading of its
				 * own: the heading still waiting for its body.
				 */
				d = NULL;
				if ((a = parse_md_pending(p)) >= 0) {
					cur = a;
					d = &p->drafts[a];
					d->orphan = 1;
				}
			}
			if (d == NULL) {
				d = parse_add_draft(p, PARSE_NEWS);
				cur = (int)(d - p->drafts);
			}
			for (; start <= i; start++)
				parse_push(&d->body, &d->nbody, start);
			break;
		default:
			break;
		}
	}
}

/* ---- The page. */

enum parse_format
parse_detect_format(const char *s, size_t n)
{
	const char	*e = s + n, *nl;
	int		 headings = 0;

	while (s < e) {
		if ((nl = memchr(s, '\n', (size_t)(e - s))) == NULL)
			nl = e;
		if (*s == '#') {
			const char *h = s;

			while (h < nl && *h == '#')
				h++;
			if (h - s <= 6 && h < nl && *h == ' ')
				headings++;
		}
		s = nl + 1;
	}
	return (headings > 0 ? PARSE_MARKDOWN : PARSE_RAW);
}

static int
parse_has_reporter(struct parser *p, const struct draft *d)
{
	size_t	i;

	for (i = 0; i < d->nbyline; i++) {
		const struct line *l = &p->lines[d->byline[i]];

		if (l->cls == L_BYLINE && !l->signature)
			return (1);
	}
	return (0);
}

/* Chooses the kind of a draft from what it holds. */
static enum parse_kind
parse_kind_of(struct parser *p, struct draft *d)
{
	size_t	i, chars = 0;

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
		return (chars >= 600 ? PARSE_NEWS : PARSE_OTHER);
	if (d->nbody == 0)
		return (PARSE_BANNER);
	return (PARSE_COMMENTARY);
}

static void
parse_build(struct parser *p, struct parse_page *pg)
{
	struct parse_article	*a;
	struct draft		*d;
	size_t			 i, j;

	pg->articles = xcalloc(p->ndrafts + 1, sizeof *pg->articles);
	for (i = 0; i < p->ndrafts; i++) {
		d = &p->drafts[i];
		if (d->nbody == 0 && d->nhead == 0 && d->title == NULL &&
		    d->nbyline == 0)
			continue;
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
		/* A heading with nothing under it is a banner or noise. */
		if (a->kind == PARSE_NEWS && a->nparagraphs == 0 &&
		    *a->byline == '\0')
			a->kind = PARSE_BANNER;
		for (j = 0; j < a->nparagraphs; j++)
			;
	}
}

/* Is there a ■ or an opening bracket in the few bytes before text[at]? */
static int
parse_near_mark(const char *text, size_t at)
{
	size_t	from = at > 16 ? at - 16 : 0;

	return (memchr(text + from, '(', at - from) != NULL ||
	    parse_memmem(text + from, at - from, "■", 3) != NULL ||
	    parse_memmem(text + from, at - from, "（", 3) != NULL);
}

/* Is the newline at text[at] inside a continuation note, （下⏎转2版）? */
static int
parse_broken_note(const char *text, size_t len, size_t at)
{
	size_t	 b, e;
	char	 joined[64], page[16];
	int	 to;

	for (b = at; b > 0 && at - b < 16; b--) {
		if (parse_starts(text + b - 1, len - b + 1, "(") ||
		    (b >= 3 && parse_starts(text + b - 3, len - b + 3, "（")))
			break;
	}
	if (b == 0 || at - b >= 16)
		return (0);
	b -= text[b - 1] == '(' ? 1 : 3;
	for (e = at + 1; e < len && e - at < 20 && text[e] != '\n'; e++) {
		if (text[e] == ')' || parse_starts(text + e, len - e, "）")) {
			e += text[e] == ')' ? 1 : 3;
			if (e - b - 1 >= sizeof joined)
				return (0);
			memcpy(joined, text + b, at - b);
			memcpy(joined + (at - b), text + at + 1, e - at - 1);
			return (parse_cont_note(joined, e - b - 1, &to, page,
			    sizeof page));
		}
	}
	return (0);
}

/*
 * A copy of the page with the line breaks taken out of markers the
 * extractor wrapped (■摄⏎影, ■⏎记者), so that every marker is on one line.
 */
static char *
parse_glue_markers(const char *text, size_t len, size_t *outlen)
{
	static const char *marks[] = { "■摄\n影", "■\n摄影", "■记\n者",
	    "■\n记者", "■ \n摄影" };
	char	*out = xmalloc(len + 1);
	size_t	 i, j = 0, k, ml;

	for (i = 0; i < len; i++) {
		if (text[i] == '\n' && i >= 3 && parse_near_mark(text, i)) {
			for (k = 0; k < sizeof marks / sizeof marks[0]; k++) {
				const char *nl = strchr(marks[k], '\n');
				size_t	    before = (size_t)(nl - marks[k]);

				ml = strlen(marks[k]);
				if (i >= before && i - before + ml <= len &&
				    memcmp(text + i - before, marks[k], ml) == 0)
					break;
			}
			if (k < sizeof marks / sizeof marks[0] ||
			    parse_broken_note(text, len, i))
				continue;	/* drop this newline */
		}
		out[j++] = text[i];
	}
	out[j] = '\0';
	*outlen = j;
	return (out);
}

/* Raw pages that set titles under (or beside) their stories. */
static void
parse_raw(struct parser *p)
{
	parse_units(p);
	parse_prepare(p);
	parse_match(p);
	parse_assemble(p);
}

struct parse_page *
parse_page(const char *text, size_t len)
{
	struct parser		 p;
	struct parse_page	*pg = xcalloc(1, sizeof *pg);
	char			*copy, *columns = NULL;
	size_t			 i;

	if (parse_layout_detect(text, len)) {
		columns = parse_layout_columns(text, len, &len);
		text = columns;
	}
	memset(&p, 0, sizeof p);
	copy = parse_glue_markers(text, len, &p.len);
	p.text = copy;
	pg->format = parse_detect_format(text, len);
	if (columns != NULL)
		pg->format = PARSE_LAYOUT;
	parse_lines(&p, pg->format == PARSE_MARKDOWN);
	if (pg->format == PARSE_MARKDOWN)
		parse_markdown(&p);
	else {
		parse_furniture(&p);
		if (parse_flow_detect(&p))
			parse_flow(&p);
		else
			parse_raw(&p);
	}
	parse_build(&p, pg);
	pg->weather = p.weather;

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
	free(copy);
	free(columns);
	return (pg);
}

void
parse_page_free(struct parse_page *pg)
{
	struct parse_article	*a;
	size_t			 i, j;

	if (pg == NULL)
		return;
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
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
	free(pg->articles);
	if (pg->weather != NULL) {
		free(pg->weather->today);
		free(pg->weather->tomorrow);
		free(pg->weather->wind);
		free(pg->weather);
	}
	free(pg);
}
