/*
 * Full-text search.
 *
 * FTS5's trigram tokenizer cannot find 1- or 2-character queries, and
 * Chinese has no spaces for unicode61 to split words at.  So the index is
 * made by our tokenizer (store-fts.c): every CJK character is a unigram
 * with the bigram it starts colocated, Latin words stay words.  A query of
 * one character is one unigram, of two one bigram (a single doclist, even
 * for two common characters that never stand together), of more all of
 * its overlapping bigrams, the text telling whether they stand together.
 *
 * The FTS rowid is the article's search key (store-int.h: issue day, then
 * a slot), so "newest first" is FTS5's own descending rowid order: the
 * first hits come without sorting the whole result, even for a
 * one-character query that matches nearly every article.  Bigrams never
 * span punctuation, but a term mixing words and CJK ("GDP数据") is a
 * phrase that spaces do not break, so each hit is still checked against
 * the article's text before it is reported; that check also finds the
 * snippet.
 *
 * Relevance (search_rank(): a token in the head worth four in the body,
 * the body's weight normalised by its length) is computed for the newest
 * SEARCH_RANK_WINDOW matches only, which FTS5 hands over in rowid order
 * without looking at the rest: ranking every match of a common character
 * by bm25 took a second at 300,000 articles.  For a query with fewer
 * matches than that the order is exact; for a commoner one it is "the
 * most relevant of the recent ones".  The index does not say which column
 * a token is in (detail=none: a third of its size), so the window's
 * articles say it themselves: their heads are read and cut again.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/fold.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "store-int.h"

#define SEARCH_MAX_TERMS   16
#define SNIPPET_BEFORE	   12	/* characters before the match */
#define SNIPPET_AFTER	   40	/* characters after it */
#define SEARCH_RANK_WINDOW 1000 /* newest matches ranked by relevance */

struct search_term {
	char *text;    /* as typed, folded (search_terms()) */
	int   literal; /* check it occurs as written */
};

/*
 * Splits the query at white space (text_query_word()); returns the number
 * of terms.  The punctuation around a term, ASCII or CJK ("天气", (气温),
 * 明天*, “报道”, 「报道」: text_strip_punct()), is dropped: people type it
 * from habit, an input method types the curly and corner quotes, and it
 * is never FTS5 syntax here.  Inside a term it stays and must occur as typed.
 * Traditional characters are folded to simplified ones (fold.h), as the
 * index's tokens are: 報導 finds 报导 and the other way round
 * (search_find_folded()).
 */
static size_t
search_terms(const char *q, struct search_term *terms)
{
	const char *w;
	size_t	    n = 0, len, i, k;
	uint32_t    cp;
	int	    word;

	while (
	    n < SEARCH_MAX_TERMS && (w = text_query_word(&q, &len)) != NULL) {
		/* A term of separators only (，、——) has nothing to find. */
		for (i = 0, word = 0; i < len && !word; i += k) {
			k = text_utf8_next(w + i, len - i, &cp);
			word = store_fts_class(cp) != STORE_FTS_SEP;
		}
		if (!word)
			continue;
		terms[n].text = xstrndup(w, len);
		fold_text(terms[n].text, len);
		terms[n].literal = 0; /* search_match() knows */
		n++;
	}
	return (n);
}

/* The FTS5 query being made, and its pieces (each a phrase of it). */
struct search_query {
	struct buf b;
	char	 **pieces; /* the index's token of each */
	size_t	   n;
};

/* Adds a quoted token to the FTS5 query, after " AND " if not the first. */
static void
search_piece(struct search_query *sq, const char *p, size_t len)
{
	char *piece;

	if (sq->b.len != 0)
		buf_adds(&sq->b, " AND ");
	buf_addc(&sq->b, '"');
	buf_add(&sq->b, p, len);
	buf_addc(&sq->b, '"');
	piece = xstrndup(p, len);
	sq->pieces = xreallocarray(sq->pieces, sq->n + 1, sizeof *sq->pieces);
	sq->pieces[sq->n++] = store_fts_token(piece);
	free(piece);
}

/*
 * A run of CJK characters: a lone one, or every pair of neighbours (each
 * a bigram of the index).  Returns the number of tokens added.
 */
static size_t
search_pairs(struct search_query *b, const char *p, size_t len)
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
static void
search_match(struct search_term *terms, size_t n, struct search_query *b)
{
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
				pieces += search_pairs(b, p + start, j - start);
				terms[i].literal = 1;
				continue;
			}
			search_piece(b, p + start, j - start);
			pieces++;
		}
		if (pieces > 1)
			terms[i].literal = 1;
	}
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
 * search_find() of a folded needle in hay, at the first place it has in
 * either kind of characters: a term in either kind finds text in either.
 * The text as it stands is tried first, at strstr()'s speed; then what
 * may hold a place before the one found (the whole text when none),
 * folded into *scratch, and only when it has anything to fold.  The place
 * found is hay's own, a fold keeping every offset.
 */
static const char *
search_find_folded(const char *hay, const char *needle, struct buf *scratch)
{
	const char *m, *f;
	size_t	    n;

	m = search_find(hay, needle);
	n = m != NULL ? (size_t)(m - hay) + strlen(needle) : strlen(hay);
	if (!fold_needed(hay, n))
		return (m);
	buf_truncate(scratch, 0);
	buf_add(scratch, hay, n);
	fold_text(scratch->data, n);
	if ((f = search_find(scratch->data, needle)) == NULL)
		return (m);
	return (hay + (f - scratch->data));
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

/* One search's progress through its hits. */
struct search_run {
	const struct store_query *q;
	struct search_term	 *terms;
	size_t			  nterms;
	size_t			  skipped; /* hits passed over (offset) */
	size_t			  sent;	   /* hits given to cb */
	struct buf		  snip;
	struct buf		  head;
	struct buf		  fold; /* search_find_folded()'s */
	int (*cb)(const struct store_hit *, void *);
	void *arg;
};

/*
 * The match with index key: checked against the article's text, then given
 * to the callback.  Returns 1 when the search is over (the callback says
 * so, or the limit is reached), 0 to go on, -1 with *cause on error.
 */
static int
search_hit(struct store *s, struct search_run *r, int64_t key, char **cause)
{
	const struct store_query *q = r->q;
	sqlite3_stmt		 *get;
	struct store_hit	  hit;
	const char		 *body, *term = NULL, *m, *at = NULL;
	size_t			  i;
	int			  ok = 1, rc;

	if ((get = store_stmt(s, STMT_HIT_GET, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(get, 1, key);
	if (sqlite3_step(get) != SQLITE_ROW) {
		sqlite3_reset(get);
		return (0); /* index ahead of a deletion: skip */
	}
	store_article_row_fill(get, &hit.row);
	hit.row.paper = sqlite3_column_int64(get, 18);
	if ((q->issue != 0 && hit.row.issue != q->issue) ||
	    (q->paper != 0 && sqlite3_column_int64(get, 18) != q->paper) ||
	    (q->topics != 0 && (hit.row.topics & q->topics) == 0)) {
		sqlite3_reset(get);
		return (0);
	}
	body = store_column_text(get, 13);
	buf_truncate(&r->head, 0);
	for (i = 0; i < r->nterms && ok; i++) {
		if ((m = search_find_folded(body, r->terms[i].text,
			 &r->fold)) != NULL) {
			if (term == NULL) {
				term = r->terms[i].text;
				at = m;
			}
			continue;
		}
		if (!r->terms[i].literal)
			continue;
		/* The head, made only for a term not in the body. */
		if (r->head.len == 0)
			buf_printf(&r->head, "%s\n%s\n%s\n%s", hit.row.kicker,
			    hit.row.title, store_column_text(get, 11),
			    store_column_text(get, 12));
		if (search_find_folded(buf_str(&r->head), r->terms[i].text,
			&r->fold) == NULL)
			ok = 0;
	}
	if (!ok || r->skipped++ < q->offset) {
		sqlite3_reset(get);
		return (0);
	}
	search_snippet(&r->snip, body, at, term != NULL ? strlen(term) : 0,
	    &hit.match_off, &hit.match_len);
	hit.key = key;
	hit.snippet = buf_str(&r->snip);
	rc = r->cb(&hit, r->arg);
	sqlite3_reset(get);
	if (rc != 0 || (q->limit != 0 && ++r->sent >= q->limit))
		return (1);
	return (0);
}

/* A match to be ranked: its key and score (higher is better). */
struct search_ranked {
	int64_t key;
	double	score;
};

static int
search_ranked_cmp(const void *a, const void *b)
{
	const struct search_ranked *x = a, *y = b;

	if (x->score != y->score)
		return (x->score > y->score ? -1 : 1);
	return (x->key > y->key ? -1 : x->key < y->key);
}

/* Columns first to first + n - 1 of st into b, a newline between. */
static void
search_lines(struct buf *b, sqlite3_stmt *st, int first, int n)
{
	int i;

	buf_truncate(b, 0);
	for (i = first; i < first + n; i++) {
		if (i != first)
			buf_addc(b, '\n');
		buf_add(b, (const char *)sqlite3_column_text(st, i),
		    (size_t)sqlite3_column_bytes(st, i));
	}
	buf_add(b, "", 0);
}

/*
 * The newest SEARCH_RANK_WINDOW matches of the FTS5 query between keys lo
 * and hi, best first (*out, caller frees).  Each piece of the query in
 * the head (kicker, title, subtitle) counts 4, in the body 1 divided by
 * the body's length against the average (kanbao_norm).  The index knows
 * only that an article has a piece somewhere, so the article's own text
 * says where: cut by the tokenizer, it gives the tokens the index's two
 * columns had, and a piece not in the head is in the body.
 */
static int
search_rank(struct store *s, const struct search_query *sq, int64_t lo,
    int64_t hi, struct search_ranked **out, size_t *nout, char **cause)
{
	struct search_ranked *v = NULL, *e;
	sqlite3_stmt	     *st, *get;
	struct buf	      text = BUF_INIT;
	unsigned char	     *head, *body;
	double		      norm;
	size_t		      n = 0, j;
	int		      rc, inhead, status = -1;

	head = xcalloc(sq->n + 1, 1);
	body = xcalloc(sq->n + 1, 1);
	if ((st = store_stmt(s, STMT_SEARCH_RANK, cause)) == NULL)
		goto out;
	sqlite3_bind_text(st, 1, buf_str(&sq->b), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, lo);
	sqlite3_bind_int64(st, 3, hi);
	sqlite3_bind_int(st, 4, SEARCH_RANK_WINDOW);
	/* Each text read while st is open: one read transaction for all. */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if ((get = store_stmt(s, STMT_RANK_TEXT, cause)) == NULL) {
			sqlite3_reset(st);
			goto out;
		}
		sqlite3_bind_int64(get, 1, sqlite3_column_int64(st, 0));
		if (sqlite3_step(get) != SQLITE_ROW) {
			sqlite3_reset(get);
			continue; /* index ahead of a deletion: not a hit */
		}
		v = xreallocarray(v, n + 1, sizeof *v);
		e = &v[n++];
		e->key = sqlite3_column_int64(st, 0);
		e->score = 0;
		norm = sqlite3_column_double(st, 1);
		memset(head, 0, sq->n);
		search_lines(&text, get, 0, 3);
		store_fts_find(buf_str(&text), sq->pieces, sq->n, head);
		for (j = inhead = 0; j < sq->n; j++)
			inhead |= head[j];
		/* Without any in the head, every piece is in the body. */
		memset(body, !inhead, sq->n);
		if (inhead) {
			search_lines(&text, get, 3, 2);
			store_fts_find(buf_str(&text), sq->pieces, sq->n, body);
		}
		sqlite3_reset(get);
		for (j = 0; j < sq->n; j++)
			e->score += 4.0 * head[j] + body[j] / norm;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		store_fail(s, cause, "searching");
		goto out;
	}
	if (n > 1)
		qsort(v, n, sizeof *v, search_ranked_cmp);
	*out = v;
	*nout = n;
	v = NULL;
	status = 0;

out:
	free(v);
	free(head);
	free(body);
	buf_free(&text);
	return (status);
}

int
store_search(struct store *s, const struct store_query *q,
    int (*cb)(const struct store_hit *, void *), void *arg, char **cause)
{
	struct search_term    terms[SEARCH_MAX_TERMS];
	struct search_query   sq = { BUF_INIT, NULL, 0 };
	struct search_run     r;
	struct search_ranked *ranked = NULL;
	sqlite3_stmt	     *st, *get;
	int64_t		      lo = 0, hi = INT64_MAX, day;
	size_t		      nterms, i, nranked = 0, len;
	int		      rc, hr = 0, status = -1;

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
	search_match(terms, nterms, &sq);
	memset(&r, 0, sizeof r);
	r.q = q;
	r.terms = terms;
	r.nterms = nterms;
	r.cb = cb;
	r.arg = arg;
	if (q->issue != 0) {
		/* The issue's day bounds its keys (undated ones share 0). */
		if ((get = store_stmt(s, STMT_ISSUE_DAY, cause)) == NULL)
			goto out;
		sqlite3_bind_int64(get, 1, q->issue);
		if (sqlite3_step(get) == SQLITE_ROW) {
			day = sqlite3_column_int64(get, 0);
			lo = STORE_KEY_LO(day);
			hi = STORE_KEY_HI(day);
		} else
			hi = -1;
		sqlite3_reset(get);
	}
	if (q->rank == STORE_RANK_RELEVANCE) {
		if (search_rank(s, &sq, lo, hi, &ranked, &nranked, cause) != 0)
			goto out;
		for (i = 0; i < nranked; i++) {
			if ((hr = search_hit(s, &r, ranked[i].key, cause)) < 0)
				goto out;
			if (hr > 0)
				break;
		}
		status = 0;
		goto out;
	}
	if ((st = store_stmt(s, STMT_SEARCH_DATE, cause)) == NULL)
		goto out;
	sqlite3_bind_text(st, 1, buf_str(&sq.b), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, lo);
	sqlite3_bind_int64(st, 3, hi);
	if (q->below > 0 && q->below - 1 < hi)
		/* Resumes after a hit without skipping offset rows again. */
		sqlite3_bind_int64(st, 3, q->below - 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if ((hr = search_hit(s, &r, sqlite3_column_int64(st, 0),
			 cause)) != 0)
			break;
	}
	sqlite3_reset(st);
	if (hr < 0)
		goto out;
	if (hr == 0 && rc != SQLITE_DONE) {
		store_fail(s, cause, "searching");
		goto out;
	}
	status = 0;

out:
	for (i = 0; i < nterms; i++)
		free(terms[i].text);
	for (i = 0; i < sq.n; i++)
		free(sq.pieces[i]);
	free(sq.pieces);
	buf_free(&sq.b);
	free(ranked);
	buf_free(&r.snip);
	buf_free(&r.head);
	buf_free(&r.fold);
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
