/*
 * Traditional to simplified characters, for matching (include/kanbao/fold.h).
 *
 * The table (fold-table.h, made by tests/tools/gen-fold.py from OpenCC's
 * character tables) is turned once into a map over U+3000 to U+9FFF, 2
 * bytes a character: a character's fold is one load.  The corner quotes
 * of papers printed in traditional characters (「」『』) fold there too, to
 * the curly ones (“”‘’), as the parser's fold does.  A character elsewhere
 * (Latin, other punctuation, kana) never folds, and the scan passes over
 * any byte that leads no three-byte character of those blocks (E3 to E9)
 * at once.
 *
 * What a text folds to is part of the search index (store-fts.c cuts text
 * folded, and deletes an article by cutting its text again): a change to
 * the table needs a schema version that makes the index again.  store-8.1
 * (tests/unit/test-store.c) pins the table to the schema.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fold-table.h"
#include "kanbao/fold.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

#define FOLD_LO 0x3000 /* CJK punctuation, then the CJK blocks */
#define FOLD_HI 0xa000 /* past U+9FFF */

/* Corner quotes, as their curly ones. */
static const uint16_t fold_quotes[][2] = {
	{ 0x300c, 0x201c }, /* 「 “ */
	{ 0x300d, 0x201d }, /* 」 ” */
	{ 0x300e, 0x2018 }, /* 『 ‘ */
	{ 0x300f, 0x2019 }, /* 』 ’ */
};

static uint16_t	      fold_map[FOLD_HI - FOLD_LO]; /* 0: no fold */
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;

static void
fold_init(void)
{
	size_t i;

	for (i = 0; i < sizeof fold_pairs / sizeof fold_pairs[0]; i++)
		fold_map[fold_pairs[i][0] - FOLD_LO] = fold_pairs[i][1];
	for (i = 0; i < sizeof fold_quotes / sizeof fold_quotes[0]; i++)
		fold_map[fold_quotes[i][0] - FOLD_LO] = fold_quotes[i][1];
}

uint32_t
fold_char(uint32_t c)
{
	pthread_once(&fold_once, fold_init);
	if (c < FOLD_LO || c >= FOLD_HI || fold_map[c - FOLD_LO] == 0)
		return (c);
	return (fold_map[c - FOLD_LO]);
}

/*
 * The fold of the character at s[i] (n bytes), or 0 when it has none: a
 * well-formed three-byte sequence of U+3000 to U+9FFF whose character is
 * in the map.
 */
static uint32_t
fold_at(const char *s, size_t n, size_t i)
{
	uint32_t c;

	if ((unsigned char)s[i] < 0xe3 || (unsigned char)s[i] > 0xe9 ||
	    text_utf8_fast(s + i, n - i, &c) != 3 || c < FOLD_LO ||
	    c >= FOLD_HI)
		return (0);
	return (fold_map[c - FOLD_LO]);
}

/* Where the first character to fold is in the n bytes at s, or n. */
static size_t
fold_first(const char *s, size_t n)
{
	size_t i;

	pthread_once(&fold_once, fold_init);
	for (i = 0; i < n; i++) {
		if (fold_at(s, n, i) != 0)
			break;
	}
	return (i);
}

size_t
fold_text(char *s, size_t n)
{
	size_t	 i, nfold = 0;
	uint32_t f;

	for (i = fold_first(s, n); i < n; i++) {
		if ((f = fold_at(s, n, i)) == 0)
			continue;
		text_utf8_put(s + i, f);
		nfold++;
		i += 2;
	}
	return (nfold);
}

int
fold_needed(const char *s, size_t n)
{
	return (fold_first(s, n) < n);
}

char *
fold_dup(const char *s, size_t n)
{
	size_t i = fold_first(s, n);
	char  *d;

	if (i == n)
		return (NULL);
	d = xmalloc(n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	fold_text(d + i, n - i);
	return (d);
}

int
fold_equal(const char *a, const char *b)
{
	size_t n = strlen(a);
	char  *fa, *fb;
	int    eq;

	if (strlen(b) != n)
		return (0);
	if (memcmp(a, b, n) == 0)
		return (1);
	fa = fold_dup(a, n);
	fb = fold_dup(b, n);
	eq = memcmp(fa != NULL ? fa : a, fb != NULL ? fb : b, n) == 0;
	free(fa);
	free(fb);
	return (eq);
}
