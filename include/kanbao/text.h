/*
 * Text: UTF-8 decoding, input encodings, character classes, display width
 * and sanitising of untrusted text.  The only module (with reflow) that uses
 * libunistring.
 */
#ifndef KANBAO_TEXT_H
#define KANBAO_TEXT_H

#include <stddef.h>
#include <stdint.h>

#define TEXT_REPLACEMENT 0xfffdU

/*
 * Decodes one code point from s (n bytes available, n > 0) into *cp and
 * returns the number of bytes used (1 to 4).  An invalid or truncated
 * sequence yields U+FFFD and consumes one byte.
 */
size_t text_utf8_next(const char *s, size_t n, uint32_t *cp);

/*
 * The common forms, decoded inline: ASCII and the three-byte forms (all of
 * Chinese) into *cp, returning 1 or 3; 0 for anything else, which
 * text_utf8_next() decodes.  s has n bytes available.
 */
static inline size_t
text_utf8_fast(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t	     c;

	if (n > 0 && u[0] < 0x80) {
		*cp = u[0];
		return (1);
	}
	if (n >= 3 && (u[0] & 0xf0) == 0xe0 && (u[1] & 0xc0) == 0x80 &&
	    (u[2] & 0xc0) == 0x80) {
		c = (uint32_t)(u[0] & 0x0f) << 12 |
		    (uint32_t)(u[1] & 0x3f) << 6 | (u[2] & 0x3f);
		if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) {
			*cp = c;
			return (3);
		}
	}
	return (0);
}
/* Decodes the code point that ends at s + n; returns its length (>= 1). */
size_t text_utf8_prev(const char *s, size_t n, uint32_t *cp);
/* Encodes cp into out (4 bytes at least); returns its length. */
size_t text_utf8_put(char *out, uint32_t cp);

/*
 * Turns the bytes of a page file into clean UTF-8: strips a UTF-8 BOM,
 * converts UTF-16 (with BOM), and GB18030, GBK or Big5 when the text read
 * in it is plausibly Chinese (Japanese and Korean are refused as such),
 * turns CRLF and lone CR into LF and sanitises (text_sanitize), keeping
 * form feeds (page breaks).  Returns the text (caller frees, length in
 * *outlen) and sets *encoding to a static name ("UTF-8", "GB18030",
 * "BIG5", "UTF-16LE", ...), or NULL with *cause set (caller frees) for an
 * empty or binary file or one in no encoding it reads.
 */
char *text_decode(const char *in, size_t inlen, size_t *outlen,
    const char **encoding, char **cause);

/*
 * Cleans untrusted UTF-8 so that it can never drive a terminal: tab becomes
 * a space; CR, CRLF, form feed, NEL and U+2028/2029 a newline; C0 controls
 * but newline, DEL, C1 controls, bidi controls and marks, zero-width format
 * characters, BOM, soft hyphen and Hangul fillers are dropped, and so are
 * variation selectors and tag characters where they select nothing;
 * invalid bytes and unprintable characters become U+FFFD.
 * Returns a new string (caller frees), its length in *outlen if not NULL.
 */
char *text_sanitize(const char *s, size_t n, size_t *outlen);

#define TEXT_KEEP_TAB 0x1 /* tab stays (columns of CLI output) */
#define TEXT_KEEP_FF  0x2 /* form feed stays (a page break) */
/* text_sanitize() keeping what flags name. */
char *text_clean(const char *s, size_t n, int flags, size_t *outlen);
/*
 * text_sanitize() for a name on one line (a file, an issue): newlines and
 * tabs become spaces.  Returns a new string (caller frees).
 */
char *text_sanitize_line(const char *s);

/* Han ideograph (unified, extensions, compatibility) or 〇. */
int text_is_han(uint32_t);
/* Wide East Asian character: Han, kana, hangul, CJK and fullwidth punctuation. */
int text_is_cjk(uint32_t);
/* CJK or fullwidth punctuation, including “”‘’…—· as used in Chinese text. */
int text_is_cjk_punct(uint32_t);
/*
 * The n bytes at s without the punctuation around them (ASCII that is
 * neither letter nor digit, and text_is_cjk_punct(): “”「」（）。…), as a
 * word typed to search for is taken: its length, its offset in *off.
 */
size_t text_strip_punct(const char *s, size_t n, size_t *off);
/*
 * The next word of a typed query (a NUL-terminated string) from *p on, as
 * search and the reader's marks take it: split at white space (the
 * ideographic space too), the punctuation around it dropped
 * (text_strip_punct()).  Its length in *len, *p past it; NULL past the
 * last.
 */
const char *text_query_word(const char **p, size_t *len);

/*
 * Display width in terminal columns, as wcwidth(3) and so ncurses measure:
 * a code point (-1 for controls), and a whole UTF-8 string (grapheme
 * clusters clamped to 2 columns, controls counted as 0).
 */
int text_cp_width(uint32_t);
int text_width(const char *, size_t);

/*
 * Grapheme cluster boundaries of s (n bytes): p[i] (n bytes, caller's) is
 * set non-zero where a cluster starts at byte i, as text_width counts them.
 */
void text_grapheme_breaks(const char *s, size_t n, char *p);

/*
 * How much of s (n bytes, clean text) fits in width display columns: n if
 * all of it does, else the bytes of the longest run of whole grapheme
 * clusters from its start that leaves a column for a … after it and does
 * not end on a blank or an opening mark (冲刺“, word ).  *used is the
 * columns they take, without the ….
 */
size_t text_fit(const char *s, size_t n, int width, int *used);

#endif
