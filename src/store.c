/*
 * The store: opening the SQLite file, its schema and migrations, and the
 * import of pages.
 *
 * Invariants:
 * - Only src/store*.c include <sqlite3.h>; no SQL is ever built from user
 *   text: everything goes through the prepared statements in store_sql[].
 * - A page is written in one BEGIN IMMEDIATE transaction together with its
 *   articles, their index entries and its weather, so a killed import
 *   leaves whole pages only.
 * - article_fts is contentless: it holds, for every article, the tokens
 *   (store-fts.c) of its head (kicker, title, subtitle) and body (byline,
 *   paragraphs) under rowid article.skey, its search key (store-int.h:
 *   issue day, then a slot).  Deleting an article re-derives the same
 *   text to remove its entry.
 * - A file that is not our store is never written to: nothing is written
 *   until the header, application_id and user_version have been checked.
 * - The store stores: articles come parsed and tagged (import.c), topics
 *   by name; it maps the names to its mask bits and reads nothing into an
 *   article's text.
 */
#include <assert.h>
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kanbao/buf.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "store-int.h"

/*
 * An importer's batch (STORE_IMPORT) commits once it holds this much page
 * text.  FTS5 writes a new index segment at every commit and later merges
 * it, again and again, with its neighbours: a commit per page made that
 * merging most of the import's time.  By size only, never by time, so
 * that a slow or busy machine makes no more segments than a fast one;
 * and with merging left to the end (store_fts_defer) small batches cost
 * nothing more: at 108 MB of page text 4 MB took less CPU time than 16 MB
 * and 50 MB less memory.
 */
#ifndef STORE_BATCH_BYTES
#define STORE_BATCH_BYTES (4 * 1024 * 1024)
#endif

#define STORE_APPLICATION_ID 0x4b424f41 /* "KBOA" */
#define STORE_VERSION	     11

/*
 * The full-text index: contentless (the text is in article), our
 * tokenizer, which articles have a token but neither where nor in which
 * column (detail=none: store-fts.c says why).  Its rowids are the
 * articles' search keys (STORE_KEY_LO()).  automerge and crisismerge are
 * raised from 4 and 16: an import then rewrites each segment fewer times
 * (its cost), for a few more segments a query reads (cheap).  hashsize,
 * the memory for new entries before they are written out as a segment,
 * goes from 1 MB to 32 MB: an import batch fits (only importers use it).
 * Schema 3 to 5 had detail=column (the column of each token, for
 * relevance, now found in the article's text: store-search.c).
 */
#define STORE_FTS_AUTOMERGE "8"
#define STORE_FTS_TABLE(detail) \
	"CREATE VIRTUAL TABLE article_fts USING fts5(head, body," \
	"  content='', tokenize='" STORE_FTS_TOKENIZER "', detail=" detail \
	");" \
	"INSERT INTO article_fts (article_fts, rank) VALUES " \
	"('automerge', " STORE_FTS_AUTOMERGE ");" \
	"INSERT INTO article_fts (article_fts, rank) VALUES ('crisismerge', " \
	"32);" \
	"INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', " \
	"33554432);"
#define STORE_FTS_SCHEMA STORE_FTS_TABLE("none")

/* Migration i brings the schema from version i to i + 1. */
static const char *store_migrations[STORE_VERSION] = {
	/* 0 -> 1: the first schema. */
	"CREATE TABLE issue ("
	"  id INTEGER PRIMARY KEY,"
	"  key TEXT NOT NULL UNIQUE," /* date, or undated name */
	"  date TEXT,"		      /* YYYY-MM-DD; NULL undated */
	"  day INTEGER NOT NULL"      /* days since 0000-03-01; 0 */
	");"
	"CREATE INDEX issue_day ON issue(day);"
	"CREATE TABLE page ("
	"  id INTEGER PRIMARY KEY,"
	"  issue INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,"
	"  number INTEGER NOT NULL,"
	"  source TEXT NOT NULL,"
	"  hash INTEGER NOT NULL," /* FNV-1a of the text */
	"  text TEXT NOT NULL,"
	"  imported INTEGER NOT NULL," /* unix time */
	"  UNIQUE (issue, number)"
	");"
	"CREATE TABLE article ("
	"  id INTEGER PRIMARY KEY,"
	"  page INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,"
	"  issue INTEGER NOT NULL,"  /* page's, for lists */
	"  pageno INTEGER NOT NULL," /* page's number, for lists */
	"  seq INTEGER NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  kicker TEXT NOT NULL DEFAULT '',"
	"  title TEXT NOT NULL DEFAULT '',"
	"  subtitle TEXT NOT NULL DEFAULT '',"
	"  byline TEXT NOT NULL DEFAULT '',"
	"  body TEXT NOT NULL DEFAULT ''," /* paragraphs, '\\n' between */
	"  continued_to TEXT NOT NULL DEFAULT '',"
	"  continued_from TEXT NOT NULL DEFAULT '',"
	"  topics INTEGER NOT NULL DEFAULT 0," /* mask of topic.bit */
	"  read INTEGER NOT NULL DEFAULT 0,"
	"  starred INTEGER NOT NULL DEFAULT 0,"
	"  UNIQUE (page, seq)"
	");"
	"CREATE INDEX article_issue ON article(issue, pageno, seq);"
	"CREATE TABLE weather ("
	"  issue INTEGER PRIMARY KEY REFERENCES issue(id) ON DELETE CASCADE,"
	"  page INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,"
	"  today TEXT NOT NULL, tomorrow TEXT NOT NULL, wind TEXT NOT NULL,"
	"  high INTEGER, low INTEGER"
	");"
	"CREATE INDEX weather_page ON weather(page);"
	"CREATE TABLE topic ("
	"  bit INTEGER PRIMARY KEY CHECK (bit BETWEEN 0 AND 63),"
	"  name TEXT NOT NULL UNIQUE,"
	"  label TEXT NOT NULL"
	");"
	"CREATE VIRTUAL TABLE article_fts USING fts5(head, body,"
	"  content='', tokenize='unicode61');",
	/*
	 * 1 -> 2: unread and topic counts from an index, not from rows that
	 * carry whole article bodies (seconds at 300,000 articles).
	 */
	"CREATE INDEX article_state ON article(issue, read, topics);",
	/*
	 * 2 -> 3: the index made by our own tokenizer (store-fts.c) instead
	 * of unicode61 over a spaced copy of the text, rebuilt from the
	 * articles.  Nothing else changes: rows, ids and state stay.
	 */
	"DROP TABLE article_fts;" STORE_FTS_TABLE("column"),
	/* store_fts_rebuild() then fills it (after the last migration). */
	/*
	 * 3 -> 4: papers and page labels.  An issue is a paper on a date
	 * (the issues of a store from before go to the default paper, named
	 * ''); a page keeps the label it was printed with and whether its
	 * number came from its name (numbered) or was the next free one.
	 * The issue table is rebuilt for its new UNIQUE (paper, key): ids
	 * stay, so pages, articles, state and the index are untouched.
	 * rawhash is the hash of the file's own bytes (NULL before): with
	 * page_source it finds an unchanged page before it is even decoded.
	 */
	"CREATE TABLE paper ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE" /* '' the default paper */
	");"
	"INSERT INTO paper (id, name) VALUES (1, '');"
	"CREATE TABLE issue_new ("
	"  id INTEGER PRIMARY KEY,"
	"  paper INTEGER NOT NULL DEFAULT 1 REFERENCES paper(id),"
	"  key TEXT NOT NULL,"	  /* date, or undated name */
	"  date TEXT,"		  /* YYYY-MM-DD; NULL undated */
	"  day INTEGER NOT NULL," /* days since 0000-03-01; 0 */
	"  UNIQUE (paper, key)"
	");"
	"INSERT INTO issue_new (id, paper, key, date, day)"
	"  SELECT id, 1, key, date, day FROM issue;"
	"DROP TABLE issue;"
	"ALTER TABLE issue_new RENAME TO issue;"
	"CREATE INDEX issue_day ON issue(day);"
	"ALTER TABLE page ADD COLUMN label TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE page ADD COLUMN numbered INTEGER NOT NULL DEFAULT 1;"
	"ALTER TABLE page ADD COLUMN rawhash INTEGER;"
	"CREATE INDEX page_source ON page(source, rawhash);",
	/*
	 * 4 -> 5: the page's text is no longer kept.  It was the imported
	 * text a second time (the articles hold it, parsed) and a third of
	 * the store, and nothing read it back but the check that a page
	 * imported again is unchanged, which the text's hash and length
	 * (bytes, also what "list pages" shows) now make.  Rows, ids,
	 * state and the index stay; the space the text held is reused by
	 * later imports.
	 */
	"ALTER TABLE page ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0;"
	"UPDATE page SET bytes = length(CAST(text AS BLOB));"
	"ALTER TABLE page DROP COLUMN text;",
	/*
	 * 5 -> 6: a smaller index.  Its rowid was the issue day << 32 | an
	 * id counted down, so every step from one day to the next in a
	 * token's list of articles cost a 5-byte varint; now it is the
	 * article's search key (store-int.h: day << 14 | a slot counted
	 * down), kept with the article (skey) since it is no longer made
	 * from the id.  The index no longer keeps which column a token is
	 * in (detail=none): relevance reads that from the text of the hits
	 * it ranks.  Keys are given in id order within each day, which is
	 * the order the old keys gave; store_migrate() checks that no day
	 * has more articles than slots first.  Rows, ids and state stay; the
	 * index is made again by store_fts_rebuild().
	 */
	"ALTER TABLE article ADD COLUMN skey INTEGER;"
	"UPDATE article SET skey = k.skey FROM (SELECT a.id AS id,"
	"  CASE WHEN i.day = 0 THEN 17179869183"   /* STORE_KEY_HI(0) */
	"  ELSE ((i.day + 1048577) << 14) - 1 END" /* STORE_KEY_HI(day) */
	"  - row_number() OVER (PARTITION BY i.day ORDER BY a.id) + 1"
	"  AS skey FROM article a JOIN issue i ON i.id = a.issue) k"
	"  WHERE article.id = k.id;"
	"CREATE UNIQUE INDEX article_skey ON article(skey);"
	"DROP TABLE article_fts;" STORE_FTS_SCHEMA,
	/*
	 * 6 -> 7: the size and modification time (in nanoseconds) of the
	 * file a page came from, by which an import finds the file
	 * unchanged without reading it (store_check_stat()).  NULL for the
	 * pages from before, which are read as they were and get theirs
	 * when found unchanged; NULL too for a file an import may not
	 * trust them of (cli-import.c says which).  No new index:
	 * page_source (source, rawhash) finds a path's rows by its first
	 * column, one row for a file of one page, and the row holds the
	 * rest.  An index of its own would cost every page imported a
	 * write and the store its paths a third time.  Rows, ids, state and
	 * the index stay.  (In parentheses: clang takes two strings alone
	 * for a missing comma.)
	 */
	("ALTER TABLE page ADD COLUMN fsize INTEGER;"
	 "ALTER TABLE page ADD COLUMN fmtime INTEGER;"),
	/*
	 * 7 -> 8: the articles left to read, indexed by issue.  The issue
	 * list counts them for every issue of a window; through
	 * article_state (issue, read, topics) each count read every unread
	 * article's row for its kind, and moving to the far end of the list
	 * (G) read a screenful of issues' rows cold.  This partial index
	 * holds just the rows counted, so a count reads it alone.  An
	 * import writes each new article to it once; marking one read takes
	 * it out.  Rows, ids, state and the other indexes stay.  The kinds
	 * are STORE_READABLE's, written out: a migration's text never
	 * changes.
	 */
	("CREATE INDEX article_unread ON article(issue)"
	 " WHERE read = 0 AND kind IN ('news', 'commentary', 'photo');"),
	/*
	 * 8 -> 9: the read and starred marks of the articles of a deleted
	 * page, kept by its place (its paper's name, its issue's key and
	 * its number) until a page is stored there again, whose articles
	 * take them as a replaced page's do (store_states_carry()).  A
	 * delete is then undone by importing the page again.  head is the
	 * kicker, a newline and the title.  Rows, ids, state and the
	 * indexes stay.
	 */
	("CREATE TABLE kept ("
	 "  paper TEXT NOT NULL,"
	 "  key TEXT NOT NULL,"
	 "  number INTEGER NOT NULL,"
	 "  head TEXT NOT NULL,"
	 "  body TEXT NOT NULL,"
	 "  read INTEGER NOT NULL,"
	 "  starred INTEGER NOT NULL,"
	 "  deleted INTEGER NOT NULL" /* unix time */
	 ");"
	 "CREATE INDEX kept_place ON kept(paper, key, number);"),
	/*
	 * 9 -> 10: the index's tokens folded, a traditional character cut as
	 * its simplified one (store-fts.c), so that a search in either kind
	 * finds text in either.  The old tokens are not the new ones, and a
	 * contentless index deletes an article by its tokens: it is made
	 * again by store_fts_rebuild().  Rows, ids and state stay.
	 */
	"DROP TABLE article_fts;" STORE_FTS_SCHEMA,
	/*
	 * 10 -> 11: the highest article id ever given, so that no id is
	 * given again after a delete (SQLite's own choice is one past the
	 * highest left): an id a script kept names no other article.  The
	 * insert takes one past it, the trigger keeps it.  Rows and ids
	 * stay.
	 */
	("CREATE TABLE article_seq (last INTEGER NOT NULL);"
	 "INSERT INTO article_seq SELECT coalesce(max(id), 0) FROM article;"
	 "CREATE TRIGGER article_seq AFTER INSERT ON article BEGIN"
	 "  UPDATE article_seq SET last = new.id WHERE new.id > last;"
	 " END;")
};

/*
 * The rows of kept at the place (paper, issue, number) of page ?1, and
 * with ANY_PAPER those of the default paper there too.
 */
#define STORE_KEPT_PLACE(any_paper) \
	" FROM page g JOIN issue i ON i.id = g.issue" \
	" JOIN paper p ON p.id = i.paper JOIN kept k" \
	" ON (k.paper = p.name" any_paper ") AND k.key = i.key" \
	" AND k.number = g.number WHERE g.id = ?1"
#define STORE_KEPT_AT STORE_KEPT_PLACE("")

static const char *store_sql[STMT_COUNT] = {
	[STMT_BEGIN] = "BEGIN IMMEDIATE",
	[STMT_COMMIT] = "COMMIT",
	[STMT_ROLLBACK] = "ROLLBACK",
	[STMT_SAVEPOINT] = "SAVEPOINT page",
	[STMT_RELEASE] = "RELEASE page",
	[STMT_ISSUE_INSERT] =
	    "INSERT OR IGNORE INTO issue (paper, key, date, day)"
	    " VALUES (?4, ?1, ?2, ?3)",
	[STMT_ISSUE_ID] =
	    "SELECT id, day FROM issue WHERE key = ?1 AND paper = ?2",
	[STMT_PAGE_FIND] =
	    "SELECT id, hash = ?3 AND bytes = ?4, number, numbered, label"
	    " FROM page WHERE issue = ?1 AND number = ?2",
	[STMT_PAGE_ARTICLES] =
	    "SELECT skey, kicker, title, subtitle, byline, body FROM article"
	    " WHERE page = ?1",
	[STMT_PAGE_DELETE] = "DELETE FROM page WHERE id = ?1",
	[STMT_PAGE_INSERT] =
	    "INSERT INTO page (issue, number, source, hash, bytes, imported,"
	    " label, numbered, rawhash, fsize, fmtime)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
	[STMT_ARTICLE_INSERT] =
	    "INSERT INTO article (id, page, issue, pageno, seq, kind, kicker,"
	    " title, subtitle, byline, body, continued_to, continued_from,"
	    " topics, skey) VALUES ((SELECT last + 1 FROM article_seq), ?1,"
	    " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
	[STMT_FTS_INSERT] =
	    "INSERT INTO article_fts (rowid, head, body) VALUES (?1, ?2, ?3)",
	[STMT_FTS_DELETE] =
	    "INSERT INTO article_fts (article_fts, rowid, head, body)"
	    " VALUES ('delete', ?1, ?2, ?3)",
	[STMT_WEATHER_INSERT] =
	    "INSERT OR REPLACE INTO weather (issue, page, today, tomorrow,"
	    " wind, high, low) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[STMT_TOPIC_FIND] = "SELECT bit FROM topic WHERE name = ?1",
	[STMT_TOPIC_MAXBIT] = "SELECT coalesce(max(bit) + 1, 0) FROM topic",
	[STMT_TOPIC_INSERT] =
	    "INSERT INTO topic (bit, name, label) VALUES (?1, ?2, ?3)",
	[STMT_ARTICLE_COUNT_PAGE] =
	    "SELECT count(*) FROM article WHERE page = ?1",
	[STMT_ISSUE_COUNT] =
	    "SELECT count(*) FROM issue WHERE (?1 = 0 OR paper = ?1)",
	[STMT_NEWEST_DATE] = "SELECT max(date) FROM issue",
	[STMT_ISSUE_BY_KEY] =
	    "SELECT id FROM issue WHERE key = ?1 AND (?2 = 0 OR paper = ?2)"
	    " ORDER BY paper",
	[STMT_PAGES_ALL] =
	    "SELECT p.id, p.issue, coalesce(i.date, ''), i.key, p.number,"
	    " p.source, (SELECT count(*) FROM article a WHERE a.page = p.id),"
	    " p.bytes, i.paper, r.name, p.label"
	    " FROM page p JOIN issue i ON i.id = p.issue"
	    " JOIN paper r ON r.id = i.paper"
	    " WHERE (?2 = 0 OR i.paper = ?2)"
	    " ORDER BY i.day DESC, i.key, i.paper, p.number",
	[STMT_PAGES_ISSUE] =
	    "SELECT p.id, p.issue, coalesce(i.date, ''), i.key, p.number,"
	    " p.source, (SELECT count(*) FROM article a WHERE a.page = p.id),"
	    " p.bytes, i.paper, r.name, p.label"
	    " FROM page p JOIN issue i ON i.id = p.issue"
	    " JOIN paper r ON r.id = i.paper"
	    " WHERE p.issue = ?1 ORDER BY p.number",
	[STMT_ARTICLES_ALL] =
	    "SELECT a.id, a.issue, coalesce(i.date, ''), a.pageno, a.seq,"
	    " a.kind, a.kicker, a.title, a.topics, a.read, a.starred,"
	    " i.paper FROM article a JOIN issue i ON i.id = a.issue"
	    " WHERE (?2 = 0 OR a.topics & ?2 != 0)"
	    " AND (?3 = 0 OR (a.read = 0 AND " STORE_READABLE(
		"a") "))"
		     " AND (?4 = 0 OR a.starred != 0) AND (?5 = 0 OR i.paper = "
		     "?5)"
		     " ORDER BY i.day DESC, i.key, i.paper, a.pageno, a.seq",
	[STMT_ARTICLES_ISSUE] =
	    "SELECT a.id, a.issue, coalesce(i.date, ''), a.pageno, a.seq,"
	    " a.kind, a.kicker, a.title, a.topics, a.read, a.starred,"
	    " i.paper FROM article a JOIN issue i ON i.id = a.issue"
	    " WHERE a.issue = ?1"
	    " AND (?2 = 0 OR a.topics & ?2 != 0)"
	    " AND (?3 = 0 OR (a.read = 0 AND " STORE_READABLE(
		"a") "))"
		     " AND (?4 = 0 OR a.starred != 0)"
		     " ORDER BY a.pageno, a.seq",
	[STMT_ARTICLE_GET] =
	    "SELECT a.id, a.issue, coalesce(i.date, ''), i.key, a.pageno,"
	    " a.seq, p.source, a.kind, a.kicker, a.title, a.subtitle,"
	    " a.byline, a.body, a.continued_to, a.continued_from, a.topics,"
	    " a.read, a.starred,"
	    " (SELECT name FROM paper WHERE id = i.paper), p.label"
	    " FROM article a JOIN issue i ON i.id = a.issue"
	    " JOIN page p ON p.id = a.page WHERE a.id = ?1",
	[STMT_SET_READ] = "UPDATE article SET read = ?2 WHERE id = ?1",
	[STMT_SET_STARRED] = "UPDATE article SET starred = ?2 WHERE id = ?1",
	[STMT_ISSUE_SET_READ] = "UPDATE article SET read = ?2 WHERE issue = ?1",
	[STMT_CONT_FROM] =
	    "SELECT id FROM article WHERE issue = ?1 AND pageno = ?2"
	    " AND continued_from = ?3 ORDER BY seq LIMIT 1",
	[STMT_CONT_TO] =
	    "SELECT id FROM article WHERE issue = ?1 AND pageno = ?2"
	    " AND continued_to = ?3 ORDER BY seq LIMIT 1",
	[STMT_TOPICS] = "SELECT bit, name, label FROM topic ORDER BY bit",
	[STMT_TOPIC_MASKS_ALL] = "SELECT topics FROM article WHERE topics != 0",
	[STMT_TOPIC_MASKS_ISSUE] =
	    "SELECT topics FROM article WHERE issue = ?1 AND topics != 0",
	[STMT_TOPIC_BY_NAME] = "SELECT bit FROM topic WHERE name = ?1",
	[STMT_SEARCH_DATE] =
	    "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1"
	    " AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid DESC",
	/* The newest ?4 matches, to be ranked: see store-search.c. */
	[STMT_SEARCH_RANK] =
	    "SELECT rowid, kanbao_norm(article_fts) FROM article_fts"
	    " WHERE article_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3"
	    " ORDER BY rowid DESC LIMIT ?4",
	/* Columns: store-search.c, store_search_article(). */
	[STMT_HIT_GET] =
	    "SELECT a.id, a.issue, coalesce(i.date, ''), a.pageno, a.seq,"
	    " a.kind, a.kicker, a.title, a.topics, a.read, a.starred,"
	    " a.subtitle, a.byline, a.body, i.key, p.source, a.continued_to,"
	    " a.continued_from, i.paper, a.page"
	    " FROM article a JOIN issue i ON i.id = a.issue"
	    " JOIN page p ON p.id = a.page WHERE a.skey = ?1",
	/*
	 * Apart from the hit's row: the paper's name and the page's
	 * label, which only an export needs.
	 */
	[STMT_HIT_SOURCE] =
	    "SELECT (SELECT name FROM paper WHERE id = ?2), label FROM page"
	    " WHERE id = ?1",
	[STMT_ISSUE_DAY] = "SELECT day FROM issue WHERE id = ?1",
	[STMT_PAPER_INSERT] = "INSERT OR IGNORE INTO paper (name) VALUES (?1)",
	[STMT_PAPER_ID] = "SELECT id FROM paper WHERE name = ?1",
	[STMT_ISSUE_FIND] =
	    "SELECT id, day FROM issue WHERE key = ?1 AND paper ="
	    " (SELECT id FROM paper WHERE name = ?2)",
	[STMT_PAGE_FIND_LABEL] =
	    "SELECT id, hash = ?3 AND bytes = ?4, number, numbered, label"
	    " FROM page WHERE issue = ?1 AND label = ?2 AND numbered = 0"
	    " ORDER BY number LIMIT 1",
	[STMT_PAGE_NEXT] =
	    "SELECT coalesce(max(number), 0) + 1 FROM page WHERE issue = ?1",
	/* The same file's same text (hash and length), filed under the same
	 * issue and page. */
	[STMT_PAGE_SAME] =
	    "SELECT p.id, p.number FROM page p JOIN issue i ON i.id = p.issue"
	    " WHERE p.hash = ?1 AND p.source = ?2 AND i.key = ?3"
	    " AND (?4 = 0 OR p.number = ?4) AND (?4 != 0 OR p.label = ?5)"
	    " AND p.bytes = ?6 LIMIT 1",
	[STMT_PAGE_RAW] = "SELECT p.number, (SELECT count(*) FROM article a"
			  " WHERE a.page = p.id), coalesce(p.fsize, -1),"
			  " coalesce(p.fmtime, 0) FROM page p"
			  " WHERE p.source = ?1 AND p.rawhash = ?2 LIMIT 1",
	/* By page_source's first column: migration 6 -> 7 says why. */
	[STMT_PAGE_STAT] = "SELECT p.number, (SELECT count(*) FROM article a"
			   " WHERE a.page = p.id) FROM page p"
			   " WHERE p.source = ?1 AND p.fsize = ?2"
			   " AND p.fmtime = ?3 LIMIT 1",
	[STMT_PAGE_KEEP_STAT] = "UPDATE page SET fsize = ?3, fmtime = ?4"
				" WHERE source = ?1 AND rawhash = ?2",
	[STMT_PAGE_MOVE] = "UPDATE page SET number = ?2 WHERE id = ?1",
	[STMT_PAGE_MOVE_ARTICLES] =
	    "UPDATE article SET pageno = ?2 WHERE page = ?1",
	[STMT_PAGE_STATE] = "SELECT kicker || char(10) || title, body, read,"
			    " starred FROM article"
			    " WHERE page = ?1 AND (read != 0 OR starred != 0)",
	[STMT_ARTICLE_STATE] =
	    "UPDATE article SET read = ?2, starred = ?3 WHERE id = ?1",
	/*
	 * The marks kept of a deleted page at the place of page ?1, or at
	 * the default paper's same place: a page filed there before a newer
	 * parser read its masthead comes back under its paper.  own: 1 for
	 * the marks of the page's own paper.
	 */
	[STMT_KEPT_GET] =
	    "SELECT k.head, k.body, k.read, k.starred, k.rowid,"
	    " k.paper = p.name" STORE_KEPT_PLACE(" OR k.paper = ''"),
	[STMT_KEPT_DROP] =
	    "DELETE FROM kept WHERE rowid IN (SELECT k.rowid" STORE_KEPT_AT ")",
	[STMT_KEPT_DROP_ROW] = "DELETE FROM kept WHERE rowid = ?1",
	/* The next search key of a day's range, below those it has. */
	[STMT_KEY_NEXT] = "SELECT coalesce(min(skey), ?2 + 1) - 1 FROM article"
			  " WHERE skey BETWEEN ?1 AND ?2",
	/* What the index holds of a hit, as its two columns. */
	[STMT_RANK_TEXT] =
	    "SELECT kicker, title, subtitle, byline, body FROM article"
	    " WHERE skey = ?1",
};

static void  store_fts_truncate(struct store *, size_t);
static int   store_fts_merge(struct store *, char **);
static int   store_fts_defer(struct store *, char **);
static char *store_fts_head(const char *, const char *, const char *);
static char *store_fts_body(const char *, const char *);
static int store_fts_apply(struct store *, int64_t, const char *, const char *,
    int, char **);

const char *
store_column_text(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);

	return (s == NULL ? "" : (const char *)s);
}

int
store_fail(struct store *s, char **cause, const char *what)
{
	const char *msg = sqlite3_errmsg(s->db);
	int	    rc = sqlite3_extended_errcode(s->db);

	if (rc == SQLITE_READONLY || (rc & 0xff) == SQLITE_READONLY)
		msg = "the store is read-only";
	if (*s->path != '\0')
		xasprintf(cause, "%s: %s: %s", s->path, what, msg);
	else
		xasprintf(cause, "%s: %s", what, msg);
	return (-1);
}

int
store_step_int64(struct store *s, sqlite3_stmt *st, int64_t *v,
    const char *what, char **cause)
{
	int rc;

	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*v = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return (0);
	if (rc == SQLITE_DONE)
		return (1);
	return (store_fail(s, cause, what));
}

sqlite3_stmt *
store_stmt(struct store *s, enum store_stmt which, char **cause)
{
	sqlite3_stmt *st;

	assert((size_t)which < STMT_COUNT && store_sql[which] != NULL);
	st = s->stmts[which];
	if (st != NULL) {
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		return (st);
	}
	if (sqlite3_prepare_v3(s->db, store_sql[which], -1,
		SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
		store_fail(s, cause, "preparing a query");
		return (NULL);
	}
	s->stmts[which] = st;
	return (st);
}

char *
store_default_path(char **cause)
{
	const char *d;
	char	   *path;

	if ((d = getenv("XDG_DATA_HOME")) != NULL && *d == '/')
		xasprintf(&path, "%s/kanbao/kanbao.db", d);
	else if ((d = getenv("HOME")) != NULL && *d != '\0')
		xasprintf(&path, "%s/.local/share/kanbao/kanbao.db", d);
	else {
		*cause = xstrdup("neither XDG_DATA_HOME nor HOME is set; "
				 "give the store with --db PATH");
		return (NULL);
	}
	return (path);
}

/* Creates the directories above path, like mkdir -p $(dirname path). */
static int
store_mkdirs(const char *path, char **cause)
{
	char *copy = xstrdup(path), *p;

	for (p = copy + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST) {
			xasprintf(cause, "%s: %s", copy, strerror(errno));
			free(copy);
			return (-1);
		}
		*p = '/';
	}
	free(copy);
	return (0);
}

/* Runs SQL without results (pragmas, the schema). */
static int
store_exec(struct store *s, const char *sql, char **cause)
{
	char *err = NULL;

	if (sqlite3_exec(s->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		if (*s->path != '\0')
			xasprintf(cause, "%s: %s", s->path, err);
		else
			xasprintf(cause, "%s", err);
		sqlite3_free(err);
		return (-1);
	}
	return (0);
}

/* The integer result of a one-row query such as a pragma. */
static int
store_int(struct store *s, const char *sql, int64_t *v, char **cause)
{
	sqlite3_stmt *st;
	int	      rc;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return (store_fail(s, cause, "cannot open the store"));
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(st);
		return (store_fail(s, cause, "cannot open the store"));
	}
	*v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return (0);
}

/*
 * Indexes every article again (an empty article_fts), by ascending key so
 * that FTS5 writes few segments (see store_fts_flush): the keys sorted
 * alone first, then each article fetched by id.  Tells s->progress every
 * STORE_REBUILD_STEP articles, and at the end when there were any.
 */
#define STORE_REBUILD_STEP 500
static int
store_fts_rebuild(struct store *s, char **cause)
{
	sqlite3_stmt *keys = NULL, *get = NULL;
	char	     *head, *body;
	int64_t	      total = 0;
	size_t	      done = 0;
	int	      rc, status = -1;

	if (s->progress != NULL &&
	    store_int(s, "SELECT count(*) FROM article", &total, cause) != 0)
		return (-1);

	if (sqlite3_prepare_v2(s->db,
		"SELECT skey, id FROM article ORDER BY skey", -1, &keys,
		NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db,
		"SELECT kicker, title, subtitle,"
		" byline, body FROM article WHERE id = ?1",
		-1, &get, NULL) != SQLITE_OK) {
		store_fail(s, cause, "rebuilding the search index");
		goto out;
	}
	while ((rc = sqlite3_step(keys)) == SQLITE_ROW) {
		sqlite3_bind_int64(get, 1, sqlite3_column_int64(keys, 1));
		if (sqlite3_step(get) != SQLITE_ROW) {
			store_fail(s, cause, "rebuilding the search index");
			goto out;
		}
		head = store_fts_head(store_column_text(get, 0),
		    store_column_text(get, 1), store_column_text(get, 2));
		body = store_fts_body(store_column_text(get, 3),
		    store_column_text(get, 4));
		rc = store_fts_apply(s, sqlite3_column_int64(keys, 0), head,
		    body, 0, cause);
		free(head);
		free(body);
		sqlite3_reset(get);
		if (rc != 0)
			goto out;
		if (s->progress != NULL && ++done % STORE_REBUILD_STEP == 0 &&
		    done < (size_t)total)
			s->progress(done, (size_t)total, s->progress_arg);
	}
	if (rc != SQLITE_DONE) {
		store_fail(s, cause, "rebuilding the search index");
		goto out;
	}
	if (s->progress != NULL && total > 0)
		s->progress((size_t)total, (size_t)total, s->progress_arg);
	status = 0;

out:
	sqlite3_finalize(keys);
	sqlite3_finalize(get);
	return (status);
}

/*
 * Before migration 5 -> 6, which gives each day's articles keys counted
 * down from the top of its range: will every day's fit?
 */
static int
store_keys_check(struct store *s, char **cause)
{
	int64_t day;
	char   *sql;
	int	rc;

	xasprintf(&sql,
	    "SELECT coalesce((SELECT i.day FROM article a JOIN issue i"
	    " ON i.id = a.issue WHERE i.day != 0 GROUP BY i.day"
	    " HAVING count(*) > %lld LIMIT 1), -1)",
	    (long long)STORE_KEY_DAY_SLOTS);
	rc = store_int(s, sql, &day, cause);
	free(sql);
	if (rc != 0)
		return (-1);
	if (day >= 0) {
		xasprintf(cause,
		    "%s: more than %lld articles on one date (day %lld)",
		    s->path, (long long)STORE_KEY_DAY_SLOTS, (long long)day);
		return (-1);
	}
	return (0);
}

/*
 * Checks that the file is ours (or empty) and brings the schema up to
 * date.  Reads first: a foreign or damaged file fails here, unwritten.
 */
static int
store_migrate(struct store *s, char **cause)
{
	int64_t appid, version, ntables;
	char   *sql;
	int	v;

	if (store_int(s, "SELECT count(*) FROM sqlite_master", &ntables,
		cause) != 0 ||
	    store_int(s, "PRAGMA application_id", &appid, cause) != 0 ||
	    store_int(s, "PRAGMA user_version", &version, cause) != 0)
		return (-1);
	if (appid != STORE_APPLICATION_ID && (appid != 0 || ntables != 0)) {
		xasprintf(cause,
		    "%s: not a kanbao store (a SQLite database "
		    "of something else)",
		    s->path);
		return (-1);
	}
	if (version > STORE_VERSION) {
		xasprintf(cause,
		    "%s: made by a newer kanbao (schema %lld, "
		    "this one knows %d)",
		    s->path, (long long)version, STORE_VERSION);
		return (-1);
	}
	if (version == STORE_VERSION)
		return (0);
	if (s->readonly) {
		xasprintf(cause,
		    "%s: the store needs an upgrade but is "
		    "read-only",
		    s->path);
		return (-1);
	}
	if (store_exec(s, "BEGIN IMMEDIATE", cause) != 0)
		return (-1);
	/* Another process may have done it while we waited. */
	if (store_int(s, "PRAGMA user_version", &version, cause) != 0)
		goto fail;
	if (version >= 1 && version < 6 && store_keys_check(s, cause) != 0)
		goto fail;
	for (v = (int)version; v < STORE_VERSION; v++) {
		if (store_exec(s, store_migrations[v], cause) != 0)
			goto fail;
	}
	if (version < 10 && store_fts_rebuild(s, cause) != 0)
		goto fail;
	xasprintf(&sql, "PRAGMA application_id = %d; PRAGMA user_version = %d",
	    STORE_APPLICATION_ID, STORE_VERSION);
	v = store_exec(s, sql, cause);
	free(sql);
	if (v != 0)
		goto fail;
	return (store_exec(s, "COMMIT", cause));

fail:
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return (-1);
}

/*
 * The open path's checks, apart from the migrations so that the schema can
 * grow without touching them.  A file is taken for a store only when its
 * application_id, its user_version (one the migration table knows) and its
 * schema (tables, indexes, triggers, views: exactly what the migrations up
 * to that version make) are ours; until then nothing is written to it.
 */
#define STORE_NMIGRATIONS (sizeof store_migrations / sizeof *store_migrations)

/*
 * The schema as text to compare: every object but SQLite's own and the
 * shadow tables of virtual tables (their layout is the FTS5 version's).
 */
#define STORE_SCHEMA_SQL \
	"SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master m" \
	" WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'" \
	" AND NOT (type = 'table' AND EXISTS (SELECT 1 FROM sqlite_master v" \
	"  WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%'" \
	"  AND m.name LIKE v.name || '\\_%' ESCAPE '\\'))" \
	" ORDER BY type, name"

/*
 * Appends an object's SQL to b as compared: without white space (stores
 * made before a migration's text was reflowed), and for a virtual table
 * only its module (the index's options have changed without a migration:
 * FTS5 reads what it was made with).
 */
static void
store_schema_sql(struct buf *b, const char *sql)
{
	static const char vtab[] = "CREATE VIRTUAL TABLE";
	const char	 *end = NULL, *p;

	if (strncmp(sql, vtab, sizeof vtab - 1) == 0)
		end = strchr(sql, '(');
	for (p = sql; *p != '\0' && p != end; p++) {
		if (strchr(" \t\r\n", *p) == NULL)
			buf_addc(b, *p);
	}
}

/* Appends the schema of db to b; -1 if it cannot be read. */
static int
store_schema_dump(sqlite3 *db, struct buf *b)
{
	sqlite3_stmt *st;
	int	      rc, i;

	if (sqlite3_prepare_v2(db, STORE_SCHEMA_SQL, -1, &st, NULL) !=
	    SQLITE_OK)
		return (-1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (i = 0; i < 3; i++) {
			buf_adds(b, store_column_text(st, i));
			buf_addc(b, '\t');
		}
		store_schema_sql(b, store_column_text(st, 3));
		buf_addc(b, '\n');
	}
	sqlite3_finalize(st);
	return (rc == SQLITE_DONE ? 0 : -1);
}

/* The schema the migrations make up to version, in memory. */
static int
store_schema_reference(int64_t version, struct buf *b, char **cause)
{
	struct store ref;
	int64_t	     v;
	int	     status = -1;

	memset(&ref, 0, sizeof ref);
	ref.path = (char *)"";
	if (sqlite3_open_v2(":memory:", &ref.db, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK) {
		if (ref.db == NULL)
			fatal("out of memory");
		store_fail(&ref, cause, "making the reference schema");
		goto out;
	}
	if (store_fts_register(&ref, cause) != 0)
		goto out;
	for (v = 0; v < version; v++) {
		if (store_exec(&ref, store_migrations[v], cause) != 0)
			goto out;
	}
	if (store_schema_dump(ref.db, b) != 0) {
		store_fail(&ref, cause, "making the reference schema");
		goto out;
	}
	status = 0;

out:
	sqlite3_close(ref.db);
	return (status);
}

/* Is the file's schema exactly what the migrations make at version? */
static int
store_check_schema(struct store *s, int64_t version, char **cause)
{
	struct buf have = BUF_INIT, want = BUF_INIT;
	int	   status = -1;

	if (store_schema_reference(version, &want, cause) != 0)
		goto out;
	if (store_schema_dump(s->db, &have) != 0) {
		store_fail(s, cause, "cannot read the schema");
		goto out;
	}
	if (have.len != want.len ||
	    memcmp(buf_str(&have), buf_str(&want), have.len) != 0) {
		xasprintf(cause,
		    "%s: not a kanbao store, or a damaged one "
		    "(its tables are not those of kanbao's schema %lld)",
		    s->path, (long long)version);
		goto out;
	}
	status = 0;

out:
	buf_free(&have);
	buf_free(&want);
	return (status);
}

/*
 * Checks that the file is a store of ours at a version the migration table
 * knows (or an empty database, when creating), before anything is written.
 */
static int
store_check_file(struct store *s, int flags, char **cause)
{
	int64_t appid, version, ntables;

	if (store_int(s, "SELECT count(*) FROM sqlite_master", &ntables,
		cause) != 0 ||
	    store_int(s, "PRAGMA application_id", &appid, cause) != 0 ||
	    store_int(s, "PRAGMA user_version", &version, cause) != 0)
		return (-1);
	if (version < 0) {
		xasprintf(cause,
		    "%s: not a kanbao store (schema version "
		    "%lld)",
		    s->path, (long long)version);
		return (-1);
	}
	if (version > (int64_t)STORE_NMIGRATIONS) {
		xasprintf(cause,
		    "%s: made by a newer kanbao or not a kanbao "
		    "store (schema %lld, this one knows %zu)",
		    s->path, (long long)version, STORE_NMIGRATIONS);
		return (-1);
	}
	if (ntables == 0) {
		if (version != 0 ||
		    (appid != 0 && appid != STORE_APPLICATION_ID)) {
			xasprintf(cause,
			    "%s: not a kanbao store (an empty "
			    "database with schema version %lld)",
			    s->path, (long long)version);
			return (-1);
		}
		if (!(flags & STORE_CREATE) && *s->path != '\0') {
			xasprintf(cause,
			    "%s: no store there (an empty file; "
			    "import some pages first)",
			    s->path);
			return (-1);
		}
		return (0);
	}
	if (appid != STORE_APPLICATION_ID || version == 0) {
		xasprintf(cause,
		    "%s: not a kanbao store (a SQLite database "
		    "of something else)",
		    s->path);
		return (-1);
	}
	return (store_check_schema(s, version, cause));
}

/*
 * Settings for a file not yet known to be ours: triggers and views in it
 * may call no function with side effects (trusted_schema off, for good),
 * and closing it must not checkpoint its WAL into it (until it is ours).
 */
static void
store_guard(struct store *s, int on)
{
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on, NULL);
}

/*
 * Does path have a write-ahead log with something in it?  Read immutable,
 * the store would be read without the pages committed there.
 */
static int
store_wal_pending(const char *path)
{
	struct stat sb;
	char	   *wal;
	int	    pending;

	xasprintf(&wal, "%s-wal", path);
	pending = stat(wal, &sb) == 0 && sb.st_size > 0;
	free(wal);
	return (pending);
}

/*
 * A WAL store needs its -shm file even to be read.  When that cannot be
 * made (a store we may not write, in a directory we may not write) it is
 * opened immutable instead: nobody can be writing it that we know of.
 */
static int
store_readable(struct store *s, const char *path)
{
	struct buf  b = BUF_INIT;
	const char *p;
	int	    rc;

	rc = sqlite3_exec(s->db, "SELECT count(*) FROM sqlite_master", NULL,
	    NULL, NULL);
	if (rc == SQLITE_OK ||
	    ((rc & 0xff) != SQLITE_READONLY && (rc & 0xff) != SQLITE_CANTOPEN))
		return (0);
	if (store_wal_pending(path))
		return (-1);
	buf_adds(&b, "file:");
	for (p = path; *p != '\0'; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			buf_printf(&b, "%%%02X", (unsigned char)*p);
		else
			buf_addc(&b, *p);
	}
	buf_adds(&b, "?immutable=1");
	sqlite3_close(s->db);
	rc = sqlite3_open_v2(buf_str(&b), &s->db,
	    SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
	buf_free(&b);
	if (s->db == NULL)
		fatal("out of memory");
	sqlite3_extended_result_codes(s->db, 1);
	store_guard(s, 1);
	return (rc == SQLITE_OK ? 0 : -1);
}

/*
 * Can a store be made at path, in a directory there is?  SQLite would say
 * "unable to open database file"; this names the directory and why.
 */
static int
store_creatable(const char *path, char **cause)
{
	const char *slash = strrchr(path, '/');
	char	   *dir;

	if (slash == NULL)
		dir = xstrdup(".");
	else if (slash == path)
		dir = xstrdup("/");
	else
		dir = xstrndup(path, (size_t)(slash - path));
	if (access(dir, W_OK | X_OK) != 0) {
		xasprintf(cause, "%s: cannot make the store: %s: %s", path, dir,
		    strerror(errno));
		free(dir);
		return (-1);
	}
	free(dir);
	return (0);
}

struct store *
store_open(const char *path, int flags, char **cause)
{
	return (store_open_progress(path, flags, NULL, NULL, cause));
}

struct store *
store_open_progress(const char *path, int flags, store_progress_fn *progress,
    void *arg, char **cause)
{
	struct store *s;
	struct stat   sb;
	char	     *def = NULL;
	int	      oflags, memory;

	if (path == NULL) {
		if ((def = store_default_path(cause)) == NULL)
			return (NULL);
		path = def;
	}
	memory = strcmp(path, ":memory:") == 0;
	if (!memory && stat(path, &sb) != 0) {
		if (errno != ENOENT || !(flags & STORE_CREATE) ||
		    (flags & STORE_READONLY)) {
			if (errno == ENOENT)
				xasprintf(cause,
				    "%s: no store there (import "
				    "some pages first)",
				    path);
			else
				xasprintf(cause, "%s: %s", path,
				    strerror(errno));
			free(def);
			return (NULL);
		}
		if (store_mkdirs(path, cause) != 0 ||
		    store_creatable(path, cause) != 0) {
			free(def);
			return (NULL);
		}
	} else if (!memory && !S_ISREG(sb.st_mode)) {
		xasprintf(cause, "%s: not a regular file", path);
		free(def);
		return (NULL);
	}

	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(memory ? "" : path);
	s->batch = (flags & STORE_IMPORT) != 0;
	s->progress = progress;
	s->progress_arg = arg;
	free(def);
	path = memory ? ":memory:" : s->path;
	/*
	 * A connection is only ever used by the thread that opened it (an
	 * import reads on a second thread, with a connection of its own), so
	 * SQLite need not lock around every call.
	 */
	oflags = SQLITE_OPEN_NOMUTEX;
	if (flags & STORE_READONLY)
		oflags |= SQLITE_OPEN_READONLY;
	else {
		oflags |= SQLITE_OPEN_READWRITE;
		if (flags & STORE_CREATE)
			oflags |= SQLITE_OPEN_CREATE;
	}
	if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
		if (s->db == NULL)
			fatal("out of memory");
		xasprintf(cause, "%s: %s", path, sqlite3_errmsg(s->db));
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 1);
	s->readonly = (flags & STORE_READONLY) ||
	    sqlite3_db_readonly(s->db, "main") == 1 ||
	    (!memory && access(path, W_OK) != 0);
	sqlite3_busy_timeout(s->db, 5000);
	store_guard(s, 1);
	if (s->readonly && !memory && store_readable(s, path) != 0) {
		if (store_wal_pending(path))
			xasprintf(cause,
			    "%s: cannot read the store: its "
			    "write-ahead log (-wal) holds changes that only "
			    "a writer may recover, and its directory is not "
			    "writable",
			    path);
		else
			xasprintf(cause,
			    "%s: cannot read the store (no write "
			    "access to its directory for the WAL index)",
			    path);
		goto fail;
	}
	if (store_fts_register(s, cause) != 0 ||
	    store_check_file(s, flags, cause) != 0 ||
	    store_migrate(s, cause) != 0)
		goto fail;
	store_guard(s, 0);
	if (store_exec(s,
		"PRAGMA trusted_schema = OFF;"
		"PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"
		"PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536",
		cause) != 0)
		goto fail;
	if (s->readonly) {
		if (store_exec(s, "PRAGMA query_only = 1", cause) != 0)
			goto fail;
	} else if (!memory) {
		if (store_exec(s,
			"PRAGMA journal_mode = WAL;"
			"PRAGMA journal_size_limit = 67108864",
			cause) != 0)
			goto fail;
	}
	return (s);

fail:
	store_close(s);
	return (NULL);
}

void
store_close(struct store *s)
{
	char *cause;
	int   i;

	if (s == NULL)
		return;
	if (s->in_batch && store_sync(s, &cause) != 0)
		free(cause); /* nobody to tell: store_sync() first */
	if (s->fts_deferred && store_fts_merge(s, &cause) != 0)
		free(cause); /* the next import merges */
	store_fts_truncate(s, 0);
	free(s->ops);
	store_window_free(s->window);
	for (i = 0; i < STMT_COUNT; i++)
		sqlite3_finalize(s->stmts[i]);
	/* Only an importer pays for this; readers must not wait on a lock. */
	if (s->db != NULL && s->imported)
		sqlite3_exec(s->db, "PRAGMA optimize", NULL, NULL, NULL);
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

const char *
store_path(const struct store *s)
{
	return (s->path);
}

int
store_readonly(const struct store *s)
{
	return (s->readonly);
}

int
store_date_parse(const char *in, char out[11])
{
	int		 y, m, d, n = 0;
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30,
		31 };

	if (strlen(in) == 10 &&
	    sscanf(in, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && n == 10)
		;
	else if (strlen(in) == 8 && strspn(in, "0123456789") == 8 &&
	    sscanf(in, "%4d%2d%2d", &y, &m, &d) == 3)
		;
	else
		return (-1);
	if (y < 1800 || y > 2999 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1])
		return (-1);
	if (m == 2 && d == 29 &&
	    !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return (-1);
	/* Unsigned, so that the compiler sees two digits at any -O. */
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000,
	    (unsigned)m % 100, (unsigned)d % 100);
	return (0);
}

/* Days since 0000-03-01 of a valid YYYY-MM-DD (always > 0 here). */
static int64_t
store_date_day(const char *date)
{
	int y, m, d;

	sscanf(date, "%d-%d-%d", &y, &m, &d);
	if (m <= 2) {
		y--;
		m += 12;
	}
	return ((int64_t)365 * y + y / 4 - y / 100 + y / 400 +
	    (153 * (m - 3) + 2) / 5 + d);
}

static uint64_t
store_hash(const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t	 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return (h);
}

/* The hash of in's text: as the importer worked it out, else now. */
static uint64_t
store_page_hash(const struct store_page_in *in)
{
	if (in->text_hash != 0)
		return (in->text_hash);
	return (store_hash(in->text, in->len));
}

/* The store bit of topic t, adding the topic if it is new; -1 full. */
static int
store_topic_bit(struct store *s, const struct store_tag *t, int *bit,
    char **cause)
{
	sqlite3_stmt *st;

	if ((st = store_stmt(s, STMT_TOPIC_FIND, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, t->name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*bit = sqlite3_column_int(st, 0);
		sqlite3_reset(st);
		return (0);
	}
	sqlite3_reset(st);
	if ((st = store_stmt(s, STMT_TOPIC_MAXBIT, cause)) == NULL)
		return (-1);
	if (sqlite3_step(st) != SQLITE_ROW)
		return (store_fail(s, cause, "reading topics"));
	*bit = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	if (*bit >= STORE_TOPIC_MAX) {
		*bit = -1; /* no room: the topic is not recorded */
		return (0);
	}
	if ((st = store_stmt(s, STMT_TOPIC_INSERT, cause)) == NULL)
		return (-1);
	sqlite3_bind_int(st, 1, *bit);
	sqlite3_bind_text(st, 2, t->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, t->label, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		return (store_fail(s, cause, "adding a topic"));
	return (0);
}

/* Maps an article's tags (indexes into c->tags) to store bits. */
static int
store_topic_mask(struct store *s, const struct store_page_content *c,
    uint64_t tags, uint64_t *out, char **cause)
{
	size_t i;
	int    bit = -1;

	*out = 0;
	for (i = 0; i < c->ntags && i < STORE_TOPIC_MAX; i++) {
		if (!(tags & ((uint64_t)1 << i)))
			continue;
		if (store_topic_bit(s, &c->tags[i], &bit, cause) != 0)
			return (-1);
		if (bit >= 0)
			*out |= (uint64_t)1 << bit;
	}
	return (0);
}

/*
 * The index's head column: kicker, title and subtitle a line each (caller
 * frees).  Its body column is byline and body the same way.  Every writer
 * of the index goes through these two: a contentless index can only
 * remove what it is given again, token for token.
 */
static char *
store_fts_head(const char *kicker, const char *title, const char *subtitle)
{
	size_t k = strlen(kicker), t = strlen(title), u = strlen(subtitle);
	char  *p = xmalloc(k + t + u + 3);

	memcpy(p, kicker, k);
	p[k] = '\n';
	memcpy(p + k + 1, title, t);
	p[k + 1 + t] = '\n';
	memcpy(p + k + t + 2, subtitle, u + 1);
	return (p);
}

static char *
store_fts_body(const char *byline, const char *body)
{
	char *p;

	xasprintf(&p, "%s\n%s", byline, body);
	return (p);
}

/* Adds (or with delete removes) an article's index entry now. */
static int
store_fts_apply(struct store *s, int64_t key, const char *head,
    const char *body, int delete, char **cause)
{
	sqlite3_stmt *st;

	st = store_stmt(s, delete ? STMT_FTS_DELETE : STMT_FTS_INSERT, cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, key);
	sqlite3_bind_text(st, 2, head, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, body, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE) {
		return (store_fail(s, cause,
		    delete ? "unindexing an article" : "indexing an article"));
	}
	sqlite3_reset(st);
	return (0);
}

/* Drops the held-back index writes from the n-th on. */
static void
store_fts_truncate(struct store *s, size_t n)
{
	while (s->nops > n) {
		s->nops--;
		free(s->ops[s->nops].head);
		free(s->ops[s->nops].body);
	}
}

/*
 * An index write, held back until the transaction commits and then made
 * in rowid order (store_fts_flush).  Takes ownership of head and body.
 */
static int
store_fts_write(struct store *s, int64_t key, char *head, char *body,
    int delete)
{
	struct store_fts_op *op;

	if (s->nops == s->opsalloc) {
		s->opsalloc = s->opsalloc == 0 ? 1024 : s->opsalloc * 2;
		s->ops = xreallocarray(s->ops, s->opsalloc, sizeof *s->ops);
	}
	op = &s->ops[s->nops];
	op->key = key;
	op->seq = s->nops++;
	op->head = head;
	op->body = body;
	op->delete = delete;
	return (0);
}

static int
store_fts_cmp(const void *a, const void *b)
{
	const struct store_fts_op *x = a, *y = b;

	if (x->key != y->key)
		return (x->key < y->key ? -1 : 1);
	return (x->seq < y->seq ? -1 : x->seq > y->seq);
}

/*
 * Makes the held-back index writes, by ascending rowid (the same rowid in
 * the order they were asked for).  FTS5 keeps new entries in memory and
 * writes them out as a new segment, to be merged again and again later,
 * whenever a rowid comes that is smaller than the one before, when a
 * savepoint is taken and at each commit.  Keys count down within an issue,
 * so written as they came, every article was a segment of its own; and
 * an import batch takes a savepoint per page.  Hence the wait.
 */
static int
store_fts_flush(struct store *s, char **cause)
{
	struct store_fts_op *op;
	size_t		     i;
	int		     rc = 0;

	if (s->nops > 1) /* ops is NULL when there are none */
		qsort(s->ops, s->nops, sizeof *s->ops, store_fts_cmp);
	for (i = 0; i < s->nops; i++) {
		op = &s->ops[i];
		assert(i == 0 || op[-1].key <= op->key);
		if ((rc = store_fts_apply(s, op->key, op->head, op->body,
			 op->delete, cause)) != 0)
			break;
	}
	store_fts_truncate(s, 0);
	return (rc);
}

/* Removes a page, its articles, their index entries and its weather. */
int
store_delete_page(struct store *s, int64_t page, char **cause)
{
	sqlite3_stmt *st;
	int	      rc;

	if ((st = store_stmt(s, STMT_PAGE_ARTICLES, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, page);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_fts_write(s, sqlite3_column_int64(st, 0),
		    store_fts_head(store_column_text(st, 1),
			store_column_text(st, 2), store_column_text(st, 3)),
		    store_fts_body(store_column_text(st, 4),
			store_column_text(st, 5)),
		    1);
	}
	if (rc != SQLITE_DONE)
		return (store_fail(s, cause, "reading a page"));
	if ((st = store_stmt(s, STMT_PAGE_DELETE, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, page);
	if (sqlite3_step(st) != SQLITE_DONE)
		return (store_fail(s, cause, "removing a page"));
	return (0);
}

/*
 * The read and starred state of a page's articles, kept across its
 * replacement: an article of the new text takes the state of an old one
 * with the same title and body, else the same title and first paragraph.
 */
struct store_state {
	char   *title; /* kicker + '\n' + title */
	char   *body;
	int	read;
	int	starred;
	int	used;  /* given to a new article */
	int64_t rowid; /* in kept, marks kept of another paper; else 0 */
};

struct store_states {
	struct store_state *v;
	size_t		    n;
};

static void
store_states_free(struct store_states *o)
{
	size_t i;

	for (i = 0; i < o->n; i++) {
		free(o->v[i].title);
		free(o->v[i].body);
	}
	free(o->v);
	o->v = NULL;
	o->n = 0;
}

/*
 * Collects the state of page's articles that have any (STMT_PAGE_STATE),
 * or the state kept at its place of a page deleted there (STMT_KEPT_GET):
 * rows of head (kicker, a newline, title), body, read and starred, and
 * for kept marks their rowid and whether they are of the page's paper.
 */
static int
store_states_read(struct store *s, enum store_stmt id, int64_t page,
    struct store_states *o, char **cause)
{
	sqlite3_stmt	   *st;
	struct store_state *e;
	int		    rc;

	if ((st = store_stmt(s, id, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, page);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		o->v = xreallocarray(o->v, o->n + 1, sizeof *o->v);
		e = &o->v[o->n++];
		e->title = xstrdup(store_column_text(st, 0));
		e->body = xstrdup(store_column_text(st, 1));
		e->read = sqlite3_column_int(st, 2);
		e->starred = sqlite3_column_int(st, 3);
		e->used = 0;
		e->rowid = 0;
		if (id == STMT_KEPT_GET && !sqlite3_column_int(st, 5))
			e->rowid = sqlite3_column_int64(st, 4);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return (store_fail(s, cause, "reading a page"));
	return (0);
}

static int
store_states_get(struct store *s, int64_t page, struct store_states *o,
    char **cause)
{
	return (store_states_read(s, STMT_PAGE_STATE, page, o, cause));
}

/*
 * Takes the marks kept at the place of page (a page deleted there) into
 * o, and out of the table: they are offered to this page's articles once.
 * Those kept at the default paper's place are offered too, and taken out
 * once given (store_states_drop_used): the rest may be another page's.
 * Nearly always there are none, and nothing to take out.
 */
static int
store_states_kept(struct store *s, int64_t page, struct store_states *o,
    char **cause)
{
	sqlite3_stmt *st;
	size_t	      had = o->n;
	int	      rc;

	if (store_states_read(s, STMT_KEPT_GET, page, o, cause) != 0)
		return (-1);
	if (o->n == had)
		return (0);
	if ((st = store_stmt(s, STMT_KEPT_DROP, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, page);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return (store_fail(s, cause, "reading a page's kept marks"));
	return (0);
}

/* Takes the marks of another paper's place that were given out of kept. */
static int
store_states_drop_used(struct store *s, const struct store_states *o,
    char **cause)
{
	sqlite3_stmt *st;
	size_t	      i;

	for (i = 0; i < o->n; i++) {
		if (!o->v[i].used || o->v[i].rowid == 0)
			continue;
		if ((st = store_stmt(s, STMT_KEPT_DROP_ROW, cause)) == NULL)
			return (-1);
		sqlite3_bind_int64(st, 1, o->v[i].rowid);
		if (sqlite3_step(st) != SQLITE_DONE)
			return (store_fail(s, cause, "taking kept marks"));
		sqlite3_reset(st);
	}
	return (0);
}

/* True when bodies a and b open with the same paragraph. */
static int
store_same_lead(const char *a, const char *b)
{
	size_t na = strcspn(a, "\n"), nb = strcspn(b, "\n");

	return (na > 0 && na == nb && memcmp(a, b, na) == 0);
}

/* Gives article id (a, with body) the state of its old self, if any. */
static int
store_states_carry(struct store *s, struct store_states *o, int64_t id,
    const struct store_article_in *a, const char *body, size_t *kept,
    char **cause)
{
	sqlite3_stmt	   *st;
	struct store_state *e = NULL;
	char		   *title;
	size_t		    i;

	if (o == NULL || o->n == 0)
		return (0);
	xasprintf(&title, "%s\n%s", a->kicker, a->title);
	for (i = 0; i < o->n && e == NULL; i++) {
		if (!o->v[i].used && strcmp(o->v[i].title, title) == 0 &&
		    strcmp(o->v[i].body, body) == 0)
			e = &o->v[i];
	}
	for (i = 0; i < o->n && e == NULL; i++) {
		if (!o->v[i].used && strcmp(title, "\n") != 0 &&
		    strcmp(o->v[i].title, title) == 0 &&
		    store_same_lead(o->v[i].body, body))
			e = &o->v[i];
	}
	/* The same text under a heading read otherwise (a newer parser). */
	for (i = 0; i < o->n && e == NULL; i++) {
		if (!o->v[i].used && *body != '\0' &&
		    strcmp(o->v[i].body, body) == 0)
			e = &o->v[i];
	}
	free(title);
	if (e == NULL)
		return (0);
	e->used = 1;
	if ((st = store_stmt(s, STMT_ARTICLE_STATE, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, e->read);
	sqlite3_bind_int(st, 3, e->starred);
	if (sqlite3_step(st) != SQLITE_DONE)
		return (store_fail(s, cause, "keeping an article's state"));
	sqlite3_reset(st);
	(*kept)++;
	return (0);
}

static int
store_put_article(struct store *s, int64_t page, int64_t issue, int64_t day,
    int number, int seq, const struct store_article_in *a, uint64_t topics,
    struct store_states *old, size_t *kept, char **cause)
{
	sqlite3_stmt *st;
	struct buf    text = BUF_INIT;
	size_t	      i, skip;
	int64_t	      id, key = -1;

	/* The next search key of the day, below the keys it has. */
	if ((st = store_stmt(s, STMT_KEY_NEXT, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, STORE_KEY_LO(day));
	sqlite3_bind_int64(st, 2, STORE_KEY_HI(day));
	if (store_step_int64(s, st, &key, "adding an article", cause) != 0)
		return (-1);
	if (key < STORE_KEY_LO(day)) {
		xasprintf(cause, "%s: more than %lld articles on one date",
		    s->path, (long long)STORE_KEY_DAY_SLOTS);
		return (-1);
	}

	/* The index's body column is byline, newline, body: one buffer. */
	buf_adds(&text, a->byline);
	buf_addc(&text, '\n');
	skip = text.len;
	for (i = 0; i < a->nparagraphs; i++) {
		if (i != 0)
			buf_addc(&text, '\n');
		buf_adds(&text, a->paragraphs[i]);
	}
	if ((st = store_stmt(s, STMT_ARTICLE_INSERT, cause)) == NULL) {
		buf_free(&text);
		return (-1);
	}
	sqlite3_bind_int64(st, 1, page);
	sqlite3_bind_int64(st, 2, issue);
	sqlite3_bind_int(st, 3, number);
	sqlite3_bind_int(st, 4, seq);
	sqlite3_bind_text(st, 5, parse_kind_name(a->kind), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, a->kicker, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, a->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, a->subtitle, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, a->byline, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, buf_str(&text) + skip, (int)(text.len - skip),
	    SQLITE_STATIC);
	sqlite3_bind_text(st, 11, a->continued_to, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 12, a->continued_from, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 13, (int64_t)topics);
	sqlite3_bind_int64(st, 14, key);
	if (sqlite3_step(st) != SQLITE_DONE) {
		buf_free(&text);
		return (store_fail(s, cause, "adding an article"));
	}
	sqlite3_reset(st);
	id = sqlite3_last_insert_rowid(s->db);
	if (store_states_carry(s, old, id, a, buf_str(&text) + skip, kept,
		cause) != 0) {
		buf_free(&text);
		return (-1);
	}
	store_fts_write(s, key,
	    store_fts_head(a->kicker, a->title, a->subtitle), buf_detach(&text),
	    0);
	return (0);
}

static int
store_put_weather(struct store *s, int64_t issue, int64_t page,
    const struct store_weather_in *w, char **cause)
{
	sqlite3_stmt *st;

	if ((st = store_stmt(s, STMT_WEATHER_INSERT, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, issue);
	sqlite3_bind_int64(st, 2, page);
	sqlite3_bind_text(st, 3, w->today, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, w->tomorrow, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, w->wind, -1, SQLITE_STATIC);
	if (w->has_high)
		sqlite3_bind_int(st, 6, w->high);
	if (w->has_low)
		sqlite3_bind_int(st, 7, w->low);
	if (sqlite3_step(st) != SQLITE_DONE)
		return (store_fail(s, cause, "adding the weather"));
	return (0);
}

/* Where a page goes, and what is there now. */
struct store_place {
	int64_t issue; /* 0: no such issue yet */
	int64_t day;
	int	number;	  /* the number it is (or would be) filed
					   under */
	int64_t page;	  /* the page there now; 0: none */
	int	same;	  /* ... with the same text (hash, length) */
	int	numbered; /* ... numbered from its name */
};

/* The paper's id: 0 and *id, 1 if there is none (and !create). */
static int
store_paper_id(struct store *s, const char *name, int create, int64_t *id,
    char **cause)
{
	sqlite3_stmt *st;

	if (create) {
		if ((st = store_stmt(s, STMT_PAPER_INSERT, cause)) == NULL)
			return (-1);
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			return (store_fail(s, cause, "adding a paper"));
		sqlite3_reset(st);
	}
	if ((st = store_stmt(s, STMT_PAPER_ID, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	return (store_step_int64(s, st, id, "finding a paper", cause));
}

/* The issue's id and day, created if new (with create); issue 0 if none. */
static int
store_get_issue(struct store *s, const struct store_page_in *in, int create,
    int64_t *issue, int64_t *day, char **cause)
{
	sqlite3_stmt *st;
	const char   *key = in->date != NULL ? in->date : in->issue_name;
	const char   *paper = in->paper != NULL ? in->paper : "";
	int64_t	      pid = 0;
	int	      rc;

	*issue = *day = 0;
	if ((rc = store_paper_id(s, paper, create, &pid, cause)) != 0)
		return (rc == 1 ? 0 : -1);
	if (create) {
		if ((st = store_stmt(s, STMT_ISSUE_INSERT, cause)) == NULL)
			return (-1);
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		if (in->date != NULL)
			sqlite3_bind_text(st, 2, in->date, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3,
		    in->date != NULL ? store_date_day(in->date) : 0);
		sqlite3_bind_int64(st, 4, pid);
		if (sqlite3_step(st) != SQLITE_DONE)
			return (store_fail(s, cause, "adding an issue"));
	}
	if ((st = store_stmt(s, STMT_ISSUE_ID, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, pid);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*issue = sqlite3_column_int64(st, 0);
		*day = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW || (rc == SQLITE_DONE && !create))
		return (0);
	return (store_fail(s, cause, "finding an issue"));
}

/*
 * Finds where the page goes (creating paper and issue with create) and
 * what is stored there.  A page known by its label that is not there yet
 * gets the issue's next free number.  The same file with the same text
 * filed under the same issue and page of another paper (a store from
 * before papers, a paper guessed differently) counts as the page itself,
 * unless the user named the paper.
 */
static int
store_locate(struct store *s, const struct store_page_in *in, uint64_t hash,
    int create, struct store_place *pl, char **cause)
{
	sqlite3_stmt *st;
	const char   *label = in->label != NULL ? in->label : "";
	int	      rc;

	memset(pl, 0, sizeof *pl);
	pl->number = in->number;
	if (store_get_issue(s, in, create, &pl->issue, &pl->day, cause) != 0)
		return (-1);
	if (pl->issue != 0) {
		st = store_stmt(s,
		    in->number > 0 ? STMT_PAGE_FIND : STMT_PAGE_FIND_LABEL,
		    cause);
		if (st == NULL)
			return (-1);
		sqlite3_bind_int64(st, 1, pl->issue);
		if (in->number > 0)
			sqlite3_bind_int(st, 2, in->number);
		else
			sqlite3_bind_text(st, 2, label, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, (int64_t)hash);
		sqlite3_bind_int64(st, 4, (int64_t)in->len);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			pl->page = sqlite3_column_int64(st, 0);
			pl->same = sqlite3_column_int(st, 1);
			pl->number = sqlite3_column_int(st, 2);
			pl->numbered = sqlite3_column_int(st, 3);
		}
		sqlite3_reset(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return (store_fail(s, cause, "finding a page"));
	}
	if (pl->page == 0 && in->number == 0) {
		pl->number = 1;
		if (pl->issue != 0) {
			if ((st = store_stmt(s, STMT_PAGE_NEXT, cause)) == NULL)
				return (-1);
			sqlite3_bind_int64(st, 1, pl->issue);
			if (sqlite3_step(st) != SQLITE_ROW)
				return (
				    store_fail(s, cause, "numbering a page"));
			pl->number = sqlite3_column_int(st, 0);
			sqlite3_reset(st);
		}
	}
	if (pl->same || in->paper_given || in->source == NULL)
		return (0);
	if (pl->page != 0 && pl->numbered)
		return (0);
	if ((st = store_stmt(s, STMT_PAGE_SAME, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, (int64_t)hash);
	sqlite3_bind_text(st, 2, in->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, in->date != NULL ? in->date : in->issue_name,
	    -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, in->number);
	sqlite3_bind_text(st, 5, label, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, (int64_t)in->len);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		pl->page = sqlite3_column_int64(st, 0);
		pl->number = sqlite3_column_int(st, 1);
		pl->same = 1;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (store_fail(s, cause, "finding a page"));
	return (0);
}

/* Articles on a page. */
static int
store_page_count(struct store *s, int64_t page, size_t *n, char **cause)
{
	sqlite3_stmt *st;

	if ((st = store_stmt(s, STMT_ARTICLE_COUNT_PAGE, cause)) == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, page);
	if (sqlite3_step(st) != SQLITE_ROW)
		return (store_fail(s, cause, "counting articles"));
	*n = (size_t)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return (0);
}

/* Gives a page (and its articles' rows) another number. */
static int
store_page_renumber(struct store *s, int64_t page, int number, char **cause)
{
	static const enum store_stmt which[] = { STMT_PAGE_MOVE,
		STMT_PAGE_MOVE_ARTICLES };
	sqlite3_stmt		    *st;
	size_t			     i;

	for (i = 0; i < sizeof which / sizeof which[0]; i++) {
		if ((st = store_stmt(s, which[i], cause)) == NULL)
			return (-1);
		sqlite3_bind_int64(st, 1, page);
		sqlite3_bind_int(st, 2, number);
		if (sqlite3_step(st) != SQLITE_DONE)
			return (store_fail(s, cause, "renumbering a page"));
		sqlite3_reset(st);
	}
	return (0);
}

static int
store_step_done(struct store *s, enum store_stmt which, char **cause)
{
	sqlite3_stmt *st;

	if ((st = store_stmt(s, which, cause)) == NULL)
		return (-1);
	if (sqlite3_step(st) != SQLITE_DONE)
		return (store_fail(s, cause, store_sql[which]));
	sqlite3_reset(st);
	return (0);
}

/* Resets every statement, as a rollback needs. */
static void
store_reset_all(struct store *s)
{
	int i;

	for (i = 0; i < STMT_COUNT; i++) {
		if (s->stmts[i] != NULL)
			sqlite3_reset(s->stmts[i]);
	}
}

/*
 * An importer's index merging waits for its end.  FTS5 merges segments as
 * they are written (automerge): an import made a segment a batch and
 * merged each one several times over on its way up the levels.  Instead
 * the first batch turns automerge off and store_fts_merge(), on closing,
 * merges what the import wrote, once, then turns it back on.  A killed
 * import leaves it off, in the store; the next import merges for both.
 */
static int
store_fts_defer(struct store *s, char **cause)
{
	if (s->fts_deferred)
		return (0);
	if (store_exec(s,
		"INSERT INTO article_fts (article_fts, rank)"
		" VALUES ('automerge', 0)",
		cause) != 0)
		return (-1);
	s->fts_deferred = 1;
	return (0);
}

static int
store_fts_merge(struct store *s, char **cause)
{
	int64_t before;

	s->fts_deferred = 0;
	if (store_exec(s,
		"BEGIN IMMEDIATE;"
		" INSERT INTO article_fts (article_fts, rank)"
		" VALUES ('automerge', " STORE_FTS_AUTOMERGE ")",
		cause) != 0)
		goto fail;
	/*
	 * 'merge' does a bounded amount of work a call; one that changes
	 * fewer than 2 rows (its own INSERT counts 1) found none to do.
	 */
	do {
		before = sqlite3_total_changes64(s->db);
		if (store_exec(s,
			"INSERT INTO article_fts (article_fts, rank)"
			" VALUES ('merge', 2000)",
			cause) != 0)
			goto fail;
	} while (sqlite3_total_changes64(s->db) - before >= 2);
	if (store_exec(s, "COMMIT", cause) != 0)
		goto fail;
	return (0);

fail:
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return (-1);
}

int
store_sync(struct store *s, char **cause)
{
	size_t n = s->batch_pages;
	char  *msg;

	if (!s->in_batch)
		return (0);
	s->in_batch = 0;
	s->batch_pages = s->batch_bytes = 0;
	if (store_fts_flush(s, cause) == 0 &&
	    store_step_done(s, STMT_COMMIT, cause) == 0)
		return (0);
	msg = *cause;
	xasprintf(cause, "%s (the last %zu pages were not stored)", msg, n);
	free(msg);
	store_reset_all(s);
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return (-1);
}

/*
 * Opens an importer's batch: its transaction, which pages (and the sizes
 * and times of files found unchanged) are written in until it is full.
 */
static int
store_batch_begin(struct store *s, char **cause)
{
	if (store_step_done(s, STMT_BEGIN, cause) != 0)
		return (-1);
	s->in_batch = 1;
	s->batch_pages = s->batch_bytes = 0;
	return (0);
}

/*
 * A page's transaction.  Alone: BEGIN IMMEDIATE, COMMIT.  In an importer's
 * batch: the batch's BEGIN IMMEDIATE when none is open, then a savepoint
 * around the page, so that a bad page is undone alone and the batch goes
 * on.  Either way only whole pages are ever committed.
 */
int
store_page_begin(struct store *s, char **cause)
{
	if (!s->batch) {
		s->page_ops = 0;
		return (store_step_done(s, STMT_BEGIN, cause));
	}
	if (!s->in_batch && store_batch_begin(s, cause) != 0)
		return (-1);
	/* At the batch's first page: before it, files' times at most. */
	if (store_fts_defer(s, cause) != 0) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		s->in_batch = 0;
		return (-1);
	}
	s->page_ops = s->nops;
	return (store_step_done(s, STMT_SAVEPOINT, cause));
}

/* The page is whole: commit it, or its batch when that is full. */
int
store_page_end(struct store *s, size_t bytes, char **cause)
{
	if (!s->batch) {
		if (store_fts_flush(s, cause) != 0)
			return (-1);
		return (store_step_done(s, STMT_COMMIT, cause));
	}
	if (store_step_done(s, STMT_RELEASE, cause) != 0)
		return (-1);
	s->batch_pages++;
	s->batch_bytes += bytes;
	if (s->batch_bytes < STORE_BATCH_BYTES)
		return (0);
	return (store_sync(s, cause));
}

/* Undoes what the page wrote (and nothing before it). */
void
store_page_abort(struct store *s)
{
	/* Statements must be reset before the rollback can finish. */
	store_reset_all(s);
	store_fts_truncate(s, s->page_ops);
	if (sqlite3_get_autocommit(s->db)) {
		s->in_batch = 0; /* nothing open (a failed commit) */
		return;
	}
	if (s->batch && s->in_batch) {
		sqlite3_exec(s->db, "ROLLBACK TO page; RELEASE page", NULL,
		    NULL, NULL);
		return;
	}
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

/*
 * Refuses a page whose indexing would cost an absurd amount.  The cost is
 * in the index: about 20 us and 150 bytes of memory for each distinct
 * token, and text made to have only distinct ones (random characters)
 * has two per character, so a 24 MB page took 159 s and 1.4 GB.  A
 * printed page holds tens of KB; STORE_PAGE_MAX bounds the worst case at
 * about 12 s and 130 MB.
 */
static int
store_page_cost(const struct store_page_in *in, char **cause)
{
	if (in->len <= STORE_PAGE_MAX)
		return (0);
	xasprintf(cause,
	    "%s: page too large to index (%zu bytes of text, at "
	    "most %u; a printed page holds tens of KB)",
	    in->source, in->len, STORE_PAGE_MAX);
	return (-1);
}

static int
store_check_in(const struct store_page_in *in, char **cause)
{
	if (store_page_cost(in, cause) != 0)
		return (-1);
	if ((in->number < 1 &&
		(in->number != 0 || in->label == NULL || *in->label == '\0')) ||
	    (in->date == NULL && in->issue_name == NULL)) {
		xasprintf(cause, "%s: no page number or issue", in->source);
		return (-1);
	}
	return (0);
}

int
store_check(struct store *s, const struct store_page_in *in,
    struct store_put_out *out, char **cause)
{
	struct store_place pl;

	memset(out, 0, sizeof *out);
	if (store_check_in(in, cause) != 0)
		return (-1);
	if (store_locate(s, in, store_page_hash(in), 0, &pl, cause) != 0)
		return (-1);
	out->number = pl.number;
	if (pl.same) {
		out->result = STORE_PUT_UNCHANGED;
		return (store_page_count(s, pl.page, &out->narticles, cause));
	}
	out->result = STORE_PUT_ADDED;
	if (pl.page != 0 && (pl.numbered || in->number == 0))
		out->result = STORE_PUT_REPLACED;
	else if (pl.page != 0)
		out->moved = 1;
	return (0);
}

uint64_t
store_text_hash(const char *text, size_t len)
{
	return (store_hash(text, len));
}

uint64_t
store_raw_hash(const char *raw, size_t len)
{
	uint64_t h = store_hash(raw, len);

	return (h != 0 ? h : 1);
}

/*
 * Steps st, a page looked up by its file (STMT_PAGE_RAW, or STMT_PAGE_STAT
 * without kept), as store_check_raw() says.
 */
static int
store_page_by_file(struct store *s, sqlite3_stmt *st, struct store_put_out *out,
    struct store_stat *kept, char **cause)
{
	int rc;

	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->result = STORE_PUT_UNCHANGED;
		out->number = sqlite3_column_int(st, 0);
		out->narticles = (size_t)sqlite3_column_int64(st, 1);
		if (kept != NULL) {
			kept->size = sqlite3_column_int64(st, 2);
			kept->mtime = sqlite3_column_int64(st, 3);
		}
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return (0);
	if (rc == SQLITE_DONE)
		return (1);
	return (store_fail(s, cause, "finding a page"));
}

int
store_check_raw(struct store *s, const char *source, uint64_t raw_hash,
    struct store_put_out *out, struct store_stat *kept, char **cause)
{
	sqlite3_stmt *st;

	memset(out, 0, sizeof *out);
	if ((st = store_stmt(s, STMT_PAGE_RAW, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (int64_t)raw_hash);
	return (store_page_by_file(s, st, out, kept, cause));
}

int
store_check_stat(struct store *s, const char *source,
    const struct store_stat *file, struct store_put_out *out, char **cause)
{
	sqlite3_stmt *st;

	memset(out, 0, sizeof *out);
	if ((st = store_stmt(s, STMT_PAGE_STAT, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, file->size);
	sqlite3_bind_int64(st, 3, file->mtime);
	return (store_page_by_file(s, st, out, NULL, cause));
}

int
store_read_hold(struct store *s, char **cause)
{
	return (store_exec(s, "BEGIN", cause));
}

void
store_read_release(struct store *s)
{
	sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
}

int
store_keep_stat(struct store *s, const char *source, uint64_t raw_hash,
    const struct store_stat *file, char **cause)
{
	sqlite3_stmt *st;
	int	      rc;

	if (s->readonly) {
		xasprintf(cause, "%s: the store is read-only", s->path);
		return (-1);
	}
	if (s->batch && !s->in_batch && store_batch_begin(s, cause) != 0)
		return (-1);
	if ((st = store_stmt(s, STMT_PAGE_KEEP_STAT, cause)) == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (int64_t)raw_hash);
	sqlite3_bind_int64(st, 3, file->size);
	sqlite3_bind_int64(st, 4, file->mtime);
	rc = sqlite3_step(st);
	if (rc != SQLITE_DONE)
		store_fail(s, cause, "keeping a file's size and time");
	sqlite3_reset(st);
	return (rc == SQLITE_DONE ? 0 : -1);
}

int
store_put(struct store *s, const struct store_page_in *in,
    const struct store_page_content *c, struct store_put_out *out, char **cause)
{
	struct store_states old = { NULL, 0 };
	struct store_place  pl;
	sqlite3_stmt	   *st;
	uint64_t	    hash, mask;
	int64_t		    page;
	size_t		    i;

	memset(out, 0, sizeof *out);
	if (store_check_in(in, cause) != 0)
		return (-1);
	if (s->readonly) {
		xasprintf(cause, "%s: the store is read-only", s->path);
		return (-1);
	}
	hash = store_page_hash(in);
	if (store_page_begin(s, cause) != 0)
		return (-1);
	if (store_locate(s, in, hash, 1, &pl, cause) != 0)
		goto fail;
	out->number = pl.number;
	if (pl.same) {
		if (store_page_count(s, pl.page, &out->narticles, cause) != 0)
			goto fail;
		out->result = STORE_PUT_UNCHANGED;
		if (store_page_end(s, 0, cause) != 0)
			goto fail;
		return (0);
	}
	out->result = STORE_PUT_ADDED;
	if (pl.page != 0 && !pl.numbered && in->number > 0) {
		/* A page numbered in order makes room for a numbered one. */
		if ((st = store_stmt(s, STMT_PAGE_NEXT, cause)) == NULL)
			goto fail;
		sqlite3_bind_int64(st, 1, pl.issue);
		if (sqlite3_step(st) != SQLITE_ROW) {
			store_fail(s, cause, "numbering a page");
			goto fail;
		}
		out->moved_to = sqlite3_column_int(st, 0);
		sqlite3_reset(st);
		if (store_page_renumber(s, pl.page, out->moved_to, cause) != 0)
			goto fail;
		out->moved = 1;
	} else if (pl.page != 0) {
		if (store_states_get(s, pl.page, &old, cause) != 0 ||
		    store_delete_page(s, pl.page, cause) != 0)
			goto fail;
		out->result = STORE_PUT_REPLACED;
	}

	if ((st = store_stmt(s, STMT_PAGE_INSERT, cause)) == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, pl.issue);
	sqlite3_bind_int(st, 2, pl.number);
	sqlite3_bind_text(st, 3, in->source, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, (int64_t)hash);
	sqlite3_bind_int64(st, 5, (int64_t)in->len);
	sqlite3_bind_int64(st, 6, (int64_t)time(NULL));
	sqlite3_bind_text(st, 7, in->label != NULL ? in->label : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_int(st, 8, in->number > 0);
	if (in->raw_hash != 0)
		sqlite3_bind_int64(st, 9, (int64_t)in->raw_hash);
	if (in->file != NULL) {
		sqlite3_bind_int64(st, 10, in->file->size);
		sqlite3_bind_int64(st, 11, in->file->mtime);
	}
	if (sqlite3_step(st) != SQLITE_DONE) {
		store_fail(s, cause, "adding a page");
		goto fail;
	}
	page = sqlite3_last_insert_rowid(s->db);
	if (store_states_kept(s, page, &old, cause) != 0)
		goto fail;
	for (i = 0; i < c->narticles; i++) {
		if (store_topic_mask(s, c, c->articles[i].tags, &mask, cause) !=
		    0)
			goto fail;
		if (store_put_article(s, page, pl.issue, pl.day, pl.number,
			(int)i + 1, &c->articles[i], mask, &old, &out->kept,
			cause) != 0)
			goto fail;
	}
	if (c->weather != NULL &&
	    store_put_weather(s, pl.issue, page, c->weather, cause) != 0)
		goto fail;
	if (store_states_drop_used(s, &old, cause) != 0)
		goto fail;
	store_states_free(&old);
	out->narticles = c->narticles;
	s->imported = 1;
	if (store_page_end(s, in->len, cause) != 0)
		goto fail;
	return (0);

fail:
	store_states_free(&old);
	store_page_abort(s);
	return (-1);
}
