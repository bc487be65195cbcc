/*
 * The full-text tokenizer, "kanbao", registered on every connection.
 *
 * Chinese has no spaces, and FTS5's own tokenizers either make a whole run
 * of characters one token (unicode61) or cannot find 1- and 2-character
 * queries (trigram).  This one cuts text into:
 *
 * - for a run of CJK characters (Han, kana, hangul, fullwidth forms; CJK
 *   punctuation ends a run) one position per character, holding the
 *   character alone (a unigram) and, colocated with it, the character and
 *   the next one of the run (a bigram).  "改造工程" is
 *   改|改造  造|造工  工|工程  程  at positions 0 to 3;
 * - for Latin letters, digits and other scripts, words, ASCII folded to
 *   lower case;
 * - everything else (ASCII and CJK punctuation, symbols, spaces) separates.
 *
 * A query string (FTS5_TOKENIZE_QUERY) comes out as: a lone CJK character
 * as its unigram, a run of two or more as its overlapping bigrams (one
 * token for a 2-character query, "AB BC CD" for ABCD), words as words.
 * When more tokens follow a run in the same phrase, the run's last
 * character is given as a unigram too so that the positions line up with
 * the document's (one per character).  A bigram never spans punctuation or
 * a change of script, so a phrase of them cannot match across "雨，气".
 *
 * Tokens point into the text itself (unigrams, bigrams: a run's characters
 * are adjacent) or, for words that need folding, into a small buffer: no
 * copy of the text is made.
 *
 * Invariant: the same text always gives the same tokens (the contentless
 * index deletes an article by tokenizing its text again), so any change
 * here needs a schema version that rebuilds the index.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "store-int.h"

#define FTS_WORD_MAX	128	/* bytes of a word token; longer ones cut */

enum fts_class {
	FTS_SEP,
	FTS_WORD,
	FTS_CJK
};

/* The handle FTS5 asks for; the tokenizer has no options or state. */
struct store_fts_tokenizer {
	int	unused;
};

static struct store_fts_tokenizer store_fts_handle;

static enum fts_class
store_fts_class(uint32_t cp)
{
	if (cp < 0x80) {
		if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		    (cp >= 'A' && cp <= 'Z'))
			return (FTS_WORD);
		return (FTS_SEP);
	}
	if (cp < 0xc0 || cp == 0xd7 || cp == 0xf7)	/* Latin-1 symbols */
		return (FTS_SEP);
	if (cp < 0x2000)
		return (FTS_WORD);
	if (cp < 0x2c00)	/* punctuation, symbols, arrows, boxes */
		return (FTS_SEP);
	if (cp == TEXT_REPLACEMENT || cp == 0x3000 || text_is_cjk_punct(cp))
		return (FTS_SEP);
	if (cp >= 0x2e80 && text_is_cjk(cp))
		return (FTS_CJK);
	if (cp >= 0xfe00 && cp <= 0xfe0f)	/* variation selectors */
		return (FTS_SEP);
	return (FTS_WORD);
}

/* Decodes the code point at s[i] (n bytes in all); returns its length. */
static int
store_fts_next(const char *s, int i, int n, uint32_t *cp)
{
	unsigned char	c = (unsigned char)s[i];

	if (c < 0x80) {
		*cp = c;
		return (1);
	}
	return ((int)text_utf8_next(s + i, (size_t)(n - i), cp));
}

/* True if a word or CJK character starts at or after s[i]. */
static int
store_fts_more(const char *s, int i, int n)
{
	uint32_t	cp;

	while (i < n) {
		i += store_fts_next(s, i, n, &cp);
		if (store_fts_class(cp) != FTS_SEP)
			return (1);
	}
	return (0);
}

/* A run of CJK characters from s[start] to s[end]. */
static int
store_fts_run(const char *s, int start, int end, int query, int n,
    void *ctx, int (*tok)(void *, int, const char *, int, int, int))
{
	uint32_t	cp;
	int		i = start, k, k2, rc, single;

	k = store_fts_next(s, i, end, &cp);
	single = i + k >= end;
	while (i < end) {
		k = store_fts_next(s, i, end, &cp);
		k2 = i + k < end ? store_fts_next(s, i + k, end, &cp) : 0;
		if (!query) {
			if ((rc = tok(ctx, 0, s + i, k, i, i + k)) != SQLITE_OK)
				return (rc);
			if (k2 != 0 && (rc = tok(ctx, FTS5_TOKEN_COLOCATED,
			    s + i, k + k2, i, i + k + k2)) != SQLITE_OK)
				return (rc);
		} else if (k2 != 0) {
			if ((rc = tok(ctx, 0, s + i, k + k2, i, i + k + k2)) !=
			    SQLITE_OK)
				return (rc);
		} else if (single || store_fts_more(s, end, n)) {
			if ((rc = tok(ctx, 0, s + i, k, i, i + k)) != SQLITE_OK)
				return (rc);
		}
		i += k;
	}
	return (SQLITE_OK);
}

/* A word from s[start] to s[end], folded if it has capitals. */
static int
store_fts_word(const char *s, int start, int end, void *ctx,
    int (*tok)(void *, int, const char *, int, int, int))
{
	char	buf[FTS_WORD_MAX];
	int	len = end - start, i, upper = 0;

	if (len > FTS_WORD_MAX) {
		/* Cut at a character boundary: never inside a sequence. */
		len = FTS_WORD_MAX;
		while (len > 0 && ((unsigned char)s[start + len] & 0xc0) ==
		    0x80)
			len--;
	}
	for (i = 0; i < len; i++) {
		if (s[start + i] >= 'A' && s[start + i] <= 'Z') {
			upper = 1;
			break;
		}
	}
	if (!upper)
		return (tok(ctx, 0, s + start, len, start, end));
	for (i = 0; i < len; i++) {
		buf[i] = s[start + i];
		if (buf[i] >= 'A' && buf[i] <= 'Z')
			buf[i] += 'a' - 'A';
	}
	return (tok(ctx, 0, buf, len, start, end));
}

static int
store_fts_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *s,
    int n, int (*tok)(void *, int, const char *, int, int, int))
{
	enum fts_class	c, run;
	uint32_t	cp;
	int		i = 0, start, k, rc, query;

	(void)t;
	query = (flags & FTS5_TOKENIZE_QUERY) != 0;
	while (i < n) {
		k = store_fts_next(s, i, n, &cp);
		if ((run = store_fts_class(cp)) == FTS_SEP) {
			i += k;
			continue;
		}
		start = i;
		i += k;
		while (i < n) {
			k = store_fts_next(s, i, n, &cp);
			if ((c = store_fts_class(cp)) != run)
				break;
			i += k;
		}
		if (run == FTS_CJK)
			rc = store_fts_run(s, start, i, query, n, ctx, tok);
		else
			rc = store_fts_word(s, start, i, ctx, tok);
		if (rc != SQLITE_OK)
			return (rc);
	}
	return (SQLITE_OK);
}

int
store_fts_indexed(uint32_t cp)
{
	return (store_fts_class(cp) != FTS_SEP);
}

static int
store_fts_create(void *arg, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)arg;
	(void)argv;
	if (argc != 0)
		return (SQLITE_ERROR);
	*out = (Fts5Tokenizer *)&store_fts_handle;
	return (SQLITE_OK);
}

static void
store_fts_delete(Fts5Tokenizer *t)
{
	(void)t;
}

int
store_fts_register(struct store *s, char **cause)
{
	static fts5_tokenizer	 tokenizer = {
		store_fts_create, store_fts_delete, store_fts_tokenize
	};
	sqlite3_stmt		*st;
	fts5_api		*api = NULL;

	if (sqlite3_prepare_v2(s->db, "SELECT fts5(?1)", -1, &st, NULL) !=
	    SQLITE_OK)
		return (store_fail(s, cause, "this SQLite has no FTS5"));
	sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	if (api == NULL || api->iVersion < 2) {
		xasprintf(cause, "%s: this SQLite's FTS5 is too old",
		    *s->path != '\0' ? s->path : ":memory:");
		return (-1);
	}
	if (api->xCreateTokenizer(api, STORE_FTS_TOKENIZER, NULL, &tokenizer,
	    NULL) != SQLITE_OK)
		return (store_fail(s, cause, "registering the tokenizer"));
	return (0);
}
