/*
 * Text: UTF-8 decoding, input encodings, character classes, display width
 * and sanitising.
 *
 * Everything kanbao stores or shows went through text_decode() (page files)
 * or text_sanitize() (anything else untrusted), so the rest of the program
 * may assume valid UTF-8 with no control characters other than newline.
 */
#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uniconv.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwidth.h>
#include <wchar.h>

#include "kanbao/buf.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

size_t
text_utf8_next(const char *s, size_t n, uint32_t *cp)
{
	ucs4_t	uc;
	int	len;

	len = u8_mbtoucr(&uc, (const uint8_t *)s, n);
	if (len <= 0) {
		*cp = TEXT_REPLACEMENT;
		return (1);
	}
	*cp = uc;
	return ((size_t)len);
}

size_t
text_utf8_prev(const char *s, size_t n, uint32_t *cp)
{
	size_t	back, len;

	for (back = 1; back <= 4 && back <= n; back++) {
		if (((unsigned char)s[n - back] & 0xc0) != 0x80)
			break;
	}
	if (back > 4 || back > n) {
		*cp = TEXT_REPLACEMENT;
		return (1);
	}
	len = text_utf8_next(s + n - back, back, cp);
	if (len != back) {
		*cp = TEXT_REPLACEMENT;
		return (1);
	}
	return (len);
}

size_t
text_utf8_put(char *out, uint32_t cp)
{
	int	len;

	len = u8_uctomb((uint8_t *)out, cp, 4);
	if (len <= 0)
		len = u8_uctomb((uint8_t *)out, TEXT_REPLACEMENT, 4);
	assert(len >= 1 && len <= 4);
	return ((size_t)len);
}

int
text_is_han(uint32_t c)
{
	return ((c >= 0x4e00 && c <= 0x9fff) ||	/* unified */
	    (c >= 0x3400 && c <= 0x4dbf) ||	/* extension A */
	    (c >= 0xf900 && c <= 0xfaff) ||	/* compatibility */
	    (c >= 0x20000 && c <= 0x3134f) ||	/* extensions B-H */
	    c == 0x3007);			/* 〇 */
}

int
text_is_cjk_punct(uint32_t c)
{
	return ((c >= 0x3000 && c <= 0x303f) ||	/* CJK symbols, punctuation */
	    (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
	    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) ||
	    (c >= 0xfe10 && c <= 0xfe1f) || (c >= 0xfe30 && c <= 0xfe4f) ||
	    c == 0x2018 || c == 0x2019 || c == 0x201c || c == 0x201d ||
	    c == 0x2026 || c == 0x2014 || c == 0x2015 || c == 0x00b7 ||
	    c == 0x2e3a || c == 0x2027 || c == 0x30fb);
}

int
text_is_cjk(uint32_t c)
{
	return (text_is_han(c) || text_is_cjk_punct(c) ||
	    (c >= 0x2e80 && c <= 0x2fdf) ||	/* radicals */
	    (c >= 0x3040 && c <= 0x30ff) ||	/* kana */
	    (c >= 0x3100 && c <= 0x31bf) ||	/* bopomofo */
	    (c >= 0xac00 && c <= 0xd7a3) ||	/* hangul */
	    (c >= 0xff01 && c <= 0xff60) ||	/* fullwidth forms */
	    (c >= 0x3200 && c <= 0x33ff));	/* enclosed, compatibility */
}

/* Characters that are dropped outright: they have no business in a page. */
static int
text_is_dropped(uint32_t c)
{
	return ((c < 0x20 && c != '\n') || c == 0x7f ||
	    (c >= 0x80 && c <= 0x9f) ||		/* C1 */
	    c == 0x00ad ||			/* soft hyphen */
	    c == 0x061c ||			/* Arabic letter mark */
	    /*
	     * Prepended concatenation marks: invisible, they join the
	     * character after them into one cluster (a space too, which a
	     * line would then keep at its end), and glibc and libunistring
	     * disagree on their width.
	     */
	    (c >= 0x0600 && c <= 0x0605) || c == 0x06dd || c == 0x070f ||
	    c == 0x0890 || c == 0x0891 || c == 0x08e2 || c == 0x110bd ||
	    c == 0x110cd ||
	    (c >= 0x200b && c <= 0x200f) ||	/* ZW space/joiners, LRM, RLM */
	    (c >= 0x202a && c <= 0x202e) ||	/* bidi embeddings, overrides */
	    (c >= 0x2060 && c <= 0x2064) ||	/* word joiner, invisible ops */
	    (c >= 0x2066 && c <= 0x206f) ||	/* bidi isolates, deprecated */
	    c == 0xfeff ||			/* BOM, ZW no-break space */
	    (c >= 0xfff9 && c <= 0xfffb));	/* interlinear annotation */
}

/*
 * Blocks every code point of which is assigned and printable: ASCII
 * letters, Latin-1 and Extended-A/B, general and CJK punctuation, common
 * ideographs, fullwidth forms.  Nearly all of a page, so text_sanitize
 * skips the width lookup for them.
 */
static int
text_is_assigned_fast(uint32_t c)
{
	return ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0x24f) ||
	    (c >= 0x2010 && c <= 0x2027) || (c >= 0x3000 && c <= 0x303f) ||
	    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff60));
}

/*
 * Would a Prepend character (one that joins the character after it into
 * its grapheme cluster) have nothing to join here: the end, a space or a
 * control?  Joined to a space, it would hide that space inside a cluster
 * and a reflowed line could end with it.
 */
static int
text_prepends_nothing(const char *s, size_t n)
{
	uint32_t	c;

	if (n == 0)
		return (1);
	text_utf8_next(s, n, &c);
	return (c == ' ' || c == '\t' || c < 0x20 || c == 0x3000 ||
	    (c >= 0x2000 && c <= 0x200a) || c == 0xa0 || c == 0x2028 ||
	    c == 0x2029);
}

char *
text_sanitize(const char *s, size_t n, size_t *outlen)
{
	struct buf	 b = BUF_INIT;
	uint32_t	 c, prev = 0;
	size_t		 i, len;
	char		 tmp[4];

	for (i = 0; i < n; i += len) {
		len = text_utf8_next(s + i, n - i, &c);
		if (c == '\r') {
			/* CRLF and lone CR are both one newline. */
			c = '\n';
			if (i + 1 < n && s[i + 1] == '\n')
				len++;
		} else if (c == '\t')
			c = ' ';
		else if (c == 0x2028 || c == 0x2029)
			c = '\n';
		else if (c == 0x200d && (prev >= 0x1f000 || prev == 0xfe0f))
			;	/* ZWJ inside an emoji sequence is harmless */
		else if (text_is_dropped(c))
			continue;
		else if (c != '\n' && c != TEXT_REPLACEMENT &&
		    (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) ||
		    (c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef)))
			c = TEXT_REPLACEMENT;
		else if (c >= 0x0d00 && !text_is_assigned_fast(c) &&
		    uc_graphemeclusterbreak_property(c) == GBP_PREPEND &&
		    text_prepends_nothing(s + i + len, n - i - len))
			continue;	/* a Prepend letter before a space */
		else if (c != '\n' && !text_is_assigned_fast(c) &&
		    text_cp_width(c) < 0) {
			/*
			 * Unassigned code points: wcwidth() and so curses
			 * cannot measure them, and a later Unicode may make
			 * them anything.
			 */
			c = TEXT_REPLACEMENT;
		}
		/* No control character but the newline gets through. */
		assert(c == '\n' || (c >= 0x20 && c != 0x7f &&
		    (c < 0x80 || c > 0x9f)));
		prev = c;
		buf_add(&b, tmp, text_utf8_put(tmp, c));
	}
	if (outlen != NULL)
		*outlen = b.len;
	return (buf_detach(&b));
}

/* Converts from a named encoding; NULL if the bytes are not valid in it. */
static char *
text_convert(const char *from, const char *in, size_t inlen, size_t *outlen)
{
	uint8_t	*u;
	char	*s;
	size_t	 len = 0;

	u = u8_conv_from_encoding(from, iconveh_error, in, inlen, NULL, NULL,
	    &len);
	if (u == NULL)
		return (NULL);
	s = xmalloc(len + 1);
	memcpy(s, u, len);
	s[len] = '\0';
	free(u);
	*outlen = len;
	return (s);
}

char *
text_decode(const char *in, size_t inlen, size_t *outlen,
    const char **encoding, char **cause)
{
	const uint8_t	*u = (const uint8_t *)in;
	const uint8_t	*bad;
	const char	*enc = "UTF-8";
	char		*conv = NULL, *out;
	const char	*p;
	size_t		 convlen = 0, i;

	*encoding = NULL;
	if (inlen == 0) {
		*cause = xstrdup("empty file");
		return (NULL);
	}
	if (inlen >= 2 && ((u[0] == 0xff && u[1] == 0xfe) ||
	    (u[0] == 0xfe && u[1] == 0xff))) {
		enc = u[0] == 0xff ? "UTF-16LE" : "UTF-16BE";
		conv = text_convert(enc, in + 2, inlen - 2, &convlen);
		if (conv == NULL) {
			xasprintf(cause, "invalid %s text", enc);
			return (NULL);
		}
		in = conv;
		inlen = convlen;
	} else if (inlen >= 3 && u[0] == 0xef && u[1] == 0xbb &&
	    u[2] == 0xbf) {
		in += 3;
		inlen -= 3;
	}
	if ((p = memchr(in, '\0', inlen)) != NULL) {
		xasprintf(cause, "binary file (NUL byte at offset %zu)",
		    (size_t)(p - in));
		free(conv);
		return (NULL);
	}
	if (conv == NULL &&
	    (bad = u8_check((const uint8_t *)in, inlen)) != NULL) {
		/* Not UTF-8: GB18030 is a superset of GBK and GB2312. */
		conv = text_convert("GB18030", in, inlen, &convlen);
		if (conv == NULL) {
			xasprintf(cause, "not UTF-8, GB18030 or GBK text "
			    "(invalid byte at offset %zu)",
			    (size_t)(bad - (const uint8_t *)in));
			return (NULL);
		}
		enc = "GB18030";
		in = conv;
		inlen = convlen;
	}
	/* Text with many control characters is not a page. */
	for (i = convlen = 0; i < inlen && i < 65536; i++) {
		unsigned char	c = (unsigned char)in[i];

		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' &&
		    c != '\f' && c != 0x1b)
			convlen++;
	}
	if (convlen * 100 > (i < 65536 ? i : 65536)) {
		*cause = xstrdup("binary file (control characters)");
		free(conv);
		return (NULL);
	}
	out = text_sanitize(in, inlen, outlen);
	free(conv);
	*encoding = enc;
	return (out);
}

/*
 * Display width.  ncurses measures with the C library's wcwidth(), so that
 * is the reference: a width that differs from it puts the screen out of
 * step with what curses believes it drew.  wcwidth() itself depends on the
 * locale (LC_CTYPE "C" knows no wide characters), so the width is taken
 * from libunistring and corrected where glibc 2.36 and libunistring 1.0
 * (both Unicode 14) disagree on assigned characters; unassigned code points
 * and the line and paragraph separators are -1 as in glibc.
 */
struct text_width_range {
	uint32_t	first;
	uint32_t	last;
	int		width;
};

static const struct text_width_range text_width_fixes[] = {
	{ 0x00ad, 0x00ad, 1 },		/* soft hyphen */
	{ 0x0600, 0x0605, 1 },		/* prepended concatenation marks */
	{ 0x06dd, 0x06dd, 1 },
	{ 0x070f, 0x070f, 1 },
	{ 0x0890, 0x0891, 1 },
	{ 0x08e2, 0x08e2, 1 },
	{ 0x0cbf, 0x0cbf, 0 },		/* Kannada vowel signs */
	{ 0x0cc6, 0x0cc6, 0 },
	{ 0x2028, 0x2029, -1 },		/* line, paragraph separator */
	{ 0x3248, 0x324f, 2 },		/* circled numbers on black squares */
	{ 0x4dc0, 0x4dff, 2 },		/* hexagram symbols */
	{ 0x110bd, 0x110bd, 1 },	/* Kaithi number signs */
	{ 0x110cd, 0x110cd, 1 },
	{ 0x11a07, 0x11a08, 0 },	/* Zanabazar square vowel signs */
	{ 0x11c3f, 0x11c3f, 0 },	/* Bhaiksuki sign */
};

int
text_cp_width(uint32_t c)
{
	size_t	i;

	if (c < 0x7f)
		return (c >= 0x20 ? 1 : (c == 0 ? 0 : -1));
	if (c >= 0x4e00 && c <= 0x9fff)
		return (2);		/* the common case, fast */
	for (i = 0; i < sizeof text_width_fixes / sizeof *text_width_fixes;
	    i++) {
		if (c >= text_width_fixes[i].first &&
		    c <= text_width_fixes[i].last)
			return (text_width_fixes[i].width);
	}
	if (c > 0x10ffff || uc_is_general_category(c, UC_CATEGORY_Cn))
		return (-1);
	return (uc_width(c, "UTF-8"));
}

int
text_width(const char *s, size_t n)
{
	char		 small[256], *gb;
	uint32_t	 c;
	size_t		 i, len;
	int		 total = 0, cluster = 0, w;

	if (n == 0)
		return (0);
	gb = n <= sizeof small ? small : xmalloc(n);
	u8_grapheme_breaks((const uint8_t *)s, n, gb);
	for (i = 0; i < n; i += len) {
		len = text_utf8_next(s + i, n - i, &c);
		if (gb[i]) {
			/*
			 * Terminals draw a cluster (emoji with modifiers or
			 * joiners, flags) in at most two cells.
			 */
			total += cluster > 2 ? 2 : cluster;
			cluster = 0;
		}
		if ((w = text_cp_width(c)) > 0)
			cluster += w;
	}
	total += cluster > 2 ? 2 : cluster;
	if (gb != small)
		free(gb);
	return (total);
}

void
text_grapheme_breaks(const char *s, size_t n, char *p)
{
	if (n != 0)
		u8_grapheme_breaks((const uint8_t *)s, n, p);
}
