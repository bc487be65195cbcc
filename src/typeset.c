/*
 * Full-width punctuation between Chinese characters (see typeset.h).
 *
 * A mark is changed only where a Chinese reader would expect the full
 * form: , ; : ? ! right after a Chinese character (not 1,000 or 10:30),
 * or after a figure or a Latin word and before Chinese text (25%,产值),
 * . after one and before Chinese text or the end (not 3.5), and a pair
 * of parentheses when the character before it or any inside it is
 * Chinese; the pair is changed together so that （ never meets ).
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/text.h"
#include "kanbao/typeset.h"
#include "kanbao/xmalloc.h"

#define TYPESET_PAREN_MAX 64 /* characters a pair may span */

/* Whether c is Chinese: an ideograph, or CJK or full-width punctuation. */
static int
typeset_cjk(uint32_t c)
{
	return ((c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ||
	    (c >= 0xff01 && c <= 0xff60) || (c >= 0x20000 && c <= 0x2ffff) ||
	    c == 0x201c || c == 0x201d || c == 0x2018 || c == 0x2019 ||
	    c == 0x2014 || c == 0x2026);
}

/* The full-width form of the mark c, or 0. */
static uint32_t
typeset_full(uint32_t c)
{
	switch (c) {
	case ',':
		return (0xff0c);
	case ';':
		return (0xff1b);
	case ':':
		return (0xff1a);
	case '?':
		return (0xff1f);
	case '!':
		return (0xff01);
	case '.':
		return (0x3002);
	case '(':
		return (0xff08);
	case ')':
		return (0xff09);
	}
	return (0);
}

/*
 * Whether the mark at i (, ; : ? !, no full stop) ends a figure or a
 * Latin word run into Chinese text: the next character that is not a
 * blank is Chinese (增长25.37%,产值; Reno3,在) and none is before it.
 */
static int
typeset_before_cjk(const uint32_t *cp, size_t n, size_t i)
{
	if (cp[i] == '.' || cp[i - 1] == ' ')
		return (0);
	while (++i < n && cp[i] == ' ')
		;
	return (i < n && typeset_cjk(cp[i]));
}

/* The ) that closes the ( at i, or n. */
static size_t
typeset_close(const uint32_t *cp, size_t n, size_t i)
{
	size_t j, depth = 0;

	for (j = i; j < n && j - i <= TYPESET_PAREN_MAX; j++) {
		if (cp[j] == '(')
			depth++;
		else if (cp[j] == ')' && --depth == 0)
			return (j);
	}
	return (n);
}

char *
typeset_punct(const char *s)
{
	uint32_t *cp, c;
	size_t	  len = strlen(s), n = 0, i, j, k, off;
	char	 *out, *o, *conv;
	int	  inside;

	cp = xreallocarray(NULL, len + 1, sizeof *cp);
	conv = xcalloc(len + 1, 1);
	for (off = 0; off < len; off += k) {
		k = text_utf8_next(s + off, len - off, &cp[n]);
		if (k == 0)
			break;
		n++;
	}
	for (i = 0; i < n; i++) {
		c = cp[i];
		if (c == '(') {
			if ((j = typeset_close(cp, n, i)) == n)
				continue;
			inside = i > 0 && typeset_cjk(cp[i - 1]);
			for (k = i + 1; k < j && !inside; k++)
				inside = typeset_cjk(cp[k]);
			if (inside) {
				cp[i] = typeset_full('(');
				cp[j] = typeset_full(')');
				conv[i] = conv[j] = 1;
			}
			continue;
		}
		if (typeset_full(c) == 0 || c == ')' || i == 0 ||
		    (!typeset_cjk(cp[i - 1]) && !typeset_before_cjk(cp, n, i)))
			continue;
		/* A full stop only ends Chinese text, never a number. */
		if (c == '.' && i + 1 < n && cp[i + 1] != ' ' &&
		    !typeset_cjk(cp[i + 1]))
			continue;
		cp[i] = typeset_full(c);
		conv[i] = 1;
	}
	out = o = xmalloc(n * 4 + 1);
	for (i = 0; i < n; i++) {
		/*
		 * A full-width mark carries its own space: the blanks after
		 * one, and those between Chinese text and a （, go.
		 */
		if (cp[i] == ' ') {
			for (j = i; j < n && cp[j] == ' '; j++)
				;
			if ((i > 0 && conv[i - 1] && j < n) ||
			    (j < n && conv[j] && cp[j] == 0xff08 && i > 0 &&
				typeset_cjk(cp[i - 1]))) {
				i = j - 1;
				continue;
			}
		}
		o += text_utf8_put(o, cp[i]);
	}
	*o = '\0';
	free(cp);
	free(conv);
	return (out);
}
