/*
 * Unit tests for the store, on :memory: stores.  Pages are built by hand
 * (not by the parser) so that these tests pin the store alone.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "kanbao/file.h"
#include "kanbao/fold.h"
#include "kanbao/import.h"
#include "kanbao/store-list.h"
#include "kanbao/store.h"
#include "kanbao/xmalloc.h"
#include "../../src/store-int.h" /* the index itself, for its tokens */

/* A one-or-more article page made of (title, paragraph) pairs. */
static struct parse_page *
page_make(const char *title, ...)
{
	struct parse_page	*pg = xcalloc(1, sizeof *pg);
	struct parse_article	*a;
	const char		*t, *p;
	va_list			 ap;

	va_start(ap, title);
	for (t = title; t != NULL; t = va_arg(ap, const char *)) {
		p = va_arg(ap, const char *);
		pg->articles = xreallocarray(pg->articles, pg->narticles + 1,
		    sizeof *pg->articles);
		a = &pg->articles[pg->narticles++];
		memset(a, 0, sizeof *a);
		a->kind = PARSE_NEWS;
		a->kicker = xstrdup("");
		a->title = xstrdup(t);
		a->subtitle = xstrdup("");
		a->byline = xstrdup("");
		a->paragraphs = xcalloc(1, sizeof *a->paragraphs);
		a->paragraphs[0] = xstrdup(p);
		a->nparagraphs = 1;
		a->continued_to = xstrdup("");
		a->continued_from = xstrdup("");
	}
	va_end(ap);
	return (pg);
}

static struct store *
open_mem(void)
{
	struct store	*s;
	char		*cause = NULL;

	s = store_open(":memory:", STORE_CREATE, &cause);
	assert_non_null(s);
	assert_null(cause);
	return (s);
}

static enum store_put_result
put(struct store *s, struct topic_set *ts, const char *date, int number,
    const char *text, struct parse_page *pg)
{
	struct store_page_in	 in = { date, "undated", number, "test.txt",
	    text, strlen(text), NULL, NULL, 0, 0, 0, NULL };
	enum store_put_result	 r;
	size_t			 n;
	char			*cause = NULL;

	assert_int_equal(import_put_page(s, &in, pg, ts, &r, &n, &cause), 0);
	assert_int_equal(n, pg->narticles);
	parse_page_free(pg);
	return (r);
}

struct hits {
	int64_t	ids[16];
	char	snippet[256];
	size_t	n;
};

static int
hits_add(const struct store_hit *h, void *arg)
{
	struct hits	*hs = arg;

	if (hs->n == 0)
		snprintf(hs->snippet, sizeof hs->snippet, "%.*s",
		    (int)h->match_len, h->snippet + h->match_off);
	if (hs->n < 16)
		hs->ids[hs->n] = h->row.id;
	hs->n++;
	return (0);
}

static size_t
search(struct store *s, const char *q, struct hits *hs)
{
	struct store_query	 sq = { q, 0, 0, STORE_RANK_DATE, 0, 0, 0, 0 };
	char			*cause = NULL;

	memset(hs, 0, sizeof *hs);
	assert_int_equal(store_search(s, &sq, hits_add, hs, &cause), 0);
	return (hs->n);
}

/* Two issues: an older one with two articles, a newer with one. */
static struct store *
fixture(struct topic_set *ts)
{
	struct store	*s = open_mem();

	put(s, ts, "2023-02-09", 1, "old page",
	    page_make("老城区改造启动", "今天天气很好，改造工程正式开工。",
	    "GDP 数据发布", "Growth of the GDP was steady this quarter.",
	    NULL));
	put(s, ts, "2023-02-10", 1, "new page",
	    page_make("天气预报", "明天有雨，气温下降。", NULL));
	return (s);
}

/* store-1.1: a new store is empty and has the default issue order. */
static void
test_store_1_1(void **state)
{
	struct store		*s = open_mem();
	struct store_issue	*v;
	size_t			 n;
	int64_t			 count;
	char			*cause = NULL;

	(void)state;
	assert_int_equal(store_issue_count(s, &count, &cause), 0);
	assert_int_equal(count, 0);
	assert_int_equal(store_issues(s, 0, 0, &v, &n, &cause), 0);
	assert_int_equal(n, 0);
	store_issues_free(v, n);
	store_close(s);
}

/* store-1.2: the same text again changes nothing; other text replaces. */
static void
test_store_1_2(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = fixture(ts);
	struct store_issue	*v;
	struct hits		 hs;
	size_t			 n;

	(void)state;
	assert_int_equal(put(s, ts, "2023-02-10", 1, "new page",
	    page_make("天气预报", "明天有雨，气温下降。", NULL)),
	    STORE_PUT_UNCHANGED);
	assert_int_equal(search(s, "气温", &hs), 1);
	assert_int_equal(put(s, ts, "2023-02-10", 1, "newer page",
	    page_make("市场行情", "蔬菜价格平稳。", "第二篇", "又一段。",
	    NULL)), STORE_PUT_REPLACED);
	assert_int_equal(search(s, "气温", &hs), 0);
	assert_int_equal(search(s, "蔬菜", &hs), 1);
	assert_int_equal(store_issues(s, 0, 0, &v, &n, NULL), 0);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].date, "2023-02-10");	/* newest first */
	assert_int_equal(v[0].narticles, 2);
	assert_int_equal(v[0].npages, 1);
	assert_int_equal(v[1].narticles, 2);
	store_issues_free(v, n);
	store_close(s);
	topic_set_free(ts);
}

/* store-2.1: 1-, 2-, 4-character and Latin queries, newest first. */
static void
test_store_2_1(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = fixture(ts);
	struct hits		 hs;

	(void)state;
	assert_int_equal(search(s, "天", &hs), 2);
	assert_int_equal(search(s, "天气", &hs), 2);
	/* Newest issue first: the 02-10 article (id 3) before 02-09's. */
	assert_int_equal(hs.ids[0], 3);
	assert_int_equal(hs.ids[1], 1);
	assert_int_equal(search(s, "改造工程", &hs), 1);
	assert_string_equal(hs.snippet, "改造工程");
	assert_int_equal(search(s, "gdp", &hs), 1);
	assert_int_equal(search(s, "STEADY", &hs), 1);
	/* Both words, in any place. */
	assert_int_equal(search(s, "天气 开工", &hs), 1);
	assert_int_equal(search(s, "天气 蔬菜", &hs), 0);
	/* 雨，气 are neighbours as tokens but not as text. */
	assert_int_equal(search(s, "雨气", &hs), 0);
	assert_int_equal(search(s, "预报", &hs), 1);	/* title only */
	store_close(s);
	topic_set_free(ts);
}

/* store-2.2: offset and limit page through hits; junk queries fail. */
static void
test_store_2_2(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = fixture(ts);
	struct store_query	 q = { "天", 0, 0, STORE_RANK_DATE, 1, 1, 0, 0 };
	struct hits		 hs;
	char			*cause = NULL;

	(void)state;
	memset(&hs, 0, sizeof hs);
	assert_int_equal(store_search(s, &q, hits_add, &hs, &cause), 0);
	assert_int_equal(hs.n, 1);
	assert_int_equal(hs.ids[0], 1);
	q.text = "，。 ";
	assert_int_equal(store_search(s, &q, hits_add, &hs, &cause), -1);
	assert_non_null(cause);
	free(cause);
	q.text = "\"天";			/* quotes cannot break the query */
	q.offset = 0;
	q.limit = 0;
	memset(&hs, 0, sizeof hs);
	cause = NULL;
	assert_int_equal(store_search(s, &q, hits_add, &hs, &cause), 0);
	store_close(s);
	topic_set_free(ts);
}

/*
 * How many articles the index holds token tok for (fts5vocab), apart from
 * what the text says: a search checks every hit against its text, and so
 * would never show a token a deletion left behind.
 */
static int
index_docs(struct store *s, const char *tok)
{
	sqlite3_stmt *st;
	int	      n = 0;

	assert_int_equal(sqlite3_exec(s->db,
	    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING"
	    " fts5vocab(main, article_fts, 'row')", NULL, NULL, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(s->db,
	    "SELECT doc FROM temp.vocab WHERE term = ?1", -1, &st, NULL),
	    SQLITE_OK);
	sqlite3_bind_text(st, 1, tok, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return (n);
}

/*
 * store-2.3: a query in either kind of character finds text in either (報導
 * and 报导), in the title and in the body; the hit's place and length are
 * the text's own, as printed.  The index holds the tokens folded only, and
 * a page replaced takes its folded tokens out of the index with it.
 */
static void
test_store_2_3(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct hits		 hs;

	(void)state;
	put(s, ts, "2023-02-09", 1, "trad page",
	    page_make("澄湖港區擴建", "本報訊　湖城碼頭今天開工，三個泊位年內建成。",
	    NULL));
	put(s, ts, "2023-02-10", 1, "simp page",
	    page_make("东山码头开放", "东山港区的码头今天对游客开放。", NULL));
	assert_int_equal(search(s, "码头", &hs), 2);
	assert_int_equal(search(s, "碼頭", &hs), 2);
	assert_int_equal(hs.ids[0], 2);
	assert_int_equal(hs.ids[1], 1);
	assert_int_equal(search(s, "湖城码头", &hs), 1);
	assert_string_equal(hs.snippet, "湖城碼頭");	/* as printed */
	assert_int_equal(search(s, "東山碼頭", &hs), 1);
	assert_string_equal(hs.snippet, "");		/* a title hit */
	assert_int_equal(search(s, "港区扩建", &hs), 1);	/* title only */
	assert_int_equal(hs.ids[0], 1);
	assert_int_equal(search(s, "港區 開放", &hs), 1);
	assert_int_equal(hs.ids[0], 2);
	/* Quotes around a word, as an input method types them, are dropped. */
	assert_int_equal(search(s, "“码头”", &hs), 2);
	assert_int_equal(search(s, "「港區」", &hs), 2);
	/* Folded or not, characters apart are no phrase. */
	assert_int_equal(search(s, "碼頭開工", &hs), 0);
	assert_int_equal(index_docs(s, "码头"), 2);
	assert_int_equal(index_docs(s, "碼頭"), 0);
	assert_int_equal(index_docs(s, "碼"), 0);
	assert_int_equal(put(s, ts, "2023-02-09", 1, "trad page again",
	    page_make("湖城新聞", "今天無事。", NULL)), STORE_PUT_REPLACED);
	assert_int_equal(search(s, "码头", &hs), 1);
	assert_int_equal(index_docs(s, "码头"), 1);
	assert_int_equal(index_docs(s, "开工"), 0);
	assert_int_equal(search(s, "新闻", &hs), 1);
	assert_int_equal(search(s, "无事", &hs), 1);
	store_close(s);
	topic_set_free(ts);
}

/*
 * store-2.4: of a text that prints a word both ways, the hit's place is the
 * first, whichever kind of characters it and the query are in.
 */
static void
test_store_2_4(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct hits		 hs;

	(void)state;
	put(s, ts, "2023-02-09", 1, "mixed page",
	    page_make("湖城新闻", "湖城日報道出一則新聞，记者报道了它。", NULL));
	put(s, ts, "2023-02-10", 1, "mixed page 2",
	    page_make("东山新闻", "记者报道了东山，東山日報道出一則新聞。", NULL));
	assert_int_equal(search(s, "报道", &hs), 2);
	assert_int_equal(hs.ids[0], 2);
	assert_string_equal(hs.snippet, "报道");
	memset(&hs, 0, sizeof hs);
	assert_int_equal(search(s, "报道 湖城", &hs), 1);
	assert_string_equal(hs.snippet, "報道");
	assert_int_equal(search(s, "報道 湖城", &hs), 1);
	assert_string_equal(hs.snippet, "報道");
	assert_int_equal(search(s, "報道 东山", &hs), 1);
	assert_string_equal(hs.snippet, "报道");
	store_close(s);
	topic_set_free(ts);
}

/* store-3.1: read and starred state, and the unread count. */
static void
test_store_3_1(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = fixture(ts);
	struct store_article	*a;
	struct store_issue	*v;
	struct store_filter	 f = { 0, 0, 0, 1, 0 };
	struct store_article_row *rows;
	size_t			 n;
	char			*cause = NULL;

	(void)state;
	assert_int_equal(store_set_read(s, 1, 1, &cause), 0);
	assert_int_equal(store_set_starred(s, 2, 1, &cause), 0);
	assert_int_equal(store_set_read(s, 99, 1, &cause), -1);
	free(cause);
	a = store_article_get(s, 1, &cause);
	assert_non_null(a);
	assert_int_equal(a->read, 1);
	assert_int_equal(a->page, 1);
	assert_string_equal(a->date, "2023-02-09");
	assert_string_equal(a->title, "老城区改造启动");
	assert_int_equal(a->nparagraphs, 1);
	store_article_free(a);
	assert_int_equal(store_issues(s, 0, 0, &v, &n, &cause), 0);
	assert_int_equal(v[1].nunread, 1);
	store_issues_free(v, n);
	assert_int_equal(store_articles(s, &f, &rows, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_int_equal(rows[0].id, 2);
	store_articles_free(rows, n);
	cause = NULL;
	assert_null(store_article_get(s, 42, &cause));
	assert_string_equal(cause, "no article 42");
	free(cause);
	store_close(s);
	topic_set_free(ts);
}

/* store-3.2: continuations are found across pages of one issue. */
static void
test_store_3_2(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct parse_page	*p1, *p2;
	int64_t			 issue, id;
	char			*cause = NULL;

	(void)state;
	p1 = page_make("头版文章", "开头部分。", NULL);
	free(p1->articles[0].continued_to);
	p1->articles[0].continued_to = xstrdup("2");
	p2 = page_make("别的文章", "无关。", "头版文章", "结尾部分。", NULL);
	free(p2->articles[1].continued_from);
	p2->articles[1].continued_from = xstrdup("1");
	put(s, ts, "2023-03-01", 1, "p1", p1);
	put(s, ts, "2023-03-01", 2, "p2", p2);
	assert_int_equal(store_issue_find(s, "20230301", &issue, &cause), 0);
	assert_int_equal(store_find_continued_from(s, issue, 2, "1", &id,
	    &cause), 0);
	assert_int_equal(id, 3);
	assert_int_equal(store_find_continued_to(s, issue, 1, "2", &id,
	    &cause), 0);
	assert_int_equal(id, 1);
	assert_int_equal(store_find_continued_from(s, issue, 3, "1", &id,
	    &cause), 1);
	assert_int_equal(store_issue_find(s, "2023-03-02", &issue, &cause), 1);
	store_close(s);
	topic_set_free(ts);
}

/* store-3.3: dates in both spellings, impossible ones refused. */
static void
test_store_3_3(void **state)
{
	char	d[11];

	(void)state;
	assert_int_equal(store_date_parse("2023-02-10", d), 0);
	assert_string_equal(d, "2023-02-10");
	assert_int_equal(store_date_parse("20240229", d), 0);
	assert_string_equal(d, "2024-02-29");
	assert_int_equal(store_date_parse("20230229", d), -1);
	assert_int_equal(store_date_parse("2023-13-01", d), -1);
	assert_int_equal(store_date_parse("2023-2-10", d), -1);
	assert_int_equal(store_date_parse("p01", d), -1);
}

/* store-3.4: topics are stored as bits with per-issue counts. */
static void
test_store_3_4(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct parse_page	*pg;
	struct store_topic	*v;
	struct store_filter	 f = { 0, 0, 0, 0, 0 };
	struct store_article_row *rows;
	size_t			 n, i;
	int			 bit, idx;
	char			*cause = NULL;

	(void)state;
	pg = page_make("评论一", "观点。", "新闻", "事实。", NULL);
	pg->articles[0].kind = PARSE_COMMENTARY;
	put(s, ts, "2023-03-01", 1, "p1", pg);
	idx = topic_set_find(ts, "commentary");
	assert_true(idx >= 0);
	assert_int_equal(store_topic_find(s, "commentary", &bit, &cause), 0);
	assert_int_equal(store_topic_find(s, "no-such", &bit, &cause), 1);
	assert_int_equal(store_topic_find(s, "commentary", &bit, &cause), 0);
	assert_int_equal(store_topics(s, 0, &v, &n, &cause), 0);
	for (i = 0; i < n; i++) {
		if (strcmp(v[i].name, "commentary") == 0)
			assert_int_equal(v[i].count, 1);
	}
	store_topics_free(v, n);
	f.topics = (uint64_t)1 << bit;
	assert_int_equal(store_articles(s, &f, &rows, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].title, "评论一");
	store_articles_free(rows, n);
	store_close(s);
	topic_set_free(ts);
}

/* A store with one article per (title, paragraph) pair, on one page. */
static struct store *
fixture_text(struct topic_set *ts, const char *title, const char *body)
{
	struct store	*s = open_mem();

	put(s, ts, "2023-04-01", 1, "page", page_make(title, body, NULL));
	return (s);
}

/* store-4.1: CJK queries of 1, 2, 3 and 4 characters, exactly. */
static void
test_store_4_1(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s;
	struct hits		 hs;

	(void)state;
	s = fixture_text(ts, "标题", "老城区改造工程启动，工地在改建。");
	assert_int_equal(search(s, "造", &hs), 1);
	assert_string_equal(hs.snippet, "造");
	assert_int_equal(search(s, "程", &hs), 1);	/* last of a run */
	assert_int_equal(search(s, "改造", &hs), 1);
	assert_int_equal(search(s, "改工", &hs), 0);	/* both there, apart */
	assert_int_equal(search(s, "造工程", &hs), 1);
	assert_string_equal(hs.snippet, "造工程");
	/* 改造 and 改建 are there, and 造建 is not a neighbour pair. */
	assert_int_equal(search(s, "改造建", &hs), 0);
	assert_int_equal(search(s, "城区改造", &hs), 1);
	assert_int_equal(search(s, "区改造工程启动", &hs), 1);
	assert_int_equal(search(s, "城区改建", &hs), 0);
	assert_int_equal(search(s, "标题", &hs), 1);	/* in the head */
	assert_int_equal(search(s, "题老", &hs), 0);	/* head, then body */
	store_close(s);
	topic_set_free(ts);
}

/* store-4.2: Latin words, folded, whole words; digits; mixed terms. */
static void
test_store_4_2(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s;
	struct hits		 hs;

	(void)state;
	s = fixture_text(ts, "News",
	    "The Harbour Forum met in 2023，全年GDP数据发布Q1报告。Café au lait.");
	assert_int_equal(search(s, "harbour", &hs), 1);
	assert_string_equal(hs.snippet, "Harbour");
	assert_int_equal(search(s, "FORUM", &hs), 1);
	assert_int_equal(search(s, "harb", &hs), 0);	/* not a prefix */
	assert_int_equal(search(s, "2023", &hs), 1);
	assert_int_equal(search(s, "202", &hs), 0);
	assert_int_equal(search(s, "café", &hs), 1);
	assert_int_equal(search(s, "gdp数据", &hs), 1);
	assert_string_equal(hs.snippet, "GDP数据");
	assert_int_equal(search(s, "年GDP", &hs), 1);
	assert_int_equal(search(s, "发布Q1", &hs), 1);	/* run, then word */
	assert_int_equal(search(s, "数据发布Q1报告", &hs), 1);
	assert_int_equal(search(s, "全年gdp数据发布q1报告", &hs), 1);
	assert_int_equal(search(s, "GDP 数据", &hs), 1);	/* two terms */
	assert_int_equal(search(s, "据发Q1", &hs), 0);
	store_close(s);
	topic_set_free(ts);
}

/* store-4.3: punctuation between characters is not crossed. */
static void
test_store_4_3(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s;
	struct hits		 hs;

	(void)state;
	s = fixture_text(ts, "标题", "春天来了，公园里的花都开了。“新年”好");
	assert_int_equal(search(s, "了公", &hs), 0);
	assert_int_equal(search(s, "了公园", &hs), 0);
	assert_int_equal(search(s, "来了公园", &hs), 0);
	assert_int_equal(search(s, "了。新", &hs), 0);
	/* Typed with the punctuation, it is found as written. */
	assert_int_equal(search(s, "了，公园", &hs), 1);
	assert_string_equal(hs.snippet, "了，公园");
	assert_int_equal(search(s, "了,公园", &hs), 0);
	assert_int_equal(search(s, "新年", &hs), 1);
	assert_int_equal(search(s, "年好", &hs), 0);
	store_close(s);
	topic_set_free(ts);
}

/* store-4.4: quotes and FTS5 syntax in a query are taken literally. */
static void
test_store_4_4(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s;
	struct hits		 hs;

	(void)state;
	s = fixture_text(ts, "天气预报", "明天有雨，气温下降。");
	assert_int_equal(search(s, "\"天气\"", &hs), 1);
	assert_int_equal(search(s, "天气\"", &hs), 1);
	assert_int_equal(search(s, "气温*", &hs), 1);
	assert_int_equal(search(s, "(气温)", &hs), 1);
	assert_int_equal(search(s, "^明天", &hs), 1);
	/* As FTS5 syntax these would match; as text they do not. */
	assert_int_equal(search(s, "head:天气", &hs), 0);
	assert_int_equal(search(s, "NEAR(天气 气温)", &hs), 0);
	assert_int_equal(search(s, "天气 OR 蔬菜", &hs), 0);
	assert_int_equal(search(s, "天气 NOT 气温", &hs), 0);
	assert_int_equal(search(s, "气温\" OR \"蔬菜", &hs), 0);
	assert_int_equal(search(s, "明*", &hs), 1);	/* 明 only */
	assert_int_equal(search(s, "明天*有", &hs), 0);
	store_close(s);
	topic_set_free(ts);
}

/* store-4.5: relevance puts title hits first; paging through it. */
static void
test_store_4_5(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct store_query	 q = { "港口", 0, 0, STORE_RANK_RELEVANCE, 0,
	    0, 0, 0 };
	struct hits		 hs;
	char			*cause = NULL;

	(void)state;
	put(s, ts, "2023-04-01", 1, "a", page_make("港口扩建",
	    "码头工程开工。", NULL));
	put(s, ts, "2023-04-02", 1, "b", page_make("城市新闻",
	    "今天港口很忙，天气晴。", NULL));
	put(s, ts, "2023-04-03", 1, "c", page_make("体育", "比赛。", NULL));
	memset(&hs, 0, sizeof hs);
	assert_int_equal(store_search(s, &q, hits_add, &hs, &cause), 0);
	assert_int_equal(hs.n, 2);
	assert_int_equal(hs.ids[0], 1);		/* the title hit, older */
	assert_int_equal(hs.ids[1], 2);
	q.rank = STORE_RANK_DATE;
	memset(&hs, 0, sizeof hs);
	assert_int_equal(store_search(s, &q, hits_add, &hs, &cause), 0);
	assert_int_equal(hs.ids[0], 2);		/* newest first */
	q.rank = STORE_RANK_RELEVANCE;
	q.offset = 1;
	memset(&hs, 0, sizeof hs);
	assert_int_equal(store_search(s, &q, hits_add, &hs, &cause), 0);
	assert_int_equal(hs.n, 1);
	assert_int_equal(hs.ids[0], 2);
	store_close(s);
	topic_set_free(ts);
}

/*
 * store-4.6: relevance knows a word's column from the text (the index
 * does not keep it): a head and body hit before a head-only one, before
 * a body-only one; a longer word in the head ("GDPs") is not the word.
 */
static void
test_store_4_6(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct store_query	 q = { "gdp", 0, 0, STORE_RANK_RELEVANCE, 0,
	    0, 0, 0 };
	struct hits		 hs;
	char			*cause = NULL;

	(void)state;
	put(s, ts, "2023-04-01", 1, "a", page_make("港口GDP统计",
	    "码头数据公布。", NULL));
	put(s, ts, "2023-04-02", 1, "b", page_make("GDPs回顾",
	    "全年gdp增长。", NULL));
	put(s, ts, "2023-04-03", 1, "c", page_make("GDP创新高",
	    "今年GDP增长。", NULL));
	memset(&hs, 0, sizeof hs);
	assert_int_equal(store_search(s, &q, hits_add, &hs, &cause), 0);
	assert_int_equal(hs.n, 3);
	assert_int_equal(hs.ids[0], 3);
	assert_int_equal(hs.ids[1], 1);
	assert_int_equal(hs.ids[2], 2);
	q.rank = STORE_RANK_DATE;
	memset(&hs, 0, sizeof hs);
	assert_int_equal(store_search(s, &q, hits_add, &hs, &cause), 0);
	assert_int_equal(hs.n, 3);
	assert_int_equal(hs.ids[0], 3);
	assert_int_equal(hs.ids[2], 1);
	store_close(s);
	topic_set_free(ts);
}

/* Reads article id's read and starred state. */
static void
state_of(struct store *s, int64_t id, int *read, int *starred)
{
	struct store_article	*a;
	char			*cause = NULL;

	a = store_article_get(s, id, &cause);
	assert_non_null(a);
	*read = a->read;
	*starred = a->starred;
	store_article_free(a);
}

/*
 * store-5.1: a replaced page's articles keep their state when their text
 * is the same, or their title and first paragraph are; others do not.
 */
static void
test_store_5_1(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct store_article_row *v;
	struct parse_page	*pg;
	size_t			 n, i;
	char			*cause = NULL;
	int			 r, st;

	(void)state;
	put(s, ts, "2023-05-01", 1, "v1", page_make("新桥通车", "新桥通车了。",
	    "公园开放", "公园明天开放。", "夜市开张", "夜市今晚开张。", NULL));
	assert_int_equal(store_set_read(s, 1, 1, &cause), 0);
	assert_int_equal(store_set_starred(s, 2, 1, &cause), 0);
	assert_int_equal(store_set_starred(s, 3, 1, &cause), 0);
	/* Article 2 gains a paragraph after the same lead; 3 is rewritten. */
	pg = page_make("新桥通车", "新桥通车了。", "公园开放", "公园明天开放。",
	    "夜市开张", "夜市推迟开张。", NULL);
	pg->articles[1].paragraphs = xreallocarray(pg->articles[1].paragraphs,
	    2, sizeof *pg->articles[1].paragraphs);
	pg->articles[1].paragraphs[1] = xstrdup("园内新种了树。");
	pg->articles[1].nparagraphs = 2;
	assert_int_equal(put(s, ts, "2023-05-01", 1, "v2", pg),
	    STORE_PUT_REPLACED);
	assert_int_equal(store_articles(s, NULL, &v, &n, &cause), 0);
	assert_int_equal(n, 3);
	for (i = 0; i < n; i++) {
		state_of(s, v[i].id, &r, &st);
		switch (i) {
		case 0:
			assert_true(r && !st);
			break;
		case 1:
			assert_true(!r && st);
			break;
		default:
			assert_true(!r && !st);
			break;
		}
	}
	store_articles_free(v, n);
	store_close(s);
	topic_set_free(ts);
}

/*
 * store-5.2: papers.  The same date in two papers is two issues; a page
 * known by label gets the next free number and is found again by it;
 * deleting a paper's only page removes its issue and the paper.
 */
static void
test_store_5_2(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct store_page_in	 in;
	struct store_put_out	 out;
	struct store_paper	*pv;
	struct store_issue	*iv;
	struct parse_page	*pg;
	int64_t			 pages[1], *ids;
	size_t			 n, na, nk;
	char			*cause = NULL;
	int			 changed;

	(void)state;
	memset(&in, 0, sizeof in);
	in.date = "2023-05-02";
	in.number = 1;
	in.source = "a.txt";
	in.text = "a";
	in.len = 1;
	in.paper = "pinghu";
	pg = page_make("甲", "甲文。", NULL);
	assert_int_equal(import_put(s, &in, pg, ts, &out, &cause), 0);
	/*
	 * The same file and text guessed into another paper is the page
	 * already stored (a store from before papers); named, it is new.
	 */
	in.paper = "chenghu";
	assert_int_equal(store_check(s, &in, &out, &cause), 0);
	assert_int_equal(out.result, STORE_PUT_UNCHANGED);
	in.paper_given = 1;
	assert_int_equal(import_put(s, &in, pg, ts, &out, &cause), 0);
	assert_int_equal(out.result, STORE_PUT_ADDED);
	/* A page by label: the next free number, then found by its label. */
	in.number = 0;
	in.label = "front";
	in.text = "b";
	assert_int_equal(store_check(s, &in, &out, &cause), 0);
	assert_int_equal(out.result, STORE_PUT_ADDED);
	assert_int_equal(out.number, 2);
	assert_int_equal(import_put(s, &in, pg, ts, &out, &cause), 0);
	assert_int_equal(out.number, 2);
	assert_int_equal(store_check(s, &in, &out, &cause), 0);
	assert_int_equal(out.result, STORE_PUT_UNCHANGED);
	assert_int_equal(out.number, 2);
	parse_page_free(pg);

	assert_int_equal(store_papers(s, &pv, &n, &cause), 0);
	assert_int_equal(n, 2);
	assert_string_equal(pv[0].name, "chenghu");
	assert_int_equal(pv[0].npages, 2);
	assert_string_equal(pv[1].name, "pinghu");
	store_papers_free(pv, n);
	/* The reader's brief list: the same papers, in the same order. */
	assert_int_equal(store_papers_brief(s, &pv, &n, &cause), 0);
	assert_int_equal(n, 2);
	assert_string_equal(pv[0].name, "chenghu");
	assert_int_equal(pv[0].nissues, 1);
	assert_string_equal(pv[1].name, "pinghu");
	assert_int_equal(pv[1].nissues, 1);
	assert_true(pv[0].id != pv[1].id && pv[0].id != 0);
	store_papers_free(pv, n);
	assert_int_equal(store_issue_find_all(s, 0, "20230502", &ids, &n,
	    &cause), 0);
	assert_int_equal(n, 2);
	free(ids);

	/* Narrowed to one paper, the listings show its issues only. */
	assert_int_equal(store_issues(s, 0, 0, &iv, &n, &cause), 0);
	assert_int_equal(n, 2);
	/* Same date: by paper, the one first stored first. */
	assert_string_equal(iv[0].paper_name, "pinghu");
	assert_string_equal(iv[1].paper_name, "chenghu");
	store_set_paper(s, iv[0].paper);
	store_issues_free(iv, n);
	assert_int_equal(store_issues(s, 0, 0, &iv, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(iv[0].paper_name, "pinghu");
	pages[0] = 1;		/* pinghu's page */
	store_issues_free(iv, n);
	store_set_paper(s, 0);

	assert_int_equal(store_changed(s, &changed, &cause), 0);
	assert_int_equal(store_delete_pages(s, pages, 1, &na, &nk, &cause),
	    0);
	assert_int_equal(na, 1);
	assert_int_equal(nk, 0); /* nothing read or starred to keep */
	assert_int_equal(store_papers(s, &pv, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(pv[0].name, "chenghu");
	store_papers_free(pv, n);
	assert_int_equal(store_papers_brief(s, &pv, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(pv[0].name, "chenghu");
	store_papers_free(pv, n);
	/* Its own writes are not another connection's. */
	assert_int_equal(store_changed(s, &changed, &cause), 0);
	assert_int_equal(changed, 0);
	store_close(s);
	topic_set_free(ts);
}

/* store-5.3: store_changed() sees another connection's commit. */
static void
test_store_5_3(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*reader, *writer;
	char			 path[] = "/tmp/kanbao-store-5-3.XXXXXX";
	char			*cause = NULL, *p;
	int			 fd, changed;

	(void)state;
	assert_true((fd = mkstemp(path)) != -1);
	close(fd);
	unlink(path);
	writer = store_open(path, STORE_CREATE, &cause);
	assert_non_null(writer);
	put(writer, ts, "2023-05-03", 1, "a", page_make("甲", "甲文。", NULL));
	reader = store_open(path, 0, &cause);
	assert_non_null(reader);
	assert_int_equal(store_changed(reader, &changed, &cause), 0);
	assert_int_equal(changed, 0);		/* the first call takes note */
	assert_int_equal(store_changed(reader, &changed, &cause), 0);
	assert_int_equal(changed, 0);
	put(writer, ts, "2023-05-04", 1, "b", page_make("乙", "乙文。", NULL));
	assert_int_equal(store_changed(reader, &changed, &cause), 0);
	assert_int_equal(changed, 1);
	assert_int_equal(store_changed(reader, &changed, &cause), 0);
	assert_int_equal(changed, 0);
	store_close(reader);
	store_close(writer);
	xasprintf(&p, "%s-wal", path);
	unlink(p);
	free(p);
	xasprintf(&p, "%s-shm", path);
	unlink(p);
	free(p);
	unlink(path);
	topic_set_free(ts);
}

/* The issues of store_issues(offset, limit) as "name,articles,unread ". */
static char *
window_names(struct store *s, size_t offset, size_t limit)
{
	struct store_issue	*v;
	size_t			 n, i, len = 0;
	char			*out = xcalloc(1, 4096), *cause = NULL;

	assert_int_equal(store_issues(s, offset, limit, &v, &n, &cause), 0);
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(out + len, 4096 - len, "%s,%d,%d ",
		    v[i].name, v[i].narticles, v[i].nunread);
	store_issues_free(v, n);
	return (out);
}

/*
 * store-5.4: every window of the issue list, reached from anywhere (the
 * last window, the top, the bottom), is the same slice of the whole list,
 * undated issues last by name; a new issue and a read article show in the
 * next window asked for, not the remembered one.
 */
static void
test_store_5_4(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct store_issue	*all;
	char			 date[11], *w, *want, *cause = NULL;
	size_t			 nall, off, lim, i, len;
	int			 d;

	(void)state;
	for (d = 1; d <= 20; d++) {
		snprintf(date, sizeof date, "2023-03-%02d", d);
		put(s, ts, date, 1, date, d % 3 == 0 ?
		    page_make("甲", "一。", "乙", "二。", NULL) :
		    page_make("甲", "一。", NULL));
	}
	put(s, ts, NULL, 1, "undated b", page_make("丙", "三。", NULL));
	assert_int_equal(store_issues(s, 0, 0, &all, &nall, &cause), 0);
	assert_int_equal(nall, 21);
	assert_string_equal(all[0].name, "2023-03-20");
	assert_string_equal(all[19].name, "2023-03-01");
	assert_string_equal(all[20].name, "undated");
	/*
	 * Windows in orders that use every way of finding a start: one
	 * after the other, from both ends, jumping about.
	 */
	for (lim = 1; lim <= 7; lim += 3) {
		for (i = 0; i < 3 * nall; i++) {
			if (i < nall)
				off = i * lim % nall;
			else
				off = i % 2 == 0 ? i / 2 % nall :
				    nall - 1 - i / 2 % nall;
			if (i % 5 == 0)
				off = (off * 7) % nall;
			w = window_names(s, off, lim);
			want = xcalloc(1, 4096);
			for (len = 0; len < lim && off + len < nall; len++)
				snprintf(want + strlen(want), 4096 -
				    strlen(want), "%s,%d,%d ",
				    all[off + len].name,
				    all[off + len].narticles,
				    all[off + len].nunread);
			assert_string_equal(w, want);
			free(w);
			free(want);
		}
	}
	w = window_names(s, nall, 5);
	assert_string_equal(w, "");
	free(w);
	/* Changes show in the next window, even at the remembered place. */
	w = window_names(s, 1, 2);
	assert_string_equal(w, "2023-03-19,1,1 2023-03-18,2,2 ");
	free(w);
	put(s, ts, "2023-03-21", 1, "newer", page_make("丁", "四。", NULL));
	assert_int_equal(store_issue_set_read(s, all[2].id, 1, &cause), 0);
	w = window_names(s, 1, 2);
	assert_string_equal(w, "2023-03-20,1,1 2023-03-19,1,1 ");
	free(w);
	w = window_names(s, 3, 1);
	assert_string_equal(w, "2023-03-18,2,0 ");
	free(w);
	store_issues_free(all, nall);
	store_close(s);
	topic_set_free(ts);
}

/* A page of paper (NULL the default) on date, or undated under name. */
static void
put_paper(struct store *s, struct topic_set *ts, const char *paper,
    const char *date, const char *name)
{
	struct store_page_in	 in;
	struct store_put_out	 out;
	struct parse_page	*pg = page_make("甲", "一。", NULL);
	char			*cause = NULL;

	memset(&in, 0, sizeof in);
	in.date = date;
	in.issue_name = name;
	in.number = 1;
	in.source = "test.txt";
	in.text = date != NULL ? date : name;
	in.len = strlen(in.text);
	in.paper = paper;
	in.paper_given = 1;
	assert_int_equal(import_put(s, &in, pg, ts, &out, &cause), 0);
	parse_page_free(pg);
}

/* The issues of a window as "name/paper/paper id " (ids via titles). */
static char *
paper_window(struct store *s, size_t offset, size_t limit)
{
	struct store_issue	*v;
	size_t			 n, i, len = 0;
	char			*out = xcalloc(1, 4096), *cause = NULL;

	assert_int_equal(store_issues(s, offset, limit, &v, &n, &cause), 0);
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(out + len, 4096 - len, "%s/%s/%lld ",
		    v[i].name, v[i].paper_name, (long long)v[i].paper);
	store_issues_free(v, n);
	return (out);
}

static int
paper_title(const struct store_title *t, void *arg)
{
	char	*out = arg;
	size_t	 len = strlen(out);

	snprintf(out + len, 4096 - len, "%lld ", (long long)t->issue);
	return (0);
}

/*
 * store-5.5: the windows by key keep to the paper the listings are
 * narrowed to, carry each issue's paper, and tell apart two papers' issues
 * of one date; changing the narrowing between windows uses no window
 * remembered from the other.
 */
static void
test_store_5_5(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct store_issue	*all[3];
	struct store_paper	*pv;
	int64_t			 narrow[3], count;
	size_t			 nall[3], np, k, off, lim, i, len;
	char			 date[11], *w, *want, *cause = NULL;
	int			 d;

	(void)state;
	for (d = 1; d <= 12; d++) {
		snprintf(date, sizeof date, "2023-04-%02d", d);
		put_paper(s, ts, d % 4 == 0 ? "chenghu" : "pinghu", date,
		    NULL);
		if (d % 2 == 0)
			put_paper(s, ts, d % 4 == 0 ? "pinghu" : "chenghu",
			    date, NULL);
	}
	put_paper(s, ts, "chenghu", NULL, "extra");
	put_paper(s, ts, "pinghu", NULL, "extra");
	assert_int_equal(store_papers(s, &pv, &np, &cause), 0);
	assert_int_equal(np, 2);
	narrow[0] = 0;
	narrow[1] = pv[0].id;
	narrow[2] = pv[1].id;
	store_papers_free(pv, np);

	for (k = 0; k < 3; k++) {
		store_set_paper(s, narrow[k]);
		assert_int_equal(store_issues(s, 0, 0, &all[k], &nall[k],
		    &cause), 0);
		assert_int_equal(store_issue_count(s, &count, &cause), 0);
		assert_int_equal((int64_t)nall[k], count);
		for (i = 0; i < nall[k]; i++) {
			if (narrow[k] != 0)
				assert_int_equal(all[k][i].paper, narrow[k]);
			assert_string_equal(all[k][i].paper_name,
			    all[k][i].paper == narrow[1] ? "chenghu" :
			    "pinghu");
			/* One date's issues by paper, the lower id first. */
			if (i > 0 && strcmp(all[k][i].name,
			    all[k][i - 1].name) == 0)
				assert_true(all[k][i].paper >
				    all[k][i - 1].paper);
		}
	}
	assert_int_equal(nall[0], 20);
	assert_int_equal(nall[0], nall[1] + nall[2]);
	assert_string_equal(all[0][0].name, "2023-04-12");
	assert_string_equal(all[0][1].name, "2023-04-12");
	assert_string_equal(all[0][nall[0] - 1].name, "extra");
	assert_string_equal(all[0][nall[0] - 2].name, "extra");

	/*
	 * Windows of every narrowing in turn, so that each one follows a
	 * window of another (at the offset just after it, too).
	 */
	for (lim = 1; lim <= 4; lim += 3) {
		for (i = 0; i < 3 * nall[0]; i++) {
			k = i % 3;
			off = (i / 3 * lim + (i % 2 == 0 ? 0 : 7)) %
			    (nall[k] + 1);
			store_set_paper(s, narrow[k]);
			w = paper_window(s, off, lim);
			want = xcalloc(1, 4096);
			for (len = 0; len < lim && off + len < nall[k]; len++)
				snprintf(want + strlen(want), 4096 -
				    strlen(want), "%s/%s/%lld ",
				    all[k][off + len].name,
				    all[k][off + len].paper_name,
				    (long long)all[k][off + len].paper);
			assert_string_equal(w, want);
			free(w);
			/* The titles' window is the same issues. */
			w = xcalloc(1, 4096);
			assert_int_equal(store_titles_each(s, off, lim,
			    paper_title, w, &cause), 0);
			want[0] = '\0';
			for (len = 0; len < lim && off + len < nall[k]; len++)
				snprintf(want + strlen(want), 4096 -
				    strlen(want), "%lld ",
				    (long long)all[k][off + len].id);
			assert_string_equal(w, want);
			free(w);
			free(want);
		}
	}
	for (k = 0; k < 3; k++)
		store_issues_free(all[k], nall[k]);
	store_close(s);
	topic_set_free(ts);
}

/*
 * store-5.6: a page keeps its file's size and time; they find it (for
 * that path only) until store_keep_stat() keeps others; a page stored
 * without them has none; a page replaced takes its file's with it.
 */
static void
test_store_5_6(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct store_stat	 st1 = { 42, 1700000000123456789LL };
	struct store_stat	 st2 = { 42, 1700000100000000000LL }, kept;
	struct store_page_in	 in = { "2023-06-01", "undated", 1, "a.txt",
	    "v1", 2, NULL, NULL, 0, 7, 0, &st1 };
	struct store_put_out	 out;
	struct parse_page	*pg;
	enum store_put_result	 r;
	size_t			 n;
	char			*cause = NULL;

	(void)state;
	pg = page_make("新桥通车", "新桥通车了。", NULL);
	assert_int_equal(import_put_page(s, &in, pg, ts, &r, &n, &cause), 0);
	parse_page_free(pg);
	assert_int_equal(r, STORE_PUT_ADDED);
	assert_int_equal(store_check_stat(s, "a.txt", &st1, &out, &cause), 0);
	assert_int_equal(out.result, STORE_PUT_UNCHANGED);
	assert_int_equal(out.number, 1);
	assert_int_equal(out.narticles, 1);
	assert_int_equal(store_check_stat(s, "a.txt", &st2, &out, &cause), 1);
	assert_int_equal(store_check_stat(s, "b.txt", &st1, &out, &cause), 1);
	assert_int_equal(store_check_raw(s, "a.txt", 7, &out, &kept, &cause),
	    0);
	assert_true(kept.size == 42 && kept.mtime == st1.mtime);

	/* Touched: the same bytes under another time. */
	assert_int_equal(store_keep_stat(s, "a.txt", 7, &st2, &cause), 0);
	assert_int_equal(store_check_stat(s, "a.txt", &st2, &out, &cause), 0);
	assert_int_equal(store_check_stat(s, "a.txt", &st1, &out, &cause), 1);

	/* Without: none kept, and the page before goes with its time. */
	in.text = "v2";
	in.raw_hash = 8;
	in.file = NULL;
	pg = page_make("新桥通车", "新桥明天通车。", NULL);
	assert_int_equal(import_put_page(s, &in, pg, ts, &r, &n, &cause), 0);
	parse_page_free(pg);
	assert_int_equal(r, STORE_PUT_REPLACED);
	assert_int_equal(store_check_stat(s, "a.txt", &st2, &out, &cause), 1);
	assert_int_equal(store_check_raw(s, "a.txt", 8, &out, &kept, &cause),
	    0);
	assert_int_equal(kept.size, -1);
	store_close(s);
	topic_set_free(ts);
}

/*
 * store-5.7: lookups in a held read transaction see the store as it was
 * at the first of them, another connection's commit only once released.
 */
static void
test_store_5_7(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*reader, *writer;
	struct store_page_in	 in = { "2023-05-04", "undated", 1, "test.txt",
	    "b", 1, NULL, NULL, 0, 0, 0, NULL };
	struct store_put_out	 out;
	char			 path[] = "/tmp/kanbao-store-5-7.XXXXXX";
	char			*cause = NULL, *p;
	int			 fd;

	(void)state;
	assert_true((fd = mkstemp(path)) != -1);
	close(fd);
	unlink(path);
	writer = store_open(path, STORE_CREATE, &cause);
	assert_non_null(writer);
	put(writer, ts, "2023-05-03", 1, "a", page_make("甲", "甲文。", NULL));
	reader = store_open(path, STORE_READONLY, &cause);
	assert_non_null(reader);
	assert_int_equal(store_read_hold(reader, &cause), 0);
	assert_int_equal(store_check(reader, &in, &out, &cause), 0);
	assert_int_equal(out.result, STORE_PUT_ADDED);
	put(writer, ts, "2023-05-04", 1, "b", page_make("乙", "乙文。", NULL));
	assert_int_equal(store_check(reader, &in, &out, &cause), 0);
	assert_int_equal(out.result, STORE_PUT_ADDED);	/* as it was */
	store_read_release(reader);
	assert_int_equal(store_check(reader, &in, &out, &cause), 0);
	assert_int_equal(out.result, STORE_PUT_UNCHANGED);
	store_close(reader);
	store_close(writer);
	xasprintf(&p, "%s-wal", path);
	unlink(p);
	free(p);
	xasprintf(&p, "%s-shm", path);
	unlink(p);
	free(p);
	unlink(path);
	topic_set_free(ts);
}

/*
 * store-3.5: an article continued on a page the store does not hold is
 * told apart from one whose page is there without its continuation.
 */
static void
test_store_3_5(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct parse_page	*p1;
	struct store_article	*a;
	int64_t			 id;
	char			*cause = NULL;

	(void)state;
	p1 = page_make("头版文章", "开头部分。", "另一篇", "正文。", NULL);
	free(p1->articles[0].continued_to);
	p1->articles[0].continued_to = xstrdup("2");
	free(p1->articles[1].continued_to);
	p1->articles[1].continued_to = xstrdup("1");
	put(s, ts, "2023-03-01", 1, "p1", p1);
	a = store_article_get(s, 1, &cause);
	assert_non_null(a);
	assert_int_equal(store_find_continuation(s, a, &id, &cause), 2);
	store_article_free(a);
	a = store_article_get(s, 2, &cause);
	assert_non_null(a);
	assert_int_equal(store_find_continuation(s, a, &id, &cause), 1);
	store_article_free(a);
	store_close(s);
	topic_set_free(ts);
}

/*
 * store-3.6: a list's dates (a day, a month, a year or a range of them)
 * into the first and last day; days and months not on the calendar are
 * refused, as store_date_parse() refuses them.
 */
static void
test_store_3_6(void **state)
{
	char	from[11], to[11];

	(void)state;
	assert_int_equal(store_list_dates("2024-03-05", from, to), 0);
	assert_string_equal(from, "2024-03-05");
	assert_string_equal(to, "2024-03-05");
	assert_int_equal(store_list_dates("20240305", from, to), 0);
	assert_string_equal(from, "2024-03-05");
	assert_int_equal(store_list_dates("2024-3-5", from, to), 0);
	assert_string_equal(to, "2024-03-05");
	assert_int_equal(store_list_dates("2024-02", from, to), 0);
	assert_string_equal(from, "2024-02-01");
	assert_string_equal(to, "2024-02-31");
	assert_int_equal(store_list_dates("2024", from, to), 0);
	assert_string_equal(from, "2024-01-01");
	assert_string_equal(to, "2024-12-31");
	assert_int_equal(store_list_dates("2024-02-29..2024-03", from, to), 0);
	assert_string_equal(from, "2024-02-29");
	assert_string_equal(to, "2024-03-31");
	assert_int_equal(store_list_dates("2024-02-30", from, to), -1);
	assert_int_equal(store_list_dates("2023-02-29", from, to), -1);
	assert_int_equal(store_list_dates("20240230", from, to), -1);
	assert_int_equal(store_list_dates("2024-13", from, to), -1);
	assert_int_equal(store_list_dates("2024-00", from, to), -1);
	assert_int_equal(store_list_dates("1700", from, to), -1);
	assert_int_equal(store_list_dates("2024-02-30..2024-03", from, to),
	    -1);
	assert_int_equal(store_list_dates("+2024", from, to), -1);
	assert_int_equal(store_list_dates(" 2024", from, to), -1);
	assert_int_equal(store_list_dates("notes", from, to), -1);
}

/*
 * store-5.8: a paper is found by its name in either kind of Chinese
 * characters (湖城日报 for the paper printed 湖城日報), as written first.
 */
static void
test_store_5_8(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct store		*s = open_mem();
	struct store_page_in	 in;
	struct store_put_out	 out;
	struct parse_page	*pg;
	int64_t			 trad, simp, id;
	char			*cause = NULL;

	(void)state;
	memset(&in, 0, sizeof in);
	in.date = "2023-05-02";
	in.number = 1;
	in.source = "a.txt";
	in.text = "a";
	in.len = 1;
	in.paper = "湖城日報";
	in.paper_given = 1;
	pg = page_make("甲", "甲文。", NULL);
	assert_int_equal(import_put(s, &in, pg, ts, &out, &cause), 0);
	in.paper = "东山晚报";
	in.source = "b.txt";
	in.text = "b";
	assert_int_equal(import_put(s, &in, pg, ts, &out, &cause), 0);
	parse_page_free(pg);
	assert_int_equal(store_paper_find(s, "湖城日報", &trad, &cause), 0);
	assert_int_equal(store_paper_find(s, "湖城日报", &id, &cause), 0);
	assert_int_equal(id, trad);
	assert_int_equal(store_paper_find(s, "东山晚报", &simp, &cause), 0);
	assert_true(simp != trad);
	assert_int_equal(store_paper_find(s, "東山晚報", &id, &cause), 0);
	assert_int_equal(id, simp);
	assert_int_equal(store_paper_find(s, "湖城晚报", &id, &cause), 1);
	store_close(s);
	topic_set_free(ts);
}

/*
 * store-8.1: the fold table is pinned to the schema.  The index holds text
 * folded (kanbao/fold.h), and deletes an article by folding and cutting its
 * text again: a store whose index was made with another table would keep
 * tokens it can no longer take out.  So a new table needs a schema version
 * whose migration makes the index again (store.c); then add its line here
 * (the version and the hash this test prints).
 */
static void
test_store_8_1(void **state)
{
	static const struct {
		int	 version;
		uint32_t hash;
	} pins[] = {
		{ 10, 0xc4aa1306 },
		{ 11, 0xc4aa1306 },
	};
	struct store *s = open_mem();
	sqlite3_stmt *st;
	uint32_t      c, f, hash = 2166136261u; /* FNV-1a */
	int	      version, i;

	(void)state;
	for (c = 0; c < 0x10000; c++) {
		if ((f = fold_char(c)) == c)
			continue;
		hash = (hash ^ c) * 16777619u;
		hash = (hash ^ f) * 16777619u;
	}
	assert_int_equal(sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1,
	    &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	version = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	for (i = 0; i < (int)(sizeof pins / sizeof pins[0]); i++) {
		if (pins[i].version == version)
			break;
	}
	if (i == (int)(sizeof pins / sizeof pins[0]) ||
	    pins[i].hash != hash)
		fail_msg("schema %d: the fold table's hash is 0x%08x, not the"
		    " one pinned: a new table needs a new schema version",
		    version, (unsigned)hash);
	store_close(s);
}

/* Notes the calls of an upgrade's progress: their count, the last's. */
static void
upgrade_progress(size_t done, size_t total, void *arg)
{
	size_t *calls = arg;

	calls[0]++;
	calls[1] = done;
	calls[2] = total;
}

/*
 * store-8.2: an upgrade that makes the search index again tells how far it
 * has come, and at the end that every article is done; a store already up
 * to date tells nothing, nor does a new one.  The store is the last
 * release's (schema 9, two articles), as tests/cli/archive.sh upgrades it.
 */
static void
test_store_8_2(void **state)
{
	char	      path[] = "/tmp/kanbao-store-8-2.XXXXXX";
	size_t	      calls[3] = { 0, 0, 0 }, len;
	struct store *s;
	sqlite3	     *db;
	char	     *sql, *cause = NULL;
	int	      fd;

	(void)state;
	s = store_open_progress(":memory:", STORE_CREATE, upgrade_progress,
	    calls, &cause);
	assert_non_null(s);
	store_close(s);
	assert_int_equal(calls[0], 0);
	sql = file_read("tests/cli/golden/store-v9.sql", &len, &cause);
	if (sql == NULL)
		fail_msg("tests/cli/golden/store-v9.sql: %s", cause);
	assert_true((fd = mkstemp(path)) != -1);
	close(fd);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	free(sql);
	s = store_open_progress(path, 0, upgrade_progress, calls, &cause);
	assert_non_null(s);
	store_close(s);
	assert_int_equal(calls[0], 1);
	assert_int_equal(calls[1], 2);
	assert_int_equal(calls[2], 2);
	s = store_open_progress(path, 0, upgrade_progress, calls, &cause);
	assert_non_null(s);
	store_close(s);
	assert_int_equal(calls[0], 1);
	unlink(path);
	xasprintf(&sql, "%s-wal", path);
	unlink(sql);
	free(sql);
	xasprintf(&sql, "%s-shm", path);
	unlink(sql);
	free(sql);
}

int
main(void)
{
	const struct CMUnitTest	tests[] = {
		cmocka_unit_test(test_store_1_1),
		cmocka_unit_test(test_store_1_2),
		cmocka_unit_test(test_store_2_1),
		cmocka_unit_test(test_store_2_2),
		cmocka_unit_test(test_store_2_3),
		cmocka_unit_test(test_store_2_4),
		cmocka_unit_test(test_store_3_1),
		cmocka_unit_test(test_store_3_2),
		cmocka_unit_test(test_store_3_3),
		cmocka_unit_test(test_store_3_4),
		cmocka_unit_test(test_store_3_5),
		cmocka_unit_test(test_store_3_6),
		cmocka_unit_test(test_store_4_1),
		cmocka_unit_test(test_store_4_2),
		cmocka_unit_test(test_store_4_3),
		cmocka_unit_test(test_store_4_4),
		cmocka_unit_test(test_store_4_5),
		cmocka_unit_test(test_store_4_6),
		cmocka_unit_test(test_store_5_1),
		cmocka_unit_test(test_store_5_2),
		cmocka_unit_test(test_store_5_3),
		cmocka_unit_test(test_store_5_4),
		cmocka_unit_test(test_store_5_5),
		cmocka_unit_test(test_store_5_6),
		cmocka_unit_test(test_store_5_7),
		cmocka_unit_test(test_store_5_8),
		cmocka_unit_test(test_store_8_1),
		cmocka_unit_test(test_store_8_2),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
