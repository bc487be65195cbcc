/*
 * Pinyin readings and matching (see pinyin.h).
 *
 * The table (build/gen/pinyin-table.h) is made by tests/tools/gen-pinyin.sh
 * from Unihan: entries sorted by code point, each naming its set of
 * readings (a string of space-separated readings) by number.  Lookups in
 * the main CJK blocks go through a direct index built on first use; the
 * rest are a binary search.  Text is matched as codes (pinyin_code): the
 * set's number, so that a caller matching the same texts many times (the
 * jump list) decodes and looks them up once.
 *
 * Matching spells the query out character by character from some start:
 * a Han character takes a non-empty start of one of its readings, an
 * ASCII letter or digit itself, a space nothing.  A query reaches at most
 * PINYIN_QUERY_MAX letters and a text PINYIN_TEXT_MAX characters, and the
 * search stops after PINYIN_STEPS steps, so one text never costs more than
 * a few microseconds whatever is typed.
 */
#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/pinyin.h"
#include "kanbao/text.h"

struct pinyin_entry {
	uint32_t cp;
	uint32_t set; /* its readings: pinyin_sets[set] */
};

#include "pinyin-table.h"

#define PINYIN_STEPS  4096   /* search steps per text */
#define PINYIN_BMP_LO 0x3400 /* the direct index's range */
#define PINYIN_BMP_HI 0x9fff

/* The set of each code point in the range; 0: none. */
static uint16_t pinyin_bmp[PINYIN_BMP_HI - PINYIN_BMP_LO + 1];
/* The first letters of each set's readings, bit 0 for a. */
static uint32_t pinyin_first[PINYIN_NSETS + 1];
static int	pinyin_ready;

static void
pinyin_init(void)
{
	const char *r;
	size_t	    i;

	for (i = 0; i < PINYIN_NENTRIES; i++) {
		if (pinyin_table[i].cp >= PINYIN_BMP_LO &&
		    pinyin_table[i].cp <= PINYIN_BMP_HI)
			pinyin_bmp[pinyin_table[i].cp - PINYIN_BMP_LO] =
			    (uint16_t)pinyin_table[i].set;
	}
	for (i = 1; i <= PINYIN_NSETS; i++) {
		for (r = pinyin_strings + pinyin_sets[i]; *r != '\0';
		     r += strcspn(r, " ")) {
			r += strspn(r, " ");
			if (*r >= 'a' && *r <= 'z')
				pinyin_first[i] |= 1U << (*r - 'a');
		}
	}
	pinyin_ready = 1;
}

uint16_t
pinyin_code(uint32_t cp)
{
	size_t lo = 0, hi = PINYIN_NENTRIES, mid;

	if (cp < 0x80)
		return (isalnum((int)cp) ?
			(uint16_t)(PINYIN_ASCII | tolower((int)cp)) :
			cp == ' ' ? PINYIN_ASCII | ' ' :
				    0);
	if (!pinyin_ready)
		pinyin_init();
	if (cp >= PINYIN_BMP_LO && cp <= PINYIN_BMP_HI)
		return (pinyin_bmp[cp - PINYIN_BMP_LO]);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (pinyin_table[mid].cp == cp)
			return ((uint16_t)pinyin_table[mid].set);
		if (pinyin_table[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (0);
}

const char *
pinyin_readings(uint32_t cp)
{
	uint16_t c = pinyin_code(cp);

	if (c == 0 || (c & PINYIN_ASCII))
		return (NULL);
	return (pinyin_strings + pinyin_sets[c]);
}

void
pinyin_query_init(struct pinyin_query *q, const char *typed)
{
	size_t	      len = strlen(typed), i, k, n;
	uint32_t      cp;
	unsigned char c;

	memset(q, 0, sizeof *q);
	if (len > PINYIN_QUERY_MAX) {
		/* Never cut a character in two. */
		len = PINYIN_QUERY_MAX;
		while (len > 0 && ((unsigned char)typed[len] & 0xc0) == 0x80)
			len--;
	}
	/*
	 * Only whole characters: a byte of a broken one would match the
	 * start of a character of the text and cut it in two.
	 */
	for (i = k = 0; i < len; i += n) {
		n = text_utf8_next(typed + i, len - i, &cp);
		if (cp == TEXT_REPLACEMENT && n == 1)
			continue;
		memcpy(q->text + k, typed + i, n);
		k += n;
	}
	q->latin = 1;
	for (i = 0; i < len; i++) {
		c = (unsigned char)typed[i];
		if (c >= 0x80) {
			q->latin = 0;
			continue;
		}
		if (isalnum(c))
			q->letters[q->nletters++] = (char)tolower(c);
	}
}

/* A text as codes, being matched. */
struct pinyin_text {
	const uint16_t *code;
	size_t		n;
	int		steps;
};

/*
 * Spells letters[qi...] from character j on; returns the index of the
 * character after the last one used, or -1.
 */
static long
pinyin_spell(struct pinyin_text *t, const struct pinyin_query *q, size_t j,
    size_t qi)
{
	const char *w;
	size_t	    k, p;
	long	    end;
	uint16_t    c;

	if (qi == q->nletters)
		return ((long)j);
	if (j >= t->n || ++t->steps > PINYIN_STEPS)
		return (-1);
	c = t->code[j];
	if (c & PINYIN_ASCII) {
		if ((c & 0x7f) == ' ')
			return (qi == 0 ? -1 : pinyin_spell(t, q, j + 1, qi));
		if ((char)(c & 0x7f) == q->letters[qi])
			return (pinyin_spell(t, q, j + 1, qi + 1));
		return (-1);
	}
	/* A reading is letters only: a digit is spelled by no character. */
	if (c == 0 || q->letters[qi] < 'a' || q->letters[qi] > 'z' ||
	    !(pinyin_first[c] & (1U << (q->letters[qi] - 'a'))))
		return (-1);
	for (w = pinyin_strings + pinyin_sets[c]; *w != '\0';
	     w += strcspn(w, " ")) {
		w += strspn(w, " ");
		for (k = 0; w[k] != '\0' && w[k] != ' ' &&
		     qi + k < q->nletters && w[k] == q->letters[qi + k];
		     k++)
			;
		/* The whole reading first, then shorter starts of it. */
		for (p = k; p >= 1; p--) {
			if ((end = pinyin_spell(t, q, j + 1, qi + p)) >= 0)
				return (end);
		}
	}
	return (-1);
}

int
pinyin_match_codes(const struct pinyin_query *q, const uint16_t *code, size_t n,
    size_t *first, size_t *end)
{
	struct pinyin_text t;
	size_t		   i;
	long		   e;
	uint16_t	   c, want;
	uint32_t	   bit;

	if (!q->latin || q->nletters == 0)
		return (0);
	if (!pinyin_ready)
		pinyin_init();
	want = (uint16_t)(PINYIN_ASCII | (unsigned char)q->letters[0]);
	bit = q->letters[0] >= 'a' ? 1U << (q->letters[0] - 'a') : 0;
	t.code = code;
	t.n = n > PINYIN_TEXT_MAX ? PINYIN_TEXT_MAX : n;
	t.steps = 0;
	for (i = 0; i < t.n; i++) {
		/* The first letter, cheaply, before any search. */
		c = code[i];
		if (c & PINYIN_ASCII ? c != want : !(pinyin_first[c] & bit))
			continue;
		if ((e = pinyin_spell(&t, q, i, 0)) >= 0) {
			*first = i;
			*end = (size_t)e;
			return (1);
		}
		if (t.steps > PINYIN_STEPS)
			break;
	}
	return (0);
}

/* ASCII-case-folded substring search. */
static const char *
pinyin_find(const char *s, size_t len, const char *w, size_t wl)
{
	size_t i, k;

	if (wl == 0)
		return (s);
	for (i = 0; i + wl <= len; i++) {
		for (k = 0; k < wl; k++) {
			if (tolower((unsigned char)s[i + k]) !=
			    tolower((unsigned char)w[k]))
				break;
		}
		if (k == wl)
			return (s + i);
	}
	return (NULL);
}

/* Exact substring search (memmem is not in C11 nor POSIX). */
static const char *
pinyin_bytes(const char *s, size_t len, const char *w, size_t wl)
{
	const char *p = s, *end = s + len;

	if (wl == 0)
		return (s);
	while ((size_t)(end - p) >= wl &&
	    (p = memchr(p, w[0], (size_t)(end - p) - wl + 1)) != NULL) {
		if (memcmp(p, w, wl) == 0)
			return (p);
		p++;
	}
	return (NULL);
}

int
pinyin_match_text(const struct pinyin_query *q, const char *text, size_t len,
    size_t *off, size_t *mlen)
{
	const char *hit;
	size_t	    wl = strlen(q->text);

	if (q->latin)
		hit = pinyin_find(text, len, q->text, wl);
	else
		hit = pinyin_bytes(text, len, q->text, wl);
	if (hit == NULL)
		return (0);
	*off = (size_t)(hit - text);
	*mlen = wl;
	return (1);
}

size_t
pinyin_encode(const char *text, size_t len, uint16_t *code, size_t *offs,
    size_t max)
{
	size_t	 i, n = 0, k;
	uint32_t cp;

	for (i = 0; i < len && n < max; i += k) {
		k = text_utf8_next(text + i, len - i, &cp);
		if (offs != NULL)
			offs[n] = i;
		code[n++] = pinyin_code(cp);
	}
	assert(n <= max && i <= len);
	if (offs != NULL)
		offs[n] = i;
	return (n);
}

int
pinyin_match(const struct pinyin_query *q, const char *text, size_t len,
    size_t *off, size_t *mlen)
{
	uint16_t code[PINYIN_TEXT_MAX];
	size_t	 offs[PINYIN_TEXT_MAX + 1], n, first, end;

	if (pinyin_match_text(q, text, len, off, mlen))
		return (1);
	if (!q->latin || q->nletters == 0)
		return (0);
	n = pinyin_encode(text, len, code, offs, PINYIN_TEXT_MAX);
	if (!pinyin_match_codes(q, code, n, &first, &end))
		return (0);
	assert(first < end && end <= n);
	*off = offs[first];
	*mlen = offs[end] - offs[first];
	return (1);
}
