/*
 * The paper of a page file, from its path or from its furniture.
 *
 * Both are guesses made before the page is parsed (so that an unchanged
 * page is recognised without parsing it): they look only at the path's
 * directories and at the page's first and last lines, and say nothing
 * rather than guess from a headline.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kanbao/paper.h"
#include "kanbao/parse.h"
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
 * True if the n bytes at s are a part of a date, a year's, a month's or
 * a day's directory (2023, 2023-02, 2023年2月, 02): digits, separators
 * (-_.) and 年月日 only, a digit among them.  No paper is so named.
 */
static int
paper_is_dateish(const char *s, size_t n)
{
	size_t i;
	int    digit = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digit = 1;
		else if (s[i] == '-' || s[i] == '_' || s[i] == '.')
			continue;
		else if (n - i >= 3 &&
		    (memcmp(s + i, "年", 3) == 0 ||
			memcmp(s + i, "月", 3) == 0 ||
			memcmp(s + i, "日", 3) == 0))
			i += 2;
		else
			return (0);
	}
	return (digit);
}

/*
 * True if the n bytes at s are a number from lo to hi, of one or two
 * digits (a month's or a day's directory: 2, 02).
 */
static int
paper_number(const char *s, size_t n, int lo, int hi)
{
	int v;

	if (n < 1 || n > 2 || !paper_digits(s, n))
		return (0);
	v = n == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
	return (v >= lo && v <= hi);
}

/*
 * Directory names that say what is in them, or where it was put, not
 * which paper: a date directory under one of these has no paper in its
 * path.
 */
static const char *const paper_generic[] = { "pages", "papers", "newspapers",
	"paper", "newspaper", "issues", "issue", "archive", "archives", "data",
	"text", "texts", "txt", "pdf", "pdfs", "md", "markdown", "corpus",
	"scans", "ocr", "import", "imports", "inbox", "input", "in", "out",
	"download", "downloads", "desktop", "documents", "docs", "files", "new",
	"old", "misc", "extra", "backup", "tmp", "temp", "epaper", "e-paper",
	"报纸", "报刊", "电子报", "数字报", "下载", "桌面", "文档", "资料",
	"新建文件夹", "归档", NULL };

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
		len = (size_t)(end[i] - start[i]);
		/* A date, or a day under its year and month (2023/02/10). */
		if (!paper_is_date(start[i], len) &&
		    !(i >= 2 && paper_number(start[i], len, 1, 31) &&
			paper_number(start[i - 1],
			    (size_t)(end[i - 1] - start[i - 1]), 1, 12) &&
			(size_t)(end[i - 2] - start[i - 2]) == 4 &&
			paper_digits(start[i - 2], 4)))
			continue;
		for (j = i; j-- > 0;) {
			len = (size_t)(end[j] - start[j]);
			if (paper_is_dateish(start[j], len))
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

/* paper_name() of the word w, its n bytes as folded holds them. */
static char *
paper_name_folded(const char *w, const char *folded, size_t n, int furniture)
{
	const unsigned char *s = (const unsigned char *)folded;
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
	    memcmp(folded + n - 3, "报", 3) != 0)
		return (NULL);
	if (!furniture && !paper_has_suffix(folded, n))
		return (NULL);
	return (xstrndup(w, n));
}

/*
 * The paper's name if the word (n bytes) is one: 3 to PAPER_NAME_MAX
 * Chinese characters ending in 报 (in one of paper_suffixes unless
 * furniture stands beside it), a doubled run (解放日报解放日报) undone;
 * in traditional characters too (人民日報), named as printed.  Caller
 * frees; NULL if not.
 */
static char *
paper_name(const char *w, size_t n, int furniture)
{
	char *folded, *name;

	folded = xstrndup(w, n);
	parse_fold_plain(folded, n);
	name = paper_name_folded(w, folded, n, furniture);
	free(folded);
	return (name);
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

	while (p < end) {
		while (p < end &&
		    (*p == ' ' || *p == '\t' || *p == '\r' ||
			(end - p >= 3 && memcmp(p, "\xe3\x80\x80", 3) == 0)))
			p += *p == '\xe3' ? 3 : 1;
		if (p >= end)
			break;
		for (w = p; p < end && *p != ' ' && *p != '\t' && *p != '\r' &&
		     !(end - p >= 3 && memcmp(p, "\xe3\x80\x80", 3) == 0);
		     p++)
			;
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

char *
paper_from_text(const char *text, size_t len)
{
	const char *p = text, *end = text + len, *nl;
	char	   *name;
	int	    lines = 0;

	while (p < end && lines < PAPER_HEAD_LINES) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (!paper_blank(p, (size_t)(nl - p))) {
			lines++;
			if ((name = paper_line(p, (size_t)(nl - p), 0)) != NULL)
				return (name);
		}
		p = nl + 1;
	}
	/* Else the page's foot: its last lines, read up from the end. */
	for (lines = 0, nl = end; nl > text && lines < PAPER_FOOT_LINES;
	     nl = p) {
		for (p = nl; p > text && p[-1] != '\n'; p--)
			;
		if (!paper_blank(p, (size_t)(nl - p))) {
			lines++;
			if ((name = paper_line(p, (size_t)(nl - p), 1)) != NULL)
				return (name);
		}
		if (p > text)
			p--;
	}
	return (NULL);
}
