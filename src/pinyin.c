/*
 * Pinyin readings and matching (see pinyin.h).
 *
 * The table (build/gen/pinyin-table.h) is made by tests/tools/gen-pinyin.sh
 * from Unihan: entries sorted by code point, each pointing at a string of
 * space-separated readings.  Lookups in the main CJK blocks go through a
 * direct index built on first use; the rest are a binary search.
 *
 * Matching spells the query out character by character from some start:
 * a Han character takes a non-empty start of one of its readings, an
 * ASCII letter or digit itself, a space nothing.  A query reaches at most
 * PINYIN_QUERY_MAX letters and a text PINYIN_TEXT_MAX characters, and the
 * search stops after PINYIN_STEPS steps, so one text never costs more than
 * a few microseconds whatever is typed.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/pinyin.h"
#include "kanbao/text.h"

struct pinyin_entry {
	uint32_t	 cp;
	uint32_t	 off;		/* into pinyin_strings */
};

#include "pinyin-table.h"

#define PINYIN_TEXT_MAX	256	/* characters of a text looked at */
#define PINYIN_STEPS	4096	/* search steps per text */
#define PINYIN_BMP_LO	0x3400	/* the direct index's range */
#define PINYIN_BMP_HI	0x9fff

/* Entry index + 1 for each code point in the range; 0: none. */
static uint16_t	pinyin_bmp[PINYIN_BMP_HI - PINYIN_BMP_LO + 1];
static int	pinyin_bmp_ready;

static void
pinyin_bmp_build(void)
{
	size_t	i;

	for (i = 0; i < PINYIN_NENTRIES; i++) {
		if (pinyin_table[i].cp >= PINYIN_BMP_LO &&
		    pinyin_table[i].cp <= PINYIN_BMP_HI)
			pinyin_bmp[pinyin_table[i].cp - PINYIN_BMP_LO] =
			    (uint16_t)(i + 1);
	}
	pinyin_bmp_ready = 1;
}

const char *
pinyin_readings(uint32_t cp)
{
	size_t	lo = 0, hi = PINYIN_NENTRIES, mid;

	if (cp >= PINYIN_BMP_LO && cp <= PINYIN_BMP_HI) {
		if (!pinyin_bmp_ready)
			pinyin_bmp_build();
		mid = pinyin_bmp[cp - PINYIN_BMP_LO];
		return (mid == 0 ? NULL :
		    pinyin_strings + pinyin_table[mid - 1].off);
	}
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (pinyin_table[mid].cp == cp)
			return (pinyin_strings + pinyin_table[mid].off);
		if (pinyin_table[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (NULL);
}

void
pinyin_query_init(struct pinyin_query *q, const char *typed)
{
	size_t		len = strlen(typed), i;
	unsigned char	c;

	memset(q, 0, sizeof *q);
	if (len > PINYIN_QUERY_MAX) {
		/* Never cut a character in two. */
		len = PINYIN_QUERY_MAX;
		while (len > 0 && ((unsigned char)typed[len] & 0xc0) == 0x80)
			len--;
	}
	memcpy(q->text, typed, len);
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

/* A text decoded for matching. */
struct pinyin_text {
	uint32_t	 cp[PINYIN_TEXT_MAX];
	size_t		 off[PINYIN_TEXT_MAX + 1];	/* byte offsets */
	const char	*rd[PINYIN_TEXT_MAX];		/* readings or NULL */
	size_t		 n;
	int		 steps;
};

/*
 * Spells letters[qi...] from character j on; returns the index of the
 * character after the last one used, or -1.
 */
static long
pinyin_spell(struct pinyin_text *t, const struct pinyin_query *q, size_t j,
    size_t qi)
{
	const char	*w;
	size_t		 k, p;
	long		 end;

	if (qi == q->nletters)
		return ((long)j);
	if (j >= t->n || ++t->steps > PINYIN_STEPS)
		return (-1);
	if (t->cp[j] < 0x80) {
		if (t->cp[j] == ' ')
			return (qi == 0 ? -1 : pinyin_spell(t, q, j + 1, qi));
		if ((char)tolower((int)t->cp[j]) == q->letters[qi])
			return (pinyin_spell(t, q, j + 1, qi + 1));
		return (-1);
	}
	for (w = t->rd[j]; w != NULL && *w != '\0'; w += strcspn(w, " ")) {
		w += strspn(w, " ");
		for (k = 0; w[k] != '\0' && w[k] != ' ' && qi + k <
		    q->nletters && w[k] == q->letters[qi + k]; k++)
			;
		/* The whole reading first, then shorter starts of it. */
		for (p = k; p >= 1; p--) {
			if ((end = pinyin_spell(t, q, j + 1, qi + p)) >= 0)
				return (end);
		}
	}
	return (-1);
}

/* ASCII-case-folded substring search. */
static const char *
pinyin_find(const char *s, size_t len, const char *w, size_t wl)
{
	size_t	i, k;

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

int
pinyin_match(const struct pinyin_query *q, const char *text, size_t len,
    size_t *off, size_t *mlen)
{
	struct pinyin_text	 t;
	const char		*hit;
	size_t			 i, n, wl = strlen(q->text);
	long			 end;
	uint32_t		 cp;
	char			 first;

	if ((hit = pinyin_find(text, len, q->text, wl)) != NULL) {
		*off = (size_t)(hit - text);
		*mlen = wl;
		return (1);
	}
	if (!q->latin || q->nletters == 0)
		return (0);
	first = q->letters[0];
	t.n = 0;
	for (i = 0; i < len && t.n < PINYIN_TEXT_MAX; i += n) {
		n = text_utf8_next(text + i, len - i, &cp);
		t.off[t.n] = i;
		t.cp[t.n] = cp;
		t.rd[t.n] = cp < 0x80 ? NULL : pinyin_readings(cp);
		t.n++;
	}
	t.off[t.n] = i;
	t.steps = 0;
	for (i = 0; i < t.n; i++) {
		/* Cheap test of the first letter before searching. */
		if (t.cp[i] < 0x80) {
			if ((char)tolower((int)t.cp[i]) != first)
				continue;
		} else if (t.rd[i] == NULL || (t.rd[i][0] != first &&
		    strchr(t.rd[i], ' ') == NULL))
			continue;
		if ((end = pinyin_spell(&t, q, i, 0)) >= 0) {
			*off = t.off[i];
			*mlen = t.off[end] - t.off[i];
			return (1);
		}
		if (t.steps > PINYIN_STEPS)
			break;
	}
	return (0);
}
