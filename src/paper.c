/*
 * The paper of a page file, from its path or from its furniture.
 *
 * Both are guesses made before the page is parsed (so that an unchanged
 * page is recognised without parsing it): they look only at the path's
 * directories and at the page's first and last lines, and say nothing
 * rather than guess from a headline.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kanbao/paper.h"
#include "kanbao/xmalloc.h"

/* Lines of a page's head looked at for a masthead or header. */
#define PAPER_HEAD_LINES 8
/*
 * Lines of its foot looked at for a footer: more, as boxes and notices
 * are set below it; a footer needs a page number or date by the name.
 */
#define PAPER_FOOT_LINES 24
/* A paper's name: this many Chinese characters at most (and 2 least). */
#define PAPER_NAME_MAX 10
/* A header or footer line that prints the date: this many bytes at most. */
#define PAPER_LINE_MAX 120
/* Years a printed date may name; a figure outside them is a misreading. */
#define PAPER_YEAR_MIN 1900
#define PAPER_YEAR_MAX 2099
/* Digits of a date's year, and of its month or day, at most. */
#define PAPER_YEAR_DIGITS 4
#define PAPER_DAY_DIGITS  2

/* True if s (n bytes) is all ASCII digits. */
static int
paper_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return (0);
	}
	return (n > 0);
}

/* True if the n bytes at s are a date: 2019-02-01, 2019_02_01, 20190201. */
static int
paper_is_date(const char *s, size_t n)
{
	int m, d;

	if (n == 8 && paper_digits(s, 8)) {
		m = (s[4] - '0') * 10 + (s[5] - '0');
		d = (s[6] - '0') * 10 + (s[7] - '0');
	} else if (n == 10 && paper_digits(s, 4) && paper_digits(s + 5, 2) &&
	    paper_digits(s + 8, 2) && strchr("-_.", s[4]) != NULL &&
	    s[7] == s[4]) {
		m = (s[5] - '0') * 10 + (s[6] - '0');
		d = (s[8] - '0') * 10 + (s[9] - '0');
	} else
		return (0);
	return (m >= 1 && m <= 12 && d >= 1 && d <= 31);
}

/*
 * Directory names that say what is in them, not which paper: a date
 * directory under one of these has no paper in its path.
 */
static const char *const paper_generic[] = { "pages", "papers", "newspapers",
	"paper", "newspaper", "issues", "archive", "archives", "data", "text",
	"txt", "corpus", "scans", "ocr", "import", "downloads", "tmp", NULL };

static int
paper_is_generic(const char *s, size_t n)
{
	const char *const *g;

	for (g = paper_generic; *g != NULL; g++) {
		if (strlen(*g) == n && strncasecmp(s, *g, n) == 0)
			return (1);
	}
	return (0);
}

char *
paper_from_path(const char *path)
{
	const char *start[64], *end[64], *p, *q;
	size_t	    n = 0, i, j, len;

	for (p = path; *p != '\0' && n < 64; p = q) {
		while (*p == '/')
			p++;
		if (*p == '\0')
			break;
		for (q = p; *q != '\0' && *q != '/'; q++)
			;
		if (*q == '\0')
			break; /* the file itself */
		start[n] = p;
		end[n++] = q;
	}
	for (i = n; i-- > 0;) {
		if (!paper_is_date(start[i], (size_t)(end[i] - start[i])))
			continue;
		for (j = i; j-- > 0;) {
			len = (size_t)(end[j] - start[j]);
			if (paper_digits(start[j], len) ||
			    paper_is_date(start[j], len))
				continue;
			if ((len == 1 && *start[j] == '.') ||
			    (len == 2 && strncmp(start[j], "..", 2) == 0) ||
			    paper_is_generic(start[j], len))
				return (NULL);
			return (xstrndup(start[j], len));
		}
		return (NULL);
	}
	return (NULL);
}

/* The code point of the UTF-8 character at s (n bytes left); *k its size. */
static unsigned int
paper_char(const unsigned char *s, size_t n, size_t *k)
{
	if (s[0] < 0x80) {
		*k = 1;
		return (s[0]);
	}
	if ((s[0] & 0xe0) == 0xc0 && n >= 2) {
		*k = 2;
		return (((s[0] & 0x1fU) << 6) | (s[1] & 0x3fU));
	}
	if ((s[0] & 0xf0) == 0xe0 && n >= 3) {
		*k = 3;
		return (((s[0] & 0x0fU) << 12) | ((s[1] & 0x3fU) << 6) |
		    (s[2] & 0x3fU));
	}
	*k = 1;
	return (0xfffd);
}

static int
paper_is_han(unsigned int c)
{
	return (c >= 0x4e00 && c <= 0x9fff);
}

/*
 * True if the word (n bytes) may stand beside a paper's name in a header:
 * a page number (10, 第10版), a date (2020年1月3日) or a weekday (星期五).
 */
static int
paper_is_furniture(const char *w, size_t n)
{
	static const char *const allowed = "0123456789年月日第版星期"
					   "一二三四五六七天";
	const unsigned char	*s = (const unsigned char *)w;
	size_t			 i, k;
	char			 one[5];

	for (i = 0; i < n; i += k) {
		paper_char(s + i, n - i, &k);
		if (k > 4)
			return (0);
		memcpy(one, w + i, k);
		one[k] = '\0';
		if (strstr(allowed, one) == NULL)
			return (0);
	}
	return (n > 0);
}

/*
 * Endings that make a word a paper's name on a line of its own; a word
 * ending in another 报 (文汇报, but also 天气预报, 喜报) only with a page
 * number or date beside it.
 */
static const char *const paper_suffixes[] = { "日报", "晚报", "早报", "晨报",
	"时报", "商报", "青年报", "法治报", "都市报", "导报", NULL };

static int
paper_has_suffix(const char *w, size_t n)
{
	const char *const *sfx;
	size_t		   k;

	for (sfx = paper_suffixes; *sfx != NULL; sfx++) {
		k = strlen(*sfx);
		if (n > k && memcmp(w + n - k, *sfx, k) == 0)
			return (1);
	}
	return (0);
}

/*
 * The paper's name if the word (n bytes) is one: 3 to PAPER_NAME_MAX
 * Chinese characters ending in 报 (in one of paper_suffixes unless
 * furniture stands beside it), a doubled run (解放日报解放日报) undone.
 * Caller frees; NULL if not.
 */
static char *
paper_name(const char *w, size_t n, int furniture)
{
	const unsigned char *s = (const unsigned char *)w;
	size_t		     i, k, chars = 0;

	for (i = 0; i < n; i += k) {
		if (!paper_is_han(paper_char(s + i, n - i, &k)))
			return (NULL);
		chars++;
	}
	if (chars % 2 == 0 && n % 2 == 0 && memcmp(w, w + n / 2, n / 2) == 0) {
		n /= 2;
		chars /= 2;
	}
	if (chars < 3 || chars > PAPER_NAME_MAX || n < 3 ||
	    memcmp(w + n - 3, "报", 3) != 0)
		return (NULL);
	if (!furniture && !paper_has_suffix(w, n))
		return (NULL);
	return (xstrndup(w, n));
}

/* Is p (before end) at a space: ASCII, a tab, a CR or U+3000? */
static size_t
paper_space(const char *p, const char *end)
{
	if (*p == ' ' || *p == '\t' || *p == '\r')
		return (1);
	return (end - p >= 3 && memcmp(p, "\xe3\x80\x80", 3) == 0 ? 3 : 0);
}

/*
 * The next word from *p on (before end), spaces passed over, *p moved to
 * its end; NULL when there is none.
 */
static const char *
paper_word(const char **p, const char *end)
{
	const char *w;
	size_t	    k;

	while (*p < end && (k = paper_space(*p, end)) != 0)
		*p += k;
	if (*p >= end)
		return (NULL);
	for (w = *p; *p < end && paper_space(*p, end) == 0; (*p)++)
		;
	return (w);
}

/*
 * The paper named by one line (n bytes), if it is a header: words
 * separated by spaces (ASCII or ideographic), one the name, the others
 * furniture; a page's foot must have furniture beside the name (人民日报
 * 第13版).
 */
static char *
paper_line(const char *line, size_t n, int foot)
{
	const char *p = line, *end = line + n, *w, *nw = NULL;
	size_t	    words = 0, nn = 0, furniture = 0;

	while ((w = paper_word(&p, end)) != NULL) {
		if (++words > 4)
			return (NULL);
		if (paper_is_furniture(w, (size_t)(p - w))) {
			furniture++;
			continue;
		}
		if (nw != NULL)
			return (NULL); /* two words that are not furniture */
		nw = w;
		nn = (size_t)(p - w);
	}
	if (nw == NULL || (foot && furniture == 0))
		return (NULL);
	return (paper_name(nw, nn, furniture > 0));
}

/* True if the n bytes at s are only spaces and control characters. */
static int
paper_blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if ((unsigned char)s[i] > ' ')
			return (0);
	}
	return (1);
}

/*
 * Calls fn on the page's first PAPER_HEAD_LINES lines that are not blank,
 * then on its last PAPER_FOOT_LINES read up from the end (foot set), until
 * it returns 0: 0 then, else -1.
 */
static int
paper_walk(const char *text, size_t			len,
    int (*fn)(const char *, size_t, int, void *), void *arg)
{
	const char *p = text, *end = text + len, *nl;
	int	    lines = 0;

	while (p < end && lines < PAPER_HEAD_LINES) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (!paper_blank(p, (size_t)(nl - p))) {
			lines++;
			if (fn(p, (size_t)(nl - p), 0, arg) == 0)
				return (0);
		}
		p = nl + 1;
	}
	for (lines = 0, nl = end; nl > text && lines < PAPER_FOOT_LINES;
	     nl = p) {
		for (p = nl; p > text && p[-1] != '\n'; p--)
			;
		if (!paper_blank(p, (size_t)(nl - p))) {
			lines++;
			if (fn(p, (size_t)(nl - p), 1, arg) == 0)
				return (0);
		}
		if (p > text)
			p--;
	}
	return (-1);
}

static int
paper_name_line(const char *s, size_t n, int foot, void *arg)
{
	char **name = arg;

	*name = paper_line(s, n, foot);
	return (*name != NULL ? 0 : -1);
}

char *
paper_from_text(const char *text, size_t len)
{
	char *name = NULL;

	paper_walk(text, len, paper_name_line, &name);
	return (name);
}

/*
 * The number at s (n bytes left) of at most max ASCII digits, spaces
 * before it passed over; *k the bytes read.  -1 if none.
 */
static int
paper_number(const char *s, size_t n, int max, size_t *k)
{
	size_t i = 0, d = 0;
	int    v = 0;

	while (i < n && s[i] == ' ')
		i++;
	while (i + d < n && (int)d < max && s[i + d] >= '0' && s[i + d] <= '9')
		v = v * 10 + (s[i + d++] - '0');
	if (d == 0 || (i + d < n && s[i + d] >= '0' && s[i + d] <= '9'))
		return (-1);
	i += d;
	while (i < n && s[i] == ' ')
		i++;
	*k = i;
	return (v);
}

/* Does s (n bytes left) start with w? */
static int
paper_at(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	return (n >= k && memcmp(s, w, k) == 0);
}

/* Days in month m (1 to 12) of year y. */
static int
paper_month_days(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
		31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return (29);
	return (days[m - 1]);
}

/*
 * The day of the week of a date in the Gregorian calendar, 0 for Sunday
 * (Sakamoto's method).
 */
static int
paper_weekday(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (m < 3)
		y--;
	return ((y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7);
}

/*
 * The weekday a line names (星期五, 周五, 星期日 or 星期天), 0 for Sunday;
 * -1 if it names none, -2 if more than one.
 */
static int
paper_line_weekday(const char *s, size_t n)
{
	static const char *const days[] = { "日", "一", "二", "三", "四", "五",
		"六", "天" };
	size_t			 i, j, k;
	int			 found = -1;

	for (i = 0; i < n; i++) {
		if (paper_at(s + i, n - i, "星期"))
			k = i + strlen("星期");
		else if (paper_at(s + i, n - i, "周"))
			k = i + strlen("周");
		else
			continue;
		for (j = 0; j < sizeof days / sizeof days[0]; j++) {
			if (!paper_at(s + k, n - k, days[j]))
				continue;
			if (found >= 0 && found != (int)(j % 7))
				return (-2);
			found = (int)(j % 7);
		}
	}
	return (found);
}

/*
 * Is the line s (n bytes) a header or footer that names a paper as papers
 * are named (paper_suffixes: 日报, 晚报…), not any word in 报 (天气预报
 * 12 is a forecast's)?
 */
static int
paper_names(const char *s, size_t n, int foot)
{
	char *name = paper_line(s, n, foot);
	int   yes = name != NULL && paper_has_suffix(name, strlen(name));

	free(name);
	return (yes);
}

/*
 * Does s (n bytes) hold a pause or a stop, as a sentence does (2020年1月3
 * 日（星期五）上午，…) and a header does not (2020年1月3日（星期五）)?
 */
static int
paper_has_mark(const char *s, size_t n)
{
	static const char *const marks[] = { "，", "。", "；", "、" };
	size_t			 i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < sizeof marks / sizeof marks[0]; j++) {
			if (paper_at(s + i, n - i, marks[j]))
				return (1);
		}
	}
	return (0);
}

/*
 * The date a header or footer line prints with its weekday (2020年1月3日
 * 星期五, 2024.03.08 周五, 2024-03-08 星期五), as YYYY-MM-DD in out, if the
 * weekday is that date's: a date in a line of text, or a misread figure,
 * is seldom set beside the right day; nor in a line with a sentence's
 * marks.  Without a weekday, or in the page's foot (a box of the day in
 * history, an event's notice), only beside the paper's name (澄湖日报
 * 2024年3月5日, a header paper_names()).  0 if so, -1 if not.
 */
static int
paper_line_date(const char *s, size_t n, int foot, char out[11])
{
	size_t i, k, r;
	int    y, m, d, wd;
	char   sep;

	if (n > PAPER_LINE_MAX || (wd = paper_line_weekday(s, n)) == -2 ||
	    paper_has_mark(s, n))
		return (-1);
	if ((wd == -1 || foot) && !paper_names(s, n, foot))
		return (-1);
	for (i = 0; i + 8 <= n; i++) {
		if ((i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') ||
		    (y = paper_number(s + i, n - i, PAPER_YEAR_DIGITS, &r)) <
			PAPER_YEAR_MIN ||
		    y > PAPER_YEAR_MAX)
			continue;
		k = i + r;
		if (paper_at(s + k, n - k, "年"))
			sep = '\0', k += strlen("年");
		else if (k < n && strchr(".-/", s[k]) != NULL)
			sep = s[k++];
		else
			continue;
		if ((m = paper_number(s + k, n - k, PAPER_DAY_DIGITS, &r)) <
			1 ||
		    m > 12)
			return (-1);
		k += r;
		if (sep == '\0' && paper_at(s + k, n - k, "月"))
			k += strlen("月");
		else if (sep != '\0' && k < n && s[k] == sep)
			k++;
		else
			return (-1);
		if ((d = paper_number(s + k, n - k, PAPER_DAY_DIGITS, &r)) <
			1 ||
		    d > paper_month_days(y, m) ||
		    (sep == '\0' && !paper_at(s + k + r, n - k - r, "日")))
			return (-1);
		/* A day set beside another weekday is no issue's date. */
		if (wd >= 0 && paper_weekday(y, m, d) != wd)
			return (-1);
		snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
		    (unsigned)m % 100u, (unsigned)d % 100u);
		return (0);
	}
	return (-1);
}

static int
paper_date_line(const char *s, size_t n, int foot, void *arg)
{
	return (paper_line_date(s, n, foot, arg));
}

int
paper_date_from_text(const char *text, size_t len, char out[11])
{
	return (paper_walk(text, len, paper_date_line, out));
}
