/*
 * The full-text tokenizer, "kanbao", registered on every connection.
 *
 * Chinese has no spaces, and FTS5's own tokenizers either make a whole run
 * of characters one token (unicode61) or cannot find 1- and 2-character
 * queries (trigram).  This one cuts a text into:
 *
 * - for a run of CJK characters (Han, kana, hangul, fullwidth forms; CJK
 *   punctuation ends a run) every character as a unigram and every pair
 *   of neighbours in the run as a bigram: "改造工程" is 改 改造 造 造工 工
 *   工程 程;
 * - for Latin letters, digits and other scripts, words, ASCII folded to
 *   lower case;
 * - everything else (ASCII and CJK punctuation, symbols, spaces) separates.
 *
 * A character in traditional form is cut as its simplified one (報 as 报,
 * kanbao/fold.h), in a text and in a query alike: either kind of
 * character finds either.
 *
 * The index keeps neither positions nor columns (detail=none: which
 * articles have a token, nothing more), so a token is written once per
 * text however often it occurs: a set of the tokens seen so far skips
 * the rest.  That is about a third of the tokens of a Chinese article;
 * the index is half the size it is with positions, and without the
 * column of each token (detail=column until schema 6) 45% smaller again.
 * A lone character is then found by its unigram, two characters by one
 * bigram (one doclist, however common the characters), more by all of
 * their bigrams (store-search.c), the text itself telling whether they
 * stand together.  A bigram never spans punctuation or a change of
 * script: "雨，气" has no 雨气.  Whether a token is in an article's head or
 * body, which relevance weighs, is found in the hit's own text
 * (store_fts_find()).
 *
 * A query string (FTS5_TOKENIZE_QUERY) comes as one character, one pair
 * or one word (store-search.c cuts queries so) and gives its unigram,
 * bigram or word.  Tokens point into the
 * text itself (a run's characters are adjacent) or, for words that need
 * folding, into a small buffer: no copy of the text is made.
 *
 * Invariant: the same text always gives the same tokens (the contentless
 * index deletes an article by tokenizing its text again), so any change
 * here needs a schema version that rebuilds the index.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/fold.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "store-int.h"

#define FTS_WORD_MAX   128  /* bytes of a word token; longer ones cut */
#define FTS_SEEN_SLOTS 8192 /* tokens remembered per text */
#define FTS_SEEN_MAX   6144 /* past this, every CJK token is written */

/* One tokenizer per FTS table and connection: the seen-set is its own. */
struct store_fts_tokenizer {
	uint64_t seen[FTS_SEEN_SLOTS]; /* code point, or pair */
	uint32_t gen[FTS_SEEN_SLOTS];  /* valid if == now */
	uint32_t now;		       /* one per text */
	int	 nseen;
};

/* The run being cut and where its tokens go. */
struct store_fts_ctx {
	struct store_fts_tokenizer *t; /* NULL: every token, repeats too */
	const char		   *s;
	int			    query;
	void			   *arg;
	int (*tok)(void *, int, const char *, int, int, int);
};

enum store_fts_class
store_fts_class(uint32_t cp)
{
	if (cp < 0x80) {
		if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		    (cp >= 'A' && cp <= 'Z'))
			return (STORE_FTS_WORD);
		return (STORE_FTS_SEP);
	}
	if (cp >= 0x4e00 && cp <= 0x9fff) /* the common case: Han */
		return (STORE_FTS_CJK);
	if (cp < 0xc0 || cp == 0xd7 || cp == 0xf7) /* Latin-1 symbols */
		return (STORE_FTS_SEP);
	if (cp < 0x2000)
		return (STORE_FTS_WORD);
	if (cp < 0x2c00) /* punctuation, symbols, arrows, boxes */
		return (STORE_FTS_SEP);
	if (cp == TEXT_REPLACEMENT || cp == 0x3000 || text_is_cjk_punct(cp))
		return (STORE_FTS_SEP);
	if (cp >= 0x2e80 && text_is_cjk(cp))
		return (STORE_FTS_CJK);
	if (cp >= 0xfe00 && cp <= 0xfe0f) /* variation selectors */
		return (STORE_FTS_SEP);
	return (STORE_FTS_WORD);
}

/* Decodes the code point at s[i] (n bytes in all); returns its length. */
static int
store_fts_next(const char *s, int i, int n, uint32_t *cp)
{
	unsigned char c = (unsigned char)s[i];

	if (c < 0x80) {
		*cp = c;
		return (1);
	}
	/* Three bytes (all of CJK) decoded here, the rest by text.c. */
	if ((c & 0xf0) == 0xe0 && n - i >= 3 &&
	    ((unsigned char)s[i + 1] & 0xc0) == 0x80 &&
	    ((unsigned char)s[i + 2] & 0xc0) == 0x80) {
		*cp = (uint32_t)(c & 0x0f) << 12 |
		    (uint32_t)((unsigned char)s[i + 1] & 0x3f) << 6 |
		    ((unsigned char)s[i + 2] & 0x3f);
		if (*cp >= 0x800 && (*cp < 0xd800 || *cp > 0xdfff))
			return (3);
	}
	return ((int)text_utf8_next(s + i, (size_t)(n - i), cp));
}

/*
 * True the first time key (a code point, or two: a << 21 | b) is asked
 * about in this text, and always once the set is full: then every token
 * is written, which costs time but is still right.
 */
static int
store_fts_first(struct store_fts_tokenizer *t, uint64_t key)
{
	uint32_t h;

	if (t->nseen >= FTS_SEEN_MAX)
		return (1);
	h = (uint32_t)((key * 0x9e3779b97f4a7c15ULL) >> 51); /* 13 bits */
	while (t->gen[h] == t->now) {
		if (t->seen[h] == key)
			return (0);
		h = (h + 1) & (FTS_SEEN_SLOTS - 1);
	}
	t->seen[h] = key;
	t->gen[h] = t->now;
	t->nseen++;
	return (1);
}

/* Is key new in this text (always, when repeats are not skipped)? */
static int
store_fts_new(struct store_fts_ctx *c, uint64_t key)
{
	return (c->t == NULL || store_fts_first(c->t, key));
}

/* A run of CJK characters from s[start] to s[end]. */
static int
store_fts_run(struct store_fts_ctx *c, int start, int end)
{
	const char *s = c->s;
	uint32_t    cp, next;
	int	    i = start, k, k2, rc;

	k = store_fts_next(s, i, end, &cp);
	if (c->query && i + k >= end) /* one character */
		return (c->tok(c->arg, 0, s + i, k, i, i + k));
	for (; i < end; i += k, k = k2, cp = next) {
		k2 = i + k < end ? store_fts_next(s, i + k, end, &next) : 0;
		if (!c->query && store_fts_new(c, cp) &&
		    (rc = c->tok(c->arg, 0, s + i, k, i, i + k)) != SQLITE_OK)
			return (rc);
		if (k2 != 0 &&
		    (c->query || store_fts_new(c, (uint64_t)cp << 21 | next)) &&
		    (rc = c->tok(c->arg, 0, s + i, k + k2, i, i + k + k2)) !=
			SQLITE_OK)
			return (rc);
	}
	return (SQLITE_OK);
}

/* A word from s[start] to s[end], folded if it has capitals. */
static int
store_fts_word(struct store_fts_ctx *c, int start, int end)
{
	const char *s = c->s;
	char	    buf[FTS_WORD_MAX];
	int	    len = end - start, i, upper = 0;

	if (len > FTS_WORD_MAX) {
		/* Cut at a character boundary: never inside a sequence. */
		len = FTS_WORD_MAX;
		while (
		    len > 0 && ((unsigned char)s[start + len] & 0xc0) == 0x80)
			len--;
	}
	for (i = 0; i < len; i++) {
		if (s[start + i] >= 'A' && s[start + i] <= 'Z') {
			upper = 1;
			break;
		}
	}
	if (!upper)
		return (c->tok(c->arg, 0, s + start, len, start, end));
	for (i = 0; i < len; i++) {
		buf[i] = s[start + i];
		if (buf[i] >= 'A' && buf[i] <= 'Z')
			buf[i] += 'a' - 'A';
	}
	return (c->tok(c->arg, 0, buf, len, start, end));
}

/*
 * Cuts s (n bytes) into tokens for tok; t NULL writes repeats too.  A text
 * with traditional characters is cut folded (fold_text()): its tokens are
 * those of the same text in simplified characters, and so are a query's.
 * The fold keeps every offset, so the tokens' places are the text's.
 */
static int
store_fts_cut(struct store_fts_tokenizer *t, int query, const char *s, int n,
    void *arg, int (*tok)(void *, int, const char *, int, int, int))
{
	struct store_fts_ctx c;
	enum store_fts_class run;
	uint32_t	     cp;
	char		    *folded = NULL;
	int		     i = 0, start, k, rc = SQLITE_OK;

	if ((folded = fold_dup(s, (size_t)n)) != NULL)
		s = folded;
	c.t = t;
	c.s = s;
	c.query = query;
	c.arg = arg;
	c.tok = tok;
	while (i < n) {
		k = store_fts_next(s, i, n, &cp);
		if ((run = store_fts_class(cp)) == STORE_FTS_SEP) {
			i += k;
			continue;
		}
		start = i;
		i += k;
		while (i < n) {
			k = store_fts_next(s, i, n, &cp);
			if (store_fts_class(cp) != run)
				break;
			i += k;
		}
		if (run == STORE_FTS_CJK)
			rc = store_fts_run(&c, start, i);
		else
			rc = store_fts_word(&c, start, i);
		if (rc != SQLITE_OK)
			break;
	}
	free(folded);
	return (rc);
}

static int
store_fts_tokenize(Fts5Tokenizer *ft, void *arg, int flags, const char *s,
    int n, int (*tok)(void *, int, const char *, int, int, int))
{
	struct store_fts_tokenizer *t = (struct store_fts_tokenizer *)ft;

	if (++t->now == 0) { /* wrapped: forget every stamp */
		memset(t->gen, 0, sizeof t->gen);
		t->now = 1;
	}
	t->nseen = 0;
	return (store_fts_cut(t, (flags & FTS5_TOKENIZE_QUERY) != 0, s, n, arg,
	    tok));
}

/* What store_fts_token() and store_fts_find() look for. */
struct store_fts_want {
	char *const   *tokens;
	size_t	       n;
	unsigned char *in;
	char	      *got; /* store_fts_token(): the token */
};

static int
store_fts_token_cb(void *arg, int flags, const char *tok, int len, int start,
    int end)
{
	struct store_fts_want *w = arg;

	(void)flags;
	(void)start;
	(void)end;
	if (w->got == NULL)
		w->got = xstrndup(tok, (size_t)len);
	return (SQLITE_OK);
}

char *
store_fts_token(const char *piece)
{
	struct store_fts_want w = { NULL, 0, NULL, NULL };

	store_fts_cut(NULL, 1, piece, (int)strlen(piece), &w,
	    store_fts_token_cb);
	return (w.got != NULL ? w.got : xstrdup(""));
}

static int
store_fts_find_cb(void *arg, int flags, const char *tok, int len, int start,
    int end)
{
	struct store_fts_want *w = arg;
	size_t		       i;

	(void)flags;
	(void)start;
	(void)end;
	for (i = 0; i < w->n; i++) {
		if (!w->in[i] && strncmp(w->tokens[i], tok, (size_t)len) == 0 &&
		    w->tokens[i][len] == '\0')
			w->in[i] = 1;
	}
	return (SQLITE_OK);
}

/*
 * A CJK token (a character or a pair) is in a text exactly when the text
 * has it as a substring: a CJK character is in a run wherever it stands,
 * and two standing together are in the same run.  Only words, which
 * must stand alone and are folded, need the text cut.
 */
void
store_fts_find(const char *text, char *const *tokens, size_t n,
    unsigned char *in)
{
	struct store_fts_want w = { tokens, n, in, NULL };
	uint32_t	      cp;
	size_t		      i, len = strlen(text);
	char		     *folded = NULL;
	int		      words = 0;

	/* The tokens are folded (store_fts_cut()): so must the text be. */
	if ((folded = fold_dup(text, len)) != NULL)
		text = folded;
	for (i = 0; i < n; i++) {
		if (in[i] || tokens[i][0] == '\0')
			continue;
		store_fts_next(tokens[i], 0, (int)strlen(tokens[i]), &cp);
		if (store_fts_class(cp) != STORE_FTS_CJK)
			words = 1;
		else if (strstr(text, tokens[i]) != NULL)
			in[i] = 1;
	}
	if (words)
		store_fts_cut(NULL, 0, text, (int)len, &w, store_fts_find_cb);
	free(folded);
}

static int
store_fts_create(void *arg, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)arg;
	(void)argv;
	if (argc != 0)
		return (SQLITE_ERROR);
	*out = (Fts5Tokenizer *)xcalloc(1, sizeof(struct store_fts_tokenizer));
	return (SQLITE_OK);
}

static void
store_fts_delete(Fts5Tokenizer *t)
{
	free(t);
}

/*
 * kanbao_norm(article_fts): the length of the current row's body against
 * the average, as bm25 normalises it (b = 0.75): relevance divides a
 * body match by it, so that a short article about a word beats a long
 * one that mentions it (store-search.c).  1 when the sizes are unknown.
 */
static void
store_fts_norm(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	sqlite3_int64 total = 0, rows = 0;
	double	      norm = 1;
	int	      len = 0;

	(void)argc;
	(void)argv;
	if (api->xColumnTotalSize(fts, 1, &total) == SQLITE_OK &&
	    api->xRowCount(fts, &rows) == SQLITE_OK && rows > 0 && total > 0 &&
	    api->xColumnSize(fts, 1, &len) == SQLITE_OK)
		norm = 0.25 + 0.75 * len / ((double)total / (double)rows);
	sqlite3_result_double(ctx, norm);
}

int
store_fts_register(struct store *s, char **cause)
{
	static fts5_tokenizer tokenizer = { store_fts_create, store_fts_delete,
		store_fts_tokenize };
	sqlite3_stmt	     *st;
	fts5_api	     *api = NULL;

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
		NULL) != SQLITE_OK ||
	    api->xCreateFunction(api, "kanbao_norm", NULL, store_fts_norm,
		NULL) != SQLITE_OK)
		return (store_fail(s, cause, "registering the tokenizer"));
	return (0);
}
