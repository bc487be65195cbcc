/*
 * What the store*.c files share: the connection, its prepared statements
 * and the helpers around them.  Nothing outside src/store*.c includes this
 * but the store's white-box tests (tests/unit/test-store.c).
 */
#ifndef KANBAO_STORE_INT_H
#define KANBAO_STORE_INT_H

#include <sqlite3.h>

#include "kanbao/store.h"

/* Prepared statements, made on first use and kept for the connection. */
enum store_stmt {
	STMT_BEGIN,
	STMT_COMMIT,
	STMT_ROLLBACK,
	STMT_SAVEPOINT,
	STMT_RELEASE,
	STMT_ISSUE_INSERT,
	STMT_ISSUE_ID,
	STMT_PAGE_FIND,
	STMT_PAGE_ARTICLES,
	STMT_PAGE_DELETE,
	STMT_PAGE_INSERT,
	STMT_ARTICLE_INSERT,
	STMT_FTS_INSERT,
	STMT_FTS_DELETE,
	STMT_WEATHER_INSERT,
	STMT_TOPIC_FIND,
	STMT_TOPIC_MAXBIT,
	STMT_TOPIC_INSERT,
	STMT_ARTICLE_COUNT_PAGE,
	STMT_ISSUE_COUNT,
	STMT_NEWEST_DATE,
	STMT_ISSUE_BY_KEY,
	STMT_PAGES_ALL,
	STMT_PAGES_ISSUE,
	STMT_ARTICLES_ALL,
	STMT_ARTICLES_ISSUE,
	STMT_ARTICLE_GET,
	STMT_SET_READ,
	STMT_SET_STARRED,
	STMT_ISSUE_SET_READ,
	STMT_CONT_FROM,
	STMT_CONT_TO,
	STMT_TOPICS,
	STMT_TOPIC_MASKS_ALL,
	STMT_TOPIC_MASKS_ISSUE,
	STMT_TOPIC_BY_NAME,
	STMT_SEARCH_DATE,
	STMT_SEARCH_RANK,
	STMT_HIT_GET,
	STMT_ISSUE_DAY,
	STMT_PAPER_INSERT,
	STMT_PAPER_ID,
	STMT_ISSUE_FIND,
	STMT_PAGE_FIND_LABEL,
	STMT_PAGE_NEXT,
	STMT_PAGE_SAME,
	STMT_PAGE_RAW,
	STMT_PAGE_STAT,
	STMT_PAGE_KEEP_STAT,
	STMT_PAGE_MOVE,
	STMT_PAGE_MOVE_ARTICLES,
	STMT_PAGE_STATE,
	STMT_ARTICLE_STATE,
	STMT_KEPT_GET,
	STMT_KEPT_DROP,
	STMT_KEPT_DROP_ROW,
	STMT_HIT_SOURCE,
	STMT_KEY_NEXT,
	STMT_RANK_TEXT,
	STMT_COUNT
};

/* An index write held back until its batch commits (store.c). */
struct store_fts_op {
	int64_t key; /* STORE_KEY() */
	size_t	seq; /* order asked in */
	char   *head;
	char   *body;
	int delete; /* remove, not add */
};

struct store {
	sqlite3		    *db;
	char		    *path; /* "" for :memory: */
	int		     readonly;
	int		     imported;	   /* a page was stored */
	int		     batch;	   /* STORE_IMPORT: batch pages */
	int		     in_batch;	   /* its transaction is open */
	int		     fts_deferred; /* index merging waits */
	size_t		     batch_pages;  /* pages in it */
	size_t		     batch_bytes;  /* their text */
	struct store_fts_op *ops;	   /* its index writes, in order */
	size_t		     nops;
	size_t		     opsalloc;
	size_t		     page_ops; /* nops when the page began */
	sqlite3_stmt	    *stmts[STMT_COUNT];
	int64_t		     paper;	   /* store_set_paper(); 0 all */
	int64_t		     data_version; /* store_changed() */
	struct store_window *window;	   /* store-window.c */
	/* store_open_progress(): an upgrade's progress, and its argument. */
	store_progress_fn *progress;
	void		  *progress_arg;
};

/* The statement, prepared if need be and reset; NULL with *cause set. */
sqlite3_stmt *store_stmt(struct store *, enum store_stmt, char **cause);
/* Sets *cause to "PATH: what" + SQLite's message; returns -1. */
int store_fail(struct store *, char **cause, const char *what);
/*
 * Steps st, bound and giving at most one row, and resets it: 0 with *v set
 * from the row's first column, 1 with no row, -1 with *cause set.
 */
int store_step_int64(struct store *, sqlite3_stmt *, int64_t *v,
    const char *what, char **cause);
/* A column as a string, "" for NULL. */
const char *store_column_text(sqlite3_stmt *, int);

/*
 * A page's transaction (store.c): begin, then end to commit it (or its
 * batch) or abort to undo it; store_delete_page() removes a page, its
 * articles and their index entries within one.
 */
int  store_page_begin(struct store *, char **cause);
int  store_page_end(struct store *, size_t bytes, char **cause);
void store_page_abort(struct store *);
int  store_delete_page(struct store *, int64_t page, char **cause);

/* Fills r from the article-row columns 0 to 10 (strings borrowed from st). */
void store_article_row_fill(sqlite3_stmt *, struct store_article_row *);

/* Splits body at newlines into paragraphs (caller frees each and *out). */
void store_split(const char *body, char ***out, size_t *n);

/* Fills is from an issue-list row (store-query.c says which columns). */
void store_issue_row(sqlite3_stmt *, struct store_issue *);

/*
 * The issue list by key (store-window.c).  An anchor is where the window
 * at an offset starts: at (day, key, paper), or just after it; found is 0
 * past the last issue.  Both see only the paper store_set_paper() chose.
 * store_window_issues() is store_issues().
 */
struct store_anchor {
	int	found;
	int	after; /* after (day, key, paper) */
	int64_t day;
	char   *key;
	int64_t paper;
};
int  store_window_anchor(struct store *, size_t offset, struct store_anchor *,
     char **cause);
void store_window_anchor_free(struct store_anchor *);
int  store_window_issues(struct store *, size_t offset, size_t limit,
     struct store_issue **, size_t *, char		     **cause);
void store_window_free(struct store_window *);
/*
 * SQL for "this issue row is at the anchor or later in list order (day
 * DESC, key, paper)", given the parameters holding the anchor's day, key,
 * paper and after flag.  The paper narrowing is the query's own.
 */
#define STORE_WINDOW_FROM(day, key, paper, after) \
	"day <= " day " AND (day < " day " OR key > " key " OR (key = " key \
	" AND (paper > " paper " OR (" after " = 0 AND paper = " paper "))))"

/*
 * The search key of an article (article.skey, the index's rowid): its issue
 * day in the high bits, then a slot counted down from the top of the
 * day's range, so that the FTS rowid order is newest issue first and,
 * within a day, import (page) order.  A day has STORE_KEY_DAY_SLOTS
 * slots; undated issues (day 0) share the range below every dated day,
 * STORE_KEY_UNDATED days' worth.  Dense keys keep the index small: it
 * stores each rowid as a varint of its distance from the one before.
 */
#define STORE_KEY_BITS	    14
#define STORE_KEY_DAY_SLOTS ((int64_t)1 << STORE_KEY_BITS)
#define STORE_KEY_UNDATED   ((int64_t)1 << 20)
/* The first and last key of day's range. */
#define STORE_KEY_LO(day) \
	((day) == 0 ? 0 : \
		      ((int64_t)(day) + STORE_KEY_UNDATED) << STORE_KEY_BITS)
#define STORE_KEY_HI(day) \
	((((day) == 0 ? STORE_KEY_UNDATED : \
			(int64_t)(day) + STORE_KEY_UNDATED + 1) \
	     << STORE_KEY_BITS) - \
	    1)

/*
 * The full-text tokenizer (store-fts.c): CJK characters as bigrams (and
 * each character's first unigram), words folded.  Registered on the connection before
 * the schema is touched; SQLite keeps it until the connection closes.
 */
#define STORE_FTS_TOKENIZER "kanbao"
int store_fts_register(struct store *, char **cause);
/* What the tokenizer makes of a character. */
enum store_fts_class {
	STORE_FTS_SEP,	/* separates tokens */
	STORE_FTS_WORD, /* part of a word */
	STORE_FTS_CJK	/* unigram and bigrams */
};
enum store_fts_class store_fts_class(uint32_t);
/*
 * The token the index has for a query piece (a CJK character or pair, or
 * a word: what store-search.c quotes in a query); caller frees.
 */
char *store_fts_token(const char *piece);
/*
 * Sets in[i] for each of the n tokens the tokenizer makes of text (the
 * others are left as they are).
 */
void store_fts_find(const char *text, char *const *tokens, size_t n,
    unsigned char *in);

/*
 * An article that counts as one to read (and so as unread): news,
 * commentary and photos; ads, weather boxes, banners and page furniture
 * are there to look at, not to read through.
 */
#define STORE_READABLE(a) a ".kind IN ('news', 'commentary', 'photo')"

#endif
