/*
 * Full-text search.
 *
 * FTS5's trigram tokenizer cannot find 1- or 2-character queries, and
 * Chinese has no spaces for unicode61 to split words at.  So the index is
 * made by our tokenizer (store-fts.c): every CJK character is a unigram
 * with the bigram it starts colocated, Latin words stay words.  A query of
 * one character is one unigram, of two one bigram (a single doclist, even
 * for two common characters that never stand together), of more a phrase
 * of overlapping bigrams, which FTS5 answers from its position lists.
 *
 * The FTS rowid is STORE_KEY(issue day, article id), so "newest first" is
 * FTS5's own descending rowid order: the first hits come without sorting
 * the whole result, even for a one-character query that matches nearly
 * every article.  Bigrams never span punctuation, but a term mixing words
 * and CJK ("GDP数据") is a phrase that spaces do not break, so each hit is
 * still checked against the article's text before it is reported; that
 * check also finds the snippet.
 *
 * Relevance (kanbao_rank in store-fts.c: a token in the head worth four
 * in the body, the body's weight normalised by its length) is computed
 * for the newest SEARCH_RANK_WINDOW matches only, which FTS5 hands over in
 * rowid order without looking at the rest: ranking every match of a
 * common character by bm25 took a second at 300,000 articles.  For a
 * query with fewer matches than that the order is exact; for a commoner
 * one it is "the most relevant of the recent ones".
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "store-int.h"

#define SEARCH_MAX_TERMS   16
#define SNIPPET_BEFORE	   12	/* characters before the match */
#define SNIPPET_AFTER	   40	/* characters after it */
#define SEARCH_RANK_WINDOW 1000 /* newest matches ranked by relevance */

struct search_term {
	char *text;    /* as typed */
	int   literal; /* check it occurs as written */
};

/* ASCII that is neither letter nor digit: quotes, brackets, * ^ : ... */
static int
search_is_ascii_punct(char c)
{
	return ((unsigned char)c < 0x80 &&
	    !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		(c >= 'A' && c <= 'Z')));
}

/*
 * Splits the query at white space; returns the number of terms.  ASCII
 * punctuation around a term ("天气", (气温), 明天*) is dropped: people type
 * it from habit and it is never FTS5 syntax here.  Inside a term it stays
 * and must occur as typed.
 */
static size_t
search_terms(const char *q, struct search_term *terms)
{
	size_t	 n = 0, len = strlen(q), i = 0, start, end, k;
	uint32_t cp;
	int	 word;

	while (i < len && n < SEARCH_MAX_TERMS) {
		k = text_utf8_next(q + i, len - i, &cp);
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x3000) {
			i += k;
			continue;
		}
		start = i;
		word = 0;
		while (i < len) {
			k = text_utf8_next(q + i, len - i, &cp);
			if (cp == ' ' || cp == '\t' || cp == '\n' ||
			    cp == 0x3000)
				break;
			if (store_fts_class(cp) != STORE_FTS_SEP)
				word = 1;
			i += k;
		}
		if (!word)
			continue;
		end = i;
		while (search_is_ascii_punct(q[start]))
			start++;
		while (search_is_ascii_punct(q[end - 1]))
			end--;
		terms[n].text = xstrndup(q + start, end - start);
		terms[n].literal = 0; /* search_match() knows */
		n++;
	}
	return (n);
}

/* Adds a quoted token to the FTS5 query, after " AND " if not the first. */
static void
search_piece(struct buf *b, const char *p, size_t len)
{
	if (b->len != 0)
		buf_adds(b, " AND ");
	buf_addc(b, '"');
	buf_add(b, p, len);
	buf_addc(b, '"');
}

/*
 * A run of CJK characters: a lone one, or every pair of neighbours (each
 * a bigram of the index).  Returns the number of tokens added.
 */
static size_t
search_pairs(struct buf *b, const char *p, size_t len)
{
	uint32_t cp;
	size_t	 i = 0, k, k2, n = 0;

	k = text_utf8_next(p, len, &cp);
	if (k >= len) {
		search_piece(b, p, len);
		return (1);
	}
	for (; i + k < len; i += k, k = k2, n++) {
		k2 = text_utf8_next(p + i + k, len - i - k, &cp);
		search_piece(b, p + i, k + k2);
	}
	return (n);
}

/*
 * The FTS5 query: every piece of every term (a CJK character or pair of
 * neighbours, a word) a quoted token, all of them required.  The index
 * knows which articles have each, not where (store-fts.c), so a term of
 * more than one ("改造工程": 改造 造工 工程; "GDP数据") is checked as
 * written against each candidate; the check also finds the snippet.
 * Tokens never hold '"' or anything else FTS5 reads as syntax.
 */
static char *
search_match(struct search_term *terms, size_t n)
{
	struct buf	     b = BUF_INIT;
	enum store_fts_class c, run;
	const char	    *p;
	uint32_t	     cp;
	size_t		     i, len, k, j, start, pieces;

	for (i = 0; i < n; i++) {
		p = terms[i].text;
		len = strlen(p);
		pieces = 0;
		for (j = 0; j < len; /* nothing */) {
			k = text_utf8_next(p + j, len - j, &cp);
			if ((run = store_fts_class(cp)) == STORE_FTS_SEP) {
				j += k;
				continue;
			}
			start = j;
			for (j += k; j < len; j += k) {
				k = text_utf8_next(p + j, len - j, &cp);
				if ((c = store_fts_class(cp)) != run)
					break;
			}
			if (run == STORE_FTS_CJK) {
				pieces +=
				    search_pairs(&b, p + start, j - start);
				terms[i].literal = 1;
				continue;
			}
			search_piece(&b, p + start, j - start);
			pieces++;
		}
		if (pieces > 1)
			terms[i].literal = 1;
	}
	return (buf_detach(&b));
}

/*
 * strstr ignoring ASCII case.  A needle with no ASCII letter (any CJK
 * term) has no case to ignore: libc's strstr, many times faster than a
 * byte-at-a-time loop over every article of a common word.
 */
static const char *
search_find(const char *hay, const char *needle)
{
	size_t	    n = strlen(needle), i;
	const char *p;

	for (p = needle; *p != '\0'; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
			break;
	}
	if (*p == '\0')
		return (strstr(hay, needle));
	for (; *hay != '\0'; hay++) {
		for (i = 0; i < n; i++) {
			char a = hay[i], b = needle[i];

			if (a >= 'A' && a <= 'Z')
				a += 'a' - 'A';
			if (b >= 'A' && b <= 'Z')
				b += 'a' - 'A';
			if (a != b)
				break;
		}
		if (i == n)
			return (hay);
	}
	return (NULL);
}

/*
 * The snippet: the paragraph around the match (k bytes at m, found in body
 * by the check of the hit) cut to some characters either side; or the
 * start of the body when m is NULL (a title hit).
 */
static void
search_snippet(struct buf *b, const char *body, const char *m, size_t k,
    size_t *off, size_t *mlen)
{
	const char *start, *end;
	uint32_t    cp;
	size_t	    mk, left;
	int	    i;

	buf_truncate(b, 0);
	buf_add(b, "", 0);
	*off = *mlen = 0;
	if (m == NULL) {
		m = body;
		k = 0;
	}
	mk = k;
	start = m;
	for (i = 0; i < SNIPPET_BEFORE && start > body && start[-1] != '\n';
	     i++)
		start -= text_utf8_prev(body, (size_t)(start - body), &cp);
	end = m + k;
	left = strlen(end); /* once: not per character */
	for (i = 0; i < SNIPPET_AFTER + (mk == 0 ? SNIPPET_BEFORE : 0) &&
	     *end != '\0' && *end != '\n';
	     i++) {
		k = text_utf8_next(end, left, &cp);
		end += k;
		left -= k;
	}
	if (start > body && start[-1] != '\n')
		buf_adds(b, "…");
	if (mk != 0) {
		*off = b->len + (size_t)(m - start);
		*mlen = mk;
	}
	/* No newline inside: start and end stop at one. */
	buf_add(b, start, (size_t)(end - start));
	if (*end != '\0' && *end != '\n')
		buf_adds(b, "…");
}

int
store_search(struct store *s, const struct store_query *q,
    int (*cb)(const struct store_hit *, void *), void *arg, char **cause)
{
	struct search_term terms[SEARCH_MAX_TERMS];
	sqlite3_stmt	  *st, *get;
	struct store_hit   hit;
	struct buf	   snip = BUF_INIT, head = BUF_INIT;
	const char	  *body, *term, *m, *at;
	char		  *match;
	int64_t		   lo = 0, hi = INT64_MAX, key, id;
	size_t		   nterms, i, skipped = 0, sent = 0, len;
	int		   rc, ok, status = -1;

	/*
	 * Nobody types a query this long; one of a megabyte cost minutes
	 * (its terms' tokens, then every snippet searched for them).
	 */
	if ((len = strlen(q->text)) > STORE_QUERY_MAX) {
		xasprintf(cause,
		    "search query too long (%zu bytes, at most "
		    "%d)",
		    len, STORE_QUERY_MAX);
		return (-1);
	}
	/* An importer's own pending pages are not in the index yet. */
	if (store_sync(s, cause) != 0)
		return (-1);
	nterms = search_terms(q->text, terms);
	if (nterms == 0) {
		xasprintf(cause, "nothing to search for in \"%s\"", q->text);
		return (-1);
	}
	match = search_match(terms, nterms);
	if (q->issue != 0) {
		/* The issue's day bounds its keys (undated ones share 0). */
		if ((get = store_stmt(s, STMT_ISSUE_DAY, cause)) == NULL)
			goto out;
		sqlite3_bind_int64(get, 1, q->issue);
		if (sqlite3_step(get) == SQLITE_ROW) {
			lo = sqlite3_column_int64(get, 0) << 32;
			hi = lo | STORE_KEY_ID_MAX;
		} else
			hi = -1;
		sqlite3_reset(get);
	}
	st = store_stmt(s,
	    q->rank == STORE_RANK_RELEVANCE ? STMT_SEARCH_RANK :
					      STMT_SEARCH_DATE,
	    cause);
	if (st == NULL)
		goto out;
	sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, lo);
	sqlite3_bind_int64(st, 3, hi);
	if (q->rank == STORE_RANK_RELEVANCE)
		sqlite3_bind_int(st, 4, SEARCH_RANK_WINDOW);
	else if (q->below > 0 && q->below - 1 < hi)
		/* Resumes after a hit without skipping offset rows again. */
		sqlite3_bind_int64(st, 3, q->below - 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		key = sqlite3_column_int64(st, 0);
		id = STORE_KEY_TO_ID(key);
		if ((get = store_stmt(s, STMT_HIT_GET, cause)) == NULL)
			goto out;
		sqlite3_bind_int64(get, 1, id);
		if (sqlite3_step(get) != SQLITE_ROW) {
			sqlite3_reset(get);
			continue; /* index ahead of a deletion: skip */
		}
		store_article_row_fill(get, &hit.row);
		if ((q->issue != 0 && hit.row.issue != q->issue) ||
		    (q->paper != 0 &&
			sqlite3_column_int64(get, 18) != q->paper) ||
		    (q->topics != 0 && (hit.row.topics & q->topics) == 0)) {
			sqlite3_reset(get);
			continue;
		}
		body = store_column_text(get, 13);
		ok = 1;
		term = at = NULL;
		buf_truncate(&head, 0);
		for (i = 0; i < nterms && ok; i++) {
			if ((m = search_find(body, terms[i].text)) != NULL) {
				if (term == NULL) {
					term = terms[i].text;
					at = m;
				}
				continue;
			}
			if (!terms[i].literal)
				continue;
			/* The head, made only for a term not in the body. */
			if (head.len == 0)
				buf_printf(&head, "%s\n%s\n%s\n%s",
				    hit.row.kicker, hit.row.title,
				    store_column_text(get, 11),
				    store_column_text(get, 12));
			if (search_find(buf_str(&head), terms[i].text) == NULL)
				ok = 0;
		}
		if (!ok || skipped++ < q->offset) {
			sqlite3_reset(get);
			continue;
		}
		search_snippet(&snip, body, at, term != NULL ? strlen(term) : 0,
		    &hit.match_off, &hit.match_len);
		hit.key = key;
		hit.snippet = buf_str(&snip);
		rc = cb(&hit, arg);
		sqlite3_reset(get);
		if (rc != 0 || (q->limit != 0 && ++sent >= q->limit)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		store_fail(s, cause, "searching");
		goto out;
	}
	status = 0;

out:
	for (i = 0; i < nterms; i++)
		free(terms[i].text);
	free(match);
	buf_free(&snip);
	buf_free(&head);
	return (status);
}

struct store_article *
store_search_article(struct store *s, const struct store_hit *h, char **cause)
{
	sqlite3_stmt	     *st = s->stmts[STMT_HIT_GET], *src;
	struct store_article *a;

	/* Only during the callback: the statement is on the hit's row. */
	assert(st != NULL && sqlite3_column_int64(st, 0) == h->row.id);
	if ((src = store_stmt(s, STMT_HIT_SOURCE, cause)) == NULL)
		return (NULL);
	sqlite3_bind_int64(src, 1, sqlite3_column_int64(st, 19));
	sqlite3_bind_int64(src, 2, sqlite3_column_int64(st, 18));
	if (sqlite3_step(src) != SQLITE_ROW) {
		store_fail(s, cause, "reading an article");
		sqlite3_reset(src);
		return (NULL);
	}
	a = xcalloc(1, sizeof *a);
	a->id = h->row.id;
	a->issue = h->row.issue;
	a->date = xstrdup(h->row.date);
	a->issue_name = xstrdup(store_column_text(st, 14));
	a->page = h->row.page;
	a->seq = h->row.seq;
	a->source = xstrdup(store_column_text(st, 15));
	a->kind = h->row.kind;
	a->kicker = xstrdup(h->row.kicker);
	a->title = xstrdup(h->row.title);
	a->subtitle = xstrdup(store_column_text(st, 11));
	a->byline = xstrdup(store_column_text(st, 12));
	store_split(store_column_text(st, 13), &a->paragraphs, &a->nparagraphs);
	a->continued_to = xstrdup(store_column_text(st, 16));
	a->continued_from = xstrdup(store_column_text(st, 17));
	a->topics = h->row.topics;
	a->read = h->row.read;
	a->starred = h->row.starred;
	a->paper = xstrdup(store_column_text(src, 0));
	a->label = xstrdup(store_column_text(src, 1));
	sqlite3_reset(src);
	return (a);
}
