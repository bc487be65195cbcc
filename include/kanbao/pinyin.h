/*
 * Pinyin: the Mandarin readings of Han characters (generated at build time
 * from the Unihan database, never typed by hand) and matching of what a
 * user types without a Chinese input method against Chinese text.
 */
#ifndef KANBAO_PINYIN_H
#define KANBAO_PINYIN_H

#include <stddef.h>
#include <stdint.h>

#define PINYIN_QUERY_MAX 64	/* bytes of a query that count */
#define PINYIN_TEXT_MAX	 256	/* characters of a text that are matched */
#define PINYIN_ASCII	 0x8000 /* pinyin_code() of an ASCII character */

/*
 * The readings of cp without tones, ü as v (and as u), space-separated
 * ("chang zhang" for 长), or NULL when cp has none.  Static.
 */
const char *pinyin_readings(uint32_t cp);

/* A query made ready for matching many texts. */
struct pinyin_query {
	char   text[PINYIN_QUERY_MAX + 1];    /* as typed, cut short */
	char   letters[PINYIN_QUERY_MAX + 1]; /* a-z 0-9, lower */
	size_t nletters;
	int    latin; /* only ASCII: pinyin is tried */
};

/* Prepares q from what the user typed (UTF-8). */
void pinyin_query_init(struct pinyin_query *q, const char *typed);

/*
 * Whether text (len bytes) matches q: it contains q as typed (ASCII case
 * folded), or, for a query in Latin letters, a run of characters spells
 * it in pinyin, each character by a whole reading or the start of one, so
 * that 平湖 is found by pinghu, ph, pingh and phu, and a character with
 * several readings by any of them (行 by xing and hang).  Spaces and '
 * in the query are ignored.  On a match returns 1 and sets *off and *mlen
 * to the bytes of text matched; else 0.  An empty query matches at 0.
 */
int pinyin_match(const struct pinyin_query *q, const char *text, size_t len,
    size_t *off, size_t *mlen);

/*
 * For matching many texts many times: a character as a code, its set of
 * readings (1...), PINYIN_ASCII | c for an ASCII letter, digit or space
 * (lower case), 0 for anything else.
 */
uint16_t pinyin_code(uint32_t cp);
/*
 * The codes of up to max characters of text into code, the byte offset of
 * each (and of the end, max + 1 of them) into offs if not NULL; returns
 * how many.
 */
size_t pinyin_encode(const char *text, size_t len, uint16_t *code, size_t *offs,
    size_t max);
/* The substring half of pinyin_match(). */
int pinyin_match_text(const struct pinyin_query *q, const char *text,
    size_t len, size_t *off, size_t *mlen);
/*
 * The pinyin half, over n codes: 1 with the characters matched in
 * [*first, *end), else 0.
 */
int pinyin_match_codes(const struct pinyin_query *q, const uint16_t *code,
    size_t n, size_t *first, size_t *end);

#endif
