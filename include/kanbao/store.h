/*
 * The store: issues, pages, articles, topics, weather and read/starred
 * state in one SQLite file, and the full-text search over them.  The only
 * module that includes <sqlite3.h>; everything else sees the plain structs
 * and functions below.
 *
 * Every function that can fail returns -1 (or NULL) and sets *cause (caller
 * frees) to a message a person can act on.  Row structs returned in arrays
 * are freed with the matching _free; rows handed to a callback are borrowed
 * and valid only during the call.  A callback returning non-zero stops the
 * walk (the function then returns 0).
 */
#ifndef KANBAO_STORE_H
#define KANBAO_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "kanbao/kind.h"

struct store;

/* store_open() flags. */
#define STORE_CREATE   0x1 /* create the file (and directories) if missing */
#define STORE_READONLY 0x2 /* never write; setters fail */
#define STORE_IMPORT   0x4 /* an importer: commit pages in batches */

/*
 * The default store path: $XDG_DATA_HOME/kanbao/kanbao.db, else
 * ~/.local/share/kanbao/kanbao.db.  Caller frees; NULL with *cause set when
 * neither XDG_DATA_HOME nor HOME is set.
 */
char *store_default_path(char **cause);

/*
 * Opens (and with STORE_CREATE creates, making its directories) the store
 * at path (NULL: the default; ":memory:" for tests), bringing its schema up
 * to date.  A file that is not a kanbao store, or is damaged, is refused
 * with a message naming it and is never written to.  NULL on error.
 */
struct store *store_open(const char *path, int flags, char **cause);
/* How far a long piece of work has come: done of total. */
typedef void store_progress_fn(size_t done, size_t total, void *arg);
/*
 * store_open(), telling progress how far an upgrade that makes the search
 * index again has come: done of total articles, now and then, and once
 * with done == total.  Not called otherwise, nor for a store without
 * articles.
 */
struct store *store_open_progress(const char *path, int flags,
    store_progress_fn *progress, void *arg, char **cause);
/* Commits what is pending (STORE_IMPORT), then closes; NULL is a no-op. */
void store_close(struct store *);
/* The path it was opened with ("" for :memory:).  Borrowed. */
const char *store_path(const struct store *);
/* True when the file could only be opened read-only. */
int store_readonly(const struct store *);

/*
 * A date as "2023-02-10" or "20230210" into out as "2023-02-10".  -1 if it
 * is not a real calendar date (years 1800 to 2999).
 */
int store_date_parse(const char *in, char out[11]);

/* ---- Import ---------------------------------------------------------- */

/*
 * One page to import.  Its place is paper, issue (date, else issue_name)
 * and page: number when the page has one; with number 0 the page is known
 * by its label within its issue and, when new, gets the issue's next free
 * number.
 */
/*
 * A topic as the store records it: by name, with the label a reader sees.
 * The store gives each a bit of the articles' topics masks (at most
 * STORE_TOPIC_MAX of them) the first time an article has it.
 */
#define STORE_TOPIC_MAX 64
struct store_tag {
	const char *name;  /* "weather" */
	const char *label; /* "天气" */
};

/* An article to store, as the importer made it (strings borrowed). */
struct store_article_in {
	enum parse_kind	   kind;
	const char	  *kicker; /* "" if none, as all the strings */
	const char	  *title;
	const char	  *subtitle;
	const char	  *byline;
	const char *const *paragraphs;
	size_t		   nparagraphs;
	const char	  *continued_to;
	const char	  *continued_from;
	uint64_t	   tags; /* bit i: store_page_content.tags[i] */
};

/* The weather box of a page (strings borrowed). */
struct store_weather_in {
	const char *today;
	const char *tomorrow;
	const char *wind;
	int	    high; /* when has_high */
	int	    low;  /* when has_low */
	int	    has_high;
	int	    has_low;
};

/*
 * A page file's size and modification time, kept with its page: an
 * importer that finds them unchanged need not read the file.
 */
struct store_stat {
	int64_t size;  /* bytes; -1: none kept */
	int64_t mtime; /* nanoseconds since the epoch */
};

struct store_page_in {
	const char *date;	/* "2023-02-10"; NULL: undated issue */
	const char *issue_name; /* undated issue's name (the file's) */
	int	    number;	/* page number, >= 1; 0: by label */
	const char *source;	/* the file it came from */
	const char *text;	/* the decoded page text (not kept) */
	size_t	    len;
	const char *paper;	 /* NULL or "": the default paper */
	const char *label;	 /* as printed ("A1", "第3版"), or NULL */
	int	    paper_given; /* the user named the paper */
	uint64_t    raw_hash;	 /* store_raw_hash() of the bytes the
					   text came from; 0: none */
	uint64_t    text_hash;	 /* store_text_hash() of text; 0: not
				  worked out yet */
	const struct store_stat *file; /* the file's, to keep; NULL: none */
};

/* What the importer made of a page's text, for store_put(). */
struct store_page_content {
	const struct store_article_in *articles; /* in page order */
	size_t			       narticles;
	const struct store_weather_in *weather; /* NULL: none */
	const struct store_tag	      *tags;	/* the topics the articles'
						   tags bits stand for */
	size_t			       ntags;	/* <= STORE_TOPIC_MAX */
};

enum store_put_result {
	STORE_PUT_ADDED,    /* a new page */
	STORE_PUT_REPLACED, /* the page existed with other text */
	STORE_PUT_UNCHANGED /* the same text was already there */
};

/* What store_put() did (or store_check() says it would do). */
struct store_put_out {
	enum store_put_result result;
	size_t		      narticles; /* articles now on the page */
	int		      number;	 /* the page number it is filed under */
	size_t		      kept;	 /* articles that kept read/starred */
	int		      moved;	 /* a page numbered in order, moved */
	int		      moved_to;	 /* to this number to make room */
};
/* The most text a page may hold: its index would cost too much beyond. */
#define STORE_PAGE_MAX (2U * 1024 * 1024)

/*
 * Stores the page in with its articles (already tagged) and weather, c,
 * in one BEGIN IMMEDIATE transaction: the page is either all there or not
 * at all.  The same text again changes nothing (known by its hash and
 * length: the page text itself is not kept, its articles are); other text
 * for the same issue and page replaces the page and its articles.  A
 * replaced page's articles whose text is unchanged (or whose title and
 * first paragraph are) keep their read and starred state.  A page
 * numbered from its name that lands on a page numbered only in order
 * (number 0 when imported) moves that page to the next free number
 * instead of replacing it.  Says what it did in *out.  A page of more
 * than STORE_PAGE_MAX bytes is refused.
 */
int store_put(struct store *, const struct store_page_in *in,
    const struct store_page_content *c, struct store_put_out *out,
    char **cause);
/*
 * What store_put() would do with the page, without parsing it or writing:
 * out->result STORE_PUT_UNCHANGED (and narticles) when its text is
 * stored there already, so an importer can skip the parse; else ADDED or
 * REPLACED and the number it would get.
 */
int store_check(struct store *, const struct store_page_in *,
    struct store_put_out *out, char **cause);
/*
 * Cheaper still, before the file is even decoded: 0 with out->result
 * STORE_PUT_UNCHANGED (number, narticles) when a page from source was
 * stored from exactly these bytes (raw_hash), and in *kept (unless NULL)
 * the file's size and time kept with it; 1 if none was.
 */
int store_check_raw(struct store *, const char *source, uint64_t raw_hash,
    struct store_put_out *out, struct store_stat *kept, char **cause);
/*
 * Cheapest, before the file is even read: as store_check_raw(), when a
 * page from source was stored with the file's size and time *file.
 */
int store_check_stat(struct store *, const char *source,
    const struct store_stat *file, struct store_put_out *out, char **cause);
/*
 * Holds one read transaction over the lookups that follow, until
 * store_read_release(): a run of lookups is cheaper so, SQLite's locks
 * being taken once for the run instead of at each, and sees the store as
 * it was at the first.  For a connection that does not write meanwhile;
 * -1 on error (the lookups then go as without).
 */
int  store_read_hold(struct store *, char **cause);
void store_read_release(struct store *);
/*
 * Keeps *file with the page stored from source's bytes raw_hash, for
 * store_check_stat() to find.  An importer's (STORE_IMPORT) is written
 * with its batch.  -1 on error.
 */
int store_keep_stat(struct store *, const char *source, uint64_t raw_hash,
    const struct store_stat *file, char **cause);
/* The hash of a page file's bytes for store_page_in.raw_hash (never 0). */
uint64_t store_raw_hash(const char *, size_t);
/*
 * The hash a page's text is known by, for store_page_in.text_hash: an
 * importer works it out once, where it reads the page, instead of
 * store_check() and store_put() each.
 */
uint64_t store_text_hash(const char *, size_t);

/*
 * With STORE_IMPORT, store_put_page() commits several pages at a time (a
 * few megabytes of page text): a page it returned 0 for is stored once
 * store_sync() (or store_close()) has returned.  A killed import still
 * leaves only whole pages, and at most the last batch to do again.
 * store_sync() commits now; -1 says how many pages were lost.  The search
 * index is merged once, by store_close().
 */
int store_sync(struct store *, char **cause);

/* ---- Issues and pages ------------------------------------------------ */

struct store_issue {
	int64_t id;
	char   *date; /* "2023-02-10"; "" when undated */
	char   *name; /* the date, or the undated issue's name */
	int	npages;
	int	narticles;
	int	nunread;
	int	has_weather;
	char   *today; /* weather; "" if none */
	char   *tomorrow;
	char   *wind;
	int	high, low; /* ℃, valid if has_high/has_low */
	int	has_high, has_low;
	int64_t paper;	    /* its paper's id */
	char   *paper_name; /* "" for the default paper */
};

/* Number of issues (of the paper store_set_paper() chose). */
int store_issue_count(struct store *, int64_t *n, char **cause);
/*
 * The date of the newest issue of any paper, whatever store_set_paper()
 * chose, into date ("2024-03-07"; "" when no issue is dated, or none).
 */
int store_newest_date(struct store *, char date[11], char **cause);
/*
 * Issues newest first (undated ones last, by name; on one date by key,
 * then paper), skipping offset and at most limit of them (0: no limit).
 * *out is an array of *n (caller frees with store_issues_free).  These,
 * store_issue_count(), store_issues_filtered(), store_issue_index() and
 * store_titles_each() see only the paper store_set_paper() chose.
 */
int  store_issues(struct store *, size_t offset, size_t limit,
     struct store_issue **out, size_t *n, char **cause);
void store_issues_free(struct store_issue *, size_t n);
/*
 * The issue with this date ("2023-02-10", "20230210") or undated name:
 * 0 and *id set if found, 1 if there is none, -1 on error.  Of several
 * papers' issues of that date, the first paper's.
 */
int store_issue_find(struct store *, const char *key, int64_t *id,
    char **cause);
/*
 * Every issue with this date or undated name, of paper (0: any): *ids
 * (caller frees) holds *n of them, none when there is no such issue.
 */
int store_issue_find_all(struct store *, int64_t paper, const char *key,
    int64_t **ids, size_t *n, char **cause);

struct store_page_row {
	int64_t	    id;
	int64_t	    issue;
	const char *date; /* "" when undated */
	const char *issue_name;
	int	    number;
	const char *source;
	int	    narticles;
	size_t	    bytes; /* length of the page text */
	int64_t	    paper;
	const char *paper_name; /* "" for the default paper */
	const char *label;	/* as printed; "" if it had none */
};

/* Pages of one issue (0: all issues), issue newest first, then by number. */
int store_pages_each(struct store *, int64_t		    issue,
    int (*cb)(const struct store_page_row *, void *), void *arg, char **cause);
/* The same, of every issue of paper (0: every paper). */
int store_paper_pages_each(struct store *, int64_t	    paper,
    int (*cb)(const struct store_page_row *, void *), void *arg, char **cause);

/* ---- Articles -------------------------------------------------------- */

/* One line of an article list. */
struct store_article_row {
	int64_t		id;
	int64_t		issue;
	const char     *date; /* "" when undated */
	int		page;
	int		seq; /* position on the page, from 1 */
	enum parse_kind kind;
	const char     *kicker;
	const char     *title;
	uint64_t	topics; /* mask of store topic bits */
	int		read;
	int		starred;
	const char     *lead;  /* untitled: STORE_LEAD_CHARS + 1 of text */
	int64_t		paper; /* its paper's id (store_papers()) */
};

/*
 * Characters of an untitled row's text shown for its title; a row carries
 * one more, to tell whether the text goes on.
 */
#define STORE_LEAD_CHARS 40

struct store_filter {
	int64_t	 issue;	  /* 0: every issue */
	uint64_t topics;  /* 0: any; else any of these bits */
	int	 unread;  /* only unread ones */
	int	 starred; /* only starred ones */
	int64_t	 paper;	  /* 0: every paper; else only its */
};

/*
 * Articles matching filter (NULL: all), issues newest first, then by page
 * and position.  Rows are borrowed during the callback.
 */
int store_articles_each(struct store *, const struct store_filter *,
    int (*cb)(const struct store_article_row *, void *), void *arg,
    char **cause);

/*
 * The articles of one issue as an array the caller owns: *out has *n rows
 * whose strings are owned by the array; free with store_articles_free.
 */
int  store_articles(struct store *, const struct store_filter *,
     struct store_article_row **out, size_t *n, char **cause);
void store_articles_free(struct store_article_row *, size_t n);

/* One article in full. */
struct store_article {
	int64_t		id;
	int64_t		issue;
	char	       *date; /* "" when undated */
	char	       *issue_name;
	int		page;
	int		seq;
	char	       *source; /* the page file it came from */
	enum parse_kind kind;
	char	       *kicker;
	char	       *title;
	char	       *subtitle;
	char	       *byline;
	char	      **paragraphs;
	size_t		nparagraphs;
	char	       *continued_to; /* "" if none */
	char	       *continued_from;
	uint64_t	topics;
	int		read;
	int		starred;
	char	       *paper; /* "" for the default paper */
	char	       *label; /* its page's label; "" if none */
};

/* The article with this id; NULL with *cause ("no article 12") if none. */
struct store_article *store_article_get(struct store *, int64_t id,
    char **cause);
void		      store_article_free(struct store_article *);

int store_set_read(struct store *, int64_t id, int read, char **cause);
int store_set_starred(struct store *, int64_t id, int starred, char **cause);
/* Marks every article of an issue read or unread. */
int store_issue_set_read(struct store *, int64_t issue, int read, char **cause);

/*
 * Continuations.  store_find_continued_from: the article on page of issue
 * whose continued_from is from (the rest of an article that says 下转N版).
 * store_find_continued_to: the article on page whose continued_to is to
 * (the start of an article that says 上接N版).  0 and *id set when found,
 * 1 when there is none, -1 on error.
 */
int store_find_continued_from(struct store *, int64_t issue, int page,
    const char *from, int64_t *id, char **cause);
int store_find_continued_to(struct store *, int64_t issue, int page,
    const char *to, int64_t *id, char **cause);

/*
 * The other part of an article continued on another page of its issue:
 * for one marked 下转N版 the article on page N marked 上接 its page, for
 * one marked 上接N版 the one on page N marked 下转 its page; of several,
 * the one with the same title.  0 and *id set, 1 if none, 2 if page N
 * is not in the store, -1 on error.
 */
int store_find_continuation(struct store *, const struct store_article *,
    int64_t *id, char **cause);

/* ---- Finding things --------------------------------------------------- */

/*
 * Of the issues store_issues(offset, limit) lists, those with an article
 * that has any of topics, newest first, their narticles and nunread
 * counting those articles only.  Caller frees with store_issues_free.
 */
int store_issues_filtered(struct store *, uint64_t topics, size_t offset,
    size_t limit, struct store_issue **out, size_t *n, char **cause);
/* Where the issue is in store_issues() order: 0 and *index, 1 if none. */
int store_issue_index(struct store *, int64_t issue, size_t *index,
    char **cause);

/* A headline, for the reader's jump list. */
struct store_title {
	int64_t	    id;
	int64_t	    issue;
	const char *date; /* "" when undated */
	int	    page;
	const char *title; /* the title, else the kicker */
	int64_t	    paper; /* the issue's */
};

/*
 * The titled articles of the issues store_issues(offset, limit) lists
 * (limit 0: all), newest issue first, then page order; rows are borrowed
 * during the callback.  A reader can so take the archive a slice at a time.
 */
int store_titles_each(struct store *, size_t offset, size_t limit,
    int (*cb)(const struct store_title *, void *), void *arg, char **cause);

/* An article as store_retag() hands it to be tagged (borrowed). */
struct store_tag_row {
	int64_t		id;
	enum parse_kind kind;
	const char     *kicker;
	const char     *title;
	const char     *subtitle;
	const char     *body; /* the paragraphs, a newline between */
};

/* What store_retag() does. */
struct store_retag {
	const struct store_tag *tags; /* the topics now */
	size_t			ntags;
	/* An article's tags: bit i for tags[i]. */
	uint64_t (*tag)(const struct store_tag_row *, void *);
	/* Called after each transaction (may be NULL). */
	void (*progress)(size_t done, size_t total, void *);
	void *arg; /* for both */
};

/*
 * Re-tags every article with what r->tag says, a few thousand articles a
 * transaction.  Topics new in r->tags are added, labels brought up to
 * date; topics no longer in it are dropped at the end.  Sets *changed to
 * the articles whose topics changed.  An interrupted retag leaves every
 * article with its old or its new topics.
 */
int store_retag(struct store *, const struct store_retag *r, size_t *changed,
    char **cause);

/* ---- Topics ---------------------------------------------------------- */

struct store_topic {
	int	bit;   /* mask bit in the rows' topics */
	char   *name;  /* "weather" */
	char   *label; /* "天气" */
	int64_t count; /* articles with it (in the issue) */
};

/*
 * The topics the store knows with their article counts in issue (0: the
 * whole store).  Caller frees with store_topics_free.
 */
int  store_topics(struct store *, int64_t issue, struct store_topic **out,
     size_t *n, char **cause);
void store_topics_free(struct store_topic *, size_t n);
/* The mask bit of the topic named name: 0 and *bit set, 1 if unknown. */
int store_topic_find(struct store *, const char *name, int *bit, char **cause);

/* ---- Search ---------------------------------------------------------- */

enum store_rank {
	STORE_RANK_DATE,     /* newest issue first, then page order */
	STORE_RANK_RELEVANCE /* title hits first; of the newest
					   1000 matches (store-search.c) */
};

/* The longest query searched, in bytes: a longer one is refused. */
#define STORE_QUERY_MAX 1024

struct store_query {
	const char     *text;	/* words; all must occur (any length) */
	uint64_t	topics; /* 0: any; else any of these bits */
	int64_t		issue;	/* 0: every issue */
	enum store_rank rank;
	size_t		offset; /* hits to skip */
	size_t		limit;	/* at most this many; 0: no limit */
	int64_t		paper;	/* 0: every paper */
	int64_t		below;	/* by date: hits after the one whose
					   key this is; 0: from the newest */
};

struct store_hit {
	struct store_article_row row;
	const char *snippet;   /* text around the first match, one line */
	size_t	    match_off; /* the match within snippet, in bytes */
	size_t	    match_len;
	int64_t	    key; /* where it is in date order (below) */
};

/*
 * Finds articles containing every word of the query (CJK text matched as
 * a substring of any length, traditional characters as simplified ones,
 * Latin words as words, case folded).  Hits
 * come to cb one at a time as they are found, so the first screen shows
 * before the whole result is known.  A query with no searchable text, or
 * longer than STORE_QUERY_MAX, is an error.
 */
int store_search(struct store *, const struct store_query *,
    int (*cb)(const struct store_hit *, void *), void *arg, char **cause);
/*
 * Inside store_search()'s callback: the hit's article in full, made from
 * the row the search already read (and its page's label and paper, which
 * the search leaves out); NULL with *cause on error.  Caller frees with
 * store_article_free.
 */
struct store_article *store_search_article(struct store *,
    const struct store_hit *, char **cause);

/* ---- Papers ----------------------------------------------------------- */

struct store_paper {
	int64_t id;
	char   *name; /* "" for the default paper */
	int64_t nissues;
	int64_t npages;
	int64_t narticles;
	char   *first; /* its oldest dated issue; "" if none */
	char   *last;  /* its newest */
};

/*
 * The papers that have issues, by name (the default paper first).  Caller
 * frees with store_papers_free.
 */
int store_papers(struct store *, struct store_paper **out, size_t *n,
    char **cause);
/*
 * The same with only id, name and nissues filled in (npages, narticles 0,
 * first and last ""): cheap on a large archive, for the reader.
 */
int  store_papers_brief(struct store *, struct store_paper **out, size_t *n,
     char **cause);
void store_papers_free(struct store_paper *, size_t n);
/*
 * The paper named name ("" the default): 0 and *id, 1 if none.  A name in
 * the other kind of Chinese characters finds it too (人民日报, 人民日報).
 */
int store_paper_find(struct store *, const char *name, int64_t *id,
    char **cause);
/*
 * Narrows the issue listings (store_issues() and its kin, for the reader)
 * to one paper; 0 shows every paper again.
 */
void store_set_paper(struct store *, int64_t paper);
/* The paper the listings are narrowed to, 0 if none. */
int64_t store_get_paper(const struct store *);

/*
 * Sets *changed when another connection (an import beside the reader)
 * has committed since the last call (the first call only takes note): a
 * cheap poll (PRAGMA data_version), for a reader to reload its lists.
 * The connection's own writes (read marks) do not count.
 */
int store_changed(struct store *, int *changed, char **cause);

/* ---- Deleting ----------------------------------------------------------- */

/*
 * Removes pages (ids), their articles, index entries and weather, in one
 * transaction, then the issues left without pages and the papers left
 * without issues (but the default paper).  Sets *narticles to the
 * articles removed.  The read and starred marks of those articles are
 * kept by the place of their page (paper, issue, number) for the next
 * page stored there (store_put()): *nkept says of how many articles.
 */
int store_delete_pages(struct store *, const int64_t *pages, size_t n,
    size_t *narticles, size_t *nkept, char **cause);

#endif
